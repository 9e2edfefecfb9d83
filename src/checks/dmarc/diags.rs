//! The DMARC check's findings: its codes, with the text `zdiag explain CODE`
//! prints, and one constructor per code with the finding's message, evidence
//! and help. Which findings apply is decided in `mod.rs`.

use serde_json::{Value, json};

use crate::checks::{self, PathState};
use crate::dmarc::{Alignment, Issue, ParseError, Policy, Record, ReportUri, Tag};
use crate::dns::{Answer, QType};
use crate::i18n::t;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::spf::tree::TxtRecord;

codes! {
    DmarcRecordFound = "dmarc-record-found",
    DmarcRecordMissing = "dmarc-record-missing",
    DmarcDomainNotFound = "dmarc-domain-not-found",
    DmarcMultipleRecords = "dmarc-multiple-records",
    DmarcUnrelatedTxt = "dmarc-unrelated-txt",
    DmarcSpfAtDmarc = "dmarc-spf-at-dmarc",
    DmarcRecordAtApex = "dmarc-record-at-apex",
    DmarcLeadingWhitespace = "dmarc-leading-whitespace",
    DmarcSyntaxError = "dmarc-syntax-error",
    DmarcDuplicateTag = "dmarc-duplicate-tag",
    DmarcPolicyEnforced = "dmarc-policy-enforced",
    DmarcPolicyNone = "dmarc-policy-none",
    DmarcPMissing = "dmarc-p-missing",
    DmarcPNotFirst = "dmarc-p-not-first",
    DmarcSubdomainPolicyNone = "dmarc-subdomain-policy-none",
    DmarcTesting = "dmarc-testing",
    DmarcPctRemoved = "dmarc-pct-removed",
    DmarcRemovedTag = "dmarc-removed-tag",
    DmarcUnknownTag = "dmarc-unknown-tag",
    DmarcInvalidValue = "dmarc-invalid-value",
    DmarcNoRua = "dmarc-no-rua",
    DmarcTooManyUris = "dmarc-too-many-uris",
    DmarcUriNotMailto = "dmarc-uri-not-mailto",
    DmarcUriSize = "dmarc-uri-size",
    DmarcReportDomainNoMx = "dmarc-report-domain-no-mx",
    DmarcReportDestinationVerified = "dmarc-report-destination-verified",
    DmarcReportDestinationUnverified = "dmarc-report-destination-unverified",
    DmarcPsdRecordApplies = "dmarc-psd-record-applies",
    DmarcDnsError = "dmarc-dns-error",
    DmarcZendeskAligned = "dmarc-zendesk-aligned",
    DmarcZendeskOnePath = "dmarc-zendesk-one-path",
    DmarcZendeskUnaligned = "dmarc-zendesk-unaligned",
    DmarcZendeskUnenforced = "dmarc-zendesk-unenforced",
    DmarcZendeskUnknown = "dmarc-zendesk-unknown",
}

/// A DNS failure on `name`'s `qtype` question.
pub fn dns_error(subject: &str, name: &str, qtype: QType, answer: &Answer) -> Finding {
    checks::dns_error(
        Code::DmarcDnsError,
        subject,
        &format!("{name} {qtype}"),
        &answer.describe(),
    )
}

pub fn domain_not_found(domain: &str) -> Finding {
    Finding::new(
        Code::DmarcDomainNotFound,
        Status::Fail,
        domain,
        t!("dmarc-nxdomain", domain = domain),
    )
    .help(Code::DmarcDomainNotFound.doc().fix)
}

/// `asked`: every `_dmarc` name queried, the domain's own first.
pub fn record_missing(domain: &str, asked: Vec<String>, answer: &Answer) -> Finding {
    Finding::new(
        Code::DmarcRecordMissing,
        Status::Fail,
        domain,
        if asked.len() > 1 {
            t!("dmarc-none-walked", domain = domain)
        } else {
            t!("dmarc-none-at-name", domain = domain)
        },
    )
    .evidence("asked", asked)
    .evidence("answer", answer.describe())
    .help(t!("dmarc-none-at-name.fix", domain = domain))
}

