//! Deciding the reason of one failed recipient, in Sisimai's order: a reason a
//! recogniser already knows, then the remote's words checked class by class,
//! then the status code, then what the session tells (command, action).

use super::phrases::{Class, Hits, scan};
use super::status;

/// What is known about one failed recipient when its reason is decided.
#[derive(Clone, Copy, Debug, Default)]
pub struct Facts<'a> {
    /// A reason the recogniser set from the format itself.
    pub preset: Option<&'static str>,
    /// The enhanced status code (real or empty).
    pub status: &'a str,
    pub reply: &'a str,
    /// The SMTP command the failure followed (`RCPT`, `DATA`, ...).
    pub command: &'a str,
    pub action: &'a str,
    /// `SMTP`, `X-UNIX`, ... (empty means SMTP).
    pub diagnostic_type: &'a str,
    /// The remote's text, lower-cased.
    pub diagnostic: &'a str,
}

/// Reasons worth a second look even when a recogniser set them (Sisimai's
/// `Reason->retry`, the list `Fact.pm` and `Reason.pm` both read).
pub fn retry(reason: &str) -> bool {
    matches!(
        reason,
        "" | "undefined"
            | "onhold"
            | "systemerror"
            | "securityerror"
            | "expired"
            | "suspend"
            | "networkerror"
            | "hostunknown"
            | "userunknown"
    )
}

/// A reason that says something (not empty, undefined or onhold).
pub fn explicit(reason: &str) -> bool {
    !matches!(reason, "" | "undefined" | "onhold")
}

/// The first pass, specific text first (Sisimai's first class order).
const FIRST: [Class; 19] = [
    Class::MailboxFull,
    Class::MesgTooBig,
    Class::ExceedLimit,
    Class::Suspend,
    Class::HasMoved,
    Class::NoRelaying,
    Class::AuthFailure,
    Class::UserUnknown,
    Class::Filtered,
    Class::RequirePtr,
    Class::NotCompliantRfc,
    Class::BadReputation,
    Class::ContentError,
    Class::Rejected,
    Class::HostUnknown,
    Class::SpamDetected,
    Class::Speeding,
    Class::TooManyConn,
    Class::Blocked,
];

/// The second pass, on text alone.
const SECOND: [Class; 18] = [
    Class::MailboxFull,
    Class::AuthFailure,
    Class::BadReputation,
    Class::Speeding,
    Class::SpamDetected,
    Class::VirusDetected,
    Class::PolicyViolation,
    Class::NoRelaying,
    Class::SystemError,
    Class::NetworkError,
    Class::Suspend,
    Class::ContentError,
    Class::SystemFull,
    Class::NotAccept,
    Class::Expired,
    Class::FailedStartTls,
    Class::SecurityError,
    Class::MailerError,
];

/// Commands sent before DATA: content filters cannot have fired yet.
fn before_data(command: &str) -> bool {
    matches!(
        command,
        "CONN" | "EHLO" | "HELO" | "STARTTLS" | "AUTH" | "MAIL" | "RCPT"
    )
}

struct Probe<'a> {
    facts: &'a Facts<'a>,
    hits: Hits,
    by_status: &'static str,
}

