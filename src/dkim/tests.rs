//! Key records as published, and what the parser makes of them.

use super::*;

const RSA_1024: &str = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC2DAe8In9J3N24WyL+4A7nVcEtk/9X3Uek9s0VfM2Rj5Sjcaix/jl61exkKcyJjgBtDqp9p60RecfZlwS7VDnvFPOU21eo0QQCemK0T7p2BtNMaBueEw4rrxItlGTTdrU5o+Be/oNu+LWbuZ89xK56A1Ieej65JQw48FOcx1YTTwIDAQAB";
const RSA_1024_BARE: &str = "MIGJAoGBALYMB7wif0nc3bhbIv7gDudVwS2T/1fdR6T2zRV8zZGPlKNxqLH+OXrV7GQpzImOAG0Oqn2nrRF5x9mXBLtUOe8U85TbV6jRBAJ6YrRPunYG00xoG54TDiuvEi2UZNN2tTmj4F7+g274tZu5nz3ErnoDUh56PrklDDjwU5zHVhNPAgMBAAE=";
const RSA_2048: &str = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1ZTut6DU1I5BerB/BFRSRfuJ2dMEN06path32eSchdplgMHkZv7Ds+HTyK2JKbLQRI3YfGrZGjZ15v/67WcIaUq4GObT8hugFog7DEtI5n4DKHRR5yed2fDY1bu02ILM9Ql25j0+p0imGJAy+yda49WpVpbK5b67GYpJFMSkhDrBOfZwfq/T3tziEzTGsxiGN37JtMSwY4vK2y3JSb62vud4C1HXZ4+cgKYI04EDuxaOnXVIYQux9XbP6Q/nM5hTp+OqYLxnpXzBVP8E3W6hsbSnAOB/11yJ7e9nOZ3YVTEyQBa7RASBn7ngq1yo3ZYl7Kqm67YcU6+d7m3K5CwlxQIDAQAB";
const RSA_4096: &str = "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEArTllbPP+3eoBLm5fZ/y1D5BaEK38hDEnlSqvQj9NXZiQ9lnq+gSx0jmRtYEJHglr677WczFy5SG1xvYqq72JeRcGW3UPx6LXerQKBd0Lv/K6Ob12yGFgogz+CxLj3FdUuXpEpigb6yFw4KKRwic4p717oSfBHP6DoXwgnytCfoe+RpmYCcHcBlj9aWQa18CvFq9rQg1WMbJwVjRxKSkTTVUY/kQq49qv9eYVp4PqthpEQJOC3PlXYsPxXh5OGjAaiSI6auPm8kj48VS9NFn1eAjTbo7MIXuJlUT1XDMvnGOH5Itp1KaRk1FTq8hhs1bkIUozAQPm//j/80PcQxTmlQ6RipX9xLfZWk4cGtaL71pmshWrPePWjYAg3jwDN4LDBNhfoTQoFXotGzSk+GDppYPu7lY6U0hoz1IvrO1H4Qjb06NVRV7ARzCuPWhNhJgonnyU0n98zXwDwURdJatneBBJV8bJ1x4smw+/zq9YDkiasB+7wxVrBro83YlmPT1rwgzV5h7EX14/vMPF8YROimhF1EHTNAQPIlzjQFJWrfh5eOh4gDpxY9VZxmtoqU793FdV5p8US+69YTuZPZQxqMK9Rv03NQqIs/SnkDhNtiISzhvzkzPEAWxBrGxLfpubM99U9l3qrXv6zycYONmtAj3lpqJMWW9k1Fk48BQ7N8cCAwEAAQ==";
const RSA_512: &str = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKRcO9wXeYe6P2QM5ICyrthNshgs78C5+UBGlo1c6r7yYO2HhnJ2cEqmq78CtEJDN8zeQi7L5N55pLodyOsqcHMCAwEAAQ==";
const ED25519_KEY: &str = "oTL7bAVAR7t3mii7xS4RiVHVhDwpYzh+MKrXROS0xdc=";

/// What a record should parse to: the key, or an error at a column.
#[derive(Debug)]
enum Want {
    Key(PublicKey),
    /// The key parses; these flags and unknown tags are seen.
    Flags(PublicKey, &'static [&'static str], &'static [&'static str]),
    Error {
        column: usize,
        contains: &'static str,
    },
}

fn rsa(bits: u32) -> Want {
    Want::Key(PublicKey::Rsa { bits })
}

