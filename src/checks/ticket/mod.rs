//! `zdiag ticket ID`: did the reply on a ticket reach the customer, and if not, why?
//!
//! Read from the ticket itself (`reference/zendesk-api.md` §5): the comment followed
//! (the latest public agent reply, or the one given), the notification events of its
//! audit (which trigger emailed whom), the email notifications' delivery statuses per
//! recipient, and each recipient's standing (Zendesk's deliverable state, and whether
//! their domain takes mail). One [`Outcome`] sentence says what happened.

pub mod diags;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::bounce::{Category, zendesk as statuses};
use crate::checks::suspended::when;
use crate::checks::{api, recipient, triggers};
use crate::context::Context;
use crate::i18n::t;
use crate::report::{Code, Finding, Status};
use crate::zendesk::tickets::{
    self, Audit, Comment, DeliveryStatus, EmailNotification, Event, Identity, NotificationEvent,
    Ticket, User,
};
use crate::zendesk::{Client, Error, Trigger};
use diags::{Delivery, Sent, Silence, Standing};

/// The tag Zendesk adds when one of the ticket's notifications fails to deliver.
pub const FAILURE_TAG: &str = "system_email_notification_failure";

/// Zendesk retries a temporary failure for this long (5 days).
pub const RETRY_WINDOW: i64 = 5 * 86_400;

/// What to follow, and when "now" is (retries are judged against it).
#[derive(Clone, Copy, Debug)]
pub struct TicketOptions {
    pub comment: Option<u64>,
    pub now: i64,
}

/// What happened to the reply, in one sentence, and the one thing to do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    /// A word to count tickets by: `delivered`, `bounced`, `not sent`, ...
    pub kind: &'static str,
    pub text: String,
    pub next: Option<String>,
}

impl Outcome {
    fn new(status: Status, kind: &'static str, text: impl Into<String>) -> Outcome {
        Outcome {
            status,
            kind,
            text: text.into(),
            next: None,
        }
    }

    fn next(mut self, next: impl Into<String>) -> Outcome {
        let next = next.into();
        self.next = (!next.is_empty()).then_some(next);
        self
    }

    /// "Ticket 12: bounced: ... Next: ..."
    pub fn sentence(&self, id: u64) -> String {
        let (id, text) = (id.to_string(), self.text.as_str());
        match &self.next {
            Some(next) => t!(
                "ticket-outcome-next",
                id = id,
                text = text,
                next = next.as_str()
            ),
            None => t!("ticket-outcome", id = id, text = text),
        }
    }

    /// "2 delivered", in the run's language: the kind counted.
    fn count(kind: &str, count: usize) -> String {
        match kind {
            "delivered" => t!("ticket-count-delivered", count = count),
            "bounced" => t!("ticket-count-bounced", count = count),
            "sent" => t!("ticket-count-sent", count = count),
            "not delivered" => t!("ticket-count-not-delivered", count = count),
            "not sent" => t!("ticket-count-not-sent", count = count),
            "no reply" => t!("ticket-count-no-reply", count = count),
            "could not check" => t!("ticket-count-could-not-check", count = count),
            "not checked" => t!("ticket-count-not-checked", count = count),
            other => format!("{count} {other}"),
        }
    }
}

/// The four steps' findings for one ticket, and what they add up to.
#[derive(Clone, Debug)]
pub struct TicketFindings {
    pub comment: Vec<Finding>,
    pub trigger: Vec<Finding>,
    pub delivery: Vec<Finding>,
    pub recipient: Vec<Finding>,
    pub outcome: Outcome,
    /// The customers' addresses the reply was (or was meant to be) sent to.
    pub recipients: Vec<String>,
}

impl TicketFindings {
    /// Nothing could be read: the findings say why, in the first step.
    fn unread(findings: Vec<Finding>, outcome: Outcome) -> TicketFindings {
        TicketFindings {
            comment: findings,
            trigger: Vec::new(),
            delivery: Vec::new(),
            recipient: Vec::new(),
            outcome,
            recipients: Vec::new(),
        }
    }
}