impl Probe<'_> {
    fn probe(&self, class: Class) -> bool {
        let f = self.facts;
        let hits = self.hits;
        let by_status = self.by_status;
        // Sisimai's SpamDetected asks for a status code before anything else.
        if class == Class::SpamDetected && f.status.is_empty() {
            return false;
        }
        // A reason the format itself gave holds unless an earlier class fits better.
        if f.preset == Some(class.reason()) {
            return true;
        }
        match class {
            Class::MailboxFull => by_status == "mailboxfull" || hits.has(class),
            Class::MesgTooBig => {
                if by_status == "mesgtoobig" {
                    return true;
                }
                if by_status == "exceedlimit" || f.status == "5.2.3" {
                    return false;
                }
                hits.has(class)
            }
            Class::ExceedLimit => by_status == "exceedlimit" || hits.has(class),
            Class::Suspend => f.reply == "525" || hits.has(class),
            Class::NoRelaying => {
                // A security or system error the format named is not a relay refusal.
                if matches!(
                    f.preset,
                    Some("securityerror" | "systemerror" | "undefined")
                ) || matches!(f.command, "CONN" | "EHLO" | "HELO")
                {
                    return false;
                }
                hits.has(class)
            }
            Class::AuthFailure => by_status == "authfailure" || hits.has(class),
            Class::UserUnknown => {
                // A disabled mailbox's code (5.7.13) is not an unknown one.
                if by_status == "suspend" {
                    return false;
                }
                if by_status == "userunknown" {
                    let others = [
                        Class::NoRelaying,
                        Class::Blocked,
                        Class::MailboxFull,
                        Class::HasMoved,
                        Class::Rejected,
                        Class::NotAccept,
                    ];
                    return !others.iter().any(|c| hits.has(*c));
                }
                f.command == "RCPT" && hits.has(class)
            }
            Class::Filtered => {
                if by_status == "suspend" {
                    return false;
                }
                if by_status == "filtered" {
                    return hits.has(Class::UserUnknown) || hits.has(Class::Filtered);
                }
                if before_data(f.command) {
                    return false;
                }
                hits.has(Class::Filtered) || hits.has(Class::UserUnknown)
            }
            Class::RequirePtr => by_status == "requireptr" || hits.has(class),
            Class::ContentError => {
                if self.probe(Class::SpamDetected) {
                    return false;
                }
                // An X.6.X status alone waits for the later classes' words:
                // "sender domain does not exist" under 5.6.0 is about the sender.
                hits.has(class)
            }
            Class::Rejected => {
                if by_status == "rejected" {
                    return true;
                }
                let temporary = if by_status.is_empty() {
                    "undefined"
                } else {
                    by_status
                };
                let worth_a_look = f.command == "MAIL"
                    || f.command == "DATA" && temporary != "userunknown"
                    || !explicit(temporary)
                    || matches!(temporary, "securityerror" | "systemerror");
                worth_a_look && hits.has(class)
            }
            Class::HostUnknown => {
                // No mail exchanger at all is notaccept, not an unknown host.
                if hits.has(Class::NotAccept) {
                    return false;
                }
                if by_status == "hostunknown" {
                    return !hits.has(Class::NetworkError);
                }
                hits.has(class)
            }
            Class::SpamDetected => {
                if by_status == "spamdetected" {
                    return true;
                }
                if before_data(f.command) {
                    return false;
                }
                hits.has(class)
            }
            Class::TooManyConn => by_status == "toomanyconn" || hits.has(class),
            Class::Blocked => by_status == "blocked" || hits.has(class),
            _ => hits.has(class),
        }
    }
}

/// Sisimai's syntax-error rule: a 40x or 50x reply (not 400, not 500).
fn syntax_error(reply: &str) -> bool {
    reply
        .parse::<u16>()
        .is_ok_and(|r| (401..408).contains(&r) || (501..508).contains(&r))
}