/// `org`: the organisational domain that has no record of its own.
pub fn psd_record_applies(domain: &str, org: &str, location: &str) -> Finding {
    Finding::new(
        Code::DmarcPsdRecordApplies,
        Status::Warn,
        domain,
        t!("dmarc-psd-applies", org = org, location = location),
    )
    .evidence("organisational_domain", org)
    .evidence("location", location)
    .help(t!("dmarc-psd-applies.fix", org = org))
}

fn texts(list: &[TxtRecord]) -> Vec<String> {
    list.iter().map(|t| t.text.clone()).collect()
}

pub fn leading_whitespace(domain: &str, txt: &TxtRecord) -> Finding {
    Finding::new(
        Code::DmarcLeadingWhitespace,
        Status::Fail,
        domain,
        t!("dmarc-whitespace", domain = domain),
    )
    .evidence("record", txt.text.clone())
    .help(t!("dmarc-whitespace.fix"))
}

pub fn spf_at_dmarc(domain: &str, records: &[TxtRecord]) -> Finding {
    let name = format!("_dmarc.{domain}");
    Finding::new(
        Code::DmarcSpfAtDmarc,
        Status::Fail,
        domain,
        t!("dmarc-spf-answers", name = name.as_str()),
    )
    .evidence("records", texts(records))
    .help(t!("dmarc-spf-answers.fix", name = name))
}

pub fn unrelated_txt(domain: &str, records: &[TxtRecord]) -> Finding {
    let name = format!("_dmarc.{domain}");
    Finding::new(
        Code::DmarcUnrelatedTxt,
        Status::Fail,
        domain,
        t!(
            "dmarc-unrelated",
            name = name.as_str(),
            count = records.len()
        ),
    )
    .evidence("records", texts(records))
    .help(t!("dmarc-unrelated.fix", name = name))
}

pub fn multiple_records(domain: &str, records: &[TxtRecord]) -> Finding {
    Finding::new(
        Code::DmarcMultipleRecords,
        Status::Fail,
        domain,
        t!("dmarc-several", domain = domain, count = records.len()),
    )
    .evidence("records", texts(records))
    .help(t!("dmarc-several.fix"))
}

/// `records`: the v=DMARC1 texts at the domain itself. `published`: whether
/// `_dmarc` holds a record too (then the apex one is only useless).
pub fn record_at_apex(domain: &str, records: Vec<String>, published: bool) -> Finding {
    let finding = if published {
        Finding::new(
            Code::DmarcRecordAtApex,
            Status::Warn,
            domain,
            t!("dmarc-apex-useless", domain = domain),
        )
        .help(t!("dmarc-apex-useless.fix", domain = domain))
    } else {
        Finding::new(
            Code::DmarcRecordAtApex,
            Status::Fail,
            domain,
            t!("dmarc-apex-only", domain = domain),
        )
        .help(t!("dmarc-apex-only.fix", domain = domain))
    };
    finding.evidence("records", records)
}

/// `location`: the domain whose record applies; `cnames`: the chain its answer came through.
pub fn record_found(domain: &str, location: &str, txt: &TxtRecord, cnames: &[String]) -> Finding {
    let message = if location == domain {
        t!("dmarc-own-record", domain = domain)
    } else {
        t!("dmarc-parent-record", domain = domain, location = location)
    };
    let mut finding = Finding::new(Code::DmarcRecordFound, Status::Pass, domain, message)
        .evidence("record", txt.text.clone())
        .evidence("location", format!("_dmarc.{location}"));
    if txt.strings.len() > 1 {
        finding = finding.evidence("strings", txt.strings.clone());
    }
    if !cnames.is_empty() {
        finding = finding.evidence("cname_chain", cnames.to_vec());
    }
    finding
}

