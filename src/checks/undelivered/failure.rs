//! One failed delivery, and the failures of one recipient across tickets: what the
//! sweep finds, the findings word and the notes name.

use crate::bounce::Category;
use crate::checks::ticket::RETRY_WINDOW;

/// One recipient who did not get one reply.
#[derive(Clone, Debug)]
pub struct Failure {
    pub ticket: u64,
    pub notification_id: Option<u64>,
    /// The suspended ticket holding the bounce notice, when that is the source.
    pub suspended_id: Option<u64>,
    pub comment_id: Option<u64>,
    /// Lower-case.
    pub recipient: String,
    pub user_id: Option<u64>,
    /// When the email was sent (Unix seconds).
    pub at: Option<i64>,
    pub status_id: Option<i64>,
    pub status_name: String,
    pub code: Option<String>,
    pub category: Category,
    pub hard: bool,
    /// `delivery status` or `bounce notice`.
    pub source: &'static str,
}

impl Failure {
    /// What identifies the failure across runs: the notification (or notice) and the
    /// recipient.
    pub fn key(&self) -> String {
        match (self.notification_id, self.suspended_id) {
            (Some(id), _) => format!("notification:{id}:{}", self.recipient),
            (None, Some(id)) => format!("suspended:{id}:{}", self.recipient),
            (None, None) => format!("ticket:{}:{}", self.ticket, self.recipient),
        }
    }

    /// When Zendesk stops retrying a temporary failure, if it has not yet.
    pub fn retry_until(&self, now: i64) -> Option<i64> {
        let end = self.at? + RETRY_WINDOW;
        (!self.hard && now < end).then_some(end)
    }
}

/// One failed recipient, across tickets.
#[derive(Clone, Debug)]
pub struct Recipient<'a> {
    pub address: &'a str,
    pub failures: Vec<&'a Failure>,
    /// Zendesk marks the address undeliverable (`None`: not known).
    pub undeliverable: Option<bool>,
}

impl Recipient<'_> {
    /// The failure that matters most: a hard one, else the latest.
    pub fn worst(&self) -> &Failure {
        self.failures
            .iter()
            .max_by_key(|f| (f.hard, f.at))
            .expect("a recipient has a failure")
    }
}
