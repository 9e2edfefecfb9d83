//! Zendesk's suspension causes (`cause_id`, reference §4): the id, the API's name and the
//! description Zendesk's English view shows, kept as data; what each means for the admin
//! and the fix, as the help centre words them, come from the catalogue
//! (`suspended-reason-<name>`) in the run's language.

use crate::i18n::t;

/// How much a cause matters to an admin whose customers' mail goes missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Every message of this kind is lost until the account's set-up changes.
    AllMail,
    /// Real customers' mail can be caught: review and recover.
    Customer,
    /// Expected noise (auto-replies, bounces, system senders): nothing is lost.
    Noise,
}

/// One documented cause.
#[derive(Clone, Copy, Debug)]
pub struct Cause {
    pub id: i64,
    pub name: &'static str,
    /// Zendesk's own English wording, as the API's `cause` and the Suspended tickets view
    /// give it: data (`--cause` takes it); [`Cause::label`] is what people read.
    pub description: &'static str,
    pub weight: Weight,
}

const fn c(id: i64, name: &'static str, description: &'static str, weight: Weight) -> Cause {
    Cause {
        id,
        name,
        description,
        weight,
    }
}

impl Cause {
    /// The cause's catalogue message: `suspended-reason-` and its name in kebab case.
    fn key(&self) -> String {
        format!("suspended-reason-{}", self.name.replace('_', "-"))
    }

    /// The description in the run's language (the name Zendesk's view gives it).
    pub fn label(&self) -> String {
        t!(&self.key())
    }

    /// What the cause means for the admin, in the run's language.
    pub fn means(&self) -> String {
        t!(&format!("{}.means", self.key()))
    }

    /// What to do about it, in the run's language.
    pub fn fix(&self) -> String {
        t!(&format!("{}.fix", self.key()))
    }
}

use Weight::{AllMail, Customer, Noise};

/// Every cause Zendesk documents (0-30).
pub const CAUSES: &[Cause] = &[
    c(0, "spam", "Detected as spam", Noise),
    c(
        1,
        "not_on_whitelist",
        "Sender domain not on allowlist",
        Customer,
    ),
    c(2, "unverified", "Submitted by unverified user", Customer),
    c(3, "auto_mailer", "Automated response mail", Noise),
    c(4, "loop", "Detected as mail loop", Customer),
    c(
        5,
        "unknown_user_update",
        "Unknown user tried to update existing ticket",
        Customer,
    ),
    c(
        6,
        "other_user_update",
        "End user only allowed to update their own tickets",
        Customer,
    ),
    c(
        7,
        "auto_delivery_failure",
        "Automated response mail, delivery failed",
        Noise,
    ),
    c(
        8,
        "auto_vacation",
        "Automated response mail, out of office",
        Noise,
    ),
    c(
        9,
        "system_user",
        "Detected email as being from a system user",
        Noise,
    ),
    c(
        10,
        "unknown_author",
        "Permission denied for unknown email submitter",
        Customer,
    ),
    c(11, "blank", "Email has no content", Noise),
    c(
        12,
        "signup_required",
        "User must sign up to submit email, user notified",
        Customer,
    ),
    c(
        13,
        "blocklisted",
        "Email is from a blocklisted sender or domain",
        Customer,
    ),
    c(
        14,
        "backscatter",
        "Backscatter from remote mail server",
        Noise,
    ),
    c(15, "disabled", "Email integration disabled", AllMail),
    c(16, "to_noreply", "Email for \"noreply\" address", Noise),
    c(
        17,
        "server_lock",
        "Received via unknown mail server",
        Customer,
    ),
    c(
        18,
        "unserviceable_account",
        "Emails do not get processed for expired accounts",
        AllMail,
    ),
    c(
        19,
        "unprocessable_email",
        "Automatic email processing failed",
        Customer,
    ),
    c(
        20,
        "unauthenticated_email_update",
        "Permission denied due to unauthenticated email update",
        Customer,
    ),
    c(
        21,
        "registered_user_logged_out",
        "Submitted by registered user while logged out",
        Customer,
    ),
    c(
        22,
        "from_support_address",
        "Received from Zendesk Support email address",
        AllMail,
    ),
    c(
        23,
        "from_zendesk_account",
        "Email is from a Zendesk account",
        Noise,
    ),
    c(
        24,
        "content_processor_timed_out",
        "Email took too long to process",
        Customer,
    ),
    c(25, "malware_detected", "Malware detected", Noise),
    c(
        26,
        "failed_email_authentication",
        "Email authentication failed",
        Customer,
    ),
    c(27, "from_noreply", "Email from \"noreply\" address", Noise),
    c(
        28,
        "account_owner_email_unverified",
        "Submitted by unverified account owner",
        Customer,
    ),
    c(
        29,
        "malicious_pattern_detected",
        "Content pattern detected as malicious",
        Noise,
    ),
    c(
        30,
        "number_recipients_exceeded",
        "CCs/followers limit reached",
        Customer,
    ),
];

/// The cause with this id, if documented.
pub fn by_id(id: i64) -> Option<&'static Cause> {
    CAUSES.iter().find(|c| c.id == id)
}

/// `--cause ID|NAME`: an id, a cause name (`failed_email_authentication`) or Zendesk's words
/// (English, or the run's language).
pub fn parse(text: &str) -> Result<i64, String> {
    let text = text.trim();
    if let Ok(id) = text.parse::<i64>() {
        return Ok(id);
    }
    let wanted = text.to_ascii_lowercase().replace(['-', ' '], "_");
    CAUSES
        .iter()
        .find(|c| {
            c.name == wanted
                || c.description.eq_ignore_ascii_case(text)
                || c.label().to_lowercase() == text.to_lowercase()
        })
        .map(|c| c.id)
        .ok_or_else(|| {
            crate::report::text::input_error(
                "--cause",
                text,
                t!("suspended-input-cause-unknown"),
                &t!("suspended-input-cause-fix"),
            )
        })
}

/// Causes under which Zendesk files bounce notices and server notices.
pub fn may_be_bounce(id: Option<i64>) -> bool {
    matches!(id, Some(7 | 9 | 14 | 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_from_0_to_30_is_documented_once() {
        for id in 0..=30 {
            assert_eq!(CAUSES.iter().filter(|c| c.id == id).count(), 1, "{id}");
        }
        assert!(by_id(31).is_none());
    }

    #[test]
    fn causes_parse_by_id_name_or_words() {
        assert_eq!(parse("26"), Ok(26));
        assert_eq!(parse("failed_email_authentication"), Ok(26));
        assert_eq!(parse("from-support-address"), Ok(22));
        assert_eq!(parse("Detected as mail loop"), Ok(4));
        assert!(parse("nonsense").is_err());
    }

    #[test]
    fn every_cause_is_in_both_catalogues() {
        use crate::i18n::{Lang, has};
        for cause in CAUSES {
            for lang in Lang::ALL {
                for part in ["", ".means", ".fix"] {
                    let key = format!("{}{part}", cause.key());
                    assert!(has(lang, &key), "{}: {key}", lang.as_str());
                }
            }
        }
        assert_eq!(
            by_id(26).map(Cause::label).as_deref(),
            Some("Email authentication failed")
        );
    }
}
