//! The MIME layer: from a parsed message to the pieces the recognisers read,
//! the human-readable text, the delivery-status and feedback parts, and the
//! headers of the message that bounced.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use mail_parser::{Address, HeaderName, Message, MessageParser, MimeHeaders, PartType};
use serde::Serialize;

/// The headers of the message that bounced, when the bounce carries them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Original {
    pub message_id: Option<String>,
    pub subject: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// The recipient as the mailbox provider recorded it on delivery
    /// (Microsoft's `X-HmXmrOriginalRecipient`): what a complaint about the
    /// message names when its To: says someone else, or nobody.
    #[serde(skip)]
    pub provider_recipient: Option<String>,
}

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
    // fml (Sisimai/Lhost/FML.pm's boundary)
    "original mail as follows:",
];

/// One parser for every message ([`Prepared::for_parser`]): MIME headers and
/// the few the report shows are structured, anything else skipped. The
/// recognisers read the bounce's own fields raw ([`Prepared::headers`]).
pub(crate) static PARSER: LazyLock<MessageParser> = LazyLock::new(|| {
    MessageParser::new()
        .with_mime_headers()
        .header_text(HeaderName::Subject)
        .header_address(HeaderName::From)
        .header_address(HeaderName::To)
        .header_id(HeaderName::MessageId)
        .default_header_ignore()
});

/// One field of a header block: its name, and where its value and the whole
/// field (name to the line break that ends it, folded lines included) lie.
struct Field<'a> {
    name: &'a [u8],
    value: std::ops::Range<usize>,
    whole: std::ops::Range<usize>,
}

/// The fields of the header block at `from` in `raw`, read as mail-parser
/// reads them: a line with no colon is skipped, a blank (or blank-looking)
/// line ends the block. `body` is where the body starts once the block has
/// been read to its end (`None`: the block runs to the end of the message).
struct Fields<'a> {
    raw: &'a [u8],
    at: usize,
    body: Option<usize>,
}

impl<'a> Fields<'a> {
    fn of(raw: &'a [u8], from: usize) -> Fields<'a> {
        Fields {
            raw,
            at: from,
            body: None,
        }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = Field<'a>;

    fn next(&mut self) -> Option<Field<'a>> {
        let raw = self.raw;
        loop {
            // Blanks before a name are skipped; a line break there ends the block.
            while self.at < raw.len() && raw[self.at] != b'\n' && raw[self.at].is_ascii_whitespace()
            {
                self.at += 1;
            }
            match raw.get(self.at) {
                None => return None,
                Some(b'\n') => {
                    self.body = Some(self.at + 1);
                    self.at = raw.len();
                    return None;
                }
                Some(_) => {}
            }
            let start = self.at;
            let line_end = memchr::memchr(b'\n', &raw[start..]).map_or(raw.len(), |p| start + p);
            let Some(colon) = memchr::memchr(b':', &raw[start..line_end]).map(|p| start + p) else {
                self.at = (line_end + 1).min(raw.len());
                continue;
            };
            // Folded lines (a space or tab after the line break) belong to the field.
            let mut end = line_end;
            while end < raw.len() && matches!(raw.get(end + 1), Some(b' ' | b'\t')) {
                end = memchr::memchr(b'\n', &raw[end + 1..]).map_or(raw.len(), |p| end + 1 + p);
            }
            let end = (end + 1).min(raw.len());
            self.at = end;
            return Some(Field {
                name: raw[start..colon].trim_ascii(),
                value: colon + 1..end,
                whole: start..end,
            });
        }
    }
}

/// What a message gives the MIME parser and the recognisers.
pub(crate) struct Prepared<'a> {
    /// The message's own header fields the recognisers read (`WANTED`), raw
    /// `name: value` text borrowed from the message, in their order.
    pub headers: Vec<(&'a str, &'a str)>,
    /// The message as the MIME parser needs it: of its own header block only
    /// the fields that shape the MIME structure or that the report shows; of
    /// each attached `message/rfc822` (or `message/global`) part only the
    /// headers the report shows (Message-ID, Subject, From, To), without its
    /// body. Received:, DKIM and ARC fields (a third of a bounce's bytes) and
    /// the returned message's body (quoted-printable, charsets, nested parts)
    /// are never parsed, nor an HTML part beside plain text that says
    /// something. Encoded attachments are kept whole.
    pub for_parser: Vec<u8>,
    /// The plain-text parts that say something and the report parts, handed
    /// to the parser with an empty body: where that body starts in
    /// `for_parser`, and the part's bytes as the parser reads them
    /// ([`Part::text_as_read`]). The parser looks for a part's end, and
    /// checks its UTF-8, a byte at a time.
    pub kept_bodies: Vec<(usize, Cow<'a, [u8]>)>,
}

/// The bounce's own header fields the recognisers read.
const WANTED: [&str; 27] = [
    "from",
    "x-apple-unsubscribe",
    "x-amz-sns-message-id",
    "to",
    "return-path",
    "x-apple-action",
    "x-failed-recipients",
    "auto-submitted",
    "x-autoreply",
    "x-autorespond",
    "received",
    "precedence",
    // The MTAs' signs (lhost.rs).
    "message-id",
    "content-type",
    "reply-to",
    "x-gmx-antispam",
    "x-google-smtp-source",
    "x-mx-bounce",
    "x-mxl-hash",
    "x-mxl-notehash",
    "x-msg-ref",
    "x-ses-outgoing",
    "x-mailer",
    "x-original-mailer",
    "x-zohomail",
    // Other MTAs' signs (lhost.rs, OTHER_SIGNS).
    "x-ahmailid",
    // au's spam filter (recognisers.rs, the KDDI and EZweb notices).
    "x-spasign",
];

/// The bounce's own fields the MIME parser reads: its structure, and what the
/// report shows of the bounce (`Layers::subject`, `Layers::from`).
const FOR_THE_PARSER: [&str; 6] = [
    "content-type",
    "content-transfer-encoding",
    "content-disposition",
    "mime-version",
    "subject",
    "from",
];

/// An attached message's fields the report shows (`original_of`).
const OF_THE_ORIGINAL: [&str; 5] = ["message-id", "subject", "from", "to", PROVIDER_RECIPIENT];

fn named(name: &[u8], names: &[&str]) -> bool {
    names
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n.as_bytes()))
}

/// Copy to `out` the fields of the header block at `from` named in `keep` (the
/// first field whatever its name when none is, so that the parser still sees
/// a header block); `None` when the block has no field at all.
fn copy_fields<'r>(
    raw: &'r [u8],
    from: usize,
    keep: &[&str],
    out: &mut Vec<u8>,
    mut each: impl FnMut(&Field<'r>),
) -> Option<Option<usize>> {
    let mut fields = Fields::of(raw, from);
    let mut first = None;
    let mut kept = false;
    for field in fields.by_ref() {
        each(&field);
        first.get_or_insert(field.whole.clone());
        if named(field.name, keep) {
            out.extend_from_slice(&raw[field.whole.clone()]);
            kept = true;
        }
    }
    let first = first?;
    if !kept {
        out.extend_from_slice(&raw[first]);
    }
    Some(fields.body)
}

/// The message split for the MIME parser and the recognisers (see
/// [`Prepared`]); `None` when it has no header field at all.
pub(crate) fn prepare(raw: &[u8]) -> Option<Prepared<'_>> {
    split(raw, true)
}

/// As [`prepare`], every body left in the parser's copy: for the rare
/// message whose parts the parser reads otherwise ([`Layers::of`]).
pub(crate) fn prepare_whole(raw: &[u8]) -> Option<Prepared<'_>> {
    split(raw, false)
}

