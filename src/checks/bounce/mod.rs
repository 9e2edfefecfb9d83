//! `zdiag bounce`: findings from decoded bounces, one per failed recipient, and
//! the counts over many messages. Pure: reading files is `mailsource`'s job.

pub mod diags;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::bounce::{Category, DecodeError, Decoded, HardOrSoft, Kind, Recipient};
use crate::i18n::t;
use crate::report::{Code, Finding, Status};

/// The line mailbox providers watch: above 2% bounces, expect trouble.
pub const BOUNCE_RATE_LINE: f64 = 2.0;

/// The finding code of a category.
pub fn code_of(category: Category) -> Code {
    match category {
        Category::UserUnknown => Code::BounceUserUnknown,
        Category::DomainNotFound => Code::BounceDomainNotFound,
        Category::MailboxFull => Code::BounceMailboxFull,
        Category::MailboxDisabled => Code::BounceMailboxDisabled,
        Category::MessageTooLarge => Code::BounceMessageTooLarge,
        Category::AuthFailure => Code::BounceAuthFailure,
        Category::BlockedReputation => Code::BounceBlockedReputation,
        Category::SpamContent => Code::BounceSpamContent,
        Category::RateLimited => Code::BounceRateLimited,
        Category::SenderRejected => Code::BounceSenderRejected,
        Category::NetworkOrTimeout => Code::BounceNetworkOrTimeout,
        Category::Complaint => Code::BounceComplaint,
        Category::AutoReply => Code::BounceAutoReply,
        Category::Delivered => Code::BounceDelivered,
        Category::Unknown => Code::BounceUnknown,
    }
}

fn opt(value: &Option<String>) -> Value {
    value.as_deref().map_or(Value::Null, Value::from)
}

/// One finding for one recipient, with every classification field as evidence.
pub fn recipient_finding(decoded: &Decoded, r: &Recipient) -> Finding {
    let status = match r.hard_or_soft {
        HardOrSoft::Hard => Status::Fail,
        HardOrSoft::Soft => Status::Warn,
        HardOrSoft::None => Status::Info,
    };
    let who = if r.recipient.is_empty() {
        t!("bounce-no-recipient")
    } else {
        r.recipient.clone()
    };
    let kind = r.hard_or_soft.text();
    let message = match &r.diagnostic {
        Some(words) => {
            // The first 140 characters, cut at a character's boundary.
            let mut short = match words.char_indices().nth(140) {
                Some((cut, _)) => words[..cut].to_string(),
                None => words.clone(),
            };
            if short.len() < words.len() {
                short.push('…');
            }
            t!(
                "bounce-recipient-said",
                who = who.as_str(),
                category = r.category.as_str(),
                reason = r.reason,
                kind = kind,
                diagnostic = short
            )
        }
        None => t!(
            "bounce-recipient",
            who = who.as_str(),
            category = r.category.as_str(),
            reason = r.reason,
            kind = kind
        ),
    };
    let original = &decoded.original;
    Finding::new(code_of(r.category), status, who, message)
        .evidence("recipient", r.recipient.as_str())
        .evidence("action", opt(&r.action))
        .evidence("status", opt(&r.status))
        .evidence("reply_code", opt(&r.reply_code))
        .evidence("remote_mta", opt(&r.remote_mta))
        .evidence("diagnostic", opt(&r.diagnostic))
        .evidence("smtp_command", opt(&r.smtp_command))
        .evidence("reason", r.reason)
        .evidence("hard_or_soft", r.hard_or_soft.as_str())
        .evidence("permanence", json!(r.permanence))
        .evidence("category", r.category.as_str())
        .evidence("feedback_type", opt(&r.feedback_type))
        .evidence("decoded_by", decoded.decoded_by)
        .evidence("original_message_id", opt(&original.message_id))
        .evidence("original_subject", opt(&original.subject))
        .evidence("original_from", opt(&original.from))
        .evidence("original_to", opt(&original.to))
        .help(r.advice)
}

