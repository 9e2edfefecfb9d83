//! RFC 3463 enhanced status codes and RFC 5321 reply codes: finding them in a
//! remote's text, choosing between several, and what each one means.

/// Enhanced status code (RFC 3463 and its IANA registry) → reason, when the
/// code alone is specific enough: Sisimai's `SMTP/Status.pm` table
/// (`StandardCode`), sorted for a binary search. Two codes follow Sisimai 5.2
/// rather than 5.1, as the labelled corpus does: 4.2.1 (used for rate limits
/// more than for disabled mailboxes) and 5.7.30 (REQUIRETLS, `failedstarttls`).
///
/// Derived from Sisimai (https://github.com/sisimai/p5-sisimai), BSD 2-Clause
/// licence: Copyright (C) 2014-2024 azumakuniyuki, All rights reserved.
/// Redistribution and use in source and binary forms, with or without
/// modification, are permitted provided that the conditions of that licence
/// are met (the notice is at the end of this file).
pub const STATUS_REASONS: &[(&str, &str)] = &[
    ("2.1.5", "delivered"),       // Successfully delivered
    ("4.1.6", "hasmoved"),        // Destination mailbox has moved, No forwarding address
    ("4.1.7", "rejected"),        // Bad sender's mailbox address syntax
    ("4.1.8", "rejected"),        // Bad sender's system address
    ("4.1.9", "systemerror"),     // Message relayed to non-compliant mailer
    ("4.2.1", "blocked"),         // Mailbox disabled, not accepting messages
    ("4.2.2", "mailboxfull"),     // Mailbox full
    ("4.2.3", "exceedlimit"),     // Message length exceeds administrative limit
    ("4.2.4", "filtered"),        // Mailing list expansion problem
    ("4.3.1", "systemfull"),      // Mail system full
    ("4.3.2", "notaccept"),       // System not accepting network messages
    ("4.3.3", "systemerror"),     // System not capable of selected features
    ("4.3.5", "systemerror"),     // System incorrectly configured
    ("4.4.1", "expired"),         // No answer from host
    ("4.4.2", "networkerror"),    // Bad connection
    ("4.4.3", "systemerror"),     // Directory server failure
    ("4.4.4", "networkerror"),    // Unable to route
    ("4.4.5", "systemfull"),      // Mail system congestion
    ("4.4.6", "networkerror"),    // Routing loop detected
    ("4.4.7", "expired"),         // Delivery time expired
    ("4.4.8", "networkerror"),    // Retry on IPv4
    ("4.5.3", "systemerror"),     // Too many recipients
    ("4.5.5", "systemerror"),     // Wrong protocol version
    ("4.6.0", "contenterror"),    // Other or undefined media error
    ("4.6.2", "contenterror"),    // Conversion required and prohibited
    ("4.6.5", "contenterror"),    // Conversion Failed
    ("4.7.1", "blocked"),         // Delivery not authorized, message refused
    ("4.7.12", "securityerror"),  // A password transition is needed
    ("4.7.15", "securityerror"),  // Priority Level is too low
    ("4.7.16", "mesgtoobig"),     // Message is too big for the specified priority
    ("4.7.2", "blocked"),         // Mailing list expansion prohibited
    ("4.7.24", "authfailure"),    // SPF validation error
    ("4.7.25", "requireptr"),     // Reverse DNS validation failed
    ("4.7.26", "authfailure"),    // Must pass either SPF or DKIM validation
    ("4.7.5", "securityerror"),   // Cryptographic failure
    ("4.7.6", "securityerror"),   // Cryptographic algorithm not supported
    ("4.7.7", "securityerror"),   // Message integrity failure
    ("5.1.0", "userunknown"),     // Other address status
    ("5.1.1", "userunknown"),     // Bad destination mailbox address
    ("5.1.10", "notaccept"),      // Recipient address has null MX
    ("5.1.2", "hostunknown"),     // Bad destination system address
    ("5.1.3", "userunknown"),     // Bad destination mailbox address syntax
    ("5.1.4", "filtered"),        // Destination mailbox address ambiguous
    ("5.1.6", "hasmoved"),        // Destination mailbox has moved, No forwarding address
    ("5.1.7", "rejected"),        // Bad sender's mailbox address syntax
    ("5.1.8", "rejected"),        // Bad sender's system address
    ("5.1.9", "systemerror"),     // Message relayed to non-compliant mailer
    ("5.2.0", "filtered"),        // Other or undefined mailbox status
    ("5.2.1", "filtered"),        // Mailbox disabled, not accepting messages
    ("5.2.2", "mailboxfull"),     // Mailbox full
    ("5.2.3", "exceedlimit"),     // Message length exceeds administrative limit
    ("5.2.4", "filtered"),        // Mailing list expansion problem
    ("5.3.0", "systemerror"),     // Other or undefined mail system status
    ("5.3.1", "systemfull"),      // Mail system full
    ("5.3.2", "notaccept"),       // System not accepting network messages
    ("5.3.3", "systemerror"),     // System not capable of selected features
    ("5.3.4", "mesgtoobig"),      // Message too big for system
    ("5.3.5", "systemerror"),     // System incorrectly configured
    ("5.4.0", "networkerror"),    // Other or undefined network or routing status
    ("5.4.3", "systemerror"),     // Directory server failure
    ("5.4.4", "hostunknown"),     // Unable to route
    ("5.5.2", "syntaxerror"),     // If the server cannot BASE64 decode any client response (AUTH)
    ("5.5.3", "toomanyconn"),     // Too many recipients
    ("5.5.4", "systemerror"),     // Invalid command arguments
    ("5.5.5", "systemerror"),     // Wrong protocol version
    ("5.5.6", "syntaxerror"),     // Authentication Exchange line is too long
    ("5.6.0", "contenterror"),    // Other or undefined media error
    ("5.6.1", "contenterror"),    // Media not supported
    ("5.6.2", "contenterror"),    // Conversion required and prohibited
    ("5.6.3", "contenterror"),    // Conversion required but not supported
    ("5.6.5", "contenterror"),    // Conversion Failed
    ("5.6.6", "contenterror"),    // Message content not available
    ("5.6.7", "contenterror"),    // Non-ASCII addresses not permitted for that sender/recipient
    ("5.6.8", "contenterror"), // UTF-8 string reply is required, but not permitted by the SMTP client
    ("5.6.9", "contenterror"), // UTF-8 header message cannot be transferred to one or more recipients
    ("5.7.0", "securityerror"), // Other or undefined security status
    ("5.7.1", "securityerror"), // Delivery not authorized, message refused
    ("5.7.10", "securityerror"), // Encryption Needed
    ("5.7.11", "securityerror"), // Encryption required for requested authentication mechanism
    ("5.7.13", "suspend"),     // User Account Disabled
    ("5.7.14", "securityerror"), // Trust relationship required
    ("5.7.15", "securityerror"), // Priority Level is too low
    ("5.7.16", "mesgtoobig"),  // Message is too big for the specified priority
    ("5.7.17", "hasmoved"),    // Mailbox owner has changed
    ("5.7.18", "hasmoved"),    // Domain owner has changed
    ("5.7.19", "securityerror"), // RRVS test cannot be completed
    ("5.7.2", "securityerror"), // Mailing list expansion prohibited
    ("5.7.20", "authfailure"), // No passing DKIM signature found
    ("5.7.21", "authfailure"), // No acceptable DKIM signature found
    ("5.7.22", "authfailure"), // No valid author-matched DKIM signature found
    ("5.7.23", "authfailure"), // SPF validation failed
    ("5.7.24", "authfailure"), // SPF validation error
    ("5.7.25", "requireptr"),  // Reverse DNS validation failed
    ("5.7.26", "authfailure"), // Multiple authentication checks failed
    ("5.7.27", "notaccept"),   // MX resource record of a destination host is Null MX: RFC7505
    ("5.7.28", "spamdetected"), // The message appears to be part of a mail flood of similar abusive messages.
    ("5.7.29", "authfailure"), // This status code may be returned when a message fails ARC validation.
    ("5.7.3", "securityerror"), // Security conversion required but not possible
    ("5.7.30", "failedstarttls"), // REQUIRETLS support required
    ("5.7.4", "securityerror"), // Security features not supported
    ("5.7.5", "securityerror"), // Cryptographic failure
    ("5.7.6", "securityerror"), // Cryptographic algorithm not supported
    ("5.7.7", "securityerror"), // Message integrity failure
    ("5.7.8", "securityerror"), // Authentication credentials invalid
    ("5.7.9", "securityerror"), // Authentication mechanism is too weak
];

