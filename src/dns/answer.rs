//! Questions and their typed answers: what every backend speaks.

use crate::i18n::t;
use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};

use futures::future::BoxFuture;

/// The record types zdiag asks about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QType {
    A,
    Aaaa,
    Txt,
    Mx,
    Ptr,
    Cname,
    /// The SPF RR type (99), removed by RFC 7208 §3.1 but still published by some.
    Spf,
}

impl QType {
    pub fn as_str(self) -> &'static str {
        match self {
            QType::A => "A",
            QType::Aaaa => "AAAA",
            QType::Txt => "TXT",
            QType::Mx => "MX",
            QType::Ptr => "PTR",
            QType::Cname => "CNAME",
            QType::Spf => "SPF",
        }
    }
}

impl fmt::Display for QType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One resource record's data, in zdiag's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RData {
    A(Ipv4Addr),
    Aaaa(Ipv6Addr),
    /// The character-strings of one TXT record, split kept (RFC 7208 §3.3 joins them).
    Txt(Vec<Vec<u8>>),
    /// Host names are lower-case, without the trailing dot; `""` is the root (null MX).
    Mx {
        preference: u16,
        exchange: String,
    },
    Ptr(String),
    Cname(String),
    /// A type-99 SPF record: same wire format as TXT.
    Spf(Vec<Vec<u8>>),
}

impl RData {
    pub fn qtype(&self) -> QType {
        match self {
            RData::A(_) => QType::A,
            RData::Aaaa(_) => QType::Aaaa,
            RData::Txt(_) => QType::Txt,
            RData::Mx { .. } => QType::Mx,
            RData::Ptr(_) => QType::Ptr,
            RData::Cname(_) => QType::Cname,
            RData::Spf(_) => QType::Spf,
        }
    }
}

/// The typed outcome of one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// At least one record of the asked type. `cnames` lists the aliases
    /// followed to reach them, in order (empty when the name held the records).
    Records {
        records: Vec<RData>,
        cnames: Vec<String>,
    },
    /// The name does not exist.
    NxDomain,
    /// The name exists but has no record of this type.
    NoData,
    /// No answer within the timeout.
    Timeout,
    /// The server answered SERVFAIL.
    ServFail,
    /// The server answered REFUSED.
    Refused,
    /// Anything else that prevented an answer (the text says what).
    Other(String),
}

impl Answer {
    /// NXDOMAIN or NODATA: the "void lookup" of RFC 7208 §4.6.4.
    pub fn is_void(&self) -> bool {
        matches!(self, Answer::NxDomain | Answer::NoData)
    }

    /// DNS did not give an answer: nothing can be concluded about the name.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            Answer::Timeout | Answer::ServFail | Answer::Refused | Answer::Other(_)
        )
    }

    /// The records, or an empty slice for every other outcome.
    pub fn records(&self) -> &[RData] {
        match self {
            Answer::Records { records, .. } => records,
            _ => &[],
        }
    }

    /// The mail exchangers of an MX answer, in answer order, without the null MX (`.`).
    pub fn mx_hosts(&self) -> Vec<String> {
        self.records()
            .iter()
            .filter_map(|r| match r {
                RData::Mx { exchange, .. } if !exchange.is_empty() => Some(exchange.clone()),
                _ => None,
            })
            .collect()
    }

    /// A short phrase for messages: "NXDOMAIN", "timeout", ...
    pub fn describe(&self) -> String {
        match self {
            Answer::Records { records, .. } => t!("core-dns-records", count = records.len()),
            Answer::NxDomain => t!("core-dns-nxdomain"),
            Answer::NoData => t!("core-dns-nodata"),
            Answer::Timeout => t!("core-dns-timeout"),
            Answer::ServFail => "SERVFAIL".into(),
            Answer::Refused => "REFUSED".into(),
            Answer::Other(why) => why.clone(),
        }
    }
}

/// A source of answers. `None` means "not mine to answer": the next backend is asked.
pub trait Backend: Send + Sync {
    fn query<'a>(&'a self, name: &'a str, qtype: QType) -> BoxFuture<'a, Option<Answer>>;
}

/// Lower-case, no trailing dot: the one spelling used for cache keys and zones.
pub fn normalize_name(name: &str) -> String {
    let trimmed = name.strip_suffix('.').unwrap_or(name);
    trimmed.to_ascii_lowercase()
}
