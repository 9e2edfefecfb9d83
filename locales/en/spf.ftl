# spf: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

spf-record-found = SPF record found
    .meaning = The domain publishes exactly one SPF record (a TXT record starting with `v=spf1`). The evidence shows it as published, with the character-strings it was split into.
    .fix = {""}

spf-record-missing = No SPF record
    .meaning = No TXT record at the domain starts with `v=spf1 ` (RFC 7208 §4.5). Receivers get SPF result `none`, and Zendesk cannot send as this domain: it falls back to sending "via zendesk.com", and DMARC cannot pass through SPF.
    .fix = Publish one TXT record at the domain: `v=spf1 include:mail.zendesk.com -all` (add the includes of your other senders before `-all`).

spf-domain-not-found = The domain does not exist
    .meaning = DNS answered NXDOMAIN for the domain itself: there is no such name, so there can be no SPF record.
    .fix = Check the spelling of the domain, or register/delegate it before adding records.

spf-multiple-records = Several SPF records
    .meaning = More than one TXT record at the domain starts with `v=spf1`. RFC 7208 §4.5 makes that a permanent error: receivers treat the domain as having a broken SPF policy, and Zendesk's validation fails.
    .fix = Merge them into one record: one `v=spf1`, every `include:` of every sender, one `all` at the end.

spf-type99-record = SPF record of type 99 published
    .meaning = The domain publishes a DNS record of the old SPF type (99). RFC 7208 §3.1 removed it: receivers and Zendesk read only TXT records.
    .fix = Publish the same text as a TXT record and delete the type-99 record.

spf-leading-whitespace = SPF record starts with whitespace
    .meaning = A TXT record looks like SPF but starts with spaces. RFC 7208 §4.5 selects only records that begin exactly with `v=spf1`, so receivers ignore it.
    .fix = Remove the leading whitespace from the TXT record.

spf-lookalike-record = A TXT record that looks like SPF but is not
    .meaning = A TXT record starts like SPF (`v=spf10`, `v=spf1x`, `spf2.0/...` Sender ID) but is not a `v=spf1` record, so receivers ignore it.
    .fix = Correct the version tag to exactly `v=spf1` followed by a space, or delete the record if it is a leftover Sender ID record.

