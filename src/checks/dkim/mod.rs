//! `zdiag dkim`: Zendesk's two DKIM CNAMEs and the keys behind them.
//!
//! Zendesk signs a custom domain's mail with its own keys, published at
//! `zendesk1._domainkey.zendesk.com` and `zendesk2._domainkey.zendesk.com`
//! and rotated every quarter; the domain delegates to them with two CNAMEs.
//! [`gather`] asks every question at once (each selector's CNAME and TXT,
//! then the key behind each alias), and both [`check`] and
//! [`zendesk_dkim_path`] read the same facts.

pub mod diags;

use futures::future::join_all;
use serde_json::{Value, json};

use crate::checks::PathState;
use crate::checks::dns_error;
use crate::context::Context;
use crate::dkim::{KeyRecord, ParseError, PublicKey, looks_like_key};
use crate::dns::{Answer, QType, RData, normalize_name};
use crate::i18n::t;
use crate::report::{Code, Finding, Status};

/// Zendesk's selectors: `<selector>._domainkey.<domain>` → `<selector>._domainkey.zendesk.com`.
pub const ZENDESK_SELECTORS: [&str; 2] = ["zendesk1", "zendesk2"];
/// Where Zendesk publishes its keys.
pub const ZENDESK_KEY_DOMAIN: &str = "_domainkey.zendesk.com";
/// RSA keys shorter than this are refused by major receivers.
const RSA_MINIMUM: u32 = 1024;
/// RSA keys shorter than this are weak (RFC 8301 requires at least 1024, recommends 2048).
const RSA_RECOMMENDED: u32 = 2048;

#[derive(Clone, Debug, Default)]
pub struct DkimOptions {
    /// Selectors to check besides Zendesk's.
    pub selectors: Vec<String>,
}

/// The name a selector's key lives at.
pub fn selector_name(selector: &str, domain: &str) -> String {
    format!("{selector}._domainkey.{domain}")
}

/// Where Zendesk publishes one selector's key.
pub fn zendesk_target(selector: &str) -> String {
    format!("{selector}.{ZENDESK_KEY_DOMAIN}")
}

/// What is at `<selector>._domainkey.<domain>` itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Alias {
    /// A CNAME to this target.
    To(String),
    /// No CNAME (the name may hold TXT records, or not exist).
    Absent,
    /// DNS did not answer.
    Failed { question: String, answer: String },
}

/// The key record found by following a selector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// One key record, read at `name`.
    Found {
        name: String,
        text: String,
        parsed: Result<KeyRecord, ParseError>,
    },
    /// Several key records at `name`: verifiers may pick any.
    Multiple { name: String, texts: Vec<String> },
    /// No key record at `name`; `other_txt` lists TXT records that are not keys.
    Missing {
        name: String,
        answer: String,
        other_txt: Vec<String>,
    },
    /// DNS did not answer.
    Failed { question: String, answer: String },
}

impl Key {
    /// A key a verifier can use (RSA of at least 1024 bits, or Ed25519).
    pub fn usable(&self) -> bool {
        match self {
            Key::Found {
                parsed: Ok(record), ..
            } => match record.public_key() {
                PublicKey::Rsa { bits } => bits >= RSA_MINIMUM,
                PublicKey::Ed25519 => true,
                _ => false,
            },
            _ => false,
        }
    }

    fn key_data(&self) -> Option<&[u8]> {
        match self {
            Key::Found {
                parsed: Ok(record), ..
            } => Some(&record.key_data),
            _ => None,
        }
    }
}

/// One selector, followed to its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    pub selector: String,
    /// `<selector>._domainkey.<domain>`.
    pub name: String,
    pub alias: Alias,
    /// The key behind the alias, or at the name itself when there is no alias.
    pub key: Key,
}

/// A Zendesk selector: the selector, and Zendesk's current key when it was needed to compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZendeskSelector {
    pub found: Selector,
    /// Zendesk's own key, fetched when the domain publishes a key instead of the CNAME.
    pub zendesk_key: Option<Key>,
}

/// A legacy `zendeskN.<domain>` CNAME.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Legacy {
    pub name: String,
    pub alias: Alias,
}

