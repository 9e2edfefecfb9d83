//! The DKIM check's finding codes, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    DkimZendeskCnames = "dkim-zendesk-cnames",
    DkimZendeskMissing = "dkim-zendesk-missing",
    DkimZendeskPartial = "dkim-zendesk-partial",
    DkimZendeskWrongTarget = "dkim-zendesk-wrong-target",
    DkimZendeskPastedKey = "dkim-zendesk-pasted-key",
    DkimZendeskPastedKeyStale = "dkim-zendesk-pasted-key-stale",
    DkimKeyOk = "dkim-key-ok",
    DkimKeyMissing = "dkim-key-missing",
    DkimKeyMultiple = "dkim-key-multiple",
    DkimKeyRevoked = "dkim-key-revoked",
    DkimKeyTooShort = "dkim-key-too-short",
    DkimKeyWeak = "dkim-key-weak",
    DkimKeyTesting = "dkim-key-testing",
    DkimKeyUnknownTag = "dkim-key-unknown-tag",
    DkimKeyInvalid = "dkim-key-invalid",
    DkimSyntaxError = "dkim-syntax-error",
    DkimLegacyCnames = "dkim-legacy-cnames",
    DkimDnsError = "dkim-dns-error",
}
