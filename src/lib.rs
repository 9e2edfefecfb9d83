//! zdiag: diagnose email delivery for Zendesk accounts.
//!
//! Data flows one way: sources (`dns`) → protocol logic (`spf`) → checks →
//! report → formatter. Nothing below a layer knows the layer above it.

pub mod app;
pub mod bounce;
pub mod checks;
pub mod cli;
pub mod codes;
pub mod context;
pub mod dkim;
pub mod dmarc;
pub mod dns;
pub mod mailsource;
pub mod report;
pub mod spf;
pub mod walks;
pub mod zendesk;
