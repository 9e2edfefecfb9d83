//! Reading messages for `zdiag bounce`: `.eml` files, `-` for stdin, folders
//! (recursively, so maildir `cur/` and `new/` work) and mbox files (detected by
//! their `From ` separator lines). One message at a time: an mbox is split as
//! it is read, so memory does not grow with the number of messages.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::limits;

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
    let mut seen = Seen::default();
    for input in inputs {
        if input == "-" {
            // Streamed like a file: an mbox on stdin is split as it arrives.
            let stdin = std::io::stdin().lock();
            read_stream(
                BufReader::with_capacity(64 * 1024, stdin),
                "-",
                "standard input",
                &mut each,
            )?;
            continue;
        }
        let path = PathBuf::from(input);
        let meta = std::fs::metadata(&path)
            .map_err(|e| SourceError(format!("cannot read {input}: {e}")))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            collect_files(&path, &mut files, &mut seen)
                .map_err(|e| SourceError(format!("cannot read folder {input}: {e}")))?;
            for file in files {
                read_file(&file, &mut each)?;
            }
        } else if seen.first_time(&meta) {
            read_file(&path, &mut each)?;
        }
    }
    Ok(())
}

/// Files and folders already met, by (device, inode): a file reached through two
/// names (a link, an input given twice) is read once, and a folder that contains
/// itself (a bind mount) is walked once.
#[derive(Default)]
struct Seen(std::collections::HashSet<(u64, u64)>);

impl Seen {
    #[cfg(unix)]
    fn first_time(&mut self, meta: &std::fs::Metadata) -> bool {
        use std::os::unix::fs::MetadataExt;
        self.0.insert((meta.dev(), meta.ino()))
    }

    #[cfg(not(unix))]
    fn first_time(&mut self, _meta: &std::fs::Metadata) -> bool {
        true
    }
}

/// The files under `dir`, sorted, hidden ones left out. A symbolic link to a folder is
/// not followed (`up -> ..` would loop); a link to a file is read, once.
fn collect_files(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut Seen) -> std::io::Result<()> {
    if !seen.first_time(&std::fs::metadata(dir)?) {
        return Ok(());
    }
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
        let Ok(link) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if link.is_dir() {
            // Maildir's tmp/ holds messages still being written.
            if path.file_name().is_some_and(|n| n == "tmp") && dir.join("cur").is_dir() {
                continue;
            }
            collect_files(&path, out, seen)?;
            continue;
        }
        // A link is followed to a file only; a broken or looping link is skipped.
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_file() && seen.first_time(&meta) {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(path: &Path, each: &mut impl FnMut(&str, &[u8])) -> Result<(), SourceError> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| SourceError(format!("cannot read {name}: {e}")))?;
    read_stream(
        BufReader::with_capacity(64 * 1024, file),
        &name,
        &name,
        each,
    )
}

/// One input: an mbox (it starts with `From `), else one message of at most
/// [`limits::MESSAGE`] bytes. `label` names the messages, `shown` the input in errors.
fn read_stream(
    mut reader: impl BufRead,
    label: &str,
    shown: &str,
    each: &mut impl FnMut(&str, &[u8]),
) -> Result<(), SourceError> {
    let fail = |e: std::io::Error| SourceError(format!("cannot read {shown}: {e}"));
    let is_mbox = reader.fill_buf().map_err(fail)?.starts_with(b"From ");
    if is_mbox {
        return read_mbox(reader, label, each).map_err(fail);
    }
    let bytes = limits::read_capped(reader, limits::MESSAGE).map_err(|e| match e {
        limits::ReadError::Io(e) => fail(e),
        limits::ReadError::TooLarge { cap } => SourceError(format!(
            "cannot read {shown}: the message is larger than zdiag's cap of {} for one message; reading stopped at byte {cap} (save the bounce without its attachments)",
            limits::size(cap)
        )),
    })?;
    each(label, &bytes);
    Ok(())
}

/// Split an mbox on its `From ` lines as it is read; `>From ` lines are unescaped.
/// A message over [`limits::MESSAGE`] ends the reading with an error naming it.
pub fn read_mbox(
    reader: impl BufRead,
    name: &str,
    each: &mut impl FnMut(&str, &[u8]),
) -> std::io::Result<()> {
    read_mbox_capped(reader, name, each, limits::MESSAGE)
}