fn err(column: usize, contains: &'static str) -> Want {
    Want::Error { column, contains }
}

#[test]
fn key_records_table() {
    let folded = "v=DKIM1; k=rsa;\r\n\tp=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1ZTut6DU1I5BerB/
	BFRSRfuJ2dMEN06path32eSchdplgMHkZv7Ds+HTyK2JKbLQRI3YfGrZGjZ15v/67WcIaU q4GObT8hugFog7DEtI5n4DKHRR5yed2fDY1bu02ILM9Ql25j0+p0imGJAy+yda49WpVpbK5b67GYpJFMSkhDrBOfZwfq/T3tziEzTGsxiGN37JtMSwY4vK2y3JSb62vud4C1HXZ4+cgKYI04EDuxaOnXVIYQux9XbP6Q/nM5hTp+OqYLxnpXzBVP8E3W6hsbSnAOB/11yJ7e9nOZ3YVTEyQBa7RASBn7ngq1yo3ZYl7Kqm67YcU6+d7m3K5CwlxQIDAQAB".to_string();
    let truncated = format!("v=DKIM1; k=rsa; p={}", &RSA_2048[..200]);
    let cases: Vec<(String, Want)> = vec![
        (format!("v=DKIM1; k=rsa; p={RSA_1024}"), rsa(1024)),
        (format!("v=DKIM1; k=rsa; p={RSA_2048}"), rsa(2048)),
        (format!("v=DKIM1; k=rsa; p={RSA_4096}"), rsa(4096)),
        (format!("v=DKIM1; p={RSA_512}"), rsa(512)),
        // RFC 6376 words p= as RSAPublicKey; some publish it bare.
        (format!("v=DKIM1; k=rsa; p={RSA_1024_BARE}"), rsa(1024)),
        // No v= and no k=: both optional, rsa by default.
        (format!("p={RSA_2048}"), rsa(2048)),
        (
            format!("v=DKIM1; k=ed25519; p={ED25519_KEY}"),
            Want::Key(PublicKey::Ed25519),
        ),
        ("v=DKIM1; k=rsa; p=".into(), Want::Key(PublicKey::Revoked)),
        ("v=DKIM1; p= ;".into(), Want::Key(PublicKey::Revoked)),
        (
            format!("v=DKIM1; k=rsa; t=y; p={RSA_2048}"),
            Want::Flags(PublicKey::Rsa { bits: 2048 }, &["y"], &[]),
        ),
        (
            format!("v=DKIM1; t=y:s; p={RSA_1024}"),
            Want::Flags(PublicKey::Rsa { bits: 1024 }, &["y", "s"], &[]),
        ),
        (
            format!("v=DKIM1; k=rsa; x=1; foo_bar=baz qux; p={RSA_2048}"),
            Want::Flags(PublicKey::Rsa { bits: 2048 }, &[], &["x", "foo_bar"]),
        ),
        (
            format!("v=DKIM1; h=sha256; s=email; n=Zendesk key; k=rsa; p={RSA_2048};"),
            rsa(2048),
        ),
        // Folding whitespace inside p= and around tags.
        (folded, rsa(2048)),
        (
            format!(
                "  v = DKIM1 ;\tk = rsa ; p = {} {} ",
                &RSA_1024[..100],
                &RSA_1024[100..]
            ),
            rsa(1024),
        ),
        // Bad base64: `!` is the 5th character of the key at column 20.
        (
            "v=DKIM1; k=rsa; p=MIIB!AAA".into(),
            err(23, "not a base64 character"),
        ),
        ("v=DKIM1; p=MIIBIjAN=BgkqhkiG".into(), err(20, "padding")),
        ("v=DKIM1; p=MIIBI".into(), err(17, "truncated")),
        // Valid base64 but truncated DER: the record parses, the key is unusable.
        (truncated, Want::Key(PublicKey::Invalid(String::new()))),
        (
            "v=DKIM1; p=AAAA".into(),
            Want::Key(PublicKey::Invalid(String::new())),
        ),
        // An Ed25519 key of the wrong size.
        (
            "v=DKIM1; k=ed25519; p=AAAA".into(),
            Want::Key(PublicKey::Invalid(String::new())),
        ),
        // An Ed25519 SubjectPublicKeyInfo declared as RSA.
        (
            "v=DKIM1; p=MCowBQYDK2VwAyEAoTL7bAVAR7t3mii7xS4RiVHVhDwpYzh+MKrXROS0xdc=".into(),
            Want::Key(PublicKey::Invalid(String::new())),
        ),
        (
            "v=DKIM1; k=dsa; p=AAAA".into(),
            Want::Key(PublicKey::UnknownType("dsa".into())),
        ),
        // Wrong version, version not first, duplicates, missing p=.
        (format!("v=DKIM2; p={RSA_1024}"), err(3, "not `DKIM1`")),
        (format!("v=dkim1; p={RSA_1024}"), err(3, "not `DKIM1`")),
        (format!("k=rsa; v=DKIM1; p={RSA_1024}"), err(8, "first tag")),
        (
            format!("v=DKIM1; k=rsa; k=rsa; p={RSA_1024}"),
            err(17, "duplicate tag `k`"),
        ),
        (
            format!("v=DKIM1; p={RSA_1024}; p={RSA_2048}"),
            err(230, "duplicate tag `p`"),
        ),
        ("v=DKIM1; k=rsa".into(), err(15, "`p=` tag")),
        (
            "v=DKIM1; k=rsa; garbage; p=".into(),
            err(17, "not a `tag=value` pair"),
        ),
        (
            "v=DKIM1; 1k=rsa; p=".into(),
            err(10, "not a valid tag name"),
        ),
        ("v=DKIM1; k=; p=".into(), err(10, "empty")),
        ("v=DKIM1; t=y::s; p=".into(), err(14, "empty item")),
        ("".into(), err(1, "`p=` tag")),
        ("v=DKIM1; n=café; p=".into(), err(15, "cannot")),
    ];
    assert!(cases.len() >= 20);
    for (text, want) in &cases {
        let parsed = KeyRecord::parse(text);
        match want {
            Want::Key(key) | Want::Flags(key, _, _) => {
                let record = parsed.unwrap_or_else(|e| panic!("{text:?}: {e}"));
                match (key, record.public_key()) {
                    (PublicKey::Invalid(_), PublicKey::Invalid(why)) => assert!(!why.is_empty()),
                    (want, got) => assert_eq!(&got, want, "{text:?}"),
                }
                if let Want::Flags(_, flags, unknown) = want {
                    assert_eq!(&record.flags, flags, "{text:?}");
                    let names: Vec<&str> = record
                        .unknown_tags
                        .iter()
                        .map(|(n, _)| n.as_str())
                        .collect();
                    assert_eq!(&names, unknown, "{text:?}");
                }
            }
            Want::Error { column, contains } => {
                let error = parsed.expect_err(text);
                assert!(error.message.contains(contains), "{text:?}: {error}");
                assert_eq!(error.column, *column, "{text:?}: {error}");
            }
        }
    }
}

