//! The user-facing categories (`bounces.md` §6): fewer than Sisimai's reasons,
//! each with one line of advice.

use serde::Serialize;

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

    /// One line: what to do about it.
    pub fn advice(self) -> &'static str {
        match self {
            Category::UserUnknown => {
                "Remove or correct the address; ask the customer for a new one."
            }
            Category::DomainNotFound => {
                "Check the domain for typos: it does not exist or accepts no mail."
            }
            Category::MailboxFull => "Retry later, or reach the recipient another way.",
            Category::MailboxDisabled => {
                "The recipient's account is inactive or filters you: try later or use another channel."
            }
            Category::MessageTooLarge => "Send smaller attachments, or links instead.",
            Category::AuthFailure => {
                "Fix SPF/DKIM/DMARC alignment and the sending IP's PTR (for Zendesk: set up DKIM and SPF for the support address)."
            }
            Category::BlockedReputation => {
                "The sending IP or domain is blocklisted or has a low reputation: delist it and warm it up."
            }
            Category::SpamContent => "Change the content, attachments or format of the message.",
            Category::RateLimited => "Slow down and retry later.",
            Category::SenderRejected => {
                "Check the From/envelope sender, MX routing, TLS and authentication."
            }
            Category::NetworkOrTimeout => "A remote or transport problem: usually retrying works.",
            Category::Complaint => "The recipient marked the mail as spam: stop mailing them.",
            Category::AutoReply => "An auto-reply, not a failure: nothing to do.",
            Category::Delivered => "Delivered: nothing to do.",
            Category::Unknown => "Read the remote server's own words in the diagnostic.",
        }
    }
}
