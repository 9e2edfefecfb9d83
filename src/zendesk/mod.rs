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
pub mod export;
mod http;
pub mod models;
mod secret;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::sync::OnceCell;

pub use config::{ApiConfig, Auth, RetryPolicy};
pub use models::{
    AccountSettings, Automation, Group, Notification, RecipientAddress, Target, Trigger,
    VerificationStatus, VerifyKind,
};
pub use secret::Token;

/// The endpoints the checks read: one export file each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    RecipientAddresses,
    Triggers,
    Targets,
    Automations,
    Groups,
    AccountSettings,
}

impl Endpoint {
    /// Every endpoint `zdiag export` writes.
    pub const ALL: [Endpoint; 6] = [
        Endpoint::RecipientAddresses,
        Endpoint::Triggers,
        Endpoint::Targets,
        Endpoint::Automations,
        Endpoint::Groups,
        Endpoint::AccountSettings,
    ];

    /// The API path, relative to the base URL.
    pub fn path(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "/api/v2/recipient_addresses",
            Endpoint::Triggers => "/api/v2/triggers",
            Endpoint::Targets => "/api/v2/targets",
            Endpoint::Automations => "/api/v2/automations",
            Endpoint::Groups => "/api/v2/groups",
            Endpoint::AccountSettings => "/api/v2/account/settings",
        }
    }

    /// The root key of the response body.
    pub fn key(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "recipient_addresses",
            Endpoint::Triggers => "triggers",
            Endpoint::Targets => "targets",
            Endpoint::Automations => "automations",
            Endpoint::Groups => "groups",
            Endpoint::AccountSettings => "settings",
        }
    }

    /// The file an export keeps the body in.
    pub fn file(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "recipient_addresses.json",
            Endpoint::Triggers => "triggers.json",
            Endpoint::Targets => "targets.json",
            Endpoint::Automations => "automations.json",
            Endpoint::Groups => "groups.json",
            Endpoint::AccountSettings => "account_settings.json",
        }
    }

    /// A list (paged), or one object.
    pub fn is_list(self) -> bool {
        self != Endpoint::AccountSettings
    }

    /// What it holds, for messages.
    pub fn what(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => "the support addresses",
            Endpoint::Triggers => "the triggers",
            Endpoint::Targets => "the targets",
            Endpoint::Automations => "the automations",
            Endpoint::Groups => "the groups",
            Endpoint::AccountSettings => "the account settings",
        }
    }

    /// Who may read it, for a 403.
    fn permission(self) -> &'static str {
        match self {
            Endpoint::RecipientAddresses => {
                "reading support addresses needs an admin or an agent; the token's user may be suspended, or a custom role may hide channels"
            }
            Endpoint::Triggers | Endpoint::Automations => {
                "the token's user is an agent whose role cannot see business rules (triggers and automations): use an admin's token"
            }
            Endpoint::Targets => {
                "the token's user is an agent whose role cannot see targets (Admin Center > Apps and integrations > Targets): use an admin's token"
            }
            Endpoint::Groups => "the token's user cannot list groups: use an admin's token",
            Endpoint::AccountSettings => {
                "reading the account settings needs an admin: the token's user is an agent without admin rights"
            }
        }
    }

    /// What a 404 most likely means.
    fn missing(self) -> &'static str {
        match self {
            Endpoint::Targets => {
                "check the subdomain; on some plans targets are not available (they are being replaced by webhooks)"
            }
            Endpoint::Automations => "check the subdomain; the plan may not include automations",
            _ => "check the subdomain (or --zendesk-url): no Zendesk account answers there",
        }
    }
}

/// Why a Zendesk question got no usable answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// 401: the credentials were refused.
    Unauthorized,
    /// 403: the user or plan lacks a permission or feature.
    Forbidden,
    /// 404.
    NotFound,
    /// 429 still, after the retries.
    RateLimited,
    /// 5xx still, after the retries.
    Server,
    /// Timeout or connection failure, after the retries.
    Network,
    /// Another 4xx (400, 422, ...).
    Rejected,
    /// The body is not the JSON expected.
    Decode,
    /// The export directory lacks the file or it is unreadable.
    Export,
    /// A write was asked of a read-only source (an export).
    ReadOnly,
}

/// An error whose text is a sentence naming what is missing; it never holds the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
        }
    }
}

impl Error {
    /// What to do about it, fitting the status: wait out a 429, retry a 5xx later,
    /// fix the credentials for a 401, get the permission for a 403.
    pub fn advice(&self) -> &'static str {
        match self.kind {
            ErrorKind::Unauthorized => {
                "Check ZENDESK_EMAIL and the token (or ZENDESK_OAUTH_TOKEN), and that token access is enabled in Admin Center > Apps and integrations > APIs > Zendesk API; then run zdiag again."
            }
            ErrorKind::Forbidden => {
                "Use a token whose user has the permission the message names (an admin's token reads every endpoint), or accept that the checks needing this data cannot run."
            }
            ErrorKind::NotFound => {
                "Check the subdomain (or --zendesk-url); if the plan lacks the feature, the checks needing this data cannot run."
            }
            ErrorKind::RateLimited => {
                "Wait a minute for Zendesk's rate limit to reset (another integration may be using the account's quota), then run zdiag again."
            }
            ErrorKind::Server => "Zendesk is having trouble: run zdiag again in a few minutes.",
            ErrorKind::Network => {
                "Check the way to Zendesk (network, proxy, firewall, DNS), then run zdiag again."
            }
            ErrorKind::Decode | ErrorKind::Rejected => {
                "Run zdiag again; if it persists, report the message with the zdiag version."
            }
            ErrorKind::Export => {
                "Check that the export directory is readable and writable and has space, then write the export again with `zdiag export DIR`."
            }
            ErrorKind::ReadOnly => "Run against the API instead of an export.",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

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
                format!(
                    "--zendesk-export {}: not a directory (write one with `zdiag export DIR`)",
                    dir.display()
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
                let body = export::read(dir, endpoint)?;
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
                Backend::Export(dir) => export::read(dir, endpoint),
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
        serde_json::from_value(items).map_err(|e| decode(endpoint.what(), &e))
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
        serde_json::from_value(settings).map_err(|e| decode("the account settings", &e))
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
                serde_json::from_value(item).map_err(|e| decode("the support address", &e))
            }
            Backend::Export(_) => self
                .recipient_addresses()
                .await?
                .into_iter()
                .find(|a| a.id == id)
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::Export,
                        format!("the export has no support address {id}"),
                    )
                }),
        }
    }

    /// `PUT /api/v2/recipient_addresses/{id}/verify`: Zendesk re-runs one verification.
    /// The answer carries no result; read the address again.
    pub async fn verify_recipient_address(&self, id: u64, kind: VerifyKind) -> Result<(), Error> {
        match &self.inner.backend {
            Backend::Api(http) => http.verify(id, kind).await,
            Backend::Export(dir) => Err(Error::new(
                ErrorKind::ReadOnly,
                format!(
                    "cannot ask Zendesk to verify from an export ({}): verifying needs the API",
                    dir.display()
                ),
            )),
        }
    }
}

pub(crate) fn decode(what: &str, error: &serde_json::Error) -> Error {
    Error::new(
        ErrorKind::Decode,
        format!("Zendesk's answer for {what} is not the JSON expected: {error}"),
    )
}