fn split(raw: &[u8], keep_bodies: bool) -> Option<Prepared<'_>> {
    let mut headers = Vec::new();
    let mut content_type: &[u8] = b"";
    let mut encoding = Encoding::Plain;
    // The bodies the parser reads are a fraction of most messages.
    let mut out = Vec::with_capacity(raw.len().min(8192));
    let body = copy_fields(raw, 0, &FOR_THE_PARSER, &mut out, |field| {
        if field.name.eq_ignore_ascii_case(b"content-type") {
            content_type = raw[field.value.clone()].trim_ascii();
        } else if field
            .name
            .eq_ignore_ascii_case(b"content-transfer-encoding")
        {
            encoding = Encoding::of(raw[field.value.clone()].trim_ascii());
        }
        if named(field.name, &WANTED)
            && let (Ok(name), Ok(value)) = (
                std::str::from_utf8(field.name),
                std::str::from_utf8(&raw[field.value.clone()]),
            )
        {
            headers.push((name, value.trim()));
        }
    })?;
    let Some(body) = body else {
        return Some(Prepared {
            headers,
            for_parser: out,
            kept_bodies: Vec::new(),
        });
    };
    out.push(b'\n');
    let root = Part {
        body,
        end: raw.len(),
        content_type: if content_type.is_empty() {
            b"text/plain"
        } else {
            content_type
        },
        encoding,
        encoding_field: 0..0,
        closed_by: None,
    };
    if keep_bodies && root.encoding == Encoding::Plain && root.says_something(raw) {
        // A notice in one plain-text part: the parser reads it to the end.
        let kept_bodies = vec![(out.len(), Cow::Borrowed(&raw[body..]))];
        return Some(Prepared {
            headers,
            for_parser: out,
            kept_bodies,
        });
    }
    let mut copied = body;
    let parts = parts(raw, content_type, body);
    // A notice's HTML is read only when its plain text says nothing (`Layers::of`).
    let html_unread = parts.iter().any(|part| part.is_plain_text_with_words(raw));
    let mut kept_bodies = Vec::new();
    for part in parts {
        if part.end <= part.body {
            continue;
        }
        let taken = (keep_bodies && (part.is_plain_text_with_words(raw) || part.is_report()))
            .then(|| part.text_as_read(raw))
            .flatten();
        if part.is_attached_message() {
            out.extend_from_slice(&raw[copied..part.body]);
            if copy_fields(raw, part.body, &OF_THE_ORIGINAL, &mut out, |_| {}).is_some() {
                out.push(b'\n');
            }
            copied = part.end;
        } else if part.is_never_read() || html_unread && part.is("text/html") {
            out.extend_from_slice(&raw[copied..part.body]);
            copied = part.end;
        } else if let Some(text) = taken {
            out.extend_from_slice(&raw[copied..part.body]);
            kept_bodies.push((out.len(), text));
            copied = part.end;
        } else if part.encoding == Encoding::QuotedPrintable
            && part.is_text()
            && let Some(boundary) = part.closed_by
            && let Some(decoded) = decode_quoted_printable(&raw[part.body..part.end], boundary)
        {
            // Handed over decoded, as 8-bit text.
            out.extend_from_slice(&raw[copied..part.encoding_field.start]);
            out.extend_from_slice(b"Content-Transfer-Encoding: 8bit\n");
            out.extend_from_slice(&raw[part.encoding_field.end..part.body]);
            out.extend_from_slice(&decoded);
            out.push(b'\n');
            copied = part.end;
        }
    }
    out.extend_from_slice(&raw[copied..]);
    Some(Prepared {
        headers,
        for_parser: out,
        kept_bodies,
    })
}

/// The first attached message that is itself a delivery report (it holds a
/// `message/delivery-status` part): a bounce forwarded as an attachment, or
/// wrapped in a filter's notification.
pub(crate) fn attached_report(raw: &[u8]) -> Option<&[u8]> {
    static REPORT: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["message/delivery-status"])
            .expect("the report type compiles")
    });
    let (content_type, body) = content_type_and_body(raw);
    parts(raw, content_type, body?)
        .into_iter()
        .filter(|part| part.is_attached_message() && part.end > part.body)
        .map(|part| &raw[part.body..part.end])
        .find(|message| REPORT.is_match(message))
}

/// A leaf MIME part, found by its parent's declared boundary: where its body
/// starts and ends, its Content-Type value, its transfer encoding and where
/// that field lies, and the boundary that opened it when the same boundary
/// ends it (`None`: an outer boundary or the end of the message does).
struct Part<'a> {
    body: usize,
    end: usize,
    content_type: &'a [u8],
    encoding: Encoding,
    encoding_field: std::ops::Range<usize>,
    closed_by: Option<&'a [u8]>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Plain,
    Base64,
    QuotedPrintable,
}

impl Encoding {
    /// A Content-Transfer-Encoding value's, as the parser reads it: anything
    /// but base64 and quoted-printable is taken as it stands.
    fn of(value: &[u8]) -> Encoding {
        if value.eq_ignore_ascii_case(b"base64") {
            Encoding::Base64
        } else if value.eq_ignore_ascii_case(b"quoted-printable") {
            Encoding::QuotedPrintable
        } else {
            Encoding::Plain
        }
    }
}

impl Part<'_> {
    fn is(&self, mime_type: &str) -> bool {
        type_starts(self.content_type, mime_type)
            && !self
                .content_type
                .get(mime_type.len())
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'/')
    }

    /// An attached message whose headers can be read as they stand.
    fn is_attached_message(&self) -> bool {
        self.encoding == Encoding::Plain && (self.is("message/rfc822") || self.is("message/global"))
    }

    fn is_text(&self) -> bool {
        type_starts(self.content_type, "text/")
    }

    /// A well-formed `text/plain` part whose body, decoded in any ASCII-based
    /// charset, holds a letter or a digit: a written (not encoded) one, outside
    /// any quoted-printable escape. Encodings and charsets that could hide only
    /// blanks behind letters (base64, UTF-7, UTF-16...) are not counted.
    fn is_plain_text_with_words(&self, raw: &[u8]) -> bool {
        self.closed_by.is_some() && self.says_something(raw)
    }

    /// A `text/plain` part whose body holds a letter or a digit, as in
    /// [`Part::is_plain_text_with_words`], however it ends.
    fn says_something(&self, raw: &[u8]) -> bool {
        const NOT_ASCII_BASED: [&[u8]; 4] = [b"utf-7", b"16", b"32", b"ucs"];
        if !self.is("text/plain")
            || NOT_ASCII_BASED.iter().any(|c| {
                self.content_type
                    .windows(c.len())
                    .any(|w| w.eq_ignore_ascii_case(c))
            })
        {
            return false;
        }
        let body = &raw[self.body..self.end];
        match self.encoding {
            Encoding::Plain => body.iter().any(u8::is_ascii_alphanumeric),
            Encoding::QuotedPrintable => {
                let mut bytes = body.iter();
                while let Some(&b) = bytes.next() {
                    if b == b'=' {
                        bytes.nth(1);
                    } else if b.is_ascii_alphanumeric() {
                        return true;
                    }
                }
                false
            }
            Encoding::Base64 => false,
        }
    }

    /// The body of a part the same boundary closes, as the parser reads it:
    /// up to the line break before that boundary, decoded from
    /// quoted-printable. `None` when the parser would read it otherwise (the
    /// boundary's delimiter inside it, base64, an escape it refuses).
    fn text_as_read<'r>(&self, raw: &'r [u8]) -> Option<Cow<'r, [u8]>> {
        let boundary = self.closed_by?;
        let body = &raw[self.body..self.end];
        match self.encoding {
            Encoding::Plain => {
                if holds_delimiter(body, boundary) {
                    return None;
                }
                let body = body.strip_suffix(b"\n")?;
                Some(Cow::Borrowed(body.strip_suffix(b"\r").unwrap_or(body)))
            }
            Encoding::QuotedPrintable => decode_quoted_printable(body, boundary).map(Cow::Owned),
            Encoding::Base64 => None,
        }
    }

    /// A report part, or the returned message's headers: read by `Layers::of`
    /// as they stand, however short.
    fn is_report(&self) -> bool {
        [
            "message/delivery-status",
            "message/global-delivery-status",
            "text/delivery-status",
            "message/feedback-report",
            "text/rfc822-headers",
            "text/rfc822-header",
            "message/rfc822-headers",
            "message/global-headers",
        ]
        .iter()
        .any(|t| self.is(t))
    }

    /// A part no layer reads (an image, an archive, a calendar file...).
    fn is_never_read(&self) -> bool {
        [
            "image/",
            "audio/",
            "video/",
            "application/",
            "font/",
            "model/",
        ]
        .iter()
        .any(|t| type_starts(self.content_type, t))
    }
}

