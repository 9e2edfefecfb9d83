//! Typed views of the API bodies the checks read (`reference/zendesk-api.md` §1-§3).
//!
//! Every field Zendesk may omit or send as `null` is optional, and unknown enum
//! values are kept rather than refused: a new status must not break a diagnosis.

use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A support address's `forwarding_status`, `spf_status`, `cname_status` or
/// `domain_verification_status`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerificationStatus {
    Unknown,
    /// Forwarding only: the test email was sent and has not arrived yet.
    Waiting,
    Verified,
    Failed,
    /// A value this version does not know, kept as sent.
    Other(String),
}

impl VerificationStatus {
    pub fn as_str(&self) -> &str {
        match self {
            VerificationStatus::Unknown => "unknown",
            VerificationStatus::Waiting => "waiting",
            VerificationStatus::Verified => "verified",
            VerificationStatus::Failed => "failed",
            VerificationStatus::Other(other) => other,
        }
    }
}

impl<'de> Deserialize<'de> for VerificationStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Option::<String>::deserialize(deserializer)?;
        Ok(match text.as_deref() {
            None | Some("unknown") => VerificationStatus::Unknown,
            Some("waiting") => VerificationStatus::Waiting,
            Some("verified") => VerificationStatus::Verified,
            Some("failed") => VerificationStatus::Failed,
            Some(other) => VerificationStatus::Other(other.to_string()),
        })
    }
}

fn unknown() -> VerificationStatus {
    VerificationStatus::Unknown
}

/// `GET /api/v2/recipient_addresses`: one support address.
#[derive(Clone, Debug, Deserialize)]
pub struct RecipientAddress {
    pub id: u64,
    pub email: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub brand_id: Option<u64>,
    /// `true` for the account's default address; real data has `null` for the others.
    #[serde(default)]
    pub default: Option<bool>,
    #[serde(default = "unknown")]
    pub forwarding_status: VerificationStatus,
    #[serde(default = "unknown")]
    pub spf_status: VerificationStatus,
    #[serde(default = "unknown")]
    pub cname_status: VerificationStatus,
    #[serde(default = "unknown")]
    pub domain_verification_status: VerificationStatus,
    /// The TXT value expected at `zendeskverification.<domain>`; `null` for Zendesk addresses.
    #[serde(default)]
    pub domain_verification_code: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

impl RecipientAddress {
    /// The domain part, lower-case.
    pub fn domain(&self) -> String {
        self.email
            .rsplit_once('@')
            .map(|(_, d)| d.trim().to_ascii_lowercase())
            .unwrap_or_default()
    }

    /// A `*.zendesk.com` address: Zendesk hosts it, no forwarding or DNS to check.
    pub fn is_zendesk_hosted(&self) -> bool {
        let domain = self.domain();
        domain == "zendesk.com" || domain.ends_with(".zendesk.com")
    }
}

/// One condition of a trigger or automation.
#[derive(Clone, Debug, Deserialize)]
pub struct Condition {
    pub field: String,
    #[serde(default)]
    pub operator: String,
    #[serde(default)]
    pub value: Value,
}

impl Condition {
    /// The value as text (`true` and numbers too), for comparisons.
    pub fn value_text(&self) -> String {
        scalar_text(&self.value)
    }
}

/// `{"all": [...], "any": [...]}`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Conditions {
    #[serde(default, deserialize_with = "null_as_empty")]
    pub all: Vec<Condition>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub any: Vec<Condition>,
}

/// One action: `{"field": ..., "value": string | array}`.
#[derive(Clone, Debug, Deserialize)]
pub struct Action {
    pub field: String,
    #[serde(default)]
    pub value: Value,
}

/// What an email-sending action does, read from its `value` array.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notification {
    /// `notification_user`: `[recipient, subject, body]`.
    User {
        recipient: String,
        subject: String,
        body: String,
    },
    /// `notification_group`: `[group, subject, body]`.
    Group {
        group: String,
        subject: String,
        body: String,
    },
    /// `notification_target`: `[target_id, body]`.
    Target { target: String, body: String },
}

impl Action {
    /// The value as a list of strings (a lone string is a list of one).
    pub fn values(&self) -> Vec<String> {
        match &self.value {
            Value::Array(items) => items.iter().map(scalar_text).collect(),
            Value::Null => Vec::new(),
            other => vec![scalar_text(other)],
        }
    }

