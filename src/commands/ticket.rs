//! `zdiag ticket ID...`: did the reply on each ticket reach the customer, and if not, why?

use super::output::Output;
use super::setup::{Account, context, fail_on, report_or_usage, stats};
use crate::checks::suspended::when;
use crate::checks::ticket::{self, TicketOptions};
use crate::cli::{Cli, TicketArgs};
use crate::i18n::t;
use crate::report::Report;
use crate::report::text::input_error;
use crate::walks::ticket as walk;

pub(super) async fn run(cli: &Cli, args: &TicketArgs) -> Output {
    report_or_usage("ticket", report(cli, args).await)
}

async fn report(cli: &Cli, args: &TicketArgs) -> Result<Report, String> {
    let mut ids = args.ids.clone();
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    if args.comment.is_some() && ids.len() > 1 {
        return Err(input_error(
            "--comment",
            &args.comment.unwrap_or_default().to_string(),
            t!("core-error-comment", tickets = ids.len()),
            &t!("core-error-comment.fix"),
        ));
    }
    let ctx = context(cli, Account::Required("ticket"))?;
    let options = TicketOptions {
        comment: args.comment,
        now: when::now(),
    };
    let walked = walk::run(&ctx, &ids, &options).await;
    let outcomes: Vec<(u64, &ticket::Outcome)> =
        walked.iter().map(|w| (w.id, &w.outcome)).collect();
    let verdict = ticket::verdict(&outcomes);
    let steps = walked.iter().flat_map(|w| w.steps.clone()).collect();
    let target: Vec<String> = ids.iter().map(u64::to_string).collect();
    let mut report = Report::new("ticket", &target.join(" "), steps, fail_on(cli));
    report.summary.verdict = verdict;
    // The verdict line's label says what happened to the replies, like its sentence.
    if let Some(worst) = walked
        .iter()
        .map(|w| w.outcome.status)
        .max_by_key(|s| s.severity())
    {
        report.status = worst;
    }
    report.stats = stats(&ctx);
    Ok(report)
}
