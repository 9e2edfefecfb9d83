//! The DMARC check's findings: its codes, with the text `zdiag explain CODE`
//! prints, and one constructor per code with the finding's message, evidence
//! and help. Which findings apply is decided in `mod.rs`.

use serde_json::{Value, json};

use crate::checks::{self, PathState};
use crate::dmarc::{Alignment, Issue, ParseError, Policy, Record, ReportUri, Tag};
use crate::dns::{Answer, QType};
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::spf::tree::TxtRecord;

codes! {
    DmarcRecordFound = "dmarc-record-found" {
        title: "DMARC record found",
        meaning: "Exactly one DMARC record applies to the domain. The evidence shows it, and where it was found: at `_dmarc.<domain>` itself, or at a parent domain reached by the RFC 9989 DNS tree walk when the domain has none of its own (then the parent's `sp` policy applies).",
        fix: "",
    }
    DmarcRecordMissing = "dmarc-record-missing" {
        title: "No DMARC record",
        meaning: "Neither `_dmarc.<domain>` nor any parent reached by the RFC 9989 tree walk holds a `v=DMARC1` record. Receivers apply no DMARC policy, spoofed mail is not blocked, and Google and Yahoo require DMARC from bulk senders.",
        fix: "Publish a TXT record at `_dmarc.<domain>`: `v=DMARC1; p=none; rua=mailto:dmarc@<domain>`, read the reports, then move to `p=quarantine` or `p=reject`.",
    }
    DmarcDomainNotFound = "dmarc-domain-not-found" {
        title: "The domain does not exist",
        meaning: "DNS answered NXDOMAIN for the domain and for its `_dmarc` name: there is no such domain to check.",
        fix: "Check the spelling of the domain.",
    }
    DmarcMultipleRecords = "dmarc-multiple-records" {
        title: "Several DMARC records",
        meaning: "More than one TXT record at `_dmarc.<domain>` starts with `v=DMARC1`. RFC 9989 §4.10 makes receivers discard all of them, so the domain has no DMARC policy of its own.",
        fix: "Keep one record: merge the tags you need into it and delete the others.",
    }
    DmarcUnrelatedTxt = "dmarc-unrelated-txt" {
        title: "Unrelated TXT records at _dmarc",
        meaning: "`_dmarc.<domain>` holds TXT records that are not DMARC records. Receivers should ignore them, but some do not expect them there; checkdmarc reports this as an error.",
        fix: "Delete the TXT records at `_dmarc.<domain>` that do not start with `v=DMARC1`.",
    }
    DmarcSpfAtDmarc = "dmarc-spf-at-dmarc" {
        title: "An SPF record at _dmarc",
        meaning: "`_dmarc.<domain>` answers with an SPF record (`v=spf1`). Usually a wildcard or a DNS host answers the `_dmarc` name with the domain's own records, so no real DMARC record is published there.",
        fix: "Publish a real DMARC record at `_dmarc.<domain>` and remove the SPF text (or the wildcard) that answers there.",
    }
    DmarcRecordAtApex = "dmarc-record-at-apex" {
        title: "DMARC record at the domain instead of _dmarc",
        meaning: "A `v=DMARC1` TXT record is published at the domain itself. Receivers only read `_dmarc.<domain>`: without a record there it is a failure (the policy is never seen); next to a good one it has no effect.",
        fix: "Move the record to `_dmarc.<domain>` (or delete the copy at the domain when `_dmarc` already has one).",
    }
    DmarcLeadingWhitespace = "dmarc-leading-whitespace" {
        title: "DMARC record starts with whitespace",
        meaning: "A TXT record at `_dmarc.<domain>` has whitespace before `v=DMARC1`. Receivers select records that start exactly with the version tag, so they discard it.",
        fix: "Remove the leading whitespace from the record.",
    }
    DmarcSyntaxError = "dmarc-syntax-error" {
        title: "DMARC syntax error",
        meaning: "The record does not follow the RFC 9989 grammar (§4.8), or a tag has a value it does not allow (`p=block`, an `fo` option other than 0/1/d/s, a report address that is not a URI). Receivers may ignore the record or the tag: the policy you meant is not applied.",
        fix: "Correct the tag at the column shown; the evidence quotes the record with the position marked.",
    }
    DmarcDuplicateTag = "dmarc-duplicate-tag" {
        title: "A DMARC tag appears twice",
        meaning: "The same tag is written twice (`p=reject; p=none`). The record is invalid, and receivers that accept it pick one of the values: which policy applies is unpredictable.",
        fix: "Keep one occurrence of the tag, with the value you mean.",
    }
    DmarcPolicyEnforced = "dmarc-policy-enforced" {
        title: "DMARC policy enforced",
        meaning: "The policy that applies to the domain is `quarantine` or `reject`: receivers block mail that fails DMARC, which protects the domain from spoofing, and also blocks your own senders that do not align.",
        fix: "",
    }
    DmarcPolicyNone = "dmarc-policy-none" {
        title: "DMARC policy is none (unenforced)",
        meaning: "The policy that applies to the domain is `none`: receivers only report, and deliver mail that fails DMARC. The domain is not protected against spoofing.",
        fix: "Once the aggregate reports show all your senders (Zendesk included) aligned, move to `p=quarantine`, then `p=reject`.",
    }
    DmarcPMissing = "dmarc-p-missing" {
        title: "No p tag",
        meaning: "The record has no `p` tag. RFC 9989 treats it as `p=none`, but RFC 7489 made `p` required: older receivers ignore the whole record.",
        fix: "Add `p=none` (or the policy you want) right after `v=DMARC1`.",
    }
    DmarcPNotFirst = "dmarc-p-not-first" {
        title: "p is not the tag after v",
        meaning: "RFC 9989 allows tags in any order, but RFC 7489 required `p` right after `v=DMARC1`, and some older receivers still expect it there.",
        fix: "Move `p=...` directly after `v=DMARC1;`.",
    }
    DmarcSubdomainPolicyNone = "dmarc-subdomain-policy-none" {
        title: "Subdomain policy is none",
        meaning: "The record sets `sp=none`: mail from subdomains that fails DMARC is delivered, so anyone can spoof `anything.<domain>` even when `p` is enforced.",
        fix: "Remove `sp=none` (subdomains then follow `p`), or set `sp=quarantine` or `sp=reject`.",
    }
    DmarcTesting = "dmarc-testing" {
        title: "Testing mode (t=y)",
        meaning: "The record has `t=y`: RFC 9989 receivers apply the next lower policy (`reject` as `quarantine`, `quarantine` as `none`). It replaces `pct=0` for a gradual rollout.",
        fix: "Remove `t=y` once the reports show your senders aligned.",
    }
    DmarcPctRemoved = "dmarc-pct-removed" {
        title: "pct tag (removed in RFC 9989)",
        meaning: "RFC 9989 removed `pct`: its receivers ignore it, while RFC 7489 receivers apply the policy to that percentage of failing mail only. The same record is read two ways.",
        fix: "Remove `pct`; use `t=y` for a test phase instead of a percentage.",
    }
    DmarcRemovedTag = "dmarc-removed-tag" {
        title: "rf or ri tag (removed in RFC 9989)",
        meaning: "RFC 9989 removed `rf` (failure report format) and `ri` (aggregate report interval): receivers ignore them; most sent daily aggregate reports anyway.",
        fix: "Remove the tag; it has no effect.",
    }
    DmarcUnknownTag = "dmarc-unknown-tag" {
        title: "Unknown DMARC tag",
        meaning: "The record has a tag RFC 9989 does not define. Receivers ignore it (§4.8), so it does nothing; often it is a typo of a real tag.",
        fix: "Remove the tag, or correct its name.",
    }
    DmarcInvalidValue = "dmarc-invalid-value" {
        title: "A value receivers replace with the default",
        meaning: "A tag's value is invalid but recoverable (`adkim=x`, `fo=0:1`, `pct=150`): RFC 9989 §4.8 makes receivers discard it and use the default, which may not be what you meant.",
        fix: "Correct the value, or remove the tag to use the default on purpose.",
    }
    DmarcNoRua = "dmarc-no-rua" {
        title: "No aggregate report address",
        meaning: "The record has no `rua` tag, so no receiver sends aggregate reports: you cannot see who sends as the domain, nor whether Zendesk's mail aligns, before tightening the policy.",
        fix: "Add `rua=mailto:dmarc-reports@<domain>` (or your DMARC report service's address).",
    }
    DmarcTooManyUris = "dmarc-too-many-uris" {
        title: "More than two report addresses",
        meaning: "`rua` or `ruf` lists more than two URIs. Receivers may limit how many destinations they send to, so reports to the later ones can be lost.",
        fix: "Keep at most two addresses per tag.",
    }
    DmarcUriNotMailto = "dmarc-uri-not-mailto" {
        title: "A report URI that is not mailto:",
        meaning: "RFC 9989 allows any URI, but receivers are only required to support `mailto:`: most ignore other schemes, so those reports never arrive.",
        fix: "Use a `mailto:` address.",
    }
    DmarcUriSize = "dmarc-uri-size" {
        title: "Obsolete !size suffix",
        meaning: "A report URI ends in `!size` (`!10m`). RFC 9989 made it obsolete and reporters ignore it; older reporters may still honour it and send truncated reports or none.",
        fix: "Remove the `!size` suffix.",
    }
    DmarcReportDomainNoMx = "dmarc-report-domain-no-mx" {
        title: "A report address's domain has no MX",
        meaning: "The domain of a `mailto:` report address has no MX record (or a null MX): reports sent there bounce.",
        fix: "Publish MX records for that domain, or use a report address at a domain that receives mail.",
    }
    DmarcReportDestinationVerified = "dmarc-report-destination-verified" {
        title: "External report destination authorised",
        meaning: "A report address is outside the domain's organisation, and the destination publishes `<domain>._report._dmarc.<destination>` (or the wildcard) with `v=DMARC1`: receivers send it the reports (RFC 9990 §4).",
        fix: "",
    }
    DmarcReportDestinationUnverified = "dmarc-report-destination-unverified" {
        title: "External report destination not authorised",
        meaning: "A report address is outside the domain's organisation, and its domain does not publish `<domain>._report._dmarc.<destination>` TXT `v=DMARC1` (nor the `*._report._dmarc` wildcard). Receivers must check this (RFC 9990 §4) and send no reports there.",
        fix: "Ask the report destination (your DMARC service) to publish the authorisation record for your domain, or use an address at your own domain.",
    }
    DmarcPsdRecordApplies = "dmarc-psd-record-applies" {
        title: "A public suffix's record applies",
        meaning: "The domain and its organisational domain publish no DMARC record; the tree walk reached a public suffix operator's record (`psd=y`), so that operator's policy applies to your mail.",
        fix: "Publish your own record at `_dmarc.<organisational domain>`.",
    }
    DmarcDnsError = "dmarc-dns-error" {
        title: "Could not check: DNS failed",
        meaning: "A DNS question needed for the DMARC check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record. Receivers facing the same failure may defer the mail.",
        fix: "Check that the domain's name servers answer (`dig TXT _dmarc.<domain> @<server>`), or retry with `--resolver` pointing at another resolver.",
    }
    DmarcZendeskAligned = "dmarc-zendesk-aligned" {
        title: "Zendesk's mail passes DMARC through SPF and DKIM",
        meaning: "The policy is enforced and both of DMARC's paths are in place for Zendesk: the SPF record authorises mail.zendesk.com, and the `zendesk1/2._domainkey` CNAMEs are published. Agents' replies pass DMARC even when forwarded, provided custom DKIM is enabled in the admin centre.",
        fix: "",
    }
    DmarcZendeskOnePath = "dmarc-zendesk-one-path" {
        title: "Zendesk's mail passes DMARC through one path only",
        meaning: "The policy is enforced and only one of DMARC's paths is in place for Zendesk. SPF alone breaks when a recipient forwards the mail; DKIM alone breaks if the admin-centre setting \"Custom domain for DKIM\" is off, which zdiag cannot see without API access.",
        fix: "Add the missing path: `include:mail.zendesk.com` in the SPF record, or the two CNAMEs `zendesk1._domainkey` and `zendesk2._domainkey` plus custom DKIM in the admin centre.",
    }
    DmarcZendeskUnaligned = "dmarc-zendesk-unaligned" {
        title: "Zendesk's mail fails DMARC",
        meaning: "The policy is `quarantine` or `reject`, but neither path is in place: the SPF record does not authorise mail.zendesk.com, and Zendesk's DKIM CNAMEs are missing. Recipients quarantine or reject agents' replies sent from your support addresses.",
        fix: "Add `include:mail.zendesk.com` to the SPF record, publish the CNAMEs `zendesk1._domainkey` and `zendesk2._domainkey` and enable custom DKIM in the admin centre.",
    }
    DmarcZendeskUnenforced = "dmarc-zendesk-unenforced" {
        title: "Zendesk alignment under an unenforced policy",
        meaning: "The policy is `none`, so nothing Zendesk sends is blocked by DMARC. The message says what would happen to agents' replies once the policy is `quarantine` or `reject`.",
        fix: "Before enforcing, put both paths in place: `include:mail.zendesk.com` in SPF, and Zendesk's two DKIM CNAMEs with custom DKIM enabled.",
    }
    DmarcZendeskUnknown = "dmarc-zendesk-unknown" {
        title: "Could not check Zendesk's alignment",
        meaning: "The policy is enforced, but whether Zendesk's SPF or DKIM path is in place could not be determined (a DNS failure, or the check could not run), so zdiag cannot say whether recipients accept agents' replies.",
        fix: "Retry with a working `--resolver`; run `zdiag spf` and `zdiag dkim` for the details.",
    }
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
        format!("{domain} does not exist (NXDOMAIN)."),
    )
    .help("Check the spelling of the domain.")
}

