//! `zdiag outbound` beside `checkdmarc`, on the same zones, from the same DNS server.
//!
//! The README's example zones are served on 127.0.0.2:53 (checkdmarc's command line takes
//! no port) with 20 ms added to every answer. Both tools run several times, alternating;
//! the figures are median wall time and the queries each sent, counted at the server.
//! checkdmarc (PyPI) is installed into `target/bench-venv` on first use.
//! Then both tools' readings of the same records are printed side by side.
//! Run: `cargo bench --bench outbound_vs_checkdmarc`. Prints figures; asserts nothing.

#[path = "../tests/integration/support/dns_server.rs"]
mod dns_server;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use dns_server::TestDns;
use serde_json::Value;

const DELAY: Duration = Duration::from_millis(20);
const RUNS: usize = 7;
const DOMAIN: &str = "example.com";
const CHECKDMARC: &str = "checkdmarc==6.0.4";

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let checkdmarc = install_checkdmarc(&root.join("target/bench-venv"));
    let server: SocketAddr = "127.0.0.2:53".parse().expect("address");
    let dns = TestDns::from_dir_on(root.join("examples/zones"), server, DELAY);
    let zdiag = env!("CARGO_BIN_EXE_zdiag");
    let resolver = server.to_string();
    let zdiag_args = [
        "outbound",
        DOMAIN,
        "--resolver",
        &resolver,
        "--format",
        "json",
    ];
    let checkdmarc_args = [DOMAIN, "--nameserver", "127.0.0.2", "--format", "json"];

    // One untimed run each: the first Python start pays for compiling its bytecode.
    let (zdiag_json, _) = timed(&dns, zdiag, &zdiag_args);
    let (checkdmarc_json, _) = timed(&dns, &checkdmarc, &checkdmarc_args);

    let mut zdiag_runs = Vec::new();
    let mut checkdmarc_runs = Vec::new();
    for _ in 0..RUNS {
        zdiag_runs.push(timed(&dns, zdiag, &zdiag_args).1);
        checkdmarc_runs.push(timed(&dns, &checkdmarc, &checkdmarc_args).1);
    }
    let zdiag_stats = Figures::of(&zdiag_runs);
    let checkdmarc_stats = Figures::of(&checkdmarc_runs);
    println!(
        "{DOMAIN} from the bundled examples/zones, {} ms added to every DNS answer, {RUNS} runs each",
        DELAY.as_millis()
    );
    println!(
        "  {:<22} {:>8} {:>8} {:>8} {:>8}",
        "", "median", "min", "max", "queries"
    );
    zdiag_stats.print("zdiag outbound");
    checkdmarc_stats.print(CHECKDMARC);
    println!(
        "  zdiag is {:.1}x faster (median), sending {:.1}x fewer queries",
        checkdmarc_stats.median.as_secs_f64() / zdiag_stats.median.as_secs_f64(),
        checkdmarc_stats.queries as f64 / zdiag_stats.queries.max(1) as f64
    );
    println!();
    agreement(&zdiag_json, &checkdmarc_json);
}

/// Median, min, max wall time and queries of one run.
struct Figures {
    median: Duration,
    min: Duration,
    max: Duration,
    queries: usize,
}

impl Figures {
    fn of(runs: &[(Duration, usize)]) -> Figures {
        let mut times: Vec<Duration> = runs.iter().map(|r| r.0).collect();
        times.sort();
        Figures {
            median: times[times.len() / 2],
            min: times[0],
            max: times[times.len() - 1],
            queries: runs[runs.len() / 2].1,
        }
    }

    fn print(&self, name: &str) {
        let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
        println!(
            "  {name:<22} {:>8} {:>8} {:>8} {:>8}",
            ms(self.median),
            ms(self.min),
            ms(self.max),
            self.queries
        );
    }
}

/// Run a command; its JSON output, wall time and the queries the server saw meanwhile.
fn timed(dns: &TestDns, program: &str, args: &[&str]) -> (Value, (Duration, usize)) {
    let before = dns.queries();
    let start = Instant::now();
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    let elapsed = start.elapsed();
    let queries = dns.queries() - before;
    let json = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{program} printed no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    (json, (elapsed, queries))
}

/// A virtualenv with checkdmarc, made once.
fn install_checkdmarc(venv: &Path) -> String {
    let program = venv.join("bin/checkdmarc");
    if !program.exists() {
        eprintln!("installing {CHECKDMARC} into {}", venv.display());
        let ok = Command::new("python3")
            .arg("-m")
            .arg("venv")
            .arg(venv)
            .status()
            .is_ok_and(|s| s.success())
            && Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", CHECKDMARC])
                .status()
                .is_ok_and(|s| s.success());
        assert!(
            ok,
            "could not install {CHECKDMARC} (python3 with venv and pip, and PyPI, are needed)"
        );
    }
    program.to_string_lossy().into_owned()
}

/// What both tools say about the same records, side by side.
fn agreement(zdiag: &Value, checkdmarc: &Value) {
    let findings: Vec<&Value> = zdiag["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["findings"].as_array().into_iter().flatten())
        .collect();
    let evidence = |code: &str, key: &str| {
        findings
            .iter()
            .find(|f| f["code"] == code)
            .map_or(Value::Null, |f| f["evidence"][key].clone())
    };
    let codes: Vec<&str> = findings.iter().filter_map(|f| f["code"].as_str()).collect();
    let zdiag_voids = codes.iter().filter(|c| **c == "spf-void-lookup").count();
    let spf = &checkdmarc["spf"];
    let dmarc = &checkdmarc["dmarc"];
    println!("Same records, both readings:");
    println!("  {:<34} {:<28} checkdmarc", "", "zdiag");
    let row = |what: &str, ours: String, theirs: String| {
        let mark = if ours == theirs { "agree" } else { "DIFFER" };
        println!("  {what:<34} {ours:<28} {theirs:<28} {mark}");
    };
    row(
        "SPF DNS lookups",
        evidence("spf-lookup-count", "lookups").to_string(),
        spf["dns_lookups"].to_string(),
    );
    row(
        "SPF void lookups",
        zdiag_voids.to_string(),
        spf["void_dns_lookups"].to_string(),
    );
    row(
        "SPF record",
        evidence("spf-record-found", "record")
            .as_str()
            .unwrap_or("-")
            .to_string(),
        spf["record"].as_str().unwrap_or("-").to_string(),
    );
    for tag in ["p", "sp", "adkim", "aspf", "fo"] {
        let theirs = dmarc["tags"][tag]["value"]
            .as_str()
            .unwrap_or("-")
            .to_string();
        let ours = findings
            .iter()
            .find_map(|f| f["evidence"]["tags"][tag].as_str())
            .unwrap_or("-")
            .to_string();
        row(&format!("DMARC {tag}="), ours, theirs);
    }
    let their_warnings: Vec<&str> = spf["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(dmarc["warnings"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .collect();
    println!("  checkdmarc warnings: {their_warnings:?}");
    let ours: Vec<&str> = findings
        .iter()
        .filter(|f| f["status"] == "warn" || f["status"] == "fail")
        .filter_map(|f| f["code"].as_str())
        .collect();
    println!("  zdiag warn/fail findings: {ours:?}");
}
