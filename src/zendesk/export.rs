//! The offline export: one JSON file per endpoint, the same bodies the API returns.
//!
//! `zdiag export DIR` writes it; `--zendesk-export DIR` reads it (`offline.rs`). It
//! holds what the checks read and nothing else: never the token, never the credentials.

use std::path::Path;

use serde_json::Value;

use super::{Client, Endpoint, Error, ErrorKind};

/// What happened to one file of an export.
#[derive(Debug)]
pub struct Written {
    pub endpoint: Endpoint,
    /// Items written (1 for the settings), or why the endpoint could not be read or written.
    pub outcome: Result<usize, Error>,
}

/// Fetch every endpoint and write it under `dir` (created if needed).
pub async fn write(client: &Client, dir: &Path) -> Result<Vec<Written>, String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create the export directory {}: {e}", dir.display()))?;
    let bodies = futures::future::join_all(Endpoint::ALL.iter().map(|e| client.body(*e))).await;
    let mut written = Vec::new();
    for (endpoint, body) in Endpoint::ALL.iter().copied().zip(bodies) {
        let outcome = body.and_then(|body| {
            let count = match body.get(endpoint.key()) {
                Some(Value::Array(items)) => items.len(),
                _ => 1,
            };
            let mut text = serde_json::to_string_pretty(&body).expect("json");
            text.push('\n');
            let path = dir.join(endpoint.file());
            std::fs::write(&path, text).map_err(|e| {
                Error::new(
                    ErrorKind::Export,
                    format!("cannot write {}: {e}", path.display()),
                )
            })?;
            Ok(count)
        });
        written.push(Written { endpoint, outcome });
    }
    Ok(written)
}
