//! Shared helpers for the integration tests.

pub mod dns_server;

pub use dns_server::{Blackhole, TestDns};