/// Everything read about one ticket.
struct Story {
    /// Where it was read from: API failures name it.
    client: Client,
    subject: String,
    ticket: Ticket,
    audits: Vec<Audit>,
    sent: Result<Vec<EmailNotification>, Error>,
    users: HashMap<u64, User>,
    triggers: Result<Vec<Trigger>, Error>,
}

impl Story {
    fn address(&self, user: u64) -> String {
        self.users
            .get(&user)
            .and_then(|u| u.email.clone())
            .map(|e| e.to_ascii_lowercase())
            .unwrap_or_else(|| format!("user {user}"))
    }

    fn name(&self, user: Option<u64>) -> String {
        let Some(id) = user else {
            return t!("ticket-author-unknown");
        };
        let user = || t!("ticket-author-user", id = id.to_string());
        match self.users.get(&id) {
            Some(u) => {
                let name = u.name.clone().unwrap_or_else(user);
                match &u.role {
                    Some(role) => format!("{name} ({role})"),
                    None => name,
                }
            }
            None => user(),
        }
    }

    /// Agents and admins; an author zdiag cannot look up counts as staff unless they
    /// are the requester.
    fn is_staff(&self, user: Option<u64>) -> bool {
        match user.and_then(|id| self.users.get(&id)) {
            Some(u) => u.is_staff(),
            None => user.is_some() && user != self.ticket.requester_id,
        }
    }

    fn is_customer(&self, user: u64) -> bool {
        Some(user) == self.ticket.requester_id
            || self.users.get(&user).is_some_and(|u| !u.is_staff())
    }

    fn tagged(&self) -> bool {
        self.ticket.tags.iter().any(|t| t == FAILURE_TAG)
    }
}

/// Read ticket `id` and say what happened to its reply.
pub async fn check(ctx: &Context, id: u64, options: &TicketOptions) -> TicketFindings {
    let subject = format!("ticket {id}");
    let client = match api::client(ctx) {
        Ok(client) => client,
        Err(findings) => {
            let outcome = Outcome::new(
                Status::Skip,
                "not checked",
                t!("ticket-outcome-not-checked"),
            )
            .next(t!(
                "ticket-outcome-set-credentials",
                credentials = crate::zendesk::config::credentials()
            ));
            return TicketFindings::unread(findings, outcome);
        }
    };
    let story = match read(client, id, &subject).await {
        Ok(story) => story,
        Err(error) => {
            let finding = api::error(client, &subject, &error);
            let outcome = Outcome::new(
                Status::Error,
                "could not check",
                t!(
                    "ticket-outcome-could-not-check",
                    error = error.message.as_str()
                ),
            )
            .next(error.advice());
            return TicketFindings::unread(vec![finding], outcome);
        }
    };
    follow(ctx, client, &story, options).await
}

async fn read(client: &Client, id: u64, subject: &str) -> Result<Story, Error> {
    let (ticket, audits, sent, triggers) = tokio::join!(
        client.ticket(id),
        client.ticket_audits(id),
        client.email_notifications(id),
        client.triggers()
    );
    let (ticket, audits) = (ticket?, audits?);
    let people: Vec<u64> = tickets::people(&ticket, &audits, sent.as_deref().unwrap_or_default())
        .into_iter()
        .collect();
    let users = client
        .users(&people)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    Ok(Story {
        client: client.clone(),
        subject: subject.to_string(),
        ticket,
        audits,
        sent,
        users,
        triggers,
    })
}

/// The comment followed: the one asked for, else the latest public one by an agent,
/// else the latest by an agent.
fn pick<'a>(
    story: &Story,
    comments: &'a [Comment],
    wanted: Option<u64>,
) -> Result<&'a Comment, Box<Finding>> {
    if let Some(wanted) = wanted {
        return comments.iter().find(|c| c.id == wanted).ok_or_else(|| {
            let known: Vec<u64> = comments.iter().map(|c| c.id).collect();
            Box::new(diags::comment_not_found(&story.subject, wanted, &known))
        });
    }
    let staff: Vec<&Comment> = comments
        .iter()
        .filter(|c| story.is_staff(c.author_id))
        .collect();
    staff
        .iter()
        .rev()
        .find(|c| c.is_public())
        .or(staff.last())
        .copied()
        .ok_or_else(|| Box::new(diags::no_reply(&story.subject, comments.len())))
}

