//! The API token: held in a type that never prints it.

use std::fmt;

/// An API or OAuth token. `Debug` and `Display` print `[redacted]`; there is no
/// `Serialize`. The only way to the text is [`Token::expose`], used where the
/// `Authorization` header is built (and marked sensitive).
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// A token read from a file, stdin or the environment: surrounding whitespace
    /// (the newline `echo` adds) is dropped; an empty token is refused.
    pub fn new(text: &str) -> Option<Token> {
        let text = text.trim();
        (!text.is_empty()).then(|| Token(text.to_string()))
    }

    /// The secret itself, for the `Authorization` header only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the token can travel in an HTTP header as it is: printable ASCII only.
    /// Anything else fails only when the request is built, which would look like a
    /// network failure.
    pub fn is_header_safe(&self) -> bool {
        self.0.bytes().all(|b| (b' '..=b'~').contains(&b))
    }
}

/// Standard base64 with padding: how Basic credentials travel, so a server that
/// echoes the header can be caught at it.
pub(crate) fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_never_prints() {
        let token = Token::new("  s3cr3t-T0KEN\n").unwrap();
        assert_eq!(
            format!("{token:?} {token} {token:#?}"),
            "[redacted] [redacted] [redacted]"
        );
        assert_eq!(token.expose(), "s3cr3t-T0KEN");
        assert!(Token::new(" \n").is_none());
    }

    #[test]
    fn header_safety_and_base64() {
        assert!(Token::new("abc-DEF_123/+=").unwrap().is_header_safe());
        assert!(!Token::new("abc\x01def").unwrap().is_header_safe());
        assert!(!Token::new("abc\u{e9}").unwrap().is_header_safe());
        assert_eq!(base64(b"fo"), "Zm8=");
    }
}
