//! The account-wide sweep's findings (`zdiag undelivered`), with the text `zdiag
//! explain CODE` prints, and one constructor per code.

use serde_json::{Value, json};

use super::failure::{Failure, Recipient};
use crate::checks::bounce::BOUNCE_RATE_LINE;
use crate::checks::suspended::when;
use crate::checks::ticket::diags::{describe, list};
use crate::i18n::t;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};

codes! {
    UndeliveredNone = "undelivered-none",
    UndeliveredHard = "undelivered-hard",
    UndeliveredSoft = "undelivered-soft",
    UndeliveredSummary = "undelivered-summary",
    UndeliveredAddressesToCorrect = "undelivered-addresses-to-correct",
    UndeliveredMarkedUndeliverable = "undelivered-marked-undeliverable",
    UndeliveredBounceRate = "undelivered-bounce-rate",
    UndeliveredAlreadyReported = "undelivered-already-reported",
    UndeliveredStateStarted = "undelivered-state-started",
    UndeliveredStateNotSaved = "undelivered-state-not-saved",
    UndeliveredNotChecked = "undelivered-not-checked",
    UndeliveredNoteWritten = "undelivered-note-written",
    UndeliveredNotePlanned = "undelivered-note-planned",
    UndeliveredNoteSkipped = "undelivered-note-skipped",
    UndeliveredNoteFailed = "undelivered-note-failed",
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
        t!("undelivered-then-hard")
    } else {
        match worst.retry_until(now) {
            Some(until) => t!("undelivered-then-retrying", until = when::format(until)),
            None => t!("undelivered-then-gave-up"),
        }
    };
    let help = if worst.hard {
        t!("undelivered-help-hard", advice = worst.category.advice())
    } else {
        worst.category.advice().to_string()
    };
    let (reason, listed) = (describe(worst.category), list(&tickets));
    let message = if tickets.len() == 1 {
        t!(
            "undelivered-recipient-one",
            address = r.address,
            reason = reason,
            said = said,
            tickets = listed,
            then = then
        )
    } else {
        t!(
            "undelivered-recipient-many",
            address = r.address,
            reason = reason,
            said = said,
            tickets = listed,
            then = then
        )
    };
    Finding::new(code, status, r.address, message)
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
        t!("undelivered-account"),
        t!(
            "undelivered-none-message",
            since = when::format(since),
            count = searched
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
        t!("undelivered-account"),
        t!(
            "undelivered-summary-message",
            recipients = recipients.len(),
            tickets = tickets,
            since = when::format(since),
            hard = hard,
            soft = recipients.len() - hard
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
        t!("undelivered-account"),
        t!(
            "undelivered-addresses-to-correct-message",
            count = addresses.len(),
            addresses = list(addresses)
        ),
    )
    .evidence("addresses", addresses)
    .help(Code::UndeliveredAddressesToCorrect.doc().fix)
}

pub fn marked_undeliverable(addresses: &[String]) -> Finding {
    Finding::new(
        Code::UndeliveredMarkedUndeliverable,
        Status::Warn,
        t!("undelivered-account"),
        t!(
            "undelivered-marked-undeliverable-message",
            count = addresses.len(),
            addresses = list(addresses)
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
        t!("undelivered-account"),
        t!(
            "undelivered-bounce-rate-message",
            failed = failed,
            sent = sent,
            rate = format!("{rate:.2}"),
            line = BOUNCE_RATE_LINE.to_string()
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
        t!(
            "undelivered-already-reported-message",
            count = count,
            state = state
        ),
    )
    .evidence("count", count)
}

pub fn state_started(count: usize, state: &str) -> Finding {
    Finding::new(
        Code::UndeliveredStateStarted,
        Status::Info,
        state,
        t!(
            "undelivered-state-started-message",
            state = state,
            count = count
        ),
    )
    .evidence("recorded", count)
}

pub fn state_not_saved(state: &str, message: &str) -> Finding {
    Finding::new(
        Code::UndeliveredStateNotSaved,
        Status::Error,
        state,
        t!("undelivered-state-not-saved-message", error = message),
    )
    .help(Code::UndeliveredStateNotSaved.doc().fix)
}

pub fn not_checked(what: &str, message: &str) -> Finding {
    Finding::new(
        Code::UndeliveredNotChecked,
        Status::Warn,
        what,
        t!(
            "undelivered-not-checked-message",
            what = what,
            error = message
        ),
    )
    .help(Code::UndeliveredNotChecked.doc().fix)
}

pub fn note_written(ticket: u64, body: &str, failures: usize) -> Finding {
    Finding::new(
        Code::UndeliveredNoteWritten,
        Status::Info,
        format!("ticket {ticket}"),
        t!(
            "undelivered-note-written-message",
            ticket = ticket.to_string(),
            count = failures
        ),
    )
    .evidence("ticket", ticket)
    .evidence("note", body)
}

pub fn note_planned(ticket: u64, body: &str) -> Finding {
    Finding::new(
        Code::UndeliveredNotePlanned,
        Status::Info,
        format!("ticket {ticket}"),
        t!(
            "undelivered-note-planned-message",
            ticket = ticket.to_string()
        ),
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
        t!(
            "undelivered-note-skipped-message",
            ticket = ticket.to_string()
        ),
    )
    .evidence("ticket", ticket)
}

pub fn note_failed(ticket: u64, message: &str, advice: &str) -> Finding {
    Finding::new(
        Code::UndeliveredNoteFailed,
        Status::Error,
        format!("ticket {ticket}"),
        t!(
            "undelivered-note-failed-message",
            ticket = ticket.to_string(),
            error = message
        ),
    )
    .evidence("ticket", ticket)
    .help(format!(
        "{advice} {}",
        Code::UndeliveredNoteFailed.doc().fix
    ))
}
