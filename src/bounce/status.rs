//! RFC 3463 enhanced status codes and RFC 5321 reply codes: finding them in a
//! remote's text, choosing between several, and what each one means.

/// Sisimai's reason for a status code (its `smtp/status.Name` table), when the
/// code alone is specific enough.
pub fn reason_of(status: &str) -> Option<&'static str> {
    Some(match status {
        "2.1.5" => "delivered",
        "4.1.6" | "5.1.6" | "5.7.17" | "5.7.18" => "hasmoved",
        "4.1.7" | "4.1.8" | "5.1.7" | "5.1.8" => "rejected",
        "4.1.9" | "5.1.9" => "systemerror",
        "4.2.1" => "blocked",
        "4.2.2" | "5.2.2" => "mailboxfull",
        "4.2.3" | "5.2.3" => "exceedlimit",
        "4.2.4" | "5.2.4" | "5.2.0" | "5.2.1" | "5.1.4" => "filtered",
        "4.3.1" | "5.3.1" | "4.4.5" => "systemfull",
        "4.3.2" | "5.3.2" | "5.1.10" | "5.7.27" => "notaccept",
        "4.3.3" | "4.3.5" | "4.4.3" | "4.5.3" | "4.5.5" | "5.3.0" | "5.3.3" | "5.3.5" | "5.4.3"
        | "5.5.4" | "5.5.5" => "systemerror",
        "4.4.1" | "4.4.7" => "expired",
        "4.4.2" | "4.4.4" | "4.4.6" | "4.4.8" | "5.4.0" => "networkerror",
        "4.6.0" | "4.6.2" | "4.6.5" | "5.6.0" | "5.6.1" | "5.6.2" | "5.6.3" | "5.6.5" | "5.6.6"
        | "5.6.7" | "5.6.8" | "5.6.9" => "contenterror",
        "4.7.1" | "4.7.2" => "blocked",
        "4.7.5" | "4.7.6" | "4.7.7" | "4.7.12" | "4.7.15" | "5.7.0" | "5.7.1" | "5.7.2"
        | "5.7.3" | "5.7.4" | "5.7.5" | "5.7.6" | "5.7.7" | "5.7.8" | "5.7.9" | "5.7.10"
        | "5.7.11" | "5.7.14" | "5.7.15" | "5.7.19" => "securityerror",
        "4.7.16" | "5.7.16" | "5.3.4" => "mesgtoobig",
        "4.7.24" | "4.7.26" | "5.7.20" | "5.7.21" | "5.7.22" | "5.7.23" | "5.7.24" | "5.7.26"
        | "5.7.29" => "authfailure",
        "4.7.25" | "5.7.25" => "requireptr",
        "5.1.0" | "5.1.1" | "5.1.3" => "userunknown",
        "5.1.2" | "5.4.4" => "hostunknown",
        "5.5.2" | "5.5.6" => "syntaxerror",
        "5.5.3" => "toomanyconn",
        "5.7.13" => "suspend",
        "5.7.28" => "spamdetected",
        "5.7.30" => "failedstarttls",
        _ => return None,
    })
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
    fn pseudo_codes() {
        assert_eq!(pseudo("filtered", false), Some("5.0.910"));
        assert_eq!(pseudo("expired", true), Some("4.0.947"));
        assert!(is_pseudo("5.0.910"));
        assert!(!is_pseudo("5.0.0"));
    }
}
