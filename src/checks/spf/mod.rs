//! `zdiag spf`: will mail that Zendesk sends for the domain pass SPF, and if not, exactly why?
//!
//! Three looks at one domain, sharing one DNS cache: the whole include tree
//! expanded statically (what checkdmarc reports), the required includes
//! (Zendesk's admin centre reads the first level only), and real
//! `check_host()` evaluations for Zendesk's live ranges and an optional client.

pub mod diags;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use futures::future::join_all;
use serde_json::{Value, json};

use crate::checks;
use crate::checks::PathState;
use crate::context::Context;
use crate::dns::{Answer, QType, RData, normalize_name};
use crate::report::{Code, Finding, Status};
use crate::spf::tree::{
    self, Node, Placement, RecordLookup, Target, TermLookup, TxtKind, TxtRecord,
};
use crate::spf::{
    Client, EvalOptions, Mechanism, Modifier, Qualifier, Record, SpfResult, Term, check_host,
};

/// Zendesk's sending domain: its SPF record lists the ranges Zendesk sends from.
pub const ZENDESK_SPF: &str = "mail.zendesk.com";
/// Includes Zendesk used to recommend and now flags.
const OUTDATED_ZENDESK: [&str; 2] = ["smtp.zendesk.com", "support.zendesk.com"];
/// RFC 7208 §3.4 and common practice.
const RECORD_SOFT_LIMIT: usize = 450;
const UDP_LIMIT: usize = 512;
const STRING_LIMIT: usize = 255;

