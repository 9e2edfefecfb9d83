//! The account-wide sweep's findings (`zdiag undelivered`), with the text `zdiag
//! explain CODE` prints, and one constructor per code.

use serde_json::{Value, json};

use super::{Failure, Recipient};
use crate::checks::bounce::BOUNCE_RATE_LINE;
use crate::checks::suspended::when;
use crate::checks::ticket::diags::{describe, list};
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};

codes! {
    UndeliveredNone = "undelivered-none" {
        title: "Every reply in the period reached its recipients",
        meaning: "No ticket updated in the period carries a failed email notification, and no bounce notice in the Suspended tickets view is tied to one of its tickets.",
        fix: "",
    }
    UndeliveredHard = "undelivered-hard" {
        title: "Replies to this address failed for good",
        meaning: "Zendesk's delivery status for replies to this address is a permanent failure (the address or its domain does not exist, or the receiving server refused it for good), or a bounce notice in the Suspended tickets view says so. Zendesk marks such an address undeliverable and stops emailing it: the customer gets no reply on any ticket until the address is corrected.",
        fix: "Ask the customer for a working address (by phone, chat or another address), correct it on their profile, then send the replies again.",
    }
    UndeliveredSoft = "undelivered-soft" {
        title: "Replies to this address failed for now",
        meaning: "Zendesk's delivery status for replies to this address is a temporary failure (a full mailbox, a busy or unreachable server, rate limiting, a policy refusal). Zendesk retries for up to 5 days; past that the reply is lost, and after 10 soft bounces the address is marked undeliverable.",
        fix: "Follow the reason's advice in the message; once Zendesk has stopped retrying, send the reply again or reach the customer another way.",
    }
    UndeliveredSummary = "undelivered-summary" {
        title: "Failed replies by reason and by domain",
        meaning: "The failed recipients of the period counted once each, by bounce category and by recipient domain: a single domain with many failures points at that domain's mail servers or at how it judges your mail, not at the customers.",
        fix: "",
    }
    UndeliveredAddressesToCorrect = "undelivered-addresses-to-correct" {
        title: "Addresses to correct",
        meaning: "The addresses whose replies failed for good: each needs a corrected address on the customer's profile before any reply can reach them.",
        fix: "Correct each address on the customer's profile (or ask them for another), then send the replies again.",
    }
    UndeliveredMarkedUndeliverable = "undelivered-marked-undeliverable" {
        title: "Addresses Zendesk no longer emails",
        meaning: "The email identities of these recipients are `undeliverable`: after a hard bounce, or 10 soft bounces, Zendesk stopped sending them any email, silently.",
        fix: "Once an address works again (or after correcting it), open the user's profile and mark the address deliverable.",
    }
    UndeliveredBounceRate = "undelivered-bounce-rate" {
        title: "The bounce rate against the 2% line",
        meaning: "Failed recipients divided by the emails sent in the period (`--sent N`). Mailbox providers watch bounce rates: above 2%, expect them to slow down or refuse the account's mail.",
        fix: "Clean the addresses that failed for good, and check that the account's forms do not collect mistyped addresses.",
    }
    UndeliveredAlreadyReported = "undelivered-already-reported" {
        title: "Failures already reported in an earlier run",
        meaning: "These failures are in the `--state` file: an earlier run reported them, so this one does not again. Only new failures are shown.",
        fix: "",
    }
    UndeliveredStateStarted = "undelivered-state-started" {
        title: "A new state file",
        meaning: "The `--state` file did not exist: every failure of the period is new to it, and the file now records them so the next run reports only what is new.",
        fix: "",
    }
    UndeliveredStateNotSaved = "undelivered-state-not-saved" {
        title: "The state file could not be written",
        meaning: "The run reported its failures (and wrote its notes), but `--state` could not be updated: the next run will report these failures again.",
        fix: "Make the state file's directory writable (and check the disk has space), then run again.",
    }
    UndeliveredNotChecked = "undelivered-not-checked" {
        title: "Part of the sweep could not be read",
        meaning: "One source of failures could not be read (the bounce notices in the Suspended tickets view, or the recipients' identities), usually for want of a permission: the failures shown are complete for the delivery statuses but may miss what that source holds.",
        fix: "Run with an admin's token to read every source.",
    }
    UndeliveredNoteWritten = "undelivered-note-written" {
        title: "A private note on the ticket",
        meaning: "zdiag added a private internal note to the ticket saying who did not get which reply, why, and what to do, and the tag `zdiag_delivery_noted`. A private note emails no customer. Each failure is named in the note by its notification id, so a later run never notes it twice.",
        fix: "",
    }
    UndeliveredNotePlanned = "undelivered-note-planned" {
        title: "The note --note would write",
        meaning: "With `--dry-run`, the private note zdiag would add to the ticket, shown and not written.",
        fix: "",
    }
    UndeliveredNoteSkipped = "undelivered-note-skipped" {
        title: "Already noted",
        meaning: "The ticket already holds zdiag's note for every one of these failures (found by the notification id in its private notes): nothing is written again.",
        fix: "",
    }
    UndeliveredNoteFailed = "undelivered-note-failed" {
        title: "The note could not be written",
        meaning: "Zendesk refused or failed the update of this ticket (a permission, a ticket closed or changed meanwhile, the rate limit after the retries). The other tickets were still noted.",
        fix: "Follow the message's advice, then run zdiag undelivered --note again: tickets already noted are not noted twice.",
    }
}

