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
use crate::report::{Code, Finding, Step};
use crate::zendesk::config::CREDENTIALS;

/// Zendesk's five steps: id, title.
pub const STEPS: [(&str, &str); 5] = [
    (
        "delivery-status",
        "Step 1: Check the email's delivery status",
    ),
    ("trigger", "Step 2: Check that a trigger sends the email"),
    ("forwarding", "Step 3: Check your email forwarding"),
    ("spf", "Step 4: Check your SPF record"),
    ("recipient", "Step 5: Check the status with the recipient"),
];

/// What to look at by hand while a step cannot run, in the procedure's words.
const MANUAL_DELIVERY_STATUS: &str = "Meanwhile: open the ticket, look for the warning icon next to the recipient's name, and read the delivery failure in the ticket's events (add /events to the ticket's URL).";
const MANUAL_TRIGGER: &str = "Meanwhile: in the ticket's events, check that a trigger sent an email notification after the agent's comment, and that the \"Notify requester\" triggers are active.";
const MANUAL_FORWARDING: &str = "Meanwhile: in Admin Center, Channels > Email, check that the support address's forwarding status shows no error.";

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
                MANUAL_DELIVERY_STATUS,
                &format!("{ticket} and {CREDENTIALS}"),
            )
        }
        (Some(_), Some(found)) => found.comment.iter().chain(&found.delivery).cloned().collect(),
        (Some(_), None) => vec![
            step_skipped(
                Code::OutboundStepSkipped,
                STEPS[0].0,
                domain,
                format!("Not checked: give the ticket whose reply did not arrive. {MANUAL_DELIVERY_STATUS}"),
            )
            .evidence("needs", "--ticket ID")
            .help("Run again with --ticket ID (the number in the ticket's URL)."),
        ],
    };
    let (mut trigger_findings, forwarding_findings) = account.unwrap_or_else(|| {
        (
            skip(1, MANUAL_TRIGGER, CREDENTIALS),
            skip(2, MANUAL_FORWARDING, CREDENTIALS),
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
                "Not checked: give the address that does not receive the replies.",
            )
            .evidence("needs", "--recipient ADDR (or --ticket ID)")
            .help("Run again with --recipient customer@their-domain, or --ticket ID."),
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
            let target = match *id {
                "recipient" => recipients.clone(),
                "spf" => Some(domain.to_string()),
                "delivery-status" => ticket.map(|t| format!("ticket {t}")),
                _ => None,
            };
            Step::new(*id, *title, target, findings)
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
