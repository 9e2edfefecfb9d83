//! THE Zendesk API client: credentials, paging, retries, typed models, and the offline export.
//!
//! One [`Client`] per run, handed to every check through the `Context`. It reads
//! either the live API (`https://{subdomain}.zendesk.com`, or `--zendesk-url`) or an
//! export directory written by `zdiag export` (one JSON file per endpoint, the same
//! bodies the API returns). Lists are fetched once per run and shared.
//!
//! Read-only by default: the one write, [`Client::verify_recipient_address`], is
//! called only behind `--verify`, after the command has said what it will do.
//! The token lives in a [`Token`], which never prints; errors name the missing
//! permission or setting, never the secret.

pub mod config;
mod endpoint;
mod error;
pub mod export;
mod http;
pub mod models;
mod offline;
mod secret;
pub mod tickets;

use crate::i18n::t;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::sync::OnceCell;

pub use endpoint::{Endpoint, TicketPart};
pub(crate) use error::decode;
pub use error::{Error, ErrorKind};
pub use http::{ApiConfig, Auth, PageProgress, RetryPolicy};
pub use models::{
    AccountSettings, Automation, Group, Notification, RecipientAddress, Recovery, SuspendedTicket,
    Target, Trigger, VerificationStatus, VerifyKind,
};
pub use secret::Token;

/// Zendesk's sending domain, the include it asks every sending domain's SPF record to
/// carry at its first level: its own SPF record lists the ranges Zendesk sends from.
pub const SPF_INCLUDE: &str = "mail.zendesk.com";

type Cell = Arc<OnceCell<Result<Value, Error>>>;

enum Backend {
    Api(Box<http::Http>),
    Export(PathBuf),
}

struct Inner {
    backend: Backend,
    cache: Mutex<HashMap<Endpoint, Cell>>,
    poll_interval: Duration,
}

/// The one Zendesk client: cheap to clone, one cache per run.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("source", &self.describe())
            .finish()
    }
}

impl Client {
    /// A client of the live API.
    pub fn new(config: ApiConfig) -> Result<Client, Error> {
        let poll_interval = config.poll_interval;
        Ok(Client::with(
            Backend::Api(Box::new(http::Http::new(config)?)),
            poll_interval,
        ))
    }

    /// A client that answers from an export directory (`zdiag export DIR`).
    pub fn from_export(dir: impl AsRef<Path>) -> Result<Client, Error> {
        let dir = dir.as_ref();
        if !dir.is_dir() {
            return Err(Error::new(
                ErrorKind::Export,
                crate::report::text::input_error(
                    "--zendesk-export",
                    &dir.display().to_string(),
                    t!("core-error-export-not-dir"),
                    &t!("core-error-export-not-dir.fix"),
                ),
            ));
        }
        let client = Client::with(Backend::Export(dir.to_path_buf()), Duration::from_secs(2));
        // A file that is there but unreadable, over its cap or not the body expected is
        // a bad input given on the command line, like a bad --zone: found now, before
        // any check runs. A missing file stays for the checks that need it to report.
        {
            let mut cache = client.inner.cache.lock().expect("zendesk cache lock");
            for endpoint in Endpoint::ALL {
                if std::fs::symlink_metadata(dir.join(endpoint.file())).is_err() {
                    continue;
                }
                let body = offline::read(dir, endpoint)?;
                cache.insert(endpoint, Arc::new(OnceCell::new_with(Some(Ok(body)))));
            }
        }
        Ok(client)
    }

    fn with(backend: Backend, poll_interval: Duration) -> Client {
        Client {
            inner: Arc::new(Inner {
                backend,
                cache: Mutex::new(HashMap::new()),
                poll_interval,
            }),
        }
    }

    /// Where answers come from: the base URL, or the export directory.
    pub fn describe(&self) -> String {
        match &self.inner.backend {
            Backend::Api(http) => http.base().to_string(),
            Backend::Export(dir) => format!("export {}", dir.display()),
        }
    }

