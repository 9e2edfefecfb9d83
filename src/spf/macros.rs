//! Macro strings (RFC 7208 §7): their syntax, shared by the record parser,
//! and their expansion for one check.
//!
//! Expansion needs no DNS: the one letter that does (`p`) takes its value
//! from the context, which the evaluator fills in before expanding.

use std::fmt::Write as _;
use std::net::IpAddr;

use crate::i18n::t;

/// Longest domain name usable in a query, in presentation format without the trailing dot.
pub const MAX_DOMAIN_LEN: usize = 253;

/// A macro-string that is not valid, or cannot be expanded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[error("{message}")]
pub struct MacroError {
    pub message: String,
    /// Byte offset of the problem in the macro-string.
    pub offset: usize,
}

fn err(offset: usize, message: impl Into<String>) -> MacroError {
    MacroError {
        message: message.into(),
        offset,
    }
}

/// One `%{…}` macro-expand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MacroExpand<'a> {
    /// The macro letter, lower-cased.
    pub letter: char,
    /// Written upper-case: the value is URL-escaped (§7.3).
    pub url_escape: bool,
    /// Keep only this many right-hand parts (never zero).
    pub digits: Option<usize>,
    pub reverse: bool,
    /// Split characters; empty means the default `.`.
    pub delimiters: &'a str,
}

/// A piece of a parsed macro-string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Literal(&'a str),
    /// `%%`, `%_` or `%-`: a macro-expand in the ABNF, with a fixed value.
    Escape(&'static str),
    Macro(MacroExpand<'a>),
}

impl Piece<'_> {
    /// Counts as a `macro-expand` for the `domain-end` rule of §7.1.
    pub fn is_macro_expand(&self) -> bool {
        matches!(self, Piece::Escape(_) | Piece::Macro(_))
    }
}

const DELIMITERS: &str = ".-+,/_=";

/// Parse a macro-string. `for_exp` selects the explain-string grammar: the
/// letters `c`, `r`, `t` and spaces are allowed only there.
pub fn parse(spec: &str, for_exp: bool) -> Result<Vec<Piece<'_>>, MacroError> {
    let bytes = spec.as_bytes();
    let mut pieces = Vec::new();
    let mut i = 0;
    let mut literal_start = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'%' {
            let visible = (0x21..=0x7e).contains(&b) || (for_exp && b == b' ');
            if !visible {
                let ch = spec[i..].chars().next().unwrap_or('?');
                return Err(err(
                    i,
                    t!("spf-macro-invalid-character", character = format!("{ch:?}")),
                ));
            }
            i += 1;
            continue;
        }
        if literal_start < i {
            pieces.push(Piece::Literal(&spec[literal_start..i]));
        }
        match bytes.get(i + 1) {
            Some(b'%') => {
                pieces.push(Piece::Escape("%"));
                i += 2;
            }
            Some(b'_') => {
                pieces.push(Piece::Escape(" "));
                i += 2;
            }
            Some(b'-') => {
                pieces.push(Piece::Escape("%20"));
                i += 2;
            }
            Some(b'{') => {
                let (expand, next) = parse_expand(spec, i, for_exp)?;
                pieces.push(Piece::Macro(expand));
                i = next;
            }
            _ => {
                return Err(err(i, t!("spf-macro-bad-percent")));
            }
        }
        literal_start = i;
    }
    if literal_start < bytes.len() {
        pieces.push(Piece::Literal(&spec[literal_start..]));
    }
    Ok(pieces)
}

