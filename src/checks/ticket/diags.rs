//! The ticket check's findings, with the text `zdiag explain CODE` prints, and one
//! constructor per code.

use serde_json::{Value, json};

use crate::bounce::Category;
use crate::i18n::t;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::zendesk::tickets::{Comment, RuleRef};

codes! {
    TicketCommentPublic = "ticket-comment-public",
    TicketCommentPrivate = "ticket-comment-private",
    TicketNoReply = "ticket-no-reply",
    TicketCommentNotFound = "ticket-comment-not-found",
    TicketNotificationsSuppressed = "ticket-notifications-suppressed",
    TicketCcsDropped = "ticket-ccs-dropped",
    TicketCommentFlag = "ticket-comment-flag",
    TicketNotificationSent = "ticket-notification-sent",
    TicketTriggerDeleted = "ticket-trigger-deleted",
    TicketNotNotified = "ticket-not-notified",
    TicketErrorEvent = "ticket-error-event",
    TicketDelivered = "ticket-delivered",
    TicketBounceHard = "ticket-bounce-hard",
    TicketBounceSoft = "ticket-bounce-soft",
    TicketNoDeliveryRecord = "ticket-no-delivery-record",
    TicketNothingSent = "ticket-nothing-sent",
    TicketFailureTag = "ticket-failure-tag",
    TicketRecipientDeliverable = "ticket-recipient-deliverable",
    TicketRecipientUndeliverable = "ticket-recipient-undeliverable",
    TicketRecipientSoftBounces = "ticket-recipient-soft-bounces",
    TicketRecipientNotEmailed = "ticket-recipient-not-emailed",
}

fn rule_value(rule: Option<&RuleRef>, exists: Option<bool>) -> Value {
    match rule {
        Some(rule) => json!({
            "id": rule.id,
            "title": rule.title,
            "type": rule.rel,
            "deleted": rule.deleted,
            "exists": exists,
        }),
        None => Value::Null,
    }
}

/// "\"Notify requester...\" (trigger 123)", or what is known of it.
pub fn rule_name(rule: Option<&RuleRef>) -> String {
    let Some(rule) = rule else {
        return t!("ticket-rule-none");
    };
    let kind = rule.rel.as_deref().unwrap_or("trigger");
    match (&rule.title, rule.id) {
        (Some(title), Some(id)) => t!(
            "ticket-rule-titled-id",
            title = title.as_str(),
            kind = kind,
            id = id.to_string()
        ),
        (Some(title), None) => t!("ticket-rule-titled", title = title.as_str()),
        (None, Some(id)) => t!("ticket-rule-id", kind = kind, id = id.to_string()),
        (None, None) => t!("ticket-rule-unnamed", kind = kind),
    }
}

fn comment_value(comment: &Comment, author: &str) -> Value {
    json!({
        "id": comment.id,
        "author": author,
        "author_id": comment.author_id,
        "public": comment.is_public(),
        "created_at": comment.created_at,
        "audit_id": comment.audit_id,
        "flags": comment.flags,
    })
}

pub fn comment_public(subject: &str, comment: &Comment, author: &str, when: &str) -> Finding {
    Finding::new(
        Code::TicketCommentPublic,
        Status::Pass,
        subject,
        t!(
            "ticket-comment-public-message",
            id = comment.id.to_string(),
            author = author,
            when = when
        ),
    )
    .evidence("comment", comment_value(comment, author))
}

pub fn comment_private(subject: &str, comment: &Comment, author: &str, when: &str) -> Finding {
    Finding::new(
        Code::TicketCommentPrivate,
        Status::Info,
        subject,
        t!(
            "ticket-comment-private-message",
            id = comment.id.to_string(),
            author = author,
            when = when
        ),
    )
    .evidence("comment", comment_value(comment, author))
    .help(Code::TicketCommentPrivate.doc().fix)
}

pub fn no_reply(subject: &str, comments: usize) -> Finding {
    Finding::new(
        Code::TicketNoReply,
        Status::Info,
        subject,
        t!("ticket-no-reply-message", comments = comments),
    )
    .evidence("comments", comments)
}

