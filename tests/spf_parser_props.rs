//! `Record::parse` is total: whatever DNS hands us, it returns Ok or Err,
//! never panics, and the spans it returns are valid slices of the text.

#[path = "support/spf_suite.rs"]
mod suite;

use std::net::{IpAddr, Ipv4Addr};
use std::sync::OnceLock;

use proptest::prelude::*;
use zdiag::dns::RData;
use zdiag::spf::{MacroContext, Record, macros};

/// Parse and check the invariants of the answer.
fn check(text: &str) {
    match Record::parse(text) {
        Ok(record) => {
            assert_eq!(record.text, text);
            for term in &record.terms {
                let span = term.span();
                assert!(
                    span.start < span.end && span.end <= text.len(),
                    "{span:?} in {text:?}"
                );
                let slice = text
                    .get(span.start..span.end)
                    .expect("span on char boundaries");
                assert!(!slice.contains(' '), "term {slice:?} contains a space");
                assert_eq!(record.term_text(term), slice);
            }
        }
        Err(e) => {
            assert!(
                e.column >= 1 && e.column <= text.chars().count() + 1,
                "{e:?}"
            );
            assert!(
                text.contains(&e.term),
                "error term {:?} not in {text:?}",
                e.term
            );
            assert!(!e.message.is_empty());
        }
    }
    // Expansion is total too, on anything that reaches it.
    let _ = macros::expand(text, ctx(), true);
    let _ = macros::expand(text, ctx(), false);
}

fn ctx() -> &'static MacroContext {
    static CTX: OnceLock<MacroContext> = OnceLock::new();
    CTX.get_or_init(|| MacroContext {
        sender: "user@example.com".into(),
        local_part: "user".into(),
        sender_domain: "example.com".into(),
        domain: "example.com".into(),
        ip: IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)),
        helo: "mail.example.com".into(),
        validated_name: None,
        receiver: "mx.example.net".into(),
        now: 0,
    })
}

/// Every SPF/TXT text of both conformance suites.
fn suite_records() -> &'static [String] {
    static RECORDS: OnceLock<Vec<String>> = OnceLock::new();
    RECORDS.get_or_init(|| {
        let mut out = Vec::new();
        for file in ["rfc7208-tests.yml", "rfc4408-tests.yml"] {
            for scenario in suite::load(&suite::fixture(file)) {
                for (_, entries) in &scenario.zonedata {
                    for entry in entries {
                        if let suite::ZoneEntry::Record(RData::Txt(s) | RData::Spf(s)) = entry {
                            out.push(String::from_utf8_lossy(&s.concat()).into_owned());
                        }
                    }
                }
            }
        }
        out
    })
}

const TOKENS: &[&str] = &[
    "v=spf1",
    "V=SPF1",
    " ",
    "  ",
    "+",
    "-",
    "~",
    "?",
    "all",
    "include",
    "a",
    "mx",
    "ptr",
    "ip4",
    "ip6",
    "exists",
    "redirect",
    "exp",
    "foo",
    ":",
    "/",
    "//",
    "=",
    ".",
    "..",
    "0",
    "24",
    "32",
    "33",
    "128",
    "129",
    "024",
    "999999999999999999999",
    "example.com",
    "com",
    "123",
    "-com",
    "%",
    "%%",
    "%_",
    "%-",
    "%{",
    "}",
    "%{d}",
    "%{ir}",
    "%{l2r-}",
    "%{p}",
    "%{c}",
    "%{d0}",
    "%{d99999999999999999999}",
    "1.2.3.4",
    "::1",
    "2001:db8::",
    "::ffff:1.2.3.4",
    "é",
    "\u{0}",
    "\r",
    "\t",
    "\u{96}",
    "\u{feff}",
    "日本",
    "🦀",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..40).prop_map(|t| t.concat())
}

#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, char),
    Delete(usize),
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len().max(1);
        match *m {
            Mutation::Flip(i, b) => {
                if let Some(byte) = bytes.get_mut(i % len) {
                    *byte ^= b;
                }
            }
            Mutation::Truncate(i) => bytes.truncate(i % len),
            Mutation::Insert(i, c) => {
                let mut buf = [0; 4];
                let at = (i % len).min(bytes.len());
                bytes.splice(at..at, c.encode_utf8(&mut buf).bytes());
            }
            Mutation::Delete(i) => {
                if !bytes.is_empty() {
                    bytes.remove(i % len);
                }
            }
        }
    }
    // Invalid UTF-8 from DNS is read lossily, as the evaluator does.
    String::from_utf8_lossy(&bytes).into_owned()
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(i, b)| Mutation::Flip(i, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<char>()).prop_map(|(i, c)| Mutation::Insert(i, c)),
        any::<usize>().prop_map(Mutation::Delete),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_strings(s in any::<String>()) {
        check(&s);
        check(&format!("v=spf1 {s}"));
    }

    #[test]
    fn term_soups(s in soup()) {
        check(&s);
        check(&format!("v=spf1 {s}"));
    }

    #[test]
    fn mutated_suite_records(index in any::<prop::sample::Index>(), mutations in prop::collection::vec(mutation(), 1..6)) {
        let records = suite_records();
        let original = index.get(records);
        check(original);
        check(&mutate(original, &mutations));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn records_of_64_kib(s in soup(), term in prop::sample::select(TOKENS)) {
        const SIZE: usize = 64 * 1024;
        let mut long = String::from("v=spf1 ");
        while long.len() < SIZE {
            long.push_str(&s);
            long.push(' ');
            long.push_str(term);
        }
        check(&long);
        // One huge term, and a huge run of valid terms.
        check(&format!("v=spf1 a:{}example.com", "x.".repeat(SIZE / 2)));
        check(&format!("v=spf1{}", " ip4:192.0.2.1".repeat(SIZE / 14)));
        check(&format!("v=spf1 exists:{}.example.com", "%{d}".repeat(SIZE / 4)));
    }
}

#[test]
fn suite_records_are_loaded() {
    assert!(suite_records().len() > 300, "{}", suite_records().len());
}
