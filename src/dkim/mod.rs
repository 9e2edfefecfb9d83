//! DKIM key records (RFC 6376 §3.6.1): parsing and the public key's size.
//!
//! Parsing is pure and total: any string gives a [`KeyRecord`] or a
//! [`ParseError`] naming the tag and the column, never a panic. The RSA key
//! length is read from the `p=` value with a small bounds-checked DER reader
//! (SubjectPublicKeyInfo, or a bare RSAPublicKey as RFC 6376 §3.6.1 words it).

mod der;

use std::fmt;

use crate::i18n::t;

/// The version a key record may declare (`v=DKIM1`).
pub const VERSION: &str = "DKIM1";

/// A syntax error, with the 1-based column (in characters) where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub column: usize,
    /// The tag the error is in, when it is in one.
    pub tag: Option<String>,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match &self.tag {
            Some(tag) => t!(
                "dkim-parse-error-in-tag",
                message = self.message.as_str(),
                tag = tag.as_str(),
                column = self.column
            ),
            None => t!(
                "dkim-parse-error",
                message = self.message.as_str(),
                column = self.column
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ParseError {}

/// The `k=` key type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyType {
    Rsa,
    Ed25519,
    /// A type RFC 6376 and RFC 8463 do not define: verifiers ignore the key.
    Other(String),
}

impl KeyType {
    pub fn as_str(&self) -> &str {
        match self {
            KeyType::Rsa => "rsa",
            KeyType::Ed25519 => "ed25519",
            KeyType::Other(name) => name,
        }
    }
}

/// What the `p=` value holds, as a verifier would see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublicKey {
    /// `p=` is empty: the key was revoked (RFC 6376 §3.6.1).
    Revoked,
    /// An RSA key with a modulus of this many bits.
    Rsa { bits: u32 },
    /// A 32-byte Ed25519 key (RFC 8463).
    Ed25519,
    /// The data does not decode as a key of the declared type; the text says why.
    Invalid(String),
    /// `k=` names a type zdiag (and verifiers) do not know.
    UnknownType(String),
}

/// One parsed key record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRecord {
    /// `v=`, when present (always `DKIM1` once parsed).
    pub version: Option<String>,
    /// `h=`: acceptable hash algorithms (absent: all).
    pub hash_algorithms: Option<Vec<String>>,
    /// `k=` (default `rsa`).
    pub key_type: KeyType,
    /// Was `k=` written out?
    pub key_type_explicit: bool,
    /// `n=`: notes for people.
    pub notes: Option<String>,
    /// `p=` decoded from base64 (empty when revoked).
    pub key_data: Vec<u8>,
    /// `s=`: service types (absent: `*`).
    pub service_types: Option<Vec<String>>,
    /// `t=`: flags (`y` testing, `s` strict), unknown ones kept.
    pub flags: Vec<String>,
    /// Tags RFC 6376 does not define, in order: verifiers ignore them.
    pub unknown_tags: Vec<(String, String)>,
}

impl KeyRecord {
    /// Parse a key record: the TXT record's strings already joined.
    pub fn parse(text: &str) -> Result<KeyRecord, ParseError> {
        let tags = split_tags(text)?;
        let mut record = KeyRecord {
            version: None,
            hash_algorithms: None,
            key_type: KeyType::Rsa,
            key_type_explicit: false,
            notes: None,
            key_data: Vec::new(),
            service_types: None,
            flags: Vec::new(),
            unknown_tags: Vec::new(),
        };
        let mut seen_p = false;
        for (index, tag) in tags.iter().enumerate() {
            let error = |message: String| ParseError {
                message,
                column: column(text, tag.name_at),
                tag: Some(tag.name.to_string()),
            };
            if tags[..index].iter().any(|t| t.name == tag.name) {
                return Err(error(t!("dkim-parse-duplicate-tag", tag = tag.name)));
            }
            match tag.name {
                "v" => {
                    if index != 0 {
                        return Err(error(t!("dkim-parse-version-not-first")));
                    }
                    if tag.value != VERSION {
                        return Err(ParseError {
                            column: column(text, tag.value_at),
                            ..error(t!(
                                "dkim-parse-wrong-version",
                                version = tag.value,
                                expected = VERSION
                            ))
                        });
                    }
                    record.version = Some(tag.value.to_string());
                }
                "h" => record.hash_algorithms = Some(colon_list(tag, text)?),
                "k" => {
                    record.key_type_explicit = true;
                    record.key_type = match tag.value {
                        "rsa" => KeyType::Rsa,
                        "ed25519" => KeyType::Ed25519,
                        "" => {
                            return Err(error(t!("dkim-parse-empty-key-type")));
                        }
                        other => KeyType::Other(other.to_string()),
                    };
                }
                "n" => record.notes = Some(tag.value.to_string()),
                "p" => {
                    seen_p = true;
                    record.key_data =
                        decode_base64(tag.value).map_err(|(offset, why)| ParseError {
                            message: why,
                            column: column(text, tag.value_at + offset),
                            tag: Some("p".into()),
                        })?;
                }
                "s" => record.service_types = Some(colon_list(tag, text)?),
                "t" => record.flags = colon_list(tag, text)?,
                _ => record
                    .unknown_tags
                    .push((tag.name.to_string(), tag.value.to_string())),
            }
        }
        if !seen_p {
            return Err(ParseError {
                message: t!("dkim-parse-missing-p"),
                column: text.chars().count() + 1,
                tag: None,
            });
        }
        Ok(record)
    }

