//! `zdiag suspended` reading N suspended tickets (100 a page) from a Zendesk API on
//! loopback: wall time, requests and the process's peak memory at 1,000 and 10,000.
//!
//! Each ticket carries a content body of about 1.5 kB, as real ones do; one in twenty is
//! a bounce notice the decoder reads. What the grouping keeps must not grow with the
//! contents: peak memory at 10,000 should stay within twice that at 1,000.
//! Prints figures; asserts nothing. Run: `cargo bench --bench suspended_pages`.

use std::process::Command;

use serde_json::{Value, json};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

#[path = "support/measure.rs"]
mod measure;
use measure::run_measured;

const PAGE: usize = 100;

const BOUNCE: &str = "This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jane@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2\n    <jane@example.org>: Mailbox full (in reply to RCPT TO command)\n\n--- Original message headers ---\nMessage-ID: <L7VKGOM25K_6541040fcd6f9_4146b411541b4_sprut@zendesk.com>\nSubject: [Example] Re: My order never arrived\n";

/// Page `k` of an account holding `total` suspended tickets, newest first.
struct Pages {
    total: usize,
    base: String,
}

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let k: usize = request
            .url
            .query_pairs()
            .find(|(key, _)| key == "page[after]")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let first = k * PAGE;
        let last = (first + PAGE).min(self.total);
        let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(26);
        let items: Vec<Value> = (first..last)
            .map(|i| {
                let cause = [10, 0, 8, 3, 14, 10, 7][i % 7];
                let bounce = i % 20 == 0;
                let (cause, content) = if bounce { (7, BOUNCE.to_string()) } else { (cause, filler.clone()) };
                let from = if bounce { "MAILER-DAEMON@mx.example.org".to_string() } else { format!("user{}@domain{}.example", i, i % 250) };
                json!({
                    "attachments": [], "author": {"email": from, "id": i, "name": "Sender"},
                    "brand_id": 123, "cause": "cause", "cause_id": cause, "content": content,
                    "created_at": format!("2024-05-{:02}T10:{:02}:00Z", 28 - (i / 1000) % 27, i % 60),
                    "error_messages": null, "id": 1_000_000 + i, "message_id": format!("<{i}@sender.example>"),
                    "recipient": "support@example.com", "subject": format!("Request {i}"),
                    "ticket_id": if bounce { json!(100 + i) } else { Value::Null },
                    "updated_at": "2024-05-28T10:00:00Z",
                    "via": {"channel": "email", "source": {"from": {"address": from, "name": "Sender"},
                            "rel": null, "to": {"address": "support@example.com", "name": "Example"}}}
                })
            })
            .collect();
        let more = last < self.total;
        let next = more.then(|| {
            format!(
                "{}/api/v2/suspended_tickets.json?page%5Bafter%5D={}&page%5Bsize%5D=100",
                self.base,
                k + 1
            )
        });
        ResponseTemplate::new(200).set_body_json(json!({
            "suspended_tickets": items,
            "meta": {"has_more": more, "after_cursor": more.then(|| (k + 1).to_string()), "before_cursor": k.to_string()},
            "links": {"prev": null, "next": next}
        }))
    }
}

fn main() {
    let zdiag = env!("CARGO_BIN_EXE_zdiag");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    println!("zdiag suspended: N suspended tickets, 100 a page, from a local API");
    println!(
        "{:>8}  {:>9}  {:>8}  {:>12}  {:>8}",
        "N", "wall", "requests", "peak memory", "groups"
    );
    let mut peaks = Vec::new();
    for total in [1_000, 10_000] {
        let server = runtime.block_on(MockServer::start());
        runtime.block_on(
            Mock::given(method("GET"))
                .and(path_regex(r"^/api/v2/suspended_tickets(\.json)?$"))
                .respond_with(Pages {
                    total,
                    base: server.uri(),
                })
                .mount(&server),
        );
        let mut command = Command::new(zdiag);
        command
            .args([
                "suspended",
                "--format",
                "json",
                "--offline",
                "--zendesk-url",
                &server.uri(),
            ])
            .env("ZENDESK_SUBDOMAIN", "bench")
            .env("ZENDESK_EMAIL", "agent@example.com")
            .env("ZENDESK_API_TOKEN", "bench-token")
            .env_remove("ZENDESK_OAUTH_TOKEN");
        let (output, wall, peak) = run_measured(command);
        let requests = runtime.block_on(server.received_requests()).map_or(0, |r| {
            r.iter()
                .filter(|r| r.url.path().starts_with("/api/v2/suspended_tickets"))
                .count()
        });
        let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
        let groups = report["steps"][0]["findings"][0]["evidence"]["causes"]
            .as_array()
            .map_or(0, Vec::len);
        let total_seen = report["steps"][0]["findings"][0]["evidence"]["total"]
            .as_u64()
            .unwrap_or(0);
        let peak_text = peak.map_or("-".to_string(), |kb| {
            format!("{:.1} MB", kb as f64 / 1024.0)
        });
        println!(
            "{total:>8}  {:>7.3} s  {requests:>8}  {peak_text:>12}  {groups:>8}   ({total_seen} read)",
            wall.as_secs_f64()
        );
        peaks.push(peak);
    }
    if let [Some(small), Some(large)] = peaks[..] {
        println!(
            "peak memory at 10,000 / at 1,000: {:.2}x (the bound is 2x)",
            large as f64 / small as f64
        );
    }
}
