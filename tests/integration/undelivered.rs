//! `zdiag undelivered` against a Zendesk API on loopback: the search (unified, and the
//! export past 1,000 results), delivery statuses 100 tickets at a time, bounce notices
//! tied to a ticket, and the one write, `--note`, with its safe updates, rate limits,
//! refusals, idempotency and `--state`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::support::zendesk::{ZendeskMock, days_ago, findings, json_of, with_api};
use crate::suspended::BOUNCE;

fn query(request: &Request, key: &str) -> Option<String> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// The recipient of ticket `id`'s failed reply: tickets 1 and 2 share one.
fn recipient(id: u64) -> String {
    if id <= 2 {
        "shared@customer.zd.test".to_string()
    } else {
        format!("c{id}@customer.zd.test")
    }
}

/// Odd tickets bounced for good (user unknown), even ones for now (mailbox full).
fn failed_status(id: u64) -> Value {
    if id % 2 == 1 {
        json!({"code": "550 5.1.1", "id": 39, "message": "Email failed to deliver. Status code: 550", "name": "user_does_not_exist"})
    } else {
        json!({"code": "552", "id": 31, "message": "Email failed to deliver. Status code: 552", "name": "mailbox_full"})
    }
}

/// An account with `count` tickets tagged with a delivery failure (ids 1..=count).
struct Account {
    count: u64,
    /// Tickets already noted, with their comments' bodies.
    noted: BTreeMap<u64, Vec<String>>,
    suspended: Vec<Value>,
}

impl Account {
    fn new(count: u64) -> Account {
        Account {
            count,
            noted: BTreeMap::new(),
            suspended: Vec::new(),
        }
    }

    fn ticket(&self, id: u64) -> Value {
        let mut tags = vec!["system_email_notification_failure"];
        if self.noted.contains_key(&id) {
            tags.push("zdiag_delivery_noted");
        }
        json!({"id": id, "subject": format!("Order {id}"), "tags": tags, "status": "open",
               "requester_id": 2000 + id, "updated_at": "2026-11-30T10:00:00Z", "result_type": "ticket"})
    }