    /// `t=y`: the domain is testing DKIM; verifiers must not treat failures differently.
    pub fn testing(&self) -> bool {
        self.flags.iter().any(|f| f == "y")
    }

    /// `t=s`: the `i=` domain must equal `d=` exactly (no subdomains).
    pub fn strict(&self) -> bool {
        self.flags.iter().any(|f| f == "s")
    }

    /// The key as a verifier would use it.
    pub fn public_key(&self) -> PublicKey {
        if self.key_data.is_empty() {
            return PublicKey::Revoked;
        }
        match &self.key_type {
            KeyType::Rsa => match der::rsa_modulus_bits(&self.key_data) {
                Ok(bits) => PublicKey::Rsa { bits },
                Err(why) => PublicKey::Invalid(why),
            },
            KeyType::Ed25519 if self.key_data.len() == 32 => PublicKey::Ed25519,
            KeyType::Ed25519 => {
                PublicKey::Invalid(t!("dkim-key-ed25519-size", bytes = self.key_data.len()))
            }
            KeyType::Other(name) => PublicKey::UnknownType(name.clone()),
        }
    }
}

/// Does the text look like a DKIM key record (worth parsing and reporting)?
pub fn looks_like_key(text: &str) -> bool {
    text.trim_start().starts_with("v=DKIM1")
        || text
            .split(';')
            .any(|spec| spec.trim_start_matches(is_wsp_char).starts_with("p="))
}

struct Tag<'a> {
    name: &'a str,
    value: &'a str,
    /// Byte offsets of the name and of the value in the record.
    name_at: usize,
    value_at: usize,
}

fn is_wsp(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// RFC 6376 §3.2 tag-list: `name = value` separated by `;`, whitespace around both.
fn split_tags(text: &str) -> Result<Vec<Tag<'_>>, ParseError> {
    let mut tags = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    while start <= bytes.len() {
        let end = text[start..].find(';').map_or(bytes.len(), |i| start + i);
        let spec = &text[start..end];
        let lead = spec.len() - spec.trim_start_matches(|c: char| is_wsp_char(c)).len();
        let body = spec.trim_matches(is_wsp_char);
        // Empty specs (a trailing `;`, or `;;`) carry nothing; verifiers skip them.
        if !body.is_empty() {
            let at = start + lead;
            let Some(eq) = body.find('=') else {
                return Err(ParseError {
                    message: t!("dkim-parse-not-a-pair", spec = body),
                    column: column(text, at),
                    tag: None,
                });
            };
            let name = body[..eq].trim_end_matches(is_wsp_char);
            let name_ok = name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
            if !name_ok {
                return Err(ParseError {
                    message: t!("dkim-parse-bad-tag-name", name = name),
                    column: column(text, at),
                    tag: None,
                });
            }
            let raw_value = &body[eq + 1..];
            let value = raw_value.trim_start_matches(is_wsp_char);
            let value_at = at + eq + 1 + (raw_value.len() - value.len());
            if let Some(bad) = value
                .bytes()
                .position(|b| !(is_wsp(b) || (0x21..=0x7e).contains(&b)))
            {
                return Err(ParseError {
                    message: t!("dkim-parse-bad-character"),
                    column: column(text, value_at + bad),
                    tag: Some(name.to_string()),
                });
            }
            tags.push(Tag {
                name,
                value,
                name_at: at,
                value_at,
            });
        }
        start = end + 1;
    }
    Ok(tags)
}

fn is_wsp_char(c: char) -> bool {
    c.is_ascii() && is_wsp(c as u8)
}

fn column(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    // Offsets always fall on char boundaries (they follow ASCII bytes), but stay safe.
    text.get(..byte).map_or(byte, |head| head.chars().count()) + 1
}

/// A colon-separated list (`h=`, `s=`, `t=`): whitespace allowed around items.
fn colon_list(tag: &Tag<'_>, text: &str) -> Result<Vec<String>, ParseError> {
    let mut items = Vec::new();
    let mut offset = 0;
    for raw in tag.value.split(':') {
        let item = raw.trim_matches(is_wsp_char);
        if item.is_empty() {
            return Err(ParseError {
                message: t!("dkim-parse-empty-item", tag = tag.name),
                column: column(text, tag.value_at + offset),
                tag: Some(tag.name.to_string()),
            });
        }
        items.push(item.to_string());
        offset += raw.len() + 1;
    }
    Ok(items)
}

/// Standard base64 (RFC 4648 §4); whitespace anywhere is skipped, padding optional.
/// The error gives the byte offset in `value` and the reason.
fn decode_base64(value: &str) -> Result<Vec<u8>, (usize, String)> {
    let mut out = Vec::with_capacity(value.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    let mut symbols = 0usize;
    let mut padding: Option<usize> = None;
    for (offset, byte) in value.bytes().enumerate() {
        if is_wsp(byte) {
            continue;
        }
        let sextet = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => {
                padding.get_or_insert(offset);
                continue;
            }
            _ => {
                return Err((
                    offset,
                    t!(
                        "dkim-parse-not-base64",
                        character = (byte as char).to_string()
                    ),
                ));
            }
        };
        if let Some(at) = padding {
            return Err((at, t!("dkim-parse-early-padding")));
        }
        acc = (acc << 6) | u32::from(sextet);
        bits += 6;
        symbols += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if symbols % 4 == 1 {
        return Err((value.len(), t!("dkim-parse-truncated-base64")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
