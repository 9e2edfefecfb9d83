//! `zendesk::Client` against wiremock: paging, retries, refusals, auth headers.

use std::time::{Duration, Instant};

use wiremock::matchers::{body_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use zdiag::zendesk::{
    ApiConfig, Auth, Client, Endpoint, ErrorKind, RetryPolicy, Token, VerificationStatus,
    VerifyKind,
};

use crate::support::fixture;

const TOKEN: &str = "zdtok-3f9a1c77e2b54d0c";

fn api_token() -> Auth {
    Auth::ApiToken {
        email: "agent@good.zd.test".into(),
        token: Token::new(TOKEN).unwrap(),
    }
}

fn client(server: &MockServer, auth: Auth) -> Client {
    let mut config = ApiConfig::new(server.uri().parse().unwrap(), auth);
    config.retry = RetryPolicy {
        attempts: 3,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(40),
        max_retry_after: Duration::from_secs(5),
    };
    config.timeout = Duration::from_secs(5);
    Client::new(config).unwrap()
}

fn json_file(relative: &str) -> ResponseTemplate {
    let bytes = std::fs::read(fixture(relative)).unwrap();
    ResponseTemplate::new(200).set_body_raw(bytes, "application/json")
}

fn page(n: u8) -> ResponseTemplate {
    json_file(&format!("zendesk/pages/recipient_addresses_{n}.json"))
}

fn addresses_ok() -> ResponseTemplate {
    page(3)
}

#[tokio::test]
async fn follows_the_cursor_across_three_pages() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses"))
        .and(query_param("page[size]", "100"))
        .respond_with(page(1))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses.json"))
        .and(query_param(
            "page[after]",
            "eyJvIjoiaWQiLCJ2IjoiYVJvQUFBQUFBQUFBIn0=",
        ))
        .respond_with(page(2))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses.json"))
        .and(query_param(
            "page[after]",
            "eyJvIjoiaWQiLCJ2IjoiYVJzQUFBQUFBQUFBIn0=",
        ))
        .respond_with(page(3))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server, api_token());
    let told = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = told.clone();
    client.on_pages(std::sync::Arc::new(move |what, pages, items| {
        log.lock().unwrap().push((what.to_string(), pages, items));
    }));
    let addresses = client.recipient_addresses().await.unwrap();
    let emails: Vec<_> = addresses.iter().map(|a| a.email.as_str()).collect();
    assert_eq!(
        emails,
        [
            "support@z3n-example.zendesk.com",
            "sales@z3n-example.zendesk.com",
            "help@good.zd.test",
            "billing@good.zd.test"
        ]
    );
    assert_eq!(addresses[3].forwarding_status, VerificationStatus::Waiting);
    // Each page is told as it arrives, for a person watching a long listing.
    let told = told.lock().unwrap().clone();
    let pages: Vec<(usize, usize)> = told.iter().map(|(_, p, i)| (*p, *i)).collect();
    assert_eq!(pages, [(1, 2), (2, 3), (3, 4)], "{told:?}");
    assert!(
        told.iter()
            .all(|(what, _, _)| what == "the support addresses")
    );
    // The links name the real host; every page was still asked of the configured one.
    assert_eq!(client.requests(), 3);
    // A second read comes from the run's cache.
    client.recipient_addresses().await.unwrap();
    assert_eq!(client.requests(), 3);
}

#[tokio::test]
async fn waits_retry_after_on_429_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses"))
        .respond_with(addresses_ok())
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let addresses = client(&server, api_token())
        .recipient_addresses()
        .await
        .unwrap();
    assert_eq!(addresses.len(), 1);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "did not wait Retry-After: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn retries_5xx_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses"))
        .respond_with(addresses_ok())
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server, api_token());
    assert_eq!(client.recipient_addresses().await.unwrap().len(), 1);
    assert_eq!(client.requests(), 3);
}

#[tokio::test]
async fn gives_up_after_the_last_5xx() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses"))
        .respond_with(ResponseTemplate::new(502))
        .expect(3)
        .mount(&server)
        .await;
    let error = client(&server, api_token())
        .recipient_addresses()
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::Server);
    assert!(
        error.message.contains("502") && error.message.contains("3 tries"),
        "{error}"
    );
}

#[tokio::test]
async fn timeouts_are_retried() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/targets"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/targets"))
        .respond_with(json_file("zendesk/broken/targets.json"))
        .mount(&server)
        .await;
    let mut config = ApiConfig::new(server.uri().parse().unwrap(), api_token());
    config.retry.base_delay = Duration::from_millis(10);
    config.timeout = Duration::from_millis(500);
    let client = Client::new(config).unwrap();
    assert!(!client.targets().await.unwrap().is_empty());
    assert_eq!(client.requests(), 2);
}

#[tokio::test]
async fn unauthorized_names_token_access() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_raw(
            r#"{"error":"Couldn't authenticate you"}"#,
            "application/json",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let error = client(&server, api_token())
        .recipient_addresses()
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::Unauthorized);
    for part in [
        "401",
        "agent@good.zd.test",
        "token access is enabled",
        "Admin Center > Apps and integrations > APIs > Zendesk API",
        "Couldn't authenticate you",
    ] {
        assert!(error.message.contains(part), "{part}: {error}");
    }
    assert!(!error.message.contains(TOKEN));
}

