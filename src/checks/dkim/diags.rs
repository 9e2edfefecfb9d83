//! The DKIM check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    DkimZendeskCnames = "dkim-zendesk-cnames" {
        title: "Zendesk's DKIM CNAMEs are in place",
        meaning: "`zendesk1._domainkey.<domain>` and `zendesk2._domainkey.<domain>` are CNAMEs to `zendesk1._domainkey.zendesk.com` and `zendesk2._domainkey.zendesk.com`: Zendesk can sign your mail with your domain, and its quarterly key rotation needs no change on your side. Signing also needs \"Custom domain for DKIM\" on in Admin Center (Channels > Talk and email > Email), which DNS cannot show.",
        fix: "",
    }
    DkimZendeskMissing = "dkim-zendesk-missing" {
        title: "Zendesk's DKIM CNAMEs are missing",
        meaning: "Neither `zendesk1._domainkey.<domain>` nor `zendesk2._domainkey.<domain>` exists. Zendesk then signs your mail with its own domain, so DMARC cannot align through DKIM and rests on SPF alone. Turning on \"Custom domain for DKIM\" before the CNAMEs exist makes Zendesk sign with keys receivers cannot find: mail fails delivery.",
        fix: "Add the CNAMEs `zendesk1._domainkey.<domain>` → `zendesk1._domainkey.zendesk.com` and `zendesk2._domainkey.<domain>` → `zendesk2._domainkey.zendesk.com`, wait for them to resolve, then turn on \"Custom domain for DKIM\" in Admin Center.",
    }
    DkimZendeskPartial = "dkim-zendesk-partial" {
        title: "One of Zendesk's two DKIM CNAMEs is missing",
        meaning: "One Zendesk selector is published and the other is not. Zendesk signs with both (it switches between them when it rotates keys), so mail signed with the missing one fails DKIM, and turning on \"Custom domain for DKIM\" causes delivery failures.",
        fix: "Add the missing CNAME: `zendeskN._domainkey.<domain>` → `zendeskN._domainkey.zendesk.com`.",
    }
    DkimZendeskWrongTarget = "dkim-zendesk-wrong-target" {
        title: "A Zendesk DKIM CNAME points at the wrong name",
        meaning: "`zendeskN._domainkey.<domain>` is a CNAME, but not to `zendeskN._domainkey.zendesk.com` (a typo, the other selector's key, or a name with the domain appended twice). Receivers look up a key that is not Zendesk's, so Zendesk's signatures fail.",
        fix: "Point the CNAME at `zendeskN._domainkey.zendesk.com` (same N as the selector).",
    }
    DkimZendeskPastedKey = "dkim-zendesk-pasted-key" {
        title: "Zendesk's key pasted instead of the CNAME",
        meaning: "A Zendesk selector holds a TXT key record instead of a CNAME to Zendesk. It works only as long as it matches the key Zendesk publishes: Zendesk rotates its keys every quarter, and mail fails DKIM from the next rotation.",
        fix: "Replace the TXT record with a CNAME to `zendeskN._domainkey.zendesk.com`.",
    }
    DkimZendeskPastedKeyStale = "dkim-zendesk-pasted-key-stale" {
        title: "A pasted Zendesk key is out of date",
        meaning: "A Zendesk selector holds a TXT key record instead of a CNAME, and it differs from the key Zendesk publishes now (Zendesk has rotated since it was copied). Zendesk's signatures with this selector fail DKIM.",
        fix: "Replace the TXT record with a CNAME to `zendeskN._domainkey.zendesk.com`.",
    }
    DkimKeyOk = "dkim-key-ok" {
        title: "Usable DKIM key",
        meaning: "The selector leads to one well-formed key record with an RSA key of at least 2048 bits or an Ed25519 key. The evidence shows the record, the key type and its size.",
        fix: "",
    }
    DkimKeyMissing = "dkim-key-missing" {
        title: "No DKIM key record",
        meaning: "The selector's name (or the name its CNAME points at) holds no DKIM key record: signatures made with this selector cannot be verified and fail DKIM.",
        fix: "Publish the selector's key as a TXT record (`v=DKIM1; k=rsa; p=...`) as the sending service gives it, or correct the selector name.",
    }
    DkimKeyMultiple = "dkim-key-multiple" {
        title: "Several DKIM key records for one selector",
        meaning: "More than one TXT key record is published for the selector. Verifiers use one of them (RFC 6376 leaves which undefined), so signatures fail whenever the other one is picked.",
        fix: "Keep exactly one key record per selector.",
    }
    DkimKeyRevoked = "dkim-key-revoked" {
        title: "Revoked DKIM key",
        meaning: "The key record's `p=` is empty, which RFC 6376 §3.6.1 defines as a revoked key: every signature with this selector fails.",
        fix: "Publish the current key, or stop signing with this selector.",
    }
    DkimKeyTooShort = "dkim-key-too-short" {
        title: "RSA key under 1024 bits",
        meaning: "The RSA key is shorter than 1024 bits. RFC 8301 forbids verifying with such keys, and Gmail, Microsoft and Yahoo treat the signatures as failing.",
        fix: "Generate a 2048-bit key and publish it under a new selector.",
    }
    DkimKeyWeak = "dkim-key-weak" {
        title: "RSA key under 2048 bits",
        meaning: "The RSA key is at least 1024 but under 2048 bits. It verifies today, but 2048 bits is the recommended size (RFC 8301) and some receivers already score 1024-bit keys lower.",
        fix: "Move to a 2048-bit key: publish it under a new selector, switch signing, then retire the old selector.",
    }
    DkimKeyTesting = "dkim-key-testing" {
        title: "DKIM key in testing mode",
        meaning: "The key record has `t=y`: the domain says it is testing DKIM, and receivers may treat its signatures as unverified (RFC 6376 §3.6.1).",
        fix: "Remove `y` from the `t=` tag once signing works.",
    }
    DkimKeyUnknownTag = "dkim-key-unknown-tag" {
        title: "Unknown tag in a DKIM key record",
        meaning: "The key record has a tag RFC 6376 §3.6.1 does not define. Verifiers ignore it, so it does nothing; often it is a typo of a real tag.",
        fix: "Remove the tag, or correct its name (v, h, k, n, p, s, t).",
    }
    DkimKeyInvalid = "dkim-key-invalid" {
        title: "Unusable DKIM key data",
        meaning: "The `p=` value is valid base64 but not a key of the declared type (a truncated or corrupted RSA key, an Ed25519 key that is not 32 bytes, a key of one type declared as another), or `k=` names a type verifiers do not know. Signatures with this selector fail.",
        fix: "Publish the key again, copied whole from the sending service, with the right `k=`.",
    }
    DkimSyntaxError = "dkim-syntax-error" {
        title: "DKIM key record syntax error",
        meaning: "The key record does not follow RFC 6376 §3.6.1 (a wrong `v=`, `v=` not first, a duplicate tag, bad base64, a missing `p=`): verifiers ignore the record and signatures fail. The evidence marks the position.",
        fix: "Correct the record at the column shown.",
    }
    DkimLegacyCnames = "dkim-legacy-cnames" {
        title: "Legacy zendeskN CNAMEs",
        meaning: "The domain publishes `zendesk1..4.<domain>` CNAMEs to `mail1..4.zendesk.com`, seen in older Zendesk setups. Zendesk's current DKIM uses the `_domainkey` CNAMEs only; these do no harm.",
        fix: "",
    }
    DkimDnsError = "dkim-dns-error" {
        title: "Could not check: DNS failed",
        meaning: "A DNS question needed for the DKIM check got no usable answer (timeout, SERVFAIL, REFUSED). Nothing can be concluded: this is not a missing record.",
        fix: "Check that the domain's name servers answer (`dig CNAME zendesk1._domainkey.<domain> @<server>`), or retry with `--resolver` pointing at another resolver.",
    }
}
