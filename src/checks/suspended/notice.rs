//! Bounce notices in the Suspended tickets view: decoded with the shared bounce decoder,
//! and the ticket whose reply bounced found from what the notice quotes.
//!
//! Zendesk keeps a suspended email's text as `content`, usually without its headers, so
//! the notice is rebuilt as a message from the ticket's own fields before decoding.
//! Zendesk's Message-IDs carry the ticket's encoded id (`<L7VKGOM25K_5fc7..._sprut@zendesk.com>`,
//! `<L7VKGOM25K@zendesk.com>`): two notices quoting the same one are about the same ticket.

use crate::bounce::{self, HardOrSoft, Kind};
use crate::zendesk::SuspendedTicket;

/// One failed recipient of a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bounced {
    pub address: String,
    pub category: &'static str,
    pub reason: &'static str,
    pub hard_or_soft: HardOrSoft,
    pub diagnostic: Option<String>,
    pub advice: &'static str,
}

/// What the grouping keeps of a bounce notice: a few short strings, never its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub suspended_id: u64,
    pub created: Option<i64>,
    pub sender: Option<String>,
    /// The ticket whose reply bounced, and how it was found.
    pub ticket_id: Option<u64>,
    pub linked_by: Option<&'static str>,
    /// The original message's Message-ID, as the notice quotes it.
    pub original_message_id: Option<String>,
    pub original_subject: Option<String>,
    /// Zendesk encoded ticket ids in the Message-IDs the notice quotes.
    pub zendesk_refs: Vec<String>,
    /// Empty when the decoder found no failed recipient.
    pub recipients: Vec<Bounced>,
}

const SYSTEM_SENDERS: [&str; 4] = ["mailer-daemon", "postmaster", "mail-daemon", "bounce"];

/// Whether the ticket may be a bounce notice: its cause, or a system sender.
pub fn is_candidate(ticket: &SuspendedTicket) -> bool {
    if super::causes::may_be_bounce(ticket.cause_id) {
        return true;
    }
    ticket.sender().is_some_and(|s| {
        let local = s.split('@').next().unwrap_or_default();
        SYSTEM_SENDERS.iter().any(|p| local.starts_with(p))
    })
}

/// Decode a candidate; `None` when it is not a delivery failure.
pub fn read(ticket: &SuspendedTicket, created: Option<i64>) -> Option<Notice> {
    let content = ticket.content.as_deref().unwrap_or_default();
    let raw = as_message(ticket, content);
    let decoded = bounce::decode(&raw).ok()?;
    if decoded.kind != Kind::Bounce {
        return None;
    }
    let recipients: Vec<Bounced> = decoded
        .recipients
        .iter()
        .map(|r| Bounced {
            address: r.recipient.clone(),
            category: r.category.as_str(),
            reason: r.reason,
            hard_or_soft: r.hard_or_soft,
            diagnostic: r.diagnostic.as_ref().map(|d| d.chars().take(200).collect()),
            advice: r.advice,
        })
        .collect();
    let original_message_id = decoded
        .original
        .message_id
        .clone()
        .or_else(|| quoted_header(content, "message-id"));
    let mut zendesk_refs = zendesk_refs(content);
    if let Some(id) = &original_message_id {
        for r in zendesk_refs_in(id) {
            if !zendesk_refs.contains(&r) {
                zendesk_refs.insert(0, r);
            }
        }
    }
    Some(Notice {
        suspended_id: ticket.id,
        created,
        sender: ticket.sender(),
        ticket_id: ticket.ticket_id,
        linked_by: ticket.ticket_id.map(|_| "ticket_id"),
        original_message_id,
        original_subject: decoded
            .original
            .subject
            .clone()
            .or_else(|| quoted_header(content, "subject")),
        zendesk_refs,
        recipients,
    })
}

