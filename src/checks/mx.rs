//! `zdiag mx`: where mail for a domain is delivered.

use crate::context::Context;
use crate::report::Finding;

pub async fn check(_ctx: &Context, _domain: &str) -> Vec<Finding> {
    Vec::new()
}
