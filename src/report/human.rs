//! `--format human`: steps in order, one line per finding, its fix beneath when something
//! is wrong (and with `-v` its evidence), verdict last.

use std::fmt::Write;

use colored::{ColoredString, Colorize};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};
use serde_json::Value;

use super::text::printable;
use super::{Report, Status, Step};
use crate::i18n::t;

/// How much a person is shown: the verdict only, the problems with their fixes, or
/// every finding's evidence as well.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    /// `-q`: the verdict line only.
    Quiet,
    /// Each step's status; a line per finding; the fix of each that is not pass or info.
    #[default]
    Normal,
    /// `-v`: every finding's evidence too.
    Verbose,
}

/// A status word in its colour. Whether colour is written at all is decided once per
/// run, before rendering, through `colored`'s global switch.
fn paint(status: Status, text: &str) -> ColoredString {
    match status {
        Status::Pass => text.green().bold(),
        Status::Info => text.cyan().bold(),
        Status::Skip => text.dimmed(),
        Status::Warn => text.yellow().bold(),
        Status::Fail => text.red().bold(),
        Status::Error => text.magenta().bold(),
    }
}

/// The label a person reads: "could not check" rather than "error".
fn label(status: Status) -> String {
    t!(match status {
        Status::Pass => "core-label-pass",
        Status::Info => "core-label-info",
        Status::Skip => "core-label-skip",
        Status::Warn => "core-label-warn",
        Status::Fail => "core-label-fail",
        Status::Error => "core-label-error",
    })
}

pub fn render(report: &Report, detail: Detail) -> String {
    let mut out = String::new();
    if let Some(error) = &report.error {
        let _ = writeln!(out, "zdiag {}: {}", report.command, printable(error));
        return out;
    }
    if detail != Detail::Quiet {
        for step in &report.steps {
            write_step(&mut out, step, detail);
        }
    }
    let _ = writeln!(
        out,
        "{} {} {}",
        t!("core-verdict"),
        paint(report.status, &label(report.status)),
        printable(&report.summary.verdict)
    );
    out
}

fn write_step(out: &mut String, step: &Step, detail: Detail) {
    let heading = match &step.target {
        Some(target) => format!("{} · {}", step.title, printable(target)),
        None => step.title.clone(),
    };
    let _ = writeln!(
        out,
        "{heading}  {}",
        paint(step.status, &label(step.status))
    );
    for finding in &step.findings {
        let _ = writeln!(
            out,
            "  {} {}  {}",
            paint(
                finding.status,
                &format!("{:<5}", short_label(finding.status))
            ),
            printable(&finding.message),
            format!("[{}]", finding.code.as_str()).dimmed()
        );
        let problem = !matches!(finding.status, Status::Pass | Status::Info);
        for (key, value) in finding.evidence.iter() {
            if detail == Detail::Verbose || finding.shown.contains(&key) {
                write_evidence(out, key, value, 8);
            }
        }
        if let Some(help) = finding
            .help
            .as_ref()
            .filter(|_| problem || detail == Detail::Verbose)
        {
            let _ = writeln!(out, "        {} {}", t!("core-fix"), printable(help));
        }
    }
    out.push('\n');
}

fn short_label(status: Status) -> String {
    match status {
        Status::Error => t!("core-label-error-short"),
        other => label(other),
    }
}