#[tokio::test]
async fn forbidden_names_the_missing_permission() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(403).set_body_raw(
            r#"{"error":"Forbidden","description":"You do not have access to this page. Please contact the account owner of this help desk for further help."}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let client = client(&server, api_token());
    let error = client.account_settings().await.unwrap_err();
    assert_eq!(error.kind, ErrorKind::Forbidden);
    assert!(
        error.message.contains("403") && error.message.contains("agent without admin rights"),
        "{error}"
    );
    let error = client.targets().await.unwrap_err();
    assert!(error.message.contains("cannot see targets"), "{error}");
    let error = client
        .verify_recipient_address(1, VerifyKind::Forwarding)
        .await
        .unwrap_err();
    assert!(error.message.contains("manage channels"), "{error}");
}

#[tokio::test]
async fn not_found_names_the_subdomain() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let error = client(&server, api_token())
        .recipient_addresses()
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::NotFound);
    assert!(error.message.contains("check the subdomain"), "{error}");
}

#[tokio::test]
async fn malformed_json_is_a_clear_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/recipient_addresses"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"recipient_addresses": [{"id": "#, "application/json"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/triggers"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"triggers": [{"title": "no id"}]}"#, "application/json"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/targets"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("<html>", "text/html"))
        .mount(&server)
        .await;
    let client = client(&server, api_token());
    let error = client.recipient_addresses().await.unwrap_err();
    assert_eq!(error.kind, ErrorKind::Decode);
    assert!(error.message.contains("not the JSON expected"), "{error}");
    let error = client.triggers().await.unwrap_err();
    assert_eq!(error.kind, ErrorKind::Decode);
    assert!(error.message.contains("id"), "{error}");
    assert_eq!(client.targets().await.unwrap_err().kind, ErrorKind::Decode);
}

#[tokio::test]
async fn api_token_is_sent_as_basic_and_oauth_as_bearer() {
    let server = MockServer::start().await;
    // base64("agent@good.zd.test/token:zdtok-3f9a1c77e2b54d0c")
    let basic = "Basic YWdlbnRAZ29vZC56ZC50ZXN0L3Rva2VuOnpkdG9rLTNmOWExYzc3ZTJiNTRkMGM=";
    Mock::given(method("GET"))
        .and(path("/api/v2/targets"))
        .and(header("authorization", basic))
        .respond_with(json_file("zendesk/broken/targets.json"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/groups"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(json_file("zendesk/broken/groups.json"))
        .expect(1)
        .mount(&server)
        .await;
    client(&server, api_token()).targets().await.unwrap();
    let oauth = Auth::OAuth {
        token: Token::new(TOKEN).unwrap(),
    };
    client(&server, oauth).groups().await.unwrap();
}

#[tokio::test]
async fn triggers_ask_for_usage_and_fall_back_without_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/triggers"))
        .and(query_param("include", "usage_24h"))
        .respond_with(ResponseTemplate::new(403))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/triggers"))
        .respond_with(json_file("zendesk/healthy/triggers.json"))
        .expect(1)
        .mount(&server)
        .await;
    let triggers = client(&server, api_token()).triggers().await.unwrap();
    assert!(!triggers.is_empty());
}

#[tokio::test]
async fn verify_puts_the_type() {
    let server = MockServer::start().await;
    for kind in ["forwarding", "spf", "dns"] {
        Mock::given(method("PUT"))
            .and(path("/api/v2/recipient_addresses/42/verify"))
            .and(body_json(serde_json::json!({"type": kind})))
            .respond_with(ResponseTemplate::new(200).set_body_raw("null", "application/json"))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server, api_token());
    for kind in VerifyKind::ALL {
        client.verify_recipient_address(42, kind).await.unwrap();
    }
}

#[tokio::test]
async fn export_round_trips_and_holds_no_token() {
    let server = MockServer::start().await;
    crate::support::zendesk::mount_dir(&server, &fixture("zendesk/broken")).await;
    let client = client(&server, api_token());
    let dir = tempfile::tempdir().unwrap();
    let written = zdiag::zendesk::export::write(&client, dir.path())
        .await
        .unwrap();
    assert!(written.iter().all(|w| w.outcome.is_ok()), "{written:?}");
    for endpoint in Endpoint::ALL {
        let text = std::fs::read_to_string(dir.path().join(endpoint.file())).unwrap();
        assert!(!text.contains(TOKEN));
    }
    let offline = Client::from_export(dir.path()).unwrap();
    assert!(offline.is_offline());
    assert_eq!(
        offline.triggers().await.unwrap().len(),
        client.triggers().await.unwrap().len()
    );
    let error = offline
        .verify_recipient_address(1, VerifyKind::Spf)
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::ReadOnly);
}

#[test]
fn debug_never_shows_the_token() {
    let config = ApiConfig::new("https://acme.zendesk.com".parse().unwrap(), api_token());
    let text = format!("{config:?} {:?}", Client::new(config.clone()).unwrap());
    assert!(!text.contains(TOKEN), "{text}");
    assert!(text.contains("[redacted]"));
}

/// Every request carries the Accept header and the user agent.
#[tokio::test]
async fn requests_say_who_they_are() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(addresses_ok())
        .mount(&server)
        .await;
    client(&server, api_token())
        .recipient_addresses()
        .await
        .unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    let agent = requests[0]
        .headers
        .get("user-agent")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(agent.starts_with("zdiag/"));
    assert_eq!(
        requests[0].headers.get("accept").unwrap(),
        "application/json"
    );
}
