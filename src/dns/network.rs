//! The network backend: hickory-resolver against the system's or `--resolver` servers.
//!
//! Every outcome is mapped onto [`Answer`] without collapsing: NXDOMAIN,
//! NODATA, a timeout, SERVFAIL and REFUSED stay distinct. hickory's own cache
//! is left on (it merges negative answers) but correctness never depends on
//! it: the [`Dns`](super::Dns) facade caches per run.

use crate::i18n::t;
use std::net::SocketAddr;
use std::time::Duration;

use futures::future::BoxFuture;
use hickory_proto::op::ResponseCode;
use hickory_proto::rr::{Name, RData as WireData, RecordType};
use hickory_resolver::config::{
    ConnectionConfig, NameServerConfig, ResolveHosts, ResolverConfig, ResolverOpts,
};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError, NoRecords};
use hickory_resolver::{Resolver, TokioResolver};

use super::{Answer, Backend, QType, RData, normalize_name};

/// The SPF RR type code (RFC 4408 §3.1.1; removed by RFC 7208).
pub(crate) const SPF_TYPE_CODE: u16 = 99;

/// Why the network backend could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum NetworkSetupError {
    #[error(
        "could not read the system DNS configuration (/etc/resolv.conf): {0}; \
         name a server with --resolver IP[:PORT], or use --offline with --zone"
    )]
    SystemConfig(String),
    #[error("could not set up the DNS resolver: {0}")]
    Build(String),
}

/// Answers every name by asking DNS servers over UDP, with TCP fallback.
pub struct Network {
    resolver: TokioResolver,
    timeout: Duration,
}

impl std::fmt::Debug for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Network")
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Network {
    /// Ask `servers` (UDP, then TCP on the same port when an answer is
    /// truncated), or the system's resolvers when `servers` is empty.
    /// `timeout` bounds each question: an unresponsive server costs about
    /// that long, not a multiple of it.
    pub fn new(servers: &[SocketAddr], timeout: Duration) -> Result<Network, NetworkSetupError> {
        let provider = TokioRuntimeProvider::default();
        let mut builder = if servers.is_empty() {
            Resolver::builder(provider)
                .map_err(|err| NetworkSetupError::SystemConfig(err.to_string()))?
        } else {
            let name_servers = servers
                .iter()
                .map(|server| {
                    let (mut udp, mut tcp) = (ConnectionConfig::udp(), ConnectionConfig::tcp());
                    udp.port = server.port();
                    tcp.port = server.port();
                    NameServerConfig::new(server.ip(), true, vec![udp, tcp])
                })
                .collect();
            let mut builder = Resolver::builder_with_config(
                ResolverConfig::from_name_servers(name_servers),
                provider,
            );
            *builder.options_mut() = ResolverOpts::default();
            builder
        };
        let options = builder.options_mut();
        options.timeout = timeout;
        // One retry, for a fast failure (SERVFAIL, a refused connection). A
        // silent server is not retried: `query` stops at `timeout`, and UDP
        // retransmits inside that window anyway.
        options.attempts = 1;
        options.edns0 = true;
        options.use_hosts_file = ResolveHosts::Never;
        options.preserve_intermediates = true;
        options.ndots = 0;
        let resolver = builder
            .build()
            .map_err(|err| NetworkSetupError::Build(err.to_string()))?;
        Ok(Network { resolver, timeout })
    }

    async fn lookup(&self, name: &str, qtype: QType) -> Answer {
        let fqdn = match encode_name(name) {
            Ok(fqdn) => fqdn,
            Err(why) => return Answer::Other(why),
        };
        let record_type = record_type(qtype);
        // A little slack so hickory's own timeout (same length) normally wins.
        let deadline = self.timeout + Duration::from_millis(50);
        let result =
            match tokio::time::timeout(deadline, self.resolver.lookup(fqdn, record_type)).await {
                Ok(result) => result,
                Err(_) => return Answer::Timeout,
            };
        match result {
            Ok(lookup) => {
                let mut records = Vec::new();
                let mut cnames = Vec::new();
                for record in lookup.answers() {
                    if record.record_type() == record_type {
                        if let Some(rdata) = convert(&record.data) {
                            records.push(rdata);
                        }
                    } else if record.record_type() == RecordType::CNAME {
                        let owner = name_text(&record.name);
                        if !cnames.contains(&owner) {
                            cnames.push(owner);
                        }
                    }
                }
                if records.is_empty() {
                    // Only aliases came back: the chain ends without the asked type.
                    Answer::NoData
                } else {
                    Answer::Records { records, cnames }
                }
            }
            Err(err) => {
                // No records and no SOA: not the negative answer of a name without the
                // type, but what the resolver returns when it gives up on a CNAME chain.
                // Walk the chain to tell a loop from a long chain (a rare extra query).
                let chain_given_up = matches!(
                    &err,
                    NetError::Dns(DnsError::NoRecordsFound(NoRecords {
                        response_code: ResponseCode::NoError,
                        soa: None,
                        ..
                    }))
                );
                if chain_given_up
                    && record_type != RecordType::CNAME
                    && let Some(chain) = self.cname_loop(name).await
                {
                    // RFC 1034 §3.6.2: a loop is an error, not a name without records.
                    return Answer::Other(t!("core-dns-cname-loop", chain = chain.join(" -> ")));
                }
                map_error(&err)
            }
        }
    }

    /// The aliases from `name`, one CNAME question at a time, when they come back to
    /// one already followed.
    async fn cname_loop(&self, name: &str) -> Option<Vec<String>> {
        let mut chain = vec![normalize_name(name)];
        for _ in 0..16 {
            let at = encode_name(chain.last()?).ok()?;
            let lookup = tokio::time::timeout(
                self.timeout,
                self.resolver.lookup(at.clone(), RecordType::CNAME),
            )
            .await
            .ok()?
            .ok()?;
            let target = lookup
                .answers()
                .iter()
                .find_map(|r| match convert(&r.data) {
                    Some(RData::Cname(target)) if r.name == at => Some(target),
                    _ => None,
                })?;
            let looped = chain.contains(&target);
            chain.push(target);
            if looped {
                return Some(chain);
            }
        }
        None
    }
}

