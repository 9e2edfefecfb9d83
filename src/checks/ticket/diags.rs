//! The ticket check's findings, with the text `zdiag explain CODE` prints, and one
//! constructor per code.

use serde_json::{Value, json};

use crate::bounce::Category;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::zendesk::tickets::{Comment, RuleRef};

codes! {
    TicketCommentPublic = "ticket-comment-public" {
        title: "The reply is a public comment",
        meaning: "The comment followed (the latest public comment by an agent, or the one given with --comment) is public: Zendesk's notification triggers can email it to the requester and the CCs.",
        fix: "",
    }
    TicketCommentPrivate = "ticket-comment-private" {
        title: "The comment is private: it emails no customer",
        meaning: "The comment is an internal note. Zendesk never emails a private comment to the requester or the CCs, whatever the triggers say (it suppresses the `Email user (requester and CCs)` action for it). If the customer was meant to read it, it was never sent.",
        fix: "Add the reply again as a public comment (Public reply in the ticket's editor).",
    }
    TicketNoReply = "ticket-no-reply" {
        title: "No agent has replied on the ticket",
        meaning: "No comment on the ticket was written by an agent or an admin, so there is no reply whose delivery to check.",
        fix: "",
    }
    TicketCommentNotFound = "ticket-comment-not-found" {
        title: "The comment given is not on the ticket",
        meaning: "The comment id given with --comment is not among the ticket's comments (read from its audits).",
        fix: "Give a comment id from the ticket's events (add /events to the ticket's URL), or leave --comment out to follow the latest public agent reply.",
    }
    TicketNotificationsSuppressed = "ticket-notifications-suppressed" {
        title: "Zendesk suppressed the comment's notifications",
        meaning: "The comment carries metadata flag 4: Zendesk judged it automatically generated (typically mail from another Zendesk account or a system) and suppressed the automatic email notifications to prevent a mail loop. No trigger emails anyone about it.",
        fix: "If a person wrote it, reply again from the agent interface; if a system posts it, have it post through the API as a public comment by an agent.",
    }
    TicketCcsDropped = "ticket-ccs-dropped" {
        title: "Some CCs were left out (the CC limit)",
        meaning: "The comment carries metadata flag 18: some recipients were excluded from the CCs because the ticket reached Zendesk's CC limit (48). Those people get no copy of the reply.",
        fix: "Remove CCs that are no longer needed, and send the reply to the excluded people another way.",
    }
    TicketCommentFlag = "ticket-comment-flag" {
        title: "A flag Zendesk set on the comment",
        meaning: "Zendesk sets metadata flags on comments to record why it trusted, trimmed or marked them (0 untrusted, 2 author not part of the conversation, 3 author not signed in, 5 attachment too big, 11 submitted on behalf of the author, 14 might not have been sent by the user, 16 requester name truncated, 17 private comment by an end user, 20 the Reply-To user's abilities suspended, 21 From and Reply-To differ, 22 the user has not confirmed the delivering address). These do not stop the notification themselves; they explain what Zendesk did.",
        fix: "",
    }
    TicketNotificationSent = "ticket-notification-sent" {
        title: "A trigger emailed the update",
        meaning: "The audit of the comment holds a notification event (Notification, NotificationWithCcs, Cc or FollowerNotification): the rule named sent an email about this update to the recipients listed.",
        fix: "",
    }
    TicketTriggerDeleted = "ticket-trigger-deleted" {
        title: "The trigger that sent the email no longer exists",
        meaning: "The notification was sent by a trigger that has since been deleted (Zendesk marks the reference, or the account's triggers no longer include its id). This reply went out, but later ones will not be sent by it.",
        fix: "Check that another active trigger emails the requester on a public comment (`zdiag triggers`), or recreate the standard \"Notify requester and CCs of comment update\".",
    }
    TicketNotNotified = "ticket-not-notified" {
        title: "No email was sent to the customer about the comment",
        meaning: "The audit of the comment holds no notification to the requester or another end user: Zendesk sent the reply to nobody outside the agents. The message says why as far as the account shows it: the comment is private, the notifications were suppressed, the requester wrote the comment, the notify-requester triggers are inactive or missing, or an active one did not match this update.",
        fix: "Follow the reason given: reply publicly, reactivate or recreate the \"Notify requester\" trigger, or compare the update with the trigger's conditions in the ticket's events.",
    }
    TicketErrorEvent = "ticket-error-event" {
        title: "Zendesk recorded an error on the update",
        meaning: "The audit of the comment holds an Error event: Zendesk hit a system error while it processed the update (its message is quoted). Notifications may not have been sent.",
        fix: "Read the error in the ticket's events; if it names a trigger or a target, fix that rule; otherwise contact Zendesk support with the ticket id.",
    }
    TicketDelivered = "ticket-delivered" {
        title: "Delivered: no failure received",
        meaning: "Zendesk's email notification for this comment carries delivery status 0 (NONE) for the recipient: the receiving server accepted the message and no failure came back. Whether it reached the inbox rather than spam is known only on the recipient's side.",
        fix: "",
    }
    TicketBounceHard = "ticket-bounce-hard" {
        title: "The reply bounced: a permanent failure",
        meaning: "Zendesk's email notification for this comment carries a delivery status that means the address cannot receive mail (it does not exist, its domain takes no mail, it was refused for good). Zendesk marks such an address undeliverable and stops emailing it.",
        fix: "Ask the customer for a working address (by phone, chat, or another address), correct it on their profile, and send the reply again.",
    }
    TicketBounceSoft = "ticket-bounce-soft" {
        title: "The reply bounced: a temporary failure",
        meaning: "Zendesk's email notification for this comment carries a delivery status that may clear on its own (a full mailbox, a busy or unreachable server, rate limiting, a policy refusal). Zendesk retries a temporary failure for up to 5 days; after 10 soft bounces it marks the address undeliverable.",
        fix: "Follow the reason's advice in the message; while Zendesk is still retrying, wait, then check again.",
    }
    TicketNoDeliveryRecord = "ticket-no-delivery-record" {
        title: "No delivery record for the comment",
        meaning: "A notification was sent about the comment, but Zendesk holds no email notification (delivery status) for it: the account's delivery-status feature may be off, the mail went out through a Gmail or authenticated SMTP connector (which Zendesk does not track), or the record is not written yet. zdiag cannot tell whether it arrived.",
        fix: "Ask the customer to check their spam folder; look for a bounce in the Suspended tickets view (`zdiag suspended`).",
    }
    TicketNothingSent = "ticket-nothing-sent" {
        title: "No email to deliver",
        meaning: "No email was sent to a customer about the comment (the trigger step says why), so there is no delivery status to read.",
        fix: "",
    }
    TicketFailureTag = "ticket-failure-tag" {
        title: "The ticket carries the delivery-failure tag",
        meaning: "Zendesk adds the tag `system_email_notification_failure` when one of the ticket's notifications fails to deliver (up to 5 days later, while it retries). It stays on the ticket: the failure may concern an earlier comment than the one followed.",
        fix: "Read the delivery statuses of the ticket's earlier replies (run zdiag ticket with --comment ID for each).",
    }
    TicketRecipientDeliverable = "ticket-recipient-deliverable" {
        title: "Zendesk still emails the address",
        meaning: "The recipient's email identity is `deliverable` and has no soft bounce counted.",
        fix: "",
    }
    TicketRecipientUndeliverable = "ticket-recipient-undeliverable" {
        title: "Zendesk has stopped emailing the address",
        meaning: "The recipient's email identity is `undeliverable`: after a hard bounce, or 10 soft bounces, Zendesk stopped sending any email to it. Every later reply is dropped silently: no notification, no suspended ticket.",
        fix: "Once the address works again (or after correcting it), open the user's profile in Zendesk and mark the address deliverable; otherwise ask the customer for another address.",
    }
    TicketRecipientSoftBounces = "ticket-recipient-soft-bounces" {
        title: "The address has soft-bounced before",
        meaning: "The recipient's email identity counts soft bounces (`undeliverable_count`). Zendesk marks an address undeliverable after 10 of them and stops emailing it.",
        fix: "Ask the customer to fix what makes their mail bounce (a full mailbox, a filter) before the count reaches 10.",
    }
    TicketRecipientNotEmailed = "ticket-recipient-not-emailed" {
        title: "Zendesk does not email this kind of address",
        meaning: "The recipient's email identity has a deliverable state for which Zendesk sends no notification: `reserved_example` (an address at example.com, .net, .org or .edu), `mailing_list`, `machine` or `mailer_daemon` (an automated sender), `ticket_sharing_partner`. Replies to it never leave Zendesk.",
        fix: "Set a real address for the requester (the customer's own), and send the reply again.",
    }
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
        return "an update without a rule (the agent's own copy)".to_string();
    };
    let kind = rule.rel.as_deref().unwrap_or("trigger");
    match (&rule.title, rule.id) {
        (Some(title), Some(id)) => format!("\"{title}\" ({kind} {id})"),
        (Some(title), None) => format!("\"{title}\""),
        (None, Some(id)) => format!("{kind} {id}"),
        (None, None) => format!("a {kind}"),
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
        format!("Comment {} by {author}, public, {when}.", comment.id),
    )
    .evidence("comment", comment_value(comment, author))
}

