use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Every message and attribute of a catalogue file, with the variables it uses.
fn keys(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    let mut keys = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            if let Some(value) = &message.value {
                keys.insert(id.clone(), variables(value));
            }
            for attribute in &message.attributes {
                keys.insert(
                    format!("{id}.{}", attribute.id.name),
                    variables(&attribute.value),
                );
            }
        }
    }
    keys
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

#[test]
fn both_catalogues_have_every_key_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for (family, en, fr) in FILES {
        let (en, fr) = (keys(en), keys(fr));
        for (key, vars) in &en {
            match fr.get(key) {
                None => problems.push(format!("fr/{family}.ftl lacks {key}")),
                Some(fr_vars) if fr_vars != vars => problems.push(format!(
                    "{family}.ftl {key}: en uses {vars:?}, fr {fr_vars:?}"
                )),
                Some(_) => {}
            }
        }
        for key in fr.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!(
                "fr/{family}.ftl has {key}, which en/{family}.ftl lacks"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_key_the_code_asks_for_is_in_the_english_catalogue() {
    let mut missing = Vec::new();
    let mut files = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (at, _) in text.match_indices("t!(\"") {
            // `format!("` ends the same way: only the macro itself counts.
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + 4..];
            let key = &rest[..rest.find('"').unwrap()];
            if !has(Lang::En, key) {
                missing.push(format!("{}: {key}", path.display()));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_language_is_the_flag_then_zdiag_lang_then_the_locale() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(
        Lang::choose(Some(Lang::En), &env(&[("LANG", "fr_FR.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::choose(None, &env(&[("LANG", "fr_FR.UTF-8")])),
        Lang::Fr
    );
    assert_eq!(
        Lang::choose(None, &env(&[("LANG", "de_DE.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::choose(None, &env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")])),
        Lang::En,
        "LC_ALL first"
    );
    assert_eq!(
        Lang::choose(
            None,
            &env(&[("LC_MESSAGES", "fr_CA.UTF-8"), ("LANG", "en_US")])
        ),
        Lang::Fr
    );
    assert_eq!(
        Lang::choose(
            None,
            &env(&[("ZDIAG_LANG", "fr"), ("LC_ALL", "en_US.UTF-8")])
        ),
        Lang::Fr
    );
    assert_eq!(Lang::choose(None, &env(&[])), Lang::En);
}

#[test]
fn arguments_fill_the_placeholders() {
    assert!(has(Lang::En, "spf-record-found"));
    assert!(has(Lang::En, "spf-record-found.meaning"));
    assert!(!has(Lang::En, "no-such-message"));
    assert_eq!(tr("no-such-message", None), "no-such-message");
}
