//! `zdiag bounce` end to end: one message, an mbox, a folder, JSONL, summaries, errors.

use crate::support::cli::{codes_of, finding, fixture, run_json};

fn eml(name: &str) -> String {
    fixture("bounces/eml").join(name).display().to_string()
}

#[test]
fn a_hard_bounce_fails_with_every_field() {
    let (code, report) = run_json(&["bounce", &eml("lhost-postfix-13.eml")]);
    assert_eq!(code, 1, "{report:#}");
    let f = finding(&report, "bounce-user-unknown");
    assert_eq!(f["status"], "fail");
    for key in [
        "recipient",
        "action",
        "status",
        "reply_code",
        "remote_mta",
        "diagnostic",
        "smtp_command",
        "reason",
        "hard_or_soft",
        "permanence",
        "category",
        "original_message_id",
        "original_subject",
        "original_from",
        "original_to",
    ] {
        assert!(f["evidence"].get(key).is_some(), "{key} missing in {f:#}");
    }
    assert_eq!(f["evidence"]["hard_or_soft"], "hard");
}

#[test]
fn a_soft_bounce_warns_and_exits_zero() {
    let (code, report) = run_json(&["bounce", &eml("lhost-amazonses-03.eml")]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(finding(&report, "bounce-mailbox-full")["status"], "warn");
}

#[test]
fn ordinary_mail_is_not_a_bounce() {
    let path = fixture("bounces/not-bounce/is-not-bounce-01.eml");
    let (code, report) = run_json(&["bounce", &path.display().to_string()]);
    assert_eq!(code, 0);
    assert_eq!(
        codes_of(&report).into_iter().collect::<Vec<_>>(),
        vec!["bounce-not-a-bounce".to_string()]
    );
}

#[test]
fn the_mbox_reader_finds_37_bounces() {
    let path = fixture("bounces/mbox/mbox-0").display().to_string();
    let (_, report) = run_json(&["bounce", &path, "--summary", "--sent", "1000"]);
    let summary = finding(&report, "bounce-summary");
    assert_eq!(summary["evidence"]["messages"], 37, "{summary:#}");
    assert_eq!(summary["evidence"]["bounces"], 37, "{summary:#}");
    assert_eq!(finding(&report, "bounce-rate")["evidence"]["sent"], 1000);
}

#[test]
fn jsonl_streams_one_line_per_recipient() {
    let path = fixture("bounces/mbox/mbox-0").display().to_string();
    let output = crate::support::zdiag()
        .args(["bounce", &path, "--format", "jsonl"])
        .output()
        .expect("run zdiag");
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 37);
    assert!(
        lines
            .iter()
            .all(|l| l["code"].as_str().unwrap().starts_with("bounce-"))
    );
    assert_eq!(output.status.code(), Some(1), "hard bounces in the mbox");
}

#[test]
fn a_folder_is_read_recursively() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cur = dir.path().join("Maildir/cur");
    std::fs::create_dir_all(&cur).unwrap();
    for name in ["lhost-postfix-13.eml", "lhost-qmail-01.eml"] {
        std::fs::copy(eml(name), cur.join(name)).unwrap();
    }
    let (_, report) = run_json(&["bounce", &dir.path().display().to_string()]);
    assert_eq!(report["steps"].as_array().unwrap().len(), 2, "{report:#}");
}

#[test]
fn an_unreadable_file_is_a_usage_error_naming_it() {
    let (code, report) = run_json(&["bounce", "/no/such/file.eml"]);
    assert_eq!(code, 2);
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .contains("/no/such/file.eml")
    );
}

#[test]
fn explain_documents_every_bounce_code() {
    for category in zdiag::bounce::Category::ALL {
        let code = zdiag::checks::bounce::code_of(category);
        let output = crate::support::zdiag()
            .args(["explain", code.as_str()])
            .output()
            .expect("run zdiag");
        assert!(output.status.success(), "{}", code.as_str());
    }
    for code in [
        "bounce-not-a-bounce",
        "bounce-summary",
        "bounce-rate",
        "bounce-undecodable",
    ] {
        let output = crate::support::zdiag()
            .args(["explain", code])
            .output()
            .expect("run zdiag");
        assert!(output.status.success(), "{code}");
    }
}

