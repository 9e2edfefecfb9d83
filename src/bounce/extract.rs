//! The MIME layer: from a parsed message to the pieces the recognisers read,
//! the human-readable text, the delivery-status and feedback parts, and the
//! headers of the message that bounced.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use mail_parser::{Address, HeaderName, Message, MessageParser, MimeHeaders, PartType};

use super::Original;

/// Lines that start the copy of the original message in a text bounce.
const ORIGINAL_MARKERS: &[&str] = &[
    "--- below this line is a copy of the message",
    "------ this is a copy of the message, including all the headers",
    "------ this is a copy of the message's headers",
    "------ this is a copy of the body of the message",
    "below is a copy of the original message",
    "message headers follow",
    "----- original message -----",
    "--- original message follows",
    "original message follows",
    "------ original message ------",
    "-----original message-----",
    "------- returned message --------",
    "----- the following is the original message",
    "--- the header of the original message is following",
    "----- unsent message follows -----",
    "   ----- unsent message follows -----",
    "----- original message headers -----",
    "------ original message header ------",
    "the original message headers follow",
    "content-type: message/rfc822",
    "content-type: text/rfc822-headers",
    "----- the header of the original message",
    "original message header:",
    "------------------- original message headers",
];

/// One parser for every message: MIME headers and the few the report shows are
/// structured; everything else (Received: above all) is kept raw, unparsed.
pub(crate) static PARSER: LazyLock<MessageParser> = LazyLock::new(|| {
    MessageParser::new()
        .with_mime_headers()
        .header_text(HeaderName::Subject)
        .header_address(HeaderName::From)
        .header_address(HeaderName::To)
        .header_id(HeaderName::MessageId)
});

pub(crate) struct Layers {
    /// The bounce's own headers, as raw `name: value` text (lower-cased names).
    pub headers: Vec<(String, String)>,
    /// Human-readable text of the notice (the original message cut off).
    pub text: String,
    /// Bodies of `message/delivery-status` (and `global-delivery-status`) parts.
    pub dsn: Vec<String>,
    /// Body of a `message/feedback-report` part.
    pub feedback: Option<String>,
    pub original: Original,
    pub subject: Option<String>,
    pub from: Option<String>,
    /// `multipart/report; report-type=...`.
    pub report_type: Option<String>,
}

impl Layers {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn of(message: &Message<'_>) -> Layers {
        // Only the headers the recognisers read are copied.
        const WANTED: [&str; 7] = [
            "from",
            "x-failed-recipients",
            "auto-submitted",
            "x-autoreply",
            "x-autorespond",
            "received",
            "precedence",
        ];
        let headers: Vec<(String, String)> = message
            .headers_raw()
            .filter(|(n, _)| WANTED.iter().any(|w| n.eq_ignore_ascii_case(w)))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let subject = message.subject().map(str::to_string);
        let from = message.from().and_then(first_address);
        let report_type = message
            .content_type()
            .filter(|ct| ct.ctype().eq_ignore_ascii_case("multipart"))
            .and_then(|ct| ct.attribute("report-type"))
            .map(str::to_ascii_lowercase);
        let mut text = String::new();
        let mut html = String::new();
        let mut dsn = Vec::new();
        let mut feedback = None;
        let mut original: Option<Original> = None;
        let mut original_text = None;
        for part in &message.parts {
            let (ctype, subtype) = match part.content_type() {
                Some(ct) => (
                    ct.ctype().to_ascii_lowercase(),
                    ct.subtype().unwrap_or("").to_ascii_lowercase(),
                ),
                None => ("text".to_string(), "plain".to_string()),
            };
            match (ctype.as_str(), subtype.as_str()) {
                ("multipart", _) => {}
                ("message", s) if s.contains("delivery-status") => {
                    dsn.push(String::from_utf8_lossy(part.contents()).into_owned());
                }
                ("text", s) if s.contains("delivery-status") => {
                    dsn.push(String::from_utf8_lossy(part.contents()).into_owned());
                }
                ("message", "feedback-report") => {
                    feedback = Some(String::from_utf8_lossy(part.contents()).into_owned());
                }
                ("message", "rfc822" | "global" | "partial") if original.is_none() => {
                    if let PartType::Message(nested) = &part.body {
                        original = Some(original_of(nested));
                    } else {
                        original_text = Some(String::from_utf8_lossy(part.contents()).into_owned());
                    }
                }
                ("text", "rfc822-headers" | "rfc822-header")
                | ("message", "global-headers" | "rfc822-headers")
                    if original.is_none() && original_text.is_none() =>
                {
                    original_text = Some(String::from_utf8_lossy(part.contents()).into_owned());
                }
                ("text", "html") => {
                    if let Some(body) = part.text_contents() {
                        html.push_str(&html_to_text(body));
                        html.push('\n');
                    }
                }
                ("text", _) => {
                    if let Some(body) = part.text_contents() {
                        text.push_str(body);
                        text.push('\n');
                    }
                }
                _ => {}
            }
        }
        if text.trim().is_empty() {
            text = html;
        }
        // A multipart whose boundary never appears: its whole body is the notice.
        if text.trim().is_empty() && dsn.is_empty() && original.is_none() {
            let root = message.root_part();
            let start = (root.offset_body as usize).min(message.raw_message().len());
            text = String::from_utf8_lossy(&message.raw_message()[start..]).into_owned();
        }
        // A text bounce carries the original after a marker line: cut it off.
        if let Some(at) = find_marker(&text) {
            let rest = text[at..].split_once('\n').map_or("", |(_, r)| r);
            if original.is_none() && original_text.is_none() {
                original_text = Some(rest.trim_start_matches(['\n', '\r']).to_string());
            }
            text.truncate(at);
        }
        let original = match (original, &original_text) {
            (Some(o), _) => o,
            (None, Some(headers)) => original_from_text(headers),
            (None, None) => Original::default(),
        };
        Layers {
            headers,
            text,
            dsn,
            feedback,
            original,
            subject,
            from,
            report_type,
        }
    }
}

