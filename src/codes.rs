//! The registry of every finding code zdiag can emit, for `zdiag explain`.
//!
//! Each family declares its codes beside its check (`checks/<name>/diags.rs`,
//! `walks/diags.rs`); the report layer knows none of them. This module sits
//! above checks and walks so that one list holds every family.

use crate::checks::{
    api, bounce, dkim, dmarc, forwarding, inbound, mx, recipient, spf, suspended, targets, ticket,
    triggers, undelivered,
};
use crate::report::Code;
use crate::walks;

/// The checks' families, in documentation order.
const CHECK_FAMILIES: &[&[Code]] = &[
    spf::diags::CODES,
    api::diags::CODES,
    triggers::diags::CODES,
    targets::diags::CODES,
    forwarding::diags::CODES,
    dkim::diags::CODES,
    mx::diags::CODES,
    dmarc::diags::CODES,
    recipient::diags::CODES,
    bounce::diags::CODES,
    suspended::diags::CODES,
    inbound::diags::CODES,
    ticket::diags::CODES,
    undelivered::diags::CODES,
];

/// The walks' own codes (a walk's codes may share its checks' prefix: `outbound-`).
const WALK_FAMILIES: &[&[Code]] = &[walks::diags::CODES];

fn families() -> impl Iterator<Item = &'static [Code]> {
    CHECK_FAMILIES.iter().chain(WALK_FAMILIES).copied()
}

/// Every code, in documentation order (`zdiag explain --list`).
pub fn all() -> Vec<Code> {
    families()
        .flat_map(|family| family.iter().copied())
        .collect()
}

/// Look a code up by its kebab-case name.
pub fn parse(name: &str) -> Option<Code> {
    all().into_iter().find(|code| code.as_str() == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::path::Path;

    #[test]
    fn codes_are_unique_kebab_case_and_documented() {
        let mut seen = HashSet::new();
        for code in all() {
            let name = code.as_str();
            assert!(seen.insert(name), "duplicate code {name}");
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name} is not kebab-case"
            );
            let doc = code.doc();
            assert!(
                !doc.title.is_empty() && doc.meaning.len() > 40,
                "{name} is not documented"
            );
            // Documented in every language: its title, meaning and fix.
            for lang in crate::i18n::Lang::ALL {
                for part in ["", ".meaning", ".fix"] {
                    assert!(
                        crate::i18n::has(lang, &format!("{name}{part}")),
                        "{name}{part} is not in the {} catalogue",
                        lang.as_str()
                    );
                }
            }
            assert_eq!(parse(name), Some(code));
        }
    }

    #[test]
    fn a_family_shares_one_prefix_and_no_check_family_takes_another_ones() {
        let prefix = |family: &[Code]| {
            let first = family.first().expect("a family declares codes").as_str();
            first.split('-').next().unwrap_or_default().to_string()
        };
        for family in families() {
            let prefix = format!("{}-", prefix(family));
            for code in family {
                assert!(
                    code.as_str().starts_with(&prefix),
                    "{code:?} is not in the {prefix} family"
                );
            }
        }
        let mut seen = HashSet::new();
        for family in CHECK_FAMILIES {
            let prefix = prefix(family);
            assert!(
                seen.insert(prefix.clone()),
                "two check families use {prefix}-"
            );
        }
    }

    /// The lines that invoke the macro in every `.rs` file under `dir`.
    fn invocations(dir: &Path) -> usize {
        let mut count = 0;
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                count += invocations(&path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                count += text
                    .lines()
                    .filter(|line| line.trim_start().starts_with("codes! {"))
                    .count();
            }
        }
        count
    }

    #[test]
    fn every_declared_family_is_registered() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        assert_eq!(
            families().count(),
            invocations(&src),
            "a `codes!` block is not registered in CHECK_FAMILIES or WALK_FAMILIES"
        );
    }
}
