//! The `zdiag` binary: parse, run, render, exit. Everything else lives in the library;
//! this file is the only writer to stdout.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches, ValueEnum};

use zdiag::cli::{Cli, ColorChoice, Format, LangArg};
use zdiag::commands::{self, Output};
use zdiag::i18n::Lang;
use zdiag::report::human::Detail;
use zdiag::report::{Report, docs, exit, github, human, json, jsonl, text};

fn main() -> ExitCode {
    // The language first: --help and clap's errors speak it too.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let asked = Asked::read(&args);
    zdiag::i18n::set(Lang::choose(asked.lang, &|name| std::env::var(name).ok()));
    let cli = match zdiag::cli::localised(Cli::command())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(error) => return usage_error(error, &asked),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("zdiag: cannot start the async runtime: {error}");
            return ExitCode::from(exit::USAGE);
        }
    };
    // Block-buffered: a streaming command writes a line per recipient.
    let mut stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let output = runtime.block_on(commands::run(&cli, &mut stdout));
    // Don't wait for lookups still in flight (a dead server's timeouts): the answer is ready.
    runtime.shutdown_background();
    let format = cli.global.format;
    match output {
        Output::Report(report) => render(&cli, &report, &mut stdout),
        Output::Docs { docs, list } => {
            let text = match format {
                Format::Human | Format::Github => docs::human(&docs, list),
                Format::Json => docs::json(&docs, list),
                Format::Jsonl => docs::jsonl(&docs, list),
            };
            emit(&mut stdout, &text, exit::OK)
        }
        Output::Text(text) => emit(&mut stdout, &text, exit::OK),
        Output::Streamed(code) => emit(&mut stdout, "", code),
    }
}

fn render(cli: &Cli, report: &Report, stdout: &mut impl Write) -> ExitCode {
    match (cli.global.format, &report.error) {
        (Format::Json, _) => emit(stdout, &json::render(report), report.exit_code),
        (Format::Jsonl, _) => emit(stdout, &jsonl::render(report), report.exit_code),
        (Format::Human | Format::Github, Some(error)) => {
            eprintln!("zdiag: {}", text::printable(error));
            ExitCode::from(report.exit_code)
        }
        (Format::Github, None) => {
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                append_summary(std::path::Path::new(&path), &github::summary(report));
            }
            emit(stdout, &github::annotations(report), report.exit_code)
        }
        (Format::Human, None) => {
            colored::control::set_override(use_colour(cli.global.color));
            let detail = match (cli.global.verbose, cli.global.quiet) {
                (true, _) => Detail::Verbose,
                (_, true) => Detail::Quiet,
                _ => Detail::Normal,
            };
            emit(stdout, &human::render(report, detail), report.exit_code)
        }
    }
}

/// Colour or not, decided once: the flag, else `NO_COLOR` (no colour), else
/// `CLICOLOR_FORCE` (colour even when piped), else whether stdout is a terminal.
fn use_colour(choice: ColorChoice) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        ColorChoice::Auto if set("CLICOLOR_FORCE") => true,
        ColorChoice::Auto => std::io::stdout().is_terminal(),
    }
}

/// Add the run's markdown summary to the job's summary file; a failure is said, not fatal.
fn append_summary(path: &std::path::Path, markdown: &str) {
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut file| file.write_all(markdown.as_bytes()));
    if let Err(error) = written {
        eprintln!(
            "zdiag: cannot append the summary to GITHUB_STEP_SUMMARY {}: {error}",
            text::printable(&path.display().to_string())
        );
    }
}

/// Write to stdout and flush; a closed pipe (`zdiag ... | head`) is not an error.
fn emit(stdout: &mut impl Write, text: &str, code: u8) -> ExitCode {
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("zdiag: cannot write the report: {error}");
            ExitCode::from(exit::USAGE)
        }
        _ => ExitCode::from(code),
    }
}

