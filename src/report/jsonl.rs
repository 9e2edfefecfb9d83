//! `--format jsonl`: one JSON object per finding, one per line, for pipelines.
//! Each line carries its step (id, target) and the finding; a report with no
//! finding (a usage error) is one line with the error.

use std::io::{self, Write};

use serde::Serialize;

use super::{Finding, Report, Step};

/// One line: the step's names, then the finding's fields.
#[derive(Serialize)]
struct Line<'a> {
    command: &'a str,
    step: &'a str,
    target: &'a Option<String>,
    #[serde(flatten)]
    finding: &'a Finding,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    command: &'a str,
    error: &'a str,
    exit_code: u8,
}

/// Write the report's lines, each serialised straight to `out` (no
/// intermediate JSON tree: bounce runs write millions of them).
pub fn write(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if let Some(error) = &report.error {
        let line = ErrorLine {
            command: &report.command,
            error,
            exit_code: report.exit_code,
        };
        serde_json::to_writer(&mut *out, &line)?;
        return out.write_all(b"\n");
    }
    for step in &report.steps {
        write_step(&report.command, step, out)?;
    }
    Ok(())
}

/// The lines of one step of `command`'s report: what [`write`] writes for it,
/// for a run that streams its steps without gathering them into a report.
pub fn write_step(command: &str, step: &Step, out: &mut impl Write) -> io::Result<()> {
    for finding in &step.findings {
        let line = Line {
            command,
            step: &step.id,
            target: &step.target,
            finding,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Newline-terminated lines, one per finding.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    write(report, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}
