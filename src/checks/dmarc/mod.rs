//! `zdiag dmarc`: the DMARC policy, its reporting, and Zendesk's alignment.
//!
//! Which record applies (the domain's own, or a parent's by the RFC 9989 tree
//! walk), what it says, where its reports go, and whether Zendesk's mail for
//! the domain passes it through SPF, DKIM, both or neither. This file decides
//! which findings apply; `diags` words each one.

pub mod diags;

use std::collections::BTreeSet;

use futures::future::join_all;

use crate::checks::PathState;
use crate::checks::dkim::zendesk_dkim_path;
use crate::checks::spf::zendesk_spf_path;
use crate::context::Context;
use crate::dmarc::{ErrorKind, ParseError, Policy, Psd, Record, ReportUri, is_dmarc_record};
use crate::dns::{Answer, Dns, QType, RData, normalize_name};
use crate::report::Finding;
use crate::spf::tree::TxtRecord;

/// RFC 9989 §4.10: at most 8 names are queried for a policy.
const WALK_LIMIT: usize = 8;
/// Receivers may not send to more destinations than this (checkdmarc's best practice).
const URI_LIMIT: usize = 2;

/// What the TXT question at `_dmarc.<domain>` gave, sorted by kind.
#[derive(Clone, Debug)]
struct NameLookup {
    /// The domain (without `_dmarc.`).
    domain: String,
    answer: Answer,
    dmarc: Vec<TxtRecord>,
    whitespace: Vec<TxtRecord>,
    /// `v=dmarc1`, `v=DMARC2`...: look like DMARC, discarded by receivers.
    lookalike: Vec<TxtRecord>,
    spf: Vec<TxtRecord>,
    unrelated: Vec<TxtRecord>,
}

impl NameLookup {
    fn single(&self) -> Option<&TxtRecord> {
        match self.dmarc.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }
}

async fn lookup(dns: &Dns, domain: &str) -> NameLookup {
    let answer = dns.query(&format!("_dmarc.{domain}"), QType::Txt).await;
    let mut found = NameLookup {
        domain: domain.to_string(),
        answer: answer.clone(),
        dmarc: Vec::new(),
        whitespace: Vec::new(),
        lookalike: Vec::new(),
        spf: Vec::new(),
        unrelated: Vec::new(),
    };
    for rdata in answer.records() {
        let RData::Txt(strings) = rdata else { continue };
        let txt = TxtRecord::from_strings(strings);
        let text = txt.text.as_str();
        let trimmed = text.trim_start();
        let head: String = trimmed
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(7)
            .collect::<String>()
            .to_ascii_lowercase();
        if is_dmarc_record(text) {
            found.dmarc.push(txt);
        } else if trimmed.len() != text.len() && is_dmarc_record(trimmed) {
            found.whitespace.push(txt);
        } else if head == "v=dmarc" {
            found.lookalike.push(txt);
        } else if text.to_ascii_lowercase().starts_with("v=spf1") {
            found.spf.push(txt);
        } else {
            found.unrelated.push(txt);
        }
    }
    found
}

/// The names the RFC 9989 tree walk asks after the domain itself: its parents,
/// starting no more than 7 labels long, so at most 8 names in all.
pub fn walk_targets(domain: &str) -> Vec<String> {
    let labels: Vec<&str> = domain.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    if n <= 1 {
        return Vec::new();
    }
    let start = if n <= WALK_LIMIT {
        1
    } else {
        n - (WALK_LIMIT - 1)
    };
    (start..n).map(|i| labels[i..].join(".")).collect()
}

/// Where the policy for the domain comes from.
#[derive(Clone, Debug)]
struct Applied {
    /// The domain whose `_dmarc` record applies.
    location: String,
    txt: TxtRecord,
    cnames: Vec<String>,
    /// Set when a public suffix's record (`psd=y`) applies: the organisational domain.
    psd_org: Option<String>,
}

enum Walk {
    Found(Applied),
    Missing,
    Failed(String, Answer),
}

fn psd_of(txt: &TxtRecord) -> Option<Psd> {
    Record::parse(&txt.text).ok().and_then(|r| r.psd)
}