async fn follow(
    ctx: &Context,
    client: &Client,
    story: &Story,
    options: &TicketOptions,
) -> TicketFindings {
    let subject = story.subject.as_str();
    let comments: Vec<Comment> = story
        .audits
        .iter()
        .flat_map(Audit::events)
        .filter_map(|e| match e {
            Event::Comment(c) => Some(c),
            _ => None,
        })
        .collect();
    let comment = match pick(story, &comments, options.comment) {
        Ok(comment) => comment,
        Err(finding) => {
            let outcome = if finding.code == Code::TicketNoReply {
                Outcome::new(Status::Info, "no reply", t!("ticket-outcome-no-reply"))
            } else {
                Outcome::new(
                    Status::Error,
                    "could not check",
                    t!(
                        "ticket-outcome-comment-not-found",
                        id = options.comment.unwrap_or(0).to_string()
                    ),
                )
                .next(Code::TicketCommentNotFound.doc().fix)
            };
            let requester: Vec<String> = story
                .ticket
                .requester_id
                .map(|r| story.address(r))
                .into_iter()
                .collect();
            let mut findings = TicketFindings::unread(vec![*finding], outcome);
            findings.recipient = recipient_side(ctx, client, story, &requester).await;
            findings.recipients = requester;
            return findings;
        }
    };
    let author = story.name(comment.author_id);
    let written = comment
        .created_at
        .as_deref()
        .and_then(when::parse)
        .map_or_else(
            || t!("ticket-written-unknown"),
            |at| t!("ticket-written-on", date = when::format(at)),
        );
    let mut comment_findings = vec![if comment.is_public() {
        diags::comment_public(subject, comment, &author, &written)
    } else {
        diags::comment_private(subject, comment, &author, &written)
    }];
    comment_findings.extend(
        comment
            .flags
            .iter()
            .map(|f| diags::flag(subject, comment.id, *f)),
    );

    let audit = story.audits.iter().find(|a| a.id == comment.audit_id);
    let events: Vec<Event> = audit.map(Audit::events).unwrap_or_default();
    let notifications: Vec<&NotificationEvent> = events
        .iter()
        .filter_map(|e| match e {
            Event::Notification(n) => Some(n),
            _ => None,
        })
        .collect();
    let (mut trigger_findings, silence) = trigger_step(story, comment, &notifications);
    trigger_findings.extend(events.iter().filter_map(|e| match e {
        Event::Error(message) => Some(diags::error_event(subject, message)),
        _ => None,
    }));

    // The customers emailed, else the requester the reply was meant for.
    let mut customers: Vec<String> = Vec::new();
    let emailed = notifications
        .iter()
        .flat_map(|n| &n.recipients)
        .filter(|r| story.is_customer(**r));
    for address in emailed
        .copied()
        .chain(story.ticket.requester_id)
        .map(|r| story.address(r))
    {
        if !customers.contains(&address) {
            customers.push(address);
        }
    }
    // The requester counts only when nobody else was emailed.
    if customers.len() > 1
        && let Some(requester) = story.ticket.requester_id
        && !notifications
            .iter()
            .any(|n| n.recipients.contains(&requester))
    {
        let address = story.address(requester);
        customers.retain(|c| *c != address);
    }

    let (delivery_findings, delivery_outcome) = delivery_step(
        story,
        comment,
        &notifications,
        silence.is_some(),
        options.now,
    );
    let outcome = match &silence {
        Some(silence) => Outcome::new(
            silence.status,
            "not sent",
            t!(
                "ticket-outcome-not-sent",
                why = silence.why.trim_end_matches('.')
            ),
        )
        .next(silence.help.clone()),
        None => delivery_outcome,
    };
    if let Some(silence) = &silence {
        let emailed: Vec<String> = customers.clone();
        trigger_findings.push(diags::not_notified(subject, comment.id, &emailed, silence));
    }
    let recipient_findings = recipient_side(ctx, client, story, &customers).await;
    let outcome = sharpen(outcome, &recipient_findings);
    TicketFindings {
        comment: comment_findings,
        trigger: trigger_findings,
        delivery: delivery_findings,
        recipient: recipient_findings,
        outcome,
        recipients: customers,
    }
}

