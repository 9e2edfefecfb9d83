//! The SPF check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

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
