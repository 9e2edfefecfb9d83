//! What the Zendesk-backed checks share: the client from the context, and API failures as findings.

pub mod diags;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::{Dns, Zone};

    /// The commands refuse to start without credentials (exit 2); a caller of the library
    /// that runs a check anyway gets a skip that names them, not a crash or a false verdict.
    #[tokio::test]
    async fn checks_without_a_client_skip_naming_the_credentials() {
        let ctx = Context {
            dns: Dns::from_zone(Zone::new("")),
            zendesk: None,
        };
        for findings in [
            crate::checks::triggers::check(&ctx).await,
            crate::checks::targets::check(&ctx).await,
        ] {
            assert_eq!(findings.len(), 1);
            assert_eq!(findings[0].code, Code::ZendeskNotConfigured);
            assert_eq!(findings[0].status, Status::Skip);
            assert!(
                findings[0].evidence["needs"]
                    .as_str()
                    .unwrap()
                    .contains("ZENDESK_SUBDOMAIN")
            );
        }
    }
}
