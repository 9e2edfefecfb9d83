//! `zdiag suspended` against a Zendesk API on loopback whose bodies are shaped as the
//! reference shows them (§4): paging, every cause, both root keys, nulls, recovery,
//! the deletion warning on an injected clock, cause 26's sender domains over real DNS,
//! and bounce notices tied to their ticket.

use std::time::Duration;

use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use zdiag::checks::suspended::{self, Filter, SuspendedOptions};
use zdiag::context::Context;
use zdiag::dns::config::{DnsOptions, build};
use zdiag::zendesk::{ApiConfig, Auth, Client, RetryPolicy, Token};

use crate::support::zendesk::{EMAIL, TOKEN, ZendeskMock, command, findings, json_of, with_api};
use crate::support::{TestDns, fixture, resolver_args, server, step};

/// A suspended ticket as the reference's example has it.
pub fn ticket(id: u64, cause_id: Value, from: &str, to: &str, created: &str) -> Value {
    let cause = cause_id
        .as_i64()
        .and_then(suspended::causes::by_id)
        .map_or("Something new", |c| c.description);
    json!({
        "attachments": [], "author": {"email": from, "id": 1111, "name": "Sender"},
        "brand_id": 123, "cause": cause, "cause_id": cause_id, "content": "Hello, please help.",
        "created_at": created, "error_messages": null, "id": id,
        "message_id": format!("<{id}@sender.example>"), "recipient": to,
        "subject": "Help, my printer is on fire!", "ticket_id": null, "updated_at": created,
        "url": format!("https://example.zendesk.com/api/v2/suspended_tickets/{id}.json"),
        "via": {"channel": "email", "source": {"from": {"address": from, "name": "Sender"},
                "rel": null, "to": {"address": to, "name": "Example Account"}}}
    })
}

/// One page of the list, cursor-paged.
pub fn page(items: Vec<Value>, after: Option<&str>, base: &str) -> Value {
    json!({
        "suspended_tickets": items,
        "meta": {"has_more": after.is_some(), "after_cursor": after, "before_cursor": "b0"},
        "links": {
            "prev": null,
            "next": after.map(|a| format!("{base}/api/v2/suspended_tickets.json?page%5Bafter%5D={a}&page%5Bsize%5D=100"))
        }
    })
}

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

/// Serve `items` as the whole list (one page), over the scenario's other files.
pub fn mock_with(scenario: &str, items: Vec<Value>) -> ZendeskMock {
    let mock = ZendeskMock::serving(scenario);
    let body = page(items, None, &mock.uri());
    mock.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/suspended_tickets"))
            .respond_with(ok(body))
            .with_priority(1),
    );
    mock
}

fn client(server: &MockServer) -> Client {
    let auth = Auth::ApiToken {
        email: EMAIL.into(),
        token: Token::new(TOKEN).unwrap(),
    };
    let mut config = ApiConfig::new(server.uri().parse().unwrap(), auth);
    config.retry = RetryPolicy {
        attempts: 2,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(10),
        max_retry_after: Duration::from_secs(1),
    };
    Client::new(config).unwrap()
}

fn context(client: Client) -> Context {
    let dns = build(&DnsOptions {
        resolvers: Vec::new(),
        timeout: Duration::from_secs(1),
        zones: Vec::new(),
        offline: true,
    })
    .unwrap();
    Context {
        dns,
        zendesk: Some(client),
    }
}

