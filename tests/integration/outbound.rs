//! `zdiag outbound`: Zendesk's five steps, in order, over real DNS on loopback.

use crate::support::dns_server::{Blackhole, TestDns};
use crate::support::{codes_of, resolver_args, run_json_at, server, step, step_titles};

const TITLES: [&str; 5] = [
    "Step 1: Check the email's delivery status",
    "Step 2: Check that a trigger sends the email",
    "Step 3: Check your email forwarding",
    "Step 4: Check your SPF record",
    "Step 5: Check the status with the recipient",
];

fn outbound(dns: &TestDns, args: &[&str]) -> (i32, serde_json::Value) {
    run_json_at(dns.addr(), 2, &[&["outbound"], args].concat())
}

#[test]
fn json_has_one_step_per_procedure_step_in_order() {
    let dns = server();
    let (_, report) = outbound(&dns, &["good.outbound.test"]);
    let titles = step_titles(&report);
    assert_eq!(titles, TITLES);
    let ids: Vec<&str> = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "delivery-status",
            "trigger",
            "forwarding",
            "spf",
            "recipient"
        ]
    );
}

#[test]
fn api_steps_are_skipped_naming_what_enables_them() {
    let dns = server();
    let (_, report) = outbound(&dns, &["good.outbound.test"]);
    for id in ["delivery-status", "trigger", "forwarding", "recipient"] {
        let step = step(&report, id);
        assert_eq!(step["status"], "skip", "{id}");
        let needs = step["findings"][0]["evidence"]["needs"].as_str().unwrap();
        let expected = if id == "recipient" {
            "--recipient"
        } else {
            "ZENDESK_SUBDOMAIN"
        };
        assert!(needs.contains(expected), "{id}: {needs}");
    }
    assert!(
        step(&report, "delivery-status")["findings"][0]["evidence"]["needs"]
            .as_str()
            .unwrap()
            .contains("--ticket")
    );
    let (_, report) = outbound(&dns, &["good.outbound.test", "--ticket", "12345"]);
    assert!(
        step(&report, "delivery-status")["findings"][0]["evidence"]["needs"]
            .as_str()
            .unwrap()
            .contains("ticket 12345")
    );
}

#[test]
fn everything_in_place_passes_step_4() {
    let dns = server();
    let (code, report) = outbound(
        &dns,
        &[
            "good.outbound.test",
            "--recipient",
            "ann@customer.outbound.test",
        ],
    );
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(step(&report, "spf")["status"], "pass", "{report:#}");
    let recipient = step(&report, "recipient");
    assert_eq!(recipient["target"], "ann@customer.outbound.test");
    assert!(codes_of(&report).contains("outbound-recipient-ask"));
}

#[test]
fn verdict_names_the_first_failing_step() {
    let dns = server();
    let (code, report) = outbound(&dns, &["broken.outbound.test"]);
    assert_eq!(code, 1);
    assert_eq!(step(&report, "spf")["status"], "fail");
    let verdict = report["summary"]["verdict"].as_str().unwrap();
    assert!(
        verdict.starts_with("Fails: Step 4: Check your SPF record"),
        "{verdict}"
    );
    assert!(verdict.contains("Next:"), "{verdict}");
}

#[test]
fn a_mistyped_recipient_domain_is_spotted() {
    let dns = server();
    let (_, report) = outbound(
        &dns,
        &["good.outbound.test", "--recipient", "bob@gmial.com"],
    );
    let recipient = step(&report, "recipient");
    let typo = recipient["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "outbound-recipient-typo")
        .unwrap();
    assert_eq!(typo["evidence"]["probably"], "gmail.com");
    let (code, report) = outbound(
        &dns,
        &["good.outbound.test", "--recipient", "not-an-address"],
    );
    assert_eq!(code, 1);
    assert!(codes_of(&report).contains("outbound-recipient-invalid"));
}

#[test]
fn a_dns_timeout_is_could_not_check() {
    let blackhole = Blackhole::start();
    let (code, report) = run_json_at(
        blackhole.addr(),
        1,
        &[
            "outbound",
            "good.outbound.test",
            "--recipient",
            "ann@customer.outbound.test",
        ],
    );
    assert_eq!(code, 3);
    assert_eq!(step(&report, "spf")["status"], "error");
    assert_eq!(step(&report, "recipient")["status"], "error");
}

#[test]
fn human_output_walks_the_steps_and_ends_with_the_verdict() {
    let dns = server();
    let output = crate::support::zdiag()
        .args(["outbound", "broken.outbound.test", "--color", "never"])
        .args(resolver_args(dns.addr(), 2))
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let mut at = 0;
    for title in TITLES {
        let found = text[at..]
            .find(title)
            .unwrap_or_else(|| panic!("{title} missing or out of order:\n{text}"));
        at += found;
    }
    assert!(
        text.trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("Verdict: FAIL"),
        "{text}"
    );
}

#[test]
fn json_report_shape_is_pinned() {
    let dns = server();
    let (_, report) = outbound(
        &dns,
        &[
            "broken.outbound.test",
            "--recipient",
            "ann@customer.outbound.test",
        ],
    );
    insta::assert_json_snapshot!("outbound_broken", report, {
        ".tool.version" => "[version]",
    });
}