/// What the recipient step found makes the outcome precise: a mistyped domain is the
/// fix of a bounce, and an address Zendesk no longer emails explains a reply with no
/// delivery record.
fn sharpen(outcome: Outcome, recipient: &[Finding]) -> Outcome {
    let typo = recipient
        .iter()
        .filter(|f| f.code == Code::OutboundRecipientTypo)
        .find(|f| outcome.text.contains(&format!("({})", f.subject)))
        .and_then(|f| f.help.clone());
    if outcome.kind == "bounced"
        && let Some(fix) = typo
    {
        return outcome.next(fix);
    }
    if outcome.status.severity() >= Status::Warn.severity() && outcome.kind != "sent" {
        return outcome;
    }
    match recipient.iter().find(|f| {
        [
            Code::TicketRecipientUndeliverable,
            Code::TicketRecipientNotEmailed,
        ]
        .contains(&f.code)
    }) {
        Some(f) if outcome.kind == "sent" => Outcome::new(
            f.status,
            "not delivered",
            t!(
                "ticket-outcome-not-delivered",
                why = f.message.trim_end_matches('.')
            ),
        )
        .next(f.help.clone().unwrap_or_default()),
        _ => outcome,
    }
}

/// Step 2: the notification events of the comment's audit; when none reached a
/// customer, why (the [`Silence`]).
fn trigger_step(
    story: &Story,
    comment: &Comment,
    notifications: &[&NotificationEvent],
) -> (Vec<Finding>, Option<Silence>) {
    let subject = story.subject.as_str();
    let known: Option<BTreeSet<u64>> = story
        .triggers
        .as_ref()
        .ok()
        .map(|ts| ts.iter().map(|t| t.id).collect());
    let mut findings = Vec::new();
    for n in notifications {
        let is_trigger = n
            .rule
            .as_ref()
            .is_some_and(|r| r.rel.as_deref().is_none_or(|rel| rel == "trigger"));
        let exists = match (&n.rule, &known) {
            (Some(rule), Some(known)) if is_trigger => rule.id.map(|id| known.contains(&id)),
            _ => None,
        };
        let sent = Sent {
            kind: n.kind.as_str(),
            rule: n.rule.as_ref(),
            exists,
            recipients: n.recipients.iter().map(|r| story.address(*r)).collect(),
        };
        findings.push(diags::notification_sent(subject, &sent));
        if n.rule.as_ref().is_some_and(|r| r.deleted) || exists == Some(false) {
            findings.push(diags::trigger_deleted(subject, &sent));
        }
    }
    let reached_customer = notifications
        .iter()
        .flat_map(|n| &n.recipients)
        .any(|r| story.is_customer(*r));
    if reached_customer {
        return (findings, None);
    }
    let (silence, rule_findings) = silence(story, comment);
    findings.extend(rule_findings);
    (findings, Some(silence))
}

/// Channels whose replies go back through the conversation, not by email.
const CONVERSATION_CHANNELS: &[&str] = &[
    "chat",
    "native_messaging",
    "messaging",
    "whatsapp",
    "facebook",
    "twitter",
    "instagram_dm",
    "line",
    "wechat",
    "voice",
    "sms",
    "any_channel",
];