/// What both parse errors report: the record with the column marked.
fn parse_error(code: Code, subject: &str, text: &str, error: &ParseError) -> Finding {
    let caret = format!("{}^", " ".repeat(error.column.saturating_sub(1)));
    Finding::new(
        code,
        Status::Fail,
        subject,
        t!("dmarc-syntax", subject = subject, error = error.to_string()),
    )
    .evidence("record", format!("{text}\n{caret}"))
    .evidence("tag", error.tag.clone())
    .evidence("column", error.column)
}

pub fn duplicate_tag(subject: &str, text: &str, error: &ParseError) -> Finding {
    parse_error(Code::DmarcDuplicateTag, subject, text, error)
        .help(t!("dmarc-keep-one-tag", tag = error.tag.as_str()))
}

pub fn syntax_error(subject: &str, text: &str, error: &ParseError) -> Finding {
    let help = if error.tag.is_empty() {
        t!("dmarc-correct-record", column = error.column)
    } else {
        t!(
            "dmarc-correct-tag",
            tag = error.tag.as_str(),
            column = error.column
        )
    };
    parse_error(Code::DmarcSyntaxError, subject, text, error).help(help)
}

pub fn p_missing(location: &str, text: &str) -> Finding {
    Finding::new(
        Code::DmarcPMissing,
        Status::Warn,
        location,
        t!("dmarc-no-p"),
    )
    .evidence("record", text)
    .help(t!("dmarc-no-p.fix"))
}

pub fn p_not_first(location: &str, text: &str) -> Finding {
    Finding::new(
        Code::DmarcPNotFirst,
        Status::Warn,
        location,
        t!("dmarc-p-late"),
    )
    .evidence("record", text)
    .help(t!("dmarc-p-late.fix"))
}

/// The policy that governs a domain, and where it comes from.
pub struct AppliedPolicy<'a> {
    pub domain: &'a str,
    /// The domain whose record applies: the domain itself or a parent.
    pub location: &'a str,
    /// The tag the policy was read from (`p` or `sp`).
    pub tag: &'static str,
    pub written: Policy,
    /// `written`, lowered one step under t=y.
    pub effective: Policy,
}

impl AppliedPolicy<'_> {
    pub fn own_record(&self) -> bool {
        self.location == self.domain
    }

    /// `p=reject`, with the parent it comes from when it is not the domain's own.
    fn source(&self) -> String {
        if self.own_record() {
            format!("{}={}", self.tag, self.written)
        } else {
            t!(
                "dmarc-source-parent",
                tag = self.tag,
                policy = self.written.as_str(),
                location = self.location
            )
        }
    }
}

pub fn policy_enforced(policy: &AppliedPolicy) -> Finding {
    let AppliedPolicy {
        domain, effective, ..
    } = *policy;
    Finding::new(
        Code::DmarcPolicyEnforced,
        Status::Pass,
        domain,
        t!(
            "dmarc-enforced",
            policy = effective.as_str(),
            domain = domain,
            source = policy.source(),
            action = action(effective)
        ),
    )
    .evidence("policy", effective.as_str())
    .evidence("from_tag", policy.tag)
}

pub fn policy_none(policy: &AppliedPolicy) -> Finding {
    let AppliedPolicy {
        domain,
        written,
        effective,
        ..
    } = *policy;
    Finding::new(
        Code::DmarcPolicyNone,
        Status::Warn,
        domain,
        if written != effective {
            t!(
                "dmarc-unenforced-lowered",
                domain = domain,
                source = policy.source()
            )
        } else {
            t!(
                "dmarc-unenforced",
                domain = domain,
                source = policy.source()
            )
        },
    )
    .evidence("policy", effective.as_str())
    .evidence("from_tag", policy.tag)
    .help(t!("dmarc-unenforced.fix"))
}

pub fn subdomain_policy_none(location: &str) -> Finding {
    Finding::new(
        Code::DmarcSubdomainPolicyNone,
        Status::Warn,
        location,
        t!("dmarc-sp-none", location = location),
    )
    .help(t!("dmarc-sp-none.fix"))
}