pub fn comment_not_found(subject: &str, wanted: u64, known: &[u64]) -> Finding {
    Finding::new(
        Code::TicketCommentNotFound,
        Status::Error,
        subject,
        t!("ticket-comment-not-found-message", id = wanted.to_string()),
    )
    .evidence("comment", wanted)
    .evidence("comments", known)
    .help(Code::TicketCommentNotFound.doc().fix)
}

/// Flag 4, 18, or any other documented flag.
pub fn flag(subject: &str, comment: u64, flag: u64) -> Finding {
    let (code, status, text) = match flag {
        4 => (
            Code::TicketNotificationsSuppressed,
            Status::Fail,
            t!("ticket-flag-4"),
        ),
        18 => (Code::TicketCcsDropped, Status::Warn, t!("ticket-flag-18")),
        _ => (Code::TicketCommentFlag, Status::Info, flag_meaning(flag)),
    };
    let message = t!(
        "ticket-flag-message",
        comment = comment.to_string(),
        text = text
    );
    let finding = Finding::new(code, status, subject, message)
        .evidence("comment", comment)
        .evidence("flag", flag);
    match code.doc().fix.as_str() {
        "" => finding,
        fix => finding.help(fix),
    }
}

/// What a comment metadata flag means (reference §5, comment metadata flags).
fn flag_meaning(flag: u64) -> String {
    match flag {
        0 => t!("ticket-flag-0"),
        2 => t!("ticket-flag-2"),
        3 => t!("ticket-flag-3"),
        5 => t!("ticket-flag-5"),
        11 => t!("ticket-flag-11"),
        14 => t!("ticket-flag-14"),
        16 => t!("ticket-flag-16"),
        17 => t!("ticket-flag-17"),
        20 => t!("ticket-flag-20"),
        21 => t!("ticket-flag-21"),
        22 => t!("ticket-flag-22"),
        _ => t!("ticket-flag-unknown"),
    }
}

/// One notification event, its rule and its recipients as addresses.
pub struct Sent<'a> {
    pub kind: &'static str,
    pub rule: Option<&'a RuleRef>,
    /// Whether the account's triggers still include it (`None`: not known).
    pub exists: Option<bool>,
    pub recipients: Vec<String>,
}

pub fn notification_sent(subject: &str, sent: &Sent<'_>) -> Finding {
    Finding::new(
        Code::TicketNotificationSent,
        Status::Pass,
        subject,
        t!(
            "ticket-notification-sent-message",
            rule = capitalise(&rule_name(sent.rule)),
            recipients = list(&sent.recipients),
            event = sent.kind
        ),
    )
    .evidence("event", sent.kind)
    .evidence("rule", rule_value(sent.rule, sent.exists))
    .evidence("recipients", sent.recipients.clone())
}

pub fn trigger_deleted(subject: &str, sent: &Sent<'_>) -> Finding {
    Finding::new(
        Code::TicketTriggerDeleted,
        Status::Warn,
        subject,
        t!(
            "ticket-trigger-deleted-message",
            rule = capitalise(&rule_name(sent.rule))
        ),
    )
    .evidence("rule", rule_value(sent.rule, sent.exists))
    .help(Code::TicketTriggerDeleted.doc().fix)
}

/// Why nobody outside the agents was emailed, and how bad that is.
pub struct Silence {
    pub status: Status,
    pub why: String,
    pub help: String,
}

pub fn not_notified(
    subject: &str,
    comment: u64,
    customers: &[String],
    silence: &Silence,
) -> Finding {
    let message = if customers.is_empty() {
        t!(
            "ticket-not-notified-requester",
            comment = comment.to_string(),
            why = silence.why.as_str()
        )
    } else {
        t!(
            "ticket-not-notified-message",
            comment = comment.to_string(),
            who = list(customers),
            why = silence.why.as_str()
        )
    };
    Finding::new(Code::TicketNotNotified, silence.status, subject, message)
        .evidence("comment", comment)
        .evidence("customers", customers)
        .help(silence.help.clone())
}