fn cnames_of(answer: &Answer) -> Vec<String> {
    match answer {
        Answer::Records { cnames, .. } => cnames.clone(),
        _ => Vec::new(),
    }
}

/// RFC 9989 §4.10: collect parents' records up to the first `psd=y` or `psd=n`;
/// the shortest name's record applies, or, under `psd=y`, the one just below it.
fn select(domain: &str, parents: &[NameLookup]) -> Walk {
    let labels = domain.split('.').count();
    let mut walked: Vec<(usize, &NameLookup, &TxtRecord)> = Vec::new();
    for parent in parents {
        if parent.answer.is_failure() {
            return Walk::Failed(format!("_dmarc.{}", parent.domain), parent.answer.clone());
        }
        let Some(txt) = parent.single() else { continue };
        let depth = labels - parent.domain.split('.').count();
        walked.push((depth, parent, txt));
        if matches!(psd_of(txt), Some(Psd::Yes | Psd::No)) {
            break;
        }
    }
    let Some(&(depth, last, txt)) = walked.last() else {
        return Walk::Missing;
    };
    let applied = |l: &NameLookup, t: &TxtRecord, psd_org| Applied {
        location: l.domain.clone(),
        txt: t.clone(),
        cnames: cnames_of(&l.answer),
        psd_org,
    };
    if psd_of(txt) == Some(Psd::Yes) {
        if let [.., (below, l, t), _] = walked.as_slice()
            && *below + 1 == depth
        {
            return Walk::Found(applied(l, t, None));
        }
        let org: Vec<&str> = domain.split('.').skip(depth - 1).collect();
        return Walk::Found(applied(last, txt, Some(org.join("."))));
    }
    Walk::Found(applied(last, txt, None))
}

/// Check one domain.
pub async fn check(ctx: &Context, domain: &str) -> Vec<Finding> {
    let domain = normalize_name(domain);
    let dns = &ctx.dns;
    let discovery = async {
        let own = lookup(dns, &domain).await;
        let parents = if own.single().is_none() && !own.answer.is_failure() {
            join_all(walk_targets(&domain).iter().map(|p| lookup(dns, p))).await
        } else {
            Vec::new()
        };
        (own, parents)
    };
    let ((own, parents), apex, spf_path, dkim_path) = tokio::join!(
        discovery,
        dns.query(&domain, QType::Txt),
        zendesk_spf_path(ctx, &domain),
        zendesk_dkim_path(ctx, &domain),
    );
    let mut out = Vec::new();
    if own.answer.is_failure() {
        out.push(diags::dns_error(
            &domain,
            &format!("_dmarc.{domain}"),
            QType::Txt,
            &own.answer,
        ));
        return out;
    }
    if apex == Answer::NxDomain && own.answer.is_void() {
        out.push(diags::domain_not_found(&domain));
        return out;
    }
    name_findings(&domain, &own, &mut out);
    apex_findings(&domain, &own, &apex, &mut out);
    let applied = match own.single() {
        Some(txt) => Applied {
            location: domain.clone(),
            txt: txt.clone(),
            cnames: cnames_of(&own.answer),
            psd_org: None,
        },
        None => match select(&domain, &parents) {
            Walk::Found(applied) => applied,
            Walk::Failed(name, answer) => {
                out.push(diags::dns_error(&domain, &name, QType::Txt, &answer));
                return out;
            }
            Walk::Missing => {
                let asked: Vec<String> = std::iter::once(domain.clone())
                    .chain(walk_targets(&domain))
                    .map(|d| format!("_dmarc.{d}"))
                    .collect();
                out.push(diags::record_missing(&domain, asked, &own.answer));
                return out;
            }
        },
    };
    let record = match Record::parse(&applied.txt.text) {
        Ok(record) => record,
        Err(error) => {
            out.push(syntax_finding(&applied.location, &applied.txt.text, &error));
            return out;
        }
    };
    out.push(diags::record_found(
        &domain,
        &applied.location,
        &applied.txt,
        &applied.cnames,
    ));
    if let Some(org) = &applied.psd_org {
        out.push(diags::psd_record_applies(&domain, org, &applied.location));
    }
    let policy = applied_policy(&domain, &applied.location, &record);
    policy_findings(&policy, &record, &mut out);
    tag_findings(&applied.location, &record, &mut out);
    report_findings(ctx, &applied.location, &record, &mut out).await;
    out.push(zendesk_alignment(
        &domain,
        policy.effective,
        &record,
        &spf_path,
        &dkim_path,
    ));
    out
}

