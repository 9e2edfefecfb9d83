//! `--lang fr`: the procedure in the words of Zendesk's French help centre, the
//! language chosen from the flag, ZDIAG_LANG or the locale, and JSON codes that never
//! change with it.

use std::collections::BTreeSet;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

use crate::support::{codes_of, fixture};

/// The binary with no language set from the developer's shell.
fn zdiag() -> assert_cmd::Command {
    let mut command = cargo_bin_cmd!("zdiag");
    for name in ["ZDIAG_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.env("NO_COLOR", "1");
    command
}

fn quick_start(extra: &[&str]) -> assert_cmd::Command {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/zones");
    let mut command = zdiag();
    command
        .args(["outbound", "example.com", "--offline", "--zone"])
        .arg(&examples)
        .args(extra);
    command
}

fn seed_titles() -> Vec<String> {
    std::fs::read_to_string(fixture("seeds/zendesk-email-troubleshooting-fr.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn json(mut command: assert_cmd::Command) -> Value {
    let output = command.args(["--format", "json"]).output().unwrap();
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {output:?}"))
}

fn titles(report: &Value) -> Vec<String> {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_outbound_steps_carry_zendesks_french_titles_verbatim() {
    let report = json(quick_start(&["--lang", "fr"]));
    assert_eq!(report["lang"], "fr");
    assert_eq!(titles(&report), seed_titles()[..5]);
    let text = quick_start(&["--lang", "fr"]).output().unwrap().stdout;
    let text = String::from_utf8(text).unwrap();
    for title in &seed_titles()[..5] {
        assert!(text.contains(title.as_str()), "{title} missing:\n{text}");
    }
    insta::assert_snapshot!("quick_start_fr", text);
}

#[test]
fn the_inbound_steps_carry_zendesks_french_titles_verbatim() {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/zones");
    let mut command = zdiag();
    command
        .args(["inbound", "support@example.com", "--offline", "--zone"])
        .arg(&examples)
        .args(["--lang", "fr"]);
    assert_eq!(titles(&json(command)), seed_titles()[5..]);
}

#[test]
fn json_codes_statuses_and_evidence_keys_do_not_change_with_the_language() {
    let (en, fr) = (
        json(quick_start(&["--lang", "en"])),
        json(quick_start(&["--lang", "fr"])),
    );
    assert_eq!(en["lang"], "en");
    assert_eq!(codes_of(&en), codes_of(&fr));
    let shape = |report: &Value| -> Vec<(String, String, BTreeSet<String>)> {
        report["steps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["findings"].as_array().unwrap())
            .map(|f| {
                (
                    f["code"].as_str().unwrap().to_string(),
                    f["status"].as_str().unwrap().to_string(),
                    f["evidence"].as_object().unwrap().keys().cloned().collect(),
                )
            })
            .collect()
    };
    assert_eq!(shape(&en), shape(&fr));
    assert_eq!(en["exit_code"], fr["exit_code"]);
    assert_ne!(en["summary"]["verdict"], fr["summary"]["verdict"]);
}

#[test]
fn explain_speaks_the_locales_language() {
    let explain = |lang: &str| {
        let output = zdiag()
            .args(["explain", "spf-include-nested"])
            .env("LANG", lang)
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let french = explain("fr_FR.UTF-8");
    let english = explain("de_DE.UTF-8");
    assert!(english.contains("Fix:"), "{english}");
    assert!(french.contains("Correctif :"), "{french}");
    assert_ne!(french, english);
    assert!(french.starts_with("spf-include-nested: "));
    // ZDIAG_LANG, then --lang, win over the locale.
    let output = zdiag()
        .args(["explain", "spf-include-nested", "--lang", "en"])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), english);
    let output = zdiag()
        .args(["explain", "spf-include-nested"])
        .env("LANG", "de_DE.UTF-8")
        .env("ZDIAG_LANG", "fr")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), french);
}

#[test]
fn errors_speak_french_in_the_same_form() {
    let output = zdiag()
        .args(["spf", "bad..domain", "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("zdiag: domain 'bad..domain': ce n’est pas un nom de domaine"),
        "{stderr}"
    );
}
