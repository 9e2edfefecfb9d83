//! What a finding code is, and the `codes!` macro each check family declares its codes with.
//!
//! Codes are the JSON contract: once released, never renamed and never reused.
//! A `Code` is a reference to its documentation, so an undocumented code cannot
//! be emitted. Each family declares its codes in its own module; `crate::codes`
//! lists them all.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Serialize, Serializer};

/// The documentation of one code.
#[derive(Debug, Clone, Copy)]
pub struct CodeDoc {
    pub code: &'static str,
    pub title: &'static str,
    /// What the finding means and why it matters.
    pub meaning: &'static str,
    /// How to fix it (empty for codes that report a good state).
    pub fix: &'static str,
}

/// A stable finding code.
///
/// Compared, hashed, printed and serialised by its kebab-case string: the same
/// code declared as a constant may be inlined at different addresses.
#[derive(Clone, Copy)]
pub struct Code(&'static CodeDoc);

impl Code {
    pub const fn new(doc: &'static CodeDoc) -> Code {
        Code(doc)
    }

    pub const fn as_str(self) -> &'static str {
        self.0.code
    }

    pub const fn doc(self) -> &'static CodeDoc {
        self.0
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
    ($( $name:ident = $code:literal {
        title: $title:literal,
        meaning: $meaning:literal,
        fix: $fix:literal $(,)?
    } )*) => {
        #[allow(non_upper_case_globals)]
        impl $crate::report::Code {
            $(
                #[doc = $title]
                pub const $name: $crate::report::Code =
                    $crate::report::Code::new(&$crate::report::codes::CodeDoc {
                        code: $code,
                        title: $title,
                        meaning: $meaning,
                        fix: $fix,
                    });
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

    const DOC: CodeDoc = CodeDoc {
        code: "test-code",
        title: "A code",
        meaning: "What it means.",
        fix: "",
    };
    static COPY: CodeDoc = DOC;

    #[test]
    fn a_code_is_its_string() {
        let (a, b) = (Code::new(&DOC), Code::new(&COPY));
        assert_eq!(a, b);
        assert_eq!(HashSet::from([a, b]).len(), 1);
        assert_eq!(format!("{a:?}"), "test-code");
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"test-code\"");
        let other = CodeDoc {
            code: "test-coda",
            ..DOC
        };
        assert!(Code::new(Box::leak(Box::new(other))) < a);
    }
}
