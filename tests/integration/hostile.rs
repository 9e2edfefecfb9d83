//! Hostile input, hostile servers, hostile records: what zdiag must withstand.
//!
//! Each test plays the stranger: a proxy that would read the token, a server that
//! echoes credentials or never stops paging, records carrying terminal escapes,
//! endless streams and symlink loops.

use std::io::Read;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::support::zendesk::{EMAIL, TOKEN, ZendeskMock, json_of, with_api};

/// A listener standing in for a proxy: it records what reaches it, then hangs up.
struct FakeProxy {
    url: String,
    seen: Arc<Mutex<Vec<u8>>>,
    connections: Arc<Mutex<usize>>,
}

impl FakeProxy {
    fn start() -> FakeProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(Mutex::new(0));
        let (seen_by, counted) = (seen.clone(), connections.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                *counted.lock().unwrap() += 1;
                stream
                    .set_read_timeout(Some(std::time::Duration::from_millis(300)))
                    .ok();
                let mut buf = [0u8; 4096];
                if let Ok(n) = stream.read(&mut buf) {
                    seen_by.lock().unwrap().extend_from_slice(&buf[..n]);
                }
                // Dropped: the connection closes, and zdiag's request fails fast.
            }
        });
        FakeProxy {
            url,
            seen,
            connections,
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// The Basic credentials as they travel: base64 of `{email}/token:{token}`.
fn basic_credentials() -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(format!("{EMAIL}/token:{TOKEN}"))
}

#[test]
fn the_token_never_goes_through_a_proxy_to_a_loopback_url() {
    let mock = ZendeskMock::serving("healthy");
    let proxy = FakeProxy::start();
    let mut cmd = with_api(&mock);
    for var in ["NO_PROXY", "no_proxy"] {
        cmd.env_remove(var);
    }
    for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] {
        cmd.env(var, &proxy.url);
    }
    let (code, _report, output) = json_of(cmd, &["triggers"]);
    std::thread::sleep(std::time::Duration::from_millis(100));
    assert_eq!(*proxy.connections.lock().unwrap(), 0, "the proxy was used");
    let seen = proxy.seen.lock().unwrap();
    assert!(!contains(&seen, TOKEN) && !contains(&seen, &basic_credentials()));
    assert!(!mock.requests().is_empty(), "Zendesk was asked directly");
    assert_ne!(code, 3, "{}", String::from_utf8_lossy(&output.stderr));
    for text in [&output.stdout, &output.stderr] {
        assert!(!contains(text, TOKEN));
    }
}

#[test]
fn server_text_echoing_the_credentials_is_redacted() {
    let mock = ZendeskMock::empty();
    let echo = format!(
        "Invalid header Authorization: Basic {} (token {TOKEN})",
        basic_credentials()
    );
    mock.mount(
        Mock::given(method("GET")).respond_with(ResponseTemplate::new(401).set_body_json(
            serde_json::json!({
                "error": "Couldn't authenticate you",
                "description": echo,
            }),
        )),
    );
    for command in [&["triggers"][..], &["ticket", "42"], &["undelivered"]] {
        for format in ["json", "human"] {
            let output = with_api(&mock)
                .args(command)
                .args(["--format", format])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(3), "{command:?}");
            for text in [&output.stdout, &output.stderr] {
                assert!(!contains(text, TOKEN), "{}", String::from_utf8_lossy(text));
                assert!(!contains(text, &basic_credentials()));
            }
            assert!(contains(&output.stdout, "[redacted]"), "{command:?}");
        }
    }
}

#[test]
fn a_body_quoting_the_token_is_exported_redacted() {
    let mock = ZendeskMock::serving("healthy");
    let body = serde_json::json!({
        "triggers": [{"id": 1, "title": format!("Notify {TOKEN}"), "active": true,
                      "actions": [], "conditions": {"all": [], "any": []}}],
        "meta": {"has_more": false},
    });
    mock.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/triggers"))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .with_priority(1),
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("export");
    let output = with_api(&mock)
        .args(["export", out.to_str().unwrap()])
        .output()
        .unwrap();
    let triggers = std::fs::read_to_string(out.join("triggers.json")).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&output.stderr));
    });
    assert!(triggers.contains("Notify [redacted]"), "{triggers}");
    for entry in std::fs::read_dir(&out).unwrap() {
        let text = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!contains(&text, TOKEN));
    }
}

