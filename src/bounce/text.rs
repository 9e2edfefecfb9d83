//! Addresses and whitespace as bounce messages write them.

use std::borrow::Cow;

use mail_parser::decoders::charsets::map::charset_decoder;

/// The bytes as text, invalid UTF-8 replaced: checked first with the standard
/// validator, which skips ASCII a word at a time (the lossy decoder goes a
/// byte at a time, and a bounce's parts are almost all valid).
pub(crate) fn lossy(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// Charsets whose mail-parser decoder reads every ASCII byte as itself, one
/// byte at a time: most notices declare one of them and are all ASCII.
const ASCII_AS_ITSELF: [&str; 7] = [
    "us-ascii",
    "ascii",
    "iso-8859-1",
    "iso-8859-15",
    "latin1",
    "windows-1252",
    "utf-8",
];

/// A text part's bytes read as mail-parser reads them: in `charset` when it
/// knows that charset, else as UTF-8 with invalid bytes replaced. ASCII in a
/// charset that reads it as itself is taken as it stands (the decoders push
/// a character at a time).
pub(crate) fn in_charset<'b>(bytes: &'b [u8], charset: Option<&str>) -> Cow<'b, str> {
    let ascii_as_itself =
        charset.is_none_or(|name| ASCII_AS_ITSELF.iter().any(|c| name.eq_ignore_ascii_case(c)));
    if ascii_as_itself
        && bytes.is_ascii()
        && let Ok(text) = std::str::from_utf8(bytes)
    {
        return Cow::Borrowed(text);
    }
    match charset.and_then(|name| charset_decoder(name.as_bytes())) {
        Some(decode) => Cow::Owned(decode(bytes)),
        None => match std::str::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(bytes),
        },
    }
}

/// A report part's text. A `message/delivery-status` part declares no
/// charset, yet MTAs write their own words into it in theirs: ISO-2022-JP's
/// escape sequences (RFC 1468, 7-bit and meaning nothing else) are decoded,
/// and bytes that are not UTF-8 are read in `charset`, the one the notice's
/// text declares (the same MTA wrote both), else as Windows-1252, where every
/// byte is a character and Latin-1's accents stay what they were.
pub(crate) fn report_text(bytes: &[u8], charset: Option<&str>) -> String {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => {
            let decoder = charset
                .and_then(|name| charset_decoder(name.as_bytes()))
                .or_else(|| charset_decoder(b"windows-1252"));
            match decoder {
                Some(decode) => decode(bytes),
                None => String::from_utf8_lossy(bytes).into_owned(),
            }
        }
    };
    match iso_2022_jp(&text) {
        Cow::Owned(decoded) => decoded,
        Cow::Borrowed(_) => text,
    }
}

/// Whether `text` switches to JIS X 0208 (`ESC $ B`, `ESC $ @`), as text in
/// ISO-2022-JP that nothing decoded does.
fn has_iso_2022_jp(text: &str) -> bool {
    // Almost no text holds an escape at all: one byte scan rules it out.
    memchr::memchr(0x1b, text.as_bytes()).is_some()
        && (memchr::memmem::find(text.as_bytes(), b"\x1b$B").is_some()
            || memchr::memmem::find(text.as_bytes(), b"\x1b$@").is_some())
}

/// `text` with its ISO-2022-JP decoded (its ASCII is ASCII), borrowed when it
/// holds none.
pub(crate) fn iso_2022_jp(text: &str) -> Cow<'_, str> {
    match charset_decoder(b"iso-2022-jp") {
        Some(decode) if has_iso_2022_jp(text) => Cow::Owned(decode(text.as_bytes())),
        _ => Cow::Borrowed(text),
    }
}

/// A plausible mailbox: `local@domain.tld`, no spaces.
pub(crate) fn is_address(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && text.len() < 255
        && !text.contains(|c: char| c.is_whitespace() || c == '<' || c == '>')
        && (!local.contains('"') || quoted(local))
        && !domain.contains('"')
}

/// Whether `text` holds `part`, without the setup `str::contains` pays on
/// each call for a short text or a long part (a two-way searcher): the first
/// byte found by `memchr`, the rest compared there. For host names, domains and
/// a diagnostic's few lines, asked of many phrases in turn.
pub(crate) fn short_holds(text: &str, part: &str) -> bool {
    let (text, part) = (text.as_bytes(), part.as_bytes());
    let Some((&first, rest)) = part.split_first() else {
        return true;
    };
    let Some(last_start) = text.len().checked_sub(part.len()) else {
        return false;
    };
    memchr::memchr_iter(first, &text[..=last_start])
        .any(|at| &text[at + 1..at + part.len()] == rest)
}