#[tokio::test]
async fn three_pages_are_followed_newest_first() {
    let server = MockServer::start().await;
    let items = |from: u64, n: u64| -> Vec<Value> {
        (from..from + n)
            .map(|i| {
                ticket(
                    i,
                    json!(10),
                    "a@customer.example",
                    "support@example.com",
                    "2024-05-01T10:00:00Z",
                )
            })
            .collect()
    };
    let base = server.uri();
    Mock::given(method("GET"))
        .and(path("/api/v2/suspended_tickets"))
        .and(query_param("sort_by", "created_at"))
        .and(query_param("sort_order", "desc"))
        .and(query_param("page[size]", "100"))
        .respond_with(ok(page(items(1, 100), Some("c2"), &base)))
        .expect(1)
        .with_priority(5)
        .mount(&server)
        .await;
    for (cursor, next, first, n) in [("c2", Some("c3"), 101, 100), ("c3", None, 201, 50)] {
        Mock::given(method("GET"))
            .and(path("/api/v2/suspended_tickets.json"))
            .and(query_param("page[after]", cursor))
            .respond_with(ok(page(items(first, n), next, &base)))
            .expect(1)
            .with_priority(1)
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let ids = client.suspended_tickets(|t| Some(t.id)).await.unwrap();
    assert_eq!(ids.len(), 250);
    assert_eq!(ids.first(), Some(&1));
    assert_eq!(ids.last(), Some(&250));
    assert_eq!(client.requests(), 3);
}

#[test]
fn every_cause_from_0_to_30_and_unknown_ones_are_grouped() {
    let dns = server();
    let mut items: Vec<Value> = (0..=30)
        .map(|id| {
            ticket(
                100 + id as u64,
                json!(id),
                &format!("s{id}@good.zd.test"),
                "help@good.zd.test",
                "2024-05-01T10:00:00Z",
            )
        })
        .collect();
    items.push(ticket(
        200,
        json!(31),
        "x@good.zd.test",
        "help@good.zd.test",
        "2024-05-01T10:00:00Z",
    ));
    items.push(ticket(
        201,
        Value::Null,
        "y@good.zd.test",
        "help@good.zd.test",
        "2024-05-01T10:00:00Z",
    ));
    let mock = mock_with("healthy", items);
    let mut cmd = with_api(&mock);
    cmd.args(resolver_args(dns.addr(), 2));
    let (_, report, _) = json_of(cmd, &["suspended"]);
    let summary = &findings(&report, "suspended-summary")[0];
    assert_eq!(summary["evidence"]["total"], 33);
    let groups: Vec<&Value> = step(&report, "suspended")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["evidence"]["ticket_ids"].is_array() && f["code"] != "suspended-deletion-soon"
        })
        .collect();
    assert_eq!(groups.len(), 33, "{report:#}");
    for cause in suspended::causes::CAUSES {
        let group = groups
            .iter()
            .find(|g| g["evidence"]["cause_id"] == cause.id)
            .unwrap_or_else(|| panic!("no group for cause {}", cause.id));
        assert_eq!(group["evidence"]["cause_name"], cause.name);
        let expected = match cause.weight {
            suspended::causes::Weight::AllMail => ("suspended-cause-all-mail", "fail"),
            suspended::causes::Weight::Customer => ("suspended-cause-customer-mail", "warn"),
            suspended::causes::Weight::Noise => ("suspended-cause-noise", "info"),
        };
        assert_eq!(
            (
                group["code"].as_str().unwrap(),
                group["status"].as_str().unwrap()
            ),
            expected,
            "cause {}",
            cause.id
        );
        assert_eq!(group["evidence"]["ticket_ids"], json!([100 + cause.id]));
    }
    let unknown = findings(&report, "suspended-cause-unknown");
    assert_eq!(unknown.len(), 2);
    assert!(
        unknown
            .iter()
            .any(|f| f["message"].as_str().unwrap().contains("unknown cause 31"))
    );
    assert!(unknown.iter().any(|f| f["evidence"]["cause_id"].is_null()));
}

#[test]
fn the_singular_key_null_author_and_missing_fields_are_read() {
    let mock = ZendeskMock::serving("healthy");
    mock.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/suspended_tickets"))
            .respond_with(ok(json!({"suspended_ticket": [
                {"id": 1, "author": null, "cause_id": 10, "cause": "Permission denied for unknown email submitter",
                 "via": null, "recipient": null, "created_at": null, "new_field": {"x": 1}},
                {"id": 2}
            ]})))
            .with_priority(1),
    );
    let (_, report, _) = json_of(with_api(&mock), &["suspended"]);
    assert_eq!(
        findings(&report, "suspended-summary")[0]["evidence"]["total"],
        2,
        "{report:#}"
    );
    assert_eq!(
        findings(&report, "suspended-cause-customer-mail")[0]["evidence"]["ticket_ids"],
        json!([1])
    );
    assert_eq!(
        findings(&report, "suspended-cause-unknown")[0]["evidence"]["ticket_ids"],
        json!([2])
    );
}