#[test]
fn a_token_that_cannot_be_a_header_is_a_configuration_error() {
    let mock = ZendeskMock::serving("healthy");
    let mut cmd = with_api(&mock);
    cmd.env_remove("ZENDESK_API_TOKEN")
        .env("ZENDESK_OAUTH_TOKEN", "zdtok-\u{1}-control");
    let (code, report, output) = json_of(cmd, &["triggers"]);
    assert_eq!(code, 2, "{}", String::from_utf8_lossy(&output.stderr));
    let error = report["error"].as_str().unwrap();
    assert!(error.contains("ZENDESK_OAUTH_TOKEN"), "{error}");
    assert!(!error.contains("zdtok-"), "{error}");
    assert!(mock.requests().is_empty(), "no request may be made");
}

/// What a terminal would act on: ESC, BEL, CSI (C1).
fn has_raw_controls(text: &[u8]) -> bool {
    String::from_utf8_lossy(text)
        .chars()
        .any(|c| matches!(c, '\x1b' | '\x07' | '\u{9b}'))
}

const HOSTILE_TXT: &str = r#"@ IN TXT "v=spf1 include:mail.zendesk.com \027]0;PWNED\007\027[2J -all"
"#;

#[test]
fn terminal_escapes_in_a_record_are_shown_escaped_and_kept_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let zone = dir.path().join("example.test.zone");
    std::fs::write(&zone, HOSTILE_TXT).unwrap();
    let zone = zone.to_str().unwrap();
    let args = ["spf", "example.test", "--zone", zone, "--offline"];
    let output = crate::support::zdiag()
        .args(args)
        .args(["--color", "never"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!has_raw_controls(&output.stdout), "{stdout:?}");
    assert!(!has_raw_controls(&output.stderr));
    assert!(stdout.contains(r"\x1b]0;PWNED\x07\x1b[2J"), "{stdout}");
    let (_, report) = crate::support::run_json(&args);
    assert!(
        report
            .to_string()
            .contains(r"\u001b]0;PWNED\u0007\u001b[2J"),
        "JSON keeps the exact text"
    );
}

#[test]
fn terminal_escapes_in_a_file_name_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let bounce = std::fs::read_dir(crate::support::fixture("bounces/eml"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "eml"))
        .expect("a bounce fixture");
    let name = dir.path().join("a\x1b]0;PWNED\x07b.eml");
    std::fs::copy(bounce, &name).unwrap();
    let output = crate::support::zdiag()
        .args(["bounce", name.to_str().unwrap(), "--color", "never"])
        .output()
        .unwrap();
    assert!(!output.stdout.is_empty());
    assert!(
        !has_raw_controls(&output.stdout),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains(r"a\x1b]0;PWNED\x07b.eml"));
}