/// clap's error, plus a report on stdout when JSON was asked for: scripts always get one.
fn usage_error(error: clap::Error, asked: &Asked) -> ExitCode {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = error.print();
        return ExitCode::from(exit::OK);
    }
    let message = error.kind().as_str().unwrap_or("invalid arguments");
    let report = Report::usage_error(
        asked.command.as_deref().unwrap_or_default(),
        &format!("{message} (see `zdiag --help`)"),
    );
    let document = match asked.format {
        Some(Format::Json) => Some(json::render(&report)),
        Some(Format::Jsonl) => Some(jsonl::render(&report)),
        Some(Format::Human | Format::Github) | None => None,
    };
    if let Some(document) = document {
        let _ = emit(&mut std::io::stdout().lock(), &document, exit::USAGE);
    }
    let _ = error.print();
    ExitCode::from(exit::USAGE)
}

/// What the words of a command line that did not parse still say: the subcommand
/// and the output format asked for. Words after `--` are operands, never options.
#[derive(Debug, Default, PartialEq)]
struct Asked {
    command: Option<String>,
    format: Option<Format>,
    lang: Option<Lang>,
}

impl Asked {
    fn read(args: &[String]) -> Asked {
        let root = Cli::command();
        let mut asked = Asked::default();
        let mut subcommand: Option<&clap::Command> = None;
        let mut words = args.iter();
        while let Some(word) = words.next() {
            if word == "--" {
                break;
            }
            let Some(option) = Opt::parse(word) else {
                if asked.command.is_none()
                    && let Some(found) = root.find_subcommand(word)
                {
                    asked.command = Some(found.get_name().to_string());
                    subcommand = Some(found);
                }
                continue;
            };
            let takes_value = |command: &clap::Command| {
                command
                    .get_arguments()
                    .any(|arg| option.names(arg) && arg.get_action().takes_values())
            };
            if !(takes_value(&root) || subcommand.is_some_and(takes_value)) {
                continue;
            }
            let value = option.value.or_else(|| words.next().map(String::as_str));
            match option.long {
                Some("format") => asked.format = value.and_then(|v| Format::from_str(v, true).ok()),
                Some("lang") => {
                    asked.lang = value
                        .and_then(|v| LangArg::from_str(v, true).ok())
                        .map(LangArg::lang);
                }
                _ => {}
            }
        }
        asked
    }
}

/// An option word: `--long`, `--long=value` or `-s`.
struct Opt<'a> {
    long: Option<&'a str>,
    short: Option<char>,
    value: Option<&'a str>,
}

impl<'a> Opt<'a> {
    fn parse(word: &'a str) -> Option<Opt<'a>> {
        if let Some(long) = word.strip_prefix("--") {
            let (long, value) = match long.split_once('=') {
                Some((long, value)) => (long, Some(value)),
                None => (long, None),
            };
            return Some(Opt {
                long: Some(long),
                short: None,
                value,
            });
        }
        let mut chars = word.strip_prefix('-')?.chars();
        Some(Opt {
            long: None,
            short: Some(chars.next()?),
            value: Some(chars.as_str()).filter(|rest| !rest.is_empty()),
        })
    }

    /// Whether the word names this argument.
    fn names(&self, arg: &clap::Arg) -> bool {
        match (self.long, self.short) {
            (Some(long), _) => arg.get_long() == Some(long),
            (None, short) => short.is_some() && arg.get_short() == short,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Asked {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        Asked::read(&args)
    }

    #[test]
    fn the_subcommand_is_found_past_global_options_and_their_values() {
        let asked = read("--format json spf --bogus x");
        assert_eq!(asked.command.as_deref(), Some("spf"));
        assert_eq!(asked.format, Some(Format::Json));
        // A global option's value that names a subcommand is still a value.
        let asked = read("--zone spf dkim --bogus");
        assert_eq!(asked.command.as_deref(), Some("dkim"));
    }

    #[test]
    fn the_format_counts_anywhere_before_the_double_dash() {
        assert_eq!(
            read("spf --bogus --format=jsonl").format,
            Some(Format::Jsonl)
        );
        assert_eq!(read("bounce --bogus -- --format json").format, None);
        assert_eq!(
            read("bounce --bogus -- --format json").command.as_deref(),
            Some("bounce")
        );
        assert_eq!(read("--format").format, None);
    }
}