/// `written`: the policy t=y lowers.
pub fn testing(location: &str, written: Policy) -> Finding {
    Finding::new(
        Code::DmarcTesting,
        Status::Warn,
        location,
        if written.is_enforced() {
            t!(
                "dmarc-testing-lowers",
                applied = written.downgraded().as_str(),
                written = written.as_str()
            )
        } else {
            t!("dmarc-testing-idle")
        },
    )
    .help(t!("dmarc-testing-lowers.fix"))
}

pub fn pct_removed(location: &str, record: &Record, tag: &Tag) -> Finding {
    let written = record.tag_text(tag).to_string();
    Finding::new(
        Code::DmarcPctRemoved,
        Status::Warn,
        location,
        match record.pct {
            Some(n) if n < 100 => t!("dmarc-pct-partial", written = written.as_str(), percent = n),
            _ => t!("dmarc-pct-ignored", written = written.as_str()),
        },
    )
    .evidence("tag", written)
    .help(t!("dmarc-pct-partial.fix"))
}

pub fn removed_tag(location: &str, record: &Record, tag: &Tag) -> Finding {
    let written = record.tag_text(tag).to_string();
    Finding::new(
        Code::DmarcRemovedTag,
        Status::Info,
        location,
        t!(
            "dmarc-tag-removed",
            written = written.as_str(),
            tag = tag.name.as_str()
        ),
    )
    .evidence("tag", written)
    .help(t!("dmarc-tag-removed.fix", tag = tag.name.as_str()))
}

pub fn unknown_tag(location: &str, record: &Record, tag: &Tag) -> Finding {
    Finding::new(
        Code::DmarcUnknownTag,
        Status::Warn,
        location,
        t!("dmarc-tag-unknown", tag = tag.name.as_str()),
    )
    .evidence("tag", record.tag_text(tag).to_string())
    .evidence("column", crate::dmarc::column(&record.text, tag.span.start))
    .help(Code::DmarcUnknownTag.doc().fix)
}

pub fn invalid_value(location: &str, text: &str, issue: &Issue) -> Finding {
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
    .help(t!("dmarc-value-invalid", tag = issue.tag.as_str()))
}

pub fn no_rua(location: &str) -> Finding {
    Finding::new(
        Code::DmarcNoRua,
        Status::Info,
        location,
        t!("dmarc-rua-missing"),
    )
    .help(t!("dmarc-rua-missing.fix", location = location))
}

/// `tag`: `rua` or `ruf`.
pub fn too_many_uris(location: &str, tag: &str, uris: &[ReportUri]) -> Finding {
    Finding::new(
        Code::DmarcTooManyUris,
        Status::Warn,
        location,
        t!("dmarc-uris", tag = tag, count = uris.len()),
    )
    .evidence(
        "uris",
        uris.iter().map(|u| u.uri.clone()).collect::<Vec<_>>(),
    )
    .help(t!("dmarc-uris.fix", tag = tag))
}

pub fn uri_not_mailto(location: &str, tag: &str, uri: &ReportUri) -> Finding {
    Finding::new(
        Code::DmarcUriNotMailto,
        Status::Warn,
        location,
        t!(
            "dmarc-not-mailto",
            tag = tag,
            uri = uri.uri.as_str(),
            scheme = uri.scheme.as_str()
        ),
    )
    .evidence("uri", uri.uri.clone())
    .help(t!("dmarc-not-mailto.fix"))
}

/// `size`: the `!size` suffix of the URI.
pub fn uri_size(location: &str, tag: &str, uri: &ReportUri, size: &str) -> Finding {
    Finding::new(
        Code::DmarcUriSize,
        Status::Warn,
        location,
        t!("dmarc-size", tag = tag, uri = uri.uri.as_str(), size = size),
    )
    .evidence("uri", uri.uri.clone())
    .help(t!("dmarc-size.fix", size = size))
}

