# dkim: the finding codes' documentation (`zdiag explain CODE`): the title, then
# what it means and why it matters, then the fix (empty for a good state).

dkim-zendesk-cnames = Zendesk's DKIM CNAMEs are in place
    .meaning = `zendesk1._domainkey.<domain>` and `zendesk2._domainkey.<domain>` are CNAMEs to `zendesk1._domainkey.zendesk.com` and `zendesk2._domainkey.zendesk.com`: Zendesk can sign your mail with your domain, and its quarterly key rotation needs no change on your side. Signing also needs "Custom domain for DKIM" on in Admin Center (Channels > Talk and email > Email), which DNS cannot show.
    .fix = {""}

dkim-zendesk-missing = Zendesk's DKIM CNAMEs are missing
    .meaning = Neither `zendesk1._domainkey.<domain>` nor `zendesk2._domainkey.<domain>` exists. Zendesk then signs your mail with its own domain, so DMARC cannot align through DKIM and rests on SPF alone. Turning on "Custom domain for DKIM" before the CNAMEs exist makes Zendesk sign with keys receivers cannot find: mail fails delivery.
    .fix = Add the CNAMEs `zendesk1._domainkey.<domain>` → `zendesk1._domainkey.zendesk.com` and `zendesk2._domainkey.<domain>` → `zendesk2._domainkey.zendesk.com`, wait for them to resolve, then turn on "Custom domain for DKIM" in Admin Center.

dkim-zendesk-partial = One of Zendesk's two DKIM CNAMEs is missing
    .meaning = One Zendesk selector is published and the other is not. Zendesk signs with both (it switches between them when it rotates keys), so mail signed with the missing one fails DKIM, and turning on "Custom domain for DKIM" causes delivery failures.
    .fix = Add the missing CNAME: `zendeskN._domainkey.<domain>` → `zendeskN._domainkey.zendesk.com`.

