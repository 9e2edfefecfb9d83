//! How `zdiag explain` shows finding-code documentation, in each format.

use serde::Serialize;

use super::codes::Doc;
use crate::i18n::t;

/// A code and its title: one entry of `explain --list`.
#[derive(Serialize)]
struct Entry<'a> {
    code: &'a str,
    title: &'a str,
}

/// One code in full.
#[derive(Serialize)]
struct Full<'a> {
    code: &'a str,
    title: &'a str,
    meaning: &'a str,
    fix: &'a str,
}

fn entry(doc: &Doc) -> Entry<'_> {
    Entry {
        code: doc.code,
        title: &doc.title,
    }
}

fn full(doc: &Doc) -> Full<'_> {
    Full {
        code: doc.code,
        title: &doc.title,
        meaning: &doc.meaning,
        fix: &doc.fix,
    }
}

/// For people: aligned `code  title` lines, or one code's title, meaning and fix.
pub fn human(docs: &[Doc], list: bool) -> String {
    if list {
        let width = docs.iter().map(|d| d.code.len()).max().unwrap_or(0);
        return docs
            .iter()
            .map(|d| format!("{:<width$}  {}\n", d.code, d.title))
            .collect();
    }
    docs.iter()
        .map(|doc| {
            let mut text = format!("{}: {}\n\n{}\n", doc.code, doc.title, doc.meaning);
            if !doc.fix.is_empty() {
                text.push_str(&format!("\n{} {}\n", t!("core-explain-fix"), doc.fix));
            }
            text
        })
        .collect()
}

/// One JSON document: the list as an array, one code as an object.
pub fn json(docs: &[Doc], list: bool) -> String {
    let text = if list {
        serde_json::to_string_pretty(&docs.iter().map(entry).collect::<Vec<_>>())
    } else {
        match docs {
            [doc] => serde_json::to_string_pretty(&full(doc)),
            _ => serde_json::to_string_pretty(&docs.iter().map(full).collect::<Vec<_>>()),
        }
    };
    text.expect("documentation always serializes") + "\n"
}

/// One JSON object per line, one per code.
pub fn jsonl(docs: &[Doc], list: bool) -> String {
    docs.iter()
        .map(|doc| {
            let line = if list {
                serde_json::to_string(&entry(doc))
            } else {
                serde_json::to_string(&full(doc))
            };
            line.expect("documentation always serializes") + "\n"
        })
        .collect()
}
