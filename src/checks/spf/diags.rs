//! The SPF check's findings: its codes, with the text `zdiag explain CODE`
//! prints, and one constructor per code with the finding's message, evidence
//! and help. Which findings apply is decided in `mod.rs`.

use std::net::IpAddr;

use serde_json::{Value, json};

use crate::checks;
use crate::dns::{Answer, QType};
use crate::i18n::t;
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::spf::tree::{Accounting, CountedLookup, RecordLookup, TxtRecord};
use crate::spf::{Client, Evaluation, ParseError, SpfResult};
use crate::zendesk::SPF_INCLUDE;

codes! {
    SpfRecordFound = "spf-record-found",
    SpfRecordMissing = "spf-record-missing",
    SpfDomainNotFound = "spf-domain-not-found",
    SpfMultipleRecords = "spf-multiple-records",
    SpfType99Record = "spf-type99-record",
    SpfLeadingWhitespace = "spf-leading-whitespace",
    SpfLookalikeRecord = "spf-lookalike-record",
    SpfCnameAtName = "spf-cname-at-name",
    SpfDnsError = "spf-dns-error",
    SpfSyntaxError = "spf-syntax-error",
    SpfStringTooLong = "spf-string-too-long",
    SpfRecordTooLong = "spf-record-too-long",
    SpfRecordOver512 = "spf-record-over-512",
    SpfIncludePresent = "spf-include-present",
    SpfIncludeNested = "spf-include-nested",
    SpfIncludeMissing = "spf-include-missing",
    SpfIncludeAfterAll = "spf-include-after-all",
    SpfIncludeOutdated = "spf-include-outdated",
    SpfFlattened = "spf-flattened",
    SpfLookupCount = "spf-lookup-count",
    SpfTooManyLookups = "spf-too-many-lookups",
    SpfVoidLookup = "spf-void-lookup",
    SpfTooManyVoidLookups = "spf-too-many-void-lookups",
    SpfLoop = "spf-loop",
    SpfTargetNoRecord = "spf-target-no-record",
    SpfTargetInvalid = "spf-target-invalid",
    SpfRedirectIgnored = "spf-redirect-ignored",
    SpfTermsAfterAll = "spf-terms-after-all",
    SpfMultipleAll = "spf-multiple-all",
    SpfPtrDeprecated = "spf-ptr-deprecated",
    SpfAllPass = "spf-all-pass",
    SpfAllNeutral = "spf-all-neutral",
    SpfAllMissing = "spf-all-missing",
    SpfUnknownModifier = "spf-unknown-modifier",
    SpfMxTooManyHosts = "spf-mx-too-many-hosts",
    SpfMxHostNoAddress = "spf-mx-host-no-address",
    SpfMacroNotExpanded = "spf-macro-not-expanded",
    SpfNotFollowed = "spf-not-followed",
    SpfZendeskPasses = "spf-zendesk-passes",
    SpfZendeskFails = "spf-zendesk-fails",
    SpfZendeskUnavailable = "spf-zendesk-unavailable",
    SpfIpResult = "spf-ip-result",
}

/// A DNS failure on `name`'s `qtype` question.
pub fn dns_error(subject: &str, name: &str, qtype: QType, answer: &Answer) -> Finding {
    checks::dns_error(
        Code::SpfDnsError,
        subject,
        &format!("{name} {qtype}"),
        &answer.describe(),
    )
}

// ---- record selection ------------------------------------------------------------------

pub fn type99_record(domain: &str, txt: TxtRecord) -> Finding {
    Finding::new(
        Code::SpfType99Record,
        Status::Warn,
        domain,
        t!("spf-msg-type99"),
    )
    .evidence("type99_record", txt.text)
    .help(t!("spf-help-type99"))
}

pub fn record_found(domain: &str, txt: &TxtRecord) -> Finding {
    let found = Finding::new(
        Code::SpfRecordFound,
        Status::Pass,
        domain,
        t!(
            "spf-msg-record-found",
            bytes = txt.byte_len(),
            strings = txt.strings.len()
        ),
    )
    .evidence("record", txt.text.clone());
    // The split matters only when there is one (RFC 7208 §3.3 joins without spaces).
    if txt.strings.len() > 1 {
        found.evidence("strings", txt.strings.clone())
    } else {
        found
    }
}

