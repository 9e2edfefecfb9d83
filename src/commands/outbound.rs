//! `zdiag outbound DOMAIN`: Zendesk's outbound procedure, walked.

use super::output::Output;
use super::setup::{Account, context, fail_on, report_or_usage, stats};
use crate::cli::{Cli, OutboundArgs};
use crate::dns::validate_domain;
use crate::report::Report;
use crate::walks::outbound;

pub(super) async fn run(cli: &Cli, args: &OutboundArgs) -> Output {
    report_or_usage("outbound", report(cli, args).await)
}

async fn report(cli: &Cli, args: &OutboundArgs) -> Result<Report, String> {
    let domain = validate_domain(&args.domain)?;
    let ctx = context(cli, Account::Optional)?;
    let steps = outbound::run(&ctx, &domain, args.recipient.as_deref(), args.ticket).await;
    let mut report = Report::new("outbound", &domain, steps, fail_on(cli));
    report.stats = stats(&ctx);
    Ok(report)
}
