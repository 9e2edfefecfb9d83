//! The SPF check's findings: its codes, with the text `zdiag explain CODE`
//! prints, and one constructor per code with the finding's message, evidence
//! and help. Which findings apply is decided in `mod.rs`.

use std::net::IpAddr;

use serde_json::{Value, json};

use crate::checks;
use crate::dns::{Answer, QType};
use crate::report::codes::codes;
use crate::report::{Code, Finding, Status};
use crate::spf::tree::{Accounting, CountedLookup, RecordLookup, TxtRecord};
use crate::spf::{Client, Evaluation, ParseError, SpfResult};
use crate::zendesk::SPF_INCLUDE;

codes! {
    // finding and reading the record
    SpfRecordFound = "spf-record-found" {
        title: "SPF record found",
        meaning: "The domain publishes exactly one SPF record (a TXT record starting with `v=spf1`). The evidence shows it as published, with the character-strings it was split into.",
        fix: "",
    }
    SpfRecordMissing = "spf-record-missing" {
        title: "No SPF record",
        meaning: "No TXT record at the domain starts with `v=spf1 ` (RFC 7208 §4.5). Receivers get SPF result `none`, and Zendesk cannot send as this domain: it falls back to sending \"via zendesk.com\", and DMARC cannot pass through SPF.",
        fix: "Publish one TXT record at the domain: `v=spf1 include:mail.zendesk.com -all` (add the includes of your other senders before `-all`).",
    }
    SpfDomainNotFound = "spf-domain-not-found" {
        title: "The domain does not exist",
        meaning: "DNS answered NXDOMAIN for the domain itself: there is no such name, so there can be no SPF record.",
        fix: "Check the spelling of the domain, or register/delegate it before adding records.",
    }
    SpfMultipleRecords = "spf-multiple-records" {
        title: "Several SPF records",
        meaning: "More than one TXT record at the domain starts with `v=spf1`. RFC 7208 §4.5 makes that a permanent error: receivers treat the domain as having a broken SPF policy, and Zendesk's validation fails.",
        fix: "Merge them into one record: one `v=spf1`, every `include:` of every sender, one `all` at the end.",
    }
    SpfType99Record = "spf-type99-record" {
        title: "SPF record of type 99 published",
        meaning: "The domain publishes a DNS record of the old SPF type (99). RFC 7208 §3.1 removed it: receivers and Zendesk read only TXT records.",
        fix: "Publish the same text as a TXT record and delete the type-99 record.",
    }
    SpfLeadingWhitespace = "spf-leading-whitespace" {
        title: "SPF record starts with whitespace",
        meaning: "A TXT record looks like SPF but starts with spaces. RFC 7208 §4.5 selects only records that begin exactly with `v=spf1`, so receivers ignore it.",
        fix: "Remove the leading whitespace from the TXT record.",
    }
    SpfLookalikeRecord = "spf-lookalike-record" {
        title: "A TXT record that looks like SPF but is not",
        meaning: "A TXT record starts like SPF (`v=spf10`, `v=spf1x`, `spf2.0/...` Sender ID) but is not a `v=spf1` record, so receivers ignore it.",
        fix: "Correct the version tag to exactly `v=spf1` followed by a space, or delete the record if it is a leftover Sender ID record.",
    }
    SpfCnameAtName = "spf-cname-at-name" {
        title: "The domain is a CNAME",
        meaning: "The SPF record was reached through a CNAME at the domain. It works for SPF, but a CNAME cannot coexist with other records at the same name (RFC 1034 §3.6.2, RFC 2181 §10.1): MX, DMARC-related and verification records there conflict with it, and an apex cannot be a CNAME at all.",
        fix: "Replace the CNAME with the records themselves (copy the target's TXT record to the domain).",
    }
    SpfDnsError = "spf-dns-error" {
        title: "Could not check: DNS failed",
        meaning: "A DNS question needed for the SPF check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded about the record: this is not a missing record. Receivers facing the same failure return `temperror` and may defer the mail.",
        fix: "Check that the domain's name servers answer (`dig TXT <domain> @<server>`), or retry with `--resolver` pointing at another resolver.",
    }
    SpfSyntaxError = "spf-syntax-error" {
        title: "SPF syntax error",
        meaning: "The record does not follow RFC 7208's grammar (§12). Receivers return `permerror` for the whole record, so no sender passes, Zendesk included.",
        fix: "Correct the term shown at the column shown; the evidence quotes the record with the position marked.",
    }
    SpfStringTooLong = "spf-string-too-long" {
        title: "A TXT string over 255 bytes",
        meaning: "One character-string of the TXT record is longer than 255 bytes, the DNS limit (RFC 1035 §3.3); many DNS servers and editors truncate or reject it.",
        fix: "Split the record into several quoted strings of at most 255 bytes each; receivers join them without spaces (RFC 7208 §3.3).",
    }
    SpfRecordTooLong = "spf-record-too-long" {
        title: "SPF record over 450 bytes",
        meaning: "The joined record is longer than 450 bytes. With the other records at the name, the DNS answer may exceed 512 bytes (RFC 7208 §3.4 advises staying under it).",
        fix: "Shorten the record: remove senders you no longer use, or move groups of them behind one `include:` of your own.",
    }
    SpfRecordOver512 = "spf-record-over-512" {
        title: "SPF record over 512 bytes",
        meaning: "The record alone is longer than 512 bytes, the classic UDP DNS limit: resolvers without EDNS must retry over TCP, and some receivers fail the lookup (temperror).",
        fix: "Shorten the record below 450 bytes: remove unused senders or group them behind an include of your own.",
    }
    // the Zendesk include
    SpfIncludePresent = "spf-include-present" {
        title: "The required include is in the record",
        meaning: "The record includes the required name at its first level (for Zendesk: `include:mail.zendesk.com`), before any `all`: mail from those servers passes SPF, and Zendesk's admin centre shows SPF as verified.",
        fix: "",
    }
    SpfIncludeNested = "spf-include-nested" {
        title: "The required include is only reached through another include",
        meaning: "The required include is not in the domain's own record but inside a record the domain includes. Mail passes SPF, but Zendesk's admin centre validates the first level only and shows SPF as failed for the support address.",
        fix: "Add `include:mail.zendesk.com` directly to the domain's own record (before `all`).",
    }
    SpfIncludeMissing = "spf-include-missing" {
        title: "The required include is missing",
        meaning: "The SPF tree never includes the required name (for Zendesk: `mail.zendesk.com`). For Zendesk, it then sends your support addresses' mail \"via zendesk.com\", and recipients with strict DMARC quarantine or reject agents' replies.",
        fix: "Add `include:mail.zendesk.com` to the domain's SPF record, before `all`.",
    }
    SpfIncludeAfterAll = "spf-include-after-all" {
        title: "The required include comes after `all`",
        meaning: "The include stands after the `all` mechanism. Evaluation stops at `all` (RFC 7208 §5.1), so the include is never read: mail from those servers gets the `all` result.",
        fix: "Move the include before `all` (`all` must be the last mechanism).",
    }
    SpfIncludeOutdated = "spf-include-outdated" {
        title: "Outdated Zendesk include",
        meaning: "The record includes `smtp.zendesk.com` or `support.zendesk.com`, which Zendesk no longer uses for SPF; Zendesk flags it with a warning.",
        fix: "Replace it with `include:mail.zendesk.com`.",
    }
    SpfFlattened = "spf-flattened" {
        title: "Record flattened to IP ranges",
        meaning: "Zendesk's addresses are authorised by literal `ip4:`/`ip6:` ranges instead of `include:mail.zendesk.com`. It works today, but Zendesk changes its sending ranges without notice and does not support IP-only records: mail will fail SPF when it does.",
        fix: "Replace Zendesk's ranges with `include:mail.zendesk.com`, and exclude mail.zendesk.com from SPF flattening tools.",
    }
    // the include tree
    SpfLookupCount = "spf-lookup-count" {
        title: "DNS lookups used",
        meaning: "How many of the 10 DNS-querying terms RFC 7208 §4.6.4 allows the record uses (include, a, mx, ptr, exists, redirect; counted through includes and redirects, in evaluation order). The evidence lists the count per term.",
        fix: "",
    }
    SpfTooManyLookups = "spf-too-many-lookups" {
        title: "More than 10 DNS lookups",
        meaning: "Evaluating the record needs more than 10 DNS-querying terms. RFC 7208 §4.6.4 makes the 11th a permanent error: receivers stop and return `permerror`, so senders listed after that point (often Zendesk) fail SPF. The evidence shows the path to the term that crosses the limit.",
        fix: "Remove includes of senders you no longer use, replace `a`/`mx`/`ptr` terms with `ip4:`/`ip6:` ranges for your own servers, or put the most important includes first.",
    }
    SpfVoidLookup = "spf-void-lookup" {
        title: "A term looks up a name that does not exist",
        meaning: "A term's DNS lookup returned NXDOMAIN or no record (a \"void lookup\", RFC 7208 §4.6.4). It authorises nothing and counts towards the limit of two.",
        fix: "Remove the term, or correct the name it points at.",
    }
    SpfTooManyVoidLookups = "spf-too-many-void-lookups" {
        title: "More than 2 void lookups",
        meaning: "More than two terms look up names that do not exist or have no record. RFC 7208 §4.6.4 makes the third a permanent error: receivers return `permerror`.",
        fix: "Remove or correct the terms listed in the evidence.",
    }
    SpfLoop = "spf-loop" {
        title: "Include or redirect loop",
        meaning: "Following `include:` or `redirect=` comes back to a record already being evaluated. Receivers stop at the lookup limit and return `permerror`.",
        fix: "Break the loop: remove the include or redirect that points back up the chain shown in the evidence.",
    }
    SpfTargetNoRecord = "spf-target-no-record" {
        title: "An include or redirect target has no SPF record",
        meaning: "An `include:` or `redirect=` points at a name with no SPF record (or no such name). RFC 7208 §5.2 and §6.1 make that a permanent error for the whole record.",
        fix: "Correct the target name, or remove the term if that sender is no longer used.",
    }
    SpfTargetInvalid = "spf-target-invalid" {
        title: "An include or redirect target has a broken SPF record",
        meaning: "The record behind an `include:` or `redirect=` has a syntax error or several SPF records: the error propagates (RFC 7208 §5.2), so the whole record yields `permerror`.",
        fix: "Ask the owner of the included domain to fix its record, or stop including it.",
    }
    SpfRedirectIgnored = "spf-redirect-ignored" {
        title: "redirect= is ignored",
        meaning: "The record has both an `all` mechanism and a `redirect=` modifier. `all` always matches, so the redirect is never used (RFC 7208 §6.1).",
        fix: "Remove either the `all` mechanism or the `redirect=` modifier, whichever you did not mean.",
    }
    SpfTermsAfterAll = "spf-terms-after-all" {
        title: "Terms after `all`",
        meaning: "Mechanisms after `all` are never evaluated (RFC 7208 §5.1): whatever they authorise fails.",
        fix: "Move the terms before `all`.",
    }
    SpfMultipleAll = "spf-multiple-all" {
        title: "Several `all` mechanisms",
        meaning: "The record has more than one `all`; only the first is ever reached.",
        fix: "Keep one `all`, at the end.",
    }
    SpfPtrDeprecated = "spf-ptr-deprecated" {
        title: "`ptr` should not be used",
        meaning: "RFC 7208 §5.5 says the `ptr` mechanism SHOULD NOT be published: it is slow, unreliable, and large receivers skip it, so the senders it covers may fail.",
        fix: "Replace `ptr` with `ip4:`/`ip6:` ranges or `a:` terms for the hosts it was meant to cover.",
    }
    SpfAllPass = "spf-all-pass" {
        title: "`+all` authorises everyone",
        meaning: "The record ends in `+all` (or `all`): every server on the internet passes SPF for the domain, which makes SPF useless against spoofing and hurts reputation.",
        fix: "End the record with `-all` (or `~all` while you verify your senders).",
    }
    SpfAllNeutral = "spf-all-neutral" {
        title: "`?all` asserts nothing",
        meaning: "The record ends in `?all`: servers that are not listed get `neutral`, which receivers treat like no SPF. It does not protect the domain.",
        fix: "End the record with `-all` (or `~all`).",
    }
    SpfAllMissing = "spf-all-missing" {
        title: "No `all` and no `redirect`",
        meaning: "The record has no `all` mechanism and no `redirect=`: unlisted servers get `neutral` (RFC 7208 §4.7), as with `?all`.",
        fix: "End the record with `-all` (or `~all`).",
    }
    SpfUnknownModifier = "spf-unknown-modifier" {
        title: "Unknown modifier",
        meaning: "The record has a `name=value` modifier that RFC 7208 does not define. Receivers ignore it (§6), so it does nothing; often it is a typo of `redirect=` or `exp=`.",
        fix: "Remove it, or correct its name.",
    }
    SpfMxTooManyHosts = "spf-mx-too-many-hosts" {
        title: "An `mx` term with more than 10 MX hosts",
        meaning: "RFC 7208 §4.6.4 limits an `mx` term to 10 MX hosts; more is a permanent error.",
        fix: "Replace the `mx` term with `ip4:`/`ip6:` ranges of the hosts that actually send.",
    }
    SpfMxHostNoAddress = "spf-mx-host-no-address" {
        title: "An MX host without an address",
        meaning: "An `mx` term's MX host has no A or AAAA record, so it authorises nothing.",
        fix: "Correct the MX record, or remove the `mx` term.",
    }
    SpfMacroNotExpanded = "spf-macro-not-expanded" {
        title: "A term with a macro",
        meaning: "The term's target contains a `%{...}` macro: it depends on each message's sender and client address, so it cannot be followed without them. It counts one lookup. Use `--ip` with `--sender` to evaluate it for a given message.",
        fix: "",
    }
    SpfNotFollowed = "spf-not-followed" {
        title: "Part of the tree was not followed",
        meaning: "The include tree is deeper or wider than any valid record can be (more than 10 lookups are reached first), so zdiag stopped expanding it there.",
        fix: "Reduce the number of lookups (see spf-too-many-lookups).",
    }
    // evaluations
    SpfZendeskPasses = "spf-zendesk-passes" {
        title: "Zendesk's mail passes SPF",
        meaning: "zdiag read mail.zendesk.com's SPF record live, took an address from each of its ranges, and ran the full SPF evaluation (RFC 7208 check_host) against the domain: every range gets `pass`.",
        fix: "",
    }
    SpfZendeskFails = "spf-zendesk-fails" {
        title: "Zendesk's mail does not pass SPF",
        meaning: "For at least one of Zendesk's sending ranges (read live from mail.zendesk.com's SPF record), the SPF evaluation of the domain does not give `pass`. Mail that Zendesk sends from there as your address fails SPF; with a strict DMARC policy and no DKIM, recipients quarantine or reject it.",
        fix: "Add `include:mail.zendesk.com` to the domain's record, before `all`, and fix any error the report shows for the record.",
    }
    SpfZendeskUnavailable = "spf-zendesk-unavailable" {
        title: "Could not check: Zendesk's SPF record unavailable",
        meaning: "zdiag could not read mail.zendesk.com's own SPF record (DNS failure, or not in the loaded zones with `--offline`), so it cannot say whether Zendesk's addresses pass.",
        fix: "Retry with a working resolver, or add a zone for mail.zendesk.com when checking offline.",
    }
    SpfIpResult = "spf-ip-result" {
        title: "SPF result for the given client",
        meaning: "The result of RFC 7208 check_host() for the address given with `--ip` (and `--sender`, `--helo`): the result, the term that decided it, and the explanation a receiver would give on `fail`. Status: pass for `pass`, fail for `fail`/`permerror`, warn for `softfail`/`neutral`/`none`, error for `temperror`.",
        fix: "If the client should be allowed, add a term that authorises it (an `ip4:`/`ip6:` range or the include of its provider) before `all`.",
    }
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
        "An SPF record of the obsolete type 99 is published; receivers and Zendesk read TXT only.",
    )
    .evidence("type99_record", txt.text)
    .help("Publish the record as TXT and delete the type-99 record.")
}