    /// The email notification this action sends, if it sends one.
    pub fn notification(&self) -> Option<Notification> {
        let values = self.values();
        let at = |i: usize| values.get(i).cloned().unwrap_or_default();
        match self.field.as_str() {
            "notification_user" => Some(Notification::User {
                recipient: at(0),
                subject: at(1),
                body: at(2),
            }),
            "notification_group" => Some(Notification::Group {
                group: at(0),
                subject: at(1),
                body: at(2),
            }),
            "notification_target" => Some(Notification::Target {
                target: at(0),
                body: at(1),
            }),
            _ => None,
        }
    }
}

/// `GET /api/v2/triggers` (and automations, which share the shape).
#[derive(Clone, Debug, Deserialize)]
pub struct Trigger {
    pub id: u64,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub active: bool,
    /// "Standard trigger": real data shows `false` on standard triggers, so it is not relied on.
    #[serde(default)]
    pub default: Option<bool>,
    #[serde(default)]
    pub position: Option<i64>,
    #[serde(default)]
    pub conditions: Option<Conditions>,
    /// The deprecated top-level condition lists.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub all: Vec<Condition>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub any: Vec<Condition>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub actions: Vec<Action>,
    /// Times it fired in the last 24 hours (`include=usage_24h`, on plans that have it).
    #[serde(default)]
    pub usage_24h: Option<u64>,
}

/// Automations have the same id, title, active, conditions and actions as triggers.
pub type Automation = Trigger;

impl Trigger {
    /// The `all` conditions, from the current format and the legacy one.
    pub fn all_conditions(&self) -> impl Iterator<Item = &Condition> {
        self.conditions
            .iter()
            .flat_map(|c| c.all.iter())
            .chain(self.all.iter())
    }

    /// The `any` conditions, from the current format and the legacy one.
    pub fn any_conditions(&self) -> impl Iterator<Item = &Condition> {
        self.conditions
            .iter()
            .flat_map(|c| c.any.iter())
            .chain(self.any.iter())
    }

    /// The email notifications it sends.
    pub fn notifications(&self) -> Vec<Notification> {
        self.actions
            .iter()
            .filter_map(Action::notification)
            .collect()
    }
}

/// `GET /api/v2/targets`: one target (`email_target` carries `email` and `subject`).
#[derive(Clone, Debug, Deserialize)]
pub struct Target {
    pub id: u64,
    #[serde(default)]
    pub title: String,
    #[serde(rename = "type", default)]
    pub kind: String,
    #[serde(default)]
    pub active: bool,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
}

impl Target {
    pub fn is_email(&self) -> bool {
        self.kind == "email_target"
    }
}

/// `GET /api/v2/groups`: one group.
#[derive(Clone, Debug, Deserialize)]
pub struct Group {
    pub id: u64,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub deleted: Option<bool>,
}

/// `GET /api/v2/account/settings`: the email part of `settings`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AccountSettings {
    #[serde(default)]
    pub email: EmailSettings,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct EmailSettings {
    /// "Custom domain for DKIM": needs the two CNAMEs in place first.
    #[serde(default)]
    pub custom_dkim_domain: Option<bool>,
    #[serde(default)]
    pub email_sender_authentication: Option<bool>,
    #[serde(default)]
    pub email_sender_authentication_profile: Option<String>,
    #[serde(default)]
    pub email_status: Option<bool>,
}

/// `GET /api/v2/suspended_tickets`: one suspended email (reference §4). Every field but
/// the id may be missing or `null`; `cause_id` is kept as sent, known or not.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct SuspendedTicket {
    pub id: u64,
    #[serde(default)]
    pub author: Option<Author>,
    #[serde(default)]
    pub brand_id: Option<u64>,
    #[serde(default)]
    pub cause: Option<String>,
    #[serde(default)]
    pub cause_id: Option<i64>,
    /// The flagged content: can be large, so callers keep what they need of it and drop it.
    #[serde(default)]
    pub content: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub message_id: Option<String>,
    /// The support address it was sent to.
    #[serde(default)]
    pub recipient: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    /// The ticket it belongs to, when Zendesk could tell.
    #[serde(default)]
    pub ticket_id: Option<u64>,
    #[serde(default)]
    pub via: Option<Via>,
}