/// Where `needle` first starts in `text`. `str::find` builds a two-way searcher
/// and walks the text with it byte by byte; memchr's finder is cheaper to set
/// up for a short text and skips through a long one with SIMD.
pub(crate) fn find(text: &str, needle: &str) -> Option<usize> {
    memchr::memmem::find(text.as_bytes(), needle.as_bytes())
}

/// Where `needle` last starts in `text` (see [`find`]).
pub(crate) fn rfind(text: &str, needle: &str) -> Option<usize> {
    memchr::memmem::rfind(text.as_bytes(), needle.as_bytes())
}

/// All `pieces` appear in `text`, in order, without overlapping.
pub(crate) fn aligned(text: &str, pieces: &[&str]) -> bool {
    let mut rest = text.as_bytes();
    for piece in pieces {
        match memchr::memmem::find(rest, piece.as_bytes()) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

/// Whether `text` holds `phrase`. `str::contains` looks for a needle of up to 32
/// bytes with SIMD and no setup, but builds a two-way searcher for a longer one on
/// every call: the phrase's first 32 bytes rule most texts out first.
pub(crate) fn holds(text: &str, phrase: &str) -> bool {
    match phrase.get(..32) {
        Some(head) if phrase.len() > 32 => text.contains(head) && text.contains(phrase),
        _ => text.contains(phrase),
    }
}

/// Whether a header value holds the lower-cased `needle`, ASCII case aside:
/// asked of every notice by most families, so without a lower-cased copy.
pub(crate) fn has_ignoring_case(value: &str, needle: &str) -> bool {
    let (value, needle) = (value.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    // Only where the first byte matches, in either case, is the rest compared.
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), value).any(|at| {
        value
            .get(at..at + needle.len())
            .is_some_and(|window| window.eq_ignore_ascii_case(needle))
    })
}

/// A quoted local part: `"neko..nyaan"`.
fn quoted(local: &str) -> bool {
    local.len() > 2
        && local.starts_with('"')
        && local.ends_with('"')
        && local[1..local.len() - 1].find('"').is_none()
}

/// Clean an address as found in text: brackets, quotes, `mailto:`, trailing dots.
pub(crate) fn clean_address(text: &str) -> String {
    // `trim_start_matches` with a string sets up a search on every call.
    let mut bare = text.trim();
    while let Some(rest) = bare.strip_prefix("mailto:") {
        bare = rest;
    }
    let inner = bare
        .trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | '[' | ']' | ',' | ';' | ':'))
        .trim_end_matches('.');
    if let Some((local, _)) = inner.rsplit_once('@')
        && quoted(local)
    {
        return inner.to_ascii_lowercase();
    }
    let t = bare
        .trim_matches(|c: char| {
            matches!(
                c,
                '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']' | ',' | ';' | ':'
            )
        })
        .trim_end_matches('.');
    t.to_ascii_lowercase()
}

