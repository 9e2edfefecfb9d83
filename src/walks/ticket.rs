//! `zdiag ticket ID...`: for each ticket, its reply followed through four steps (the
//! comment, the trigger, delivery, the recipient), several tickets at once.

use futures::StreamExt;

use crate::checks::ticket::{self, Outcome, TicketFindings, TicketOptions};
use crate::context::Context;
use crate::i18n::t;
use crate::report::Step;

/// The four steps of one ticket: id, and the catalogue key of its title.
pub const STEPS: [(&str, &str); 4] = [
    ("comment", "walks-ticket-step-comment"),
    ("trigger", "walks-ticket-step-trigger"),
    ("delivery", "walks-ticket-step-delivery"),
    ("recipient", "walks-ticket-step-recipient"),
];

/// Tickets read at once: each is a chain of about six requests, and the client waits
/// out Zendesk's 429s, so this bounds the burst, not the rate.
const TICKETS_AT_ONCE: usize = 25;

/// One ticket's steps, and what happened to its reply.
pub struct Walked {
    pub id: u64,
    pub steps: Vec<Step>,
    pub outcome: Outcome,
}

/// The tickets, in the order given.
pub async fn run(ctx: &Context, ids: &[u64], options: &TicketOptions) -> Vec<Walked> {
    futures::stream::iter(ids.iter().copied())
        .map(|id| async move { (id, ticket::check(ctx, id, options).await) })
        .buffered(TICKETS_AT_ONCE)
        .map(|(id, found)| Walked {
            id,
            outcome: found.outcome.clone(),
            steps: steps(id, found),
        })
        .collect()
        .await
}

fn steps(id: u64, found: TicketFindings) -> Vec<Step> {
    let target = Some(format!("ticket {id}"));
    // A ticket that could not be read has nothing past its first step.
    let read = !(found.trigger.is_empty() && found.delivery.is_empty());
    let groups = [
        found.comment,
        found.trigger,
        found.delivery,
        found.recipient,
    ];
    STEPS
        .iter()
        .zip(groups)
        .enumerate()
        .filter(|(n, _)| read || *n == 0 || *n == 3)
        .filter(|(_, (_, findings))| read || !findings.is_empty())
        .map(|(_, ((step, title), findings))| Step::new(*step, t!(title), target.clone(), findings))
        .collect()
}