pub fn comment_private(subject: &str, comment: &Comment, author: &str, when: &str) -> Finding {
    Finding::new(
        Code::TicketCommentPrivate,
        Status::Info,
        subject,
        format!(
            "Comment {} by {author}, {when}, is private, an internal note: Zendesk emails it to no customer.",
            comment.id
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
        format!(
            "No agent has commented on the ticket yet ({comments} comments, none by an agent): there is no reply to deliver."
        ),
    )
    .evidence("comments", comments)
}

pub fn comment_not_found(subject: &str, wanted: u64, known: &[u64]) -> Finding {
    Finding::new(
        Code::TicketCommentNotFound,
        Status::Error,
        subject,
        format!("Comment {wanted} is not on this ticket."),
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
            "Zendesk judged the comment automatically generated (flag 4) and suppressed its email notifications: no trigger emails anyone about it.",
        ),
        18 => (
            Code::TicketCcsDropped,
            Status::Warn,
            "Some recipients were left out of the CCs: the ticket reached Zendesk's CC limit (flag 18). They get no copy of the reply.",
        ),
        _ => (Code::TicketCommentFlag, Status::Info, flag_meaning(flag)),
    };
    let finding = Finding::new(code, status, subject, format!("Comment {comment}: {text}"))
        .evidence("comment", comment)
        .evidence("flag", flag);
    match code.doc().fix {
        "" => finding,
        fix => finding.help(fix),
    }
}

