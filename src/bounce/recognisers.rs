//! The layers above MIME, in order: RFC 5965 complaints, RFC 3464 DSNs,
//! RFC 3834 auto-replies, then one recogniser per family of text bounce,
//! table-driven: a family is a signature (how to know it), where its error
//! section starts, and optionally the reasons its own wording implies.

use std::sync::LazyLock;

use serde::Serialize;

use super::dsn;
use super::extract::Layers;
use super::text::{
    clean_address, find, has_ignoring_case, holds, is_address, rfind, short_holds, sweep,
};

/// What kind of message it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A delivery failure (or delay) notice.
    Bounce,
    /// An RFC 5965 complaint (feedback loop) report.
    Complaint,
    /// An out-of-office or other auto-reply.
    AutoReply,
    /// A success notice (DSN with 2.x.x).
    Delivered,
    /// Anything else: not counted as a bounce.
    NotABounce,
}

/// A recipient as a layer or recogniser found it, before classification.
#[derive(Clone, Debug, Default)]
pub(crate) struct Raw {
    pub recipient: String,
    pub action: String,
    pub status: String,
    pub reply_code: String,
    pub remote_mta: String,
    pub diagnostic: String,
    pub diagnostic_type: String,
    pub command: String,
    pub reason: Option<&'static str>,
    pub feedback_type: String,
    /// The host that wrote a DSN: names the provider when no remote host is known.
    pub reporting_mta: String,
    /// The notice's own words beside its delivery report, when it reports one
    /// recipient: those before the report when no MTA's reader claims the
    /// notice (Sisimai 5.2's RFC3464.pm), or Sendmail's transcript of the
    /// remote's replies. Read with the report's words to find the reason, not
    /// shown.
    pub leading: String,
}

/// Decide which layer understands the message and collect its recipients.
pub(crate) fn run(layers: &Layers<'_>) -> (Kind, &'static str, Vec<Raw>) {
    // Apple Mail's unsubscribe request: a complaint of the opt-out kind from the
    // recipient itself (Sisimai's ARF.pm counts it as one).
    if layers
        .header("x-apple-unsubscribe")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        && layers.feedback.is_empty()
    {
        let found = vec![Raw {
            recipient: layers.from.clone().unwrap_or_default(),
            reason: Some("feedback"),
            feedback_type: "opt-out".into(),
            ..Raw::default()
        }];
        return (Kind::Complaint, "arf", found);
    }
    // Hotmail's reports carry only the message complained about.
    if !layers.feedback.is_empty()
        || layers.report_type.as_deref() == Some("feedback-report")
        || subject_has(layers, "complaint about message from")
    {
        return (Kind::Complaint, "arf", complaint(layers));
    }
    // ASCII case only: offsets in `lower` stay offsets in the text.
    let lower = layers.text.to_ascii_lowercase();
    if !layers.dsn.is_empty() {
        let found = delivery_status(layers, &lower);
        if !found.is_empty() {
            let mut found = delivery_agent_said(layers, found);
            if let [only] = found.as_mut_slice() {
                if is_sendmail_notice(layers) {
                    with_sendmail_replies(only, &layers.text);
                } else if !claimed_by_an_mta(layers, &lower) {
                    only.leading = leading_words(&layers.text);
                }
            }
            return (Kind::Bounce, "rfc3464", found);
        }
    }
    // SNS folds long lines anywhere, even inside a key: its header says it all.
    if (lower.contains("notificationtype")
        || lower.contains("\"eventtype\"")
        || layers.header("x-amz-sns-message-id").is_some())
        && let Some(found) = amazon_ses(&layers.text)
    {
        return (Kind::Bounce, "amazonses", found);
    }
    // DSN fields pasted into a text part, quoted (`> `) when forwarded.
    if (lower.contains("final-recipient:") || lower.contains("original-recipient:"))
        && (lower.contains("status:") || lower.contains("action:"))
    {
        let (_, blocks) = dsn::parse(&unquote(&layers.text));
        let found: Vec<Raw> = blocks
            .into_iter()
            .map(|b| from_block(b, layers, &lower))
            .collect();
        if !found.is_empty() {
            return (Kind::Bounce, "rfc3464", found);
        }
    }
    if let Some(found) = mimecast(layers) {
        return (Kind::Bounce, "mimecast", found);
    }
    if let Some(found) = x3(layers) {
        return (Kind::Bounce, "x3", found);
    }
    if let Some(found) = postfix_session(layers) {
        return (Kind::Bounce, "postfix", found);
    }
    // Postfix's notice when it could not read its own log of the failure
    // (bounce_notify_util.c: "--- Delivery report unavailable ---", and a report
    // naming nobody): the returned message's To: failed, for a reason nobody
    // wrote down (Lhost/Postfix.pm).
    if is_postfix_notice(layers)
        && lower.contains("--- delivery report unavailable ---")
        && let Some(to) = layers.original.to.as_deref().filter(|to| is_address(to))
    {
        let found = vec![Raw {
            recipient: to.to_ascii_lowercase(),
            ..Raw::default()
        }];
        return (Kind::Bounce, "postfix", found);
    }
    for family in FAMILIES {
        if (family.detect)(layers, &lower) {
            let found = text_bounce(layers, &lower, family);
            if !found.is_empty() {
                return (Kind::Bounce, family.name, found);
            }
        }
    }
    if let Some(found) = auto_reply(layers, &lower) {
        return (Kind::AutoReply, "rfc3834", found);
    }
    if looks_like_bounce(layers, &lower) {
        let found = generic_scan(layers, &lower, &[]);
        if !found.is_empty() {
            return (Kind::Bounce, "text", delivery_agent_said(layers, found));
        }
    }
    (Kind::NotABounce, "", Vec::new())
}

/// A local delivery agent: the marks that name it in a notice (in this order)
/// and what its own wording means.
type DeliveryAgent = (
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);

/// The local delivery agents whose words a generic notice may quote, how each
/// is recognised, and what its own wording means (Sisimai/MDA.pm).
const DELIVERY_AGENTS: &[DeliveryAgent] = &[
    // Dovecot's LDA rejection: "Your message to <a@b> was automatically rejected:".
    (
        &["your message to ", " was automatically rejected:"],
        &[
            ("mailbox doesn't exist: ", "userunknown"),
            ("quota exceeded", "mailboxfull"),
            ("not enough disk space", "mailboxfull"),
        ],
    ),
    (
        &["mail.local: "],
        &[
            (": unknown user:", "userunknown"),
            (": user unknown", "userunknown"),
            (": invalid mailbox path", "userunknown"),
            (": user missing home directory", "userunknown"),
            ("disc quota exceeded", "mailboxfull"),
            ("mailbox full or quota exceeded", "mailboxfull"),
            ("temporary file write error", "systemerror"),
        ],
    ),
    (
        &["procmail: "],
        &[
            ("quota exceeded while writing", "mailboxfull"),
            ("no space left to finish writing", "systemfull"),
        ],
    ),
    (
        &["maildrop: "],
        &[
            ("invalid user specified.", "userunknown"),
            ("cannot find system user", "userunknown"),
            ("maildir over quota.", "mailboxfull"),
        ],
    ),
    (
        &["vdelivermail: "],
        &[
            ("sorry, no mailbox here by that name.", "userunknown"),
            ("account is locked email bounced", "filtered"),
            ("user does not exist, but will deliver to ", "filtered"),
            ("domain is over quota", "mailboxfull"),
            ("user is over quota", "mailboxfull"),
        ],
    ),
    (
        &["vdeliver: "],
        &[
            ("invalid or unknown base user or domain", "userunknown"),
            ("invalid or unknown virtual user", "userunknown"),
            ("user name does not refer to a virtual user", "userunknown"),
            (
                "delivery failed due to system quota violation",
                "mailboxfull",
            ),
        ],
    ),
];

/// A notice no MTA's own format claimed, from the mailer daemon, that quotes a
/// local delivery agent: the agent's line is the diagnostic and its wording the
/// reason, and no SMTP command was involved (Sisimai's RFC3464.pm with MDA.pm).
/// Postfix's and Sendmail's notices are their own (Lhost/Postfix.pm: its subject;
/// Lhost/Sendmail.pm: its subject and its transcript).
fn delivery_agent_said(layers: &Layers<'_>, mut found: Vec<Raw>) -> Vec<Raw> {
    let postfix = is_postfix_notice(layers);
    let sendmail = is_sendmail_notice(layers) && layers.text.contains(SENDMAIL_TRANSCRIPT);
    if postfix || sendmail {
        return found;
    }
    let from = layers
        .header("from")
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let from = from.trim_start_matches('"');
    if !["mail delivery subsystem", "mailer-daemon", "postmaster"]
        .iter()
        .any(|d| from.starts_with(d))
    {
        return found;
    }
    // Most notices name no agent: one case-blind pass over the text finds out.
    static FIRST_MARKS: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(DELIVERY_AGENTS.iter().map(|(marks, _)| marks[0]))
                .expect("the delivery agents' marks compile")
        });
    let pieces =
        || std::iter::once(layers.text.as_str()).chain(layers.dsn.iter().map(String::as_str));
    if !pieces().any(|piece| FIRST_MARKS.is_match(piece)) {
        return found;
    }
    let body = pieces().collect::<Vec<_>>().join("\n");
    let lower = body.to_ascii_lowercase();
    let agent = DELIVERY_AGENTS.iter().find(|(marks, _)| {
        let mut at = 0;
        marks.iter().all(|mark| match find(&lower[at..], mark) {
            Some(found) => {
                at += found;
                true
            }
            None => false,
        })
    });
    let Some((_, wording)) = agent else {
        return found;
    };
    let said = wording.iter().find_map(|(phrase, reason)| {
        body.lines()
            .zip(lower.lines())
            .find(|(_, low)| low.contains(phrase))
            .map(|(line, _)| (*reason, sweep(line)))
    });
    for raw in &mut found {
        raw.command.clear();
        if let Some((reason, line)) = &said {
            raw.reason = Some(reason);
            raw.diagnostic = line.clone();
        }
    }
    found
}