    fn mount(&self, mock: &ZendeskMock) {
        let count = self.count;
        let ok = |body: Value| ResponseTemplate::new(200).set_body_json(body);
        mock.mount(
            Mock::given(method("GET"))
                .and(path("/api/v2/search/count"))
                .respond_with(ok(json!({"count": count}))),
        );
        let tickets: Vec<Value> = (1..=count).map(|id| self.ticket(id)).collect();
        let base = mock.uri();
        let unified = tickets.clone();
        let unified_base = base.clone();
        mock.mount(
            Mock::given(method("GET"))
                .and(path_regex(r"^/api/v2/search(\.json)?$"))
                .respond_with(move |r: &Request| {
                    let page: usize = query(r, "page").and_then(|p| p.parse().ok()).unwrap_or(1);
                    if page > 10 {
                        return ResponseTemplate::new(422)
                            .set_body_json(json!({"error": "invalid", "description": "past 1000"}));
                    }
                    let items: Vec<Value> =
                        unified.iter().skip((page - 1) * 100).take(100).cloned().collect();
                    let next = (page * 100 < unified.len()).then(|| {
                        format!("{unified_base}/api/v2/search.json?page={}&per_page=100&query=x", page + 1)
                    });
                    ResponseTemplate::new(200).set_body_json(
                        json!({"results": items, "count": unified.len(), "next_page": next, "previous_page": null}),
                    )
                }),
        );
        let exported = tickets.clone();
        mock.mount(
            Mock::given(method("GET"))
                .and(path("/api/v2/search/export"))
                .respond_with(move |r: &Request| {
                    assert_eq!(query(r, "filter[type]").as_deref(), Some("ticket"));
                    let page: usize = query(r, "page[after]").and_then(|p| p.parse().ok()).unwrap_or(0);
                    let items: Vec<Value> =
                        exported.iter().skip(page * 100).take(100).cloned().collect();
                    let more = (page + 1) * 100 < exported.len();
                    ResponseTemplate::new(200).set_body_json(json!({
                        "results": items,
                        "meta": {"has_more": more, "after_cursor": (page + 1).to_string()},
                        "links": {"next": if more { Value::from(format!("/api/v2/search/export?page%5Bafter%5D={}&page%5Bsize%5D=100&filter%5Btype%5D=ticket&query=x", page + 1)) } else { Value::Null }},
                    }))
                }),
        );
        mock.mount(
            Mock::given(method("GET"))
                .and(path("/api/v2/email_notifications/show_many"))
                .respond_with(move |r: &Request| {
                    let ids: Vec<u64> = query(r, "ticket_ids")
                        .unwrap_or_default()
                        .split(',')
                        .filter_map(|s| s.parse().ok())
                        .collect();
                    assert!(ids.len() <= 100, "a batch of {} ids", ids.len());
                    let items: Vec<Value> = ids
                        .iter()
                        .map(|id| {
                            json!({"notification_id": 10_000 + id, "ticket_id": id, "comment_id": 500 + id,
                                   "created_at": days_ago(1), "updated_at": days_ago(1),
                                   "message_id": format!("<{id}@zendesk.com>"),
                                   "recipients": [
                                       {"email_address": recipient(*id), "user_id": 2000 + id, "delivery_status": failed_status(*id)},
                                       {"email_address": format!("cc{id}@customer.zd.test"), "user_id": 3000 + id,
                                        "delivery_status": {"code": "0", "id": 0, "message": "", "name": "none"}}
                                   ]})
                        })
                        .collect();
                    ResponseTemplate::new(200).set_body_json(json!({"email_notifications": items, "meta": {"has_more": false}}))
                }),
        );
        mock.mount(
            Mock::given(method("GET"))
                .and(path_regex(r"^/api/v2/users/\d+/identities$"))
                .respond_with(move |r: &Request| {
                    let user: u64 = r.url.path().split('/').nth(4).unwrap().parse().unwrap();
                    let id = user - 2000;
                    let state = if id % 2 == 1 {
                        "undeliverable"
                    } else {
                        "deliverable"
                    };
                    ResponseTemplate::new(200).set_body_json(json!({"identities": [
                        {"id": 1, "user_id": user, "type": "email", "value": recipient(id),
                         "primary": true, "deliverable_state": state, "undeliverable_count": 1}
                    ]}))
                }),
        );
        mock.mount(
            Mock::given(method("GET"))
                .and(path("/api/v2/suspended_tickets"))
                .respond_with(ok(
                    json!({"suspended_tickets": self.suspended, "meta": {"has_more": false}}),
                )),
        );
        for (id, bodies) in &self.noted {
            let comments: Vec<Value> = bodies
                .iter()
                .map(|b| json!({"id": 1, "type": "Comment", "body": b, "public": false}))
                .collect();
            mock.mount(
                Mock::given(method("GET"))
                    .and(path(format!("/api/v2/tickets/{id}/comments")))
                    .respond_with(ok(
                        json!({"comments": comments, "meta": {"has_more": false}}),
                    )),
            );
        }
        mock.mount(
            Mock::given(method("GET"))
                .and(path_regex(r"^/api/v2/tickets/\d+$"))
                .respond_with(move |r: &Request| {
                    let id = r.url.path().rsplit('/').next().unwrap();
                    ResponseTemplate::new(200).set_body_json(
                        json!({"ticket": {"id": id.parse::<u64>().unwrap(), "updated_at": "2026-11-30T11:00:00Z", "tags": []}}),
                    )
                }),
        );
    }
}

/// Accept every PUT and keep its body.
fn accept_writes(mock: &ZendeskMock) -> Arc<Mutex<Vec<(String, Value)>>> {
    let written = Arc::new(Mutex::new(Vec::new()));
    let kept = written.clone();
    mock.mount(
        Mock::given(method("PUT"))
            .and(path_regex(r"^/api/v2/tickets/\d+$"))
            .respond_with(move |r: &Request| {
                let body: Value = serde_json::from_slice(&r.body).unwrap();
                kept.lock().unwrap().push((r.url.path().to_string(), body));
                ResponseTemplate::new(200).set_body_json(json!({"ticket": {}}))
            })
            .with_priority(5),
    );
    written
}

