//! The RFC 7208 suite's scenarios served over real DNS, checked through the binary's
//! `--ip/--sender/--helo`: the whole path (hickory on the wire, the resolver, the
//! evaluator, the report) must give the suite's expected result.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;

use hickory_proto::op::ResponseCode;
use hickory_proto::rr::rdata::{A, AAAA, CNAME, MX, PTR, TXT};
use hickory_proto::rr::{Name, RData as Wire, Record};
use zdiag::dns::RData;
use zdiag::dns::zonefile::ParsedZone;

use crate::support::dns_server::TestDns;
use crate::support::run_json_at;

#[path = "../support/spf_suite.rs"]
mod suite;

use suite::{Scenario, ZoneEntry};

/// Tests whose names hold characters outside letters, digits and hyphens (RFC 7208 §7.1:
/// any visible character): they must be served and pass, not be left out.
const NON_LDH: [&str; 4] = [
    "a-colon-domain",
    "mx-colon-domain",
    "hello-domain-literal",
    "invalid-hello-macro",
];

/// Mechanisms and modifiers a test's records exercise, for the coverage assertion.
const TERMS: [&str; 10] = [
    "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists", "redirect", "exp",
];

/// One scenario's zonedata, served as it is written: the root zone's records, the names
/// that must answer SERVFAIL (the suite's `TIMEOUT`: both mean temperror), and the SPF
/// policies (for the coverage assertion). Built in code rather than as zone text, since
/// RFC 7208 §7.1 names may hold any visible character. `None` when the scenario needs
/// what DNS cannot carry (a null TXT record, a label over 63 bytes, records before TIMEOUT).
struct Served {
    zone: ParsedZone,
    servfail: Vec<(Name, ResponseCode)>,
    policies: String,
}

fn serve(scenario: &Scenario) -> Option<Served> {
    let mut names: BTreeMap<String, Vec<&ZoneEntry>> = BTreeMap::new();
    for (name, entries) in &scenario.zonedata {
        names
            .entry(name.to_ascii_lowercase())
            .or_default()
            .extend(entries);
    }
    let mut served = Served {
        zone: ParsedZone {
            origin: Name::root(),
            records: Vec::new(),
        },
        servfail: Vec::new(),
        policies: String::new(),
    };
    for (name, entries) in names {
        let owner = dns_name(&name)?;
        let has_txt = entries
            .iter()
            .any(|e| matches!(e, ZoneEntry::NoTxt | ZoneEntry::Record(RData::Txt(_))));
        if entries.contains(&&ZoneEntry::Timeout) {
            if entries.len() > 1 {
                return None;
            }
            served.servfail.push((owner, ResponseCode::ServFail));
            continue;
        }
        for entry in entries {
            let ZoneEntry::Record(rdata) = entry else {
                continue; // `TXT: NONE`: nothing to serve.
            };
            let rdata = match rdata {
                RData::Spf(_) if has_txt => continue,
                RData::Spf(strings) | RData::Txt(strings) => {
                    if strings.is_empty() {
                        return None; // A null TXT record.
                    }
                    for string in strings {
                        served.policies.push(' ');
                        served.policies.push_str(&String::from_utf8_lossy(string));
                    }
                    let chunks = strings.iter().flat_map(|s| s.chunks(255)).collect();
                    Wire::TXT(TXT::from_bytes(chunks))
                }
                RData::A(ip) => Wire::A(A(*ip)),
                RData::Aaaa(ip) => Wire::AAAA(AAAA(*ip)),
                RData::Ptr(target) => Wire::PTR(PTR(dns_name(target)?)),
                RData::Cname(target) => Wire::CNAME(CNAME(dns_name(target)?)),
                RData::Mx {
                    preference,
                    exchange,
                } => Wire::MX(MX::new(*preference, dns_name(exchange)?)),
            };
            served
                .zone
                .records
                .push(Record::from_rdata(owner.clone(), 300, rdata));
        }
    }
    Some(served)
}

/// A name label for label, each byte as it is (`""` is the root).
fn dns_name(name: &str) -> Option<Name> {
    let name = name.trim_end_matches('.');
    if name.is_empty() {
        return Some(Name::root());
    }
    Name::from_labels(name.split('.').map(str::as_bytes)).ok()
}

#[test]
fn suite_results_hold_over_real_dns() {
    let mut checked = 0;
    let mut checked_names = BTreeSet::new();
    let mut covered = BTreeSet::new();
    let mut failures = Vec::new();
    for scenario in suite::load(&suite::fixture("rfc7208-tests.yml")) {
        let Some(served) = serve(&scenario) else {
            continue;
        };
        let dns = TestDns::start_zones(vec![served.zone], &served.servfail);
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
            checked_names.insert(case.name.clone());
            for term in TERMS {
                let policies = &served.policies;
                if policies.contains(&format!(" {term}:"))
                    || policies.contains(&format!(" {term}="))
                    || policies.contains(&format!(" {term} "))
                    || policies.contains(&format!(" -{term}"))
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
    let skipped: Vec<_> = NON_LDH
        .iter()
        .filter(|name| !checked_names.contains(**name))
        .collect();
    assert!(
        skipped.is_empty(),
        "names with characters outside letters, digits and hyphens not checked over DNS: {skipped:?}"
    );
    let missing: Vec<_> = TERMS.iter().filter(|t| !covered.contains(*t)).collect();
    assert!(
        missing.is_empty(),
        "no DNS-served test exercises {missing:?}"
    );
}