/// Run zdiag with JSON output, a deadline and a memory ceiling: an input with no end must
/// end the run soon and small, and a zdiag that failed at it must not take the machine
/// down with it (the ceiling makes it fail instead).
fn capped_run(args: &[&str]) -> (i32, serde_json::Value) {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -v 4194304 && exec "$0" "$@""#)
        .arg(assert_cmd::cargo::cargo_bin!("zdiag"))
        .args(args)
        .args(["--format", "json"])
        .env("NO_COLOR", "1")
        .env("ZDIAG_LANG", "en")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run zdiag");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("zdiag {args:?} did not end within 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
    let report = serde_json::from_slice(&stdout).unwrap_or_else(|e| {
        panic!(
            "stdout of zdiag {args:?} is not one JSON document ({e}, {status}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        )
    });
    (status.code().expect("exit code"), report)
}

#[test]
fn endless_local_inputs_end_with_an_error_naming_the_cap() {
    let dev_zero = std::path::Path::new("/dev/zero");
    if !dev_zero.exists() {
        return;
    }
    for (args, cap) in [
        (vec!["bounce", "/dev/zero", "--summary"], "64 MiB"),
        (
            vec!["spf", "example.test", "--zone", "/dev/zero", "--offline"],
            "16 MiB",
        ),
        (
            vec!["spf", "--domains-file", "/dev/zero", "--offline"],
            "4 MiB",
        ),
        (
            vec!["forwarding", "--eml", "/dev/zero", "--zendesk-export", "."],
            "64 MiB",
        ),
        (
            vec![
                "triggers",
                "--subdomain",
                "acme",
                "--token-file",
                "/dev/zero",
            ],
            "64 KiB",
        ),
    ] {
        let (code, report) = capped_run(&args);
        assert_eq!(code, 2, "{args:?}: {report:#}");
        let error = report["error"].as_str().unwrap();
        assert!(error.contains(cap), "{args:?}: {error}");
    }
}

#[test]
fn an_overlong_domains_file_line_is_refused_without_echoing_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("domains.txt");
    std::fs::write(&file, format!("example.test\n{}\n", "a".repeat(100_000))).unwrap();
    let (code, report) =
        capped_run(&["spf", "--domains-file", file.to_str().unwrap(), "--offline"]);
    assert_eq!(code, 2);
    let error = report["error"].as_str().unwrap();
    assert!(
        error.contains("domains.txt:2'") && error.contains("1024"),
        "{error}"
    );
    assert!(
        error.len() < 500,
        "the line is echoed: {} bytes",
        error.len()
    );
    // A bad domain given as an argument is quoted short too.
    let long = format!("{}!", "b".repeat(5000));
    let (code, report) = capped_run(&["spf", &long, "--offline"]);
    assert_eq!(code, 2);
    assert!(report["error"].as_str().unwrap().len() < 500);
}

#[test]
fn an_export_file_with_no_end_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for file in ["recipient_addresses.json", "triggers.json"] {
        std::os::unix::fs::symlink("/dev/zero", dir.path().join(file)).unwrap();
    }
    let (code, report) =
        capped_run(&["triggers", "--zendesk-export", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2, "{report:#}");
    assert!(report.to_string().contains("64 MiB"), "{report:#}");
}

#[test]
fn a_malformed_export_file_is_a_usage_error_like_a_bad_zone() {
    let dir = tempfile::tempdir().unwrap();
    let export = crate::support::fixture("zendesk/healthy");
    for entry in std::fs::read_dir(&export).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    std::fs::write(dir.path().join("triggers.json"), "{\"triggers\": [").unwrap();
    let (code, report) =
        capped_run(&["triggers", "--zendesk-export", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2, "{report:#}");
    assert!(
        report["error"].as_str().unwrap().contains("triggers.json"),
        "{report:#}"
    );
}

#[test]
fn an_api_body_over_the_cap_is_could_not_check() {
    let mock = ZendeskMock::serving("healthy");
    let mut huge = br#"{"triggers": [], "padding": ""#.to_vec();
    huge.resize(17 * 1024 * 1024, b'x');
    huge.extend_from_slice(br#""}"#);
    mock.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/triggers"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(huge, "application/json"))
            .with_priority(1),
    );
    let (code, report, _) = json_of(with_api(&mock), &["triggers"]);
    assert_eq!(code, 3, "{report:#}");
    assert!(report.to_string().contains("16 MiB"), "{report:#}");
}

fn messages_counted(args: &[&str]) -> u64 {
    let (code, report) = capped_run(args);
    assert_ne!(code, 2, "{report:#}");
    crate::support::finding(&report, "bounce-summary")["evidence"]["messages"]
        .as_u64()
        .unwrap()
}

#[test]
fn symlink_loops_are_not_followed_and_no_file_is_read_twice() {
    let mbox = crate::support::fixture("bounces/mbox/mbox-0");
    let alone = messages_counted(&["bounce", mbox.to_str().unwrap(), "--summary"]);
    assert!(alone > 1);
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("inner");
    std::fs::create_dir(&inner).unwrap();
    std::fs::copy(&mbox, inner.join("mbox")).unwrap();
    std::os::unix::fs::symlink("..", inner.join("up")).unwrap();
    std::os::unix::fs::symlink(".", inner.join("self")).unwrap();
    std::os::unix::fs::symlink("mbox", inner.join("same-mbox")).unwrap();
    std::os::unix::fs::symlink("loop-b", inner.join("loop-a")).unwrap();
    std::os::unix::fs::symlink("loop-a", inner.join("loop-b")).unwrap();
    let root = dir.path().to_str().unwrap();
    let inner = inner.to_str().unwrap();
    assert_eq!(messages_counted(&["bounce", root, "--summary"]), alone);
    assert_eq!(messages_counted(&["bounce", inner, "--summary"]), alone);
    // The same file given twice, and through its folder, is read once.
    let file = format!("{inner}/mbox");
    assert_eq!(
        messages_counted(&["bounce", &file, inner, &file, "--summary"]),
        alone
    );
}

#[test]
fn a_failed_export_is_an_error_with_advice_for_its_status() {
    for (status, advice) in [
        (500, "in a few minutes"),
        (429, "Wait a minute"),
        (401, "ZENDESK_EMAIL"),
        (403, "permission"),
    ] {
        let mock = ZendeskMock::empty();
        mock.mount(
            Mock::given(wiremock::matchers::any()).respond_with(ResponseTemplate::new(status)),
        );
        let dir = tempfile::tempdir().unwrap();
        let (code, report, _) = json_of(with_api(&mock), &["export", dir.path().to_str().unwrap()]);
        assert_eq!(code, 3, "{status}: {report:#}");
        let skipped = crate::support::zendesk::findings(&report, "zendesk-export-skipped");
        assert_eq!(
            skipped.len(),
            zdiag::zendesk::Endpoint::ALL.len(),
            "{report:#}"
        );
        for finding in skipped {
            assert_eq!(finding["status"], "error");
            let help = finding["help"].as_str().unwrap();
            assert!(help.contains(advice), "{status}: {help}");
            assert!(!help.contains("admin's token") || status == 403, "{help}");
        }
    }
}

/// A triggers page whose cursor never ends: each answer names a new next page.
struct EndlessPages;

impl wiremock::Respond for EndlessPages {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let n: u64 = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "page[after]")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "triggers": [{"id": 1, "title": "Notify requester", "active": true,
                          "actions": [], "conditions": {"all": [], "any": []}}],
            "meta": {"has_more": true, "after_cursor": (n + 1).to_string()},
            "links": {"next": null},
        }))
    }
}