pub fn record_found(domain: &str, txt: &TxtRecord) -> Finding {
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
        format!(
            "{} TXT records start with v=spf1; receivers return permerror for all of them.",
            records.len()
        ),
    )
    .evidence(
        "records",
        records.iter().map(|r| r.text.clone()).collect::<Vec<_>>(),
    )
    .help("Merge them into one record with every include and a single `all` at the end.")
}

pub fn domain_not_found(domain: &str) -> Finding {
    Finding::new(
        Code::SpfDomainNotFound,
        Status::Fail,
        domain,
        format!("{domain} does not exist (NXDOMAIN)."),
    )
    .help("Check the spelling of the domain.")
}

/// `answer`: the TXT answer, void or without a `v=spf1` record.
pub fn record_missing(domain: &str, answer: &Answer) -> Finding {
    Finding::new(
        Code::SpfRecordMissing,
        Status::Fail,
        domain,
        format!("{domain} has no SPF record: no TXT record starts with `v=spf1`."),
    )
    .evidence("txt_answer", answer.describe())
    .help(format!(
        "Publish a TXT record at {domain}: v=spf1 include:{SPF_INCLUDE} -all"
    ))
}

pub fn leading_whitespace(domain: &str, txt: &TxtRecord) -> Finding {
    Finding::new(
        Code::SpfLeadingWhitespace,
        Status::Warn,
        domain,
        "A TXT record starts with whitespace before `v=spf1`, so receivers ignore it.",
    )
    .help("Remove the leading whitespace.")
    .evidence("record", txt.text.clone())
}

