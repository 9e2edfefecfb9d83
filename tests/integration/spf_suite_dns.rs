//! The RFC 7208 suite's scenarios served over real DNS, checked through the binary's
//! `--ip/--sender/--helo`: the whole path (hickory on the wire, the resolver, the
//! evaluator, the report) must give the suite's expected result.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;

use hickory_proto::op::ResponseCode;
use zdiag::dns::RData;

use crate::support::dns_server::TestDns;
use crate::support::run_json_at;

#[path = "../support/spf_suite.rs"]
mod suite;

use suite::{Scenario, ZoneEntry};

/// Mechanisms and modifiers a test's records exercise, for the coverage assertion.
const TERMS: [&str; 10] = [
    "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists", "redirect", "exp",
];

/// A zone file for the root zone holding one scenario's zonedata, and the names that must
/// answer SERVFAIL (the suite's `TIMEOUT`: both mean temperror). `None` when the scenario
/// needs what a zone file cannot hold (odd names, a null TXT record, records before TIMEOUT).
fn scenario_zone(scenario: &Scenario) -> Option<(String, Vec<String>)> {
    let mut text = String::from(
        "$ORIGIN .\n$TTL 300\n. IN SOA ns.invalid. hostmaster.invalid. 1 7200 3600 1209600 300\n. IN NS ns.invalid.\n",
    );
    let mut names: BTreeMap<String, Vec<&ZoneEntry>> = BTreeMap::new();
    for (name, entries) in &scenario.zonedata {
        let name = name.to_ascii_lowercase();
        let valid = !name.is_empty()
            && name.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            });
        if !valid {
            return None;
        }
        names.entry(name).or_default().extend(entries);
    }
    let mut servfail = Vec::new();
    for (name, entries) in names {
        let has_txt = entries
            .iter()
            .any(|e| matches!(e, ZoneEntry::NoTxt | ZoneEntry::Record(RData::Txt(_))));
        if entries.contains(&&ZoneEntry::Timeout) {
            if entries.len() > 1 {
                return None;
            }
            servfail.push(name);
            continue;
        }
        for entry in entries {
            let ZoneEntry::Record(rdata) = entry else {
                continue; // `TXT: NONE`: nothing to serve.
            };
            let line = match rdata {
                RData::Spf(_) if has_txt => continue,
                RData::Spf(strings) | RData::Txt(strings) => {
                    format!("TXT {}", txt_strings(strings)?)
                }
                RData::A(ip) => format!("A {ip}"),
                RData::Aaaa(ip) => format!("AAAA {ip}"),
                RData::Ptr(target) => format!("PTR {}", absolute(target)?),
                RData::Cname(target) => format!("CNAME {}", absolute(target)?),
                RData::Mx {
                    preference,
                    exchange,
                } => format!("MX {preference} {}", absolute(exchange)?),
            };
            let _ = writeln!(text, "{name}. IN {line}");
        }
    }
    Some((text, servfail))
}

fn absolute(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some(".".into());
    }
    let ok = name.split('.').filter(|l| !l.is_empty()).all(|l| {
        l.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    });
    ok.then(|| format!("{}.", name.trim_end_matches('.')))
}

/// A TXT record's character-strings in zone-file syntax, bytes escaped as \DDD.
fn txt_strings(strings: &[Vec<u8>]) -> Option<String> {
    if strings.is_empty() {
        return None; // A null TXT record cannot be written in a zone file.
    }
    let mut out = Vec::new();
    for s in strings {
        for chunk in s.chunks(255) {
            let mut quoted = String::from("\"");
            for &b in chunk {
                if b == b'"' || b == b'\\' {
                    quoted.push('\\');
                    quoted.push(b as char);
                } else if (0x20..0x7f).contains(&b) {
                    quoted.push(b as char);
                } else {
                    let _ = write!(quoted, "\\{b:03}");
                }
            }
            quoted.push('"');
            out.push(quoted);
        }
    }
    Some(out.join(" "))
}

#[test]
fn suite_results_hold_over_real_dns() {
    let mut checked = 0;
    let mut covered = BTreeSet::new();
    let mut failures = Vec::new();
    for scenario in suite::load(&suite::fixture("rfc7208-tests.yml")) {
        let Some((zone, servfail)) = scenario_zone(&scenario) else {
            continue;
        };
        let rcodes: Vec<(&str, ResponseCode)> = servfail
            .iter()
            .map(|n| (n.as_str(), ResponseCode::ServFail))
            .collect();
        let dns = TestDns::start_with_rcodes(&[(".", zone.as_str())], &rcodes);
        for case in &scenario.cases {
            let domain = case.domain();
            if zdiag::dns::validate_domain(domain).is_err() {
                continue;
            }
            let (_, report) = run_json_at(
                dns.addr(),
                2,
                &[
                    "spf",
                    domain,
                    "--ip",
                    &case.host.to_string(),
                    "--sender",
                    &case.mailfrom,
                    "--helo",
                    &case.helo,
                ],
            );
            let Some(result) = report["steps"][0]["findings"]
                .as_array()
                .and_then(|f| f.iter().find(|f| f["code"] == "spf-ip-result"))
                .map(|f| f["evidence"]["result"].as_str().unwrap().to_string())
            else {
                failures.push(format!("{}: no spf-ip-result in {report}", case.name));
                continue;
            };
            if !case.results.contains(&result) {
                failures.push(format!(
                    "{}: expected {:?}, got {result}",
                    case.name, case.results
                ));
            }
            checked += 1;
            for term in TERMS {
                if zone.contains(&format!(" {term}:"))
                    || zone.contains(&format!(" {term}="))
                    || zone.contains(&format!(" {term} "))
                    || zone.contains(&format!(" -{term}"))
                {
                    covered.insert(term);
                }
            }
        }
    }
    // Past the harness's capture, so the figure is in every `cargo test` log.
    let _ = writeln!(
        std::io::stdout().lock(),
        "RFC 7208 suite over DNS: {checked} tests checked, {} wrong",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        checked >= 100,
        "only {checked} suite tests could be served over DNS"
    );
    let missing: Vec<_> = TERMS.iter().filter(|t| !covered.contains(*t)).collect();
    assert!(
        missing.is_empty(),
        "no DNS-served test exercises {missing:?}"
    );
}
