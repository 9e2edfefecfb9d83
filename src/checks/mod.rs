//! Single checks: each gathers through the `Context` and returns findings; none prints or exits.

pub mod spf;
