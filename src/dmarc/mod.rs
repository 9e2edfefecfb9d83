//! DMARC policy records: RFC 9989 (DMARCbis) grammar, read with RFC 7489 compatibility.
//!
//! Parsing is pure and total: any string gives a `Record` or a `ParseError`
//! naming the offending tag and its column, never a panic. Problems receivers
//! recover from (an invalid `adkim`, an `fo` list with both `0` and `1`, an
//! out-of-range `pct`) do not fail the parse: they are listed in
//! `Record::issues`, and the default value is used, as RFC 9989 §4.8 says.

#[cfg(test)]
mod tests;

use std::fmt;

use crate::i18n::t;

/// Byte offsets into the record text (`start..end`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What the domain owner asks receivers to do with mail that fails DMARC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    None,
    Quarantine,
    Reject,
}

impl Policy {
    pub fn as_str(self) -> &'static str {
        match self {
            Policy::None => "none",
            Policy::Quarantine => "quarantine",
            Policy::Reject => "reject",
        }
    }

    /// Receivers block (quarantine or reject) failing mail.
    pub fn is_enforced(self) -> bool {
        self != Policy::None
    }

    /// The next lower policy: what receivers apply when `t=y` (RFC 9989 §4.7).
    pub fn downgraded(self) -> Policy {
        match self {
            Policy::Reject => Policy::Quarantine,
            _ => Policy::None,
        }
    }

    fn parse(value: &str) -> Option<Policy> {
        match value.to_ascii_lowercase().as_str() {
            "none" => Some(Policy::None),
            "quarantine" => Some(Policy::Quarantine),
            "reject" => Some(Policy::Reject),
            _ => None,
        }
    }
}

impl fmt::Display for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Identifier alignment mode (`adkim`, `aspf`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Alignment {
    /// `r`: the organisational domains must match.
    Relaxed,
    /// `s`: the domains must be identical.
    Strict,
}

impl Alignment {
    pub fn as_str(self) -> &'static str {
        match self {
            Alignment::Relaxed => "r",
            Alignment::Strict => "s",
        }
    }
}

/// The `psd` tag (RFC 9989 §4.7): is this a public suffix domain's record?
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Psd {
    /// `y`: a public suffix operator's record.
    Yes,
    /// `n`: the domain is an organisational domain.
    No,
    /// `u` (the default): unspecified.
    Unknown,
}

/// One failure-reporting option of `fo`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum FailureOption {
    /// `0`: report when all mechanisms fail to align.
    #[serde(rename = "0")]
    AllFail,
    /// `1`: report when any mechanism fails to align.
    #[serde(rename = "1")]
    AnyFail,
    /// `d`: report DKIM signature failures.
    #[serde(rename = "d")]
    Dkim,
    /// `s`: report SPF failures.
    #[serde(rename = "s")]
    Spf,
}

/// One `rua`/`ruf` destination.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ReportUri {
    /// The URI as written.
    pub uri: String,
    /// Lower-case scheme (`mailto`, `https`, ...).
    pub scheme: String,
    /// For `mailto:`, the address without the size suffix.
    pub address: Option<String>,
    /// For `mailto:`, the address's domain, lower-case.
    pub domain: Option<String>,
    /// The obsolete `!size` suffix (`10m`), when present.
    pub size: Option<String>,
    pub span: Span,
}

impl ReportUri {
    pub fn is_mailto(&self) -> bool {
        self.scheme == "mailto"
    }
}

/// One `name=value` tag as written.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Tag {
    /// Lower-case name.
    pub name: String,
    /// The value, trailing whitespace removed.
    pub value: String,
    /// The whole tag (name to end of value).
    pub span: Span,
    pub value_span: Span,
    /// Defined by RFC 9989, or one of RFC 7489's removed `pct`/`rf`/`ri`.
    pub known: bool,
}

/// A problem receivers recover from: the tag's default value is used instead.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Issue {
    pub tag: String,
    pub message: String,
    /// 1-based, in characters.
    pub column: usize,
}

/// What kind of error stopped the parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// The record does not follow the grammar, or a value is not allowed.
    Syntax,
    /// A tag appears twice.
    DuplicateTag,
}

/// Why a record is not valid DMARC. `column` is 1-based, in characters.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ParseError {
    pub kind: ErrorKind,
    pub message: String,
    /// The offending tag's name (`v` for the version), or `""` when there is none.
    pub tag: String,
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(
            "dmarc-parse-at",
            message = self.message.as_str(),
            column = self.column,
            tag = self.tag.as_str()
        ))
    }
}