impl Backend for Network {
    fn query<'a>(&'a self, name: &'a str, qtype: QType) -> BoxFuture<'a, Option<Answer>> {
        Box::pin(async move { Some(self.lookup(name, qtype).await) })
    }
}

fn record_type(qtype: QType) -> RecordType {
    match qtype {
        QType::A => RecordType::A,
        QType::Aaaa => RecordType::AAAA,
        QType::Txt => RecordType::TXT,
        QType::Mx => RecordType::MX,
        QType::Ptr => RecordType::PTR,
        QType::Cname => RecordType::CNAME,
        QType::Spf => RecordType::from(SPF_TYPE_CODE),
    }
}

/// The name as an absolute DNS name, or why it cannot be one (nothing is sent then).
fn encode_name(name: &str) -> Result<Name, String> {
    let trimmed = name.strip_suffix('.').unwrap_or(name);
    if trimmed.is_empty() {
        return Err("invalid domain name \"\": the name is empty".into());
    }
    if trimmed.split('.').any(str::is_empty) {
        return Err(format!(
            "invalid domain name {name:?}: it has an empty label"
        ));
    }
    // ASCII names go byte for byte: RFC 7208 §7.1 lets a domain-spec hold any visible
    // character (`a:foo:bar/baz.example.com`, a `%{h}` of an odd HELO), and DNS carries
    // any octet in a label. Others go through IDNA.
    let parsed = if trimmed.is_ascii() {
        Name::from_labels(trimmed.split('.').map(str::as_bytes))
    } else {
        Name::from_utf8(trimmed)
    };
    let mut fqdn = parsed.map_err(|err| format!("invalid domain name {name:?}: {err}"))?;
    fqdn.set_fqdn(true);
    Ok(fqdn)
}

/// A name from the wire as zdiag spells names: its labels' bytes as they are (not
/// escaped as zone-file text would, so `foo:bar` asked for again is the same name),
/// lower-case, no trailing dot.
fn name_text(name: &Name) -> String {
    let labels: Vec<String> = name
        .iter()
        .map(|label| String::from_utf8_lossy(label).into_owned())
        .collect();
    normalize_name(&labels.join("."))
}

