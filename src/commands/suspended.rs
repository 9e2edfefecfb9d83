//! `zdiag suspended`: the Suspended tickets view grouped by cause, and the one write,
//! `--recover` / `--recover-cause`, announced on stderr before it is made.

use super::output::Output;
use super::setup::{Account, api_only, context, fail_on, report_or_usage, stats};
use crate::checks::suspended::{self, Filter, SuspendedOptions, causes, when};
use crate::cli::{Cli, SuspendedArgs};
use crate::i18n::t;
use crate::report::{Report, Step};

pub(super) async fn run(cli: &Cli, args: &SuspendedArgs) -> Output {
    report_or_usage("suspended", report(cli, args).await)
}

async fn report(cli: &Cli, args: &SuspendedArgs) -> Result<Report, String> {
    let now = when::now();
    let filter = Filter {
        since: args
            .since
            .as_deref()
            .map(|s| when::since(s, now))
            .transpose()?,
        causes: args
            .cause
            .iter()
            .map(|c| causes::parse(c))
            .collect::<Result<_, _>>()?,
        from: args.from.clone(),
        to: args.to.clone(),
    };
    let recover_cause = args
        .recover_cause
        .as_deref()
        .map(causes::parse)
        .transpose()?;
    let ctx = context(cli, Account::Required("suspended"))?;
    let client = ctx.zendesk.clone().expect("required");
    let writes = !args.recover.is_empty() || recover_cause.is_some();
    if writes && client.is_offline() {
        return Err(api_only("--recover", "core-does-recover", &client));
    }
    let target = client.describe();
    let mut steps = Vec::new();
    if writes {
        let mut ids = args.recover.clone();
        if let Some(cause) = recover_cause {
            let found = suspended::ids_of_cause(&client, cause)
                .await
                .map_err(|e| e.message)?;
            ids.extend(found);
        }
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(*id));
        let announce = |text: &str| eprintln!("zdiag: {text}");
        let findings = suspended::recover(&client, &ids, &announce).await;
        steps.push(Step::new(
            "recover",
            t!("core-step-recovered"),
            Some(target.clone()),
            findings,
        ));
    } else {
        let options = SuspendedOptions {
            filter,
            now,
            wanted: None,
        };
        for section in suspended::check(&ctx, &options).await {
            steps.push(Step::new(
                section.id,
                section.title,
                Some(target.clone()),
                section.findings,
            ));
        }
    }
    let mut report = Report::new("suspended", &target, steps, fail_on(cli));
    report.stats = stats(&ctx);
    Ok(report)
}