/// What a comment metadata flag means (reference §5, comment metadata flags).
fn flag_meaning(flag: u64) -> &'static str {
    match flag {
        0 => "Zendesk does not trust it (flag 0).",
        2 => "its author is not part of the conversation (flag 2).",
        3 => "its author was not signed in (flag 3).",
        5 => "an attachment was too big and was left out (flag 5).",
        11 => "it was submitted on behalf of its author (flag 11).",
        14 => "it might not have been sent by the user it names (flag 14).",
        16 => "the requester's name was truncated (flag 16).",
        17 => "it is a private comment by an end user (flag 17).",
        20 => "the Reply-To user's abilities are suspended (flag 20).",
        21 => "its From and Reply-To addresses differ (flag 21).",
        22 => "the user has not confirmed owning the delivering address (flag 22).",
        _ => "Zendesk set a flag zdiag does not know.",
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
        format!(
            "{} emailed {} ({}).",
            capitalise(&rule_name(sent.rule)),
            list(&sent.recipients),
            sent.kind
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
        format!(
            "{} sent this email but no longer exists: later replies are not sent by it.",
            capitalise(&rule_name(sent.rule))
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
    let who = if customers.is_empty() {
        "the requester".to_string()
    } else {
        list(customers)
    };
    Finding::new(
        Code::TicketNotNotified,
        silence.status,
        subject,
        format!(
            "No email about comment {comment} was sent to {who}: {}",
            silence.why
        ),
    )
    .evidence("comment", comment)
    .evidence("customers", customers)
    .help(silence.help.clone())
}

pub fn error_event(subject: &str, message: &str) -> Finding {
    Finding::new(
        Code::TicketErrorEvent,
        Status::Warn,
        subject,
        format!("Zendesk recorded an error on the update: \"{message}\"."),
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

pub fn delivered(subject: &str, d: &Delivery<'_>, when: &str) -> Finding {
    delivery_evidence(
        Finding::new(
            Code::TicketDelivered,
            Status::Pass,
            subject,
            format!(
                "Delivered to {} {when}: the receiving server accepted it, no failure came back.",
                d.address
            ),
        ),
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
            "Zendesk marks the address undeliverable and stops emailing it.".to_string(),
        )
    } else if let Some(until) = &d.retry_until {
        (
            Code::TicketBounceSoft,
            Status::Warn,
            format!("Zendesk is still retrying, until {until}."),
        )
    } else if let Some(since) = &d.gave_up {
        (
            Code::TicketBounceSoft,
            Status::Warn,
            format!("Zendesk stopped retrying on {since}."),
        )
    } else {
        (
            Code::TicketBounceSoft,
            Status::Warn,
            "Zendesk retries a temporary failure for up to 5 days.".to_string(),
        )
    };
    let help = if d.hard {
        format!(
            "{} Once it is corrected on the customer's profile, send the reply again.",
            category.advice()
        )
    } else {
        category.advice().to_string()
    };
    delivery_evidence(
        Finding::new(
            code,
            status,
            subject,
            format!(
                "Not delivered to {}: {} ({said}). {then}",
                d.address,
                describe(category)
            ),
        ),
        d,
    )
    .evidence("hard_or_soft", if d.hard { "hard" } else { "soft" })
    .evidence("retrying", d.retry_until.is_some())
    .help(help)
}

pub fn no_delivery_record(subject: &str, comment: u64, tagged: bool) -> Finding {
    Finding::new(
        Code::TicketNoDeliveryRecord,
        Status::Info,
        subject,
        format!(
            "Zendesk holds no delivery status for comment {comment}: zdiag cannot tell whether the email arrived."
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
        format!("No email to a customer about comment {comment}: nothing to deliver."),
    )
    .evidence("comment", comment)
}

pub fn failure_tag(subject: &str) -> Finding {
    Finding::new(
        Code::TicketFailureTag,
        Status::Warn,
        subject,
        "The ticket carries the tag system_email_notification_failure, but the reply followed shows no failure: an earlier notification failed.",
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
            format!(
                "Zendesk has marked {} undeliverable and stopped emailing it ({} soft bounces counted).",
                s.address, s.soft_bounces
            ),
        ),
        "deliverable" if s.soft_bounces > 0 => (
            Code::TicketRecipientSoftBounces,
            Status::Warn,
            format!(
                "{} has soft-bounced {} times: Zendesk stops emailing it after {SOFT_BOUNCE_LIMIT}.",
                s.address, s.soft_bounces
            ),
        ),
        "deliverable" => (
            Code::TicketRecipientDeliverable,
            Status::Pass,
            format!("Zendesk still emails {} (no bounce counted).", s.address),
        ),
        other => (
            Code::TicketRecipientNotEmailed,
            Status::Fail,
            format!(
                "Zendesk does not email {}: its deliverable state is {other} ({}).",
                s.address,
                state_meaning(other)
            ),
        ),
    };
    let finding = Finding::new(code, status, s.address, message)
        .evidence("deliverable_state", s.state)
        .evidence("undeliverable_count", s.soft_bounces)
        .evidence("limit", SOFT_BOUNCE_LIMIT);
    match code.doc().fix {
        "" => finding,
        fix => finding.help(fix),
    }
}

fn state_meaning(state: &str) -> &'static str {
    match state {
        "reserved_example" => "an example.com, .net, .org or .edu address, reserved for examples",
        "mailing_list" => "a mailing list",
        "machine" => "an automated sender",
        "mailer_daemon" => "a mail server's daemon address",
        "ticket_sharing_partner" => "a ticket-sharing partner account",
        "mandatory" => "an address Zendesk must keep",
        _ => "a state zdiag does not know",
    }
}

/// The bounce category in a few plain words, for sentences.
pub fn describe(category: Category) -> &'static str {
    match category {
        Category::UserUnknown => "the address does not exist",
        Category::DomainNotFound => "the domain does not exist or accepts no mail",
        Category::MailboxFull => "the mailbox is full",
        Category::MailboxDisabled => "the mailbox is disabled or inactive",
        Category::MessageTooLarge => "the message is too large",
        Category::AuthFailure => {
            "the receiving server refused its authentication (SPF, DKIM, DMARC)"
        }
        Category::BlockedReputation => "the receiving server blocks the sending IP or domain",
        Category::SpamContent => "the receiving server took it for spam",
        Category::RateLimited => "the receiving server is limiting the rate of mail",
        Category::SenderRejected => "the receiving server refused the sender",
        Category::NetworkOrTimeout => "the receiving server could not be reached, or failed",
        Category::Complaint => "the recipient reported it as spam",
        Category::AutoReply => "an automatic reply came back",
        Category::Delivered => "it was delivered",
        Category::Unknown => "the receiving server refused it",
    }
}

/// "a, b and c".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
