//! The DMARC check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

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
