//! The cap on every input zdiag reads, and the reader that enforces them.
//!
//! Every input can come from a stranger or be a stream with no end (`/dev/zero`, a
//! server that never stops). Reading stops one byte past the cap, so memory is bounded
//! by the cap, and what was cut is said, never passed over. The README's "Limits and
//! safety" lists the same figures.

use std::fmt;
use std::io::Read;
use std::path::Path;

const MIB: u64 = 1024 * 1024;

/// One mail message (a file, stdin, or one message of an mbox) for `bounce`.
pub const MESSAGE: u64 = 64 * MIB;
/// One `--eml` message for `forwarding`.
pub const EML: u64 = 64 * MIB;
/// A `--token-file` (or the token on stdin): a token is tens of bytes.
pub const TOKEN_FILE: u64 = 64 * 1024;
/// One zone file given with `--zone` (or found in its directory).
pub const ZONE_FILE: u64 = 16 * MIB;
/// A `--domains-file`.
pub const DOMAINS_FILE: u64 = 4 * MIB;
/// One line of a `--domains-file`, in bytes (a domain name has at most 253).
pub const DOMAINS_LINE: usize = 1024;
/// One file of a `--zendesk-export` directory.
pub const EXPORT_FILE: u64 = 64 * MIB;
/// One response body of the Zendesk API.
pub const API_BODY: u64 = 16 * MIB;
/// Every page of one Zendesk list together (what one export file holds).
pub const API_LIST: u64 = 32 * MIB;
/// The part of an API error body zdiag reads for Zendesk's description.
pub const API_ERROR_BODY: u64 = 64 * 1024;
/// Pages of one Zendesk list (100 items each): a guard against a cursor with no end.
pub const PAGES: usize = 500;
/// Characters of an input quoted in a message.
pub const ECHO: usize = 120;

/// A cap as people read it: `64 MiB`, `64 KiB`.
pub fn size(bytes: u64) -> String {
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// Why a capped read gave up.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// The input goes on past the cap; the first `cap` bytes were read.
    TooLarge {
        cap: u64,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(error) => write!(f, "{error}"),
            ReadError::TooLarge { cap } => write!(
                f,
                "it is larger than zdiag's cap of {} for this input (reading stopped there)",
                size(*cap)
            ),
        }
    }
}

impl std::error::Error for ReadError {}

/// Read to the end, or fail once past `cap` bytes: never more than `cap + 1` are held.
pub fn read_capped(reader: impl Read, cap: u64) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge { cap });
    }
    Ok(bytes)
}

/// A file read with [`read_capped`]; special files (`/dev/zero`, a FIFO) included.
pub fn read_file_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    read_capped(file, cap)
}

/// A text file read with [`read_capped`], which must be UTF-8.
pub fn read_text_capped(path: &Path, cap: u64) -> Result<String, ReadError> {
    let bytes = read_file_capped(path, cap)?;
    String::from_utf8(bytes).map_err(|e| {
        ReadError::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "it is not UTF-8 text (byte {})",
                e.utf8_error().valid_up_to()
            ),
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_stream_stops_one_byte_past_the_cap() {
        let err = read_capped(std::io::repeat(0), 1000).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge { cap: 1000 }));
        assert_eq!(read_capped(&[1u8; 1000][..], 1000).unwrap().len(), 1000);
        assert!(err.to_string().contains("1000 bytes"), "{err}");
    }

    #[test]
    fn dev_zero_ends_with_an_error() {
        let path = Path::new("/dev/zero");
        if path.exists() {
            let err = read_file_capped(path, 4 * MIB).unwrap_err();
            assert!(err.to_string().contains("4 MiB"), "{err}");
        }
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(MESSAGE), "64 MiB");
        assert_eq!(size(API_ERROR_BODY), "64 KiB");
        assert_eq!(size(1000), "1000 bytes");
    }
}
