//! The user-facing categories (`bounces.md` §6): fewer than Sisimai's reasons,
//! each with one line of advice.

use std::sync::OnceLock;

use serde::Serialize;

use crate::i18n::t;

/// Hard (the address is bad), soft (retry may work), or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HardOrSoft {
    Hard,
    Soft,
    None,
}

impl HardOrSoft {
    pub fn as_str(self) -> &'static str {
        match self {
            HardOrSoft::Hard => "hard",
            HardOrSoft::Soft => "soft",
            HardOrSoft::None => "none",
        }
    }

    /// The kind in the run's language ("hard bounce"): told once per run, as
    /// every recipient's message names it.
    pub fn text(self) -> &'static str {
        static TEXTS: OnceLock<[String; 3]> = OnceLock::new();
        let [hard, soft, none] = TEXTS.get_or_init(|| {
            [
                t!("bounce-kind-hard"),
                t!("bounce-kind-soft"),
                t!("bounce-kind-none"),
            ]
        });
        match self {
            HardOrSoft::Hard => hard,
            HardOrSoft::Soft => soft,
            HardOrSoft::None => none,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    UserUnknown,
    DomainNotFound,
    MailboxFull,
    MailboxDisabled,
    MessageTooLarge,
    AuthFailure,
    BlockedReputation,
    SpamContent,
    RateLimited,
    SenderRejected,
    NetworkOrTimeout,
    Complaint,
    AutoReply,
    Delivered,
    Unknown,
}

impl Category {
    pub const ALL: [Category; 15] = [
        Category::UserUnknown,
        Category::DomainNotFound,
        Category::MailboxFull,
        Category::MailboxDisabled,
        Category::MessageTooLarge,
        Category::AuthFailure,
        Category::BlockedReputation,
        Category::SpamContent,
        Category::RateLimited,
        Category::SenderRejected,
        Category::NetworkOrTimeout,
        Category::Complaint,
        Category::AutoReply,
        Category::Delivered,
        Category::Unknown,
    ];

    /// The category of a Sisimai reason.
    pub fn of(reason: &str, hard_or_soft: HardOrSoft) -> Category {
        match reason {
            "userunknown" | "hasmoved" => Category::UserUnknown,
            "hostunknown" => Category::DomainNotFound,
            "notaccept" if hard_or_soft == HardOrSoft::Hard => Category::DomainNotFound,
            "notaccept" => Category::NetworkOrTimeout,
            "mailboxfull" => Category::MailboxFull,
            "suspend" | "filtered" => Category::MailboxDisabled,
            "mesgtoobig" | "exceedlimit" | "emailtoolarge" => Category::MessageTooLarge,
            "authfailure" | "requireptr" => Category::AuthFailure,
            "blocked" | "badreputation" => Category::BlockedReputation,
            "spamdetected" | "virusdetected" | "policyviolation" | "contenterror"
            | "notcompliantrfc" => Category::SpamContent,
            "speeding" | "toomanyconn" | "ratelimited" => Category::RateLimited,
            "rejected" | "norelaying" | "securityerror" | "suppressed" => Category::SenderRejected,
            "networkerror" | "expired" | "systemerror" | "systemfull" | "syntaxerror"
            | "mailererror" | "failedstarttls" => Category::NetworkOrTimeout,
            "feedback" => Category::Complaint,
            "vacation" => Category::AutoReply,
            "delivered" => Category::Delivered,
            _ => Category::Unknown,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::UserUnknown => "user-unknown",
            Category::DomainNotFound => "domain-not-found",
            Category::MailboxFull => "mailbox-full",
            Category::MailboxDisabled => "mailbox-disabled",
            Category::MessageTooLarge => "message-too-large",
            Category::AuthFailure => "auth-failure",
            Category::BlockedReputation => "blocked-reputation",
            Category::SpamContent => "spam-content",
            Category::RateLimited => "rate-limited",
            Category::SenderRejected => "sender-rejected",
            Category::NetworkOrTimeout => "network-or-timeout",
            Category::Complaint => "complaint",
            Category::AutoReply => "auto-reply",
            Category::Delivered => "delivered",
            Category::Unknown => "unknown",
        }
    }

    /// One line: what to do about it, in the run's language (made once: the
    /// language is chosen before anything is decoded).
    pub fn advice(self) -> &'static str {
        static ADVICE: OnceLock<Vec<String>> = OnceLock::new();
        let all = ADVICE.get_or_init(|| Category::ALL.iter().map(|c| c.advice_text()).collect());
        let at = Category::ALL.iter().position(|c| *c == self).unwrap_or(0);
        &all[at]
    }

    fn advice_text(self) -> String {
        match self {
            Category::UserUnknown => t!("bounce-advice-user-unknown"),
            Category::DomainNotFound => t!("bounce-advice-domain-not-found"),
            Category::MailboxFull => t!("bounce-advice-mailbox-full"),
            Category::MailboxDisabled => t!("bounce-advice-mailbox-disabled"),
            Category::MessageTooLarge => t!("bounce-advice-message-too-large"),
            Category::AuthFailure => t!("bounce-advice-auth-failure"),
            Category::BlockedReputation => t!("bounce-advice-blocked-reputation"),
            Category::SpamContent => t!("bounce-advice-spam-content"),
            Category::RateLimited => t!("bounce-advice-rate-limited"),
            Category::SenderRejected => t!("bounce-advice-sender-rejected"),
            Category::NetworkOrTimeout => t!("bounce-advice-network-or-timeout"),
            Category::Complaint => t!("bounce-advice-complaint"),
            Category::AutoReply => t!("bounce-advice-auto-reply"),
            Category::Delivered => t!("bounce-advice-delivered"),
            Category::Unknown => t!("bounce-advice-unknown"),
        }
    }
}