/// Everything the DKIM check learns about a domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gathered {
    pub domain: String,
    pub zendesk: Vec<ZendeskSelector>,
    pub others: Vec<Selector>,
    pub legacy: Vec<Legacy>,
}

/// Ask every question: Zendesk's selectors, the extra ones, the legacy CNAMEs, all at once.
pub async fn gather(ctx: &Context, domain: &str, extra: &[String], legacy: bool) -> Gathered {
    let domain = normalize_name(domain);
    let mut others: Vec<String> = Vec::new();
    for selector in extra {
        let selector = normalize_name(selector);
        if !ZENDESK_SELECTORS.contains(&selector.as_str()) && !others.contains(&selector) {
            others.push(selector);
        }
    }
    let legacy_names: Vec<String> = if legacy {
        (1..=4).map(|n| format!("zendesk{n}.{domain}")).collect()
    } else {
        Vec::new()
    };
    let (zendesk, others, legacy) = tokio::join!(
        join_all(
            ZENDESK_SELECTORS
                .iter()
                .map(|s| zendesk_selector(ctx, s, &domain))
        ),
        join_all(others.iter().map(|s| follow(ctx, s, &domain))),
        join_all(legacy_names.into_iter().map(|name| async move {
            let alias = alias_of(&ctx.dns.query(&name, QType::Cname).await, &name);
            Legacy { name, alias }
        }))
    );
    Gathered {
        domain,
        zendesk,
        others,
        legacy,
    }
}

async fn zendesk_selector(ctx: &Context, selector: &str, domain: &str) -> ZendeskSelector {
    let found = follow(ctx, selector, domain).await;
    // A key pasted at the name: compare it with the one Zendesk publishes now.
    let zendesk_key = if found.alias == Alias::Absent && matches!(found.key, Key::Found { .. }) {
        Some(read_key(ctx, &zendesk_target(selector)).await)
    } else {
        None
    };
    ZendeskSelector { found, zendesk_key }
}

/// The CNAME and TXT at the selector's name together, then the key behind the alias.
async fn follow(ctx: &Context, selector: &str, domain: &str) -> Selector {
    let name = selector_name(selector, domain);
    let (cname, txt) = tokio::join!(
        ctx.dns.query(&name, QType::Cname),
        ctx.dns.query(&name, QType::Txt)
    );
    let alias = alias_of(&cname, &name);
    let key = match &alias {
        // Asked at the target itself: a server need not chase an alias out of its zone.
        Alias::To(target) => read_key(ctx, target).await,
        Alias::Absent => key_of(&name, &txt),
        Alias::Failed { question, answer } => Key::Failed {
            question: question.clone(),
            answer: answer.clone(),
        },
    };
    Selector {
        selector: selector.to_string(),
        name,
        alias,
        key,
    }
}

fn alias_of(answer: &Answer, name: &str) -> Alias {
    match answer {
        Answer::Records { records, .. } => match records.first() {
            Some(RData::Cname(target)) => Alias::To(normalize_name(target)),
            _ => Alias::Absent,
        },
        failure if failure.is_failure() => Alias::Failed {
            question: format!("{name} CNAME"),
            answer: failure.describe(),
        },
        _ => Alias::Absent,
    }
}

async fn read_key(ctx: &Context, name: &str) -> Key {
    key_of(name, &ctx.dns.query(name, QType::Txt).await)
}

fn key_of(name: &str, answer: &Answer) -> Key {
    if answer.is_failure() {
        return Key::Failed {
            question: format!("{name} TXT"),
            answer: answer.describe(),
        };
    }
    let texts: Vec<String> = answer
        .records()
        .iter()
        .filter_map(|r| match r {
            RData::Txt(strings) => Some(String::from_utf8_lossy(&strings.concat()).into_owned()),
            _ => None,
        })
        .collect();
    let (keys, other_txt): (Vec<String>, Vec<String>) =
        texts.into_iter().partition(|t| looks_like_key(t));
    match keys.len() {
        0 => Key::Missing {
            name: name.to_string(),
            answer: if other_txt.is_empty() {
                answer.describe()
            } else {
                t!("dkim-txt-not-a-key")
            },
            other_txt,
        },
        1 => {
            let text = keys.into_iter().next().unwrap_or_default();
            Key::Found {
                name: name.to_string(),
                parsed: KeyRecord::parse(&text),
                text,
            }
        }
        _ => Key::Multiple {
            name: name.to_string(),
            texts: keys,
        },
    }
}