/// Parse `%{…}` starting at `start` (the `%`); returns the macro and the index after `}`.
fn parse_expand(
    spec: &str,
    start: usize,
    for_exp: bool,
) -> Result<(MacroExpand<'_>, usize), MacroError> {
    let bytes = spec.as_bytes();
    let mut i = start + 2;
    let Some(&raw) = bytes.get(i) else {
        return Err(err(start, t!("spf-macro-unterminated")));
    };
    let letter = raw.to_ascii_lowercase() as char;
    match letter {
        's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'h' | 'v' => {}
        'c' | 'r' | 't' if for_exp => {}
        'c' | 'r' | 't' => {
            return Err(err(
                start,
                t!("spf-macro-letter-exp-only", letter = letter.to_string()),
            ));
        }
        _ => {
            let shown = spec[i..].chars().next().unwrap_or('?');
            return Err(err(
                start,
                t!("spf-macro-unknown-letter", letter = format!("{shown:?}")),
            ));
        }
    }
    let url_escape = raw.is_ascii_uppercase();
    i += 1;
    let digits_start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let digits = if i > digits_start {
        // Saturate: a huge count just means "all parts".
        let n = spec[digits_start..i].bytes().fold(0usize, |n, d| {
            n.saturating_mul(10).saturating_add((d - b'0') as usize)
        });
        if n == 0 {
            return Err(err(start, t!("spf-macro-zero-digits")));
        }
        Some(n)
    } else {
        None
    };
    let mut reverse = false;
    if matches!(bytes.get(i), Some(b'r' | b'R')) {
        reverse = true;
        i += 1;
    }
    let delim_start = i;
    while i < bytes.len() && DELIMITERS.as_bytes().contains(&bytes[i]) {
        i += 1;
    }
    let delimiters = &spec[delim_start..i];
    if bytes.get(i) != Some(&b'}') {
        return Err(err(start, t!("spf-macro-expected-brace")));
    }
    Ok((
        MacroExpand {
            letter,
            url_escape,
            digits,
            reverse,
            delimiters,
        },
        i + 1,
    ))
}

/// Validate a domain-spec (§7.1): a macro-string ending in a macro-expand or
/// in `"." toplabel [ "." ]`.
pub fn validate_domain_spec(spec: &str) -> Result<(), MacroError> {
    if spec.is_empty() {
        return Err(err(0, t!("spf-macro-empty-domain")));
    }
    let pieces = parse(spec, false)?;
    match pieces.last() {
        Some(piece) if piece.is_macro_expand() => Ok(()),
        Some(Piece::Literal(tail)) => {
            let tail = tail.strip_suffix('.').unwrap_or(tail);
            let Some(dot) = tail.rfind('.') else {
                return Err(err(
                    0,
                    t!("spf-macro-domain-end", spec = format!("{spec:?}")),
                ));
            };
            let top = &tail[dot + 1..];
            if is_toplabel(top) {
                Ok(())
            } else {
                Err(err(
                    0,
                    t!(
                        "spf-macro-invalid-toplabel",
                        label = format!("{top:?}"),
                        spec = format!("{spec:?}")
                    ),
                ))
            }
        }
        _ => Err(err(0, t!("spf-macro-empty-domain"))),
    }
}

/// `toplabel` of §7.1: letters, digits and inner dashes, not all digits.
pub fn is_toplabel(label: &str) -> bool {
    let b = label.as_bytes();
    !b.is_empty()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
        && b.iter().any(|c| c.is_ascii_alphabetic() || *c == b'-')
}

/// The values the macro letters stand for in one check.
#[derive(Clone, Debug)]
pub struct MacroContext {
    /// `s`: the full sender, `local@domain` (local part defaulted to `postmaster`).
    pub sender: String,
    /// `l`
    pub local_part: String,
    /// `o`
    pub sender_domain: String,
    /// `d`: the domain whose record is being evaluated.
    pub domain: String,
    /// `i`, `c`, `v`. IPv4-mapped IPv6 addresses should be given as IPv4.
    pub ip: IpAddr,
    /// `h`
    pub helo: String,
    /// `p`: the validated name, resolved by the caller; `None` expands to `unknown`.
    pub validated_name: Option<String>,
    /// `r`
    pub receiver: String,
    /// `t`: seconds since the epoch.
    pub now: u64,
}

/// Does the macro-string use `letter` (lower-case)? Lets the caller resolve `p` only when needed.
pub fn uses_letter(spec: &str, letter: char) -> bool {
    parse(spec, true).is_ok_and(|pieces| {
        pieces
            .iter()
            .any(|p| matches!(p, Piece::Macro(m) if m.letter == letter))
    })
}

/// Expand a macro-string (§7.3, §7.4). `for_exp` is set for explanation text,
/// where `c`, `r`, `t` and spaces are allowed.
pub fn expand(spec: &str, ctx: &MacroContext, for_exp: bool) -> Result<String, MacroError> {
    let mut out = String::with_capacity(spec.len());
    for piece in parse(spec, for_exp)? {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            Piece::Escape(text) => out.push_str(text),
            Piece::Macro(m) => {
                let value = letter_value(m.letter, ctx);
                let transformed = transform(&value, &m);
                if m.url_escape {
                    url_escape(&transformed, &mut out);
                } else {
                    out.push_str(&transformed);
                }
            }
        }
    }
    Ok(out)
}