fn read_mbox_capped(
    mut reader: impl BufRead,
    name: &str,
    each: &mut impl FnMut(&str, &[u8]),
    cap: u64,
) -> std::io::Result<()> {
    // Read in large blocks; a message is handed over as a slice of the block
    // (copied only when it has `>From ` lines to unescape), and the bytes it
    // used are dropped, so memory holds about one message and one block.
    const BLOCK: usize = 256 * 1024;
    let finder = memchr::memmem::Finder::new(b"\nFrom ");
    let mut buf: Vec<u8> = Vec::with_capacity(BLOCK * 2);
    let mut count = 0usize;
    // Offset of the current message's `From ` line, once one is seen.
    let mut current: Option<usize> = None;
    // Where to resume looking for the next separator.
    let mut scan = 0usize;
    let mut eof = false;
    let mut unescaped = Vec::new();
    // Bytes dropped from the front of `buf`: where a message starts in the input.
    let mut dropped = 0u64;
    loop {
        if current.is_none() && buf.starts_with(b"From ") {
            current = Some(0);
        }
        // Separators: `From ` at the start of a line that follows a blank line.
        let mut next = None;
        while let Some(p) = finder.find(&buf[scan..]) {
            let newline = scan + p;
            scan = newline + 1;
            let blank_before = newline == 0
                || buf[newline - 1] == b'\n'
                || newline >= 2 && buf[newline - 1] == b'\r' && buf[newline - 2] == b'\n';
            if blank_before {
                next = Some(newline + 1);
                break;
            }
        }
        if next.is_none() {
            // Searched to the end: the next search starts where a separator cut by the
            // block boundary could begin, not at the start of a long message again.
            scan = scan.max(buf.len().saturating_sub(6));
        }
        match (current, next) {
            (None, Some(at)) => {
                // Text before the first separator is not a message.
                current = Some(at);
                continue;
            }
            (Some(from), Some(at)) => {
                count += 1;
                deliver(&buf[from..at], name, count, &mut unescaped, each);
                current = Some(at);
                continue;
            }
            _ => {}
        }
        if eof {
            break;
        }
        // Drop what was delivered before reading on.
        if let Some(from) = current
            && from > 0
        {
            buf.drain(..from);
            dropped += from as u64;
            scan -= from.min(scan);
            current = Some(0);
        }
        // One message with no end in sight: stop rather than hold it all.
        if buf.len() as u64 > cap.saturating_add(1) {
            let at = if current.is_some() { dropped } else { 0 };
            return Err(std::io::Error::other(format!(
                "message #{} (from byte {at}) is larger than zdiag's cap of {} for one message; reading stopped there",
                count + 1,
                limits::size(cap)
            )));
        }
        // Keep the last few bytes scannable across the block boundary.
        scan = scan.min(buf.len().saturating_sub(6));
        let before = buf.len();
        buf.resize(before + BLOCK, 0);
        let mut filled = before;
        while filled < buf.len() {
            let n = reader.read(&mut buf[filled..])?;
            if n == 0 {
                eof = true;
                break;
            }
            filled += n;
        }
        buf.truncate(filled);
    }
    if let Some(from) = current
        && from < buf.len()
    {
        count += 1;
        deliver(&buf[from..], name, count, &mut unescaped, each);
    }
    Ok(())
}

/// One mbox message (its `From ` line first): the line dropped, `>From ` unescaped.
fn deliver(
    message: &[u8],
    name: &str,
    count: usize,
    unescaped: &mut Vec<u8>,
    each: &mut impl FnMut(&str, &[u8]),
) {
    let body = match memchr::memchr(b'\n', message) {
        Some(p) => &message[p + 1..],
        None => &[][..],
    };
    if body.is_empty() {
        return;
    }
    let label = format!("{name}#{count}");
    if memchr::memmem::find(body, b">From ").is_none() {
        each(&label, trim_separator(body));
        return;
    }
    unescaped.clear();
    for line in body.split_inclusive(|&b| b == b'\n') {
        let quoted = match line.iter().position(|&b| b != b'>') {
            Some(at) if at > 0 && line[at..].starts_with(b"From ") => &line[1..],
            _ => line,
        };
        unescaped.extend_from_slice(quoted);
    }
    each(&label, trim_separator(unescaped));
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
    use std::io::Read;

    /// The line-at-a-time reader the block reader must agree with.
    fn read_mbox_lines(
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

    #[test]
    fn block_reader_agrees_with_the_line_reader() {
        let samples: Vec<&[u8]> = vec![
            b"From a@b x\nSubject: one\n\nbody\n>From here\n>>From there\n\nFrom c@d y\nSubject: two\n\nx\n",
            b"From a@b x\r\nSubject: one\r\n\r\nbody\r\n\r\nFrom c@d y\r\nS: t\r\n\r\nx\r\n",
            b"junk\n\nFrom a@b x\nA: b\n\nFrom not a separator\n\nFrom c@d\nC: d\n\nlast",
            b"From a@b x\n",
            b"From a@b x\nA: b\n\n\n\nFrom c@d\n\n",
            b"",
        ];
        let mut long = b"From a@b x\nA: b\n\n".to_vec();
        for i in 0..20_000 {
            long.extend_from_slice(format!("line {i} From here\n>From x\n").as_bytes());
            if i % 997 == 0 {
                long.extend_from_slice(b"\nFrom next@b y\nB: c\n\n");
            }
        }
        let mut all = samples.clone();
        all.push(&long);
        for sample in all {
            let collect = |block: bool| {
                let mut got = Vec::new();
                let mut each =
                    |name: &str, bytes: &[u8]| got.push((name.to_string(), bytes.to_vec()));
                if block {
                    read_mbox(sample, "m", &mut each).unwrap();
                } else {
                    read_mbox_lines(sample, "m", &mut each).unwrap();
                }
                got
            };
            assert_eq!(collect(true), collect(false));
        }
    }

    #[test]
    fn an_mbox_message_over_the_cap_is_an_error_naming_it() {
        let mut mbox = b"From a@b x\nA: b\n\nshort\n\nFrom c@d y\nB: c\n\n".to_vec();
        let second_at = memchr::memmem::find(&mbox, b"From c@d").unwrap();
        mbox.extend(std::iter::repeat_n(b'x', 2_000_000));
        let mut got = Vec::new();
        let err = read_mbox_capped(
            &mbox[..],
            "m",
            &mut |name: &str, _: &[u8]| got.push(name.to_string()),
            1_000_000,
        )
        .unwrap_err();
        assert_eq!(got, ["m#1"]);
        let err = err.to_string();
        assert!(
            err.contains(&format!("message #2 (from byte {second_at})")),
            "{err}"
        );
        // An endless stream ends too.
        let endless = std::io::BufReader::new(b"From a@b x\n".chain(std::io::repeat(b'y')));
        assert!(read_mbox_capped(endless, "m", &mut |_: &str, _: &[u8]| {}, 1_000_000).is_err());
    }

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