pub fn multiple_records(domain: &str, records: &[TxtRecord]) -> Finding {
    Finding::new(
        Code::SpfMultipleRecords,
        Status::Fail,
        domain,
        t!("spf-msg-multiple-records", count = records.len()),
    )
    .evidence(
        "records",
        records.iter().map(|r| r.text.clone()).collect::<Vec<_>>(),
    )
    .help(t!("spf-help-multiple-records"))
}

pub fn domain_not_found(domain: &str) -> Finding {
    Finding::new(
        Code::SpfDomainNotFound,
        Status::Fail,
        domain,
        t!("spf-msg-domain-not-found", domain = domain),
    )
    .help(t!("spf-help-domain-not-found"))
}

/// `answer`: the TXT answer, void or without a `v=spf1` record.
pub fn record_missing(domain: &str, answer: &Answer) -> Finding {
    Finding::new(
        Code::SpfRecordMissing,
        Status::Fail,
        domain,
        t!("spf-msg-record-missing", domain = domain),
    )
    .evidence("txt_answer", answer.describe())
    .help(t!(
        "spf-help-record-missing",
        domain = domain,
        include = SPF_INCLUDE
    ))
}

pub fn leading_whitespace(domain: &str, txt: &TxtRecord) -> Finding {
    Finding::new(
        Code::SpfLeadingWhitespace,
        Status::Warn,
        domain,
        t!("spf-msg-leading-whitespace"),
    )
    .help(t!("spf-help-leading-whitespace"))
    .evidence("record", txt.text.clone())
}

pub fn lookalike_record(domain: &str, txt: &TxtRecord) -> Finding {
    Finding::new(
        Code::SpfLookalikeRecord,
        Status::Warn,
        domain,
        t!("spf-msg-lookalike-record"),
    )
    .help(t!("spf-help-lookalike-record"))
    .evidence("record", txt.text.clone())
}

pub fn cname_at_name(domain: &str, cnames: &[String]) -> Finding {
    Finding::new(
        Code::SpfCnameAtName,
        Status::Warn,
        domain,
        t!("spf-msg-cname-at-name", domain = domain),
    )
    .evidence("cname_chain", cnames.to_vec())
    .help(t!("spf-help-cname-at-name"))
}

/// `index`: the string over the limit, counted from 0.
pub fn string_too_long(domain: &str, txt: &TxtRecord, index: usize) -> Finding {
    let len = txt.string_lengths[index];
    Finding::new(
        Code::SpfStringTooLong,
        Status::Warn,
        domain,
        t!("spf-msg-string-too-long", number = index + 1, len = len),
    )
    .evidence("string_lengths", txt.string_lengths.clone())
    .help(t!("spf-help-string-too-long"))
}

/// `len`: the joined record's bytes.
pub fn record_over_512(domain: &str, len: usize) -> Finding {
    Finding::new(
        Code::SpfRecordOver512,
        Status::Warn,
        domain,
        t!("spf-msg-record-over-512", len = len),
    )
    .evidence("bytes", len)
    .help(t!("spf-help-record-over-512"))
}

/// `len`: the joined record's bytes.
pub fn record_too_long(domain: &str, len: usize) -> Finding {
    Finding::new(
        Code::SpfRecordTooLong,
        Status::Warn,
        domain,
        t!("spf-msg-record-too-long", len = len),
    )
    .evidence("bytes", len)
    .help(t!("spf-help-record-too-long"))
}

/// What a record that does not parse reports, the domain's own or a target's:
/// the record with the column marked, and the terms followed to reach it.
fn parse_error(
    code: Code,
    domain: &str,
    txt: &TxtRecord,
    error: &ParseError,
    via: &[String],
) -> Finding {
    let caret = format!("{}^", " ".repeat(error.column.saturating_sub(1)));
    let mut finding = Finding::new(
        code,
        Status::Fail,
        domain,
        t!(
            "spf-msg-syntax-error",
            domain = domain,
            error = error.to_string()
        ),
    )
    .evidence("record", format!("{}\n{caret}", txt.text))
    .evidence("term", error.term.clone())
    .evidence("column", error.column);
    if !via.is_empty() {
        finding = finding.evidence("via", via.to_vec());
    }
    finding.help(t!(
        "spf-help-syntax-error",
        term = error.term.as_str(),
        column = error.column
    ))
}

pub fn syntax_error(domain: &str, txt: &TxtRecord, error: &ParseError) -> Finding {
    parse_error(Code::SpfSyntaxError, domain, txt, error, &[])
}

