//! A large account written as an export: N email targets and N triggers, each trigger
//! notifying one target, for the tests and the benchmark of joining the two lists.
//!
//! Self-contained, so a bench target can include it with
//! `#[path = "../tests/integration/support/large_account.rs"] mod large_account;`.

use std::path::Path;

use serde_json::json;

/// Target ids start here; every seventh target is inactive.
pub const FIRST_TARGET: usize = 1000;

/// Write the export files of an account with `n` targets and `n` triggers to `dir`.
pub fn write_account(dir: &Path, n: usize) {
    let targets: Vec<_> = (0..n)
        .map(|i| {
            json!({"id": FIRST_TARGET + i, "title": format!("Target {i}"), "type": "email_target",
                   "active": i % 7 != 0, "email": format!("desk{i}@partner.example.net"),
                   "subject": "{{ticket.title}}"})
        })
        .collect();
    let triggers: Vec<_> = (0..n)
        .map(|i| {
            json!({"id": 5000 + i, "title": format!("Escalate {i}"), "active": true,
                   "conditions": {"all": [{"field": "update_type", "operator": "is", "value": "Change"}], "any": []},
                   "actions": [{"field": "notification_target",
                                "value": [format!("{}", FIRST_TARGET + (i * 7919) % n), "Ticket {{ticket.id}} was updated."]}]})
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
