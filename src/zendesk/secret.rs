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
}
