//! Provider phrase tables: what Google, Microsoft, Yahoo, Tencent, GoDaddy, ...
//! mean by their own wording. Checked before the generic classes, because a
//! provider's own text is more specific than a generic pattern or code.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::reason::Facts;

/// `(phrase, reason)`, lower-cased, first match wins.
const PROVIDER_PHRASES: &[(&str, &str)] = &[
    // Google
    (
        "doesn't receive email according to the administrator",
        "notaccept",
    ),
    ("responded with code nxdomain", "networkerror"),
    (
        "messages with multiple addresses in from",
        "notcompliantrfc",
    ),
    (
        "the email account that you tried to reach is over quota",
        "mailboxfull",
    ),
    // Microsoft
    ("resolver.adr.recipientnotfound", "userunknown"),
    ("resolver.adr.recipnotfound", "userunknown"),
    (
        "remote server returned unknown recipient or mailbox unavailable",
        "userunknown",
    ),
    ("dns query failed", "networkerror"),
    ("access denied, banned sender", "blocked"),
    // GoDaddy
    ("has sent to too many recipients this hour", "speeding"),
    // Tencent
    ("connection frequency limited", "toomanyconn"),
    ("dmarc check failed", "authfailure"),
    // Cloudflare
    (
        "upstream error, please check https://developers.cloudflare.com",
        "systemerror",
    ),
    // Orange / La Poste
    ("the recipient account is blocked", "suspend"),
    ("le compte du destinataire est bloque", "suspend"),
    // Zoho
    ("email policy violation detected", "policyviolation"),
];

/// A reason from a provider's own wording, when it says something specific.
pub fn decide(facts: &Facts<'_>, _remote: &str, _domain: &str) -> Option<&'static str> {
    if facts.diagnostic.is_empty() {
        return None;
    }
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::new(PROVIDER_PHRASES.iter().map(|(p, _)| p))
            .expect("the provider phrases compile")
    });
    // The first phrase of the table that the text contains.
    FINDER
        .find_overlapping_iter(facts.diagnostic)
        .map(|m| m.pattern().as_usize())
        .min()
        .map(|at| PROVIDER_PHRASES[at].1)
}
