//! `zdiag outbound`: "customers don't receive agents' emails", walked step by step.

use crate::context::Context;
use crate::report::Step;

pub async fn run(
    _ctx: &Context,
    _domain: &str,
    _recipient: Option<&str>,
    _ticket: Option<u64>,
) -> Vec<Step> {
    Vec::new()
}
