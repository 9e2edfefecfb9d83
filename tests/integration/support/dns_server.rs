//! An authoritative DNS server on 127.0.0.1 for tests and benchmarks.
//!
//! It serves zone files with hickory-server over UDP and TCP on the same
//! port, on its own thread with its own multi-thread tokio runtime, so a
//! test that blocks (on a subprocess, say) cannot starve it. It stops when
//! dropped. Zone text is read by zdiag's own zone-file reader, so type 99
//! (`SPF "..."` or `TYPE99 \# len hex`) works here as it does for `--zone`.
//!
//! Self-contained on purpose: a bench target can include it with
//! `#[path = "../tests/integration/support/dns_server.rs"] mod dns_server;`.

#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use hickory_proto::op::ResponseCode;
use hickory_proto::rr::rdata::SOA;
use hickory_proto::rr::{LowerName, Name, RData, Record, RecordSet, RecordType, RrKey};
use hickory_server::Server;
use hickory_server::net::runtime::{Time, TokioRuntimeProvider};
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, Catalog, MessageResponseBuilder, ZoneType};
use tokio::sync::oneshot;

use zdiag::dns::zonefile::{ParsedZone, parse_zone_file, parse_zone_text};

/// Any free port on 127.0.0.1.
const LOOPBACK: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 0);

/// A UDP socket and a TCP listener on the same port (truncated answers are fetched again
/// over TCP). With port 0, a port whose TCP side another process holds is given up and
/// another one tried: tests and benchmarks may run side by side.
async fn bind_pair(
    bind: SocketAddr,
) -> (tokio::net::UdpSocket, tokio::net::TcpListener, SocketAddr) {
    let mut last_error = None;
    for _ in 0..20 {
        let udp = tokio::net::UdpSocket::bind(bind).await.expect("bind UDP");
        let addr = udp.local_addr().expect("UDP address");
        match tokio::net::TcpListener::bind(addr).await {
            Ok(tcp) => return (udp, tcp, addr),
            Err(error) if bind.port() == 0 => last_error = Some(error),
            Err(error) => panic!("bind TCP {addr}: {error}"),
        }
    }
    panic!("no port free for both UDP and TCP: {last_error:?}")
}

