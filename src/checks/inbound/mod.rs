//! Step 1 of the inbound procedure: is the address a customer wrote to one the account
//! knows, and what the copy of their email says about where it went and why Zendesk
//! would suspend it. Pure over the support addresses and the message.

pub mod diags;

use std::collections::BTreeSet;

use crate::checks::forwarding::eml::Message;
use crate::checks::suspended::Wanted;
use crate::report::Finding;
use crate::zendesk::RecipientAddress;

/// Zendesk suspends a message with more addresses than this in To and Cc.
const CC_LIMIT: usize = 48;
/// The closest configured addresses named for an unknown one.
const CLOSEST: usize = 3;

/// Is `address` a support address? If not, the closest configured ones.
pub fn address(address: &str, addresses: &[RecipientAddress]) -> Finding {
    let wanted = address.trim().to_ascii_lowercase();
    if let Some(found) = addresses
        .iter()
        .find(|a| a.email.trim().eq_ignore_ascii_case(&wanted))
    {
        return diags::configured(address, found.forwarding_status.as_str());
    }
    let mut scored: Vec<(f64, &str)> = addresses
        .iter()
        .map(|a| {
            let email = a.email.trim();
            let score =
                strsim::normalized_damerau_levenshtein(&wanted, &email.to_ascii_lowercase());
            (score, email)
        })
        .filter(|(score, _)| *score >= 0.5)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    let closest = scored
        .into_iter()
        .take(CLOSEST)
        .map(|(_, e)| e.to_string())
        .collect();
    diags::unknown(address, closest, addresses.len())
}

/// What the copy of the email says. `support` is empty without the account.
pub fn eml(message: &Message, address: &str, support: &BTreeSet<String>) -> Vec<Finding> {
    let wanted = address.trim().to_ascii_lowercase();
    let mut all: Vec<String> = Vec::new();
    for header in [
        "to",
        "cc",
        "delivered-to",
        "x-forwarded-to",
        "x-original-to",
    ] {
        for a in message.addresses(header) {
            if !all.contains(&a) {
                all.push(a);
            }
        }
    }
    let ours: Vec<String> = all
        .iter()
        .filter(|a| support.contains(*a))
        .cloned()
        .collect();
    let mut findings = vec![diags::recipients(&all, &ours)];
    if !all.contains(&wanted) && ours.is_empty() {
        findings.push(diags::not_to_address(address, &all));
    }
    if let Some(value) = message.first("auto-submitted")
        && !value.trim().eq_ignore_ascii_case("no")
    {
        findings.push(diags::auto_submitted(value));
    }
    if let Some(value) = message.first("precedence")
        && ["bulk", "junk", "list"].contains(&value.trim().to_ascii_lowercase().as_str())
    {
        findings.push(diags::bulk(value));
    }
    if let Some(from) = message.addresses("from").into_iter().next()
        && support.contains(&from)
    {
        findings.push(diags::from_support_address(&from));
    }
    let copied = message.addresses("to").len() + message.addresses("cc").len();
    if copied > CC_LIMIT {
        findings.push(diags::too_many_ccs(copied));
    }
    if let Some(raw) = message.first("authentication-results") {
        let results = authentication_results(raw);
        if !results.is_empty() {
            findings.push(diags::authentication(&results, raw));
        }
    }
    findings
}

/// `spf=pass`, `dkim=fail`, `dmarc=none` from an Authentication-Results value (RFC 8601).
pub fn authentication_results(value: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for clause in value.split(';').skip(1) {
        let Some((method, rest)) = clause.trim().split_once('=') else {
            continue;
        };
        let method = method.trim().to_ascii_lowercase();
        if !["spf", "dkim", "dmarc", "arc"].contains(&method.as_str()) {
            continue;
        }
        let result: String = rest
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !out.iter().any(|(m, _)| *m == method) {
            out.push((method, result));
        }
    }
    out
}

/// What identifies the message among suspended tickets.
pub fn wanted(raw: &[u8], message: &Message) -> Wanted {
    let parsed = mail_parser::MessageParser::default().parse_headers(raw);
    Wanted {
        message_id: message.first("message-id").map(str::to_string),
        from: message.addresses("from").into_iter().next(),
        subject: parsed
            .as_ref()
            .and_then(|m| m.subject().map(str::to_string))
            .or_else(|| message.first("subject").map(str::to_string)),
        date: parsed
            .as_ref()
            .and_then(|m| m.date())
            .map(|d| d.to_timestamp()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authentication_results_are_read_per_method() {
        let r = authentication_results(
            "mx.google.com; dkim=pass header.i=@orange.example; spf=softfail (sender IP) smtp.mailfrom=a@orange.example; dmarc=fail (p=NONE) header.from=orange.example",
        );
        assert_eq!(
            r,
            [
                ("dkim".to_string(), "pass".to_string()),
                ("spf".to_string(), "softfail".to_string()),
                ("dmarc".to_string(), "fail".to_string())
            ]
        );
    }
}
