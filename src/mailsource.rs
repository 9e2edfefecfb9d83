//! Reading messages for `zdiag bounce`: `.eml` files, `-` for stdin, folders
//! (recursively, so maildir `cur/` and `new/` work) and mbox files (detected by
//! their `From ` separator lines). One message at a time: an mbox is split as
//! it is read, so memory does not grow with the number of messages.

use crate::i18n::t;
use crate::report::text::input_error;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
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
        let meta = std::fs::metadata(&path).map_err(|e| unreadable("input", input, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            collect_files(&path, &mut files, &mut seen)
                .map_err(|e| unreadable("folder", input, e))?;
            for file in files {
                read_file(&file, &mut each)?;
            }
        } else if seen.first_time(&meta) {
            read_file(&path, &mut each)?;
        }
    }
    Ok(())
}

/// [`for_each_message`] on `jobs` threads: `work(state, name, bytes)` runs on
/// worker threads, each with its own `state()` (returned at the end, one per
/// worker, for what is best gathered where the work is done: counts, say), and
/// `each(result)` on the calling thread, in message order, so what `each` does
/// comes out exactly as with one thread. Messages travel in batches (of
/// [`BATCH_MESSAGES`] or [`BATCH_BYTES`]) so that handing them over costs little
/// beside decoding them. Memory stays flat: at most [`BATCHES_PER_JOB`] batches a
/// job, and [`limits::MESSAGE`] bytes (or one larger batch), are in flight between
/// the reader and `each`.
pub fn map_messages<S: Send, T: Send>(
    inputs: &[String],
    jobs: usize,
    state: impl Fn() -> S + Sync,
    work: impl Fn(&mut S, &str, &[u8]) -> T + Sync,
    mut each: impl FnMut(T),
) -> Result<Vec<S>, SourceError> {
    use std::sync::mpsc::sync_channel;
    type Outcome<T> = std::thread::Result<Vec<T>>;

    let jobs = jobs.max(1);
    let window = Window::new(jobs.saturating_mul(BATCHES_PER_JOB), limits::MESSAGE);
    let (to_workers, queue) = sync_channel::<(usize, Batch)>(jobs);
    let queue = std::sync::Mutex::new(queue);
    let (to_collector, done) =
        sync_channel::<(usize, u64, Outcome<T>)>(jobs.saturating_mul(BATCHES_PER_JOB));
    // Decoded batches go back to the reader, emptied, to be filled again: their
    // memory is allocated and freed on one thread, once.
    let (to_reader, emptied) = std::sync::mpsc::channel::<Batch>();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                let (queue, state, work, to_collector, to_reader) = (
                    &queue,
                    &state,
                    &work,
                    to_collector.clone(),
                    to_reader.clone(),
                );
                scope.spawn(move || {
                    let mut mine = state();
                    loop {
                        // The lock is held only to take a batch, not to work on it.
                        let next = queue
                            .lock()
                            .map_err(drop)
                            .and_then(|q| q.recv().map_err(drop));
                        let Ok((seq, batch)) = next else { break };
                        // A panic is handed to the calling thread rather than leaving
                        // a hole in the sequence that everyone would wait on.
                        let outcome =
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                batch
                                    .messages()
                                    .map(|(name, bytes)| work(&mut mine, name, bytes))
                                    .collect()
                            }));
                        let sent = (seq, batch.bytes.len() as u64, outcome);
                        let _ = to_reader.send(batch.emptied());
                        if to_collector.send(sent).is_err() {
                            break;
                        }
                    }
                    mine
                })
            })
            .collect();
        drop((to_collector, to_reader));
        let window = &window;
        let reader = scope.spawn(move || {
            let mut seq = 0usize;
            let mut batch = Batch::default();
            let mut send = |batch: Batch| {
                if window.enter(batch.bytes.len() as u64) && to_workers.send((seq, batch)).is_ok() {
                    seq += 1;
                }
            };
            let read = for_each_message(inputs, |name, bytes| {
                batch.push(name, bytes);
                if batch.ends.len() >= BATCH_MESSAGES || batch.bytes.len() >= BATCH_BYTES {
                    let next = emptied.try_recv().unwrap_or_default();
                    send(std::mem::replace(&mut batch, next));
                }
            });
            // What was read before an error is decoded too, as with one thread.
            if !batch.ends.is_empty() {
                send(batch);
            }
            read
            // `to_workers` is dropped here: the workers finish the queue and stop.
        });
        // Results arrive in any order; they are handed to `each` by sequence number.
        // The window bounds how many wait here.
        let _closed = window.close_on_drop();
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0usize;
        for (seq, len, outcome) in done {
            waiting.insert(seq, (len, outcome));
            while let Some((len, outcome)) = waiting.remove(&next) {
                match outcome {
                    Ok(values) => values.into_iter().for_each(&mut each),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
                window.leave(len);
                next += 1;
            }
        }
        let states = workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect();
        reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            .map(|()| states)
    })
}