pub fn lookalike_record(domain: &str, txt: &TxtRecord) -> Finding {
    Finding::new(
        Code::SpfLookalikeRecord,
        Status::Warn,
        domain,
        "A TXT record looks like SPF but is not `v=spf1`, so receivers ignore it.",
    )
    .help("Correct the version to exactly `v=spf1 ` or delete the record.")
    .evidence("record", txt.text.clone())
}

pub fn cname_at_name(domain: &str, cnames: &[String]) -> Finding {
    Finding::new(
        Code::SpfCnameAtName,
        Status::Warn,
        domain,
        format!("{domain} is a CNAME; its SPF record is read from the alias target."),
    )
    .evidence("cname_chain", cnames.to_vec())
    .help("Publish the TXT record at the name itself instead of a CNAME.")
}

/// `index`: the string over the limit, counted from 0.
pub fn string_too_long(domain: &str, txt: &TxtRecord, index: usize) -> Finding {
    let len = txt.string_lengths[index];
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
    .help("Split the record into quoted strings of at most 255 bytes.")
}

/// `len`: the joined record's bytes.
pub fn record_over_512(domain: &str, len: usize) -> Finding {
    Finding::new(
        Code::SpfRecordOver512,
        Status::Warn,
        domain,
        format!("The record is {len} bytes, over the 512-byte UDP limit."),
    )
    .evidence("bytes", len)
    .help("Shorten the record below 450 bytes.")
}