/// Collapse whitespace runs into one space and trim.
pub(crate) fn sweep(text: &str) -> String {
    if text.is_ascii() {
        return sweep_ascii(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// [`sweep`] for ASCII text, byte by byte: most diagnostics are ASCII, and
/// `split_whitespace` decodes every character to ask Unicode about it.
fn sweep_ascii(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    for word in text
        .as_bytes()
        .split(|b| matches!(b, b' ' | b'\t'..=b'\r'))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(b' ');
        }
        out.extend_from_slice(word);
    }
    // ASCII in, ASCII out.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_taken_as_it_stands_is_what_the_charset_decoders_give() {
        let ascii: Vec<u8> = (0..0x80).collect();
        for name in ASCII_AS_ITSELF {
            for bytes in std::iter::once(&ascii[..]).chain(ascii.chunks(1)) {
                let decoded = match charset_decoder(name.as_bytes()) {
                    Some(decode) => decode(bytes),
                    None => String::from_utf8_lossy(bytes).into_owned(),
                };
                assert_eq!(decoded.as_bytes(), bytes, "{name}");
                assert_eq!(in_charset(bytes, Some(name)), decoded, "{name}");
            }
        }
        // Not so in UTF-7, whose `+` opens base64.
        assert_eq!(in_charset(b"+AGE-", Some("utf-7")), "a");
    }

    #[test]
    fn addresses_lose_their_wrapping_and_case() {
        assert_eq!(clean_address(" <User@Example.NET>: "), "user@example.net");
        assert_eq!(
            clean_address("mailto:mailto:user@example.net"),
            "user@example.net"
        );
        assert_eq!(clean_address("(\"user@example.net\"),"), "user@example.net");
        assert_eq!(
            clean_address("\"neko..nyaan\"@Example.org"),
            "\"neko..nyaan\"@example.org"
        );
    }

    #[test]
    fn long_phrases_are_found_as_short_ones_are() {
        let text = "this message was created automatically by mail delivery software.";
        assert!(holds(
            text,
            "this message was created automatically by mail delivery software"
        ));
        // The same first 32 bytes, another ending.
        assert!(!holds(
            text,
            "this message was created automatically by mail transfer agent"
        ));
        assert!(holds(text, "mail delivery"));
        assert!(!holds(
            "short",
            "a phrase longer than thirty-two bytes in all"
        ));
        assert!(holds(text, ""));
    }

    #[test]
    fn ascii_text_is_swept_as_any_text_is() {
        for text in [
            "",
            "   ",
            "550  5.1.1\t<a@b>:\r\n  User\x0bunknown\x0c ",
            "one",
            " \n lead and trail \n ",
            "a\x1cb\x1fc",
        ] {
            let by_unicode: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(sweep_ascii(text), by_unicode.join(" "), "{text:?}");
        }
        assert_eq!(sweep("non\u{a0}ascii  words"), "non ascii words");
    }

    proptest::proptest! {
        #[test]
        fn any_ascii_text_is_swept_as_any_text_is(text in "[ -~\t-\r\x1c-\x1f]{0,80}") {
            let by_unicode: Vec<&str> = text.split_whitespace().collect();
            proptest::prop_assert_eq!(sweep_ascii(&text), by_unicode.join(" "));
        }

        #[test]
        fn a_short_text_holds_what_contains_finds(text in "[a-c.]{0,12}", part in "[a-c.]{0,4}") {
            proptest::prop_assert_eq!(short_holds(&text, &part), text.contains(part.as_str()));
        }
    }

    #[test]
    fn report_text_decodes_iso_2022_jp_and_leaves_the_rest() {
        // "ユーザー" and "は" in JIS X 0208, around ASCII.
        let raw = b"X-Notes; \x1b$B%f!<%6!<\x1b(BNeko \x1b$B$O\x1b(B Domino";
        assert_eq!(report_text(raw, None), "X-Notes; ユーザーNeko は Domino");
        let plain = "Status: 5.1.1\nDiagnostic-Code: smtp; 550 unknown\n";
        assert_eq!(report_text(plain.as_bytes(), Some("iso-8859-1")), plain);
        // An escape that is not ISO-2022-JP's stays as it is.
        assert_eq!(report_text(b"a \x1b[1m b", None), "a \x1b[1m b");
    }

    #[test]
    fn report_text_not_in_utf8_is_read_in_the_notices_charset() {
        let latin1 = b"non r\xe9pertori\xe9 dans l'annuaire Domino";
        let french = "non répertorié dans l'annuaire Domino";
        assert_eq!(report_text(latin1, Some("ISO-8859-1")), french);
        assert_eq!(report_text(latin1, None), french);
        assert_eq!(report_text(latin1, Some("no-such-charset")), french);
        // "ユーザ" in Shift_JIS, as the notice's text declares it.
        assert_eq!(
            report_text(b"\x83\x86\x81[\x83U", Some("Shift_JIS")),
            "ユーザ"
        );
    }

    #[test]
    fn a_header_value_holds_a_needle_in_any_ascii_case() {
        assert!(has_ignoring_case(
            "from MX.Example.ORG (qmail Invoked For Bounce)",
            "invoked for bounce"
        ));
        assert!(has_ignoring_case("ZOHO", "zoho"));
        // A first byte that matches where the rest does not, then one where it does.
        assert!(has_ignoring_case("zozoho", "zoho"));
        assert!(!has_ignoring_case("zoh", "zoho"));
        assert!(!has_ignoring_case("", "x"));
        assert!(has_ignoring_case("anything", ""));
    }
}
