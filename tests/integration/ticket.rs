//! `zdiag ticket` against a Zendesk API on loopback whose bodies are shaped as the
//! reference shows them (§5): the real audit with Notification events, the email
//! notification with its delivery status, identities; over real DNS on loopback.

use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

use crate::support::zendesk::{ZendeskMock, command, days_ago, findings, json_of, with_api};
use crate::support::{codes_of, fixture, resolver_args, server, step};

const TICKET: u64 = 42;
const AGENT: u64 = 1;
const REQUESTER: u64 = 2;
const CUSTOMER: &str = "ann@customer.zd.test";
const TRIGGER: u64 = 360;
const COMMENT: u64 = 100;

/// A comment event as the reference's real audit has it.
fn comment(id: u64, author: u64, public: bool, flags: &[u64]) -> Value {
    json!({"id": id, "type": "Comment", "author_id": author, "body": "Your order ships today.",
           "public": public, "attachments": [], "audit_id": 10,
           "metadata": {"system": {}, "custom": {}, "flags": flags}})
}

/// A Notification event as the reference's real audit has it.
fn notification(kind: &str, trigger: u64, title: &str, deleted: bool, recipients: &[u64]) -> Value {
    json!({"id": 33144692245779u64, "type": kind,
           "via": {"channel": "rule", "source": {"from": {"deleted": deleted, "title": title,
                   "id": trigger, "revision_id": 3}, "rel": "trigger"}},
           "subject": "[{{ticket.account}}] Re: {{ticket.title}}",
           "body": "{{ticket.latest_comment_html}}", "recipients": recipients})
}

fn audit(id: u64, created: &str, events: Vec<Value>) -> Value {
    json!({"id": id, "ticket_id": TICKET, "created_at": created, "author_id": AGENT,
           "metadata": {"system": {"client": "Mozilla/5.0", "ip_address": "203.0.113.7"}, "custom": {}},
           "events": events,
           "via": {"channel": "web", "source": {"from": {}, "to": {}, "rel": null}}})
}

/// An email notification with one recipient's delivery status, as the reference's example.
fn email_notification(comment: u64, created: &str, status: Value) -> Value {
    json!({"comment_id": comment, "created_at": created, "email_id": "01HQ6Z3DE28F34XBFCYH0SRM95",
           "message_id": "<L7VKGOM25K@zendesk.com>", "notification_id": 7824075373693u64,
           "recipients": [{"delivery_status": status, "email_address": CUSTOMER, "user_id": REQUESTER}],
           "ticket_id": TICKET, "updated_at": created,
           "url": "https://example.zendesk.com/api/v2/email_notifications/7824075373693"})
}

fn status(id: u64, name: &str, code: &str) -> Value {
    json!({"code": code, "id": id, "message": format!("Email failed to deliver. Status code: {code}"), "name": name})
}

fn delivered() -> Value {
    json!({"code": "0", "id": 0, "message": "No failure received", "name": "none"})
}

fn comment_trigger(active: bool) -> Value {
    json!({"id": TRIGGER, "title": "Notify requester and CCs of comment update", "active": active,
           "default": false, "position": 1,
           "conditions": {"all": [{"field": "update_type", "operator": "is", "value": "Change"},
                                  {"field": "comment_is_public", "operator": "is", "value": true}], "any": []},
           "actions": [{"field": "notification_user",
                        "value": ["requester_and_ccs", "[{{ticket.account}}] Re: {{ticket.title}}", "{{ticket.latest_comment_html}}"]}]})
}

/// One ticket's account: what each endpoint answers.
struct Story {
    tags: Vec<&'static str>,
    audits: Vec<Value>,
    sent: Vec<Value>,
    identity: Value,
    triggers: Option<Vec<Value>>,
}

impl Story {
    /// An agent's public reply, emailed by the comment trigger, delivered.
    fn delivered() -> Story {
        let created = days_ago(1);
        Story {
            tags: vec![],
            audits: vec![audit(
                10,
                &created,
                vec![
                    comment(COMMENT, AGENT, true, &[]),
                    notification(
                        "Notification",
                        TRIGGER,
                        "Notify requester and CCs of comment update",
                        false,
                        &[REQUESTER],
                    ),
                ],
            )],
            sent: vec![email_notification(COMMENT, &created, delivered())],
            identity: json!({"id": 77, "user_id": REQUESTER, "type": "email", "value": CUSTOMER,
                             "verified": true, "primary": true, "deliverable_state": "deliverable",
                             "undeliverable_count": 0}),
            triggers: Some(vec![comment_trigger(true)]),
        }
    }