fn letter_value(letter: char, ctx: &MacroContext) -> String {
    match letter {
        's' => ctx.sender.clone(),
        'l' => ctx.local_part.clone(),
        'o' => ctx.sender_domain.clone(),
        'd' => ctx.domain.clone(),
        'i' => dotted_ip(ctx.ip),
        'p' => ctx
            .validated_name
            .clone()
            .unwrap_or_else(|| "unknown".to_string()),
        'v' => match ctx.ip {
            IpAddr::V4(_) => "in-addr".to_string(),
            IpAddr::V6(_) => "ip6".to_string(),
        },
        'h' => ctx.helo.clone(),
        'c' => ctx.ip.to_string(),
        'r' => ctx.receiver.clone(),
        't' => ctx.now.to_string(),
        _ => String::new(),
    }
}

/// `%{i}`: dotted quad, or 32 dot-separated nibbles for IPv6 (§7.3).
///
/// Nibbles are upper-case: DNS ignores the case, and the openspf suite's
/// explanation texts expect it.
pub fn dotted_ip(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let mut s = String::with_capacity(63);
            for (n, byte) in v6.octets().iter().enumerate() {
                if n > 0 {
                    s.push('.');
                }
                let _ = write!(s, "{:X}.{:X}", byte >> 4, byte & 0xf);
            }
            s
        }
    }
}

/// The reverse-lookup name of an address (`…in-addr.arpa` / `…ip6.arpa`).
pub fn reverse_name(ip: IpAddr) -> String {
    let dotted = dotted_ip(ip);
    let mut parts: Vec<&str> = dotted.split('.').collect();
    parts.reverse();
    match ip {
        IpAddr::V4(_) => format!("{}.in-addr.arpa", parts.join(".")),
        IpAddr::V6(_) => format!("{}.ip6.arpa", parts.join(".")),
    }
}

fn transform(value: &str, m: &MacroExpand<'_>) -> String {
    if m.digits.is_none() && !m.reverse && m.delimiters.is_empty() {
        return value.to_string();
    }
    let delims = if m.delimiters.is_empty() {
        "."
    } else {
        m.delimiters
    };
    let mut parts: Vec<&str> = value.split(|c| delims.contains(c)).collect();
    if m.reverse {
        parts.reverse();
    }
    if let Some(n) = m.digits
        && n < parts.len()
    {
        parts.drain(..parts.len() - n);
    }
    parts.join(".")
}

