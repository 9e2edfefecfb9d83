//! `zdiag spf`: will mail that Zendesk sends for the domain pass SPF, and if not, exactly why?
//!
//! Three looks at one domain, sharing one DNS cache: the whole include tree
//! expanded statically (what checkdmarc reports), the required includes
//! (Zendesk's admin centre reads the first level only), and real
//! `check_host()` evaluations for Zendesk's live ranges and an optional client.
//! This file decides which findings apply; `diags` words each one.

pub mod diags;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use futures::future::join_all;

use crate::checks::PathState;
use crate::context::Context;
use crate::dns::{Answer, QType, RData, normalize_name};
use crate::i18n::t;
use crate::report::{Code, Finding, Status};
use crate::spf::tree::{
    self, Node, Placement, RecordLookup, Target, TermLookup, TxtKind, TxtRecord,
};
use crate::spf::{
    Client, EvalOptions, Mechanism, Modifier, Qualifier, Record, SpfResult, Term, check_host,
};
use crate::zendesk::SPF_INCLUDE;
use diags::{InvalidTarget, RangeResult, Unavailable};

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
        tree::fetch_record(dns, SPF_INCLUDE)
    );
    let mut findings = Vec::new();
    record_findings(&domain, &root, &type99, &mut findings);
    if let Some(record) = root.lookup.record() {
        term_findings(&domain, record, &root, &mut findings);
        let zendesk_ranges = zendesk_evaluation(ctx, &domain, &zendesk, &mut findings).await;
        // A domain held to its own includes only (`--require-include` without Zendesk's)
        // is told whether Zendesk's mail would pass, without failing on it.
        let zendesk_required = options
            .require_include
            .iter()
            .any(|name| normalize_name(name) == SPF_INCLUDE);
        if !zendesk_required
            && let Some(finding) = findings
                .iter_mut()
                .rev()
                .find(|f| [Code::SpfZendeskFails, Code::SpfZendeskUnavailable].contains(&f.code))
        {
            diags::not_required(finding);
        }
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
            return PathState::Unknown(t!("spf-path-lookup-failed", answer = answer.describe()));
        }
        RecordLookup::Found { .. } => {}
        _ => return PathState::Missing(t!("spf-path-no-valid-record")),
    }
    if tree::account(&root).eleventh().is_some() {
        return PathState::Missing(t!("spf-path-too-many-lookups"));
    }
    match include_site(&root, SPF_INCLUDE) {
        IncludeSite::TopLevel | IncludeSite::ViaRedirect(_) => {
            PathState::Ready(t!("spf-path-includes", include = SPF_INCLUDE))
        }
        IncludeSite::Nested(_) if first_level_only => {
            PathState::Missing(t!("spf-path-nested-first-level", include = SPF_INCLUDE))
        }
        IncludeSite::Nested(_) => PathState::Ready(t!("spf-path-nested", include = SPF_INCLUDE)),
        IncludeSite::AfterAll => {
            PathState::Missing(t!("spf-path-after-all", include = SPF_INCLUDE))
        }
        IncludeSite::Absent => PathState::Missing(t!("spf-path-absent", include = SPF_INCLUDE)),
    }
}

// ---- record selection ------------------------------------------------------------------

fn record_findings(domain: &str, root: &Node, type99: &Answer, out: &mut Vec<Finding>) {
    if let Some(RData::Spf(strings)) = type99.records().first() {
        out.push(diags::type99_record(
            domain,
            TxtRecord::from_strings(strings),
        ));
    }
    match &root.lookup {
        RecordLookup::Found {
            txt,
            cnames,
            ignored,
            ..
        } => {
            out.push(diags::record_found(domain, txt));
            ignored_findings(domain, ignored, out);
            cname_finding(domain, cnames, out);
            size_findings(domain, txt, out);
        }
        RecordLookup::Invalid { txt, error, cnames } => {
            out.push(diags::syntax_error(domain, txt, error));
            cname_finding(domain, cnames, out);
            size_findings(domain, txt, out);
        }
        RecordLookup::Multiple { records } => out.push(diags::multiple_records(domain, records)),
        RecordLookup::Missing { answer, ignored } => {
            ignored_findings(domain, ignored, out);
            if *answer == Answer::NxDomain {
                out.push(diags::domain_not_found(domain));
            } else {
                out.push(diags::record_missing(domain, answer));
            }
        }
        RecordLookup::Failed { answer } => {
            out.push(diags::dns_error(domain, domain, QType::Txt, answer))
        }
    }
}