/// `len`: the joined record's bytes.
pub fn record_too_long(domain: &str, len: usize) -> Finding {
    Finding::new(
        Code::SpfRecordTooLong,
        Status::Warn,
        domain,
        format!("The record is {len} bytes, over the 450 bytes RFC 7208 §3.4 advises."),
    )
    .evidence("bytes", len)
    .help("Shorten the record: remove unused senders or group them behind one include.")
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
        format!("{} term(s) after `all` are never evaluated.", terms.len()),
    )
    .evidence("terms", terms)
    .help("Move them before `all`.")
}

/// `count`: the `all` mechanisms in the record.
pub fn multiple_all(domain: &str, count: usize) -> Finding {
    Finding::new(
        Code::SpfMultipleAll,
        Status::Warn,
        domain,
        format!("The record has {count} `all` mechanisms; only the first is reached."),
    )
    .help("Keep one `all`, at the end.")
}

/// `term`: the redirect as written.
pub fn redirect_ignored(domain: &str, term: String) -> Finding {
    Finding::new(
        Code::SpfRedirectIgnored,
        Status::Warn,
        domain,
        format!("`{term}` is ignored because the record has `all`."),
    )
    .evidence("term", term)
    .help("Remove either the `all` mechanism or the redirect.")
}

/// `name`: the modifier's name; `term`: the modifier as written.
pub fn unknown_modifier(domain: &str, name: &str, term: String) -> Finding {
    Finding::new(
        Code::SpfUnknownModifier,
        Status::Warn,
        domain,
        format!("Unknown modifier `{name}=`: receivers ignore it."),
    )
    .evidence("term", term)
    .help("Remove it, or correct its name.")
}