#[test]
fn a_cursor_with_no_end_is_reported_never_counted_as_complete() {
    let mock = ZendeskMock::serving("healthy");
    mock.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/triggers"))
            .respond_with(EndlessPages)
            .with_priority(1),
    );
    let (code, report, _) = json_of(with_api(&mock), &["triggers"]);
    assert_eq!(code, 3, "{report:#}");
    let text = report.to_string();
    assert!(text.contains("after 500 pages"), "{report:#}");
    assert!(text.contains("/api/v2/triggers"), "{report:#}");
}

#[test]
fn malformed_command_line_inputs_are_usage_errors() {
    let mbox = crate::support::fixture("bounces/mbox/mbox-0");
    let mbox = mbox.to_str().unwrap();
    for args in [
        vec!["bounce", mbox, "--sent", "0"],
        vec!["spf", "192.0.2.1", "--offline"],
        vec!["mx", "2001:db8::1", "--offline"],
        vec!["dkim", "example.test", "--selector", "", "--offline"],
    ] {
        let (code, report) = capped_run(&args);
        assert_eq!(code, 2, "{args:?}: {report:#}");
        assert!(report["error"].is_string(), "{args:?}: {report:#}");
    }
    // A word after `--` is a domain, even when it looks like an option.
    let output = crate::support::zdiag()
        .args(["--format", "json", "spf", "--offline", "--", "--format"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(report["error"].as_str().unwrap().contains("'--format'"));
}

#[tokio::test]
async fn an_absolute_next_link_under_a_base_path_is_not_doubled() {
    use zdiag::zendesk::{ApiConfig, Auth, Client, Token};
    let server = wiremock::MockServer::start().await;
    let base = format!("{}/zd/", server.uri());
    let page = |next: Option<String>, id: u64| {
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "groups": [{"id": id, "name": format!("g{id}")}],
            "meta": {"has_more": next.is_some()},
            "links": {"next": next},
        }))
    };
    Mock::given(method("GET"))
        .and(path("/zd/api/v2/groups"))
        .respond_with(page(
            Some(format!(
                "{}/zd/api/v2/groups.json?page[after]=c2",
                server.uri()
            )),
            1,
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/zd/api/v2/groups.json"))
        .respond_with(page(None, 2))
        .mount(&server)
        .await;
    let auth = Auth::OAuth {
        token: Token::new(TOKEN).unwrap(),
    };
    let client = Client::new(ApiConfig::new(base.parse().unwrap(), auth)).unwrap();
    let groups = client.groups().await.unwrap();
    assert_eq!(groups.len(), 2);
    let requested: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.path().to_string())
        .collect();
    assert_eq!(requested, ["/zd/api/v2/groups", "/zd/api/v2/groups.json"]);
}

