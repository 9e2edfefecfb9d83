//! Single checks: each gathers through the `Context` and returns findings; none prints or exits.

pub mod api;
pub mod bounce;
pub mod dkim;
pub mod dmarc;
pub mod forwarding;
pub mod inbound;
pub mod mx;
pub mod recipient;
pub mod spf;
pub mod suspended;
pub mod targets;
pub mod ticket;
pub mod triggers;
pub mod undelivered;

use crate::i18n::t;
use crate::report::{Code, Finding, Status};

/// "Could not check": a DNS question got no usable answer. Never reported as a missing record.
pub fn dns_error(code: Code, subject: &str, question: &str, answer: &str) -> Finding {
    Finding::new(
        code,
        Status::Error,
        subject,
        t!("core-dns-error", question = question, answer = answer),
    )
    .evidence("question", question)
    .evidence("answer", answer)
    .help(t!("core-dns-error.fix"))
}

/// A walk's step that did not run: `code` is the walk's own skip code, `step` the step's id.
/// The caller adds what would enable it (`needs`) and the fix.
pub fn step_skipped(code: Code, step: &str, subject: &str, message: impl Into<String>) -> Finding {
    Finding::new(code, Status::Skip, subject, message).evidence("step", step)
}

/// Whether one of DMARC's two paths (SPF or DKIM alignment) is in place for Zendesk's mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathState {
    /// The DNS side is in place; the sentence says what was seen.
    Ready(String),
    /// It is not; the sentence says what is missing.
    Missing(String),
    /// DNS did not answer: no verdict.
    Unknown(String),
}
