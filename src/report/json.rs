//! `--format json`: the report as one JSON document (the contract is `Report`'s shape).

use super::Report;

/// Pretty-printed, newline-terminated.
pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report).expect("a report always serializes");
    text.push('\n');
    text
}