/// A running DNS server; stops on drop.
pub struct TestDns {
    addr: SocketAddr,
    queries: Arc<AtomicUsize>,
    /// Names never answered (lower-case, with the final dot).
    silent: Arc<std::sync::Mutex<Vec<String>>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl TestDns {
    /// Serve `(origin, zone file text)` pairs. A zone without SOA gets one.
    pub fn start(zones: &[(&str, &str)]) -> TestDns {
        TestDns::start_with_delay(zones, Duration::ZERO)
    }

    /// Like [`TestDns::start`], but every query is answered `delay` late
    /// (asynchronously, per query: concurrent queries are not serialised).
    pub fn start_with_delay(zones: &[(&str, &str)], delay: Duration) -> TestDns {
        TestDns::serve(parse_texts(zones), LOOPBACK, delay, HashMap::new())
    }

    /// Like [`TestDns::start`], but questions about the listed names get the
    /// listed response code (SERVFAIL, REFUSED, ...) with no answer.
    pub fn start_with_rcodes(zones: &[(&str, &str)], rcodes: &[(&str, ResponseCode)]) -> TestDns {
        let rcodes: Vec<_> = rcodes
            .iter()
            .map(|(name, code)| (fqdn(name), *code))
            .collect();
        TestDns::start_zones(parse_texts(zones), &rcodes)
    }

    /// Serve zones built in code: names a zone file cannot spell (RFC 7208's
    /// `foo:bar/baz.example.com`) included. Questions about the listed names get the
    /// listed response code with no answer.
    pub fn start_zones(zones: Vec<ParsedZone>, rcodes: &[(Name, ResponseCode)]) -> TestDns {
        let rcodes = rcodes
            .iter()
            .map(|(name, code)| (LowerName::new(name), *code))
            .collect();
        TestDns::serve(zones, LOOPBACK, Duration::ZERO, rcodes)
    }

    /// Like [`TestDns::start`], but questions about the listed domains (and names under
    /// them) are read and never answered: a server down for those names only.
    pub fn start_with_silence(zones: &[(&str, &str)], silent: &[&str]) -> TestDns {
        let dns = TestDns::serve(parse_texts(zones), LOOPBACK, Duration::ZERO, HashMap::new());
        let silent: Vec<String> = silent
            .iter()
            .map(|s| fqdn(s).to_string().to_ascii_lowercase())
            .collect();
        *dns.silent.lock().expect("silent names") = silent;
        dns
    }

    /// Serve every `*.zone` file of `dir` (origin: `$ORIGIN`, else the file name).
    pub fn from_dir(dir: impl AsRef<Path>) -> TestDns {
        TestDns::from_dir_on(dir, LOOPBACK, Duration::ZERO)
    }

    /// Like [`TestDns::from_dir`], on a chosen loopback address (a tool that cannot be
    /// given a port needs port 53), answering every query `delay` late.
    pub fn from_dir_on(dir: impl AsRef<Path>, bind: SocketAddr, delay: Duration) -> TestDns {
        let dir = dir.as_ref();
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
            .map(|entry| entry.expect("directory entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "zone"))
            .collect();
        files.sort();
        let zones = files
            .iter()
            .map(|path| parse_zone_file(path).unwrap_or_else(|err| panic!("{err}")))
            .collect();
        TestDns::serve(zones, bind, delay, HashMap::new())
    }

    /// The address to send questions to (UDP and TCP).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queries received so far (UDP and TCP, retries included).
    pub fn queries(&self) -> usize {
        self.queries.load(Ordering::Relaxed)
    }

    fn serve(
        zones: Vec<ParsedZone>,
        bind: SocketAddr,
        delay: Duration,
        rcodes: HashMap<LowerName, ResponseCode>,
    ) -> TestDns {
        let mut catalog = Catalog::new();
        for zone in zones {
            let origin = zone.origin.clone();
            let handler = InMemoryZoneHandler::<TokioRuntimeProvider>::new(
                origin.clone(),
                record_sets(zone),
                ZoneType::Primary,
                AxfrPolicy::Deny,
            )
            .unwrap_or_else(|err| panic!("zone {origin}: {err}"));
            catalog.upsert(LowerName::new(&origin), vec![Arc::new(handler)]);
        }
        let queries = Arc::new(AtomicUsize::new(0));
        let silent = Arc::new(std::sync::Mutex::new(Vec::new()));
        let handler = Handler {
            catalog,
            delay,
            rcodes,
            queries: queries.clone(),
            silent: silent.clone(),
        };

        let (addr_tx, addr_rx) = mpsc::channel();
        let (stop, stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("test-dns".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .expect("test DNS runtime");
                runtime.block_on(async move {
                    let (udp, tcp, addr) = bind_pair(bind).await;
                    let mut server = Server::new(handler);
                    server.register_socket(udp);
                    server.register_listener(tcp, Duration::from_secs(5), 64);
                    addr_tx.send(addr).expect("report the address");
                    let _ = stopped.await;
                    let _ = server.shutdown_gracefully().await;
                });
            })
            .expect("spawn the test DNS thread");
        let addr = addr_rx.recv().expect("test DNS server started");
        TestDns {
            addr,
            queries,
            silent,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for TestDns {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The catalog, plus an optional delay and canned response codes.
struct Handler {
    catalog: Catalog,
    delay: Duration,
    rcodes: HashMap<LowerName, ResponseCode>,
    queries: Arc<AtomicUsize>,
    silent: Arc<std::sync::Mutex<Vec<String>>>,
}

// hickory-server 0.26 declares the trait with `async_trait`.
#[async_trait::async_trait]
impl RequestHandler for Handler {
    async fn handle_request<R: ResponseHandler, T: Time>(
        &self,
        request: &Request,
        mut response_handle: R,
    ) -> ResponseInfo {
        self.queries.fetch_add(1, Ordering::Relaxed);
        if !self.delay.is_zero() {
            tokio::time::sleep(self.delay).await;
        }
        let asked = request
            .request_info()
            .map(|info| info.query.name().to_string().to_ascii_lowercase())
            .unwrap_or_default();
        let quiet = self
            .silent
            .lock()
            .expect("silent names")
            .iter()
            .any(|s| asked == *s || asked.ends_with(&format!(".{s}")));
        if quiet {
            // Read, never answered: the client times out.
            let metadata = hickory_proto::op::Metadata::response_from_request(&request.metadata);
            return ResponseInfo::from(hickory_proto::op::Header {
                metadata,
                counts: Default::default(),
            });
        }
        let code = request
            .request_info()
            .ok()
            .and_then(|info| self.rcodes.get(info.query.name()).copied());
        if let Some(code) = code {
            let response = MessageResponseBuilder::from_message_request(request)
                .error_msg(&request.metadata, code);
            return match response_handle.send_response(response).await {
                Ok(info) => info,
                Err(err) => panic!("test DNS server could not answer: {err}"),
            };
        }
        self.catalog
            .handle_request::<R, T>(request, response_handle)
            .await
    }
}

/// A UDP socket and a TCP listener on one 127.0.0.1 port that read and
/// never answer: a server that is down without saying so. Stops on drop.
pub struct Blackhole {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Blackhole {
    pub fn start() -> Blackhole {
        let (addr_tx, addr_rx) = mpsc::channel();
        let (stop, mut stopped) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("dns-blackhole".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("blackhole runtime");
                runtime.block_on(async move {
                    let (udp, tcp, addr) = bind_pair(LOOPBACK).await;
                    addr_tx.send(addr).expect("report the address");
                    let mut held = Vec::new();
                    let mut buf = vec![0u8; 65_535];
                    loop {
                        tokio::select! {
                            _ = &mut stopped => break,
                            _ = udp.recv_from(&mut buf) => {}
                            accepted = tcp.accept() => {
                                if let Ok((stream, _)) = accepted {
                                    // Keep the connection open and unanswered.
                                    held.push(stream);
                                }
                            }
                        }
                    }
                });
            })
            .expect("spawn the blackhole thread");
        let addr = addr_rx.recv().expect("blackhole started");
        Blackhole {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Blackhole {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn parse_texts(zones: &[(&str, &str)]) -> Vec<ParsedZone> {
    zones
        .iter()
        .map(|(origin, text)| {
            parse_zone_text(text, Some(origin))
                .unwrap_or_else(|err| panic!("test zone {origin}: {err}"))
        })
        .collect()
}

fn fqdn(name: &str) -> Name {
    let mut name = Name::from_ascii(name).unwrap_or_else(|err| panic!("{name}: {err}"));
    name.set_fqdn(true);
    name
}

/// The zone's records as hickory-server wants them, with an SOA if the text had none.
fn record_sets(zone: ParsedZone) -> BTreeMap<RrKey, RecordSet> {
    let mut records = zone.records;
    if !records
        .iter()
        .any(|r| r.record_type() == RecordType::SOA && r.name == zone.origin)
    {
        let soa = SOA::new(
            Name::from_ascii("ns.invalid.").expect("static name"),
            Name::from_ascii("hostmaster.invalid.").expect("static name"),
            1,
            3600,
            600,
            86_400,
            60,
        );
        records.push(Record::from_rdata(zone.origin.clone(), 60, RData::SOA(soa)));
    }
    let mut sets: BTreeMap<RrKey, RecordSet> = BTreeMap::new();
    for record in records {
        let key = RrKey::new(LowerName::new(&record.name), record.record_type());
        sets.entry(key)
            .or_insert_with(|| RecordSet::new(record.name.clone(), record.record_type(), 0))
            .insert(record, 0);
    }
    sets
}
