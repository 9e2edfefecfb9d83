//! What every command does around its checks: build the context once, map the
//! command line's choices onto the report's, and count what the run cost.

use crate::i18n::t;
use std::time::Duration;

use super::output::Output;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::{Cli, FailOnArg, Format};
use crate::context::Context;
use crate::dns::config::{DnsOptions, build};
use crate::report::text::input_error;
use crate::report::{FailOn, Report, Stats};
use crate::zendesk::Client;
use crate::zendesk::config::{self, Settings, credentials};

/// How much of the Zendesk account a command needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Account {
    /// DNS only.
    None,
    /// Used when credentials or an export are given (walks skip the steps otherwise).
    Optional,
    /// The command reads the account; it cannot start without (the name is the command's).
    Required(&'static str),
}

/// The one place a run's context is built: the resolver and, as `account` asks, the client.
pub(super) fn context(cli: &Cli, account: Account) -> Result<Context, String> {
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
    if let Some(client) = &zendesk {
        let bar = progress(cli, "{spinner} {msg}");
        if !bar.is_hidden() {
            // Cleared when the run's context (and with it the client) is dropped.
            let bar = bar.with_finish(indicatif::ProgressFinish::AndClear);
            client.on_pages(std::sync::Arc::new(move |what, pages, items| {
                bar.set_message(format!("reading {what}: {items} items, {pages} pages"));
            }));
        }
    }
    if let (Account::Required(command), None) = (account, &zendesk) {
        return Err(input_error(
            "command",
            command,
            t!("core-error-no-account"),
            &t!("core-error-no-account.fix", credentials = credentials()),
        ));
    }
    Ok(Context { dns, zendesk })
}

/// A write (or a fresh read) asked of an export: `flag` does what the catalogue's
/// `does` says, which an export cannot.
pub(super) fn api_only(flag: &str, does: &str, client: &Client) -> String {
    let source = client.describe();
    input_error(
        flag,
        source.strip_prefix("export ").unwrap_or(&source),
        t!("core-error-api-only", does = t!(does)),
        &t!("core-error-api-only.fix", credentials = credentials()),
    )
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
pub(super) fn fail_on(cli: &Cli) -> FailOn {
    match cli.global.fail_on {
        FailOnArg::Fail => FailOn::Fail,
        FailOnArg::Warn => FailOn::Warn,
    }
}

/// What the run cost, for the report.
pub(super) fn stats(ctx: &Context) -> Stats {
    let dns = ctx.dns.stats();
    Stats {
        dns_questions: dns.questions,
        dns_queries: dns.sent,
    }
}

/// A finished report, or the usage report of a run that could not start.
pub(super) fn report_or_usage(command: &str, result: Result<Report, String>) -> Output {
    Output::Report(result.unwrap_or_else(|message| Report::usage_error(command, &message)))
}

/// A progress line on stderr for a long run, only for a person watching: stderr is a
/// terminal and the output is for people. Hidden otherwise, so pipes, files and JSON
/// runs get nothing.
pub(super) fn progress(cli: &Cli, template: &str) -> ProgressBar {
    use std::io::IsTerminal;
    if cli.global.format != Format::Human || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}
