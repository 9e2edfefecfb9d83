//! Bounce messages: who failed, hard or soft, why, and what to do.
//!
//! Pure protocol logic: [`decode`] takes the bytes of one message and returns
//! typed values. Decoding goes in layers: MIME (mail-parser), the RFC 3464
//! delivery-status part, RFC 5965 complaint reports, RFC 3834 auto-replies,
//! then one recogniser per family of bounce that carries no DSN (qmail, Exim,
//! Exchange, Lotus Notes, Japanese carriers, ...). Each failed recipient is
//! then classified with Sisimai's reason names so the results can be compared
//! with it row by row.

pub mod category;
pub mod dsn;
mod extract;
mod lhost;
pub mod phrases;
pub mod reason;
mod recognisers;
pub mod rhost;
pub mod status;
mod text;
pub mod zendesk;

use serde::Serialize;

pub use category::{Category, HardOrSoft};
pub use extract::Original;
pub use recognisers::Kind;
use recognisers::Raw;
use text::{clean_address, is_address, sweep};

/// What the status class says, independently of the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Permanence {
    Permanent,
    Transient,
    Success,
    Unknown,
}

/// One failed (or delayed, complained-about, auto-replied) recipient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recipient {
    pub recipient: String,
    pub action: Option<String>,
    /// RFC 3463 status, as carried by the message (never a pseudo code).
    pub status: Option<String>,
    pub reply_code: Option<String>,
    pub remote_mta: Option<String>,
    /// The remote's own words.
    pub diagnostic: Option<String>,
    pub diagnostic_type: Option<String>,
    pub smtp_command: Option<String>,
    /// Sisimai's reason name.
    pub reason: &'static str,
    pub hard_or_soft: HardOrSoft,
    pub permanence: Permanence,
    pub category: Category,
    pub advice: &'static str,
    /// ARF Feedback-Type, for complaints.
    pub feedback_type: Option<String>,
}

/// A decoded message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Decoded {
    pub kind: Kind,
    /// The layer or recogniser that understood it (`rfc3464`, `qmail`, ...).
    pub decoded_by: &'static str,
    pub recipients: Vec<Recipient>,
    pub original: Original,
    /// The bounce's own Subject and From, to name it in reports.
    pub subject: Option<String>,
    pub from: Option<String>,
}

/// Why a message could not be decoded at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the message is empty")]
    Empty,
    #[error("no mail headers found: this is not an email message")]
    NotAMessage,
}

/// Decode one message.
pub fn decode(raw: &[u8]) -> Result<Decoded, DecodeError> {
    let decoded = decode_one(raw)?;
    // A notice that decides nothing, or no notice at all, around an attached
    // delivery report (a bounce forwarded as an attachment, or wrapped by a
    // filter: Sisimai's Lhost/X5.pm): the attached report is the bounce.
    let undecided = decoded.kind == Kind::NotABounce
        || decoded.kind == Kind::Bounce
            && decoded
                .recipients
                .iter()
                .all(|r| r.status.is_none() && matches!(r.reason, "onhold" | "undefined"));
    if undecided
        && let Some(attached) = extract::attached_report(raw)
        && let Ok(inner) = decode_one(attached)
        && inner.kind == Kind::Bounce
    {
        return Ok(inner);
    }
    Ok(decoded)
}

fn decode_one(raw: &[u8]) -> Result<Decoded, DecodeError> {
    if raw.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    let prepared = extract::prepare(raw).ok_or(DecodeError::NotAMessage)?;
    let parsed = extract::PARSER
        .parse(&prepared.for_parser[..])
        .ok_or(DecodeError::NotAMessage)?;
    if parsed.parts.is_empty() {
        return Err(DecodeError::NotAMessage);
    }
    let (whole, whole_parsed);
    let layers = match extract::Layers::of(&parsed, prepared.headers, &prepared.kept_bodies) {
        Some(layers) => layers,
        None => {
            whole = extract::prepare_whole(raw).ok_or(DecodeError::NotAMessage)?;
            whole_parsed = extract::PARSER
                .parse(&whole.for_parser[..])
                .ok_or(DecodeError::NotAMessage)?;
            extract::Layers::of(&whole_parsed, whole.headers, &[])
                .ok_or(DecodeError::NotAMessage)?
        }
    };
    let (kind, decoded_by, raws) = recognisers::run(&layers);
    // Which MTA wrote it is asked only of a notice holding some MTA's wording.
    let mta = std::cell::OnceCell::new();
    let recipients = raws
        .into_iter()
        .filter_map(|r| finish(r, || *mta.get_or_init(|| lhost::identify(&layers))))
        .collect::<Vec<_>>();
    let kind = match kind {
        Kind::Bounce if recipients.is_empty() => Kind::NotABounce,
        Kind::Bounce if recipients.iter().all(|r| r.reason == "delivered") => Kind::Delivered,
        Kind::Bounce if recipients.iter().all(|r| r.reason == "vacation") => Kind::AutoReply,
        other => other,
    };
    let recipients = if kind == Kind::NotABounce {
        Vec::new()
    } else {
        recipients
    };
    Ok(Decoded {
        kind,
        decoded_by: if kind == Kind::NotABounce {
            ""
        } else {
            decoded_by
        },
        recipients,
        original: layers.original.clone(),
        subject: layers.subject.clone(),
        from: layers.from.clone(),
    })
}

