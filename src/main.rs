//! The `zdiag` binary: parse, run, render, exit. Everything else lives in the library.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;

use zdiag::app::{self, Output};
use zdiag::cli::{Cli, ColorChoice, Format};
use zdiag::report::{Report, exit, human, json, jsonl};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(error),
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
    let output = runtime.block_on(app::run(&cli));
    // Don't wait for lookups still in flight (a dead server's timeouts): the answer is ready.
    runtime.shutdown_background();
    match output {
        Output::Text(text) => emit(&text, exit::OK),
        Output::Report(report) => render(&cli, &report),
        Output::Streamed(code) => ExitCode::from(code),
    }
}

fn render(cli: &Cli, report: &Report) -> ExitCode {
    match (cli.global.format, &report.error) {
        (Format::Json, _) => emit(&json::render(report), report.exit_code),
        (Format::Jsonl, _) => emit(&jsonl::render(report), report.exit_code),
        (Format::Human, Some(error)) => {
            eprintln!("zdiag: {error}");
            ExitCode::from(report.exit_code)
        }
        (Format::Human, None) => {
            let color = match cli.global.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                        && std::io::stdout().is_terminal()
                }
            };
            emit(
                &human::render(report, human::Style { color }),
                report.exit_code,
            )
        }
    }
}

/// Write to stdout; a closed pipe (`zdiag ... | head`) is not an error.
fn emit(text: &str, code: u8) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
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

/// clap's error, plus a JSON document on stdout when JSON was asked for: scripts always get one.
fn usage_error(error: clap::Error) -> ExitCode {
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = error.print();
        return ExitCode::from(exit::OK);
    }
    let args: Vec<String> = std::env::args().collect();
    let wants_json = args
        .windows(2)
        .any(|w| w[0] == "--format" && w[1] == "json")
        || args.iter().any(|a| a == "--format=json");
    if wants_json {
        let message = error
            .kind()
            .as_str()
            .unwrap_or("invalid arguments")
            .to_string();
        let command = args.get(1).map_or("", String::as_str);
        let report = Report::usage_error(command, &format!("{message} (see `zdiag --help`)"));
        let _ = std::io::stdout().write_all(json::render(&report).as_bytes());
    }
    let _ = error.print();
    ExitCode::from(exit::USAGE)
}