/// The content as a message: as is when it starts with headers, else under headers
/// rebuilt from the suspended ticket's fields.
fn as_message(ticket: &SuspendedTicket, content: &str) -> Vec<u8> {
    let first = content.lines().next().unwrap_or_default();
    let has_headers = first
        .split_once(':')
        .is_some_and(|(name, _)| !name.is_empty() && !name.contains(' '))
        && content.contains("\n\n");
    if has_headers {
        return content.as_bytes().to_vec();
    }
    let mut raw = String::with_capacity(content.len() + 256);
    let line = |raw: &mut String, name: &str, value: Option<String>| {
        if let Some(value) = value {
            let value = value.replace(['\r', '\n'], " ");
            raw.push_str(&format!("{name}: {value}\n"));
        }
    };
    line(&mut raw, "From", ticket.sender());
    line(&mut raw, "To", ticket.support_address());
    line(&mut raw, "Subject", ticket.subject.clone());
    line(&mut raw, "Message-ID", ticket.message_id.clone());
    raw.push('\n');
    raw.push_str(content);
    raw.into_bytes()
}

/// A header the notice quotes in its text (`Message-ID: <...>` of the returned message).
fn quoted_header(content: &str, name: &str) -> Option<String> {
    content.lines().find_map(|line| {
        let (n, v) = line.trim_start().split_once(':')?;
        (n.eq_ignore_ascii_case(name) && !v.trim().is_empty()).then(|| v.trim().to_string())
    })
}

/// The encoded ticket ids of Zendesk Message-IDs in a text.
pub fn zendesk_refs(text: &str) -> Vec<String> {
    let mut refs = Vec::new();
    for r in zendesk_refs_in(text) {
        if !refs.contains(&r) {
            refs.push(r);
        }
    }
    refs
}

fn zendesk_refs_in(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("@zendesk.com>") {
        let end = from + at;
        from = end + 1;
        let Some(open) = text[..end].rfind('<') else {
            continue;
        };
        let local = &text[open + 1..end];
        let code = local.split('_').next().unwrap_or_default();
        let plausible = (6..=16).contains(&code.len())
            && code
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if plausible {
            out.push(code.to_string());
        }
    }
    out
}

/// A ticket number in a subject: `#123`, `[#123]`, `Request #123`.
pub fn ticket_number(subject: &str) -> Option<u64> {
    let at = subject.find('#')?;
    let digits: String = subject[at + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty() && digits.len() <= 12)
        .then(|| digits.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zendesk_message_ids_give_the_encoded_ticket() {
        let text = "Message-ID: <L7VKGOM25K_5fc7e0596c390_5db245d0310849_sprut@zendesk.com>\nReferences: <L7VKGOM25K@zendesk.com> <CAK@mail.gmail.com>";
        assert_eq!(zendesk_refs(text), ["L7VKGOM25K"]);
        assert!(zendesk_refs("<abc@zendesk.com>").is_empty());
    }

    #[test]
    fn ticket_numbers_are_read_from_subjects() {
        assert_eq!(ticket_number("[Acme] Re: Request #123: printer"), Some(123));
        assert_eq!(ticket_number("no number #"), None);
    }

    #[test]
    fn a_text_bounce_without_headers_is_decoded() {
        let ticket: SuspendedTicket = serde_json::from_value(serde_json::json!({
            "id": 9, "cause_id": 7, "ticket_id": 123, "subject": "Undelivered Mail Returned to Sender",
            "author": {"email": "MAILER-DAEMON@mx.example.org"},
            "content": "This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jane@example.org>: host mx.example.org[192.0.2.1] said: 552 5.2.2\n    <jane@example.org>: Mailbox full (in reply to RCPT TO command)\n"
        }))
        .unwrap();
        assert!(is_candidate(&ticket));
        let notice = read(&ticket, None).expect("a bounce");
        assert_eq!(notice.ticket_id, Some(123));
        assert_eq!(notice.recipients[0].address, "jane@example.org");
        assert_eq!(notice.recipients[0].hard_or_soft, HardOrSoft::Soft);
    }
}