/// The findings of one message: one per recipient, or one saying why none.
pub fn findings(result: &Result<Decoded, DecodeError>) -> Vec<Finding> {
    match result {
        Err(error) => vec![
            Finding::new(
                Code::BounceUndecodable,
                Status::Info,
                t!("bounce-subject-message"),
                match error {
                    DecodeError::Empty => t!("bounce-undecoded-empty"),
                    DecodeError::NotAMessage => t!("bounce-undecoded-not-mail"),
                },
            )
            .help(Code::BounceUndecodable.doc().fix),
        ],
        Ok(decoded) if decoded.kind == Kind::NotABounce => vec![
            Finding::new(
                Code::BounceNotABounce,
                Status::Info,
                decoded
                    .subject
                    .clone()
                    .unwrap_or_else(|| t!("bounce-subject-message")),
                t!("bounce-ordinary-mail"),
            )
            .evidence("subject", opt(&decoded.subject))
            .evidence("from", opt(&decoded.from)),
        ],
        Ok(decoded) => decoded
            .recipients
            .iter()
            .map(|r| recipient_finding(decoded, r))
            .collect(),
    }
}

/// Counts over many messages; bounded by the distinct values seen, not the messages.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub messages: usize,
    pub bounces: usize,
    pub not_bounces: usize,
    pub undecodable: usize,
    pub complaints: usize,
    pub auto_replies: usize,
    pub failed_recipients: usize,
    pub hard: usize,
    pub soft: usize,
    pub by_category: BTreeMap<&'static str, usize>,
    pub by_reason: BTreeMap<&'static str, usize>,
    pub by_domain: BTreeMap<String, usize>,
    pub hard_addresses: BTreeSet<String>,
}

impl Tally {
    pub fn add(&mut self, result: &Result<Decoded, DecodeError>) {
        self.messages += 1;
        let decoded = match result {
            Err(_) => {
                self.undecodable += 1;
                return;
            }
            Ok(d) => d,
        };
        match decoded.kind {
            Kind::NotABounce => {
                self.not_bounces += 1;
                return;
            }
            Kind::Complaint => self.complaints += 1,
            Kind::AutoReply => self.auto_replies += 1,
            Kind::Delivered => {}
            Kind::Bounce => self.bounces += 1,
        }
        for r in &decoded.recipients {
            *self.by_category.entry(r.category.as_str()).or_default() += 1;
            *self.by_reason.entry(r.reason).or_default() += 1;
            match r.hard_or_soft {
                HardOrSoft::None => continue,
                HardOrSoft::Hard => {
                    self.hard += 1;
                    self.hard_addresses.insert(r.recipient.clone());
                }
                HardOrSoft::Soft => self.soft += 1,
            }
            self.failed_recipients += 1;
            let domain = r.recipient.rsplit_once('@').map_or("", |(_, d)| d);
            *self.by_domain.entry(domain.to_string()).or_default() += 1;
        }
    }

    /// Add what another tally counted (one per worker thread): the totals are
    /// the same whichever thread counted which message.
    pub fn merge(&mut self, other: Tally) {
        self.messages += other.messages;
        self.bounces += other.bounces;
        self.not_bounces += other.not_bounces;
        self.undecodable += other.undecodable;
        self.complaints += other.complaints;
        self.auto_replies += other.auto_replies;
        self.failed_recipients += other.failed_recipients;
        self.hard += other.hard;
        self.soft += other.soft;
        for (key, n) in other.by_category {
            *self.by_category.entry(key).or_default() += n;
        }
        for (key, n) in other.by_reason {
            *self.by_reason.entry(key).or_default() += n;
        }
        for (key, n) in other.by_domain {
            *self.by_domain.entry(key).or_default() += n;
        }
        self.hard_addresses.extend(other.hard_addresses);
    }

    /// The bounce rate in percent against `sent` messages.
    pub fn rate(&self, sent: u64) -> f64 {
        if sent == 0 {
            return 0.0;
        }
        100.0 * self.failed_recipients as f64 / sent as f64
    }

