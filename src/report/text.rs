//! Text from outside (DNS records, mail, the Zendesk API, file names) made safe to show.
//!
//! A TXT record or a bounce can carry terminal escape sequences that retitle the
//! window, clear the screen or hide text. Human output and stderr show every control
//! character escaped (`\x1b`); JSON keeps the exact text, which JSON escapes itself.

use std::borrow::Cow;

/// Whether a character would act on the terminal instead of being shown: C0 controls
/// (newline and tab included), DEL, C1 controls, and the bidirectional overrides and
/// isolates that reorder what is shown.
fn is_control(c: char) -> bool {
    matches!(c, '\0'..='\x1f' | '\x7f' | '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text with every control character escaped: `\x1b` for C0 and DEL, `\u{9b}` for
/// the others. Borrowed when there is nothing to escape.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            c if u32::from(c) < 0x80 && is_control(c) => {
                out.push_str(&format!("\\x{:02x}", u32::from(c)));
            }
            c if is_control(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// At most `max` characters of echoed input, with how much was left out: a message
/// quoting a 1 GB line must not be 1 GB.
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((end, _)) => Cow::Owned(format!("{}... ({} bytes in all)", &text[..end], text.len())),
    }
}

/// A bad input, in the one form every error of zdiag takes: `<what> '<input>': <why>
/// (<fix>)`. The input is clipped; `why` starts lower-case (an `io::Error`'s "No such
/// file or directory" too), and keeps its causes.
pub fn input_error(what: &str, input: &str, why: impl std::fmt::Display, fix: &str) -> String {
    let why = why.to_string();
    let mut chars = why.chars();
    let why = match (chars.next(), chars.next()) {
        // "No such file" → "no such file"; "SPF ..." and "DNS ..." stay.
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(why.chars().skip(1)).collect()
        }
        _ => why,
    };
    let input = clip(input, crate::limits::ECHO);
    if fix.is_empty() {
        format!("{what} '{input}': {why}")
    } else {
        format!("{what} '{input}': {why} ({fix})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_the_rest_kept() {
        assert!(matches!(printable("v=spf1 -all é ✓"), Cow::Borrowed(_)));
        assert_eq!(
            printable("\x1b]0;PWNED\x07\x1b[2J"),
            "\\x1b]0;PWNED\\x07\\x1b[2J"
        );
        assert_eq!(
            printable("a\nb\tc\rd\0e\x7f"),
            "a\\x0ab\\x09c\\x0dd\\x00e\\x7f"
        );
        assert_eq!(
            printable("\u{9b}31m \u{202e}txt"),
            "\\u{9b}31m \\u{202e}txt"
        );
    }

    #[test]
    fn echoed_input_is_clipped_on_a_character_boundary() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("ééééé", 2), "éé... (10 bytes in all)");
    }

    #[test]
    fn input_errors_take_one_form() {
        let io = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(
            input_error("--eml", "/nope", &io, "give the message as saved, .eml"),
            format!("--eml '/nope': {} (give the message as saved, .eml)", {
                let text = io.to_string();
                text[..1].to_lowercase() + &text[1..]
            })
        );
        assert_eq!(
            input_error("domain", "a..b", "SPF needs a name", ""),
            "domain 'a..b': SPF needs a name"
        );
    }
}
