//! `zdiag dmarc`: the DMARC policy, its reporting, and Zendesk's alignment.

use crate::context::Context;
use crate::report::Finding;

pub async fn check(_ctx: &Context, _domain: &str) -> Vec<Finding> {
    Vec::new()
}
