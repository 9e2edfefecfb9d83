//! `zdiag forwarding`: Zendesk's statuses explained from DNS (hickory-server on loopback),
//! `--verify` (PUT, then poll) and `--eml` paths, against wiremock fixtures.

use serde_json::{Value, json};
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::support::zendesk::{ZendeskMock, command, findings, json_of, with_api};
use crate::support::{TestDns, finding, fixture, resolver_args, server};

fn forwarding(mock: &ZendeskMock, dns: &TestDns, extra: &[&str]) -> (i32, Value, String) {
    let mut cmd = with_api(mock);
    cmd.args(resolver_args(dns.addr(), 2));
    let (code, report, output) = json_of(cmd, &[&["forwarding"], extra].concat());
    (
        code,
        report,
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

/// The findings of one address's step.
fn step<'a>(report: &'a Value, address: &str) -> &'a Value {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["target"] == address)
        .unwrap_or_else(|| panic!("no step for {address}: {report:#}"))
}

fn codes_in(step: &Value) -> Vec<(String, String, String)> {
    step["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["evidence"]["check"].as_str().unwrap_or("").to_string(),
                f["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn has(step: &Value, code: &str, check: &str, status: &str) -> bool {
    codes_in(step)
        .iter()
        .any(|(c, k, s)| c == code && k == check && s == status)
}

#[test]
fn every_status_is_explained_from_dns() {
    let dns = server();
    let mock = ZendeskMock::serving("broken");
    let (code, report, _) = forwarding(&mock, &dns, &[]);
    assert_eq!(code, 1, "{report:#}");

    let zendesk = step(&report, "support@z3n-example.zendesk.com");
    assert!(has(zendesk, "forwarding-zendesk-address", "", "pass"));

    let good = step(&report, "help@good.zd.test");
    assert!(has(good, "forwarding-verified", "", "pass"));
    for check in ["spf", "cname", "domain_verification"] {
        assert!(
            has(good, "forwarding-dns-verified", check, "pass"),
            "{check}"
        );
    }

    // Failed in Zendesk, right in DNS today: fixed but not re-verified.
    let fixed = step(&report, "billing@fixed.zd.test");
    assert!(has(fixed, "forwarding-failed", "", "fail"));
    assert!(has(fixed, "forwarding-dns-reverify", "spf", "warn"));
    assert!(has(
        fixed,
        "forwarding-dns-reverify",
        "domain_verification",
        "warn"
    ));
    assert!(has(fixed, "forwarding-dns-failed", "cname", "fail"));
    assert!(has(
        fixed,
        "forwarding-dkim-enabled-without-cnames",
        "",
        "fail"
    ));
    let reverify = fixed["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "forwarding-dns-reverify")
        .unwrap();
    assert!(reverify["help"].as_str().unwrap().contains("--verify"));
    let failed = fixed["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "forwarding-failed")
        .unwrap();
    assert_eq!(failed["evidence"]["mx"], json!(["mx.fixed.zd.test"]));

    // Waiting, with DNS showing why: no Zendesk include, wrong code, no MX.
    let broken = step(&report, "sales@broken.zd.test");
    assert!(has(broken, "forwarding-waiting", "", "warn"));
    assert!(has(broken, "forwarding-dns-failed", "spf", "fail"));
    assert!(has(
        broken,
        "forwarding-dns-failed",
        "domain_verification",
        "fail"
    ));
    // Never checked by Zendesk, and DNS shows the CNAMEs missing.
    assert!(has(broken, "forwarding-dns-unverified", "cname", "fail"));
    let waiting = &broken["findings"][0];
    assert!(
        waiting["message"]
            .as_str()
            .unwrap()
            .contains("no MX record"),
        "{waiting:#}"
    );
    let mismatch = broken["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["code"] == "forwarding-dns-failed" && f["evidence"]["check"] == "domain_verification"
        })
        .unwrap();
    assert!(
        mismatch["message"]
            .as_str()
            .unwrap()
            .contains("0000000000000000")
    );

    // Verified once, gone now.
    let news = step(&report, "news@broken.zd.test");
    assert!(has(news, "forwarding-unknown", "", "warn"));
    assert!(has(news, "forwarding-dns-regressed", "spf", "fail"));
    assert!(has(
        news,
        "forwarding-dns-regressed",
        "domain_verification",
        "fail"
    ));
}

#[test]
fn one_address_or_a_domain_can_be_asked_for() {
    let dns = server();
    let mock = ZendeskMock::serving("broken");
    let (_, report, _) = forwarding(&mock, &dns, &["Billing@Fixed.zd.test"]);
    assert_eq!(report["steps"].as_array().unwrap().len(), 1);
    let (_, report, _) = forwarding(&mock, &dns, &["broken.zd.test"]);
    assert_eq!(report["steps"].as_array().unwrap().len(), 2);
    let (code, report, _) = forwarding(&mock, &dns, &["nobody@good.zd.test"]);
    assert_eq!(code, 1);
    let missing = finding(&report, "forwarding-address-not-found");
    assert_eq!(
        missing["evidence"]["support_addresses"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

fn address_body(status: &str) -> ResponseTemplate {
    let body = json!({"recipient_address": {
        "url": "https://z3n-example.zendesk.com/api/v2/recipient_addresses/6716739076131.json",
        "id": 6716739076131u64, "brand_id": 6130830354842u64, "default": null, "name": "Sales",
        "email": "sales@broken.zd.test", "forwarding_status": status, "spf_status": "failed",
        "cname_status": "unknown", "domain_verification_status": "failed",
        "domain_verification_code": "9c8b7a6d5e4f3a2b",
        "created_at": "2023-09-09T23:52:02Z", "updated_at": "2024-02-08T17:44:31Z"}});
    ResponseTemplate::new(200).set_body_json(body)
}

fn mount_verify(mock: &ZendeskMock) {
    for kind in ["forwarding", "spf", "dns"] {
        mock.mount(
            Mock::given(method("PUT"))
                .and(path("/api/v2/recipient_addresses/6716739076131/verify"))
                .and(body_json(json!({"type": kind})))
                .respond_with(ResponseTemplate::new(200).set_body_raw("null", "application/json"))
                .expect(1),
        );
    }
}

#[test]
fn verify_puts_then_polls_until_the_status_changes() {
    let dns = server();
    let mock = ZendeskMock::serving("broken");
    mount_verify(&mock);
    let one = "/api/v2/recipient_addresses/6716739076131";
    mock.mount(
        Mock::given(method("GET"))
            .and(path(one))
            .respond_with(address_body("waiting"))
            .up_to_n_times(2)
            .with_priority(1),
    );
    mock.mount(
        Mock::given(method("GET"))
            .and(path(one))
            .respond_with(address_body("verified"))
            .with_priority(2),
    );
    let (_, report, stderr) = forwarding(&mock, &dns, &["sales@broken.zd.test", "--verify"]);
    assert!(
        stderr.contains("asking Zendesk to re-run") && stderr.contains("PUT"),
        "{stderr}"
    );
    let requested = finding(&report, "forwarding-verify-requested");
    assert_eq!(requested["status"], "info");
    let changed = finding(&report, "forwarding-verify-changed");
    assert_eq!(changed["status"], "pass");
    assert_eq!(
        changed["evidence"]["before"]["forwarding_status"],
        "waiting"
    );
    assert_eq!(
        changed["evidence"]["after"]["forwarding_status"],
        "verified"
    );
    // The rest of the report reads the address as it is now.
    assert_eq!(finding(&report, "forwarding-verified")["status"], "pass");
    // PUT before the first poll, and the polls after.
    let requests = mock.requests();
    let first_put = requests.iter().position(|(m, _)| m == "PUT").unwrap();
    let first_poll = requests
        .iter()
        .position(|(m, p)| m == "GET" && p == one)
        .unwrap();
    assert!(first_put < first_poll);
    assert_eq!(
        requests
            .iter()
            .filter(|(m, p)| m == "GET" && p == one)
            .count(),
        3
    );
}

#[test]
fn verify_gives_up_after_its_timeout() {
    let dns = server();
    let mock = ZendeskMock::serving("broken");
    mount_verify(&mock);
    mock.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/recipient_addresses/6716739076131"))
            .respond_with(address_body("waiting"))
            .with_priority(1),
    );
    let (_, report, _) = forwarding(
        &mock,
        &dns,
        &[
            "sales@broken.zd.test",
            "--verify",
            "--verify-timeout",
            "0.3",
        ],
    );
    assert_eq!(
        finding(&report, "forwarding-verify-timeout")["status"],
        "warn"
    );
}

#[test]
fn verify_is_refused_offline() {
    let dir = fixture("zendesk/broken");
    let (code, report, _) = json_of(
        command(),
        &[
            "forwarding",
            "--verify",
            "--zendesk-export",
            dir.to_str().unwrap(),
            "--offline",
        ],
    );
    assert_eq!(code, 2);
    assert!(report["error"].as_str().unwrap().contains("needs the API"));
}

fn eml(file: &str) -> Value {
    let dns = server();
    let mock = ZendeskMock::serving("broken");
    let path = fixture(&format!("eml/{file}"));
    let (_, report, _) = forwarding(
        &mock,
        &dns,
        &["help@good.zd.test", "--eml", path.to_str().unwrap()],
    );
    let step = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "forwarding-path")
        .unwrap_or_else(|| panic!("{report:#}"))
        .clone();
    json!({"steps": [step]})
}

#[test]
fn eml_direct_forward() {
    let report = eml("direct-forward.eml");
    let received = finding(&report, "forwarding-eml-received-by");
    assert_eq!(received["evidence"]["addressed_to"], "help@good.zd.test");
    assert_eq!(
        received["evidence"]["received_at"],
        "support@z3n-example.zendesk.com"
    );
    let direct = finding(&report, "forwarding-eml-direct");
    assert_eq!(direct["status"], "pass");
    assert_eq!(direct["evidence"]["hops"], json!(["help@good.zd.test"]));
    assert!(findings(&report, "forwarding-eml-multi-hop").is_empty());
}

#[test]
fn eml_two_hop_forward() {
    let report = eml("two-hop-forward.eml");
    let multi = finding(&report, "forwarding-eml-multi-hop");
    assert_eq!(multi["status"], "fail");
    assert_eq!(
        multi["evidence"]["hops"],
        json!(["contact@old-brand.zd.test", "help@good.zd.test"])
    );
    assert_eq!(multi["evidence"]["requester"], "ann.home@customer.zd.test");
    assert!(findings(&report, "forwarding-eml-direct").is_empty());
}

#[test]
fn eml_gmail_forward() {
    let report = eml("gmail-forward.eml");
    let gmail = finding(&report, "forwarding-eml-gmail");
    assert_eq!(gmail["evidence"]["forwarded_for"], "help@good.zd.test");
    assert_eq!(
        gmail["evidence"]["forwarded_to"],
        "support@z3n-example.zendesk.com"
    );
    assert_eq!(finding(&report, "forwarding-eml-direct")["status"], "pass");
}

#[test]
fn eml_client_forward_risks_suspension() {
    let report = eml("client-forward.eml");
    let client = finding(&report, "forwarding-eml-client-forward");
    assert_eq!(client["status"], "warn");
    assert_eq!(client["evidence"]["suspension_risk"], true);
    assert!(findings(&report, "forwarding-eml-direct").is_empty());
}

#[test]
fn eml_to_another_account() {
    let report = eml("unrelated.eml");
    assert_eq!(
        finding(&report, "forwarding-eml-unknown-recipient")["status"],
        "warn"
    );
}