/// Check one domain.
pub async fn check(ctx: &Context, domain: &str, options: &DkimOptions) -> Vec<Finding> {
    let gathered = gather(ctx, domain, &options.selectors, true).await;
    findings(&gathered)
}

/// Are `zendesk1/2._domainkey.<domain>` CNAMEs to Zendesk's keys in place?
pub async fn zendesk_dkim_path(ctx: &Context, domain: &str) -> PathState {
    path_state(&gather(ctx, domain, &[], false).await)
}

/// DMARC's DKIM path, from the gathered facts.
pub fn path_state(gathered: &Gathered) -> PathState {
    let domain = &gathered.domain;
    for z in &gathered.zendesk {
        let s = &z.found;
        if let Alias::Failed { question, answer } = &s.alias {
            return PathState::Unknown(t!(
                "dkim-path-lookup-failed",
                question = question.as_str(),
                answer = answer.as_str()
            ));
        }
        if let Key::Failed { question, answer } = &s.key {
            return PathState::Unknown(t!(
                "dkim-path-lookup-failed",
                question = question.as_str(),
                answer = answer.as_str()
            ));
        }
    }
    let mut missing = Vec::new();
    for z in &gathered.zendesk {
        let s = &z.found;
        let expected = zendesk_target(&s.selector);
        match &s.alias {
            Alias::To(target) if *target == expected => {
                if !s.key.usable() {
                    missing.push(t!("dkim-path-key-unusable", name = s.name.as_str()));
                }
            }
            Alias::To(target) => missing.push(t!(
                "dkim-path-wrong-target",
                name = s.name.as_str(),
                target = target.as_str(),
                expected = expected.as_str()
            )),
            _ => missing.push(t!(
                "dkim-path-not-a-cname",
                name = s.name.as_str(),
                expected = expected.as_str()
            )),
        }
    }
    if missing.is_empty() {
        PathState::Ready(t!("dkim-path-ready", domain = domain.as_str()))
    } else {
        PathState::Missing(missing.join("; "))
    }
}

/// The findings for gathered facts: pure.
pub fn findings(gathered: &Gathered) -> Vec<Finding> {
    let mut out = Vec::new();
    zendesk_findings(gathered, &mut out);
    for selector in &gathered.others {
        match &selector.alias {
            Alias::Failed { question, answer } => out.push(dns_error(
                Code::DkimDnsError,
                &selector.name,
                question,
                answer,
            )),
            _ => key_findings(&selector.name, &selector.key, &mut out),
        }
    }
    legacy_findings(&gathered.legacy, &mut out);
    out
}

