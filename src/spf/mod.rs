//! SPF (RFC 7208): record parsing and `check_host()` evaluation.

pub mod record;

pub use record::{
    DomainSpec, DualCidr, Mechanism, Modifier, ParseError, Qualifier, Record, Span, Term,
};
