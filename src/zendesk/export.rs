//! The offline export: one JSON file per endpoint, the same bodies the API returns.
//!
//! `zdiag export DIR` writes it; `--zendesk-export DIR` reads it (`offline.rs`). It
//! holds what the checks read and nothing else: never the token, never the credentials.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::tickets::{self, Audit, EmailNotification, Ticket};
use super::{Client, Endpoint, Error, ErrorKind, TicketPart};
use crate::i18n::t;

/// What happened to one file (or one group of files) of an export.
#[derive(Debug)]
pub struct Written {
    /// Relative to the export directory.
    pub file: PathBuf,
    /// What it holds, for messages.
    pub what: String,
    /// Items written (1 for one object), or why they could not be read or written.
    pub outcome: Result<usize, Error>,
}

/// Fetch every endpoint and write it under `dir` (created if needed).
pub async fn write(client: &Client, dir: &Path) -> Result<Vec<Written>, String> {
    std::fs::create_dir_all(dir).map_err(|e| {
        t!(
            "core-zendesk-export-mkdir",
            dir = dir.display().to_string(),
            error = e.to_string()
        )
    })?;
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
            save(&dir.join(endpoint.file()), &body)?;
            Ok(count)
        });
        written.push(Written {
            file: endpoint.file().into(),
            what: endpoint.what(),
            outcome,
        });
    }
    written.push(Written {
        file: Endpoint::SuspendedTickets.file().into(),
        what: Endpoint::SuspendedTickets.what(),
        outcome: suspended,
    });
    Ok(written)
}

/// Each ticket's story under `tickets/{id}/` (the ticket, its audits, its email
/// notifications) and the people it names under `users/{id}.json` (the user and their
/// identities): what `zdiag ticket` reads from `--zendesk-export`. Tickets at once.
pub async fn write_tickets(client: &Client, dir: &Path, ids: &[u64]) -> Vec<Written> {
    let per_ticket =
        futures::future::join_all(ids.iter().map(|id| write_ticket(client, dir, *id))).await;
    per_ticket.into_iter().flatten().collect()
}

async fn write_ticket(client: &Client, dir: &Path, id: u64) -> Vec<Written> {
    let folder = Path::new("tickets").join(id.to_string());
    let bodies = futures::future::join_all(
        TicketPart::ALL
            .iter()
            .map(|part| client.ticket_part(id, *part)),
    )
    .await;
    let mut written = Vec::new();
    let mut parsed = (None, None, None);
    for (part, body) in TicketPart::ALL.into_iter().zip(bodies) {
        let file = folder.join(part.file());
        let outcome = body.and_then(|body| {
            let item = &body[part.key()];
            match part {
                TicketPart::Ticket => {
                    parsed.0 = serde_json::from_value::<Ticket>(item.clone()).ok()
                }
                TicketPart::Audits => {
                    parsed.1 = serde_json::from_value::<Vec<Audit>>(item.clone()).ok()
                }
                TicketPart::EmailNotifications => {
                    parsed.2 = serde_json::from_value::<Vec<EmailNotification>>(item.clone()).ok()
                }
            }
            save(&dir.join(&file), &body)?;
            Ok(item.as_array().map_or(1, Vec::len))
        });
        written.push(Written {
            file,
            what: part.what(id),
            outcome,
        });
    }
    let (Some(ticket), Some(audits), Some(sent)) = parsed else {
        return written;
    };
    let people: Vec<u64> = tickets::people(&ticket, &audits, &sent)
        .into_iter()
        .collect();
    written.push(Written {
        file: PathBuf::from("users"),
        what: t!("core-zendesk-what-people", id = id.to_string()),
        outcome: write_people(client, dir, &people).await,
    });
    written
}

async fn write_people(client: &Client, dir: &Path, ids: &[u64]) -> Result<usize, Error> {
    let users = client.users_raw(ids).await?;
    let identities = futures::future::join_all(users.iter().map(|user| async move {
        match user["id"].as_u64() {
            // A user deleted since the ticket was written has no identities left.
            Some(id) => match client.identities_raw(id).await {
                Err(e) if e.kind == ErrorKind::NotFound => Ok(Vec::new()),
                other => other,
            },
            None => Ok(Vec::new()),
        }
    }))
    .await;
    for (user, identities) in users.iter().zip(identities) {
        let Some(id) = user["id"].as_u64() else {
            continue;
        };
        let body = json!({"user": user, "identities": identities?});
        save(&dir.join("users").join(format!("{id}.json")), &body)?;
    }
    Ok(users.len())
}

/// One body, pretty, its folders created.
fn save(path: &Path, body: &Value) -> Result<(), Error> {
    let failed = |e: std::io::Error| {
        Error::new(
            ErrorKind::Export,
            t!(
                "core-zendesk-export-write",
                path = path.display().to_string(),
                error = e.to_string()
            ),
        )
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(failed)?;
    }
    let mut text = serde_json::to_string_pretty(body).expect("json");
    text.push('\n');
    std::fs::write(path, text).map_err(failed)
}

/// The suspended tickets, written page by page as they arrive: the same body as the
/// merged files, but never the whole account's contents in memory at once.
async fn write_suspended(client: &Client, dir: &Path) -> Result<usize, Error> {
    use std::io::Write;
    let path = dir.join(Endpoint::SuspendedTickets.file());
    let failed = |e: std::io::Error| {
        Error::new(
            ErrorKind::Export,
            t!(
                "core-zendesk-export-write",
                path = path.display().to_string(),
                error = e.to_string()
            ),
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