/// A Content-Type value starts with `prefix`, in any case.
fn type_starts(content_type: &[u8], prefix: &str) -> bool {
    content_type
        .get(..prefix.len())
        .is_some_and(|t| t.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A quoted-printable part's `body` (up to the line of the `boundary` that
/// ends it) decoded to the bytes mail-parser's `decode_quoted_printable_mime`
/// gives: the same rules (soft line breaks, spaces before a line break
/// dropped, carriage returns kept only as line ends, a bad escape kept as
/// written), runs of plain bytes copied whole rather than byte by byte.
/// `None` where mail-parser would not decode it (`==`, the boundary inside the
/// body) or where the 8-bit copy would not read back the same.
fn decode_quoted_printable(body: &[u8], boundary: &[u8]) -> Option<Vec<u8>> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum State {
        Text,
        Equals,
        FirstDigit(u8),
    }
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    if holds_delimiter(body, boundary) || !body.ends_with(b"\n") {
        return None;
    }
    let mut out = Vec::with_capacity(body.len());
    let mut state = State::Text;
    // Blanks written since the last other byte: dropped at a line break.
    let mut blanks = 0;
    let mut line_break: &[u8] = b"\n";
    let mut last = 0u8;
    let mut at = 0;
    // The body, then the first `-` of the boundary line: mail-parser reads it
    // before it sees the boundary, then takes it back with the line break.
    let byte_at = |at: usize| body.get(at).copied().or((at == body.len()).then_some(b'-'));
    while let Some(ch) = byte_at(at) {
        if state == State::Text && at < body.len() {
            let run_end =
                memchr::memchr3(b'=', b'\n', b'\r', &body[at..]).map_or(body.len(), |p| at + p);
            if run_end > at {
                let run = &body[at..run_end];
                out.extend_from_slice(run);
                let trailing = run
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
                blanks = if trailing == run.len() {
                    blanks + trailing
                } else {
                    trailing
                };
                last = run[run.len() - 1];
                at = run_end;
                continue;
            }
        }
        at += 1;
        match ch {
            b'=' if state == State::Text => state = State::Equals,
            b'=' => return None,
            b'\n' => {
                if state == State::Equals {
                    state = State::Text;
                } else {
                    out.truncate(out.len() - blanks);
                    out.extend_from_slice(line_break);
                }
                blanks = 0;
            }
            b'\r' => line_break = b"\r\n",
            _ => match state {
                State::Text => {
                    blanks = if ch.is_ascii_whitespace() {
                        blanks + 1
                    } else {
                        0
                    };
                    out.push(ch);
                }
                State::Equals => {
                    if let Some(high) = hex(ch) {
                        state = State::FirstDigit(high);
                    } else if !ch.is_ascii_whitespace() {
                        state = State::Text;
                        out.extend_from_slice(&[b'=', ch]);
                        blanks = 0;
                    }
                }
                State::FirstDigit(high) => {
                    state = State::Text;
                    match hex(ch) {
                        Some(low) => out.push(high << 4 | low),
                        None => out.extend_from_slice(&[b'=', last, ch]),
                    }
                    blanks = 0;
                }
            },
        }
        last = ch;
    }
    let kept = out.len().checked_sub(line_break.len() + 1)?;
    out.truncate(kept);
    // Read back as 8-bit text, the part ends at its last line break (a
    // carriage return before it included) and at any boundary.
    if out.ends_with(b"\r") || holds_delimiter(&out, boundary) {
        return None;
    }
    Some(out)
}

/// Whether `body` holds `--` and `boundary`, where the parser ends a part
/// (anywhere on a line). Found from each `-` rather than with a substring
/// searcher, whose set-up costs more than most parts' scan.
fn holds_delimiter(body: &[u8], boundary: &[u8]) -> bool {
    memchr::memchr_iter(b'-', body)
        .any(|at| body[at..].starts_with(b"--") && body[at + 2..].starts_with(boundary))
}

/// The `boundary` parameter of a `multipart/*` Content-Type value.
fn boundary_of(content_type: &[u8]) -> Option<&[u8]> {
    if !type_starts(content_type, "multipart/") {
        return None;
    }
    static PARAMETER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["boundary="])
            .expect("the parameter name compiles")
    });
    let at = PARAMETER.find(content_type)?.end();
    let value = &content_type[at..];
    let value = match value.strip_prefix(b"\"") {
        Some(quoted) => &quoted[..memchr::memchr(b'"', quoted)?],
        None => {
            let end = value
                .iter()
                .position(|&b| b == b';' || b.is_ascii_whitespace())
                .unwrap_or(value.len());
            &value[..end]
        }
    };
    (!value.is_empty()).then_some(value)
}

/// The leaf parts of the multipart body that starts at `from`, in order, read
/// from the boundaries its Content-Type (`content_type`) and its nested
/// multiparts declare. Text that only looks like a part (a bounce quoted in a
/// plain-text notice) is not one.
fn parts<'a>(raw: &'a [u8], content_type: &'a [u8], from: usize) -> Vec<Part<'a>> {
    let mut found = Vec::new();
    let Some(top) = boundary_of(content_type) else {
        return found;
    };
    // A map, boundary to whether a multipart/digest declared it (its parts are
    // messages unless they say otherwise, RFC 2046 §5.1.5): a message may
    // declare thousands (one per nested multipart).
    let mut boundaries: std::collections::HashMap<&[u8], bool> =
        std::collections::HashMap::from([(top, type_starts(content_type, "multipart/digest"))]);
    // The leaf part read so far (its `end` not yet known).
    let mut open: Option<Part<'a>> = None;
    let mut at = from;
    // One pass over the lines that start with `--`: a declared boundary ends
    // the part before it and (unless it is the closing `--boundary--`) opens
    // the next; other such lines are text.
    while let Some(line) = dash_line(raw, at) {
        let line_end = memchr::memchr(b'\n', &raw[line..]).map_or(raw.len(), |p| line + p);
        at = (line_end + 1).min(raw.len());
        let words = raw[line + 2..line_end].trim_ascii_end();
        // `--boundary` opens a part, `--boundary--` closes the multipart.
        let (boundary, in_digest, closing) = match boundaries.get_key_value(words) {
            Some((&b, &digest)) => (b, digest, false),
            None => match words
                .strip_suffix(b"--")
                .and_then(|w| boundaries.get_key_value(w))
            {
                Some((&b, &digest)) => (b, digest, true),
                None => continue,
            },
        };
        if let Some(mut part) = open.take() {
            part.end = line;
            part.closed_by = part.closed_by.filter(|&opened| opened == boundary);
            found.push(part);
        }
        if closing {
            continue;
        }
        // Untyped, a digest's part is a message to the parser, else plain text.
        let mut content_type: &[u8] = if in_digest { b"" } else { b"text/plain" };
        let mut encoding = Encoding::Plain;
        let mut encoding_field = 0..0;
        let mut fields = Fields::of(raw, at);
        for field in fields.by_ref() {
            let value = raw[field.value.clone()].trim_ascii();
            if field.name.eq_ignore_ascii_case(b"content-type") {
                content_type = value;
            } else if field
                .name
                .eq_ignore_ascii_case(b"content-transfer-encoding")
            {
                encoding = Encoding::of(value);
                encoding_field = field.whole;
            }
        }
        let Some(body) = fields.body else { break };
        at = body;
        match boundary_of(content_type) {
            Some(nested) => {
                boundaries
                    .entry(nested)
                    .or_insert(type_starts(content_type, "multipart/digest"));
            }
            None => {
                open = Some(Part {
                    body,
                    end: raw.len(),
                    content_type,
                    encoding,
                    encoding_field,
                    closed_by: Some(boundary),
                })
            }
        }
    }
    if let Some(mut part) = open {
        part.closed_by = None;
        found.push(part);
    }
    found
}

