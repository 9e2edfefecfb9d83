//! The live API: authentication, cursor paging, retries, and errors as sentences.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use reqwest::header::{ACCEPT, HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode, Url};
use serde_json::{Map, Value, json};

use super::secret::base64;
use super::{Endpoint, Error, ErrorKind, TicketPart, Token, VerifyKind};
use crate::i18n::t;
use crate::limits;

/// The credentials sent with every request.
#[derive(Clone, Debug)]
pub enum Auth {
    /// An API token: Basic `{email}/token:{token}`.
    ApiToken { email: String, token: Token },
    /// An OAuth access token: Bearer.
    OAuth { token: Token },
}

/// Retries of 429, 5xx and timeouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included.
    pub attempts: u32,
    /// The first backoff; it doubles after each failure.
    pub base_delay: Duration,
    /// No backoff is longer.
    pub max_delay: Duration,
    /// A longer `Retry-After` is cut to this.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before try `attempt + 1` after `attempt` failed (1-based).
    pub fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        self.base_delay.saturating_mul(factor).min(self.max_delay)
    }
}

/// Everything the HTTP client needs.
#[derive(Clone, Debug)]
pub struct ApiConfig {
    /// `https://{subdomain}.zendesk.com`, or `--zendesk-url`.
    pub base_url: Url,
    pub auth: Auth,
    pub retry: RetryPolicy,
    /// Bound on each request.
    pub timeout: Duration,
    /// Between two reads of an address while `--verify` waits.
    pub poll_interval: Duration,
}

impl ApiConfig {
    pub fn new(base_url: Url, auth: Auth) -> ApiConfig {
        ApiConfig {
            base_url,
            auth,
            retry: RetryPolicy::default(),
            timeout: Duration::from_secs(30),
            poll_interval: Duration::from_secs(3),
        }
    }
}

/// No list is longer than this many pages (100 items each): a guard against a link loop.
const MAX_PAGES: usize = limits::PAGES;

/// A list read page by page: where, and the root keys its items may come under.
#[derive(Clone, Copy)]
struct List<'a> {
    path: &'a str,
    keys: &'a [&'a str],
    /// Cursor paging (`page[size]`); else offset paging (`per_page`), for the endpoints
    /// that have no cursor (the unified search).
    cursor: bool,
}

impl<'a> List<'a> {
    fn cursor(path: &'a str, keys: &'a [&'a str]) -> List<'a> {
        List {
            path,
            keys,
            cursor: true,
        }
    }
}

impl From<Endpoint> for List<'static> {
    fn from(endpoint: Endpoint) -> Self {
        List::cursor(endpoint.path(), endpoint.keys())
    }
}

/// What one request is for, to word its errors.
struct Ask {
    what: String,
    permission: String,
    missing: String,
    /// 422 Unprocessable Entity is an answer to read (a partial failure), not a refusal.
    partial: bool,
}

/// Told after each page of a list: what it is, pages read, items so far.
pub type PageProgress = std::sync::Arc<dyn Fn(&str, usize, usize) + Send + Sync>;

pub(super) struct Http {
    client: reqwest::Client,
    base: Url,
    auth: Auth,
    retry: RetryPolicy,
    requests: AtomicUsize,
    redact: Redactor,
    progress: std::sync::OnceLock<PageProgress>,
}

impl Http {
    pub(super) fn new(config: ApiConfig) -> Result<Http, Error> {
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("zdiag/", env!("CARGO_PKG_VERSION")))
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            // A redirect could carry the Authorization header elsewhere: never follow one.
            .redirect(reqwest::redirect::Policy::none());
        // Plain http is allowed only because the request stays on this machine; an
        // HTTP_PROXY would receive it (Authorization included) in clear. HTTPS through a
        // proxy is a tunnel, so the proxy settings still apply to it.
        if config.base_url.scheme() == "http" {
            builder = builder.no_proxy();
        }
        let client = builder.build().map_err(|e| {
            Error::new(
                ErrorKind::Network,
                t!("core-zendesk-http-client", error = e.to_string()),
            )
        })?;
        Ok(Http {
            client,
            base: config.base_url,
            redact: Redactor::new(&config.auth),
            auth: config.auth,
            retry: config.retry,
            requests: AtomicUsize::new(0),
            progress: std::sync::OnceLock::new(),
        })
    }

