//! `zdiag bounce`: read messages one at a time, decode, report.
//!
//! With `--format jsonl` each message's lines go out through the writer `main`
//! hands in as soon as it is decoded, so memory does not grow with the input.
//! With `--jobs N` (N > 1) messages are decoded and counted on N threads (each
//! thread's counts added up at the end), and their findings (or JSON lines) put
//! back in input order before they are written.

use crate::i18n::t;
use std::io::Write;

use super::output::Output;
use super::setup::{fail_on, progress};
use crate::bounce::{DecodeError, Decoded};
use crate::checks::bounce::{Tally, findings};
use crate::cli::{BounceArgs, Cli, Format};
use crate::report::{self, Report, Step, exit, jsonl};

pub(super) fn run(cli: &Cli, args: &BounceArgs, stdout: &mut impl Write) -> Output {
    let fail_on = fail_on(cli);
    let target = args.inputs.join(" ");
    let mut tally = Tally::default();
    let streaming = cli.global.format == Format::Jsonl;
    let title = t!("core-step-bounce");
    let mut steps = Vec::new();
    let mut worst = exit::OK;
    let mut write_failed = false;
    let progress = progress(
        cli,
        "{spinner} {pos} messages, {total_bytes} read, {per_sec}",
    );
    // Asked once: a hidden bar still takes a lock per update, on the per-message path.
    let watched = !progress.is_hidden();
    let jobs = args
        .jobs
        .map_or_else(default_jobs, |n| usize::try_from(n).unwrap_or(usize::MAX));
    let read = if jobs <= 1 {
        crate::mailsource::for_each_message(&args.inputs, |name, bytes| {
            if watched {
                progress.inc(1);
                progress.inc_length(bytes.len() as u64);
            }
            let decoded = crate::bounce::decode(bytes);
            tally.add(&decoded);
            if args.summary {
                return;
            }
            let step = step(&title, name, &decoded);
            if streaming {
                worst = worst.max(report::exit_code(std::slice::from_ref(&step), fail_on));
                if !write_failed && jsonl::write_step("bounce", &step, stdout).is_err() {
                    write_failed = true;
                }
            } else {
                steps.push(step);
            }
        })
    } else {
        // The decoding, the counting, the findings and their JSON lines on the
        // workers (a message's values are made and dropped on one thread); the
        // writing here, in input order.
        let work = |counted: &mut Tally, name: &str, bytes: &[u8]| {
            if watched {
                progress.inc(1);
                progress.inc_length(bytes.len() as u64);
            }
            let decoded = crate::bounce::decode(bytes);
            counted.add(&decoded);
            if args.summary {
                Out::Nothing
            } else if streaming {
                let step = step(&title, name, &decoded);
                let mut lines = Vec::new();
                // Writing to memory fails only if serialising does: as when streaming.
                let written = jsonl::write_step("bounce", &step, &mut lines).is_ok();
                Out::Lines {
                    lines,
                    written,
                    exit_code: report::exit_code(std::slice::from_ref(&step), fail_on),
                }
            } else {
                Out::Step(step(&title, name, &decoded))
            }
        };
        let each = |out: Out| match out {
            Out::Nothing => {}
            Out::Step(step) => steps.push(step),
            Out::Lines {
                lines,
                written,
                exit_code,
            } => {
                worst = worst.max(exit_code);
                if !write_failed && (!written || stdout.write_all(&lines).is_err()) {
                    write_failed = true;
                }
            }
        };
        crate::mailsource::map_messages(&args.inputs, jobs, Tally::default, work, each).map(
            |counted| {
                for one in counted {
                    tally.merge(one);
                }
            },
        )
    };
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

/// `--jobs` left out: one job per core.
fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// One message's step (its `title` told once per run): a finding per
/// recipient, or one saying why none.
fn step(title: &str, name: &str, decoded: &Result<Decoded, DecodeError>) -> Step {
    Step::new("bounce", title, Some(name.to_string()), findings(decoded))
}

/// What a message adds to the output.
enum Out {
    /// `--summary`: only the count.
    Nothing,
    /// A step of the one report (`--format human|json`).
    Step(Step),
    /// `--format jsonl`: its lines, ready to write, and the exit code they make.
    Lines {
        lines: Vec<u8>,
        written: bool,
        exit_code: u8,
    },
}