/// Sisimai's reason for a status code, when the code alone is specific enough.
pub fn reason_of(status: &str) -> Option<&'static str> {
    STATUS_REASONS
        .binary_search_by(|(code, _)| (*code).cmp(status))
        .ok()
        .map(|at| STATUS_REASONS[at].1)
}

/// SMTP reply code → reason, the last word when neither the text nor an
/// enhanced status code decides: only the replies whose meaning RFC 5321
/// §4.2.2-4.2.3, RFC 4954 §6, RFC 5248 and RFC 7504 fix (as listed with
/// Sisimai's `SMTP/Reply.pm`, and kept to those Sisimai 5.2's own reply table
/// gives a reason, go-sisimai smtp/reply `AssociatedWith`); 550, 553, 554 and 421
/// say nothing more than "failed" and stay undecided, 530 ("authentication
/// required") is no reason of the recipient's, and 551 ("user not local") is too
/// often a policy refusal to make a hard bounce of on its own.
pub const REPLY_REASONS: &[(&str, &str)] = &[
    ("451", "systemerror"), // Requested action aborted: local error in processing
    ("452", "systemfull"),  // Requested action not taken: insufficient system storage
    ("521", "notaccept"),   // Host does not accept mail (RFC 7504)
    ("523", "failedstarttls"), // Encryption Needed (RFC 5248)
    ("524", "failedstarttls"), // Encryption Needed (RFC 5248)
    ("525", "suspend"),     // User Account Disabled (RFC 5248)
    ("534", "securityerror"), // Authentication mechanism is too weak (RFC 4954)
    ("535", "securityerror"), // Authentication credentials invalid (RFC 4954)
    ("538", "failedstarttls"), // Encryption required for requested authentication mechanism
    ("552", "mailboxfull"), // Requested mail action aborted: exceeded storage allocation
    ("556", "notaccept"),   // Domain does not accept mail (RFC 7504)
];