#[test]
fn recover_many_reads_a_partial_422_and_sends_100_ids_at_most() {
    let mock = ZendeskMock::serving("healthy");
    mock.mount(
        Mock::given(method("PUT"))
            .and(path("/api/v2/suspended_tickets/recover_many"))
            .respond_with(ResponseTemplate::new(422).set_body_json(json!({"suspended_tickets": [
                {"id": 5, "cause": "Detected as spam", "cause_id": 0, "error_messages": ["Ticket could not be created: requester is suspended"]}
            ]}))),
    );
    let ids: Vec<String> = (1..=150).map(|i| i.to_string()).collect();
    let mut args = vec!["suspended", "--recover"];
    args.extend(ids.iter().map(String::as_str));
    let (code, report, output) = json_of(with_api(&mock), &args);
    assert_eq!(code, 1, "{report:#}");
    let recovered = findings(&report, "suspended-recovered");
    let failed = findings(&report, "suspended-recover-failed");
    assert_eq!((recovered.len(), failed.len()), (149, 1));
    assert_eq!(failed[0]["evidence"]["suspended_ticket_id"], 5);
    assert!(
        failed[0]["message"]
            .as_str()
            .unwrap()
            .contains("requester is suspended")
    );
    let puts: Vec<usize> = mock
        .runtime
        .block_on(mock.server.received_requests())
        .unwrap()
        .iter()
        .filter(|r| r.method.as_str() == "PUT")
        .map(|r| {
            let ids = r
                .url
                .query_pairs()
                .find(|(k, _)| k == "ids")
                .unwrap()
                .1
                .into_owned();
            ids.split(',').count()
        })
        .collect();
    assert_eq!(puts, [100, 50]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("batch 1 of 2") && stderr.contains("batch 2 of 2"),
        "{stderr}"
    );
}

#[test]
fn nothing_is_recovered_without_the_flag_nor_from_an_export() {
    let mock = mock_with(
        "healthy",
        vec![ticket(
            1,
            json!(10),
            "a@b.example",
            "help@good.zd.test",
            "2024-05-01T10:00:00Z",
        )],
    );
    let (_, _, _) = json_of(with_api(&mock), &["suspended"]);
    assert!(mock.requests().iter().all(|(m, _)| m == "GET"));
    let mut cmd = command();
    cmd.args([
        "--zendesk-export",
        fixture("zendesk/suspended").to_str().unwrap(),
    ]);
    let (code, report, _) = json_of(cmd, &["suspended", "--recover", "1"]);
    assert_eq!(code, 2, "{report:#}");
}

#[tokio::test]
async fn the_deletion_warning_counts_from_the_injected_clock() {
    let server = MockServer::start().await;
    let items = vec![
        ticket(
            1,
            json!(10),
            "a@customer.example",
            "support@example.com",
            "2024-05-01T10:00:00Z",
        ),
        ticket(
            2,
            json!(10),
            "b@customer.example",
            "support@example.com",
            "2024-05-10T10:00:00Z",
        ),
    ];
    Mock::given(method("GET"))
        .and(path("/api/v2/suspended_tickets"))
        .respond_with(ok(page(items, None, &server.uri())))
        .mount(&server)
        .await;
    let ctx = context(client(&server));
    let created = zdiag::checks::suspended::when::parse("2024-05-01T10:00:00Z").unwrap();
    let run = |now: i64| {
        let ctx = ctx.clone();
        async move {
            let options = SuspendedOptions {
                filter: Filter::default(),
                now,
                wanted: None,
            };
            suspended::check(&ctx, &options)
                .await
                .into_iter()
                .flat_map(|s| s.findings)
                .filter(|f| f.code.as_str() == "suspended-deletion-soon")
                .collect::<Vec<_>>()
        }
    };
    let soon = run(created + 13 * 86_400).await;
    assert_eq!(soon.len(), 1);
    assert_eq!(soon[0].evidence["count"], 1);
    assert_eq!(soon[0].evidence["first_deletion"], "2024-05-15 10:00 UTC");
    assert_eq!(soon[0].evidence["ticket_ids"], json!([1]));
    assert!(run(created + 5 * 86_400).await.is_empty());
}

