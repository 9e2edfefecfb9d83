//! `zdiag undelivered`: every reply of the period that did not reach its recipient,
//! account-wide, and (with `--note`) a private note on each affected ticket.
//!
//! The tickets come from a search on Zendesk's failure tag (the search export past
//! the unified search's 1,000 results), their delivery statuses from `show_many`, 100
//! tickets a call, and the bounce notices from the Suspended tickets view when they are
//! tied to a ticket. Only failures are kept as the batches arrive: memory follows the
//! failures, not the notifications read.

pub mod diags;
mod failure;
pub mod state;

pub use failure::{Failure, Recipient};

use std::collections::{BTreeMap, BTreeSet};

use futures::StreamExt;

use crate::bounce::{Category, HardOrSoft};
use crate::checks::suspended::{Filter, gather, when};
use crate::checks::ticket::{FAILURE_TAG, Reading};
use crate::i18n::t;
use crate::report::Finding;
use crate::zendesk::{Client, Error, ErrorKind};

/// The tag a ticket gets with zdiag's note: how a later run knows to look for it.
pub const NOTED_TAG: &str = "zdiag_delivery_noted";

/// Requests of one kind in flight at once: bounds the burst on Zendesk's rate limit.
const AT_ONCE: usize = 4;

/// The period and the clock.
#[derive(Clone, Copy, Debug)]
pub struct UndeliveredOptions {
    pub since: i64,
    pub now: i64,
}

/// What a ticket's search result gives the notes.
#[derive(Clone, Debug, Default)]
pub struct TicketInfo {
    pub updated_at: Option<String>,
    pub noted: bool,
}

/// Everything the sweep found.
#[derive(Debug, Default)]
pub struct Sweep {
    pub tickets: BTreeMap<u64, TicketInfo>,
    pub failures: Vec<Failure>,
    /// Recipients whose identity is undeliverable, and those read at all.
    pub undeliverable: BTreeSet<String>,
    pub identities_read: BTreeSet<String>,
    /// Sources that could not be read: what, and why.
    pub unread: Vec<(String, String)>,
}

/// The search: the tickets tagged with a delivery failure and updated in the period
/// (a day of margin: the search compares dates; failures are then kept by their time).
pub fn query(since: i64) -> String {
    let day = when::rfc3339(since - 86_400);
    format!("type:ticket tags:{FAILURE_TAG} updated>{}", &day[..10])
}

/// Read the account: the tagged tickets, their delivery statuses, the bounce notices
/// tied to a ticket, and the failing recipients' identities.
pub async fn sweep(client: &Client, options: &UndeliveredOptions) -> Result<Sweep, Error> {
    let mut sweep = Sweep::default();
    let found = client.search_tickets(&query(options.since), Some).await?;
    for ticket in &found {
        sweep.tickets.insert(
            ticket.id,
            TicketInfo {
                updated_at: ticket.updated_at.clone(),
                noted: ticket.tags.iter().any(|t| t == NOTED_TAG),
            },
        );
    }
    let ids: Vec<u64> = sweep.tickets.keys().copied().collect();
    let mut batches = futures::stream::iter(ids.chunks(100))
        .map(|batch| client.email_notifications_of(batch))
        .buffer_unordered(AT_ONCE);
    while let Some(batch) = batches.next().await {
        for notification in batch? {
            let at = notification.created_at.as_deref().and_then(when::parse);
            if at.is_some_and(|t| t < options.since) {
                continue;
            }
            let Some(ticket) = notification.ticket_id else {
                continue;
            };
            for r in &notification.recipients {
                let (Some(address), Some(status)) = (&r.email_address, &r.delivery_status) else {
                    continue;
                };
                let reading = Reading::of(status);
                let Some(category) = reading.category else {
                    continue;
                };
                sweep.failures.push(Failure {
                    ticket,
                    notification_id: notification.notification_id,
                    suspended_id: None,
                    comment_id: notification.comment_id,
                    recipient: address.trim().to_ascii_lowercase(),
                    user_id: r.user_id,
                    at,
                    status_id: reading.id,
                    status_name: reading.name,
                    code: status.code.clone(),
                    category,
                    hard: reading.hard,
                    source: "delivery status",
                });
            }
        }
    }
    drop(batches);
    bounce_notices(client, options, &mut sweep).await;
    identities(client, &mut sweep).await;
    Ok(sweep)
}