/// `term`: the ptr mechanism as written.
pub fn ptr_deprecated(domain: &str, term: String) -> Finding {
    Finding::new(
        Code::SpfPtrDeprecated,
        Status::Warn,
        domain,
        format!("`{term}`: the ptr mechanism should not be used (RFC 7208 §5.5)."),
    )
    .evidence("term", term)
    .help("Replace it with ip4:/ip6: ranges or a: terms.")
}

const END_WITH_FAIL: &str = "End the record with `-all` (or `~all`).";

/// `record_of`: the domain whose record a receiver ends on (after any redirect).
pub fn all_pass(domain: &str, record_of: &str) -> Finding {
    Finding::new(
        Code::SpfAllPass,
        Status::Fail,
        domain,
        "The record ends in `+all`: every server on the internet passes SPF for this domain.",
    )
    .help(END_WITH_FAIL)
    .evidence("record_of", record_of)
}

/// `record_of`: the domain whose record a receiver ends on (after any redirect).
pub fn all_neutral(domain: &str, record_of: &str) -> Finding {
    Finding::new(
        Code::SpfAllNeutral,
        Status::Warn,
        domain,
        "The record ends in `?all`: unlisted servers get neutral, which protects nothing.",
    )
    .help(END_WITH_FAIL)
    .evidence("record_of", record_of)
}

