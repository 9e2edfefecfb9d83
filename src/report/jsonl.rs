//! `--format jsonl`: one JSON object per finding, one per line, for pipelines.
//! Each line carries its step (id, target) and the finding; a report with no
//! finding (a usage error) is one line with the error.

use serde_json::{Value, json};

use super::Report;

/// Newline-terminated lines, one per finding.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    if let Some(error) = &report.error {
        let line =
            json!({"command": report.command, "error": error, "exit_code": report.exit_code});
        out.push_str(&line.to_string());
        out.push('\n');
        return out;
    }
    for step in &report.steps {
        for finding in &step.findings {
            let mut line = json!({
                "command": report.command,
                "step": step.id,
                "target": step.target,
            });
            if let (Value::Object(map), Ok(Value::Object(f))) =
                (&mut line, serde_json::to_value(finding))
            {
                map.extend(f);
            }
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    out
}
