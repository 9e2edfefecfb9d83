//! What the Zendesk-backed checks share: the client from the context, and API failures as findings.

pub mod diags;

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
        ErrorKind::Conflict => "Run zdiag again: the ticket changed meanwhile.",
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
            let file = dir.join(&w.file).display().to_string();
            match w.outcome {
                Ok(count) => Finding::new(
                    Code::ZendeskExportWritten,
                    Status::Info,
                    file.clone(),
                    format!("Wrote {} to {file}.", w.what),
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
