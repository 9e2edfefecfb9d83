//! `zdiag mx` end to end: the real binary against a real DNS server on loopback.

use std::net::SocketAddr;

use hickory_proto::op::ResponseCode;
use serde_json::Value;

use crate::support::dns_server::{Blackhole, TestDns};
use crate::support::{codes_of, finding, run_json_at, server, zones_dir};

fn mx(resolver: SocketAddr, domain: &str) -> (i32, Value) {
    run_json_at(resolver, 2, &["mx", domain])
}

fn hosts(finding: &Value) -> Vec<String> {
    finding["evidence"]["hosts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["host"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn hosts_are_listed_in_preference_order_with_addresses() {
    let dns = server();
    let (code, report) = mx(dns.addr(), "good.mx.test");
    assert_eq!(code, 0, "{report:#}");
    let found = finding(&report, "mx-hosts");
    assert_eq!(found["status"], "pass");
    assert_eq!(hosts(found), ["mx1.good.mx.test", "mx2.good.mx.test"]);
    assert_eq!(
        found["evidence"]["hosts"][0]["addresses"],
        serde_json::json!(["192.0.2.25", "2001:db8::25"])
    );
    assert_eq!(found["evidence"]["hosts"][0]["preference"], 10);
    assert_eq!(codes_of(&report).len(), 1, "{report:#}");
}

#[test]
fn null_mx_alone_warns_and_mixed_fails() {
    let dns = server();
    let (code, report) = mx(dns.addr(), "null.mx.test");
    assert_eq!(code, 0);
    assert_eq!(finding(&report, "mx-null")["status"], "warn");
    assert!(!codes_of(&report).contains("mx-implicit"));
    let (code, report) = mx(dns.addr(), "nullmixed.mx.test");
    assert_eq!(code, 1);
    let mixed = finding(&report, "mx-null-mixed");
    assert_eq!(mixed["status"], "fail");
    assert_eq!(hosts(mixed), ["mx.good.mx.test"]);
}

#[test]
fn no_mx_falls_back_to_the_address_or_nowhere() {
    let dns = server();
    let (code, report) = mx(dns.addr(), "implicit.mx.test");
    assert_eq!(code, 0);
    let implicit = finding(&report, "mx-implicit");
    assert_eq!(implicit["status"], "warn");
    assert_eq!(implicit["evidence"]["addresses"][0], "192.0.2.80");
    let (code, report) = mx(dns.addr(), "nowhere.mx.test");
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "mx-none")["status"], "fail");
}

#[test]
fn a_domain_that_does_not_exist_fails() {
    let dns = server();
    let (code, report) = mx(dns.addr(), "no-such-domain.mx.test");
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "mx-domain-not-found")["status"], "fail");
    assert!(!codes_of(&report).contains("mx-dns-error"));
}

#[test]
fn a_cname_target_warns_but_delivers() {
    let dns = server();
    let (code, report) = mx(dns.addr(), "cname.mx.test");
    assert_eq!(code, 0);
    let cname = finding(&report, "mx-target-cname");
    assert_eq!(cname["status"], "warn");
    assert_eq!(cname["subject"], "mail.cname.mx.test");
    assert_eq!(cname["evidence"]["addresses"][0], "192.0.2.25");
    assert_eq!(finding(&report, "mx-hosts")["status"], "pass");
}

#[test]
fn hosts_without_addresses_warn_and_fail_when_none_resolves() {
    let dns = server();
    let (code, report) = mx(dns.addr(), "partial.mx.test");
    assert_eq!(code, 0);
    let missing = finding(&report, "mx-host-no-address");
    assert_eq!(missing["status"], "warn");
    assert_eq!(missing["subject"], "gone.partial.mx.test");
    assert_eq!(finding(&report, "mx-hosts")["status"], "pass");
    let (code, report) = mx(dns.addr(), "dead.mx.test");
    assert_eq!(code, 1);
    let none = finding(&report, "mx-no-host-resolves");
    assert_eq!(none["status"], "fail");
    assert_eq!(
        none["evidence"]["hosts"],
        serde_json::json!(["gone1.dead.mx.test", "gone2.dead.mx.test"])
    );
    assert!(!codes_of(&report).contains("mx-hosts"));
}

#[test]
fn duplicate_hosts_and_ip_literals() {
    let dns = server();
    let (code, report) = mx(dns.addr(), "dup.mx.test");
    assert_eq!(code, 0);
    let dup = finding(&report, "mx-duplicate-host");
    assert_eq!(dup["status"], "warn");
    assert_eq!(dup["evidence"]["preferences"], serde_json::json!([10, 20]));
    let (code, report) = mx(dns.addr(), "literal.mx.test");
    assert_eq!(code, 1);
    let literal = finding(&report, "mx-target-ip-literal");
    assert_eq!(literal["status"], "fail");
    assert_eq!(literal["subject"], "192.0.2.25");
    // The other host still delivers.
    assert_eq!(finding(&report, "mx-hosts")["status"], "pass");
}

#[test]
fn a_dns_timeout_is_an_error_never_a_missing_record() {
    let blackhole = Blackhole::start();
    let (code, report) = mx(blackhole.addr(), "good.mx.test");
    assert_eq!(code, 3, "{report:#}");
    let error = finding(&report, "mx-dns-error");
    assert_eq!(error["status"], "error");
    assert_eq!(report["steps"][0]["status"], "error");
    let codes = codes_of(&report);
    assert_eq!(codes.len(), 1, "{codes:?}");
}

#[test]
fn a_host_whose_address_lookup_fails_is_an_error_for_that_host() {
    let zone = std::fs::read_to_string(zones_dir().join("mx.test.zone")).unwrap();
    let dns = TestDns::start_with_rcodes(
        &[("mx.test", &zone)],
        &[("gone.partial.mx.test", ResponseCode::ServFail)],
    );
    let (code, report) = mx(dns.addr(), "partial.mx.test");
    assert_eq!(code, 3, "{report:#}");
    let error = finding(&report, "mx-dns-error");
    assert_eq!(error["subject"], "gone.partial.mx.test");
    // Not reported as a host without an address: DNS did not say.
    assert!(!codes_of(&report).contains("mx-host-no-address"));
    assert_eq!(finding(&report, "mx-hosts")["status"], "pass");
}