fn find_marker(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut offset = 0;
    for line in lower.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty()
            && ORIGINAL_MARKERS
                .iter()
                .any(|m| trimmed.starts_with(m.trim()))
        {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

fn first_address(address: &Address<'_>) -> Option<String> {
    address
        .first()
        .and_then(|a| a.address.as_deref())
        .map(str::to_string)
}

fn original_of(nested: &Message<'_>) -> Original {
    Original {
        message_id: nested.message_id().map(|id| id.to_string()),
        subject: nested.subject().map(str::to_string),
        from: nested.from().and_then(first_address),
        to: nested.to().and_then(first_address),
    }
}

/// The headers of a returned message given as text (headers only, or a copy).
fn original_from_text(text: &str) -> Original {
    let head = text.trim_start();
    match PARSER.parse_headers(head.as_bytes()) {
        Some(parsed) => {
            let message_id = parsed
                .header(HeaderName::MessageId)
                .and_then(|v| v.as_text())
                .map(str::to_string);
            let message_id = message_id.or_else(|| parsed.message_id().map(str::to_string));
            Original {
                message_id,
                subject: parsed.subject().map(str::to_string),
                from: parsed.from().and_then(first_address),
                to: parsed.to().and_then(first_address),
            }
        }
        None => Original::default(),
    }
}

/// Tags out, entities decoded (the few bounce notices use), lines kept.
fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                let name = tag.trim_start_matches('/').to_ascii_lowercase();
                if ["br", "p", "div", "tr", "li", "table", "h1", "h2", "h3"]
                    .iter()
                    .any(|t| name.starts_with(t))
                {
                    out.push('\n');
                } else if name.starts_with("td") {
                    out.push(' ');
                }
            }
            _ if in_tag => tag.push(c),
            _ => out.push(c),
        }
    }
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// What a notice says about the SMTP command a failure followed.
const COMMANDS: &[(&str, &str)] = &[
    ("in reply to rcpt to", "RCPT"),
    ("after rcpt to", "RCPT"),
    ("our rcpt to", "RCPT"),
    (">>> rcpt to", "RCPT"),
    ("rcpt to:", "RCPT"),
    ("rcpt to <", "RCPT"),
    ("after rcpt command", "RCPT"),
    ("[rcpt_to]", "RCPT"),
    ("does not like recipient", "RCPT"),
    ("most progress was rcpt to", "RCPT"),
    ("smtp:rcpt host", "RCPT"),
    ("does not like sender", "MAIL"),
    ("most progress was mail from", "MAIL"),
    ("refused to talk to me", "HELO"),
    ("[mail_from]", "MAIL"),
    ("in reply to mail from", "MAIL"),
    ("after mail from", "MAIL"),
    ("our mail from", "MAIL"),
    (">>> mail from", "MAIL"),
    ("mail from:", "MAIL"),
    ("in reply to end of data", "DATA"),
    ("after end of data", "DATA"),
    ("in reply to data", "DATA"),
    ("our final data", "DATA"),
    ("our data", "DATA"),
    ("after data", "DATA"),
    (">>> data", "DATA"),
    ("in reply to ehlo", "EHLO"),
    ("after ehlo", "EHLO"),
    ("our ehlo", "EHLO"),
    ("in reply to helo", "HELO"),
    ("after helo", "HELO"),
    ("starttls", "STARTTLS"),
    ("after initial connection", "CONN"),
    ("greeting", "CONN"),
];

static COMMAND_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(COMMANDS.iter().map(|(p, _)| p))
        .expect("the command phrases compile")
});

/// The SMTP command a failure followed, as the text tells it (the first mention).
pub(crate) fn command_in(text: &str) -> Option<&'static str> {
    COMMAND_FINDER
        .find(text)
        .map(|m| COMMANDS[m.pattern().as_usize()].1)
}

/// A remote host named in the diagnostic: `host mx.example.com[...] said`.
pub(crate) fn host_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    for lead in ["host ", "remote host ", "from "] {
        let mut search = 0;
        while let Some(at) = lower[search..].find(lead) {
            let start = search + at + lead.len();
            let word: String = lower[start..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
                .collect();
            if word.contains('.')
                && word.chars().any(|c| c.is_ascii_alphabetic())
                && !word.ends_with('.')
            {
                return Some(word);
            }
            search = start;
        }
    }
    None
}