/// The reason a reply code alone gives ([`REPLY_REASONS`]).
pub fn reason_of_reply(reply: &str) -> Option<&'static str> {
    REPLY_REASONS
        .binary_search_by(|(code, _)| (*code).cmp(reply))
        .ok()
        .map(|at| REPLY_REASONS[at].1)
}

/// Is `text` a well-formed status code: class 2/4/5, subject 0-7, detail 0-999?
pub fn is_status(text: &str) -> bool {
    let mut parts = text.split('.');
    let (Some(class), Some(subject), Some(detail), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    matches!(class, "2" | "4" | "5")
        && subject.len() <= 3
        && !subject.is_empty()
        && subject.bytes().all(|b| b.is_ascii_digit())
        && !detail.is_empty()
        && detail.len() <= 3
        && detail.bytes().all(|b| b.is_ascii_digit())
}

/// Sisimai's pseudo codes (`5.0.9xx`) are not real statuses: the mail carried none.
pub fn is_pseudo(status: &str) -> bool {
    status.len() == 7 && status[1..].starts_with(".0.9")
}

/// Every enhanced status code in `text`, in order of appearance.
/// `class` restricts the class (the reply code's first digit) when known.
pub fn find_all(text: &str, class: Option<u8>) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 4 < bytes.len() + 1 {
        let c = bytes[i];
        let class_ok = match class {
            Some(k) => c == k,
            None => matches!(c, b'2' | b'4' | b'5'),
        };
        if !class_ok || bytes.get(i + 1) != Some(&b'.') {
            i += 1;
            continue;
        }
        // The character before must not be a digit, a dot or a version letter.
        if i > 0 {
            let p = bytes[i - 1];
            if p.is_ascii_digit() || p == b'.' || p == b'v' || p == b'V' {
                i += 1;
                continue;
            }
        }
        let mut j = i + 2;
        let subject_start = j;
        while j < bytes.len() && bytes[j].is_ascii_digit() && j - subject_start < 3 {
            j += 1;
        }
        if j == subject_start || bytes.get(j) != Some(&b'.') {
            i += 1;
            continue;
        }
        let subject = &text[subject_start..j];
        if subject.len() > 1 || subject.as_bytes()[0] > b'7' {
            i += 1;
            continue;
        }
        j += 1;
        let detail_start = j;
        while j < bytes.len() && bytes[j].is_ascii_digit() && j - detail_start < 4 {
            j += 1;
        }
        let detail_len = j - detail_start;
        if detail_len == 0 || detail_len > 3 {
            i += 1;
            continue;
        }
        // Not part of a longer dotted number (an IP address, a version).
        if bytes.get(j) == Some(&b'.') && bytes.get(j + 1).is_some_and(|b| b.is_ascii_digit()) {
            i = j;
            continue;
        }
        found.push(text[i..j].to_string());
        i = j;
    }
    found
}