spf-cname-at-name = The domain is a CNAME
    .meaning = The SPF record was reached through a CNAME at the domain. It works for SPF, but a CNAME cannot coexist with other records at the same name (RFC 1034 §3.6.2, RFC 2181 §10.1): MX, DMARC-related and verification records there conflict with it, and an apex cannot be a CNAME at all.
    .fix = Replace the CNAME with the records themselves (copy the target's TXT record to the domain).

spf-dns-error = Could not check: DNS failed
    .meaning = A DNS question needed for the SPF check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded about the record: this is not a missing record. Receivers facing the same failure return `temperror` and may defer the mail.
    .fix = Check that the domain's name servers answer (`dig TXT <domain> @<server>`), or retry with `--resolver` pointing at another resolver.

spf-syntax-error = SPF syntax error
    .meaning = The record does not follow RFC 7208's grammar (§12). Receivers return `permerror` for the whole record, so no sender passes, Zendesk included.
    .fix = Correct the term shown at the column shown; the evidence quotes the record with the position marked.

spf-string-too-long = A TXT string over 255 bytes
    .meaning = One character-string of the TXT record is longer than 255 bytes, the DNS limit (RFC 1035 §3.3); many DNS servers and editors truncate or reject it.
    .fix = Split the record into several quoted strings of at most 255 bytes each; receivers join them without spaces (RFC 7208 §3.3).

spf-record-too-long = SPF record over 450 bytes
    .meaning = The joined record is longer than 450 bytes. With the other records at the name, the DNS answer may exceed 512 bytes (RFC 7208 §3.4 advises staying under it).
    .fix = Shorten the record: remove senders you no longer use, or move groups of them behind one `include:` of your own.

spf-record-over-512 = SPF record over 512 bytes
    .meaning = The record alone is longer than 512 bytes, the classic UDP DNS limit: resolvers without EDNS must retry over TCP, and some receivers fail the lookup (temperror).
    .fix = Shorten the record below 450 bytes: remove unused senders or group them behind an include of your own.

spf-include-present = The required include is in the record
    .meaning = The record includes the required name at its first level (for Zendesk: `include:mail.zendesk.com`), before any `all`: mail from those servers passes SPF, and Zendesk's admin centre shows SPF as verified.
    .fix = {""}

spf-include-nested = The required include is only reached through another include
    .meaning = The required include is not in the domain's own record but inside a record the domain includes. Mail passes SPF, but Zendesk's admin centre validates the first level only and shows SPF as failed for the support address.
    .fix = Add `include:mail.zendesk.com` directly to the domain's own record (before `all`).

spf-include-missing = The required include is missing
    .meaning = The SPF tree never includes the required name (for Zendesk: `mail.zendesk.com`). For Zendesk, it then sends your support addresses' mail "via zendesk.com", and recipients with strict DMARC quarantine or reject agents' replies.
    .fix = Add `include:mail.zendesk.com` to the domain's SPF record, before `all`.

spf-include-after-all = The required include comes after `all`
    .meaning = The include stands after the `all` mechanism. Evaluation stops at `all` (RFC 7208 §5.1), so the include is never read: mail from those servers gets the `all` result.
    .fix = Move the include before `all` (`all` must be the last mechanism).

spf-include-outdated = Outdated Zendesk include
    .meaning = The record includes `smtp.zendesk.com` or `support.zendesk.com`, which Zendesk no longer uses for SPF; Zendesk flags it with a warning.
    .fix = Replace it with `include:mail.zendesk.com`.

spf-flattened = Record flattened to IP ranges
    .meaning = Zendesk's addresses are authorised by literal `ip4:`/`ip6:` ranges instead of `include:mail.zendesk.com`. It works today, but Zendesk changes its sending ranges without notice and does not support IP-only records: mail will fail SPF when it does.
    .fix = Replace Zendesk's ranges with `include:mail.zendesk.com`, and exclude mail.zendesk.com from SPF flattening tools.

spf-lookup-count = DNS lookups used
    .meaning = How many of the 10 DNS-querying terms RFC 7208 §4.6.4 allows the record uses (include, a, mx, ptr, exists, redirect; counted through includes and redirects, in evaluation order). The evidence lists the count per term.
    .fix = {""}

spf-too-many-lookups = More than 10 DNS lookups
    .meaning = Evaluating the record needs more than 10 DNS-querying terms. RFC 7208 §4.6.4 makes the 11th a permanent error: receivers stop and return `permerror`, so senders listed after that point (often Zendesk) fail SPF. The evidence shows the path to the term that crosses the limit.
    .fix = Remove includes of senders you no longer use, replace `a`/`mx`/`ptr` terms with `ip4:`/`ip6:` ranges for your own servers, or put the most important includes first.

spf-void-lookup = A term looks up a name that does not exist
    .meaning = A term's DNS lookup returned NXDOMAIN or no record (a "void lookup", RFC 7208 §4.6.4). It authorises nothing and counts towards the limit of two.
    .fix = Remove the term, or correct the name it points at.

spf-too-many-void-lookups = More than 2 void lookups
    .meaning = More than two terms look up names that do not exist or have no record. RFC 7208 §4.6.4 makes the third a permanent error: receivers return `permerror`.
    .fix = Remove or correct the terms listed in the evidence.

spf-loop = Include or redirect loop
    .meaning = Following `include:` or `redirect=` comes back to a record already being evaluated. Receivers stop at the lookup limit and return `permerror`.
    .fix = Break the loop: remove the include or redirect that points back up the chain shown in the evidence.

spf-target-no-record = An include or redirect target has no SPF record
    .meaning = An `include:` or `redirect=` points at a name with no SPF record (or no such name). RFC 7208 §5.2 and §6.1 make that a permanent error for the whole record.
    .fix = Correct the target name, or remove the term if that sender is no longer used.

spf-target-invalid = An include or redirect target has a broken SPF record
    .meaning = The record behind an `include:` or `redirect=` has a syntax error or several SPF records: the error propagates (RFC 7208 §5.2), so the whole record yields `permerror`.
    .fix = Ask the owner of the included domain to fix its record, or stop including it.

spf-redirect-ignored = redirect= is ignored
    .meaning = The record has both an `all` mechanism and a `redirect=` modifier. `all` always matches, so the redirect is never used (RFC 7208 §6.1).
    .fix = Remove either the `all` mechanism or the `redirect=` modifier, whichever you did not mean.

spf-terms-after-all = Terms after `all`
    .meaning = Mechanisms after `all` are never evaluated (RFC 7208 §5.1): whatever they authorise fails.
    .fix = Move the terms before `all`.

spf-multiple-all = Several `all` mechanisms
    .meaning = The record has more than one `all`; only the first is ever reached.
    .fix = Keep one `all`, at the end.

spf-ptr-deprecated = `ptr` should not be used
    .meaning = RFC 7208 §5.5 says the `ptr` mechanism SHOULD NOT be published: it is slow, unreliable, and large receivers skip it, so the senders it covers may fail.
    .fix = Replace `ptr` with `ip4:`/`ip6:` ranges or `a:` terms for the hosts it was meant to cover.

spf-all-pass = `+all` authorises everyone
    .meaning = The record ends in `+all` (or `all`): every server on the internet passes SPF for the domain, which makes SPF useless against spoofing and hurts reputation.
    .fix = End the record with `-all` (or `~all` while you verify your senders).

spf-all-neutral = `?all` asserts nothing
    .meaning = The record ends in `?all`: servers that are not listed get `neutral`, which receivers treat like no SPF. It does not protect the domain.
    .fix = End the record with `-all` (or `~all`).

spf-all-missing = No `all` and no `redirect`
    .meaning = The record has no `all` mechanism and no `redirect=`: unlisted servers get `neutral` (RFC 7208 §4.7), as with `?all`.
    .fix = End the record with `-all` (or `~all`).

spf-unknown-modifier = Unknown modifier
    .meaning = The record has a `name=value` modifier that RFC 7208 does not define. Receivers ignore it (§6), so it does nothing; often it is a typo of `redirect=` or `exp=`.
    .fix = Remove it, or correct its name.

spf-mx-too-many-hosts = An `mx` term with more than 10 MX hosts
    .meaning = RFC 7208 §4.6.4 limits an `mx` term to 10 MX hosts; more is a permanent error.
    .fix = Replace the `mx` term with `ip4:`/`ip6:` ranges of the hosts that actually send.

spf-mx-host-no-address = An MX host without an address
    .meaning = An `mx` term's MX host has no A or AAAA record, so it authorises nothing.
    .fix = Correct the MX record, or remove the `mx` term.

spf-macro-not-expanded = A term with a macro
    .meaning = The term's target contains a `%{"{"}...{"}"}` macro: it depends on each message's sender and client address, so it cannot be followed without them. It counts one lookup. Use `--ip` with `--sender` to evaluate it for a given message.
    .fix = {""}

spf-not-followed = Part of the tree was not followed
    .meaning = The include tree is deeper or wider than any valid record can be (more than 10 lookups are reached first), so zdiag stopped expanding it there.
    .fix = Reduce the number of lookups (see spf-too-many-lookups).

spf-zendesk-passes = Zendesk's mail passes SPF
    .meaning = zdiag read mail.zendesk.com's SPF record live, took an address from each of its ranges, and ran the full SPF evaluation (RFC 7208 check_host) against the domain: every range gets `pass`.
    .fix = {""}

spf-zendesk-fails = Zendesk's mail does not pass SPF
    .meaning = For at least one of Zendesk's sending ranges (read live from mail.zendesk.com's SPF record), the SPF evaluation of the domain does not give `pass`. Mail that Zendesk sends from there as your address fails SPF; with a strict DMARC policy and no DKIM, recipients quarantine or reject it.
    .fix = Add `include:mail.zendesk.com` to the domain's record, before `all`, and fix any error the report shows for the record.

