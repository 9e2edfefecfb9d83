# dmarc: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

dmarc-record-found = DMARC record found
    .meaning = Exactly one DMARC record applies to the domain. The evidence shows it, and where it was found: at `_dmarc.<domain>` itself, or at a parent domain reached by the RFC 9989 DNS tree walk when the domain has none of its own (then the parent's `sp` policy applies).
    .fix = {""}

dmarc-record-missing = No DMARC record
    .meaning = Neither `_dmarc.<domain>` nor any parent reached by the RFC 9989 tree walk holds a `v=DMARC1` record. Receivers apply no DMARC policy, spoofed mail is not blocked, and Google and Yahoo require DMARC from bulk senders.
    .fix = Publish a TXT record at `_dmarc.<domain>`: `v=DMARC1; p=none; rua=mailto:dmarc@<domain>`, read the reports, then move to `p=quarantine` or `p=reject`.

dmarc-domain-not-found = The domain does not exist
    .meaning = DNS answered NXDOMAIN for the domain and for its `_dmarc` name: there is no such domain to check.
    .fix = Check the spelling of the domain.

dmarc-multiple-records = Several DMARC records
    .meaning = More than one TXT record at `_dmarc.<domain>` starts with `v=DMARC1`. RFC 9989 §4.10 makes receivers discard all of them, so the domain has no DMARC policy of its own.
    .fix = Keep one record: merge the tags you need into it and delete the others.

dmarc-unrelated-txt = Unrelated TXT records at _dmarc
    .meaning = `_dmarc.<domain>` holds TXT records that are not DMARC records. Receivers should ignore them, but some do not expect them there; checkdmarc reports this as an error.
    .fix = Delete the TXT records at `_dmarc.<domain>` that do not start with `v=DMARC1`.

dmarc-spf-at-dmarc = An SPF record at _dmarc
    .meaning = `_dmarc.<domain>` answers with an SPF record (`v=spf1`). Usually a wildcard or a DNS host answers the `_dmarc` name with the domain's own records, so no real DMARC record is published there.
    .fix = Publish a real DMARC record at `_dmarc.<domain>` and remove the SPF text (or the wildcard) that answers there.

dmarc-record-at-apex = DMARC record at the domain instead of _dmarc
    .meaning = A `v=DMARC1` TXT record is published at the domain itself. Receivers only read `_dmarc.<domain>`: without a record there it is a failure (the policy is never seen); next to a good one it has no effect.
    .fix = Move the record to `_dmarc.<domain>` (or delete the copy at the domain when `_dmarc` already has one).

dmarc-leading-whitespace = DMARC record starts with whitespace
    .meaning = A TXT record at `_dmarc.<domain>` has whitespace before `v=DMARC1`. Receivers select records that start exactly with the version tag, so they discard it.
    .fix = Remove the leading whitespace from the record.

dmarc-syntax-error = DMARC syntax error
    .meaning = The record does not follow the RFC 9989 grammar (§4.8), or a tag has a value it does not allow (`p=block`, an `fo` option other than 0/1/d/s, a report address that is not a URI). Receivers may ignore the record or the tag: the policy you meant is not applied.
    .fix = Correct the tag at the column shown; the evidence quotes the record with the position marked.

dmarc-duplicate-tag = A DMARC tag appears twice
    .meaning = The same tag is written twice (`p=reject; p=none`). The record is invalid, and receivers that accept it pick one of the values: which policy applies is unpredictable.
    .fix = Keep one occurrence of the tag, with the value you mean.

dmarc-policy-enforced = DMARC policy enforced
    .meaning = The policy that applies to the domain is `quarantine` or `reject`: receivers block mail that fails DMARC, which protects the domain from spoofing, and also blocks your own senders that do not align.
    .fix = {""}

dmarc-policy-none = DMARC policy is none (unenforced)
    .meaning = The policy that applies to the domain is `none`: receivers only report, and deliver mail that fails DMARC. The domain is not protected against spoofing.
    .fix = Once the aggregate reports show all your senders (Zendesk included) aligned, move to `p=quarantine`, then `p=reject`.

dmarc-p-missing = No p tag
    .meaning = The record has no `p` tag. RFC 9989 treats it as `p=none`, but RFC 7489 made `p` required: older receivers ignore the whole record.
    .fix = Add `p=none` (or the policy you want) right after `v=DMARC1`.

dmarc-p-not-first = p is not the tag after v
    .meaning = RFC 9989 allows tags in any order, but RFC 7489 required `p` right after `v=DMARC1`, and some older receivers still expect it there.
    .fix = Move `p=...` directly after `v=DMARC1;`.

dmarc-subdomain-policy-none = Subdomain policy is none
    .meaning = The record sets `sp=none`: mail from subdomains that fails DMARC is delivered, so anyone can spoof `anything.<domain>` even when `p` is enforced.
    .fix = Remove `sp=none` (subdomains then follow `p`), or set `sp=quarantine` or `sp=reject`.

dmarc-testing = Testing mode (t=y)
    .meaning = The record has `t=y`: RFC 9989 receivers apply the next lower policy (`reject` as `quarantine`, `quarantine` as `none`). It replaces `pct=0` for a gradual rollout.
    .fix = Remove `t=y` once the reports show your senders aligned.

dmarc-pct-removed = pct tag (removed in RFC 9989)
    .meaning = RFC 9989 removed `pct`: its receivers ignore it, while RFC 7489 receivers apply the policy to that percentage of failing mail only. The same record is read two ways.
    .fix = Remove `pct`; use `t=y` for a test phase instead of a percentage.

dmarc-removed-tag = rf or ri tag (removed in RFC 9989)
    .meaning = RFC 9989 removed `rf` (failure report format) and `ri` (aggregate report interval): receivers ignore them; most sent daily aggregate reports anyway.
    .fix = Remove the tag; it has no effect.

dmarc-unknown-tag = Unknown DMARC tag
    .meaning = The record has a tag RFC 9989 does not define. Receivers ignore it (§4.8), so it does nothing; often it is a typo of a real tag.
    .fix = Remove the tag, or correct its name.

dmarc-invalid-value = A value receivers replace with the default
    .meaning = A tag's value is invalid but recoverable (`adkim=x`, `fo=0:1`, `pct=150`): RFC 9989 §4.8 makes receivers discard it and use the default, which may not be what you meant.
    .fix = Correct the value, or remove the tag to use the default on purpose.

dmarc-no-rua = No aggregate report address
    .meaning = The record has no `rua` tag, so no receiver sends aggregate reports: you cannot see who sends as the domain, nor whether Zendesk's mail aligns, before tightening the policy.
    .fix = Add `rua=mailto:dmarc-reports@<domain>` (or your DMARC report service's address).

dmarc-too-many-uris = More than two report addresses
    .meaning = `rua` or `ruf` lists more than two URIs. Receivers may limit how many destinations they send to, so reports to the later ones can be lost.
    .fix = Keep at most two addresses per tag.

dmarc-uri-not-mailto = A report URI that is not mailto:
    .meaning = RFC 9989 allows any URI, but receivers are only required to support `mailto:`: most ignore other schemes, so those reports never arrive.
    .fix = Use a `mailto:` address.

dmarc-uri-size = Obsolete !size suffix
    .meaning = A report URI ends in `!size` (`!10m`). RFC 9989 made it obsolete and reporters ignore it; older reporters may still honour it and send truncated reports or none.
    .fix = Remove the `!size` suffix.

dmarc-report-domain-no-mx = A report address's domain has no MX
    .meaning = The domain of a `mailto:` report address has no MX record (or a null MX): reports sent there bounce.
    .fix = Publish MX records for that domain, or use a report address at a domain that receives mail.

dmarc-report-destination-verified = External report destination authorised
    .meaning = A report address is outside the domain's organisation, and the destination publishes `<domain>._report._dmarc.<destination>` (or the wildcard) with `v=DMARC1`: receivers send it the reports (RFC 9990 §4).
    .fix = {""}

dmarc-report-destination-unverified = External report destination not authorised
    .meaning = A report address is outside the domain's organisation, and its domain does not publish `<domain>._report._dmarc.<destination>` TXT `v=DMARC1` (nor the `*._report._dmarc` wildcard). Receivers must check this (RFC 9990 §4) and send no reports there.
    .fix = Ask the report destination (your DMARC service) to publish the authorisation record for your domain, or use an address at your own domain.

dmarc-psd-record-applies = A public suffix's record applies
    .meaning = The domain and its organisational domain publish no DMARC record; the tree walk reached a public suffix operator's record (`psd=y`), so that operator's policy applies to your mail.
    .fix = Publish your own record at `_dmarc.<organisational domain>`.

dmarc-dns-error = Could not check: DNS failed
    .meaning = A DNS question needed for the DMARC check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record. Receivers facing the same failure may defer the mail.
    .fix = Check that the domain's name servers answer (`dig TXT _dmarc.<domain> @<server>`), or retry with `--resolver` pointing at another resolver.

dmarc-zendesk-aligned = Zendesk's mail passes DMARC through SPF and DKIM
    .meaning = The policy is enforced and both of DMARC's paths are in place for Zendesk: the SPF record authorises mail.zendesk.com, and the `zendesk1/2._domainkey` CNAMEs are published. Agents' replies pass DMARC even when forwarded, provided custom DKIM is enabled in the admin centre.
    .fix = {""}

dmarc-zendesk-one-path = Zendesk's mail passes DMARC through one path only
    .meaning = The policy is enforced and only one of DMARC's paths is in place for Zendesk. SPF alone breaks when a recipient forwards the mail; DKIM alone breaks if the admin-centre setting "Custom domain for DKIM" is off, which zdiag cannot see without API access.
    .fix = Add the missing path: `include:mail.zendesk.com` in the SPF record, or the two CNAMEs `zendesk1._domainkey` and `zendesk2._domainkey` plus custom DKIM in the admin centre.

dmarc-zendesk-unaligned = Zendesk's mail fails DMARC
    .meaning = The policy is `quarantine` or `reject`, but neither path is in place: the SPF record does not authorise mail.zendesk.com, and Zendesk's DKIM CNAMEs are missing. Recipients quarantine or reject agents' replies sent from your support addresses.
    .fix = Add `include:mail.zendesk.com` to the SPF record, publish the CNAMEs `zendesk1._domainkey` and `zendesk2._domainkey` and enable custom DKIM in the admin centre.

dmarc-zendesk-unenforced = Zendesk alignment under an unenforced policy
    .meaning = The policy is `none`, so nothing Zendesk sends is blocked by DMARC. The message says what would happen to agents' replies once the policy is `quarantine` or `reject`.
    .fix = Before enforcing, put both paths in place: `include:mail.zendesk.com` in SPF, and Zendesk's two DKIM CNAMEs with custom DKIM enabled.

dmarc-zendesk-unknown = Could not check Zendesk's alignment
    .meaning = The policy is enforced, but whether Zendesk's SPF or DKIM path is in place could not be determined (a DNS failure, or the check could not run), so zdiag cannot say whether recipients accept agents' replies.
    .fix = Retry with a working `--resolver`; run `zdiag spf` and `zdiag dkim` for the details.

# The findings' messages (`.fix`: the finding's help), in the order of diags.rs.

dmarc-nxdomain = { $domain } does not exist (NXDOMAIN).
dmarc-none-walked = No DMARC record applies to { $domain }: none at _dmarc.{ $domain } or its parent domains.
dmarc-none-at-name = No DMARC record at _dmarc.{ $domain }.
    .fix = Publish a TXT record at _dmarc.{ $domain }: v=DMARC1; p=none; rua=mailto:dmarc@{ $domain }
dmarc-psd-applies = No record at { $org }, the organisational domain: the public suffix record of { $location } (psd=y) applies.
    .fix = Publish your own record at _dmarc.{ $org }.
dmarc-whitespace = A record at _dmarc.{ $domain } starts with whitespace before v=DMARC1, so receivers discard it.
    .fix = Remove the leading whitespace.
dmarc-spf-answers = { $name } answers with an SPF record where the DMARC record should be.
    .fix = Publish the DMARC record at { $name } and remove the SPF text (or wildcard) answering there.
dmarc-unrelated = { $name } holds { $count } TXT record(s) that are not DMARC records.
    .fix = Delete the TXT records at { $name } that do not start with v=DMARC1.
dmarc-several = _dmarc.{ $domain } has { $count } DMARC records; receivers discard them all (RFC 9989 §4.10).
    .fix = Keep one record and delete the others.
dmarc-apex-useless = A DMARC record at { $domain } itself has no effect; receivers read _dmarc.{ $domain }.
    .fix = Delete the v=DMARC1 record at { $domain }.
dmarc-apex-only = The DMARC record is at { $domain }; it must be at _dmarc.{ $domain }, so receivers never see it.
    .fix = Move the record to _dmarc.{ $domain }.
dmarc-own-record = The DMARC record at _dmarc.{ $domain } applies.
dmarc-parent-record = No record at _dmarc.{ $domain }: the record of { $location } applies (found by the RFC 9989 tree walk; its subdomain policy governs { $domain }).
dmarc-syntax = Syntax error in the DMARC record of { $subject }: { $error }
dmarc-keep-one-tag = Keep one `{ $tag }` tag, with the value you mean.
dmarc-correct-record = Correct the record at column { $column }.
dmarc-correct-tag = Correct the `{ $tag }` tag at column { $column }.
dmarc-no-p = The record has no p tag: RFC 9989 receivers read it as p=none; RFC 7489 receivers ignore the record.
    .fix = Add p=none (or the policy you want) right after v=DMARC1.
dmarc-p-late = p is not the tag right after v=DMARC1; some older receivers expect it there.
    .fix = Move p=... directly after v=DMARC1;.
dmarc-source-parent = { $tag }={ $policy } (from { $location })
dmarc-enforced = Policy { $policy } for { $domain } ({ $source }): receivers { $action } mail that fails DMARC.
dmarc-unenforced = DMARC is unenforced for { $domain } ({ $source }): receivers deliver mail that fails DMARC.
    .fix = Once reports show your senders (Zendesk included) aligned, move to p=quarantine, then p=reject.
dmarc-unenforced-lowered = DMARC is unenforced for { $domain } ({ $source }, lowered by t=y): receivers deliver mail that fails DMARC.
dmarc-sp-none = sp=none: mail from subdomains of { $location } that fails DMARC is delivered.
    .fix = Remove sp=none, or set sp=quarantine or sp=reject.
dmarc-testing-lowers = t=y (testing): receivers apply { $applied } instead of { $written }.
    .fix = Remove t=y once the reports show your senders aligned.
dmarc-testing-idle = t=y (testing): the policy is none already, so it changes nothing now; remove it when you enforce.
dmarc-pct-partial = { $written }: RFC 9989 receivers ignore it (full policy), RFC 7489 receivers apply the policy to { $percent }% of failing mail.
    .fix = Remove pct; use t=y for a test phase.
dmarc-pct-ignored = { $written }: RFC 9989 removed pct; its receivers ignore it.
dmarc-tag-removed = { $written }: RFC 9989 removed `{ $tag }`; receivers ignore it.
    .fix = Remove the `{ $tag }` tag.
dmarc-tag-unknown = Unknown tag `{ $tag }`: receivers ignore it.
dmarc-value-invalid = Correct the `{ $tag }` value, or remove the tag.
dmarc-rua-missing = No rua tag: no receiver sends aggregate reports, so you cannot see who sends as the domain.
    .fix = Add rua=mailto:dmarc-reports@{ $location } (or your report service's address).
dmarc-uris = { $tag } lists { $count } URIs; receivers may not send to more than two.
    .fix = Keep at most two { $tag } addresses.
dmarc-not-mailto = { $tag } URI { $uri } uses { $scheme }: receivers are only required to support mailto:, so most ignore it.
    .fix = Use a mailto: address.
dmarc-size = { $tag } URI { $uri } has the obsolete size limit !{ $size }; RFC 9989 reporters ignore it.
    .fix = Remove !{ $size } from the address.
dmarc-report-no-mx = Report domain { $dest } has no MX record ({ $why }): reports sent there bounce.
    .fix = Publish MX records for { $dest }, or use a report address at a domain that receives mail.
dmarc-report-null-mx = Report domain { $dest } has no MX record (a null MX (accepts no mail)): reports sent there bounce.
dmarc-destination-ok = External report destination { $dest } accepts reports for { $location } ({ $at }).
dmarc-destination-unauthorised = { $dest } does not say it accepts DMARC reports for { $location }: receivers send it none.
    .fix = Ask { $dest } to publish { $specific } TXT "v=DMARC1", or use a report address at { $location }.
dmarc-strict-spf = aspf=s: SPF aligns only when the envelope domain is exactly the From domain. Zendesk sends with the support address's domain, so addresses @{ $domain } align; a From address at a subdomain of { $domain } would not.
dmarc-strict-dkim = adkim=s: DKIM aligns only when d= is exactly the From domain. Zendesk signs with d={ $domain } itself, so strict DKIM alignment holds.
dmarc-forecast-unknown = whether it would pass at enforcement is unknown ({ $details })
dmarc-forecast-both = at quarantine or reject it would pass through SPF and DKIM
dmarc-forecast-spf = at quarantine or reject it would pass through SPF only ({ $dkim }): forwarded mail would fail
dmarc-forecast-dkim = at quarantine or reject it would pass through DKIM only ({ $spf }), if custom DKIM is enabled
dmarc-forecast-neither = at quarantine or reject recipients would block agents' replies: { $spf }; { $dkim }
dmarc-zendesk-not-blocked = Policy none: Zendesk's mail for { $domain } is not blocked by DMARC; { $forecast }.
    .fix = Before enforcing, add include:mail.zendesk.com to SPF and Zendesk's two DKIM CNAMEs, and enable custom DKIM.
dmarc-path-spf-unknown = the SPF path ({ $detail })
dmarc-path-dkim-unknown = the DKIM path ({ $detail })
dmarc-paths-unknown = the SPF path ({ $spf }) and the DKIM path ({ $dkim })
dmarc-zendesk-undetermined = Could not check whether Zendesk's mail passes DMARC ({ $policy }) for { $domain }: { $which } could not be determined.
    .fix = Retry with a working --resolver; run zdiag spf and zdiag dkim for details.
dmarc-zendesk-both-paths = Zendesk's mail for { $domain } passes DMARC ({ $policy }) through SPF and DKIM. DKIM also needs "Custom domain for DKIM" enabled in the admin centre, which zdiag cannot see without API access.
dmarc-zendesk-spf-only = Zendesk's mail for { $domain } passes DMARC ({ $policy }) through SPF only ({ $dkim }): when a recipient forwards it, SPF fails and the mail is { $action ->
        [quarantine] quarantined
       *[other] rejected
    }.
    .fix = Publish zendesk1._domainkey.{ $domain } and zendesk2._domainkey.{ $domain } as CNAMEs to Zendesk's keys, then enable custom DKIM in the admin centre.
dmarc-zendesk-dkim-only = Zendesk's mail for { $domain } passes DMARC ({ $policy }) through DKIM only ({ $spf }): if "Custom domain for DKIM" is off in the admin centre (zdiag cannot see it without API access), agents' replies are { $action ->
        [quarantine] quarantined
       *[other] rejected
    }.
    .fix = Add include:mail.zendesk.com to the SPF record of { $domain }, and check that custom DKIM is enabled.
dmarc-zendesk-fails = Zendesk's mail for { $domain } fails DMARC: with p={ $policy }, recipients will { $action } agents' replies ({ $spf }; { $dkim }).
    .fix = Add include:mail.zendesk.com to the SPF record of { $domain }, and publish Zendesk's two DKIM CNAMEs with custom DKIM enabled.

# The record parser's errors (src/dmarc), quoted in the syntax findings.

dmarc-parse-at = { $message } at column { $column } (tag `{ $tag }`)
dmarc-parse-empty = the record is empty; it must start with v=DMARC1
dmarc-parse-leading-whitespace = the record starts with whitespace; it must start with v=DMARC1
dmarc-parse-not-version = a DMARC record must start with v=DMARC1
dmarc-parse-version-equals = expected `=` after `v`
dmarc-parse-version-case = the version is case-sensitive: it must be exactly DMARC1
dmarc-parse-version = the version must be DMARC1
dmarc-parse-version-semicolon = expected `;` after v=DMARC1
dmarc-parse-semicolon = expected `;` after the `{ $tag }` tag
dmarc-parse-empty-tag = empty tag: two `;` in a row
dmarc-parse-tag-name = expected a tag name (letters only)
dmarc-parse-equals = expected `=` after the tag name `{ $tag }`
dmarc-parse-empty-value = the `{ $tag }` tag has an empty value
dmarc-parse-character = invalid character { $character } in the `{ $tag }` value (printable ASCII only)
dmarc-parse-duplicate = the `{ $tag }` tag appears more than once
dmarc-parse-policy-value = `{ $tag }={ $value }`: the value must be none, quarantine or reject
dmarc-parse-psd-value = `{ $tag }={ $value }`: the value must be y, n or u
dmarc-parse-t-value = `{ $tag }={ $value }`: the value must be y or n
dmarc-parse-alignment = `{ $tag }={ $value }` is not r or s; receivers use the default, r (relaxed)
dmarc-parse-pct = `pct={ $value }` is not a whole number from 0 to 100; RFC 7489 receivers use 100
dmarc-parse-ri = `ri={ $value }` is not a number of seconds; RFC 7489 receivers use 86400
dmarc-parse-fo-option = `{ $option }` is not an fo option (0, 1, d or s)
dmarc-parse-fo-conflict = `fo={ $value }` is invalid (0 and 1 exclude each other); receivers use the default, fo=0
dmarc-parse-fo-repeated = `fo={ $value }` is invalid (an option appears twice); receivers use the default, fo=0
dmarc-parse-uri-empty = empty URI in the `{ $tag }` list
dmarc-parse-not-uri = `{ $uri }` is not a URI: write mailto:address@domain
dmarc-parse-scheme = `{ $uri }` has no valid URI scheme: write mailto:address@domain
dmarc-parse-uri-empty-scheme = `{ $uri }` is an empty { $scheme } URI
dmarc-parse-uri-character = `{ $uri }` contains a character URIs do not allow
dmarc-parse-size = `!{ $size }` is not a size limit (digits and an optional k, m, g or t)
dmarc-parse-no-at = `{ $uri }`: a mailto URI needs an address with `@`
dmarc-parse-empty-local = `{ $uri }`: the address has an empty local part
dmarc-parse-domain = `{ $domain }` is not a valid mail domain
