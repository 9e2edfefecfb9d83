//! Typed views of one ticket's story (`reference/zendesk-api.md` §5): the ticket, its
//! audits and their events, its email notifications with their delivery statuses, and
//! the people involved with their email identities.
//!
//! Zendesk adds audit event types at any time and spells some of them in more than
//! one way (`NotificationWithCcs`, "Notification with CCs"): events are read from
//! their raw JSON, the type matched case- and punctuation-insensitively, and unknown
//! types ignored.

use std::collections::BTreeSet;

use serde::Deserialize;
use serde_json::Value;

use super::models::Via;

/// `GET /api/v2/tickets/{id}`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Ticket {
    pub id: u64,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub requester_id: Option<u64>,
    #[serde(default)]
    pub assignee_id: Option<u64>,
    #[serde(default)]
    pub via: Option<Via>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub tags: Vec<String>,
    /// The support address the ticket was first sent to.
    #[serde(default)]
    pub recipient: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    /// What a safe update sends back as `updated_stamp`.
    #[serde(default)]
    pub updated_at: Option<String>,
}

impl Ticket {
    /// The channel it came in by (`email`, `web`, `api`, ...), lower-case.
    pub fn channel(&self) -> Option<String> {
        let channel = self.via.as_ref()?.channel.as_deref()?;
        Some(channel.to_ascii_lowercase())
    }
}

/// `GET /api/v2/tickets/{id}/audits`: one audit (one update of the ticket).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Audit {
    pub id: u64,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub author_id: Option<u64>,
    /// Kept raw: see [`Audit::events`].
    #[serde(default, deserialize_with = "null_as_empty")]
    pub events: Vec<Value>,
}

/// The events zdiag reads; every other type is [`Event::Other`].
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Comment(Comment),
    Notification(NotificationEvent),
    /// A system error while the ticket was processed (`Error`), in Zendesk's words.
    Error(String),
    Other,
}

/// A comment event, with what the audit around it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Comment {
    pub id: u64,
    pub author_id: Option<u64>,
    /// `None` when Zendesk did not say (the API's default is public).
    pub public: Option<bool>,
    /// `metadata.flags`: why Zendesk trusted, trimmed or muted it.
    pub flags: Vec<u64>,
    /// The audit that holds it, and when that audit was made.
    pub audit_id: u64,
    pub created_at: Option<String>,
}

impl Comment {
    pub fn is_public(&self) -> bool {
        self.public != Some(false)
    }
}

/// How a notification event reached its recipients.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotificationKind {
    /// `Notification`: an `Email user` or `Email group` action of a trigger or automation.
    Notification,
    /// `NotificationWithCcs`: the same, to the requester and the CCs.
    WithCcs,
    /// `Cc`: the copy sent to CCs.
    Cc,
    /// `FollowerNotification`: the copy sent to followers.
    Follower,
}

impl NotificationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::Notification => "Notification",
            NotificationKind::WithCcs => "NotificationWithCcs",
            NotificationKind::Cc => "Cc",
            NotificationKind::Follower => "FollowerNotification",
        }
    }
}

/// An email Zendesk sent about the update, and the rule that sent it.
#[derive(Clone, Debug, PartialEq)]
pub struct NotificationEvent {
    pub kind: NotificationKind,
    /// User ids.
    pub recipients: Vec<u64>,
    pub rule: Option<RuleRef>,
}

/// `via.source.from` of a rule's event: the trigger (or automation) that fired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleRef {
    pub id: Option<u64>,
    pub title: Option<String>,
    /// Zendesk marks the reference when the rule was deleted since.
    pub deleted: bool,
    /// `trigger` or `automation` (`via.source.rel`).
    pub rel: Option<String>,
}

impl Audit {
    /// The events zdiag understands, in order; unknown types are `Other`.
    pub fn events(&self) -> Vec<Event> {
        self.events.iter().map(|e| self.event(e)).collect()
    }

    fn event(&self, value: &Value) -> Event {
        let kind: String = value["type"]
            .as_str()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let kind = kind.strip_suffix("event").unwrap_or(&kind);
        let notification = |kind| {
            Event::Notification(NotificationEvent {
                kind,
                recipients: ids(&value["recipients"]),
                rule: rule_ref(&value["via"]),
            })
        };
        match kind {
            "comment" | "voicecomment" => match as_id(&value["id"]) {
                Some(id) => Event::Comment(Comment {
                    id,
                    author_id: as_id(&value["author_id"]).or(self.author_id),
                    public: value["public"].as_bool(),
                    flags: ids(&value["metadata"]["flags"]),
                    audit_id: self.id,
                    created_at: value["created_at"]
                        .as_str()
                        .map(str::to_string)
                        .or_else(|| self.created_at.clone()),
                }),
                None => Event::Other,
            },
            "notification" => notification(NotificationKind::Notification),
            "notificationwithccs" => notification(NotificationKind::WithCcs),
            "cc" => notification(NotificationKind::Cc),
            "followernotification" => notification(NotificationKind::Follower),
            "error" => Event::Error(value["message"].as_str().unwrap_or_default().to_string()),
            _ => Event::Other,
        }
    }
}

