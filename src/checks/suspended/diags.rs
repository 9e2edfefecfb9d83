//! The suspended-tickets check's findings: its codes, with the text `zdiag explain CODE`
//! prints, and one constructor per code. Which findings apply is decided in `mod.rs`.

use serde_json::{Value, json};

use super::causes::{Cause, Weight};
use super::groups::{Filter, Found, Group, SenderDomain, SpfState};
use super::notice::Notice;
use super::when;
use crate::bounce::HardOrSoft;
use crate::i18n::t;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::zendesk::{AccountSettings, Recovery};

codes! {
    SuspendedNone = "suspended-none",
    SuspendedSummary = "suspended-summary",
    SuspendedCauseAllMail = "suspended-cause-all-mail",
    SuspendedCauseCustomerMail = "suspended-cause-customer-mail",
    SuspendedCauseNoise = "suspended-cause-noise",
    SuspendedCauseUnknown = "suspended-cause-unknown",
    SuspendedSpamKnownSender = "suspended-spam-known-sender",
    SuspendedDeletionSoon = "suspended-deletion-soon",
    SuspendedSenderAuthentication = "suspended-sender-authentication",
    SuspendedSenderDomain = "suspended-sender-domain",
    SuspendedSenderDomainUnchecked = "suspended-sender-domain-unchecked",
    SuspendedFromSupportAddress = "suspended-from-support-address",
    SuspendedBounce = "suspended-bounce",
    SuspendedRecovered = "suspended-recovered",
    SuspendedRecoverFailed = "suspended-recover-failed",
    SuspendedMessageFound = "suspended-message-found",
    SuspendedMessageNotFound = "suspended-message-not-found",
}

fn date(seconds: Option<i64>) -> Value {
    seconds.map_or(Value::Null, |s| Value::from(when::format(s)))
}

/// A date for a sentence: the date, or "unknown".
fn said(seconds: Option<i64>) -> String {
    seconds.map_or_else(|| t!("suspended-date-unknown"), when::format)
}

