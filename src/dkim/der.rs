//! Just enough DER (ITU-T X.690) to read an RSA public key's modulus length.
//!
//! Every read is bounds-checked; malformed input gives a sentence, never a panic.

use crate::i18n::t;

const SEQUENCE: u8 = 0x30;
const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;
const OID: u8 = 0x06;
/// 1.2.840.113549.1.1.1, rsaEncryption.
const RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
/// 1.3.101.112, id-Ed25519.
const ED25519: &[u8] = &[0x2b, 0x65, 0x70];

struct Reader<'a> {
    data: &'a [u8],
}

impl<'a> Reader<'a> {
    fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data }
    }

    fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn peek_tag(&self) -> Option<u8> {
        self.data.first().copied()
    }

    /// One element of the expected tag: its contents.
    fn element(&mut self, tag: u8, what: &str) -> Result<&'a [u8], String> {
        let (&found, rest) = self
            .data
            .split_first()
            .ok_or_else(|| t!("dkim-der-truncated-start", what = what))?;
        if found != tag {
            return Err(t!(
                "dkim-der-wrong-tag",
                what = what,
                tag = format!("{tag:02x}"),
                found = format!("{found:02x}")
            ));
        }
        let (&first, mut rest) = rest
            .split_first()
            .ok_or_else(|| t!("dkim-der-no-length", what = what))?;
        let len = if first < 0x80 {
            usize::from(first)
        } else {
            let count = usize::from(first & 0x7f);
            if count == 0 || count > 4 {
                return Err(t!("dkim-der-length-encoding", what = what));
            }
            if rest.len() < count {
                return Err(t!("dkim-der-length-truncated", what = what));
            }
            let len = rest[..count]
                .iter()
                .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
            rest = &rest[count..];
            len
        };
        if rest.len() < len {
            return Err(t!(
                "dkim-der-too-long",
                what = what,
                len = len,
                remaining = rest.len()
            ));
        }
        let (contents, tail) = rest.split_at(len);
        self.data = tail;
        Ok(contents)
    }
}

/// The modulus length in bits of an RSA key given as SubjectPublicKeyInfo or RSAPublicKey.
pub(super) fn rsa_modulus_bits(der: &[u8]) -> Result<u32, String> {
    let mut outer = Reader::new(der);
    let body = outer.element(SEQUENCE, &t!("dkim-der-outer-sequence"))?;
    if !outer.is_empty() {
        return Err(t!("dkim-der-after-outer-sequence"));
    }
    let mut inner = Reader::new(body);
    match inner.peek_tag() {
        Some(INTEGER) => rsa_public_key(body),
        Some(SEQUENCE) => {
            let mut algorithm = Reader::new(inner.element(SEQUENCE, &t!("dkim-der-algorithm"))?);
            let oid = algorithm.element(OID, &t!("dkim-der-algorithm-oid"))?;
            if oid == ED25519 {
                return Err(t!("dkim-der-ed25519-as-rsa"));
            }
            if oid != RSA_ENCRYPTION {
                return Err(t!("dkim-der-not-rsa"));
            }
            let bits = inner.element(BIT_STRING, &t!("dkim-der-bit-string"))?;
            if !inner.is_empty() {
                return Err(t!("dkim-der-after-bit-string"));
            }
            match bits.split_first() {
                Some((0, key)) => {
                    let mut key_reader = Reader::new(key);
                    let rsa = key_reader.element(SEQUENCE, &t!("dkim-der-rsa-sequence"))?;
                    if !key_reader.is_empty() {
                        return Err(t!("dkim-der-after-rsa-public-key"));
                    }
                    rsa_public_key(rsa)
                }
                Some(_) => Err(t!("dkim-der-unused-bits")),
                None => Err(t!("dkim-der-empty-bit-string")),
            }
        }
        _ => Err(t!("dkim-der-unknown-format")),
    }
}

/// RSAPublicKey's contents: INTEGER modulus, INTEGER publicExponent.
fn rsa_public_key(body: &[u8]) -> Result<u32, String> {
    let mut reader = Reader::new(body);
    let modulus = reader.element(INTEGER, &t!("dkim-der-modulus"))?;
    let exponent = reader.element(INTEGER, &t!("dkim-der-exponent"))?;
    if !reader.is_empty() {
        return Err(t!("dkim-der-after-exponent"));
    }
    if exponent.iter().all(|&b| b == 0) {
        return Err(t!("dkim-der-zero-exponent"));
    }
    let significant = match modulus.iter().position(|&b| b != 0) {
        Some(start) => &modulus[start..],
        None => return Err(t!("dkim-der-zero-modulus")),
    };
    if modulus.first().is_some_and(|&b| b & 0x80 != 0) {
        return Err(t!("dkim-der-negative-modulus"));
    }
    u32::try_from(significant.len() - 1)
        .ok()
        .and_then(|bytes| bytes.checked_mul(8))
        .and_then(|bits| bits.checked_add(8 - significant[0].leading_zeros()))
        .ok_or_else(|| t!("dkim-der-modulus-too-large"))
}