fn ticket_refs(failures: &[&Failure]) -> Vec<Value> {
    failures
        .iter()
        .map(|f| {
            json!({
                "ticket": f.ticket,
                "notification_id": f.notification_id,
                "suspended_id": f.suspended_id,
                "at": f.at.map(when::rfc3339),
                "delivery_status": {"id": f.status_id, "name": f.status_name, "code": f.code},
                "source": f.source,
            })
        })
        .collect()
}

/// One failed recipient, every ticket whose reply to them failed listed.
pub fn recipient(r: &Recipient<'_>, now: i64) -> Finding {
    let worst = r.worst();
    let tickets: Vec<String> = r
        .failures
        .iter()
        .map(|f| format!("#{}", f.ticket))
        .collect();
    let mut seen = Vec::new();
    let tickets: Vec<String> = tickets
        .into_iter()
        .filter(|t| {
            let new = !seen.contains(t);
            seen.push(t.clone());
            new
        })
        .collect();
    let said = match &worst.code {
        Some(code) if !code.is_empty() && code != "0" => format!("{}, {code}", worst.status_name),
        _ => worst.status_name.clone(),
    };
    let (code, status) = if worst.hard {
        (Code::UndeliveredHard, Status::Fail)
    } else {
        (Code::UndeliveredSoft, Status::Warn)
    };
    let then = if worst.hard {
        "Zendesk stops emailing it.".to_string()
    } else {
        match worst.retry_until(now) {
            Some(until) => format!("Zendesk is still retrying, until {}.", when::format(until)),
            None => "Zendesk has stopped retrying.".to_string(),
        }
    };
    let help = if worst.hard {
        format!(
            "{} Once it is corrected on the customer's profile, send the replies again.",
            worst.category.advice()
        )
    } else {
        worst.category.advice().to_string()
    };
    Finding::new(
        code,
        status,
        r.address,
        format!(
            "{}: {} ({said}), replies on {} {}. {then}",
            r.address,
            describe(worst.category),
            if tickets.len() == 1 {
                "ticket"
            } else {
                "tickets"
            },
            list(&tickets),
        ),
    )
    .evidence("recipient", r.address)
    .evidence("category", worst.category.as_str())
    .evidence("hard_or_soft", if worst.hard { "hard" } else { "soft" })
    .evidence("retrying", !worst.hard && worst.retry_until(now).is_some())
    .evidence("undeliverable", r.undeliverable)
    .evidence(
        "tickets",
        r.failures.iter().map(|f| f.ticket).collect::<Vec<_>>(),
    )
    .evidence("failures", ticket_refs(&r.failures))
    .show(&["tickets"])
    .help(help)
}

pub fn none(since: i64, searched: usize) -> Finding {
    Finding::new(
        Code::UndeliveredNone,
        Status::Pass,
        "account",
        format!(
            "No reply failed to deliver since {} ({searched} tickets tagged with a delivery failure read).",
            when::format(since)
        ),
    )
    .evidence("since", when::rfc3339(since))
    .evidence("tickets_read", searched)
}

