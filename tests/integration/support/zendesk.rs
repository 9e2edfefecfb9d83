//! A Zendesk API on loopback (wiremock) serving fixture directories, and the binary run against it.
//!
//! A fixture directory has the layout `zdiag export` writes: one JSON body per endpoint
//! (`recipient_addresses.json`, `triggers.json`, ...), shaped like the real API's. The
//! mock server runs on its own thread (wiremock's), so a test can block on the binary.

#![allow(dead_code)]

use std::path::Path;
use std::process::Output;

use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use zdiag::zendesk::Endpoint;

/// The token every test uses: tests grep outputs for it.
pub const TOKEN: &str = "zdtok-3f9a1c77e2b54d0c";
pub const EMAIL: &str = "agent@good.zd.test";

/// Serve each endpoint's file of `dir` (GET, any query), for as long as the server lives.
pub async fn mount_dir(server: &MockServer, dir: &Path) {
    for endpoint in Endpoint::ALL {
        let file = dir.join(endpoint.file());
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        Mock::given(method("GET"))
            .and(path(endpoint.path()))
            .respond_with(ResponseTemplate::new(200).set_body_raw(bytes, "application/json"))
            .with_priority(10)
            .mount(server)
            .await;
    }
}

/// A mock Zendesk for tests that run the binary.
pub struct ZendeskMock {
    pub runtime: tokio::runtime::Runtime,
    pub server: MockServer,
}

impl ZendeskMock {
    /// Serve a fixture directory under `tests/fixtures/zendesk/`.
    pub fn serving(scenario: &str) -> ZendeskMock {
        let mock = ZendeskMock::empty();
        let dir = super::fixture(&format!("zendesk/{scenario}"));
        mock.runtime.block_on(mount_dir(&mock.server, &dir));
        mock
    }

    pub fn empty() -> ZendeskMock {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let server = runtime.block_on(MockServer::start());
        ZendeskMock { runtime, server }
    }

    pub fn mount(&self, mock: Mock) {
        self.runtime.block_on(mock.mount(&self.server));
    }

    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// Requests received so far: (method, path).
    pub fn requests(&self) -> Vec<(String, String)> {
        self.runtime
            .block_on(self.server.received_requests())
            .unwrap_or_default()
            .iter()
            .map(|r| (r.method.to_string(), r.url.path().to_string()))
            .collect()
    }
}

/// The binary with a clean Zendesk environment (nothing inherited from the developer's shell).
pub fn command() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("zdiag"));
    for var in [
        "ZENDESK_SUBDOMAIN",
        "ZENDESK_EMAIL",
        "ZENDESK_API_TOKEN",
        "ZENDESK_OAUTH_TOKEN",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1")
        .env("ZDIAG_LANG", "en")
        .env("ZDIAG_ZENDESK_BACKOFF_MS", "5")
        .env("ZDIAG_ZENDESK_POLL_MS", "20");
    cmd
}

/// The binary pointed at `mock` with API-token credentials.
pub fn with_api(mock: &ZendeskMock) -> std::process::Command {
    let mut cmd = command();
    cmd.args(["--zendesk-url", &mock.uri()])
        .env("ZENDESK_SUBDOMAIN", "z3n-example")
        .env("ZENDESK_EMAIL", EMAIL)
        .env("ZENDESK_API_TOKEN", TOKEN);
    cmd
}

/// Run with `--format json`: exit code and the one JSON document of stdout.
pub fn json_of(mut cmd: std::process::Command, args: &[&str]) -> (i32, Value, Output) {
    let output = cmd
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("run zdiag");
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "stdout of zdiag {args:?} is not one JSON document ({e}):\n{stdout}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output.status.code().expect("exit code"), report, output)
}

/// Findings with this code.
pub fn findings<'a>(report: &'a Value, code: &str) -> Vec<&'a Value> {
    report["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["findings"].as_array().into_iter().flatten())
        .filter(|f| f["code"] == code)
        .collect()
}

/// A date `days` before now, as Zendesk writes dates (`2024-09-06T18:52:11Z`).
pub fn days_ago(days: i64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64;
    zdiag::checks::suspended::when::rfc3339(now - days * 86_400)
}