#[test]
fn an_error_cause_is_printed_once() {
    let dir = tempfile::tempdir().unwrap();
    let zone = dir.path().join("example.test.zone");
    std::fs::write(&zone, b"@ IN TXT \"\xff\xfe\"\n").unwrap();
    let (code, report) = capped_run(&["spf", "example.test", "--zone", zone.to_str().unwrap()]);
    assert_eq!(code, 2);
    let error = report["error"].as_str().unwrap();
    let parts: Vec<&str> = error.split(": ").collect();
    assert!(
        parts.windows(2).all(|w| w[0] != w[1]),
        "a cause is repeated: {error}"
    );
}

#[test]
fn a_cname_loop_is_reported_as_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    let zone = dir.path().join("example.test.zone");
    std::fs::write(
        &zone,
        "loop1 IN CNAME loop2.example.test.\nloop2 IN CNAME loop1.example.test.\n",
    )
    .unwrap();
    let (code, report) = capped_run(&[
        "spf",
        "loop1.example.test",
        "--zone",
        zone.to_str().unwrap(),
        "--offline",
    ]);
    let text = report.to_string();
    assert!(text.contains("CNAME loop"), "{report:#}");
    assert!(!text.contains("NXDOMAIN"), "{report:#}");
    assert_ne!(code, 0);
}

#[test]
fn a_zone_file_error_quotes_its_token_short() {
    let dir = tempfile::tempdir().unwrap();
    let zone = dir.path().join("example.test.zone");
    std::fs::write(&zone, format!("@ IN {} \"v\"\n", "X".repeat(1_000_000))).unwrap();
    let (code, report) = capped_run(&[
        "spf",
        "example.test",
        "--zone",
        zone.to_str().unwrap(),
        "--offline",
    ]);
    assert_eq!(code, 2);
    let error = report["error"].as_str().unwrap();
    assert!(error.len() < 1000, "{} bytes of error", error.len());
    assert!(error.contains("line 1"), "{error}");
}

#[test]
fn a_cname_loop_over_dns_is_reported_as_a_loop() {
    let dns = crate::support::TestDns::start(&[(
        "example.test",
        "loop1 IN CNAME loop2.example.test.\nloop2 IN CNAME loop1.example.test.\n",
    )]);
    let resolver = dns.addr().to_string();
    let (code, report) = capped_run(&["spf", "loop1.example.test", "--resolver", &resolver]);
    let text = report.to_string();
    assert!(text.contains("CNAME loop"), "{report:#}");
    assert!(
        !text.contains("NXDOMAIN") && !text.contains("NODATA"),
        "{report:#}"
    );
    assert_ne!(code, 0);
}

/// Joining targets to the triggers that notify them grows about linearly: 10,000 of
/// each end well within the deadline (they took minutes when every target re-read
/// every trigger), and each inactive target still names the trigger pointing at it.
#[test]
fn ten_thousand_targets_and_triggers_are_joined_in_linear_time() {
    use crate::support::large_account;
    let dir = tempfile::tempdir().unwrap();
    let n = 10_000;
    large_account::write_account(dir.path(), n);
    let (code, report) = capped_run(&["targets", "--zendesk-export", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "inactive targets fail");
    let findings = report["steps"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), n);
    let inactive: Vec<_> = findings
        .iter()
        .filter(|f| f["code"] == "targets-inactive")
        .collect();
    assert_eq!(inactive.len(), n.div_ceil(7));
    for finding in inactive {
        let pointing = finding["evidence"]["pointing_at_it"].as_array().unwrap();
        assert_eq!(pointing.len(), 1, "{finding}");
        assert_eq!(pointing[0]["kind"], "trigger");
    }
}
