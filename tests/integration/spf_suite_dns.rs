//! The RFC 7208 suite's scenarios served over real DNS, checked through the binary's
//! `--ip/--sender/--helo`: the whole path (hickory on the wire, the resolver, the
//! evaluator, the report) must give the suite's expected result.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;

use hickory_proto::op::ResponseCode;
use serde::Deserialize;
use serde_yaml::Value;

use crate::support::dns_server::TestDns;
use crate::support::{fixture, run_json};

/// Mechanisms and modifiers a test's records exercise, for the coverage assertion.
const TERMS: [&str; 10] = [
    "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists", "redirect", "exp",
];

/// A zone file for the root zone holding one scenario's zonedata, and the names that must
/// answer SERVFAIL (the suite's `TIMEOUT`: both mean temperror). `None` when the scenario
/// needs what a zone file cannot hold (odd names, a null TXT record, records before TIMEOUT).
fn scenario_zone(zonedata: &Value) -> Option<(String, Vec<String>)> {
    let mut text = String::from(
        "$ORIGIN .\n$TTL 300\n. IN SOA ns.invalid. hostmaster.invalid. 1 7200 3600 1209600 300\n. IN NS ns.invalid.\n",
    );
    let mut names: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for (name, records) in zonedata.as_mapping()? {
        let name = name.as_str()?.to_ascii_lowercase();
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
        names
            .entry(name)
            .or_default()
            .extend(records.as_sequence()?.iter());
    }
    let mut servfail = Vec::new();
    for (name, records) in names {
        let has_txt = records.iter().any(|r| r.get("TXT").is_some());
        if records.iter().any(|r| r.as_str() == Some("TIMEOUT")) {
            if records.len() > 1 {
                return None;
            }
            servfail.push(name);
            continue;
        }
        for record in records {
            let (kind, value) = record.as_mapping()?.iter().next()?;
            let kind = kind.as_str()?;
            let line = match kind {
                "SPF" if has_txt => continue,
                "SPF" | "TXT" => {
                    if value.as_str() == Some("NONE") {
                        continue;
                    }
                    format!("TXT {}", txt_strings(value)?)
                }
                "A" | "AAAA" => format!("{kind} {}", value.as_str()?),
                "PTR" | "CNAME" => format!("{kind} {}", absolute(value.as_str()?)?),
                "MX" => {
                    let pair = value.as_sequence()?;
                    format!(
                        "MX {} {}",
                        pair.first()?.as_u64()?,
                        absolute(pair.get(1)?.as_str()?)?
                    )
                }
                _ => return None,
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

/// A TXT value (one string or a list of strings) in zone-file syntax, bytes escaped as \DDD.
fn txt_strings(value: &Value) -> Option<String> {
    let strings: Vec<String> = match value {
        Value::String(s) => vec![s.clone()],
        Value::Sequence(items) => items
            .iter()
            .map(|i| i.as_str().map(String::from))
            .collect::<Option<_>>()?,
        _ => return None,
    };
    if strings.is_empty() {
        return None; // A null TXT record cannot be written in a zone file.
    }
    let mut out = Vec::new();
    for s in strings {
        for chunk in s.as_bytes().chunks(255) {
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

fn expected_results(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Sequence(items) => items
            .iter()
            .filter_map(|i| i.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn suite_results_hold_over_real_dns() {
    let yaml = std::fs::read_to_string(fixture("spf/rfc7208-tests.yml")).expect("suite fixture");
    let mut checked = 0;
    let mut covered = BTreeSet::new();
    let mut failures = Vec::new();
    for document in serde_yaml::Deserializer::from_str(&yaml) {
        let scenario = Value::deserialize(document).expect("yaml");
        let Some((zone, servfail)) = scenario_zone(&scenario["zonedata"]) else {
            continue;
        };
        let rcodes: Vec<(&str, ResponseCode)> = servfail
            .iter()
            .map(|n| (n.as_str(), ResponseCode::ServFail))
            .collect();
        let dns = TestDns::start_with_rcodes(&[(".", zone.as_str())], &rcodes);
        let resolver = dns.addr().to_string();
        for (name, test) in scenario["tests"].as_mapping().unwrap() {
            let name = name.as_str().unwrap();
            let mailfrom = test["mailfrom"].as_str().unwrap_or_default();
            let helo = test["helo"].as_str().unwrap_or_default();
            let host = test["host"].as_str().unwrap_or_default();
            let domain = if mailfrom.is_empty() {
                helo
            } else {
                mailfrom.rsplit('@').next().unwrap()
            };
            if zdiag::dns::validate_domain(domain).is_err() {
                continue;
            }
            let (_, report) = run_json(&[
                "spf",
                domain,
                "--resolver",
                &resolver,
                "--timeout",
                "2",
                "--ip",
                host,
                "--sender",
                mailfrom,
                "--helo",
                helo,
            ]);
            let Some(result) = report["steps"][0]["findings"]
                .as_array()
                .and_then(|f| f.iter().find(|f| f["code"] == "spf-ip-result"))
                .map(|f| f["evidence"]["result"].as_str().unwrap().to_string())
            else {
                failures.push(format!("{name}: no spf-ip-result in {report}"));
                continue;
            };
            let expected = expected_results(&test["result"]);
            if !expected.contains(&result) {
                failures.push(format!("{name}: expected {expected:?}, got {result}"));
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
