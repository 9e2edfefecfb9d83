//! `zdiag dmarc` end to end: the real binary against a real DNS server on loopback.

use serde_json::Value;

use crate::support::dns_server::{Blackhole, TestDns};
use crate::support::{codes_of, finding, fixture, run_json_at};

/// The DMARC scenarios, Zendesk's zone, a report service, and an empty `test.`
/// zone standing for the TLD, which the tree walk asks last.
fn server() -> TestDns {
    let read = |name: &str| std::fs::read_to_string(fixture(&format!("zones/{name}"))).unwrap();
    let dmarc = read("dmarc.test.zone");
    let reports = read("dmarc-reports.test.zone");
    let zendesk = read("zendesk.com.zone");
    let keys = read("_domainkey.zendesk.com.zone");
    TestDns::start(&[
        ("dmarc.test", &dmarc),
        ("dmarc-reports.test", &reports),
        ("zendesk.com", &zendesk),
        ("_domainkey.zendesk.com", &keys),
        ("test", ""),
    ])
}

fn dmarc(dns: &TestDns, domain: &str) -> (i32, Value) {
    run_json_at(dns.addr(), 2, &["dmarc", domain])
}

/// The Zendesk alignment finding (there is exactly one when a record was read).
fn zendesk(report: &Value) -> (String, String, Value) {
    let codes: Vec<String> = codes_of(report)
        .into_iter()
        .filter(|c| c.starts_with("dmarc-zendesk-"))
        .collect();
    assert_eq!(codes.len(), 1, "{report:#}");
    let f = finding(report, &codes[0]);
    (
        codes[0].clone(),
        f["status"].as_str().unwrap().to_string(),
        f["evidence"].clone(),
    )
}

fn assert_zendesk(report: &Value, expected: &str, status: &str) {
    let (code, got_status, _) = zendesk(report);
    assert_eq!(
        (code.as_str(), got_status.as_str()),
        (expected, status),
        "{report:#}"
    );
}

#[test]
fn reject_with_zendesk_spf() {
    let dns = server();
    let (_, report) = dmarc(&dns, "reject.dmarc.test");
    let found = finding(&report, "dmarc-record-found");
    assert_eq!(found["status"], "pass");
    assert_eq!(found["evidence"]["location"], "_dmarc.reject.dmarc.test");
    assert_eq!(
        finding(&report, "dmarc-policy-enforced")["evidence"]["policy"],
        "reject"
    );
    let (_, _, evidence) = zendesk(&report);
    assert_eq!(evidence["spf_path"]["state"], "ready");
    assert_eq!(evidence["policy"], "reject");
    assert_zendesk(&report, "dmarc-zendesk-one-path", "warn");
    // Internal report address: MX checked, no authorisation needed.
    let codes = codes_of(&report);
    assert!(!codes.contains("dmarc-report-domain-no-mx"), "{codes:?}");
    assert!(
        !codes
            .iter()
            .any(|c| c.starts_with("dmarc-report-destination"))
    );
}

#[test]
fn reject_without_spf_fails() {
    let dns = server();
    let (_, report) = dmarc(&dns, "nospf.dmarc.test");
    let (_, _, evidence) = zendesk(&report);
    assert_eq!(evidence["spf_path"]["state"], "missing");
    assert_zendesk(&report, "dmarc-zendesk-unaligned", "fail");
}

#[test]
fn both_paths_align() {
    let dns = server();
    let (code, report) = dmarc(&dns, "aligned.dmarc.test");
    assert_eq!(code, 0, "{report:#}");
    assert_zendesk(&report, "dmarc-zendesk-aligned", "pass");
}

#[test]
fn dkim_path_unknown_under_enforcement_is_an_error_not_a_verdict() {
    let read = |name: &str| std::fs::read_to_string(fixture(&format!("zones/{name}"))).unwrap();
    let (dmarc_zone, zendesk_zone, keys) = (
        read("dmarc.test.zone"),
        read("zendesk.com.zone"),
        read("_domainkey.zendesk.com.zone"),
    );
    let dns = TestDns::start_with_rcodes(
        &[
            ("dmarc.test", &dmarc_zone),
            ("zendesk.com", &zendesk_zone),
            ("_domainkey.zendesk.com", &keys),
            ("test", ""),
        ],
        &[(
            "zendesk1._domainkey.aligned.dmarc.test",
            hickory_proto::op::ResponseCode::ServFail,
        )],
    );
    let (code, report) = dmarc(&dns, "aligned.dmarc.test");
    let (zcode, status, evidence) = zendesk(&report);
    assert_eq!(evidence["dkim_path"]["state"], "unknown", "{report:#}");
    assert_eq!(
        (zcode.as_str(), status.as_str()),
        ("dmarc-zendesk-unknown", "error")
    );
    assert_eq!(code, 3, "{report:#}");
}

