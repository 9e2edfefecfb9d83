//! No input crashes the bounce decoder: mutated corpus samples (truncation,
//! bit flips, invalid charsets), 10,000 nested MIME parts and a 50 MiB
//! attachment all give a result or a clear error, within bounded time and memory.

use std::path::PathBuf;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use zdiag::bounce;

static SAMPLES: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bounces/eml");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read(p).expect("sample"))
        .collect()
});

/// Decode, and check the answer is a result or an error, quickly.
fn decode_bounded(bytes: &[u8], limit: Duration) {
    let started = Instant::now();
    match bounce::decode(bytes) {
        Ok(decoded) => {
            for r in &decoded.recipients {
                assert!(!r.reason.is_empty());
            }
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    let took = started.elapsed();
    assert!(took < limit, "decoding took {took:?} (limit {limit:?})");
}

/// Peak resident memory of this process, in MiB (Linux).
fn peak_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    FlipBits(Vec<(usize, u8)>),
    BadCharset(usize),
    Splice(usize, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        prop::collection::vec((any::<usize>(), 0u8..8), 1..32).prop_map(Mutation::FlipBits),
        any::<usize>().prop_map(Mutation::BadCharset),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 0..256))
            .prop_map(|(at, bytes)| Mutation::Splice(at, bytes)),
    ]
}

fn apply(sample: &[u8], mutation: &Mutation) -> Vec<u8> {
    let mut bytes = sample.to_vec();
    let len = bytes.len().max(1);
    match mutation {
        Mutation::Truncate(at) => bytes.truncate(at % len),
        Mutation::FlipBits(flips) => {
            for (at, bit) in flips {
                if let Some(b) = bytes.get_mut(at % len) {
                    *b ^= 1 << bit;
                }
            }
        }
        Mutation::BadCharset(seed) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let bogus = [
                "x-unknown-charset",
                "utf-7",
                "iso-2022-jp-99",
                "\u{0}",
                "shift_jis\"",
            ];
            bytes = text
                .replace(
                    "charset=",
                    &format!("charset={}", bogus[seed % bogus.len()]),
                )
                .replace("Charset=", "Charset=bogus-")
                .into_bytes();
        }
        Mutation::Splice(at, junk) => {
            let at = at % len;
            bytes.splice(
                at.min(bytes.len())..at.min(bytes.len()),
                junk.iter().copied(),
            );
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn mutated_samples_decode_or_fail_cleanly(index in any::<usize>(), m in mutation()) {
        let samples = &*SAMPLES;
        let sample = &samples[index % samples.len()];
        decode_bounded(&apply(sample, &m), Duration::from_secs(5));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        decode_bounded(&bytes, Duration::from_secs(2));
    }
}

#[test]
fn ten_thousand_nested_mime_parts() {
    let depth = 10_000;
    let mut message = String::from("From: MAILER-DAEMON@example.org\r\nSubject: nested\r\n");
    for i in 0..depth {
        message.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"
        ));
    }
    message.push_str("Content-Type: text/plain\r\n\r\nhello\r\n");
    for i in (0..depth).rev() {
        message.push_str(&format!("--b{i}--\r\n"));
    }
    // Well under a second even in a debug build; a boundary lookup that grows
    // with the number declared makes it ten seconds and more.
    decode_bounded(message.as_bytes(), Duration::from_secs(5));
}

#[test]
fn ten_thousand_sibling_parts_and_nested_messages() {
    let mut message = String::from(
        "From: MAILER-DAEMON@example.org\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n",
    );
    for _ in 0..10_000 {
        message
            .push_str("--x\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n");
    }
    message.push_str("--x--\r\n");
    decode_bounded(message.as_bytes(), Duration::from_secs(60));
}

#[test]
fn a_fifty_mib_attachment() {
    let sample = &SAMPLES[0];
    let mut message = Vec::with_capacity(70 << 20);
    message.extend_from_slice(
        b"From: MAILER-DAEMON@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"z\"\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n--z\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; gone@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--z\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n",
    );
    let line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n";
    while message.len() < 50 << 20 {
        message.extend_from_slice(line);
    }
    message.extend_from_slice(b"--z--\r\n");
    message.extend_from_slice(sample);
    let started = Instant::now();
    let decoded = bounce::decode(&message).expect("decodes");
    assert_eq!(decoded.recipients.len(), 1);
    assert_eq!(decoded.recipients[0].reason, "userunknown");
    assert!(started.elapsed() < Duration::from_secs(60));
    if let Some(peak) = peak_mib() {
        assert!(peak < 1024, "peak memory {peak} MiB for a 50 MiB message");
    }
}
