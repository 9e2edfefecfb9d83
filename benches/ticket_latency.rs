//! `zdiag ticket ID...` against a Zendesk API on loopback whose every answer takes
//! 100 ms: wall time for one ticket and for twenty, requests and peak memory.
//!
//! Each ticket is a chain of three rounds of requests (the ticket, its audits, its email
//! notifications and the account's triggers at once; then its users; then the
//! recipient's identities, beside DNS from zone files, offline), so one ticket takes
//! about 300 ms of waiting. Twenty tickets read at once should take about the time of
//! one chain, not twenty chains. Every ticket has one public agent comment, a trigger's
//! Notification to its requester and a delivered email notification.
//! Prints figures; asserts nothing. Run: `cargo bench --bench ticket_latency`.

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::{Value, json};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

#[path = "support/measure.rs"]
mod measure;
use measure::run_measured;

const DELAY: Duration = Duration::from_millis(100);
const TICKETS: u64 = 20;
const RUNS: usize = 3;
const AGENT: u64 = 9_000_000_001;
const TRIGGER: u64 = 360_002_000_002;

/// The requester of ticket `id`, and their address.
fn requester(id: u64) -> u64 {
    9_000_000_100 + id
}

fn address(id: u64) -> String {
    format!("customer{id}@shop{id}.example")
}

/// The number in the path segment after `after` (`/tickets/12/audits`, `tickets` → 12).
fn id_after(request: &Request, after: &str) -> u64 {
    let mut segments = request.url.path().split('/');
    segments.find(|s| *s == after);
    segments
        .next()
        .and_then(|s| s.trim_end_matches(".json").parse().ok())
        .unwrap_or(0)
}

fn query(request: &Request, key: &str) -> Option<String> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(body)
        .set_delay(DELAY)
}

/// The API's answers, each computed from the request (ids 1..=20 all exist).
#[derive(Clone, Copy)]
enum Api {
    Ticket,
    Audits,
    EmailNotifications,
    Users,
    Identities,
    Triggers,
}

impl Respond for Api {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        match self {
            Api::Ticket => {
                let id = id_after(request, "tickets");
                ok(json!({"ticket": {
                    "url": format!("https://bench.zendesk.com/api/v2/tickets/{id}.json"),
                    "id": id, "subject": format!("Order {id}"), "raw_subject": format!("Order {id}"),
                    "status": "open", "requester_id": requester(id), "submitter_id": AGENT,
                    "assignee_id": AGENT,
                    "via": {"channel": "web", "source": {"from": {}, "to": {}, "rel": null}},
                    "recipient": null, "tags": [],
                    "created_at": "2026-11-24T09:12:00Z", "updated_at": "2026-11-24T09:12:00Z"
                }}))
            }
            Api::Audits => {
                let id = id_after(request, "tickets");
                let audit = 7_000_000_000 + id;
                ok(json!({
                    "audits": [{
                        "id": audit, "ticket_id": id, "created_at": "2026-11-24T09:12:00Z",
                        "author_id": AGENT,
                        "metadata": {"system": {"client": "Mozilla/5.0"}, "custom": {}},
                        "via": {"channel": "web", "source": {"from": {}, "to": {}, "rel": null}},
                        "events": [
                            {"id": 8_000_000_000 + id * 10 + 1, "type": "Comment", "author_id": AGENT,
                             "body": "Hello, your order has shipped.",
                             "html_body": "<p>Hello, your order has shipped.</p>",
                             "plain_body": "Hello, your order has shipped.", "public": true,
                             "attachments": [], "audit_id": audit,
                             "metadata": {"system": {}, "custom": {}}},
                            {"id": 8_000_000_000 + id * 10 + 2, "type": "Notification",
                             "via": {"channel": "rule", "source": {
                                 "from": {"id": TRIGGER, "title": "Notify requester of comment update",
                                          "deleted": false, "revision_id": 1},
                                 "rel": "trigger", "to": {}}},
                             "subject": "[{{ticket.account}}] Re: {{ticket.title}}",
                             "body": "{{ticket.comments_formatted}}",
                             "recipients": [requester(id)]}
                        ]
                    }],
                    "meta": {"has_more": false, "after_cursor": null, "before_cursor": null},
                    "links": {"prev": null, "next": null}
                }))
            }
            Api::EmailNotifications => {
                let id: u64 = query(request, "filter[ticket_id]")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                ok(json!({
                    "email_notifications": [{
                        "url": format!("https://bench.zendesk.com/api/v2/email_notifications/{}", 8_100_000_000 + id),
                        "notification_id": 8_100_000_000 + id, "ticket_id": id,
                        "comment_id": 8_000_000_000 + id * 10 + 1,
                        "email_id": format!("01JBENCH{id:010}"),
                        "message_id": format!("<{id}.bench@zendesk.com>"),
                        "created_at": "2026-11-24T09:12:00Z", "updated_at": "2026-11-24T09:12:00Z",
                        "recipients": [{
                            "email_address": address(id), "user_id": requester(id),
                            "delivery_status": {"id": 0, "name": "none", "code": "0",
                                                "message": "No failure received"}
                        }]
                    }],
                    "meta": {"has_more": false, "after_cursor": null, "before_cursor": null},
                    "links": {"prev": null, "next": null}
                }))
            }
            Api::Users => {
                let ids = query(request, "ids").unwrap_or_default();
                let users: Vec<Value> = ids
                    .split(',')
                    .filter_map(|i| i.trim().parse::<u64>().ok())
                    .map(|user| {
                        if user == AGENT {
                            json!({"id": user, "name": "Camille Roux", "email": "camille@bench.example",
                                   "role": "agent", "active": true, "verified": true})
                        } else {
                            let ticket = user - requester(0);
                            json!({"id": user, "name": format!("Customer {ticket}"),
                                   "email": address(ticket), "role": "end-user",
                                   "active": true, "verified": true})
                        }
                    })
                    .collect();
                ok(
                    json!({"users": users, "next_page": null, "previous_page": null, "count": users.len()}),
                )
            }
            Api::Identities => {
                let user = id_after(request, "users");
                let value = if user == AGENT {
                    "camille@bench.example".to_string()
                } else {
                    address(user - requester(0))
                };
                ok(json!({
                    "identities": [{
                        "url": format!("https://bench.zendesk.com/api/v2/users/{user}/identities/{}.json", user + 500),
                        "id": user + 500, "user_id": user, "type": "email", "value": value,
                        "verified": true, "primary": true, "deliverable_state": "deliverable",
                        "undeliverable_count": 0,
                        "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-11-24T09:20:00Z"
                    }],
                    "meta": {"has_more": false, "after_cursor": null, "before_cursor": null},
                    "links": {"prev": null, "next": null}
                }))
            }
            Api::Triggers => ok(json!({
                "triggers": [{
                    "url": format!("https://bench.zendesk.com/api/v2/triggers/{TRIGGER}.json"),
                    "id": TRIGGER, "title": "Notify requester of comment update", "active": true,
                    "default": false, "position": 1, "raw_title": "Notify requester of comment update",
                    "description": null, "category_id": "6130869158682", "usage_24h": 20,
                    "created_at": "2023-09-09T23:52:02Z", "updated_at": "2024-02-08T17:44:31Z",
                    "actions": [{"field": "notification_user", "value": [
                        "requester_and_ccs", "[{{ticket.account}}] Re: {{ticket.title}}",
                        "{{ticket.comments_formatted}}"]}],
                    "conditions": {"all": [
                        {"field": "update_type", "operator": "is", "value": "Change"},
                        {"field": "comment_is_public", "operator": "is", "value": true},
                        {"field": "current_via_id", "operator": "is_not", "value": "5"}
                    ], "any": []}
                }],
                "meta": {"has_more": false, "after_cursor": null, "before_cursor": null},
                "links": {"prev": null, "next": null}
            })),
        }
    }
}

