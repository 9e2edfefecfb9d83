//! `zdiag inbound ADDRESS`: Zendesk's inbound procedure, walked.

use super::output::Output;
use super::setup::{Account, context, fail_on, report_or_usage, stats};
use crate::checks::forwarding::eml::Message;
use crate::checks::inbound;
use crate::checks::suspended::when;
use crate::cli::{Cli, InboundArgs};
use crate::report::Report;
use crate::walks::inbound::{self as walk, Copy};

pub(super) async fn run(cli: &Cli, args: &InboundArgs) -> Output {
    report_or_usage("inbound", report(cli, args).await)
}

async fn report(cli: &Cli, args: &InboundArgs) -> Result<Report, String> {
    let address = args.address.trim().to_ascii_lowercase();
    if crate::checks::recipient::domain_of(&address).is_none() {
        return Err(format!(
            "'{}' is not an email address: give the address the customer wrote to (support@example.com)",
            args.address
        ));
    }
    let copy = match &args.eml {
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("cannot read --eml {}: {e}", path.display()))?;
            let message = Message::parse(&bytes).ok_or_else(|| {
                format!(
                    "--eml {}: no email headers found (give the message as saved, .eml)",
                    path.display()
                )
            })?;
            let wanted = inbound::wanted(&bytes, &message);
            Some(Copy { message, wanted })
        }
        None => None,
    };
    let ctx = context(cli, Account::Optional)?;
    let steps = walk::run(&ctx, &address, copy.as_ref(), when::now()).await;
    let mut report = Report::new("inbound", &address, steps, fail_on(cli));
    report.stats = stats(&ctx);
    Ok(report)
}
