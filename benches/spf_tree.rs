//! How long `zdiag spf` takes on a 3-level include tree when every DNS answer takes 50 ms.
//!
//! Each record's lookups are issued together, so the run should take about
//! (depth + 1) round trips, not one round trip per query. Prints figures;
//! asserts nothing. Run: `cargo bench --bench spf_tree`.

#[path = "../tests/integration/support/dns_server.rs"]
mod dns_server;

use std::process::Command;
use std::time::{Duration, Instant};

use dns_server::TestDns;

const DELAY: Duration = Duration::from_millis(50);
const RUNS: usize = 7;

/// bench.test → l1a → l2a → l3a is the longest chain: depth 3.
const BENCH_ZONE: &str = r#"
$ORIGIN bench.test.
$TTL 300
@     IN SOA ns.bench.test. hostmaster.bench.test. 1 7200 3600 1209600 300
@     IN NS  ns.bench.test.
ns    IN A   192.0.2.53
@     IN TXT "v=spf1 include:l1a.bench.test include:l1b.bench.test include:l1c.bench.test include:mail.zendesk.com -all"
l1a   IN TXT "v=spf1 include:l2a.bench.test include:l2b.bench.test ~all"
l1b   IN TXT "v=spf1 include:l2c.bench.test a:host1.bench.test ~all"
l1c   IN TXT "v=spf1 ip4:198.51.100.0/24 ~all"
l2a   IN TXT "v=spf1 include:l3a.bench.test ~all"
l2b   IN TXT "v=spf1 ip4:203.0.113.0/25 ~all"
l2c   IN TXT "v=spf1 ip6:2001:db8:2::/48 ~all"
l3a   IN TXT "v=spf1 ip4:203.0.113.128/25 ~all"
host1 IN A   192.0.2.25
"#;

const DEPTH: u32 = 3;

fn main() {
    let zendesk = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/zones/zendesk.com.zone"
    ))
    .expect("zendesk fixture zone");
    let dns = TestDns::start_with_delay(
        &[("bench.test.", BENCH_ZONE), ("zendesk.com.", &zendesk)],
        DELAY,
    );
    let resolver = dns.addr().to_string();
    let binary = env!("CARGO_BIN_EXE_zdiag");
    let mut times = Vec::new();
    let mut queries = 0;
    for _ in 0..RUNS {
        let before = dns.queries();
        let start = Instant::now();
        let output = Command::new(binary)
            .args([
                "spf",
                "bench.test",
                "--resolver",
                &resolver,
                "--format",
                "json",
            ])
            .output()
            .expect("run zdiag");
        let elapsed = start.elapsed();
        assert!(
            output.status.code().is_some_and(|c| c <= 1),
            "zdiag failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        queries = dns.queries() - before;
        times.push(elapsed);
    }
    times.sort();
    let median = times[RUNS / 2];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "zdiag spf on a {DEPTH}-level include tree, {} ms added to every DNS answer",
        DELAY.as_millis()
    );
    println!("  runs:                         {RUNS}");
    println!("  DNS queries per run:          {queries}");
    println!(
        "  wall time min / median / max: {:.0} / {:.0} / {:.0} ms",
        ms(times[0]),
        ms(median),
        ms(times[RUNS - 1])
    );
    println!(
        "  (depth + 1) x delay:          {:.0} ms",
        ms(DELAY * (DEPTH + 1))
    );
    println!(
        "  queries x delay (one by one): {:.0} ms",
        ms(DELAY * queries as u32)
    );
}
