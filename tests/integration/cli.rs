//! The command line's contract: help text, explain, colour, exit codes on usage errors.

fn stdout_of(args: &[&str]) -> (i32, String) {
    let output = crate::support::zdiag()
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    (
        output.status.code().unwrap(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn help_is_pinned() {
    let (code, help) = stdout_of(&["--help"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("help", help);
    let (code, help) = stdout_of(&["spf", "--help"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("help_spf", help);
    let (code, help) = stdout_of(&["bounce", "--help"]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("help_bounce", help);
}

#[test]
fn help_shows_the_exit_codes() {
    let (_, help) = stdout_of(&["--help"]);
    assert!(help.contains(zdiag::cli::EXIT_CODES));
}

#[test]
fn explain_documents_every_code() {
    for code in zdiag::codes::all() {
        let (status, text) = stdout_of(&["explain", code.as_str()]);
        assert_eq!(status, 0, "{}", code.as_str());
        assert!(text.contains(&code.doc().meaning), "{}", code.as_str());
    }
    let (status, list) = stdout_of(&["explain", "--list"]);
    assert_eq!(status, 0);
    assert_eq!(list.lines().count(), zdiag::codes::all().len());
}

#[test]
fn explain_unknown_code_is_a_usage_error() {
    let output = crate::support::zdiag()
        .args(["explain", "spf-no-such-thing"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("spf-no-such-thing") && stderr.contains("--list"),
        "{stderr}"
    );
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let zones = crate::support::zones_dir();
    let args = [
        "spf",
        "nested.spf.test",
        "--zone",
        zones.to_str().unwrap(),
        "--offline",
    ];
    let always = crate::support::zdiag()
        .args(args)
        .args(["--color", "always"])
        .output()
        .unwrap();
    assert!(String::from_utf8(always.stdout).unwrap().contains("\x1b["));
    // Not a terminal: auto means no colour, and NO_COLOR is honoured anyway.
    let auto = crate::support::zdiag()
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8(auto.stdout).unwrap().contains('\x1b'));
}

#[test]
fn bad_flag_values_name_the_input() {
    let output = crate::support::zdiag()
        .args(["spf", "example.test", "--resolver", "not-an-ip"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("not-an-ip")
    );
    let output = crate::support::zdiag()
        .args(["spf", "example.test", "--timeout", "0"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

/// A command line that does not parse still answers a script that asked for JSON:
/// one document naming the subcommand, wherever `--format` stands before `--`.
#[test]
fn usage_errors_answer_in_the_format_asked() {
    let run = |args: &[&str]| {
        let output = crate::support::zdiag().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let document: serde_json::Value =
        serde_json::from_str(&run(&["--format", "json", "spf", "--bogus", "x"])).unwrap();
    assert_eq!(document["command"], "spf");
    assert_eq!(document["exit_code"], 2);
    assert!(document["error"].as_str().unwrap().contains("zdiag --help"));

    let document: serde_json::Value =
        serde_json::from_str(&run(&["dkim", "--bogus", "--format=json"])).unwrap();
    assert_eq!(document["command"], "dkim");

    let lines = run(&["spf", "--bogus", "--format", "jsonl"]);
    assert_eq!(lines.lines().count(), 1, "{lines}");
    let line: serde_json::Value = serde_json::from_str(lines.trim_end()).unwrap();
    assert_eq!(line["command"], "spf");
    assert_eq!(line["exit_code"], 2);

    // After `--` the words are file names: no JSON was asked for.
    assert_eq!(run(&["bounce", "--bogus", "--", "--format", "json"]), "");
}

#[test]
fn explain_answers_jsonl_with_one_line_per_code() {
    let (status, lines) = stdout_of(&["explain", "--list", "--format", "jsonl"]);
    assert_eq!(status, 0);
    assert_eq!(lines.lines().count(), zdiag::codes::all().len());
    for line in lines.lines() {
        let entry: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(entry["code"].is_string() && entry["title"].is_string());
    }
    let (_, line) = stdout_of(&["explain", "spf-record-found", "--format", "jsonl"]);
    assert_eq!(line.lines().count(), 1);
    let entry: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(entry["code"], "spf-record-found");
}

/// The README's quick start, as a person reads it.
fn quick_start(extra: &[&str], env: &[(&str, &str)]) -> String {
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/zones");
    let mut command = crate::support::zdiag();
    command
        .args(["outbound", "example.com", "--offline", "--zone"])
        .arg(&examples)
        .args(extra)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn colour_is_decided_by_the_flag_then_no_color_then_clicolor_force() {
    let coloured = |text: &str| text.contains('\x1b');
    // Not a terminal: no colour unless forced.
    assert!(!coloured(&quick_start(&[], &[])));
    assert!(coloured(&quick_start(&[], &[("CLICOLOR_FORCE", "1")])));
    assert!(!coloured(&quick_start(&[], &[("CLICOLOR_FORCE", "0")])));
    assert!(!coloured(&quick_start(
        &[],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    )));
    assert!(coloured(&quick_start(
        &["--color", "always"],
        &[("NO_COLOR", "1")]
    )));
    assert!(!coloured(&quick_start(
        &["--color", "never"],
        &[("CLICOLOR_FORCE", "1")]
    )));
}

#[test]
fn default_output_shows_problems_with_their_fix_and_no_evidence() {
    let text = quick_start(&[], &[]);
    // A passing finding: one line, no evidence beneath.
    assert!(text.contains("PASS  One SPF record"), "{text}");
    assert!(!text.contains("record: v=spf1"), "{text}");
    assert!(!text.contains("ranges:"), "{text}");
    // A problem: its line and its fix.
    let nested = text
        .find("[spf-include-nested]")
        .expect("the nested include");
    assert!(
        text[nested..]
            .lines()
            .nth(1)
            .unwrap()
            .trim_start()
            .starts_with("fix: ")
    );
    assert!(
        text.trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("Verdict: FAIL")
    );
    insta::assert_snapshot!("quick_start_default", text);
}

#[test]
fn verbose_output_shows_every_evidence_and_quiet_the_verdict_only() {
    let verbose = quick_start(&["-v"], &[]);
    assert!(verbose.contains("record: v=spf1"), "{verbose}");
    assert!(verbose.contains("ranges:"), "{verbose}");
    insta::assert_snapshot!("quick_start_verbose", verbose);
    let quiet = quick_start(&["-q"], &[]);
    assert_eq!(quiet.lines().count(), 1, "{quiet}");
    assert!(quiet.starts_with("Verdict: FAIL"), "{quiet}");
    // JSON does not change with either.
    let json = |flag: &str| {
        let text = quick_start(&[flag, "--format", "json"], &[]);
        let mut report: serde_json::Value = serde_json::from_str(&text).unwrap();
        report["tool"]["version"] = serde_json::Value::Null;
        report
    };
    assert_eq!(json("-v"), json("-q"));
}

#[test]
fn github_format_annotates_problems_and_appends_the_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let text = quick_start(
        &["--format", "github"],
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    let annotations: Vec<&str> = text.lines().filter(|l| l.starts_with("::")).collect();
    assert!(
        annotations.contains(&"::error title=dkim-zendesk-missing (example.com)::Neither zendesk1._domainkey.example.com nor zendesk2._domainkey.example.com exists: Zendesk signs your mail with its own domain, so DMARC cannot align through DKIM. Do not turn on \"Custom domain for DKIM\" before they exist: mail would fail delivery.%0Afix: Add the two CNAME records zendesk1._domainkey.example.com and zendesk2._domainkey.example.com pointing at zendesk1._domainkey.zendesk.com and zendesk2._domainkey.zendesk.com, then turn on \"Custom domain for DKIM\" in Admin Center."),
        "{text}"
    );
    assert!(
        annotations
            .iter()
            .any(|a| a.starts_with("::warning title=spf-include-nested (example.com)::")),
        "{text}"
    );
    // Passing, informational and skipped findings are not annotated.
    assert!(!text.contains("spf-record-found") && !text.contains("outbound-step-skipped"));
    assert_eq!(annotations.len(), 3, "{text}");
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("zdiag outbound: FAIL")
    );
    let markdown = std::fs::read_to_string(&summary).unwrap();
    assert!(markdown.starts_with("earlier step\n### zdiag outbound example.com: fail"));
    assert!(markdown.contains("| Step 4: Check your SPF record · example.com | fail |"));
    assert!(markdown.contains("- **fail** `dkim-zendesk-missing`"));
    insta::assert_snapshot!("quick_start_github", text);
}

#[test]
fn the_man_page_carries_the_exit_codes_and_the_environment() {
    let (status, page) = stdout_of(&["generate", "man"]);
    assert_eq!(status, 0);
    // roff: sections, then tagged paragraphs naming each code and variable.
    let section = |name: &str| {
        let start = page
            .find(&format!(".SH {name}\n"))
            .unwrap_or_else(|| panic!("no {name} section"));
        let rest = &page[start + 4..];
        rest[..rest.find("\n.SH ").unwrap_or(rest.len())].to_string()
    };
    for heading in ["NAME", "SYNOPSIS", "OPTIONS", "SUBCOMMANDS"] {
        section(heading);
    }
    // roff writes a hyphen as `\-`.
    let exit_status = section("\"EXIT STATUS\"").replace("\\-", "-");
    for row in zdiag::cli::EXIT_CODES.lines().skip(1) {
        let (code, text) = row.trim().split_once("  ").unwrap();
        assert!(
            exit_status.contains(&format!(".TP\n{code}\n{}", text.trim())),
            "{row}"
        );
    }
    let environment = section("ENVIRONMENT");
    for row in zdiag::cli::ENVIRONMENT.lines().skip(1) {
        let name = row.split_whitespace().next().unwrap();
        assert!(environment.contains(&format!(".TP\n{name}\n")), "{name}");
    }
    let (_, help) = stdout_of(&["--help"]);
    assert!(help.contains(zdiag::cli::ENVIRONMENT));
}

#[test]
fn completion_scripts_are_generated_and_bash_sources_its_own() {
    let (status, zsh) = stdout_of(&["generate", "completions", "zsh"]);
    assert_eq!(status, 0);
    assert!(zsh.starts_with("#compdef zdiag"), "{zsh}");
    let (status, bash) = stdout_of(&["generate", "completions", "bash"]);
    assert_eq!(status, 0);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("zdiag.bash");
    std::fs::write(&script, bash).unwrap();
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(r#"source "$1" && complete -p zdiag"#)
        .arg("bash")
        .arg(&script)
        .output()
        .expect("bash");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("zdiag"));
}

#[test]
fn no_arguments_print_the_help_with_what_each_command_answers() {
    let output = crate::support::zdiag().output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8_lossy(&output.stderr).into_owned()
        + &String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Commands:"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("outbound")
                && l.contains("Walk Zendesk's procedure")),
        "{text}"
    );
}

/// Progress is for a person watching a terminal: piped, stderr stays silent.
#[test]
fn no_progress_when_stderr_is_not_a_terminal() {
    let mbox = crate::support::fixture("bounces/mbox/mbox-0");
    for format in ["human", "json"] {
        let output = crate::support::zdiag()
            .args(["bounce", "--summary", "--format", format])
            .arg(&mbox)
            .output()
            .unwrap();
        assert!(output.stderr.is_empty(), "{format}: {:?}", output.stderr);
        assert!(!output.stdout.is_empty());
    }
}
