//! Reading messages for `zdiag bounce`: `.eml` files, `-` for stdin, folders
//! (recursively, so maildir `cur/` and `new/` work) and mbox files (detected by
//! their `From ` separator lines). One message at a time: an mbox is split as
//! it is read, so memory does not grow with the number of messages.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Why a source could not be read: names the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError(pub String);

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Call `each(name, bytes)` for every message of every input, in order.
/// `name` is the file, with `#N` for the Nth message of an mbox.
pub fn for_each_message(
    inputs: &[String],
    mut each: impl FnMut(&str, &[u8]),
) -> Result<(), SourceError> {
    for input in inputs {
        if input == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| SourceError(format!("cannot read standard input: {e}")))?;
            if bytes.starts_with(b"From ") {
                read_mbox(BufReader::new(&bytes[..]), "-", &mut each)
                    .map_err(|e| SourceError(format!("cannot read standard input: {e}")))?;
            } else {
                each("-", &bytes);
            }
            continue;
        }
        let path = PathBuf::from(input);
        let meta = std::fs::metadata(&path)
            .map_err(|e| SourceError(format!("cannot read {input}: {e}")))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            collect_files(&path, &mut files)
                .map_err(|e| SourceError(format!("cannot read folder {input}: {e}")))?;
            for file in files {
                read_file(&file, &mut each)?;
            }
        } else {
            read_file(&path, &mut each)?;
        }
    }
    Ok(())
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        // Maildir's tmp/ holds messages still being written.
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "tmp") && dir.join("cur").is_dir() {
                continue;
            }
            collect_files(&path, out)?;
        } else if path.is_file() {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(path: &Path, each: &mut impl FnMut(&str, &[u8])) -> Result<(), SourceError> {
    let name = path.display().to_string();
    let fail = |e: std::io::Error| SourceError(format!("cannot read {name}: {e}"));
    let mut file = BufReader::with_capacity(64 * 1024, File::open(path).map_err(fail)?);
    let is_mbox = file.fill_buf().map_err(fail)?.starts_with(b"From ");
    if is_mbox {
        return read_mbox(file, &name, each).map_err(fail);
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(fail)?;
    each(&name, &bytes);
    Ok(())
}

/// Split an mbox on its `From ` lines as it is read; `>From ` lines are unescaped.
pub fn read_mbox(
    mut reader: impl BufRead,
    name: &str,
    each: &mut impl FnMut(&str, &[u8]),
) -> std::io::Result<()> {
    let mut message: Vec<u8> = Vec::new();
    let mut line = Vec::new();
    let mut count = 0usize;
    let mut started = false;
    let mut previous_blank = true;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.starts_with(b"From ") && previous_blank {
            if started {
                count += 1;
                each(&format!("{name}#{count}"), trim_separator(&message));
            }
            message.clear();
            started = true;
            previous_blank = false;
            continue;
        }
        previous_blank = line == b"\n" || line == b"\r\n";
        let unescaped = match line.iter().position(|&b| b != b'>') {
            Some(at) if at > 0 && line[at..].starts_with(b"From ") => &line[1..],
            _ => &line[..],
        };
        message.extend_from_slice(unescaped);
    }
    if started && !message.is_empty() {
        count += 1;
        each(&format!("{name}#{count}"), trim_separator(&message));
    }
    Ok(())
}

/// The blank line before the next `From ` belongs to the mbox, not the message.
fn trim_separator(message: &[u8]) -> &[u8] {
    let mut end = message.len();
    if message[..end].ends_with(b"\r\n") {
        end -= 2;
    } else if message[..end].ends_with(b"\n") {
        end -= 1;
    }
    if end > 0 && (message[..end].ends_with(b"\n")) {
        return &message[..end];
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_an_mbox_and_unescapes() {
        let mbox = b"From a@b Mon Jan 1 00:00:00 2024\nSubject: one\n\nbody\n>From here\n\nFrom c@d Mon Jan 1 00:00:00 2024\nSubject: two\n\nx\n";
        let mut got = Vec::new();
        read_mbox(&mbox[..], "m", &mut |name: &str, bytes: &[u8]| {
            got.push((
                name.to_string(),
                String::from_utf8_lossy(bytes).into_owned(),
            ))
        })
        .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "m#1");
        assert!(got[0].1.contains("\nFrom here\n"));
        assert!(got[1].1.starts_with("Subject: two"));
    }
}