/// What the user asked for besides the domain.
#[derive(Clone, Debug, Default)]
pub struct SpfOptions {
    /// Evaluate `check_host()` for this client.
    pub client: Option<ClientSpec>,
    /// Names that must authorise the domain (default: mail.zendesk.com).
    pub require_include: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct ClientSpec {
    pub ip: IpAddr,
    /// `None`: postmaster@DOMAIN. `Some("")`: the HELO identity (postmaster@HELO).
    pub sender: Option<String>,
    pub helo: Option<String>,
}

/// Check one domain.
pub async fn check(ctx: &Context, domain: &str, options: &SpfOptions) -> Vec<Finding> {
    let domain = normalize_name(domain);
    let dns = &ctx.dns;
    let (root, type99, zendesk) = tokio::join!(
        tree::expand(dns, &domain),
        dns.query(&domain, QType::Spf),
        tree::fetch_record(dns, ZENDESK_SPF)
    );
    let mut findings = Vec::new();
    record_findings(&domain, &root, &type99, &mut findings);
    if let Some(record) = root.lookup.record() {
        term_findings(&domain, record, &root, &mut findings);
        let zendesk_ranges = zendesk_evaluation(ctx, &domain, &zendesk, &mut findings).await;
        for required in &options.require_include {
            include_findings(
                &root,
                &normalize_name(required),
                zendesk_ranges.as_deref(),
                &mut findings,
            );
        }
        outdated_findings(&root, &mut findings);
        tree_findings(&root, &mut findings);
    }
    // The client's result stands even without a usable record (none, permerror).
    if let Some(client) = &options.client {
        findings.push(client_finding(ctx, &domain, client).await);
    }
    findings
}

/// DMARC's SPF path for Zendesk's mail: does the domain's SPF authorise mail.zendesk.com?
///
/// Zendesk sends with the customer's domain in the envelope only when it does; otherwise
/// it falls back to "via zendesk.com", and SPF can never align. A nested include counts:
/// receivers follow it.
pub async fn zendesk_spf_path(ctx: &Context, domain: &str) -> PathState {
    zendesk_spf_state(ctx, domain, false).await
}

/// What Zendesk's own SPF verification (`spf_status`) will find: like [`zendesk_spf_path`],
/// but a nested include fails, because Zendesk reads the first level only.
pub async fn zendesk_spf_validation(ctx: &Context, domain: &str) -> PathState {
    zendesk_spf_state(ctx, domain, true).await
}

async fn zendesk_spf_state(ctx: &Context, domain: &str, first_level_only: bool) -> PathState {
    let root = tree::expand(&ctx.dns, &normalize_name(domain)).await;
    match &root.lookup {
        RecordLookup::Failed { answer } => {
            return PathState::Unknown(format!("the SPF lookup got {}", answer.describe()));
        }
        RecordLookup::Found { .. } => {}
        _ => return PathState::Missing("the domain has no valid SPF record".into()),
    }
    if tree::account(&root).eleventh().is_some() {
        return PathState::Missing(
            "the SPF record needs more than 10 DNS lookups (permerror)".into(),
        );
    }
    match include_site(&root, ZENDESK_SPF) {
        IncludeSite::TopLevel | IncludeSite::ViaRedirect(_) => {
            PathState::Ready(format!("the SPF record includes {ZENDESK_SPF}"))
        }
        IncludeSite::Nested(_) if first_level_only => PathState::Missing(format!(
            "include:{ZENDESK_SPF} is only reached through another include, and Zendesk's verification reads the first level"
        )),
        IncludeSite::Nested(_) => PathState::Ready(format!(
            "the SPF record reaches {ZENDESK_SPF} through a nested include"
        )),
        IncludeSite::AfterAll => {
            PathState::Missing(format!("include:{ZENDESK_SPF} stands after `all`"))
        }
        IncludeSite::Absent => {
            PathState::Missing(format!("the SPF record does not include {ZENDESK_SPF}"))
        }
    }
}

// ---- record selection ------------------------------------------------------------------

fn record_findings(domain: &str, root: &Node, type99: &Answer, out: &mut Vec<Finding>) {
    if let Some(RData::Spf(strings)) = type99.records().first() {
        let txt = TxtRecord::from_strings(strings);
        out.push(
            Finding::new(
                Code::SpfType99Record,
                Status::Warn,
                domain,
                "An SPF record of the obsolete type 99 is published; receivers and Zendesk read TXT only.",
            )
            .evidence("type99_record", txt.text)
            .help("Publish the record as TXT and delete the type-99 record."),
        );
    }
    match &root.lookup {
        RecordLookup::Found {
            txt,
            cnames,
            ignored,
            ..
        } => {
            let found = Finding::new(
                Code::SpfRecordFound,
                Status::Pass,
                domain,
                format!(
                    "One SPF record ({} bytes in {} string{}).",
                    txt.byte_len(),
                    txt.strings.len(),
                    if txt.strings.len() == 1 { "" } else { "s" }
                ),
            )
            .evidence("record", txt.text.clone());
            // The split matters only when there is one (RFC 7208 §3.3 joins without spaces).
            out.push(if txt.strings.len() > 1 {
                found.evidence("strings", txt.strings.clone())
            } else {
                found
            });
            ignored_findings(domain, ignored, out);
            cname_finding(domain, cnames, out);
            size_findings(domain, txt, out);
        }
        RecordLookup::Invalid { txt, error, cnames } => {
            out.push(syntax_finding(domain, txt, error, &[]));
            cname_finding(domain, cnames, out);
            size_findings(domain, txt, out);
        }
        RecordLookup::Multiple { records } => out.push(
            Finding::new(
                Code::SpfMultipleRecords,
                Status::Fail,
                domain,
                format!(
                    "{} TXT records start with v=spf1; receivers return permerror for all of them.",
                    records.len()
                ),
            )
            .evidence(
                "records",
                records.iter().map(|r| r.text.clone()).collect::<Vec<_>>(),
            )
            .help("Merge them into one record with every include and a single `all` at the end."),
        ),
        RecordLookup::Missing { answer, ignored } => {
            ignored_findings(domain, ignored, out);
            if *answer == Answer::NxDomain {
                out.push(
                    Finding::new(
                        Code::SpfDomainNotFound,
                        Status::Fail,
                        domain,
                        format!("{domain} does not exist (NXDOMAIN)."),
                    )
                    .help("Check the spelling of the domain."),
                );
            } else {
                out.push(
                    Finding::new(
                        Code::SpfRecordMissing,
                        Status::Fail,
                        domain,
                        format!("{domain} has no SPF record: no TXT record starts with `v=spf1`."),
                    )
                    .evidence("txt_answer", answer.describe())
                    .help(format!(
                        "Publish a TXT record at {domain}: v=spf1 include:{ZENDESK_SPF} -all"
                    )),
                );
            }
        }
        RecordLookup::Failed { answer } => out.push(dns_error(domain, domain, QType::Txt, answer)),
    }
}

fn ignored_findings(domain: &str, ignored: &[(TxtKind, TxtRecord)], out: &mut Vec<Finding>) {
    for (kind, txt) in ignored {
        let finding = match kind {
            TxtKind::LeadingWhitespace => Finding::new(
                Code::SpfLeadingWhitespace,
                Status::Warn,
                domain,
                "A TXT record starts with whitespace before `v=spf1`, so receivers ignore it.",
            )
            .help("Remove the leading whitespace."),
            _ => Finding::new(
                Code::SpfLookalikeRecord,
                Status::Warn,
                domain,
                "A TXT record looks like SPF but is not `v=spf1`, so receivers ignore it.",
            )
            .help("Correct the version to exactly `v=spf1 ` or delete the record."),
        };
        out.push(finding.evidence("record", txt.text.clone()));
    }
}

fn cname_finding(domain: &str, cnames: &[String], out: &mut Vec<Finding>) {
    if cnames.is_empty() {
        return;
    }
    out.push(
        Finding::new(
            Code::SpfCnameAtName,
            Status::Warn,
            domain,
            format!("{domain} is a CNAME; its SPF record is read from the alias target."),
        )
        .evidence("cname_chain", cnames.to_vec())
        .help("Publish the TXT record at the name itself instead of a CNAME."),
    );
}

fn size_findings(domain: &str, txt: &TxtRecord, out: &mut Vec<Finding>) {
    for (index, len) in txt.string_lengths.iter().enumerate() {
        if *len > STRING_LIMIT {
            out.push(
                Finding::new(
                    Code::SpfStringTooLong,
                    Status::Warn,
                    domain,
                    format!(
                        "TXT string {} is {len} bytes, over the 255-byte DNS limit.",
                        index + 1
                    ),
                )
                .evidence("string_lengths", txt.string_lengths.clone())
                .help("Split the record into quoted strings of at most 255 bytes."),
            );
        }
    }
    let len = txt.byte_len();
    if len > UDP_LIMIT {
        out.push(
            Finding::new(
                Code::SpfRecordOver512,
                Status::Warn,
                domain,
                format!("The record is {len} bytes, over the 512-byte UDP limit."),
            )
            .evidence("bytes", len)
            .help("Shorten the record below 450 bytes."),
        );
    } else if len > RECORD_SOFT_LIMIT {
        out.push(
            Finding::new(
                Code::SpfRecordTooLong,
                Status::Warn,
                domain,
                format!("The record is {len} bytes, over the 450 bytes RFC 7208 §3.4 advises."),
            )
            .evidence("bytes", len)
            .help("Shorten the record: remove unused senders or group them behind one include."),
        );
    }
}

fn syntax_finding(
    domain: &str,
    txt: &TxtRecord,
    error: &crate::spf::ParseError,
    via: &[String],
) -> Finding {
    let caret = format!("{}^", " ".repeat(error.column.saturating_sub(1)));
    let mut finding = Finding::new(
        Code::SpfSyntaxError,
        Status::Fail,
        domain,
        format!("Syntax error in the SPF record of {domain}: {error}"),
    )
    .evidence("record", format!("{}\n{caret}", txt.text))
    .evidence("term", error.term.clone())
    .evidence("column", error.column);
    if !via.is_empty() {
        finding = finding.evidence("via", via.to_vec());
    }
    finding.help(format!(
        "Correct `{}` at column {}.",
        error.term, error.column
    ))
}

/// A DNS failure on `name`'s `qtype` question.
fn dns_error(subject: &str, name: &str, qtype: QType, answer: &Answer) -> Finding {
    checks::dns_error(
        Code::SpfDnsError,
        subject,
        &format!("{name} {qtype}"),
        &answer.describe(),
    )
}

// ---- the domain's own record --------------------------------------------------------------

fn term_findings(domain: &str, record: &Record, root: &Node, out: &mut Vec<Finding>) {
    let placements = tree::placements(record);
    let all_terms: Vec<(usize, Qualifier)> = record
        .terms
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            Term::Mechanism {
                qualifier,
                mechanism: Mechanism::All,
                ..
            } => Some((i, *qualifier)),
            _ => None,
        })
        .collect();
    let after_all: Vec<String> = record
        .terms
        .iter()
        .zip(&placements)
        .filter(|(_, p)| **p == Placement::AfterAll)
        .map(|(t, _)| record.term_text(t).to_string())
        .collect();
    if !after_all.is_empty() {
        out.push(
            Finding::new(
                Code::SpfTermsAfterAll,
                Status::Warn,
                domain,
                format!(
                    "{} term(s) after `all` are never evaluated.",
                    after_all.len()
                ),
            )
            .evidence("terms", after_all)
            .help("Move them before `all`."),
        );
    }
    if all_terms.len() > 1 {
        out.push(
            Finding::new(
                Code::SpfMultipleAll,
                Status::Warn,
                domain,
                format!(
                    "The record has {} `all` mechanisms; only the first is reached.",
                    all_terms.len()
                ),
            )
            .help("Keep one `all`, at the end."),
        );
    }
    for (term, placement) in record.terms.iter().zip(&placements) {
        let text = record.term_text(term).to_string();
        match term {
            Term::Modifier {
                modifier: Modifier::Redirect { .. },
                ..
            } if *placement == Placement::IgnoredRedirect => out.push(
                Finding::new(
                    Code::SpfRedirectIgnored,
                    Status::Warn,
                    domain,
                    format!("`{text}` is ignored because the record has `all`."),
                )
                .evidence("term", text)
                .help("Remove either the `all` mechanism or the redirect."),
            ),
            Term::Modifier {
                modifier: Modifier::Unknown { name, .. },
                ..
            } => out.push(
                Finding::new(
                    Code::SpfUnknownModifier,
                    Status::Warn,
                    domain,
                    format!("Unknown modifier `{name}=`: receivers ignore it."),
                )
                .evidence("term", text)
                .help("Remove it, or correct its name."),
            ),
            Term::Mechanism {
                mechanism: Mechanism::Ptr { .. },
                ..
            } => out.push(
                Finding::new(
                    Code::SpfPtrDeprecated,
                    Status::Warn,
                    domain,
                    format!("`{text}`: the ptr mechanism should not be used (RFC 7208 §5.5)."),
                )
                .evidence("term", text)
                .help("Replace it with ip4:/ip6: ranges or a: terms."),
            ),
            _ => {}
        }
    }
    permissiveness_finding(domain, root, out);
}

