//! `zdiag triggers` and `zdiag targets`: the real binary against wiremock fixtures, and
//! the same checks called from the library without a client.

use std::collections::BTreeSet;

use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, ResponseTemplate};

use zdiag::checks::{targets, triggers};
use zdiag::context::Context;
use zdiag::dns::{Dns, Zone};

use crate::support::zendesk::{ZendeskMock, command, findings, json_of, with_api};
use crate::support::{codes_of, finding, fixture};

fn run(scenario: &str, args: &[&str]) -> (i32, Value) {
    let mock = ZendeskMock::serving(scenario);
    let (code, report, _) = json_of(with_api(&mock), args);
    (code, report)
}

fn codes(report: &Value) -> BTreeSet<String> {
    codes_of(report)
}

#[test]
fn standard_triggers_pass() {
    let (code, report) = run("healthy", &["triggers"]);
    assert_eq!(code, 0, "{report:#}");
    let active = findings(&report, "triggers-notify-requester-active");
    let covered: BTreeSet<&str> = active
        .iter()
        .map(|f| f["evidence"]["covers"].as_str().unwrap())
        .collect();
    assert_eq!(covered, ["comment update", "received request"].into());
    // The proactive-ticket trigger also emails the requester, but only for agents' tickets.
    assert!(
        active
            .iter()
            .all(|f| f["subject"] != "Notify requester of new proactive ticket")
    );
    assert_eq!(
        finding(&report, "triggers-private-comment-rule")["status"],
        "info"
    );
    assert_eq!(report["summary"]["fail"], 0);
}

#[test]
fn broken_triggers_fail_with_the_trigger_to_fix() {
    let (code, report) = run("broken", &["triggers"]);
    assert_eq!(code, 1, "{report:#}");
    let inactive = finding(&report, "triggers-notify-requester-inactive");
    assert_eq!(inactive["evidence"]["covers"], "received request");
    assert_eq!(
        inactive["evidence"]["reactivate"][0]["title"],
        "Notify requester and CCs of received request"
    );
    assert!(inactive["help"].as_str().unwrap().contains("Reactivate"));
    assert_eq!(
        finding(&report, "triggers-notify-comment-missing")["status"],
        "fail"
    );
    let empty = finding(&report, "triggers-notification-empty");
    assert_eq!(empty["subject"], "Notify all agents of received request");
    assert_eq!(empty["evidence"]["empty"], "body");
    let missing = finding(&report, "triggers-target-missing");
    assert_eq!(missing["evidence"]["target_id"], "360000009999");
    let off = finding(&report, "triggers-target-inactive");
    assert_eq!(off["subject"], "Escalate urgent tickets");
    assert_eq!(off["evidence"]["target"]["email"], "pager@partner.zd.test");
    let group = finding(&report, "triggers-group-deleted");
    assert_eq!(group["evidence"]["group_id"], 360000000099u64);
    let quiet = findings(&report, "triggers-not-fired-24h");
    let titles: Vec<&str> = quiet
        .iter()
        .map(|f| f["subject"].as_str().unwrap())
        .collect();
    // Inactive triggers are not expected to fire.
    assert_eq!(titles, ["Notify assignee of comment update"]);
    assert_eq!(quiet[0]["status"], "warn");
}

#[test]
fn all_inactive_and_nothing_for_received_requests() {
    let (code, report) = run("quiet", &["triggers"]);
    assert_eq!(code, 1);
    assert_eq!(finding(&report, "triggers-all-inactive")["status"], "fail");
    assert_eq!(
        finding(&report, "triggers-notify-received-missing")["status"],
        "fail"
    );
    assert_eq!(
        finding(&report, "triggers-notify-requester-inactive")["evidence"]["covers"],
        "comment update"
    );
    // No usage counts in this account: no 24-hour warnings.
    assert!(findings(&report, "triggers-not-fired-24h").is_empty());
}

#[test]
fn targets_pass_when_active() {
    let (code, report) = run("healthy", &["targets"]);
    assert_eq!(code, 0, "{report:#}");
    let ok = finding(&report, "targets-active");
    assert_eq!(
        ok["evidence"]["pointing_at_it"][0]["title"],
        "Escalate tickets waiting 48h"
    );
}

