//! The finding codes every Zendesk-backed check shares, and `zdiag export`'s, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    ZendeskApiError = "zendesk-api-error" {
        title: "Could not check: the Zendesk API did not answer",
        meaning: "A question to the Zendesk API (or a file of the export) needed for this check got no usable answer: credentials refused (401), a permission or plan feature missing (403), nothing at that address (404), the rate limit or server errors that outlasted the retries, or a body that is not the JSON expected. The message names the missing permission or setting. Nothing is concluded about the account: this is not a failure of the account's set-up.",
        fix: "Do what the message says (enable token access, use an admin's token, correct the subdomain), or retry later for a 429 or 5xx.",
    }
    ZendeskNotConfigured = "zendesk-not-configured" {
        title: "Not checked: no Zendesk access",
        meaning: "The check reads the Zendesk account, and zdiag was given neither API credentials nor an export directory.",
        fix: "Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN), or give --zendesk-export DIR.",
    }
    ZendeskExportWritten = "zendesk-export-written" {
        title: "Export file written",
        meaning: "`zdiag export` wrote one endpoint's body to the export directory, every page merged, exactly as the API returned it. The token and credentials are never written. The evidence gives the file and the number of items.",
        fix: "",
    }
    ZendeskExportSkipped = "zendesk-export-skipped" {
        title: "Export file not written",
        meaning: "`zdiag export` could not read one endpoint (the message says why), so the export lacks that file; checks that need it will say so when run against the export. A permission or plan feature the token's user lacks (403, 404) leaves a usable partial export and is a warning; anything else (credentials refused, the rate limit or server errors that outlasted the retries, no connection), or no file written at all, is an error: the export failed (exit 3).",
        fix: "Do what the finding's advice says for its status: wait out a 429, retry a 5xx later, correct the credentials for a 401, use an admin's token for a 403, or accept that the checks needing this file cannot run offline.",
    }
}
