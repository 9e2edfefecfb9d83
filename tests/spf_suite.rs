//! The openspf conformance suites (tests/fixtures/spf), run offline through
//! `check_host()` over an in-memory zone per scenario.

#[path = "support/spf_suite.rs"]
mod suite;

use zdiag::dns::Dns;
use zdiag::spf::{Client, EvalOptions, check_host};

/// RFC 4408 tests whose expected answer RFC 7208 changed, with the section
/// that says so. Empty: every such test also lists the RFC 7208 answer.
const RFC4408_EXCEPTIONS: &[(&str, &str)] = &[];

/// RFC 4408 tests where the answer is one the suite permits but not the one
/// it prefers, because RFC 7208 settled the question the other way.
const RFC4408_NOT_PREFERRED: &[(&str, &str)] = &[
    (
        "spfonly",
        "RFC 7208 §3.1, §4.4: only TXT is queried, the SPF RR type is not",
    ),
    (
        "txttimeout",
        "RFC 7208 §4.4: only TXT is queried, and its timeout is a temperror",
    ),
    (
        "spfoverride",
        "RFC 7208 §3.1, §4.4: the SPF RR type is ignored, the TXT record decides",
    ),
    (
        "multitxt1",
        "RFC 7208 §4.5: two TXT SPF records are a permerror; the SPF RR type is ignored",
    ),
    (
        "multispf2",
        "RFC 7208 §3.1, §4.5: the SPF RR type is ignored, the single TXT record decides",
    ),
    (
        "invalid-domain-empty-label",
        "RFC 7208 §4.3, §4.8: a target that is no valid DNS name does not exist, so it does not match (the 7208 suite prefers fail)",
    ),
    (
        "invalid-domain-long",
        "RFC 7208 §4.3, §4.8: as invalid-domain-empty-label",
    ),
    (
        "invalid-domain-long-via-macro",
        "RFC 7208 §4.3, §4.8: as invalid-domain-empty-label",
    ),
    (
        "exists-dnserr",
        "RFC 7208 §5 (and §2.6.6): a DNS error while evaluating a term is a temperror",
    ),
    (
        "mx-limit",
        "RFC 7208 §4.6.4: more than 10 MX records is a permerror",
    ),
];

struct Mismatch {
    name: String,
    spec: String,
    expected: String,
    got: String,
}

/// What a suite run found: passes, mismatches, and passes that took a
/// permitted but not preferred result (the suite lists the preferred first).
struct Outcome {
    passed: usize,
    mismatches: Vec<Mismatch>,
    /// Test name and "X preferred to Y".
    not_preferred: Vec<(String, String)>,
}

async fn run(file: &str) -> Outcome {
    let opts = EvalOptions {
        default_explanation: "DEFAULT".into(),
        receiver: "receiver.example.net".into(),
        now: 0,
    };
    let mut passed = 0;
    let mut mismatches = Vec::new();
    let mut not_preferred = Vec::new();
    for scenario in suite::load(&suite::fixture(file)) {
        // A fresh resolver per scenario: the same names mean different things in each.
        let dns = Dns::from_zone(scenario.zone());
        for case in &scenario.cases {
            let client = Client {
                ip: case.host,
                sender: case.mailfrom.clone(),
                helo: case.helo.clone(),
            };
            let ev = check_host(&dns, &client, case.domain(), &opts).await;
            let result_ok = case.results.iter().any(|r| r == ev.result.as_str());
            let exp_ok = case
                .explanation
                .as_ref()
                .is_none_or(|want| ev.explanation.as_ref() == Some(want));
            if result_ok && exp_ok {
                passed += 1;
                if case.results[0] != ev.result.as_str() {
                    not_preferred.push((
                        case.name.clone(),
                        format!("{} preferred to {}", case.results[0], ev.result),
                    ));
                }
            } else {
                let expected = match &case.explanation {
                    Some(exp) => format!("{} ({exp:?})", case.results.join("|")),
                    None => case.results.join("|"),
                };
                let got = match &ev.explanation {
                    Some(exp) if case.explanation.is_some() => format!("{} ({exp:?})", ev.result),
                    _ => ev.result.to_string(),
                };
                let why = ev.reason.map(|r| format!(" [{r}]")).unwrap_or_default();
                mismatches.push(Mismatch {
                    name: case.name.clone(),
                    spec: case.spec.clone(),
                    expected,
                    got: format!("{got}{why}"),
                });
            }
        }
    }
    Outcome {
        passed,
        mismatches,
        not_preferred,
    }
}

fn report(mismatches: &[Mismatch]) -> String {
    mismatches
        .iter()
        .map(|m| {
            format!(
                "  {} (spec {}): expected {}, got {}\n",
                m.name, m.spec, m.expected, m.got
            )
        })
        .collect()
}

/// Print past the test harness's capture: the suite's score belongs in every `cargo test` log.
fn announce(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

#[tokio::test]
async fn rfc7208_suite() {
    let Outcome {
        passed,
        mismatches,
        not_preferred,
    } = run("rfc7208-tests.yml").await;
    announce(&format!("RFC 7208 suite: {passed} passed"));
    for (name, note) in &not_preferred {
        println!("  note: {name}: {note}");
    }
    assert!(
        mismatches.is_empty(),
        "{} failed:\n{}",
        mismatches.len(),
        report(&mismatches)
    );
    assert_eq!(passed, 203, "the RFC 7208 suite has 203 tests");
    assert!(
        not_preferred.is_empty(),
        "not the preferred result: {not_preferred:?}"
    );
}

#[tokio::test]
async fn rfc4408_suite() {
    let Outcome {
        passed,
        mismatches,
        not_preferred,
    } = run("rfc4408-tests.yml").await;
    let (exempted, unexpected): (Vec<_>, Vec<_>) = mismatches
        .into_iter()
        .partition(|m| RFC4408_EXCEPTIONS.iter().any(|(name, _)| *name == m.name));
    announce(&format!(
        "RFC 4408 suite: {passed} passed, {} exempted",
        exempted.len()
    ));
    for (name, note) in &not_preferred {
        let why = RFC4408_NOT_PREFERRED
            .iter()
            .find(|(n, _)| n == name)
            .map_or("UNDOCUMENTED", |(_, why)| why);
        println!("  note: {name}: {note} ({why})");
    }
    for m in &exempted {
        let why = RFC4408_EXCEPTIONS
            .iter()
            .find(|(name, _)| *name == m.name)
            .map_or("", |(_, why)| why);
        println!(
            "  exempted {}: expected {}, got {} ({why})",
            m.name, m.expected, m.got
        );
    }
    let stale: Vec<_> = RFC4408_EXCEPTIONS
        .iter()
        .filter(|(name, _)| !exempted.iter().any(|m| m.name == *name))
        .map(|(name, _)| *name)
        .collect();
    assert!(
        unexpected.is_empty(),
        "{} unexpected failures:\n{}",
        unexpected.len(),
        report(&unexpected)
    );
    assert!(
        stale.is_empty(),
        "exceptions that no longer differ: {stale:?}"
    );
    assert_eq!(
        passed + exempted.len(),
        191,
        "the RFC 4408 suite has 191 tests"
    );
}