/// `{id, name, email}`, each optional.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Author {
    #[serde(default)]
    pub id: Option<u64>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// `{"channel": "email", "source": {"from": {...}, "to": {...}}}`.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Via {
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub source: Option<ViaSource>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ViaSource {
    #[serde(default)]
    pub from: Option<ViaParty>,
    #[serde(default)]
    pub to: Option<ViaParty>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct ViaParty {
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}

impl SuspendedTicket {
    /// The sender's address, lower-case: `via.source.from`, else the author's.
    pub fn sender(&self) -> Option<String> {
        let via = self
            .via
            .as_ref()
            .and_then(|v| v.source.as_ref())
            .and_then(|s| s.from.as_ref())
            .and_then(|f| f.address.as_deref());
        let author = self.author.as_ref().and_then(|a| a.email.as_deref());
        via.into_iter()
            .chain(author)
            .map(|a| a.trim().trim_matches(['<', '>']).to_ascii_lowercase())
            .find(|a| a.contains('@'))
    }

    /// The support address it went to, lower-case: `recipient`, else `via.source.to`.
    pub fn support_address(&self) -> Option<String> {
        let to = self
            .via
            .as_ref()
            .and_then(|v| v.source.as_ref())
            .and_then(|s| s.to.as_ref())
            .and_then(|t| t.address.as_deref());
        self.recipient
            .as_deref()
            .into_iter()
            .chain(to)
            .map(|a| a.trim().trim_matches(['<', '>']).to_ascii_lowercase())
            .find(|a| a.contains('@'))
    }
}

/// What `recover_many` did with one suspended ticket.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    pub id: u64,
    pub recovered: bool,
    /// Zendesk's reason when it was not recovered.
    pub detail: Option<String>,
}

/// Read a `recover_many` answer for the ids asked: the suspended tickets it lists
/// (under `suspended_tickets`, `suspended_ticket` or `ticket`) failed, the others were
/// recovered; an error that names none (`{"error": ...}`) failed them all.
pub fn recoveries(ids: &[u64], body: &Value) -> Vec<Recovery> {
    let failed: Vec<(u64, Option<String>)> = ["suspended_tickets", "suspended_ticket", "ticket"]
        .iter()
        .filter_map(|key| body.get(*key))
        .flat_map(|list| match list {
            Value::Array(items) => items.clone(),
            other => vec![other.clone()],
        })
        .filter_map(|item| {
            let id = item.get("id")?.as_u64()?;
            let detail = match item.get("error_messages") {
                Some(Value::Array(messages)) if !messages.is_empty() => Some(
                    messages
                        .iter()
                        .map(scalar_text)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                _ => item.get("cause").map(scalar_text),
            };
            Some((id, detail))
        })
        .collect();
    let said = body
        .get("description")
        .or_else(|| body.get("error"))
        .map(scalar_text);
    let none_named = failed.is_empty() && said.is_some() && body.get("tickets").is_none();
    ids.iter()
        .map(|id| match failed.iter().find(|(f, _)| f == id) {
            Some((_, detail)) => Recovery {
                id: *id,
                recovered: false,
                detail: detail.clone().or_else(|| said.clone()),
            },
            None if none_named => Recovery {
                id: *id,
                recovered: false,
                detail: said.clone(),
            },
            None => Recovery {
                id: *id,
                recovered: true,
                detail: None,
            },
        })
        .collect()
}

/// What `PUT /api/v2/recipient_addresses/{id}/verify` re-checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifyKind {
    Forwarding,
    Spf,
    Dns,
}

impl VerifyKind {
    pub const ALL: [VerifyKind; 3] = [VerifyKind::Forwarding, VerifyKind::Spf, VerifyKind::Dns];

