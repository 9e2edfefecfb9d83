//! What the benchmarks share: run the binary and watch its peak memory.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// Peak resident memory of a running process, in kB (Linux: VmHWM), polled until it exits.
pub fn run_measured(mut command: Command) -> (Output, Duration, Option<u64>) {
    let started = Instant::now();
    let child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run zdiag");
    let status = format!("/proc/{}/status", child.id());
    let watcher = std::thread::spawn(move || {
        let mut peak = None;
        while let Ok(text) = std::fs::read_to_string(&status) {
            if let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak = Some(kb);
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        peak
    });
    let output = child.wait_with_output().expect("zdiag output");
    let wall = started.elapsed();
    (output, wall, watcher.join().unwrap_or(None))
}