spf-zendesk-unavailable = Could not check: Zendesk's SPF record unavailable
    .meaning = zdiag could not read mail.zendesk.com's own SPF record (DNS failure, or not in the loaded zones with `--offline`), so it cannot say whether Zendesk's addresses pass.
    .fix = Retry with a working resolver, or add a zone for mail.zendesk.com when checking offline.

spf-ip-result = SPF result for the given client
    .meaning = The result of RFC 7208 check_host() for the address given with `--ip` (and `--sender`, `--helo`): the result, the term that decided it, and the explanation a receiver would give on `fail`. Status: pass for `pass`, fail for `fail`/`permerror`, warn for `softfail`/`neutral`/`none`, error for `temperror`.
    .fix = If the client should be allowed, add a term that authorises it (an `ip4:`/`ip6:` range or the include of its provider) before `all`.

# The findings' messages and fixes.

spf-msg-type99 = An SPF record of the obsolete type 99 is published; receivers and Zendesk read TXT only.
spf-help-type99 = Publish the record as TXT and delete the type-99 record.
spf-msg-record-found = One SPF record ({ $bytes } bytes in { $strings } { $strings ->
        [one] string
       *[other] strings
    }).
spf-msg-multiple-records = { $count } TXT records start with v=spf1; receivers return permerror for all of them.
spf-help-multiple-records = Merge them into one record with every include and a single `all` at the end.
spf-msg-domain-not-found = { $domain } does not exist (NXDOMAIN).
spf-help-domain-not-found = Check the spelling of the domain.
spf-msg-record-missing = { $domain } has no SPF record: no TXT record starts with `v=spf1`.
spf-help-record-missing = Publish a TXT record at { $domain }: v=spf1 include:{ $include } -all
spf-msg-leading-whitespace = A TXT record starts with whitespace before `v=spf1`, so receivers ignore it.
spf-help-leading-whitespace = Remove the leading whitespace.
spf-msg-lookalike-record = A TXT record looks like SPF but is not `v=spf1`, so receivers ignore it.
spf-help-lookalike-record = Correct the version to exactly `v=spf1 ` or delete the record.
spf-msg-cname-at-name = { $domain } is a CNAME; its SPF record is read from the alias target.
spf-help-cname-at-name = Publish the TXT record at the name itself instead of a CNAME.
spf-msg-string-too-long = TXT string { $number } is { $len } bytes, over the 255-byte DNS limit.
spf-help-string-too-long = Split the record into quoted strings of at most 255 bytes.
spf-msg-record-over-512 = The record is { $len } bytes, over the 512-byte UDP limit.
spf-help-record-over-512 = Shorten the record below 450 bytes.
spf-msg-record-too-long = The record is { $len } bytes, over the 450 bytes RFC 7208 §3.4 advises.
spf-help-record-too-long = Shorten the record: remove unused senders or group them behind one include.
spf-msg-syntax-error = Syntax error in the SPF record of { $domain }: { $error }
spf-help-syntax-error = Correct `{ $term }` at column { $column }.
spf-msg-terms-after-all = { $count } term(s) after `all` are never evaluated.
spf-help-terms-after-all = Move them before `all`.
spf-msg-multiple-all = The record has { $count } `all` mechanisms; only the first is reached.
spf-help-multiple-all = Keep one `all`, at the end.
spf-msg-redirect-ignored = `{ $term }` is ignored because the record has `all`.
spf-help-redirect-ignored = Remove either the `all` mechanism or the redirect.
spf-msg-unknown-modifier = Unknown modifier `{ $name }=`: receivers ignore it.
spf-help-unknown-modifier = Remove it, or correct its name.
spf-msg-ptr-deprecated = `{ $term }`: the ptr mechanism should not be used (RFC 7208 §5.5).
spf-help-ptr-deprecated = Replace it with ip4:/ip6: ranges or a: terms.
spf-help-end-with-fail = End the record with `-all` (or `~all`).
spf-msg-all-pass = The record ends in `+all`: every server on the internet passes SPF for this domain.
spf-msg-all-neutral = The record ends in `?all`: unlisted servers get neutral, which protects nothing.
spf-msg-all-missing = The record has no `all` and no `redirect=`: unlisted servers get neutral.
spf-msg-include-present = include:{ $include } is in the record of { $domain }, before `all`.
spf-msg-include-present-redirect = include:{ $include } is in the record that { $domain } redirects to.
spf-msg-include-nested = include:{ $include } is only reached through another include.
spf-msg-include-nested-zendesk = include:{ $include } is only reached through another include: mail passes, but Zendesk's admin centre checks the first level only and will show SPF as failed.
spf-help-include-nested = Add include:{ $include } directly to the record of { $domain }, before `all`.
spf-msg-include-after-all = include:{ $include } comes after `all`, so it is never evaluated.
spf-help-include-after-all = Move include:{ $include } before `all`.
spf-msg-flattened = Zendesk's ranges are listed as IP addresses instead of include:{ $include }; mail will fail when Zendesk changes them.
spf-help-flattened = Replace Zendesk's ip4:/ip6: ranges with include:{ $include }.
spf-msg-include-missing = include:{ $include } is not in the SPF tree of { $domain }.
spf-msg-include-missing-zendesk = include:{ $include } is not in the SPF tree of { $domain }. Zendesk will send as "via zendesk.com", and strict DMARC receivers may reject agents' replies.
spf-help-include-missing = Add include:{ $include } to the record of { $domain }, before `all`.
spf-msg-include-outdated = include:{ $include } is outdated; Zendesk flags it.
spf-help-include-outdated = Replace include:{ $include } with include:{ $zendesk }.
spf-msg-too-many-lookups = Evaluating the record needs { $total } DNS lookups; the limit is 10 (RFC 7208 §4.6.4). Receivers return permerror at `{ $term }`.
spf-help-too-many-lookups = Remove unused includes, or replace a/mx/ptr terms with ip4:/ip6: ranges.
spf-msg-lookup-count = { $total } of 10 DNS lookups used.
spf-msg-too-many-void-lookups = { $count } terms look up names with no record; the limit is 2 (RFC 7208 §4.6.4), so receivers return permerror.
spf-help-too-many-void-lookups = Remove or correct the terms listed.
spf-msg-void-lookup = `{ $term }` looks up a name with no record (a void lookup).
spf-help-void-lookup = Remove the term, or correct the name.
spf-msg-target-no-record = `{ $term }` points at { $domain }, which has no SPF record ({ $answer }): receivers return permerror.
spf-help-target-no-record = Correct the target name, or remove the term.
spf-msg-target-multiple = { $domain } publishes { $count } SPF records: the include yields permerror.
spf-help-target-multiple = Ask the owner of that domain to merge its records, or stop including it.
spf-msg-loop = `{ $term }` loops back to { $name }: receivers return permerror.
spf-help-loop = Remove the include or redirect that points back up the chain.
spf-msg-not-followed = `{ $term }` was not followed: the tree is already past what 10 lookups can reach.
spf-msg-macro-not-expanded = `{ $term }` uses a macro: it depends on each message, so it is counted but not followed.
spf-msg-mx-too-many-hosts = `{ $term }` names { $count } MX hosts; the limit is 10, so receivers return permerror.
spf-help-mx-too-many-hosts = Replace the mx term with ip4:/ip6: ranges of the hosts that send.
spf-msg-mx-host-no-address = MX host { $host } of `{ $term }` has no A or AAAA record.
spf-help-mx-host-no-address = Correct the MX record, or remove the mx term.
spf-several-records = several SPF records
spf-msg-zendesk-unreadable = Could not read { $zendesk }'s SPF record ({ $why }), so whether Zendesk's mail passes is unknown.
spf-help-zendesk-unreadable = Retry with a working --resolver, or load a zone for mail.zendesk.com when offline.
spf-msg-zendesk-no-ranges = { $zendesk }'s SPF record lists no ip4/ip6 range to test.
spf-msg-zendesk-temperror = Could not evaluate SPF for Zendesk's ranges: DNS failed during evaluation (temperror).
spf-help-zendesk-temperror = Retry with a working --resolver.
spf-msg-zendesk-passes = Mail from each of Zendesk's { $count } sending ranges passes SPF for { $domain }.
spf-msg-zendesk-fails = Mail from { $failing } of Zendesk's { $count } sending ranges does not pass SPF for { $domain } (result: { $result }).
spf-help-zendesk-fails = Add include:{ $zendesk } to the record of { $domain }, before `all`.
spf-help-zendesk-not-required = Only if this domain should send through Zendesk: add include:{ $zendesk } (it is not among the --require-include names, so this does not fail the run).
spf-msg-ip-result = check_host({ $ip }, { $domain }, <{ $sender }>) = { $result }
spf-msg-ip-result-decided = check_host({ $ip }, { $domain }, <{ $sender }>) = { $result }, decided by `{ $term }` in { $decided_in }
spf-msg-ip-result-reason = check_host({ $ip }, { $domain }, <{ $sender }>) = { $result }: { $reason }
spf-help-ip-result = If { $ip } should send for { $domain }, authorise it before `all` (an ip4:/ip6: range or its provider's include).

# Zendesk's SPF path, as the DMARC check words it.

spf-path-lookup-failed = the SPF lookup got { $answer }
spf-path-no-valid-record = the domain has no valid SPF record
spf-path-too-many-lookups = the SPF record needs more than 10 DNS lookups (permerror)
spf-path-includes = the SPF record includes { $include }
spf-path-nested-first-level = include:{ $include } is only reached through another include, and Zendesk's verification reads the first level
spf-path-nested = the SPF record reaches { $include } through a nested include
spf-path-after-all = include:{ $include } stands after `all`
spf-path-absent = the SPF record does not include { $include }

# Why a record does not parse (RFC 7208 grammar), and why an evaluation stopped.

spf-parse-error = { $message } at column { $column } (term `{ $term }`)
spf-parse-version = the record must start with "v=spf1" followed by a space or the end
spf-parse-modifier-twice = the { $name } modifier may appear only once
spf-parse-needs-domain = { $term } needs a domain
spf-parse-control-character = control character { $character } at offset { $offset } (SPF records are 7-bit ASCII)
spf-parse-non-ascii-character = non-ASCII character { $character } at offset { $offset } (SPF records are 7-bit ASCII)
spf-parse-modifier-qualifier = a modifier cannot have a qualifier
spf-parse-modifier-name-empty = modifier name is empty
spf-parse-modifier-name-invalid = invalid modifier name { $name }
spf-parse-all-argument = all takes no argument
spf-parse-needs-colon-domain = { $mechanism } needs ":domain"
spf-parse-unexpected = unexpected { $text } after { $mechanism }
spf-parse-ptr-prefix = ptr takes no prefix length
spf-parse-needs-address = { $mechanism } needs ":address"
spf-parse-invalid-ipv4 = invalid IPv4 address { $address }
spf-parse-invalid-ipv6 = invalid IPv6 address { $address }
spf-parse-is-modifier = { $name } is a modifier: write { $name }=domain
spf-parse-missing-mechanism = missing mechanism name
spf-parse-unknown-mechanism = unknown mechanism { $name }
spf-parse-unknown-mechanism-all = unknown mechanism { $name } (missing space before "all"?)
spf-parse-prefix-range = { $mechanism } prefix length must be 0-{ $max }
spf-parse-prefix-invalid = invalid { $mechanism } prefix length { $digits }
spf-parse-prefix-leading-zero = { $mechanism } prefix length { $digits } has a leading zero
spf-parse-dual-cidr = prefix lengths are written /ip4-length//ip6-length
spf-macro-invalid-character = invalid character { $character }
spf-macro-bad-percent = a '%' must be followed by '{"{"}', '%', '_' or '-' (write %% for a literal percent)
spf-macro-unterminated = unterminated macro
spf-macro-letter-exp-only = macro letter '{ $letter }' is only allowed in explanation text
spf-macro-unknown-letter = unknown macro letter { $letter }
spf-macro-zero-digits = macro digit transformer must be nonzero
spf-macro-expected-brace = malformed macro: expected '{"}"}'
spf-macro-empty-domain = empty domain
spf-macro-domain-end = domain { $spec } must end with a dot and a top-level label, or a macro
spf-macro-invalid-toplabel = invalid top-level label { $label } in domain { $spec }
spf-eval-invalid-domain = { $domain } is not a valid domain name, so it has no SPF policy (RFC 7208 §4.3)
spf-eval-redirect-no-record = { $term } in { $domain }: { $target } has no SPF record (RFC 7208 §6.1)
spf-eval-include-no-record = { $term } in { $domain }: { $target } has no SPF record (RFC 7208 §5.2)
spf-eval-default-neutral = no mechanism of { $domain } matched and there is no redirect: the default result is neutral (RFC 7208 §4.7)
spf-eval-txt-failed = TXT lookup for { $domain } failed: { $answer } (RFC 7208 §4.4)
spf-eval-no-record = { $domain } has no SPF record (no TXT record starting with "v=spf1") (RFC 7208 §4.5)
spf-eval-invalid-record = the SPF record of { $domain } is invalid: { $error } (RFC 7208 §4.6)
spf-eval-multiple-records = { $domain } has { $count } SPF records; exactly one is allowed (RFC 7208 §4.5)
spf-eval-too-many-mx = { $term }: { $target } has { $count } MX records, more than the { $max } allowed (RFC 7208 §4.6.4)
spf-eval-too-many-lookups = { $term } is DNS lookup number { $number }: more than { $max } terms that query DNS (RFC 7208 §4.6.4)
spf-eval-too-many-void-lookups = { $term } is void lookup number { $number }: more than { $max } DNS queries answered NXDOMAIN or no records (RFC 7208 §4.6.4)
spf-eval-lookup-failed = { $term }: { $qtype } lookup for { $name } failed: { $answer } (RFC 7208 §5)
spf-eval-cannot-expand = cannot expand { $spec }: { $error } (RFC 7208 §7)
