//! `zdiag dkim` end to end: the real binary against a real DNS server on loopback.
//!
//! Zendesk's keys are served from their own zone, `_domainkey.zendesk.com`,
//! beside the `zendesk.com` zone.

use serde_json::Value;

use crate::support::dns_server::{Blackhole, TestDns};
use crate::support::{codes_of, finding, fixture, run_json, run_json_at, server};

fn dkim(dns: &TestDns, domain: &str, selectors: &[&str]) -> (i32, Value) {
    let mut args = vec!["dkim", domain];
    for selector in selectors {
        args.extend_from_slice(&["--selector", selector]);
    }
    run_json_at(dns.addr(), 2, &args)
}

/// `(code, status, subject)` of every finding, in report order.
fn triples(report: &Value) -> Vec<(String, String, String)> {
    report["steps"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["status"].as_str().unwrap().to_string(),
                f["subject"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn both_cnames_to_zendesk_pass_with_their_keys() {
    let dns = server();
    let (code, report) = dkim(&dns, "good.dkim.test", &[]);
    assert_eq!(code, 0, "{report:#}");
    let pass = finding(&report, "dkim-zendesk-cnames");
    assert_eq!(pass["status"], "pass");
    assert!(
        pass["message"]
            .as_str()
            .unwrap()
            .contains("Custom domain for DKIM")
    );
    let keys: Vec<_> = triples(&report)
        .into_iter()
        .filter(|(code, _, _)| code == "dkim-key-ok")
        .collect();
    assert_eq!(keys.len(), 2, "{report:#}");
    let key = finding(&report, "dkim-key-ok");
    assert_eq!(key["evidence"]["bits"], 2048);
    assert_eq!(key["evidence"]["key_type"], "rsa");
    assert_eq!(codes_of(&report).len(), 2);
}

#[test]
fn missing_cnames_fail_and_explain_the_setting() {
    let dns = server();
    let (code, report) = dkim(&dns, "none.dkim.test", &[]);
    assert_eq!(code, 1);
    let missing = finding(&report, "dkim-zendesk-missing");
    assert_eq!(missing["status"], "fail");
    let message = missing["message"].as_str().unwrap();
    assert!(message.contains("its own domain"), "{message}");
    assert!(message.contains("Custom domain for DKIM"), "{message}");
    assert_eq!(missing["evidence"]["required"].as_array().unwrap().len(), 2);
    assert!(!codes_of(&report).contains("dkim-dns-error"));
}

#[test]
fn one_cname_of_two_fails() {
    let dns = server();
    let (code, report) = dkim(&dns, "half.dkim.test", &[]);
    assert_eq!(code, 1);
    let partial = finding(&report, "dkim-zendesk-partial");
    assert_eq!(partial["status"], "fail");
    assert_eq!(partial["subject"], "zendesk2._domainkey.half.dkim.test");
    assert!(!codes_of(&report).contains("dkim-zendesk-cnames"));
}

#[test]
fn a_cname_to_the_wrong_name_fails() {
    let dns = server();
    let (code, report) = dkim(&dns, "wrong.dkim.test", &[]);
    assert_eq!(code, 1);
    let wrong = finding(&report, "dkim-zendesk-wrong-target");
    assert_eq!(wrong["status"], "fail");
    assert_eq!(
        wrong["evidence"]["cname"],
        "zendesk1._domainkey.zendesk.com.wrong.dkim.test"
    );
    assert_eq!(
        wrong["evidence"]["expected"],
        "zendesk1._domainkey.zendesk.com"
    );
}

#[test]
fn pasted_keys_warn_and_stale_ones_fail() {
    let dns = server();
    let (code, report) = dkim(&dns, "pasted.dkim.test", &[]);
    assert_eq!(code, 0, "{report:#}");
    let pasted = finding(&report, "dkim-zendesk-pasted-key");
    assert_eq!(pasted["status"], "warn");
    assert!(pasted["message"].as_str().unwrap().contains("rotates"));
    assert_eq!(pasted["evidence"]["matches_current_zendesk_key"], true);
    let (code, report) = dkim(&dns, "stale.dkim.test", &[]);
    assert_eq!(code, 1);
    let stale = finding(&report, "dkim-zendesk-pasted-key-stale");
    assert_eq!(stale["status"], "fail");
    assert_eq!(stale["subject"], "zendesk1._domainkey.stale.dkim.test");
}

#[test]
fn legacy_cnames_are_reported_as_information() {
    let dns = server();
    let (code, report) = dkim(&dns, "legacy.dkim.test", &[]);
    assert_eq!(code, 0);
    let legacy = finding(&report, "dkim-legacy-cnames");
    assert_eq!(legacy["status"], "info");
    assert_eq!(
        legacy["evidence"]["cnames"][3]["target"],
        "mail4.zendesk.com"
    );
}

#[test]
fn every_selector_gets_the_key_checks() {
    let dns = server();
    let selectors = [
        "rsa4096",
        "ed",
        "rsa1024",
        "rsa512",
        "revoked",
        "testing",
        "unknown",
        "badv",
        "badb64",
        "truncated",
        "twice",
        "notakey",
        "nosuch",
    ];
    let (code, report) = dkim(&dns, "keys.dkim.test", &selectors);
    assert_eq!(code, 1);
    let subject = |s: &str| format!("{s}._domainkey.keys.dkim.test");
    let has = |code: &str, status: &str, selector: &str| {
        let wanted = (code.to_string(), status.to_string(), subject(selector));
        assert!(
            triples(&report).contains(&wanted),
            "no {wanted:?} in {report:#}"
        );
    };
    has("dkim-key-ok", "pass", "rsa4096");
    has("dkim-key-ok", "pass", "ed");
    has("dkim-key-weak", "warn", "rsa1024");
    has("dkim-key-too-short", "fail", "rsa512");
    has("dkim-key-revoked", "fail", "revoked");
    has("dkim-key-testing", "warn", "testing");
    has("dkim-key-unknown-tag", "warn", "unknown");
    has("dkim-syntax-error", "fail", "badv");
    has("dkim-syntax-error", "fail", "badb64");
    has("dkim-key-invalid", "fail", "truncated");
    has("dkim-key-multiple", "fail", "twice");
    has("dkim-key-missing", "fail", "notakey");
    has("dkim-key-missing", "fail", "nosuch");
    let bad_base64 = triples(&report)
        .iter()
        .position(|(c, _, s)| c == "dkim-syntax-error" && *s == subject("badb64"))
        .unwrap();
    let error = &report["steps"][0]["findings"][bad_base64];
    assert_eq!(error["evidence"]["column"], 23);
    assert_eq!(error["evidence"]["tag"], "p");
    let weak = finding(&report, "dkim-key-weak");
    assert_eq!(weak["evidence"]["bits"], 1024);
    // Zendesk's own selectors are not checked twice when named again.
    let (_, again) = dkim(&dns, "good.dkim.test", &["zendesk1", "ZENDESK2"]);
    assert_eq!(triples(&again).len(), 3);
}

#[test]
fn zendesk_keys_zone_works_beside_zendesk_com_offline_in_any_order() {
    let zones = |names: &[&str]| {
        names
            .iter()
            .map(|n| fixture(&format!("zones/{n}")).display().to_string())
            .collect::<Vec<_>>()
    };
    for order in [
        ["zendesk.com.zone", "_domainkey.zendesk.com.zone"],
        ["_domainkey.zendesk.com.zone", "zendesk.com.zone"],
    ] {
        let files = zones(&["dkim.test.zone", order[0], order[1]]);
        let mut args = vec!["dkim", "good.dkim.test", "--offline"];
        for file in &files {
            args.extend_from_slice(&["--zone", file]);
        }
        let (code, report) = run_json(&args);
        assert_eq!(code, 0, "{order:?}: {report:#}");
        assert_eq!(finding(&report, "dkim-key-ok")["evidence"]["bits"], 2048);
    }
}

#[test]
fn a_dns_timeout_is_an_error_never_a_missing_record() {
    let blackhole = Blackhole::start();
    let (code, report) = run_json_at(
        blackhole.addr(),
        2,
        &["dkim", "good.dkim.test", "--selector", "s1"],
    );
    assert_eq!(code, 3, "{report:#}");
    assert_eq!(report["steps"][0]["status"], "error");
    let codes = codes_of(&report);
    assert_eq!(
        codes.into_iter().collect::<Vec<_>>(),
        ["dkim-dns-error"],
        "{report:#}"
    );
    assert_eq!(finding(&report, "dkim-dns-error")["status"], "error");
}
