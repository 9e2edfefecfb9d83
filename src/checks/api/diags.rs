//! The finding codes every Zendesk-backed check shares, and `zdiag export`'s, with the text `zdiag explain CODE` prints.

use crate::report::codes::codes;

codes! {
    ZendeskApiError = "zendesk-api-error",
    ZendeskNotConfigured = "zendesk-not-configured",
    ZendeskExportWritten = "zendesk-export-written",
    ZendeskExportSkipped = "zendesk-export-skipped",
}
