//! `zdiag inbound ADDRESS`: Zendesk's inbound procedure, walked.

use super::output::Output;
use super::setup::{Account, context, fail_on, report_or_usage, stats};
use crate::checks::forwarding::eml::Message;
use crate::checks::inbound;
use crate::checks::suspended::when;
use crate::cli::{Cli, InboundArgs};
use crate::i18n::t;
use crate::report::Report;
use crate::report::text::input_error;
use crate::walks::inbound::{self as walk, Copy};

pub(super) async fn run(cli: &Cli, args: &InboundArgs) -> Output {
    report_or_usage("inbound", report(cli, args).await)
}

async fn report(cli: &Cli, args: &InboundArgs) -> Result<Report, String> {
    let address = args.address.trim().to_ascii_lowercase();
    if crate::checks::recipient::domain_of(&address).is_none() {
        return Err(input_error(
            "address",
            &args.address,
            t!("core-error-address"),
            &t!("core-error-address.fix"),
        ));
    }
    let copy = match &args.eml {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| {
                input_error(
                    "--eml",
                    &path.display().to_string(),
                    e,
                    &t!("core-error-eml"),
                )
            })?;
            let message = Message::parse(&bytes).ok_or_else(|| {
                input_error(
                    "--eml",
                    &path.display().to_string(),
                    t!("core-error-eml-headers"),
                    &t!("core-error-eml"),
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