/// `+all` / `?all` / no `all`, judged on the record a receiver ends on (following redirect).
fn permissiveness_finding(domain: &str, node: &Node, out: &mut Vec<Finding>) {
    let Some(record) = node.lookup.record() else {
        return;
    };
    let first_all = record.terms.iter().find_map(|t| match t {
        Term::Mechanism {
            qualifier,
            mechanism: Mechanism::All,
            ..
        } => Some(*qualifier),
        _ => None,
    });
    if first_all.is_none() && record.redirect().is_some() {
        // The redirect target's own `all` decides.
        if let Some(target) = node.redirect_target() {
            permissiveness_finding(domain, target, out);
        }
        return;
    }
    let finding = match first_all {
        Some(Qualifier::Pass) => Finding::new(
            Code::SpfAllPass,
            Status::Fail,
            domain,
            "The record ends in `+all`: every server on the internet passes SPF for this domain.",
        )
        .help("End the record with `-all` (or `~all`)."),
        Some(Qualifier::Neutral) => Finding::new(
            Code::SpfAllNeutral,
            Status::Warn,
            domain,
            "The record ends in `?all`: unlisted servers get neutral, which protects nothing.",
        )
        .help("End the record with `-all` (or `~all`)."),
        None => Finding::new(
            Code::SpfAllMissing,
            Status::Warn,
            domain,
            "The record has no `all` and no `redirect=`: unlisted servers get neutral.",
        )
        .help("End the record with `-all` (or `~all`)."),
        Some(_) => return,
    };
    out.push(finding.evidence("record_of", node.domain.clone()));
}