/// Every endpoint of a ticket's chain.
async fn mount(server: &MockServer) {
    let routes: [(&str, Api); 6] = [
        (r"^/api/v2/tickets/\d+(\.json)?$", Api::Ticket),
        (r"^/api/v2/tickets/\d+/audits(\.json)?$", Api::Audits),
        (
            r"^/api/v2/email_notifications(\.json)?$",
            Api::EmailNotifications,
        ),
        (r"^/api/v2/users/show_many(\.json)?$", Api::Users),
        (r"^/api/v2/users/\d+/identities(\.json)?$", Api::Identities),
        (r"^/api/v2/triggers(\.json)?$", Api::Triggers),
    ];
    for (pattern, api) in routes {
        Mock::given(method("GET"))
            .and(path_regex(pattern))
            .respond_with(api)
            .mount(server)
            .await;
    }
}

/// One zone per recipient domain: a mail server that resolves.
fn write_zones(dir: &Path) {
    for id in 1..=TICKETS {
        let zone = format!(
            "$ORIGIN shop{id}.example.\n$TTL 3600\n\
             @   IN SOA ns1.shop{id}.example. hostmaster.shop{id}.example. 2026112401 7200 3600 1209600 3600\n\
             @   IN NS  ns1.shop{id}.example.\n\
             ns1 IN A   192.0.2.53\n\
             @   IN MX  10 mx.shop{id}.example.\n\
             mx  IN A   192.0.2.25\n"
        );
        std::fs::write(dir.join(format!("shop{id}.example.zone")), zone).expect("write zone");
    }
}

/// Median wall time, requests of one run, peak memory (the largest), and what went wrong.
struct Figures {
    median: Duration,
    min: Duration,
    max: Duration,
    requests: usize,
    peak_kb: Option<u64>,
    problems: Vec<String>,
}