const ORANGE: &str = "$ORIGIN orange.test.\n@ IN NS ns1.orange.test.\nns1 IN A 192.0.2.53\n@ IN MX 10 mx.orange.test.\nmx IN A 192.0.2.25\n_dmarc IN TXT \"v=DMARC1; p=none\"\n";
const APPLE: &str = "$ORIGIN apple.test.\n@ IN NS ns1.apple.test.\nns1 IN A 192.0.2.54\n@ IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n_dmarc IN TXT \"v=DMARC1; p=reject\"\n";
const SILENT: &str = "$ORIGIN silent.test.\n@ IN NS ns1.silent.test.\nns1 IN A 192.0.2.55\n";

#[test]
fn cause_26_checks_each_sender_domain_and_one_that_never_answers_cannot_be_checked() {
    let dns = TestDns::start_with_silence(
        &[
            ("orange.test", ORANGE),
            ("apple.test", APPLE),
            ("silent.test", SILENT),
        ],
        &["silent.test"],
    );
    let at = "2024-05-01T10:00:00Z";
    let mock = mock_with(
        "healthy",
        vec![
            ticket(1, json!(26), "ann@orange.test", "help@good.zd.test", at),
            ticket(2, json!(26), "bob@orange.test", "help@good.zd.test", at),
            ticket(3, json!(26), "eve@apple.test", "help@good.zd.test", at),
            ticket(4, json!(26), "joe@silent.test", "help@good.zd.test", at),
        ],
    );
    let mut cmd = with_api(&mock);
    cmd.args(resolver_args(dns.addr(), 1));
    let (code, report, _) = json_of(cmd, &["suspended"]);
    assert_eq!(code, 3, "{report:#}");
    let auth = step(&report, "authentication");
    assert_eq!(auth["status"], "error");
    assert_ne!(step(&report, "suspended")["status"], "error");
    let domains = findings(&report, "suspended-sender-domain");
    let orange = domains
        .iter()
        .find(|f| f["subject"] == "orange.test")
        .expect("orange.test");
    assert!(
        orange["message"].as_str().unwrap().starts_with(
            "orange.test has no SPF record and DMARC p=none: ask the sender's IT to publish SPF"
        ),
        "{orange:#}"
    );
    assert_eq!(orange["evidence"]["count"], 2);
    let apple = domains
        .iter()
        .find(|f| f["subject"] == "apple.test")
        .expect("apple.test");
    assert!(
        apple["message"]
            .as_str()
            .unwrap()
            .contains("publishes SPF and an enforced DMARC policy"),
        "{apple:#}"
    );
    let silent = findings(&report, "suspended-sender-domain-unchecked");
    assert_eq!(silent.len(), 1);
    assert_eq!(silent[0]["subject"], "silent.test");
    assert_eq!(silent[0]["status"], "error");
    let setting = &findings(&report, "suspended-sender-authentication")[0];
    assert!(
        setting["evidence"]
            .get("email_sender_authentication")
            .is_some()
    );
}

pub const BOUNCE: &str = "This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jane@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2\n    <jane@example.org>: Mailbox full (in reply to RCPT TO command)\n\n--- Original message headers ---\nMessage-ID: <L7VKGOM25K_6541040fcd6f9_4146b411541b4_sprut@zendesk.com>\nSubject: [Example] Re: My order never arrived\n";