// ---- required includes ------------------------------------------------------------------

/// Where an include of `name` was found in the tree.
enum IncludeSite {
    TopLevel,
    ViaRedirect(Vec<String>),
    Nested(Vec<String>),
    AfterAll,
    Absent,
}

fn include_site(root: &Node, name: &str) -> IncludeSite {
    let mut best = IncludeSite::Absent;
    let mut rank = 0;
    root.walk(&mut |node, path| {
        let Some(record) = node.lookup.record() else {
            return;
        };
        // A path made only of redirects is the domain's own policy, as Zendesk reads it.
        let only_redirects = path.iter().all(|t| t.is_redirect);
        for term in &node.terms {
            let Term::Mechanism {
                mechanism: Mechanism::Include { domain },
                ..
            } = &record.terms[term.index]
            else {
                continue;
            };
            if normalize_name(domain.as_str()) != name {
                continue;
            }
            let trail: Vec<String> = path
                .iter()
                .map(|t| t.text.clone())
                .chain([term.text.clone()])
                .collect();
            let (site, site_rank) = match (term.placement, path.is_empty(), only_redirects) {
                (Placement::Evaluated, true, _) => (IncludeSite::TopLevel, 5),
                (Placement::Evaluated, false, true) => (IncludeSite::ViaRedirect(trail), 4),
                (Placement::Evaluated, false, false) => (IncludeSite::Nested(trail), 3),
                (_, true, _) => (IncludeSite::AfterAll, 2),
                _ => continue,
            };
            if site_rank > rank {
                rank = site_rank;
                best = site;
            }
        }
    });
    best
}

