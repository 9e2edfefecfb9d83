//! What a command hands `main` to render.

use crate::report::Report;
use crate::report::codes::Doc;

/// What a command produced.
#[derive(Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "one Output per run, moved once into main: boxing the report buys nothing"
)]
pub enum Output {
    Report(Report),
    /// Finding-code documentation (`explain`); `list` asks for titles only.
    Docs {
        docs: Vec<Doc>,
        list: bool,
    },
    /// Text to print as it is (a man page, a completion script).
    Text(String),
    /// The report was written through the writer `main` handed in, as it was produced
    /// (`bounce --format jsonl`); the exit code.
    Streamed(u8),
}