/// `asked`: every `_dmarc` name queried, the domain's own first.
pub fn record_missing(domain: &str, asked: Vec<String>, answer: &Answer) -> Finding {
    Finding::new(
        Code::DmarcRecordMissing,
        Status::Fail,
        domain,
        if asked.len() > 1 {
            format!("No DMARC record applies to {domain}: none at _dmarc.{domain} or its parent domains.")
        } else {
            format!("No DMARC record at _dmarc.{domain}.")
        },
    )
    .evidence("asked", asked)
    .evidence("answer", answer.describe())
    .help(format!(
        "Publish a TXT record at _dmarc.{domain}: v=DMARC1; p=none; rua=mailto:dmarc@{domain}"
    ))
}

/// `org`: the organisational domain that has no record of its own.
pub fn psd_record_applies(domain: &str, org: &str, location: &str) -> Finding {
    Finding::new(
        Code::DmarcPsdRecordApplies,
        Status::Warn,
        domain,
        format!(
            "No record at {org}, the organisational domain: the public suffix record of {location} (psd=y) applies."
        ),
    )
    .evidence("organisational_domain", org)
    .evidence("location", location)
    .help(format!("Publish your own record at _dmarc.{org}."))
}

fn texts(list: &[TxtRecord]) -> Vec<String> {
    list.iter().map(|t| t.text.clone()).collect()
}