fn run(mock: &ZendeskMock, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["undelivered"];
    all.extend_from_slice(args);
    let (code, report, output) = json_of(with_api(mock), &all);
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("panicked"),
        "{output:?}"
    );
    (code, report)
}

fn puts(mock: &ZendeskMock) -> Vec<String> {
    mock.requests()
        .into_iter()
        .filter(|(m, _)| m == "PUT")
        .map(|(_, p)| p)
        .collect()
}

#[test]
fn failures_across_three_search_pages_are_counted_once_per_recipient() {
    let mock = ZendeskMock::empty();
    Account::new(250).mount(&mock);
    let (code, report) = run(&mock, &["--sent", "1000"]);
    assert_eq!(code, 1, "hard bounces fail the run: {}", report["summary"]);
    let hard = findings(&report, "undelivered-hard");
    let soft = findings(&report, "undelivered-soft");
    // 250 tickets; tickets 1 and 2 share a recipient: 249 recipients.
    assert_eq!(hard.len() + soft.len(), 249);
    let shared = hard
        .iter()
        .chain(&soft)
        .find(|f| f["subject"] == "shared@customer.zd.test")
        .unwrap();
    assert_eq!(shared["evidence"]["tickets"], json!([1, 2]));
    assert_eq!(
        shared["evidence"]["hard_or_soft"], "hard",
        "the worst of the two"
    );
    let searches: Vec<_> = mock
        .requests()
        .into_iter()
        .filter(|(_, p)| p.starts_with("/api/v2/search") && !p.contains("count"))
        .collect();
    assert_eq!(searches.len(), 3);
    let batches = mock
        .requests()
        .into_iter()
        .filter(|(_, p)| p.ends_with("/email_notifications/show_many"))
        .count();
    assert_eq!(batches, 3, "250 tickets in batches of 100");
    let summary = &findings(&report, "undelivered-summary")[0];
    assert_eq!(summary["evidence"]["tickets"], 250);
    // Hard: the shared recipient and odd tickets 3..=249.
    assert_eq!(summary["evidence"]["by_category"]["user-unknown"], 125);
    assert_eq!(
        summary["evidence"]["by_domain"][0]["domain"],
        "customer.zd.test"
    );
    let rate = &findings(&report, "undelivered-bounce-rate")[0];
    assert_eq!(rate["status"], "fail", "249 of 1000 is over 2%");
    let stopped = &findings(&report, "undelivered-marked-undeliverable")[0];
    assert_eq!(
        stopped["evidence"]["addresses"].as_array().unwrap().len(),
        125
    );
    assert!(
        !findings(&report, "undelivered-addresses-to-correct").is_empty(),
        "{report:#}"
    );
    assert!(puts(&mock).is_empty(), "no write without --note");
}

#[test]
fn more_than_a_thousand_results_go_through_the_search_export() {
    let mock = ZendeskMock::empty();
    Account::new(1_050).mount(&mock);
    let (_, report) = run(&mock, &[]);
    let recipients =
        findings(&report, "undelivered-hard").len() + findings(&report, "undelivered-soft").len();
    assert_eq!(recipients, 1_049, "{}", report["summary"]);
    let requests = mock.requests();
    assert!(requests.iter().all(|(_, p)| p != "/api/v2/search"));
    assert_eq!(
        requests
            .iter()
            .filter(|(_, p)| p == "/api/v2/search/export")
            .count(),
        11
    );
}

#[test]
fn a_bounce_notice_tied_to_a_ticket_is_a_failure() {
    let mock = ZendeskMock::empty();
    let mut account = Account::new(1);
    let mut notice = crate::suspended::ticket(
        77,
        json!(7),
        "MAILER-DAEMON@mx.example.org",
        "help@good.zd.test",
        &days_ago(1),
    );
    notice["ticket_id"] = json!(1);
    notice["content"] = json!(BOUNCE);
    notice["subject"] = json!("Undelivered Mail Returned to Sender");
    account.suspended = vec![notice];
    account.mount(&mock);
    let (_, report) = run(&mock, &[]);
    let soft = findings(&report, "undelivered-soft");
    let jane = soft
        .iter()
        .find(|f| f["subject"] == "jane@example.org")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(jane["evidence"]["failures"][0]["source"], "bounce notice");
    assert_eq!(jane["evidence"]["failures"][0]["suspended_id"], 77);
    assert_eq!(jane["evidence"]["tickets"], json!([1]));
}

