//! `zdiag undelivered` sweeping a Zendesk API on loopback whose search finds N tickets
//! tagged with a delivery failure: wall time, requests, failed recipients found and the
//! process's peak memory at 500 (the unified search) and at 5,000 (the search export),
//! then `--note --dry-run` at 5,000 (the notes shown, none written).
//!
//! Each ticket's email notification has four recipients: one whose reply failed (odd
//! tickets for good, user unknown; even ones for now, mailbox full), each ticket's its
//! own address, and three CCs delivered; every delivery status carries a long SMTP
//! message and every search result a description, as real ones do (about 4 kB read per
//! ticket). The statuses come 100 tickets a `show_many` call, and each failed
//! recipient's identities are read. The goal: peak memory bounded, not proportional to
//! what was read; the sweep keeps only the failures as the batches arrive. The report
//! lists one finding per failed recipient (one per ticket here), so what it holds does
//! grow with N: the report's size is printed beside the bytes read.
//! Prints figures; asserts nothing. Run: `cargo bench --bench undelivered_sweep`.

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use serde_json::{Value, json};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};
use zdiag::checks::suspended::when;

#[path = "support/measure.rs"]
mod measure;
use measure::run_measured;

const PAGE: u64 = 100;
const SMALL: u64 = 500;
const LARGE: u64 = 5_000;
const AGENT: u64 = 9_000_000_001;

const HARD: &str = "Email failed to deliver. Status code: 550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.example.net/mail/?p=NoSuchUser a640c23a62f3a-a9a6b2c5f1esi412379366b.101 - gsmtp (in reply to RCPT TO command). Zendesk will not retry this address: it is marked undeliverable until an agent marks it deliverable again on the user's profile.";
const SOFT: &str = "Email failed to deliver. Status code: 552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.example.net/mail/?p=OverQuotaPerm a640c23a62f3a-a9a6b2c5f1esi412379366b.101 - gsmtp (in reply to end of DATA command). Zendesk retries temporary failures for up to 5 days before it gives up on the message; after 10 soft bounces the address is marked undeliverable.";
const DELIVERED: &str = "No failure received. Remote server accepted the message: 250 2.0.0 OK  1764590400 a640c23a62f3a-a9a6b2c5f1esi412379366b.101 - gsmtp; queued as 4Y7Qm21kP0z9Rt8 for delivery to the recipient's mailbox.";

/// The address whose reply on ticket `id` failed, and its user.
fn failed_address(id: u64) -> String {
    format!("customer{id}@shop{}.example", id % 40)
}

fn failed_user(id: u64) -> u64 {
    9_100_000_000 + id
}

fn query(request: &Request, key: &str) -> Option<String> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

/// What the account's API answers, counting the bytes it serves.
#[derive(Clone)]
struct Account {
    route: Route,
    count: u64,
    base: String,
    /// When the replies went out and the tickets were updated: a day ago.
    sent_at: String,
    served: Arc<AtomicU64>,
}

#[derive(Clone, Copy)]
enum Route {
    Count,
    Search,
    Export,
    Notifications,
    Identities,
    Suspended,
}

impl Account {
    fn ok(&self, body: &Value) -> ResponseTemplate {
        let bytes = serde_json::to_vec(body).expect("JSON");
        self.served.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        ResponseTemplate::new(200).set_body_raw(bytes, "application/json")
    }

    /// A search result: ticket `id`, with its description as the search returns it.
    fn ticket(&self, id: u64) -> Value {
        json!({
            "url": format!("{}/api/v2/tickets/{id}.json", self.base), "id": id,
            "external_id": null, "type": "question", "subject": format!("Order {id} has not arrived"),
            "raw_subject": format!("Order {id} has not arrived"),
            "description": format!("Hello, I ordered a parcel (order {id}) two weeks ago and it still has not arrived. The tracking page says it left the warehouse on Monday but nothing has changed since. Could you tell me where it is, and whether I should expect it this week? If it is lost, I would like a refund or a replacement, whichever is quicker. My address has not changed since my last order. Thank you for your help, and sorry to write again about this. Best regards, customer {id}"),
            "priority": "normal", "status": "open", "recipient": "support@bench.example",
            "requester_id": failed_user(id), "submitter_id": failed_user(id), "assignee_id": AGENT,
            "organization_id": null, "group_id": 360_000_000_001u64, "collaborator_ids": [],
            "follower_ids": [], "email_cc_ids": [9_200_000_000 + id, 9_300_000_000 + id, 9_400_000_000 + id],
            "has_incidents": false, "is_public": true, "due_at": null,
            "tags": ["order", "shipping", "system_email_notification_failure"],
            "custom_fields": [{"id": 360_000_000_100u64, "value": format!("ORD-{id:08}")}],
            "satisfaction_rating": null, "sharing_agreement_ids": [], "brand_id": 360_000_000_002u64,
            "via": {"channel": "email", "source": {
                "from": {"address": failed_address(id), "name": format!("Customer {id}")},
                "to": {"address": "support@bench.example", "name": "Bench Support"}, "rel": null}},
            "created_at": self.sent_at, "updated_at": self.sent_at, "result_type": "ticket"
        })
    }

