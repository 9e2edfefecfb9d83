//! The one resolver every check asks.
//!
//! Answers are typed and never collapsed: SPF's void-lookup rule and the
//! difference between "record missing" and "DNS broken" both depend on
//! telling NXDOMAIN, NODATA, a timeout and SERVFAIL apart. Questions go
//! through a per-run cache that also merges concurrent identical questions,
//! so a walk that asks `example.com TXT` from three places sends it once.

mod answer;
pub mod config;
pub mod network;
pub mod zone;
pub mod zonefile;

use crate::i18n::t;
use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::OnceCell;

pub use answer::{Answer, Backend, QType, RData, normalize_name};
pub use zone::Zone;

/// Counters for one run, reported as evidence and by benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct DnsStats {
    /// Questions asked by checks, cache hits included.
    pub questions: usize,
    /// Questions that reached a backend (each distinct question once).
    pub sent: usize,
}

type CacheKey = (String, QType);

struct Inner {
    backends: Vec<Box<dyn Backend>>,
    cache: Mutex<HashMap<CacheKey, Arc<OnceCell<Answer>>>>,
    questions: AtomicUsize,
    sent: AtomicUsize,
}

/// The shared resolver: cheap to clone, one cache per run.
#[derive(Clone)]
pub struct Dns {
    inner: Arc<Inner>,
}

impl fmt::Debug for Dns {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dns")
            .field("backends", &self.inner.backends.len())
            .field("stats", &self.stats())
            .finish()
    }
}

/// A domain as typed by a person: trailing dot and case forgiven, anything else explained.
pub fn validate_domain(input: &str) -> Result<String, String> {
    let name = normalize_name(input.trim());
    let fail = |why: &str| {
        Err(crate::report::text::input_error(
            "domain",
            input,
            t!("core-error-domain", why = why),
            &t!("core-error-domain.fix"),
        ))
    };
    if name.is_empty() {
        return fail("it is empty");
    }
    if name.contains('@') {
        return fail("give the domain part only (what follows the @)");
    }
    if !name.is_ascii() {
        return fail("write an internationalised name in its xn-- (A-label) form");
    }
    if name.len() > 253 {
        return fail("it is longer than 253 characters");
    }
    for label in name.split('.') {
        if label.is_empty() {
            return fail("it has an empty label (two dots in a row)");
        }
        if label.len() > 63 {
            return fail("a label is longer than 63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return fail("only letters, digits, '-' and '_' are allowed");
        }
        if label.starts_with('-') {
            // Most often an option given after `--`, or misspelt.
            return fail("a label starts with '-' (options go before the domains)");
        }
    }
    // No top-level domain is all digits: `192.0.2.1` is an address, not a name.
    if name
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return fail("it is an IP address (or ends in a numeric label): give the domain name");
    }
    Ok(name)
}

impl Dns {
    /// Backends are asked in order; the first that claims the name answers.
    pub fn new(backends: Vec<Box<dyn Backend>>) -> Dns {
        Dns {
            inner: Arc::new(Inner {
                backends,
                cache: Mutex::new(HashMap::new()),
                questions: AtomicUsize::new(0),
                sent: AtomicUsize::new(0),
            }),
        }
    }

    /// A resolver that answers only from `zone` (everything else: not answerable).
    pub fn from_zone(zone: Zone) -> Dns {
        Dns::new(vec![Box::new(zone)])
    }

    /// Ask one question. Identical questions share one answer for the run,
    /// including questions asked concurrently.
    pub async fn query(&self, name: &str, qtype: QType) -> Answer {
        self.inner.questions.fetch_add(1, Ordering::Relaxed);
        let key = (normalize_name(name), qtype);
        let cell = {
            let mut cache = self.inner.cache.lock().expect("dns cache lock");
            cache.entry(key.clone()).or_default().clone()
        };
        cell.get_or_init(|| async {
            self.inner.sent.fetch_add(1, Ordering::Relaxed);
            for backend in &self.inner.backends {
                if let Some(answer) = backend.query(&key.0, qtype).await {
                    return answer;
                }
            }
            Answer::Other(t!("core-dns-offline-outside", name = key.0.as_str()))
        })
        .await
        .clone()
    }

    pub fn stats(&self) -> DnsStats {
        DnsStats {
            questions: self.inner.questions.load(Ordering::Relaxed),
            sent: self.inner.sent.load(Ordering::Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use super::*;

    #[test]
    fn domains_are_validated_with_a_reason() {
        assert_eq!(validate_domain("Example.COM."), Ok("example.com".into()));
        assert!(
            validate_domain("user@example.com")
                .unwrap_err()
                .contains("domain part")
        );
        assert!(validate_domain("a..b").unwrap_err().contains("empty label"));
        assert!(validate_domain("exa mple.com").is_err());
        assert!(validate_domain(&format!("{}.com", "a".repeat(64))).is_err());
        assert!(
            validate_domain("192.0.2.1")
                .unwrap_err()
                .contains("IP address")
        );
        assert!(validate_domain("--format").unwrap_err().contains("options"));
        assert!(validate_domain("-x.example.com").is_err());
        assert_eq!(validate_domain("3com.com"), Ok("3com.com".into()));
        assert_eq!(
            validate_domain("_dmarc.example.com"),
            Ok("_dmarc.example.com".into())
        );
    }

    #[tokio::test]
    async fn identical_questions_are_sent_once() {
        let mut zone = Zone::new("example.test");
        zone.add("example.test", RData::A(Ipv4Addr::new(192, 0, 2, 1)));
        let dns = Dns::from_zone(zone);
        let (a, b) = tokio::join!(
            dns.query("example.test", QType::A),
            dns.query("EXAMPLE.test.", QType::A)
        );
        assert_eq!(a, b);
        assert_eq!(
            dns.stats(),
            DnsStats {
                questions: 2,
                sent: 1
            }
        );
    }

    #[tokio::test]
    async fn names_outside_every_backend_are_not_answerable() {
        let dns = Dns::from_zone(Zone::new("example.test"));
        assert!(dns.query("example.org", QType::Txt).await.is_failure());
    }
}