/// `--summary` is what the person asked for: its counts show as aligned tables without
/// `-v`, numbers to the right.
#[test]
fn summary_counts_show_as_tables_by_default() {
    let mbox = crate::support::fixture("bounces/mbox/mbox-0");
    let output = crate::support::zdiag()
        .args(["bounce", "--summary", "--color", "never"])
        .arg(&mbox)
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim() == "by_reason:")
        .expect("the reasons table");
    let userunknown = lines[at + 1..]
        .iter()
        .find(|l| l.trim_start().starts_with("userunknown"))
        .expect("a userunknown row");
    assert!(userunknown.trim_end().ends_with(" 19"), "{text}");
    // Rows of one table line up: the counts end in the same column.
    let ends: Vec<usize> = lines[at + 1..]
        .iter()
        .take_while(|l| l.starts_with("           "))
        .map(|l| l.trim_end().len())
        .collect();
    assert!(
        ends.len() > 3 && ends.windows(2).all(|w| w[0] == w[1]),
        "{text}"
    );
    assert!(text.contains("hard_bounce_addresses:"));
    // Its scalar counts stay in the message, not repeated beneath it.
    assert!(!text.contains("failed_recipients:"), "{text}");
}

/// The fixture bounces as one mbox (`From ` lines escaped), in a temporary folder.
fn fixture_mbox(dir: &std::path::Path) -> String {
    let mut files: Vec<_> = std::fs::read_dir(fixture("bounces/eml"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut mbox = Vec::new();
    for file in files {
        mbox.extend_from_slice(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2025\n");
        let message = std::fs::read(file).unwrap();
        for line in message.split_inclusive(|&b| b == b'\n') {
            let quotes = line.iter().take_while(|&&b| b == b'>').count();
            if line[quotes..].starts_with(b"From ") {
                mbox.push(b'>');
            }
            mbox.extend_from_slice(line);
        }
        if !mbox.ends_with(b"\n") {
            mbox.push(b'\n');
        }
        mbox.push(b'\n');
    }
    let path = dir.join("bounces.mbox");
    std::fs::write(&path, mbox).unwrap();
    path.display().to_string()
}

/// `zdiag bounce ARGS`: exit code and stdout, bytes as written.
fn bounce_output(args: &[&str]) -> (Option<i32>, Vec<u8>) {
    let output = crate::support::zdiag()
        .arg("bounce")
        .args(args)
        .args(["--color", "never"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run zdiag");
    (output.status.code(), output.stdout)
}

/// Decoding on two threads changes nothing in the output: not the order, not a byte.
#[test]
fn two_jobs_write_exactly_what_one_job_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = fixture("bounces/eml").display().to_string();
    let mbox = fixture_mbox(dir.path());
    for input in [&folder, &mbox] {
        for format in [
            &["--format", "jsonl"][..],
            &["--format", "json"],
            &["--format", "human"],
            &["--summary", "--format", "jsonl"],
            &["--summary", "--format", "json"],
            &["--summary", "--format", "human", "--sent", "5000"],
        ] {
            let run = |jobs: &str| {
                let mut args = vec![input.as_str(), "--jobs", jobs];
                args.extend_from_slice(format);
                bounce_output(&args)
            };
            let (one_code, one) = run("1");
            let (two_code, two) = run("2");
            assert!(one.len() > 1000, "{input} {format:?}: little output");
            assert_eq!(one_code, two_code, "{input} {format:?}");
            assert!(
                one == two,
                "{input} {format:?}: --jobs 2 differs from --jobs 1\n--- jobs 1\n{}\n--- jobs 2\n{}",
                String::from_utf8_lossy(&one),
                String::from_utf8_lossy(&two)
            );
        }
    }
}

#[test]
fn jobs_out_of_range_is_a_usage_error() {
    for jobs in ["0", "1025", "-1", "two"] {
        let (code, _) = bounce_output(&[&eml("lhost-postfix-13.eml"), "--jobs", jobs]);
        assert_eq!(code, Some(2), "--jobs {jobs}");
    }
}
