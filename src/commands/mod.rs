//! From parsed arguments to a finished report: one file per command or family.
//!
//! Each command builds the [`Context`] once (through [`context`]), runs its checks
//! or walk, and returns an [`Output`]; `main` renders it and is the only writer to
//! stdout. Everything that can go wrong before a check runs (a bad zone file, an
//! unreadable domains file, a malformed domain) becomes a usage report with exit
//! code 2 and a one-line message naming the input and the fix.

mod bounce;
mod dns;
pub mod explain;
mod outbound;
mod zendesk;

use std::io::Write;
use std::time::Duration;

use crate::cli::{Cli, Command, FailOnArg};
use crate::context::Context;
use crate::dns::config::{DnsOptions, build};
use crate::report::codes::CodeDoc;
use crate::report::{FailOn, Report, Stats};
use crate::zendesk::config::{self, CREDENTIALS, Settings};

/// What a command produced.
#[derive(Debug)]
pub enum Output {
    Report(Report),
    /// Finding-code documentation (`explain`); `list` asks for titles only.
    Docs {
        docs: Vec<CodeDoc>,
        list: bool,
    },
    /// The report was written through the writer `main` handed in, as it was produced
    /// (`bounce --format jsonl`); the exit code.
    Streamed(u8),
}

/// Run the command `cli` names. `stdout` is for commands that stream their output.
pub async fn run(cli: &Cli, stdout: &mut impl Write) -> Output {
    match &cli.command {
        Command::Explain(args) => explain::run(args),
        Command::Spf(args) => dns::spf(cli, args).await,
        Command::Dkim(args) => dns::dkim(cli, args).await,
        Command::Dmarc(args) => dns::dmarc(cli, args).await,
        Command::Mx(args) => dns::mx(cli, args).await,
        Command::Forwarding(args) => zendesk::forwarding(cli, args).await,
        Command::Export(args) => zendesk::export(cli, args).await,
        Command::Triggers(_) => zendesk::triggers(cli).await,
        Command::Targets(_) => zendesk::targets(cli).await,
        Command::Bounce(args) => bounce::run(cli, args, stdout),
        Command::Outbound(args) => outbound::run(cli, args).await,
    }
}

/// How much of the Zendesk account a command needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Account {
    /// DNS only.
    None,
    /// Used when credentials or an export are given (walks skip the steps otherwise).
    Optional,
    /// The command reads the account; it cannot start without (the name is the command's).
    Required(&'static str),
}

/// The one place a run's context is built: the resolver and, as `account` asks, the client.
fn context(cli: &Cli, account: Account) -> Result<Context, String> {
    let options = DnsOptions {
        resolvers: cli.global.resolver.clone(),
        timeout: Duration::from_secs_f64(cli.global.timeout),
        zones: cli.global.zone.clone(),
        offline: cli.global.offline,
    };
    let dns = build(&options).map_err(|e| format!("{e:#}"))?;
    let zendesk = match account {
        Account::None => None,
        Account::Optional | Account::Required(_) => config::client(
            &settings(cli),
            &|name| std::env::var(name).ok(),
            &mut config::read_stdin,
        )?,
    };
    if let (Account::Required(command), None) = (account, &zendesk) {
        return Err(format!(
            "zdiag {command} reads the Zendesk account: set {CREDENTIALS}, or give --zendesk-export DIR"
        ));
    }
    Ok(Context { dns, zendesk })
}

/// The Zendesk settings the command line gives.
fn settings(cli: &Cli) -> Settings {
    let args = &cli.global.zendesk;
    Settings {
        subdomain: args.subdomain.clone(),
        email: args.email.clone(),
        token_file: args.token_file.clone(),
        url: args.zendesk_url.clone(),
        export: args.zendesk_export.clone(),
    }
}

/// The report's threshold, from the command line's choice.
fn fail_on(cli: &Cli) -> FailOn {
    match cli.global.fail_on {
        FailOnArg::Fail => FailOn::Fail,
        FailOnArg::Warn => FailOn::Warn,
    }
}

/// What the run cost, for the report.
fn stats(ctx: &Context) -> Stats {
    let dns = ctx.dns.stats();
    Stats {
        dns_questions: dns.questions,
        dns_queries: dns.sent,
    }
}

/// A finished report, or the usage report of a run that could not start.
fn report_or_usage(command: &str, result: Result<Report, String>) -> Output {
    Output::Report(result.unwrap_or_else(|message| Report::usage_error(command, &message)))
}
