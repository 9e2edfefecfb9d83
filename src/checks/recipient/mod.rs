//! The recipient's side of delivery: can the address's domain receive mail at all, and is
//! it a typo of a major provider's domain. Whether the recipient's server accepted a given
//! email is known only on their side; this says what DNS can.

pub mod diags;

use serde_json::json;
use strsim::osa_distance;

use crate::checks::mx;
use crate::context::Context;
use crate::dns::validate_domain;
use crate::i18n::t;
use crate::report::{Code, Finding, Status};

/// Major mailbox providers, for spotting a mistyped recipient domain.
const PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.fr",
    "yahoo.co.uk",
    "yahoo.de",
    "yahoo.es",
    "yahoo.it",
    "ymail.com",
    "hotmail.com",
    "hotmail.fr",
    "hotmail.co.uk",
    "hotmail.de",
    "hotmail.it",
    "hotmail.es",
    "outlook.com",
    "outlook.fr",
    "live.com",
    "live.fr",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "sfr.fr",
    "laposte.net",
    "gmx.de",
    "gmx.net",
    "gmx.fr",
    "web.de",
    "t-online.de",
    "libero.it",
    "yandex.ru",
    "mail.ru",
    "protonmail.com",
    "proton.me",
    "comcast.net",
    "verizon.net",
    "att.net",
    "bigpond.com",
    "qq.com",
    "163.com",
    "naver.com",
    "mail.com",
    "gmx.com",
    "yahoo.ca",
    "hotmail.ca",
    "hotmail.be",
    "outlook.de",
    "outlook.es",
];

/// The recipient's domain accepts mail, its servers resolve, and it is not a typo.
pub async fn check(ctx: &Context, address: &str) -> Vec<Finding> {
    let Some(domain) = domain_of(address) else {
        return vec![
            Finding::new(
                Code::OutboundRecipientInvalid,
                Status::Fail,
                address,
                t!("recipient-not-an-address", address = address),
            )
            .help(t!("recipient-not-an-address.fix")),
        ];
    };
    let mut findings = Vec::new();
    if let Some(intended) = likely_typo(&domain) {
        findings.push(
            Finding::new(
                Code::OutboundRecipientTypo,
                Status::Warn,
                address,
                t!(
                    "recipient-typo",
                    domain = domain.as_str(),
                    intended = intended
                ),
            )
            .evidence("domain", domain.clone())
            .evidence("probably", intended)
            .help(t!("recipient-typo.fix", intended = intended)),
        );
    }
    let servers = mx::check(ctx, &domain).await;
    let blocking = servers
        .iter()
        .any(|f| f.status.severity() >= Status::Fail.severity());
    findings.extend(servers);
    if !blocking
        && findings
            .iter()
            .all(|f| f.code != Code::OutboundRecipientTypo)
    {
        findings.push(
            Finding::new(
                Code::OutboundRecipientAsk,
                Status::Info,
                address,
                t!("recipient-looks-fine", domain = domain.as_str()),
            )
            .evidence(
                "ask_the_recipient",
                json!([
                    t!("recipient-ask-spam"),
                    t!("recipient-ask-why"),
                    t!("recipient-ask-allow")
                ]),
            )
            .help(t!("recipient-looks-fine.fix")),
        );
    }
    findings
}

/// The domain of an address, validated like any domain zdiag checks.
pub fn domain_of(address: &str) -> Option<String> {
    let (local, domain) = address.trim().rsplit_once('@')?;
    if local.is_empty() {
        return None;
    }
    validate_domain(domain).ok()
}

/// A major provider's domain one keystroke away, or two within the same top-level domain
/// (`hotmial.com`, `gmail.co`, `yaho.fr`); never the provider itself.
pub fn likely_typo(domain: &str) -> Option<&'static str> {
    if PROVIDERS.contains(&domain) {
        return None;
    }
    let tld = |d: &str| d.rsplit('.').next().unwrap_or_default().to_string();
    PROVIDERS
        .iter()
        .map(|p| (osa_distance(domain, p), *p))
        .filter(|(d, p)| *d == 1 || (*d == 2 && tld(p) == tld(domain) && p.len() >= 9))
        .min_by_key(|(d, _)| *d)
        .map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_of_major_providers_are_spotted() {
        for (typed, intended) in [
            ("gmial.com", "gmail.com"),
            ("gmail.co", "gmail.com"),
            ("hotmial.com", "hotmail.com"),
            ("yaho.fr", "yahoo.fr"),
            ("outlok.com", "outlook.com"),
            ("orange.ff", "orange.fr"),
            ("icloud.con", "icloud.com"),
        ] {
            assert_eq!(likely_typo(typed), Some(intended), "{typed}");
        }
    }

    #[test]
    fn real_domains_are_not_typos() {
        for domain in [
            "gmail.com",
            "yahoo.fr",
            "yahoo.ca",
            "example.com",
            "acme-corp.de",
            "ovh.net",
            "mail.com",
            "gmx.com",
        ] {
            assert_eq!(likely_typo(domain), None, "{domain}");
        }
    }

    #[test]
    fn addresses_give_their_domain() {
        assert_eq!(domain_of("Ann@Example.COM"), Some("example.com".into()));
        assert_eq!(domain_of("@example.com"), None);
        assert_eq!(domain_of("example.com"), None);
        assert_eq!(domain_of("ann@exa mple.com"), None);
    }
}