pub fn error_event(subject: &str, message: &str) -> Finding {
    Finding::new(
        Code::TicketErrorEvent,
        Status::Warn,
        subject,
        t!("ticket-error-event-message", error = message),
    )
    .evidence("error", message)
    .help(Code::TicketErrorEvent.doc().fix)
}

/// One recipient's delivery status, read.
pub struct Delivery<'a> {
    pub address: &'a str,
    pub id: Option<i64>,
    pub name: String,
    pub code: Option<String>,
    pub message: Option<String>,
    pub sent_at: Option<String>,
    pub notification_id: Option<u64>,
    pub category: Option<Category>,
    pub hard: bool,
    /// A temporary failure less than 5 days old: when Zendesk stops retrying.
    pub retry_until: Option<String>,
    /// A temporary failure more than 5 days old: when Zendesk stopped retrying.
    pub gave_up: Option<String>,
    pub tagged: bool,
}

fn delivery_evidence(finding: Finding, d: &Delivery<'_>) -> Finding {
    finding
        .evidence("recipient", d.address)
        .evidence(
            "delivery_status",
            json!({"id": d.id, "name": d.name, "code": d.code, "message": d.message}),
        )
        .evidence("category", d.category.map(Category::as_str))
        .evidence("notification_id", d.notification_id)
        .evidence("sent_at", d.sent_at.clone())
        .evidence("failure_tag", d.tagged)
}

/// `at`: when the email was sent, when known.
pub fn delivered(subject: &str, d: &Delivery<'_>, at: Option<&str>) -> Finding {
    let message = match at {
        Some(at) => t!("ticket-delivered-message-at", address = d.address, at = at),
        None => t!("ticket-delivered-message", address = d.address),
    };
    delivery_evidence(
        Finding::new(Code::TicketDelivered, Status::Pass, subject, message),
        d,
    )
}

pub fn bounced(subject: &str, d: &Delivery<'_>) -> Finding {
    let category = d.category.unwrap_or(Category::Unknown);
    let said = match (&d.code, &d.message) {
        (Some(code), _) if !code.is_empty() && code != "0" => format!("{}, {code}", d.name),
        _ => d.name.clone(),
    };
    let (code, status, then) = if d.hard {
        (
            Code::TicketBounceHard,
            Status::Fail,
            t!("ticket-bounce-then-hard"),
        )
    } else if let Some(until) = &d.retry_until {
        (
            Code::TicketBounceSoft,
            Status::Warn,
            t!("ticket-bounce-then-retrying", until = until.as_str()),
        )
    } else if let Some(since) = &d.gave_up {
        (
            Code::TicketBounceSoft,
            Status::Warn,
            t!("ticket-bounce-then-gave-up", since = since.as_str()),
        )
    } else {
        (
            Code::TicketBounceSoft,
            Status::Warn,
            t!("ticket-bounce-then-soft"),
        )
    };
    let help = if d.hard {
        t!("ticket-bounce-help-hard", advice = category.advice())
    } else {
        category.advice().to_string()
    };
    let message = t!(
        "ticket-bounced-message",
        address = d.address,
        reason = describe(category),
        said = said,
        then = then
    );
    delivery_evidence(Finding::new(code, status, subject, message), d)
        .evidence("hard_or_soft", if d.hard { "hard" } else { "soft" })
        .evidence("retrying", d.retry_until.is_some())
        .help(help)
}

pub fn no_delivery_record(subject: &str, comment: u64, tagged: bool) -> Finding {
    Finding::new(
        Code::TicketNoDeliveryRecord,
        Status::Info,
        subject,
        t!(
            "ticket-no-delivery-record-message",
            comment = comment.to_string()
        ),
    )
    .evidence("comment", comment)
    .evidence("failure_tag", tagged)
    .help(Code::TicketNoDeliveryRecord.doc().fix)
}