/// Map a failed lookup onto the typed outcomes.
fn map_error(err: &NetError) -> Answer {
    match err {
        NetError::Dns(DnsError::NoRecordsFound(NoRecords { response_code, .. })) => {
            match *response_code {
                ResponseCode::NXDomain => Answer::NxDomain,
                ResponseCode::NoError => Answer::NoData,
                code => map_response_code(code),
            }
        }
        NetError::Dns(DnsError::ResponseCode(code)) => map_response_code(*code),
        NetError::Timeout => Answer::Timeout,
        NetError::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => Answer::Timeout,
        NetError::Io(io) => Answer::Other(t!("core-dns-unreachable", error = io.to_string())),
        NetError::NoConnections => Answer::Other(t!("core-dns-no-server")),
        NetError::Truncated => Answer::Other(t!("core-dns-truncated")),
        other => Answer::Other(t!("core-dns-error-other", error = other.to_string())),
    }
}

fn map_response_code(code: ResponseCode) -> Answer {
    match code {
        ResponseCode::ServFail => Answer::ServFail,
        ResponseCode::Refused => Answer::Refused,
        ResponseCode::NXDomain => Answer::NxDomain,
        code => Answer::Other(t!("core-dns-rcode", code = code.to_string())),
    }
}

/// One wire record's data in zdiag's terms; `None` for types zdiag does not ask about.
pub(crate) fn convert(data: &WireData) -> Option<RData> {
    Some(match data {
        WireData::A(a) => RData::A(a.0),
        WireData::AAAA(aaaa) => RData::Aaaa(aaaa.0),
        WireData::TXT(txt) => RData::Txt(txt.txt_data.iter().map(|s| s.to_vec()).collect()),
        WireData::MX(mx) => RData::Mx {
            preference: mx.preference,
            exchange: name_text(&mx.exchange),
        },
        WireData::PTR(ptr) => RData::Ptr(name_text(&ptr.0)),
        WireData::CNAME(cname) => RData::Cname(name_text(&cname.0)),
        WireData::Unknown { code, rdata } if u16::from(*code) == SPF_TYPE_CODE => {
            RData::Spf(character_strings(&rdata.anything)?)
        }
        _ => return None,
    })
}

/// Split TXT-format rdata (length-prefixed character-strings) into its strings.
pub(crate) fn character_strings(mut wire: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut strings = Vec::new();
    while let Some((&len, rest)) = wire.split_first() {
        let len = usize::from(len);
        if rest.len() < len {
            return None;
        }
        strings.push(rest[..len].to_vec());
        wire = &rest[len..];
    }
    Some(strings)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7208 §7.1: a domain-spec may hold any visible character; it is asked as written
    /// and read back the same.
    #[test]
    fn names_with_any_visible_character_go_byte_for_byte() {
        for name in [
            "foo:bar/baz.example.com",
            "jumpin' jupiter.foo.com",
            "[192.0.2.1].example",
        ] {
            let encoded = encode_name(name).expect(name);
            assert_eq!(encoded.num_labels() as usize, name.split('.').count());
            assert_eq!(name_text(&encoded), name);
        }
    }

    #[test]
    fn bad_names_are_refused_before_sending() {
        for bad in [
            "a..example.com",
            ".example.com",
            "",
            &format!("{}.example.com", "x".repeat(64)),
        ] {
            let err = encode_name(bad).expect_err(bad);
            assert!(err.starts_with("invalid domain name"), "{err}");
        }
        assert_eq!(
            encode_name("_dmarc.example.com.").unwrap().to_ascii(),
            "_dmarc.example.com."
        );
        assert_eq!(
            encode_name("bücher.example").unwrap().to_ascii(),
            "xn--bcher-kva.example."
        );
    }

    #[test]
    fn character_strings_split_and_reject_overruns() {
        assert_eq!(
            character_strings(b"\x03abc\x00\x01d"),
            Some(vec![b"abc".to_vec(), vec![], b"d".to_vec()])
        );
        assert_eq!(character_strings(b"\x05abc"), None);
        assert_eq!(character_strings(b""), Some(vec![]));
    }

    #[test]
    fn response_codes_map_to_typed_answers() {
        assert_eq!(
            map_error(&NetError::Dns(DnsError::ResponseCode(
                ResponseCode::ServFail
            ))),
            Answer::ServFail
        );
        assert_eq!(
            map_error(&NetError::Dns(DnsError::ResponseCode(
                ResponseCode::Refused
            ))),
            Answer::Refused
        );
        assert_eq!(map_error(&NetError::Timeout), Answer::Timeout);
        assert!(matches!(
            map_error(&NetError::Dns(DnsError::ResponseCode(
                ResponseCode::FormErr
            ))),
            Answer::Other(_)
        ));
    }
}
