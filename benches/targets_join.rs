//! How long `zdiag targets` takes on an account with N email targets and N triggers,
//! each trigger notifying one target: joining the two lists must grow about linearly.
//!
//! The account is written as an export (the API's own bodies) and read with
//! `--zendesk-export`, so the figures are the whole command: reading, joining, reporting.
//! Prints figures; asserts nothing. Run: `cargo bench --bench targets_join`.

#[path = "../tests/integration/support/large_account.rs"]
mod large_account;

use std::process::Command;
use std::time::Instant;

fn main() {
    let zdiag = env!("CARGO_BIN_EXE_zdiag");
    println!("zdiag targets: N email targets and N triggers, read from an export");
    println!("{:>8}  {:>9}  {:>8}", "N", "wall", "findings");
    for n in [1_000, 2_500, 5_000, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        large_account::write_account(dir.path(), n);
        let started = Instant::now();
        let output = Command::new(zdiag)
            .args(["targets", "--format", "json", "--zendesk-export"])
            .arg(dir.path())
            .output()
            .expect("run zdiag");
        let wall = started.elapsed();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
        let findings = report["steps"][0]["findings"]
            .as_array()
            .map_or(0, Vec::len);
        println!("{n:>8}  {:>7.3} s  {findings:>8}", wall.as_secs_f64());
    }
}