#[test]
fn policy_none_is_unenforced() {
    let dns = server();
    let (code, report) = dmarc(&dns, "none.dmarc.test");
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(finding(&report, "dmarc-policy-none")["status"], "warn");
    let unenforced = finding(&report, "dmarc-zendesk-unenforced");
    assert_eq!(unenforced["status"], "info");
    assert!(
        unenforced["message"]
            .as_str()
            .unwrap()
            .contains("not blocked"),
        "{unenforced:#}"
    );
    let (code, _) = run_json_at(
        dns.addr(),
        2,
        &["dmarc", "none.dmarc.test", "--fail-on", "warn"],
    );
    assert_eq!(code, 1);
}

#[test]
fn no_record_anywhere_is_missing() {
    let dns = server();
    let (code, report) = dmarc(&dns, "nodmarc.dmarc.test");
    assert_eq!(code, 1, "{report:#}");
    let missing = finding(&report, "dmarc-record-missing");
    assert_eq!(missing["status"], "fail");
    assert_eq!(
        missing["evidence"]["asked"],
        serde_json::json!([
            "_dmarc.nodmarc.dmarc.test",
            "_dmarc.dmarc.test",
            "_dmarc.test"
        ])
    );
    assert!(!codes_of(&report).contains("dmarc-dns-error"));
}

#[test]
fn nonexistent_domain() {
    let dns = server();
    let (code, report) = dmarc(&dns, "gone.dmarc.test");
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "dmarc-domain-not-found")["status"], "fail");
    assert!(!codes_of(&report).contains("dmarc-record-missing"));
}

#[test]
fn tree_walk_applies_the_parent_subdomain_policy() {
    let dns = server();
    let (_, report) = dmarc(&dns, "sub.org.dmarc.test");
    let found = finding(&report, "dmarc-record-found");
    assert_eq!(found["evidence"]["location"], "_dmarc.org.dmarc.test");
    assert!(
        found["message"]
            .as_str()
            .unwrap()
            .contains("org.dmarc.test applies")
    );
    let enforced = finding(&report, "dmarc-policy-enforced");
    assert_eq!(enforced["evidence"]["policy"], "quarantine");
    assert_eq!(enforced["evidence"]["from_tag"], "sp");
}

#[test]
fn public_suffix_record_applies_with_a_warning() {
    let dns = server();
    let (_, report) = dmarc(&dns, "a.b.psd.dmarc.test");
    let psd = finding(&report, "dmarc-psd-record-applies");
    assert_eq!(psd["status"], "warn");
    assert_eq!(psd["evidence"]["organisational_domain"], "b.psd.dmarc.test");
    assert_eq!(
        finding(&report, "dmarc-record-found")["evidence"]["location"],
        "_dmarc.psd.dmarc.test"
    );
}

#[test]
fn record_set_problems() {
    let dns = server();
    let (code, report) = dmarc(&dns, "two.dmarc.test");
    assert_eq!(code, 1);
    let multiple = finding(&report, "dmarc-multiple-records");
    assert_eq!(multiple["status"], "fail");
    assert_eq!(multiple["evidence"]["records"].as_array().unwrap().len(), 2);

    let (_, report) = dmarc(&dns, "unrelated.dmarc.test");
    let unrelated = finding(&report, "dmarc-unrelated-txt");
    assert_eq!(unrelated["status"], "fail");
    assert_eq!(
        unrelated["evidence"]["records"][0],
        "google-site-verification=abc123"
    );
    // The DMARC record itself is still read.
    assert_eq!(finding(&report, "dmarc-record-found")["status"], "pass");

    let (_, report) = dmarc(&dns, "spfat.dmarc.test");
    assert_eq!(finding(&report, "dmarc-spf-at-dmarc")["status"], "fail");
    assert!(codes_of(&report).contains("dmarc-record-missing"));

    let (_, report) = dmarc(&dns, "space.dmarc.test");
    assert_eq!(
        finding(&report, "dmarc-leading-whitespace")["status"],
        "fail"
    );
    assert!(codes_of(&report).contains("dmarc-record-missing"));
}

#[test]
fn record_at_the_apex() {
    let dns = server();
    let (_, report) = dmarc(&dns, "apex.dmarc.test");
    assert_eq!(finding(&report, "dmarc-record-at-apex")["status"], "fail");
    assert!(codes_of(&report).contains("dmarc-record-missing"));
    let (_, report) = dmarc(&dns, "apex2.dmarc.test");
    assert_eq!(finding(&report, "dmarc-record-at-apex")["status"], "warn");
    assert_eq!(finding(&report, "dmarc-record-found")["status"], "pass");
}