    /// The reply bounced with this delivery status, `days` ago.
    fn bounced(status: Value, days: i64) -> Story {
        let created = days_ago(days);
        let mut story = Story::delivered();
        story.tags = vec!["system_email_notification_failure"];
        story.audits[0]["created_at"] = json!(created);
        story.sent = vec![email_notification(COMMENT, &created, status)];
        story
    }

    /// The reply's audit holds these events and nothing was emailed.
    fn silent(events: Vec<Value>) -> Story {
        let mut story = Story::delivered();
        story.audits = vec![audit(10, &days_ago(1), events)];
        story.sent = vec![];
        story
    }

    fn mount(&self, mock: &ZendeskMock) {
        let ok = |body: Value| ResponseTemplate::new(200).set_body_json(body);
        let list = |key: &str, items: &[Value]| json!({key: items, "meta": {"has_more": false, "after_cursor": null}, "links": {"next": null}});
        let ticket = json!({"ticket": {"id": TICKET, "subject": "My order", "status": "open",
            "requester_id": REQUESTER, "submitter_id": REQUESTER, "assignee_id": AGENT,
            "tags": self.tags, "recipient": "help@good.zd.test",
            "via": {"channel": "email", "source": {"from": {"address": CUSTOMER}, "to": {}, "rel": null}},
            "created_at": "2024-02-21T23:00:00Z"}});
        mock.mount(
            Mock::given(method("GET"))
                .and(path(format!("/api/v2/tickets/{TICKET}")))
                .respond_with(ok(ticket)),
        );
        mock.mount(
            Mock::given(method("GET"))
                .and(path(format!("/api/v2/tickets/{TICKET}/audits")))
                .respond_with(ok(list("audits", &self.audits))),
        );
        mock.mount(
            Mock::given(method("GET"))
                .and(path("/api/v2/email_notifications"))
                .and(query_param("filter[ticket_id]", TICKET.to_string()))
                .respond_with(ok(list("email_notifications", &self.sent))),
        );
        let users = json!({"users": [
            {"id": AGENT, "name": "Alex Agent", "email": "agent@good.zd.test", "role": "agent"},
            {"id": REQUESTER, "name": "Ann Lee", "email": CUSTOMER, "role": "end-user"},
        ]});
        mock.mount(
            Mock::given(method("GET"))
                .and(path("/api/v2/users/show_many"))
                .respond_with(ok(users)),
        );
        mock.mount(
            Mock::given(method("GET"))
                .and(path(format!("/api/v2/users/{REQUESTER}/identities")))
                .respond_with(ok(list("identities", std::slice::from_ref(&self.identity)))),
        );
        let agent = json!({"id": 78, "user_id": AGENT, "type": "email", "value": "agent@good.zd.test",
                           "primary": true, "deliverable_state": "deliverable", "undeliverable_count": 0});
        mock.mount(
            Mock::given(method("GET"))
                .and(path(format!("/api/v2/users/{AGENT}/identities")))
                .respond_with(ok(list("identities", &[agent]))),
        );
        if let Some(triggers) = &self.triggers {
            mock.mount(
                Mock::given(method("GET"))
                    .and(path("/api/v2/triggers"))
                    .respond_with(ok(list("triggers", triggers))),
            );
        }
    }

    /// `zdiag ticket 42 --format json` against this story over real DNS.
    fn run(&self, extra: &[&str]) -> (i32, Value) {
        let mock = ZendeskMock::empty();
        self.mount(&mock);
        run_against(&mock, extra)
    }
}

fn run_against(mock: &ZendeskMock, extra: &[&str]) -> (i32, Value) {
    let dns = server();
    let mut cmd = with_api(mock);
    cmd.args(resolver_args(dns.addr(), 2));
    let id = TICKET.to_string();
    let mut args = vec!["ticket", id.as_str()];
    args.extend_from_slice(extra);
    let (code, report, _) = json_of(cmd, &args);
    (code, report)
}

fn verdict(report: &Value) -> &str {
    report["summary"]["verdict"].as_str().unwrap()
}

fn only<'a>(report: &'a Value, code: &str) -> &'a Value {
    let found = findings(report, code);
    assert_eq!(found.len(), 1, "{code} in {report:#}");
    found[0]
}

