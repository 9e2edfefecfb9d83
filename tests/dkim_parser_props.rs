//! `KeyRecord::parse` is total: whatever DNS hands us, it returns Ok or Err,
//! never panics, and an error's column lies within the record (or just past it).

use proptest::prelude::*;
use zdiag::dkim::KeyRecord;

fn check(text: &str) {
    match KeyRecord::parse(text) {
        Ok(record) => {
            let _ = record.public_key();
        }
        Err(error) => {
            let chars = text.chars().count();
            assert!(
                (1..=chars + 1).contains(&error.column),
                "column {} outside {text:?}",
                error.column
            );
        }
    }
}

proptest! {
    #[test]
    fn any_text(text in "\\PC{0,120}") {
        check(&text);
    }

    #[test]
    fn tag_lists(tags in proptest::collection::vec(
        ("[vhknpst x_1]{0,3}", "[A-Za-z0-9+/=: \t;!é-]{0,60}"), 0..6)
    ) {
        let text = tags
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join(";");
        check(&text);
    }

    #[test]
    fn any_key_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        // Arbitrary DER behind a well-formed record.
        let mut b64 = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
            let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            for i in 0..=chunk.len() {
                b64.push(alphabet[((n >> (18 - 6 * i)) & 63) as usize] as char);
            }
        }
        let record = KeyRecord::parse(&format!("v=DKIM1; k=rsa; p={b64}")).expect("valid syntax");
        prop_assert_eq!(&record.key_data, &bytes);
        let _ = record.public_key();
    }
}
