//! SPF (RFC 7208): record parsing, macro expansion and `check_host()` evaluation.

pub mod macros;
pub mod record;

pub use macros::{MacroContext, MacroError};
pub use record::{
    DomainSpec, DualCidr, Mechanism, Modifier, ParseError, Qualifier, Record, Span, Term,
};
