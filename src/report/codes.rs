//! What a finding code is, and the `codes!` macro each check family declares its codes with.
//!
//! Codes are the JSON contract: once released, never renamed and never reused.
//! Each family declares its codes in its own module and documents them in its
//! catalogue (`locales/<lang>/<family>.ftl`: title, `.meaning`, `.fix`); `crate::codes`
//! lists them all, and its tests keep every code documented in every language.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

/// The documentation of one code, in the run's language (`locales/*/<family>.ftl`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub code: &'static str,
    pub title: String,
    /// What the finding means and why it matters.
    pub meaning: String,
    /// How to fix it (empty for codes that report a good state).
    pub fix: String,
}

/// A stable finding code: its kebab-case name, documented in the catalogues.
#[derive(Clone, Copy)]
pub struct Code(&'static str);

impl Code {
    pub const fn new(code: &'static str) -> Code {
        Code(code)
    }

    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// Its title, meaning and fix, in the run's language.
    pub fn doc(self) -> Doc {
        let text = |part: &str| crate::i18n::tr(&format!("{}{part}", self.0), None);
        Doc {
            code: self.0,
            title: text(""),
            meaning: text(".meaning"),
            fix: text(".fix"),
        }
    }
}

impl PartialEq for Code {
    fn eq(&self, other: &Code) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Code {}

impl Hash for Code {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for Code {
    fn partial_cmp(&self, other: &Code) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Code {
    fn cmp(&self, other: &Code) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Declares one family's codes in the module it is invoked in: a constant
/// `Code::Name` per code (an inherent impl may sit in any module of the crate,
/// so call sites read the same wherever the family lives), and the module's
/// `CODES`, in declaration order, for the registry in `crate::codes`.
macro_rules! codes {
    ($( $name:ident = $code:literal ),* $(,)?) => {
        #[allow(non_upper_case_globals)]
        impl $crate::report::Code {
            $(
                #[doc = $code]
                pub const $name: $crate::report::Code = $crate::report::Code::new($code);
            )*
        }

        /// This family's codes, in documentation order.
        pub const CODES: &[$crate::report::Code] = &[ $( $crate::report::Code::$name, )* ];
    };
}

pub(crate) use codes;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_code_is_its_string() {
        let (a, b) = (Code::new("test-code"), Code::new("test-code"));
        assert_eq!(a, b);
        assert_eq!(HashSet::from([a, b]).len(), 1);
        assert_eq!(format!("{a:?}"), "test-code");
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"test-code\"");
        assert!(Code::new("test-coda") < a);
    }
}
