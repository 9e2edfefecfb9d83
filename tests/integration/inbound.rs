//! `zdiag inbound ADDRESS`: the three inbound steps against a Zendesk API on loopback and
//! the fixture zones over real DNS, with and without a copy of the email.

use std::io::Write;

use serde_json::{Value, json};

use crate::support::zendesk::{ZendeskMock, command, findings, json_of, with_api};
use crate::support::{TestDns, codes_of, fixture, resolver_args, server, step, step_titles};
use crate::suspended::{demo_export, mock_with, ticket};

fn inbound(mut cmd: std::process::Command, dns: &TestDns, args: &[&str]) -> (i32, Value) {
    cmd.args(resolver_args(dns.addr(), 2));
    let mut all = vec!["inbound"];
    all.extend_from_slice(args);
    let (code, report, _) = json_of(cmd, &all);
    (code, report)
}

fn eml(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    file.write_all(text.as_bytes()).unwrap();
    file
}

#[test]
fn a_configured_address_walks_the_three_steps() {
    let dns = server();
    let mock = ZendeskMock::serving("healthy");
    let (code, report) = inbound(with_api(&mock), &dns, &["Help@good.zd.test"]);
    assert_eq!(code, 0, "{report:#}");
    let titles = step_titles(&report);
    assert_eq!(
        titles,
        [
            "Step 1: Check the email address your end user contacted",
            "Step 2: Check the forwarding status of your support email address",
            "Step 3: Check your Suspended tickets view"
        ]
    );
    let codes = codes_of(&report);
    assert!(codes.contains("inbound-address-configured"));
    assert!(codes.contains("mx-hosts"), "{codes:?}");
    assert!(codes.contains("forwarding-verified"));
    assert!(codes.contains("suspended-none"));
}

#[test]
fn a_typo_of_a_configured_address_names_the_closest() {
    let dns = server();
    let mock = ZendeskMock::serving("healthy");
    let (code, report) = inbound(with_api(&mock), &dns, &["helo@good.zd.test"]);
    assert_eq!(code, 1);
    let unknown = &findings(&report, "inbound-address-unknown")[0];
    assert_eq!(unknown["status"], "fail");
    assert_eq!(unknown["evidence"]["closest"][0], "help@good.zd.test");
}

#[test]
fn an_unknown_address_fails_step_1() {
    let dns = server();
    let mock = ZendeskMock::serving("healthy");
    let (code, report) = inbound(with_api(&mock), &dns, &["orders@customer.zd.test"]);
    assert_eq!(code, 1);
    assert_eq!(step(&report, "address")["status"], "fail");
    assert!(codes_of(&report).contains("inbound-address-unknown"));
}

#[test]
fn a_failed_forwarding_fails_step_2() {
    let dns = server();
    let mock = ZendeskMock::serving("broken");
    let (code, report) = inbound(with_api(&mock), &dns, &["billing@fixed.zd.test"]);
    assert_eq!(code, 1);
    assert!(codes_of(&report).contains("inbound-address-configured"));
    assert_eq!(step(&report, "forwarding")["status"], "fail", "{report:#}");
}

#[test]
fn the_copy_of_the_email_is_found_among_suspended_tickets() {
    let dns = server();
    let copy = std::fs::read_to_string(fixture("eml/direct-forward.eml")).unwrap();
    let mut held = ticket(
        9001,
        json!(10),
        "ann@customer.zd.test",
        "help@good.zd.test",
        "2025-11-17T09:14:03Z",
    );
    held["message_id"] = json!("<20251117091358.1A2B3C@customer.zd.test>");
    let other = ticket(
        9002,
        json!(8),
        "bob@customer.zd.test",
        "support@z3n-example.zendesk.com",
        "2025-11-17T09:14:03Z",
    );
    let mock = mock_with("healthy", vec![held, other]);
    let file = eml(&copy);
    let (_, report) = inbound(
        with_api(&mock),
        &dns,
        &["help@good.zd.test", "--eml", file.path().to_str().unwrap()],
    );
    let found = &findings(&report, "suspended-message-found")[0];
    assert_eq!(found["evidence"]["suspended_ticket_id"], 9001);
    assert_eq!(found["evidence"]["matched_by"], "message-id");
    assert_eq!(
        found["evidence"]["recover"],
        "zdiag suspended --recover 9001"
    );
    // Step 3 looks at the address's tickets only.
    let summary = &findings(&report, "suspended-summary")[0];
    assert_eq!(summary["evidence"]["total"], 1);
    let sent = &findings(&report, "inbound-eml-recipients")[0];
    assert!(
        sent["evidence"]["support_addresses"]
            .as_array()
            .unwrap()
            .contains(&json!("help@good.zd.test"))
    );
}