/// The Content-Type value of the header block at the start of `raw`, and
/// where its body starts.
fn content_type_and_body(raw: &[u8]) -> (&[u8], Option<usize>) {
    let mut content_type: &[u8] = b"";
    let mut fields = Fields::of(raw, 0);
    for field in fields.by_ref() {
        if field.name.eq_ignore_ascii_case(b"content-type") {
            content_type = raw[field.value.clone()].trim_ascii();
        }
    }
    (content_type, fields.body)
}

/// The offset of the first line at or after `from` (a line's start) that
/// starts with `--`.
fn dash_line(raw: &[u8], from: usize) -> Option<usize> {
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"\n--"));
    let rest = raw.get(from..)?;
    if rest.starts_with(b"--") && (from == 0 || raw[from - 1] == b'\n') {
        return Some(from);
    }
    FINDER.find(rest).map(|p| from + p + 1)
}

pub(crate) struct Layers<'a> {
    /// The bounce's own headers the recognisers read, raw `name: value` text
    /// borrowed from the message (names in any case).
    pub headers: Vec<(&'a str, &'a str)>,
    /// Human-readable text of the notice (the original message cut off).
    pub text: String,
    /// Bodies of `message/delivery-status` (and `global-delivery-status`) parts.
    pub dsn: Vec<String>,
    /// Bodies of the `message/feedback-report` parts (RFC 5965 allows one per
    /// message, but aggregated reports carry several).
    pub feedback: Vec<String>,
    pub original: Original,
    pub subject: Option<String>,
    pub from: Option<String>,
    /// `multipart/report; report-type=...`.
    pub report_type: Option<String>,
}

impl<'a> Layers<'a> {
    pub fn header(&self, name: &str) -> Option<&'a str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }

    /// The layers of `message` (parsed from [`Prepared::for_parser`]), with
    /// the bounce's own `headers` ([`Prepared::headers`]) and the plain-text
    /// bodies kept from the parser ([`Prepared::kept_bodies`]). `None` when
    /// the parser did not read the message as [`prepare`] did (see
    /// [`prepare_whole`]).
    pub fn of(
        message: &'a Message<'_>,
        headers: Vec<(&'a str, &'a str)>,
        kept_bodies: &[(usize, Cow<'_, [u8]>)],
    ) -> Option<Layers<'a>> {
        let subject = message.subject().map(str::to_string);
        let from = message.from().and_then(first_address);
        let report_type = message
            .content_type()
            .filter(|ct| ct.ctype().eq_ignore_ascii_case("multipart"))
            .and_then(|ct| ct.attribute("report-type"))
            .map(str::to_ascii_lowercase);
        let mut text = String::new();
        // The kept bodies not yet read in their part's place.
        let mut unread = vec![true; kept_bodies.len()];
        let mut html_parts: Vec<&str> = Vec::new();
        let mut dsn = Vec::new();
        let mut feedback = Vec::new();
        let mut original: Option<Original> = None;
        let mut original_text = None;
        // The charset the notice's text declares, for report parts that declare none.
        let mut notice_charset: Option<&str> = None;
        for part in &message.parts {
            let (ctype, subtype) = match part.content_type() {
                Some(ct) => (
                    ct.ctype().to_ascii_lowercase(),
                    ct.subtype().unwrap_or("").to_ascii_lowercase(),
                ),
                None => ("text".to_string(), "plain".to_string()),
            };
            let charset = part.content_type().and_then(|ct| ct.attribute("charset"));
            // The body kept from the parser for this part (read by the branches
            // below that read kept bodies), and its text in the part's charset
            // when the parser takes it for text.
            let kept = kept_bodies
                .iter()
                .position(|(at, _)| *at == part.offset_body as usize);
            let kept_text = match (&part.body, kept) {
                (PartType::Text(_) | PartType::Html(_), Some(i)) => {
                    Some(super::text::in_charset(&kept_bodies[i].1, charset))
                }
                _ => None,
            };
            let mut contents = || -> &[u8] {
                if let Some(i) = kept {
                    unread[i] = false;
                }
                match (&kept_text, kept) {
                    (Some(text), _) => text.as_bytes(),
                    (None, Some(i)) => &kept_bodies[i].1,
                    (None, None) => part.contents(),
                }
            };
            match (ctype.as_str(), subtype.as_str()) {
                ("multipart", _) => {}
                ("message" | "text", s) if s.contains("delivery-status") => {
                    let charset = charset.or(notice_charset);
                    dsn.push(super::text::report_text(contents(), charset));
                }
                ("message", "feedback-report") => {
                    feedback.push(super::text::lossy(contents()));
                }
                ("message", "rfc822" | "global" | "partial") if original.is_none() => {
                    if let PartType::Message(nested) = &part.body {
                        original = Some(original_of(nested));
                    } else {
                        original_text = Some(super::text::lossy(contents()));
                    }
                }
                ("text", "rfc822-headers" | "rfc822-header")
                | ("message", "global-headers" | "rfc822-headers")
                    if original.is_none() && original_text.is_none() =>
                {
                    original_text = Some(super::text::lossy(contents()));
                }
                ("text", "html") => {
                    // Converted only if no plain text turns up.
                    if let Some(body) = part.text_contents() {
                        html_parts.push(body);
                    }
                }
                ("text", _) => {
                    if notice_charset.is_none() {
                        notice_charset = charset;
                    }
                    let body = match (kept_text, kept) {
                        (Some(text), Some(i)) => {
                            unread[i] = false;
                            Some(text)
                        }
                        _ => part.text_contents().map(Cow::Borrowed),
                    };
                    if let Some(body) = body {
                        // Japanese text sent without its charset.
                        text.push_str(&super::text::iso_2022_jp(&body));
                        text.push('\n');
                    }
                }
                // Not read: nor is its kept body.
                _ => {
                    contents();
                }
            }
        }
        // A kept body where the parser saw no plain-text part (content after
        // the closing boundary): read again from the whole message.
        if unread.contains(&true) {
            return None;
        }
        if text.trim().is_empty() {
            text.clear();
            for body in html_parts {
                text.push_str(&html_to_text(body));
                text.push('\n');
            }
        }
        // A multipart whose boundary never appears: its whole body is the notice.
        if text.trim().is_empty() && dsn.is_empty() && original.is_none() {
            // The parser's copy lacks the kept bodies.
            if !kept_bodies.is_empty() {
                return None;
            }
            let root = message.root_part();
            let start = (root.offset_body as usize).min(message.raw_message().len());
            text = super::text::lossy(&message.raw_message()[start..]);
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
        Some(Layers {
            headers,
            text,
            dsn,
            feedback,
            original,
            subject,
            from,
            report_type,
        })
    }
}

/// The offset of the line that starts the copy of the original message.
fn find_marker(text: &str) -> Option<usize> {
    // The markers, and the bytes one can start with (in either case): most
    // lines start with none of them and are not searched.
    static FINDER: LazyLock<(AhoCorasick, [bool; 256])> = LazyLock::new(|| {
        let finder = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .start_kind(aho_corasick::StartKind::Anchored)
            .build(ORIGINAL_MARKERS.iter().map(|m| m.trim()))
            .expect("the marker lines compile");
        let mut first = [false; 256];
        for marker in ORIGINAL_MARKERS {
            if let Some(&b) = marker.trim().as_bytes().first() {
                first[usize::from(b.to_ascii_lowercase())] = true;
                first[usize::from(b.to_ascii_uppercase())] = true;
            }
        }
        (finder, first)
    });
    let (finder, may_start) = &*FINDER;
    let bytes = text.as_bytes();
    let mut line_start = 0;
    // Only a marker that begins its line (after blanks) counts: one anchored
    // look at the start of each line.
    while line_start < bytes.len() {
        let line_end =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(bytes.len(), |p| line_start + p);
        let first = bytes[line_start..line_end]
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map(|p| line_start + p);
        if let Some(first) = first.filter(|&at| may_start[usize::from(bytes[at])]) {
            let input = aho_corasick::Input::new(bytes)
                .range(first..line_end)
                .anchored(aho_corasick::Anchored::Yes);
            if finder.find(input).is_some() {
                return Some(line_start);
            }
        }
        line_start = line_end + 1;
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
        provider_recipient: nested
            .header_raw(PROVIDER_RECIPIENT)
            .map(super::text::clean_address),
    }
}

/// Microsoft's record of the mailbox a message was delivered to.
const PROVIDER_RECIPIENT: &str = "X-HmXmrOriginalRecipient";

/// The headers of a returned message given as text (headers only, or a copy).
fn original_from_text(text: &str) -> Original {
    // Only the fields the report shows go to the parser (not Received:, DKIM...).
    let head = text.trim_start().as_bytes();
    let mut fields = Vec::with_capacity(head.len().min(1024));
    if copy_fields(head, 0, &OF_THE_ORIGINAL, &mut fields, |_| {}).is_none() {
        return Original::default();
    }
    match PARSER.parse_headers(&fields[..]) {
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
                provider_recipient: parsed
                    .header_raw(PROVIDER_RECIPIENT)
                    .map(super::text::clean_address),
            }
        }
        None => Original::default(),
    }
}

