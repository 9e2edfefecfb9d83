//! What the Zendesk-backed checks share: the client from the context, and API failures as findings.

pub mod diags;

use std::path::Path;

use crate::context::Context;
use crate::i18n::t;
use crate::report::{Code, Finding, Status};
use crate::zendesk::config::{CREDENTIALS, credentials};
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
                t!("api-no-access"),
            )
            .evidence("needs", format!("{CREDENTIALS}, or --zendesk-export DIR"))
            .help(t!("api-no-access.fix", credentials = credentials())),
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
        t!("api-step-no-access", manual = manual),
    )
    .evidence("needs", needs)
    .help(t!("api-step-no-access.fix", credentials = credentials()))
}

/// An API failure that prevents a verdict: status `error` (exit 3).
pub fn error(client: &Client, subject: &str, error: &Error) -> Finding {
    let help = match error.kind {
        ErrorKind::Unauthorized => t!("api-fix-unauthorized"),
        ErrorKind::Forbidden => t!("api-fix-forbidden"),
        ErrorKind::NotFound => t!("api-fix-not-found"),
        ErrorKind::RateLimited | ErrorKind::Server | ErrorKind::Network => {
            t!("api-fix-retry-later")
        }
        ErrorKind::Export => t!("api-fix-export"),
        ErrorKind::ReadOnly => t!("api-fix-read-only"),
        ErrorKind::Conflict => t!("api-fix-conflict"),
        ErrorKind::Decode | ErrorKind::Rejected => t!("api-fix-report"),
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
                    t!("api-export-written", what = w.what, file = file.as_str()),
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
                    t!("api-export-skipped", message = error.message.as_str()),
                )
                .help(error.advice()),
            }
        })
        .collect()
}
