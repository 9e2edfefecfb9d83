//! `zdiag outbound` with and without the account, `zdiag export`, and the token's secrecy.

use std::io::Write;
use std::process::Stdio;

use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, ResponseTemplate};

use crate::support::zendesk::{TOKEN, ZendeskMock, command, json_of, with_api};
use crate::support::{TestDns, codes_of, fixture, resolver_args, server, step};

fn outbound(mut cmd: std::process::Command, dns: &TestDns) -> (i32, Value) {
    cmd.args(resolver_args(dns.addr(), 2));
    let (code, report, _) = json_of(
        cmd,
        &[
            "outbound",
            "good.zd.test",
            "--recipient",
            "ann@customer.zd.test",
        ],
    );
    (code, report)
}

#[test]
fn with_credentials_steps_2_to_5_are_answered() {
    let dns = server();
    let mock = ZendeskMock::serving("healthy");
    let (code, report) = outbound(with_api(&mock), &dns);
    assert_eq!(code, 0, "{report:#}");
    for id in ["trigger", "forwarding", "spf", "recipient"] {
        assert_ne!(step(&report, id)["status"], "skip", "step {id}: {report:#}");
    }
    assert_eq!(step(&report, "delivery-status")["status"], "skip");
    let codes = codes_of(&report);
    assert!(codes.contains("triggers-notify-requester-active"));
    assert!(codes.contains("forwarding-verified"));
    assert!(codes.contains("spf-include-present"));
    // Step 3 looks at the support addresses of the domain only.
    let targets: Vec<&str> = step(&report, "forwarding")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["subject"].as_str().unwrap())
        .collect();
    assert!(
        targets.iter().all(|s| *s == "help@good.zd.test"),
        "{targets:?}"
    );
}

#[test]
fn with_a_broken_account_steps_2_and_3_fail() {
    let dns = server();
    let mock = ZendeskMock::serving("quiet");
    let (code, report) = outbound(with_api(&mock), &dns);
    assert_eq!(code, 1);
    assert_eq!(step(&report, "trigger")["status"], "fail");
    let forwarding = step(&report, "forwarding");
    assert_eq!(forwarding["status"], "fail");
    assert_eq!(
        forwarding["findings"][0]["code"],
        "forwarding-address-not-found"
    );
}

#[test]
fn from_an_export_steps_2_and_3_are_answered_offline() {
    let dns = server();
    let mut cmd = command();
    cmd.args([
        "--zendesk-export",
        fixture("zendesk/healthy").to_str().unwrap(),
    ]);
    let (_, report) = outbound(cmd, &dns);
    assert_ne!(step(&report, "trigger")["status"], "skip");
    assert_ne!(step(&report, "forwarding")["status"], "skip");
}

#[test]
fn without_credentials_steps_2_and_3_are_skipped_naming_them() {
    let dns = server();
    let (_, report) = outbound(command(), &dns);
    for id in ["trigger", "forwarding"] {
        let s = step(&report, id);
        assert_eq!(s["status"], "skip");
        let needs = s["findings"][0]["evidence"]["needs"].as_str().unwrap();
        assert!(needs.contains("ZENDESK_SUBDOMAIN"), "{needs}");
    }
}

