//! What the Zendesk-backed checks share: the client from the context, and API failures as findings.

use std::path::Path;

use crate::context::Context;
use crate::report::{Code, Finding, Status};
use crate::zendesk::config::CREDENTIALS;
use crate::zendesk::export::Written;
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

/// A walk's step that reads the account, when zdiag has neither API access nor an export:
/// what enables it (`needs`: the credentials, and what else the step takes) and what to
/// check by hand meanwhile (`manual`).
pub fn step_needs_account(
    code: Code,
    step: &str,
    subject: &str,
    manual: &str,
    needs: &str,
) -> Finding {
    super::step_skipped(
        code,
        step,
        subject,
        format!(
            "Not checked: this step reads the Zendesk account, and zdiag has no API access here. {manual}"
        ),
    )
    .evidence("needs", needs)
    .help(format!("Set {CREDENTIALS} to let zdiag check this step."))
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

/// What `zdiag export` wrote: a finding per endpoint, the file and its item count, or why not.
pub fn export_findings(dir: &Path, written: Vec<Written>) -> Vec<Finding> {
    let none_written = written.iter().all(|w| w.outcome.is_err());
    written
        .into_iter()
        .map(|w| {
            let file = dir.join(w.endpoint.file()).display().to_string();
            match w.outcome {
                Ok(count) => Finding::new(
                    Code::ZendeskExportWritten,
                    Status::Info,
                    file.clone(),
                    format!("Wrote {} to {file}.", w.endpoint.what()),
                )
                .evidence("items", count),
                Err(error) => Finding::new(
                    Code::ZendeskExportSkipped,
                    // A permission or plan feature the account lacks leaves a usable partial
                    // export; anything else, or nothing written at all, is a failed export.
                    match error.kind {
                        ErrorKind::Forbidden | ErrorKind::NotFound if !none_written => Status::Warn,
                        _ => Status::Error,
                    },
                    file,
                    format!("Not written: {}", error.message),
                )
                .help(error.advice()),
            }
        })
        .collect()
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
