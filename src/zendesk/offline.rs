//! The client's offline backend: an export directory (`zdiag export DIR`) read back.

use std::path::Path;

use serde_json::Value;

use super::{Endpoint, Error, ErrorKind};
use crate::i18n::t;
use crate::limits::{EXPORT_FILE, ReadError, read_text_capped};

/// Read one endpoint's body from an export directory.
pub(super) fn read(dir: &Path, endpoint: Endpoint) -> Result<Value, Error> {
    read_body(&dir.join(endpoint.file()), endpoint.keys())
}

/// Read a body that must hold one of `keys` at its root.
pub(super) fn read_body(path: &Path, keys: &[&str]) -> Result<Value, Error> {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = read_text_capped(path, EXPORT_FILE).map_err(|e| {
        let why = match &e {
            ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                t!("core-zendesk-export-missing")
            }
            other => other.to_string(),
        };
        Error::new(
            ErrorKind::Export,
            t!(
                "core-zendesk-export-unreadable",
                file = file.as_str(),
                path = path.display().to_string(),
                why = why
            ),
        )
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        Error::new(
            ErrorKind::Export,
            t!(
                "core-zendesk-export-bad-json",
                path = path.display().to_string(),
                error = e.to_string()
            ),
        )
    })?;
    if keys.iter().all(|key| value.get(key).is_none()) {
        return Err(Error::new(
            ErrorKind::Export,
            t!(
                "core-zendesk-export-no-key",
                path = path.display().to_string(),
                key = keys[0]
            ),
        ));
    }
    Ok(value)
}