#[test]
fn a_delivered_reply_is_followed_through_the_four_steps() {
    let (code, report) = Story::delivered().run(&[]);
    assert_eq!(code, 0, "{report:#}");
    let steps: Vec<&str> = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["comment", "trigger", "delivery", "recipient"]);
    let comment = only(&report, "ticket-comment-public");
    assert_eq!(comment["evidence"]["comment"]["id"], COMMENT);
    let sent = only(&report, "ticket-notification-sent");
    assert_eq!(sent["evidence"]["rule"]["id"], TRIGGER);
    assert_eq!(sent["evidence"]["rule"]["exists"], true);
    assert_eq!(sent["evidence"]["recipients"], json!([CUSTOMER]));
    let delivered = only(&report, "ticket-delivered");
    assert_eq!(delivered["evidence"]["delivery_status"]["id"], 0);
    assert_eq!(delivered["status"], "pass");
    let codes = codes_of(&report);
    assert!(codes.contains("ticket-recipient-deliverable"), "{codes:?}");
    assert!(
        codes.contains("mx-hosts"),
        "the recipient's domain is checked: {codes:?}"
    );
    assert!(
        verdict(&report).starts_with(&format!("Ticket {TICKET}: delivered to {CUSTOMER} at ")),
        "{}",
        verdict(&report)
    );
}

