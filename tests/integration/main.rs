//! One integration-test binary: real DNS on loopback, and (later) the CLI end to end.

mod dns;
mod support;
