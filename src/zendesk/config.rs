//! Where the client connects and as whom: flags and the zcli environment variables.
//!
//! `ZENDESK_SUBDOMAIN`, `ZENDESK_EMAIL` + `ZENDESK_API_TOKEN` (Basic
//! `{email}/token:{token}`) or `ZENDESK_OAUTH_TOKEN` (Bearer); the flags
//! `--subdomain`, `--email`, `--token-file PATH|-` and `--zendesk-url`. No flag
//! takes a secret: a token comes from the environment, a file or stdin.

use crate::i18n::t;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::Url;

use super::{ApiConfig, Auth, Client, Token};
use crate::report::text::input_error;

/// What the command line says about Zendesk.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub subdomain: Option<String>,
    pub email: Option<String>,
    pub token_file: Option<PathBuf>,
    pub url: Option<String>,
    pub export: Option<PathBuf>,
}

/// The variables that enable the API steps, as messages name them.
pub const CREDENTIALS: &str =
    "ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN (or ZENDESK_OAUTH_TOKEN)";

/// [`CREDENTIALS`] as a sentence in the run's language (evidence keeps the constant).
pub fn credentials() -> String {
    t!("core-credentials")
}

/// Test knobs: shorter backoff and polling, so the suite stays fast.
const BACKOFF_ENV: &str = "ZDIAG_ZENDESK_BACKOFF_MS";
const POLL_ENV: &str = "ZDIAG_ZENDESK_POLL_MS";

/// Build the client the settings and environment describe; `Ok(None)` when they
/// describe none. Errors are one sentence, for a usage report (exit 2).
pub fn client(
    settings: &Settings,
    env: &dyn Fn(&str) -> Option<String>,
    stdin: &mut dyn FnMut() -> std::io::Result<String>,
) -> Result<Option<Client>, String> {
    if let Some(dir) = &settings.export {
        return Client::from_export(dir).map(Some).map_err(|e| e.message);
    }
    let env = |name: &str| env(name).filter(|v| !v.trim().is_empty());
    let subdomain = settings
        .subdomain
        .clone()
        .or_else(|| env("ZENDESK_SUBDOMAIN"));
    let email = settings.email.clone().or_else(|| env("ZENDESK_EMAIL"));
    let (token, oauth, source) = match &settings.token_file {
        Some(path) => (
            Some(read_token(path, stdin)?),
            email.is_none(),
            format!("--token-file {}", path.display()),
        ),
        None => match (env("ZENDESK_OAUTH_TOKEN"), env("ZENDESK_API_TOKEN")) {
            (Some(oauth), _) => (Token::new(&oauth), true, "ZENDESK_OAUTH_TOKEN".into()),
            (None, Some(api)) => (Token::new(&api), false, "ZENDESK_API_TOKEN".into()),
            (None, None) => (None, false, String::new()),
        },
    };
    if let Some(token) = &token
        && !token.is_header_safe()
    {
        return Err(input_error(
            "token in",
            &source,
            t!("core-error-token-header"),
            &t!("core-error-token-header.fix"),
        ));
    }
    let account = subdomain.is_some() || settings.url.is_some();
    let token = match (token, account) {
        (None, false) => return Ok(None),
        (Some(_), false) => {
            return Err(input_error(
                "token in",
                &source,
                t!("core-error-token-no-account"),
                &t!("core-error-token-no-account.fix"),
            ));
        }
        (None, true) => {
            let account = settings
                .url
                .clone()
                .or_else(|| subdomain.clone())
                .unwrap_or_default();
            return Err(input_error(
                "account",
                &account,
                t!("core-error-account-no-token"),
                &t!(
                    "core-error-account-no-token.fix",
                    credentials = credentials()
                ),
            ));
        }
        (Some(token), true) => token,
    };
    let auth = if oauth {
        Auth::OAuth { token }
    } else {
        let Some(email) = email else {
            return Err(
                "ZENDESK_API_TOKEN needs the agent's address: set ZENDESK_EMAIL (or --email)"
                    .into(),
            );
        };
        Auth::ApiToken { email, token }
    };
    let base_url = match &settings.url {
        Some(url) => parse_base_url(url)?,
        None => subdomain_url(subdomain.as_deref().unwrap_or_default())?,
    };
    let mut config = ApiConfig::new(base_url, auth);
    if let Some(ms) = env(BACKOFF_ENV).and_then(|v| v.parse::<u64>().ok()) {
        config.retry.base_delay = Duration::from_millis(ms);
        config.retry.max_delay = Duration::from_millis(ms.saturating_mul(4));
    }
    if let Some(ms) = env(POLL_ENV).and_then(|v| v.parse::<u64>().ok()) {
        config.poll_interval = Duration::from_millis(ms);
    }
    Client::new(config).map(Some).map_err(|e| e.message)
}