/// Messages a batch of [`map_messages`] holds at most.
pub const BATCH_MESSAGES: usize = 32;
/// Bytes after which a batch of [`map_messages`] goes (its last message may pass them).
pub const BATCH_BYTES: usize = 256 * 1024;
/// Batches a job may have in flight in [`map_messages`]: enough to keep every
/// worker busy while the next batch in order is still being decoded.
pub const BATCHES_PER_JOB: usize = 4;

/// Messages copied one after the other into one buffer, with their names.
#[derive(Default)]
struct Batch {
    names: Vec<String>,
    bytes: Vec<u8>,
    /// Where each message ends in `bytes`.
    ends: Vec<usize>,
}

impl Batch {
    fn push(&mut self, name: &str, bytes: &[u8]) {
        self.names.push(name.to_string());
        self.bytes.extend_from_slice(bytes);
        self.ends.push(self.bytes.len());
    }

    /// The batch with no message, its buffers kept unless one message made
    /// them larger than a batch needs.
    fn emptied(mut self) -> Batch {
        if self.bytes.capacity() > 2 * BATCH_BYTES {
            return Batch::default();
        }
        self.names.clear();
        self.bytes.clear();
        self.ends.clear();
        self
    }

    fn messages(&self) -> impl Iterator<Item = (&str, &[u8])> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        self.names
            .iter()
            .zip(starts.zip(&self.ends))
            .map(|(name, (start, &end))| (name.as_str(), &self.bytes[start..end]))
    }
}

/// How many messages, and bytes, are in flight in [`map_messages`].
struct Window {
    state: std::sync::Mutex<InFlight>,
    freed: std::sync::Condvar,
    max_count: usize,
    max_bytes: u64,
}

#[derive(Default)]
struct InFlight {
    count: usize,
    bytes: u64,
    /// Nobody takes results any more (the collector unwound): do not wait.
    closed: bool,
}

impl Window {
    fn new(max_count: usize, max_bytes: u64) -> Window {
        Window {
            state: std::sync::Mutex::new(InFlight::default()),
            freed: std::sync::Condvar::new(),
            max_count,
            max_bytes,
        }
    }

    /// Wait for room for a message of `len` bytes (a message larger than the
    /// budget goes alone); false once the window is closed.
    fn enter(&self, len: u64) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        loop {
            if state.closed {
                return false;
            }
            let fits = state.count == 0
                || state.count < self.max_count && state.bytes + len <= self.max_bytes;
            if fits {
                state.count += 1;
                state.bytes += len;
                return true;
            }
            state = match self.freed.wait(state) {
                Ok(state) => state,
                Err(_) => return false,
            };
        }
    }

    fn leave(&self, len: u64) {
        if let Ok(mut state) = self.state.lock() {
            state.count -= 1;
            state.bytes -= len;
        }
        self.freed.notify_one();
    }

    fn close_on_drop(&self) -> CloseOnDrop<'_> {
        CloseOnDrop(self)
    }
}

/// Closes the window when the collector is done, normally or by a panic, so the
/// reader never waits for room that will not come.
struct CloseOnDrop<'a>(&'a Window);

impl Drop for CloseOnDrop<'_> {
    fn drop(&mut self) {
        if let Ok(mut state) = self.0.state.lock() {
            state.closed = true;
        }
        self.0.freed.notify_all();
    }
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

/// An input that could not be read, in the form every error takes.
fn unreadable(what: &str, input: &str, why: impl std::fmt::Display) -> SourceError {
    SourceError(input_error(
        what,
        input,
        why,
        &t!("core-error-bounce-input"),
    ))
}

