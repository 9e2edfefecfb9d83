//! `--format github`: GitHub Actions workflow commands. One annotation per warn, fail or
//! error finding (shown on the run and the pull request), the verdict as a plain line,
//! and a markdown summary of the steps for `$GITHUB_STEP_SUMMARY`.

use std::fmt::Write;

use super::text::printable;
use super::{Finding, Report, Status, Step};

/// The annotations and the verdict line, for stdout.
pub fn annotations(report: &Report) -> String {
    let mut out = String::new();
    for step in &report.steps {
        for finding in &step.findings {
            let level = match finding.status {
                Status::Warn => "warning",
                Status::Fail | Status::Error => "error",
                Status::Pass | Status::Info | Status::Skip => continue,
            };
            let mut message = printable(&finding.message).into_owned();
            if let Some(help) = &finding.help {
                let _ = write!(message, "\nfix: {}", printable(help));
            }
            let _ = writeln!(
                out,
                "::{level} title={}::{}",
                property(&title(step, finding)),
                data(&message)
            );
        }
    }
    let _ = writeln!(
        out,
        "zdiag {}: {} {}",
        report.command,
        report.status.as_str().to_uppercase(),
        printable(&report.summary.verdict)
    );
    out
}

/// The code, and the domain, address or file the step looked at.
fn title(step: &Step, finding: &Finding) -> String {
    match &step.target {
        Some(target) => format!("{} ({})", finding.code.as_str(), printable(target)),
        None => finding.code.as_str().to_string(),
    }
}

/// A markdown summary: the steps with their status, then each problem with its fix.
pub fn summary(report: &Report) -> String {
    let mut out = format!(
        "### zdiag {} {}: {}\n\n| step | status |\n| --- | --- |\n",
        report.command,
        cell(&report.target),
        report.status.as_str()
    );
    for step in &report.steps {
        let name = match &step.target {
            Some(target) => format!("{} · {}", step.title, target),
            None => step.title.clone(),
        };
        let _ = writeln!(out, "| {} | {} |", cell(&name), step.status.as_str());
    }
    let problems: Vec<&Finding> = report
        .steps
        .iter()
        .flat_map(|s| &s.findings)
        .filter(|f| f.status.severity() >= Status::Warn.severity())
        .collect();
    if !problems.is_empty() {
        out.push('\n');
    }
    for finding in problems {
        let _ = write!(
            out,
            "- **{}** `{}`: {}",
            finding.status.as_str(),
            finding.code.as_str(),
            cell(&finding.message)
        );
        if let Some(help) = &finding.help {
            let _ = write!(out, " Fix: {}", cell(help));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "\n**Verdict:** {}\n", cell(&report.summary.verdict));
    out
}

/// Text inside a table cell or list item: one line, no table breaks, nothing that acts
/// on a terminal.
fn cell(text: &str) -> String {
    printable(text).replace('|', "\\|")
}

/// A workflow command's message: `%`, CR and LF escaped, as the Actions toolkit does.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,`.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_text_is_escaped() {
        assert_eq!(data("100%\r\nnext"), "100%25%0D%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(cell("a|b\nc"), "a\\|b\\x0ac");
    }
}
