//! Errors as sentences that name what is missing.

use crate::i18n::t;
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
    pub fn advice(&self) -> String {
        t!(match self.kind {
            ErrorKind::Unauthorized => "core-api-advice-unauthorized",
            ErrorKind::Forbidden => "core-api-advice-forbidden",
            ErrorKind::NotFound => "core-api-advice-not-found",
            ErrorKind::RateLimited => "core-api-advice-rate-limited",
            ErrorKind::Server => "core-api-advice-server",
            ErrorKind::Network => "core-api-advice-network",
            ErrorKind::Conflict => "core-api-advice-conflict",
            ErrorKind::Decode | ErrorKind::Rejected => "core-api-advice-retry",
            ErrorKind::Export => "core-api-advice-export",
            ErrorKind::ReadOnly => "core-api-advice-read-only",
        })
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
        t!(
            "core-zendesk-decode",
            what = what,
            error = error.to_string()
        ),
    )
}