// ---- the domain's own record --------------------------------------------------------------

/// `terms`: the terms after `all`, as written.
pub fn terms_after_all(domain: &str, terms: Vec<String>) -> Finding {
    Finding::new(
        Code::SpfTermsAfterAll,
        Status::Warn,
        domain,
        t!("spf-msg-terms-after-all", count = terms.len()),
    )
    .evidence("terms", terms)
    .help(t!("spf-help-terms-after-all"))
}

/// `count`: the `all` mechanisms in the record.
pub fn multiple_all(domain: &str, count: usize) -> Finding {
    Finding::new(
        Code::SpfMultipleAll,
        Status::Warn,
        domain,
        t!("spf-msg-multiple-all", count = count),
    )
    .help(t!("spf-help-multiple-all"))
}

/// `term`: the redirect as written.
pub fn redirect_ignored(domain: &str, term: String) -> Finding {
    Finding::new(
        Code::SpfRedirectIgnored,
        Status::Warn,
        domain,
        t!("spf-msg-redirect-ignored", term = term.as_str()),
    )
    .evidence("term", term)
    .help(t!("spf-help-redirect-ignored"))
}

/// `name`: the modifier's name; `term`: the modifier as written.
pub fn unknown_modifier(domain: &str, name: &str, term: String) -> Finding {
    Finding::new(
        Code::SpfUnknownModifier,
        Status::Warn,
        domain,
        t!("spf-msg-unknown-modifier", name = name),
    )
    .evidence("term", term)
    .help(t!("spf-help-unknown-modifier"))
}

/// `term`: the ptr mechanism as written.
pub fn ptr_deprecated(domain: &str, term: String) -> Finding {
    Finding::new(
        Code::SpfPtrDeprecated,
        Status::Warn,
        domain,
        t!("spf-msg-ptr-deprecated", term = term.as_str()),
    )
    .evidence("term", term)
    .help(t!("spf-help-ptr-deprecated"))
}

/// `record_of`: the domain whose record a receiver ends on (after any redirect).
pub fn all_pass(domain: &str, record_of: &str) -> Finding {
    Finding::new(
        Code::SpfAllPass,
        Status::Fail,
        domain,
        t!("spf-msg-all-pass"),
    )
    .help(t!("spf-help-end-with-fail"))
    .evidence("record_of", record_of)
}

/// `record_of`: the domain whose record a receiver ends on (after any redirect).
pub fn all_neutral(domain: &str, record_of: &str) -> Finding {
    Finding::new(
        Code::SpfAllNeutral,
        Status::Warn,
        domain,
        t!("spf-msg-all-neutral"),
    )
    .help(t!("spf-help-end-with-fail"))
    .evidence("record_of", record_of)
}

/// `record_of`: the domain whose record a receiver ends on (after any redirect).
pub fn all_missing(domain: &str, record_of: &str) -> Finding {
    Finding::new(
        Code::SpfAllMissing,
        Status::Warn,
        domain,
        t!("spf-msg-all-missing"),
    )
    .help(t!("spf-help-end-with-fail"))
    .evidence("record_of", record_of)
}

// ---- required includes ------------------------------------------------------------------

/// `redirects`: the redirect terms followed to the record that holds the
/// include, when it is not the domain's own.
pub fn include_present(domain: &str, name: &str, redirects: Option<Vec<String>>) -> Finding {
    match redirects {
        None => Finding::new(
            Code::SpfIncludePresent,
            Status::Pass,
            domain,
            t!("spf-msg-include-present", include = name, domain = domain),
        ),
        Some(trail) => Finding::new(
            Code::SpfIncludePresent,
            Status::Pass,
            domain,
            t!(
                "spf-msg-include-present-redirect",
                include = name,
                domain = domain
            ),
        )
        .evidence("path", trail),
    }
    .evidence("include", name)
}

/// `trail`: the terms followed to the include. Zendesk's admin centre reads the
/// first level only, which the message says when `name` is Zendesk's.
pub fn include_nested(domain: &str, name: &str, trail: Vec<String>) -> Finding {
    let message = if name == SPF_INCLUDE {
        t!("spf-msg-include-nested-zendesk", include = name)
    } else {
        t!("spf-msg-include-nested", include = name)
    };
    Finding::new(Code::SpfIncludeNested, Status::Warn, domain, message)
        .evidence("path", trail)
        .help(t!(
            "spf-help-include-nested",
            include = name,
            domain = domain
        ))
        .evidence("include", name)
}

