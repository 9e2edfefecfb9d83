//! `zdiag inbound ADDRESS`: Zendesk's procedure "if you don't receive the emails end users
//! send to Zendesk", walked in its order.
//!
//! The steps and their order are Zendesk's: 1 the address the end user contacted (with the
//! copy of their email when given), 2 the forwarding status of the support address, 3 the
//! Suspended tickets view. DNS and the copy answer what they can without the API; the rest
//! is skipped naming the variables that would enable it.

use std::collections::BTreeSet;

use crate::checks::forwarding::eml::Message;
use crate::checks::forwarding::{self, ForwardingOptions};
use crate::checks::suspended::{self, Filter, SuspendedOptions, Wanted};
use crate::checks::{api, inbound, mx, recipient};
use crate::context::Context;
use crate::i18n::t;
use crate::report::{Finding, Step};
use crate::zendesk::config::CREDENTIALS;

/// Zendesk's three steps: id, and the catalogue key of its title (the procedure's own).
pub const STEPS: [(&str, &str); 3] = [
    ("address", "walks-inbound-step-1"),
    ("forwarding", "walks-inbound-step-2"),
    ("suspended", "walks-inbound-step-3"),
];

/// The message the end user forwarded (`--eml`): its headers and what identifies it.
pub struct Copy {
    pub message: Message,
    pub wanted: Wanted,
}

/// Run the three steps for mail sent to `address`.
pub async fn run(ctx: &Context, address: &str, copy: Option<&Copy>, now: i64) -> Vec<Step> {
    let domain = recipient::domain_of(address).unwrap_or_default();
    let (servers, account) = tokio::join!(
        mx::check(ctx, &domain),
        account_steps(ctx, address, copy, now)
    );
    let support: BTreeSet<String> = account
        .as_ref()
        .map(|a| a.support.clone())
        .unwrap_or_default();
    let skip = |step: usize, manual: &str| {
        inbound::diags::skipped(STEPS[step].0, address, manual, CREDENTIALS)
    };
    let mut first = match &account {
        Some(a) => a.address.clone(),
        None => vec![skip(0, &t!("walks-inbound-manual-address"))],
    };
    first.extend(servers);
    if let Some(copy) = copy {
        first.extend(inbound::eml(&copy.message, address, &support));
    }
    let (second, third) = match account {
        Some(a) => (a.forwarding, a.suspended),
        None => (
            vec![skip(1, &t!("walks-inbound-manual-forwarding"))],
            vec![skip(2, &t!("walks-inbound-manual-suspended"))],
        ),
    };
    STEPS
        .iter()
        .zip([first, second, third])
        .map(|((id, title), findings)| {
            Step::new(*id, t!(title), Some(address.to_string()), findings)
        })
        .collect()
}

/// What the account answers, for each step.
struct Account {
    support: BTreeSet<String>,
    address: Vec<Finding>,
    forwarding: Vec<Finding>,
    suspended: Vec<Finding>,
}

async fn account_steps(
    ctx: &Context,
    address: &str,
    copy: Option<&Copy>,
    now: i64,
) -> Option<Account> {
    let client = ctx.zendesk.as_ref()?;
    let forwarding_options = ForwardingOptions {
        only: Some(address.to_string()),
        ..ForwardingOptions::default()
    };
    let suspended_options = SuspendedOptions {
        filter: Filter {
            to: Some(address.to_string()),
            ..Filter::default()
        },
        now,
        wanted: copy.map(|c| c.wanted.clone()),
    };
    let (addresses, forwarding, sections) = tokio::join!(
        client.recipient_addresses(),
        forwarding::check(ctx, &forwarding_options),
        suspended::check(ctx, &suspended_options)
    );
    let (support, address_findings) = match addresses {
        Ok(addresses) => (
            addresses
                .iter()
                .map(|a| a.email.trim().to_ascii_lowercase())
                .collect(),
            vec![inbound::address(address, &addresses)],
        ),
        Err(error) => (
            BTreeSet::new(),
            vec![api::error(client, "support addresses", &error)],
        ),
    };
    Some(Account {
        support,
        address: address_findings,
        forwarding: forwarding.into_iter().flat_map(|(_, f)| f).collect(),
        suspended: sections.into_iter().flat_map(|s| s.findings).collect(),
    })
}