fn name_findings(domain: &str, own: &NameLookup, out: &mut Vec<Finding>) {
    for txt in &own.whitespace {
        out.push(diags::leading_whitespace(domain, txt));
    }
    for txt in &own.lookalike {
        if let Err(error) = Record::parse(&txt.text) {
            out.push(syntax_finding(domain, &txt.text, &error));
        }
    }
    if !own.spf.is_empty() {
        out.push(diags::spf_at_dmarc(domain, &own.spf));
    }
    if !own.unrelated.is_empty() {
        out.push(diags::unrelated_txt(domain, &own.unrelated));
    }
    if own.dmarc.len() > 1 {
        out.push(diags::multiple_records(domain, &own.dmarc));
    }
}

fn apex_findings(domain: &str, own: &NameLookup, apex: &Answer, out: &mut Vec<Finding>) {
    let at_apex: Vec<String> = apex
        .records()
        .iter()
        .filter_map(|r| match r {
            RData::Txt(strings) => Some(TxtRecord::from_strings(strings).text),
            _ => None,
        })
        .filter(|t| is_dmarc_record(t))
        .collect();
    if at_apex.is_empty() {
        return;
    }
    out.push(diags::record_at_apex(
        domain,
        at_apex,
        own.single().is_some(),
    ));
}

fn syntax_finding(subject: &str, text: &str, error: &ParseError) -> Finding {
    match error.kind {
        ErrorKind::DuplicateTag => diags::duplicate_tag(subject, text, error),
        ErrorKind::Syntax => diags::syntax_error(subject, text, error),
    }
}

/// The policy that governs `domain`: its own record's `p`; a parent's `sp`, or
/// the parent's `p` when it has no `sp`. t=y lowers it one step.
fn applied_policy<'a>(
    domain: &'a str,
    location: &'a str,
    record: &Record,
) -> diags::AppliedPolicy<'a> {
    let (tag, written) = if location == domain {
        ("p", record.policy())
    } else if record.sp.is_some() {
        ("sp", record.subdomain_policy())
    } else {
        ("p", record.subdomain_policy())
    };
    let effective = if record.testing() {
        written.downgraded()
    } else {
        written
    };
    diags::AppliedPolicy {
        domain,
        location,
        tag,
        written,
        effective,
    }
}

fn policy_findings(policy: &diags::AppliedPolicy, record: &Record, out: &mut Vec<Finding>) {
    let location = policy.location;
    if record.p.is_none() {
        out.push(diags::p_missing(location, &record.text));
    } else if !record.p_follows_v() {
        out.push(diags::p_not_first(location, &record.text));
    }
    if policy.effective.is_enforced() {
        out.push(diags::policy_enforced(policy));
    } else {
        out.push(diags::policy_none(policy));
    }
    if policy.own_record() && record.sp == Some(Policy::None) {
        out.push(diags::subdomain_policy_none(location));
    }
    if record.testing() {
        out.push(diags::testing(location, policy.written));
    }
}

/// Tags RFC 9989 removed or does not know, then values the parser flagged.
fn tag_findings(location: &str, record: &Record, out: &mut Vec<Finding>) {
    for tag in &record.tags {
        match tag.name.as_str() {
            "pct" => out.push(diags::pct_removed(location, record, tag)),
            "rf" | "ri" => out.push(diags::removed_tag(location, record, tag)),
            _ if !tag.known => out.push(diags::unknown_tag(location, record, tag)),
            _ => {}
        }
    }
    for issue in &record.issues {
        out.push(diags::invalid_value(location, &record.text, issue));
    }
}

/// A guess at the organisational domain without the public suffix list: the
/// last two labels, or three under a two-letter country code with a common
/// second level (`example.co.uk`).
fn org_guess(domain: &str) -> String {
    const SECOND_LEVELS: [&str; 12] = [
        "co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "ltd", "plc",
    ];
    let labels: Vec<&str> = domain.split('.').collect();
    let n = labels.len();
    let keep = if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVELS.contains(&labels[n - 2]) {
        3
    } else {
        2
    };
    labels[n.saturating_sub(keep)..].join(".")
}