/// The one status code a text stands for: the most specific of those it carries
/// (`X.0.0` and `4.4.7` only when there is nothing better).
pub fn find(text: &str, class: Option<u8>) -> Option<String> {
    let all = find_all(text, class);
    let mut vague = None;
    let mut chosen: Option<String> = None;
    for code in all {
        if code[1..].starts_with(".0.0") || code == "4.4.7" {
            vague.get_or_insert(code);
            continue;
        }
        chosen = Some(match chosen {
            None => code,
            Some(previous) => prefer(&previous, &code, ""),
        });
    }
    chosen.or(vague)
}

/// Choose between the `Status:` field and the code in the remote's text,
/// using the reply code to break a class disagreement (Sisimai's rules).
pub fn prefer(field: &str, in_text: &str, reply: &str) -> String {
    if field.is_empty() {
        return in_text.to_string();
    }
    if in_text.is_empty() {
        return field.to_string();
    }
    if field.len() < 5 {
        return in_text.to_string();
    }
    if in_text.len() < 5 {
        return field.to_string();
    }
    let (f0, t0) = (field.as_bytes()[0], in_text.as_bytes()[0]);
    if let Some(&r0) = reply.as_bytes().first()
        && f0 != t0
    {
        if r0 == f0 {
            return field.to_string();
        }
        if r0 == t0 {
            return in_text.to_string();
        }
    }
    if field == in_text {
        return field.to_string();
    }
    let zero1 = (field.contains(".0"), in_text.contains(".0"));
    let zero2 = (field.contains(".0.0"), in_text.contains(".0.0"));
    if zero2.0 {
        return if zero2.1 { field } else { in_text }.to_string();
    }
    if zero1.0 && !zero1.1 {
        return in_text.to_string();
    }
    if zero2.1 {
        return field.to_string();
    }
    if field == "4.4.7"
        || field == "4.7.0"
        || field.starts_with("5.3.")
        || [".5.1", ".5.2", ".5.4", ".5.5"]
            .iter()
            .any(|p| field[1..].starts_with(p))
    {
        return in_text.to_string();
    }
    if field == "5.1.1" {
        if zero1.1 || in_text.starts_with("5.5.") {
            return field.to_string();
        }
        return in_text.to_string();
    }
    if field == "5.1.3" && in_text.starts_with("5.7.") {
        return in_text.to_string();
    }
    field.to_string()
}

/// The SMTP reply code in a remote's text: the first `[245]dd` standing alone
/// (followed by a space, a dash or the end), preferring 4xx/5xx.
pub fn find_reply(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut fallback = None;
    let mut i = 0;
    while i + 3 <= bytes.len() {
        let c = bytes[i];
        if matches!(c, b'2' | b'4' | b'5')
            && bytes[i + 1].is_ascii_digit()
            && bytes[i + 2].is_ascii_digit()
            && (i == 0 || !is_word(bytes[i - 1]) && bytes[i - 1] != b'.' && bytes[i - 1] != b'-')
            && bytes
                .get(i + 3)
                .is_none_or(|&n| n == b' ' || n == b'-' || n == b'\n' || n == b'\r' || n == b'\t')
        {
            let code = &text[i..i + 3];
            let valid = match c {
                b'2' => matches!(code, "211" | "214" | "220" | "221" | "250" | "251" | "252"),
                b'4' => matches!(
                    &code[1..],
                    "21" | "22" | "50" | "51" | "52" | "53" | "54" | "55" | "58"
                ),
                _ => {
                    let n: u16 = code.parse().unwrap_or(0);
                    (500..=559).contains(&n) || matches!(code, "570" | "571")
                }
            };
            if valid {
                if c == b'2' {
                    fallback.get_or_insert_with(|| code.to_string());
                } else {
                    return Some(code.to_string());
                }
            }
        }
        i += 1;
    }
    fallback
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Sisimai's pseudo status for a reason when the mail carried no usable code.
pub fn pseudo(reason: &str, temporary: bool) -> Option<&'static str> {
    let code = match reason {
        "authfailure" => 926,
        "badreputation" => 975,
        "blocked" => 971,
        "contenterror" => 960,
        "exceedlimit" => 923,
        "expired" => 947,
        "failedstarttls" => 976,
        "filtered" => 910,
        "hasmoved" => 916,
        "hostunknown" => 912,
        "mailboxfull" => 922,
        "mailererror" => 939,
        "mesgtoobig" => 934,
        "networkerror" => 944,
        "norelaying" => 909,
        "notaccept" => 932,
        "notcompliantrfc" => 974,
        "onhold" => 901,
        "policyviolation" => 972,
        "rejected" => 918,
        "requireptr" => 973,
        "securityerror" => 970,
        "spamdetected" => 980,
        "speeding" => 946,
        "suppressed" => 903,
        "suspend" => 921,
        "systemerror" => 930,
        "systemfull" => 931,
        "syntaxerror" => 902,
        "toomanyconn" => 945,
        "userunknown" => 911,
        "undefined" => 900,
        "virusdetected" => 981,
        _ => return None,
    };
    let temporary = temporary && !matches!(reason, "hasmoved" | "hostunknown" | "userunknown");
    Some(pseudo_text(code, temporary))
}