/// Counts by category and by domain.
pub fn summary(recipients: &[Recipient<'_>], tickets: usize, since: i64) -> Finding {
    let mut categories: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut domains: std::collections::BTreeMap<String, usize> = Default::default();
    let mut hard = 0;
    for r in recipients {
        let worst = r.worst();
        *categories.entry(worst.category.as_str()).or_default() += 1;
        let domain = r
            .address
            .rsplit_once('@')
            .map_or("", |(_, d)| d)
            .to_string();
        *domains.entry(domain).or_default() += 1;
        hard += usize::from(worst.hard);
    }
    let mut by_domain: Vec<(String, usize)> = domains.into_iter().collect();
    by_domain.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Finding::new(
        Code::UndeliveredSummary,
        Status::Info,
        "account",
        format!(
            "{} recipients did not get replies on {tickets} tickets since {}: {hard} for good (hard), {} for now (soft).",
            recipients.len(),
            when::format(since),
            recipients.len() - hard
        ),
    )
    .evidence("recipients", recipients.len())
    .evidence("tickets", tickets)
    .evidence("hard", hard)
    .evidence("soft", recipients.len() - hard)
    .evidence("by_category", json!(categories))
    .evidence(
        "by_domain",
        by_domain
            .iter()
            .map(|(d, n)| json!({"domain": d, "recipients": n}))
            .collect::<Vec<_>>(),
    )
    .show(&["by_category", "by_domain"])
}

pub fn addresses_to_correct(addresses: &[String]) -> Finding {
    Finding::new(
        Code::UndeliveredAddressesToCorrect,
        Status::Info,
        "account",
        format!(
            "{} addresses to correct: {}.",
            addresses.len(),
            list(addresses)
        ),
    )
    .evidence("addresses", addresses)
    .help(Code::UndeliveredAddressesToCorrect.doc().fix)
}

pub fn marked_undeliverable(addresses: &[String]) -> Finding {
    Finding::new(
        Code::UndeliveredMarkedUndeliverable,
        Status::Warn,
        "account",
        format!(
            "Zendesk no longer emails {} of these addresses: {}.",
            addresses.len(),
            list(addresses)
        ),
    )
    .evidence("addresses", addresses)
    .help(Code::UndeliveredMarkedUndeliverable.doc().fix)
}

pub fn bounce_rate(failed: usize, sent: u64) -> Finding {
    let rate = failed as f64 * 100.0 / sent as f64;
    let status = if rate > BOUNCE_RATE_LINE {
        Status::Fail
    } else {
        Status::Pass
    };
    let finding = Finding::new(
        Code::UndeliveredBounceRate,
        status,
        "account",
        format!(
            "{failed} failed recipients of {sent} emails sent: {rate:.2}% (the line is {BOUNCE_RATE_LINE}%)."
        ),
    )
    .evidence("failed", failed)
    .evidence("sent", sent)
    .evidence("rate_percent", (rate * 100.0).round() / 100.0)
    .show(&["rate_percent"]);
    if status == Status::Fail {
        finding.help(Code::UndeliveredBounceRate.doc().fix)
    } else {
        finding
    }
}

pub fn already_reported(count: usize, state: &str) -> Finding {
    Finding::new(
        Code::UndeliveredAlreadyReported,
        Status::Info,
        state,
        format!("{count} failures were reported by an earlier run ({state}): not shown again."),
    )
    .evidence("count", count)
}

pub fn state_started(count: usize, state: &str) -> Finding {
    Finding::new(
        Code::UndeliveredStateStarted,
        Status::Info,
        state,
        format!("{state} did not exist: it now records the {count} failures of this run."),
    )
    .evidence("recorded", count)
}

pub fn state_not_saved(state: &str, message: &str) -> Finding {
    Finding::new(
        Code::UndeliveredStateNotSaved,
        Status::Error,
        state,
        format!("{message}: the next run will report these failures again."),
    )
    .help(Code::UndeliveredStateNotSaved.doc().fix)
}

pub fn not_checked(what: &str, message: &str) -> Finding {
    Finding::new(
        Code::UndeliveredNotChecked,
        Status::Warn,
        what,
        format!("{what} could not be read: {message}"),
    )
    .help(Code::UndeliveredNotChecked.doc().fix)
}

pub fn note_written(ticket: u64, body: &str, failures: usize) -> Finding {
    Finding::new(
        Code::UndeliveredNoteWritten,
        Status::Info,
        format!("ticket {ticket}"),
        format!("Added a private note on ticket {ticket} for {failures} failed recipients."),
    )
    .evidence("ticket", ticket)
    .evidence("note", body)
}

pub fn note_planned(ticket: u64, body: &str) -> Finding {
    Finding::new(
        Code::UndeliveredNotePlanned,
        Status::Info,
        format!("ticket {ticket}"),
        format!("Would add a private note on ticket {ticket} (--dry-run: not written)."),
    )
    .evidence("ticket", ticket)
    .evidence("note", body)
    .show(&["note"])
}

pub fn note_skipped(ticket: u64) -> Finding {
    Finding::new(
        Code::UndeliveredNoteSkipped,
        Status::Info,
        format!("ticket {ticket}"),
        format!("Ticket {ticket} already holds the note for these failures: nothing written."),
    )
    .evidence("ticket", ticket)
}

pub fn note_failed(ticket: u64, message: &str, advice: &str) -> Finding {
    Finding::new(
        Code::UndeliveredNoteFailed,
        Status::Error,
        format!("ticket {ticket}"),
        format!("The note on ticket {ticket} was not written: {message}"),
    )
    .evidence("ticket", ticket)
    .help(format!(
        "{advice} {}",
        Code::UndeliveredNoteFailed.doc().fix
    ))
}