/// Is the report destination outside the policy domain's organisation?
fn is_external(location: &str, dest: &str) -> bool {
    let inside = |a: &str, b: &str| a == b || a.ends_with(&format!(".{b}"));
    !(inside(dest, location) || inside(location, dest) || org_guess(location) == org_guess(dest))
}

async fn report_findings(ctx: &Context, location: &str, record: &Record, out: &mut Vec<Finding>) {
    if record.rua.is_empty() {
        out.push(diags::no_rua(location));
    }
    for (tag, list) in [("rua", &record.rua), ("ruf", &record.ruf)] {
        if list.len() > URI_LIMIT {
            out.push(diags::too_many_uris(location, tag, list));
        }
        for uri in list.iter() {
            if !uri.is_mailto() {
                out.push(diags::uri_not_mailto(location, tag, uri));
            }
            if let Some(size) = &uri.size {
                out.push(diags::uri_size(location, tag, uri, size));
            }
        }
    }
    let domains: BTreeSet<String> = record
        .rua
        .iter()
        .chain(&record.ruf)
        .filter_map(|u: &ReportUri| u.domain.clone())
        .collect();
    let results = join_all(
        domains
            .iter()
            .map(|dest| destination_findings(ctx, location, dest)),
    )
    .await;
    out.extend(results.into_iter().flatten());
}

/// The MX of a report domain, and, when it is external, its authorisation record.
async fn destination_findings(ctx: &Context, location: &str, dest: &str) -> Vec<Finding> {
    let dns = &ctx.dns;
    let external = is_external(location, dest);
    let specific = format!("{location}._report._dmarc.{dest}");
    let wildcard = format!("*._report._dmarc.{dest}");
    let (mx, auth) = tokio::join!(dns.query(dest, QType::Mx), async {
        if external {
            Some(tokio::join!(
                dns.query(&specific, QType::Txt),
                dns.query(&wildcard, QType::Txt)
            ))
        } else {
            None
        }
    });
    let mut out = Vec::new();
    if mx.is_failure() {
        out.push(diags::dns_error(location, dest, QType::Mx, &mx));
    } else if mx.mx_hosts().is_empty() {
        out.push(diags::report_domain_no_mx(location, dest, &mx));
    }
    if let Some((specific_answer, wildcard_answer)) = auth {
        let holds = |a: &Answer| {
            a.records().iter().any(
                |r| matches!(r, RData::Txt(s) if is_dmarc_record(&TxtRecord::from_strings(s).text)),
            )
        };
        if holds(&specific_answer) || holds(&wildcard_answer) {
            let at = if holds(&specific_answer) {
                &specific
            } else {
                &wildcard
            };
            out.push(diags::report_destination_verified(location, dest, at));
        } else if let Some((name, failed)) =
            [(&specific, &specific_answer), (&wildcard, &wildcard_answer)]
                .into_iter()
                .find(|(_, a)| a.is_failure())
        {
            out.push(diags::dns_error(location, name, QType::Txt, failed));
        } else {
            out.push(diags::report_destination_unverified(
                location, dest, &specific, &wildcard,
            ));
        }
    }
    out
}

/// DMARC for Zendesk's mail: which of SPF and DKIM can align, under the policy that applies.
pub fn zendesk_alignment(
    domain: &str,
    policy: Policy,
    record: &Record,
    spf: &PathState,
    dkim: &PathState,
) -> Finding {
    let ready = |s: &PathState| matches!(s, PathState::Ready(_));
    let unknown = |s: &PathState| matches!(s, PathState::Unknown(_));
    let paths = diags::ZendeskPaths {
        domain,
        policy,
        record,
        spf,
        dkim,
    };
    if !policy.is_enforced() {
        return diags::zendesk_unenforced(&paths);
    }
    if unknown(spf) || unknown(dkim) {
        return diags::zendesk_unknown(&paths);
    }
    match (ready(spf), ready(dkim)) {
        (true, true) => diags::zendesk_aligned(&paths),
        (true, false) => diags::zendesk_one_path(&paths, diags::OnePath::Spf),
        (false, true) => diags::zendesk_one_path(&paths, diags::OnePath::Dkim),
        (false, false) => diags::zendesk_unaligned(&paths),
    }
}

