//! SPF (RFC 7208): record parsing, macro expansion and `check_host()` evaluation.

pub mod eval;
pub mod macros;
pub mod record;
pub mod tree;

pub use eval::{Client, Decision, EvalOptions, Evaluation, SpfResult, check_host};
pub use macros::{MacroContext, MacroError};
pub use record::{
    DomainSpec, DualCidr, Mechanism, Modifier, ParseError, Qualifier, Record, Span, Term,
};
