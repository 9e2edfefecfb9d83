//! One integration-test binary: real DNS on loopback, and the CLI end to end.

mod bounce;
mod cli;
mod dns;
mod spf;
mod spf_suite_dns;
mod support;
