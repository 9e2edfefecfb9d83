//! The network backend, through `dns::Dns`, against a real DNS server on loopback.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use hickory_proto::op::ResponseCode;
use zdiag::dns::network::Network;
use zdiag::dns::{Answer, Dns, DnsStats, QType, RData};

use crate::support::{Blackhole, TestDns};

const ZONE: &str = r#"
$TTL 300
@        IN SOA  ns1 hostmaster ( 1 3600 600 86400 300 )
         IN NS   ns1
ns1      IN A    192.0.2.53
@        IN TXT  "v=spf1 ip4:192.0.2.0/24 " "include:_spf.example.net ~all"
@        IN MX   10 Mail.Example.TEST.
@        IN MX   20 backup.example.test.
@        IN SPF  "v=spf1 " "-all"
legacy   IN TYPE99 \# 12 0b763d73706631202d616c6c
www      IN CNAME alias
alias    IN CNAME @
mail     IN A    192.0.2.25
mail     IN AAAA 2001:db8::25
a.b      IN A    192.0.2.1
delegated IN NS  ns.elsewhere.test.
_dmarc   IN TXT  "v=DMARC1; p=reject"
"#;

fn dns_for(addr: SocketAddr, timeout: Duration) -> Dns {
    let network = Network::new(&[addr], timeout).expect("network backend");
    Dns::new(vec![Box::new(network)])
}

fn dns(server: &TestDns) -> Dns {
    dns_for(server.addr(), Duration::from_secs(2))
}