/// A token from a file, or from stdin for `-`.
fn read_token(
    path: &Path,
    stdin: &mut dyn FnMut() -> std::io::Result<String>,
) -> Result<Token, String> {
    let text = if path == Path::new("-") {
        stdin().map_err(|e| input_error("--token-file", "-", e, &t!("core-error-token-file")))?
    } else {
        crate::limits::read_text_capped(path, crate::limits::TOKEN_FILE).map_err(|e| {
            input_error(
                "--token-file",
                &path.display().to_string(),
                e,
                &t!("core-error-token-file"),
            )
        })?
    };
    Token::new(&text).ok_or_else(|| {
        let from = if path == Path::new("-") {
            "stdin".to_string()
        } else {
            path.display().to_string()
        };
        input_error(
            "--token-file",
            &from,
            t!("core-error-token-empty"),
            &t!("core-error-token-file"),
        )
    })
}

/// Read stdin to the end (what `--token-file -` uses).
pub fn read_stdin() -> std::io::Result<String> {
    let bytes = crate::limits::read_capped(std::io::stdin().lock(), crate::limits::TOKEN_FILE)
        .map_err(|e| match e {
            crate::limits::ReadError::Io(e) => e,
            too_large => std::io::Error::other(too_large.to_string()),
        })?;
    String::from_utf8(bytes)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "it is not UTF-8 text"))
}

/// `acme`, `acme.zendesk.com` or `https://acme.zendesk.com/` → `https://acme.zendesk.com`.
pub fn subdomain_url(input: &str) -> Result<Url, String> {
    let name = input.trim().to_ascii_lowercase();
    let name = name
        .strip_prefix("https://")
        .unwrap_or(&name)
        .trim_end_matches('/');
    let name = name.strip_suffix(".zendesk.com").unwrap_or(name);
    let valid = !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        return Err(input_error(
            "subdomain",
            input,
            t!("core-error-subdomain"),
            &t!("core-error-subdomain.fix"),
        ));
    }
    Url::parse(&format!("https://{name}.zendesk.com")).map_err(|e| e.to_string())
}

