//! Single checks: each gathers through the `Context` and returns findings; none prints or exits.

pub mod bounce;
pub mod dkim;
pub mod dmarc;
pub mod mx;
pub mod spf;

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