fn url_escape(value: &str, out: &mut String) {
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

/// Make an expanded domain usable as a query name: drop one trailing dot,
/// then drop left-hand labels until it fits in 253 characters (§7.3).
pub fn truncate_domain(expanded: &str) -> &str {
    let mut name = expanded.strip_suffix('.').unwrap_or(expanded);
    while name.len() > MAX_DOMAIN_LEN {
        match name.find('.') {
            Some(dot) => name = &name[dot + 1..],
            None => break,
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    /// The context of RFC 7208 §7.4's examples.
    fn rfc_ctx(ip: IpAddr) -> MacroContext {
        MacroContext {
            sender: "strong-bad@email.example.com".into(),
            local_part: "strong-bad".into(),
            sender_domain: "email.example.com".into(),
            domain: "email.example.com".into(),
            ip,
            helo: "mx.example.org".into(),
            validated_name: Some("mx.example.org".into()),
            receiver: "checker.example.net".into(),
            now: 1_000_000_000,
        }
    }

    #[test]
    fn rfc7208_section_7_4_examples() {
        let ctx = rfc_ctx(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 3)));
        let table = [
            ("%{s}", "strong-bad@email.example.com"),
            ("%{o}", "email.example.com"),
            ("%{d}", "email.example.com"),
            ("%{d4}", "email.example.com"),
            ("%{d3}", "email.example.com"),
            ("%{d2}", "example.com"),
            ("%{d1}", "com"),
            ("%{dr}", "com.example.email"),
            ("%{d2r}", "example.email"),
            ("%{l}", "strong-bad"),
            ("%{l-}", "strong.bad"),
            ("%{lr}", "strong-bad"),
            ("%{lr-}", "bad.strong"),
            ("%{l1r-}", "strong"),
            (
                "%{ir}.%{v}._spf.%{d2}",
                "3.2.0.192.in-addr._spf.example.com",
            ),
            ("%{lr-}.lp._spf.%{d2}", "bad.strong.lp._spf.example.com"),
            (
                "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}",
                "bad.strong.lp.3.2.0.192.in-addr._spf.example.com",
            ),
            (
                "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}",
                "3.2.0.192.in-addr.strong.lp._spf.example.com",
            ),
            (
                "%{d2}.trusted-domains.example.net",
                "example.com.trusted-domains.example.net",
            ),
            ("%{p}", "mx.example.org"),
            ("%{h}", "mx.example.org"),
            ("%%%_%-", "% %20"),
        ];
        for (spec, want) in table {
            assert_eq!(expand(spec, &ctx, false).unwrap(), want, "{spec}");
        }
    }

    #[test]
    fn rfc7208_ipv6_example() {
        let ip: Ipv6Addr = "2001:db8::cb01".parse().unwrap();
        let ctx = rfc_ctx(IpAddr::V6(ip));
        let got = expand("%{ir}.%{v}._spf.%{d2}", &ctx, false).unwrap();
        // The RFC prints the nibbles in lower case; DNS ignores the case.
        assert!(got.eq_ignore_ascii_case(
            "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"
        ));
        assert_eq!(expand("%{c}", &ctx, true).unwrap(), "2001:db8::cb01");
    }

    #[test]
    fn explanation_letters_and_escaping() {
        let mut ctx = rfc_ctx(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 3)));
        assert_eq!(
            expand("%{c} at %{r} %{t}", &ctx, true).unwrap(),
            "192.0.2.3 at checker.example.net 1000000000"
        );
        assert!(expand("%{c}", &ctx, false).is_err());
        assert!(expand("%{r}.example.com", &ctx, false).is_err());
        ctx.local_part = "~jack&jill=up-a_b3.c".into();
        assert_eq!(
            expand("%{L}", &ctx, false).unwrap(),
            "~jack%26jill%3Dup-a_b3.c"
        );
        ctx.local_part = "foo-bar+zip+quux".into();
        assert_eq!(expand("%{l2r+-}", &ctx, false).unwrap(), "bar.foo");
        ctx.validated_name = None;
        assert_eq!(expand("%{p}", &ctx, false).unwrap(), "unknown");
    }

    #[test]
    fn syntax_errors() {
        for bad in [
            "%", "%x", "%(ir)", "foo%.bar", "%{", "%{d", "%{x}", "%{d0}", "%{d2r!}", "a b",
        ] {
            assert!(parse(bad, false).is_err(), "{bad}");
        }
        assert!(parse("a b %{t}", true).is_ok());
    }

    #[test]
    fn domain_specs() {
        for good in [
            "example.com",
            "example.com.",
            "%{d}",
            "foo.%{d2}",
            "foo:bar/baz.example.com",
            "a.xn--zckzah",
            "x.123-4",
            "%%",
        ] {
            assert!(validate_domain_spec(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "museum",
            "museum.",
            "abc.123",
            "example.-com",
            "foo-bar",
            "%{d}com",
            "ex.com/24",
        ] {
            assert!(validate_domain_spec(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn long_names_lose_left_labels() {
        let long = format!("{}example.com.", "label.".repeat(60));
        let cut = truncate_domain(&long);
        assert!(cut.len() <= MAX_DOMAIN_LEN);
        assert!(cut.ends_with("label.example.com"));
        assert_eq!(truncate_domain("example.com."), "example.com");
    }

    #[test]
    fn reverse_names() {
        assert_eq!(
            reverse_name(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 3))),
            "3.2.0.192.in-addr.arpa"
        );
        let v6: Ipv6Addr = "2001:db8::1".parse().unwrap();
        assert!(reverse_name(IpAddr::V6(v6)).starts_with("1.0.0.0."));
        assert!(reverse_name(IpAddr::V6(v6)).ends_with("8.B.D.0.1.0.0.2.ip6.arpa"));
    }
}