pub fn nothing_sent(subject: &str, comment: u64) -> Finding {
    Finding::new(
        Code::TicketNothingSent,
        Status::Info,
        subject,
        t!("ticket-nothing-sent-message", comment = comment.to_string()),
    )
    .evidence("comment", comment)
}

pub fn failure_tag(subject: &str) -> Finding {
    Finding::new(
        Code::TicketFailureTag,
        Status::Warn,
        subject,
        t!("ticket-failure-tag-message"),
    )
    .evidence("tag", "system_email_notification_failure")
    .help(Code::TicketFailureTag.doc().fix)
}

/// One email identity of a recipient, as Zendesk keeps it.
pub struct Standing<'a> {
    pub address: &'a str,
    pub state: &'a str,
    pub soft_bounces: u64,
}

/// Zendesk stops emailing an address after this many soft bounces.
pub const SOFT_BOUNCE_LIMIT: u64 = 10;

pub fn standing(s: &Standing<'_>) -> Finding {
    let (code, status, message) = match s.state {
        "undeliverable" => (
            Code::TicketRecipientUndeliverable,
            Status::Fail,
            t!(
                "ticket-recipient-undeliverable-message",
                address = s.address,
                count = s.soft_bounces
            ),
        ),
        "deliverable" if s.soft_bounces > 0 => (
            Code::TicketRecipientSoftBounces,
            Status::Warn,
            t!(
                "ticket-recipient-soft-bounces-message",
                address = s.address,
                count = s.soft_bounces,
                limit = SOFT_BOUNCE_LIMIT
            ),
        ),
        "deliverable" => (
            Code::TicketRecipientDeliverable,
            Status::Pass,
            t!("ticket-recipient-deliverable-message", address = s.address),
        ),
        other => (
            Code::TicketRecipientNotEmailed,
            Status::Fail,
            t!(
                "ticket-recipient-not-emailed-message",
                address = s.address,
                state = other,
                meaning = state_meaning(other)
            ),
        ),
    };
    let finding = Finding::new(code, status, s.address, message)
        .evidence("deliverable_state", s.state)
        .evidence("undeliverable_count", s.soft_bounces)
        .evidence("limit", SOFT_BOUNCE_LIMIT);
    match code.doc().fix.as_str() {
        "" => finding,
        fix => finding.help(fix),
    }
}

fn state_meaning(state: &str) -> String {
    match state {
        "reserved_example" => t!("ticket-state-reserved-example"),
        "mailing_list" => t!("ticket-state-mailing-list"),
        "machine" => t!("ticket-state-machine"),
        "mailer_daemon" => t!("ticket-state-mailer-daemon"),
        "ticket_sharing_partner" => t!("ticket-state-ticket-sharing-partner"),
        "mandatory" => t!("ticket-state-mandatory"),
        _ => t!("ticket-state-unknown"),
    }
}

/// The bounce category in a few plain words, for sentences.
pub fn describe(category: Category) -> String {
    match category {
        Category::UserUnknown => t!("ticket-category-user-unknown"),
        Category::DomainNotFound => t!("ticket-category-domain-not-found"),
        Category::MailboxFull => t!("ticket-category-mailbox-full"),
        Category::MailboxDisabled => t!("ticket-category-mailbox-disabled"),
        Category::MessageTooLarge => t!("ticket-category-message-too-large"),
        Category::AuthFailure => t!("ticket-category-auth-failure"),
        Category::BlockedReputation => t!("ticket-category-blocked-reputation"),
        Category::SpamContent => t!("ticket-category-spam-content"),
        Category::RateLimited => t!("ticket-category-rate-limited"),
        Category::SenderRejected => t!("ticket-category-sender-rejected"),
        Category::NetworkOrTimeout => t!("ticket-category-network-or-timeout"),
        Category::Complaint => t!("ticket-category-complaint"),
        Category::AutoReply => t!("ticket-category-auto-reply"),
        Category::Delivered => t!("ticket-category-delivered"),
        Category::Unknown => t!("ticket-category-unknown"),
    }
}

/// "a, b and c" ("a, b et c" in French).
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!("ticket-list", rest = rest.join(", "), last = last.as_str()),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