pub fn include_after_all(domain: &str, name: &str) -> Finding {
    Finding::new(
        Code::SpfIncludeAfterAll,
        Status::Fail,
        domain,
        t!("spf-msg-include-after-all", include = name),
    )
    .help(t!("spf-help-include-after-all", include = name))
    .evidence("include", name)
}

/// Zendesk's ranges pass, but as ip4:/ip6: terms instead of `name`'s include.
pub fn flattened(domain: &str, name: &str) -> Finding {
    Finding::new(
        Code::SpfFlattened,
        Status::Warn,
        domain,
        t!("spf-msg-flattened", include = name),
    )
    .help(t!("spf-help-flattened", include = name))
    .evidence("include", name)
}

pub fn include_missing(domain: &str, name: &str) -> Finding {
    let message = if name == SPF_INCLUDE {
        t!(
            "spf-msg-include-missing-zendesk",
            include = name,
            domain = domain
        )
    } else {
        t!("spf-msg-include-missing", include = name, domain = domain)
    };
    Finding::new(Code::SpfIncludeMissing, Status::Fail, domain, message)
        .help(t!(
            "spf-help-include-missing",
            include = name,
            domain = domain
        ))
        .evidence("include", name)
}

/// `outdated`: an include Zendesk used to recommend.
pub fn include_outdated(domain: &str, outdated: &str) -> Finding {
    Finding::new(
        Code::SpfIncludeOutdated,
        Status::Warn,
        domain,
        t!("spf-msg-include-outdated", include = outdated),
    )
    .evidence("include", outdated)
    .help(t!(
        "spf-help-include-outdated",
        include = outdated,
        zendesk = SPF_INCLUDE
    ))
}

// ---- the tree -------------------------------------------------------------------------

/// Every term that costs a lookup, numbered, with the includes that lead to it.
fn per_term(accounting: &Accounting) -> Vec<Value> {
    accounting
        .lookups
        .iter()
        .map(|l| {
            let mut entry = json!({"n": l.number, "term": l.term, "in": l.domain});
            if !l.via.is_empty() {
                entry["via"] = json!(l.via);
            }
            entry
        })
        .collect()
}

/// `eleventh`: the lookup past the limit, where receivers stop with permerror.
pub fn too_many_lookups(
    domain: &str,
    accounting: &Accounting,
    eleventh: &CountedLookup,
) -> Finding {
    let total = accounting.lookups.len();
    let mut path = eleventh.via.clone();
    path.push(format!("{}: {}", eleventh.domain, eleventh.term));
    Finding::new(
        Code::SpfTooManyLookups,
        Status::Fail,
        domain,
        t!(
            "spf-msg-too-many-lookups",
            total = total,
            term = eleventh.term.as_str()
        ),
    )
    .evidence("lookups", total)
    .evidence("eleventh_lookup", path)
    .evidence("per_term", per_term(accounting))
    .help(t!("spf-help-too-many-lookups"))
}

pub fn lookup_count(domain: &str, accounting: &Accounting) -> Finding {
    let total = accounting.lookups.len();
    Finding::new(
        Code::SpfLookupCount,
        Status::Info,
        domain,
        t!("spf-msg-lookup-count", total = total),
    )
    .evidence("lookups", total)
    .evidence("per_term", per_term(accounting))
}

pub fn too_many_void_lookups(domain: &str, voids: &[CountedLookup]) -> Finding {
    Finding::new(
        Code::SpfTooManyVoidLookups,
        Status::Fail,
        domain,
        t!("spf-msg-too-many-void-lookups", count = voids.len()),
    )
    .evidence(
        "void_terms",
        voids
            .iter()
            .map(|v| format!("{}: {}", v.domain, v.term))
            .collect::<Vec<_>>(),
    )
    .help(t!("spf-help-too-many-void-lookups"))
}

pub fn void_lookup(void: &CountedLookup) -> Finding {
    Finding::new(
        Code::SpfVoidLookup,
        Status::Warn,
        void.domain.as_str(),
        t!("spf-msg-void-lookup", term = void.term.as_str()),
    )
    .evidence("term", void.term.clone())
    .evidence("via", void.via.clone())
    .help(t!("spf-help-void-lookup"))
}

