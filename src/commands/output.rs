//! What a command hands `main` to render.

use crate::report::Report;
use crate::report::codes::CodeDoc;

/// What a command produced.
#[derive(Debug)]
pub enum Output {
    Report(Report),
    /// Finding-code documentation (`explain`); `list` asks for titles only.
    Docs {
        docs: Vec<&'static CodeDoc>,
        list: bool,
    },
    /// Text to print as it is (a man page, a completion script).
    Text(String),
    /// The report was written through the writer `main` handed in, as it was produced
    /// (`bounce --format jsonl`); the exit code.
    Streamed(u8),
}