#[test]
fn syntax_errors_point_at_the_column() {
    let dns = server();
    let (code, report) = dmarc(&dns, "syntax.dmarc.test");
    assert_eq!(code, 1);
    let syntax = finding(&report, "dmarc-syntax-error");
    assert_eq!(syntax["status"], "fail");
    assert_eq!(syntax["evidence"]["column"], 13);
    assert_eq!(syntax["evidence"]["tag"], "p");
    let quoted = syntax["evidence"]["record"].as_str().unwrap();
    assert!(quoted.ends_with("\n            ^"), "{quoted:?}");

    let (_, report) = dmarc(&dns, "dup.dmarc.test");
    let dup = finding(&report, "dmarc-duplicate-tag");
    assert_eq!(dup["status"], "fail");
    assert_eq!(dup["evidence"]["column"], 21);
}

#[test]
fn tag_warnings() {
    let dns = server();
    let (_, report) = dmarc(&dns, "tags.dmarc.test");
    let status = |code: &str| {
        finding(&report, code)["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(status("dmarc-p-not-first"), "warn");
    assert_eq!(status("dmarc-policy-none"), "warn");
    assert_eq!(status("dmarc-subdomain-policy-none"), "warn");
    assert_eq!(status("dmarc-testing"), "warn");
    assert_eq!(status("dmarc-pct-removed"), "warn");
    assert_eq!(status("dmarc-removed-tag"), "info");
    assert_eq!(status("dmarc-unknown-tag"), "warn");
    assert_eq!(
        finding(&report, "dmarc-unknown-tag")["evidence"]["tag"],
        "foo=bar"
    );
    assert_eq!(status("dmarc-invalid-value"), "warn");
    assert_eq!(
        finding(&report, "dmarc-invalid-value")["evidence"]["tag"],
        "adkim"
    );
    assert_eq!(status("dmarc-too-many-uris"), "warn");
    assert_eq!(
        finding(&report, "dmarc-uri-not-mailto")["evidence"]["uri"],
        "https://reports.dmarc.test/r"
    );
    assert!(
        finding(&report, "dmarc-pct-removed")["message"]
            .as_str()
            .unwrap()
            .contains("50%")
    );

    let (_, report) = dmarc(&dns, "nop.dmarc.test");
    assert_eq!(finding(&report, "dmarc-p-missing")["status"], "warn");
    assert_eq!(
        finding(&report, "dmarc-policy-none")["evidence"]["policy"],
        "none"
    );

    let (_, report) = dmarc(&dns, "norua.dmarc.test");
    assert_eq!(finding(&report, "dmarc-no-rua")["status"], "info");
    assert_eq!(
        finding(&report, "dmarc-policy-enforced")["evidence"]["policy"],
        "quarantine"
    );

    let (_, report) = dmarc(&dns, "size.dmarc.test");
    assert_eq!(finding(&report, "dmarc-uri-size")["status"], "warn");
}

#[test]
fn report_destinations() {
    let dns = server();
    let (_, report) = dmarc(&dns, "nomx.dmarc.test");
    let nomx = finding(&report, "dmarc-report-domain-no-mx");
    assert_eq!(nomx["status"], "warn");
    assert_eq!(nomx["evidence"]["domain"], "nomx.dmarc.test");

    let (_, report) = dmarc(&dns, "external.dmarc.test");
    let findings: Vec<&Value> = report["steps"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .collect();
    let verified: Vec<&str> = findings
        .iter()
        .filter(|f| f["code"] == "dmarc-report-destination-verified")
        .map(|f| f["evidence"]["authorisation"].as_str().unwrap())
        .collect();
    assert_eq!(
        verified,
        [
            "external.dmarc.test._report._dmarc.dmarc-reports.test",
            // The wildcard answers the specific name as well.
            "external.dmarc.test._report._dmarc.wild.dmarc-reports.test"
        ],
        "{report:#}"
    );
    let unverified = finding(&report, "dmarc-report-destination-unverified");
    assert_eq!(unverified["status"], "warn");
    assert_eq!(
        unverified["evidence"]["expected"],
        "external.dmarc.test._report._dmarc.unauth.dmarc-reports.test TXT \"v=DMARC1\""
    );
    assert!(!codes_of(&report).contains("dmarc-report-domain-no-mx"));
}

#[test]
fn dns_timeout_is_an_error_never_missing() {
    let blackhole = Blackhole::start();
    let (code, report) = run_json_at(blackhole.addr(), 1, &["dmarc", "reject.dmarc.test"]);
    assert_eq!(code, 3, "{report:#}");
    let error = finding(&report, "dmarc-dns-error");
    assert_eq!(error["status"], "error");
    assert_eq!(report["steps"][0]["status"], "error");
    let codes = codes_of(&report);
    assert!(!codes.contains("dmarc-record-missing"), "{codes:?}");
    assert!(!codes.contains("dmarc-domain-not-found"), "{codes:?}");
}
