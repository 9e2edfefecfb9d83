//! What the integration tests share: servers to run them against, and the binary's runner.

pub mod cli;
pub mod dns_server;
pub mod zendesk;

pub use cli::{codes_of, finding, fixture, run_json, step, zones_dir};
pub use dns_server::{Blackhole, TestDns};