#[test]
fn export_then_read_offline_gives_the_same_report() {
    let mock = ZendeskMock::serving("broken");
    let dir = tempfile::tempdir().unwrap();
    let (code, report, _) = json_of(with_api(&mock), &["export", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(
        report["steps"][0]["findings"].as_array().unwrap().len(),
        zdiag::zendesk::Endpoint::ALL.len(),
        "{report:#}"
    );
    assert!(
        codes_of(&report)
            .iter()
            .all(|c| c == "zendesk-export-written")
    );
    for check in ["triggers", "targets"] {
        let (api_code, api, _) = json_of(with_api(&mock), &[check]);
        let (code, offline, _) = json_of(
            command(),
            &[check, "--zendesk-export", dir.path().to_str().unwrap()],
        );
        assert_eq!((code, codes_of(&offline)), (api_code, codes_of(&api)));
    }
}

#[test]
fn export_notes_what_it_could_not_read() {
    let mock = ZendeskMock::serving("healthy");
    mock.mount(
        Mock::given(wiremock::matchers::path("/api/v2/account/settings"))
            .respond_with(ResponseTemplate::new(403))
            .with_priority(1),
    );
    let dir = tempfile::tempdir().unwrap();
    let (code, report, _) = json_of(with_api(&mock), &["export", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(codes_of(&report).contains("zendesk-export-skipped"));
}

/// The token never shows: not on stdout or stderr of any command, in any format, on
/// success or failure, nor in an export.
#[test]
fn the_token_never_appears() {
    // Every run asks the test server, should it ask DNS at all.
    let dns = server();
    let dns_args = resolver_args(dns.addr(), 2);
    let healthy = ZendeskMock::serving("broken");
    let refusing = ZendeskMock::empty();
    refusing.mount(Mock::given(any()).respond_with(ResponseTemplate::new(401)));
    let failing = ZendeskMock::empty();
    failing.mount(Mock::given(any()).respond_with(ResponseTemplate::new(500)));
    let broken_json = ZendeskMock::empty();
    broken_json.mount(Mock::given(any()).respond_with(
        ResponseTemplate::new(200).set_body_raw("{\"triggers\": [", "application/json"),
    ));
    let export = tempfile::tempdir().unwrap();
    let export_dir = export.path().to_str().unwrap().to_string();
    let runs: Vec<Vec<&str>> = vec![
        vec!["triggers"],
        vec!["targets"],
        vec!["forwarding"],
        vec!["outbound", "good.zd.test"],
        vec!["export", &export_dir],
    ];
    let mut seen = 0;
    for mock in [&healthy, &refusing, &failing, &broken_json] {
        for args in &runs {
            for format in ["human", "json"] {
                let output = with_api(mock)
                    .args(args)
                    .args(&dns_args)
                    .args(["--format", format])
                    .output()
                    .unwrap();
                for stream in [&output.stdout, &output.stderr] {
                    let text = String::from_utf8_lossy(stream);
                    assert!(!text.contains(TOKEN), "{args:?} {format}: {text}");
                    seen += text.len();
                }
            }
        }
    }
    assert!(seen > 0);
    for entry in std::fs::read_dir(export.path()).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(!text.contains(TOKEN));
        assert!(!text.contains("agent@good.zd.test"));
    }
    // The token from a file and from stdin, and as an OAuth token.
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), format!("{TOKEN}\n")).unwrap();
    let mut cmd = command();
    cmd.args([
        "--zendesk-url",
        &refusing.uri(),
        "--subdomain",
        "z3n-example",
    ])
    .args(["--token-file", file.path().to_str().unwrap(), "triggers"]);
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr_and_out = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stderr_and_out.contains("OAuth"), "{stderr_and_out}");
    assert!(!stderr_and_out.contains(TOKEN));
    let mut child = command()
        .args([
            "--zendesk-url",
            &refusing.uri(),
            "--subdomain",
            "z3n-example",
        ])
        .args([
            "--email",
            "agent@good.zd.test",
            "--token-file",
            "-",
            "triggers",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(TOKEN.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(text.contains("API token for agent@good.zd.test"), "{text}");
    assert!(!text.contains(TOKEN));
}

#[test]
fn plain_http_to_another_host_is_refused() {
    let mut cmd = command();
    cmd.env("ZENDESK_SUBDOMAIN", "z3n-example")
        .env("ZENDESK_OAUTH_TOKEN", TOKEN)
        .args(["--zendesk-url", "http://zendesk.example.test"]);
    let (code, report, _) = json_of(cmd, &["triggers"]);
    assert_eq!(code, 2);
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .contains("plain http is refused")
    );
}

/// The README quick start: the demo zones and the demo export, no network.
#[test]
fn the_demo_export_answers_steps_2_and_3_offline() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let (code, report, _) = json_of(
        command(),
        &[
            "outbound",
            "example.com",
            "--zone",
            root.join("zones").to_str().unwrap(),
            "--offline",
            "--zendesk-export",
            root.join("zendesk-export").to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{report:#}");
    let trigger = step(&report, "trigger");
    assert_eq!(trigger["status"], "fail");
    assert!(codes_of(&report).contains("triggers-notify-requester-inactive"));
    assert_ne!(step(&report, "forwarding")["status"], "skip");
    assert!(codes_of(&report).contains("forwarding-verified"));
}