pub fn leading_whitespace(domain: &str, txt: &TxtRecord) -> Finding {
    Finding::new(
        Code::DmarcLeadingWhitespace,
        Status::Fail,
        domain,
        format!(
            "A record at _dmarc.{domain} starts with whitespace before v=DMARC1, so receivers discard it."
        ),
    )
    .evidence("record", txt.text.clone())
    .help("Remove the leading whitespace.")
}

pub fn spf_at_dmarc(domain: &str, records: &[TxtRecord]) -> Finding {
    let name = format!("_dmarc.{domain}");
    Finding::new(
        Code::DmarcSpfAtDmarc,
        Status::Fail,
        domain,
        format!("{name} answers with an SPF record where the DMARC record should be."),
    )
    .evidence("records", texts(records))
    .help(format!(
        "Publish the DMARC record at {name} and remove the SPF text (or wildcard) answering there."
    ))
}

pub fn unrelated_txt(domain: &str, records: &[TxtRecord]) -> Finding {
    let name = format!("_dmarc.{domain}");
    Finding::new(
        Code::DmarcUnrelatedTxt,
        Status::Fail,
        domain,
        format!(
            "{name} holds {} TXT record(s) that are not DMARC records.",
            records.len()
        ),
    )
    .evidence("records", texts(records))
    .help(format!(
        "Delete the TXT records at {name} that do not start with v=DMARC1."
    ))
}

