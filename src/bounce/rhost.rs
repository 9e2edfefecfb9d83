//! Provider phrase tables: what Google, Microsoft, Yahoo, Tencent, GoDaddy, ...
//! mean by their own wording. Checked before the generic classes, because a
//! provider's own text is more specific than a generic pattern or code. The
//! phrases that mean the same whichever host wrote them are
//! `phrases::PROVIDER_PHRASES`, compiled into the one automaton with the classes.

use super::phrases::{Hits, PROVIDER_PHRASES};
use super::reason::Facts;
use super::text::{find, short_holds};

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

/// Providers Sisimai reads by their hosts since 5.2, beyond the 5.1 modules of
/// `rhost_data.rs`: their hosts and wording as Sisimai's Go port keeps them
/// (`rhost/for-aol.go`, `for-cloudflare.go`, `for-messagelabs.go`; BSD 2-Clause,
/// the notice at the end of status.rs), lower-cased, first match wins.
const LATER_MODULES: &[Module] = &[
    // AOL's own resolver errors.
    Module {
        hosts: &[".mail.aol.com", ".mx.aol.com"],
        rules: &[
            rule("host or domain name not found", "hostunknown"),
            rule(
                "type=mx: malformed or unexpected name server reply",
                "notaccept",
            ),
        ],
    },
    // Cloudflare Email Routing.
    Module {
        hosts: &[".mx.cloudflare.net"],
        rules: &[
            rule("found on one or more dnsbls", "blocked"),
            rule("upstream error", "systemerror"),
        ],
    },
    // Broadcom (Symantec) Email Security.cloud, after its list of SMTP errors.
    Module {
        hosts: &[".messagelabs.com"],
        rules: &[
            rule("domain authentication fail", "authfailure"),
            rule("connection rejected by policy", "badreputation"),
            rule("mail rejected because your ip is in the pbl", "blocked"),
            rule("your ip address has been ", "blocked"),
            rule("stray linefeeds in message", "contenterror"),
            rule("tls/sslv3 connection required", "failedstarttls"),
            rule(" as a relay, ", "norelaying"),
            rule("550 requested action aborted [4]", "notcompliantrfc"),
            rule(
                "has detected that this message is not rfc 5322",
                "notcompliantrfc",
            ),
            rule(
                "sender envelope domain not allowed for sender ip address",
                "rejected",
            ),
            rule("your domain has been blocked", "rejected"),
            rule("your email address has been blocked", "rejected"),
            rule("your envelope sender is in my badmailfrom list", "rejected"),
            rule("your email address has been blacklisted", "rejected"),
            rule("your domain has been blacklisted", "rejected"),
            rule(
                "please turn on smtp authentication in your mail client",
                "securityerror",
            ),
            rule("message filtered", "spamdetected"),
            rule("filtered by outbound scanning", "spamdetected"),
            rule("too many recipients received this hour", "toomanyconn"),
            rule("too many messages", "toomanyconn"),
            rule("no such user", "userunknown"),
            rule("invalid recipient", "userunknown"),
            rule("mailbox is not allowed", "userunknown"),
        ],
    },
];

/// A phrase that means its reason whatever the codes.
const fn rule(phrase: &'static str, reason: &'static str) -> Rule {
    Rule {
        phrase,
        reason,
        code: Code::Any,
    }
}

