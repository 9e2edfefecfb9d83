//! What the integration tests share: servers to run them against, and the binary's runner.

pub mod cli;
pub mod dns_server;
pub mod large_account;
pub mod zendesk;

pub use cli::{
    codes_of, finding, fixture, resolver_args, run_json, run_json_at, server, step, step_titles,
    zdiag, zones_dir,
};
pub use dns_server::{Blackhole, TestDns};