#[test]
fn bounce_notices_are_decoded_and_tied_to_their_ticket() {
    let mut by_id = ticket(
        1,
        json!(7),
        "MAILER-DAEMON@mx.example.org",
        "help@good.zd.test",
        "2024-05-02T10:00:00Z",
    );
    by_id["ticket_id"] = json!(123);
    by_id["content"] = json!(BOUNCE);
    by_id["subject"] = json!("Undelivered Mail Returned to Sender");
    let mut by_message_id = by_id.clone();
    by_message_id["id"] = json!(2);
    by_message_id["ticket_id"] = Value::Null;
    by_message_id["content"] =
        json!(BOUNCE.replace("6541040fcd6f9_4146b411541b4", "6551a2b3c4d5e_4146b411541c9"));
    let mut by_subject = by_message_id.clone();
    by_subject["id"] = json!(3);
    by_subject["content"] = json!(
        BOUNCE
            .replace(
                "L7VKGOM25K_6541040fcd6f9_4146b411541b4_sprut@zendesk.com",
                "other@mail.example"
            )
            .replace("[Example] Re: My order", "Request #456: my order")
    );
    let mock = mock_with("healthy", vec![by_id, by_message_id, by_subject]);
    let (_, report, _) = json_of(with_api(&mock), &["suspended"]);
    let bounces = findings(&report, "suspended-bounce");
    assert_eq!(bounces.len(), 3, "{report:#}");
    let of = |id: u64| {
        bounces
            .iter()
            .find(|f| f["evidence"]["suspended_ticket_id"] == id)
            .unwrap()
    };
    assert_eq!(of(1)["evidence"]["linked_by"], "ticket_id");
    assert_eq!(of(1)["evidence"]["ticket_id"], 123);
    assert_eq!(of(2)["evidence"]["linked_by"], "message-id");
    assert_eq!(of(2)["evidence"]["ticket_id"], 123);
    assert_eq!(of(3)["evidence"]["linked_by"], "subject");
    assert_eq!(of(3)["evidence"]["ticket_id"], 456);
    assert_eq!(
        of(1)["message"],
        "the reply on ticket #123 to jane@example.org bounced: mailbox full (soft), it will be retried."
    );
}

#[test]
fn causes_22_and_4_name_the_support_address() {
    let at = "2024-05-01T10:00:00Z";
    let mock = mock_with(
        "healthy",
        vec![
            ticket(
                1,
                json!(22),
                "help@good.zd.test",
                "support@z3n-example.zendesk.com",
                at,
            ),
            ticket(
                2,
                json!(4),
                "robot@partner.example",
                "help@good.zd.test",
                at,
            ),
        ],
    );
    let (code, report, _) = json_of(with_api(&mock), &["suspended"]);
    assert_eq!(code, 1);
    let named = findings(&report, "suspended-from-support-address");
    let ours = named
        .iter()
        .find(|f| f["subject"] == "help@good.zd.test")
        .unwrap();
    assert_eq!(ours["status"], "fail");
    assert_eq!(ours["evidence"]["support_address"], true);
    let other = named
        .iter()
        .find(|f| f["subject"] == "robot@partner.example")
        .unwrap();
    assert_eq!(other["evidence"]["support_address"], false);
}

#[test]
fn filters_keep_what_was_asked() {
    let mock = mock_with(
        "healthy",
        vec![
            ticket(
                1,
                json!(10),
                "a@one.example",
                "help@good.zd.test",
                "2024-05-01T10:00:00Z",
            ),
            ticket(
                2,
                json!(26),
                "b@two.example",
                "help@good.zd.test",
                "2024-05-03T10:00:00Z",
            ),
            ticket(
                3,
                json!(10),
                "c@sub.one.example",
                "support@z3n-example.zendesk.com",
                "2024-05-05T10:00:00Z",
            ),
        ],
    );
    let total = |args: &[&str]| {
        let mut all = vec!["suspended"];
        all.extend_from_slice(args);
        let (_, report, _) = json_of(with_api(&mock), &all);
        findings(&report, "suspended-summary")
            .first()
            .map_or(0, |f| f["evidence"]["total"].as_u64().unwrap())
    };
    assert_eq!(total(&["--cause", "unknown_author"]), 2);
    assert_eq!(total(&["--from", "one.example"]), 2);
    assert_eq!(total(&["--to", "help@good.zd.test"]), 2);
    assert_eq!(total(&["--since", "2024-05-02"]), 2);
    assert_eq!(total(&["--cause", "10", "--to", "help@good.zd.test"]), 1);
}