fn top(counts: &std::collections::BTreeMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = counts.iter().map(|(k, v)| (k.clone(), *v)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list.truncate(n);
    list
}

fn counted(list: Vec<(String, usize)>, key: &str) -> Value {
    Value::Array(
        list.into_iter()
            .map(|(name, count)| json!({key: name, "count": count}))
            .collect(),
    )
}

fn cause_label(cause: Option<&Cause>, group: &Group) -> String {
    let text = || {
        group
            .cause
            .clone()
            .unwrap_or_else(|| t!("suspended-cause-no-text"))
    };
    match (cause, group.cause_id) {
        (Some(c), _) => format!("{} ({} {})", c.label(), c.id, c.name),
        (None, Some(id)) => t!(
            "suspended-cause-label-unknown",
            id = id.to_string(),
            text = text()
        ),
        (None, None) => t!("suspended-cause-label-none", text = text()),
    }
}

/// Nothing suspended, among the tickets the filter keeps (sent to an address, or from one).
pub fn none(filter: &Filter) -> Finding {
    let (subject, message) = match (&filter.to, &filter.from) {
        (Some(to), _) => (
            t!("suspended-scope-to", address = to.as_str()),
            t!("suspended-msg-none-to", address = to.as_str()),
        ),
        (None, Some(from)) => (
            t!("suspended-scope-from", address = from.as_str()),
            t!("suspended-msg-none-from", address = from.as_str()),
        ),
        _ => (String::new(), t!("suspended-msg-none")),
    };
    Finding::new(Code::SuspendedNone, Status::Pass, subject, message)
}

/// The table: one row per cause.
pub fn summary(groups: &[(Option<&Cause>, &Group)], total: usize) -> Finding {
    let rows: Vec<Value> = groups
        .iter()
        .map(|(cause, group)| {
            json!({
                "cause_id": group.cause_id,
                "cause": cause_label(*cause, group),
                "count": group.count,
                "oldest": date(group.oldest),
                "means": cause.map_or_else(|| t!("suspended-cause-not-documented"), Cause::means),
                "fix": cause.map_or_else(|| Code::SuspendedCauseUnknown.doc().fix, Cause::fix),
            })
        })
        .collect();
    Finding::new(
        Code::SuspendedSummary,
        Status::Info,
        t!("suspended-subject-tickets"),
        t!(
            "suspended-msg-summary",
            total = total,
            causes = groups.len()
        ),
    )
    .evidence("total", total)
    .evidence("causes", rows)
}

/// One cause's group, with every ticket id.
pub fn group(cause: Option<&Cause>, group: &Group) -> Finding {
    let (code, status) = match cause.map(|c| c.weight) {
        Some(Weight::AllMail) => (Code::SuspendedCauseAllMail, Status::Fail),
        Some(Weight::Customer) => (Code::SuspendedCauseCustomerMail, Status::Warn),
        Some(Weight::Noise) => (Code::SuspendedCauseNoise, Status::Info),
        None => (Code::SuspendedCauseUnknown, Status::Warn),
    };
    let label = cause_label(cause, group);
    let means = cause.map_or_else(|| t!("suspended-cause-zendesk-undocumented"), Cause::means);
    let fix = cause.map_or_else(|| Code::SuspendedCauseUnknown.doc().fix, Cause::fix);
    Finding::new(
        code,
        status,
        label.clone(),
        t!(
            "suspended-msg-group",
            label = label,
            count = group.count,
            newest = said(group.newest),
            oldest = said(group.oldest),
            means = means
        ),
    )
    .evidence("cause_id", group.cause_id)
    .evidence(
        "cause_name",
        cause.map_or(Value::Null, |c| Value::from(c.name)),
    )
    .evidence("cause", group.cause.clone())
    .evidence("count", group.count)
    .evidence("newest", date(group.newest))
    .evidence("oldest", date(group.oldest))
    .evidence(
        "top_sender_domains",
        counted(top(&group.domains, 5), "domain"),
    )
    .evidence("recipients", counted(top(&group.recipients, 10), "address"))
    .evidence("ticket_ids", group.ids.clone())
    .help(fix)
}

pub fn known_spam_sender(sender: &str, spam: usize, solved: u64) -> Finding {
    Finding::new(
        Code::SuspendedSpamKnownSender,
        Status::Warn,
        sender,
        t!(
            "suspended-msg-spam-known-sender",
            spam = spam,
            sender = sender,
            solved = solved
        ),
    )
    .evidence("sender", sender)
    .evidence("suspended_as_spam", spam)
    .evidence("solved_tickets", solved)
    .help(Code::SuspendedSpamKnownSender.doc().fix)
}

pub fn deletion_soon(count: usize, first: i64, ids: &[u64]) -> Finding {
    let first = when::format(first);
    Finding::new(
        Code::SuspendedDeletionSoon,
        Status::Warn,
        t!("suspended-subject-tickets"),
        t!(
            "suspended-msg-deletion-soon",
            count = count,
            first = first.as_str()
        ),
    )
    .evidence("count", count)
    .evidence("first_deletion", first.clone())
    .evidence("ticket_ids", ids.to_vec())
    .help(t!("suspended-help-deletion-soon", first = first))
}

pub fn sender_authentication(settings: Option<&AccountSettings>) -> Finding {
    let email = settings.map(|s| &s.email);
    let enabled = email.and_then(|e| e.email_sender_authentication);
    let profile = email.and_then(|e| e.email_sender_authentication_profile.clone());
    let message = match (enabled, &profile) {
        (Some(true), Some(p)) => t!(
            "suspended-msg-authentication-on-profile",
            profile = p.as_str()
        ),
        (Some(true), None) => t!("suspended-msg-authentication-on"),
        (Some(false), _) => t!("suspended-msg-authentication-off"),
        (None, _) => t!("suspended-msg-authentication-unread"),
    };
    Finding::new(
        Code::SuspendedSenderAuthentication,
        Status::Info,
        "email_sender_authentication",
        message,
    )
    .evidence("email_sender_authentication", enabled)
    .evidence("email_sender_authentication_profile", profile)
}

pub fn sender_domain(domain: &SenderDomain) -> Finding {
    let name = &domain.domain;
    let count = domain.count;
    let (message, help) = if domain.spf == Some(SpfState::NoDomain) {
        (
            t!(
                "suspended-msg-sender-no-domain",
                domain = name.as_str(),
                count = count
            ),
            t!("suspended-help-sender-no-domain"),
        )
    } else {
        let ask = match (&domain.spf, domain.dmarc) {
            (Some(spf), _) if !spf.ok() => t!("suspended-ask-spf"),
            (_, Some(dmarc)) if !dmarc.ok() => t!("suspended-ask-dmarc"),
            _ => t!("suspended-ask-dkim"),
        };
        (
            t!(
                "suspended-msg-sender-domain",
                domain = name.as_str(),
                spf = domain
                    .spf
                    .as_ref()
                    .map_or_else(|| t!("suspended-spf-unknown"), SpfState::text),
                dmarc = domain
                    .dmarc
                    .map_or_else(|| t!("suspended-dmarc-unknown"), |d| d.text()),
                ask = ask.as_str(),
                count = count
            ),
            t!(
                "suspended-help-sender-domain",
                domain = name.as_str(),
                ask = ask
            ),
        )
    };
    Finding::new(
        Code::SuspendedSenderDomain,
        Status::Warn,
        name.clone(),
        message,
    )
    .evidence("domain", name.clone())
    .evidence("count", count)
    .evidence(
        "spf",
        domain
            .spf
            .as_ref()
            .map_or_else(|| "SPF unknown".to_string(), SpfState::as_str),
    )
    .evidence(
        "dmarc",
        domain.dmarc.map_or("DMARC unknown", |d| d.as_str()),
    )
    .evidence("findings", domain.codes.clone())
    .help(help)
}

pub fn sender_domain_unchecked(domain: &SenderDomain) -> Finding {
    Finding::new(
        Code::SuspendedSenderDomainUnchecked,
        Status::Error,
        domain.domain.clone(),
        t!(
            "suspended-msg-sender-domain-unchecked",
            domain = domain.domain.as_str(),
            reasons = domain.unchecked.join("; ")
        ),
    )
    .evidence("domain", domain.domain.clone())
    .evidence("count", domain.count)
    .help(Code::SuspendedSenderDomainUnchecked.doc().fix)
}

pub fn from_support_address(cause_id: i64, sender: &str, count: usize, ours: bool) -> Finding {
    let status = if cause_id == 22 {
        Status::Fail
    } else {
        Status::Warn
    };
    let cause = cause_id.to_string();
    let message = if ours {
        t!(
            "suspended-msg-from-support-address",
            count = count,
            cause = cause,
            sender = sender
        )
    } else {
        t!(
            "suspended-msg-from-loop",
            count = count,
            cause = cause,
            sender = sender
        )
    };
    Finding::new(Code::SuspendedFromSupportAddress, status, sender, message)
        .evidence("sender", sender)
        .evidence("cause_id", cause_id)
        .evidence("count", count)
        .evidence("support_address", ours)
        .help(t!("suspended-help-from-support-address", sender = sender))
}

pub fn bounce(notice: &Notice) -> Vec<Finding> {
    notice
        .recipients
        .iter()
        .map(|r| {
            let (status, kind, after) = match r.hard_or_soft {
                HardOrSoft::Hard => (
                    Status::Warn,
                    t!("suspended-bounce-kind-hard"),
                    t!("suspended-bounce-after-hard"),
                ),
                HardOrSoft::Soft => (
                    Status::Info,
                    t!("suspended-bounce-kind-soft"),
                    t!("suspended-bounce-after-soft"),
                ),
                HardOrSoft::None => (
                    Status::Info,
                    t!("suspended-bounce-kind-none"),
                    t!("suspended-bounce-after-none"),
                ),
            };
            let category = r.category.replace('-', " ");
            let message = match notice.ticket_id {
                Some(id) => t!(
                    "suspended-msg-bounce",
                    ticket = id.to_string(),
                    address = r.address.as_str(),
                    category = category,
                    kind = kind,
                    after = after
                ),
                None => t!(
                    "suspended-msg-bounce-no-ticket",
                    address = r.address.as_str(),
                    category = category,
                    kind = kind,
                    after = after
                ),
            };
            Finding::new(Code::SuspendedBounce, status, r.address.clone(), message)
                .evidence("suspended_ticket_id", notice.suspended_id)
                .evidence("ticket_id", notice.ticket_id)
                .evidence("linked_by", notice.linked_by)
                .evidence("recipient", r.address.clone())
                .evidence("category", r.category)
                .evidence("reason", r.reason)
                .evidence("hard_or_soft", r.hard_or_soft.as_str())
                .evidence("diagnostic", r.diagnostic.clone())
                .evidence("original_message_id", notice.original_message_id.clone())
                .evidence("original_subject", notice.original_subject.clone())
                .evidence("zendesk_refs", notice.zendesk_refs.clone())
                .evidence("received", date(notice.created))
                .help(r.advice)
        })
        .collect()
}

pub fn recovery(result: &Recovery) -> Finding {
    let id = result.id.to_string();
    if result.recovered {
        Finding::new(
            Code::SuspendedRecovered,
            Status::Pass,
            id.clone(),
            t!("suspended-msg-recovered", id = id),
        )
        .evidence("suspended_ticket_id", result.id)
    } else {
        let detail = result
            .detail
            .clone()
            .unwrap_or_else(|| t!("suspended-recover-no-reason"));
        Finding::new(
            Code::SuspendedRecoverFailed,
            Status::Fail,
            id.clone(),
            t!("suspended-msg-recover-failed", id = id, detail = detail),
        )
        .evidence("suspended_ticket_id", result.id)
        .evidence("detail", result.detail.clone())
        .help(Code::SuspendedRecoverFailed.doc().fix)
    }
}

pub fn message_found(found: &Found) -> Finding {
    let known = found.cause_id.and_then(super::causes::by_id);
    let cause = known.map_or_else(
        || {
            found
                .cause
                .clone()
                .unwrap_or_else(|| t!("suspended-cause-an-unknown"))
        },
        |c| format!("{} ({})", c.label(), c.name),
    );
    let fix = known.map_or_else(String::new, Cause::fix);
    let matched_by = match found.matched_by {
        "message-id" => t!("suspended-matched-by-message-id"),
        _ => t!("suspended-matched-by-sender"),
    };
    let id = found.id.to_string();
    Finding::new(
        Code::SuspendedMessageFound,
        Status::Warn,
        id.clone(),
        t!(
            "suspended-msg-message-found",
            id = id.as_str(),
            matched_by = matched_by,
            cause = cause
        ),
    )
    .evidence("suspended_ticket_id", found.id)
    .evidence("cause_id", found.cause_id)
    .evidence("matched_by", found.matched_by)
    .evidence("received", date(found.created))
    .evidence("recover", format!("zdiag suspended --recover {}", found.id))
    .help(t!("suspended-help-message-found", id = id, fix = fix))
}

pub fn message_not_found(subject: &str) -> Finding {
    Finding::new(
        Code::SuspendedMessageNotFound,
        Status::Info,
        subject,
        t!("suspended-msg-message-not-found"),
    )
    .help(Code::SuspendedMessageNotFound.doc().fix)
}
