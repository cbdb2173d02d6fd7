//! Start-up time: process start to first frame shown, for the app
//! (`storedesk --demo`) and for a minimal eframe window
//! (`examples/minimal_window.rs`, the floor), alternately, N times each, on
//! the current `DISPLAY`. Both run with `STOREDESK_EXIT_AFTER_FIRST_FRAME=1`
//! (see `storedesk::ui::app::probe`): the figure is the wall time from spawning the
//! process to reading its `storedesk-first-frame-ms` line, printed at the
//! start of the second frame, after eframe has painted, shown and swapped the
//! first. Each run gets a fresh empty HOME (no saved window or settings).
//!
//! Run under Xvfb: `scripts/bench-startup.sh` (builds both, then this).
//! Directly: `cargo build --release --example minimal_window &&
//! cargo bench --bench startup` with a DISPLAY. `STARTUP_RUNS=20` for more runs.

mod support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MARKER: &str = "storedesk-first-frame-ms ";
/// Printed after [`MARKER`] on Linux: peak resident memory at that frame.
const RSS_MARKER: &str = "storedesk-peak-rss-kib ";
/// Issue 30: the app's first frame at most this many times the bare
/// window's, and its peak memory at that frame at most this many times.
const FIRST_FRAME_RATIO_TARGET: f64 = 1.15;
const RSS_RATIO_TARGET: f64 = 1.25;

struct Run {
    /// Spawn to the marker line (what the bench reports).
    wall_ms: f64,
    /// What the process measured itself from the start of `main`.
    self_ms: f64,
    /// Spawn to process exit.
    exit_ms: f64,
    /// Peak resident memory at the first frame, in MiB (Linux only).
    peak_rss_mib: Option<f64>,
}

fn run_once(bin: &Path, args: &[&str]) -> Result<Run, String> {
    static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = RUN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let home = std::env::temp_dir().join(format!("storedesk-startup-{}-{n}", std::process::id()));
    let run_dir = home.join("run");
    std::fs::create_dir_all(&run_dir).map_err(|e| e.to_string())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&run_dir, std::fs::Permissions::from_mode(0o700));
    }
    let start = Instant::now();
    let mut child = Command::new(bin)
        .args(args)
        .env("STOREDESK_EXIT_AFTER_FIRST_FRAME", "1")
        .env_remove("STOREDESK_COUNT_FRAMES")
        .env("HOME", &home)
        .env("XDG_RUNTIME_DIR", &run_dir)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", bin.display()))?;
    let stderr = child.stderr.take().expect("piped stderr");
    let mut found = None;
    let mut peak_rss_mib = None;
    let mut log = Vec::new();
    for line in BufReader::new(stderr).lines() {
        let Ok(line) = line else { break };
        if let Some(kib) = line.strip_prefix(RSS_MARKER) {
            peak_rss_mib = kib.trim().parse::<f64>().ok().map(|k| k / 1024.0);
        } else if found.is_none()
            && let Some(ms) = line.strip_prefix(MARKER)
        {
            found = Some((
                start.elapsed(),
                ms.trim().parse::<f64>().unwrap_or(f64::NAN),
            ));
        } else {
            log.push(line);
        }
    }
    // stderr closed: the process is exiting.
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(s);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let exit = start.elapsed();
    let _ = std::fs::remove_dir_all(&home);
    let Some((wall, self_ms)) = found else {
        return Err(format!(
            "{} showed no first frame (status {status:?}); its stderr:\n{}",
            bin.display(),
            log.join("\n")
        ));
    };
    Ok(Run {
        wall_ms: wall.as_secs_f64() * 1000.0,
        self_ms,
        exit_ms: exit.as_secs_f64() * 1000.0,
        peak_rss_mib,
    })
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

struct Summary {
    median: f64,
    min: f64,
    max: f64,
}

fn summary(mut v: Vec<f64>) -> Summary {
    let median = median(&mut v);
    Summary {
        median,
        min: v[0],
        max: v[v.len() - 1],
    }
}

fn print_row(name: &str, what: &str, s: &Summary) {
    println!(
        "{name:<16} {what:<26} median {:>7.1} ms   min {:>7.1}   max {:>7.1}",
        s.median, s.min, s.max
    );
}