    /// Reading an export: nothing can be changed, nothing re-read.
    pub fn is_offline(&self) -> bool {
        matches!(self.inner.backend, Backend::Export(_))
    }

    /// How long `--verify` waits between two reads of an address.
    pub fn poll_interval(&self) -> Duration {
        self.inner.poll_interval
    }

    /// Say each page of every list the run reads to `progress`: for a person watching
    /// a long listing. An export has no pages.
    pub fn on_pages(&self, progress: PageProgress) {
        if let Backend::Api(http) = &self.inner.backend {
            http.on_pages(progress);
        }
    }

    /// HTTP requests sent so far (retries included); 0 for an export.
    pub fn requests(&self) -> usize {
        match &self.inner.backend {
            Backend::Api(http) => http.requests(),
            Backend::Export(_) => 0,
        }
    }

    /// The raw body of an endpoint, every page merged: `{"<key>": [...]}` for a list,
    /// `{"settings": {...}}` for the settings. Asked once per run.
    pub async fn body(&self, endpoint: Endpoint) -> Result<Value, Error> {
        let cell = {
            let mut cache = self.inner.cache.lock().expect("zendesk cache lock");
            cache.entry(endpoint).or_default().clone()
        };
        cell.get_or_init(|| async {
            match &self.inner.backend {
                Backend::Api(http) => http.body(endpoint).await,
                Backend::Export(dir) => offline::read(dir, endpoint),
            }
        })
        .await
        .clone()
    }

    async fn list<T: DeserializeOwned>(&self, endpoint: Endpoint) -> Result<Vec<T>, Error> {
        let body = self.body(endpoint).await?;
        let items = body
            .get(endpoint.key())
            .cloned()
            .unwrap_or(Value::Array(Vec::new()));
        serde_json::from_value(items).map_err(|e| decode(&endpoint.what(), &e))
    }

    pub async fn recipient_addresses(&self) -> Result<Vec<RecipientAddress>, Error> {
        self.list(Endpoint::RecipientAddresses).await
    }

    /// Triggers, with `usage_24h` where the plan provides it.
    pub async fn triggers(&self) -> Result<Vec<Trigger>, Error> {
        self.list(Endpoint::Triggers).await
    }

    pub async fn targets(&self) -> Result<Vec<Target>, Error> {
        self.list(Endpoint::Targets).await
    }

    pub async fn automations(&self) -> Result<Vec<Automation>, Error> {
        self.list(Endpoint::Automations).await
    }

    pub async fn groups(&self) -> Result<Vec<Group>, Error> {
        self.list(Endpoint::Groups).await
    }

    pub async fn account_settings(&self) -> Result<AccountSettings, Error> {
        let body = self.body(Endpoint::AccountSettings).await?;
        let settings = body.get("settings").cloned().unwrap_or(Value::Null);
        serde_json::from_value(settings)
            .map_err(|e| decode(&t!("core-zendesk-what-account-settings"), &e))
    }

