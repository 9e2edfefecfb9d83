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
    let merged: Vec<Endpoint> = Endpoint::ALL
        .into_iter()
        .filter(|e| *e != Endpoint::SuspendedTickets)
        .collect();
    let (bodies, suspended) = futures::join!(
        futures::future::join_all(merged.iter().map(|e| client.body(*e))),
        write_suspended(client, dir)
    );
    let mut written = Vec::new();
    for (endpoint, body) in merged.iter().copied().zip(bodies) {
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
    written.push(Written {
        endpoint: Endpoint::SuspendedTickets,
        outcome: suspended,
    });
    Ok(written)
}

/// The suspended tickets, written page by page as they arrive: the same body as the
/// merged files, but never the whole account's contents in memory at once.
async fn write_suspended(client: &Client, dir: &Path) -> Result<usize, Error> {
    use std::io::Write;
    let path = dir.join(Endpoint::SuspendedTickets.file());
    let failed = |e: std::io::Error| {
        Error::new(
            ErrorKind::Export,
            format!("cannot write {}: {e}", path.display()),
        )
    };
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).map_err(failed)?);
    write!(file, "{{\n  \"{}\": [", Endpoint::SuspendedTickets.key()).map_err(failed)?;
    let mut count = 0;
    let read = client
        .suspended_pages(|items| {
            for item in items {
                let separator = if count == 0 { "\n    " } else { ",\n    " };
                let text = serde_json::to_string(&item).expect("json");
                write!(file, "{separator}{text}").map_err(failed)?;
                count += 1;
            }
            Ok(())
        })
        .await;
    if let Err(error) = read {
        drop(file);
        let _ = std::fs::remove_file(&path);
        return Err(error);
    }
    write!(file, "\n  ]\n}}\n").map_err(failed)?;
    file.flush().map_err(failed)?;
    Ok(count)
}