/// `via`: the terms followed to the target, the last one pointing at it.
pub fn target_no_record(domain: &str, via: &[String], answer: &Answer) -> Finding {
    Finding::new(
        Code::SpfTargetNoRecord,
        Status::Fail,
        domain,
        t!(
            "spf-msg-target-no-record",
            term = via.last().map(String::as_str).unwrap_or_default(),
            domain = domain,
            answer = answer.describe()
        ),
    )
    .evidence("via", via.to_vec())
    .help(t!("spf-help-target-no-record"))
}

/// Why an include or redirect target's record yields permerror.
pub enum InvalidTarget<'a> {
    Syntax(&'a TxtRecord, &'a ParseError),
    Multiple(&'a [TxtRecord]),
}

/// `via`: the terms followed to the target.
pub fn target_invalid(domain: &str, via: &[String], invalid: InvalidTarget) -> Finding {
    match invalid {
        InvalidTarget::Syntax(txt, error) => {
            parse_error(Code::SpfTargetInvalid, domain, txt, error, via)
        }
        InvalidTarget::Multiple(records) => Finding::new(
            Code::SpfTargetInvalid,
            Status::Fail,
            domain,
            t!(
                "spf-msg-target-multiple",
                domain = domain,
                count = records.len()
            ),
        )
        .evidence("via", via.to_vec())
        .evidence(
            "records",
            records.iter().map(|r| r.text.clone()).collect::<Vec<_>>(),
        )
        .help(t!("spf-help-target-multiple")),
    }
}

/// The TXT question for a target's record failed; `via`: the terms followed to it.
pub fn target_dns_error(domain: &str, via: &[String], answer: &Answer) -> Finding {
    dns_error(domain, domain, QType::Txt, answer).evidence("via", via.to_vec())
}

/// A question a term asks (its `a`, `mx` or `exists` name) failed.
pub fn term_dns_error(domain: &str, term: &str, failure: (String, QType, &Answer)) -> Finding {
    let (name, qtype, answer) = failure;
    dns_error(domain, &name, qtype, answer).evidence("term", term)
}

/// `path`: the names from the domain back to the one the term points at again.
pub fn term_loop(domain: &str, term: &str, path: &[String]) -> Finding {
    Finding::new(
        Code::SpfLoop,
        Status::Fail,
        domain,
        t!(
            "spf-msg-loop",
            term = term,
            name = path.last().map(String::as_str).unwrap_or_default()
        ),
    )
    .evidence("loop", path.join(" -> "))
    .help(t!("spf-help-loop"))
}

pub fn not_followed(domain: &str, term: &str) -> Finding {
    Finding::new(
        Code::SpfNotFollowed,
        Status::Info,
        domain,
        t!("spf-msg-not-followed", term = term),
    )
    .evidence("term", term)
}

pub fn macro_not_expanded(domain: &str, term: &str) -> Finding {
    Finding::new(
        Code::SpfMacroNotExpanded,
        Status::Info,
        domain,
        t!("spf-msg-macro-not-expanded", term = term),
    )
    .evidence("term", term)
}

/// `count`: the MX hosts the term's name has.
pub fn mx_too_many_hosts(domain: &str, term: &str, count: usize) -> Finding {
    Finding::new(
        Code::SpfMxTooManyHosts,
        Status::Fail,
        domain,
        t!("spf-msg-mx-too-many-hosts", term = term, count = count),
    )
    .evidence("term", term)
    .help(t!("spf-help-mx-too-many-hosts"))
}