#[test]
fn broken_targets_fail() {
    let (code, report) = run("broken", &["targets"]);
    assert_eq!(code, 1, "{report:#}");
    let inactive = finding(&report, "targets-inactive");
    assert_eq!(
        inactive["evidence"]["target"]["email"],
        "pager@partner.zd.test"
    );
    let pointing: BTreeSet<String> = inactive["evidence"]["pointing_at_it"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["kind"].as_str().unwrap(),
                r["title"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        pointing,
        [
            "automation Page on urgent tickets waiting 2h".to_string(),
            "trigger Escalate urgent tickets".to_string()
        ]
        .into()
    );
    let message = inactive["message"].as_str().unwrap();
    assert!(message.contains("21 consecutive"), "{message}");
    let looped = finding(&report, "targets-support-address-loop");
    assert_eq!(
        looped["evidence"]["target"]["email"],
        "Billing@Fixed.zd.test"
    );
    let long = finding(&report, "targets-body-too-long");
    assert_eq!(long["subject"], "Escalate tickets waiting 48h");
    assert!(long["evidence"]["characters"].as_u64().unwrap() > 8192);
    assert_eq!(long["evidence"]["limit"], 8192);
}

#[test]
fn no_email_targets_is_info() {
    let (code, report) = run("quiet", &["targets"]);
    assert_eq!(code, 0);
    assert_eq!(finding(&report, "targets-none")["status"], "info");
}

#[test]
fn an_export_gives_the_same_findings_offline() {
    let dir = fixture("zendesk/broken");
    for check in ["triggers", "targets"] {
        let (api_code, api) = run("broken", &[check]);
        let (code, offline, _) = json_of(
            command(),
            &[check, "--zendesk-export", dir.to_str().unwrap()],
        );
        assert_eq!(code, api_code, "{offline:#}");
        assert_eq!(codes(&offline), codes(&api), "{check}");
    }
}

#[test]
fn without_credentials_the_command_names_them() {
    let (code, report, _) = json_of(command(), &["triggers"]);
    assert_eq!(code, 2);
    let error = report["error"].as_str().unwrap();
    assert!(
        error.contains("ZENDESK_SUBDOMAIN") && error.contains("--zendesk-export"),
        "{error}"
    );
}

#[test]
fn refused_credentials_are_exit_3_with_the_sentence() {
    let mock = ZendeskMock::empty();
    mock.mount(Mock::given(any()).respond_with(ResponseTemplate::new(401)));
    let (code, report, _) = json_of(with_api(&mock), &["triggers"]);
    assert_eq!(code, 3, "{report:#}");
    let error = finding(&report, "zendesk-api-error");
    assert_eq!(error["status"], "error");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("token access is enabled")
    );
}

#[test]
fn server_errors_outlasting_the_retries_are_exit_3() {
    let mock = ZendeskMock::empty();
    mock.mount(Mock::given(any()).respond_with(ResponseTemplate::new(503)));
    let (code, report, _) = json_of(with_api(&mock), &["targets"]);
    assert_eq!(code, 3, "{report:#}");
    let error = finding(&report, "zendesk-api-error");
    assert!(
        error["message"].as_str().unwrap().contains("503"),
        "{error:#}"
    );
    // Four tries per endpoint, the four endpoints the check reads.
    assert_eq!(mock.requests().len(), 16);
}

/// The commands refuse to start without credentials (exit 2); a caller of the library
/// that runs a check anyway gets a skip that names them, not a crash or a false verdict.
#[tokio::test]
async fn checks_without_a_client_skip_naming_the_credentials() {
    let ctx = Context {
        dns: Dns::from_zone(Zone::new("")),
        zendesk: None,
    };
    for findings in [triggers::check(&ctx).await, targets::check(&ctx).await] {
        assert_eq!(findings.len(), 1);
        let finding = serde_json::to_value(&findings[0]).unwrap();
        assert_eq!(finding["code"], "zendesk-not-configured");
        assert_eq!(finding["status"], "skip");
        assert!(
            finding["evidence"]["needs"]
                .as_str()
                .unwrap()
                .contains("ZENDESK_SUBDOMAIN")
        );
    }
}
