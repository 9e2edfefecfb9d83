//! `--state FILE`: the failures already reported, so a scheduled run reports only
//! new ones. Written atomically (a temporary file renamed over the old one); a file
//! that is there but unreadable or not zdiag's is an error, never an empty state: an
//! empty state would report every failure of the period again.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::i18n::t;
use crate::limits::{ReadError, read_text_capped};
use crate::report::text::input_error;

/// The file's format version.
const VERSION: u32 = 1;
/// A state file is a list of keys: far below this.
const CAP: u64 = 64 * 1024 * 1024;
/// Failures older than this are forgotten: they are out of any sweep's period.
const KEEP: i64 = 90 * 86_400;

/// Failure keys and when they were first reported (Unix seconds).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    zdiag_state: u32,
    reported: BTreeMap<String, i64>,
}

impl State {
    pub fn knows(&self, key: &str) -> bool {
        self.reported.contains_key(key)
    }

    /// Remember `keys` as reported `now`; forget what is older than 90 days.
    pub fn record<'a>(&mut self, keys: impl IntoIterator<Item = &'a str>, now: i64) {
        self.zdiag_state = VERSION;
        for key in keys {
            self.reported.entry(key.to_string()).or_insert(now);
        }
        self.reported.retain(|_, at| now - *at <= KEEP);
    }
}

/// The state in `path`: `None` when there is no file yet.
pub fn load(path: &Path) -> Result<Option<State>, String> {
    let text = match read_text_capped(path, CAP) {
        Ok(text) => text,
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(input_error(
                "--state",
                &path.display().to_string(),
                e,
                &t!("undelivered-state-unreadable-fix"),
            ));
        }
    };
    let state: State = serde_json::from_str(&text).map_err(|e| {
        input_error(
            "--state",
            &path.display().to_string(),
            t!("undelivered-state-not-state", error = e.to_string()),
            &t!("undelivered-state-not-state-fix"),
        )
    })?;
    if state.zdiag_state != VERSION {
        return Err(input_error(
            "--state",
            &path.display().to_string(),
            t!(
                "undelivered-state-version",
                found = state.zdiag_state,
                reads = VERSION
            ),
            &t!("undelivered-state-version-fix"),
        ));
    }
    Ok(Some(state))
}

/// Write `state` to `path` atomically: a crash leaves the old file or the new one.
pub fn save(path: &Path, state: &State) -> Result<(), String> {
    let failed = |e: std::io::Error| {
        input_error(
            "--state",
            &path.display().to_string(),
            t!("undelivered-state-unwritable", error = e.to_string()),
            "",
        )
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    let mut text = serde_json::to_string_pretty(state).expect("json");
    text.push('\n');
    file.write_all(text.as_bytes()).map_err(failed)?;
    file.as_file().sync_all().map_err(failed)?;
    file.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_round_trips_and_forgets_old_failures() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        assert_eq!(load(&path), Ok(None));
        let mut state = State::default();
        state.record(["a", "b"], 1_000);
        save(&path, &state).unwrap();
        let mut back = load(&path).unwrap().unwrap();
        assert!(back.knows("a") && back.knows("b") && !back.knows("c"));
        back.record(["c"], 1_000 + KEEP + 1);
        assert!(!back.knows("a") && back.knows("c"));
    }

    #[test]
    fn a_corrupt_state_is_an_error_not_an_empty_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, "{\"reported\": [").unwrap();
        let error = load(&path).unwrap_err();
        assert!(error.contains("not a zdiag state file"), "{error}");
    }
}