fn ignored_findings(domain: &str, ignored: &[(TxtKind, TxtRecord)], out: &mut Vec<Finding>) {
    for (kind, txt) in ignored {
        out.push(match kind {
            TxtKind::LeadingWhitespace => diags::leading_whitespace(domain, txt),
            _ => diags::lookalike_record(domain, txt),
        });
    }
}

fn cname_finding(domain: &str, cnames: &[String], out: &mut Vec<Finding>) {
    if !cnames.is_empty() {
        out.push(diags::cname_at_name(domain, cnames));
    }
}

fn size_findings(domain: &str, txt: &TxtRecord, out: &mut Vec<Finding>) {
    for (index, len) in txt.string_lengths.iter().enumerate() {
        if *len > STRING_LIMIT {
            out.push(diags::string_too_long(domain, txt, index));
        }
    }
    let len = txt.byte_len();
    if len > UDP_LIMIT {
        out.push(diags::record_over_512(domain, len));
    } else if len > RECORD_SOFT_LIMIT {
        out.push(diags::record_too_long(domain, len));
    }
}

// ---- the domain's own record --------------------------------------------------------------

fn term_findings(domain: &str, record: &Record, root: &Node, out: &mut Vec<Finding>) {
    let placements = tree::placements(record);
    let all_terms = record
        .terms
        .iter()
        .filter(|t| {
            matches!(
                t,
                Term::Mechanism {
                    mechanism: Mechanism::All,
                    ..
                }
            )
        })
        .count();
    let after_all: Vec<String> = record
        .terms
        .iter()
        .zip(&placements)
        .filter(|(_, p)| **p == Placement::AfterAll)
        .map(|(t, _)| record.term_text(t).to_string())
        .collect();
    if !after_all.is_empty() {
        out.push(diags::terms_after_all(domain, after_all));
    }
    if all_terms > 1 {
        out.push(diags::multiple_all(domain, all_terms));
    }
    for (term, placement) in record.terms.iter().zip(&placements) {
        let text = record.term_text(term).to_string();
        match term {
            Term::Modifier {
                modifier: Modifier::Redirect { .. },
                ..
            } if *placement == Placement::IgnoredRedirect => {
                out.push(diags::redirect_ignored(domain, text))
            }
            Term::Modifier {
                modifier: Modifier::Unknown { name, .. },
                ..
            } => out.push(diags::unknown_modifier(domain, name, text)),
            Term::Mechanism {
                mechanism: Mechanism::Ptr { .. },
                ..
            } => out.push(diags::ptr_deprecated(domain, text)),
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
    let record_of = node.domain.as_str();
    match first_all {
        Some(Qualifier::Pass) => out.push(diags::all_pass(domain, record_of)),
        Some(Qualifier::Neutral) => out.push(diags::all_neutral(domain, record_of)),
        None => out.push(diags::all_missing(domain, record_of)),
        Some(_) => {}
    }
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
    out.push(match include_site(root, name) {
        IncludeSite::TopLevel => diags::include_present(domain, name, None),
        IncludeSite::ViaRedirect(trail) => diags::include_present(domain, name, Some(trail)),
        IncludeSite::Nested(trail) => diags::include_nested(domain, name, trail),
        IncludeSite::AfterAll => diags::include_after_all(domain, name),
        IncludeSite::Absent => {
            // Zendesk's ranges all pass without its include: they were copied in.
            let flattened = name == SPF_INCLUDE
                && zendesk_ranges.is_some_and(|r| {
                    !r.is_empty() && r.iter().all(|r| r.result == SpfResult::Pass)
                });
            if flattened {
                diags::flattened(domain, name)
            } else {
                diags::include_missing(domain, name)
            }
        }
    });
}

fn outdated_findings(root: &Node, out: &mut Vec<Finding>) {
    for outdated in OUTDATED_ZENDESK {
        if !matches!(include_site(root, outdated), IncludeSite::Absent) {
            out.push(diags::include_outdated(&root.domain, outdated));
        }
    }
}

// ---- the tree -------------------------------------------------------------------------

fn tree_findings(root: &Node, out: &mut Vec<Finding>) {
    let domain = root.domain.as_str();
    let accounting = tree::account(root);
    if let Some(eleventh) = accounting.eleventh() {
        out.push(diags::too_many_lookups(domain, &accounting, eleventh));
    } else {
        out.push(diags::lookup_count(domain, &accounting));
    }
    if accounting.voids.len() > 2 {
        out.push(diags::too_many_void_lookups(domain, &accounting.voids));
    } else {
        out.extend(accounting.voids.iter().map(diags::void_lookup));
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
    let domain = node.domain.as_str();
    if !via.is_empty() {
        match &node.lookup {
            RecordLookup::Missing { answer, .. } => {
                out.push(diags::target_no_record(domain, via, answer))
            }
            RecordLookup::Invalid { txt, error, .. } => out.push(diags::target_invalid(
                domain,
                via,
                InvalidTarget::Syntax(txt, error),
            )),
            RecordLookup::Multiple { records } => out.push(diags::target_invalid(
                domain,
                via,
                InvalidTarget::Multiple(records),
            )),
            RecordLookup::Failed { answer } => {
                out.push(diags::target_dns_error(domain, via, answer))
            }
            RecordLookup::Found { .. } => {}
        }
    }
    for term in &node.terms {
        for failure in term.failures() {
            out.push(diags::term_dns_error(domain, &term.text, failure));
        }
        match &term.lookup {
            TermLookup::Follow {
                target: Target::Loop { path },
                ..
            } => out.push(diags::term_loop(domain, &term.text, path)),
            TermLookup::Follow {
                target: Target::NotFollowed,
                ..
            } => out.push(diags::not_followed(domain, &term.text)),
            TermLookup::Macro => out.push(diags::macro_not_expanded(domain, &term.text)),
            TermLookup::Mx { hosts, answer, .. } => {
                let count = answer.mx_hosts().len();
                if count > tree::MX_HOST_LIMIT {
                    out.push(diags::mx_too_many_hosts(domain, &term.text, count));
                }
                for (host, a, aaaa) in hosts {
                    if a.is_void() && aaaa.is_void() {
                        out.push(diags::mx_host_no_address(domain, &term.text, host));
                    }
                }
            }
            _ => {}
        }
    }
}

// ---- evaluations ----------------------------------------------------------------------

/// Run `check_host()` for an address of each of mail.zendesk.com's live ranges.
async fn zendesk_evaluation(
    ctx: &Context,
    domain: &str,
    zendesk: &RecordLookup,
    out: &mut Vec<Finding>,
) -> Option<Vec<RangeResult>> {
    let Some(record) = zendesk.record() else {
        out.push(diags::zendesk_unavailable(
            domain,
            Unavailable::Unreadable(zendesk),
        ));
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
                helo: SPF_INCLUDE.to_string(),
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
    let failing: Vec<&RangeResult> = results
        .iter()
        .filter(|r| r.result != SpfResult::Pass)
        .collect();
    let record = record.text.as_str();
    out.push(if results.is_empty() {
        diags::zendesk_unavailable(domain, Unavailable::NoRanges { record })
    } else if failing.is_empty() {
        diags::zendesk_passes(domain, record, &results)
    } else if failing.iter().all(|r| r.result == SpfResult::TempError) {
        diags::zendesk_unavailable(
            domain,
            Unavailable::TempError {
                record,
                results: &results,
            },
        )
    } else {
        diags::zendesk_fails(domain, record, &results, &failing)
    });
    Some(results)
}

async fn client_finding(ctx: &Context, domain: &str, client: &ClientSpec) -> Finding {
    let helo = client.helo.clone().unwrap_or_else(|| domain.to_string());
    let sender = match &client.sender {
        None => format!("postmaster@{domain}"),
        Some(s) => s.clone(),
    };
    let identity = Client {
        ip: client.ip,
        sender,
        helo,
    };
    let evaluation = check_host(&ctx.dns, &identity, domain, &eval_options()).await;
    let status = match evaluation.result {
        SpfResult::Pass => Status::Pass,
        SpfResult::Fail | SpfResult::PermError => Status::Fail,
        SpfResult::SoftFail | SpfResult::Neutral | SpfResult::None => Status::Warn,
        SpfResult::TempError => Status::Error,
    };
    diags::ip_result(domain, identity, &evaluation, status)
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
    use crate::report::Code;

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

    #[tokio::test]
    async fn a_target_syntax_error_points_at_its_own_code() {
        let mut zone = crate::dns::Zone::new("example.test");
        zone.add(
            "example.test",
            RData::Txt(vec![b"v=spf1 include:bad.example.test -all".to_vec()]),
        );
        zone.add(
            "bad.example.test",
            RData::Txt(vec![b"v=spf1 ip4:not-an-address -all".to_vec()]),
        );
        let ctx = Context {
            dns: crate::dns::Dns::new(vec![Box::new(zone)]),
            zendesk: None,
        };
        let findings = check(&ctx, "example.test", &SpfOptions::default()).await;
        let invalid = findings
            .iter()
            .find(|f| f.code == Code::SpfTargetInvalid)
            .expect("the include's record does not parse");
        assert_eq!(invalid.docs, "zdiag explain spf-target-invalid");
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