/// Tags out, entities decoded (the few bounce notices use), lines kept. One
/// pass from tag to tag: providers' HTML notices run to tens of kilobytes.
fn html_to_text(html: &str) -> String {
    const LINE_TAGS: [&str; 9] = ["br", "p", "div", "tr", "li", "table", "h1", "h2", "h3"];
    let starts = |name: &str, tag: &str| {
        name.get(..tag.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(tag))
    };
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        push_unescaped(&mut out, &rest[..open]);
        let Some(close) = rest[open..].find('>').map(|c| open + c) else {
            // An unclosed tag runs to the end.
            return out;
        };
        // A `<` inside a tag starts the tag again.
        let inside = &rest[open + 1..close];
        let name = inside
            .rsplit('<')
            .next()
            .unwrap_or(inside)
            .trim_start_matches('/');
        if LINE_TAGS.iter().any(|t| starts(name, t)) {
            out.push('\n');
        } else if starts(name, "td") {
            out.push(' ');
        }
        rest = &rest[close + 1..];
    }
    push_unescaped(&mut out, rest);
    out
}

/// Text between tags, its entities decoded.
fn push_unescaped(out: &mut String, text: &str) {
    const ENTITIES: [(&str, &str); 6] = [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&amp;", "&"),
    ];
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match ENTITIES.iter().find(|(entity, _)| rest.starts_with(entity)) {
            Some((entity, plain)) => {
                out.push_str(plain);
                rest = &rest[entity.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// What a notice says about the SMTP command a failure followed: Postfix's "in reply
/// to", Exim's "after" (Sisimai/Lhost/Exim.pm `$recommands`), Sendmail's `>>>`
/// transcript, qmail's own lines (Sisimai/Lhost/qmail.pm `$commandset`, from
/// qmail-remote.c), Office 365's, Gmail's session states and SendGrid's
/// (Sisimai/Lhost/Office365.pm, Gmail.pm, SendGrid.pm).
pub(crate) const COMMANDS: &[(&str, &str)] = &[
    // qmail-remote.c
    (" but greeting failed", "CONN"),
    (" but my name was rejected", "EHLO"),
    (" but sender was rejected", "MAIL"),
    (" failed after i sent the message", "DATA"),
    // Office 365
    ("unknown recipient or mailbox unavailable ->", "RCPT"),
    // Gmail's session states (Sisimai/Lhost/Gmail.pm `$statetable`)
    ("(state 6)", "MAIL"),
    ("(state 8)", "AUTH"),
    ("(state 9)", "AUTH"),
    ("(state 12)", "AUTH"),
    ("(state 13)", "EHLO"),
    ("(state 14)", "RCPT"),
    ("(state 15)", "DATA"),
    ("(state 17)", "DATA"),
    ("(state 18)", "DATA"),
    // SendGrid's lines end "in RCPT TO", "in MAIL FROM", "end of DATA" (Lhost/SendGrid.pm)
    ("in rcpt to", "RCPT"),
    ("in mail from", "MAIL"),
    ("end of data", "DATA"),
    ("in reply to rcpt to", "RCPT"),
    ("after rcpt to", "RCPT"),
    ("our rcpt to", "RCPT"),
    (">>> rcpt to", "RCPT"),
    ("rcpt to:", "RCPT"),
    ("rcpt to <", "RCPT"),
    ("after rcpt command", "RCPT"),
    ("rcpt command", "RCPT"),
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
    ("data command", "DATA"),
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

/// The SMTP command a failure followed, as the text tells it (the first mention).
pub(crate) fn command_in(text: &str) -> Option<&'static str> {
    command_in_lower(&text.to_ascii_lowercase())
}

static COMMAND_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(COMMANDS.iter().map(|(p, _)| p))
        .expect("the command phrases compile")
});

/// [`command_in`] for text already in lower case (a faster search).
pub(crate) fn command_in_lower(lower: &str) -> Option<&'static str> {
    COMMAND_FINDER
        .find(lower)
        .map(|m| COMMANDS[m.pattern().as_usize()].1)
}

/// The one command a (lower-cased) text names, however often: `None` when it
/// names none or several different ones.
pub(crate) fn sole_command_in_lower(lower: &str) -> Option<&'static str> {
    let mut found = None;
    for m in COMMAND_FINDER.find_iter(lower) {
        let command = COMMANDS[m.pattern().as_usize()].1;
        match found {
            None => found = Some(command),
            Some(seen) if seen != command => return None,
            Some(_) => {}
        }
    }
    found
}