/// The bounce notices in the Suspended tickets view tied to a ticket: a failure
/// each, unless the ticket's delivery status already names that recipient.
async fn bounce_notices(client: &Client, options: &UndeliveredOptions, sweep: &mut Sweep) {
    let filter = Filter {
        since: Some(options.since),
        ..Filter::default()
    };
    let gathered = match gather(client, &filter, options.now, None).await {
        Ok(gathered) => gathered,
        Err(error) => {
            sweep
                .unread
                .push((t!("undelivered-source-notices"), error.message));
            return;
        }
    };
    let known: BTreeSet<(u64, String)> = sweep
        .failures
        .iter()
        .map(|f| (f.ticket, f.recipient.clone()))
        .collect();
    for notice in &gathered.notices {
        let Some(ticket) = notice.ticket_id else {
            continue;
        };
        for bounced in &notice.recipients {
            let address = bounced.address.to_ascii_lowercase();
            if known.contains(&(ticket, address.clone())) {
                continue;
            }
            let category = Category::ALL
                .into_iter()
                .find(|c| c.as_str() == bounced.category)
                .unwrap_or(Category::Unknown);
            sweep.failures.push(Failure {
                ticket,
                notification_id: None,
                suspended_id: Some(notice.suspended_id),
                comment_id: None,
                recipient: address,
                user_id: None,
                at: notice.created,
                status_id: None,
                status_name: bounced.reason.to_string(),
                code: bounced.diagnostic.clone(),
                category,
                hard: bounced.hard_or_soft == HardOrSoft::Hard,
                source: "bounce notice",
            });
            sweep.tickets.entry(ticket).or_default();
        }
    }
}

/// The failing recipients' identities: which ones Zendesk no longer emails.
async fn identities(client: &Client, sweep: &mut Sweep) {
    let users: BTreeMap<u64, String> = sweep
        .failures
        .iter()
        .filter_map(|f| Some((f.user_id?, f.recipient.clone())))
        .collect();
    let mut read = futures::stream::iter(users.iter())
        .map(|(user, address)| async move { (address, client.identities(*user).await) })
        .buffer_unordered(AT_ONCE * 2);
    let mut failed = None;
    while let Some((address, identities)) = read.next().await {
        match identities {
            Ok(identities) => {
                sweep.identities_read.insert(address.clone());
                let undeliverable = identities.iter().any(|i| {
                    i.value
                        .as_deref()
                        .is_some_and(|v| v.eq_ignore_ascii_case(address))
                        && i.deliverable_state.as_deref() == Some("undeliverable")
                });
                if undeliverable {
                    sweep.undeliverable.insert(address.clone());
                }
            }
            Err(error) if error.kind != ErrorKind::NotFound => failed = Some(error.message),
            Err(_) => {}
        }
    }
    drop(read);
    if let Some(message) = failed {
        sweep
            .unread
            .push((t!("undelivered-source-identities"), message));
    }
}

