//! The commands that read the Zendesk account: forwarding, triggers, targets, export.

use crate::i18n::t;
use std::sync::Arc;
use std::time::Duration;

use super::output::Output;
use super::setup::{Account, api_only, context, fail_on, report_or_usage, stats};
use crate::checks::forwarding::{self, ForwardingOptions, Progress, eml::Message};
use crate::checks::{api, targets as targets_check, triggers as triggers_check};
use crate::cli::{Cli, ExportArgs, ForwardingArgs};
use crate::context::Context;
use crate::report::text::{input_error, printable};
use crate::report::{Finding, Report, Step};

/// One account-wide check: one step, one report.
async fn account<F, Fut>(cli: &Cli, command: &'static str, title: &str, check: F) -> Output
where
    F: FnOnce(Context) -> Fut,
    Fut: std::future::Future<Output = Vec<Finding>>,
{
    let ctx = match context(cli, Account::Required(command)) {
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
    let mut report = Report::new(command, &target, vec![step], fail_on(cli));
    report.stats = stats(&ctx);
    Output::Report(report)
}

pub(super) async fn triggers(cli: &Cli) -> Output {
    account(
        cli,
        "triggers",
        &t!("core-step-triggers"),
        |ctx| async move { triggers_check::check(&ctx).await },
    )
    .await
}

pub(super) async fn targets(cli: &Cli) -> Output {
    account(cli, "targets", &t!("core-step-targets"), |ctx| async move {
        targets_check::check(&ctx).await
    })
    .await
}

pub(super) async fn forwarding(cli: &Cli, args: &ForwardingArgs) -> Output {
    report_or_usage("forwarding", forwarding_report(cli, args).await)
}

async fn forwarding_report(cli: &Cli, args: &ForwardingArgs) -> Result<Report, String> {
    let message = match &args.eml {
        Some(path) => {
            let bytes = crate::limits::read_file_capped(path, crate::limits::EML).map_err(|e| {
                input_error(
                    "--eml",
                    &path.display().to_string(),
                    e,
                    &t!("core-error-eml"),
                )
            })?;
            Some(Message::parse(&bytes).ok_or_else(|| {
                input_error(
                    "--eml",
                    &path.display().to_string(),
                    t!("core-error-eml-headers"),
                    &t!("core-error-eml"),
                )
            })?)
        }
        None => None,
    };
    let ctx = context(cli, Account::Required("forwarding"))?;
    let client = ctx.zendesk.clone().expect("required");
    if args.verify && client.is_offline() {
        return Err(api_only("--verify", "core-does-verify", &client));
    }
    let progress: Progress = Arc::new(|text: &str| eprintln!("zdiag: {}", printable(text)));
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
            Step::new(
                "forwarding",
                t!("core-step-support-address"),
                Some(address),
                findings,
            )
        })
        .collect();
    if let (Some(message), Some(path)) = (&message, &args.eml) {
        let addresses = client.recipient_addresses().await.unwrap_or_default();
        let findings = forwarding::message_path(message, &addresses);
        steps.push(Step::new(
            "forwarding-path",
            t!("core-step-forwarding-path"),
            Some(path.display().to_string()),
            findings,
        ));
    }
    let target = args.address.clone().unwrap_or_else(|| client.describe());
    let mut report = Report::new("forwarding", &target, steps, fail_on(cli));
    report.stats = stats(&ctx);
    Ok(report)
}

pub(super) async fn export(cli: &Cli, args: &ExportArgs) -> Output {
    report_or_usage("export", export_report(cli, args).await)
}

async fn export_report(cli: &Cli, args: &ExportArgs) -> Result<Report, String> {
    let ctx = context(cli, Account::Required("export"))?;
    let client = ctx.zendesk.clone().expect("required");
    if client.is_offline() {
        return Err(api_only("export", "core-does-export", &client));
    }
    let mut written = crate::zendesk::export::write(&client, &args.dir).await?;
    written.extend(crate::zendesk::export::write_tickets(&client, &args.dir, &args.tickets).await);
    let findings = api::export_findings(&args.dir, written);
    let target = args.dir.display().to_string();
    let step = Step::new(
        "export",
        t!("core-step-export"),
        Some(target.clone()),
        findings,
    );
    let mut report = Report::new("export", &target, vec![step], fail_on(cli));
    report.stats = stats(&ctx);
    Ok(report)
}