pub fn multiple_records(domain: &str, records: &[TxtRecord]) -> Finding {
    Finding::new(
        Code::DmarcMultipleRecords,
        Status::Fail,
        domain,
        format!(
            "_dmarc.{domain} has {} DMARC records; receivers discard them all (RFC 9989 §4.10).",
            records.len()
        ),
    )
    .evidence("records", texts(records))
    .help("Keep one record and delete the others.")
}

/// `records`: the v=DMARC1 texts at the domain itself. `published`: whether
/// `_dmarc` holds a record too (then the apex one is only useless).
pub fn record_at_apex(domain: &str, records: Vec<String>, published: bool) -> Finding {
    let finding = if published {
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
    finding.evidence("records", records)
}

/// `location`: the domain whose record applies; `cnames`: the chain its answer came through.
pub fn record_found(domain: &str, location: &str, txt: &TxtRecord, cnames: &[String]) -> Finding {
    let message = if location == domain {
        format!("The DMARC record at _dmarc.{domain} applies.")
    } else {
        format!(
            "No record at _dmarc.{domain}: the record of {location} applies (found by the RFC 9989 tree walk; its subdomain policy governs {domain})."
        )
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
        format!("Syntax error in the DMARC record of {subject}: {error}"),
    )
    .evidence("record", format!("{text}\n{caret}"))
    .evidence("tag", error.tag.clone())
    .evidence("column", error.column)
}

pub fn duplicate_tag(subject: &str, text: &str, error: &ParseError) -> Finding {
    parse_error(Code::DmarcDuplicateTag, subject, text, error).help(format!(
        "Keep one `{}` tag, with the value you mean.",
        error.tag
    ))
}

pub fn syntax_error(subject: &str, text: &str, error: &ParseError) -> Finding {
    let help = if error.tag.is_empty() {
        format!("Correct the record at column {}.", error.column)
    } else {
        format!(
            "Correct the `{}` tag at column {}.",
            error.tag, error.column
        )
    };
    parse_error(Code::DmarcSyntaxError, subject, text, error).help(help)
}

pub fn p_missing(location: &str, text: &str) -> Finding {
    Finding::new(
        Code::DmarcPMissing,
        Status::Warn,
        location,
        "The record has no p tag: RFC 9989 receivers read it as p=none; RFC 7489 receivers ignore the record.",
    )
    .evidence("record", text)
    .help("Add p=none (or the policy you want) right after v=DMARC1.")
}

pub fn p_not_first(location: &str, text: &str) -> Finding {
    Finding::new(
        Code::DmarcPNotFirst,
        Status::Warn,
        location,
        "p is not the tag right after v=DMARC1; some older receivers expect it there.",
    )
    .evidence("record", text)
    .help("Move p=... directly after v=DMARC1;.")
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
        format!(
            "{}={}{}",
            self.tag,
            self.written,
            if self.own_record() {
                String::new()
            } else {
                format!(" (from {})", self.location)
            }
        )
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
        format!(
            "Policy {effective} for {domain} ({}): receivers {} mail that fails DMARC.",
            policy.source(),
            action(effective)
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
        format!(
            "DMARC is unenforced for {domain} ({}{}): receivers deliver mail that fails DMARC.",
            policy.source(),
            if written != effective {
                ", lowered by t=y"
            } else {
                ""
            }
        ),
    )
    .evidence("policy", effective.as_str())
    .evidence("from_tag", policy.tag)
    .help("Once reports show your senders (Zendesk included) aligned, move to p=quarantine, then p=reject.")
}

pub fn subdomain_policy_none(location: &str) -> Finding {
    Finding::new(
        Code::DmarcSubdomainPolicyNone,
        Status::Warn,
        location,
        format!("sp=none: mail from subdomains of {location} that fails DMARC is delivered."),
    )
    .help("Remove sp=none, or set sp=quarantine or sp=reject.")
}

/// `written`: the policy t=y lowers.
pub fn testing(location: &str, written: Policy) -> Finding {
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
    .help("Remove t=y once the reports show your senders aligned.")
}

pub fn pct_removed(location: &str, record: &Record, tag: &Tag) -> Finding {
    let written = record.tag_text(tag).to_string();
    Finding::new(
        Code::DmarcPctRemoved,
        Status::Warn,
        location,
        match record.pct {
            Some(n) if n < 100 => format!("{written}: RFC 9989 receivers ignore it (full policy), RFC 7489 receivers apply the policy to {n}% of failing mail."),
            _ => format!("{written}: RFC 9989 removed pct; its receivers ignore it."),
        },
    )
    .evidence("tag", written)
    .help("Remove pct; use t=y for a test phase.")
}

pub fn removed_tag(location: &str, record: &Record, tag: &Tag) -> Finding {
    let written = record.tag_text(tag).to_string();
    Finding::new(
        Code::DmarcRemovedTag,
        Status::Info,
        location,
        format!(
            "{written}: RFC 9989 removed `{}`; receivers ignore it.",
            tag.name
        ),
    )
    .evidence("tag", written)
    .help(format!("Remove the `{}` tag.", tag.name))
}

pub fn unknown_tag(location: &str, record: &Record, tag: &Tag) -> Finding {
    Finding::new(
        Code::DmarcUnknownTag,
        Status::Warn,
        location,
        format!("Unknown tag `{}`: receivers ignore it.", tag.name),
    )
    .evidence("tag", record.tag_text(tag).to_string())
    .evidence("column", crate::dmarc::column(&record.text, tag.span.start))
    .help("Remove the tag, or correct its name.")
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
    .help(format!(
        "Correct the `{}` value, or remove the tag.",
        issue.tag
    ))
}

pub fn no_rua(location: &str) -> Finding {
    Finding::new(
        Code::DmarcNoRua,
        Status::Info,
        location,
        "No rua tag: no receiver sends aggregate reports, so you cannot see who sends as the domain.",
    )
    .help(format!(
        "Add rua=mailto:dmarc-reports@{location} (or your report service's address)."
    ))
}

/// `tag`: `rua` or `ruf`.
pub fn too_many_uris(location: &str, tag: &str, uris: &[ReportUri]) -> Finding {
    Finding::new(
        Code::DmarcTooManyUris,
        Status::Warn,
        location,
        format!(
            "{tag} lists {} URIs; receivers may not send to more than two.",
            uris.len()
        ),
    )
    .evidence(
        "uris",
        uris.iter().map(|u| u.uri.clone()).collect::<Vec<_>>(),
    )
    .help(format!("Keep at most two {tag} addresses."))
}

pub fn uri_not_mailto(location: &str, tag: &str, uri: &ReportUri) -> Finding {
    Finding::new(
        Code::DmarcUriNotMailto,
        Status::Warn,
        location,
        format!(
            "{tag} URI {} uses {}: receivers are only required to support mailto:, so most ignore it.",
            uri.uri, uri.scheme
        ),
    )
    .evidence("uri", uri.uri.clone())
    .help("Use a mailto: address.")
}

/// `size`: the `!size` suffix of the URI.
pub fn uri_size(location: &str, tag: &str, uri: &ReportUri, size: &str) -> Finding {
    Finding::new(
        Code::DmarcUriSize,
        Status::Warn,
        location,
        format!(
            "{tag} URI {} has the obsolete size limit !{size}; RFC 9989 reporters ignore it.",
            uri.uri
        ),
    )
    .evidence("uri", uri.uri.clone())
    .help(format!("Remove !{size} from the address."))
}

/// `mx`: the report domain's MX answer, empty or a null MX.
pub fn report_domain_no_mx(location: &str, dest: &str, mx: &Answer) -> Finding {
    let why = if mx.records().is_empty() {
        mx.describe()
    } else {
        "a null MX (accepts no mail)".into()
    };
    Finding::new(
        Code::DmarcReportDomainNoMx,
        Status::Warn,
        location,
        format!("Report domain {dest} has no MX record ({why}): reports sent there bounce."),
    )
    .evidence("domain", dest)
    .evidence("mx_answer", why)
    .help(format!(
        "Publish MX records for {dest}, or use a report address at a domain that receives mail."
    ))
}

/// `at`: the name whose v=DMARC1 record authorises the destination.
pub fn report_destination_verified(location: &str, dest: &str, at: &str) -> Finding {
    Finding::new(
        Code::DmarcReportDestinationVerified,
        Status::Pass,
        location,
        format!("External report destination {dest} accepts reports for {location} ({at})."),
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
        format!(
            "{dest} does not say it accepts DMARC reports for {location}: receivers send it none."
        ),
    )
    .evidence("expected", format!("{specific} TXT \"v=DMARC1\""))
    .evidence("also_checked", wildcard)
    .help(format!(
        "Ask {dest} to publish {specific} TXT \"v=DMARC1\", or use a report address at {location}."
    ))
}

/// What strict alignment changes for Zendesk's mail, one sentence per strict tag.
pub fn strict_notes(domain: &str, record: &Record) -> Vec<String> {
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
        _ if unknown(spf) || unknown(dkim) => format!(
            "whether it would pass at enforcement is unknown ({})",
            [spf, dkim]
                .iter()
                .filter(|s| unknown(s))
                .map(|s| detail(s))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        (true, true) => "at quarantine or reject it would pass through SPF and DKIM".to_string(),
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
    alignment_finding(
        paths,
        Code::DmarcZendeskUnenforced,
        Status::Info,
        format!("Policy none: Zendesk's mail for {domain} is not blocked by DMARC; {forecast}."),
    )
    .help("Before enforcing, add include:mail.zendesk.com to SPF and Zendesk's two DKIM CNAMEs, and enable custom DKIM.")
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
    let which: Vec<String> = [("SPF", spf), ("DKIM", dkim)]
        .into_iter()
        .filter(|(_, s)| unknown(s))
        .map(|(n, s)| format!("the {n} path ({})", detail(s)))
        .collect();
    alignment_finding(
        paths,
        Code::DmarcZendeskUnknown,
        Status::Error,
        format!(
            "Could not check whether Zendesk's mail passes DMARC ({policy}) for {domain}: {} could not be determined.",
            which.join(" and ")
        ),
    )
    .help("Retry with a working --resolver; run zdiag spf and zdiag dkim for details.")
}

pub fn zendesk_aligned(paths: &ZendeskPaths) -> Finding {
    let dkim_caveat = "DKIM also needs \"Custom domain for DKIM\" enabled in the admin centre, which zdiag cannot see without API access.";
    alignment_finding(
        paths,
        Code::DmarcZendeskAligned,
        Status::Pass,
        format!(
            "Zendesk's mail for {} passes DMARC ({}) through SPF and DKIM. {dkim_caveat}",
            paths.domain, paths.policy
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
            format!(
                "Zendesk's mail for {domain} passes DMARC ({policy}) through SPF only ({}): when a recipient forwards it, SPF fails and the mail is {action}ed.",
                detail(dkim)
            ),
            format!(
                "Publish zendesk1._domainkey.{domain} and zendesk2._domainkey.{domain} as CNAMEs to Zendesk's keys, then enable custom DKIM in the admin centre."
            ),
        ),
        OnePath::Dkim => (
            format!(
                "Zendesk's mail for {domain} passes DMARC ({policy}) through DKIM only ({}): if \"Custom domain for DKIM\" is off in the admin centre (zdiag cannot see it without API access), agents' replies are {action}ed.",
                detail(spf)
            ),
            format!(
                "Add include:mail.zendesk.com to the SPF record of {domain}, and check that custom DKIM is enabled."
            ),
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
        format!(
            "Zendesk's mail for {domain} fails DMARC: with p={policy}, recipients will {} agents' replies ({}; {}).",
            action(policy),
            detail(spf),
            detail(dkim)
        ),
    )
    .help(format!(
        "Add include:mail.zendesk.com to the SPF record of {domain}, and publish Zendesk's two DKIM CNAMEs with custom DKIM enabled."
    ))
}