    pub(super) fn base(&self) -> &Url {
        &self.base
    }

    pub(super) fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }

    /// Say each page of every list to `progress` (once set, kept for the run).
    pub(super) fn on_pages(&self, progress: PageProgress) {
        let _ = self.progress.set(progress);
    }

    /// The body of an endpoint, every page merged under its root key.
    pub(super) async fn body(&self, endpoint: Endpoint) -> Result<Value, Error> {
        let ask = Ask {
            what: endpoint.what(),
            permission: endpoint.permission(),
            missing: endpoint.missing(),
            partial: false,
        };
        if !endpoint.is_list() {
            return self.get(self.url(endpoint.path(), &[]), &ask).await;
        }
        if endpoint == Endpoint::Triggers {
            // Usage counts are a sideload of some plans only; without it, the plain list.
            let with_usage = self
                .pages(endpoint, &[("include", "usage_24h")], &ask)
                .await;
            return match with_usage {
                Err(e) if matches!(e.kind, ErrorKind::Forbidden | ErrorKind::Rejected) => {
                    self.pages(endpoint, &[], &ask).await
                }
                other => other,
            };
        }
        if endpoint == Endpoint::SuspendedTickets {
            let newest_first = [("sort_by", "created_at"), ("sort_order", "desc")];
            return self.pages(endpoint, &newest_first, &ask).await;
        }
        self.pages(endpoint, &[], &ask).await
    }

    /// Every page merged under the endpoint's root key, within the cap on one list.
    async fn pages(
        &self,
        endpoint: Endpoint,
        extra: &[(&str, &str)],
        ask: &Ask,
    ) -> Result<Value, Error> {
        let items = self.items(endpoint.into(), extra, ask).await?;
        let mut body = Map::new();
        body.insert(endpoint.key().to_string(), Value::Array(items));
        Ok(Value::Object(body))
    }

    /// Every item of every page, within the cap on one list.
    async fn items(
        &self,
        list: List<'_>,
        extra: &[(&str, &str)],
        ask: &Ask,
    ) -> Result<Vec<Value>, Error> {
        let mut items = Vec::new();
        let mut total = 0u64;
        self.each_page(list, extra, ask, |page, size| {
            total += size;
            if total > limits::API_LIST {
                return Err(Error::new(
                    ErrorKind::Decode,
                    t!(
                        "core-zendesk-list-too-large",
                        what = ask.what.as_str(),
                        cap = limits::size(limits::API_LIST),
                        count = items.len()
                    ),
                ));
            }
            items.extend(page);
            Ok(())
        })
        .await?;
        Ok(items)
    }

    /// Follow the cursor (`links.next` while `meta.has_more`), or the offset `next_page`,
    /// handing each page's items and its size in bytes to `each` as it arrives: one page
    /// is held at a time. A list that does not end within the page cap, or whose next
    /// link points back, is an error: part of a list must never pass for all of it.
    async fn each_page(
        &self,
        list: List<'_>,
        extra: &[(&str, &str)],
        ask: &Ask,
        mut each: impl FnMut(Vec<Value>, u64) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut query = vec![if list.cursor {
            ("page[size]", "100")
        } else {
            ("per_page", "100")
        }];
        query.extend_from_slice(extra);
        let mut url = self.url(list.path, &query);
        let mut seen = HashSet::new();
        let mut count = 0usize;
        for _ in 0..MAX_PAGES {
            seen.insert(url.to_string());
            let (mut page, size) = self.get_sized(url.clone(), ask).await?;
            let items = list
                .keys
                .iter()
                .find_map(|key| page.get_mut(*key).map(Value::take))
                .and_then(|items| match items {
                    Value::Array(items) => Some(items),
                    _ => None,
                })
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::Decode,
                        t!(
                            "core-zendesk-no-list",
                            what = ask.what.as_str(),
                            key = list.keys[0]
                        ),
                    )
                })?;
            count += items.len();
            each(items, size)?;
            if let Some(progress) = self.progress.get() {
                progress(&ask.what, seen.len(), count);
            }
            match self.next_page(&page, &url)? {
                None => return Ok(()),
                Some(next) if seen.contains(next.as_str()) => {
                    return Err(Error::new(
                        ErrorKind::Decode,
                        t!(
                            "core-zendesk-page-loop",
                            what = ask.what.as_str(),
                            pages = seen.len(),
                            count = count
                        ),
                    ));
                }
                Some(next) => url = next,
            }
        }
        Err(Error::new(
            ErrorKind::Decode,
            t!(
                "core-zendesk-too-many-pages",
                what = ask.what.as_str(),
                max = MAX_PAGES,
                count = count,
                url = self.url(list.path, &[]).to_string()
            ),
        ))
    }

    fn next_page(&self, page: &Value, current: &Url) -> Result<Option<Url>, Error> {
        if page["meta"]["has_more"] == Value::Bool(true) {
            if let Some(next) = page["links"]["next"].as_str() {
                return self.rebase(next).map(Some);
            }
            if let Some(cursor) = page["meta"]["after_cursor"].as_str() {
                let mut next = current.clone();
                let pairs: Vec<(String, String)> = current
                    .query_pairs()
                    .filter(|(k, _)| k != "page[after]" && k != "page[before]")
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
                next.query_pairs_mut()
                    .clear()
                    .extend_pairs(pairs)
                    .append_pair("page[after]", cursor);
                return Ok(Some(next));
            }
            return Ok(None);
        }
        match page.get("next_page").and_then(Value::as_str) {
            Some(next) => self.rebase(next).map(Some),
            None => Ok(None),
        }
    }

    /// A link from a body, re-rooted on the base URL: the token goes nowhere else.
    fn rebase(&self, link: &str) -> Result<Url, Error> {
        let parsed = Url::parse(link)
            .or_else(|_| self.base.join(link))
            .map_err(|e| {
                Error::new(
                    ErrorKind::Decode,
                    t!("core-zendesk-bad-next-link", error = e.to_string()),
                )
            })?;
        let mut url = self.base.clone();
        let prefix = self.base.path().trim_end_matches('/');
        let path = parsed.path();
        // A link that already holds the base URL's path (a proxy that rewrites links)
        // is not prefixed again.
        let under_base =
            !prefix.is_empty() && (path == prefix || path.starts_with(&format!("{prefix}/")));
        if under_base {
            url.set_path(path);
        } else {
            url.set_path(&format!("{prefix}{path}"));
        }
        url.set_query(parsed.query());
        Ok(url)
    }

    fn url(&self, path: &str, query: &[(&str, &str)]) -> Url {
        let mut url = self.base.clone();
        let prefix = self.base.path().trim_end_matches('/');
        url.set_path(&format!("{prefix}{path}"));
        url.set_query(None);
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query);
        }
        url
    }

    pub(super) async fn recipient_address(&self, id: u64) -> Result<Value, Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-support-address", id = id.to_string()),
            permission: Endpoint::RecipientAddresses.permission(),
            missing: t!("core-zendesk-missing-support-address"),
            partial: false,
        };
        let url = self.url(&format!("/api/v2/recipient_addresses/{id}"), &[]);
        self.get(url, &ask).await
    }

    pub(super) async fn verify(&self, id: u64, kind: VerifyKind) -> Result<(), Error> {
        let ask = Ask {
            what: t!(
                "core-zendesk-what-verification",
                kind = kind.as_str(),
                id = id.to_string()
            ),
            permission: t!("core-zendesk-permission-verify"),
            missing: t!("core-zendesk-missing-support-address"),
            partial: false,
        };
        let url = self.url(&format!("/api/v2/recipient_addresses/{id}/verify"), &[]);
        let body = json!({"type": kind.as_str()});
        self.send(Method::PUT, url, Some(&body), &ask).await?;
        Ok(())
    }

    /// The suspended tickets, newest first, page by page.
    pub(super) async fn suspended_pages(
        &self,
        each: impl FnMut(Vec<Value>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let endpoint = Endpoint::SuspendedTickets;
        let ask = Ask {
            what: endpoint.what(),
            permission: endpoint.permission(),
            missing: endpoint.missing(),
            partial: false,
        };
        let newest_first = [("sort_by", "created_at"), ("sort_order", "desc")];
        let mut each = each;
        self.each_page(endpoint.into(), &newest_first, &ask, |page, _size| {
            each(page)
        })
        .await
    }

    /// `PUT /api/v2/suspended_tickets/recover_many?ids=`: the body of a 200, or of a
    /// 422 that lists the ones that failed. The caller keeps to 100 ids.
    pub(super) async fn recover_many(&self, ids: &[u64]) -> Result<Value, Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-recovery", count = ids.len()),
            permission: t!("core-zendesk-permission-recover"),
            missing: t!("core-zendesk-missing-recover"),
            partial: true,
        };
        let list: Vec<String> = ids.iter().map(u64::to_string).collect();
        let url = self.url(
            "/api/v2/suspended_tickets/recover_many",
            &[("ids", list.join(",").as_str())],
        );
        let bytes = self.send(Method::PUT, url, None, &ask).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&bytes).map_err(|e| super::decode(&ask.what, &e))
    }

    /// One part of a ticket's story as `{"<key>": ...}`: the ticket, or every page of a list.
    pub(super) async fn ticket_part(&self, id: u64, part: TicketPart) -> Result<Value, Error> {
        let ask = Ask {
            what: part.what(id),
            permission: part.permission(),
            missing: t!("core-zendesk-missing-ticket"),
            partial: false,
        };
        let id_text = id.to_string();
        let items = match part {
            TicketPart::Ticket => {
                let url = self.url(&format!("/api/v2/tickets/{id}"), &[]);
                return self.get(url, &ask).await.map_err(|e| match e.kind {
                    ErrorKind::NotFound => Error::new(
                        ErrorKind::NotFound,
                        t!(
                            "core-zendesk-no-ticket",
                            id = id_text.as_str(),
                            account = self.account()
                        ),
                    ),
                    _ => e,
                });
            }
            TicketPart::Audits => {
                let path = format!("/api/v2/tickets/{id}/audits");
                let list = List::cursor(&path, &["audits"]);
                self.items(list, &[], &ask).await?
            }
            TicketPart::EmailNotifications => {
                let list = List::cursor("/api/v2/email_notifications", &["email_notifications"]);
                let filter = [("filter[ticket_id]", id_text.as_str())];
                self.items(list, &filter, &ask).await?
            }
        };
        let mut body = Map::new();
        body.insert(part.key().to_string(), Value::Array(items));
        Ok(Value::Object(body))
    }

    /// `GET /api/v2/users/show_many?ids=`: the users' bodies. The caller keeps to 100 ids.
    pub(super) async fn users(&self, ids: &[u64]) -> Result<Vec<Value>, Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-users", count = ids.len()),
            permission: t!("core-zendesk-permission-users"),
            missing: t!("core-zendesk-missing-account"),
            partial: false,
        };
        let list: Vec<String> = ids.iter().map(u64::to_string).collect();
        let url = self.url(
            "/api/v2/users/show_many",
            &[("ids", list.join(",").as_str())],
        );
        let mut body = self.get(url, &ask).await?;
        match body.get_mut("users").map(Value::take) {
            Some(Value::Array(users)) => Ok(users),
            _ => Err(Error::new(
                ErrorKind::Decode,
                t!(
                    "core-zendesk-no-list",
                    what = ask.what.as_str(),
                    key = "users"
                ),
            )),
        }
    }

    /// `GET /api/v2/users/{id}/identities`, every page.
    pub(super) async fn identities(&self, user: u64) -> Result<Vec<Value>, Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-identities", user = user.to_string()),
            permission: t!("core-zendesk-permission-identities"),
            missing: t!("core-zendesk-missing-user"),
            partial: false,
        };
        let path = format!("/api/v2/users/{user}/identities");
        let list = List::cursor(&path, &["identities"]);
        self.items(list, &[], &ask).await
    }

    /// Tickets a search finds, page by page: the unified search (offset pages, at most
    /// 1,000 results), or with `export` the search export (cursor pages, no cap).
    pub(super) async fn search(
        &self,
        query: &str,
        export: bool,
        each: impl FnMut(Vec<Value>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-search", query = query),
            permission: t!("core-zendesk-permission-search"),
            missing: t!("core-zendesk-missing-account"),
            partial: false,
        };
        let mut each = each;
        if export {
            let list = List::cursor("/api/v2/search/export", &["results"]);
            let extra = [("query", query), ("filter[type]", "ticket")];
            self.each_page(list, &extra, &ask, |page, _| each(page))
                .await
        } else {
            let list = List {
                path: "/api/v2/search",
                keys: &["results"],
                cursor: false,
            };
            self.each_page(list, &[("query", query)], &ask, |page, _| each(page))
                .await
        }
    }

    /// `GET /api/v2/email_notifications/show_many?ticket_ids=`: the caller keeps to 100.
    pub(super) async fn email_notifications_of(
        &self,
        tickets: &[u64],
    ) -> Result<Vec<Value>, Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-notifications-of", count = tickets.len()),
            permission: TicketPart::EmailNotifications.permission(),
            missing: t!("core-zendesk-missing-account"),
            partial: false,
        };
        let ids: Vec<String> = tickets.iter().map(u64::to_string).collect();
        let ids = ids.join(",");
        let list = List::cursor(
            "/api/v2/email_notifications/show_many",
            &["email_notifications"],
        );
        self.items(list, &[("ticket_ids", ids.as_str())], &ask)
            .await
    }

    /// `GET /api/v2/tickets/{id}/comments`, every page.
    pub(super) async fn comments(&self, ticket: u64) -> Result<Vec<Value>, Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-comments", id = ticket.to_string()),
            permission: TicketPart::Ticket.permission(),
            missing: t!("core-zendesk-missing-ticket"),
            partial: false,
        };
        let path = format!("/api/v2/tickets/{ticket}/comments");
        self.items(List::cursor(&path, &["comments"]), &[], &ask)
            .await
    }

    /// `PUT /api/v2/tickets/{id}` with `body`: one update (a note, a tag).
    pub(super) async fn update_ticket(&self, ticket: u64, body: &Value) -> Result<(), Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-update", id = ticket.to_string()),
            permission: t!("core-zendesk-permission-update"),
            missing: t!("core-zendesk-missing-ticket"),
            partial: false,
        };
        let url = self.url(&format!("/api/v2/tickets/{ticket}"), &[]);
        self.send(Method::PUT, url, Some(body), &ask).await?;
        Ok(())
    }

    /// The account as people name it: `example.zendesk.com`, or the host and port given.
    fn account(&self) -> String {
        let host = self.base.host_str().unwrap_or_default();
        match self.base.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        }
    }

    /// `GET /api/v2/search/count?query=`: `{"count": N}`.
    pub(super) async fn search_count(&self, query: &str) -> Result<Value, Error> {
        let ask = Ask {
            what: t!("core-zendesk-what-search", query = query),
            permission: t!("core-zendesk-permission-search"),
            missing: t!("core-zendesk-missing-account"),
            partial: false,
        };
        let url = self.url("/api/v2/search/count", &[("query", query)]);
        self.get(url, &ask).await
    }

    async fn get(&self, url: Url, ask: &Ask) -> Result<Value, Error> {
        self.get_sized(url, ask).await.map(|(value, _)| value)
    }

    /// The body and its size in bytes.
    async fn get_sized(&self, url: Url, ask: &Ask) -> Result<(Value, u64), Error> {
        let bytes = self.send(Method::GET, url, None, ask).await?;
        let size = bytes.len() as u64;
        let mut value: Value =
            serde_json::from_slice(&bytes).map_err(|e| super::decode(&ask.what, &e))?;
        // What the server says is shown and exported: never with the credentials in it.
        self.redact.value(&mut value);
        Ok((value, size))
    }

    /// One request, retried on 429 (after `Retry-After`), 5xx and network failures.
    async fn send(
        &self,
        method: Method,
        url: Url,
        body: Option<&Value>,
        ask: &Ask,
    ) -> Result<Vec<u8>, Error> {
        let attempts = self.retry.attempts.max(1);
        let mut last = None;
        for attempt in 1..=attempts {
            self.requests.fetch_add(1, Ordering::Relaxed);
            let mut request = self
                .client
                .request(method.clone(), url.clone())
                .header(ACCEPT, "application/json");
            request = match &self.auth {
                Auth::ApiToken { email, token } => {
                    request.basic_auth(format!("{email}/token"), Some(token.expose()))
                }
                Auth::OAuth { token } => request.bearer_auth(token.expose()),
            };
            if let Some(body) = body {
                request = request.json(body);
            }
            let wait = match request.send().await {
                Err(error) => {
                    last = Some(Error::new(
                        ErrorKind::Network,
                        t!(
                            "core-zendesk-network",
                            base = self.base.to_string(),
                            what = ask.what.as_str(),
                            error = chain(&error)
                        ),
                    ));
                    self.retry.backoff(attempt)
                }
                Ok(response) => {
                    let status = response.status();
                    if status.is_success() {
                        return read_body(response, limits::API_BODY)
                            .await
                            .map_err(|e| match e {
                                BodyError::TooLarge => Error::new(
                                    ErrorKind::Decode,
                                    t!(
                                        "core-zendesk-body-too-large",
                                        what = ask.what.as_str(),
                                        cap = limits::size(limits::API_BODY)
                                    ),
                                ),
                                BodyError::Http(e) => Error::new(
                                    ErrorKind::Network,
                                    t!(
                                        "core-zendesk-cut-off",
                                        what = ask.what.as_str(),
                                        error = chain(&e)
                                    ),
                                ),
                            });
                    }
                    let headers = response.headers().clone();
                    // Only the start of an error body is read: it is for a description.
                    let text = read_prefix(response, limits::API_ERROR_BODY).await;
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        last = Some(Error::new(
                            ErrorKind::RateLimited,
                            t!(
                                "core-zendesk-rate-limited",
                                what = ask.what.as_str(),
                                attempts = attempts
                            ),
                        ));
                        self.retry_after(&headers)
                            .unwrap_or_else(|| self.retry.backoff(attempt))
                    } else if status.is_server_error() {
                        last = Some(Error::new(
                            ErrorKind::Server,
                            t!(
                                "core-zendesk-server",
                                what = ask.what.as_str(),
                                status = status.to_string(),
                                attempts = attempts
                            ),
                        ));
                        self.retry.backoff(attempt)
                    } else if status == StatusCode::UNPROCESSABLE_ENTITY && ask.partial {
                        return Ok(text.into_bytes());
                    } else {
                        return Err(self.refusal(status, &text, ask));
                    }
                }
            };
            if attempt < attempts {
                tokio::time::sleep(wait).await;
            }
        }
        Err(last.expect("at least one attempt"))
    }

    fn retry_after(&self, headers: &HeaderMap) -> Option<Duration> {
        let secs = headers
            .get(RETRY_AFTER)?
            .to_str()
            .ok()?
            .trim()
            .parse::<f64>()
            .ok()?;
        (secs.is_finite() && secs >= 0.0)
            .then(|| Duration::from_secs_f64(secs).min(self.retry.max_retry_after))
    }

    /// 401, 403, 404 and other 4xx: what is missing, in a sentence.
    fn refusal(&self, status: StatusCode, text: &str, ask: &Ask) -> Error {
        let said = self.redact.text(&description(text));
        let said = if said.is_empty() {
            String::new()
        } else {
            format!(" {}", t!("core-zendesk-said", said = said))
        };
        match status {
            StatusCode::UNAUTHORIZED => {
                let message = match &self.auth {
                    Auth::ApiToken { email, .. } => t!(
                        "core-zendesk-unauthorized-token",
                        email = email.as_str(),
                        what = ask.what.as_str(),
                        said = said
                    ),
                    Auth::OAuth { .. } => t!(
                        "core-zendesk-unauthorized-oauth",
                        what = ask.what.as_str(),
                        said = said
                    ),
                };
                Error::new(ErrorKind::Unauthorized, message)
            }
            StatusCode::FORBIDDEN => Error::new(
                ErrorKind::Forbidden,
                t!(
                    "core-zendesk-forbidden",
                    what = ask.what.as_str(),
                    permission = ask.permission.as_str(),
                    said = said
                ),
            ),
            StatusCode::CONFLICT => Error::new(
                ErrorKind::Conflict,
                t!(
                    "core-zendesk-conflict",
                    what = ask.what.as_str(),
                    said = said
                ),
            ),
            StatusCode::NOT_FOUND => Error::new(
                ErrorKind::NotFound,
                t!(
                    "core-zendesk-not-found",
                    what = ask.what.as_str(),
                    base = self.base.to_string(),
                    missing = ask.missing.as_str(),
                    said = said
                ),
            ),
            _ if status.is_redirection() => Error::new(
                ErrorKind::Rejected,
                t!(
                    "core-zendesk-redirect",
                    status = status.to_string(),
                    what = ask.what.as_str()
                ),
            ),
            _ => Error::new(
                ErrorKind::Rejected,
                t!(
                    "core-zendesk-refused",
                    what = ask.what.as_str(),
                    status = status.to_string(),
                    said = said
                ),
            ),
        }
    }
}