/// `mx`: the report domain's MX answer, empty or a null MX.
pub fn report_domain_no_mx(location: &str, dest: &str, mx: &Answer) -> Finding {
    // The evidence keeps its English words (data); the message says them in the run's language.
    let (why, message) = if mx.records().is_empty() {
        let why = mx.describe();
        let message = t!("dmarc-report-no-mx", dest = dest, why = why.as_str());
        (why, message)
    } else {
        (
            "a null MX (accepts no mail)".to_string(),
            t!("dmarc-report-null-mx", dest = dest),
        )
    };
    Finding::new(Code::DmarcReportDomainNoMx, Status::Warn, location, message)
        .evidence("domain", dest)
        .evidence("mx_answer", why)
        .help(t!("dmarc-report-no-mx.fix", dest = dest))
}

/// `at`: the name whose v=DMARC1 record authorises the destination.
pub fn report_destination_verified(location: &str, dest: &str, at: &str) -> Finding {
    Finding::new(
        Code::DmarcReportDestinationVerified,
        Status::Pass,
        location,
        t!(
            "dmarc-destination-ok",
            dest = dest,
            location = location,
            at = at
        ),
    )
    .evidence("authorisation", at)
}

/// `specific`, `wildcard`: the two names that could have authorised the destination.
pub fn report_destination_unverified(
    location: &str,
    dest: &str,
    specific: &str,
    wildcard: &str,
) -> Finding {
    Finding::new(
        Code::DmarcReportDestinationUnverified,
        Status::Warn,
        location,
        t!(
            "dmarc-destination-unauthorised",
            dest = dest,
            location = location
        ),
    )
    .evidence("expected", format!("{specific} TXT \"v=DMARC1\""))
    .evidence("also_checked", wildcard)
    .help(t!(
        "dmarc-destination-unauthorised.fix",
        dest = dest,
        specific = specific,
        location = location
    ))
}

/// What strict alignment changes for Zendesk's mail, one sentence per strict tag.
pub fn strict_notes(domain: &str, record: &Record) -> Vec<String> {
    let mut notes = Vec::new();
    if record.spf_alignment() == Alignment::Strict {
        notes.push(t!("dmarc-strict-spf", domain = domain));
    }
    if record.dkim_alignment() == Alignment::Strict {
        notes.push(t!("dmarc-strict-dkim", domain = domain));
    }
    notes
}

/// Zendesk's two DMARC paths under the policy that applies: what every
/// alignment finding reports.
pub struct ZendeskPaths<'a> {
    pub domain: &'a str,
    pub policy: Policy,
    pub record: &'a Record,
    pub spf: &'a PathState,
    pub dkim: &'a PathState,
}

/// The one path that aligns when only one does.
pub enum OnePath {
    Spf,
    Dkim,
}

fn path_json(state: &PathState) -> Value {
    let (status, detail) = match state {
        PathState::Ready(d) => ("ready", d),
        PathState::Missing(d) => ("missing", d),
        PathState::Unknown(d) => ("unknown", d),
    };
    json!({"state": status, "detail": detail})
}

fn detail(state: &PathState) -> String {
    match state {
        PathState::Ready(d) | PathState::Missing(d) | PathState::Unknown(d) => d.clone(),
    }
}

fn ready(state: &PathState) -> bool {
    matches!(state, PathState::Ready(_))
}

fn unknown(state: &PathState) -> bool {
    matches!(state, PathState::Unknown(_))
}

fn alignment_finding(paths: &ZendeskPaths, code: Code, status: Status, message: String) -> Finding {
    let ZendeskPaths {
        domain,
        policy,
        record,
        spf,
        dkim,
    } = *paths;
    let notes = strict_notes(domain, record);
    let mut f = Finding::new(code, status, domain, message)
        .evidence("policy", policy.as_str())
        .evidence("spf_path", path_json(spf))
        .evidence("dkim_path", path_json(dkim))
        .evidence("aspf", record.spf_alignment().as_str())
        .evidence("adkim", record.dkim_alignment().as_str());
    if !notes.is_empty() {
        f = f.evidence("strict_alignment", notes);
    }
    f
}

/// `quarantine`ed or `reject`ed: what the enforced policy does to failing mail.
fn action(policy: Policy) -> &'static str {
    if policy == Policy::Reject {
        "reject"
    } else {
        "quarantine"
    }
}