fn zendesk_findings(gathered: &Gathered, out: &mut Vec<Finding>) {
    let domain = &gathered.domain;
    let mut absent = Vec::new();
    let mut correct = Vec::new();
    for z in &gathered.zendesk {
        let s = &z.found;
        let expected = zendesk_target(&s.selector);
        match (&s.alias, &s.key) {
            (Alias::Failed { question, answer }, _) => {
                out.push(dns_error(Code::DkimDnsError, &s.name, question, answer))
            }
            (Alias::To(target), key) if *target == expected => {
                correct.push(s);
                key_findings(&s.name, key, out);
            }
            (Alias::To(target), _) => out.push(
                Finding::new(
                    Code::DkimZendeskWrongTarget,
                    Status::Fail,
                    s.name.as_str(),
                    t!(
                        "dkim-wrong-target-message",
                        name = s.name.as_str(),
                        target = target.as_str(),
                        expected = expected.as_str()
                    ),
                )
                .evidence("cname", target.clone())
                .evidence("expected", expected.clone())
                .help(t!(
                    "dkim-wrong-target-help",
                    name = s.name.as_str(),
                    expected = expected.as_str()
                )),
            ),
            (Alias::Absent, Key::Failed { question, answer }) => {
                out.push(dns_error(Code::DkimDnsError, &s.name, question, answer))
            }
            (Alias::Absent, Key::Found { text, .. }) => {
                out.push(pasted_finding(z, text, &expected));
                key_findings(&s.name, &s.key, out);
            }
            (Alias::Absent, Key::Multiple { .. }) => {
                out.push(pasted_finding(z, "", &expected));
                key_findings(&s.name, &s.key, out);
            }
            (Alias::Absent, Key::Missing { .. }) => absent.push(s),
        }
    }
    let records = || {
        ZENDESK_SELECTORS
            .iter()
            .map(|s| format!("{} CNAME {}.", selector_name(s, domain), zendesk_target(s)))
            .collect::<Vec<_>>()
    };
    if absent.len() == ZENDESK_SELECTORS.len() {
        out.push(
            Finding::new(
                Code::DkimZendeskMissing,
                Status::Fail,
                domain.as_str(),
                t!("dkim-zendesk-missing-message", domain = domain.as_str()),
            )
            .evidence("required", records())
            .help(t!("dkim-zendesk-missing-help", domain = domain.as_str())),
        );
    } else {
        for s in absent {
            let expected = zendesk_target(&s.selector);
            out.push(
                Finding::new(
                    Code::DkimZendeskPartial,
                    Status::Fail,
                    s.name.as_str(),
                    t!("dkim-zendesk-partial-message", name = s.name.as_str()),
                )
                .evidence("required", format!("{} CNAME {expected}.", s.name))
                .help(t!(
                    "dkim-zendesk-partial-help",
                    name = s.name.as_str(),
                    expected = expected.as_str()
                )),
            );
        }
    }
    if correct.len() == ZENDESK_SELECTORS.len() {
        out.insert(
            0,
            Finding::new(
                Code::DkimZendeskCnames,
                Status::Pass,
                domain.as_str(),
                t!("dkim-zendesk-cnames-message", domain = domain.as_str()),
            )
            .evidence(
                "cnames",
                correct
                    .iter()
                    .map(|s| json!({"name": s.name, "target": zendesk_target(&s.selector)}))
                    .collect::<Vec<_>>(),
            ),
        );
    }
}

fn pasted_finding(z: &ZendeskSelector, text: &str, expected: &str) -> Finding {
    let s = &z.found;
    let help = t!(
        "dkim-pasted-key-help",
        name = s.name.as_str(),
        expected = expected
    );
    let current = z.zendesk_key.as_ref().and_then(Key::key_data);
    let pasted = s.key.key_data();
    if let (Some(current), Some(pasted)) = (current, pasted)
        && current != pasted
    {
        return Finding::new(
            Code::DkimZendeskPastedKeyStale,
            Status::Fail,
            s.name.as_str(),
            t!(
                "dkim-pasted-key-stale-message",
                name = s.name.as_str(),
                expected = expected
            ),
        )
        .evidence("record", text)
        .help(help);
    }
    let mut finding = Finding::new(
        Code::DkimZendeskPastedKey,
        Status::Warn,
        s.name.as_str(),
        t!(
            "dkim-pasted-key-message",
            name = s.name.as_str(),
            expected = expected
        ),
    );
    if !text.is_empty() {
        finding = finding.evidence("record", text);
    }
    finding
        .evidence(
            "matches_current_zendesk_key",
            Value::from(current.is_some()),
        )
        .help(help)
}

