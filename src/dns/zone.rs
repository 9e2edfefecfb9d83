//! An authoritative zone held in memory: the offline backend.
//!
//! It answers with the same typed outcomes as the network (NXDOMAIN vs
//! NODATA, CNAME chasing), so a check cannot tell it from real DNS. Uses:
//! `--zone` (checking a DNS change before publishing it, the quick start,
//! tests) and the SPF conformance suite, whose `TIMEOUT` entries it models.

use crate::i18n::t;
use std::collections::HashMap;

use futures::future::BoxFuture;

use super::{Answer, Backend, QType, RData, normalize_name};

/// How many aliases are followed before a chain counts as a loop.
const MAX_CNAME_CHAIN: usize = 8;

#[derive(Clone, Debug)]
enum Entry {
    Record(RData),
    /// Questions about this name time out, except for record types listed before it.
    Timeout,
}

/// One zone: authoritative for its origin and every name below it.
#[derive(Clone, Debug, Default)]
pub struct Zone {
    origin: String,
    names: HashMap<String, Vec<Entry>>,
}

impl Zone {
    /// An empty zone for `origin`; `""` or `"."` makes it authoritative for every name.
    pub fn new(origin: &str) -> Zone {
        Zone {
            origin: normalize_name(origin),
            names: HashMap::new(),
        }
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    pub fn add(&mut self, name: &str, rdata: RData) {
        self.names
            .entry(normalize_name(name))
            .or_default()
            .push(Entry::Record(rdata));
    }

    /// Make every later question about `name` time out (records added before stay answerable).
    pub fn add_timeout(&mut self, name: &str) {
        self.names
            .entry(normalize_name(name))
            .or_default()
            .push(Entry::Timeout);
    }

    /// Declare that `name` exists, even with no record (an empty non-terminal, or `TXT: NONE`).
    pub fn touch(&mut self, name: &str) {
        self.names.entry(normalize_name(name)).or_default();
    }

    /// Is `name` at or below this zone's origin?
    pub fn contains(&self, name: &str) -> bool {
        let name = normalize_name(name);
        self.origin.is_empty()
            || name == self.origin
            || name
                .strip_suffix(self.origin.as_str())
                .is_some_and(|head| head.ends_with('.'))
    }

    /// Answer authoritatively, or `None` when the name is outside the zone.
    pub fn lookup(&self, name: &str, qtype: QType) -> Option<Answer> {
        let mut name = normalize_name(name);
        if !self.contains(&name) {
            return None;
        }
        let mut cnames = Vec::new();
        loop {
            let Some(entries) = self.names.get(&name) else {
                return Some(if self.has_descendant(&name) {
                    Answer::NoData
                } else {
                    Answer::NxDomain
                });
            };
            let mut records = Vec::new();
            let mut alias = None;
            for entry in entries {
                match entry {
                    Entry::Record(rdata) if rdata.qtype() == qtype => records.push(rdata.clone()),
                    Entry::Record(RData::Cname(target)) => alias = Some(normalize_name(target)),
                    Entry::Record(_) => {}
                    Entry::Timeout if records.is_empty() => return Some(Answer::Timeout),
                    Entry::Timeout => break,
                }
            }
            if !records.is_empty() {
                return Some(Answer::Records { records, cnames });
            }
            let Some(target) = alias else {
                return Some(Answer::NoData);
            };
            cnames.push(name);
            if cnames.contains(&target) {
                // RFC 1034 §3.6.2: a loop is an error, not a name that does not exist.
                cnames.push(target);
                return Some(Answer::Other(t!(
                    "core-dns-cname-loop",
                    chain = cnames.join(" -> ")
                )));
            }
            if cnames.len() > MAX_CNAME_CHAIN {
                return Some(Answer::Other(t!(
                    "core-dns-chain-too-long",
                    max = MAX_CNAME_CHAIN,
                    from = cnames[0].as_str()
                )));
            }
            if !self.contains(&target) {
                // Out-of-zone alias: report what the zone knows, the alias itself.
                return Some(Answer::NoData);
            }
            name = target;
        }
    }

    fn has_descendant(&self, name: &str) -> bool {
        let suffix = format!(".{name}");
        self.names.keys().any(|n| n.ends_with(&suffix))
    }
}

impl Backend for Zone {
    fn query<'a>(&'a self, name: &'a str, qtype: QType) -> BoxFuture<'a, Option<Answer>> {
        Box::pin(async move { self.lookup(name, qtype) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn zone() -> Zone {
        let mut z = Zone::new("example.test.");
        z.add("example.test", RData::Txt(vec![b"v=spf1 -all".to_vec()]));
        z.add("www.example.test", RData::Cname("example.test.".into()));
        z.add("a.b.example.test", RData::A(Ipv4Addr::new(192, 0, 2, 1)));
        z.add("slow.example.test", RData::A(Ipv4Addr::new(192, 0, 2, 2)));
        z.add_timeout("slow.example.test");
        z.add(
            "loop1.example.test",
            RData::Cname("loop2.example.test".into()),
        );
        z.add(
            "loop2.example.test",
            RData::Cname("loop1.example.test".into()),
        );
        z
    }

    #[test]
    fn nxdomain_nodata_and_empty_non_terminals_differ() {
        let z = zone();
        assert_eq!(
            z.lookup("nope.example.test", QType::A),
            Some(Answer::NxDomain)
        );
        assert_eq!(z.lookup("example.test", QType::Mx), Some(Answer::NoData));
        assert_eq!(z.lookup("b.example.test", QType::A), Some(Answer::NoData));
        assert_eq!(z.lookup("example.org", QType::A), None);
    }

    #[test]
    fn cnames_are_chased_and_reported() {
        let z = zone();
        let Some(Answer::Records { records, cnames }) = z.lookup("WWW.example.test.", QType::Txt)
        else {
            panic!("expected records");
        };
        assert_eq!(records.len(), 1);
        assert_eq!(cnames, vec!["www.example.test".to_string()]);
        assert_eq!(
            z.lookup("loop1.example.test", QType::A),
            Some(Answer::Other(
                "CNAME loop: loop1.example.test -> loop2.example.test -> loop1.example.test (the aliases point at each other; no record can be reached)".into()
            ))
        );
    }

    #[test]
    fn timeout_spares_the_records_listed_before_it() {
        let z = zone();
        assert!(matches!(
            z.lookup("slow.example.test", QType::A),
            Some(Answer::Records { .. })
        ));
        assert_eq!(
            z.lookup("slow.example.test", QType::Txt),
            Some(Answer::Timeout)
        );
    }

    #[test]
    fn root_zone_answers_every_name() {
        let z = Zone::new(".");
        assert_eq!(
            z.lookup("anything.invalid", QType::A),
            Some(Answer::NxDomain)
        );
    }
}