#[test]
fn without_a_message_id_sender_subject_and_date_find_it() {
    let dns = server();
    let copy = std::fs::read_to_string(fixture("eml/direct-forward.eml"))
        .unwrap()
        .replace("Message-ID: <20251117091358.1A2B3C@customer.zd.test>\n", "");
    let mut held = ticket(
        9001,
        json!(26),
        "ann@customer.zd.test",
        "help@good.zd.test",
        "2025-11-17T09:14:03Z",
    );
    held["subject"] = json!("Printer on fire");
    let mock = mock_with("healthy", vec![held]);
    let file = eml(&copy);
    let (_, report) = inbound(
        with_api(&mock),
        &dns,
        &["help@good.zd.test", "--eml", file.path().to_str().unwrap()],
    );
    let found = &findings(&report, "suspended-message-found")[0];
    assert_eq!(found["evidence"]["matched_by"], "sender, subject and date");
}

#[test]
fn auto_submitted_and_bulk_headers_are_named() {
    let dns = server();
    let mock = ZendeskMock::serving("healthy");
    let file = eml(
        "From: Robot <robot@customer.zd.test>\nTo: help@good.zd.test\nSubject: Weekly digest\nAuto-Submitted: auto-generated\nPrecedence: bulk\nAuthentication-Results: mx.zendesk.test; spf=fail smtp.mailfrom=customer.zd.test; dkim=none; dmarc=fail header.from=customer.zd.test\n\nDigest.\n",
    );
    let (_, report) = inbound(
        with_api(&mock),
        &dns,
        &["help@good.zd.test", "--eml", file.path().to_str().unwrap()],
    );
    let codes = codes_of(&report);
    assert!(codes.contains("inbound-eml-auto-submitted"), "{codes:?}");
    assert!(codes.contains("inbound-eml-bulk"));
    let auth = &findings(&report, "inbound-eml-authentication")[0];
    assert_eq!(auth["status"], "warn");
    assert!(codes.contains("suspended-message-not-found"));
}

#[test]
fn a_message_from_a_support_address_to_elsewhere_is_named() {
    let dns = server();
    let mock = ZendeskMock::serving("healthy");
    let file = eml(
        "From: help@good.zd.test\nTo: someone@customer.zd.test\nSubject: Fwd: Re: order\n\nForwarded.\n",
    );
    let (_, report) = inbound(
        with_api(&mock),
        &dns,
        &["help@good.zd.test", "--eml", file.path().to_str().unwrap()],
    );
    let codes = codes_of(&report);
    assert!(codes.contains("inbound-eml-from-support-address"));
    assert!(codes.contains("inbound-eml-not-to-address"));
}

#[test]
fn without_credentials_steps_name_the_variables_and_dns_still_answers() {
    let dns = server();
    let (code, report) = inbound(command(), &dns, &["help@good.zd.test"]);
    assert_eq!(code, 0, "{report:#}");
    for id in ["address", "forwarding", "suspended"] {
        let skipped = step(&report, id)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == "inbound-step-skipped")
            .unwrap_or_else(|| panic!("step {id}: {report:#}"));
        let needs = skipped["evidence"]["needs"].as_str().unwrap();
        assert!(
            needs.contains("ZENDESK_SUBDOMAIN") && needs.contains("ZENDESK_API_TOKEN"),
            "{needs}"
        );
    }
    assert!(codes_of(&report).contains("mx-hosts"));
    assert_eq!(step(&report, "forwarding")["status"], "skip");
}

#[test]
fn a_domain_that_does_not_exist_fails_step_1_without_credentials() {
    let dns = server();
    let (code, report) = inbound(command(), &dns, &["help@nowhere.zd.test"]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(step(&report, "address")["status"], "fail");
}

/// The README quick start, offline; its JSON contract (dates long past: stable).
#[test]
fn inbound_json_snapshot() {
    let cmd = demo_export();
    let (code, report, _) = json_of(cmd, &["inbound", "support@example.com"]);
    assert_eq!(code, 1, "{report:#}");
    insta::assert_json_snapshot!("inbound_export", report, {
        ".tool.version" => "[version]",
    });
}

/// `outbound` step 5 shows the recipient's bounce that sits in the suspended view.
#[test]
fn outbound_step_5_shows_the_recipients_suspended_bounce() {
    let cmd = demo_export();
    let (_, report, _) = json_of(
        cmd,
        &["outbound", "example.com", "--recipient", "jane@example.org"],
    );
    let recipient = step(&report, "recipient");
    let bounces: Vec<&Value> = recipient["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "suspended-bounce")
        .collect();
    assert_eq!(bounces.len(), 2, "{recipient:#}");
    assert!(bounces.iter().all(|b| b["evidence"]["ticket_id"] == 123));
}