/// The checks every key record gets, whoever publishes it.
fn key_findings(subject: &str, key: &Key, out: &mut Vec<Finding>) {
    match key {
        Key::Failed { question, answer } => {
            out.push(dns_error(Code::DkimDnsError, subject, question, answer))
        }
        Key::Missing {
            name,
            answer,
            other_txt,
        } => {
            let mut finding = Finding::new(
                Code::DkimKeyMissing,
                Status::Fail,
                subject,
                t!(
                    "dkim-key-missing-message",
                    name = name.as_str(),
                    answer = answer.as_str()
                ),
            )
            .evidence("name", name.clone());
            if !other_txt.is_empty() {
                finding = finding.evidence("txt_records", other_txt.clone());
            }
            out.push(finding.help(t!("dkim-key-missing-help", name = name.as_str())));
        }
        Key::Multiple { name, texts } => out.push(
            Finding::new(
                Code::DkimKeyMultiple,
                Status::Fail,
                subject,
                t!(
                    "dkim-key-multiple-message",
                    name = name.as_str(),
                    count = texts.len()
                ),
            )
            .evidence("records", texts.clone())
            .help(t!("dkim-key-multiple-help")),
        ),
        Key::Found { name, text, parsed } => match parsed {
            Err(error) => {
                let caret = format!("{}^", " ".repeat(error.column.saturating_sub(1)));
                let mut finding = Finding::new(
                    Code::DkimSyntaxError,
                    Status::Fail,
                    subject,
                    t!(
                        "dkim-syntax-error-message",
                        name = name.as_str(),
                        error = error.to_string()
                    ),
                )
                .evidence("record", format!("{text}\n{caret}"))
                .evidence("column", error.column);
                if let Some(tag) = &error.tag {
                    finding = finding.evidence("tag", tag.clone());
                }
                out.push(finding.help(t!(
                    "dkim-syntax-error-help",
                    column = error.column,
                    message = error.message.as_str()
                )));
            }
            Ok(record) => record_findings(subject, name, text, record, out),
        },
    }
}

fn record_findings(
    subject: &str,
    name: &str,
    text: &str,
    record: &KeyRecord,
    out: &mut Vec<Finding>,
) {
    let key_type = record.key_type.as_str().to_string();
    match record.public_key() {
        PublicKey::Revoked => out.push(
            Finding::new(
                Code::DkimKeyRevoked,
                Status::Fail,
                subject,
                t!("dkim-key-revoked-message", name = name),
            )
            .evidence("record", text)
            .help(Code::DkimKeyRevoked.doc().fix),
        ),
        PublicKey::Invalid(why) => out.push(
            Finding::new(
                Code::DkimKeyInvalid,
                Status::Fail,
                subject,
                t!(
                    "dkim-key-invalid-message",
                    name = name,
                    key_type = key_type.as_str(),
                    why = why.as_str()
                ),
            )
            .evidence("record", text)
            .evidence("key_type", key_type)
            .help(t!("dkim-key-invalid-help")),
        ),
        PublicKey::UnknownType(kind) => out.push(
            Finding::new(
                Code::DkimKeyInvalid,
                Status::Fail,
                subject,
                t!(
                    "dkim-key-unknown-type-message",
                    name = name,
                    kind = kind.as_str()
                ),
            )
            .evidence("record", text)
            .evidence("key_type", kind)
            .help(t!("dkim-key-unknown-type-help")),
        ),
        PublicKey::Rsa { bits } if bits < RSA_MINIMUM => out.push(
            Finding::new(
                Code::DkimKeyTooShort,
                Status::Fail,
                subject,
                t!("dkim-key-too-short-message", name = name, bits = bits),
            )
            .evidence("record", text)
            .evidence("bits", bits)
            .help(Code::DkimKeyTooShort.doc().fix),
        ),
        PublicKey::Rsa { bits } if bits < RSA_RECOMMENDED => out.push(
            Finding::new(
                Code::DkimKeyWeak,
                Status::Warn,
                subject,
                t!("dkim-key-weak-message", name = name, bits = bits),
            )
            .evidence("record", text)
            .evidence("bits", bits)
            .help(t!("dkim-key-weak-help")),
        ),
        key => {
            let (message, bits) = match key {
                PublicKey::Rsa { bits } => (
                    t!("dkim-key-ok-rsa-message", name = name, bits = bits),
                    Some(bits),
                ),
                _ => (t!("dkim-key-ok-ed25519-message", name = name), None),
            };
            let mut finding = Finding::new(Code::DkimKeyOk, Status::Pass, subject, message)
                .evidence("record", text)
                .evidence("key_type", key_type);
            if let Some(bits) = bits {
                finding = finding.evidence("bits", bits);
            }
            out.push(finding);
        }
    }
    if record.testing() {
        out.push(
            Finding::new(
                Code::DkimKeyTesting,
                Status::Warn,
                subject,
                t!("dkim-key-testing-message", name = name),
            )
            .evidence("flags", record.flags.clone())
            .help(Code::DkimKeyTesting.doc().fix),
        );
    }
    if !record.unknown_tags.is_empty() {
        let tags: Vec<String> = record
            .unknown_tags
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
        out.push(
            Finding::new(
                Code::DkimKeyUnknownTag,
                Status::Warn,
                subject,
                t!(
                    "dkim-key-unknown-tag-message",
                    name = name,
                    tags = tags.join(", ")
                ),
            )
            .evidence("tags", tags)
            .help(t!("dkim-key-unknown-tag-help")),
        );
    }
}