/// The failures grouped by recipient: hard ones first, then the most tickets.
pub fn by_recipient<'a>(sweep: &'a Sweep, failures: &[&'a Failure]) -> Vec<Recipient<'a>> {
    let mut groups: BTreeMap<&str, Vec<&Failure>> = BTreeMap::new();
    for failure in failures {
        groups.entry(&failure.recipient).or_default().push(failure);
    }
    let mut recipients: Vec<Recipient<'a>> = groups
        .into_iter()
        .map(|(address, mut failures)| {
            failures.sort_by_key(|f| (f.ticket, f.at));
            Recipient {
                address,
                failures,
                undeliverable: sweep
                    .identities_read
                    .contains(address)
                    .then(|| sweep.undeliverable.contains(address)),
            }
        })
        .collect();
    recipients.sort_by(|a, b| {
        b.worst()
            .hard
            .cmp(&a.worst().hard)
            .then(b.failures.len().cmp(&a.failures.len()))
            .then(a.address.cmp(b.address))
    });
    recipients
}

/// The findings of the failures to report: one per recipient, the summary, the
/// addresses to correct, those Zendesk no longer emails.
pub fn findings(
    sweep: &Sweep,
    failures: &[&Failure],
    options: &UndeliveredOptions,
    sent: Option<u64>,
) -> Vec<Finding> {
    let recipients = by_recipient(sweep, failures);
    let mut findings: Vec<Finding> = recipients
        .iter()
        .map(|r| diags::recipient(r, options.now))
        .collect();
    if recipients.is_empty() {
        findings.push(diags::none(options.since, sweep.tickets.len()));
    } else {
        let tickets: BTreeSet<u64> = failures.iter().map(|f| f.ticket).collect();
        findings.push(diags::summary(&recipients, tickets.len(), options.since));
        let hard: Vec<String> = recipients
            .iter()
            .filter(|r| r.worst().hard)
            .map(|r| r.address.to_string())
            .collect();
        if !hard.is_empty() {
            findings.push(diags::addresses_to_correct(&hard));
        }
        let stopped: Vec<String> = recipients
            .iter()
            .filter(|r| r.undeliverable == Some(true))
            .map(|r| r.address.to_string())
            .collect();
        if !stopped.is_empty() {
            findings.push(diags::marked_undeliverable(&stopped));
        }
    }
    if let Some(sent) = sent {
        findings.push(diags::bounce_rate(recipients.len(), sent));
    }
    findings.extend(
        sweep
            .unread
            .iter()
            .map(|(what, why)| diags::not_checked(what, why)),
    );
    findings
}

/// The marker that names one failure in a note: found again, it is never noted twice.
pub fn marker(failure: &Failure) -> String {
    format!("[zdiag:{}]", failure.key())
}

/// The private note for one ticket's failures, in the words of the findings.
pub fn note(ticket: u64, failures: &[&Failure], now: i64) -> String {
    let ticket = ticket.to_string();
    let mut text = if failures.len() == 1 {
        t!("undelivered-note-header-one", ticket = ticket)
    } else {
        t!("undelivered-note-header-many", ticket = ticket)
    };
    text.push('\n');
    for f in failures {
        let said = match &f.code {
            Some(code) if !code.is_empty() && code != "0" && f.source == "delivery status" => {
                format!("{}, {code}", f.status_name)
            }
            _ => f.status_name.clone(),
        };
        let status = if f.hard {
            t!("undelivered-note-status-hard")
        } else {
            match f.retry_until(now) {
                Some(until) => t!(
                    "undelivered-note-status-retrying",
                    until = when::format(until)
                ),
                None => t!("undelivered-note-status-gave-up"),
            }
        };
        let (recipient, reason) = (
            f.recipient.as_str(),
            crate::checks::ticket::diags::describe(f.category),
        );
        let line = match f.at {
            Some(at) => t!(
                "undelivered-note-line-sent",
                recipient = recipient,
                sent = when::format(at),
                reason = reason,
                said = said,
                status = status
            ),
            None => t!(
                "undelivered-note-line",
                recipient = recipient,
                reason = reason,
                said = said,
                status = status
            ),
        };
        let advice = t!("undelivered-note-advice", advice = f.category.advice());
        text.push_str(&format!("\n{line}\n  {advice}\n  {}\n", marker(f)));
    }
    text
}

/// How the notes are written.
#[derive(Clone, Copy, Debug)]
pub struct NoteOptions {
    /// Show the notes, write nothing.
    pub dry_run: bool,
    pub now: i64,
}

/// One private note per affected ticket (its failures not noted yet), written at most
/// `AT_ONCE` at a time; a ticket that fails never stops the others.
pub async fn write_notes(
    client: &Client,
    sweep: &Sweep,
    failures: &[&Failure],
    options: &NoteOptions,
) -> Vec<Finding> {
    let mut per_ticket: BTreeMap<u64, Vec<&Failure>> = BTreeMap::new();
    for f in failures {
        per_ticket.entry(f.ticket).or_default().push(f);
    }
    futures::stream::iter(per_ticket)
        .map(|(ticket, failures)| async move {
            let info = sweep.tickets.get(&ticket).cloned().unwrap_or_default();
            note_one(client, ticket, &failures, &info, options).await
        })
        .buffered(AT_ONCE)
        .collect::<Vec<_>>()
        .await
}

async fn note_one(
    client: &Client,
    ticket: u64,
    failures: &[&Failure],
    info: &TicketInfo,
    options: &NoteOptions,
) -> Finding {
    let noted = if info.noted {
        match client.comment_bodies(ticket).await {
            Ok(bodies) => bodies,
            Err(error) => return diags::note_failed(ticket, &error.message, &error.advice()),
        }
    } else {
        Vec::new()
    };
    let fresh: Vec<&Failure> = failures
        .iter()
        .copied()
        .filter(|f| !noted.iter().any(|b| b.contains(&marker(f))))
        .collect();
    if fresh.is_empty() {
        return diags::note_skipped(ticket);
    }
    let body = note(ticket, &fresh, options.now);
    if options.dry_run {
        return diags::note_planned(ticket, &body);
    }
    let mut stamp = info.updated_at.clone();
    for attempt in 0..2 {
        match client
            .add_private_note(ticket, &body, NOTED_TAG, stamp.as_deref())
            .await
        {
            Ok(()) => return diags::note_written(ticket, &body, fresh.len()),
            Err(error) if error.kind == ErrorKind::Conflict && attempt == 0 => {
                // Changed since it was read: read it again. A write that went through
                // before the conflict shows its markers now.
                let (ticket_now, bodies) =
                    tokio::join!(client.ticket(ticket), client.comment_bodies(ticket));
                if let Ok(bodies) = bodies
                    && fresh
                        .iter()
                        .all(|f| bodies.iter().any(|b| b.contains(&marker(f))))
                {
                    return diags::note_skipped(ticket);
                }
                match ticket_now {
                    Ok(t) => stamp = t.updated_at,
                    Err(e) => return diags::note_failed(ticket, &e.message, &e.advice()),
                }
            }
            Err(error) => return diags::note_failed(ticket, &error.message, &error.advice()),
        }
    }
    diags::note_failed(
        ticket,
        &t!("undelivered-note-changed-again"),
        &t!("undelivered-note-run-again"),
    )
}
