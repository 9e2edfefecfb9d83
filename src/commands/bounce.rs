//! `zdiag bounce`: read messages one at a time, decode, report.
//!
//! With `--format jsonl` each message's lines go out through the writer `main`
//! hands in as soon as it is decoded, so memory does not grow with the input.

use crate::i18n::t;
use std::io::Write;

use super::output::Output;
use super::setup::{fail_on, progress};
use crate::checks::bounce::{Tally, findings};
use crate::cli::{BounceArgs, Cli, Format};
use crate::report::{Report, Step, exit, jsonl};

pub(super) fn run(cli: &Cli, args: &BounceArgs, stdout: &mut impl Write) -> Output {
    let fail_on = fail_on(cli);
    let target = args.inputs.join(" ");
    let mut tally = Tally::default();
    let streaming = cli.global.format == Format::Jsonl;
    let mut steps = Vec::new();
    let mut worst = exit::OK;
    let mut write_failed = false;
    let progress = progress(
        cli,
        "{spinner} {pos} messages, {total_bytes} read, {per_sec}",
    );
    // Asked once: a hidden bar still takes a lock per update, on the per-message path.
    let watched = !progress.is_hidden();
    let read = crate::mailsource::for_each_message(&args.inputs, |name, bytes| {
        if watched {
            progress.inc(1);
            progress.inc_length(bytes.len() as u64);
        }
        let decoded = crate::bounce::decode(bytes);
        tally.add(&decoded);
        if args.summary {
            return;
        }
        let step = Step::new(
            "bounce",
            t!("core-step-bounce"),
            Some(name.to_string()),
            findings(&decoded),
        );
        if streaming {
            let report = Report::new("bounce", name, vec![step], fail_on);
            worst = worst.max(report.exit_code);
            if !write_failed && jsonl::write(&report, stdout).is_err() {
                write_failed = true;
            }
        } else {
            steps.push(step);
        }
    });
    progress.finish_and_clear();
    if let Err(error) = read {
        return Output::Report(Report::usage_error("bounce", &error.to_string()));
    }
    if args.summary || args.sent.is_some() {
        let summary = Step::new(
            "bounce-summary",
            t!("core-step-summary"),
            None,
            tally.findings(args.sent),
        );
        if streaming {
            let report = Report::new("bounce", &target, vec![summary], fail_on);
            worst = worst.max(report.exit_code);
            let _ = jsonl::write(&report, stdout);
        } else {
            steps.push(summary);
        }
    }
    if streaming {
        let _ = stdout.flush();
        return Output::Streamed(worst);
    }
    Output::Report(Report::new("bounce", &target, steps, fail_on))
}