/// Why nobody outside the agents was emailed, most certain reason first; the
/// triggers check's findings when the triggers are the reason.
fn silence(story: &Story, comment: &Comment) -> (Silence, Vec<Finding>) {
    let plain = |status, why: String, help: String| (Silence { status, why, help }, Vec::new());
    if !comment.is_public() {
        return plain(
            Status::Info,
            t!("ticket-silence-private"),
            Code::TicketCommentPrivate.doc().fix,
        );
    }
    if comment.flags.contains(&4) {
        return plain(
            Status::Fail,
            t!("ticket-silence-suppressed"),
            Code::TicketNotificationsSuppressed.doc().fix,
        );
    }
    let requester = story.ticket.requester_id;
    if requester.is_some() && comment.author_id == requester {
        return plain(
            Status::Info,
            t!("ticket-silence-requester-wrote"),
            String::new(),
        );
    }
    if let Some(channel) = story.ticket.channel()
        && CONVERSATION_CHANNELS.iter().any(|c| channel.starts_with(c))
    {
        return plain(
            Status::Info,
            t!("ticket-silence-channel", channel = channel),
            String::new(),
        );
    }
    if let Some(r) = requester
        && story.users.get(&r).is_some_and(|u| u.email.is_none())
    {
        return plain(
            Status::Warn,
            t!("ticket-silence-no-email"),
            t!("ticket-silence-no-email-help"),
        );
    }
    let triggers = match &story.triggers {
        Ok(triggers) => triggers,
        Err(error) => {
            return plain(
                Status::Fail,
                t!(
                    "ticket-silence-triggers-unread",
                    error = error.message.trim_end_matches('.')
                ),
                t!("ticket-silence-triggers-unread-help"),
            );
        }
    };
    let rule_problems: Vec<Finding> = triggers::evaluate(triggers, None, None)
        .into_iter()
        .filter(|f| {
            [
                Code::TriggersAllInactive,
                Code::TriggersNotifyRequesterInactive,
                Code::TriggersNotifyCommentMissing,
            ]
            .contains(&f.code)
                && f.evidence
                    .get("covers")
                    .is_none_or(|c| c == "comment update")
        })
        .collect();
    if let Some(first) = rule_problems.first() {
        return (
            Silence {
                status: Status::Fail,
                why: first.message.clone(),
                help: first.help.clone().unwrap_or_default(),
            },
            rule_problems,
        );
    }
    let active: Vec<String> = triggers
        .iter()
        .filter(|t| t.active)
        .filter(|t| triggers::requester_notification(t).is_some_and(|c| c.comment))
        .map(|trigger| t!("ticket-quoted", title = trigger.title.as_str()))
        .collect();
    let why = if active.len() == 1 {
        t!(
            "ticket-silence-not-fired-one",
            triggers = diags::list(&active)
        )
    } else {
        t!(
            "ticket-silence-not-fired-many",
            triggers = diags::list(&active)
        )
    };
    plain(Status::Fail, why, t!("ticket-silence-not-fired-help"))
}