/// Classify one raw recipient of a notice `mta()` says which MTA wrote (when
/// known); `None` when it has no usable address.
/// The host a `Remote-MTA` (or SES `reportingMTA`) value names, as written
/// in DNS: without its `dns;` type, the root's final dot or the brackets of an
/// address literal (`dns; [192.0.2.1]`, `mx.example.jp.`, `<203.0.113.2>`).
fn host_of(value: &str) -> &str {
    let value = value.trim();
    let value = match value.split_once(';') {
        Some((kind, rest)) if kind.trim().eq_ignore_ascii_case("dns") => rest.trim(),
        _ => value,
    };
    value
        .trim_start_matches(['[', '<'])
        .trim_end_matches([']', '>'])
        .trim_end_matches('.')
}

fn finish(mut raw: Raw, mta: impl Fn() -> Option<lhost::Mta>) -> Option<Recipient> {
    let recipient = clean_address(&raw.recipient);
    // A complaint or an auto-reply is about the message even when it names no
    // address (a reply from `MAILER-DAEMON`): it is kept, and said to be one.
    let about_the_message = matches!(raw.reason, Some("feedback" | "vacation"));
    if !about_the_message && !is_address(&recipient) {
        return None;
    }
    // The remote's words: one line, no SMTP continuation prefixes doubled.
    let mut diagnostic = sweep(&raw.diagnostic);
    let in_text = status::find(&diagnostic, None).unwrap_or_default();
    let reply_found = status::find_reply(&diagnostic).unwrap_or_default();
    let field = if status::is_status(&raw.status) && !status::is_pseudo(&raw.status) {
        raw.status.clone()
    } else {
        String::new()
    };
    let mut chosen = status::prefer(&field, &in_text, &reply_found);
    let mut reply = if raw.reply_code.is_empty() {
        reply_found.clone()
    } else {
        raw.reply_code.clone()
    };
    // "550-5.7.1 ..." continuation lines: keep the words, once.
    if !reply_found.is_empty()
        && diagnostic
            .match_indices(reply_found.as_str())
            .any(|(at, _)| diagnostic[at + reply_found.len()..].starts_with('-'))
    {
        let mut cleaned = diagnostic.clone();
        for sep in ["-", " "] {
            if !in_text.is_empty() {
                cleaned = cleaned.replace(&format!("{reply_found}{sep}{in_text}"), "");
            }
            cleaned = cleaned.replace(&format!("{reply_found}{sep}"), "");
        }
        diagnostic = sweep(&format!("{reply_found} {in_text} {cleaned}"));
    }
    if !reply.is_empty()
        && !chosen.is_empty()
        && reply.as_bytes()[0] != chosen.as_bytes()[0]
        && chosen.as_bytes()[0] != b'2'
    {
        // The reply code's class disagrees: look for one that agrees.
        let class = chosen.as_bytes()[0];
        if let Some(other) = find_reply_of_class(&diagnostic, class) {
            reply = other;
        }
    }
    // The notice's words before its report count with the report's own.
    let lower = if raw.leading.is_empty() {
        diagnostic.to_ascii_lowercase()
    } else {
        let leading = raw.leading.to_ascii_lowercase();
        let own = diagnostic.to_ascii_lowercase();
        if leading.contains(&own) {
            leading
        } else {
            format!("{leading} {own}")
        }
    };
    let hits = phrases::scan(&lower);
    let command = if raw.command.is_empty() {
        hits.command().unwrap_or("").to_string()
    } else {
        raw.command.clone()
    };
    // The MTA's own conclusions, as its Sisimai module draws them, when the
    // format itself said nothing: from the command first, then its wording.
    if raw.reason.is_none() && lhost::command_may_decide(&command) {
        raw.reason = mta().and_then(|mta| lhost::by_command(mta, &command));
    }
    if raw.reason.is_none() && hits.mta_wording() {
        raw.reason = mta().and_then(|mta| lhost::reason(mta, &lower));
    }
    if raw.reason.is_some()
        && !in_text.is_empty()
        && !in_text.contains(".0")
        && mta().is_some_and(lhost::status_overrules_wording)
    {
        raw.reason = status::reason_of(&in_text);
    }
    let diagnostic_type = if raw.diagnostic_type.is_empty() {
        match raw.reason {
            Some("mailererror") => "X-UNIX".to_string(),
            Some("feedback" | "vacation") => String::new(),
            _ => "SMTP".to_string(),
        }
    } else {
        raw.diagnostic_type.clone()
    };
    let remote = match host_of(&raw.remote_mta) {
        "" => extract::host_named_in(&lower).unwrap_or_default(),
        named => named.to_string(),
    };
    // A provider's wording counts as its MTA module's would: a reason to start from.
    let preset = raw.reason.or_else(|| rhost::provider_wording(hits));
    let facts = reason::Facts {
        preset,
        status: &chosen,
        reply: &reply,
        command: &command,
        action: &raw.action,
        diagnostic_type: &diagnostic_type,
        diagnostic: &lower,
    };
    let domain = recipient.rsplit_once('@').map_or("", |(_, d)| d);
    let provider_host = if remote.is_empty() {
        &raw.reporting_mta
    } else {
        &remote
    };
    // A reason the format itself settled stands; the provider's rules only
    // refine a vague one (Sisimai's Fact.pm order).
    let settled = raw.reason.is_some_and(|r| !reason::retry(r));
    let mut decided = (!settled)
        .then(|| rhost::decide(&facts, provider_host, domain))
        .flatten()
        .filter(|r| reason::explicit(r))
        .unwrap_or_else(|| reason::decide_with(&facts, hits));
    if decided == "undefined" && !raw.diagnostic.is_empty() {
        decided = "onhold";
    }
    let hard_or_soft = match decided {
        "delivered" | "feedback" | "vacation" => HardOrSoft::None,
        "hasmoved" | "userunknown" | "hostunknown" => HardOrSoft::Hard,
        "notaccept" if reason::is_hard("notaccept", &format!("{chosen} {diagnostic}")) => {
            HardOrSoft::Hard
        }
        _ => HardOrSoft::Soft,
    };
    if matches!(decided, "feedback" | "vacation") {
        reply.clear();
    }
    if !chosen.is_empty() && status::is_pseudo(&chosen) {
        chosen.clear();
    }
    let permanence = match chosen.as_bytes().first().or(reply.as_bytes().first()) {
        Some(b'5') => Permanence::Permanent,
        Some(b'4') => Permanence::Transient,
        Some(b'2') => Permanence::Success,
        _ => Permanence::Unknown,
    };
    let category = Category::of(decided, hard_or_soft);
    Some(Recipient {
        recipient,
        action: some(raw.action),
        status: some(chosen),
        reply_code: some(reply),
        remote_mta: some(remote),
        diagnostic: some(diagnostic),
        diagnostic_type: if matches!(decided, "feedback" | "vacation") {
            None
        } else {
            some(diagnostic_type)
        },
        smtp_command: some(command),
        reason: decided,
        hard_or_soft,
        permanence,
        category,
        advice: category.advice(),
        feedback_type: some(raw.feedback_type),
    })
}

fn some(text: String) -> Option<String> {
    if text.is_empty() { None } else { Some(text) }
}

fn find_reply_of_class(text: &str, class: u8) -> Option<String> {
    let mut rest = text;
    while let Some(found) = status::find_reply(rest) {
        if found.as_bytes()[0] == class {
            return Some(found);
        }
        let at = text::find(rest, &found)? + 3;
        rest = &rest[at..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remote_mta_field_names_its_host_as_written_in_dns() {
        for (field, want) in [
            (
                "dns; a27-23.smtp-out.us-west-2.amazonses.com",
                "a27-23.smtp-out.us-west-2.amazonses.com",
            ),
            ("mx.example.jp.", "mx.example.jp"),
            ("dns; [192.0.2.222]", "192.0.2.222"),
            ("<203.0.113.2>", "203.0.113.2"),
            ("", ""),
        ] {
            assert_eq!(host_of(field), want, "{field}");
        }
    }
}
