//! Walks: Zendesk's troubleshooting procedures, run in their order from single checks.

pub mod diags;
pub mod inbound;
pub mod outbound;
pub mod ticket;