#[test]
fn note_writes_one_note_and_tag_per_ticket_and_none_on_a_second_run() {
    let mock = ZendeskMock::empty();
    Account::new(3).mount(&mock);
    let written = accept_writes(&mock);
    let output = with_api(&mock)
        .args(["undelivered", "--note", "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--note: adding a private note"), "{stderr}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(findings(&report, "undelivered-note-written").len(), 3);
    let written = written.lock().unwrap().clone();
    assert_eq!(written.len(), 3, "one update per ticket");
    let mut bodies = BTreeMap::new();
    for (path, body) in &written {
        let ticket = &body["ticket"];
        assert_eq!(ticket["comment"]["public"], false, "a private note");
        assert_eq!(ticket["additional_tags"], json!(["zdiag_delivery_noted"]));
        assert_eq!(ticket["safe_update"], true);
        assert_eq!(ticket["updated_stamp"], "2026-11-30T10:00:00Z");
        let note = ticket["comment"]["body"].as_str().unwrap();
        let id: u64 = path.rsplit('/').next().unwrap().parse().unwrap();
        assert!(note.contains(&recipient(id)), "{note}");
        assert!(
            note.contains(&format!("[zdiag:notification:{}:", 10_000 + id)),
            "{note}"
        );
        bodies.insert(id, vec![note.to_string()]);
    }

    // The second run finds the tag, reads the notes, and writes nothing.
    let again = ZendeskMock::empty();
    let mut account = Account::new(3);
    account.noted = bodies;
    account.mount(&again);
    again.mount(
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let (_, report) = run(&again, &["--note"]);
    assert_eq!(
        findings(&report, "undelivered-note-skipped").len(),
        3,
        "{report:#}"
    );
    assert!(puts(&again).is_empty());
}

#[test]
fn dry_run_shows_the_notes_and_writes_nothing() {
    let mock = ZendeskMock::empty();
    Account::new(2).mount(&mock);
    mock.mount(
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(200))
            .expect(0),
    );
    let (_, report) = run(&mock, &["--note", "--dry-run"]);
    let planned = findings(&report, "undelivered-note-planned");
    assert_eq!(planned.len(), 2, "{report:#}");
    assert!(
        planned[0]["evidence"]["note"]
            .as_str()
            .unwrap()
            .contains("What to do")
    );
    assert!(puts(&mock).is_empty());
}

#[test]
fn a_409_is_read_again_and_retried_once() {
    let mock = ZendeskMock::empty();
    Account::new(1).mount(&mock);
    mock.mount(
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(409).set_body_json(json!({"error": "Conflict"})))
            .up_to_n_times(1)
            .with_priority(1),
    );
    let written = accept_writes(&mock);
    let (code, report) = run(&mock, &["--note"]);
    assert_ne!(code, 3, "{report:#}");
    assert_eq!(
        findings(&report, "undelivered-note-written").len(),
        1,
        "{report:#}"
    );
    let written = written.lock().unwrap();
    assert_eq!(written.len(), 1);
    assert_eq!(
        written[0].1["ticket"]["updated_stamp"], "2026-11-30T11:00:00Z",
        "the retry carries the ticket's new updated_at"
    );
}

#[test]
fn a_429_during_the_writes_is_waited_out() {
    let mock = ZendeskMock::empty();
    Account::new(2).mount(&mock);
    mock.mount(
        Mock::given(method("PUT"))
            .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
            .up_to_n_times(2)
            .with_priority(1),
    );
    let written = accept_writes(&mock);
    let (_, report) = run(&mock, &["--note"]);
    assert_eq!(
        findings(&report, "undelivered-note-written").len(),
        2,
        "{report:#}"
    );
    assert_eq!(written.lock().unwrap().len(), 2);
    assert_eq!(puts(&mock).len(), 4, "two 429s, then both notes");
}

