//! How long `zdiag targets` takes on an account with N email targets and N triggers,
//! each trigger notifying one target: joining the two lists must grow about linearly.
//!
//! The account is written as an export (the API's own bodies) and read with
//! `--zendesk-export`, so the figures are the whole command: reading, joining, reporting.
//! Prints figures; asserts nothing. Run: `cargo bench --bench targets_join`.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::json;

fn write_account(dir: &Path, n: usize) {
    let targets: Vec<_> = (0..n)
        .map(|i| {
            json!({"id": 1000 + i, "title": format!("Target {i}"), "type": "email_target",
                   "active": i % 7 != 0, "email": format!("desk{i}@partner.example.net"),
                   "subject": "{{ticket.title}}"})
        })
        .collect();
    let triggers: Vec<_> = (0..n)
        .map(|i| {
            json!({"id": 5000 + i, "title": format!("Escalate {i}"), "active": true,
                   "conditions": {"all": [{"field": "update_type", "operator": "is", "value": "Change"}], "any": []},
                   "actions": [{"field": "notification_target",
                                "value": [format!("{}", 1000 + (i * 7919) % n), "Ticket {{ticket.id}} was updated."]}]})
        })
        .collect();
    let files = [
        ("targets.json", json!({"targets": targets})),
        ("triggers.json", json!({"triggers": triggers})),
        ("automations.json", json!({"automations": []})),
        (
            "recipient_addresses.json",
            json!({"recipient_addresses": [{"id": 1, "email": "support@example.com",
                   "forwarding_status": "verified", "spf_status": "verified", "cname_status": "verified"}]}),
        ),
    ];
    for (name, body) in files {
        std::fs::write(dir.join(name), serde_json::to_vec(&body).unwrap()).unwrap();
    }
}

fn main() {
    let zdiag = env!("CARGO_BIN_EXE_zdiag");
    println!("zdiag targets: N email targets and N triggers, read from an export");
    println!("{:>8}  {:>9}  {:>8}", "N", "wall", "findings");
    for n in [1_000, 2_500, 5_000, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        write_account(dir.path(), n);
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