fn legacy_findings(legacy: &[Legacy], out: &mut Vec<Finding>) {
    let present: Vec<Value> = legacy
        .iter()
        .filter_map(|l| match &l.alias {
            Alias::To(target) => Some(json!({"name": l.name, "target": target})),
            _ => None,
        })
        .collect();
    if !present.is_empty() {
        let subject = legacy
            .first()
            .and_then(|l| l.name.split_once('.'))
            .map_or(String::new(), |(_, domain)| domain.to_string());
        out.push(
            Finding::new(
                Code::DkimLegacyCnames,
                Status::Info,
                subject,
                t!("dkim-legacy-cnames-message", count = present.len()),
            )
            .evidence("cnames", present),
        );
    }
    let failed: Vec<String> = legacy
        .iter()
        .filter_map(|l| match &l.alias {
            Alias::Failed { question, answer } => Some(format!("{question}: {answer}")),
            _ => None,
        })
        .collect();
    if let Some(first) = legacy
        .iter()
        .find(|l| matches!(l.alias, Alias::Failed { .. }))
    {
        out.push(
            Finding::new(
                Code::DkimDnsError,
                Status::Error,
                first.name.as_str(),
                t!("dkim-legacy-dns-error-message", count = failed.len()),
            )
            .evidence("questions", failed)
            .help(t!("dkim-legacy-dns-error-help")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::zone::Zone;
    use crate::dns::zonefile::load_zones;
    use crate::dns::{Backend, Dns};

    /// The integration fixtures, answered offline.
    fn context() -> Context {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/zones");
        let zones = load_zones(&dir).expect("fixture zones");
        Context {
            dns: Dns::new(
                zones
                    .into_iter()
                    .map(|z| Box::new(z) as Box<dyn Backend>)
                    .collect(),
            ),
            zendesk: None,
        }
    }

    #[tokio::test]
    async fn the_dkim_path_reads_the_same_facts_as_the_check() {
        let ctx = context();
        let ready = zendesk_dkim_path(&ctx, "good.dkim.test").await;
        let PathState::Ready(why) = ready else {
            panic!("{ready:?}");
        };
        assert!(why.contains("Custom domain for DKIM"), "{why}");
        for domain in [
            "none.dkim.test",
            "half.dkim.test",
            "wrong.dkim.test",
            "pasted.dkim.test",
        ] {
            let state = zendesk_dkim_path(&ctx, domain).await;
            assert!(
                matches!(state, PathState::Missing(_)),
                "{domain}: {state:?}"
            );
        }
        let PathState::Missing(why) = zendesk_dkim_path(&ctx, "wrong.dkim.test").await else {
            unreachable!()
        };
        assert!(why.contains("not zendesk1._domainkey.zendesk.com"), "{why}");
    }

    #[tokio::test]
    async fn a_dns_failure_leaves_the_path_unknown() {
        let mut zone = Zone::new("slow.test");
        zone.add_timeout("zendesk1._domainkey.slow.test");
        let ctx = Context {
            dns: Dns::from_zone(zone),
            zendesk: None,
        };
        let state = zendesk_dkim_path(&ctx, "slow.test").await;
        assert!(matches!(state, PathState::Unknown(_)), "{state:?}");
    }

    #[tokio::test]
    async fn lookups_run_together_and_are_asked_once() {
        let ctx = context();
        let gathered = gather(&ctx, "good.dkim.test", &["zendesk1".into()], true).await;
        assert!(gathered.others.is_empty());
        // Two questions per Zendesk selector, one key each, four legacy names.
        assert_eq!(ctx.dns.stats().sent, 2 * 2 + 2 + 4);
    }
}
