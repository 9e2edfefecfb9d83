//! Just enough DER (ITU-T X.690) to read an RSA public key's modulus length.
//!
//! Every read is bounds-checked; malformed input gives a sentence, never a panic.

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
            .ok_or_else(|| format!("the key ends where {what} should start (truncated)"))?;
        if found != tag {
            return Err(format!(
                "expected {what} (DER tag 0x{tag:02x}), found tag 0x{found:02x}"
            ));
        }
        let (&first, mut rest) = rest
            .split_first()
            .ok_or_else(|| format!("{what} has no length (truncated)"))?;
        let len = if first < 0x80 {
            usize::from(first)
        } else {
            let count = usize::from(first & 0x7f);
            if count == 0 || count > 4 {
                return Err(format!("{what} has an unsupported length encoding"));
            }
            if rest.len() < count {
                return Err(format!("{what}'s length is truncated"));
            }
            let len = rest[..count]
                .iter()
                .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
            rest = &rest[count..];
            len
        };
        if rest.len() < len {
            return Err(format!(
                "{what} claims {len} bytes but only {} remain (truncated key)",
                rest.len()
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
    let body = outer.element(SEQUENCE, "the key's outer SEQUENCE")?;
    if !outer.is_empty() {
        return Err("data follows the key's outer SEQUENCE".into());
    }
    let mut inner = Reader::new(body);
    match inner.peek_tag() {
        Some(INTEGER) => rsa_public_key(body),
        Some(SEQUENCE) => {
            let mut algorithm = Reader::new(inner.element(SEQUENCE, "the algorithm identifier")?);
            let oid = algorithm.element(OID, "the algorithm OID")?;
            if oid == ED25519 {
                return Err("the data is an Ed25519 key but the record says k=rsa".into());
            }
            if oid != RSA_ENCRYPTION {
                return Err("the key's algorithm is not rsaEncryption".into());
            }
            let bits = inner.element(BIT_STRING, "the public key BIT STRING")?;
            if !inner.is_empty() {
                return Err("data follows the public key BIT STRING".into());
            }
            match bits.split_first() {
                Some((0, key)) => {
                    let mut key_reader = Reader::new(key);
                    let rsa = key_reader.element(SEQUENCE, "the RSAPublicKey SEQUENCE")?;
                    if !key_reader.is_empty() {
                        return Err("data follows the RSAPublicKey".into());
                    }
                    rsa_public_key(rsa)
                }
                Some(_) => Err("the public key BIT STRING has unused bits".into()),
                None => Err("the public key BIT STRING is empty".into()),
            }
        }
        _ => Err("the key is neither a SubjectPublicKeyInfo nor an RSAPublicKey".into()),
    }
}

/// RSAPublicKey's contents: INTEGER modulus, INTEGER publicExponent.
fn rsa_public_key(body: &[u8]) -> Result<u32, String> {
    let mut reader = Reader::new(body);
    let modulus = reader.element(INTEGER, "the RSA modulus")?;
    let exponent = reader.element(INTEGER, "the RSA public exponent")?;
    if !reader.is_empty() {
        return Err("data follows the RSA public exponent".into());
    }
    if exponent.iter().all(|&b| b == 0) {
        return Err("the RSA public exponent is zero".into());
    }
    let significant = match modulus.iter().position(|&b| b != 0) {
        Some(start) => &modulus[start..],
        None => return Err("the RSA modulus is zero".into()),
    };
    if modulus.first().is_some_and(|&b| b & 0x80 != 0) {
        return Err("the RSA modulus is negative".into());
    }
    u32::try_from(significant.len() - 1)
        .ok()
        .and_then(|bytes| bytes.checked_mul(8))
        .and_then(|bits| bits.checked_add(8 - significant[0].leading_zeros()))
        .ok_or_else(|| "the RSA modulus is too large".to_string())
}