impl std::error::Error for ParseError {}

/// Tags RFC 9989 defines.
pub const TAGS: [&str; 11] = [
    "v", "p", "sp", "np", "psd", "t", "adkim", "aspf", "fo", "rua", "ruf",
];
/// RFC 7489 tags that RFC 9989 removed; still recognised.
pub const REMOVED_TAGS: [&str; 3] = ["pct", "rf", "ri"];

/// A parsed DMARC record. Absent tags are `None`; the methods give the
/// effective values with RFC 9989's defaults.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Record {
    pub text: String,
    /// Every tag in order, `v` first, unknown tags included.
    pub tags: Vec<Tag>,
    pub p: Option<Policy>,
    pub sp: Option<Policy>,
    pub np: Option<Policy>,
    pub psd: Option<Psd>,
    /// `t=y`: testing mode.
    pub t: Option<bool>,
    pub adkim: Option<Alignment>,
    pub aspf: Option<Alignment>,
    pub fo: Option<Vec<FailureOption>>,
    pub rua: Vec<ReportUri>,
    pub ruf: Vec<ReportUri>,
    pub pct: Option<u8>,
    pub rf: Option<String>,
    pub ri: Option<u32>,
    /// Values receivers discard in favour of the default.
    pub issues: Vec<Issue>,
}

impl Record {
    /// Parse a whole record, `v=DMARC1` included.
    pub fn parse(text: &str) -> Result<Record, ParseError> {
        Parser::new(text).record()
    }

    /// The tag of that name (lower-case), if written.
    pub fn tag(&self, name: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.name == name)
    }

    /// Tags RFC 9989 does not define (and RFC 7489 did not either): receivers ignore them.
    pub fn unknown_tags(&self) -> impl Iterator<Item = &Tag> {
        self.tags.iter().filter(|t| !t.known)
    }

    /// `p`, or `none` when it is missing (RFC 9989 §4.7).
    pub fn policy(&self) -> Policy {
        self.p.unwrap_or(Policy::None)
    }

    /// `sp`, defaulting to `p`: the policy for existing subdomains.
    pub fn subdomain_policy(&self) -> Policy {
        self.sp.unwrap_or_else(|| self.policy())
    }

    /// `np`, defaulting to `sp`, then `p`: the policy for non-existent subdomains.
    pub fn nonexistent_policy(&self) -> Policy {
        self.np.unwrap_or_else(|| self.subdomain_policy())
    }

    pub fn psd(&self) -> Psd {
        self.psd.unwrap_or(Psd::Unknown)
    }

    /// `t=y`: receivers apply the next lower policy.
    pub fn testing(&self) -> bool {
        self.t.unwrap_or(false)
    }

    pub fn dkim_alignment(&self) -> Alignment {
        self.adkim.unwrap_or(Alignment::Relaxed)
    }

    pub fn spf_alignment(&self) -> Alignment {
        self.aspf.unwrap_or(Alignment::Relaxed)
    }

    pub fn failure_options(&self) -> Vec<FailureOption> {
        self.fo
            .clone()
            .unwrap_or_else(|| vec![FailureOption::AllFail])
    }

    /// Is `p` the tag right after `v` (older RFC 7489 readers expect it there)?
    /// True when `p` is missing.
    pub fn p_follows_v(&self) -> bool {
        self.p.is_none() || self.tags.get(1).is_some_and(|t| t.name == "p")
    }

    /// The tag's text exactly as written.
    pub fn tag_text(&self, tag: &Tag) -> &str {
        self.text.get(tag.span.start..tag.span.end).unwrap_or("")
    }
}

/// A TXT record that selects as DMARC: `v` (either case), optional
/// whitespace around `=`, exactly `DMARC1`, then whitespace, `;` or the end.
pub fn is_dmarc_record(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    if !matches!(b.first(), Some(b'v' | b'V')) {
        return false;
    }
    i += 1;
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    if b.get(i) != Some(&b'=') {
        return false;
    }
    i += 1;
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    if b.get(i..i + 6) != Some(b"DMARC1") {
        return false;
    }
    matches!(b.get(i + 6), None | Some(b' ' | b'\t' | b';'))
}

/// 1-based character column of a byte offset (clamped, never panics).
pub fn column(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    text[..offset].chars().count() + 1
}