    /// Ticket `id`'s last reply: one recipient failed, three CCs delivered.
    fn notification(&self, id: u64) -> Value {
        let failed = if id % 2 == 1 {
            json!({"code": "550 5.1.1", "id": 39, "name": "user_does_not_exist", "message": HARD})
        } else {
            json!({"code": "552 5.2.2", "id": 31, "name": "mailbox_full", "message": SOFT})
        };
        let delivered = json!({"code": "0", "id": 0, "name": "none", "message": DELIVERED});
        let mut recipients = vec![json!({
            "email_address": failed_address(id), "user_id": failed_user(id), "delivery_status": failed
        })];
        for (k, user) in [9_200_000_000u64, 9_300_000_000, 9_400_000_000]
            .iter()
            .enumerate()
        {
            recipients.push(json!({
                "email_address": format!("cc{k}.{id}@partner{}.example", id % 25),
                "user_id": user + id, "delivery_status": delivered
            }));
        }
        json!({
            "url": format!("{}/api/v2/email_notifications/{}.json", self.base, 8_100_000_000 + id),
            "notification_id": 8_100_000_000 + id, "ticket_id": id, "comment_id": 8_000_000_000 + id,
            "email_id": format!("01JBENCH{id:018}"),
            "message_id": format!("<L7VKGOM25K_{id:010}_sprut@zendesk.com>"),
            "created_at": self.sent_at, "updated_at": self.sent_at, "recipients": recipients
        })
    }
}

impl Respond for Account {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        match self.route {
            Route::Count => self.ok(&json!({"count": self.count})),
            Route::Search => {
                let page: u64 = query(request, "page")
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(1);
                if page > 10 {
                    return ResponseTemplate::new(422)
                        .set_body_json(json!({"error": "invalid", "description": "past 1000"}));
                }
                let first = (page - 1) * PAGE + 1;
                let last = (page * PAGE).min(self.count);
                let results: Vec<Value> = (first..=last).map(|id| self.ticket(id)).collect();
                let next = (last < self.count).then(|| {
                    format!(
                        "{}/api/v2/search.json?page={}&per_page=100&query=x",
                        self.base,
                        page + 1
                    )
                });
                self.ok(&json!({"results": results, "count": self.count,
                                "next_page": next, "previous_page": null}))
            }
            Route::Export => {
                let k: u64 = query(request, "page[after]")
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(0);
                let first = k * PAGE + 1;
                let last = ((k + 1) * PAGE).min(self.count);
                let results: Vec<Value> = (first..=last).map(|id| self.ticket(id)).collect();
                let more = last < self.count;
                let next = more.then(|| {
                    format!(
                        "{}/api/v2/search/export?page%5Bafter%5D={}&page%5Bsize%5D=100&filter%5Btype%5D=ticket&query=x",
                        self.base,
                        k + 1
                    )
                });
                self.ok(&json!({
                    "results": results,
                    "meta": {"has_more": more, "after_cursor": more.then(|| (k + 1).to_string()),
                             "before_cursor": null},
                    "links": {"prev": null, "next": next}
                }))
            }
            Route::Notifications => {
                let items: Vec<Value> = query(request, "ticket_ids")
                    .unwrap_or_default()
                    .split(',')
                    .filter_map(|s| s.parse().ok())
                    .map(|id| self.notification(id))
                    .collect();
                self.ok(&json!({
                    "email_notifications": items,
                    "meta": {"has_more": false, "after_cursor": null, "before_cursor": null},
                    "links": {"prev": null, "next": null}
                }))
            }
            Route::Identities => {
                let user: u64 = request
                    .url
                    .path()
                    .split('/')
                    .nth(4)
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                let id = user.saturating_sub(failed_user(0));
                let state = if id % 2 == 1 {
                    "undeliverable"
                } else {
                    "deliverable"
                };
                self.ok(&json!({
                    "identities": [
                        {"url": format!("{}/api/v2/users/{user}/identities/{}.json", self.base, user + 1),
                         "id": user + 1, "user_id": user, "type": "email", "value": failed_address(id),
                         "verified": true, "primary": true, "deliverable_state": state,
                         "undeliverable_count": 1, "created_at": "2026-01-10T08:00:00Z",
                         "updated_at": self.sent_at},
                        {"url": format!("{}/api/v2/users/{user}/identities/{}.json", self.base, user + 2),
                         "id": user + 2, "user_id": user, "type": "phone_number",
                         "value": format!("+3361{id:07}"), "verified": true, "primary": false,
                         "created_at": "2026-01-10T08:00:00Z", "updated_at": "2026-01-10T08:00:00Z"}
                    ],
                    "meta": {"has_more": false, "after_cursor": null, "before_cursor": null},
                    "links": {"prev": null, "next": null}
                }))
            }
            Route::Suspended => self.ok(&json!({
                "suspended_tickets": [],
                "meta": {"has_more": false, "after_cursor": null, "before_cursor": null},
                "links": {"prev": null, "next": null}
            })),
        }
    }
}

