//! Errors as sentences that name what is missing.

use std::fmt;

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
    /// 409: the ticket changed since it was read (a safe update refused).
    Conflict,
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
            ErrorKind::Conflict => "The ticket changed while zdiag wrote to it: run zdiag again.",
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

pub(crate) fn decode(what: &str, error: &serde_json::Error) -> Error {
    Error::new(
        ErrorKind::Decode,
        format!("Zendesk's answer for {what} is not the JSON expected: {error}"),
    )
}