dkim-zendesk-wrong-target = A Zendesk DKIM CNAME points at the wrong name
    .meaning = `zendeskN._domainkey.<domain>` is a CNAME, but not to `zendeskN._domainkey.zendesk.com` (a typo, the other selector's key, or a name with the domain appended twice). Receivers look up a key that is not Zendesk's, so Zendesk's signatures fail.
    .fix = Point the CNAME at `zendeskN._domainkey.zendesk.com` (same N as the selector).

dkim-zendesk-pasted-key = Zendesk's key pasted instead of the CNAME
    .meaning = A Zendesk selector holds a TXT key record instead of a CNAME to Zendesk. It works only as long as it matches the key Zendesk publishes: Zendesk rotates its keys every quarter, and mail fails DKIM from the next rotation.
    .fix = Replace the TXT record with a CNAME to `zendeskN._domainkey.zendesk.com`.

dkim-zendesk-pasted-key-stale = A pasted Zendesk key is out of date
    .meaning = A Zendesk selector holds a TXT key record instead of a CNAME, and it differs from the key Zendesk publishes now (Zendesk has rotated since it was copied). Zendesk's signatures with this selector fail DKIM.
    .fix = Replace the TXT record with a CNAME to `zendeskN._domainkey.zendesk.com`.

dkim-key-ok = Usable DKIM key
    .meaning = The selector leads to one well-formed key record with an RSA key of at least 2048 bits or an Ed25519 key. The evidence shows the record, the key type and its size.
    .fix = {""}

dkim-key-missing = No DKIM key record
    .meaning = The selector's name (or the name its CNAME points at) holds no DKIM key record: signatures made with this selector cannot be verified and fail DKIM.
    .fix = Publish the selector's key as a TXT record (`v=DKIM1; k=rsa; p=...`) as the sending service gives it, or correct the selector name.

dkim-key-multiple = Several DKIM key records for one selector
    .meaning = More than one TXT key record is published for the selector. Verifiers use one of them (RFC 6376 leaves which undefined), so signatures fail whenever the other one is picked.
    .fix = Keep exactly one key record per selector.

dkim-key-revoked = Revoked DKIM key
    .meaning = The key record's `p=` is empty, which RFC 6376 §3.6.1 defines as a revoked key: every signature with this selector fails.
    .fix = Publish the current key, or stop signing with this selector.

dkim-key-too-short = RSA key under 1024 bits
    .meaning = The RSA key is shorter than 1024 bits. RFC 8301 forbids verifying with such keys, and Gmail, Microsoft and Yahoo treat the signatures as failing.
    .fix = Generate a 2048-bit key and publish it under a new selector.

dkim-key-weak = RSA key under 2048 bits
    .meaning = The RSA key is at least 1024 but under 2048 bits. It verifies today, but 2048 bits is the recommended size (RFC 8301) and some receivers already score 1024-bit keys lower.
    .fix = Move to a 2048-bit key: publish it under a new selector, switch signing, then retire the old selector.

dkim-key-testing = DKIM key in testing mode
    .meaning = The key record has `t=y`: the domain says it is testing DKIM, and receivers may treat its signatures as unverified (RFC 6376 §3.6.1).
    .fix = Remove `y` from the `t=` tag once signing works.

dkim-key-unknown-tag = Unknown tag in a DKIM key record
    .meaning = The key record has a tag RFC 6376 §3.6.1 does not define. Verifiers ignore it, so it does nothing; often it is a typo of a real tag.
    .fix = Remove the tag, or correct its name (v, h, k, n, p, s, t).

dkim-key-invalid = Unusable DKIM key data
    .meaning = The `p=` value is valid base64 but not a key of the declared type (a truncated or corrupted RSA key, an Ed25519 key that is not 32 bytes, a key of one type declared as another), or `k=` names a type verifiers do not know. Signatures with this selector fail.
    .fix = Publish the key again, copied whole from the sending service, with the right `k=`.

dkim-syntax-error = DKIM key record syntax error
    .meaning = The key record does not follow RFC 6376 §3.6.1 (a wrong `v=`, `v=` not first, a duplicate tag, bad base64, a missing `p=`): verifiers ignore the record and signatures fail. The evidence marks the position.
    .fix = Correct the record at the column shown.

dkim-legacy-cnames = Legacy zendeskN CNAMEs
    .meaning = The domain publishes `zendesk1..4.<domain>` CNAMEs to `mail1..4.zendesk.com`, seen in older Zendesk setups. Zendesk's current DKIM uses the `_domainkey` CNAMEs only; these do no harm.
    .fix = {""}

dkim-dns-error = Could not check: DNS failed
    .meaning = A DNS question needed for the DKIM check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record.
    .fix = Check that the domain's name servers answer (`dig CNAME zendesk1._domainkey.<domain> @<server>`), or retry with `--resolver` pointing at another resolver.

# dkim: the texts of the findings, and what DMARC's DKIM path says.

dkim-txt-not-a-key = TXT records, none of them a DKIM key
dkim-path-lookup-failed = { $question } got { $answer }
dkim-path-key-unusable = the key behind { $name } is not usable
dkim-path-wrong-target = { $name } points at { $target }, not { $expected }
dkim-path-not-a-cname = { $name } is not a CNAME to { $expected }
dkim-path-ready = zendesk1._domainkey.{ $domain } and zendesk2._domainkey.{ $domain } point at Zendesk's keys; the admin centre's "Custom domain for DKIM" setting must also be on, which DNS cannot show

dkim-wrong-target-message = { $name } is a CNAME to { $target }, not to Zendesk's key at { $expected }: receivers cannot verify Zendesk's signatures with this selector.
dkim-wrong-target-help = Change the CNAME { $name } to point at { $expected }.
dkim-zendesk-missing-message = Neither zendesk1._domainkey.{ $domain } nor zendesk2._domainkey.{ $domain } exists: Zendesk signs your mail with its own domain, so DMARC cannot align through DKIM. Do not turn on "Custom domain for DKIM" before they exist: mail would fail delivery.
dkim-zendesk-missing-help = Add the two CNAME records zendesk1._domainkey.{ $domain } and zendesk2._domainkey.{ $domain } pointing at zendesk1._domainkey.zendesk.com and zendesk2._domainkey.zendesk.com, then turn on "Custom domain for DKIM" in Admin Center.
dkim-zendesk-partial-message = { $name } is missing while the other Zendesk selector is published: Zendesk needs both, and mail it signs with this selector fails DKIM (turning on "Custom domain for DKIM" now causes delivery failures).
dkim-zendesk-partial-help = Add the CNAME record { $name } pointing at { $expected }.
dkim-zendesk-cnames-message = zendesk1._domainkey.{ $domain } and zendesk2._domainkey.{ $domain } are CNAMEs to Zendesk's keys, which follow its quarterly rotation. "Custom domain for DKIM" must also be on in Admin Center; DNS cannot show it.
dkim-pasted-key-help = Replace the TXT record at { $name } with a CNAME to { $expected }.
dkim-pasted-key-stale-message = { $name } holds a copy of a key instead of a CNAME to { $expected }, and it is not the key Zendesk publishes now: Zendesk's signatures with this selector fail DKIM.
dkim-pasted-key-message = { $name } holds a copy of Zendesk's key instead of a CNAME to { $expected }: it works until Zendesk rotates its keys (every quarter), then DKIM fails.

dkim-key-missing-message = No DKIM key record at { $name } ({ $answer }): signatures with this selector cannot be verified.
dkim-key-missing-help = Publish the selector's key as a TXT record at { $name } (`v=DKIM1; k=rsa; p=...`), as the sending service gives it.
dkim-key-multiple-message = { $name } holds { $count } DKIM key records; verifiers may use any one of them, so signatures can fail.
dkim-key-multiple-help = Keep one key record per selector.
dkim-syntax-error-message = Syntax error in the DKIM key record at { $name }: { $error }
dkim-syntax-error-help = Correct the record at column { $column }: { $message }.
dkim-key-revoked-message = The key at { $name } is revoked (empty `p=`): every signature with this selector fails.
dkim-key-invalid-message = The key at { $name } is not a valid { $key_type } key: { $why }.
dkim-key-invalid-help = Publish the key again, copied whole from the sending service.
dkim-key-unknown-type-message = The key at { $name } has type `k={ $kind }`, which verifiers do not know (rsa or ed25519): they ignore it.
dkim-key-unknown-type-help = Set `k=rsa` (or `k=ed25519`) to match the key.
dkim-key-too-short-message = The RSA key at { $name } is { $bits } bits; receivers reject signatures with keys under 1024 bits (RFC 8301).
dkim-key-weak-message = The RSA key at { $name } is { $bits } bits; it works, but 2048 bits is the recommended minimum.
dkim-key-weak-help = Move to a 2048-bit key (a new selector, then retire this one).
dkim-key-ok-rsa-message = { $name } publishes an RSA key of { $bits } bits.
dkim-key-ok-ed25519-message = { $name } publishes an Ed25519 key.
dkim-key-testing-message = The key at { $name } is in testing mode (`t=y`): receivers may ignore its results.
dkim-key-unknown-tag-message = The key at { $name } has tag(s) RFC 6376 does not define; verifiers ignore them: { $tags }.
dkim-key-unknown-tag-help = Remove the unknown tags, or correct their names (v, h, k, n, p, s, t).
dkim-legacy-cnames-message = { $count } legacy zendeskN CNAME(s) are published (to mailN.zendesk.com); Zendesk's current setup does not use them and DKIM does not depend on them.
dkim-legacy-dns-error-message = Could not check the legacy zendeskN CNAMEs: { $count } question(s) got no answer.
dkim-legacy-dns-error-help = Check that the domain's name servers answer, or retry with --resolver.

# dkim: the key record parser's errors (src/dkim), quoted in the syntax and key findings.

dkim-parse-error-in-tag = { $message } (tag `{ $tag }`, column { $column })
dkim-parse-error = { $message } (column { $column })
dkim-parse-duplicate-tag = duplicate tag `{ $tag }`
dkim-parse-version-not-first = `v=` must be the first tag
dkim-parse-wrong-version = the version is `{ $version }`, not `{ $expected }`
dkim-parse-empty-key-type = `k=` is empty
dkim-parse-missing-p = the required `p=` tag (the public key) is missing
dkim-parse-not-a-pair = `{ $spec }` is not a `tag=value` pair
dkim-parse-bad-tag-name = `{ $name }` is not a valid tag name
dkim-parse-bad-character = the value holds a character a tag value cannot
dkim-parse-empty-item = `{ $tag }=` has an empty item
dkim-parse-not-base64 = `{ $character }` is not a base64 character
dkim-parse-early-padding = base64 padding `=` before the end of the key
dkim-parse-truncated-base64 = the base64 key is truncated (one character too many or too few)
dkim-key-ed25519-size = an Ed25519 key is 32 bytes, this one is { $bytes }
dkim-der-truncated-start = the key ends where { $what } should start (truncated)
dkim-der-wrong-tag = expected { $what } (DER tag 0x{ $tag }), found tag 0x{ $found }
dkim-der-no-length = { $what } has no length (truncated)
dkim-der-length-encoding = { $what } has an unsupported length encoding
dkim-der-length-truncated = { $what }'s length is truncated
dkim-der-too-long = { $what } claims { $len } bytes but only { $remaining } remain (truncated key)
dkim-der-outer-sequence = the key's outer SEQUENCE
dkim-der-after-outer-sequence = data follows the key's outer SEQUENCE
dkim-der-algorithm = the algorithm identifier
dkim-der-algorithm-oid = the algorithm OID
dkim-der-ed25519-as-rsa = the data is an Ed25519 key but the record says k=rsa
dkim-der-not-rsa = the key's algorithm is not rsaEncryption
dkim-der-bit-string = the public key BIT STRING
dkim-der-after-bit-string = data follows the public key BIT STRING
dkim-der-rsa-sequence = the RSAPublicKey SEQUENCE
dkim-der-after-rsa-public-key = data follows the RSAPublicKey
dkim-der-unused-bits = the public key BIT STRING has unused bits
dkim-der-empty-bit-string = the public key BIT STRING is empty
dkim-der-unknown-format = the key is neither a SubjectPublicKeyInfo nor an RSAPublicKey
dkim-der-modulus = the RSA modulus
dkim-der-exponent = the RSA public exponent
dkim-der-after-exponent = data follows the RSA public exponent
dkim-der-zero-exponent = the RSA public exponent is zero
dkim-der-zero-modulus = the RSA modulus is zero
dkim-der-negative-modulus = the RSA modulus is negative
dkim-der-modulus-too-large = the RSA modulus is too large
