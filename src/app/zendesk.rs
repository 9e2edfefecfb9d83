//! The commands that read the Zendesk account: triggers, targets (and the client they share).

use crate::checks::{targets, triggers};
use crate::cli::Cli;
use crate::context::Context;
use crate::report::{Finding, Report, Step};
use crate::zendesk::config::{self, CREDENTIALS, Settings};

use super::Output;

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

/// The resolver and, when credentials or an export are given, the Zendesk client.
pub(super) fn context(cli: &Cli) -> Result<Context, String> {
    let mut ctx = super::context(cli)?;
    ctx.zendesk = config::client(
        &settings(cli),
        &|name| std::env::var(name).ok(),
        &mut config::read_stdin,
    )?;
    Ok(ctx)
}

/// Like [`context`], but the client is required.
fn required(cli: &Cli, command: &str) -> Result<Context, String> {
    let ctx = context(cli)?;
    if ctx.zendesk.is_none() {
        return Err(format!(
            "zdiag {command} reads the Zendesk account: set {CREDENTIALS}, or give --zendesk-export DIR"
        ));
    }
    Ok(ctx)
}

/// One account-wide check: one step, one report.
async fn account<F, Fut>(cli: &Cli, command: &str, title: &str, check: F) -> Output
where
    F: FnOnce(Context) -> Fut,
    Fut: std::future::Future<Output = Vec<Finding>>,
{
    let ctx = match required(cli, command) {
        Ok(ctx) => ctx,
        Err(message) => return Output::Report(Report::usage_error(command, &message)),
    };
    let target = ctx
        .zendesk
        .as_ref()
        .map(|c| c.describe())
        .unwrap_or_default();
    let findings = check(ctx.clone()).await;
    let step = Step::new(command, title, Some(target.clone()), findings);
    let mut report = Report::new(command, &target, vec![step], cli.global.fail_on);
    report.stats = super::stats(&ctx);
    Output::Report(report)
}

pub(super) async fn triggers(cli: &Cli) -> Output {
    account(cli, "triggers", "Triggers", |ctx| async move {
        triggers::check(&ctx).await
    })
    .await
}

pub(super) async fn targets(cli: &Cli) -> Output {
    account(cli, "targets", "Email targets", |ctx| async move {
        targets::check(&ctx).await
    })
    .await
}
