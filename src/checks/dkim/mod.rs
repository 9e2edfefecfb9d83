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
                "TXT records, none of them a DKIM key".into()
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
            return PathState::Unknown(format!("{question} got {answer}"));
        }
        if let Key::Failed { question, answer } = &s.key {
            return PathState::Unknown(format!("{question} got {answer}"));
        }
    }
    let mut missing = Vec::new();
    for z in &gathered.zendesk {
        let s = &z.found;
        let expected = zendesk_target(&s.selector);
        match &s.alias {
            Alias::To(target) if *target == expected => {
                if !s.key.usable() {
                    missing.push(format!("the key behind {} is not usable", s.name));
                }
            }
            Alias::To(target) => {
                missing.push(format!("{} points at {target}, not {expected}", s.name))
            }
            _ => missing.push(format!("{} is not a CNAME to {expected}", s.name)),
        }
    }
    if missing.is_empty() {
        PathState::Ready(format!(
            "zendesk1._domainkey.{domain} and zendesk2._domainkey.{domain} point at Zendesk's keys; \
             the admin centre's \"Custom domain for DKIM\" setting must also be on, which DNS cannot show"
        ))
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
            (Alias::Failed { question, answer }, _) => out.push(dns_error(Code::DkimDnsError, &s.name, question, answer)),
            (Alias::To(target), key) if *target == expected => {
                correct.push(s);
                key_findings(&s.name, key, out);
            }
            (Alias::To(target), _) => out.push(
                Finding::new(
                    Code::DkimZendeskWrongTarget,
                    Status::Fail,
                    s.name.as_str(),
                    format!(
                        "{} is a CNAME to {target}, not to Zendesk's key at {expected}: receivers cannot verify Zendesk's signatures with this selector.",
                        s.name
                    ),
                )
                .evidence("cname", target.clone())
                .evidence("expected", expected.clone())
                .help(format!("Change the CNAME {} to point at {expected}.", s.name)),
            ),
            (Alias::Absent, Key::Failed { question, answer }) => out.push(dns_error(Code::DkimDnsError, &s.name, question, answer)),
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
                format!(
                    "Neither zendesk1._domainkey.{domain} nor zendesk2._domainkey.{domain} exists: Zendesk signs your mail with its own domain, so DMARC cannot align through DKIM. Do not turn on \"Custom domain for DKIM\" before they exist: mail would fail delivery."
                ),
            )
            .evidence("required", records())
            .help(format!(
                "Add the two CNAME records zendesk1._domainkey.{domain} and zendesk2._domainkey.{domain} pointing at zendesk1._domainkey.zendesk.com and zendesk2._domainkey.zendesk.com, then turn on \"Custom domain for DKIM\" in Admin Center."
            )),
        );
    } else {
        for s in absent {
            let expected = zendesk_target(&s.selector);
            out.push(
                Finding::new(
                    Code::DkimZendeskPartial,
                    Status::Fail,
                    s.name.as_str(),
                    format!(
                        "{} is missing while the other Zendesk selector is published: Zendesk needs both, and mail it signs with this selector fails DKIM (turning on \"Custom domain for DKIM\" now causes delivery failures).",
                        s.name
                    ),
                )
                .evidence("required", format!("{} CNAME {expected}.", s.name))
                .help(format!("Add the CNAME record {} pointing at {expected}.", s.name)),
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
                format!(
                    "zendesk1._domainkey.{domain} and zendesk2._domainkey.{domain} are CNAMEs to Zendesk's keys, which follow its quarterly rotation. \"Custom domain for DKIM\" must also be on in Admin Center; DNS cannot show it."
                ),
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
    let help = format!(
        "Replace the TXT record at {} with a CNAME to {expected}.",
        s.name
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
            format!(
                "{} holds a copy of a key instead of a CNAME to {expected}, and it is not the key Zendesk publishes now: Zendesk's signatures with this selector fail DKIM.",
                s.name
            ),
        )
        .evidence("record", text)
        .help(help);
    }
    let mut finding = Finding::new(
        Code::DkimZendeskPastedKey,
        Status::Warn,
        s.name.as_str(),
        format!(
            "{} holds a copy of Zendesk's key instead of a CNAME to {expected}: it works until Zendesk rotates its keys (every quarter), then DKIM fails.",
            s.name
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
        Key::Failed { question, answer } => out.push(dns_error(Code::DkimDnsError, subject, question, answer)),
        Key::Missing {
            name,
            answer,
            other_txt,
        } => {
            let mut finding = Finding::new(
                Code::DkimKeyMissing,
                Status::Fail,
                subject,
                format!("No DKIM key record at {name} ({answer}): signatures with this selector cannot be verified."),
            )
            .evidence("name", name.clone());
            if !other_txt.is_empty() {
                finding = finding.evidence("txt_records", other_txt.clone());
            }
            out.push(finding.help(format!(
                "Publish the selector's key as a TXT record at {name} (`v=DKIM1; k=rsa; p=...`), as the sending service gives it."
            )));
        }
        Key::Multiple { name, texts } => out.push(
            Finding::new(
                Code::DkimKeyMultiple,
                Status::Fail,
                subject,
                format!(
                    "{name} holds {} DKIM key records; verifiers may use any one of them, so signatures can fail.",
                    texts.len()
                ),
            )
            .evidence("records", texts.clone())
            .help("Keep one key record per selector."),
        ),
        Key::Found { name, text, parsed } => match parsed {
            Err(error) => {
                let caret = format!("{}^", " ".repeat(error.column.saturating_sub(1)));
                let mut finding = Finding::new(
                    Code::DkimSyntaxError,
                    Status::Fail,
                    subject,
                    format!("Syntax error in the DKIM key record at {name}: {error}"),
                )
                .evidence("record", format!("{text}\n{caret}"))
                .evidence("column", error.column);
                if let Some(tag) = &error.tag {
                    finding = finding.evidence("tag", tag.clone());
                }
                out.push(finding.help(format!(
                    "Correct the record at column {}: {}.",
                    error.column, error.message
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
                format!("The key at {name} is revoked (empty `p=`): every signature with this selector fails."),
            )
            .evidence("record", text)
            .help("Publish the current key, or stop signing with this selector."),
        ),
        PublicKey::Invalid(why) => out.push(
            Finding::new(
                Code::DkimKeyInvalid,
                Status::Fail,
                subject,
                format!("The key at {name} is not a valid {key_type} key: {why}."),
            )
            .evidence("record", text)
            .evidence("key_type", key_type)
            .help("Publish the key again, copied whole from the sending service."),
        ),
        PublicKey::UnknownType(kind) => out.push(
            Finding::new(
                Code::DkimKeyInvalid,
                Status::Fail,
                subject,
                format!("The key at {name} has type `k={kind}`, which verifiers do not know (rsa or ed25519): they ignore it."),
            )
            .evidence("record", text)
            .evidence("key_type", kind)
            .help("Set `k=rsa` (or `k=ed25519`) to match the key."),
        ),
        PublicKey::Rsa { bits } if bits < RSA_MINIMUM => out.push(
            Finding::new(
                Code::DkimKeyTooShort,
                Status::Fail,
                subject,
                format!("The RSA key at {name} is {bits} bits; receivers reject signatures with keys under 1024 bits (RFC 8301)."),
            )
            .evidence("record", text)
            .evidence("bits", bits)
            .help("Generate a 2048-bit key and publish it under a new selector."),
        ),
        PublicKey::Rsa { bits } if bits < RSA_RECOMMENDED => out.push(
            Finding::new(
                Code::DkimKeyWeak,
                Status::Warn,
                subject,
                format!("The RSA key at {name} is {bits} bits; it works, but 2048 bits is the recommended minimum."),
            )
            .evidence("record", text)
            .evidence("bits", bits)
            .help("Move to a 2048-bit key (a new selector, then retire this one)."),
        ),
        key => {
            let (description, bits) = match key {
                PublicKey::Rsa { bits } => (format!("an RSA key of {bits} bits"), Some(bits)),
                _ => ("an Ed25519 key".to_string(), None),
            };
            let mut finding = Finding::new(
                Code::DkimKeyOk,
                Status::Pass,
                subject,
                format!("{name} publishes {description}."),
            )
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
                format!("The key at {name} is in testing mode (`t=y`): receivers may ignore its results."),
            )
            .evidence("flags", record.flags.clone())
            .help("Remove `y` from the `t=` tag once signing works."),
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
                format!(
                    "The key at {name} has tag(s) RFC 6376 does not define; verifiers ignore them: {}.",
                    tags.join(", ")
                ),
            )
            .evidence("tags", tags)
            .help("Remove the unknown tags, or correct their names (v, h, k, n, p, s, t)."),
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
                format!(
                    "{} legacy zendeskN CNAME(s) are published (to mailN.zendesk.com); Zendesk's current setup does not use them and DKIM does not depend on them.",
                    present.len()
                ),
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
                format!(
                    "Could not check the legacy zendeskN CNAMEs: {} question(s) got no answer.",
                    failed.len()
                ),
            )
            .evidence("questions", failed)
            .help("Check that the domain's name servers answer, or retry with --resolver."),
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
