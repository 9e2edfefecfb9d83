//! The SPF record: its terms, as RFC 7208 §4.6 and §12 (ABNF) define them.
//!
//! Parsing is pure and total: any string gives a `Record` or a `ParseError`
//! naming the offending term and its column, never a panic.

use std::net::{Ipv4Addr, Ipv6Addr};

/// Byte offsets into the record text (`start..end`), for positioned messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    Pass,
    Fail,
    SoftFail,
    Neutral,
}

impl Qualifier {
    /// The qualifier character as written (`+` for pass).
    pub fn symbol(self) -> char {
        match self {
            Qualifier::Pass => '+',
            Qualifier::Fail => '-',
            Qualifier::SoftFail => '~',
            Qualifier::Neutral => '?',
        }
    }
}

/// A domain-spec as written: a macro-string (RFC 7208 §7.1), expanded at evaluation time.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct DomainSpec(pub String);

impl DomainSpec {
    /// Contains a `%{…}` macro, so its target is only known for a given sender and client.
    pub fn has_macros(&self) -> bool {
        self.0.contains("%{")
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Optional CIDR lengths of `a` / `mx` (`a:host/24//64`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct DualCidr {
    pub v4: Option<u8>,
    pub v6: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Mechanism {
    All,
    Include {
        domain: DomainSpec,
    },
    A {
        domain: Option<DomainSpec>,
        cidr: DualCidr,
    },
    Mx {
        domain: Option<DomainSpec>,
        cidr: DualCidr,
    },
    Ptr {
        domain: Option<DomainSpec>,
    },
    Ip4 {
        addr: Ipv4Addr,
        prefix: u8,
    },
    Ip6 {
        addr: Ipv6Addr,
        prefix: u8,
    },
    Exists {
        domain: DomainSpec,
    },
}

impl Mechanism {
    /// Counts toward the 10-lookup limit of RFC 7208 §4.6.4.
    pub fn counts_as_lookup(&self) -> bool {
        matches!(
            self,
            Mechanism::Include { .. }
                | Mechanism::A { .. }
                | Mechanism::Mx { .. }
                | Mechanism::Ptr { .. }
                | Mechanism::Exists { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Modifier {
    Redirect {
        domain: DomainSpec,
    },
    Exp {
        domain: DomainSpec,
    },
    /// Any other `name=value`: ignored by evaluation (RFC 7208 §6), reported by the check.
    Unknown {
        name: String,
        value: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    Mechanism {
        qualifier: Qualifier,
        mechanism: Mechanism,
        span: Span,
    },
    Modifier {
        modifier: Modifier,
        span: Span,
    },
}

impl Term {
    pub fn span(&self) -> Span {
        match self {
            Term::Mechanism { span, .. } | Term::Modifier { span, .. } => *span,
        }
    }
}

/// A parsed record. `text` is the record as published (after joining TXT strings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub text: String,
    pub terms: Vec<Term>,
}

impl Record {
    /// The term's text exactly as written in the record.
    pub fn term_text(&self, term: &Term) -> &str {
        let span = term.span();
        &self.text[span.start..span.end]
    }
}

/// Why a record is not valid SPF. `column` is 1-based, in characters.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[error("{message} at column {column} (term `{term}`)")]
pub struct ParseError {
    pub message: String,
    pub term: String,
    pub column: usize,
}