    /// One support address, read fresh (never from the cache): what `--verify` polls.
    pub async fn recipient_address(&self, id: u64) -> Result<RecipientAddress, Error> {
        match &self.inner.backend {
            Backend::Api(http) => {
                let body = http.recipient_address(id).await?;
                let item = body
                    .get("recipient_address")
                    .cloned()
                    .unwrap_or(Value::Null);
                serde_json::from_value(item)
                    .map_err(|e| decode(&t!("core-zendesk-what-the-support-address"), &e))
            }
            Backend::Export(_) => self
                .recipient_addresses()
                .await?
                .into_iter()
                .find(|a| a.id == id)
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::Export,
                        t!("core-zendesk-export-no-address", id = id.to_string()),
                    )
                }),
        }
    }

    /// The suspended tickets' raw items, newest first, one page at a time (never cached:
    /// an account can hold thousands, each with its content).
    pub async fn suspended_pages(
        &self,
        mut each: impl FnMut(Vec<Value>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        match &self.inner.backend {
            Backend::Api(http) => http.suspended_pages(each).await,
            Backend::Export(dir) => {
                let mut body = offline::read(dir, Endpoint::SuspendedTickets)?;
                let items = Endpoint::SuspendedTickets
                    .keys()
                    .iter()
                    .find_map(|key| body.get_mut(*key).map(Value::take));
                match items {
                    Some(Value::Array(items)) => each(items),
                    Some(one @ Value::Object(_)) => each(vec![one]),
                    _ => Ok(()),
                }
            }
        }
    }

    /// The suspended tickets, newest first, each handed to `keep` as it is read: what
    /// `keep` returns is kept, the rest (the content first) is dropped with the page.
    pub async fn suspended_tickets<T>(
        &self,
        mut keep: impl FnMut(SuspendedTicket) -> Option<T>,
    ) -> Result<Vec<T>, Error> {
        let mut kept = Vec::new();
        self.suspended_pages(|items| {
            for item in items {
                let ticket: SuspendedTicket = serde_json::from_value(item)
                    .map_err(|e| decode(&Endpoint::SuspendedTickets.what(), &e))?;
                kept.extend(keep(ticket));
            }
            Ok(())
        })
        .await?;
        Ok(kept)
    }

    /// How many tickets a search finds (`GET /api/v2/search/count`); an export holds no search.
    pub async fn search_count(&self, query: &str) -> Result<u64, Error> {
        match &self.inner.backend {
            Backend::Api(http) => {
                let body = http.search_count(query).await?;
                body.get("count")
                    .and_then(Value::as_u64)
                    .ok_or_else(|| Error::new(ErrorKind::Decode, t!("core-zendesk-no-count")))
            }
            Backend::Export(dir) => Err(Error::new(
                ErrorKind::Export,
                t!(
                    "core-zendesk-export-no-search",
                    dir = dir.display().to_string()
                ),
            )),
        }
    }

    /// One part of ticket `id`'s story as the API returns it (`{"ticket": {...}}`,
    /// `{"audits": [...]}`, ...); an export answers from `tickets/{id}/`.
    pub async fn ticket_part(&self, id: u64, part: TicketPart) -> Result<Value, Error> {
        match &self.inner.backend {
            Backend::Api(http) => http.ticket_part(id, part).await,
            Backend::Export(dir) => {
                let folder = dir.join("tickets").join(id.to_string());
                if !folder.is_dir() {
                    return Err(Error::new(
                        ErrorKind::NotFound,
                        t!(
                            "core-zendesk-export-no-ticket",
                            dir = dir.display().to_string(),
                            id = id.to_string()
                        ),
                    ));
                }
                offline::read_body(&folder.join(part.file()), &[part.key()])
            }
        }
    }

    async fn ticket_items<T: DeserializeOwned>(
        &self,
        id: u64,
        part: TicketPart,
    ) -> Result<T, Error> {
        let mut body = self.ticket_part(id, part).await?;
        let item = body
            .get_mut(part.key())
            .map(Value::take)
            .unwrap_or(Value::Null);
        serde_json::from_value(item).map_err(|e| decode(&part.what(id), &e))
    }

    pub async fn ticket(&self, id: u64) -> Result<tickets::Ticket, Error> {
        self.ticket_items(id, TicketPart::Ticket).await
    }

    /// Every audit of the ticket, oldest first.
    pub async fn ticket_audits(&self, id: u64) -> Result<Vec<tickets::Audit>, Error> {
        self.ticket_items(id, TicketPart::Audits).await
    }

    /// Every email notification sent about the ticket, newest first.
    pub async fn email_notifications(
        &self,
        id: u64,
    ) -> Result<Vec<tickets::EmailNotification>, Error> {
        self.ticket_items(id, TicketPart::EmailNotifications).await
    }

    /// Most user ids one `show_many` call takes.
    pub const USERS_BATCH: usize = 100;

    /// The users' bodies, asked 100 ids at a time, the batches at once. An export
    /// answers from `users/{id}.json`; an id it lacks is left out, as the API does.
    pub async fn users_raw(&self, ids: &[u64]) -> Result<Vec<Value>, Error> {
        match &self.inner.backend {
            Backend::Api(http) => {
                let batches = futures::future::join_all(
                    ids.chunks(Self::USERS_BATCH).map(|batch| http.users(batch)),
                )
                .await;
                let mut users = Vec::new();
                for batch in batches {
                    users.extend(batch?);
                }
                Ok(users)
            }
            Backend::Export(dir) => {
                let mut users = Vec::new();
                for id in ids {
                    let path = dir.join("users").join(format!("{id}.json"));
                    if path.exists() {
                        let mut body = offline::read_body(&path, &["user"])?;
                        users.push(body["user"].take());
                    }
                }
                Ok(users)
            }
        }
    }

    pub async fn users(&self, ids: &[u64]) -> Result<Vec<tickets::User>, Error> {
        let raw = self.users_raw(ids).await?;
        serde_json::from_value(Value::Array(raw))
            .map_err(|e| decode(&t!("core-zendesk-what-ticket-users"), &e))
    }

    /// A user's identities' bodies (addresses, with their deliverable state).
    pub async fn identities_raw(&self, user: u64) -> Result<Vec<Value>, Error> {
        match &self.inner.backend {
            Backend::Api(http) => http.identities(user).await,
            Backend::Export(dir) => {
                let path = dir.join("users").join(format!("{user}.json"));
                let mut body = offline::read_body(&path, &["user"])?;
                match body.get_mut("identities").map(Value::take) {
                    Some(Value::Array(items)) => Ok(items),
                    _ => Ok(Vec::new()),
                }
            }
        }
    }

    pub async fn identities(&self, user: u64) -> Result<Vec<tickets::Identity>, Error> {
        let raw = self.identities_raw(user).await?;
        serde_json::from_value(Value::Array(raw)).map_err(|e| {
            decode(
                &t!("core-zendesk-what-user-identities", user = user.to_string()),
                &e,
            )
        })
    }

    /// The unified search's cap: past it, the search export is used.
    pub const SEARCH_CAP: u64 = 1000;

    /// The tickets a search finds: through the unified search when it finds at most
    /// 1,000 (its cap), else through the search export (cursor pages, no cap). Each
    /// result is handed to `keep`; what it returns is kept.
    pub async fn search_tickets<T>(
        &self,
        query: &str,
        mut keep: impl FnMut(tickets::Ticket) -> Option<T>,
    ) -> Result<Vec<T>, Error> {
        let Backend::Api(http) = &self.inner.backend else {
            return self.search_count(query).await.map(|_| Vec::new());
        };
        let count = self.search_count(query).await?;
        let mut kept = Vec::new();
        http.search(query, count > Self::SEARCH_CAP, |results| {
            for result in results {
                if result["result_type"]
                    .as_str()
                    .is_some_and(|t| t != "ticket")
                {
                    continue;
                }
                let ticket: tickets::Ticket = serde_json::from_value(result)
                    .map_err(|e| decode(&t!("core-zendesk-what-search", query = query), &e))?;
                kept.extend(keep(ticket));
            }
            Ok(())
        })
        .await?;
        Ok(kept)
    }

    /// The email notifications of up to 100 tickets (`show_many?ticket_ids=`).
    pub async fn email_notifications_of(
        &self,
        tickets: &[u64],
    ) -> Result<Vec<tickets::EmailNotification>, Error> {
        assert!(tickets.len() <= 100, "show_many takes 100 ids");
        match &self.inner.backend {
            Backend::Api(http) => {
                let raw = http.email_notifications_of(tickets).await?;
                serde_json::from_value(Value::Array(raw))
                    .map_err(|e| decode(&t!("core-zendesk-what-the-email-notifications"), &e))
            }
            Backend::Export(_) => {
                let mut all = Vec::new();
                for id in tickets {
                    match self.email_notifications(*id).await {
                        Ok(sent) => all.extend(sent),
                        Err(e) if e.kind == ErrorKind::NotFound => {}
                        Err(e) => return Err(e),
                    }
                }
                Ok(all)
            }
        }
    }

    /// The bodies of a ticket's comments (public and private), oldest first.
    pub async fn comment_bodies(&self, ticket: u64) -> Result<Vec<String>, Error> {
        let raw = match &self.inner.backend {
            Backend::Api(http) => http.comments(ticket).await?,
            Backend::Export(dir) => {
                return Err(Error::new(
                    ErrorKind::ReadOnly,
                    t!(
                        "core-zendesk-export-no-comments",
                        dir = dir.display().to_string()
                    ),
                ));
            }
        };
        Ok(raw
            .iter()
            .filter_map(|c| c["body"].as_str().or(c["plain_body"].as_str()))
            .map(str::to_string)
            .collect())
    }

    /// `PUT /api/v2/tickets/{id}`: a private note and a tag in one update. With the
    /// ticket's `updated_at`, a safe update: a ticket changed since is a
    /// [`ErrorKind::Conflict`], never overwritten.
    pub async fn add_private_note(
        &self,
        ticket: u64,
        body: &str,
        tag: &str,
        updated_stamp: Option<&str>,
    ) -> Result<(), Error> {
        let mut update = serde_json::json!({
            "comment": {"body": body, "public": false},
            "additional_tags": [tag],
        });
        if let Some(stamp) = updated_stamp {
            update["safe_update"] = Value::Bool(true);
            update["updated_stamp"] = Value::String(stamp.to_string());
        }
        match &self.inner.backend {
            Backend::Api(http) => {
                http.update_ticket(ticket, &serde_json::json!({"ticket": update}))
                    .await
            }
            Backend::Export(dir) => Err(Error::new(
                ErrorKind::ReadOnly,
                t!(
                    "core-zendesk-export-no-notes",
                    dir = dir.display().to_string()
                ),
            )),
        }
    }

    /// Most suspended-ticket ids one `recover_many` call takes.
    pub const RECOVER_BATCH: usize = 100;

    /// `PUT /api/v2/suspended_tickets/recover_many`: recover up to [`Client::RECOVER_BATCH`]
    /// ids, keeping each original requester (the single-id endpoint makes the agent the
    /// requester). A result per id; a 422 is read as a partial failure.
    pub async fn recover_suspended(&self, ids: &[u64]) -> Result<Vec<Recovery>, Error> {
        assert!(
            ids.len() <= Self::RECOVER_BATCH,
            "recover_many takes 100 ids"
        );
        match &self.inner.backend {
            Backend::Api(http) => {
                let body = http.recover_many(ids).await?;
                Ok(models::recoveries(ids, &body))
            }
            Backend::Export(dir) => Err(Error::new(
                ErrorKind::ReadOnly,
                t!(
                    "core-zendesk-export-no-recover",
                    dir = dir.display().to_string()
                ),
            )),
        }
    }

    /// `PUT /api/v2/recipient_addresses/{id}/verify`: Zendesk re-runs one verification.
    /// The answer carries no result; read the address again.
    pub async fn verify_recipient_address(&self, id: u64, kind: VerifyKind) -> Result<(), Error> {
        match &self.inner.backend {
            Backend::Api(http) => http.verify(id, kind).await,
            Backend::Export(dir) => Err(Error::new(
                ErrorKind::ReadOnly,
                t!(
                    "core-zendesk-export-no-verify",
                    dir = dir.display().to_string()
                ),
            )),
        }
    }
}
