//! The languages zdiag speaks. Every text people read comes from a Fluent catalogue,
//! `locales/<lang>/<family>.ftl`, English being the default and the source; JSON keeps
//! its contract (codes, statuses, evidence keys) whatever the language.
//!
//! The language is chosen once per run (`--lang`, else `ZDIAG_LANG`, else the POSIX
//! locale) and read wherever a text is made; a message missing from a catalogue falls
//! back to English (a test keeps both catalogues whole).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// A language zdiag has a catalogue for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// A language tag or a POSIX locale (`fr`, `fr_FR.UTF-8`, `fr-CA`): French for
    /// any French locale, English for `en_*`; `None` for the others.
    pub fn of_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// `--lang`, else `ZDIAG_LANG`, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set (POSIX's order): a French locale gives French, anything else English.
    pub fn choose(given: Option<Lang>, env: &dyn Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = given {
            return lang;
        }
        if let Some(lang) = env("ZDIAG_LANG").as_deref().and_then(Lang::of_locale) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| env(name))
            .find(|value| !value.is_empty())
            .and_then(|locale| Lang::of_locale(&locale))
            .unwrap_or_default()
    }
}

static CURRENT: OnceLock<Lang> = OnceLock::new();

/// The run's language, set once, before any text is made (later calls change nothing).
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The run's language (English until set).
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or_default()
}

/// The catalogues, one Fluent file per family and language, built into the binary.
macro_rules! catalogue {
    ($($family:literal),* $(,)?) => {
        /// (family, English source, French).
        pub const FILES: &[(&str, &str, &str)] = &[
            $((
                $family,
                include_str!(concat!("../../locales/en/", $family, ".ftl")),
                include_str!(concat!("../../locales/fr/", $family, ".ftl")),
            ),)*
        ];
    };
}

catalogue![
    "core",
    "api",
    "bounce",
    "dkim",
    "dmarc",
    "forwarding",
    "inbound",
    "mx",
    "recipient",
    "spf",
    "suspended",
    "targets",
    "ticket",
    "triggers",
    "undelivered",
    "walks",
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|lang| {
                let id: unic_langid::LanguageIdentifier =
                    lang.as_str().parse().expect("a language tag");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No Unicode isolation marks around placeables: output goes to
                // terminals, files and JSON, not to bidirectional text.
                bundle.set_use_isolating(false);
                for (family, en, fr) in FILES {
                    let text = if *lang == Lang::Fr { fr } else { en };
                    let resource =
                        FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, errors)| {
                            panic!(
                                "locales/{}/{family}.ftl does not parse: {errors:?}",
                                lang.as_str()
                            )
                        });
                    bundle.add_resource(resource).unwrap_or_else(|errors| {
                        panic!(
                            "locales/{}/{family}.ftl repeats a message: {errors:?}",
                            lang.as_str()
                        )
                    });
                }
                bundle
            })
            .collect()
    });
    &bundles[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
}

/// Whether the catalogue of `lang` has `key` (`message` or `message.attribute`).
pub fn has(lang: Lang, key: &str) -> bool {
    let (id, attribute) = split(key);
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| match attribute {
            Some(name) => m.get_attribute(name).is_some(),
            None => m.value().is_some(),
        })
}

fn split(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    }
}

fn format_in(lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(lang);
    let (id, attribute) = split(key);
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The text of `key` (`message` or `message.attribute`) in the run's language, with
/// `args` in its placeables; English when the language lacks it, the key itself when
/// English does too.
pub fn tr(key: &str, args: Option<&FluentArgs<'_>>) -> String {
    format_in(current(), key, args)
        .or_else(|| format_in(Lang::En, key, args))
        .unwrap_or_else(|| key.to_string())
}

/// `t!(KEY, name = value, ...)`: [`tr`] with named arguments (strings or numbers),
/// moved into the arguments as they are.
macro_rules! t {
    ($key:expr $(,)?) => {
        $crate::i18n::tr($key, None)
    };
    ($key:expr $(, $name:ident = $value:expr)+ $(,)?) => {
        $crate::i18n::tr(
            $key,
            Some(&::fluent_bundle::FluentArgs::from_iter([$((
                stringify!($name),
                ::fluent_bundle::FluentValue::from($value),
            )),+])),
        )
    };
}
pub(crate) use t;

#[cfg(test)]
mod tests;