/// Step 3: per recipient, the newest delivery status of the comment's email
/// notifications.
fn delivery_step(
    story: &Story,
    comment: &Comment,
    notifications: &[&NotificationEvent],
    silent: bool,
    now: i64,
) -> (Vec<Finding>, Outcome) {
    let subject = story.subject.as_str();
    let tagged = story.tagged();
    let sent = match &story.sent {
        Ok(sent) => sent,
        Err(error) => {
            let outcome = Outcome::new(
                Status::Error,
                "could not check",
                t!(
                    "ticket-outcome-no-delivery-status",
                    error = error.message.trim_end_matches('.')
                ),
            )
            .next(error.advice());
            return (vec![api::error(&story.client, subject, error)], outcome);
        }
    };
    // Newest first: the first status seen for an address is its latest.
    let mut latest: BTreeMap<String, Delivery<'_>> = BTreeMap::new();
    let mut order = Vec::new();
    for notification in sent.iter().filter(|n| n.comment_id == Some(comment.id)) {
        for r in &notification.recipients {
            let Some(address) = r.email_address.as_deref() else {
                continue;
            };
            let Some(status) = &r.delivery_status else {
                continue;
            };
            let key = address.to_ascii_lowercase();
            if latest.contains_key(&key) {
                continue;
            }
            let Reading {
                id,
                name,
                category,
                hard,
            } = Reading::of(status);
            let failed = category.is_some();
            let started = notification.created_at.as_deref().and_then(when::parse);
            let (retry_until, gave_up) = match started {
                Some(start) if failed && !hard => {
                    let end = start + RETRY_WINDOW;
                    if now < end {
                        (Some(when::format(end)), None)
                    } else {
                        (None, Some(when::format(end)))
                    }
                }
                _ => (None, None),
            };
            order.push(key.clone());
            latest.insert(
                key,
                Delivery {
                    address,
                    id,
                    name,
                    code: status.code.clone(),
                    message: status.message.clone(),
                    sent_at: notification.created_at.clone(),
                    notification_id: notification.notification_id,
                    category,
                    hard,
                    retry_until,
                    gave_up,
                    tagged,
                },
            );
        }
    }
    if latest.is_empty() {
        let mut findings = Vec::new();
        let outcome = if silent || notifications.is_empty() {
            findings.push(diags::nothing_sent(subject, comment.id));
            Outcome::new(Status::Info, "not sent", t!("ticket-outcome-nothing-sent"))
        } else {
            findings.push(diags::no_delivery_record(subject, comment.id, tagged));
            let to: Vec<String> = notifications
                .iter()
                .flat_map(|n| &n.recipients)
                .filter(|r| story.is_customer(**r))
                .map(|r| story.address(*r))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            Outcome::new(
                Status::Info,
                "sent",
                t!("ticket-outcome-sent-no-record", to = diags::list(&to)),
            )
            .next(Code::TicketNoDeliveryRecord.doc().fix)
        };
        if tagged {
            findings.push(diags::failure_tag(subject));
        }
        return (findings, outcome);
    }
    let customer_addresses: BTreeSet<String> = story
        .users
        .values()
        .filter(|u| story.is_customer(u.id))
        .filter_map(|u| u.email.as_ref().map(|e| e.to_ascii_lowercase()))
        .collect();
    let mut findings = Vec::new();
    let mut delivered_to = Vec::new();
    let mut delivered_at = None;
    let mut worst: Option<(&Delivery<'_>, Finding)> = None;
    for key in &order {
        let d = &latest[key];
        if d.id == Some(0) {
            let at = d.sent_at.as_deref().and_then(when::parse).map(when::format);
            findings.push(diags::delivered(subject, d, at.as_deref()));
            delivered_to.push(d.address.to_string());
            delivered_at = delivered_at.or(Some(at));
            continue;
        }
        let finding = diags::bounced(subject, d);
        let counts = customer_addresses.contains(key) || customer_addresses.is_empty();
        let worse = worst
            .as_ref()
            .is_none_or(|(_, w)| finding.status.severity() > w.status.severity());
        if counts && worse {
            worst = Some((d, finding.clone()));
        }
        findings.push(finding);
    }
    let any_failure = findings.iter().any(|f| f.code != Code::TicketDelivered);
    if tagged && !any_failure {
        findings.push(diags::failure_tag(subject));
    }
    let outcome = match worst {
        Some((d, finding)) => {
            let category = d.category.unwrap_or(Category::Unknown);
            // The address in parentheses: `sharpen` finds the recipient by it.
            let (reason, address) = (diags::describe(category), d.address);
            let text = match &d.retry_until {
                Some(until) => t!(
                    "ticket-outcome-bounced-retrying",
                    reason = reason,
                    address = address,
                    until = until.as_str()
                ),
                None => t!("ticket-outcome-bounced", reason = reason, address = address),
            };
            Outcome::new(finding.status, "bounced", text).next(finding.help.unwrap_or_default())
        }
        None => {
            let to = diags::list(&delivered_to);
            let text = match delivered_at.flatten() {
                Some(at) => t!("ticket-outcome-delivered-at", to = to, at = at),
                None => t!("ticket-outcome-delivered", to = to),
            };
            Outcome::new(Status::Pass, "delivered", text)
        }
    };
    (findings, outcome)
}

/// A delivery status read against Zendesk's documented ids (by id, else by name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub id: Option<i64>,
    /// Zendesk's name, lower-case as the API sends it.
    pub name: String,
    /// `None`: no failure (id 0). An id zdiag does not know is `Unknown`.
    pub category: Option<Category>,
    /// The address is bad: Zendesk marks it undeliverable at once.
    pub hard: bool,
}