#[test]
fn the_export_carries_the_suspended_tickets() {
    let mock = mock_with(
        "healthy",
        vec![ticket(
            7,
            json!(10),
            "a@b.example",
            "help@good.zd.test",
            "2024-05-01T10:00:00Z",
        )],
    );
    let dir = tempfile::tempdir().unwrap();
    let (code, _, _) = json_of(with_api(&mock), &["export", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    let written: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("suspended_tickets.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(written["suspended_tickets"][0]["id"], 7);
    let mut cmd = command();
    cmd.args(["--zendesk-export", dir.path().to_str().unwrap()]);
    let (_, report, _) = json_of(cmd, &["suspended"]);
    assert_eq!(
        findings(&report, "suspended-summary")[0]["evidence"]["total"],
        1
    );
}

/// The demo account with dates long past (every ticket due for deletion, so reports do
/// not change with the day they run), and the example zones, offline.
pub fn demo_export() -> std::process::Command {
    let mut cmd = command();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args([
        "--zendesk-export",
        "tests/fixtures/zendesk/suspended",
        "--zone",
        "examples/zones",
        "--offline",
    ]);
    cmd
}

/// The JSON contract of `zdiag suspended`, from a fixed export (dates long past: every
/// ticket is due for deletion, so the report does not change with the day it runs).
#[test]
fn suspended_json_snapshot() {
    let cmd = demo_export();
    let (code, report, _) = json_of(cmd, &["suspended"]);
    assert_eq!(code, 1);
    insta::assert_json_snapshot!("suspended_export", report, {
        ".tool.version" => "[version]",
    });
}

#[test]
fn spam_from_a_sender_with_solved_tickets_is_a_real_customer() {
    let at = "2024-05-01T10:00:00Z";
    let mock = mock_with(
        "healthy",
        vec![
            ticket(1, json!(0), "ann@customer.example", "help@good.zd.test", at),
            ticket(2, json!(0), "ann@customer.example", "help@good.zd.test", at),
            ticket(3, json!(0), "promo@deals.example", "help@good.zd.test", at),
        ],
    );
    for (sender, count) in [("ann@customer.example", 3), ("promo@deals.example", 0)] {
        mock.mount(
            Mock::given(method("GET"))
                .and(path("/api/v2/search/count"))
                .and(query_param(
                    "query",
                    format!("type:ticket requester:{sender} status:solved"),
                ))
                .respond_with(ok(json!({ "count": count }))),
        );
    }
    let (_, report, _) = json_of(with_api(&mock), &["suspended"]);
    let known = findings(&report, "suspended-spam-known-sender");
    assert_eq!(known.len(), 1, "{report:#}");
    assert_eq!(known[0]["evidence"]["sender"], "ann@customer.example");
    assert_eq!(known[0]["evidence"]["suspended_as_spam"], 2);
    assert_eq!(known[0]["evidence"]["solved_tickets"], 3);
    assert_eq!(known[0]["status"], "warn");
}

#[test]
fn recover_cause_recovers_that_cause_only_and_reads_a_200() {
    let at = "2024-05-01T10:00:00Z";
    let mock = mock_with(
        "healthy",
        vec![
            ticket(1, json!(10), "a@customer.example", "help@good.zd.test", at),
            ticket(2, json!(8), "b@customer.example", "help@good.zd.test", at),
            ticket(3, json!(10), "c@customer.example", "help@good.zd.test", at),
        ],
    );
    mock.mount(
        Mock::given(method("PUT"))
            .and(path("/api/v2/suspended_tickets/recover_many"))
            .and(query_param("ids", "1,3"))
            .respond_with(ok(json!({"tickets": [{"id": 501}, {"id": 502}]}))),
    );
    let (code, report, output) = json_of(
        with_api(&mock),
        &["suspended", "--recover-cause", "unknown_author"],
    );
    assert_eq!(code, 0, "{report:#}");
    let ids: Vec<&Value> = findings(&report, "suspended-recovered")
        .iter()
        .map(|f| &f["evidence"]["suspended_ticket_id"])
        .collect();
    assert_eq!(ids, [&json!(1), &json!(3)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("recovering 2 suspended ticket(s) (batch 1 of 1): 1, 3"),
        "{stderr}"
    );
}
