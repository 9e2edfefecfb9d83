//! Running the real binary and reading its JSON report.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::PathBuf;

use serde_json::Value;

use super::dns_server::TestDns;

/// The binary, in English whatever the developer's locale: the tests read its words.
pub fn zdiag() -> assert_cmd::Command {
    let mut command = assert_cmd::cargo::cargo_bin_cmd!("zdiag");
    command.env("ZDIAG_LANG", "en");
    command
}

/// A file under `tests/fixtures/`.
pub fn fixture(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}

/// The fixture zones every DNS scenario is served from.
pub fn zones_dir() -> PathBuf {
    fixture("zones")
}

/// The fixture zones, served on loopback.
pub fn server() -> TestDns {
    TestDns::from_dir(zones_dir())
}

/// `--resolver ADDR --timeout SECS`: the binary asks only the test server at `addr`, and a
/// server that never answers costs a test `secs` seconds, not the default.
pub fn resolver_args(addr: SocketAddr, secs: u32) -> [String; 4] {
    [
        "--resolver".into(),
        addr.to_string(),
        "--timeout".into(),
        secs.to_string(),
    ]
}

/// Run `zdiag ARGS --resolver ADDR --timeout SECS --format json` (see [`resolver_args`]).
pub fn run_json_at(addr: SocketAddr, secs: u32, args: &[&str]) -> (i32, Value) {
    let dns = resolver_args(addr, secs);
    let mut all = args.to_vec();
    all.extend(dns.iter().map(String::as_str));
    run_json(&all)
}

/// Run `zdiag ARGS --format json`; stdout must be exactly one JSON document.
pub fn run_json(args: &[&str]) -> (i32, Value) {
    let output = zdiag()
        .args(args)
        .args(["--format", "json"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run zdiag");
    let stdout = String::from_utf8(output.stdout).expect("utf-8 stdout");
    let report: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "stdout of zdiag {args:?} is not one JSON document ({e}):\n{stdout}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (output.status.code().expect("exit code"), report)
}

/// Every finding code in a report.
pub fn codes_of(report: &Value) -> BTreeSet<String> {
    all_findings(report)
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

fn all_findings(report: &Value) -> impl Iterator<Item = &Value> {
    report["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["findings"].as_array().into_iter().flatten())
}

/// The steps' titles, in report order.
pub fn step_titles(report: &Value) -> Vec<&str> {
    report["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| s["title"].as_str().unwrap())
        .collect()
}

/// The step with this id; panics with the report when there is none.
pub fn step<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no {id} step in {report:#}"))
}

/// The first finding with this code; panics with the report when there is none.
pub fn finding<'a>(report: &'a Value, code: &str) -> &'a Value {
    all_findings(report)
        .find(|f| f["code"] == code)
        .unwrap_or_else(|| panic!("no {code} finding in {report:#}"))
}
