//! The one place the CLI builds its resolver from its DNS options.

use crate::i18n::t;
use crate::report::text::input_error;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use super::network::Network;
use super::zonefile::load_zones;
use super::{Backend, Dns, Zone};

/// The DNS port used when `--resolver` names none.
pub const DEFAULT_PORT: u16 = 53;

/// Where answers come from.
#[derive(Clone, Debug, Default)]
pub struct DnsOptions {
    /// Servers to ask; empty means the system's (/etc/resolv.conf).
    pub resolvers: Vec<SocketAddr>,
    /// Bound on each question.
    pub timeout: Duration,
    /// Zone files or directories, asked first (the most specific zone before its parents).
    pub zones: Vec<PathBuf>,
    /// Never ask the network: names outside the zones cannot be checked.
    pub offline: bool,
}

/// The resolver for a run: the zones first (most specific first), then the network unless offline.
pub fn build(options: &DnsOptions) -> anyhow::Result<Dns> {
    let mut backends: Vec<Box<dyn Backend>> = Vec::new();
    let mut zones = Vec::new();
    for path in &options.zones {
        let loaded = load_zones(path).map_err(|e| {
            // The error names the file that failed: the path given once, a file inside it.
            let text = e.to_string();
            let given = format!("{}: ", path.display());
            let why = text.strip_prefix(&given).unwrap_or(&text);
            anyhow::anyhow!(input_error(
                "--zone",
                &path.display().to_string(),
                why,
                &t!("core-error-zone")
            ))
        })?;
        zones.extend(loaded);
    }
    backends.extend(
        by_specificity(zones)
            .into_iter()
            .map(|z| Box::new(z) as Box<dyn Backend>),
    );
    if !options.offline {
        let network = Network::new(&options.resolvers, options.timeout)?;
        backends.push(Box::new(network));
    }
    Ok(Dns::new(backends))
}

/// The most specific zone first: `_domainkey.zendesk.com` must answer for its names before
/// `zendesk.com` claims them (as a delegation would), whatever order the files came in.
fn by_specificity(mut zones: Vec<Zone>) -> Vec<Zone> {
    let depth = |zone: &Zone| match zone.origin() {
        "" => 0,
        origin => origin.split('.').count(),
    };
    zones.sort_by_key(|zone| std::cmp::Reverse(depth(zone)));
    zones
}

/// `IP`, `IP:PORT`, `[IPv6]:PORT` or a bare IPv6 address; the port defaults to 53.
pub fn parse_resolver(s: &str) -> Result<SocketAddr, String> {
    let input = s.trim();
    if let Ok(addr) = input.parse::<SocketAddr>() {
        return Ok(addr);
    }
    if let Ok(ip) = input.parse::<IpAddr>() {
        return Ok(SocketAddr::new(ip, DEFAULT_PORT));
    }
    let bracketed = input
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'));
    if let Some(ip) = bracketed.and_then(|inner| inner.parse::<IpAddr>().ok()) {
        return Ok(SocketAddr::new(ip, DEFAULT_PORT));
    }
    let why = match input.rsplit_once(':') {
        Some((_, port)) if !input.contains(']') && input.matches(':').count() == 1 => {
            if port.parse::<u16>().is_err() {
                t!("core-resolver-port", port = format!("{port:?}"))
            } else {
                t!("core-resolver-host")
            }
        }
        Some((_, port)) if input.starts_with('[') => {
            if port.parse::<u16>().is_err() {
                t!("core-resolver-port", port = format!("{port:?}"))
            } else {
                t!("core-resolver-ipv6")
            }
        }
        _ => t!("core-resolver-not-ip"),
    };
    Err(t!("core-resolver", input = s, why = why))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::{Answer, QType, RData};

    #[tokio::test]
    async fn a_child_zone_answers_before_its_parent_whatever_the_order() {
        let mut parent = Zone::new("zendesk.com");
        parent.add(
            "mail.zendesk.com",
            RData::Txt(vec![b"v=spf1 -all".to_vec()]),
        );
        let mut child = Zone::new("_domainkey.zendesk.com");
        child.add(
            "zendesk1._domainkey.zendesk.com",
            RData::Txt(vec![b"v=DKIM1; p=".to_vec()]),
        );
        let dns = Dns::new(
            by_specificity(vec![parent, child])
                .into_iter()
                .map(|z| Box::new(z) as Box<dyn Backend>)
                .collect(),
        );
        assert!(matches!(
            dns.query("zendesk1._domainkey.zendesk.com", QType::Txt)
                .await,
            Answer::Records { .. }
        ));
        assert!(matches!(
            dns.query("mail.zendesk.com", QType::Txt).await,
            Answer::Records { .. }
        ));
    }

    #[test]
    fn resolvers_parse_with_a_default_port() {
        let ok = |s: &str| parse_resolver(s).unwrap().to_string();
        assert_eq!(ok("192.0.2.53"), "192.0.2.53:53");
        assert_eq!(ok("192.0.2.53:5353"), "192.0.2.53:5353");
        assert_eq!(ok("2001:db8::53"), "[2001:db8::53]:53");
        assert_eq!(ok("[2001:db8::53]:5353"), "[2001:db8::53]:5353");
        assert_eq!(ok("[2001:db8::53]"), "[2001:db8::53]:53");
        assert_eq!(ok(" 127.0.0.1 "), "127.0.0.1:53");
    }

    #[test]
    fn bad_resolvers_are_named_in_the_error() {
        for (input, why) in [
            ("dns.google", "host names are not accepted"),
            ("192.0.2.53:99999", "port \"99999\""),
            ("192.0.2.53:dns", "port \"dns\""),
            ("[2001:db8::zz]:53", "not an IPv6 address"),
            ("", "not an IP address"),
        ] {
            let err = parse_resolver(input).unwrap_err();
            assert!(err.contains(&format!("'{input}'")), "{err}");
            assert!(err.contains(why), "{input}: {err}");
        }
    }

    #[tokio::test]
    async fn offline_without_zones_answers_could_not_check() {
        let dns = build(&DnsOptions {
            offline: true,
            ..DnsOptions::default()
        })
        .unwrap();
        assert!(dns.query("example.com", QType::Txt).await.is_failure());
    }

    #[tokio::test]
    async fn zones_answer_before_the_network_and_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("example.test.zone");
        std::fs::write(&first, "@ IN TXT \"first\"\n").unwrap();
        let second = dir.path().join("second");
        std::fs::create_dir(&second).unwrap();
        std::fs::write(second.join("example.test.zone"), "@ IN TXT \"second\"\n").unwrap();
        let dns = build(&DnsOptions {
            zones: vec![first, second],
            offline: true,
            ..DnsOptions::default()
        })
        .unwrap();
        assert_eq!(
            dns.query("example.test", QType::Txt).await.records(),
            &[crate::dns::RData::Txt(vec![b"first".to_vec()])]
        );
    }

    #[test]
    fn a_bad_zone_fails_the_build_with_the_file_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.test.zone");
        std::fs::write(&path, "@ IN TXXT \"v\"\n").unwrap();
        let err = build(&DnsOptions {
            zones: vec![path.clone()],
            offline: true,
            ..DnsOptions::default()
        })
        .unwrap_err();
        let message = format!("{err:#}");
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("line 1"), "{message}");
    }
}
