//! `zdiag undelivered`: the replies of the period that did not reach their customer,
//! and the one write, `--note`, announced on stderr before it is made.

use super::output::Output;
use super::setup::{Account, api_only, context, fail_on, report_or_usage, stats};
use crate::checks::api;
use crate::checks::suspended::when;
use crate::checks::undelivered::{
    self, Failure, NOTED_TAG, NoteOptions, UndeliveredOptions, diags, state,
};
use crate::cli::{Cli, UndeliveredArgs};
use crate::i18n::t;
use crate::report::{Code, Report, Step};

pub(super) async fn run(cli: &Cli, args: &UndeliveredArgs) -> Output {
    report_or_usage("undelivered", report(cli, args).await)
}

async fn report(cli: &Cli, args: &UndeliveredArgs) -> Result<Report, String> {
    let now = when::now();
    let options = UndeliveredOptions {
        since: when::since(&args.since, now)?,
        now,
    };
    // A bad state file stops the run before anything is read: never a silent re-report.
    let known = match &args.state {
        Some(path) => state::load(path)?,
        None => None,
    };
    let ctx = context(cli, Account::Required("undelivered"))?;
    let client = ctx.zendesk.clone().expect("required");
    if args.note && !args.dry_run && client.is_offline() {
        return Err(api_only("--note", "core-does-note", &client));
    }
    let target = client.describe();
    let sweep = match undelivered::sweep(&client, &options).await {
        Ok(sweep) => sweep,
        Err(error) => {
            let step = Step::new(
                "undelivered",
                t!("core-step-undelivered"),
                Some(target.clone()),
                vec![api::error(&client, "undelivered", &error)],
            );
            let mut report = Report::new("undelivered", &target, vec![step], fail_on(cli));
            report.stats = stats(&ctx);
            return Ok(report);
        }
    };
    let fresh: Vec<&Failure> = sweep
        .failures
        .iter()
        .filter(|f| known.as_ref().is_none_or(|s| !s.knows(&f.key())))
        .collect();
    let mut findings = undelivered::findings(&sweep, &fresh, &options, args.sent);
    if let Some(path) = &args.state {
        let shown = path.display().to_string();
        let repeated = sweep.failures.len() - fresh.len();
        if repeated > 0 {
            findings.push(diags::already_reported(repeated, &shown));
        }
        if known.is_none() {
            findings.push(diags::state_started(sweep.failures.len(), &shown));
        }
    }
    let mut notes = None;
    if args.note && !fresh.is_empty() {
        if !args.dry_run {
            let tickets: std::collections::BTreeSet<u64> = fresh.iter().map(|f| f.ticket).collect();
            eprintln!(
                "zdiag: --note: adding a private note and the tag {NOTED_TAG} to up to {} tickets in {target}",
                tickets.len()
            );
        }
        let note_options = NoteOptions {
            dry_run: args.dry_run,
            now,
        };
        notes = Some(undelivered::write_notes(&client, &sweep, &fresh, &note_options).await);
    }
    if let (Some(path), false) = (&args.state, args.dry_run) {
        // A ticket whose note failed stays new: the next run notes it again.
        let unnoted: std::collections::BTreeSet<u64> = notes
            .iter()
            .flatten()
            .filter(|f| f.code == Code::UndeliveredNoteFailed)
            .filter_map(|f| f.evidence["ticket"].as_u64())
            .collect();
        let mut saved = known.clone().unwrap_or_default();
        let keys: Vec<String> = sweep
            .failures
            .iter()
            .filter(|f| !unnoted.contains(&f.ticket))
            .map(Failure::key)
            .collect();
        saved.record(keys.iter().map(String::as_str), now);
        if let Err(message) = state::save(path, &saved) {
            findings.push(diags::state_not_saved(
                &path.display().to_string(),
                &message,
            ));
        }
    }
    let mut steps = vec![Step::new(
        "undelivered",
        t!("core-step-undelivered"),
        Some(format!("since {}", when::format(options.since))),
        findings,
    )];
    if let Some(notes) = notes {
        steps.push(Step::new(
            "notes",
            t!("core-step-notes"),
            Some(target.clone()),
            notes,
        ));
    }
    let mut report = Report::new("undelivered", &target, steps, fail_on(cli));
    report.stats = stats(&ctx);
    Ok(report)
}