#[test]
fn a_private_comment_emails_nobody_and_says_so() {
    let mut story = Story::silent(vec![comment(COMMENT, AGENT, false, &[])]);
    story.sent = vec![];
    let (code, report) = story.run(&[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(only(&report, "ticket-comment-private")["status"], "info");
    assert_eq!(only(&report, "ticket-not-notified")["status"], "info");
    assert!(
        verdict(&report).contains("not sent: the comment is private"),
        "{}",
        verdict(&report)
    );
}

#[test]
fn no_trigger_fired_because_the_notify_trigger_is_inactive() {
    let mut story = Story::silent(vec![comment(COMMENT, AGENT, true, &[])]);
    story.triggers = Some(vec![comment_trigger(false)]);
    let (code, report) = story.run(&[]);
    assert_eq!(code, 1, "{report:#}");
    let silent = only(&report, "ticket-not-notified");
    assert_eq!(silent["status"], "fail");
    assert!(
        silent["message"].as_str().unwrap().contains("inactive"),
        "{silent:#}"
    );
    assert!(codes_of(&report).contains("triggers-notify-requester-inactive"));
    assert!(
        verdict(&report).contains("not sent"),
        "{}",
        verdict(&report)
    );
}

#[test]
fn no_trigger_fired_though_one_is_active_points_at_its_conditions() {
    let story = Story::silent(vec![comment(COMMENT, AGENT, true, &[])]);
    let (code, report) = story.run(&[]);
    assert_eq!(code, 1, "{report:#}");
    let silent = only(&report, "ticket-not-notified");
    assert!(
        silent["message"]
            .as_str()
            .unwrap()
            .contains("is active but did not fire"),
        "{silent:#}"
    );
}

#[test]
fn a_hard_bounce_names_the_reason_and_the_fix() {
    let story = Story::bounced(status(39, "user_does_not_exist", "550 5.1.1"), 1);
    let (code, report) = story.run(&[]);
    assert_eq!(code, 1, "{report:#}");
    let hard = only(&report, "ticket-bounce-hard");
    assert_eq!(hard["status"], "fail");
    assert_eq!(hard["evidence"]["category"], "user-unknown");
    assert_eq!(hard["evidence"]["failure_tag"], true);
    assert!(
        hard["message"]
            .as_str()
            .unwrap()
            .contains("the address does not exist"),
        "{hard:#}"
    );
    assert!(
        hard["help"]
            .as_str()
            .unwrap()
            .contains("send the reply again")
    );
    assert!(
        verdict(&report).contains("bounced: the address does not exist"),
        "{}",
        verdict(&report)
    );
}

#[test]
fn a_soft_bounce_is_still_retried_for_five_days_then_given_up() {
    let full = || status(31, "mailbox_full", "552");
    let (code, report) = Story::bounced(full(), 1).run(&[]);
    assert_eq!(code, 0, "a warning does not fail the run: {report:#}");
    let soft = only(&report, "ticket-bounce-soft");
    assert_eq!(soft["status"], "warn");
    assert_eq!(soft["evidence"]["retrying"], true);
    assert_eq!(soft["evidence"]["category"], "mailbox-full");
    assert!(
        soft["message"].as_str().unwrap().contains("still retrying"),
        "{soft:#}"
    );
    assert!(
        verdict(&report).contains("the mailbox is full")
            && verdict(&report).contains("retries until"),
        "{}",
        verdict(&report)
    );

    let (_, report) = Story::bounced(full(), 8).run(&[]);
    let soft = only(&report, "ticket-bounce-soft");
    assert_eq!(soft["evidence"]["retrying"], false);
    assert!(
        soft["message"]
            .as_str()
            .unwrap()
            .contains("stopped retrying"),
        "{soft:#}"
    );
}

#[test]
fn the_reference_status_24_reads_as_a_refused_sender() {
    // 530 "authentication required": the receiving server wants the sender to log in.
    let story = Story::bounced(status(24, "authentication_required", "530 5.7.0"), 1);
    let (_, report) = story.run(&[]);
    let soft = only(&report, "ticket-bounce-soft");
    assert_eq!(soft["evidence"]["category"], "sender-rejected");
    assert_eq!(soft["evidence"]["delivery_status"]["code"], "530 5.7.0");
}

#[test]
fn an_undeliverable_identity_says_zendesk_stopped_emailing_it() {
    let mut story = Story::bounced(status(39, "user_does_not_exist", "550 5.1.1"), 1);
    story.identity["deliverable_state"] = json!("undeliverable");
    story.identity["undeliverable_count"] = json!(3);
    let (_, report) = story.run(&[]);
    let stopped = only(&report, "ticket-recipient-undeliverable");
    assert_eq!(stopped["status"], "fail");
    assert_eq!(stopped["evidence"]["undeliverable_count"], 3);
    assert!(stopped["help"].as_str().unwrap().contains("deliverable"));

    let mut story = Story::delivered();
    story.identity["undeliverable_count"] = json!(7);
    let (_, report) = story.run(&[]);
    let counted = only(&report, "ticket-recipient-soft-bounces");
    assert_eq!(counted["status"], "warn");
    assert_eq!(counted["evidence"]["limit"], 10);
}

#[test]
fn flag_4_suppresses_the_notifications_and_flag_18_drops_ccs() {
    let story = Story::silent(vec![comment(COMMENT, AGENT, true, &[4])]);
    let (code, report) = story.run(&[]);
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(
        only(&report, "ticket-notifications-suppressed")["status"],
        "fail"
    );
    assert!(
        only(&report, "ticket-not-notified")["message"]
            .as_str()
            .unwrap()
            .contains("flag 4")
    );

    let mut story = Story::delivered();
    story.audits[0]["events"][0] = comment(COMMENT, AGENT, true, &[18]);
    let (_, report) = story.run(&[]);
    assert_eq!(only(&report, "ticket-ccs-dropped")["status"], "warn");
    assert!(codes_of(&report).contains("ticket-delivered"));
}

#[test]
fn a_deleted_trigger_is_flagged_from_the_event_or_the_account() {
    let mut story = Story::delivered();
    story.audits[0]["events"][1] = notification(
        "Notification",
        TRIGGER,
        "Notify requester and CCs of comment update",
        true,
        &[REQUESTER],
    );
    let (_, report) = story.run(&[]);
    assert_eq!(only(&report, "ticket-trigger-deleted")["status"], "warn");

    // Not marked deleted, but the account no longer has it.
    let mut story = Story::delivered();
    story.audits[0]["events"][1] = notification(
        "Notification",
        999,
        "An old notification",
        false,
        &[REQUESTER],
    );
    let (_, report) = story.run(&[]);
    let gone = only(&report, "ticket-trigger-deleted");
    assert_eq!(gone["evidence"]["rule"]["exists"], false);
    assert_eq!(gone["evidence"]["rule"]["id"], 999);
}

#[test]
fn audits_across_two_pages_follow_the_latest_reply() {
    let mock = ZendeskMock::empty();
    let story = Story::delivered();
    story.mount(&mock);
    let later = audit(
        11,
        &days_ago(0),
        vec![
            comment(101, AGENT, true, &[]),
            notification(
                "NotificationWithCcs",
                TRIGGER,
                "Notify requester and CCs of comment update",
                false,
                &[REQUESTER],
            ),
        ],
    );
    let first = json!({"audits": story.audits, "meta": {"has_more": true, "after_cursor": "p2"},
                       "links": {"next": format!("{}/api/v2/tickets/{TICKET}/audits?page[size]=100&page[after]=p2", mock.uri())}});
    let second = json!({"audits": [later], "meta": {"has_more": false}, "links": {"next": null}});
    mock.mount(
        Mock::given(method("GET"))
            .and(path(format!("/api/v2/tickets/{TICKET}/audits")))
            .and(query_param("page[after]", "p2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(second))
            .with_priority(1),
    );
    mock.mount(
        Mock::given(method("GET"))
            .and(path(format!("/api/v2/tickets/{TICKET}/audits")))
            .respond_with(ResponseTemplate::new(200).set_body_json(first))
            .with_priority(2),
    );
    let (_, report) = run_against(&mock, &[]);
    let comment = only(&report, "ticket-comment-public");
    assert_eq!(comment["evidence"]["comment"]["id"], 101, "{report:#}");
    assert_eq!(
        only(&report, "ticket-notification-sent")["evidence"]["event"],
        "NotificationWithCcs"
    );
    // Comment 101 has no email notification yet: no delivery record, not "delivered".
    assert!(codes_of(&report).contains("ticket-no-delivery-record"));
}

#[test]
fn unknown_event_types_are_ignored_and_spellings_matched() {
    let mut story = Story::delivered();
    let events = story.audits[0]["events"].as_array_mut().unwrap();
    events.insert(
        0,
        json!({"id": 5, "type": "AgentWorkspaceSomethingNew", "recipients": [REQUESTER], "value": {"x": 1}}),
    );
    events[2]["type"] = json!("notification");
    let (code, report) = story.run(&[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(findings(&report, "ticket-notification-sent").len(), 1);
    assert!(codes_of(&report).contains("ticket-delivered"));
}

#[test]
fn a_ticket_that_does_not_exist_is_a_sentence() {
    let mock = ZendeskMock::empty();
    mock.mount(
        Mock::given(method("GET")).respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"error": "RecordNotFound", "description": "Not found"})),
        ),
    );
    let (code, report) = run_against(&mock, &[]);
    assert_eq!(code, 3, "{report:#}");
    let error = only(&report, "zendesk-api-error");
    let host = mock.uri().trim_start_matches("http://").to_string();
    assert_eq!(
        error["message"],
        format!("no ticket {TICKET} in {host}, or this agent cannot see it")
    );
}

#[test]
fn a_429_during_the_audits_is_waited_out() {
    let mock = ZendeskMock::empty();
    Story::delivered().mount(&mock);
    mock.mount(
        Mock::given(method("GET"))
            .and(path(format!("/api/v2/tickets/{TICKET}/audits")))
            .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
            .up_to_n_times(2)
            .with_priority(1),
    );
    let (code, report) = run_against(&mock, &[]);
    assert_eq!(code, 0, "{report:#}");
    assert!(codes_of(&report).contains("ticket-delivered"));
    let audits = mock
        .requests()
        .iter()
        .filter(|(_, p)| p.ends_with("/audits"))
        .count();
    assert_eq!(audits, 3, "two 429s, then the answer");
}

#[test]
fn comment_given_is_followed_or_named_missing() {
    let mut story = Story::delivered();
    story.audits.insert(
        0,
        audit(9, &days_ago(3), vec![comment(90, AGENT, false, &[])]),
    );
    let (_, report) = story.run(&["--comment", "90"]);
    assert_eq!(
        only(&report, "ticket-comment-private")["evidence"]["comment"]["id"],
        90
    );
    let (code, report) = story.run(&["--comment", "12345"]);
    assert_eq!(code, 3, "{report:#}");
    let missing = only(&report, "ticket-comment-not-found");
    assert_eq!(missing["evidence"]["comments"], json!([90, COMMENT]));
}

#[test]
fn bad_ticket_ids_and_missing_credentials_are_usage_errors() {
    for (args, says) in [
        (vec!["ticket", "abc"], "'abc' is not a ticket id"),
        (vec!["ticket", "0"], "'0' is not a ticket id"),
        (vec!["ticket", "-5"], "ticket"),
        (
            vec!["ticket", "1", "2", "--comment", "3"],
            "give one ticket id with --comment",
        ),
        (
            vec!["ticket", "1"],
            "command 'ticket': zdiag reads the Zendesk account",
        ),
    ] {
        let output = command().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stdout}{stderr}");
        assert!(
            stderr.contains(says) || stdout.contains(says),
            "{args:?}: {stdout}{stderr}"
        );
    }
}

#[test]
fn export_with_tickets_answers_ticket_offline_as_the_api_does() {
    let mock = ZendeskMock::serving("healthy");
    Story::bounced(status(39, "user_does_not_exist", "550 5.1.1"), 1).mount(&mock);
    let (_, live) = run_against(&mock, &[]);
    let dir = tempfile::tempdir().unwrap();
    let output = with_api(&mock)
        .args([
            "export",
            dir.path().to_str().unwrap(),
            "--ticket",
            &TICKET.to_string(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    for file in ["ticket.json", "audits.json", "email_notifications.json"] {
        assert!(
            dir.path()
                .join(format!("tickets/{TICKET}/{file}"))
                .is_file(),
            "{file}"
        );
    }
    assert!(
        dir.path().join(format!("users/{REQUESTER}.json")).is_file(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );

    let dns = server();
    let mut cmd = command();
    cmd.args(resolver_args(dns.addr(), 2))
        .args(["--zendesk-export", dir.path().to_str().unwrap()]);
    let (code, offline, _) = json_of(cmd, &["ticket", &TICKET.to_string()]);
    assert_eq!(code, 1, "{offline:#}");
    assert_eq!(codes_of(&offline), codes_of(&live));
    assert_eq!(verdict(&offline), verdict(&live));

    // A ticket the export lacks says how to add it.
    let mut cmd = command();
    cmd.args(resolver_args(dns.addr(), 2))
        .args(["--zendesk-export", dir.path().to_str().unwrap()]);
    let (code, report, _) = json_of(cmd, &["ticket", "7"]);
    assert_eq!(code, 3);
    assert!(
        only(&report, "zendesk-api-error")["message"]
            .as_str()
            .unwrap()
            .contains("--ticket 7"),
        "{report:#}"
    );
}

#[test]
fn the_demo_tickets_read_offline() {
    let examples = fixture("../../examples");
    let mut cmd = command();
    cmd.args([
        "--zendesk-export",
        examples.join("zendesk-export").to_str().unwrap(),
        "--zone",
        examples.join("zones").to_str().unwrap(),
        "--offline",
    ]);
    let (code, report, _) = json_of(cmd, &["ticket", "2001", "2002", "2003"]);
    assert_eq!(code, 1, "{report:#}");
    insta::assert_json_snapshot!("ticket_demo", report, {
        ".tool.version" => "[version]",
    });
}

#[test]
fn outbound_with_a_ticket_answers_steps_1_to_5() {
    let dns = server();
    let mock = ZendeskMock::serving("healthy");
    let mut story = Story::bounced(status(39, "user_does_not_exist", "550 5.1.1"), 1);
    story.triggers = None;
    story.mount(&mock);
    let mut cmd = with_api(&mock);
    cmd.args(resolver_args(dns.addr(), 2));
    let (code, report, _) = json_of(
        cmd,
        &["outbound", "good.zd.test", "--ticket", &TICKET.to_string()],
    );
    assert_eq!(code, 1, "{report:#}");
    for id in [
        "delivery-status",
        "trigger",
        "forwarding",
        "spf",
        "recipient",
    ] {
        assert_ne!(step(&report, id)["status"], "skip", "step {id}: {report:#}");
    }
    let codes = codes_of(&report);
    for code in [
        "ticket-comment-public",
        "ticket-bounce-hard",
        "ticket-notification-sent",
        "triggers-notify-requester-active",
        "ticket-recipient-deliverable",
        "mx-hosts",
    ] {
        assert!(codes.contains(code), "{code} missing: {codes:?}");
    }
    assert_eq!(step(&report, "recipient")["target"], CUSTOMER);
    assert_eq!(
        step(&report, "delivery-status")["target"],
        format!("ticket {TICKET}")
    );

    // Without credentials, step 1 is skipped naming what would enable it.
    let mut cmd = command();
    cmd.args(resolver_args(dns.addr(), 2));
    let (_, report, _) = json_of(cmd, &["outbound", "good.zd.test", "--ticket", "42"]);
    let skipped = &step(&report, "delivery-status")["findings"][0];
    assert_eq!(skipped["code"], "outbound-step-skipped");
    let needs = skipped["evidence"]["needs"].as_str().unwrap();
    assert!(
        needs.contains("ticket 42") && needs.contains("ZENDESK_SUBDOMAIN"),
        "{needs}"
    );
}
