//! Single checks: each gathers through the `Context` and returns findings; none prints or exits.

pub mod api;
pub mod bounce;
pub mod dkim;
pub mod dmarc;
pub mod forwarding;
pub mod mx;
pub mod recipient;
pub mod spf;
pub mod targets;
pub mod triggers;

use crate::report::{Code, Finding, Status};

/// Every check family's codes, in documentation order (`zdiag explain --list`).
pub const CODES: &[&[Code]] = &[
    spf::diags::CODES,
    api::diags::CODES,
    triggers::diags::CODES,
    targets::diags::CODES,
    forwarding::diags::CODES,
    dkim::diags::CODES,
    mx::diags::CODES,
    dmarc::diags::CODES,
    recipient::diags::CODES,
    bounce::diags::CODES,
];

/// "Could not check": a DNS question got no usable answer. Never reported as a missing record.
pub fn dns_error(code: Code, subject: &str, question: &str, answer: &str) -> Finding {
    Finding::new(
        code,
        Status::Error,
        subject,
        format!("Could not check: {question} got {answer}."),
    )
    .evidence("question", question)
    .evidence("answer", answer)
    .help("Check that the domain's name servers answer, or retry with --resolver.")
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
