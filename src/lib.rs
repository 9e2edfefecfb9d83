//! zdiag: diagnose email delivery for Zendesk accounts.

pub mod dns;
pub mod spf;
