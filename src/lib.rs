//! zdiag: diagnose email delivery for Zendesk accounts.
//!
//! Data flows one way: sources (`dns`, `zendesk`) and protocol logic (`spf`,
//! `dmarc`, `dkim`, `bounce`) → `checks` → `walks` → `commands` → the formatters
//! in `report`, which every layer builds and which knows none of them. Nothing
//! below a layer knows the layer above it.

pub mod bounce;
pub mod checks;
pub mod cli;
pub mod codes;
pub mod commands;
pub mod context;
pub mod dkim;
pub mod dmarc;
pub mod dns;
pub mod i18n;
pub mod limits;
pub mod mailsource;
pub mod report;
pub mod spf;
pub mod walks;
pub mod zendesk;