    pub fn as_str(self) -> &'static str {
        match self {
            VerifyKind::Forwarding => "forwarding",
            VerifyKind::Spf => "spf",
            VerifyKind::Dns => "dns",
        }
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn null_as_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_recipient_address_parses() {
        let json = r#"{"url": "https://z3n-jteitelbaum.zendesk.com/api/v2/recipient_addresses/6716739076122.json",
           "id": 6716739076122, "brand_id": 6130830354842, "default": null,
           "name": "From ZenPyTest 0", "email": "test_zenpy0@z3n-jteitelbaum.com",
           "forwarding_status": "waiting", "spf_status": "failed", "cname_status": "unknown",
           "domain_verification_status": "failed", "domain_verification_code": "0add1b0099611fc2",
           "created_at": "2024-02-08T17:44:31Z", "updated_at": "2024-02-08T17:44:31Z"}"#;
        let address: RecipientAddress = serde_json::from_str(json).unwrap();
        assert_eq!(address.forwarding_status, VerificationStatus::Waiting);
        assert_eq!(address.spf_status, VerificationStatus::Failed);
        assert_eq!(address.domain(), "z3n-jteitelbaum.com");
        assert!(!address.is_zendesk_hosted());
        assert_eq!(address.default, None);
    }

    #[test]
    fn real_trigger_parses_with_its_notification() {
        let json = r#"{"url": "https://x.zendesk.com/api/v2/triggers/1.json", "id": 6130869000001,
         "title": "Notify requester and CCs of comment update", "raw_title": "Notify requester and CCs of comment update",
         "active": false, "default": false, "position": 1, "category_id": "6130869158682", "description": null,
         "conditions": {"all": [{"field": "update_type", "operator": "is", "value": "Change"},
                                {"field": "comment_is_public", "operator": "is", "value": true}], "any": []},
         "actions": [{"field": "notification_user",
                      "value": ["requester_and_ccs", "[{{ticket.account}}] Re: {{ticket.title}}", "{{ticket.latest_comment_html}}"]}],
         "created_at": "2023-09-09T23:52:02Z", "updated_at": "2023-09-09T23:52:02Z"}"#;
        let trigger: Trigger = serde_json::from_str(json).unwrap();
        assert!(!trigger.active);
        assert_eq!(trigger.all_conditions().count(), 2);
        assert_eq!(
            trigger.all_conditions().nth(1).unwrap().value_text(),
            "true"
        );
        assert_eq!(
            trigger.notifications(),
            vec![Notification::User {
                recipient: "requester_and_ccs".into(),
                subject: "[{{ticket.account}}] Re: {{ticket.title}}".into(),
                body: "{{ticket.latest_comment_html}}".into(),
            }]
        );
    }

    #[test]
    fn unknown_status_values_are_kept() {
        let s: VerificationStatus = serde_json::from_str(r#""pending""#).unwrap();
        assert_eq!(s, VerificationStatus::Other("pending".into()));
        let s: VerificationStatus = serde_json::from_str("null").unwrap();
        assert_eq!(s, VerificationStatus::Unknown);
    }

    #[test]
    fn suspended_ticket_parses_the_reference_example_and_nulls() {
        let json = r#"{"attachments": [], "author": {"email": "styx@example.com", "id": 1111, "name": "Mr. Roboto"},
         "brand_id": 123, "cause": "Detected as spam", "cause_id": 0, "content": "Out Of Office Reply",
         "created_at": "2009-07-20T22:55:29Z", "error_messages": null, "id": 435,
         "message_id": "<message-id@sender>", "recipient": "john@example.com",
         "subject": "Help, my printer is on fire!", "ticket_id": 67321, "updated_at": "2011-05-05T10:38:52Z",
         "url": "https://example.zendesk.com/api/v2/tickets/35436",
         "via": {"channel": "email", "source": {"from": {"address": "Styx@Example.com", "name": "TotallyLegit"},
                 "rel": null, "to": {"address": "support@example.zendesk.com", "name": "Example Account"}}}}"#;
        let t: SuspendedTicket = serde_json::from_str(json).unwrap();
        assert_eq!(t.cause_id, Some(0));
        assert_eq!(t.sender().as_deref(), Some("styx@example.com"));
        assert_eq!(t.support_address().as_deref(), Some("john@example.com"));
        let bare: SuspendedTicket = serde_json::from_str(
            r#"{"id": 1, "author": null, "via": null, "cause_id": null, "new_field": [1]}"#,
        )
        .unwrap();
        assert_eq!(bare.sender(), None);
        assert_eq!(bare.cause_id, None);
    }

    #[test]
    fn recover_many_answers_name_the_failures() {
        let partial = serde_json::json!({"suspended_tickets": [
            {"id": 2, "cause": "Detected as spam", "error_messages": ["Ticket could not be created"]}]});
        let r = recoveries(&[1, 2], &partial);
        assert!(r[0].recovered);
        assert!(!r[1].recovered);
        assert_eq!(r[1].detail.as_deref(), Some("Ticket could not be created"));
        let ok = serde_json::json!({"tickets": [{"id": 900}]});
        assert!(recoveries(&[1, 2], &ok).iter().all(|r| r.recovered));
        let refused = serde_json::json!({"error": "RecordInvalid"});
        assert!(recoveries(&[1], &refused).iter().all(|r| !r.recovered));
    }

    #[test]
    fn target_notification_reads_id_and_body() {
        let action: Action = serde_json::from_value(serde_json::json!(
            {"field": "notification_target", "value": ["32322", "Ticket {{ticket.id}} has been updated."]}
        ))
        .unwrap();
        assert_eq!(
            action.notification(),
            Some(Notification::Target {
                target: "32322".into(),
                body: "Ticket {{ticket.id}} has been updated.".into()
            })
        );
    }
}
