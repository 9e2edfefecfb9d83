//! What every check is handed: the shared resolver and, when configured, the Zendesk client.

use crate::dns::Dns;
use crate::zendesk;

#[derive(Clone, Debug)]
pub struct Context {
    pub dns: Dns,
    /// The Zendesk API or an export; `None` when zdiag was given neither.
    pub zendesk: Option<zendesk::Client>,
}