fn measure(
    runtime: &tokio::runtime::Runtime,
    server: &MockServer,
    zdiag: &str,
    zones: &Path,
    ids: &[u64],
) -> Figures {
    let id_args: Vec<String> = ids.iter().map(u64::to_string).collect();
    let mut times = Vec::new();
    let mut requests = Vec::new();
    let mut peak_kb: Option<u64> = None;
    let mut problems = Vec::new();
    for _ in 0..RUNS {
        let before = received(runtime, server).len();
        let mut command = Command::new(zdiag);
        command
            .arg("ticket")
            .args(&id_args)
            .args(["--format", "json", "--offline", "--zone"])
            .arg(zones)
            .args(["--zendesk-url", &server.uri()])
            .env("ZENDESK_SUBDOMAIN", "bench")
            .env("ZENDESK_EMAIL", "agent@example.com")
            .env("ZENDESK_API_TOKEN", "bench-token")
            .env_remove("ZENDESK_OAUTH_TOKEN")
            .env("NO_COLOR", "1");
        let (output, wall, peak) = run_measured(command);
        let seen = received(runtime, server);
        times.push(wall);
        requests.push(seen.len() - before);
        peak_kb = peak_kb.max(peak);
        if let Some(problem) = check(&output, ids) {
            if !problems.contains(&problem) {
                problems.push(problem);
            }
            let unexpected: Vec<&String> = seen[before..].iter().filter(|p| !known(p)).collect();
            if !unexpected.is_empty() {
                problems.push(format!("requests the mock does not serve: {unexpected:?}"));
            }
        }
    }
    times.sort();
    Figures {
        median: times[RUNS / 2],
        min: times[0],
        max: times[RUNS - 1],
        requests: requests[RUNS / 2],
        peak_kb,
        problems,
    }
}

/// The paths (and queries) of the requests the server has received so far.
fn received(runtime: &tokio::runtime::Runtime, server: &MockServer) -> Vec<String> {
    runtime
        .block_on(server.received_requests())
        .unwrap_or_default()
        .iter()
        .map(|r| r.url.path().to_string())
        .collect()
}

fn known(path: &str) -> bool {
    ["/tickets/", "/email_notifications", "/users/", "/triggers"]
        .iter()
        .any(|p| path.contains(p))
}

/// Exit code 0 and four steps per ticket; else what is wrong, in one line.
fn check(output: &Output, ids: &[u64]) -> Option<String> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: Value = match serde_json::from_slice(&output.stdout) {
        Ok(report) => report,
        Err(e) => {
            return Some(format!(
                "stdout is not JSON ({e}); stderr: {}",
                stderr.trim()
            ));
        }
    };
    let steps = report["steps"].as_array().cloned().unwrap_or_default();
    let complete = ids
        .iter()
        .filter(|id| {
            let target = format!("ticket {id}");
            steps
                .iter()
                .filter(|s| s["target"] == target.as_str())
                .count()
                == 4
        })
        .count();
    let delivered = steps
        .iter()
        .flat_map(|s| s["findings"].as_array().cloned().unwrap_or_default())
        .filter(|f| f["code"] == "ticket-delivered")
        .count();
    let code = output.status.code().unwrap_or(-1);
    (code != 0 || complete != ids.len() || delivered != ids.len()).then(|| {
        format!(
            "NOT AS EXPECTED: exit code {code}, {complete} of {} tickets with their 4 steps, {delivered} delivered; verdict: {}",
            ids.len(),
            report["summary"]["verdict"]
        )
    })
}

fn main() {
    let zdiag = env!("CARGO_BIN_EXE_zdiag");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime.block_on(MockServer::start());
    runtime.block_on(mount(&server));
    let zones = tempfile::tempdir().expect("temp dir");
    write_zones(zones.path());

    let all: Vec<u64> = (1..=TICKETS).collect();
    // One untimed run: the first start pays for loading the binary.
    let _ = measure(&runtime, &server, zdiag, zones.path(), &[1]);
    let one = measure(&runtime, &server, zdiag, zones.path(), &[1]);
    let twenty = measure(&runtime, &server, zdiag, zones.path(), &all);

    println!(
        "zdiag ticket: {} ms added to every Zendesk API answer (loopback), DNS from zone files, {RUNS} runs each",
        DELAY.as_millis()
    );
    println!(
        "  {:<12} {:>8} {:>8} {:>8} {:>9} {:>12}",
        "", "median", "min", "max", "requests", "peak memory"
    );
    let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
    for (name, f) in [("1 ticket", &one), ("20 tickets", &twenty)] {
        let peak = f.peak_kb.map_or("-".to_string(), |kb| {
            format!("{:.1} MB", kb as f64 / 1024.0)
        });
        println!(
            "  {name:<12} {:>8} {:>8} {:>8} {:>9} {:>12}",
            ms(f.median),
            ms(f.min),
            ms(f.max),
            f.requests,
            peak
        );
    }
    let single = one.median.as_secs_f64();
    println!(
        "  20 tickets / 1 ticket: {:.2}x (the target: about 1x, the longest chain)",
        twenty.median.as_secs_f64() / single
    );
    println!(
        "  20 chains one after another would take about {:.0} ms (20 x 1 ticket)",
        single * 1000.0 * TICKETS as f64
    );
    for (name, f) in [("1 ticket", &one), ("20 tickets", &twenty)] {
        for problem in &f.problems {
            println!("  {name}: {problem}");
        }
    }
}
