//! The client's offline backend: an export directory (`zdiag export DIR`) read back.

use std::path::Path;

use serde_json::Value;

use super::{Endpoint, Error, ErrorKind};
use crate::limits::{EXPORT_FILE, ReadError, read_text_capped};

/// Read one endpoint's body from an export directory.
pub(super) fn read(dir: &Path, endpoint: Endpoint) -> Result<Value, Error> {
    let path = dir.join(endpoint.file());
    let text = read_text_capped(&path, EXPORT_FILE).map_err(|e| {
        let why = match &e {
            ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => "missing".to_string(),
            other => other.to_string(),
        };
        Error::new(
            ErrorKind::Export,
            format!(
                "the export has no readable {} ({}: {why}): write the export again with `zdiag export DIR`",
                endpoint.file(),
                path.display()
            ),
        )
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        Error::new(
            ErrorKind::Export,
            format!("{} is not valid JSON: {e}", path.display()),
        )
    })?;
    if endpoint.keys().iter().all(|key| value.get(key).is_none()) {
        return Err(Error::new(
            ErrorKind::Export,
            format!(
                "{} has no \"{}\" key: it is not a Zendesk {} body",
                path.display(),
                endpoint.key(),
                endpoint.key()
            ),
        ));
    }
    Ok(value)
}