/// The remote host a (lower-cased) diagnostic names, as Sisimai 5.2 reads it
/// (its Go port's `rfc1123.Find`): the words between the lead-ins MTAs put
/// around a host ("host mx.example.org said:", "while talking to ...:",
/// "Generating server: ..."), else the whole text; of the Internet host names
/// among them, the longest (an Exchange reply's "[server.prod.outlook.com ...]").
pub(crate) fn host_named_in(lower: &str) -> Option<String> {
    // The lead-ins, each found once in one pass: pairs around a host (by
    // index into MARKS), then words a host follows, then words it precedes.
    const MARKS: [&str; 22] = [
        "host ",                                      // 0
        " said: ",                                    // 1
        " talk to me: ",                              // 2
        "while talking to ",                          // 3
        ":",                                          // 4
        " [",                                         // 5
        " by ",                                       // 6
        ". [",                                        // 7
        "delivery failed for the following reason: ", // 8
        " with",                                      // 9
        "remote system: ",                            // 10
        "(",                                          // 11
        "smtp server <",                              // 12
        ">",                                          // 13
        "-mta: ",                                     // 14
        " : ",                                        // 15
        "[",                                          // 16
        " did not like our ",                         // 17
        "generating server: ",                        // 18
        "serveur de g",                               // 19
        "server di generazione",                      // 20
        "genererande server",                         // 21
    ];
    const AROUND: [(usize, usize); 10] = [
        (0, 1),
        (0, 2),
        (3, 4),
        (0, 5),
        (6, 7),
        (8, 9),
        (10, 11),
        (12, 13),
        (14, 13),
        (15, 16),
    ];
    const AFTER: [usize; 4] = [18, 19, 20, 21];
    static FINDER: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(MARKS).expect("the host lead-ins compile"));
    let mut first = [usize::MAX; MARKS.len()];
    for found in FINDER.find_overlapping_iter(lower) {
        let seen = &mut first[found.pattern().as_usize()];
        *seen = (*seen).min(found.start());
    }
    let at = |i: usize| (first[i] != usize::MAX).then_some(first[i]);
    let between = AROUND.iter().find_map(|&(open, close)| {
        let start = at(open)? + MARKS[open].len();
        let end = at(close)?;
        (end > start).then(|| &lower[start..end])
    });
    let words = between
        .or_else(|| {
            AFTER
                .iter()
                .find_map(|&lead| at(lead).map(|start| &lower[start + MARKS[lead].len()..]))
        })
        .or_else(|| at(17).map(|end| &lower[..end]))
        .unwrap_or(lower);
    // "mx.example.net[192.0.2.1]", "mx.example.jp:[192.0.2.1]": brackets and
    // colons end a word as spaces do.
    words
        .split(|c: char| {
            c.is_ascii_whitespace() || matches!(c, '(' | '[' | '<' | ')' | ']' | '>' | ':' | ';')
        })
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| w.len() >= 4 && w.contains('.') && is_internet_host(w))
        .filter(|w| !is_exchange_status_text(w))
        .fold(None, |longest: Option<&str>, w| match longest {
            Some(l) if l.len() >= w.len() => Some(l),
            _ => Some(w),
        })
        .map(str::to_string)
}

/// Exchange's enhanced status texts look like host names ("QUEUE.Expired",
/// "RESOLVER.ADR.RecipNotFound", "SMTPSEND.DNS.NonExistentDomain"): their first
/// word is the Exchange component that failed (Microsoft, "Non-delivery reports
/// in Exchange Online").
fn is_exchange_status_text(word: &str) -> bool {
    const COMPONENTS: [&str; 5] = ["queue", "resolver", "routing", "smtpsend", "storedrv"];
    let first = word.split('.').next().unwrap_or("");
    COMPONENTS.iter().any(|c| first.eq_ignore_ascii_case(c))
}

