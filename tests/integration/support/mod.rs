//! What the integration tests share: servers to run them against.

pub mod dns_server;

pub use dns_server::{Blackhole, TestDns};