fn read_file(path: &Path, each: &mut impl FnMut(&str, &[u8])) -> Result<(), SourceError> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| unreadable("input", &name, e))?;
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
    let fail = |e: std::io::Error| unreadable("input", shown, e);
    let is_mbox = reader.fill_buf().map_err(fail)?.starts_with(b"From ");
    if is_mbox {
        return read_mbox(reader, label, each).map_err(fail);
    }
    let bytes = limits::read_capped(reader, limits::MESSAGE).map_err(|e| match e {
        limits::ReadError::Io(e) => fail(e),
        limits::ReadError::TooLarge { cap } => SourceError(input_error(
            "input",
            shown,
            t!(
                "core-error-message-too-large",
                cap = limits::size(cap),
                at = cap
            ),
            &t!("core-error-message-too-large.fix"),
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
        // Separators: `From ` at the start of a line that follows a blank line,
        // or one that is a whole postmark (mbox writers that leave no blank line).
        let mut next = None;
        let mut line_cut = false;
        while let Some(p) = finder.find(&buf[scan..]) {
            let newline = scan + p;
            let blank_before = newline == 0
                || buf[newline - 1] == b'\n'
                || newline >= 2 && buf[newline - 1] == b'\r' && buf[newline - 2] == b'\n';
            let rest = &buf[newline + 1..];
            let separator = blank_before
                || match memchr::memchr(b'\n', &rest[..rest.len().min(POSTMARK_MAX)]) {
                    Some(end) => is_postmark(&rest[..end]),
                    None if eof || rest.len() >= POSTMARK_MAX => is_postmark(rest),
                    None => {
                        // The line goes on in the next block: decide once it is read.
                        line_cut = true;
                        scan = newline;
                        break;
                    }
                };
            scan = newline + 1;
            if separator {
                next = Some(newline + 1);
                break;
            }
        }
        if next.is_none() && !line_cut {
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
            return Err(std::io::Error::other(t!(
                "core-error-mbox-message-too-large",
                number = count + 1,
                at = at,
                cap = limits::size(cap)
            )));
        }
        // Keep the last few bytes scannable across the block boundary.
        scan = scan.min(buf.len().saturating_sub(6));
        // Appended as read, without zeroing the block first; short only at the end.
        let read = (&mut reader).take(BLOCK as u64).read_to_end(&mut buf)?;
        eof = read < BLOCK;
    }
    if let Some(from) = current
        && from < buf.len()
    {
        count += 1;
        deliver(&buf[from..], name, count, &mut unescaped, each);
    }
    Ok(())
}

/// The longest `From ` line taken for a postmark.
const POSTMARK_MAX: usize = 1000;

/// A postmark (`From sender Thu Jul  2 12:05:05 2020`): the sender, then the
/// date as `ctime` writes it, weekday and month first. Only such a line starts a
/// message without a blank line before it: a line of text that happens to begin
/// with "From " does not.
fn is_postmark(line: &[u8]) -> bool {
    const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let Ok(line) = std::str::from_utf8(line) else {
        return false;
    };
    let mut words = line.split_ascii_whitespace();
    words.next() == Some("From")
        && words.next().is_some()
        && words.next().is_some_and(|w| WEEKDAYS.contains(&w))
        && words.next().is_some_and(|m| MONTHS.contains(&m))
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
            let postmark = line.strip_suffix(b"\n").unwrap_or(&line);
            if line.starts_with(b"From ") && (previous_blank || is_postmark(postmark)) {
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
            b"From a@b Thu Jul  2 12:05:05 2020\nA: b\n\nx\n--end--\nFrom c@d Thu Jul  2 12:05:06 2020\nB: c\n\ny\nFrom the desk of c\n",
            b"",
        ];
        let mut long = b"From a@b x\nA: b\n\n".to_vec();
        for i in 0..20_000 {
            long.extend_from_slice(format!("line {i} From here\n>From x\n").as_bytes());
            if i % 997 == 0 {
                long.extend_from_slice(b"\nFrom next@b y\nB: c\n\n");
            }
            if i % 1499 == 0 {
                long.extend_from_slice(b"From next@b Mon Jan  5 10:00:00 2025\nB: c\n\n");
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
    fn a_postmark_without_a_blank_line_before_starts_a_message_even_across_blocks() {
        // Some mbox writers leave no blank line before the next `From ` line; a
        // whole postmark still starts a message, wherever the reading block ends.
        for cut in [1, 10, 30, 60] {
            let mut mbox = b"From a@b Thu Jul  2 12:05:05 2020\nA: b\n\n".to_vec();
            while mbox.len() < 256 * 1024 - cut {
                mbox.extend_from_slice(b"x\n");
            }
            mbox.truncate(256 * 1024 - cut);
            mbox.extend_from_slice(
                b"\nFrom c@d Thu Jul  2 12:05:06 2020\nB: c\n\ny\nFrom the desk\n",
            );
            let mut names = Vec::new();
            read_mbox(&mbox[..], "m", &mut |name: &str, bytes: &[u8]| {
                names.push((name.to_string(), bytes.starts_with(b"B: c")))
            })
            .unwrap();
            assert_eq!(
                names,
                [("m#1".to_string(), false), ("m#2".to_string(), true)],
                "cut {cut}"
            );
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

    /// An mbox of `n` messages whose subjects are their numbers, from 1.
    fn numbered_mbox(dir: &Path, n: usize) -> String {
        let mut mbox = String::new();
        for i in 1..=n {
            mbox.push_str(&format!(
                "From a@b x\nSubject: {i}\n\n{}\n\n",
                "x".repeat(i % 50)
            ));
        }
        let path = dir.join("m.mbox");
        std::fs::write(&path, mbox).unwrap();
        path.display().to_string()
    }

    fn subject(bytes: &[u8]) -> usize {
        let text = std::str::from_utf8(bytes).unwrap();
        text.lines().next().unwrap()["Subject: ".len()..]
            .parse()
            .unwrap()
    }

    #[test]
    fn map_messages_keeps_the_input_order() {
        let dir = tempfile::tempdir().unwrap();
        let mbox = numbered_mbox(dir.path(), 300);
        for jobs in [1, 2, 3, 8] {
            let mut got = Vec::new();
            map_messages(
                std::slice::from_ref(&mbox),
                jobs,
                || (),
                |(): &mut (), name: &str, bytes: &[u8]| {
                    let n = subject(bytes);
                    // Uneven work, so results come back out of order.
                    if n.is_multiple_of(7) {
                        std::thread::sleep(std::time::Duration::from_millis(2));
                    }
                    (name.to_string(), n)
                },
                |value| got.push(value),
            )
            .unwrap();
            let want: Vec<_> = (1..=300).map(|n| (format!("{mbox}#{n}"), n)).collect();
            assert_eq!(got, want, "jobs {jobs}");
        }
    }

    #[test]
    fn map_messages_reads_no_further_ahead_than_its_window() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let dir = tempfile::tempdir().unwrap();
        let mbox = numbered_mbox(dir.path(), 1000);
        let jobs = 2;
        let started = AtomicUsize::new(0);
        let mut ahead_at_first = 0;
        map_messages(
            std::slice::from_ref(&mbox),
            jobs,
            || (),
            |(): &mut (), _: &str, bytes: &[u8]| {
                let n = subject(bytes);
                started.fetch_add(1, Ordering::SeqCst);
                if n == 1 {
                    // The first message is slow: the others must wait in the window.
                    std::thread::sleep(std::time::Duration::from_millis(300));
                }
                n
            },
            |n| {
                if n == 1 {
                    ahead_at_first = started.load(Ordering::SeqCst);
                }
            },
        )
        .unwrap();
        assert!(
            ahead_at_first <= jobs * BATCHES_PER_JOB * BATCH_MESSAGES,
            "{ahead_at_first} messages started before the first was done"
        );
        assert!(
            ahead_at_first > 1,
            "no message was decoded beside the slow one"
        );
    }

    #[test]
    fn map_messages_gives_back_each_workers_state() {
        let dir = tempfile::tempdir().unwrap();
        let mbox = numbered_mbox(dir.path(), 300);
        for jobs in [1, 2, 5] {
            let states = map_messages(
                std::slice::from_ref(&mbox),
                jobs,
                || 0usize,
                |count: &mut usize, _: &str, bytes: &[u8]| *count += subject(bytes),
                |()| {},
            )
            .unwrap();
            assert_eq!(states.len(), jobs);
            assert_eq!(states.iter().sum::<usize>(), (1..=300).sum::<usize>());
        }
    }

    #[test]
    fn map_messages_hands_over_what_was_read_before_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let mbox = numbered_mbox(dir.path(), 40);
        let missing = dir.path().join("missing").display().to_string();
        let mut got = 0;
        let err = map_messages(
            &[mbox, missing],
            2,
            || (),
            |(): &mut (), _: &str, _: &[u8]| (),
            |()| got += 1,
        )
        .unwrap_err();
        assert_eq!(got, 40);
        assert!(err.0.contains("missing"), "{err}");
    }

    #[test]
    fn a_panic_in_map_messages_reaches_the_caller() {
        let dir = tempfile::tempdir().unwrap();
        let mbox = numbered_mbox(dir.path(), 200);
        let outcome = std::panic::catch_unwind(|| {
            map_messages(
                std::slice::from_ref(&mbox),
                2,
                || (),
                |(): &mut (), _: &str, bytes: &[u8]| assert_ne!(subject(bytes), 5, "message 5"),
                |()| {},
            )
        });
        assert!(outcome.is_err());
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