/// `--zendesk-url`: https anywhere, plain http only to a loopback address.
pub fn parse_base_url(input: &str) -> Result<Url, String> {
    let url = Url::parse(input.trim()).map_err(|e| {
        input_error(
            "--zendesk-url",
            input,
            t!("core-error-url", why = e.to_string()),
            &t!("core-error-url.fix"),
        )
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(input_error(
            "--zendesk-url",
            "[credentials hidden]",
            t!("core-error-url-credentials"),
            &t!("core-error-url-credentials.fix"),
        ));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback(&url) => Ok(url),
        "http" => Err(input_error(
            "--zendesk-url",
            input,
            t!("core-error-url-http"),
            &t!("core-error-url-http.fix"),
        )),
        other => Err(input_error(
            "--zendesk-url",
            input,
            t!("core-error-url-scheme", scheme = other),
            &t!("core-error-url.fix"),
        )),
    }
}

fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => bare.eq_ignore_ascii_case("localhost"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn no_stdin() -> std::io::Result<String> {
        panic!("stdin read unexpectedly")
    }

    #[test]
    fn nothing_set_is_no_client() {
        let client = client(&Settings::default(), &env_of(&[]), &mut no_stdin).unwrap();
        assert!(client.is_none());
    }

    #[test]
    fn api_token_and_oauth_from_the_environment() {
        let c = client(
            &Settings::default(),
            &env_of(&[
                ("ZENDESK_SUBDOMAIN", "acme"),
                ("ZENDESK_EMAIL", "agent@acme.test"),
                ("ZENDESK_API_TOKEN", "tok"),
            ]),
            &mut no_stdin,
        )
        .unwrap()
        .unwrap();
        assert_eq!(c.describe(), "https://acme.zendesk.com/");
        let err = client(
            &Settings::default(),
            &env_of(&[("ZENDESK_SUBDOMAIN", "acme"), ("ZENDESK_API_TOKEN", "tok")]),
            &mut no_stdin,
        )
        .unwrap_err();
        assert!(err.contains("ZENDESK_EMAIL"), "{err}");
        let c = client(
            &Settings::default(),
            &env_of(&[
                ("ZENDESK_SUBDOMAIN", "acme"),
                ("ZENDESK_OAUTH_TOKEN", "tok"),
            ]),
            &mut no_stdin,
        );
        assert!(c.unwrap().is_some());
    }

    #[test]
    fn half_configured_is_an_error_naming_what_is_missing() {
        let err = client(
            &Settings::default(),
            &env_of(&[("ZENDESK_SUBDOMAIN", "acme")]),
            &mut no_stdin,
        )
        .unwrap_err();
        assert!(err.contains("ZENDESK_API_TOKEN") && err.contains("--token-file"));
        let err = client(
            &Settings::default(),
            &env_of(&[("ZENDESK_OAUTH_TOKEN", "tok")]),
            &mut no_stdin,
        )
        .unwrap_err();
        assert!(err.contains("ZENDESK_SUBDOMAIN"));
    }

    #[test]
    fn token_file_dash_reads_stdin() {
        let settings = Settings {
            subdomain: Some("acme".into()),
            token_file: Some(PathBuf::from("-")),
            ..Settings::default()
        };
        let mut stdin = || Ok("abc\n".to_string());
        assert!(
            client(&settings, &env_of(&[]), &mut stdin)
                .unwrap()
                .is_some()
        );
        let mut empty = || Ok("\n".to_string());
        let err = client(&settings, &env_of(&[]), &mut empty).unwrap_err();
        assert!(
            err.contains("--token-file 'stdin': holds no token"),
            "{err}"
        );
    }

    #[test]
    fn a_token_that_cannot_be_a_header_is_refused_naming_its_source() {
        let err = client(
            &Settings::default(),
            &env_of(&[
                ("ZENDESK_SUBDOMAIN", "acme"),
                ("ZENDESK_OAUTH_TOKEN", "s3cr\x07et"),
            ]),
            &mut no_stdin,
        )
        .unwrap_err();
        assert!(err.contains("ZENDESK_OAUTH_TOKEN"), "{err}");
        assert!(!err.contains("s3cr"), "{err}");
    }

    #[test]
    fn subdomains_are_normalised() {
        for input in ["acme", "ACME.zendesk.com", "https://acme.zendesk.com/"] {
            assert_eq!(
                subdomain_url(input).unwrap().as_str(),
                "https://acme.zendesk.com/"
            );
        }
        assert!(subdomain_url("ac me").is_err());
        assert!(subdomain_url("").is_err());
    }

    #[test]
    fn plain_http_only_to_loopback() {
        assert!(parse_base_url("http://127.0.0.1:8080").is_ok());
        assert!(parse_base_url("http://[::1]:8080").is_ok());
        assert!(parse_base_url("http://localhost:8080").is_ok());
        assert!(parse_base_url("https://proxy.example.test").is_ok());
        let err = parse_base_url("http://proxy.example.test").unwrap_err();
        assert!(err.contains("plain http is refused"), "{err}");
        assert!(parse_base_url("http://10.0.0.1").is_err());
        assert!(parse_base_url("https://a:b@proxy.example.test").is_err());
        assert!(parse_base_url("ftp://127.0.0.1").is_err());
    }
}