/// `count` character-strings of `len` bytes each, as zone-file text and as bytes.
fn long_txt(count: usize, len: usize) -> (String, Vec<Vec<u8>>) {
    let strings: Vec<Vec<u8>> = (0..count)
        .map(|i| vec![b'a' + (i % 26) as u8; len])
        .collect();
    let text = strings
        .iter()
        .map(|s| format!("\"{}\"", String::from_utf8_lossy(s)))
        .collect::<Vec<_>>()
        .join(" ");
    (text, strings)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn split_txt_strings_are_kept() {
    let server = TestDns::start(&[("example.test", ZONE)]);
    let answer = dns(&server).query("example.test", QType::Txt).await;
    assert_eq!(
        answer,
        Answer::Records {
            records: vec![RData::Txt(vec![
                b"v=spf1 ip4:192.0.2.0/24 ".to_vec(),
                b"include:_spf.example.net ~all".to_vec(),
            ])],
            cnames: vec![],
        }
    );
    assert_eq!(
        dns(&server)
            .query("_dmarc.example.test", QType::Txt)
            .await
            .records(),
        &[RData::Txt(vec![b"v=DMARC1; p=reject".to_vec()])]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn txt_records_over_512_bytes_arrive_whole() {
    // ~800 bytes fits a UDP answer only with EDNS0; ~3000 bytes needs TCP.
    let (edns_text, edns_strings) = long_txt(4, 200);
    let (tcp_text, tcp_strings) = long_txt(12, 250);
    let zone = format!("edns IN TXT {edns_text}\ntcp IN TXT {tcp_text}\n");
    let server = TestDns::start(&[("big.test", &zone)]);
    let dns = dns(&server);
    assert_eq!(
        dns.query("edns.big.test", QType::Txt).await.records(),
        &[RData::Txt(edns_strings)]
    );
    assert_eq!(
        dns.query("tcp.big.test", QType::Txt).await.records(),
        &[RData::Txt(tcp_strings)]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nxdomain_and_nodata_differ() {
    let server = TestDns::start(&[("example.test", ZONE)]);
    let dns = dns(&server);
    assert_eq!(
        dns.query("nope.example.test", QType::Txt).await,
        Answer::NxDomain
    );
    assert_eq!(
        dns.query("mail.example.test", QType::Txt).await,
        Answer::NoData
    );
    // An empty non-terminal exists.
    assert_eq!(dns.query("b.example.test", QType::A).await, Answer::NoData);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cnames_are_chased_and_reported_in_order() {
    let server = TestDns::start(&[("example.test", ZONE)]);
    let answer = dns(&server).query("WWW.example.test.", QType::Txt).await;
    let Answer::Records { records, cnames } = answer else {
        panic!("expected records, got {answer:?}");
    };
    assert_eq!(records.len(), 1);
    assert_eq!(cnames, ["www.example.test", "alias.example.test"]);

    // Asking for the CNAME itself returns it, lower-cased and without the dot.
    assert_eq!(
        dns(&server)
            .query("www.example.test", QType::Cname)
            .await
            .records(),
        &[RData::Cname("alias.example.test".into())]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mx_and_addresses() {
    let server = TestDns::start(&[("example.test", ZONE)]);
    let dns = dns(&server);
    let mut mx = dns
        .query("example.test", QType::Mx)
        .await
        .records()
        .to_vec();
    mx.sort_by_key(|r| match r {
        RData::Mx { preference, .. } => *preference,
        _ => u16::MAX,
    });
    assert_eq!(
        mx,
        [
            RData::Mx {
                preference: 10,
                exchange: "mail.example.test".into()
            },
            RData::Mx {
                preference: 20,
                exchange: "backup.example.test".into()
            },
        ]
    );
    assert_eq!(
        dns.query("mail.example.test", QType::A).await.records(),
        &[RData::A(Ipv4Addr::new(192, 0, 2, 25))]
    );
    assert_eq!(
        dns.query("mail.example.test", QType::Aaaa).await.records(),
        &[RData::Aaaa("2001:db8::25".parse().unwrap())]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn type_99_records_are_decoded() {
    let server = TestDns::start(&[("example.test", ZONE)]);
    let dns = dns(&server);
    assert_eq!(
        dns.query("example.test", QType::Spf).await.records(),
        &[RData::Spf(vec![b"v=spf1 ".to_vec(), b"-all".to_vec()])]
    );
    assert_eq!(
        dns.query("legacy.example.test", QType::Spf).await.records(),
        &[RData::Spf(vec![b"v=spf1 -all".to_vec()])]
    );
    assert_eq!(
        dns.query("mail.example.test", QType::Spf).await,
        Answer::NoData
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn servfail_and_refused_are_reported_as_such() {
    let server = TestDns::start_with_rcodes(
        &[("example.test", ZONE)],
        &[
            ("broken.example.test", ResponseCode::ServFail),
            ("private.example.test", ResponseCode::Refused),
        ],
    );
    let dns = dns(&server);
    assert_eq!(
        dns.query("broken.example.test", QType::Txt).await,
        Answer::ServFail
    );
    assert_eq!(
        dns.query("private.example.test", QType::Txt).await,
        Answer::Refused
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_server_times_out_after_about_the_timeout() {
    let blackhole = Blackhole::start();
    let dns = dns_for(blackhole.addr(), Duration::from_secs(1));
    let started = Instant::now();
    let answer = dns.query("example.test", QType::Txt).await;
    let elapsed = started.elapsed();
    assert_eq!(answer, Answer::Timeout);
    assert!(
        elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(2),
        "took {elapsed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_that_cannot_be_encoded_are_not_sent() {
    let blackhole = Blackhole::start();
    let dns = dns_for(blackhole.addr(), Duration::from_secs(1));
    let started = Instant::now();
    for bad in [
        "a..example.test".to_string(),
        format!("{}.example.test", "x".repeat(64)),
    ] {
        let answer = dns.query(&bad, QType::Txt).await;
        let Answer::Other(why) = &answer else {
            panic!("{bad}: expected Other, got {answer:?}");
        };
        assert!(why.starts_with("invalid domain name"), "{why}");
    }
    assert!(started.elapsed() < Duration::from_millis(500));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeated_question_is_sent_once() {
    let server = TestDns::start(&[("example.test", ZONE)]);
    let dns = dns(&server);
    let first = dns.query("example.test", QType::Txt).await;
    let second = dns.query("Example.Test.", QType::Txt).await;
    assert_eq!(first, second);
    assert_eq!(
        dns.stats(),
        DnsStats {
            questions: 2,
            sent: 1
        }
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_questions_to_a_slow_server_overlap() {
    let names: Vec<String> = (0..10).map(|i| format!("host{i}")).collect();
    let zone: String = names
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{name} IN A 192.0.2.{}\n", i + 1))
        .collect();
    let server = TestDns::start_with_delay(&[("slow.test", &zone)], Duration::from_millis(50));
    let dns = dns(&server);
    let started = Instant::now();
    let answers = futures::future::join_all(names.iter().map(|name| {
        let dns = dns.clone();
        let name = format!("{name}.slow.test");
        async move { dns.query(&name, QType::A).await }
    }))
    .await;
    let elapsed = started.elapsed();
    for answer in &answers {
        assert!(matches!(answer, Answer::Records { .. }), "{answer:?}");
    }
    assert!(elapsed < Duration::from_millis(300), "took {elapsed:?}");
    assert!(elapsed >= Duration::from_millis(50), "took {elapsed:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixture_zones_are_served_from_a_directory() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/zones");
    let server = TestDns::from_dir(dir);
    let dns = dns(&server);
    let answer = dns.query("example.com", QType::Txt).await;
    assert!(
        answer
            .records()
            .iter()
            .any(|r| matches!(r, RData::Txt(s) if s.concat().starts_with(b"v=spf1"))),
        "{answer:?}"
    );
    assert_eq!(
        dns.query("_dmarc.example.com", QType::Txt)
            .await
            .records()
            .len(),
        1
    );
}