#[test]
fn flags_and_defaults() {
    let record = KeyRecord::parse(&format!("t=y:s; p={RSA_2048}")).unwrap();
    assert!(record.testing() && record.strict());
    assert_eq!(record.key_type, KeyType::Rsa);
    assert!(!record.key_type_explicit);
    assert_eq!(record.version, None);
    let record =
        KeyRecord::parse(&format!("v=DKIM1; n=a note; p={ED25519_KEY}; k=ed25519")).unwrap();
    assert_eq!(record.notes.as_deref(), Some("a note"));
    assert_eq!(record.key_data.len(), 32);
}

#[test]
fn recognises_key_records() {
    assert!(looks_like_key("v=DKIM1; p="));
    assert!(looks_like_key("k=rsa; p=MIGf"));
    assert!(!looks_like_key("v=spf1 -all"));
    assert!(!looks_like_key("google-site-verification=abc"));
}

#[test]
fn never_panics_on_prefixes_and_mutations() {
    let base = format!("v=DKIM1; k=rsa; t=y; p={RSA_2048}");
    for end in 0..=base.len() {
        if let Ok(record) = KeyRecord::parse(&base[..end]) {
            let _ = record.public_key();
        }
    }
    // Every single-byte change of the DER, decoded and read.
    let der = decode_base64(RSA_1024).unwrap();
    for index in 0..der.len() {
        for value in [0x00, 0x7f, 0x80, 0x81, 0x84, 0xff] {
            let mut mutated = der.clone();
            mutated[index] = value;
            let _ = der::rsa_modulus_bits(&mutated);
        }
    }
}