/// Every endpoint the sweep reads; with `dry_run`, a PUT that must never come.
async fn mount(server: &MockServer, count: u64, served: &Arc<AtomicU64>, dry_run: bool) {
    let now = when::now();
    let account = |route| Account {
        route,
        count,
        base: server.uri(),
        sent_at: when::rfc3339(now - 86_400),
        served: served.clone(),
    };
    let routes = [
        (r"^/api/v2/search/count(\.json)?$", Route::Count),
        (r"^/api/v2/search(\.json)?$", Route::Search),
        (r"^/api/v2/search/export(\.json)?$", Route::Export),
        (
            r"^/api/v2/email_notifications/show_many(\.json)?$",
            Route::Notifications,
        ),
        (
            r"^/api/v2/users/\d+/identities(\.json)?$",
            Route::Identities,
        ),
        (r"^/api/v2/suspended_tickets(\.json)?$", Route::Suspended),
    ];
    for (pattern, route) in routes {
        Mock::given(method("GET"))
            .and(path_regex(pattern))
            .respond_with(account(route))
            .mount(server)
            .await;
    }
    if dry_run {
        Mock::given(method("PUT"))
            .and(path_regex(r"^/api/v2/tickets/\d+(\.json)?$"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ticket": {}})))
            .expect(0)
            .mount(server)
            .await;
    }
}

/// One run's figures, and what went wrong.
struct Figures {
    tickets: u64,
    wall: Duration,
    requests: usize,
    failed: usize,
    planned: usize,
    read_bytes: u64,
    report_bytes: usize,
    peak_kb: Option<u64>,
    problems: Vec<String>,
}

fn sweep(runtime: &tokio::runtime::Runtime, zdiag: &str, tickets: u64, dry_run: bool) -> Figures {
    let server = runtime.block_on(MockServer::start());
    let served = Arc::new(AtomicU64::new(0));
    runtime.block_on(mount(&server, tickets, &served, dry_run));
    let mut command = Command::new(zdiag);
    command.args(["undelivered", "--format", "json", "--offline"]);
    if dry_run {
        command.args(["--note", "--dry-run"]);
    }
    command
        .args(["--zendesk-url", &server.uri()])
        .env("ZENDESK_SUBDOMAIN", "bench")
        .env("ZENDESK_EMAIL", "agent@example.com")
        .env("ZENDESK_API_TOKEN", "bench-token")
        .env("ZDIAG_ZENDESK_BACKOFF_MS", "5")
        .env_remove("ZENDESK_OAUTH_TOKEN")
        .env("NO_COLOR", "1");
    let (output, wall, peak_kb) = run_measured(command);
    let received = runtime
        .block_on(server.received_requests())
        .unwrap_or_default();
    let mut problems = Vec::new();
    let writes = received
        .iter()
        .filter(|r| r.method.as_str() != "GET")
        .count();
    if writes > 0 {
        problems.push(format!("NOT AS EXPECTED: {writes} writes (PUT) were made"));
    }
    let unserved: Vec<&str> = received
        .iter()
        .map(|r| r.url.path())
        .filter(|p| {
            ![
                "/search",
                "/email_notifications/",
                "/identities",
                "/suspended_tickets",
            ]
            .iter()
            .any(|known| p.contains(known))
        })
        .collect();
    if !unserved.is_empty() {
        problems.push(format!(
            "requests the mock does not serve: {:?}",
            &unserved[..unserved.len().min(5)]
        ));
    }
    let code = output.status.code().unwrap_or(-1);
    let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        problems.push(format!(
            "NOT AS EXPECTED: stdout is not JSON ({e}); stderr: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
        Value::Null
    });
    let count = |code: &str| {
        report["steps"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|s| s["findings"].as_array().into_iter().flatten())
            .filter(|f| f["code"] == code)
            .count()
    };
    let failed = count("undelivered-hard") + count("undelivered-soft");
    let planned = count("undelivered-note-planned");
    let planned_ok = !dry_run || planned as u64 == tickets;
    if code != 1 || failed as u64 != tickets || !planned_ok {
        problems.push(format!(
            "NOT AS EXPECTED: exit code {code} (expected 1), {failed} failed-recipient findings (expected {tickets}){}; verdict: {}",
            if dry_run {
                format!(", {planned} notes planned (expected {tickets})")
            } else {
                String::new()
            },
            report["summary"]["verdict"]
        ));
    }
    let figures = Figures {
        tickets,
        wall,
        requests: received.len(),
        failed,
        planned,
        read_bytes: served.load(Ordering::Relaxed),
        report_bytes: output.stdout.len(),
        peak_kb,
        problems,
    };
    // The PUT mock's `.expect(0)` is checked when the server is dropped, here.
    drop(server);
    figures
}

fn mb(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1024.0 / 1024.0)
}

fn peak(f: &Figures) -> String {
    f.peak_kb
        .map_or("-".to_string(), |kb| mb(kb as f64 * 1024.0))
}

fn main() {
    let zdiag = env!("CARGO_BIN_EXE_zdiag");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    // One untimed run: the first start pays for loading the binary.
    let _ = sweep(&runtime, zdiag, 100, false);
    let small = sweep(&runtime, zdiag, SMALL, false);
    let large = sweep(&runtime, zdiag, LARGE, false);
    let dry = sweep(&runtime, zdiag, LARGE, true);

    println!(
        "zdiag undelivered: N tickets with a failed reply (1 failed + 3 delivered recipients each), local API"
    );
    println!(
        "  {:>8}  {:>9}  {:>8}  {:>7}  {:>9}  {:>9}  {:>12}",
        "tickets", "wall", "requests", "failed", "read", "report", "peak memory"
    );
    for f in [&small, &large] {
        println!(
            "  {:>8}  {:>7.3} s  {:>8}  {:>7}  {:>9}  {:>9}  {:>12}",
            f.tickets,
            f.wall.as_secs_f64(),
            f.requests,
            f.failed,
            mb(f.read_bytes as f64),
            mb(f.report_bytes as f64),
            peak(f)
        );
    }
    if let (Some(s), Some(l)) = (small.peak_kb, large.peak_kb) {
        println!(
            "  peak memory at {LARGE} / at {SMALL}: {:.2}x (bytes read: {:.2}x; the goal: bounded, not proportional to what was read)",
            l as f64 / s as f64,
            large.read_bytes as f64 / small.read_bytes.max(1) as f64
        );
    }
    println!(
        "  --note --dry-run at {}: {:.3} s, {} requests, {} notes planned, report {}, peak memory {}",
        dry.tickets,
        dry.wall.as_secs_f64(),
        dry.requests,
        dry.planned,
        mb(dry.report_bytes as f64),
        peak(&dry)
    );
    for (name, f) in [
        (format!("{SMALL}"), &small),
        (format!("{LARGE}"), &large),
        (format!("{LARGE} --note --dry-run"), &dry),
    ] {
        for problem in &f.problems {
            println!("  {name}: {problem}");
        }
    }
}
