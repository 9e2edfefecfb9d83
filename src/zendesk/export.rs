//! The offline export: one JSON file per endpoint, the same bodies the API returns.
//!
//! `zdiag export DIR` writes it; `--zendesk-export DIR` reads it. It holds what the
//! checks read and nothing else: never the token, never the credentials.

use std::path::Path;

use serde_json::Value;

use crate::limits::{EXPORT_FILE, ReadError, read_text_capped};

use super::{Client, Endpoint, Error, ErrorKind};

/// Read one endpoint's body from an export directory.
pub fn read(dir: &Path, endpoint: Endpoint) -> Result<Value, Error> {
    let path = dir.join(endpoint.file());
    let text = read_text_capped(&path, EXPORT_FILE).map_err(|e| {
        let why = match &e {
            ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => "missing".to_string(),
            other => other.to_string(),
        };
        Error::new(
            ErrorKind::Export,
            format!(
                "the export has no readable {} ({}: {why}): write the export again with `zdiag export DIR`",
                endpoint.file(),
                path.display()
            ),
        )
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        Error::new(
            ErrorKind::Export,
            format!("{} is not valid JSON: {e}", path.display()),
        )
    })?;
    if value.get(endpoint.key()).is_none() {
        return Err(Error::new(
            ErrorKind::Export,
            format!(
                "{} has no \"{}\" key: it is not a Zendesk {} body",
                path.display(),
                endpoint.key(),
                endpoint.key()
            ),
        ));
    }
    Ok(value)
}

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