/// Postfix's notice, by its subject (Lhost/Postfix.pm).
fn is_postfix_notice(layers: &Layers<'_>) -> bool {
    let subject = layers.subject.as_deref().unwrap_or("");
    subject == "Undelivered Mail Returned to Sender"
        || subject.contains("SMTP server: errors from ")
}

/// Sendmail's notice, by its subject (Lhost/Sendmail.pm).
fn is_sendmail_notice(layers: &Layers<'_>) -> bool {
    let subject = layers.subject.as_deref().unwrap_or("");
    subject.contains("see transcript for details") || subject.starts_with("Warning: ")
}

/// Where Sendmail's session transcript starts (savemail.c).
const SENDMAIL_TRANSCRIPT: &str = "   ----- Transcript of session follows -----";

/// Sendmail's transcript of a session with one recipient: the remote's replies
/// (`<<< 550 ...`) count with the report's words towards the reason, as Sisimai
/// 5.2 joins them (go-sisimai lhost/via-sendmail.go, `esmtpreply`); those the
/// report does not already quote, each once, and not shown.
fn with_sendmail_replies(raw: &mut Raw, text: &str) {
    let Some(start) = find(text, SENDMAIL_TRANSCRIPT) else {
        return;
    };
    let mut replies: Vec<&str> = Vec::new();
    for line in text[start..].lines() {
        if let Some(reply) = line.strip_prefix("<<< ").map(str::trim)
            && !reply.is_empty()
            && !replies.contains(&reply)
            && !raw.diagnostic.contains(reply)
        {
            replies.push(reply);
        }
    }
    raw.leading = replies.join(" ");
}

/// What Sendmail's transcript says before any session with a remote host
/// (Lhost/Sendmail.pm, `$anotherset`): a recipient's own line (`<a@b>... Deferred:
/// ...`), else the lines holding both a reply and a status code (a local
/// mailer's `554 5.3.0 unknown mailer error 255`) or its `Message ...` and
/// `Warning: ...` lines; and the status code they carry.
fn sendmail_transcript_words(text: &str) -> Option<(String, String)> {
    let start = find(text, SENDMAIL_TRANSCRIPT)? + SENDMAIL_TRANSCRIPT.len();
    let (mut words, mut status) = (String::new(), String::new());
    for line in text[start..].lines() {
        if line.is_empty() || line.starts_with([' ', '\t']) {
            continue;
        }
        if line.starts_with("... while talking to ") {
            break;
        }
        if line.starts_with(">>> ") || line.starts_with("<<< ") {
            continue;
        }
        if line.starts_with('<') && super::text::aligned(line, &["@", ">.", " "]) {
            words = line[line.find(' ').unwrap_or(0)..].trim().to_string();
        } else if let (Some(reply), Some(code)) = (
            super::status::find_reply(line),
            super::status::find(line, None),
        ) && reply.len() + code.len() > 7
        {
            status = code;
            words.push(' ');
            words.push_str(line);
        } else if line.starts_with("Message ") || line.starts_with("Warning: ") {
            words.push(' ');
            words.push_str(line);
        }
    }
    let words = sweep(&words);
    (!words.is_empty()).then_some((words, status))
}

/// Postfix's line for `address`, else its last recipient line: Lhost/Postfix.pm
/// keeps one such line for the whole notice, and a recipient the text does not
/// list failed with the words of one it does when its report's words are there.
fn postfix_line(text: &str, lower: &str, address: &str) -> Option<String> {
    own_line_words(text, lower, address).or_else(|| {
        let (last, _) = lower
            .lines()
            .rev()
            .filter(|line| line.starts_with('<'))
            .find_map(recipient_line)?;
        own_line_words(text, lower, &last)
    })
}

/// Postfix's own line for a recipient (`<a@b>: host mx said: 554 ... (in reply to
/// MAIL FROM command)`) says more than its report's `Diagnostic-Code` when it
/// carries a status or reply code the report lacks: its codes are taken, and the
/// line itself when it holds the report's words (Lhost/Postfix.pm, `$anotherset`).
fn take_postfix_line(raw: &mut Raw, line: String) {
    if raw.diagnostic.bytes().all(|b| b.is_ascii_digit()) {
        raw.diagnostic = line;
        return;
    }
    let vague = |code: &str, tail: &str| code.is_empty() || code.ends_with(tail);
    let status = vague(&raw.status, ".0.0")
        .then(|| super::status::find(&line, None))
        .flatten()
        .filter(|code| !code.ends_with(".0.0"));
    let reply = vague(&raw.reply_code, "00")
        .then(|| super::status::find_reply(&line))
        .flatten()
        .filter(|code| !code.ends_with("00"));
    let found = status.is_some() || reply.is_some();
    if let Some(status) = status {
        raw.status = status;
    }
    if let Some(reply) = reply {
        raw.reply_code = reply;
    }
    if found && line.len() >= raw.diagnostic.len() && line.contains(raw.diagnostic.as_str()) {
        raw.diagnostic = line;
    }
}

/// A forwarded notice with every line quoted (`> `): the lines as they were.
fn unquote(text: &str) -> std::borrow::Cow<'_, str> {
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    let quoted = text.lines().filter(|l| l.starts_with('>')).count();
    if quoted * 2 < lines.max(1) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.strip_prefix('>').unwrap_or(line);
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}

// ---- Amazon SES notifications (JSON through SNS) --------------------------------------

