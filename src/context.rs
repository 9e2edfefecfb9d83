//! What every check is handed: the shared resolver (and, later, the API client).

use crate::dns::Dns;

#[derive(Clone, Debug)]
pub struct Context {
    pub dns: Dns,
}
