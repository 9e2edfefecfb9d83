//! Single checks: each gathers through the `Context` and returns findings; none prints or exits.

pub mod api;
pub mod dkim;
pub mod dmarc;
pub mod forwarding;
pub mod mx;
pub mod spf;
pub mod targets;
pub mod triggers;

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