fn write_evidence(out: &mut String, key: &str, value: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    match value {
        Value::Array(items) if items.iter().all(is_scalar) => {
            let joined: Vec<String> = items.iter().map(|v| one_line(&scalar(v))).collect();
            let line = joined.join(", ");
            if line.len() <= 100 {
                let _ = writeln!(out, "{pad}{key}: {line}");
            } else {
                let _ = writeln!(out, "{pad}{key}:");
                for item in joined {
                    let _ = writeln!(out, "{pad}  - {item}");
                }
            }
        }
        Value::Array(items) if columns(items).is_some() => {
            let _ = writeln!(out, "{pad}{key}:");
            write_table(out, &rows_table(items), indent + 2);
        }
        Value::Array(items) => {
            let _ = writeln!(out, "{pad}{key}:");
            for item in items {
                let _ = writeln!(out, "{pad}  - {}", inline(item));
            }
        }
        Value::Object(map) if map.len() > 1 && map.values().all(is_scalar) => {
            let _ = writeln!(out, "{pad}{key}:");
            let mut table = plain_table();
            for (name, value) in map {
                table.add_row(vec![Cell::new(printable(name)), right(value)]);
            }
            write_table(out, &table, indent + 2);
        }
        Value::Object(map) => {
            let _ = writeln!(out, "{pad}{key}:");
            for (k, v) in map {
                write_evidence(out, &printable(k), v, indent + 2);
            }
        }
        scalar_value => {
            let text = scalar(scalar_value);
            let mut lines = text.lines();
            let first = lines.next().unwrap_or("");
            let _ = writeln!(out, "{pad}{key}: {first}");
            for line in lines {
                let _ = writeln!(out, "{pad}  {line}");
            }
        }
    }
}

/// The column names (every name any item has, in the order first seen) when every item
/// is an object of scalars (or of paths, lists of scalars): such a list reads best as a
/// table.
fn columns(items: &[Value]) -> Option<Vec<&String>> {
    if items.len() < 2 {
        return None;
    }
    let mut names: Vec<&String> = Vec::new();
    for item in items {
        let map = item.as_object()?;
        let cell =
            |v: &Value| is_scalar(v) || v.as_array().is_some_and(|l| l.iter().all(is_scalar));
        if !map.values().all(cell) {
            return None;
        }
        for name in map.keys() {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    Some(names)
}

fn rows_table(items: &[Value]) -> Table {
    let names = columns(items).expect("checked by the caller");
    let mut table = plain_table();
    table.set_header(names.iter().map(|name| Cell::new(printable(name))));
    for item in items {
        table.add_row(names.iter().map(|name| match item.get(name.as_str()) {
            Some(value) => right(value),
            None => Cell::new(""),
        }));
    }
    table
}

/// No borders: aligned columns that read the same on a terminal, in a file or a pipe.
/// On a terminal the table fits its width.
fn plain_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(comfy_table::presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table
}

/// A value in a cell: numbers aligned to the right, like a person compares them.
fn right(value: &Value) -> Cell {
    let cell = Cell::new(inline(value));
    if value.is_number() {
        cell.set_alignment(CellAlignment::Right)
    } else {
        cell
    }
}

fn write_table(out: &mut String, table: &Table, indent: usize) {
    let pad = " ".repeat(indent);
    for line in table.lines() {
        let _ = writeln!(out, "{pad}{}", line.trim_end());
    }
}

fn is_scalar(value: &Value) -> bool {
    !matches!(value, Value::Array(_) | Value::Object(_))
}

/// A value as shown: strings with their control characters escaped, except line breaks,
/// which the callers that lay out several lines split on first.
fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s
            .split('\n')
            .map(|line| printable(line.strip_suffix('\r').unwrap_or(line)).into_owned())
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Null => "-".to_string(),
        other => other.to_string(),
    }
}

/// An object on one line: `key=value, key=value`.
fn inline(value: &Value) -> String {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| match v {
                Value::Array(items) => format!(
                    "{}={}",
                    printable(k),
                    items.iter().map(inline).collect::<Vec<_>>().join(" > ")
                ),
                other => format!("{}={}", printable(k), one_line(&scalar(other))),
            })
            .collect::<Vec<_>>()
            .join(", "),
        Value::Array(items) => items.iter().map(inline).collect::<Vec<_>>().join(" > "),
        other => one_line(&scalar(other)),
    }
}

/// A value shown within a line: its line breaks escaped too.
fn one_line(text: &str) -> String {
    text.replace('\n', "\\x0a")
}