/// `record_of`: the domain whose record a receiver ends on (after any redirect).
pub fn all_missing(domain: &str, record_of: &str) -> Finding {
    Finding::new(
        Code::SpfAllMissing,
        Status::Warn,
        domain,
        "The record has no `all` and no `redirect=`: unlisted servers get neutral.",
    )
    .help(END_WITH_FAIL)
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
            format!("include:{name} is in the record of {domain}, before `all`."),
        ),
        Some(trail) => Finding::new(
            Code::SpfIncludePresent,
            Status::Pass,
            domain,
            format!("include:{name} is in the record that {domain} redirects to."),
        )
        .evidence("path", trail),
    }
    .evidence("include", name)
}

/// `trail`: the terms followed to the include. Zendesk's admin centre reads the
/// first level only, which the message says when `name` is Zendesk's.
pub fn include_nested(domain: &str, name: &str, trail: Vec<String>) -> Finding {
    let message = if name == SPF_INCLUDE {
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
        .evidence("include", name)
}

pub fn include_after_all(domain: &str, name: &str) -> Finding {
    Finding::new(
        Code::SpfIncludeAfterAll,
        Status::Fail,
        domain,
        format!("include:{name} comes after `all`, so it is never evaluated."),
    )
    .help(format!("Move include:{name} before `all`."))
    .evidence("include", name)
}

/// Zendesk's ranges pass, but as ip4:/ip6: terms instead of `name`'s include.
pub fn flattened(domain: &str, name: &str) -> Finding {
    Finding::new(
        Code::SpfFlattened,
        Status::Warn,
        domain,
        format!("Zendesk's ranges are listed as IP addresses instead of include:{name}; mail will fail when Zendesk changes them."),
    )
    .help(format!("Replace Zendesk's ip4:/ip6: ranges with include:{name}."))
    .evidence("include", name)
}

pub fn include_missing(domain: &str, name: &str) -> Finding {
    let mut message = format!("include:{name} is not in the SPF tree of {domain}.");
    if name == SPF_INCLUDE {
        message.push_str(" Zendesk will send as \"via zendesk.com\", and strict DMARC receivers may reject agents' replies.");
    }
    Finding::new(Code::SpfIncludeMissing, Status::Fail, domain, message)
        .help(format!(
            "Add include:{name} to the record of {domain}, before `all`."
        ))
        .evidence("include", name)
}

/// `outdated`: an include Zendesk used to recommend.
pub fn include_outdated(domain: &str, outdated: &str) -> Finding {
    Finding::new(
        Code::SpfIncludeOutdated,
        Status::Warn,
        domain,
        format!("include:{outdated} is outdated; Zendesk flags it."),
    )
    .evidence("include", outdated)
    .help(format!(
        "Replace include:{outdated} with include:{SPF_INCLUDE}."
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
        format!(
            "Evaluating the record needs {total} DNS lookups; the limit is 10 (RFC 7208 §4.6.4). Receivers return permerror at `{}`.",
            eleventh.term
        ),
    )
    .evidence("lookups", total)
    .evidence("eleventh_lookup", path)
    .evidence("per_term", per_term(accounting))
    .help("Remove unused includes, or replace a/mx/ptr terms with ip4:/ip6: ranges.")
}

pub fn lookup_count(domain: &str, accounting: &Accounting) -> Finding {
    let total = accounting.lookups.len();
    Finding::new(
        Code::SpfLookupCount,
        Status::Info,
        domain,
        format!("{total} of 10 DNS lookups used."),
    )
    .evidence("lookups", total)
    .evidence("per_term", per_term(accounting))
}

pub fn too_many_void_lookups(domain: &str, voids: &[CountedLookup]) -> Finding {
    Finding::new(
        Code::SpfTooManyVoidLookups,
        Status::Fail,
        domain,
        format!(
            "{} terms look up names with no record; the limit is 2 (RFC 7208 §4.6.4), so receivers return permerror.",
            voids.len()
        ),
    )
    .evidence("void_terms", voids.iter().map(|v| format!("{}: {}", v.domain, v.term)).collect::<Vec<_>>())
    .help("Remove or correct the terms listed.")
}

pub fn void_lookup(void: &CountedLookup) -> Finding {
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
    .help("Remove the term, or correct the name.")
}

/// `via`: the terms followed to the target, the last one pointing at it.
pub fn target_no_record(domain: &str, via: &[String], answer: &Answer) -> Finding {
    Finding::new(
        Code::SpfTargetNoRecord,
        Status::Fail,
        domain,
        format!(
            "`{}` points at {domain}, which has no SPF record ({}): receivers return permerror.",
            via.last().map(String::as_str).unwrap_or_default(),
            answer.describe()
        ),
    )
    .evidence("via", via.to_vec())
    .help("Correct the target name, or remove the term.")
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
            format!(
                "{domain} publishes {} SPF records: the include yields permerror.",
                records.len()
            ),
        )
        .evidence("via", via.to_vec())
        .evidence(
            "records",
            records.iter().map(|r| r.text.clone()).collect::<Vec<_>>(),
        )
        .help("Ask the owner of that domain to merge its records, or stop including it."),
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
        format!(
            "`{term}` loops back to {}: receivers return permerror.",
            path.last().map(String::as_str).unwrap_or_default()
        ),
    )
    .evidence("loop", path.join(" -> "))
    .help("Remove the include or redirect that points back up the chain.")
}