pub fn mx_host_no_address(domain: &str, term: &str, host: &str) -> Finding {
    Finding::new(
        Code::SpfMxHostNoAddress,
        Status::Warn,
        domain,
        t!("spf-msg-mx-host-no-address", host = host, term = term),
    )
    .evidence("term", term)
    .evidence("host", host)
    .help(t!("spf-help-mx-host-no-address"))
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

fn range_table(results: &[RangeResult]) -> Vec<Value> {
    results
        .iter()
        .map(|r| json!({"range": r.range, "address": r.address.to_string(), "result": r.result, "decided_by": r.decided_by}))
        .collect()
}

/// Why Zendesk's ranges could not be judged.
pub enum Unavailable<'a> {
    /// mail.zendesk.com's record could not be read.
    Unreadable(&'a RecordLookup),
    /// Its record (`record`) lists no ip4/ip6 range.
    NoRanges { record: &'a str },
    /// DNS failed during every failing evaluation.
    TempError {
        record: &'a str,
        results: &'a [RangeResult],
    },
}

pub fn zendesk_unavailable(domain: &str, why: Unavailable) -> Finding {
    match why {
        Unavailable::Unreadable(zendesk) => {
            let why = match zendesk {
                RecordLookup::Failed { answer } | RecordLookup::Missing { answer, .. } => {
                    answer.describe()
                }
                RecordLookup::Invalid { error, .. } => error.to_string(),
                _ => t!("spf-several-records"),
            };
            Finding::new(
                Code::SpfZendeskUnavailable,
                Status::Error,
                domain,
                t!(
                    "spf-msg-zendesk-unreadable",
                    zendesk = SPF_INCLUDE,
                    why = why
                ),
            )
            .help(t!("spf-help-zendesk-unreadable"))
        }
        Unavailable::NoRanges { record } => Finding::new(
            Code::SpfZendeskUnavailable,
            Status::Error,
            domain,
            t!("spf-msg-zendesk-no-ranges", zendesk = SPF_INCLUDE),
        )
        .evidence("zendesk_record", record),
        Unavailable::TempError { record, results } => Finding::new(
            Code::SpfZendeskUnavailable,
            Status::Error,
            domain,
            t!("spf-msg-zendesk-temperror"),
        )
        .evidence("ranges", range_table(results))
        .help(t!("spf-help-zendesk-temperror"))
        .evidence("zendesk_record", record),
    }
}

/// `record`: mail.zendesk.com's SPF record.
pub fn zendesk_passes(domain: &str, record: &str, results: &[RangeResult]) -> Finding {
    Finding::new(
        Code::SpfZendeskPasses,
        Status::Pass,
        domain,
        t!(
            "spf-msg-zendesk-passes",
            count = results.len(),
            domain = domain
        ),
    )
    .evidence("ranges", range_table(results))
    .evidence("zendesk_record", record)
}

/// `record`: mail.zendesk.com's SPF record; `failing`: the ranges that do not pass.
pub fn zendesk_fails(
    domain: &str,
    record: &str,
    results: &[RangeResult],
    failing: &[&RangeResult],
) -> Finding {
    Finding::new(
        Code::SpfZendeskFails,
        Status::Fail,
        domain,
        t!(
            "spf-msg-zendesk-fails",
            failing = failing.len(),
            count = results.len(),
            domain = domain,
            result = failing[0].result.to_string()
        ),
    )
    .evidence("ranges", range_table(results))
    .help(t!(
        "spf-help-zendesk-fails",
        zendesk = SPF_INCLUDE,
        domain = domain
    ))
    .evidence("zendesk_record", record)
}

/// Whether Zendesk's mail would pass, for a domain that is not held to Zendesk's include
/// (`--require-include` names others only): shown, but for information.
pub fn not_required(finding: &mut Finding) {
    finding.status = Status::Info;
    finding.evidence.insert("required", Value::Bool(false));
    finding.help = Some(t!("spf-help-zendesk-not-required", zendesk = SPF_INCLUDE));
}

/// `client`: the identity evaluated; `status`: how its result counts.
pub fn ip_result(domain: &str, client: Client, evaluation: &Evaluation, status: Status) -> Finding {
    let Client { ip, sender, helo } = client;
    let (ip_text, result) = (ip.to_string(), evaluation.result.to_string());
    let message = if let Some(decision) = &evaluation.decided_by {
        t!(
            "spf-msg-ip-result-decided",
            ip = ip_text.as_str(),
            domain = domain,
            sender = sender.as_str(),
            result = result.as_str(),
            term = decision.term.as_str(),
            decided_in = decision.domain.as_str()
        )
    } else if let Some(reason) = &evaluation.reason {
        t!(
            "spf-msg-ip-result-reason",
            ip = ip_text.as_str(),
            domain = domain,
            sender = sender.as_str(),
            result = result.as_str(),
            reason = reason.as_str()
        )
    } else {
        t!(
            "spf-msg-ip-result",
            ip = ip_text.as_str(),
            domain = domain,
            sender = sender.as_str(),
            result = result.as_str()
        )
    };
    let mut finding = Finding::new(Code::SpfIpResult, status, ip.to_string(), message)
        .evidence("result", evaluation.result.to_string())
        .evidence("ip", ip.to_string())
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
        finding = finding.help(t!(
            "spf-help-ip-result",
            ip = ip_text.as_str(),
            domain = domain
        ));
    }
    finding
}