enum BodyError {
    TooLarge,
    Http(reqwest::Error),
}

/// The body, chunk by chunk, or `TooLarge` once past `cap` (or announced larger).
async fn read_body(mut response: reqwest::Response, cap: u64) -> Result<Vec<u8>, BodyError> {
    if response.content_length().is_some_and(|len| len > cap) {
        return Err(BodyError::TooLarge);
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Http)? {
        if (bytes.len() + chunk.len()) as u64 > cap {
            return Err(BodyError::TooLarge);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// At most `cap` bytes of the body as text; whatever fails is left out.
async fn read_prefix(mut response: reqwest::Response, cap: u64) -> String {
    let mut bytes = Vec::new();
    while (bytes.len() as u64) < cap {
        match response.chunk().await {
            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
            _ => break,
        }
    }
    bytes.truncate(cap as usize);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// What would give the credentials away if a server echoed it: the token, and the Basic
/// credentials as they travel (base64).
struct Redactor {
    needles: Vec<String>,
}

const REDACTED: &str = "[redacted]";

impl Redactor {
    fn new(auth: &Auth) -> Redactor {
        let mut needles = Vec::new();
        match auth {
            Auth::ApiToken { email, token } => {
                let credentials = format!("{email}/token:{}", token.expose());
                needles.push(base64(credentials.as_bytes()));
                needles.push(credentials);
                needles.push(token.expose().to_string());
            }
            Auth::OAuth { token } => needles.push(token.expose().to_string()),
        }
        // A very short token would blank out ordinary words of every body.
        needles.retain(|n| n.len() >= 8);
        needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        Redactor { needles }
    }

    /// The credentials replaced, and any long word after `Basic ` or `Bearer ` (the
    /// shape of an echoed Authorization header, perhaps of other credentials).
    fn text(&self, text: &str) -> String {
        let mut text = self.exact(text).into_owned();
        for scheme in ["basic ", "bearer "] {
            let mut from = 0;
            while let Some(at) = text[from..].to_ascii_lowercase().find(scheme) {
                let start = from + at + scheme.len();
                let end = text[start..]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || "+/=-_.~".contains(c)))
                    .map_or(text.len(), |n| start + n);
                // Short words are prose ("Basic authentication"), not credentials.
                if end - start >= 16 && &text[start..end] != REDACTED {
                    text.replace_range(start..end, REDACTED);
                }
                from = start;
            }
        }
        text
    }

    fn exact<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        let mut text = std::borrow::Cow::Borrowed(text);
        for needle in &self.needles {
            if text.contains(needle.as_str()) {
                text = std::borrow::Cow::Owned(text.replace(needle.as_str(), REDACTED));
            }
        }
        text
    }

    /// Every string of a body (keys included) with the credentials replaced.
    fn value(&self, value: &mut Value) {
        match value {
            Value::String(s) => {
                if let std::borrow::Cow::Owned(clean) = self.exact(s) {
                    *s = clean;
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.value(v)),
            Value::Object(map) => {
                if map.keys().any(|k| self.exact(k).len() != k.len()) {
                    let old = std::mem::take(map);
                    *map = old
                        .into_iter()
                        .map(|(k, v)| (self.exact(&k).into_owned(), v))
                        .collect();
                }
                map.values_mut().for_each(|v| self.value(v));
            }
            _ => {}
        }
    }
}

/// The `error`/`description` Zendesk puts in an error body, cut short.
fn description(text: &str) -> String {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return String::new();
    };
    let pick = |v: &Value| -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o
                .get("message")
                .or_else(|| o.get("title"))
                .and_then(Value::as_str)
                .map(str::to_string),
            _ => None,
        }
    };
    let text = pick(&value["description"])
        .or_else(|| pick(&value["error"]))
        .unwrap_or_default();
    text.chars().take(200).collect()
}