#[cfg(test)]
mod tests {
    use super::diags::strict_notes;
    use super::*;
    use crate::report::{Code, Status};

    fn record(text: &str) -> Record {
        Record::parse(text).unwrap()
    }

    #[test]
    fn walk_targets_stop_at_eight_names() {
        assert_eq!(walk_targets("example.com"), ["com"]);
        assert_eq!(
            walk_targets("a.b.example.com"),
            ["b.example.com", "example.com", "com"]
        );
        assert!(walk_targets("com").is_empty());
        let deep = walk_targets("1.2.3.4.5.6.7.8.9.10.example.com");
        assert_eq!(deep.len(), 7);
        assert_eq!(deep[0], "6.7.8.9.10.example.com");
        assert_eq!(deep[6], "com");
    }

    #[test]
    fn alignment_covers_every_combination() {
        let r = record("v=DMARC1; p=reject");
        let ready = PathState::Ready("in place".into());
        let missing = PathState::Missing("absent".into());
        let unknown = PathState::Unknown("timeout".into());
        let cases = [
            (
                Policy::Reject,
                &ready,
                &ready,
                Code::DmarcZendeskAligned,
                Status::Pass,
            ),
            (
                Policy::Reject,
                &ready,
                &missing,
                Code::DmarcZendeskOnePath,
                Status::Warn,
            ),
            (
                Policy::Quarantine,
                &missing,
                &ready,
                Code::DmarcZendeskOnePath,
                Status::Warn,
            ),
            (
                Policy::Reject,
                &missing,
                &missing,
                Code::DmarcZendeskUnaligned,
                Status::Fail,
            ),
            (
                Policy::Reject,
                &ready,
                &unknown,
                Code::DmarcZendeskUnknown,
                Status::Error,
            ),
            (
                Policy::Quarantine,
                &unknown,
                &missing,
                Code::DmarcZendeskUnknown,
                Status::Error,
            ),
            (
                Policy::None,
                &missing,
                &missing,
                Code::DmarcZendeskUnenforced,
                Status::Info,
            ),
            (
                Policy::None,
                &ready,
                &unknown,
                Code::DmarcZendeskUnenforced,
                Status::Info,
            ),
        ];
        for (policy, spf, dkim, code, status) in cases {
            let f = zendesk_alignment("example.test", policy, &r, spf, dkim);
            assert_eq!(
                (f.code, f.status),
                (code, status),
                "{policy} {spf:?} {dkim:?}: {}",
                f.message
            );
        }
        let f = zendesk_alignment("example.test", Policy::Reject, &r, &missing, &missing);
        assert!(
            f.message.contains("reject agents' replies"),
            "{}",
            f.message
        );
        let f = zendesk_alignment("example.test", Policy::Quarantine, &r, &ready, &missing);
        assert!(f.message.contains("forwards"), "{}", f.message);
        let f = zendesk_alignment("example.test", Policy::Reject, &r, &missing, &ready);
        assert!(
            f.message.contains("Custom domain for DKIM"),
            "{}",
            f.message
        );
    }

    #[test]
    fn strict_alignment_is_explained() {
        let r = record("v=DMARC1; p=reject; aspf=s; adkim=s");
        let notes = strict_notes("example.test", &r);
        assert_eq!(notes.len(), 2);
        assert!(notes[0].contains("subdomain"));
        assert!(notes[1].contains("d=example.test"));
        assert!(strict_notes("example.test", &record("v=DMARC1; p=reject")).is_empty());
    }

    #[test]
    fn external_destinations() {
        assert!(!is_external("example.com", "example.com"));
        assert!(!is_external("example.com", "reports.example.com"));
        assert!(!is_external("sub.example.com", "example.com"));
        assert!(!is_external("a.example.com", "b.example.com"));
        assert!(!is_external("a.example.co.uk", "example.co.uk"));
        assert!(is_external("example.co.uk", "other.co.uk"));
        assert!(is_external("example.com", "dmarc.service.example"));
    }
}
