//! What the criterion benches print after criterion's own report: the
//! issue's figures, with their targets, taken from criterion's results
//! (`<target>/criterion/<id>/new/estimates.json`, the median), so one line
//! answers "is it met" without reading criterion's output. Under
//! `cargo bench` a target not met fails the run ([`finish`]); CI's smoke
//! run (`cargo test --benches`, tiny counts, the test profile) only prints.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

/// A target was missed in this run.
static NOT_MET: AtomicBool = AtomicBool::new(false);

/// "met" or "NOT MET"; a miss is remembered for [`finish`].
pub fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        NOT_MET.store(true, Ordering::SeqCst);
        "NOT MET"
    }
}

/// A full `cargo bench` run (cargo passes `--bench`), not CI's one-shot
/// `cargo test --benches`, whose figures mean nothing.
pub fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The end of a bench's `main`: under `cargo bench`, exits 1 if a target
/// was not met, so a slower build cannot pass unnoticed.
pub fn finish() {
    if NOT_MET.load(Ordering::SeqCst) && measuring() {
        eprintln!("a target above was NOT MET");
        std::process::exit(1);
    }
}

/// Runs the criterion benches, then prints `summary`, unless cargo only
/// lists the benches.
pub fn run(benches: fn(), summary: fn(SystemTime)) {
    let started = SystemTime::now();
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    if !std::env::args().any(|a| a == "--list") {
        println!();
        summary(started);
    }
}

/// Criterion's median for the bench `id`, if it ran since `since` (a filter
/// on the command line may have skipped it).
pub fn median(id: &str, since: SystemTime) -> Option<Duration> {
    let file = criterion_dir()
        .join(sanitize(id))
        .join("new")
        .join("estimates.json");
    let fresh = std::fs::metadata(&file)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t >= since);
    if !fresh {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    let ns = json["median"]["point_estimate"].as_f64()?;
    Some(Duration::from_secs_f64(ns / 1e9))
}

/// One line: the figure, the target and whether it is met.
pub fn report(what: &str, value: Option<Duration>, target: Duration) {
    match value {
        Some(v) => println!(
            "{what}: {} median (target under {}: {})",
            show(v),
            show(target),
            verdict(v < target)
        ),
        None => {
            println!("{what}: not measured in this run (filtered out, or `cargo test --benches`)")
        }
    }
}

/// A duration in µs or ms, as the targets are written.
pub fn show(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    let (n, unit) = if us < 1000.0 {
        (format!("{us:.1}"), "µs")
    } else {
        (format!("{:.2}", us / 1000.0), "ms")
    };
    // "100 µs", not "100.0 µs".
    let n = if n.contains('.') {
        n.trim_end_matches('0').trim_end_matches('.')
    } else {
        &n
    };
    format!("{n} {unit}")
}

/// Where criterion keeps its results: `CRITERION_HOME`, else `criterion`
/// in the target directory this bench was built in.
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    // <target>/release/deps/<bench>-<hash>
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.join("criterion")))
        .unwrap_or_else(|| PathBuf::from("target/criterion"))
}

/// The directory name criterion gives a bench id.
fn sanitize(id: &str) -> String {
    id.chars()
        .map(|c| match c {
            '?' | '"' | '/' | '\\' | '*' | '<' | '>' | ':' | '|' | '^' => '_',
            c => c,
        })
        .collect()
}