#[test]
fn one_ticket_refused_does_not_stop_the_others() {
    let mock = ZendeskMock::empty();
    Account::new(3).mount(&mock);
    mock.mount(
        Mock::given(method("PUT"))
            .and(path("/api/v2/tickets/2"))
            .respond_with(ResponseTemplate::new(403).set_body_json(json!({"error": "Forbidden"})))
            .with_priority(1),
    );
    let written = accept_writes(&mock);
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let (code, report) = run(&mock, &["--note", "--state", state.to_str().unwrap()]);
    assert_eq!(code, 3, "a failed write is an error: {}", report["summary"]);
    let failed = findings(&report, "undelivered-note-failed");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["subject"], "ticket 2");
    assert_eq!(findings(&report, "undelivered-note-written").len(), 2);
    assert_eq!(written.lock().unwrap().len(), 2);
    // Ticket 2's failure stays new for the next run, the others are remembered.
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let keys: Vec<&String> = saved["reported"].as_object().unwrap().keys().collect();
    assert!(keys.iter().all(|k| !k.contains(":10002:")), "{keys:?}");
    assert_eq!(keys.len(), 2, "tickets 1 and 3: {keys:?}");
}

#[test]
fn state_reports_only_new_failures_and_a_corrupt_file_stops_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let state_arg = state.to_str().unwrap();
    let mock = ZendeskMock::empty();
    Account::new(3).mount(&mock);
    let (_, first) = run(&mock, &["--state", state_arg]);
    assert_eq!(findings(&first, "undelivered-state-started").len(), 1);
    assert_eq!(
        findings(&first, "undelivered-hard").len() + findings(&first, "undelivered-soft").len(),
        2
    );

    let mock = ZendeskMock::empty();
    Account::new(4).mount(&mock);
    let (code, second) = run(&mock, &["--state", state_arg]);
    assert_eq!(
        code, 0,
        "ticket 4 failed for now only: {}",
        second["summary"]
    );
    let soft = findings(&second, "undelivered-soft");
    assert_eq!(soft.len(), 1, "{second:#}");
    assert_eq!(soft[0]["subject"], "c4@customer.zd.test");
    assert_eq!(
        findings(&second, "undelivered-already-reported")[0]["evidence"]["count"],
        3
    );

    std::fs::write(&state, "{\"zdiag_state\": 1, \"reported\": [").unwrap();
    let (code, report) = run(&mock, &["--state", state_arg]);
    assert_eq!(code, 2);
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .contains("not a zdiag state file"),
        "{report:#}"
    );
}

#[test]
fn jsonl_has_one_line_per_failed_recipient() {
    let mock = ZendeskMock::empty();
    Account::new(5).mount(&mock);
    let output = with_api(&mock)
        .args(["undelivered", "--format", "jsonl"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let recipients = lines
        .iter()
        .filter(|l| l["code"] == "undelivered-hard" || l["code"] == "undelivered-soft")
        .count();
    assert_eq!(recipients, 4);
    assert!(lines.iter().all(|l| l["command"] == "undelivered"));
}

#[test]
fn json_and_jsonl_reports_are_pinned() {
    let mock = ZendeskMock::empty();
    Account::new(3).mount(&mock);
    let (_, report) = run(&mock, &["--sent", "100"]);
    let output = with_api(&mock)
        .args(["undelivered", "--sent", "100", "--format", "jsonl"])
        .output()
        .unwrap();
    let jsonl = String::from_utf8(output.stdout).unwrap();
    // The clock and the mock's port change from run to run.
    insta::with_settings!({filters => vec![
        (r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?Z?( UTC)?", "[date]"),
        (r"127\.0\.0\.1:\d+", "[mock]"),
    ]}, {
        insta::assert_json_snapshot!("undelivered_json", report, {".tool.version" => "[version]"});
        insta::assert_snapshot!("undelivered_jsonl", jsonl);
    });
}