/// Peak memory at the first frame, app against the bare window (medians);
/// where the app reports none (not Linux) it says so.
fn report_rss(app: &[Run], floor: &[Run]) {
    let mib = |v: &[Run]| -> Option<Summary> {
        let xs: Vec<f64> = v.iter().filter_map(|r| r.peak_rss_mib).collect();
        (xs.len() == v.len()).then(|| summary(xs))
    };
    let (Some(a), Some(f)) = (mib(app), mib(floor)) else {
        println!("peak RSS at the first frame: not measured (no /proc/self/status here)");
        return;
    };
    println!(
        "peak RSS at the first frame: storedesk {:.1} MiB, minimal_window {:.1} MiB (medians)",
        a.median, f.median
    );
    let ratio = a.median / f.median;
    println!(
        "ratio storedesk / minimal_window (medians, peak RSS at the first frame): {ratio:.2} (target at most {RSS_RATIO_TARGET}: {})",
        support::verdict(ratio <= RSS_RATIO_TARGET)
    );
}

fn minimal_window_path() -> PathBuf {
    if let Ok(p) = std::env::var("STARTUP_FLOOR_BIN") {
        return PathBuf::from(p);
    }
    // target/<profile>/deps/startup-<hash> -> target/<profile>/examples/minimal_window
    let exe = std::env::current_exe().expect("bench path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    profile_dir.join("examples").join("minimal_window")
}

fn main() {
    // `cargo bench` passes `--bench`; a listing run (`--list`) must not start windows.
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // `cargo test --benches` (no `--bench`): a smoke run has no release
    // example to compare with and no screen to measure on.
    if !std::env::args().any(|a| a == "--bench") {
        println!("startup: test mode, skipped (run scripts/bench-startup.sh for the figure)");
        return;
    }
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!("startup: no DISPLAY, skipped (run scripts/bench-startup.sh)");
        return;
    }
    let app = PathBuf::from(
        std::env::var("STARTUP_APP_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_storedesk").into()),
    );
    let floor = minimal_window_path();
    if !floor.exists() {
        eprintln!(
            "startup: {} is missing; build it first: cargo build --release --example minimal_window",
            floor.display()
        );
        std::process::exit(1);
    }
    let runs: usize = std::env::var("STARTUP_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10)
        .max(1);
    println!(
        "startup: {runs} runs each, alternating; app = {} --demo",
        app.display()
    );

    // One untimed run each: the binaries and GL drivers into the page cache.
    for (bin, args) in [(&app, &["--demo"][..]), (&floor, &[][..])] {
        if let Err(e) = run_once(bin, args) {
            eprintln!("startup: {e}");
            std::process::exit(1);
        }
    }

    let (mut a, mut f) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        for (bin, args, out) in [(&app, &["--demo"][..], &mut a), (&floor, &[][..], &mut f)] {
            match run_once(bin, args) {
                Ok(r) => out.push(r),
                Err(e) => {
                    eprintln!("startup: {e}");
                    std::process::exit(1);
                }
            }
        }
    }
    let pick = |v: &[Run], g: fn(&Run) -> f64| summary(v.iter().map(g).collect());
    let app_wall = pick(&a, |r| r.wall_ms);
    let floor_wall = pick(&f, |r| r.wall_ms);
    print_row("storedesk", "spawn -> first frame", &app_wall);
    print_row("minimal_window", "spawn -> first frame", &floor_wall);
    print_row(
        "storedesk",
        "main() -> first frame",
        &pick(&a, |r| r.self_ms),
    );
    print_row(
        "minimal_window",
        "main() -> first frame",
        &pick(&f, |r| r.self_ms),
    );
    print_row("storedesk", "spawn -> exit", &pick(&a, |r| r.exit_ms));
    print_row("minimal_window", "spawn -> exit", &pick(&f, |r| r.exit_ms));
    let frame_ratio = app_wall.median / floor_wall.median;
    println!(
        "ratio storedesk / minimal_window (medians, spawn -> first frame): {frame_ratio:.2} (target at most {FIRST_FRAME_RATIO_TARGET}: {})",
        support::verdict(frame_ratio <= FIRST_FRAME_RATIO_TARGET)
    );
    report_rss(&a, &f);
    println!(
        "start-up, spawn -> first frame: {:.1} ms median (target under 300 ms: {})",
        app_wall.median,
        support::verdict(app_wall.median < 300.0)
    );
    support::finish();
}
