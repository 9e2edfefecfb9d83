//! What the Zendesk-backed checks share: the client from the context, and API failures as findings.

use crate::context::Context;
use crate::report::{Code, Finding, Status};
use crate::zendesk::config::CREDENTIALS;
use crate::zendesk::{Client, Error, ErrorKind};

/// The client, or the finding that says none was given.
pub fn client(ctx: &Context) -> Result<&Client, Vec<Finding>> {
    ctx.zendesk.as_ref().ok_or_else(|| {
        vec![
            Finding::new(
                Code::ZendeskNotConfigured,
                Status::Skip,
                "zendesk",
                "Not checked: this reads the Zendesk account, and zdiag has no API access or export here.",
            )
            .evidence("needs", format!("{CREDENTIALS}, or --zendesk-export DIR"))
            .help(format!("Set {CREDENTIALS}, or give --zendesk-export DIR.")),
        ]
    })
}

/// An API failure that prevents a verdict: status `error` (exit 3).
pub fn error(client: &Client, subject: &str, error: &Error) -> Finding {
    let help = match error.kind {
        ErrorKind::Unauthorized => {
            "Check ZENDESK_EMAIL and the token, and enable token access in Admin Center > Apps and integrations > APIs > Zendesk API."
        }
        ErrorKind::Forbidden => "Run zdiag with an admin's token.",
        ErrorKind::NotFound => "Check the subdomain (ZENDESK_SUBDOMAIN or --subdomain).",
        ErrorKind::RateLimited | ErrorKind::Server | ErrorKind::Network => {
            "Retry in a few minutes."
        }
        ErrorKind::Export => "Write the export again with `zdiag export DIR`.",
        ErrorKind::ReadOnly => "Run against the API instead of an export.",
        ErrorKind::Decode | ErrorKind::Rejected => {
            "Retry; if it persists, report the message with the zdiag version."
        }
    };
    Finding::new(
        Code::ZendeskApiError,
        Status::Error,
        subject,
        error.message.clone(),
    )
    .evidence("source", client.describe())
    .evidence("kind", format!("{:?}", error.kind).to_lowercase())
    .help(help)
}
