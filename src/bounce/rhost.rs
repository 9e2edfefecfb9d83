//! Provider phrase tables: what Google, Microsoft, Yahoo, Tencent, GoDaddy, ...
//! mean by their own wording. Checked before the generic classes, because a
//! provider's own text is more specific than a generic pattern or code. The
//! phrases that mean the same whichever host wrote them are
//! `phrases::PROVIDER_PHRASES`, compiled into the one automaton with the classes.

use super::phrases::{Hits, PROVIDER_PHRASES};
use super::reason::Facts;

#[path = "rhost_data.rs"]
mod data;

/// One provider's rules (`Sisimai/Rhost/*.pm`).
struct Module {
    /// Host names, or their tails, as Sisimai's `Rhost.pm` lists them.
    hosts: &'static [&'static str],
    rules: &'static [Rule],
}

/// A phrase of the provider's own and the reason it means there.
struct Rule {
    phrase: &'static str,
    reason: &'static str,
    code: Code,
}

/// The codes a phrase must come with.
enum Code {
    Any,
    /// Google's: reply and status, their class digit aside.
    ReplyStatus(&'static str, &'static str),
    /// Microsoft's: exactly this status.
    Status(&'static str),
    /// Microsoft's: a status `prefix` whose last number lies in the range.
    StatusRange(&'static str, u16, u16),
    /// Mimecast's: exactly this reply.
    Reply(&'static str),
}

impl Code {
    fn fits(&self, facts: &Facts<'_>) -> bool {
        match *self {
            Code::Any => true,
            Code::ReplyStatus(reply, status) => {
                facts.reply.len() == 3
                    && reply.get(1..) == facts.reply.get(1..)
                    && facts.status.len() > 2
                    && status
                        .get(2..)
                        .is_some_and(|s| s.starts_with(&facts.status[2..]))
            }
            Code::Status(status) => facts.status == status,
            Code::StatusRange(prefix, low, high) => {
                facts.status.contains(prefix)
                    && facts
                        .status
                        .rsplit('.')
                        .next()
                        .and_then(|n| n.parse::<u16>().ok())
                        .is_some_and(|n| (low..=high).contains(&n))
            }
            Code::Reply(reply) => facts.reply == reply,
        }
    }
}

/// Sisimai's rule for the first provider whose hosts name the remote host (or
/// whose host names contain the recipient's domain): the reason its wording
/// gives, if any.
fn by_module(facts: &Facts<'_>, remote: &str, domain: &str) -> Option<&'static str> {
    let module = data::MODULES.iter().find(|m| {
        m.hosts
            .iter()
            .any(|h| !remote.is_empty() && remote.contains(h))
            || !domain.is_empty() && m.hosts.iter().any(|h| h.contains(domain))
    })?;
    module
        .rules
        .iter()
        .find(|r| facts.diagnostic.contains(r.phrase) && r.code.fits(facts))
        .map(|r| r.reason)
}

/// A provider known by its hosts (remote MTA or recipient domain) and what its
/// own short wording means there (where the same words elsewhere mean less).
struct Provider {
    /// Remote host suffixes (`ezweb.ne.jp` matches `lsean.ezweb.ne.jp`).
    hosts: &'static [&'static str],
    /// Whether the recipient's domain alone names the provider too.
    by_domain: bool,
    phrases: &'static [(&'static str, &'static str)],
    /// When the phrases apply (the command, the status).
    when: fn(&Facts<'_>) -> bool,
}

const PROVIDERS: &[Provider] = &[
    // KDDI (au): `550 <addr>: User unknown` is the mailbox; `550 : User unknown` its filter.
    Provider {
        hosts: &["ezweb.ne.jp", "au.com"],
        by_domain: true,
        phrases: &[
            ("550 : user unknown", "filtered"),
            (">: user unknown", "userunknown"),
        ],
        when: |_| true,
    },
    // Microsoft consumer mail.
    Provider {
        hosts: &["hotmail.com", "outlook.com", "live.com", "msn.com"],
        by_domain: true,
        phrases: &[(
            "requested action not taken: mailbox unavailable",
            "userunknown",
        )],
        when: |_| true,
    },
    // Yahoo Inc.
    Provider {
        hosts: &["yahoodns.net"],
        by_domain: false,
        phrases: &[(
            "temporarily deferred due to unexpected volume or user complaints",
            "rejected",
        )],
        when: |_| true,
    },
    // Zoho.
    Provider {
        hosts: &["zoho.com", "zohomail.com"],
        by_domain: true,
        phrases: &[
            ("mail rejected by destination domain", "rejected"),
            ("reason: email flagged as spam", "rejected"),
        ],
        when: |_| true,
    },
    // NTT docomo rejects filtered mail after DATA as an unknown user.
    Provider {
        hosts: &["docomo.ne.jp"],
        by_domain: true,
        phrases: &[("550 unknown user ", "rejected")],
        when: |f| f.command != "RCPT" && !f.status.starts_with("5.2."),
    },
    // MessageLabs.
    Provider {
        hosts: &["messagelabs.com"],
        by_domain: true,
        phrases: &[(" rejected", "userunknown")],
        when: |_| true,
    },
];

/// Cox's `AUP#` codes (cox.com, email error codes).
const COX_CODES: &[(&str, &str)] = &[
    ("cxbl", "blocked"),
    ("cdrbl", "blocked"),
    ("ipbl", "blocked"),
    ("rrbl", "blocked"),
    ("cxdns", "blocked"),
    ("cxsnd", "rejected"),
    ("cxrcpt", "userunknown"),
    ("cxmxrt", "speeding"),
    ("cxsmtp", "notcompliantrfc"),
];

/// Spectrum's (Charter) `AUP#In-NNNN` / `AUP#Out-NNNN` codes.
const SPECTRUM_CODES: &[(&str, &str)] = &[
    ("1000", "blocked"),
    ("1010", "blocked"),
    ("1020", "blocked"),
    ("1090", "requireptr"),
    ("1260", "rejected"),
    ("1310", "toomanyconn"),
];

/// Orange and La Poste (France PTT): `OFR_999 [999]`, `LPN001_108`, the last three digits.
const FRANCEPTT_CODES: &[(&str, &str)] = &[
    ("102", "blocked"),
    ("103", "blocked"),
    ("107", "blocked"),
    ("108", "blocked"),
    ("426", "suspend"),
    ("505", "systemerror"),
    ("510", "blocked"),
    ("630", "policyviolation"),
    ("999", "blocked"),
];

fn host_matches(name: &str, hosts: &[&str]) -> bool {
    let name = name.trim_end_matches('.');
    hosts
        .iter()
        .any(|h| name == *h || name.strip_suffix(h).is_some_and(|rest| rest.ends_with('.')))
}

/// The code after `AUP#` (Cox, Spectrum).
fn aup_code(text: &str) -> Option<&str> {
    let at = text.find("aup#")? + 4;
    let code = &text[at..];
    let end = code
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(code.len());
    Some(&code[..end])
}

/// France PTT's three-digit code: `ofr_999`, `ofr005_505`, `lpn001_108`.
fn franceptt_code(text: &str) -> Option<&str> {
    for lead in ["ofr", "lpn"] {
        let mut search = 0;
        while let Some(at) = text[search..].find(lead) {
            let start = search + at + lead.len();
            let rest = &text[start..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if rest[digits..].starts_with('_') {
                let code = &rest[digits + 1..];
                if code.len() >= 3 && code.as_bytes()[..3].iter().all(u8::is_ascii_digit) {
                    return Some(&code[..3]);
                }
            }
            search = start;
        }
    }
    None
}

fn by_code(code: &str, table: &[(&'static str, &'static str)]) -> Option<&'static str> {
    table.iter().find(|(c, _)| code == *c).map(|(_, r)| *r)
}

/// A reason from the rules keyed to the remote host (or the recipient's
/// domain), when they say something specific: these stand as they are.
pub fn decide(facts: &Facts<'_>, remote: &str, domain: &str) -> Option<&'static str> {
    if facts.diagnostic.is_empty() {
        return None;
    }
    let text = facts.diagnostic;
    let remote = remote.to_ascii_lowercase();
    if let Some(reason) = by_module(facts, &remote, &domain.to_ascii_lowercase()) {
        return Some(reason);
    }
    let here = |hosts: &[&str]| host_matches(&remote, hosts) || host_matches(domain, hosts);
    if let Some(code) = aup_code(text) {
        if text.contains("cox.com") || here(&["cox.net"]) {
            let found = COX_CODES.iter().find(|(c, _)| code.starts_with(c));
            if let Some((_, reason)) = found {
                return Some(reason);
            }
        }
        if text.contains("spectrum.net") || here(&["charter.net", "spectrum.net"]) {
            let number = code.rsplit('-').next().unwrap_or(code);
            if let Some(reason) = by_code(number, SPECTRUM_CODES) {
                return Some(reason);
            }
        }
    }
    if here(&["orange.fr", "wanadoo.fr", "laposte.net", "pagesjaunes.fr"])
        && let Some(reason) = franceptt_code(text).and_then(|c| by_code(c, FRANCEPTT_CODES))
    {
        return Some(reason);
    }
    for provider in PROVIDERS {
        let at_host = host_matches(&remote, provider.hosts)
            || provider.by_domain && host_matches(domain, provider.hosts);
        if at_host
            && (provider.when)(facts)
            && let Some((_, reason)) = provider.phrases.iter().find(|(p, _)| text.contains(p))
        {
            return Some(reason);
        }
    }
    None
}

/// What a provider's own wording means (`phrases::PROVIDER_PHRASES`), found in the same
/// pass as the general classes. Like an MTA module's, the reason is where the
/// general rules start, not where they stop: a vague one is looked at again.
pub fn provider_wording(hits: Hits) -> Option<&'static str> {
    hits.provider_phrase().map(|at| PROVIDER_PHRASES[at].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(status: &'a str, reply: &'a str, text: &'a str) -> Facts<'a> {
        Facts {
            status,
            reply,
            diagnostic: text,
            ..Facts::default()
        }
    }

    #[test]
    fn provider_wording_counts_at_the_provider_only() {
        let f = facts("5.7.11", "550", "550 5.7.11 unknown or illegal alias: a@b");
        assert_eq!(by_module(&f, "mx2.me.com", ""), Some("userunknown"));
        assert_eq!(
            by_module(&f, "mx.example.net", "icloud.com"),
            Some("userunknown")
        );
        assert_eq!(by_module(&f, "mx.example.net", "example.net"), None);
    }

    #[test]
    fn provider_wording_with_its_codes() {
        let text = "550 5.7.26 unauthenticated email is not accepted due to domain's dmarc policy";
        let gmail = "gmail-smtp-in.l.google.com";
        assert_eq!(
            by_module(&facts("5.7.26", "550", text), gmail, ""),
            Some("authfailure")
        );
        // The same words with another code are not that rule.
        assert_eq!(by_module(&facts("5.1.1", "550", text), gmail, ""), None);
    }
}
