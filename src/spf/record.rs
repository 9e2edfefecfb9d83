//! The SPF record: its terms, as RFC 7208 §4.6 and §12 (ABNF) define them.
//!
//! Parsing is pure and total: any string gives a `Record` or a `ParseError`
//! naming the offending term and its column, never a panic.

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};

use crate::i18n::t;

/// Byte offsets into the record text (`start..end`), for positioned messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    Pass,
    Fail,
    SoftFail,
    Neutral,
}

impl Qualifier {
    /// The qualifier character as written (`+` for pass).
    pub fn symbol(self) -> char {
        match self {
            Qualifier::Pass => '+',
            Qualifier::Fail => '-',
            Qualifier::SoftFail => '~',
            Qualifier::Neutral => '?',
        }
    }
}

/// A domain-spec as written: a macro-string (RFC 7208 §7.1), expanded at evaluation time.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct DomainSpec(pub String);

impl DomainSpec {
    /// Contains a `%{…}` macro, so its target is only known for a given sender and client.
    pub fn has_macros(&self) -> bool {
        self.0.contains("%{")
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Optional CIDR lengths of `a` / `mx` (`a:host/24//64`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct DualCidr {
    pub v4: Option<u8>,
    pub v6: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Mechanism {
    All,
    Include {
        domain: DomainSpec,
    },
    A {
        domain: Option<DomainSpec>,
        cidr: DualCidr,
    },
    Mx {
        domain: Option<DomainSpec>,
        cidr: DualCidr,
    },
    Ptr {
        domain: Option<DomainSpec>,
    },
    Ip4 {
        addr: Ipv4Addr,
        prefix: u8,
    },
    Ip6 {
        addr: Ipv6Addr,
        prefix: u8,
    },
    Exists {
        domain: DomainSpec,
    },
}

impl Mechanism {
    /// Counts toward the 10-lookup limit of RFC 7208 §4.6.4.
    pub fn counts_as_lookup(&self) -> bool {
        matches!(
            self,
            Mechanism::Include { .. }
                | Mechanism::A { .. }
                | Mechanism::Mx { .. }
                | Mechanism::Ptr { .. }
                | Mechanism::Exists { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Modifier {
    Redirect {
        domain: DomainSpec,
    },
    Exp {
        domain: DomainSpec,
    },
    /// Any other `name=value`: ignored by evaluation (RFC 7208 §6), reported by the check.
    Unknown {
        name: String,
        value: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    Mechanism {
        qualifier: Qualifier,
        mechanism: Mechanism,
        span: Span,
    },
    Modifier {
        modifier: Modifier,
        span: Span,
    },
}

impl Term {
    pub fn span(&self) -> Span {
        match self {
            Term::Mechanism { span, .. } | Term::Modifier { span, .. } => *span,
        }
    }
}

/// A parsed record. `text` is the record as published (after joining TXT strings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub text: String,
    pub terms: Vec<Term>,
}

impl Record {
    /// The term's text exactly as written in the record.
    pub fn term_text(&self, term: &Term) -> &str {
        let span = term.span();
        &self.text[span.start..span.end]
    }
}

/// Why a record is not valid SPF. `column` is 1-based, in characters.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize)]
pub struct ParseError {
    pub message: String,
    pub term: String,
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(
            "spf-parse-error",
            message = self.message.as_str(),
            column = self.column,
            term = self.term.as_str()
        ))
    }
}

impl ParseError {
    fn new(text: &str, span: Span, message: impl Into<String>) -> ParseError {
        ParseError {
            message: message.into(),
            term: text[span.start..span.end].to_string(),
            column: text[..span.start].chars().count() + 1,
        }
    }
}

/// Does `text` start with the SPF version tag, `v=spf1` followed by a space or the end (§4.5)?
pub fn is_spf_record(text: &[u8]) -> bool {
    text.len() >= 6
        && text[..6].eq_ignore_ascii_case(b"v=spf1")
        && matches!(text.get(6), None | Some(b' '))
}

impl Record {
    /// Parse a whole record, `v=spf1` included. Any syntax error anywhere is
    /// an error (§4.6: the record is rejected as a whole, even after a match).
    pub fn parse(text: &str) -> Result<Record, ParseError> {
        if !is_spf_record(text.as_bytes()) {
            let end = text
                .char_indices()
                .find(|&(_, c)| c == ' ')
                .map_or(text.len(), |(i, _)| i);
            return Err(ParseError::new(
                text,
                Span { start: 0, end },
                t!("spf-parse-version"),
            ));
        }
        let mut terms = Vec::new();
        let mut seen_redirect = false;
        let mut seen_exp = false;
        let bytes = text.as_bytes();
        let mut i = 6;
        while i < bytes.len() {
            if bytes[i] == b' ' {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i] != b' ' {
                i += 1;
            }
            // Both ends sit next to an ASCII space or the text's ends: valid char boundaries.
            let span = Span { start, end: i };
            let term =
                parse_term(&text[start..i], span).map_err(|m| ParseError::new(text, span, m))?;
            if let Term::Modifier { modifier, .. } = &term {
                let (seen, name) = match modifier {
                    Modifier::Redirect { .. } => (&mut seen_redirect, "redirect"),
                    Modifier::Exp { .. } => (&mut seen_exp, "exp"),
                    Modifier::Unknown { .. } => (&mut false, ""),
                };
                if *seen {
                    return Err(ParseError::new(
                        text,
                        span,
                        t!("spf-parse-modifier-twice", name = name),
                    ));
                }
                *seen = true;
            }
            terms.push(term);
        }
        Ok(Record {
            text: text.to_string(),
            terms,
        })
    }

    /// The `redirect=` target, if any.
    pub fn redirect(&self) -> Option<(&DomainSpec, &Term)> {
        self.terms.iter().find_map(|t| match t {
            Term::Modifier {
                modifier: Modifier::Redirect { domain },
                ..
            } => Some((domain, t)),
            _ => None,
        })
    }

    /// The `exp=` domain, if any.
    pub fn exp(&self) -> Option<&DomainSpec> {
        self.terms.iter().find_map(|t| match t {
            Term::Modifier {
                modifier: Modifier::Exp { domain },
                ..
            } => Some(domain),
            _ => None,
        })
    }

    /// Has an `all` mechanism (which makes `redirect=` inert, §6.1).
    pub fn has_all(&self) -> bool {
        self.terms.iter().any(|t| {
            matches!(
                t,
                Term::Mechanism {
                    mechanism: Mechanism::All,
                    ..
                }
            )
        })
    }
}

fn is_modifier_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphabetic()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

fn domain_spec(value: &str, what: &str) -> Result<DomainSpec, String> {
    if value.is_empty() {
        return Err(t!("spf-parse-needs-domain", term = what));
    }
    crate::spf::macros::validate_domain_spec(value).map_err(|e| e.message)?;
    Ok(DomainSpec(value.to_string()))
}

fn parse_term(term: &str, span: Span) -> Result<Term, String> {
    if let Some((pos, c)) = term.char_indices().find(|&(_, c)| !(c.is_ascii_graphic())) {
        let character = format!("{c:?}");
        return Err(if c.is_ascii() {
            t!(
                "spf-parse-control-character",
                character = character.as_str(),
                offset = pos
            )
        } else {
            t!(
                "spf-parse-non-ascii-character",
                character = character.as_str(),
                offset = pos
            )
        });
    }
    // A modifier is `name=` with the `=` before any `:` or `/` (§4.6.1).
    let first_delim = term.find([':', '/', '=']);
    if let Some(eq) = first_delim.filter(|&p| term.as_bytes()[p] == b'=') {
        let (name, value) = (&term[..eq], &term[eq + 1..]);
        if !is_modifier_name(name) {
            if name.starts_with(['+', '-', '~', '?']) && is_modifier_name(&name[1..]) {
                return Err(t!("spf-parse-modifier-qualifier"));
            }
            if name.is_empty() {
                return Err(t!("spf-parse-modifier-name-empty"));
            }
            return Err(t!(
                "spf-parse-modifier-name-invalid",
                name = format!("{name:?}")
            ));
        }
        let modifier = if name.eq_ignore_ascii_case("redirect") {
            Modifier::Redirect {
                domain: domain_spec(value, "redirect=")?,
            }
        } else if name.eq_ignore_ascii_case("exp") {
            Modifier::Exp {
                domain: domain_spec(value, "exp=")?,
            }
        } else {
            // Never expanded, so any macro letter is fine; spaces cannot occur inside a term.
            crate::spf::macros::parse(value, true).map_err(|e| e.message)?;
            Modifier::Unknown {
                name: name.to_string(),
                value: value.to_string(),
            }
        };
        return Ok(Term::Modifier { modifier, span });
    }

    let (qualifier, body) = match term.as_bytes()[0] {
        b'+' => (Qualifier::Pass, &term[1..]),
        b'-' => (Qualifier::Fail, &term[1..]),
        b'~' => (Qualifier::SoftFail, &term[1..]),
        b'?' => (Qualifier::Neutral, &term[1..]),
        _ => (Qualifier::Pass, term),
    };
    let name_end = body.find([':', '/']).unwrap_or(body.len());
    let (name, rest) = body.split_at(name_end);
    let lname = name.to_ascii_lowercase();
    let mechanism = match lname.as_str() {
        "all" => {
            if !rest.is_empty() {
                return Err(t!("spf-parse-all-argument"));
            }
            Mechanism::All
        }
        "include" | "exists" => {
            let Some(value) = rest.strip_prefix(':') else {
                return Err(t!(
                    "spf-parse-needs-colon-domain",
                    mechanism = lname.as_str()
                ));
            };
            let domain = domain_spec(value, &lname)?;
            if lname == "include" {
                Mechanism::Include { domain }
            } else {
                Mechanism::Exists { domain }
            }
        }
        "a" | "mx" => {
            let (spec, cidr) = split_dual_cidr(rest)?;
            let domain = match spec {
                "" => None,
                s => match s.strip_prefix(':') {
                    Some(value) => Some(domain_spec(value, &lname)?),
                    None => {
                        return Err(t!(
                            "spf-parse-unexpected",
                            text = format!("{s:?}"),
                            mechanism = lname.as_str()
                        ));
                    }
                },
            };
            if lname == "a" {
                Mechanism::A { domain, cidr }
            } else {
                Mechanism::Mx { domain, cidr }
            }
        }
        "ptr" => {
            let domain = match rest {
                "" => None,
                s => match s.strip_prefix(':') {
                    Some(value) => Some(domain_spec(value, "ptr")?),
                    None => return Err(t!("spf-parse-ptr-prefix")),
                },
            };
            Mechanism::Ptr { domain }
        }
        "ip4" => {
            let Some(value) = rest.strip_prefix(':') else {
                return Err(t!("spf-parse-needs-address", mechanism = "ip4"));
            };
            let (addr, prefix) = match value.split_once('/') {
                Some((a, p)) => (a, Some(p)),
                None => (value, None),
            };
            let Ok(addr) = addr.parse::<Ipv4Addr>() else {
                return Err(t!("spf-parse-invalid-ipv4", address = format!("{addr:?}")));
            };
            let prefix = match prefix {
                Some(p) => cidr_length(p, 32, "ip4")?,
                None => 32,
            };
            Mechanism::Ip4 { addr, prefix }
        }
        "ip6" => {
            let Some(value) = rest.strip_prefix(':') else {
                return Err(t!("spf-parse-needs-address", mechanism = "ip6"));
            };
            let (addr, prefix) = match value.split_once('/') {
                Some((a, p)) => (a, Some(p)),
                None => (value, None),
            };
            let Ok(addr) = addr.parse::<Ipv6Addr>() else {
                return Err(t!("spf-parse-invalid-ipv6", address = format!("{addr:?}")));
            };
            let prefix = match prefix {
                Some(p) => cidr_length(p, 128, "ip6")?,
                None => 128,
            };
            Mechanism::Ip6 { addr, prefix }
        }
        "redirect" | "exp" => {
            return Err(t!("spf-parse-is-modifier", name = lname.as_str()));
        }
        "" => return Err(t!("spf-parse-missing-mechanism")),
        _ => {
            if name.len() > 3 && name.to_ascii_lowercase().ends_with("all") {
                return Err(t!(
                    "spf-parse-unknown-mechanism-all",
                    name = format!("{name:?}")
                ));
            }
            return Err(t!(
                "spf-parse-unknown-mechanism",
                name = format!("{name:?}")
            ));
        }
    };
    Ok(Term::Mechanism {
        qualifier,
        mechanism,
        span,
    })
}

/// A prefix length: digits without a leading zero, at most `max`.
fn cidr_length(digits: &str, max: u8, what: &str) -> Result<u8, String> {
    let range = || t!("spf-parse-prefix-range", mechanism = what, max = max);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(t!(
            "spf-parse-prefix-invalid",
            mechanism = what,
            digits = format!("{digits:?}")
        ));
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return Err(t!(
            "spf-parse-prefix-leading-zero",
            mechanism = what,
            digits = format!("{digits:?}")
        ));
    }
    if digits.len() > 3 {
        return Err(range());
    }
    let n: u16 = digits.parse().map_err(|_| range())?;
    if n > u16::from(max) {
        return Err(range());
    }
    Ok(n as u8)
}

/// Split `[":" domain-spec] [ "/" v4 ] [ "//" v6 ]` into the spec part and the lengths.
///
/// The lengths are taken from the end: a domain-spec may itself contain `/`
/// (`a:foo:bar/baz.example.com`), but never ends in `/digits` validly.
fn split_dual_cidr(rest: &str) -> Result<(&str, DualCidr), String> {
    fn trailing_digits(s: &str) -> Option<(&str, &str)> {
        let cut = s.trim_end_matches(|c: char| c.is_ascii_digit());
        (cut.len() < s.len()).then(|| (cut, &s[cut.len()..]))
    }
    let mut cidr = DualCidr::default();
    let mut head = rest;
    if let Some((before, digits)) = trailing_digits(head)
        && let Some(before) = before.strip_suffix("//")
    {
        cidr.v6 = Some(cidr_length(digits, 128, "ip6")?);
        head = before;
    }
    if let Some((before, digits)) = trailing_digits(head)
        && let Some(before) = before.strip_suffix('/')
        && !before.ends_with('/')
    {
        if trailing_digits(before).is_some_and(|(b, _)| b.ends_with('/')) {
            return Err(t!("spf-parse-dual-cidr"));
        }
        cidr.v4 = Some(cidr_length(digits, 32, "ip4")?);
        head = before;
    }
    Ok((head, cidr))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mech(text: &str) -> Vec<(Qualifier, Mechanism)> {
        Record::parse(text)
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .terms
            .into_iter()
            .filter_map(|t| match t {
                Term::Mechanism {
                    qualifier,
                    mechanism,
                    ..
                } => Some((qualifier, mechanism)),
                _ => None,
            })
            .collect()
    }

    fn dom(s: &str) -> Option<DomainSpec> {
        Some(DomainSpec(s.into()))
    }

    #[test]
    fn valid_records() {
        let v4 = |s: &str| s.parse::<Ipv4Addr>().unwrap();
        let table: Vec<(&str, Vec<(Qualifier, Mechanism)>)> = vec![
            ("v=spf1", vec![]),
            ("V=SPF1  -ALL ", vec![(Qualifier::Fail, Mechanism::All)]),
            (
                "v=spf1 a a:dom.example a/24 a:dom.example/24//64 a//64",
                vec![
                    (
                        Qualifier::Pass,
                        Mechanism::A {
                            domain: None,
                            cidr: DualCidr::default(),
                        },
                    ),
                    (
                        Qualifier::Pass,
                        Mechanism::A {
                            domain: dom("dom.example"),
                            cidr: DualCidr::default(),
                        },
                    ),
                    (
                        Qualifier::Pass,
                        Mechanism::A {
                            domain: None,
                            cidr: DualCidr {
                                v4: Some(24),
                                v6: None,
                            },
                        },
                    ),
                    (
                        Qualifier::Pass,
                        Mechanism::A {
                            domain: dom("dom.example"),
                            cidr: DualCidr {
                                v4: Some(24),
                                v6: Some(64),
                            },
                        },
                    ),
                    (
                        Qualifier::Pass,
                        Mechanism::A {
                            domain: None,
                            cidr: DualCidr {
                                v4: None,
                                v6: Some(64),
                            },
                        },
                    ),
                ],
            ),
            (
                "v=spf1 ~mx:foo:bar/baz.example.com ?ptr ptr:%{d} ip4:192.0.2.0/24 -ip6:2001:db8::/32 exists:%{i}.x.example include:_spf.example.com",
                vec![
                    (
                        Qualifier::SoftFail,
                        Mechanism::Mx {
                            domain: dom("foo:bar/baz.example.com"),
                            cidr: DualCidr::default(),
                        },
                    ),
                    (Qualifier::Neutral, Mechanism::Ptr { domain: None }),
                    (
                        Qualifier::Pass,
                        Mechanism::Ptr {
                            domain: dom("%{d}"),
                        },
                    ),
                    (
                        Qualifier::Pass,
                        Mechanism::Ip4 {
                            addr: v4("192.0.2.0"),
                            prefix: 24,
                        },
                    ),
                    (
                        Qualifier::Fail,
                        Mechanism::Ip6 {
                            addr: "2001:db8::".parse().unwrap(),
                            prefix: 32,
                        },
                    ),
                    (
                        Qualifier::Pass,
                        Mechanism::Exists {
                            domain: DomainSpec("%{i}.x.example".into()),
                        },
                    ),
                    (
                        Qualifier::Pass,
                        Mechanism::Include {
                            domain: DomainSpec("_spf.example.com".into()),
                        },
                    ),
                ],
            ),
        ];
        for (text, want) in table {
            assert_eq!(mech(text), want, "{text}");
        }
    }

    #[test]
    fn modifiers_and_spans() {
        let text =
            "v=spf1 -all exp=explain.%{d} moo.cow-far_out=man:dog/cat redirect=_spf.example.com";
        let r = Record::parse(text).unwrap();
        let spans: Vec<&str> = r.terms.iter().map(|t| r.term_text(t)).collect();
        assert_eq!(
            spans,
            [
                "-all",
                "exp=explain.%{d}",
                "moo.cow-far_out=man:dog/cat",
                "redirect=_spf.example.com"
            ]
        );
        assert_eq!(r.exp().unwrap().as_str(), "explain.%{d}");
        assert_eq!(r.redirect().unwrap().0.as_str(), "_spf.example.com");
        assert!(r.has_all());

        let r = Record::parse("v=spf1 foo=%{c}.%{r} bar= ?all").unwrap();
        assert_eq!(r.terms.len(), 3);
        assert!(matches!(
            &r.terms[1],
            Term::Modifier { modifier: Modifier::Unknown { name, value }, .. } if name == "bar" && value.is_empty()
        ));
    }

    #[test]
    fn errors_name_the_term_and_column() {
        let table = [
            ("v=spf1 foo", "foo", 8, "unknown mechanism \"foo\""),
            (
                "v=spf1 ip4:1.2.3.4/33",
                "ip4:1.2.3.4/33",
                8,
                "ip4 prefix length must be 0-32",
            ),
            (
                "v=spf1 a ip4:1.2.3.4/024",
                "ip4:1.2.3.4/024",
                10,
                "leading zero",
            ),
            (
                "v=spf1 ip6:::1/129",
                "ip6:::1/129",
                8,
                "ip6 prefix length must be 0-128",
            ),
            ("v=spf1 ip6:1.2.3.4", "ip6:1.2.3.4", 8, "invalid IPv6"),
            ("v=spf1 ip4:::1", "ip4:::1", 8, "invalid IPv4"),
            (
                "v=spf1 ip4:1.2.3.4~all",
                "ip4:1.2.3.4~all",
                8,
                "invalid IPv4",
            ),
            ("v=spf1 ptr/0", "ptr/0", 8, "ptr takes no prefix length"),
            ("v=spf1 include:", "include:", 8, "needs a domain"),
            ("v=spf1 a: -all", "a:", 8, "needs a domain"),
            (
                "v=spf1 -redirect=x.example",
                "-redirect=x.example",
                8,
                "qualifier",
            ),
            ("v=spf1 =all", "=all", 8, "modifier name is empty"),
            ("v=spf1 1up=foo", "1up=foo", 8, "invalid modifier name"),
            (
                "v=spf1 redirect:x.example",
                "redirect:x.example",
                8,
                "is a modifier",
            ),
            ("v=spf1 -all.", "-all.", 8, "unknown mechanism"),
            ("v=spf1 all/8", "all/8", 8, "all takes no argument"),
            ("v=spf1 a:museum", "a:museum", 8, "top-level label"),
            (
                "v=spf1 a:abc.123",
                "a:abc.123",
                8,
                "invalid top-level label",
            ),
            ("v=spf1 a/24/64", "a/24/64", 8, "//ip6-length"),
            ("v=spf1 a:x.example/", "a:x.example/", 8, "top-level label"),
            (
                "v=spf1 exists:%{r}.x.example",
                "exists:%{r}.x.example",
                8,
                "only allowed in explanation",
            ),
            ("v=spf1 foo=%abc", "foo=%abc", 8, "'%'"),
            (
                "v=spf1 exp=a.example exp=b.example",
                "exp=b.example",
                22,
                "only once",
            ),
            ("v=spf1 é -all", "é", 8, "non-ASCII"),
            ("v=spf1 é a:\u{0}x", "é", 8, "non-ASCII"),
            (
                "v=spf1 a:x.example\r-all",
                "a:x.example\r-all",
                8,
                "control character",
            ),
            ("v=spf10", "v=spf10", 1, "v=spf1"),
            ("spf1", "spf1", 1, "v=spf1"),
        ];
        for (text, term, column, message) in table {
            let e = Record::parse(text).expect_err(text);
            assert_eq!((e.term.as_str(), e.column), (term, column), "{text}: {e}");
            assert!(e.message.contains(message), "{text}: {e}");
        }
    }
}
