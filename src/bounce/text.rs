//! Addresses and whitespace as bounce messages write them.

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

/// Whether the short `text` (a host name, a domain) holds `part`: a plain scan,
/// without the setup `str::contains` pays on each call, asked of every provider's
/// hosts for every recipient.
pub(crate) fn short_holds(text: &str, part: &str) -> bool {
    part.is_empty()
        || text
            .as_bytes()
            .windows(part.len())
            .any(|window| window == part.as_bytes())
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
    let inner = text
        .trim()
        .trim_start_matches("mailto:")
        .trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | '[' | ']' | ',' | ';' | ':'))
        .trim_end_matches('.');
    if let Some((local, _)) = inner.rsplit_once('@')
        && quoted(local)
    {
        return inner.to_ascii_lowercase();
    }
    let t = text
        .trim()
        .trim_start_matches("mailto:")
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
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