pub fn not_followed(domain: &str, term: &str) -> Finding {
    Finding::new(
        Code::SpfNotFollowed,
        Status::Info,
        domain,
        format!("`{term}` was not followed: the tree is already past what 10 lookups can reach."),
    )
    .evidence("term", term)
}

pub fn macro_not_expanded(domain: &str, term: &str) -> Finding {
    Finding::new(
        Code::SpfMacroNotExpanded,
        Status::Info,
        domain,
        format!(
            "`{term}` uses a macro: it depends on each message, so it is counted but not followed."
        ),
    )
    .evidence("term", term)
}

/// `count`: the MX hosts the term's name has.
pub fn mx_too_many_hosts(domain: &str, term: &str, count: usize) -> Finding {
    Finding::new(
        Code::SpfMxTooManyHosts,
        Status::Fail,
        domain,
        format!("`{term}` names {count} MX hosts; the limit is 10, so receivers return permerror."),
    )
    .evidence("term", term)
    .help("Replace the mx term with ip4:/ip6: ranges of the hosts that send.")
}

pub fn mx_host_no_address(domain: &str, term: &str, host: &str) -> Finding {
    Finding::new(
        Code::SpfMxHostNoAddress,
        Status::Warn,
        domain,
        format!("MX host {host} of `{term}` has no A or AAAA record."),
    )
    .evidence("term", term)
    .evidence("host", host)
    .help("Correct the MX record, or remove the mx term.")
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
                _ => "several SPF records".to_string(),
            };
            Finding::new(
                Code::SpfZendeskUnavailable,
                Status::Error,
                domain,
                format!("Could not read {SPF_INCLUDE}'s SPF record ({why}), so whether Zendesk's mail passes is unknown."),
            )
            .help("Retry with a working --resolver, or load a zone for mail.zendesk.com when offline.")
        }
        Unavailable::NoRanges { record } => Finding::new(
            Code::SpfZendeskUnavailable,
            Status::Error,
            domain,
            format!("{SPF_INCLUDE}'s SPF record lists no ip4/ip6 range to test."),
        )
        .evidence("zendesk_record", record),
        Unavailable::TempError { record, results } => Finding::new(
            Code::SpfZendeskUnavailable,
            Status::Error,
            domain,
            "Could not evaluate SPF for Zendesk's ranges: DNS failed during evaluation (temperror).".to_string(),
        )
        .evidence("ranges", range_table(results))
        .help("Retry with a working --resolver.")
        .evidence("zendesk_record", record),
    }
}