fn pseudo_text(code: u16, temporary: bool) -> &'static str {
    macro_rules! table {
        ($($n:literal),*) => {
            match (code, temporary) {
                $( ($n, false) => concat!("5.0.", $n), ($n, true) => concat!("4.0.", $n), )*
                _ => "5.0.900",
            }
        };
    }
    table!(
        900, 901, 902, 903, 909, 910, 911, 912, 916, 918, 921, 922, 923, 926, 930, 931, 932, 934,
        939, 944, 945, 946, 947, 960, 970, 971, 972, 973, 974, 975, 976, 980, 981
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_codes_and_ignores_addresses() {
        assert_eq!(
            find("550 5.1.1 <a@b>: user unknown", None).as_deref(),
            Some("5.1.1")
        );
        assert_eq!(find("host 192.0.2.5.2 said", None), None);
        assert_eq!(
            find("550 5.0.0 then 5.2.2 quota", None).as_deref(),
            Some("5.2.2")
        );
        assert_eq!(
            find("451 4.7.650 reputation", None).as_deref(),
            Some("4.7.650")
        );
        assert_eq!(find("version 5.1.2", None).as_deref(), Some("5.1.2"));
        assert_eq!(find("v5.1.2", None), None);
    }

    #[test]
    fn prefers_the_specific_code() {
        assert_eq!(prefer("5.0.0", "5.1.1", "550"), "5.1.1");
        assert_eq!(prefer("5.1.1", "5.2.2", "550"), "5.2.2");
        assert_eq!(prefer("4.4.7", "5.1.1", "550"), "5.1.1");
        assert_eq!(prefer("5.2.2", "4.2.2", "452"), "4.2.2");
    }

    #[test]
    fn reply_codes() {
        assert_eq!(
            find_reply("host x said: 550 5.1.1 no").as_deref(),
            Some("550")
        );
        assert_eq!(find_reply("port 25025 and 5500"), None);
        assert_eq!(find_reply("552-5.2.2 full"), Some("552".into()));
    }

    #[test]
    fn tables_are_sorted_for_the_binary_search() {
        assert!(STATUS_REASONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(REPLY_REASONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(reason_of("5.1.10"), Some("notaccept"));
        assert_eq!(reason_of("5.1.1"), Some("userunknown"));
        assert_eq!(reason_of("5.9.9"), None);
        assert_eq!(reason_of_reply("556"), Some("notaccept"));
        assert_eq!(reason_of_reply("550"), None);
    }

    #[test]
    fn pseudo_codes() {
        assert_eq!(pseudo("filtered", false), Some("5.0.910"));
        assert_eq!(pseudo("expired", true), Some("4.0.947"));
        assert!(is_pseudo("5.0.910"));
        assert!(!is_pseudo("5.0.0"));
    }
}

// Sisimai's licence, for the tables above derived from it (and those of
// phrases.rs, rhost.rs, lhost_data.rs and recognisers.rs; the rules rhost.rs
// takes from its Go port, https://github.com/sisimai/go-sisimai, are under the
// same licence, Copyright (C) 2024-2025 azumakuniyuki and sisimai development
// team):
//
// BSD 2-Clause License
//
// Copyright (c) 2014-2018, azumakuniyuki
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions are met:
//
// * Redistributions of source code must retain the above copyright notice, this
//   list of conditions and the following disclaimer.
//
// * Redistributions in binary form must reproduce the above copyright notice,
//   this list of conditions and the following disclaimer in the documentation
//   and/or other materials provided with the distribution.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
// AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
// IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
// DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
// FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
// DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
// SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
// CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
// OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