fn include_findings(
    root: &Node,
    name: &str,
    zendesk_ranges: Option<&[RangeResult]>,
    out: &mut Vec<Finding>,
) {
    let domain = root.domain.as_str();
    let zendesk = name == ZENDESK_SPF;
    let finding = match include_site(root, name) {
        IncludeSite::TopLevel => Finding::new(
            Code::SpfIncludePresent,
            Status::Pass,
            domain,
            format!("include:{name} is in the record of {domain}, before `all`."),
        ),
        IncludeSite::ViaRedirect(trail) => Finding::new(
            Code::SpfIncludePresent,
            Status::Pass,
            domain,
            format!("include:{name} is in the record that {domain} redirects to."),
        )
        .evidence("path", trail),
        IncludeSite::Nested(trail) => {
            let message = if zendesk {
                format!(
                    "include:{name} is only reached through another include: mail passes, but Zendesk's admin centre checks the first level only and will show SPF as failed."
                )
            } else {
                format!("include:{name} is only reached through another include.")
            };
            Finding::new(Code::SpfIncludeNested, Status::Warn, domain, message)
                .evidence("path", trail)
                .help(format!(
                    "Add include:{name} directly to the record of {domain}, before `all`."
                ))
        }
        IncludeSite::AfterAll => Finding::new(
            Code::SpfIncludeAfterAll,
            Status::Fail,
            domain,
            format!("include:{name} comes after `all`, so it is never evaluated."),
        )
        .help(format!("Move include:{name} before `all`.")),
        IncludeSite::Absent => {
            let flattened = zendesk
                && zendesk_ranges.is_some_and(|r| {
                    !r.is_empty() && r.iter().all(|r| r.result == SpfResult::Pass)
                });
            if flattened {
                Finding::new(
                    Code::SpfFlattened,
                    Status::Warn,
                    domain,
                    format!("Zendesk's ranges are listed as IP addresses instead of include:{name}; mail will fail when Zendesk changes them."),
                )
                .help(format!("Replace Zendesk's ip4:/ip6: ranges with include:{name}."))
            } else {
                let mut message = format!("include:{name} is not in the SPF tree of {domain}.");
                if zendesk {
                    message.push_str(" Zendesk will send as \"via zendesk.com\", and strict DMARC receivers may reject agents' replies.");
                }
                Finding::new(Code::SpfIncludeMissing, Status::Fail, domain, message).help(format!(
                    "Add include:{name} to the record of {domain}, before `all`."
                ))
            }
        }
    };
    out.push(finding.evidence("include", name));
}

fn outdated_findings(root: &Node, out: &mut Vec<Finding>) {
    for outdated in OUTDATED_ZENDESK {
        if !matches!(include_site(root, outdated), IncludeSite::Absent) {
            out.push(
                Finding::new(
                    Code::SpfIncludeOutdated,
                    Status::Warn,
                    root.domain.clone(),
                    format!("include:{outdated} is outdated; Zendesk flags it."),
                )
                .evidence("include", outdated)
                .help(format!(
                    "Replace include:{outdated} with include:{ZENDESK_SPF}."
                )),
            );
        }
    }
}

// ---- the tree -------------------------------------------------------------------------

fn tree_findings(root: &Node, out: &mut Vec<Finding>) {
    let domain = root.domain.clone();
    let accounting = tree::account(root);
    let per_term: Vec<Value> = accounting
        .lookups
        .iter()
        .map(|l| {
            let mut entry = json!({"n": l.number, "term": l.term, "in": l.domain});
            if !l.via.is_empty() {
                entry["via"] = json!(l.via);
            }
            entry
        })
        .collect();
    let total = accounting.lookups.len();
    if let Some(eleventh) = accounting.eleventh() {
        let mut path = eleventh.via.clone();
        path.push(format!("{}: {}", eleventh.domain, eleventh.term));
        out.push(
            Finding::new(
                Code::SpfTooManyLookups,
                Status::Fail,
                domain.as_str(),
                format!(
                    "Evaluating the record needs {total} DNS lookups; the limit is 10 (RFC 7208 §4.6.4). Receivers return permerror at `{}`.",
                    eleventh.term
                ),
            )
            .evidence("lookups", total)
            .evidence("eleventh_lookup", path)
            .evidence("per_term", per_term)
            .help("Remove unused includes, or replace a/mx/ptr terms with ip4:/ip6: ranges."),
        );
    } else {
        out.push(
            Finding::new(
                Code::SpfLookupCount,
                Status::Info,
                domain.as_str(),
                format!("{total} of 10 DNS lookups used."),
            )
            .evidence("lookups", total)
            .evidence("per_term", per_term),
        );
    }
    if accounting.voids.len() > 2 {
        out.push(
            Finding::new(
                Code::SpfTooManyVoidLookups,
                Status::Fail,
                domain.as_str(),
                format!(
                    "{} terms look up names with no record; the limit is 2 (RFC 7208 §4.6.4), so receivers return permerror.",
                    accounting.voids.len()
                ),
            )
            .evidence("void_terms", accounting.voids.iter().map(|v| format!("{}: {}", v.domain, v.term)).collect::<Vec<_>>())
            .help("Remove or correct the terms listed."),
        );
    } else {
        for void in &accounting.voids {
            out.push(
                Finding::new(
                    Code::SpfVoidLookup,
                    Status::Warn,
                    void.domain.as_str(),
                    format!(
                        "`{}` looks up a name with no record (a void lookup).",
                        void.term
                    ),
                )
                .evidence("term", void.term.clone())
                .evidence("via", void.via.clone())
                .help("Remove the term, or correct the name."),
            );
        }
    }
    let mut found = Vec::new();
    root.walk(&mut |node, path| {
        let via: Vec<String> = path.iter().map(|t| t.text.clone()).collect();
        node_findings(node, &via, &mut found);
    });
    out.extend(found);
}