/// The SES notification in a message: bare, or as the `Message` string of an SNS
/// envelope (`{"Type":"Notification", ...}`), whose long lines SNS folds with a
/// trailing `!` (Sisimai's Lhost/AmazonSES.pm reads it the same way).
fn ses_payload(text: &str) -> Option<serde_json::Value> {
    let start = find(text, "{\"notificationType\"")
        .or_else(|| find(text, "{\"eventType\""))
        .or_else(|| find(text, "{\"Type\""))
        .or_else(|| text.find('{').filter(|&at| text[..at].trim().is_empty()))?;
    let body = &text[start..];
    // The JSON ends at the first blank line, whatever the line endings.
    let end = [find(body, "\n\n"), find(body, "\r\n\r\n")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(body.len());
    let mut joined = String::with_capacity(end);
    let mut folded = false;
    for line in body[..end].lines() {
        let mut line = line.trim_end_matches('\r');
        if folded {
            line = line.strip_prefix(' ').unwrap_or(line);
        }
        folded = line.ends_with('!') && !line.ends_with("\"!");
        joined.push_str(if folded {
            &line[..line.len() - 1]
        } else {
            line
        });
    }
    let value: serde_json::Value = serde_json::from_str(&joined)
        .or_else(|_| serde_json::from_str(&body[..end]))
        .ok()?;
    match value.get("Message").and_then(serde_json::Value::as_str) {
        Some(inner) => serde_json::from_str(inner).ok(),
        None => Some(value),
    }
}

fn amazon_ses(text: &str) -> Option<Vec<Raw>> {
    let value = ses_payload(text)?;
    let text_of = |v: &serde_json::Value, key: &str| {
        v.get(key)
            .and_then(serde_json::Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let mut out = Vec::new();
    // SES's notifications say `notificationType`; its event publishing (through a
    // configuration set) says `eventType`, around the same objects.
    let kind = value
        .get("notificationType")
        .or_else(|| value.get("eventType"))?
        .as_str()?;
    match kind {
        "Bounce" => {
            let bounce = value.get("bounce")?;
            let mta = text_of(bounce, "reportingMTA");
            // SES's own classification, where it is specific (Lhost/AmazonSES.pm).
            let preset = match (
                text_of(bounce, "bounceType").as_str(),
                text_of(bounce, "bounceSubType").as_str(),
            ) {
                ("Transient", "MailboxFull") => Some("mailboxfull"),
                ("Transient", "MessageTooLarge") => Some("mesgtoobig"),
                _ => None,
            };
            for r in bounce.get("bouncedRecipients")?.as_array()? {
                let diagnostic = text_of(r, "diagnosticCode");
                let diagnostic = match diagnostic.split_once(';') {
                    Some((kind, rest)) if !kind.contains(' ') => rest.trim().to_string(),
                    _ => diagnostic,
                };
                out.push(Raw {
                    recipient: text_of(r, "emailAddress"),
                    action: text_of(r, "action"),
                    status: text_of(r, "status"),
                    remote_mta: mta.clone(),
                    diagnostic,
                    reason: preset,
                    ..Raw::default()
                });
            }
        }
        "Delivery" => {
            let delivery = value.get("delivery")?;
            let response = text_of(delivery, "smtpResponse");
            let status = super::status::find(&response, None).unwrap_or_default();
            for r in delivery.get("recipients")?.as_array()? {
                out.push(Raw {
                    recipient: r.as_str().unwrap_or("").to_string(),
                    action: "delivered".into(),
                    status: status.clone(),
                    remote_mta: text_of(delivery, "reportingMTA"),
                    diagnostic: response.clone(),
                    ..Raw::default()
                });
            }
        }
        "Complaint" => {
            let complaint = value.get("complaint")?;
            let kind = text_of(complaint, "complaintFeedbackType");
            for r in complaint.get("complainedRecipients")?.as_array()? {
                out.push(Raw {
                    recipient: text_of(r, "emailAddress"),
                    reason: Some("feedback"),
                    feedback_type: if kind.is_empty() {
                        "abuse".into()
                    } else {
                        kind.clone()
                    },
                    ..Raw::default()
                });
            }
        }
        _ => return None,
    }
    (!out.is_empty()).then_some(out)
}

// ---- RFC 5965 -------------------------------------------------------------------------

fn complaint(layers: &Layers<'_>) -> Vec<Raw> {
    // One record per reported recipient: `Original-Rcpt-To` may appear any
    // number of times in a report (RFC 5965 §3.2), or a redacted form of it
    // (`Redacted-Address`, which Sisimai's ARF.pm takes as the recipient when it
    // is still an address), and aggregated complaints carry one report per
    // message complained about: each report counts, even one that names nobody.
    let mut found = Vec::new();
    for report in &layers.feedback {
        let mut kind = String::new();
        let first = found.len();
        for line in report.lines() {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let name = name.trim();
            if name.eq_ignore_ascii_case("feedback-type") {
                kind = value.trim().to_ascii_lowercase();
            } else if name.eq_ignore_ascii_case("original-rcpt-to")
                || name.eq_ignore_ascii_case("redacted-address")
            {
                let rcpt = clean_address(value);
                // A redaction may leave no address at all ("redacted", "xxx@"),
                // and so may a provider that hides the local part of
                // Original-Rcpt-To (AOL's `localpart@`, Sisimai's ARF.pm).
                if is_address(&rcpt) {
                    found.push(Raw {
                        recipient: rcpt,
                        reason: Some("feedback"),
                        ..Raw::default()
                    });
                }
            }
        }
        if kind.is_empty() {
            kind = "other".into();
        }
        if found.len() == first {
            // A report naming nobody: the returned message's To: names the
            // recipient.
            found.push(Raw {
                reason: Some("feedback"),
                ..Raw::default()
            });
        }
        for raw in &mut found[first..] {
            raw.feedback_type.clone_from(&kind);
        }
    }
    if found.is_empty() {
        // No report at all (Hotmail's carry only the message complained about):
        // its To: is the recipient.
        found.push(Raw {
            reason: Some("feedback"),
            feedback_type: "abuse".into(),
            ..Raw::default()
        });
    }
    // Those naming nobody are about the returned message: the recipient the
    // provider recorded on delivery, else its To: (Sisimai's ARF.pm).
    let named = [&layers.original.provider_recipient, &layers.original.to]
        .into_iter()
        .flatten()
        .find(|a| is_address(a));
    for raw in &mut found {
        if raw.recipient.is_empty()
            && let Some(to) = named
        {
            raw.recipient = to.to_ascii_lowercase();
        }
    }
    found
}

// ---- RFC 3464 -------------------------------------------------------------------------

fn delivery_status(layers: &Layers<'_>, lower: &str) -> Vec<Raw> {
    let blocks: Vec<_> = layers
        .dsn
        .iter()
        .flat_map(|body| {
            let (message, blocks) = dsn::parse(body);
            blocks
                .into_iter()
                .map(move |b| (message.reporting_mta.clone(), b))
        })
        .collect();
    let single = blocks.len() == 1;
    let mut found: Vec<Raw> = blocks
        .into_iter()
        .map(|(reporting, block)| {
            let mut raw = from_block(block, layers, lower);
            raw.reporting_mta = reporting;
            if raw.command.is_empty() {
                // One recipient: the session transcript anywhere in the notice is
                // its own; several: only a transcript naming one command is theirs.
                let command = if single {
                    super::extract::command_in_lower(lower)
                } else {
                    super::extract::sole_command_in_lower(lower)
                }
                .or_else(|| refused_before_any_command(lower).then_some("EHLO"));
                if let Some(command) = command {
                    raw.command = command.to_string();
                }
            }
            raw
        })
        .collect();
    // Recipients the text does not mention, failed with the same words as one it
    // does: the same session stage.
    for i in 0..found.len() {
        if found[i].command.is_empty()
            && let Some(command) = found
                .iter()
                .find(|o| !o.command.is_empty() && o.diagnostic == found[i].diagnostic)
                .map(|o| o.command.clone())
        {
            found[i].command = command;
        }
    }
    // A block whose recipient is no address (`@mx.example.org`): the notice's
    // own text names it.
    if found
        .iter()
        .any(|r| !is_address(&clean_address(&r.recipient)))
    {
        let known: Vec<String> = found.iter().map(|r| clean_address(&r.recipient)).collect();
        // The header naming the failed recipients, the notice's own text, then
        // the returned message's To: (Sisimai's RFC3464.pm falls back the same way).
        let mut seen = known.clone();
        let mut named = failed_recipients(layers)
            .into_iter()
            .chain(
                generic_scan(layers, lower, &[])
                    .into_iter()
                    .map(|r| clean_address(&r.recipient)),
            )
            .chain(layers.original.to.iter().map(|t| clean_address(t)))
            .filter(|a| is_address(a))
            .filter(move |a| {
                let fresh = !seen.contains(a);
                seen.push(a.clone());
                fresh
            });
        for raw in &mut found {
            if !is_address(&clean_address(&raw.recipient))
                && let Some(address) = named.next()
            {
                // The words of the line the notice gives the address, if the
                // report gave none (or, Postfix's, when they say more).
                if let Some(words) = own_line_words(&layers.text, lower, &address) {
                    if raw.diagnostic.trim().is_empty() {
                        raw.diagnostic = words;
                    } else if is_postfix_notice(layers) {
                        take_postfix_line(raw, words);
                    }
                }
                raw.recipient = address;
            }
        }
    }
    found
}

/// Does some MTA's reader claim the notice (Sisimai reads an unclaimed one
/// with RFC3464.pm alone)?
fn claimed_by_an_mta(layers: &Layers<'_>, lower: &str) -> bool {
    if is_postfix_notice(layers) || is_sendmail_notice(layers) {
        return true;
    }
    if super::lhost::some_reader_claims(layers) {
        return true;
    }
    FAMILIES
        .iter()
        .filter(|f| f.name != "text")
        .any(|f| (f.detect)(layers, lower))
}

/// The notice's own lines before its delivery report, as Sisimai 5.2's
/// RFC3464.pm gathers them: MIME preambles, part headers, frames and
/// boundaries left out.
fn leading_words(text: &str) -> String {
    const SKIP_START: [&str; 8] = [
        "Content-",
        "This is a MIME",
        "This is a multi",
        "This is an auto",
        "This multi-part",
        "###",
        "***",
        "--",
    ];
    let kept = text.lines().filter(|line| {
        !line.trim().is_empty()
            && !SKIP_START.iter().any(|s| line.starts_with(s))
            && !line.contains("--- The follow")
            && !line.contains("--- Transcript")
    });
    let mut words = String::new();
    for line in kept {
        words.push_str(line);
        words.push(' ');
    }
    sweep(&words)
}

fn from_block(block: dsn::RecipientFields, layers: &Layers<'_>, lower: &str) -> Raw {
    // `@relay:local@host` and other unusable final recipients: the original one.
    let recipient = if is_address(&clean_address(&block.final_recipient))
        || !is_address(&clean_address(&block.original_recipient))
            && block.final_recipient.contains('@')
    {
        block.final_recipient.clone()
    } else {
        block.original_recipient.clone()
    };
    let mut raw = Raw {
        recipient,
        action: block.action.clone(),
        status: block.status.clone(),
        remote_mta: block.remote_mta.clone(),
        diagnostic: block.diagnostic.clone(),
        diagnostic_type: block.diagnostic_type.clone(),
        ..Raw::default()
    };
    // The human-readable part often says more: the command, or the words when
    // the Diagnostic-Code is missing.
    let paragraph = paragraph_about(lower, &raw.recipient);
    let command = paragraph
        .clone()
        .and_then(|range| super::extract::command_in_lower(&sweep(&lower[range])))
        .or_else(|| super::extract::command_in(&raw.diagnostic));
    if let Some(command) = command {
        raw.command = command.to_string();
    }
    // The Status field's comment is part of the words ("5.2.1 (mailbox disabled,
    // not accepting messages)"), as Sisimai 5.2's RFC 3464 reader takes it
    // (go-sisimai rfc3464/lib.go).
    if !block.status_comment.is_empty() && !raw.diagnostic.trim().is_empty() {
        raw.diagnostic = format!("{} {}", raw.diagnostic.trim_end(), block.status_comment);
    }
    // A local mailer's exit code (`X-Unix; 255`) says less than Sendmail's
    // transcript of it.
    if raw.diagnostic.trim().bytes().all(|b| b.is_ascii_digit())
        && !raw.diagnostic.trim().is_empty()
        && is_sendmail_notice(layers)
        && let Some((words, status)) = sendmail_transcript_words(&layers.text)
    {
        raw.diagnostic = words;
        if !super::status::is_status(&raw.status) && !status.is_empty() {
            raw.status = status;
        }
    }
    if !raw.diagnostic.trim().is_empty() {
        if is_postfix_notice(layers)
            && let Some(line) = postfix_line(&layers.text, lower, &raw.recipient)
        {
            take_postfix_line(&mut raw, line);
        }
    } else {
        // Many notices give each recipient a line of its own, and its next lines:
        // `<a@b>... Deferred: Connection refused by ...`, `a@b: 550 5.1.1 ...`.
        if let Some(words) = own_line_words(&layers.text, lower, &raw.recipient) {
            raw.diagnostic = words;
            return raw;
        }
        let paragraph = paragraph
            .map(|range| sweep(&layers.text[range]))
            .filter(|p| !p.is_empty());
        if let Some(text) = paragraph {
            raw.diagnostic = text;
        } else if !block.status_comment.is_empty() && !block.status_comment.contains("failure)") {
            raw.diagnostic = block.status_comment.clone();
        }
        if raw.diagnostic.trim().is_empty() {
            raw.diagnostic = block.status_comment;
        }
    }
    raw
}

/// The words of the line a notice gives `address` of its own: Sendmail's
/// transcript (`<a@b>... Deferred: ...`, `550 5.1.2 <a@b>... Host unknown`), OpenSMTPD's and qmail's lists
/// (`a@b: 550 ...`), Postfix's (`<a@b>: host ... said: 550 ...`), with the lines that
/// follow it up to a blank line or another recipient's line (Sisimai's
/// Lhost/Sendmail.pm, OpenSMTPD.pm and Postfix.pm read the same lines).
fn own_line_words(text: &str, lower: &str, address: &str) -> Option<String> {
    let address = clean_address(address);
    if address.is_empty() {
        return None;
    }
    let mut offset = 0;
    let mut lines = lower.split_inclusive('\n');
    while let Some(line) = lines.next() {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_start();
        let head = trimmed.strip_prefix('<').unwrap_or(trimmed);
        let from = if transcript_line(line).is_some_and(|a| a == address) {
            // Sendmail's own reply line: `550 5.1.2 <a@b>... Host unknown`.
            start + (line.len() - trimmed.len())
        } else {
            let Some(rest) = head.strip_prefix(address.as_str()) else {
                continue;
            };
            let bracketed = head.len() < trimmed.len();
            let rest = rest.strip_prefix('>').unwrap_or(rest);
            // `a@b: words` is the remote's reply only with a reply code in it (EZweb's
            // `<a@b>: user unknown` closes a paragraph that says more), or when the
            // line is OpenSMTPD's own, the bare address at its start followed by
            // the error (smtpd/bounce.c writes "%s: %s").
            let own_line = !bracketed && trimmed.len() == line.len();
            let Some(after) = rest.strip_prefix("...").or_else(|| {
                rest.strip_prefix(':').filter(|words| {
                    super::status::find_reply(words).is_some()
                        || own_line && words.starts_with(' ') && !words.trim().is_empty()
                })
            }) else {
                continue;
            };
            start + (line.len() - after.len())
        };
        let mut end = offset;
        for next in lines.by_ref() {
            let other = recipient_line(next)
                .map(|(a, _)| a)
                .or_else(|| transcript_line(next))
                .is_some_and(|a| a != address);
            if next.trim().is_empty() || other {
                break;
            }
            end += next.len();
        }
        let words = sweep(text.get(from..end)?);
        return (!words.is_empty()).then_some(words);
    }
    None
}

/// Where, in the text (`lower` is it in ASCII lower case, same offsets), the
/// lines around the first mention of `address` are, up to a blank line.
fn paragraph_about(lower: &str, address: &str) -> Option<std::ops::Range<usize>> {
    if address.is_empty() {
        return None;
    }
    let at = find(lower, &address.to_ascii_lowercase())?;
    let start = rfind(&lower[..at], "\n\n").map_or(0, |p| p + 2);
    let end = find(&lower[at..], "\n\n").map_or(lower.len(), |p| at + p);
    Some(start..end)
}

// ---- RFC 3834 -------------------------------------------------------------------------

/// What marks an auto-reply, by header (lower-cased value, "starts with"):
/// RFC 3834 §5's Auto-Submitted, and the de facto markers Sisimai's RFC3834.pm
/// (BSD-2-Clause, Copyright (C) 2014 azumakuniyuki) also accepts.
const AUTO_REPLY_HEADERS: &[(&str, &[&str])] = &[
    (
        "auto-submitted",
        &["auto-generated", "auto-replied", "auto-notified"],
    ),
    ("precedence", &["auto_reply"]),
    ("x-apple-action", &["vacation"]),
    (
        "subject",
        &[
            "auto:",
            "auto response:",
            "automatic reply:",
            "out of office:",
            "out of the office:",
        ],
    ),
];

/// Messages that look automatic but are not replies from a person's mailbox
/// (system mail, bounces), after Sisimai's RFC3834.pm.
const NOT_AUTO_REPLY: &[(&str, &[&str])] = &[
    ("from", &["root@", "postmaster@", "mailer-daemon@"]),
    ("to", &["root@"]),
    ("subject", &["security information for", "mail failure -"]),
];

fn auto_reply(layers: &Layers<'_>, lower: &str) -> Option<Vec<Raw>> {
    let value = |name: &str| {
        if name == "subject" {
            layers.subject.as_deref()
        } else {
            layers.header(name)
        }
        .map(|v| v.trim().to_ascii_lowercase())
    };
    let excluded = NOT_AUTO_REPLY
        .iter()
        .any(|(name, needles)| value(name).is_some_and(|v| needles.iter().any(|n| v.contains(n))));
    if excluded {
        return None;
    }
    let auto = AUTO_REPLY_HEADERS
        .iter()
        .any(|(name, starts)| value(name).is_some_and(|v| starts.iter().any(|s| v.starts_with(s))))
        || layers.header("x-autoreply").is_some()
        || layers.header("x-autorespond").is_some()
        || value("subject").is_some_and(|s| {
            [
                "out of office",
                "out of the office",
                "autoreply",
                "auto-reply",
                "automatic reply",
            ]
            .iter()
            .any(|p| s.contains(p))
        });
    if !auto {
        return None;
    }
    // The replier: From:, else Return-Path:.
    let from = layers
        .from
        .clone()
        .filter(|f| !f.is_empty())
        .or_else(|| layers.header("return-path").map(clean_address))
        .unwrap_or_default();
    let words = sweep(
        lower
            .lines()
            .filter(|l| l.contains(' ') && !l.starts_with("content-"))
            .take(5)
            .collect::<Vec<_>>()
            .join(" ")
            .as_str(),
    );
    Some(vec![Raw {
        recipient: from,
        reason: Some("vacation"),
        diagnostic: words,
        ..Raw::default()
    }])
}

// ---- Text bounces ---------------------------------------------------------------------

/// One family of bounces without a DSN.
pub(crate) struct Family {
    pub name: &'static str,
    /// Is this message one of ours? (headers, and the lower-cased text)
    pub detect: fn(&Layers<'_>, &str) -> bool,
    /// Lines after which the error section starts (lower-cased, "contains").
    pub start: &'static [&'static str],
    /// Phrases of the family's own wording and the reason they mean.
    pub hints: &'static [(&'static str, &'static str)],
    /// What the family's module concludes before its wording, from the notice
    /// and a recipient's lower-cased words (`None`: nothing, read the hints).
    pub first: Option<fn(&Layers<'_>, &str) -> Option<&'static str>>,
}

fn from_has(layers: &Layers<'_>, needle: &str) -> bool {
    layers
        .header("from")
        .is_some_and(|v| has_ignoring_case(v, needle))
}

fn subject_has(layers: &Layers<'_>, needle: &str) -> bool {
    layers
        .subject
        .as_deref()
        .is_some_and(|v| has_ignoring_case(v, needle))
}

fn received_has(layers: &Layers<'_>, needle: &str) -> bool {
    layers
        .headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("received") && has_ignoring_case(v, needle))
}

/// Where an Exchange report's section for administrators starts.
const EXCHANGE_SECTIONS: [&str; 4] = [
    "diagnostic information for administrators:",
    "informations de diagnostic pour les administrateurs",
    "informazioni di diagnostica per gli amministratori",
    "diagnostisk information f",
];

pub(crate) const FAMILIES: &[Family] = &[
    Family {
        name: "qmail",
        detect: |l, t| {
            holds(t, "this is the qmail-send program")
                || holds(t, "i'm afraid i wasn't able to deliver your message")
                || received_has(l, "invoked for bounce")
                || subject_has(l, "failure notice") && holds(t, "sorry")
        },
        start: &[
            "i'm afraid i wasn't able to deliver",
            "this is the qmail-send program",
            "unable to deliver your message",
        ],
        // Sisimai/Lhost/qmail.pm, and qmail's own messages (qmail-remote.c: "Sorry,
        // I couldn't find any host named"; qmail-local.c: "This message is looping";
        // qmail-ldap's LDAP errors).
        hints: &[
            ("unable to contact ldap server", "systemerror"),
            ("timeout while talking to ldap server", "systemerror"),
            ("no host by that name", "hostunknown"),
            ("sorry, i couldn't find any host named", "hostunknown"),
            (
                "sorry, i couldn't find any host by that name",
                "hostunknown",
            ),
            (
                "sorry, i wasn't able to establish an smtp connection",
                "networkerror",
            ),
            ("this message is looping", "networkerror"),
            ("sorry, no mailbox here by that name", "userunknown"),
            ("i couldn't find any host named", "hostunknown"),
            ("message is looping", "networkerror"),
            ("mailbox is full", "mailboxfull"),
            (
                "sorry, that domain isn't in my list of allowed rcpthosts",
                "norelaying",
            ),
            (
                "i'm not going to try again; this message has been in the queue too long",
                "expired",
            ),
        ],
        first: Some(qmail_first),
    },
    Family {
        name: "googlegroups",
        // Sisimai/Lhost/GoogleGroups.pm's signs: Google's mailer-daemon, its
        // subject, and both headers (an Exim notice for a group's address is Exim's).
        detect: |l, _| {
            from_has(l, "<mailer-daemon@googlemail.com>")
                && subject_has(l, "delivery status notification")
                && l.header("x-failed-recipients").is_some()
                && l.header("x-google-smtp-source").is_some()
        },
        start: &[],
        hints: &[],
        first: Some(google_groups_first),
    },
    Family {
        name: "gmail",
        detect: |l, t| {
            (from_has(l, "mailer-daemon@googlemail.com") || from_has(l, "mailer-daemon@gmail.com"))
                || holds(t, "delivery to the following recipient")
                    && (holds(t, "google") || holds(t, "gmail"))
        },
        start: &[
            "delivery to the following recipient",
            "delivery of the following message",
        ],
        // Sisimai/Lhost/Gmail.pm (its `(state N)` codes as the labelled samples,
        // from a later Sisimai, read them).
        hints: &[
            ("message will be retried for", "expired"),
            (
                "the recipient server did not accept our requests to connect",
                "expired",
            ),
            ("dns error", "hostunknown"),
            // Google's session states.
            ("(state 6)", "failedstarttls"),
            ("(state 9)", "failedstarttls"),
            ("(state 18)", "filtered"),
        ],
        first: None,
    },
    // Exchange 2007 and later: the recipients and the remote's reply are in the
    // section for administrators (go-sisimai lhost/via-exchange2007.go, its
    // markers in five languages); its RESOLVER/QUEUE codes are its wording.
    Family {
        name: "exchange2007",
        detect: |_, t| EXCHANGE_SECTIONS.iter().any(|m| holds(t, m)),
        start: &EXCHANGE_SECTIONS,
        hints: &[],
        first: None,
    },
    Family {
        name: "exchange2003",
        detect: |_, t| {
            holds(t, "did not reach the following recipient")
                || holds(t, "following recipient(s) could not be reached")
        },
        start: &[
            "did not reach the following recipient",
            "following recipient(s) could not be reached",
        ],
        // MSEXCH diagnostic codes, then the words.
        // Sisimai/Lhost/Exchange2003.pm (`$errorcodes`, then the words).
        hints: &[
            ("(000c05a6)", "userunknown"),
            ("(000c0595)", "filtered"),
            ("(000b099c)", "onhold"),
            ("(000b09aa)", "onhold"),
            ("(000b09b6)", "onhold"),
            ("(00010256)", "systemerror"),
            ("(000d06b5)", "systemerror"),
            ("(00120270)", "networkerror"),
            ("(00050311)", "contenterror"),
            ("(000502cc)", "contenterror"),
            ("(000b0981)", "securityerror"),
            ("the recipient name is not recognized", "userunknown"),
            ("unknown recipient", "userunknown"),
        ],
        first: None,
    },
    Family {
        name: "ezweb",
        detect: |l, t| {
            from_has(l, "ezweb.ne.jp")
                && (holds(t, "the user(s) ")
                    || holds(t, "the following recipients")
                    || holds(t, "was not delivered within"))
        },
        start: &[],
        // Sisimai/Lhost/EZweb.pm.
        hints: &[
            ("the user(s) account is disabled", "suspend"),
            ("the user(s) account is temporarily limited", "suspend"),
            (
                "the user(s) account is temporarily over quota",
                "mailboxfull",
            ),
            ("the user(s) account does not exist", "userunknown"),
            ("was not delivered within", "expired"),
            ("remote host is not responding", "expired"),
            (
                "each of the following recipients was rejected by a remote mail server",
                "onhold",
            ),
        ],
        first: Some(au_first),
    },
    Family {
        name: "notes",
        detect: |_, t| holds(t, "------- failure reasons"),
        start: &["------- failure reasons"],
        // Sisimai/Lhost/Notes.pm and Domino.pm; "No route found to domain" is
        // Notes's router. The Japanese Notes says "not in the directory's list"
        // (Notes.pm, go-sisimai lhost/via-notes.go).
        hints: &[
            ("not listed in public name & address book", "userunknown"),
            ("ディレクトリのリストにありません", "userunknown"),
            ("message has exceeded maximum hop count", "networkerror"),
            ("no route found to domain", "hostunknown"),
        ],
        first: None,
    },
    Family {
        name: "fml",
        detect: |l, _| {
            from_has(l, "-admin@")
                && [
                    "loop alert:",
                    "loop back warning:",
                    "fml system error",
                    "security alert",
                    "not member",
                    "reject mail",
                ]
                .iter()
                .any(|s| subject_has(l, s))
        },
        start: &[],
        hints: &[],
        first: Some(fml_first),
    },
    Family {
        name: "trendmicro",
        detect: |_, t| holds(t, "message from interscan messaging security suite"),
        start: &["message from interscan messaging security suite"],
        // Sisimai/Lhost/InterScanMSS.pm.
        hints: &[("unable to deliver", "userunknown")],
        first: None,
    },
    Family {
        name: "zoho",
        detect: |l, t| {
            (from_has(l, "zoho") || received_has(l, "zoho"))
                && holds(
                    t,
                    "this message was created automatically by mail delivery software",
                )
        },
        start: &["could not be delivered to one or more of its recipients"],
        // Sisimai/Lhost/Zoho.pm; "Mailbox not exist" is Zoho's 550 for an unknown
        // address.
        hints: &[
            ("host not reachable", "expired"),
            ("mailbox not exist", "userunknown"),
        ],
        first: None,
    },
    Family {
        name: "exim",
        detect: |l, t| {
            l.header("x-failed-recipients").is_some()
                || holds(
                    t,
                    "this message was created automatically by mail delivery software",
                )
                || holds(t, "message could not be delivered to one or more of its")
        },
        start: &[
            "the following address(es) failed",
            "could not be delivered to one or more of its",
            "delivery to the following recipient",
            "this message was created automatically by mail delivery software",
            "the following recipients",
        ],
        // Sisimai/Lhost/Exim.pm (exim's deliver.c, route.c, retry.c).
        hints: &[
            ("retry timeout exceeded", "expired"),
            (
                "retry time not reached for any host after a long failure period",
                "expired",
            ),
            (
                "all relevant mx records point to non-existent hosts",
                "hostunknown",
            ),
            ("unrouteable address", "hostunknown"),
            ("mailbox is full", "mailboxfull"),
            ("error in message header", "contenterror"),
            ("too many \"received\" headers", "contenterror"),
            ("user not found", "userunknown"),
        ],
        first: None,
    },
    Family {
        name: "opensmtpd",
        detect: |_, t| holds(t, "this is the mailer-daemon, please do not reply"),
        start: &[
            "following list of recipients",
            "an error has occurred while attempting to deliver",
        ],
        hints: &[],
        first: None,
    },
    Family {
        name: "dragonfly",
        detect: |_, t| holds(t, "dragonfly mail agent"),
        start: &["there was an error delivering your mail"],
        // Sisimai/Lhost/DragonFly.pm.
        hints: &[("dns lookup failure", "hostunknown")],
        first: None,
    },
    Family {
        name: "kddi",
        detect: |l, t| {
            (from_has(l, ".dion.ne.jp") || from_has(l, "ezweb.ne.jp") || received_has(l, "ezweb"))
                && holds(t, "could not be delivered to:")
        },
        start: &["could not be delivered to:"],
        // Sisimai/Lhost/KDDI.pm.
        hints: &[
            ("as their mailbox is full", "mailboxfull"),
            ("due to the following smtp relay error", "norelaying"),
            ("as the remote domain doesnt exist", "hostunknown"),
        ],
        first: Some(au_first),
    },
    Family {
        name: "mfilter",
        detect: |_, t| holds(t, "-------server message"),
        start: &[],
        hints: &[],
        first: None,
    },
    Family {
        name: "text",
        detect: |l, t| looks_like_bounce(l, t),
        start: &[],
        hints: &[],
        first: None,
    },
];

/// Senders of failure notices, lower-cased: the usual daemons, and the names
/// Sisimai's MTA modules claim a notice by (`Lhost/Amavis.pm`, `Courier.pm`,
/// `InterScanMSS.pm`, `OpenSMTPD.pm`, `X1.pm`).
const NOTICE_SENDERS: [&str; 11] = [
    "mailer-daemon",
    "mailer daemon",
    "postmaster",
    "mail delivery",
    "mail deliver system",
    "mail-daemon",
    "mdaemon",
    "post_master",
    "content-filter at ",
    "courier mail server at ",
    "interscan",
];

/// Words of failure notices' subjects, lower-cased: the usual ones, and the
/// subjects Sisimai's MTA modules claim a notice by (each module's `inquire`
/// gate: `Exim.pm`, `Exchange2007.pm`, `Office365.pm`, `MessagingServer.pm`,
/// `PowerMTA.pm`, `Barracuda.pm`, `Sendmail.pm`, `Courier.pm`, `X2.pm`,
/// `X6.pm`, `InterScanMSS.pm`, `MailFoundry.pm`, `Domino.pm`).
const NOTICE_SUBJECTS: [&str; 33] = [
    "undeliver",
    "delivery fail",
    "delivery status",
    "returned mail",
    "failure notice",
    "mail delivery failed",
    "could not be delivered",
    "not delivered",
    "delivery problem",
    "nondeliverable",
    "non-delivery",
    "rejected",
    "bounce",
    "mail system error",
    "warning: could not send",
    "mail failure",
    "message frozen",
    "warning: message ",
    "error(s) in forwarding or filtering",
    "non_remis_",
    "non recapitabile",
    "onbestelbaar",
    "n\u{e3}o_entregue",
    "delivery notification:",
    "delivery report",
    "our bulk email filter",
    "see transcript for details",
    "delayed mail",
    "failure delivery",
    "failed delivery",
    "there was an error sending your mail",
    "delivery has failed",
    // Smail 3's notify.c ("mail failed, returning to sender"), as Sisimai's
    // DeutscheTelekom module claims it
    "mail failed, ",
];

/// Words of a failure notice's text, lower-cased: the usual ones, and the
/// lines Sisimai's MTA modules start reading a notice at (each module's
/// `startingof`), so that a notice is known as one whatever the remote said.
const NOTICE_WORDS: [&str; 32] = [
    "could not be delivered",
    "was not delivered",
    "couldn't be delivered",
    "unable to deliver",
    "delivery has failed",
    "permanent error",
    "following address",
    "following recipient",
    "undeliverable",
    "user unknown",
    "transcript of session follows",
    "invalid user address",
    // Lhost/X6.pm
    "we had trouble delivering your message",
    // Lhost/X3.pm, Outlook.pm
    "this is an automatically generated delivery status notification",
    // Lhost/MessagingServer.pm
    "this report relates to a message you sent",
    // Lhost/SurfControl.pm
    "your message could not be sent",
    // Lhost/Activehunter.pm, McAfee.pm, Biglobe.pm, Sendmail's savemail.c
    "had permanent fatal errors",
    "had delivery problems",
    // Lhost/SendGrid.pm
    "this is an automatically generated message from sendgrid",
    // Lhost/Yahoo.pm
    "we were unable to deliver your message",
    // Lhost/Exim.pm, GMX.pm, EinsUndEins.pm, MXLogic.pm, MailRu.pm
    "this message was created automatically by mail delivery software",
    // Lhost/IMailServer.pm
    "body of message generated response:",
    // Lhost/ApacheJames.pm
    "error message below:",
    // Lhost/Notes.pm
    "------- failure reasons",
    // Lhost/MailMarshalSMTP.pm
    "could not be delivered because of",
    // Lhost/Courier.pm
    "delays in delivering your message",
    // Lhost/X4.pm
    "this is the mail delivery agent at",
    "this is the machine generated message from mail service",
    "su mensaje no pudo ser entregado",
    // Lhost/PowerMTA.pm
    "hello, this is the mail server on",
    // Lhost/Exchange2007.pm
    "diagnostic information for administrators",
    // Smail 3 and Deutsche Telekom's notices (Sisimai's DeutscheTelekom module)
    "failed addresses follow:",
];

/// Headers or wording typical of a delivery failure notice: two of a notice's
/// sender, subject and words (a module's own subject counts with its sender).
fn looks_like_bounce(layers: &Layers<'_>, lower: &str) -> bool {
    let from = layers
        .header("from")
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let subject = layers
        .subject
        .as_deref()
        .map(str::to_lowercase)
        .unwrap_or_default();
    let sender = NOTICE_SENDERS.iter().any(|s| from.contains(s));
    let subject_says = NOTICE_SUBJECTS.iter().any(|s| subject.contains(s));
    // The text is read only when the headers leave it open.
    (sender || subject_says)
        && (sender && subject_says || NOTICE_WORDS.iter().any(|s| holds(lower, s)))
}

/// The notice Sisimai's Lhost/X3.pm reads (an MTA it does not name): from "Mail
/// Delivery System", subject "Delivery status notification"; its `  * a@b` lines
/// are the recipients, and only its `SMTP:`, `Routing: ` and `Diagnostic-Code:
/// smtp; ` lines are their words: a recipient listed without any has none.
fn x3(layers: &Layers<'_>) -> Option<Vec<Raw>> {
    let from = layers.header("from")?;
    let subject = layers.subject.as_deref()?;
    if !from.starts_with("Mail Delivery System")
        || !subject.starts_with("Delivery status notification")
    {
        return None;
    }
    const START: &str = "This is an automatically generated Delivery Status Notification.";
    let start = find(&layers.text, START)? + START.len();
    let mut found: Vec<Raw> = Vec::new();
    for line in layers.text[start..].lines() {
        if let Some(at) = find(line, "  * ")
            && line.find('@').is_some_and(|p| p > 1)
        {
            found.push(Raw {
                recipient: clean_address(&line[at + 4..]),
                ..Raw::default()
            });
            continue;
        }
        let Some(last) = found.last_mut() else {
            continue;
        };
        let words = if line.starts_with("SMTP:") {
            Some(line)
        } else {
            line.strip_prefix("Routing: ")
                .or_else(|| line.strip_prefix("Diagnostic-Code: smtp; "))
        };
        if let Some(words) = words {
            last.diagnostic = words.trim().to_string();
        }
    }
    (!found.is_empty()).then_some(found)
}

/// Mimecast's notice (Sisimai's Go port, lhost/via-mimecast.go, since 5.4.1):
/// known by its subject or Message-ID; each `-- a@b` line names a recipient and
/// the other `-- ` lines after it are its words ("-- 5.4.1 Recipient address
/// rejected: Access denied.").
fn mimecast(layers: &Layers<'_>) -> Option<Vec<Raw>> {
    let subject = layers.subject.as_deref().unwrap_or("");
    let message_id = layers.header("message-id").unwrap_or("");
    if !subject.contains("Email Delivery Failure") && !message_id.ends_with(".mimecast.lan>") {
        return None;
    }
    let mut found: Vec<Raw> = Vec::new();
    for line in layers.text.lines() {
        let Some(rest) = line.strip_prefix("-- ").map(str::trim) else {
            continue;
        };
        if !rest.contains(' ') && is_address(&clean_address(rest)) {
            found.push(Raw {
                recipient: clean_address(rest),
                ..Raw::default()
            });
        } else if let Some(last) = found.last_mut() {
            if !last.diagnostic.is_empty() {
                last.diagnostic.push(' ');
            }
            last.diagnostic.push_str(rest);
        }
    }
    (!found.is_empty()).then_some(found)
}

/// Postfix's notice to its postmaster about a client's session
/// (smtpd_chat.c: "Postfix SMTP server: errors from ..."): the transcript's
/// `In:` commands and `Out:` replies. Each `RCPT TO` names a recipient; the
/// first reply of 400 or more after it is its failure, and the command that
/// drew the session's first such reply is everyone's (go-sisimai
/// lhost/via-postfix.go). A recipient the server accepted keeps no words.
fn postfix_session(layers: &Layers<'_>) -> Option<Vec<Raw>> {
    let subject = layers.subject.as_deref().unwrap_or("");
    if !subject.contains("SMTP server: errors from ") {
        return None;
    }
    let mut found: Vec<Raw> = Vec::new();
    let mut command = String::new();
    let mut failing_command: Option<String> = None;
    // The reply being read when it failed: its code, and whether it continues.
    let mut failure: Option<String> = None;
    // A long command goes on over indented lines: `In:  RCPT` + `     TO:<a@b>`.
    let mut recipient_pending = false;
    let bracketed = |text: &str| {
        text.split_once('<')
            .and_then(|(_, rest)| rest.split_once('>'))
            .map(|(address, _)| clean_address(address))
            .filter(|address| is_address(address))
    };
    for line in layers.text.lines() {
        let line = line.trim_start();
        let sent = line.strip_prefix("In:").map(str::trim);
        if let Some(sent) = sent {
            failure = None;
            command = sent
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            recipient_pending = command == "RCPT";
        }
        if recipient_pending
            && !line.starts_with("Out:")
            && let Some(address) = bracketed(sent.unwrap_or(line))
        {
            recipient_pending = false;
            found.push(Raw {
                recipient: address,
                ..Raw::default()
            });
        }
        if let Some(reply) = line.strip_prefix("Out:") {
            recipient_pending = false;
            let reply = reply.trim();
            let code = reply
                .get(..3)
                .filter(|c| c.bytes().all(|b| b.is_ascii_digit()));
            let Some(code) = code.filter(|c| *c >= "400") else {
                failure = None;
                continue;
            };
            failing_command.get_or_insert_with(|| command.clone());
            let Some(raw) = found.last_mut() else {
                continue;
            };
            // One reply's lines (`550-...`, `550 ...`) are one diagnostic.
            if raw.diagnostic.is_empty() || failure.as_deref() == Some(code) {
                if !raw.diagnostic.is_empty() {
                    raw.diagnostic.push(' ');
                }
                raw.diagnostic.push_str(reply);
                failure = Some(code.to_string());
            }
        }
    }
    let failing_command = failing_command?;
    for raw in &mut found {
        raw.command.clone_from(&failing_command);
    }
    (!found.is_empty()).then_some(found)
}

/// A Google Groups notice says a group refused the message when it lists the
/// four reasons a group may have (four `*` lines); otherwise it decides
/// nothing (Sisimai/Lhost/GoogleGroups.pm).
fn google_groups_first(layers: &Layers<'_>, _: &str) -> Option<&'static str> {
    let text = &layers.text;
    let notice = text
        .split("----- Original message -----")
        .next()
        .unwrap_or(text);
    let bullets = notice
        .lines()
        .filter(|l| l.strip_prefix(' ').unwrap_or(l).starts_with('*'))
        .count();
    Some(if bullets == 4 { "rejected" } else { "onhold" })
}

/// fml's notices (Sisimai/Lhost/FML.pm, lower-cased): the words of the error
/// first (`$errortable`), else the subject fml gave the notice (`$errortitle`).
fn fml_first(layers: &Layers<'_>, diagnostic: &str) -> Option<&'static str> {
    const IN_THE_ERROR: &[(&str, &str)] = &[
        (" header may cause mail loop", "rejected"),
        ("not member article from ", "rejected"),
        ("reject mail from ", "rejected"),
        ("reject spammers:", "rejected"),
        ("you are not a member of this mailing list", "rejected"),
        (" has detected a loop condition so that", "systemerror"),
        ("duplicated message-id", "systemerror"),
        ("loop back warning:", "systemerror"),
        ("security alert:", "securityerror"),
    ];
    const IN_THE_SUBJECT: &[(&str, &str)] = &[
        (" are not member", "rejected"),
        ("not member article from ", "rejected"),
        ("reject mail ", "rejected"),
        ("spam mail from a spammer is rejected", "rejected"),
        ("fml system error message", "systemerror"),
        ("loop alert: ", "systemerror"),
        ("loop back warning: ", "systemerror"),
        ("warning: unix from loop", "systemerror"),
        ("security alert", "securityerror"),
    ];
    let subject = layers.subject.as_deref().unwrap_or("").to_ascii_lowercase();
    IN_THE_ERROR
        .iter()
        .find(|(words, _)| diagnostic.contains(words))
        .or_else(|| {
            IN_THE_SUBJECT
                .iter()
                .find(|(words, _)| subject.contains(words))
        })
        .map(|(_, reason)| *reason)
}

/// A recipient qmail-remote saw refused and qmail-send then kept queued until
/// it gave up: neither decides, the general rules read the remote's words
/// (Sisimai/Lhost/qmail.pm's `$onholdpair`).
fn qmail_first(_: &Layers<'_>, diagnostic: &str) -> Option<&'static str> {
    const REFUSED_THEN_QUEUED: [&str; 2] = [
        " does not like recipient.",
        "this message has been in the queue too long.",
    ];
    super::text::aligned(diagnostic, &REFUSED_THEN_QUEUED).then_some("onhold")
}

/// au (KDDI, EZweb): its spam filter marks the notices it writes with
/// `X-SPASIGN: NG`; a refusal at RCPT is the mailbox's (Sisimai/Lhost/KDDI.pm
/// and EZweb.pm, before their wording).
fn au_first(layers: &Layers<'_>, diagnostic: &str) -> Option<&'static str> {
    if layers.header("x-spasign").is_some_and(|v| v.trim() == "NG") {
        return Some("filtered");
    }
    (super::extract::command_in_lower(diagnostic) == Some("RCPT")).then_some("userunknown")
}

fn text_bounce(layers: &Layers<'_>, lower: &str, family: &Family) -> Vec<Raw> {
    let mut found = if family.name == "googlegroups" {
        failed_recipients(layers)
            .into_iter()
            .map(|a| Raw {
                recipient: a,
                diagnostic: layers.text.clone(),
                ..Raw::default()
            })
            .collect()
    } else {
        generic_scan(layers, lower, family.start)
    };
    // mFILTER names the command on the line after `-------SMTP command`.
    static SMTP_COMMAND: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("-------smtp command"));
    if let Some(at) = SMTP_COMMAND.find(lower.as_bytes()) {
        let next = lower[at..]
            .lines()
            .nth(1)
            .unwrap_or("")
            .trim()
            .to_ascii_uppercase();
        if let Some(command) = super::extract::command_in(&format!(">>> {next}")) {
            for raw in found.iter_mut().filter(|r| r.command.is_empty()) {
                raw.command = command.to_string();
            }
        }
    }
    // Google's text bounces quote the remote's words after this line.
    const QUOTED: &str = "the error that the other server returned was:";
    static QUOTED_LINE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(QUOTED));
    let quoted_in = |text: &str| QUOTED_LINE.find(text.to_ascii_lowercase().as_bytes());
    if found.len() == 1
        && quoted_in(&found[0].diagnostic).is_none()
        && let Some(at) = QUOTED_LINE.find(lower.as_bytes())
    {
        let rest = layers
            .text
            .get(at + QUOTED.len()..)
            .unwrap_or("")
            .trim_start();
        let words = rest.split("\n\n").next().unwrap_or("").trim();
        if !words.is_empty() {
            found[0].diagnostic = words.to_string();
        }
    }
    for raw in &mut found {
        if let Some(at) = quoted_in(&raw.diagnostic) {
            let words = raw.diagnostic[at + QUOTED.len()..].trim().to_string();
            if !words.is_empty() {
                raw.diagnostic = words;
            }
        }
    }
    for raw in &mut found {
        let diag = raw.diagnostic.to_ascii_lowercase();
        if let Some(reason) = family.first.and_then(|first| first(layers, &diag)) {
            raw.reason = Some(reason);
        } else if let Some((_, reason)) = family.hints.iter().find(|(p, _)| short_holds(&diag, p)) {
            raw.reason = Some(reason);
        }
    }
    found
}

/// A Sendmail transcript holding the server's replies (`<<< 554 ...`) and no
/// command of ours (`>>> ...`): the server refused the session at its greeting or
/// our EHLO (Sisimai's Lhost/Sendmail.pm reads it as EHLO).
fn refused_before_any_command(lower: &str) -> bool {
    // `mark` with the newline before it: found anywhere, or first in the text.
    let at_line_start = |mark: &str| {
        lower.starts_with(&mark[1..])
            || memchr::memmem::find(lower.as_bytes(), mark.as_bytes()).is_some()
    };
    at_line_start("\n<<< ") && !at_line_start("\n>>> ")
}

/// An address that stands for a whole line: `<a@b>:`, `a@b`, `a@b:` ... and the rest.
fn recipient_line(line: &str) -> Option<(String, &str)> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return None;
    }
    let (head, rest) = match trimmed.find(|c: char| c.is_whitespace()) {
        Some(at) => (&trimmed[..at], trimmed[at..].trim()),
        None => (trimmed, ""),
    };
    if !head.contains('@') {
        return None;
    }
    let head_clean = clean_address(head);
    if !is_address(&head_clean) {
        return None;
    }
    // "a@b" alone, "<a@b>:" with or without text after it, "a@b: text".
    let bracketed_or_colon = head.ends_with(':') || head.starts_with('<');
    if rest.is_empty() || bracketed_or_colon {
        return Some((head_clean, rest));
    }
    if rest.starts_with('(') || rest.starts_with('<') || rest.starts_with('[') {
        return Some((head_clean, rest));
    }
    // Smail 3 (notify.c): ` a@b ... failed: words`, ` a@b ... unknown host`.
    if let Some(words) = rest.strip_prefix("... ") {
        return Some((head_clean, words.trim()));
    }
    // Exchange: `a@b on Thu, 29 Apr 2010 00:00:00 -0000`, the words on the next lines.
    if rest.len() > 3
        && rest
            .get(..3)
            .is_some_and(|head| head.eq_ignore_ascii_case("on "))
        && rest.bytes().any(|b| b.is_ascii_digit())
    {
        return Some((head_clean, ""));
    }
    None
}

/// A sendmail transcript line about one recipient: `550 5.1.1 <a@b>... User unknown`.
fn transcript_line(line: &str) -> Option<String> {
    let t = line.trim_start();
    let code = t.get(..3)?;
    if !code.bytes().all(|b| b.is_ascii_digit()) || !matches!(code.as_bytes()[0], b'4' | b'5') {
        return None;
    }
    let rest = t[3..].trim_start_matches(['-', ' ']);
    let rest = match rest.split_once(' ') {
        Some((first, after)) if super::status::is_status(first) => after,
        _ => rest,
    };
    let (head, _) = rest.split_once("...")?;
    let address = clean_address(head);
    (is_address(&address) && !head.trim().contains(' ')).then_some(address)
}

/// The generic text scanner shared by the families.
fn generic_scan(layers: &Layers<'_>, lower: &str, start: &[&str]) -> Vec<Raw> {
    let text = &layers.text;
    let mut begin = 0;
    if !start.is_empty() {
        let mut offset = 0;
        for line in lower.split_inclusive('\n') {
            if start.iter().any(|s| line.contains(s)) {
                begin = offset;
                break;
            }
            offset += line.len();
        }
    }
    let section = text.get(begin..).unwrap_or(text);
    let mut out: Vec<Raw> = Vec::new();
    let mut open = false;
    // A session transcript: the last command sent and the replies since the last recipient.
    let (mut command, mut replies) = ("", String::new());
    // The lines since the last recipient: some notices give the words first.
    let mut before = String::new();
    let mut words_before: Vec<String> = Vec::new();
    let (mut session_command, mut in_session) = (String::new(), Vec::<usize>::new());
    // How far the open recipient's own line is indented: deeper lines are its
    // words, whatever addresses they quote (Exim indents the address by two and
    // the remote's reply by four: "553 5.1.8 <sender@...>... Domain of sender").
    let mut open_indent = 0;
    for line in section.lines() {
        let trimmed = line.trim_start();
        if open
            && !trimmed.is_empty()
            && line.len() - trimmed.len() > open_indent
            && let Some(last) = out.last_mut()
            && !last.diagnostic.trim().is_empty()
        {
            last.diagnostic.push('\n');
            last.diagnostic.push_str(line.trim());
            continue;
        }
        if starts_with_ignore_case(trimmed, "while talking to") {
            command = "";
            replies.clear();
        }
        // Postfix's own session log: ` In:  RCPT TO:<a@b>`, ` Out: 451 4.3.0 ...`.
        if let Some(sent) = trimmed.strip_prefix("In:") {
            let sent = sent.trim();
            let verb = sent
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            session_command = match verb.as_str() {
                "EHLO" | "HELO" | "MAIL" | "RCPT" | "DATA" | "STARTTLS" | "AUTH" => verb,
                _ => String::new(),
            };
            if session_command == "RCPT"
                && let Some(address) = first_address_in(sent.get(8..).unwrap_or(""))
            {
                out.push(Raw {
                    recipient: address,
                    ..Raw::default()
                });
                in_session.push(out.len() - 1);
            }
            open = false;
            continue;
        }
        if let Some(reply) = trimmed.strip_prefix("Out:") {
            let reply = reply.trim();
            if reply.starts_with(['4', '5']) {
                for &at in &in_session {
                    out[at].diagnostic = reply.to_string();
                    out[at].command = session_command.clone();
                }
            }
            continue;
        }
        if let Some(sent) = trimmed.strip_prefix(">>>") {
            command = super::extract::command_in(&format!(">>> {}", sent.trim())).unwrap_or("");
            continue;
        }
        if trimmed.starts_with("<<<") {
            replies.push_str(trimmed);
            replies.push('\n');
            continue;
        }
        if let Some(address) = transcript_line(line) {
            // The words of the recipient just named: they belong to it.
            if open
                && let Some(last) = out.last_mut()
                && clean_address(&last.recipient) == address
            {
                last.diagnostic.push('\n');
                last.diagnostic.push_str(trimmed);
                continue;
            }
            // Replies with no command of ours before them: refused at EHLO.
            let command = if command.is_empty() && !replies.is_empty() {
                "EHLO"
            } else {
                command
            };
            out.push(Raw {
                recipient: address,
                diagnostic: format!("{replies}{trimmed}"),
                command: command.to_string(),
                ..Raw::default()
            });
            replies.clear();
            open = false;
            continue;
        }
        // Verizon, Apache James: `Message details: ... RCPT TO: a@b`, the error above.
        if out.is_empty()
            && let Some((label, value)) = trimmed.split_once(':')
            && label.eq_ignore_ascii_case("rcpt to")
            && is_address(&clean_address(value))
        {
            let upto = find(section, line).unwrap_or(0);
            let upto =
                find(&section[..upto].to_ascii_lowercase(), "message details:").unwrap_or(upto);
            out.push(Raw {
                recipient: clean_address(value),
                diagnostic: section[..upto].to_string(),
                ..Raw::default()
            });
            open = false;
            continue;
        }
        // `Recipient address: a@b` (Messaging Server), `Original address:` when the
        // first is a route (`@relay:local@host`).
        if let Some((label, value)) = trimmed.split_once(':')
            && (label.eq_ignore_ascii_case("recipient address")
                || label.eq_ignore_ascii_case("original address"))
        {
            let address = clean_address(value);
            let replace = label.eq_ignore_ascii_case("original address")
                && out
                    .last()
                    .is_some_and(|r| !is_address(&clean_address(&r.recipient)));
            if replace && let Some(last) = out.last_mut() {
                last.recipient = address;
            } else {
                out.push(Raw {
                    recipient: value.trim().to_string(),
                    ..Raw::default()
                });
            }
            open = true;
            continue;
        }
        // Smail's section banners (`|---- Message text follows: ----|`) end one.
        if trimmed.starts_with("|---") {
            open = false;
            continue;
        }
        if let Some((address, rest)) = recipient_line(line) {
            // Postfix folds "host ... said: 550 <a@b>: User unknown" so that a
            // line starts with the address it is about: the words go on.
            if open
                && let Some(last) = out.last_mut()
                && clean_address(&last.recipient) == address
                && !last.diagnostic.trim().is_empty()
            {
                last.diagnostic.push('\n');
                last.diagnostic.push_str(line.trim());
                continue;
            }
            out.push(Raw {
                recipient: address,
                diagnostic: rest.to_string(),
                ..Raw::default()
            });
            words_before.resize(out.len() - 1, String::new());
            words_before.push(std::mem::take(&mut before));
            open = true;
            open_indent = line.len() - trimmed.len();
            continue;
        }
        // A banner (`------- Failure Reasons --------`) heads the words, it is not one.
        if !open && !trimmed.starts_with("---") {
            before.push_str(trimmed);
            before.push('\n');
        }
        if line.trim().is_empty() {
            // `Remote host said:` and other lead-ins: the words follow the blank line.
            if let Some(last) = out.last()
                && !last.diagnostic.trim().is_empty()
                && !last.diagnostic.trim_end().ends_with(':')
            {
                open = false;
            }
            continue;
        }
        if open && let Some(last) = out.last_mut() {
            last.diagnostic.push('\n');
            last.diagnostic.push_str(line.trim());
        }
    }
    for (raw, words) in out.iter_mut().zip(&words_before) {
        if raw.diagnostic.trim().is_empty() && !words.trim().is_empty() {
            raw.diagnostic = words.clone();
        } else if super::status::find_reply(&raw.diagnostic).is_none()
            && super::status::find_reply(words).is_some()
        {
            // The reply is above the address, the notice's boilerplate below it.
            raw.diagnostic = format!("{words}\n{}", raw.diagnostic);
        }
    }
    // No address on a line of its own: the first address in the section that
    // is not the notice's own addressee (the sender it returns the message
    // to, quoted in the copy), with the whole section as the diagnostic.
    if out.is_empty() {
        let failed = failed_recipients(layers);
        let addressee = layers
            .header("to")
            .and_then(first_address_in)
            .unwrap_or_default();
        let candidates: Vec<String> = if failed.iter().any(|a| is_address(a)) {
            failed
        } else {
            addresses_in(section)
                .find(|a| !a.eq_ignore_ascii_case(&addressee))
                .into_iter()
                .collect()
        };
        for address in candidates.into_iter().filter(|a| is_address(a)) {
            out.push(Raw {
                recipient: address,
                diagnostic: section.to_string(),
                ..Raw::default()
            });
        }
    }
    // Still nobody: the notice is about the message it returns, sent to its `To:`.
    if out.is_empty()
        && let Some(to) = layers.original.to.as_deref()
        && is_address(&clean_address(to))
    {
        out.push(Raw {
            recipient: clean_address(to),
            diagnostic: section.to_string(),
            ..Raw::default()
        });
    }
    // Several lines naming the same recipient: keep the first.
    let mut seen = std::collections::HashSet::new();
    out.retain(|r| seen.insert(clean_address(&r.recipient)));
    out
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The first `<addr>` or bare address in a text.
fn first_address_in(text: &str) -> Option<String> {
    addresses_in(text).next()
}

/// The addresses in `text`, in order.
fn addresses_in(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|word| word.contains('@'))
        .map(|word| {
            let inner = match (word.find('<'), word.rfind('>')) {
                (Some(a), Some(b)) if a < b => &word[a + 1..b],
                _ => word,
            };
            clean_address(inner)
        })
        .filter(|address| is_address(address))
}

/// The addresses of an `X-Failed-Recipients:` header (Exim, Google).
fn failed_recipients(layers: &Layers<'_>) -> Vec<String> {
    layers
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("x-failed-recipients"))
        .flat_map(|(_, v)| v.split(',').map(clean_address).collect::<Vec<_>>())
        .filter(|a| is_address(a))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::recipient_line;

    #[test]
    fn a_recipient_line_with_any_bytes_after_the_address_is_read_without_a_panic() {
        // Three bytes into the words a character is not over: no `on ` date there.
        assert_eq!(recipient_line("user@example.com /\u{FFFD} 1.com"), None);
        assert_eq!(
            recipient_line("user@example.com on Thu, 29 Apr 2010 00:00:00 -0000"),
            Some(("user@example.com".to_string(), ""))
        );
    }
}