/// An Internet host name (RFC 1123): letters, digits, dots and hyphens, at
/// least one dot, a top-level label without digits.
fn is_internet_host(name: &str) -> bool {
    if name.len() < 4 || name.len() > 255 || !name.contains('.') || name.contains("..") {
        return false;
    }
    if name.starts_with(['.', '-']) || name.ends_with('-') {
        return false;
    }
    if name.contains("--") && !name.starts_with("xn--") {
        return false;
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return false;
    }
    let top = name.rsplit('.').next().unwrap_or("");
    top.len() <= 63 && !top.bytes().any(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_notices_read_as_lines_of_text() {
        let html = "<HTML><Body><P>Delivery has failed to:</P><TABLE><TR><TD>a&amp;b@example.com</TD>\
                    <td>550&nbsp;5.1.1 &lt;user&gt; &quot;unknown&quot; &#39;x&#39; &amp;lt; &copy;</td></tr></table>\
                    <br/>done <b>now</b> <i unclosed";
        assert_eq!(
            html_to_text(html),
            "\nDelivery has failed to:\n\n\n a&b@example.com  550 5.1.1 <user> \"unknown\" 'x' &lt; &copy; \n\n\ndone now "
        );
        // A `<` inside a tag starts it again; a `>` outside one is text.
        assert_eq!(html_to_text("a <x <br> b > c"), "a \n b > c");
    }

    const NOTICE: &str = "From: MAILER-DAEMON@example.jp\nContent-Type: multipart/report; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain\n\nThe mail system\n\n--b1\nContent-Type: message/rfc822\n\nMessage-ID: <m@example.jp>\nSubject: Nyaan\nTo: kijitora@example.org\n\nThe body, never read.\n=E3=81=AB quoted text\n";

    #[test]
    fn the_remote_host_a_diagnostic_names() {
        for (text, want) in [
            (
                "host mx.example.org[192.0.2.1] said: 550 5.1.1 user unknown",
                Some("mx.example.org"),
            ),
            (
                "... while talking to mx2.example.jp.: >>> data",
                Some("mx2.example.jp"),
            ),
            (
                "5.4.1 recipient address rejected: access denied. [ab1.jpnprd01.prod.outlook.com 2024-02-19t09:30:25z]",
                Some("ab1.jpnprd01.prod.outlook.com"),
            ),
            (
                "remote server returned '550 5.1.1' generating server: mta4.example.org",
                Some("mta4.example.org"),
            ),
            (
                "mail-inbound.example.net [192.0.2.25] did not like our data: 550 no",
                Some("mail-inbound.example.net"),
            ),
            // Not hosts: an address, a path, a version number, a bare IP, an
            // Exchange status text.
            ("550 user@example.org is unknown at 192.0.2.1 (v1.2)", None),
            ("550 4.4.7 queue.expired; message expired", None),
            ("#550 5.1.1 resolver.adr.recipnotfound; not found ##", None),
            ("see https://support.example.com/a/b for more", None),
        ] {
            assert_eq!(host_named_in(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn qmail_office365_gmail_and_sendgrid_name_the_command_in_their_own_words() {
        for (text, want) in [
            ("Connected to 192.0.2.1 but greeting failed.", "CONN"),
            ("550 5.7.1 Message rejected as spam (state 18).", "DATA"),
            ("500 Remote server does not support TLS (state 6).", "MAIL"),
            ("550 5.1.1 No such user (state 14).", "RCPT"),
            ("Connected to 192.0.2.1 but my name was rejected.", "EHLO"),
            ("Connected to 192.0.2.1 but sender was rejected.", "MAIL"),
            ("192.0.2.1 failed after I sent the message.", "DATA"),
            (
                "Unknown recipient or mailbox unavailable -> a@example.net",
                "RCPT",
            ),
        ] {
            assert_eq!(command_in(text), Some(want), "{text}");
        }
    }

    #[test]
    fn the_attached_body_is_left_out_and_its_headers_kept() {
        let raw = format!("{NOTICE}--b1--\n");
        let prepared = prepare(raw.as_bytes()).expect("a message");
        let text = String::from_utf8_lossy(&prepared.for_parser);
        assert!(text.contains("Subject: Nyaan\nTo: kijitora@example.org\n\n"));
        assert!(!text.contains("never read"));
        let parsed = PARSER.parse(&prepared.for_parser[..]).expect("parses");
        let layers = Layers::of(&parsed, prepared.headers, &prepared.kept_bodies).expect("read");
        assert_eq!(layers.original.subject.as_deref(), Some("Nyaan"));
        assert_eq!(layers.original.to.as_deref(), Some("kijitora@example.org"));
        assert_eq!(layers.original.message_id.as_deref(), Some("m@example.jp"));
        assert_eq!(layers.text.trim(), "The mail system");
    }

    #[test]
    fn japanese_text_without_its_charset_is_read_as_iso_2022_jp() {
        let raw = "From: MAILER-DAEMON@example.jp\nContent-Type: multipart/report; \
                   report-type=delivery-status; boundary=b1\n\n--b1\nContent-Type: \
                   text/plain\n\n\x1b$B%f!<%6!<\x1b(B\n--b1\nContent-Type: \
                   message/delivery-status\n\nFinal-Recipient: rfc822; a@example.jp\n\
                   Diagnostic-Code: X-Notes; \x1b$B$O\x1b(B\n--b1--\n";
        let prepared = prepare(raw.as_bytes()).expect("a message");
        let parsed = PARSER.parse(&prepared.for_parser[..]).expect("parses");
        let layers = Layers::of(&parsed, prepared.headers, &prepared.kept_bodies).expect("read");
        assert_eq!(layers.text.trim(), "ユーザー");
        assert!(
            layers.dsn[0].contains("Diagnostic-Code: X-Notes; は"),
            "{:?}",
            layers.dsn
        );
    }

    #[test]
    fn parts_after_the_attachment_survive() {
        let raw = format!("{NOTICE}--b1\nContent-Type: text/plain\n\nafter\n--b1--\n");
        let prepared = prepare(raw.as_bytes()).expect("a message");
        let text = String::from_utf8_lossy(&prepared.for_parser);
        assert!(!text.contains("never read"));
        // The plain text after it is kept beside, its part left empty.
        assert!(
            text.contains("--b1\nContent-Type: text/plain\n\n--b1--"),
            "{text}"
        );
        let parsed = PARSER.parse(&prepared.for_parser[..]).expect("parses");
        let layers = Layers::of(&parsed, prepared.headers, &prepared.kept_bodies).expect("read");
        assert_eq!(layers.text, "The mail system\n\nafter\n");
    }

    #[test]
    fn encoded_attachments_and_plain_messages_keep_their_bodies() {
        let encoded = NOTICE.replace(
            "Content-Type: message/rfc822\n",
            "Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n",
        );
        let prepared = prepare(encoded.as_bytes()).expect("a message");
        assert!(prepared.for_parser.ends_with(b"=E3=81=AB quoted text\n"));
        // A message in one plain-text part: its body is kept beside, whole.
        let plain = "From: a@example.jp\nSubject: message/rfc822\n\nbody\n";
        let prepared = prepare(plain.as_bytes()).expect("a message");
        assert_eq!(
            prepared.for_parser,
            b"From: a@example.jp\nSubject: message/rfc822\n\n"
        );
        assert_eq!(prepared.kept_bodies, [(44, Cow::Borrowed(&b"body\n"[..]))]);
    }

    #[test]
    fn parts_are_read_from_declared_boundaries_only() {
        let raw = "Content-Type: multipart/mixed; boundary=\"out\"\n\n--out\nContent-Type: multipart/alternative;\n boundary=in\n\n--in\nContent-Type: text/plain\n\nplain\n--in\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>html</p>\n--in--\n--out\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--not-declared\nContent-Type: message/rfc822\n\nSubject: inside the image\n--out--\n";
        let (content_type, body) = content_type_and_body(raw.as_bytes());
        let found = parts(raw.as_bytes(), content_type, body.expect("a body"));
        let seen: Vec<(&str, bool, &str)> = found
            .iter()
            .map(|p| {
                (
                    std::str::from_utf8(p.content_type).unwrap(),
                    p.encoding != Encoding::Plain,
                    &raw[p.body..p.end],
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("text/plain", false, "plain\n"),
                ("text/html", true, "<p>html</p>\n"),
                (
                    "image/png",
                    true,
                    "iVBORw0KGgo=\n--not-declared\nContent-Type: message/rfc822\n\nSubject: inside the image\n"
                ),
            ]
        );
        // The image's body is never handed to the parser, nor the HTML beside
        // plain text that says something; the plain text is.
        let prepared = prepare(raw.as_bytes()).expect("a message");
        let text = String::from_utf8_lossy(&prepared.for_parser);
        assert!(!text.contains("iVBORw0KGgo"), "{text}");
        assert!(
            !text.contains("<p>html</p>") && text.contains("plain\n"),
            "{text}"
        );
    }

    #[test]
    fn html_is_handed_over_when_the_plain_text_may_say_nothing() {
        let with_plain = |headers: &str, body: &str| {
            format!(
                "Content-Type: multipart/alternative; boundary=in\n\n--in\nContent-Type: text/plain{headers}\n\n{body}\n--in\nContent-Type: text/html\n\n<p>html</p>\n--in--\n"
            )
        };
        for (headers, body) in [
            ("", " \t"),
            ("\nContent-Transfer-Encoding: quoted-printable", "=20=20=3D"),
            ("\nContent-Transfer-Encoding: base64", "ICAg"),
            ("; charset=utf-16be", "\u{0}a"),
            ("; charset=utf-7", "+AAk-"),
        ] {
            let raw = with_plain(headers, body);
            let prepared = prepare(raw.as_bytes()).expect("a message");
            let text = String::from_utf8_lossy(&prepared.for_parser);
            assert!(text.contains("<p>html</p>"), "{headers} {body}: {text}");
        }
        let raw = with_plain("\nContent-Transfer-Encoding: quoted-printable", "=20words");
        let prepared = prepare(raw.as_bytes()).expect("a message");
        let text = String::from_utf8_lossy(&prepared.for_parser);
        assert!(!text.contains("<p>html</p>"), "{text}");
    }

    /// The text mail-parser reads from each part of `raw` as it stands, and
    /// from the message [`prepare`] hands it.
    fn texts_both_ways(raw: &[u8]) -> (Vec<String>, Vec<String>, bool) {
        let texts = |message: &[u8]| -> Vec<String> {
            let parsed = PARSER.parse(message).expect("parses");
            parsed
                .parts
                .iter()
                .map(|part| String::from_utf8_lossy(part.contents()).into_owned())
                .collect()
        };
        let prepared = prepare(raw).expect("a message");
        let rewritten = memchr::memmem::find(&prepared.for_parser, b"Encoding: 8bit").is_some();
        (texts(raw), texts(&prepared.for_parser), rewritten)
    }

    /// A quoted-printable HTML part, then a text part that is not plain text
    /// (which would leave the HTML unread).
    fn quoted_printable_notice(body: &str, newline: &str) -> String {
        format!(
            "From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; boundary=b1\n\n--b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{body}{newline}--b1\nContent-Type: text/enriched\n\nafter\n--b1--\n"
        )
    }

    #[test]
    fn quoted_printable_text_is_handed_over_decoded_as_the_parser_reads_it() {
        for (body, rewritten) in [
            ("<p class=3D\"x\">caf=C3=A9</p>", true),
            ("a soft=\nbreak and trailing blanks   \nnext line", true),
            ("crlf lines\r\nsecond=\r\nthird \t\r\n", true),
            ("bad escapes =ZZ =4 =\n=4Gx = \n end", true),
            ("a first digit then a line break =A\nB", true),
            ("ends in a soft break=\n", true),
            ("=0D", false),
            ("", true),
            ("twice == is refused", false),
            ("=A= too", false),
            ("quotes its own --b1 boundary", false),
        ] {
            let raw = quoted_printable_notice(body, "\n");
            let (original, prepared, was_rewritten) = texts_both_ways(raw.as_bytes());
            assert_eq!(original, prepared, "{body:?}");
            assert_eq!(was_rewritten, rewritten, "{body:?}");
        }
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        #[test]
        fn any_quoted_printable_body_reads_back_the_same(
            body in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "=", "=3D", "=C3=A9", "=\n", "=\r\n", "\n", "\r\n", " ", "\t",
                        "=A", "=ZZ", "-", "--", "\r", "=0D", "=20", "x",
                    ]).prop_map(str::to_string),
                    "[a-z ]{1,6}",
                ],
                0..40,
            ),
            newline in proptest::sample::select(vec!["\n", "\r\n"]),
        ) {
            // A last line of plain text: mail-parser's own subtraction would
            // overflow in a debug build on a part that decodes to less than a
            // line break before its boundary (the fixed cases above cover the
            // ends of parts).
            let body = format!("{}{newline}end", body.concat());
            let mut part = body.clone();
            part.push_str(newline);
            let decodable = decode_quoted_printable(part.as_bytes(), b"b1").is_some();
            let raw = quoted_printable_notice(&body, newline);
            let (original, prepared, rewritten) = texts_both_ways(raw.as_bytes());
            proptest::prop_assert_eq!(rewritten, decodable);
            proptest::prop_assert_eq!(original, prepared);
        }
    }

    /// What [`Layers`] reads from a message: its text, reports and original.
    type Read = (String, Vec<String>, Vec<String>, Original);

    fn read(layers: Layers<'_>) -> Read {
        (layers.text, layers.dsn, layers.feedback, layers.original)
    }

    /// What [`Layers`] reads from `raw` parsed whole, and from what
    /// [`prepare`] hands the parser and keeps beside.
    fn layers_both_ways(raw: &[u8]) -> (Read, Read) {
        let whole = PARSER.parse(raw).expect("parses");
        let whole = read(Layers::of(&whole, Vec::new(), &[]).expect("read"));
        let prepared = prepare(raw).expect("a message");
        let parsed = PARSER.parse(&prepared.for_parser[..]).expect("parses");
        let kept = match Layers::of(&parsed, prepared.headers, &prepared.kept_bodies) {
            Some(layers) => read(layers),
            None => {
                let prepared = prepare_whole(raw).expect("a message");
                assert!(prepared.kept_bodies.is_empty());
                let parsed = PARSER.parse(&prepared.for_parser[..]).expect("parses");
                read(Layers::of(&parsed, prepared.headers, &[]).expect("read"))
            }
        };
        (whole, kept)
    }

    proptest::proptest! {
        #[test]
        fn bodies_kept_from_the_parser_read_as_the_parser_reads_them(
            body in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        &b"\n"[..], b"\r\n", b"\r", b" ", b"\t", b"-", b"--", b"--b1",
                        b"--b1--", b"\n--b1x\n", b"=", b"=3D", b"=C3=A9", b"=\n", b"\xc3\xa9",
                        b"\xe9", b"\xff", b"\x1b$B%f\x1b(B", b"+AGE-",
                    ]).prop_map(<[u8]>::to_vec),
                    "[a-z ]{1,6}".prop_map(String::into_bytes),
                ],
                0..30,
            ),
            charset in proptest::sample::select(vec![
                "", "; charset=us-ascii", "; charset=UTF-8", "; charset=iso-8859-1",
                "; charset=\"windows-1252\"", "; charset=iso-2022-jp", "; charset=shift_jis",
                "; charset=utf-16le", "; charset=unicode-1-1-utf-7", "; charset=x-unknown",
            ]),
            encoding in proptest::sample::select(vec![
                "", "\nContent-Transfer-Encoding: 7bit", "\nContent-Transfer-Encoding: quoted-printable",
            ]),
            newline in proptest::sample::select(vec!["\n", "\r\n"]),
        ) {
            // mail-parser's quoted-printable decoder overflows (in a debug build)
            // on a boundary right after a soft line break: such a body holds no
            // boundary and ends in a plain line here (the quoted-printable tests
            // above cover boundaries inside one).
            let quoted = encoding.contains("quoted");
            let mut body: Vec<u8> = body
                .into_iter()
                .filter(|piece| !quoted || memchr::memmem::find(piece, b"--b1").is_none())
                .flatten()
                .collect();
            if quoted {
                body.extend_from_slice(format!("{newline}end").as_bytes());
            }
            // The body as the notice's text, its report, a complaint's report
            // and the returned message's headers, then a last plain part.
            let mut multipart =
                b"From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; boundary=b1\n\n"
                    .to_vec();
            for (head, opening) in [
                (format!("text/plain{charset}{encoding}"), ""),
                (format!("message/delivery-status{encoding}"), "Reporting-MTA: dns; mx\n\n"),
                (format!("message/feedback-report{encoding}"), "Feedback-Type: abuse\n"),
                (format!("text/rfc822-headers{charset}{encoding}"), "Subject: s\nTo: a@example.jp\n"),
            ] {
                multipart.extend_from_slice(format!("--b1\nContent-Type: {head}\n\n{opening}").as_bytes());
                multipart.extend_from_slice(&body);
                multipart.extend_from_slice(newline.as_bytes());
            }
            multipart.extend_from_slice(format!("--b1\nContent-Type: text/plain\n\nafter{newline}--b1--{newline}").as_bytes());
            let (whole, kept) = layers_both_ways(&multipart);
            proptest::prop_assert_eq!(whole, kept);
            let mut single = format!("From: MAILER-DAEMON@example.org\nContent-Type: text/plain{charset}{encoding}\n\n").into_bytes();
            single.extend_from_slice(&body);
            let (whole, kept) = layers_both_ways(&single);
            proptest::prop_assert_eq!(whole, kept);
        }
    }

    #[test]
    fn a_digest_part_without_a_type_is_a_message_not_plain_text() {
        let raw = "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: inside\n\nwords\n--d--\n";
        assert!(
            prepare(raw.as_bytes())
                .expect("a message")
                .kept_bodies
                .is_empty()
        );
        let (whole, kept) = layers_both_ways(raw.as_bytes());
        assert_eq!(whole, kept);
    }

    #[test]
    fn a_report_quoted_in_a_plain_text_notice_is_not_a_part() {
        let raw = "Content-Type: text/plain\n\nThe returned message:\n\n--b1\nContent-Type: message/rfc822\n\nMessage-ID: <m@example.jp>\n\nits body\n--b1--\n";
        let prepared = prepare(raw.as_bytes()).expect("a message");
        let (headers, body) = raw.split_once("\n\n").expect("a body");
        assert_eq!(prepared.for_parser, format!("{headers}\n\n").as_bytes());
        assert_eq!(prepared.kept_bodies[0].1, body.as_bytes());
        assert!(attached_report(raw.as_bytes()).is_none());
    }

    #[test]
    fn the_parser_gets_the_mime_fields_and_the_recognisers_the_wanted_ones() {
        let raw = "Received: from mx.example.jp\n\tby mx.example.org; Thu, 1 Jan 2025\nDKIM-Signature: v=1;\n b=abc\nFrom: MAILER-DAEMON@example.org\nX-Unread: 1\nno colon on this line\nContent-Type: text/plain;\n charset=us-ascii\r\n\r\nbody: not a field\n";
        let prepared = prepare(raw.as_bytes()).expect("a message");
        assert_eq!(
            prepared.headers,
            [
                (
                    "Received",
                    "from mx.example.jp\n\tby mx.example.org; Thu, 1 Jan 2025"
                ),
                ("From", "MAILER-DAEMON@example.org"),
                ("Content-Type", "text/plain;\n charset=us-ascii"),
            ]
        );
        assert_eq!(
            String::from_utf8_lossy(&prepared.for_parser),
            "From: MAILER-DAEMON@example.org\nContent-Type: text/plain;\n charset=us-ascii\r\n\n"
        );
        assert_eq!(prepared.kept_bodies[0].1, &b"body: not a field\n"[..]);
        // No field the parser reads: the first stands in, so that it still
        // sees a header block.
        let prepared = prepare(b"X-One: 1\nX-Two: 2\n\nbody\n").expect("a message");
        assert_eq!(&prepared.for_parser[..], b"X-One: 1\n\n");
        assert!(prepare(b"no header here\nnor here\n").is_none());
        assert!(prepare(b"").is_none());
    }
}