impl Reading {
    pub fn of(status: &DeliveryStatus) -> Reading {
        let id = status.id.or_else(|| {
            let name = status.name.as_deref()?;
            statuses::STATUSES
                .iter()
                .find(|s| s.name.eq_ignore_ascii_case(name))
                .map(|s| i64::from(s.id))
        });
        let known = id
            .and_then(|i| u8::try_from(i).ok())
            .and_then(statuses::delivery_status);
        let name = status
            .name
            .clone()
            .or_else(|| known.map(|k| k.name.to_ascii_lowercase()))
            .unwrap_or_else(|| "unknown".to_string());
        let category =
            (id != Some(0)).then(|| known.and_then(|k| k.category).unwrap_or(Category::Unknown));
        Reading {
            id,
            name,
            category,
            hard: known.is_some_and(|k| statuses::is_hard(k.id)),
        }
    }
}

/// Step 4: each customer's standing with Zendesk (their email identity) and their
/// domain's side (MX, null MX, a typo of a major provider), read at once.
async fn recipient_side(
    ctx: &Context,
    client: &Client,
    story: &Story,
    addresses: &[String],
) -> Vec<Finding> {
    let user_of = |address: &str| -> Option<u64> {
        story
            .users
            .values()
            .find(|u| {
                u.email
                    .as_deref()
                    .is_some_and(|e| e.eq_ignore_ascii_case(address))
            })
            .map(|u| u.id)
    };
    let standings = futures::future::join_all(addresses.iter().map(|address| async move {
        let Some(user) = user_of(address) else {
            return Vec::new();
        };
        match client.identities(user).await {
            Ok(identities) => identity_of(&identities, address)
                .map(|identity| {
                    diags::standing(&Standing {
                        address,
                        state: identity
                            .deliverable_state
                            .as_deref()
                            .unwrap_or("deliverable"),
                        soft_bounces: identity.undeliverable_count.unwrap_or(0),
                    })
                })
                .into_iter()
                .collect(),
            Err(error) => vec![api::error(client, address, &error)],
        }
    }));
    let mut domains = BTreeSet::new();
    let checked: Vec<&String> = addresses
        .iter()
        .filter(|a| a.contains('@'))
        .filter(|a| recipient::domain_of(a).is_some_and(|d| domains.insert(d)))
        .collect();
    let (standings, sides) = tokio::join!(
        standings,
        futures::future::join_all(checked.iter().map(|a| recipient::check(ctx, a)))
    );
    let mut findings: Vec<Finding> = standings.into_iter().flatten().collect();
    findings.extend(sides.into_iter().flatten());
    findings
}

/// The email identity holding `address`, else the user's primary email identity.
fn identity_of<'a>(identities: &'a [Identity], address: &str) -> Option<&'a Identity> {
    let emails = || {
        identities
            .iter()
            .filter(|i| i.kind.as_deref().is_none_or(|k| k == "email"))
    };
    emails()
        .find(|i| {
            i.value
                .as_deref()
                .is_some_and(|v| v.eq_ignore_ascii_case(address))
        })
        .or_else(|| emails().find(|i| i.primary == Some(true)))
}

/// The run's verdict: one ticket's sentence; for several, how many ended which way and
/// the worst ticket's sentence.
pub fn verdict(outcomes: &[(u64, &Outcome)]) -> String {
    let worst = outcomes
        .iter()
        .max_by_key(|(_, o)| o.status.severity())
        .map(|(id, o)| o.sentence(*id));
    match outcomes {
        [] => String::new(),
        [(id, outcome)] => outcome.sentence(*id),
        _ => {
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, outcome) in outcomes {
                *counts.entry(outcome.kind).or_default() += 1;
            }
            let counts: Vec<String> = counts.iter().map(|(k, n)| Outcome::count(k, *n)).collect();
            t!(
                "ticket-verdict",
                count = outcomes.len(),
                counts = counts.join(", "),
                worst = worst.unwrap_or_default()
            )
        }
    }
}
