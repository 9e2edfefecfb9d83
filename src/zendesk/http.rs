//! The live API: authentication, cursor paging, retries, and errors as sentences.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use reqwest::header::{ACCEPT, HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode, Url};
use serde_json::{Map, Value, json};

use super::{Endpoint, Error, ErrorKind, Token, VerifyKind};

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
const MAX_PAGES: usize = 500;

/// What one request is for, to word its errors.
struct Ask {
    what: String,
    permission: &'static str,
    missing: &'static str,
    /// 422 Unprocessable Entity is an answer to read (a partial failure), not a refusal.
    partial: bool,
}

pub(super) struct Http {
    client: reqwest::Client,
    base: Url,
    auth: Auth,
    retry: RetryPolicy,
    requests: AtomicUsize,
}

impl Http {
    pub(super) fn new(config: ApiConfig) -> Result<Http, Error> {
        let client = reqwest::Client::builder()
            .user_agent(concat!("zdiag/", env!("CARGO_PKG_VERSION")))
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            // A redirect could carry the Authorization header elsewhere: never follow one.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| {
                Error::new(
                    ErrorKind::Network,
                    format!("cannot build the HTTP client: {e}"),
                )
            })?;
        Ok(Http {
            client,
            base: config.base_url,
            auth: config.auth,
            retry: config.retry,
            requests: AtomicUsize::new(0),
        })
    }

    pub(super) fn base(&self) -> &Url {
        &self.base
    }

    pub(super) fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }

    /// The body of an endpoint, every page merged under its root key.
    pub(super) async fn body(&self, endpoint: Endpoint) -> Result<Value, Error> {
        let ask = Ask {
            what: endpoint.what().to_string(),
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

    /// Every page merged under the endpoint's root key.
    async fn pages(
        &self,
        endpoint: Endpoint,
        extra: &[(&str, &str)],
        ask: &Ask,
    ) -> Result<Value, Error> {
        let mut items = Vec::new();
        self.each_page(endpoint, extra, ask, |page| {
            items.extend(page);
            Ok(())
        })
        .await?;
        let mut body = Map::new();
        body.insert(endpoint.key().to_string(), Value::Array(items));
        Ok(Value::Object(body))
    }

    /// Follow the cursor (`links.next` while `meta.has_more`), or the offset `next_page`,
    /// handing each page's items to `each` as it arrives: one page is held at a time.
    async fn each_page(
        &self,
        endpoint: Endpoint,
        extra: &[(&str, &str)],
        ask: &Ask,
        mut each: impl FnMut(Vec<Value>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let mut query = vec![("page[size]", "100")];
        query.extend_from_slice(extra);
        let mut url = self.url(endpoint.path(), &query);
        let mut seen = HashSet::new();
        for _ in 0..MAX_PAGES {
            seen.insert(url.to_string());
            let mut page = self.get(url.clone(), ask).await?;
            let list = endpoint
                .keys()
                .iter()
                .find_map(|key| page.get_mut(*key).map(Value::take))
                .and_then(|list| match list {
                    Value::Array(items) => Some(items),
                    _ => None,
                })
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::Decode,
                        format!(
                            "Zendesk's answer for {} has no \"{}\" list",
                            endpoint.what(),
                            endpoint.key()
                        ),
                    )
                })?;
            each(list)?;
            match self.next_page(&page, &url)? {
                Some(next) if !seen.contains(next.as_str()) => url = next,
                _ => break,
            }
        }
        Ok(())
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
                    format!("Zendesk's next-page link is not a URL: {e}"),
                )
            })?;
        let mut url = self.base.clone();
        let prefix = self.base.path().trim_end_matches('/');
        url.set_path(&format!("{prefix}{}", parsed.path()));
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
            what: format!("support address {id}"),
            permission: Endpoint::RecipientAddresses.permission(),
            missing: "the support address was deleted, or the subdomain is wrong",
            partial: false,
        };
        let url = self.url(&format!("/api/v2/recipient_addresses/{id}"), &[]);
        self.get(url, &ask).await
    }

    pub(super) async fn verify(&self, id: u64, kind: VerifyKind) -> Result<(), Error> {
        let ask = Ask {
            what: format!("the {} verification of support address {id}", kind.as_str()),
            permission: "verifying a support address needs an admin, or an agent whose role can manage channels and extensions",
            missing: "the support address was deleted, or the subdomain is wrong",
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
            what: endpoint.what().to_string(),
            permission: endpoint.permission(),
            missing: endpoint.missing(),
            partial: false,
        };
        let newest_first = [("sort_by", "created_at"), ("sort_order", "desc")];
        self.each_page(endpoint, &newest_first, &ask, each).await
    }

    /// `PUT /api/v2/suspended_tickets/recover_many?ids=`: the body of a 200, or of a
    /// 422 that lists the ones that failed. The caller keeps to 100 ids.
    pub(super) async fn recover_many(&self, ids: &[u64]) -> Result<Value, Error> {
        let ask = Ask {
            what: format!("the recovery of {} suspended tickets", ids.len()),
            permission: "recovering suspended tickets needs an admin, an unrestricted agent, or (Enterprise) a custom role allowed to manage suspended tickets",
            missing: "the suspended tickets were deleted or already recovered, or the subdomain is wrong",
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

    /// `GET /api/v2/search/count?query=`: `{"count": N}`.
    pub(super) async fn search_count(&self, query: &str) -> Result<Value, Error> {
        let ask = Ask {
            what: format!("the ticket search \"{query}\""),
            permission: "searching tickets needs an agent who can see them",
            missing: "check the subdomain (or --zendesk-url): no Zendesk account answers there",
            partial: false,
        };
        let url = self.url("/api/v2/search/count", &[("query", query)]);
        self.get(url, &ask).await
    }

    async fn get(&self, url: Url, ask: &Ask) -> Result<Value, Error> {
        let bytes = self.send(Method::GET, url, None, ask).await?;
        serde_json::from_slice(&bytes).map_err(|e| super::decode(&ask.what, &e))
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
                        format!(
                            "could not reach Zendesk at {} for {}: {}",
                            self.base,
                            ask.what,
                            chain(&error)
                        ),
                    ));
                    self.retry.backoff(attempt)
                }
                Ok(response) => {
                    let status = response.status();
                    if status.is_success() {
                        let bytes = response.bytes().await.map_err(|e| {
                            Error::new(
                                ErrorKind::Network,
                                format!("the answer for {} was cut off: {}", ask.what, chain(&e)),
                            )
                        })?;
                        return Ok(bytes.to_vec());
                    }
                    let headers = response.headers().clone();
                    let text = response.text().await.unwrap_or_default();
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        last = Some(Error::new(
                            ErrorKind::RateLimited,
                            format!(
                                "Zendesk's rate limit stopped zdiag reading {} ({attempts} tries, 429 Too Many Requests): another integration may be using the account's quota; retry in a minute",
                                ask.what
                            ),
                        ));
                        self.retry_after(&headers)
                            .unwrap_or_else(|| self.retry.backoff(attempt))
                    } else if status.is_server_error() {
                        last = Some(Error::new(
                            ErrorKind::Server,
                            format!(
                                "Zendesk failed to answer for {} ({status}, {attempts} tries): the service is having trouble; retry in a few minutes",
                                ask.what
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
        let said = description(text);
        let said = if said.is_empty() {
            String::new()
        } else {
            format!(" Zendesk said: \"{said}\".")
        };
        match status {
            StatusCode::UNAUTHORIZED => {
                let message = match &self.auth {
                    Auth::ApiToken { email, .. } => format!(
                        "Zendesk refused the API token for {email} (401 Unauthorized) while reading {}: check ZENDESK_EMAIL and the token, and that token access is enabled in Admin Center > Apps and integrations > APIs > Zendesk API (new accounts have it disabled).{said}",
                        ask.what
                    ),
                    Auth::OAuth { .. } => format!(
                        "Zendesk refused the OAuth token (401 Unauthorized) while reading {}: it is invalid, expired or revoked, or OAuth access is disabled in Admin Center > Apps and integrations > APIs > Zendesk API.{said}",
                        ask.what
                    ),
                };
                Error::new(ErrorKind::Unauthorized, message)
            }
            StatusCode::FORBIDDEN => Error::new(
                ErrorKind::Forbidden,
                format!(
                    "Zendesk denied access to {} (403 Forbidden): {}; or the plan does not include the feature.{said}",
                    ask.what, ask.permission
                ),
            ),
            StatusCode::NOT_FOUND => Error::new(
                ErrorKind::NotFound,
                format!(
                    "Zendesk answered 404 Not Found for {} at {}: {}.{said}",
                    ask.what, self.base, ask.missing
                ),
            ),
            _ if status.is_redirection() => Error::new(
                ErrorKind::Rejected,
                format!(
                    "Zendesk answered {status} for {}: zdiag does not follow redirects; check the subdomain or --zendesk-url",
                    ask.what
                ),
            ),
            _ => Error::new(
                ErrorKind::Rejected,
                format!(
                    "Zendesk refused the request for {} ({status}).{said}",
                    ask.what
                ),
            ),
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
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.backoff(1), Duration::from_millis(500));
        assert_eq!(policy.backoff(2), Duration::from_secs(1));
        assert_eq!(policy.backoff(10), Duration::from_secs(8));
    }
}
