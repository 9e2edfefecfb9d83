//! `zdiag outbound`: Zendesk's procedure "if customers don't receive the emails agents send",
//! walked in its order, with every step DNS can answer answered for real.
//!
//! The steps and their order are Zendesk's: 1 delivery status, 2 the trigger, 3 forwarding,
//! 4 SPF (authentication: SPF, DKIM and DMARC together), 5 the recipient's side. Steps that
//! need the Zendesk API are skipped with the exact flags and variables that would enable
//! them, and the manual check meanwhile. Every DNS question of steps 4 and 5 is issued at
//! once; the shared cache merges the ones the checks have in common.

use crate::checks::api::step_needs_account;
use crate::checks::dkim::{self, DkimOptions};
use crate::checks::forwarding::{self, ForwardingOptions};
use crate::checks::suspended::when;
use crate::checks::ticket::{self, TicketFindings, TicketOptions};
use crate::checks::{dmarc, recipient, spf, step_skipped, suspended, triggers};
use crate::context::Context;
use crate::i18n::t;
use crate::report::{Code, Finding, Step};
use crate::zendesk::config::CREDENTIALS;

/// Zendesk's five steps: id, and the catalogue key of its title (the procedure's own).
pub const STEPS: [(&str, &str); 5] = [
    ("delivery-status", "walks-outbound-step-1"),
    ("trigger", "walks-outbound-step-2"),
    ("forwarding", "walks-outbound-step-3"),
    ("spf", "walks-outbound-step-4"),
    ("recipient", "walks-outbound-step-5"),
];

/// Run the five steps for mail sent as `domain`; with `ticket`, steps 1 and 2 follow
/// that ticket's reply, and step 5 its recipients when `recipient` is not given.
pub async fn run(
    ctx: &Context,
    domain: &str,
    recipient: Option<&str>,
    ticket: Option<u64>,
) -> Vec<Step> {
    let (authentication, given_recipient, account, followed) = tokio::join!(
        authentication(ctx, domain),
        async {
            match recipient {
                Some(address) => Some(recipient_side(ctx, address).await),
                None => None,
            }
        },
        account_steps(ctx, domain),
        follow_ticket(ctx, ticket)
    );
    let skip = |step: usize, manual: &str, needs: &str| {
        vec![step_needs_account(
            Code::OutboundStepSkipped,
            STEPS[step].0,
            domain,
            manual,
            needs,
        )]
    };
    let delivery_status = match (&ctx.zendesk, &followed) {
        (None, _) => {
            let ticket = match ticket {
                Some(id) => format!("ticket {id}"),
                None => "--ticket ID".to_string(),
            };
            skip(
                0,
                &t!("walks-outbound-manual-delivery-status"),
                &format!("{ticket} and {CREDENTIALS}"),
            )
        }
        (Some(_), Some(found)) => found
            .comment
            .iter()
            .chain(&found.delivery)
            .cloned()
            .collect(),
        (Some(_), None) => vec![
            step_skipped(
                Code::OutboundStepSkipped,
                STEPS[0].0,
                domain,
                t!(
                    "walks-outbound-needs-ticket",
                    manual = t!("walks-outbound-manual-delivery-status")
                ),
            )
            .evidence("needs", "--ticket ID")
            .help(t!("walks-outbound-needs-ticket.fix")),
        ],
    };
    let (mut trigger_findings, forwarding_findings) = account.unwrap_or_else(|| {
        (
            skip(1, &t!("walks-outbound-manual-trigger"), CREDENTIALS),
            skip(2, &t!("walks-outbound-manual-forwarding"), CREDENTIALS),
        )
    });
    if let Some(found) = &followed {
        // The account's triggers are step 2's own findings already.
        trigger_findings.extend(
            found
                .trigger
                .iter()
                .filter(|f| !f.code.as_str().starts_with("triggers-"))
                .cloned(),
        );
    }
    let ticket_recipients: Vec<String> = followed
        .as_ref()
        .map(|f| f.recipients.clone())
        .unwrap_or_default();
    let recipient_findings = match (given_recipient, &followed) {
        (Some(findings), _) => findings,
        (None, Some(found)) if !ticket_recipients.is_empty() => {
            let bounces = futures::future::join_all(
                ticket_recipients
                    .iter()
                    .map(|address| suspended::bounces_for(ctx, address)),
            )
            .await;
            found
                .recipient
                .iter()
                .cloned()
                .chain(bounces.into_iter().flatten().flatten())
                .collect()
        }
        _ => vec![
            step_skipped(
                Code::OutboundStepSkipped,
                STEPS[4].0,
                "recipient",
                t!("walks-outbound-needs-recipient"),
            )
            .evidence("needs", "--recipient ADDR (or --ticket ID)")
            .help(t!("walks-outbound-needs-recipient.fix")),
        ],
    };
    let findings = [
        delivery_status,
        trigger_findings,
        forwarding_findings,
        authentication,
        recipient_findings,
    ];
    let recipients = match recipient {
        Some(address) => Some(address.to_string()),
        None if !ticket_recipients.is_empty() => Some(ticket_recipients.join(", ")),
        None => None,
    };
    STEPS
        .iter()
        .zip(findings)
        .map(|((id, title), findings)| {
            let title = t!(title);
            let target = match *id {
                "recipient" => recipients.clone(),
                "spf" => Some(domain.to_string()),
                "delivery-status" => ticket.map(|t| format!("ticket {t}")),
                _ => None,
            };
            Step::new(*id, title, target, findings)
        })
        .collect()
}

/// Steps 1 and 2 for one ticket, when one is given and the account is readable.
async fn follow_ticket(ctx: &Context, ticket: Option<u64>) -> Option<TicketFindings> {
    ctx.zendesk.as_ref()?;
    let options = TicketOptions {
        comment: None,
        now: when::now(),
    };
    Some(ticket::check(ctx, ticket?, &options).await)
}

/// Steps 2 and 3 from the account (API or export): the triggers, and the forwarding of
/// the support addresses at `domain`. `None` without Zendesk access.
async fn account_steps(ctx: &Context, domain: &str) -> Option<(Vec<Finding>, Vec<Finding>)> {
    ctx.zendesk.as_ref()?;
    let options = ForwardingOptions {
        only: Some(domain.to_string()),
        ..ForwardingOptions::default()
    };
    let (trigger_findings, grouped) =
        tokio::join!(triggers::check(ctx), forwarding::check(ctx, &options));
    let forwarding_findings = grouped.into_iter().flat_map(|(_, f)| f).collect();
    Some((trigger_findings, forwarding_findings))
}

/// Step 4: Zendesk calls it "SPF"; receivers judge SPF, DKIM and DMARC together.
async fn authentication(ctx: &Context, domain: &str) -> Vec<Finding> {
    let spf_options = spf::SpfOptions {
        client: None,
        require_include: vec![crate::zendesk::SPF_INCLUDE.to_string()],
    };
    let dkim_options = DkimOptions::default();
    let (spf, dkim, dmarc) = tokio::join!(
        spf::check(ctx, domain, &spf_options),
        dkim::check(ctx, domain, &dkim_options),
        dmarc::check(ctx, domain)
    );
    spf.into_iter().chain(dkim).chain(dmarc).collect()
}

/// Step 5 for an address given: its domain's side, and the bounces of mail to it that
/// sit in the Suspended tickets view when the account is readable.
async fn recipient_side(ctx: &Context, address: &str) -> Vec<Finding> {
    let (mut findings, bounces) = tokio::join!(
        recipient::check(ctx, address),
        suspended::bounces_for(ctx, address)
    );
    findings.extend(bounces.into_iter().flatten());
    findings
}