/// Problems inside one record of the tree (the root's record selection is reported apart).
fn node_findings(node: &Node, via: &[String], out: &mut Vec<Finding>) {
    if !via.is_empty() {
        match &node.lookup {
            RecordLookup::Missing { answer, .. } => out.push(
                Finding::new(
                    Code::SpfTargetNoRecord,
                    Status::Fail,
                    node.domain.clone(),
                    format!(
                        "`{}` points at {}, which has no SPF record ({}): receivers return permerror.",
                        via.last().map(String::as_str).unwrap_or_default(),
                        node.domain,
                        answer.describe()
                    ),
                )
                .evidence("via", via.to_vec())
                .help("Correct the target name, or remove the term."),
            ),
            RecordLookup::Invalid { txt, error, .. } => {
                let mut finding = syntax_finding(&node.domain, txt, error, via);
                finding.code = Code::SpfTargetInvalid;
                out.push(finding);
            }
            RecordLookup::Multiple { records } => out.push(
                Finding::new(
                    Code::SpfTargetInvalid,
                    Status::Fail,
                    node.domain.clone(),
                    format!("{} publishes {} SPF records: the include yields permerror.", node.domain, records.len()),
                )
                .evidence("via", via.to_vec())
                .evidence("records", records.iter().map(|r| r.text.clone()).collect::<Vec<_>>())
                .help("Ask the owner of that domain to merge its records, or stop including it."),
            ),
            RecordLookup::Failed { answer } => out.push(dns_error(&node.domain, &node.domain, QType::Txt, answer).evidence("via", via.to_vec())),
            RecordLookup::Found { .. } => {}
        }
    }
    for term in &node.terms {
        for (name, qtype, answer) in term.failures() {
            out.push(
                dns_error(&node.domain, &name, qtype, answer).evidence("term", term.text.clone()),
            );
        }
        match &term.lookup {
            TermLookup::Follow {
                target: Target::Loop { path },
                ..
            } => out.push(
                Finding::new(
                    Code::SpfLoop,
                    Status::Fail,
                    node.domain.clone(),
                    format!("`{}` loops back to {}: receivers return permerror.", term.text, path.last().map(String::as_str).unwrap_or_default()),
                )
                .evidence("loop", path.join(" -> "))
                .help("Remove the include or redirect that points back up the chain."),
            ),
            TermLookup::Follow {
                target: Target::NotFollowed,
                ..
            } => out.push(
                Finding::new(
                    Code::SpfNotFollowed,
                    Status::Info,
                    node.domain.clone(),
                    format!("`{}` was not followed: the tree is already past what 10 lookups can reach.", term.text),
                )
                .evidence("term", term.text.clone()),
            ),
            TermLookup::Macro => out.push(
                Finding::new(
                    Code::SpfMacroNotExpanded,
                    Status::Info,
                    node.domain.clone(),
                    format!("`{}` uses a macro: it depends on each message, so it is counted but not followed.", term.text),
                )
                .evidence("term", term.text.clone()),
            ),
            TermLookup::Mx { hosts, answer, .. } => {
                let count = answer.mx_hosts().len();
                if count > tree::MX_HOST_LIMIT {
                    out.push(
                        Finding::new(
                            Code::SpfMxTooManyHosts,
                            Status::Fail,
                            node.domain.clone(),
                            format!("`{}` names {count} MX hosts; the limit is 10, so receivers return permerror.", term.text),
                        )
                        .evidence("term", term.text.clone())
                        .help("Replace the mx term with ip4:/ip6: ranges of the hosts that send."),
                    );
                }
                for (host, a, aaaa) in hosts {
                    if a.is_void() && aaaa.is_void() {
                        out.push(
                            Finding::new(
                                Code::SpfMxHostNoAddress,
                                Status::Warn,
                                node.domain.clone(),
                                format!("MX host {host} of `{}` has no A or AAAA record.", term.text),
                            )
                            .evidence("term", term.text.clone())
                            .evidence("host", host.clone())
                            .help("Correct the MX record, or remove the mx term."),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

// ---- evaluations ----------------------------------------------------------------------

/// One of Zendesk's ranges and the result its sample address gets.
#[derive(Clone, Debug)]
pub struct RangeResult {
    pub range: String,
    pub address: IpAddr,
    pub result: SpfResult,
    pub decided_by: Option<String>,
}

/// Run `check_host()` for an address of each of mail.zendesk.com's live ranges.
async fn zendesk_evaluation(
    ctx: &Context,
    domain: &str,
    zendesk: &RecordLookup,
    out: &mut Vec<Finding>,
) -> Option<Vec<RangeResult>> {
    let Some(record) = zendesk.record() else {
        let why = match zendesk {
            RecordLookup::Failed { answer } | RecordLookup::Missing { answer, .. } => {
                answer.describe()
            }
            RecordLookup::Invalid { error, .. } => error.to_string(),
            _ => "several SPF records".to_string(),
        };
        out.push(
            Finding::new(
                Code::SpfZendeskUnavailable,
                Status::Error,
                domain,
                format!("Could not read {ZENDESK_SPF}'s SPF record ({why}), so whether Zendesk's mail passes is unknown."),
            )
            .help("Retry with a working --resolver, or load a zone for mail.zendesk.com when offline."),
        );
        return None;
    };
    let ranges: Vec<(String, IpAddr)> = record
        .terms
        .iter()
        .filter_map(|t| match t {
            Term::Mechanism {
                mechanism: Mechanism::Ip4 { addr, prefix },
                ..
            } => Some((
                format!("{addr}/{prefix}"),
                IpAddr::V4(sample_v4(*addr, *prefix)),
            )),
            Term::Mechanism {
                mechanism: Mechanism::Ip6 { addr, prefix },
                ..
            } => Some((
                format!("{addr}/{prefix}"),
                IpAddr::V6(sample_v6(*addr, *prefix)),
            )),
            _ => None,
        })
        .collect();
    let options = eval_options();
    let results: Vec<RangeResult> = join_all(ranges.into_iter().map(|(range, address)| {
        let options = &options;
        async move {
            let client = Client {
                ip: address,
                sender: format!("postmaster@{domain}"),
                helo: ZENDESK_SPF.to_string(),
            };
            let evaluation = check_host(&ctx.dns, &client, domain, options).await;
            RangeResult {
                range,
                address,
                result: evaluation.result,
                decided_by: evaluation.decided_by.map(|d| d.term),
            }
        }
    }))
    .await;
    let table: Vec<Value> = results
        .iter()
        .map(|r| json!({"range": r.range, "address": r.address.to_string(), "result": r.result, "decided_by": r.decided_by}))
        .collect();
    let failing: Vec<&RangeResult> = results
        .iter()
        .filter(|r| r.result != SpfResult::Pass)
        .collect();
    let finding = if results.is_empty() {
        Finding::new(
            Code::SpfZendeskUnavailable,
            Status::Error,
            domain,
            format!("{ZENDESK_SPF}'s SPF record lists no ip4/ip6 range to test."),
        )
        .evidence("zendesk_record", record.text.clone())
    } else if failing.is_empty() {
        Finding::new(
            Code::SpfZendeskPasses,
            Status::Pass,
            domain,
            format!(
                "Mail from each of Zendesk's {} sending ranges passes SPF for {domain}.",
                results.len()
            ),
        )
        .evidence("ranges", table)
    } else if failing.iter().all(|r| r.result == SpfResult::TempError) {
        Finding::new(
            Code::SpfZendeskUnavailable,
            Status::Error,
            domain,
            "Could not evaluate SPF for Zendesk's ranges: DNS failed during evaluation (temperror).".to_string(),
        )
        .evidence("ranges", table)
        .help("Retry with a working --resolver.")
    } else {
        Finding::new(
            Code::SpfZendeskFails,
            Status::Fail,
            domain,
            format!(
                "Mail from {} of Zendesk's {} sending ranges does not pass SPF for {domain} (result: {}).",
                failing.len(),
                results.len(),
                failing[0].result
            ),
        )
        .evidence("ranges", table)
        .help(format!("Add include:{ZENDESK_SPF} to the record of {domain}, before `all`."))
    };
    out.push(finding.evidence("zendesk_record", record.text.clone()));
    Some(results)
}

async fn client_finding(ctx: &Context, domain: &str, client: &ClientSpec) -> Finding {
    let helo = client.helo.clone().unwrap_or_else(|| domain.to_string());
    let sender = match &client.sender {
        None => format!("postmaster@{domain}"),
        Some(s) => s.clone(),
    };
    let evaluation = check_host(
        &ctx.dns,
        &Client {
            ip: client.ip,
            sender: sender.clone(),
            helo: helo.clone(),
        },
        domain,
        &eval_options(),
    )
    .await;
    let status = match evaluation.result {
        SpfResult::Pass => Status::Pass,
        SpfResult::Fail | SpfResult::PermError => Status::Fail,
        SpfResult::SoftFail | SpfResult::Neutral | SpfResult::None => Status::Warn,
        SpfResult::TempError => Status::Error,
    };
    let mut message = format!(
        "check_host({}, {domain}, <{sender}>) = {}",
        client.ip, evaluation.result
    );
    if let Some(decision) = &evaluation.decided_by {
        message.push_str(&format!(
            ", decided by `{}` in {}",
            decision.term, decision.domain
        ));
    } else if let Some(reason) = &evaluation.reason {
        message.push_str(&format!(": {reason}"));
    }
    let mut finding = Finding::new(Code::SpfIpResult, status, client.ip.to_string(), message)
        .evidence("result", evaluation.result.to_string())
        .evidence("ip", client.ip.to_string())
        .evidence("sender", sender)
        .evidence("helo", helo)
        .evidence("lookups", evaluation.lookups)
        .evidence("void_lookups", evaluation.void_lookups);
    if let Some(decision) = &evaluation.decided_by {
        finding = finding
            .evidence("decided_by", decision.term.clone())
            .evidence("decided_in", decision.domain.clone())
            .evidence("via", decision.via.clone());
    }
    if let Some(explanation) = &evaluation.explanation {
        finding = finding.evidence("explanation", explanation.clone());
    }
    if let Some(reason) = &evaluation.reason {
        finding = finding.evidence("reason", reason.clone());
    }
    if status != Status::Pass && status != Status::Error {
        finding = finding.help(format!(
            "If {} should send for {domain}, authorise it before `all` (an ip4:/ip6: range or its provider's include).",
            client.ip
        ));
    }
    finding
}

fn eval_options() -> EvalOptions {
    EvalOptions {
        default_explanation: "%{i} is not one of %{d}'s designated mail servers.".to_string(),
        receiver: "zdiag.invalid".to_string(),
        now: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    }
}

/// An address inside the range (not the network address itself when the range has others).
fn sample_v4(addr: Ipv4Addr, prefix: u8) -> Ipv4Addr {
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - u32::from(prefix.min(32)))
    };
    let network = u32::from(addr) & mask;
    Ipv4Addr::from(if prefix >= 31 { network } else { network + 1 })
}

fn sample_v6(addr: Ipv6Addr, prefix: u8) -> Ipv6Addr {
    let mask = if prefix == 0 {
        0
    } else {
        u128::MAX << (128 - u32::from(prefix.min(128)))
    };
    let network = u128::from(addr) & mask;
    Ipv6Addr::from(if prefix >= 127 { network } else { network + 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_nested_include_passes_receivers_but_not_zendesk_verification() {
        let mut zone = crate::dns::Zone::new("example.test");
        zone.add(
            "example.test",
            RData::Txt(vec![b"v=spf1 include:_spf.example.test -all".to_vec()]),
        );
        zone.add(
            "_spf.example.test",
            RData::Txt(vec![b"v=spf1 include:mail.zendesk.com -all".to_vec()]),
        );
        let mut zendesk = crate::dns::Zone::new("zendesk.com");
        zendesk.add(
            "mail.zendesk.com",
            RData::Txt(vec![b"v=spf1 ip4:192.0.2.0/24 ~all".to_vec()]),
        );
        let ctx = Context {
            dns: crate::dns::Dns::new(vec![Box::new(zone), Box::new(zendesk)]),
            zendesk: None,
        };
        assert!(matches!(
            zendesk_spf_path(&ctx, "example.test").await,
            PathState::Ready(_)
        ));
        assert!(matches!(
            zendesk_spf_validation(&ctx, "example.test").await,
            PathState::Missing(_)
        ));
    }

    #[test]
    fn strings_over_255_bytes_are_flagged() {
        // DNS cannot carry such a string; an in-memory zone (or a future transport) can.
        let txt = TxtRecord::from_strings(&[vec![b'a'; 300], b"bc".to_vec()]);
        let mut out = Vec::new();
        size_findings("example.test", &txt, &mut out);
        let codes: Vec<_> = out.iter().map(|f| f.code).collect();
        assert_eq!(codes, [Code::SpfStringTooLong]);
    }

    #[test]
    fn sample_addresses_fall_inside_their_range() {
        assert_eq!(
            sample_v4(Ipv4Addr::new(192, 161, 144, 0), 20),
            Ipv4Addr::new(192, 161, 144, 1)
        );
        assert_eq!(
            sample_v4(Ipv4Addr::new(192, 0, 2, 7), 32),
            Ipv4Addr::new(192, 0, 2, 7)
        );
        assert_eq!(
            sample_v4(Ipv4Addr::new(10, 9, 8, 7), 0),
            Ipv4Addr::new(0, 0, 0, 1)
        );
        assert_eq!(
            sample_v6("2001:db8::".parse().unwrap(), 32),
            "2001:db8::1".parse::<Ipv6Addr>().unwrap()
        );
    }
}
