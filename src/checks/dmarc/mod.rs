//! `zdiag dmarc`: the DMARC policy, its reporting, and Zendesk's alignment.
//!
//! Which record applies (the domain's own, or a parent's by the RFC 9989 tree
//! walk), what it says, where its reports go, and whether Zendesk's mail for
//! the domain passes it through SPF, DKIM, both or neither.

pub mod diags;

use std::collections::BTreeSet;

use futures::future::join_all;
use serde_json::{Value, json};

use crate::checks;
use crate::checks::PathState;
use crate::checks::dkim::zendesk_dkim_path;
use crate::checks::spf::zendesk_spf_path;
use crate::context::Context;
use crate::dmarc::{
    Alignment, ErrorKind, ParseError, Policy, Psd, Record, ReportUri, is_dmarc_record,
};
use crate::dns::{Answer, Dns, QType, RData, normalize_name};
use crate::report::{Code, Finding, Status};
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
        out.push(dns_error(
            &domain,
            &format!("_dmarc.{domain}"),
            QType::Txt,
            &own.answer,
        ));
        return out;
    }
    if apex == Answer::NxDomain && own.answer.is_void() {
        out.push(
            Finding::new(
                Code::DmarcDomainNotFound,
                Status::Fail,
                &domain,
                format!("{domain} does not exist (NXDOMAIN)."),
            )
            .help("Check the spelling of the domain."),
        );
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
                out.push(dns_error(&domain, &name, QType::Txt, &answer));
                return out;
            }
            Walk::Missing => {
                let asked: Vec<String> = std::iter::once(domain.clone())
                    .chain(walk_targets(&domain))
                    .map(|d| format!("_dmarc.{d}"))
                    .collect();
                out.push(
                    Finding::new(
                        Code::DmarcRecordMissing,
                        Status::Fail,
                        &domain,
                        if asked.len() > 1 {
                            format!("No DMARC record applies to {domain}: none at _dmarc.{domain} or its parent domains.")
                        } else {
                            format!("No DMARC record at _dmarc.{domain}.")
                        },
                    )
                    .evidence("asked", asked)
                    .evidence("answer", own.answer.describe())
                    .help(format!(
                        "Publish a TXT record at _dmarc.{domain}: v=DMARC1; p=none; rua=mailto:dmarc@{domain}"
                    )),
                );
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
    out.push(found_finding(&domain, &applied));
    if let Some(org) = &applied.psd_org {
        out.push(
            Finding::new(
                Code::DmarcPsdRecordApplies,
                Status::Warn,
                &domain,
                format!(
                    "No record at {org}, the organisational domain: the public suffix record of {} (psd=y) applies.",
                    applied.location
                ),
            )
            .evidence("organisational_domain", org.clone())
            .evidence("location", applied.location.clone())
            .help(format!("Publish your own record at _dmarc.{org}.")),
        );
    }
    let own_record = applied.location == domain;
    let (tag, written) = if own_record {
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
    tag_findings(
        &domain,
        &applied.location,
        &record,
        own_record,
        tag,
        written,
        effective,
        &mut out,
    );
    report_findings(ctx, &applied.location, &record, &mut out).await;
    out.push(zendesk_alignment(
        &domain, effective, &record, &spf_path, &dkim_path,
    ));
    out
}

fn name_findings(domain: &str, own: &NameLookup, out: &mut Vec<Finding>) {
    let name = format!("_dmarc.{domain}");
    let texts = |list: &[TxtRecord]| list.iter().map(|t| t.text.clone()).collect::<Vec<_>>();
    for txt in &own.whitespace {
        out.push(
            Finding::new(
                Code::DmarcLeadingWhitespace,
                Status::Fail,
                domain,
                format!("A record at {name} starts with whitespace before v=DMARC1, so receivers discard it."),
            )
            .evidence("record", txt.text.clone())
            .help("Remove the leading whitespace."),
        );
    }
    for txt in &own.lookalike {
        if let Err(error) = Record::parse(&txt.text) {
            out.push(syntax_finding(domain, &txt.text, &error));
        }
    }
    if !own.spf.is_empty() {
        out.push(
            Finding::new(
                Code::DmarcSpfAtDmarc,
                Status::Fail,
                domain,
                format!("{name} answers with an SPF record where the DMARC record should be."),
            )
            .evidence("records", texts(&own.spf))
            .help(format!("Publish the DMARC record at {name} and remove the SPF text (or wildcard) answering there.")),
        );
    }
    if !own.unrelated.is_empty() {
        out.push(
            Finding::new(
                Code::DmarcUnrelatedTxt,
                Status::Fail,
                domain,
                format!(
                    "{name} holds {} TXT record(s) that are not DMARC records.",
                    own.unrelated.len()
                ),
            )
            .evidence("records", texts(&own.unrelated))
            .help(format!(
                "Delete the TXT records at {name} that do not start with v=DMARC1."
            )),
        );
    }
    if own.dmarc.len() > 1 {
        out.push(
            Finding::new(
                Code::DmarcMultipleRecords,
                Status::Fail,
                domain,
                format!(
                    "{name} has {} DMARC records; receivers discard them all (RFC 9989 §4.10).",
                    own.dmarc.len()
                ),
            )
            .evidence("records", texts(&own.dmarc))
            .help("Keep one record and delete the others."),
        );
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
    let finding = if own.single().is_some() {
        Finding::new(
            Code::DmarcRecordAtApex,
            Status::Warn,
            domain,
            format!(
                "A DMARC record at {domain} itself has no effect; receivers read _dmarc.{domain}."
            ),
        )
        .help(format!("Delete the v=DMARC1 record at {domain}."))
    } else {
        Finding::new(
            Code::DmarcRecordAtApex,
            Status::Fail,
            domain,
            format!("The DMARC record is at {domain}; it must be at _dmarc.{domain}, so receivers never see it."),
        )
        .help(format!("Move the record to _dmarc.{domain}."))
    };
    out.push(finding.evidence("records", at_apex));
}

fn found_finding(domain: &str, applied: &Applied) -> Finding {
    let location = &applied.location;
    let message = if location == domain {
        format!("The DMARC record at _dmarc.{domain} applies.")
    } else {
        format!(
            "No record at _dmarc.{domain}: the record of {location} applies (found by the RFC 9989 tree walk; its subdomain policy governs {domain})."
        )
    };
    let mut finding = Finding::new(Code::DmarcRecordFound, Status::Pass, domain, message)
        .evidence("record", applied.txt.text.clone())
        .evidence("location", format!("_dmarc.{location}"));
    if applied.txt.strings.len() > 1 {
        finding = finding.evidence("strings", applied.txt.strings.clone());
    }
    if !applied.cnames.is_empty() {
        finding = finding.evidence("cname_chain", applied.cnames.clone());
    }
    finding
}

fn syntax_finding(subject: &str, text: &str, error: &ParseError) -> Finding {
    let caret = format!("{}^", " ".repeat(error.column.saturating_sub(1)));
    let code = match error.kind {
        ErrorKind::DuplicateTag => Code::DmarcDuplicateTag,
        ErrorKind::Syntax => Code::DmarcSyntaxError,
    };
    let help = match error.kind {
        ErrorKind::DuplicateTag => {
            format!("Keep one `{}` tag, with the value you mean.", error.tag)
        }
        ErrorKind::Syntax if error.tag.is_empty() => {
            format!("Correct the record at column {}.", error.column)
        }
        ErrorKind::Syntax => format!(
            "Correct the `{}` tag at column {}.",
            error.tag, error.column
        ),
    };
    Finding::new(
        code,
        Status::Fail,
        subject,
        format!("Syntax error in the DMARC record of {subject}: {error}"),
    )
    .evidence("record", format!("{text}\n{caret}"))
    .evidence("tag", error.tag.clone())
    .evidence("column", error.column)
    .help(help)
}

/// A DNS failure on `name`'s `qtype` question.
fn dns_error(subject: &str, name: &str, qtype: QType, answer: &Answer) -> Finding {
    checks::dns_error(
        Code::DmarcDnsError,
        subject,
        &format!("{name} {qtype}"),
        &answer.describe(),
    )
}

#[allow(clippy::too_many_arguments)]
fn tag_findings(
    domain: &str,
    location: &str,
    record: &Record,
    own_record: bool,
    tag: &str,
    written: Policy,
    effective: Policy,
    out: &mut Vec<Finding>,
) {
    let text = record.text.as_str();
    if record.p.is_none() {
        out.push(
            Finding::new(
                Code::DmarcPMissing,
                Status::Warn,
                location,
                "The record has no p tag: RFC 9989 receivers read it as p=none; RFC 7489 receivers ignore the record.",
            )
            .evidence("record", text)
            .help("Add p=none (or the policy you want) right after v=DMARC1."),
        );
    } else if !record.p_follows_v() {
        out.push(
            Finding::new(
                Code::DmarcPNotFirst,
                Status::Warn,
                location,
                "p is not the tag right after v=DMARC1; some older receivers expect it there.",
            )
            .evidence("record", text)
            .help("Move p=... directly after v=DMARC1;."),
        );
    }
    let source = format!(
        "{tag}={written}{}",
        if own_record {
            String::new()
        } else {
            format!(" (from {location})")
        }
    );
    if effective.is_enforced() {
        out.push(
            Finding::new(
                Code::DmarcPolicyEnforced,
                Status::Pass,
                domain,
                format!("Policy {effective} for {domain} ({source}): receivers {} mail that fails DMARC.", if effective == Policy::Reject { "reject" } else { "quarantine" }),
            )
            .evidence("policy", effective.as_str())
            .evidence("from_tag", tag),
        );
    } else {
        out.push(
            Finding::new(
                Code::DmarcPolicyNone,
                Status::Warn,
                domain,
                format!("DMARC is unenforced for {domain} ({source}{}): receivers deliver mail that fails DMARC.", if written != effective { ", lowered by t=y" } else { "" }),
            )
            .evidence("policy", effective.as_str())
            .evidence("from_tag", tag)
            .help("Once reports show your senders (Zendesk included) aligned, move to p=quarantine, then p=reject."),
        );
    }
    if own_record && record.sp == Some(Policy::None) {
        out.push(
            Finding::new(
                Code::DmarcSubdomainPolicyNone,
                Status::Warn,
                location,
                format!(
                    "sp=none: mail from subdomains of {location} that fails DMARC is delivered."
                ),
            )
            .help("Remove sp=none, or set sp=quarantine or sp=reject."),
        );
    }
    if record.testing() {
        out.push(
            Finding::new(
                Code::DmarcTesting,
                Status::Warn,
                location,
                if written.is_enforced() {
                    format!(
                        "t=y (testing): receivers apply {} instead of {written}.",
                        written.downgraded()
                    )
                } else {
                    "t=y (testing): the policy is none already, so it changes nothing now; remove it when you enforce.".to_string()
                },
            )
            .help("Remove t=y once the reports show your senders aligned."),
        );
    }
    for t in &record.tags {
        let written_tag = record.tag_text(t).to_string();
        match t.name.as_str() {
            "pct" => out.push(
                Finding::new(
                    Code::DmarcPctRemoved,
                    Status::Warn,
                    location,
                    match record.pct {
                        Some(n) if n < 100 => format!("{written_tag}: RFC 9989 receivers ignore it (full policy), RFC 7489 receivers apply the policy to {n}% of failing mail."),
                        _ => format!("{written_tag}: RFC 9989 removed pct; its receivers ignore it."),
                    },
                )
                .evidence("tag", written_tag)
                .help("Remove pct; use t=y for a test phase."),
            ),
            "rf" | "ri" => out.push(
                Finding::new(
                    Code::DmarcRemovedTag,
                    Status::Info,
                    location,
                    format!("{written_tag}: RFC 9989 removed `{}`; receivers ignore it.", t.name),
                )
                .evidence("tag", written_tag)
                .help(format!("Remove the `{}` tag.", t.name)),
            ),
            _ if !t.known => out.push(
                Finding::new(
                    Code::DmarcUnknownTag,
                    Status::Warn,
                    location,
                    format!("Unknown tag `{}`: receivers ignore it.", t.name),
                )
                .evidence("tag", written_tag)
                .evidence("column", crate::dmarc::column(text, t.span.start))
                .help("Remove the tag, or correct its name."),
            ),
            _ => {}
        }
    }
    for issue in &record.issues {
        out.push(
            Finding::new(
                Code::DmarcInvalidValue,
                Status::Warn,
                location,
                format!("{}.", issue.message),
            )
            .evidence("tag", issue.tag.clone())
            .evidence("column", issue.column)
            .evidence(
                "record",
                format!("{text}\n{}^", " ".repeat(issue.column.saturating_sub(1))),
            )
            .help(format!(
                "Correct the `{}` value, or remove the tag.",
                issue.tag
            )),
        );
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
        out.push(
            Finding::new(
                Code::DmarcNoRua,
                Status::Info,
                location,
                "No rua tag: no receiver sends aggregate reports, so you cannot see who sends as the domain.",
            )
            .help(format!("Add rua=mailto:dmarc-reports@{location} (or your report service's address).")),
        );
    }
    for (name, list) in [("rua", &record.rua), ("ruf", &record.ruf)] {
        if list.len() > URI_LIMIT {
            out.push(
                Finding::new(
                    Code::DmarcTooManyUris,
                    Status::Warn,
                    location,
                    format!(
                        "{name} lists {} URIs; receivers may not send to more than two.",
                        list.len()
                    ),
                )
                .evidence(
                    "uris",
                    list.iter().map(|u| u.uri.clone()).collect::<Vec<_>>(),
                )
                .help(format!("Keep at most two {name} addresses.")),
            );
        }
        for uri in list.iter() {
            if !uri.is_mailto() {
                out.push(
                    Finding::new(
                        Code::DmarcUriNotMailto,
                        Status::Warn,
                        location,
                        format!("{name} URI {} uses {}: receivers are only required to support mailto:, so most ignore it.", uri.uri, uri.scheme),
                    )
                    .evidence("uri", uri.uri.clone())
                    .help("Use a mailto: address."),
                );
            }
            if let Some(size) = &uri.size {
                out.push(
                    Finding::new(
                        Code::DmarcUriSize,
                        Status::Warn,
                        location,
                        format!("{name} URI {} has the obsolete size limit !{size}; RFC 9989 reporters ignore it.", uri.uri),
                    )
                    .evidence("uri", uri.uri.clone())
                    .help(format!("Remove !{size} from the address.")),
                );
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
    let hosts = mx.mx_hosts();
    if mx.is_failure() {
        out.push(dns_error(location, dest, QType::Mx, &mx));
    } else if hosts.is_empty() {
        let why = if mx.records().is_empty() {
            mx.describe()
        } else {
            "a null MX (accepts no mail)".into()
        };
        out.push(
            Finding::new(
                Code::DmarcReportDomainNoMx,
                Status::Warn,
                location,
                format!("Report domain {dest} has no MX record ({why}): reports sent there bounce."),
            )
            .evidence("domain", dest)
            .evidence("mx_answer", why)
            .help(format!("Publish MX records for {dest}, or use a report address at a domain that receives mail.")),
        );
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
            out.push(
                Finding::new(
                    Code::DmarcReportDestinationVerified,
                    Status::Pass,
                    location,
                    format!(
                        "External report destination {dest} accepts reports for {location} ({at})."
                    ),
                )
                .evidence("authorisation", at.clone()),
            );
        } else if let Some((name, failed)) =
            [(&specific, &specific_answer), (&wildcard, &wildcard_answer)]
                .into_iter()
                .find(|(_, a)| a.is_failure())
        {
            out.push(dns_error(location, name, QType::Txt, failed));
        } else {
            out.push(
                Finding::new(
                    Code::DmarcReportDestinationUnverified,
                    Status::Warn,
                    location,
                    format!("{dest} does not say it accepts DMARC reports for {location}: receivers send it none."),
                )
                .evidence("expected", format!("{specific} TXT \"v=DMARC1\""))
                .evidence("also_checked", wildcard)
                .help(format!("Ask {dest} to publish {specific} TXT \"v=DMARC1\", or use a report address at {location}.")),
            );
        }
    }
    out
}

fn path_json(state: &PathState) -> Value {
    let (status, detail) = match state {
        PathState::Ready(d) => ("ready", d),
        PathState::Missing(d) => ("missing", d),
        PathState::Unknown(d) => ("unknown", d),
    };
    json!({"state": status, "detail": detail})
}

/// What strict alignment changes for Zendesk's mail, one sentence per strict tag.
fn strict_notes(domain: &str, record: &Record) -> Vec<String> {
    let mut notes = Vec::new();
    if record.spf_alignment() == Alignment::Strict {
        notes.push(format!(
            "aspf=s: SPF aligns only when the envelope domain is exactly the From domain. Zendesk sends with the support address's domain, so addresses @{domain} align; a From address at a subdomain of {domain} would not."
        ));
    }
    if record.dkim_alignment() == Alignment::Strict {
        notes.push(format!(
            "adkim=s: DKIM aligns only when d= is exactly the From domain. Zendesk signs with d={domain} itself, so strict DKIM alignment holds."
        ));
    }
    notes
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
    let detail = |s: &PathState| match s {
        PathState::Ready(d) | PathState::Missing(d) | PathState::Unknown(d) => d.clone(),
    };
    let notes = strict_notes(domain, record);
    let dkim_caveat = "DKIM also needs \"Custom domain for DKIM\" enabled in the admin centre, which zdiag cannot see without API access.";
    let finding = |code, status, message: String| {
        let mut f = Finding::new(code, status, domain, message)
            .evidence("policy", policy.as_str())
            .evidence("spf_path", path_json(spf))
            .evidence("dkim_path", path_json(dkim))
            .evidence("aspf", record.spf_alignment().as_str())
            .evidence("adkim", record.dkim_alignment().as_str());
        if !notes.is_empty() {
            f = f.evidence("strict_alignment", notes.clone());
        }
        f
    };
    let action = if policy == Policy::Reject {
        "reject"
    } else {
        "quarantine"
    };
    if !policy.is_enforced() {
        let forecast = match (ready(spf), ready(dkim)) {
            _ if unknown(spf) || unknown(dkim) => format!(
                "whether it would pass at enforcement is unknown ({})",
                [spf, dkim]
                    .iter()
                    .filter(|s| unknown(s))
                    .map(|s| detail(s))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            (true, true) => {
                "at quarantine or reject it would pass through SPF and DKIM".to_string()
            }
            (true, false) => format!(
                "at quarantine or reject it would pass through SPF only ({}): forwarded mail would fail",
                detail(dkim)
            ),
            (false, true) => format!(
                "at quarantine or reject it would pass through DKIM only ({}), if custom DKIM is enabled",
                detail(spf)
            ),
            (false, false) => format!(
                "at quarantine or reject recipients would block agents' replies: {}; {}",
                detail(spf),
                detail(dkim)
            ),
        };
        return finding(
            Code::DmarcZendeskUnenforced,
            Status::Info,
            format!("Policy none: Zendesk's mail for {domain} is not blocked by DMARC; {forecast}."),
        )
        .help("Before enforcing, add include:mail.zendesk.com to SPF and Zendesk's two DKIM CNAMEs, and enable custom DKIM.");
    }
    if unknown(spf) || unknown(dkim) {
        let which: Vec<String> = [("SPF", spf), ("DKIM", dkim)]
            .into_iter()
            .filter(|(_, s)| unknown(s))
            .map(|(n, s)| format!("the {n} path ({})", detail(s)))
            .collect();
        return finding(
            Code::DmarcZendeskUnknown,
            Status::Error,
            format!(
                "Could not check whether Zendesk's mail passes DMARC ({policy}) for {domain}: {} could not be determined.",
                which.join(" and ")
            ),
        )
        .help("Retry with a working --resolver; run zdiag spf and zdiag dkim for details.");
    }
    match (ready(spf), ready(dkim)) {
        (true, true) => finding(
            Code::DmarcZendeskAligned,
            Status::Pass,
            format!("Zendesk's mail for {domain} passes DMARC ({policy}) through SPF and DKIM. {dkim_caveat}"),
        ),
        (true, false) => finding(
            Code::DmarcZendeskOnePath,
            Status::Warn,
            format!(
                "Zendesk's mail for {domain} passes DMARC ({policy}) through SPF only ({}): when a recipient forwards it, SPF fails and the mail is {action}ed.",
                detail(dkim)
            ),
        )
        .help(format!("Publish zendesk1._domainkey.{domain} and zendesk2._domainkey.{domain} as CNAMEs to Zendesk's keys, then enable custom DKIM in the admin centre.")),
        (false, true) => finding(
            Code::DmarcZendeskOnePath,
            Status::Warn,
            format!(
                "Zendesk's mail for {domain} passes DMARC ({policy}) through DKIM only ({}): if \"Custom domain for DKIM\" is off in the admin centre (zdiag cannot see it without API access), agents' replies are {action}ed.",
                detail(spf)
            ),
        )
        .help(format!("Add include:mail.zendesk.com to the SPF record of {domain}, and check that custom DKIM is enabled.")),
        (false, false) => finding(
            Code::DmarcZendeskUnaligned,
            Status::Fail,
            format!(
                "Zendesk's mail for {domain} fails DMARC: with p={policy}, recipients will {action} agents' replies ({}; {}).",
                detail(spf),
                detail(dkim)
            ),
        )
        .help(format!("Add include:mail.zendesk.com to the SPF record of {domain}, and publish Zendesk's two DKIM CNAMEs with custom DKIM enabled.")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