/// An error and its causes, on one line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        // Many errors repeat their cause in their own text: say it once.
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    #[derive(Debug)]
    struct Wrapper(std::io::Error);

    impl std::fmt::Display for Wrapper {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "error decoding response body: {}", self.0)
        }
    }

    impl std::error::Error for Wrapper {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_cause_already_in_the_message_is_not_repeated() {
        let error = Wrapper(std::io::Error::other("invalid UTF-8"));
        assert_eq!(chain(&error), "error decoding response body: invalid UTF-8");
    }

    #[test]
    fn echoed_credentials_are_redacted() {
        let redact = Redactor::new(&Auth::ApiToken {
            email: "a@b.test".into(),
            token: Token::new("zdtok-0123456789").unwrap(),
        });
        let basic = base64(b"a@b.test/token:zdtok-0123456789");
        let said = redact.text(&format!(
            "bad header Authorization: Basic {basic}; token zdtok-0123456789; Bearer other.Tok3n-0123456789 and Basic authentication"
        ));
        assert_eq!(
            said,
            "bad header Authorization: Basic [redacted]; token [redacted]; Bearer [redacted] and Basic authentication"
        );
        let mut body =
            json!({"triggers": [{"title": "x zdtok-0123456789 y", "zdtok-0123456789": 1}]});
        redact.value(&mut body);
        assert_eq!(
            body,
            json!({"triggers": [{"title": "x [redacted] y", "[redacted]": 1}]})
        );
        // Ordinary words after "Basic" stay in bodies: only error text gets the generic rule.
        let mut body = json!({"title": "Basic information"});
        redact.value(&mut body);
        assert_eq!(body["title"], "Basic information");
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.backoff(1), Duration::from_millis(500));
        assert_eq!(policy.backoff(2), Duration::from_secs(1));
        assert_eq!(policy.backoff(10), Duration::from_secs(8));
    }
}