fn rule_ref(via: &Value) -> Option<RuleRef> {
    let from = &via["source"]["from"];
    if !from.is_object() {
        return None;
    }
    let id = as_id(&from["id"]);
    let title = from["title"].as_str().map(str::to_string);
    if id.is_none() && title.is_none() {
        return None;
    }
    Some(RuleRef {
        id,
        title,
        deleted: from["deleted"].as_bool().unwrap_or(false),
        rel: via["source"]["rel"].as_str().map(str::to_string),
    })
}

/// An id sent as a number or as a string of digits.
fn as_id(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn ids(value: &Value) -> Vec<u64> {
    value
        .as_array()
        .map(|items| items.iter().filter_map(as_id).collect())
        .unwrap_or_default()
}

/// `GET /api/v2/email_notifications`: one email sent about a comment, per recipient.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct EmailNotification {
    #[serde(default)]
    pub notification_id: Option<u64>,
    #[serde(default)]
    pub comment_id: Option<u64>,
    #[serde(default)]
    pub ticket_id: Option<u64>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub message_id: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub recipients: Vec<NotificationRecipient>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct NotificationRecipient {
    #[serde(default)]
    pub email_address: Option<String>,
    #[serde(default)]
    pub user_id: Option<u64>,
    #[serde(default)]
    pub delivery_status: Option<DeliveryStatus>,
}

/// `{id, name, code, message}`: what the receiving side answered (id 0: no failure).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DeliveryStatus {
    #[serde(default)]
    pub id: Option<i64>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default, deserialize_with = "text")]
    pub code: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
}

/// `GET /api/v2/users/show_many`: one user.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct User {
    pub id: u64,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// `end-user`, `agent` or `admin`.
    #[serde(default)]
    pub role: Option<String>,
}

impl User {
    /// Agents and admins (the ones whose comments are replies).
    pub fn is_staff(&self) -> bool {
        matches!(self.role.as_deref(), Some("agent" | "admin"))
    }
}

/// `GET /api/v2/users/{id}/identities`: one of a user's addresses.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Identity {
    #[serde(default)]
    pub id: Option<u64>,
    #[serde(default)]
    pub user_id: Option<u64>,
    /// `email`, `phone_number`, `twitter`, ...
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
    /// `deliverable`, `undeliverable`, `mailing_list`, `reserved_example`, ...
    #[serde(default)]
    pub deliverable_state: Option<String>,
    /// Soft bounces received so far.
    #[serde(default)]
    pub undeliverable_count: Option<u64>,
    #[serde(default)]
    pub primary: Option<bool>,
}

/// Everyone a ticket's story names: the requester, the comments' authors, the
/// notifications' recipients. What `zdiag ticket` looks up and `zdiag export --ticket`
/// writes.
pub fn people(ticket: &Ticket, audits: &[Audit], sent: &[EmailNotification]) -> BTreeSet<u64> {
    let mut ids: BTreeSet<u64> = ticket.requester_id.into_iter().collect();
    for event in audits.iter().flat_map(Audit::events) {
        match event {
            Event::Comment(c) => ids.extend(c.author_id),
            Event::Notification(n) => ids.extend(n.recipients),
            Event::Error(_) | Event::Other => {}
        }
    }
    ids.extend(
        sent.iter()
            .flat_map(|n| &n.recipients)
            .filter_map(|r| r.user_id),
    );
    ids
}

fn null_as_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

/// A string or a number, as text (`"530 5.7.0"`, `0`).
fn text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<Value>::deserialize(deserializer)? {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn events_are_matched_whatever_their_spelling_and_unknown_ones_ignored() {
        let audit: Audit = serde_json::from_value(json!({
            "id": 7, "author_id": 3, "created_at": "2024-09-06T18:52:11Z",
            "events": [
                {"id": 1, "type": "Comment", "public": false, "metadata": {"flags": [4, 18]}},
                {"id": 2, "type": "Notification with CCs", "recipients": [5, "6"],
                 "via": {"channel": "rule", "source": {"rel": "trigger",
                    "from": {"id": 9, "title": "Notify", "deleted": true}}}},
                {"id": 3, "type": "FollowerNotificationEvent", "recipients": [8]},
                {"id": 4, "type": "SomethingNew", "recipients": [99]},
                {"id": 5, "type": "error", "message": "boom"}
            ]
        }))
        .unwrap();
        let events = audit.events();
        assert_eq!(
            events[0],
            Event::Comment(Comment {
                id: 1,
                author_id: Some(3),
                public: Some(false),
                flags: vec![4, 18],
                audit_id: 7,
                created_at: Some("2024-09-06T18:52:11Z".into()),
            })
        );
        let Event::Notification(n) = &events[1] else {
            panic!("{:?}", events[1])
        };
        assert_eq!(n.kind, NotificationKind::WithCcs);
        assert_eq!(n.recipients, vec![5, 6]);
        let rule = n.rule.as_ref().unwrap();
        assert!(rule.deleted && rule.id == Some(9) && rule.rel.as_deref() == Some("trigger"));
        assert!(
            matches!(&events[2], Event::Notification(n) if n.kind == NotificationKind::Follower)
        );
        assert_eq!(events[3], Event::Other);
        assert_eq!(events[4], Event::Error("boom".into()));
    }
}
