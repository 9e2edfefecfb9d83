//! Loading the openspf YAML conformance suite (tests/fixtures/spf/README
//! rules: see /work/shared/testdata/spf/README.md) into zdiag's types.
//!
//! The one reader of the suite: tests/spf_suite.rs evaluates it over an in-memory
//! zone, and the integration binary (spf_suite_dns.rs) serves the same zone data
//! over real DNS.

#![allow(dead_code)]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_yaml::Value;
use zdiag::dns::{RData, Zone};

/// One record of a zonedata name, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZoneEntry {
    Record(RData),
    /// The bare `TIMEOUT`: later questions time out.
    Timeout,
    /// `TXT: NONE`: the name explicitly has no TXT record.
    NoTxt,
}

#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    pub helo: String,
    pub host: IpAddr,
    pub mailfrom: String,
    /// Acceptable results, preferred first.
    pub results: Vec<String>,
    pub explanation: Option<String>,
    /// The RFC reference as written (a string, a number or a list in the file).
    pub spec: String,
}

impl Case {
    /// The domain check_host() starts from: the MAIL FROM domain, or the HELO name.
    pub fn domain(&self) -> &str {
        if self.mailfrom.is_empty() {
            &self.helo
        } else {
            self.mailfrom
                .rsplit_once('@')
                .map_or(self.mailfrom.as_str(), |(_, d)| d)
        }
    }
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub description: String,
    pub cases: Vec<Case>,
    /// Owner name (as written) and its records, in file order.
    pub zonedata: Vec<(String, Vec<ZoneEntry>)>,
}

impl Scenario {
    /// Every name with the records a resolver should serve, SPF records
    /// copied to TXT where the name has no explicit TXT entry.
    pub fn served_records(&self) -> Vec<(String, Vec<ZoneEntry>)> {
        self.zonedata
            .iter()
            .map(|(name, entries)| {
                let has_txt = entries
                    .iter()
                    .any(|e| matches!(e, ZoneEntry::NoTxt | ZoneEntry::Record(RData::Txt(_))));
                let mut served = entries.clone();
                if !has_txt {
                    // Appended after the originals, as the reference driver does.
                    served.extend(entries.iter().filter_map(|e| match e {
                        ZoneEntry::Record(RData::Spf(strings)) => {
                            Some(ZoneEntry::Record(RData::Txt(strings.clone())))
                        }
                        _ => None,
                    }));
                }
                (name.clone(), served)
            })
            .collect()
    }

    /// A fresh in-memory zone, authoritative for every name.
    pub fn zone(&self) -> Zone {
        let mut zone = Zone::new("");
        for (name, entries) in self.served_records() {
            zone.touch(&name);
            for entry in entries {
                match entry {
                    ZoneEntry::Record(rdata) => zone.add(&name, rdata),
                    ZoneEntry::Timeout => zone.add_timeout(&name),
                    ZoneEntry::NoTxt => {}
                }
            }
        }
        zone
    }
}

pub fn fixture(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/spf")
        .join(file)
}

/// Load every scenario (YAML document) of a suite file.
pub fn load(path: &Path) -> Vec<Scenario> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::Deserializer::from_str(&text)
        .map(|doc| {
            let value = Value::deserialize(doc).expect("valid YAML document");
            scenario(&value)
        })
        .collect()
}

fn string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        Value::Sequence(items) => items.iter().map(string).collect::<Vec<_>>().join(", "),
        other => panic!("unexpected YAML value {other:?}"),
    }
}

fn strings(v: &Value) -> Vec<Vec<u8>> {
    match v {
        Value::Sequence(items) => items.iter().map(|i| string(i).into_bytes()).collect(),
        other => vec![string(other).into_bytes()],
    }
}

fn scenario(v: &Value) -> Scenario {
    let cases = v["tests"]
        .as_mapping()
        .expect("tests mapping")
        .iter()
        .map(|(name, t)| {
            let results = match &t["result"] {
                Value::Sequence(items) => items.iter().map(string).collect(),
                other => vec![string(other)],
            };
            let host = string(&t["host"]);
            Case {
                name: string(name),
                helo: string(&t["helo"]),
                host: host
                    .parse()
                    .unwrap_or_else(|e| panic!("host {host:?}: {e}")),
                mailfrom: string(&t["mailfrom"]),
                results,
                explanation: t.get("explanation").map(string),
                spec: t.get("spec").map(string).unwrap_or_default(),
            }
        })
        .collect();
    let zonedata = v["zonedata"]
        .as_mapping()
        .map(|m| {
            m.iter()
                .map(|(name, records)| {
                    let entries = records
                        .as_sequence()
                        .expect("record list")
                        .iter()
                        .map(entry)
                        .collect();
                    (string(name), entries)
                })
                .collect()
        })
        .unwrap_or_default();
    Scenario {
        description: string(&v["description"]),
        cases,
        zonedata,
    }
}

fn entry(v: &Value) -> ZoneEntry {
    if v.as_str() == Some("TIMEOUT") {
        return ZoneEntry::Timeout;
    }
    let (kind, value) = v
        .as_mapping()
        .and_then(|m| m.iter().next())
        .unwrap_or_else(|| panic!("unexpected zone entry {v:?}"));
    let text = || string(value);
    let rdata = match string(kind).as_str() {
        "TXT" if value.as_str() == Some("NONE") => return ZoneEntry::NoTxt,
        "TXT" => RData::Txt(strings(value)),
        "SPF" => RData::Spf(strings(value)),
        "A" => RData::A(text().parse::<Ipv4Addr>().expect("A address")),
        "AAAA" => RData::Aaaa(text().parse::<Ipv6Addr>().expect("AAAA address")),
        "MX" => {
            let pair = value.as_sequence().expect("MX [preference, exchange]");
            let exchange = string(&pair[1]);
            RData::Mx {
                preference: string(&pair[0]).parse().expect("MX preference"),
                exchange: zdiag::dns::normalize_name(&exchange),
            }
        }
        "PTR" => RData::Ptr(text()),
        "CNAME" => RData::Cname(text()),
        other => panic!("unknown record type {other}"),
    };
    ZoneEntry::Record(rdata)
}