fn is_wsp(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        }
    }

    fn error(
        &self,
        kind: ErrorKind,
        offset: usize,
        tag: &str,
        message: impl Into<String>,
    ) -> ParseError {
        ParseError {
            kind,
            message: message.into(),
            tag: tag.to_string(),
            column: column(self.text, offset),
        }
    }

    fn syntax(&self, offset: usize, tag: &str, message: impl Into<String>) -> ParseError {
        self.error(ErrorKind::Syntax, offset, tag, message)
    }

    fn skip_wsp(&mut self) {
        while self.bytes.get(self.pos).copied().is_some_and(is_wsp) {
            self.pos += 1;
        }
    }

    fn version(&mut self) -> Result<Tag, ParseError> {
        match self.bytes.first() {
            None => {
                return Err(self.syntax(0, "v", t!("dmarc-parse-empty")));
            }
            Some(b) if is_wsp(*b) => {
                return Err(self.syntax(0, "v", t!("dmarc-parse-leading-whitespace")));
            }
            Some(b'v' | b'V') => {}
            Some(_) => return Err(self.syntax(0, "v", t!("dmarc-parse-not-version"))),
        }
        self.pos = 1;
        self.skip_wsp();
        if self.bytes.get(self.pos) != Some(&b'=') {
            return Err(self.syntax(self.pos, "v", t!("dmarc-parse-version-equals")));
        }
        self.pos += 1;
        self.skip_wsp();
        let start = self.pos;
        let word = self.bytes.get(start..start + 6);
        if word != Some(b"DMARC1") {
            let message = if word.is_some_and(|w| w.eq_ignore_ascii_case(b"DMARC1")) {
                t!("dmarc-parse-version-case")
            } else {
                t!("dmarc-parse-version")
            };
            return Err(self.syntax(start, "v", message));
        }
        self.pos = start + 6;
        if let Some(&b) = self.bytes.get(self.pos)
            && !is_wsp(b)
            && b != b';'
        {
            return Err(self.syntax(self.pos, "v", t!("dmarc-parse-version-semicolon")));
        }
        Ok(Tag {
            name: "v".into(),
            value: "DMARC1".into(),
            span: Span {
                start: 0,
                end: self.pos,
            },
            value_span: Span {
                start,
                end: self.pos,
            },
            known: true,
        })
    }

    fn record(mut self) -> Result<Record, ParseError> {
        let version = self.version()?;
        let mut record = Record {
            text: self.text.to_string(),
            tags: vec![version],
            p: None,
            sp: None,
            np: None,
            psd: None,
            t: None,
            adkim: None,
            aspf: None,
            fo: None,
            rua: Vec::new(),
            ruf: Vec::new(),
            pct: None,
            rf: None,
            ri: None,
            issues: Vec::new(),
        };
        loop {
            self.skip_wsp();
            let Some(&b) = self.bytes.get(self.pos) else {
                break;
            };
            let previous = record
                .tags
                .last()
                .map(|t| t.name.clone())
                .unwrap_or_default();
            if b != b';' {
                return Err(self.syntax(
                    self.pos,
                    &previous,
                    t!("dmarc-parse-semicolon", tag = previous.as_str()),
                ));
            }
            self.pos += 1;
            self.skip_wsp();
            let Some(&b) = self.bytes.get(self.pos) else {
                break; // a trailing `;`
            };
            if b == b';' {
                return Err(self.syntax(self.pos, "", t!("dmarc-parse-empty-tag")));
            }
            let tag = self.tag()?;
            self.interpret(tag, &mut record)?;
        }
        Ok(record)
    }

    /// `name *WSP "=" *WSP value`, value = printable ASCII but `;`, trailing whitespace trimmed.
    fn tag(&mut self) -> Result<Tag, ParseError> {
        let start = self.pos;
        while self
            .bytes
            .get(self.pos)
            .is_some_and(u8::is_ascii_alphabetic)
        {
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.syntax(start, "", t!("dmarc-parse-tag-name")));
        }
        let name = self.text[start..self.pos].to_ascii_lowercase();
        self.skip_wsp();
        if self.bytes.get(self.pos) != Some(&b'=') {
            return Err(self.syntax(
                self.pos,
                &name,
                t!("dmarc-parse-equals", tag = name.as_str()),
            ));
        }
        self.pos += 1;
        self.skip_wsp();
        let value_start = self.pos;
        while self.bytes.get(self.pos).is_some_and(|&b| b != b';') {
            self.pos += 1;
        }
        let mut value_end = self.pos;
        while value_end > value_start && is_wsp(self.bytes[value_end - 1]) {
            value_end -= 1;
        }
        if value_end == value_start {
            return Err(self.syntax(
                value_start,
                &name,
                t!("dmarc-parse-empty-value", tag = name.as_str()),
            ));
        }
        // `;` and the ends are ASCII, so both offsets are char boundaries.
        let value = &self.text[value_start..value_end];
        if let Some((i, c)) = value
            .char_indices()
            .find(|&(_, c)| !(c == '\t' || (' '..='~').contains(&c)))
        {
            return Err(self.syntax(
                value_start + i,
                &name,
                t!(
                    "dmarc-parse-character",
                    character = format!("{c:?}"),
                    tag = name.as_str()
                ),
            ));
        }
        let known = TAGS.contains(&name.as_str()) || REMOVED_TAGS.contains(&name.as_str());
        Ok(Tag {
            name,
            value: value.to_string(),
            span: Span {
                start,
                end: value_end,
            },
            value_span: Span {
                start: value_start,
                end: value_end,
            },
            known,
        })
    }

    fn interpret(&self, tag: Tag, record: &mut Record) -> Result<(), ParseError> {
        let name = tag.name.as_str();
        if tag.known && record.tags.iter().any(|t| t.name == name) {
            return Err(self.error(
                ErrorKind::DuplicateTag,
                tag.span.start,
                name,
                t!("dmarc-parse-duplicate", tag = name),
            ));
        }
        let value = tag.value.as_str();
        let at = tag.value_span.start;
        let lower = value.to_ascii_lowercase();
        let bad = |message: String| self.syntax(at, name, message);
        let issue = |message: String| Issue {
            tag: name.to_string(),
            message,
            column: column(self.text, at),
        };
        match name {
            "p" | "sp" | "np" => {
                let policy = Policy::parse(value).ok_or_else(|| {
                    bad(t!("dmarc-parse-policy-value", tag = name, value = value))
                })?;
                match name {
                    "p" => record.p = Some(policy),
                    "sp" => record.sp = Some(policy),
                    _ => record.np = Some(policy),
                }
            }
            "psd" => {
                record.psd = Some(match lower.as_str() {
                    "y" => Psd::Yes,
                    "n" => Psd::No,
                    "u" => Psd::Unknown,
                    _ => {
                        return Err(bad(t!("dmarc-parse-psd-value", tag = name, value = value)));
                    }
                })
            }
            "t" => {
                record.t = Some(match lower.as_str() {
                    "y" => true,
                    "n" => false,
                    _ => return Err(bad(t!("dmarc-parse-t-value", tag = name, value = value))),
                })
            }
            "adkim" | "aspf" => {
                let mode = match lower.as_str() {
                    "r" => Some(Alignment::Relaxed),
                    "s" => Some(Alignment::Strict),
                    _ => {
                        record.issues.push(issue(t!(
                            "dmarc-parse-alignment",
                            tag = name,
                            value = value
                        )));
                        None
                    }
                };
                if name == "adkim" {
                    record.adkim = mode;
                } else {
                    record.aspf = mode;
                }
            }
            "fo" => record.fo = self.failure_options(&tag, record)?,
            "rua" | "ruf" => {
                let uris = self.report_uris(&tag)?;
                if name == "rua" {
                    record.rua = uris;
                } else {
                    record.ruf = uris;
                }
            }
            "pct" => match value.parse::<u8>() {
                Ok(n) if n <= 100 && value.bytes().all(|b| b.is_ascii_digit()) => {
                    record.pct = Some(n)
                }
                _ => record
                    .issues
                    .push(issue(t!("dmarc-parse-pct", value = value))),
            },
            "ri" => match value.parse::<u32>() {
                Ok(n) if value.bytes().all(|b| b.is_ascii_digit()) => record.ri = Some(n),
                _ => record
                    .issues
                    .push(issue(t!("dmarc-parse-ri", value = value))),
            },
            "rf" => record.rf = Some(value.to_string()),
            _ => {}
        }
        record.tags.push(tag);
        Ok(())
    }

    /// `fo`: a colon list of 0, 1, d, s. An unknown option is an error; `0` with `1`
    /// or a repeated option is discarded in favour of the default, `0`.
    fn failure_options(
        &self,
        tag: &Tag,
        record: &mut Record,
    ) -> Result<Option<Vec<FailureOption>>, ParseError> {
        let mut options = Vec::new();
        let mut offset = tag.value_span.start;
        for part in tag.value.split(':') {
            let trimmed = part.trim_matches([' ', '\t']);
            let lead = part.len() - part.trim_start_matches([' ', '\t']).len();
            let option = match trimmed.to_ascii_lowercase().as_str() {
                "0" => FailureOption::AllFail,
                "1" => FailureOption::AnyFail,
                "d" => FailureOption::Dkim,
                "s" => FailureOption::Spf,
                _ => {
                    return Err(self.syntax(
                        offset + lead,
                        "fo",
                        t!("dmarc-parse-fo-option", option = trimmed),
                    ));
                }
            };
            options.push(option);
            offset += part.len() + 1;
        }
        let conflict =
            options.contains(&FailureOption::AllFail) && options.contains(&FailureOption::AnyFail);
        let repeated = options
            .iter()
            .enumerate()
            .any(|(i, o)| options[..i].contains(o));
        if conflict || repeated {
            let value = tag.value.as_str();
            record.issues.push(Issue {
                tag: "fo".into(),
                message: if conflict {
                    t!("dmarc-parse-fo-conflict", value = value)
                } else {
                    t!("dmarc-parse-fo-repeated", value = value)
                },
                column: column(self.text, tag.value_span.start),
            });
            return Ok(None);
        }
        Ok(Some(options))
    }

    /// `rua`/`ruf`: comma-separated URIs, whitespace allowed around the commas.
    fn report_uris(&self, tag: &Tag) -> Result<Vec<ReportUri>, ParseError> {
        let mut uris = Vec::new();
        let mut offset = tag.value_span.start;
        for part in tag.value.split(',') {
            let lead = part.len() - part.trim_start_matches([' ', '\t']).len();
            let uri = part.trim_matches([' ', '\t']);
            let start = offset + lead;
            let span = Span {
                start,
                end: start + uri.len(),
            };
            offset += part.len() + 1;
            uris.push(self.report_uri(&tag.name, uri, span)?);
        }
        Ok(uris)
    }

    fn report_uri(&self, name: &str, uri: &str, span: Span) -> Result<ReportUri, ParseError> {
        let err = |offset: usize, message: String| self.syntax(span.start + offset, name, message);
        if uri.is_empty() {
            return Err(err(0, t!("dmarc-parse-uri-empty", tag = name)));
        }
        let Some((scheme, rest)) = uri.split_once(':') else {
            return Err(err(0, t!("dmarc-parse-not-uri", uri = uri)));
        };
        let scheme_ok = scheme
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
        if !scheme_ok {
            return Err(err(0, t!("dmarc-parse-scheme", uri = uri)));
        }
        let scheme = scheme.to_ascii_lowercase();
        let rest_at = uri.len() - rest.len();
        if scheme != "mailto" {
            if rest.is_empty() {
                return Err(err(
                    rest_at,
                    t!(
                        "dmarc-parse-uri-empty-scheme",
                        uri = uri,
                        scheme = scheme.as_str()
                    ),
                ));
            }
            if let Some(i) = rest.find(|c: char| {
                matches!(
                    c,
                    ' ' | '\t' | '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}'
                )
            }) {
                return Err(err(rest_at + i, t!("dmarc-parse-uri-character", uri = uri)));
            }
            return Ok(ReportUri {
                uri: uri.to_string(),
                scheme,
                address: None,
                domain: None,
                size: None,
                span,
            });
        }
        // mailto:local@domain[?hfields][!size]: a `!` or `,` in the address must be %-encoded.
        let (address_part, size) = match rest.split_once('!') {
            Some((a, s)) => (a, Some(s)),
            None => (rest, None),
        };
        if let Some(size) = size {
            let digits = size.trim_end_matches(|c: char| {
                matches!(c, 'k' | 'm' | 'g' | 't' | 'K' | 'M' | 'G' | 'T')
            });
            let unit_len = size.len() - digits.len();
            if digits.is_empty() || unit_len > 1 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err(
                    rest_at + address_part.len(),
                    t!("dmarc-parse-size", size = size),
                ));
            }
        }
        let address = address_part
            .split_once('?')
            .map_or(address_part, |(a, _)| a);
        let Some((local, domain)) = address.rsplit_once('@') else {
            return Err(err(rest_at, t!("dmarc-parse-no-at", uri = uri)));
        };
        if local.is_empty() {
            return Err(err(rest_at, t!("dmarc-parse-empty-local", uri = uri)));
        }
        let domain_at = rest_at + local.len() + 1;
        let host = domain.strip_suffix('.').unwrap_or(domain);
        let labels_ok = !host.is_empty()
            && host.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            });
        if !labels_ok {
            return Err(err(domain_at, t!("dmarc-parse-domain", domain = domain)));
        }
        Ok(ReportUri {
            uri: uri.to_string(),
            scheme,
            address: Some(address.to_string()),
            domain: Some(host.to_ascii_lowercase()),
            size: size.map(str::to_string),
            span,
        })
    }
}