    /// The summary as findings: counts, and the rate when `sent` is known.
    pub fn findings(&self, sent: Option<u64>) -> Vec<Finding> {
        let status = if self.hard > 0 {
            Status::Fail
        } else if self.soft > 0 {
            Status::Warn
        } else {
            Status::Info
        };
        let mut top_domains: Vec<(&String, &usize)> = self.by_domain.iter().collect();
        top_domains.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        top_domains.truncate(20);
        let summary = Finding::new(
            Code::BounceSummary,
            status,
            t!("bounce-subject-summary"),
            t!(
                "bounce-counts",
                messages = self.messages,
                bounces = self.bounces,
                hard = self.hard,
                soft = self.soft,
                complaints = self.complaints,
                auto_replies = self.auto_replies,
                others = self.not_bounces + self.undecodable
            ),
        )
        .evidence("messages", self.messages)
        .evidence("bounces", self.bounces)
        .evidence("failed_recipients", self.failed_recipients)
        .evidence("hard", self.hard)
        .evidence("soft", self.soft)
        .evidence("complaints", self.complaints)
        .evidence("auto_replies", self.auto_replies)
        .evidence("not_bounces", self.not_bounces)
        .evidence("undecodable", self.undecodable)
        .evidence("by_category", json!(self.by_category))
        .evidence("by_reason", json!(self.by_reason))
        .evidence(
            "by_domain",
            Value::Object(
                top_domains
                    .into_iter()
                    .map(|(d, n)| (d.clone(), json!(n)))
                    .collect(),
            ),
        )
        .evidence(
            "hard_bounce_addresses",
            json!(self.hard_addresses.iter().collect::<Vec<_>>()),
        )
        .show(&[
            "by_category",
            "by_reason",
            "by_domain",
            "hard_bounce_addresses",
        ]);
        let summary = if self.hard > 0 {
            summary.help(t!("bounce-counts.fix"))
        } else {
            summary
        };
        let mut out = vec![summary];
        if let Some(sent) = sent {
            let rate = self.rate(sent);
            let over = rate > BOUNCE_RATE_LINE;
            let finding = Finding::new(
                Code::BounceRate,
                if over { Status::Fail } else { Status::Pass },
                t!("bounce-subject-rate"),
                if over {
                    t!(
                        "bounce-rate-over",
                        rate = format!("{rate:.2}"),
                        failed = self.failed_recipients,
                        sent = sent,
                        line = BOUNCE_RATE_LINE.to_string()
                    )
                } else {
                    t!(
                        "bounce-rate-under",
                        rate = format!("{rate:.2}"),
                        failed = self.failed_recipients,
                        sent = sent,
                        line = BOUNCE_RATE_LINE.to_string()
                    )
                },
            )
            .evidence("rate_percent", (rate * 100.0).round() / 100.0)
            .evidence("failed_recipients", self.failed_recipients)
            .evidence("sent", sent)
            .evidence("line_percent", BOUNCE_RATE_LINE);
            out.push(if over {
                finding.help(Code::BounceRate.doc().fix)
            } else {
                finding
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_has_a_documented_code() {
        for category in Category::ALL {
            let code = code_of(category);
            assert!(code.as_str().starts_with("bounce-"));
            assert!(!code.doc().meaning.is_empty());
        }
    }

    #[test]
    fn a_long_diagnostic_is_cut_at_140_characters_in_the_message() {
        let words = "é".repeat(150);
        let raw = format!(
            "From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: message/delivery-status; charset=utf-8\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; {words}\n--b--\n"
        );
        let decoded = crate::bounce::decode(raw.as_bytes());
        let said = &findings_of(&decoded)[0].message;
        assert!(said.ends_with(&format!(" {}…", "é".repeat(140))), "{said}");
        let short = format!(
            "From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 {}\n--b--\n",
            "x".repeat(136)
        );
        let said = &findings_of(&crate::bounce::decode(short.as_bytes()))[0].message;
        assert!(
            said.ends_with(&format!("550 {}", "x".repeat(136))),
            "{said}"
        );
    }

    #[test]
    fn tally_counts_and_rates() {
        let raw = b"From: MAILER-DAEMON@example.org\nTo: a@example.jp\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; gone@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown in local recipient table\n--b--\n";
        let decoded = crate::bounce::decode(raw);
        let mut tally = Tally::default();
        tally.add(&decoded);
        assert_eq!(tally.hard, 1);
        assert!(tally.hard_addresses.contains("gone@example.net"));
        assert_eq!(tally.rate(100), 1.0);
        let findings = tally.findings(Some(10));
        assert_eq!(findings[1].status, Status::Fail);
        let one = findings_of(&decoded);
        assert_eq!(one[0].code, Code::BounceUserUnknown);
        assert_eq!(one[0].status, Status::Fail);
    }

    fn findings_of(d: &Result<Decoded, DecodeError>) -> Vec<Finding> {
        findings(d)
    }
}
