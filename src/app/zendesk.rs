//! The commands that read the Zendesk account: forwarding, triggers, targets, export.

use std::sync::Arc;
use std::time::Duration;

use crate::checks::forwarding::{self, ForwardingOptions, Progress, eml::Message};
use crate::checks::{targets, triggers};
use crate::cli::{Cli, ExportArgs, ForwardingArgs};
use crate::context::Context;
use crate::report::{Code, Finding, Report, Status, Step};
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

pub(super) async fn forwarding(cli: &Cli, args: &ForwardingArgs) -> Output {
    Output::Report(match forwarding_report(cli, args).await {
        Ok(report) => report,
        Err(message) => Report::usage_error("forwarding", &message),
    })
}

async fn forwarding_report(cli: &Cli, args: &ForwardingArgs) -> Result<Report, String> {
    let message = match &args.eml {
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("cannot read --eml {}: {e}", path.display()))?;
            Some(Message::parse(&bytes).ok_or_else(|| {
                format!(
                    "--eml {}: no email headers found (give the message as saved, .eml)",
                    path.display()
                )
            })?)
        }
        None => None,
    };
    let ctx = required(cli, "forwarding")?;
    let client = ctx.zendesk.clone().expect("required");
    if args.verify && client.is_offline() {
        return Err(
            "--verify asks Zendesk to verify again: it needs the API, not --zendesk-export".into(),
        );
    }
    let progress: Progress = Arc::new(|text: &str| eprintln!("zdiag: {text}"));
    let options = ForwardingOptions {
        only: args.address.clone(),
        verify: args.verify,
        verify_timeout: Duration::from_secs_f64(args.verify_timeout),
        progress: Some(progress),
    };
    let mut steps: Vec<Step> = forwarding::check(&ctx, &options)
        .await
        .into_iter()
        .map(|(address, findings)| {
            Step::new("forwarding", "Support address", Some(address), findings)
        })
        .collect();
    if let (Some(message), Some(path)) = (&message, &args.eml) {
        let addresses = client.recipient_addresses().await.unwrap_or_default();
        let findings = forwarding::message_path(message, &addresses);
        steps.push(Step::new(
            "forwarding-path",
            "Forwarding path of the message",
            Some(path.display().to_string()),
            findings,
        ));
    }
    let target = args.address.clone().unwrap_or_else(|| client.describe());
    let mut report = Report::new("forwarding", &target, steps, cli.global.fail_on);
    report.stats = super::stats(&ctx);
    Ok(report)
}

pub(super) async fn export(cli: &Cli, args: &ExportArgs) -> Output {
    let ctx = match required(cli, "export") {
        Ok(ctx) => ctx,
        Err(message) => return Output::Report(Report::usage_error("export", &message)),
    };
    let client = ctx.zendesk.clone().expect("required");
    if client.is_offline() {
        return Output::Report(Report::usage_error(
            "export",
            "zdiag export reads the API: drop --zendesk-export and set the Zendesk credentials",
        ));
    }
    let written = match crate::zendesk::export::write(&client, &args.dir).await {
        Ok(written) => written,
        Err(message) => return Output::Report(Report::usage_error("export", &message)),
    };
    let findings = written
        .into_iter()
        .map(|w| {
            let file = args.dir.join(w.endpoint.file()).display().to_string();
            match w.outcome {
                Ok(count) => Finding::new(
                    Code::ZendeskExportWritten,
                    Status::Info,
                    file.clone(),
                    format!("Wrote {} to {file}.", w.endpoint.what()),
                )
                .evidence("items", count),
                Err(error) => Finding::new(
                    Code::ZendeskExportSkipped,
                    Status::Warn,
                    file,
                    format!("Not written: {}", error.message),
                )
                .help("Export with an admin's token to include it."),
            }
        })
        .collect();
    let target = args.dir.display().to_string();
    let step = Step::new("export", "Export", Some(target.clone()), findings);
    let mut report = Report::new("export", &target, vec![step], cli.global.fail_on);
    report.stats = super::stats(&ctx);
    Output::Report(report)
}