/// The reason for one recipient.
pub fn decide(facts: &Facts<'_>) -> &'static str {
    decide_with(facts, scan(facts.diagnostic))
}

/// [`decide`], with the phrase scan already done.
pub fn decide_with(facts: &Facts<'_>, hits: Hits) -> &'static str {
    if let Some(reason) = facts.preset
        && !retry(reason)
    {
        return reason;
    }
    if facts.status.starts_with("2.") {
        return "delivered";
    }
    let by_status = status::reason_of(facts.status).unwrap_or("");
    let probe = Probe {
        facts,
        hits,
        by_status,
    };
    if facts.diagnostic_type.is_empty() || facts.diagnostic_type.eq_ignore_ascii_case("SMTP") {
        for class in FIRST {
            if probe.probe(class) {
                return class.reason();
            }
        }
    }
    let other = another(facts, hits, by_status);
    if explicit(other) {
        return other;
    }
    if facts.action == "delayed" {
        return "expired";
    }
    if hits.has(Class::Vacation) {
        return "vacation";
    }
    if !facts.diagnostic.is_empty() {
        return "onhold";
    }
    "undefined"
}

fn another(facts: &Facts<'_>, hits: Hits, by_status: &'static str) -> &'static str {
    // A reason the format gave that the first pass did not overrule stands, even
    // `onhold` (an MTA module's "the general rules' first pass, or nothing";
    // Sisimai's `anotherone` returns it as it is).
    if let Some(reason) = facts.preset
        && (explicit(reason) || reason == "onhold")
    {
        return reason;
    }
    let smtp =
        facts.diagnostic_type.is_empty() || facts.diagnostic_type.eq_ignore_ascii_case("SMTP");
    if !retry(by_status) && smtp {
        return by_status;
    }
    for class in SECOND {
        if hits.has(class) {
            return class.reason();
        }
    }
    if !by_status.is_empty() {
        return by_status;
    }
    let subject = facts.status.get(..3).unwrap_or("");
    if facts.status.len() > 3 {
        if subject == "5.6" || subject == "4.6" {
            return "contenterror";
        }
        if subject == "5.7" || subject == "4.7" {
            return "securityerror";
        }
    }
    if facts
        .diagnostic_type
        .to_ascii_uppercase()
        .starts_with("X-UNIX")
    {
        return "mailererror";
    }
    if syntax_error(facts.reply) {
        return "syntaxerror";
    }
    if facts.action == "delayed" || facts.action == "expired" {
        return "expired";
    }
    if matches!(facts.command, "CONN" | "EHLO" | "HELO") {
        return "blocked";
    }
    // Nothing else said anything: the reply code's own meaning, unless a
    // status code more precise than X.0.0 says the cause is undefined (4.3.0).
    if facts.status.is_empty() || facts.status[1..].starts_with(".0.") {
        return status::reason_of_reply(facts.reply).unwrap_or("");
    }
    ""
}

/// Sisimai's hard-bounce rule: reason-driven, not status-driven.
pub fn is_hard(reason: &str, status_and_text: &str) -> bool {
    match reason {
        "hasmoved" | "userunknown" | "hostunknown" => true,
        "notaccept" => {
            if status_and_text.starts_with('5') {
                return true;
            }
            if status_and_text.starts_with('4') {
                return false;
            }
            let lower = status_and_text.to_ascii_lowercase();
            !(lower.contains(" temporar") || lower.contains(" persistent"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(status: &str, command: &str, text: &str) -> &'static str {
        let lower = text.to_lowercase();
        decide(&Facts {
            status,
            command,
            diagnostic: &lower,
            ..Facts::default()
        })
    }

    #[test]
    fn specific_text_beats_the_code() {
        assert_eq!(
            reason("5.1.1", "RCPT", "550 5.1.1 mailbox full"),
            "mailboxfull"
        );
        assert_eq!(
            reason("5.1.1", "RCPT", "550 5.1.1 user unknown"),
            "userunknown"
        );
        assert_eq!(
            reason("5.7.1", "", "554 5.7.1 blocked using zen.spamhaus.org"),
            "blocked"
        );
        assert_eq!(reason("5.2.2", "", "over quota"), "mailboxfull");
        assert_eq!(reason("", "", ""), "undefined");
        assert_eq!(reason("", "", "something odd"), "onhold");
        assert_eq!(reason("2.0.0", "", "250 ok"), "delivered");
    }

    #[test]
    fn generic_wording_decides_without_codes() {
        for (text, want) in [
            ("Delivery time expired", "expired"),
            (
                "retry time not reached for any host after a long failure period",
                "expired",
            ),
            ("Message timed out", "expired"),
        ] {
            assert_eq!(reason("", "", text), want, "{text}");
        }
        let unknown = "This user doesn't have a example.com account (kijitora@example.com)";
        assert_eq!(reason("", "RCPT", unknown), "userunknown");
        // The resolver's words are a network error before they are a missing
        // mail exchanger: NotAccept comes after SystemFull in the second pass.
        let resolver = "all relevant mx records point to non-existent hosts; \
                        type=mx: malformed or unexpected name server reply";
        assert_eq!(reason("", "", resolver), "networkerror");
        assert_eq!(
            reason("", "", "no mx record found for domain=example.jp"),
            "notaccept"
        );
    }

    #[test]
    fn codes_decide_when_the_words_do_not() {
        // The enhanced status code first, then the reply code.
        assert_eq!(reason("5.2.2", "", "no thanks"), "mailboxfull");
        assert_eq!(reason("5.1.10", "", "no thanks"), "notaccept");
        let by_reply = |reply: &str, status: &str| {
            decide(&Facts {
                status,
                reply,
                diagnostic: "no thanks",
                ..Facts::default()
            })
        };
        assert_eq!(by_reply("556", ""), "notaccept");
        assert_eq!(by_reply("552", "5.0.0"), "mailboxfull");
        // 4.3.0 is "other or undefined": the reply does not overrule it.
        assert_eq!(by_reply("451", "4.3.0"), "onhold");
        assert_eq!(by_reply("550", ""), "onhold");
        // 551 ("user not local") is as often a policy refusal as a moved mailbox;
        // 554 ("transaction failed") says no more than that it failed.
        assert_eq!(by_reply("551", "5.0.0"), "onhold");
        assert_eq!(by_reply("554", "5.0.0"), "onhold");
    }

    #[test]
    fn a_vague_reason_the_format_gave_is_looked_at_again() {
        // An MTA's "account disabled" wording under a mailbox-full code.
        let preset = |reason: &'static str| {
            decide(&Facts {
                preset: Some(reason),
                status: "5.2.2",
                diagnostic: "account disabled",
                ..Facts::default()
            })
        };
        assert_eq!(preset("suspend"), "mailboxfull");
        assert_eq!(preset("userunknown"), "mailboxfull");
        // A definite one stands.
        assert_eq!(preset("blocked"), "blocked");
        // A system error the format named is not read as a relay refusal.
        let relaying = |reason: &'static str| {
            decide(&Facts {
                preset: Some(reason),
                command: "RCPT",
                diagnostic: "550 relaying denied",
                ..Facts::default()
            })
        };
        assert_eq!(relaying("systemerror"), "systemerror");
        assert_eq!(relaying("onhold"), "norelaying");
    }

    #[test]
    fn hard_only_for_address_problems() {
        assert!(is_hard("userunknown", "5.1.1"));
        assert!(!is_hard("mailboxfull", "5.2.2"));
        assert!(is_hard("notaccept", "5.1.10 null mx"));
        assert!(!is_hard("notaccept", "4.3.2 try later"));
    }
}