/// `record`: mail.zendesk.com's SPF record.
pub fn zendesk_passes(domain: &str, record: &str, results: &[RangeResult]) -> Finding {
    Finding::new(
        Code::SpfZendeskPasses,
        Status::Pass,
        domain,
        format!(
            "Mail from each of Zendesk's {} sending ranges passes SPF for {domain}.",
            results.len()
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
        format!(
            "Mail from {} of Zendesk's {} sending ranges does not pass SPF for {domain} (result: {}).",
            failing.len(),
            results.len(),
            failing[0].result
        ),
    )
    .evidence("ranges", range_table(results))
    .help(format!("Add include:{SPF_INCLUDE} to the record of {domain}, before `all`."))
    .evidence("zendesk_record", record)
}

/// Whether Zendesk's mail would pass, for a domain that is not held to Zendesk's include
/// (`--require-include` names others only): shown, but for information.
pub fn not_required(finding: &mut Finding) {
    finding.status = Status::Info;
    finding.evidence.insert("required", Value::Bool(false));
    finding.help = Some(format!(
        "Only if this domain should send through Zendesk: add include:{SPF_INCLUDE} (it is not among the --require-include names, so this does not fail the run)."
    ));
}

/// `client`: the identity evaluated; `status`: how its result counts.
pub fn ip_result(domain: &str, client: Client, evaluation: &Evaluation, status: Status) -> Finding {
    let Client { ip, sender, helo } = client;
    let mut message = format!(
        "check_host({ip}, {domain}, <{sender}>) = {}",
        evaluation.result
    );
    if let Some(decision) = &evaluation.decided_by {
        message.push_str(&format!(
            ", decided by `{}` in {}",
            decision.term, decision.domain
        ));
    } else if let Some(reason) = &evaluation.reason {
        message.push_str(&format!(": {reason}"));
    }
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
        finding = finding.help(format!(
            "If {ip} should send for {domain}, authorise it before `all` (an ip4:/ip6: range or its provider's include)."
        ));
    }
    finding
}
