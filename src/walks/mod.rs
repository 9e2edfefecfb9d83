//! Walks: Zendesk's troubleshooting procedures, run in their order from single checks.

pub mod diags;
pub mod outbound;

use crate::report::Code;

/// The walks' own codes, beside the checks' (`crate::checks::CODES`).
pub const CODES: &[&[Code]] = &[diags::CODES];