/// Policy none: nothing is blocked yet; the message forecasts enforcement.
pub fn zendesk_unenforced(paths: &ZendeskPaths) -> Finding {
    let ZendeskPaths {
        domain, spf, dkim, ..
    } = *paths;
    let forecast = match (ready(spf), ready(dkim)) {
        _ if unknown(spf) || unknown(dkim) => t!(
            "dmarc-forecast-unknown",
            details = [spf, dkim]
                .iter()
                .filter(|s| unknown(s))
                .map(|s| detail(s))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        (true, true) => t!("dmarc-forecast-both"),
        (true, false) => t!("dmarc-forecast-spf", dkim = detail(dkim)),
        (false, true) => t!("dmarc-forecast-dkim", spf = detail(spf)),
        (false, false) => t!(
            "dmarc-forecast-neither",
            spf = detail(spf),
            dkim = detail(dkim)
        ),
    };
    alignment_finding(
        paths,
        Code::DmarcZendeskUnenforced,
        Status::Info,
        t!(
            "dmarc-zendesk-not-blocked",
            domain = domain,
            forecast = forecast
        ),
    )
    .help(t!("dmarc-zendesk-not-blocked.fix"))
}

/// An enforced policy, and at least one path DNS could not tell.
pub fn zendesk_unknown(paths: &ZendeskPaths) -> Finding {
    let ZendeskPaths {
        domain,
        policy,
        spf,
        dkim,
        ..
    } = *paths;
    let which = match (unknown(spf), unknown(dkim)) {
        (true, true) => t!(
            "dmarc-paths-unknown",
            spf = detail(spf),
            dkim = detail(dkim)
        ),
        (true, false) => t!("dmarc-path-spf-unknown", detail = detail(spf)),
        _ => t!("dmarc-path-dkim-unknown", detail = detail(dkim)),
    };
    alignment_finding(
        paths,
        Code::DmarcZendeskUnknown,
        Status::Error,
        t!(
            "dmarc-zendesk-undetermined",
            policy = policy.as_str(),
            domain = domain,
            which = which
        ),
    )
    .help(t!("dmarc-zendesk-undetermined.fix"))
}

pub fn zendesk_aligned(paths: &ZendeskPaths) -> Finding {
    alignment_finding(
        paths,
        Code::DmarcZendeskAligned,
        Status::Pass,
        t!(
            "dmarc-zendesk-both-paths",
            domain = paths.domain,
            policy = paths.policy.as_str()
        ),
    )
}

pub fn zendesk_one_path(paths: &ZendeskPaths, aligned: OnePath) -> Finding {
    let ZendeskPaths {
        domain,
        policy,
        spf,
        dkim,
        ..
    } = *paths;
    let action = action(policy);
    let (message, help) = match aligned {
        OnePath::Spf => (
            t!(
                "dmarc-zendesk-spf-only",
                domain = domain,
                policy = policy.as_str(),
                dkim = detail(dkim),
                action = action
            ),
            t!("dmarc-zendesk-spf-only.fix", domain = domain),
        ),
        OnePath::Dkim => (
            t!(
                "dmarc-zendesk-dkim-only",
                domain = domain,
                policy = policy.as_str(),
                spf = detail(spf),
                action = action
            ),
            t!("dmarc-zendesk-dkim-only.fix", domain = domain),
        ),
    };
    alignment_finding(paths, Code::DmarcZendeskOnePath, Status::Warn, message).help(help)
}

pub fn zendesk_unaligned(paths: &ZendeskPaths) -> Finding {
    let ZendeskPaths {
        domain,
        policy,
        spf,
        dkim,
        ..
    } = *paths;
    alignment_finding(
        paths,
        Code::DmarcZendeskUnaligned,
        Status::Fail,
        t!(
            "dmarc-zendesk-fails",
            domain = domain,
            policy = policy.as_str(),
            action = action(policy),
            spf = detail(spf),
            dkim = detail(dkim)
        ),
    )
    .help(t!("dmarc-zendesk-fails.fix", domain = domain))
}