/// Sisimai's rule for the provider whose host names contain the recipient's
/// domain, else the first whose hosts name the remote host (the recipient's
/// domain is asked first, as Sisimai's `rhost.Name` does since 5.2: mail for
/// aol.com handed to a Yahoo MX is AOL's): the reason its wording gives, if any.
fn by_module(facts: &Facts<'_>, remote: &str, domain: &str) -> Option<&'static str> {
    let modules = || data::MODULES.iter().chain(LATER_MODULES);
    let module = modules()
        .find(|m| !domain.is_empty() && m.hosts.iter().any(|h| short_holds(h, domain)))
        .or_else(|| {
            modules().find(|m| !remote.is_empty() && m.hosts.iter().any(|h| short_holds(remote, h)))
        })?;
    module
        .rules
        .iter()
        .find(|r| r.code.fits(facts) && short_holds(facts.diagnostic, r.phrase))
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
    // KDDI (au): `550 <addr>: User unknown` is the mailbox; `550 : User unknown` its
    // filter (Sisimai/Rhost/KDDI.pm).
    Provider {
        hosts: &["ezweb.ne.jp", "au.com"],
        by_domain: true,
        phrases: &[
            ("550 : user unknown", "filtered"),
            (">: user unknown", "userunknown"),
        ],
        when: |_| true,
    },
    // Microsoft consumer mail (Sisimai/Lhost/Outlook.pm; Rhost/Microsoft.pm gives the
    // same words under 5.5.0).
    Provider {
        hosts: &["hotmail.com", "outlook.com", "live.com", "msn.com"],
        by_domain: true,
        phrases: &[
            (
                "requested action not taken: mailbox unavailable",
                "userunknown",
            ),
            // Sisimai's Go port, rhost/for-outlook.go.
            (
                "the mail could not be delivered to the recipient because the domain is not reachable",
                "hostunknown",
            ),
        ],
        when: |_| true,
    },
    // Yahoo Inc. (Sisimai/Rhost/YahooInc.pm).
    Provider {
        hosts: &["yahoodns.net"],
        by_domain: false,
        phrases: &[(
            "temporarily deferred due to unexpected volume or user complaints",
            "rejected",
        )],
        when: |_| true,
    },
    // Zoho Mail (Sisimai's Go port, rhost/for-zoho.go; 541 5.4.1 is the
    // receiving domain's own filters, as smtp.codes/zoho lists it).
    Provider {
        hosts: &["zoho.com", "zohomail.com"],
        by_domain: true,
        phrases: &[
            ("email rejected per dmarc policy", "authfailure"),
            ("greylisted, try again after some time", "blocked"),
            ("reason: email flagged as spam", "rejected"),
            ("mail rejected by destination domain", "rejected"),
            ("email policy violation detected", "policyviolation"),
            (
                "mailbox delivery restricted by policy error",
                "policyviolation",
            ),
            ("temporary system error", "systemerror"),
            ("user does not exist", "userunknown"),
            (" detected by zoho mail", "virusdetected"),
        ],
        when: |_| true,
    },
];

/// NTT docomo (Sisimai/Rhost/NTTDOCOMO.pm, at `mfsmax.docomo.ne.jp`): its status
/// codes first, then its own replies, then the SMTP command under a vague 5.0.0
/// (an unknown user at RCPT, a refusal after DATA).
fn nttdocomo(facts: &Facts<'_>) -> Option<&'static str> {
    const REPLIES: [(&str, &str); 4] = [
        ("552 too much mail data", "mailboxfull"),
        ("552 too many recipients", "toomanyconn"),
        ("503 bad sequence of commands", "syntaxerror"),
        ("504 command parameter not implemented", "syntaxerror"),
    ];
    match facts.status {
        "5.1.1" => return Some("userunknown"),
        "5.2.0" => return Some("filtered"),
        _ => {}
    }
    by_phrase(facts.diagnostic, &REPLIES).or(match (facts.status, facts.command) {
        ("5.0.0", "RCPT") => Some("userunknown"),
        ("5.0.0", "DATA") => Some("rejected"),
        _ => None,
    })
}

/// Cox's `AUP#` codes, then its wording (Sisimai/Rhost/Cox.pm, after cox.com's
/// list of email error codes): an exact code, lower-cased.
const COX_CODES: &[(&str, &str)] = &[
    ("cdrbl", "blocked"),
    ("cxbl", "blocked"),
    ("cxcnct", "toomanyconn"),
    ("cxdns", "requireptr"),
    ("cxmj", "securityerror"),
    ("cxmxrt", "toomanyconn"),
    ("cxsmtp", "rejected"),
    ("cxsndr", "authfailure"),
    ("cxthrt", "securityerror"),
    ("ipbl00001", "blocked"),
    ("ipbl0001", "blocked"),
    ("ipbl0010", "blocked"),
    ("ipbl0011", "blocked"),
    ("ipbl0100", "blocked"),
    ("ipbl0101", "blocked"),
    ("ipbl0110", "blocked"),
    ("ipbl0111", "blocked"),
    ("ipbl1000", "blocked"),
    ("ipbl1001", "blocked"),
    ("ipbl1010", "blocked"),
    ("ipbl1011", "blocked"),
    ("ipbl1100", "blocked"),
    ("ipbl1101", "blocked"),
    ("ipbl1110", "blocked"),
    ("ipbl1111", "blocked"),
    ("urlbl011", "spamdetected"),
    ("urlbl1001", "spamdetected"),
    ("urlbl101", "spamdetected"),
    ("urlbl110", "spamdetected"),
];

/// Cox's wording when no code says more (Sisimai/Rhost/Cox.pm).
const COX_WORDING: &[(&str, &str)] = &[
    ("cox too many bad commands from", "blocked"),
    ("too many invalid recipients", "blocked"),
    ("dns check failure - try again later", "requireptr"),
    ("rejected - no rdns", "requireptr"),
    ("esmtp no data before greeting", "policyviolation"),
    ("attachment extension is forbidden", "policyviolation"),
    ("sender rejected", "rejected"),
    ("esmtp server temporarily not available", "systemerror"),
    ("too many sessions from", "toomanyconn"),
    ("requested action aborted: try again later", "toomanyconn"),
    ("message threshold exceeded", "toomanyconn"),
    ("recipient rejected", "userunknown"),
];

/// Spectrum's (Charter) `AUP#In-NNNN` / `AUP#Out-NNNN` codes, as ranges
/// (Sisimai/Rhost/Spectrum.pm, after Spectrum's list of email error codes).
const SPECTRUM_CODES: &[(u16, u16, &str)] = &[
    (1000, 1000, "blocked"),
    (1010, 1010, "rejected"),
    (1020, 1080, "rejected"),
    (1090, 1090, "systemerror"),
    (1100, 1150, "requireptr"),
    (1160, 1190, "policyviolation"),
    (1200, 1250, "blocked"),
    (1260, 1260, "networkerror"),
    (1300, 1340, "toomanyconn"),
    (1350, 1490, "speeding"),
    (1500, 1500, "rejected"),
    (1520, 1520, "rejected"),
    (1530, 1530, "mesgtoobig"),
    (1540, 1550, "speeding"),
    (1560, 1560, "policyviolation"),
    (1580, 1580, "speeding"),
];

/// GoDaddy's `IB###` codes (Sisimai/Rhost/GoDaddy.pm, after GoDaddy's list of
/// bounce codes), lower-cased: a code in the reply decides before any wording.
const GODADDY_CODES: &[(&str, &str)] = &[
    ("ib007", "toomanyconn"),
    ("ib101", "speeding"),
    ("ib103", "badreputation"),
    ("ib104", "blocked"),
    ("ib105", "blocked"),
    ("ib106", "blocked"),
    ("ib108", "requireptr"),
    ("ib110", "blocked"),
    ("ib111", "blocked"),
    ("ib112", "blocked"),
    ("ib113", "blocked"),
    ("ib212", "spamdetected"),
    ("ib401", "securityerror"),
    ("ib501", "notcompliantrfc"),
    ("ib502", "notcompliantrfc"),
    ("ib504", "speeding"),
    ("ib506", "rejected"),
    ("ib508", "authfailure"),
    ("ib510", "speeding"),
    ("ib605", "toomanyconn"),
    ("ib607", "speeding"),
    ("ib705", "virusdetected"),
];

/// GoDaddy's hosts, as Sisimai's `Rhost.pm` lists them.
const GODADDY_HOSTS: [&str; 2] = ["smtp.secureserver.net", "mailstore1.secureserver.net"];

/// The `IB` code GoDaddy puts after a space: "... this hour. IB607 <http://...>".
fn godaddy_code(text: &str) -> Option<&str> {
    let at = find(text, " ib")? + 1;
    text.get(at..at + 5)
        .filter(|code| code[2..].bytes().all(|b| b.is_ascii_digit()))
}

/// Meta's (Facebook's) bounce codes, `RCP-P1` (Sisimai's Go port,
/// rhost/for-facebook.go, after Meta's list of email error codes), lower-cased.
const FACEBOOK_CODES: &[(&str, &str)] = &[
    ("con-t1", "toomanyconn"),
    ("con-t2", "toomanyconn"),
    ("con-t3", "toomanyconn"),
    ("con-t4", "toomanyconn"),
    ("dns-p1", "rejected"),
    ("dns-p2", "rejected"),
    ("dns-p3", "requireptr"),
    ("dns-t1", "rejected"),
    ("dns-t2", "requireptr"),
    ("int-p1", "userunknown"),
    ("int-p2", "mesgtoobig"),
    ("int-p3", "userunknown"),
    ("int-p4", "userunknown"),
    ("int-p7", "mailboxfull"),
    ("msg-p1", "mesgtoobig"),
    ("msg-p2", "contenterror"),
    ("msg-p3", "notcompliantrfc"),
    ("msg-t1", "toomanyconn"),
    ("pol-p1", "blocked"),
    ("pol-p2", "blocked"),
    ("pol-p3", "blocked"),
    ("pol-p4", "blocked"),
    ("pol-p5", "virusdetected"),
    ("pol-p6", "spamdetected"),
    ("pol-p7", "authfailure"),
    ("pol-p8", "policyviolation"),
    ("pol-t1", "blocked"),
    ("pol-t2", "blocked"),
    ("pol-t3", "blocked"),
    ("rcp-p1", "userunknown"),
    ("rcp-p2", "filtered"),
    ("rcp-p3", "filtered"),
    ("rcp-t1", "systemerror"),
    ("rcp-t4", "suspend"),
];

/// The first `XXX-P1` / `XXX-T1` code of Meta's in the text.
fn facebook_code(text: &str) -> Option<&str> {
    const KINDS: [&str; 6] = ["con", "dns", "int", "msg", "pol", "rcp"];
    let bytes = text.as_bytes();
    text.match_indices('-').find_map(|(at, _)| {
        let code = text.get(at.checked_sub(3)?..at + 3)?;
        let kind_ok = KINDS.contains(&&code[..3]);
        let rest_ok = matches!(bytes[at + 1], b'p' | b't') && bytes[at + 2].is_ascii_digit();
        let alone = at < 4 || !bytes[at - 4].is_ascii_alphanumeric();
        (kind_ok && rest_ok && alone).then_some(code)
    })
}

/// Outlook.com's postmaster codes and the reply each comes with (Sisimai's Go
/// port, rhost/for-microsoft.go, after Microsoft's postmaster pages): read when
/// Microsoft's table said nothing.
const MICROSOFT_CODES: &[(&str, &str, &str)] = &[
    ("rp-001", "421", "badreputation"),
    ("rp-002", "421", "badreputation"),
    ("rp-003", "421", "badreputation"),
    ("sc-001", "550", "badreputation"),
    ("sc-002", "550", "policyviolation"),
    ("sc-003", "550", "blocked"),
    ("sc-004", "550", "blocked"),
    ("dy-001", "550", "blocked"),
    ("dy-002", "550", "virusdetected"),
    ("ou-001", "550", "blocked"),
    ("ou-002", "550", "badreputation"),
];

/// Microsoft's hosts: 5.1's and the two its Go port adds.
const MICROSOFT_HOSTS: [&str; 4] = [
    ".prod.outlook.com",
    ".protection.outlook.com",
    ".onmicrosoft.com",
    ".exchangelabs.com",
];

/// Google Workspace's resolver wording (Sisimai's Go port, rhost/for-gsuite.go):
/// a missing domain is an unknown host only when both codes are permanent, a
/// network error only when neither is.
fn gsuite(facts: &Facts<'_>) -> Option<&'static str> {
    let text = facts.diagnostic;
    if text.contains("because the address couldn't be found. check for typos or unnecessary spaces and try again.") {
        return Some("userunknown");
    }
    if text.contains("null mx") {
        return Some("notaccept");
    }
    let permanent = (facts.status.starts_with('5'), facts.reply.starts_with('5'));
    let no_domain =
        text.contains("responded with code nxdomain") || text.contains("domain name not found");
    let reply_known = !facts.reply.is_empty() && !facts.reply.starts_with('4');
    let status_known = !facts.status.is_empty() && !facts.status.starts_with('4');
    if no_domain && status_known && reply_known {
        return Some("hostunknown");
    }
    if (no_domain || text.contains(" had no relevant answers.")) && permanent == (false, false) {
        return Some("networkerror");
    }
    None
}

/// i.ua's `https://mail.i.ua/err/N/` codes (Sisimai/Rhost/IUA.pm, after i.ua's
/// error pages).
const IUA_CODES: &[(&str, &str)] = &[
    ("1", "norelaying"),
    ("2", "userunknown"),
    ("3", "suspend"),
    ("4", "mailboxfull"),
    ("5", "toomanyconn"),
    ("6", "norelaying"),
    ("7", "blocked"),
    ("8", "rejected"),
    ("9", "blocked"),
    ("10", "filtered"),
];

/// The number in an i.ua error page's address: `.i.ua/err/10/`.
fn iua_code(text: &str) -> Option<&str> {
    let at = find(text, ".i.ua/err/")? + ".i.ua/err/".len();
    let rest = &text[at..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| &rest[..digits])
}

/// Orange and La Poste (France PTT): `OFR_999 [999]`, `LPN001_108`, `OUK_513`, the
/// last three digits (Sisimai/Rhost/FrancePTT.pm). "Service refused, please try
/// later" (107, 108) is a block, as the labelled samples read it; the module's
/// other codes without a reason decide nothing.
const FRANCEPTT_CODES: &[(&str, &str)] = &[
    ("101", "blocked"),
    ("102", "blocked"),
    ("103", "blocked"),
    ("104", "toomanyconn"),
    ("107", "blocked"),
    ("108", "blocked"),
    ("305", "securityerror"),
    ("401", "authfailure"),
    ("402", "securityerror"),
    ("403", "rejected"),
    ("405", "rejected"),
    ("415", "rejected"),
    ("416", "userunknown"),
    ("417", "mailboxfull"),
    ("420", "suspend"),
    ("421", "rejected"),
    ("426", "suspend"),
    ("505", "systemerror"),
    ("506", "spamdetected"),
    ("510", "blocked"),
    ("514", "mesgtoobig"),
    ("517", "authfailure"),
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
    let at = find(text, "aup#")? + 4;
    let code = &text[at..];
    let end = code
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(code.len());
    Some(&code[..end])
}

/// France PTT's three-digit code: `ofr_999`, `ofr005_505`, `lpn001_108`,
/// `lpnaaa_101`, `ouk_513` (a word of its own, as Sisimai's pattern has it).
fn franceptt_code(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    for lead in ["lpnaaa", "lpn", "ofr", "ouk"] {
        for (at, _) in text.match_indices(lead) {
            if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            let rest = &text[at + lead.len()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let code = match digits {
                0 => rest.strip_prefix('_'),
                3 => rest[3..].strip_prefix(['_', '-']),
                _ => None,
            };
            let Some(code) = code else { continue };
            let three = code
                .get(..3)
                .filter(|c| c.bytes().all(|b| b.is_ascii_digit()));
            let ends = code
                .as_bytes()
                .get(3)
                .is_none_or(|b| !b.is_ascii_alphanumeric());
            if let Some(three) = three
                && ends
            {
                return Some(three);
            }
        }
    }
    None
}

fn by_code(code: &str, table: &[(&'static str, &'static str)]) -> Option<&'static str> {
    table.iter().find(|(c, _)| code == *c).map(|(_, r)| *r)
}

/// The reason of the first phrase of `table` that `text` holds.
fn by_phrase(text: &str, table: &[(&'static str, &'static str)]) -> Option<&'static str> {
    table
        .iter()
        .find(|(p, _)| short_holds(text, p))
        .map(|(_, r)| *r)
}

/// A reason from the rules keyed to the remote host (or the recipient's
/// domain), when they say something specific: these stand as they are.
pub fn decide(facts: &Facts<'_>, remote: &str, domain: &str) -> Option<&'static str> {
    if facts.diagnostic.is_empty() {
        return None;
    }
    let text = facts.diagnostic;
    let remote = remote.to_ascii_lowercase();
    let domain = &domain.to_ascii_lowercase();
    // A module's hosts as Sisimai's `Rhost.pm` reads them: in the remote host,
    // or holding the recipient's domain.
    let chosen = |hosts: &[&str]| {
        hosts.iter().any(|h| short_holds(&remote, h))
            || !domain.is_empty() && hosts.iter().any(|h| short_holds(h, domain))
    };
    if chosen(&GODADDY_HOSTS)
        && let Some(reason) = godaddy_code(text).and_then(|c| by_code(c, GODADDY_CODES))
    {
        return Some(reason);
    }
    if chosen(&[".email.ua"])
        && let Some(reason) = iua_code(text).and_then(|c| by_code(c, IUA_CODES))
    {
        return Some(reason);
    }
    if let Some(reason) = by_module(facts, &remote, domain) {
        return Some(reason);
    }
    if chosen(&MICROSOFT_HOSTS)
        && let Some((_, _, reason)) = MICROSOFT_CODES
            .iter()
            .find(|(code, reply, _)| facts.reply == *reply && text.contains(code))
    {
        return Some(reason);
    }
    if chosen(&[".facebook.com"])
        && let Some(reason) = facebook_code(text).and_then(|c| by_code(c, FACEBOOK_CODES))
    {
        return Some(reason);
    }
    if chosen(&["googlemail.com"])
        && let Some(reason) = gsuite(facts)
    {
        return Some(reason);
    }
    let here = |hosts: &[&str]| host_matches(&remote, hosts) || host_matches(domain, hosts);
    let code = aup_code(text);
    if text.contains("cox.com") || here(&["cox.net"]) {
        let by_code = code.and_then(|c| by_code(c, COX_CODES));
        if let Some(reason) = by_code.or_else(|| by_phrase(text, COX_WORDING)) {
            return Some(reason);
        }
    }
    if let Some(code) = code
        && (text.contains("spectrum.net") || here(&["charter.net", "spectrum.net"]))
    {
        // `In-1310`, `Out-1000`: the four digits.
        let digits = code.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '-');
        let number: u16 = digits.get(..4).and_then(|d| d.parse().ok()).unwrap_or(0);
        let found = SPECTRUM_CODES
            .iter()
            .find(|(low, high, _)| (*low..=*high).contains(&number));
        if let Some((_, _, reason)) = found {
            return Some(reason);
        }
    }
    // Sisimai's host list, or a recipient domain that list's host is under.
    const DOCOMO: &str = "mfsmax.docomo.ne.jp";
    if (remote.contains(DOCOMO) || !domain.is_empty() && DOCOMO.contains(domain))
        && let Some(reason) = nttdocomo(facts)
    {
        return Some(reason);
    }
    if here(&["orange.fr", "wanadoo.fr", "laposte.net", "pagesjaunes.fr"]) {
        if let Some(reason) = franceptt_code(text).and_then(|c| by_code(c, FRANCEPTT_CODES)) {
            return Some(reason);
        }
        if text.contains("spf/dns de votre nom de domaine") {
            return Some("authfailure");
        }
    }
    for provider in PROVIDERS {
        let at_host = host_matches(&remote, provider.hosts)
            || provider.by_domain && host_matches(domain, provider.hosts);
        if at_host
            && (provider.when)(facts)
            && let Some(reason) = by_phrase(text, provider.phrases)
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
    fn godaddys_ib_code_decides_before_its_wording() {
        let host = "p3plibsmtp03-01.prod.phx3.secureserver.net";
        let at = |text: &str| decide(&facts("5.0.0", "554", text), host, "example.com");
        // Outside GoDaddy's hosts (as Sisimai's Rhost.pm names them) nothing.
        assert_eq!(at("554 p3plsmtp ib212 account storage limit"), None);
        let host = "smtp.secureserver.net";
        let at = |text: &str| decide(&facts("5.0.0", "554", text), host, "example.com");
        assert_eq!(
            at("554 192.0.2.1 blocked by spamhaus. ib108 <http://x.co/rlbounce>"),
            Some("requireptr")
        );
        assert_eq!(
            at("554 your message ib212 account storage limit"),
            Some("spamdetected")
        );
        // An unknown code: the wording decides.
        assert_eq!(at("554 ib999 account storage limit"), Some("mailboxfull"));
        assert_eq!(at("554 ib7 account storage limit"), Some("mailboxfull"));
    }

    #[test]
    fn i_uas_error_page_number_names_the_reason() {
        let at = |host: &str, text: &str| decide(&facts("5.0.0", "550", text), host, "email.ua");
        let host = "mx1.email.ua";
        assert_eq!(
            at(host, "550 spam detected, https://mail.i.ua/err/9/"),
            Some("blocked")
        );
        assert_eq!(
            at(host, "550 not in the list. https://mail.i.ua/err/10/"),
            Some("filtered")
        );
        assert_eq!(at(host, "550 https://mail.i.ua/err/42/"), None);
        assert_eq!(at(host, "550 no page"), None);
    }

    #[test]
    fn rules_sisimai_added_after_5_1() {
        let at = |host: &str, domain: &str, status: &str, reply: &str, text: &str| {
            decide(&facts(status, reply, text), host, domain)
        };
        // Meta's codes, also when a reply code with a dash comes first.
        let fb = "mx-in.facebook.com";
        assert_eq!(
            at(
                fb,
                "example.com",
                "5.0.0",
                "550",
                "550-5.7.1 pol-p7 dmarc fails"
            ),
            Some("authfailure")
        );
        assert_eq!(
            at(
                "",
                "facebook.com",
                "5.1.1",
                "550",
                "550 5.1.1 rcp-p1 domain no longer available"
            ),
            Some("userunknown")
        );
        assert_eq!(
            at(fb, "example.com", "5.0.0", "550", "550 xrcp-p1 no"),
            None
        );
        // Outlook.com's postmaster codes, with their reply only.
        let ms = "mx.eur.prod.protection.outlook.com";
        let sc001 =
            "550 sc-001 (bay004-mc1f63) unfortunately, messages from 192.0.2.1 weren't sent";
        assert_eq!(
            at(ms, "example.com", "5.7.1", "550", sc001),
            Some("badreputation")
        );
        assert_eq!(at(ms, "example.com", "4.7.1", "421", sc001), None);
        // Google Workspace: a missing domain, by the codes' classes.
        let nx = "dns error: dns type 'mx' lookup of example.jp responded with code nxdomain";
        assert_eq!(
            at("googlemail.com", "", "5.1.2", "550", nx),
            Some("hostunknown")
        );
        assert_eq!(
            at("googlemail.com", "", "4.0.0", "", nx),
            Some("networkerror")
        );
        assert_eq!(at("googlemail.com", "", "5.1.2", "", nx), None);
        // Email Security.cloud, AOL, Zoho.
        let ml = "cluster1.eu.messagelabs.com";
        assert_eq!(
            at(
                ml,
                "example.com",
                "5.0.0",
                "553",
                "553 sorry, your envelope sender is in my badmailfrom list"
            ),
            Some("rejected")
        );
        assert_eq!(
            at(
                "mx-aol.mail.gm0.yahoodns.net",
                "aol.com",
                "5.4.4",
                "",
                "host or domain name not found"
            ),
            Some("hostunknown")
        );
        assert_eq!(
            at(
                "mx.zoho.com",
                "",
                "5.7.1",
                "554",
                "554 5.7.1 email cannot be delivered. reason: email flagged as spam."
            ),
            Some("rejected")
        );
    }

    #[test]
    fn a_later_sisimai_reads_tls_refusals_as_failed_starttls() {
        let at = |host: &str, status: &str, reply: &str, text: &str| {
            decide(&facts(status, reply, text), host, "example.com")
        };
        let ms = "example-com.mail.protection.outlook.com";
        let tlsa = "550 5.7.323 tlsa-invalid: the domain failed dane validation";
        assert_eq!(at(ms, "5.7.323", "550", tlsa), Some("failedstarttls"));
        let sts = "451 4.4.8 mx.example.com failed mta-sts validation";
        assert_eq!(at(ms, "4.4.8", "451", sts), Some("failedstarttls"));
        // Rules Microsoft's later documentation adds, each with its status only.
        let limit = "421 4.7.652 the mail server ip has exceeded the maximum number of connections";
        assert_eq!(at(ms, "4.7.652", "421", limit), Some("toomanyconn"));
        assert_eq!(at(ms, "4.7.651", "421", limit), None);
        let gmail = "gmail-smtp-in.l.google.com";
        let starttls = "530 5.7.0 must issue a starttls command first.";
        assert_eq!(at(gmail, "5.7.0", "530", starttls), Some("failedstarttls"));
        let dmarc = "421 4.7.40 gmail requires all bulk email senders to add a dmarc record to their sending domain";
        assert_eq!(at(gmail, "4.7.40", "421", dmarc), Some("authfailure"));
        let qq = "550 frequency of receiving messages is limited";
        assert_eq!(at("mx3.qq.com", "5.0.0", "550", qq), Some("speeding"));
        let mimecast = "553 this route requires encryption (tls)";
        assert_eq!(
            at("eu-smtp-inbound-1.mimecast.com", "5.0.0", "553", mimecast),
            Some("failedstarttls")
        );
    }

    #[test]
    fn every_reason_in_the_provider_tables_is_a_reason() {
        use crate::bounce::{Category, HardOrSoft};
        let reasons = data::MODULES
            .iter()
            .flat_map(|m| m.rules.iter().map(|r| r.reason))
            .chain(
                LATER_MODULES
                    .iter()
                    .flat_map(|m| m.rules.iter().map(|r| r.reason)),
            )
            .chain(MICROSOFT_CODES.iter().map(|(_, _, r)| *r))
            .chain(
                GODADDY_CODES
                    .iter()
                    .chain(IUA_CODES)
                    .chain(FACEBOOK_CODES)
                    .map(|(_, r)| *r),
            )
            .chain(COX_CODES.iter().chain(COX_WORDING).map(|(_, r)| *r))
            .chain(FRANCEPTT_CODES.iter().map(|(_, r)| *r))
            .chain(
                PROVIDERS
                    .iter()
                    .flat_map(|p| p.phrases.iter().map(|(_, r)| *r)),
            )
            .chain(PROVIDER_PHRASES.iter().map(|(_, r)| *r));
        for reason in reasons {
            let known = Category::of(reason, HardOrSoft::Soft) != Category::Unknown;
            assert!(known || reason == "onhold", "{reason}");
        }
    }

    #[test]
    fn cox_spectrum_and_france_ptt_codes_as_their_modules_read_them() {
        let at = |host: &str, text: &str| decide(&facts("", "550", text), host, "");
        let cox = "mx.east.cox.net";
        assert_eq!(
            at(cox, "550 5.1.0 sender rejected aup#cxsndr"),
            Some("authfailure")
        );
        assert_eq!(at(cox, "554 aup#cxdns reverse dns"), Some("requireptr"));
        assert_eq!(
            at(cox, "421 too many sessions from 192.0.2.1"),
            Some("toomanyconn")
        );
        let spectrum = "mx.charter.net";
        assert_eq!(
            at(spectrum, "550 5.1.0 aup#in-1310 limit"),
            Some("toomanyconn")
        );
        assert_eq!(at(spectrum, "550 aup#out-1120 no rdns"), Some("requireptr"));
        assert_eq!(at(spectrum, "550 aup#in-1090 later"), Some("systemerror"));
        let orange = "smtp-in.orange.fr";
        assert_eq!(at(orange, "550 5.5.0 lpn001_108 refused"), Some("blocked"));
        assert_eq!(
            at(orange, "550 ofr004_416 [416] unknown"),
            Some("userunknown")
        );
        assert_eq!(at(orange, "550 lpnaaa_417 full"), Some("mailboxfull"));
        assert_eq!(at(orange, "550 xlpn001_417 full"), None);
        // Elsewhere the codes mean nothing.
        assert_eq!(at("mx.example.net", "550 aup#cxsndr"), None);
    }

    #[test]
    fn ntt_docomo_by_status_wording_then_command() {
        let docomo = |status: &str, command: &str, text: &str| {
            let f = Facts {
                status,
                command,
                diagnostic: text,
                ..Facts::default()
            };
            decide(&f, "mfsmax.docomo.ne.jp", "")
        };
        assert_eq!(
            docomo("5.2.0", "DATA", "550 unknown user"),
            Some("filtered")
        );
        assert_eq!(
            docomo("5.0.0", "DATA", "551 unknown user"),
            Some("rejected")
        );
        assert_eq!(
            docomo("5.0.0", "RCPT", "550 unknown user"),
            Some("userunknown")
        );
        assert_eq!(
            docomo("5.3.0", "DATA", "552 too much mail data"),
            Some("mailboxfull")
        );
        assert_eq!(docomo("5.3.0", "DATA", "550 unknown user"), None);
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
