//! The contract before signing (issue 21), two figures with their targets:
//!
//! - first page visible: from "Take signature" on the Lyon booking (sandbox
//!   on loopback, the app headless in egui_kittest) until the first
//!   contract page is a texture on screen; target under 500 ms, p95 of
//!   `CONTRACT_RUNS` runs (default 10), each in a fresh app (nothing cached
//!   but the sandbox's own PDFs, written once at its start);
//! - one page at 1280 px: hayro rendering the first page of the sandbox's
//!   Lyon lease 1280 px wide, measured by criterion; target under 50 ms p95
//!   (of criterion's samples, per iteration).
//!
//! Run: `cargo bench --bench contract`. `cargo test --benches` (CI) runs
//! each measurement once, as a check that it works.

#[path = "../tests/common/mod.rs"]
mod common;
// Its median `report` is not used here (the targets are p95); the module
// allows its own dead code.
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use common::*;
use criterion::{Criterion, criterion_group};
use storedesk::pdf::isolated;
use storedesk::pdf::read::PdfReader;
use storedesk::sandbox::{Sandbox, ids};
use storedesk::worker::contract::RENDER_WIDTH;

const PAGE: &str = "contract: one page rendered at 1280 px";

fn p95(mut v: Vec<Duration>) -> Option<Duration> {
    v.sort();
    let i = ((v.len() as f64 * 0.95).ceil() as usize).clamp(1, v.len().max(1)) - 1;
    v.get(i).copied()
}

fn report(what: &str, value: Option<Duration>, target: Duration) {
    match value {
        Some(v) => println!(
            "{what}: {} p95 (target under {}: {})",
            support::show(v),
            support::show(target),
            support::verdict(v < target)
        ),
        None => {
            println!("{what}: not measured in this run (filtered out, or `cargo test --benches`)")
        }
    }
}

/// The Lyon lease as the sandbox serves it.
fn lease() -> Vec<u8> {
    Sandbox::contract_documents(ids::LYON_BOOKING)
        .into_iter()
        .next()
        .expect("the sandbox's Lyon lease")
        .bytes
}

fn page_render(c: &mut Criterion) {
    let reader = PdfReader::open(Arc::new(lease())).expect("the sandbox lease opens");
    c.bench_function(PAGE, |b| {
        b.iter(|| {
            let mut width = 0;
            reader.render_pages(RENDER_WIDTH, |_, image| {
                width = image.map(|i| i.width).unwrap_or(0);
                false
            });
            assert_eq!(width, RENDER_WIDTH);
        })
    });
}

/// Per-iteration times of criterion's samples for `id` (its sample.json).
fn sample_times(id: &str, since: SystemTime) -> Option<Vec<Duration>> {
    support::median(id, since)?;
    let exe = std::env::current_exe().ok()?;
    let dir = std::env::var_os("CRITERION_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| Some(exe.parent()?.parent()?.parent()?.join("criterion")))?;
    let file = dir
        .join(id.replace(':', "_"))
        .join("new")
        .join("sample.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(file).ok()?).ok()?;
    let iters = json["iters"].as_array()?;
    let times = json["times"].as_array()?;
    Some(
        iters
            .iter()
            .zip(times)
            .filter_map(|(n, t)| Some(Duration::from_secs_f64(t.as_f64()? / n.as_f64()? / 1e9)))
            .collect(),
    )
}

fn first_page_visible(rt: &tokio::runtime::Runtime, sandbox: &Sandbox) -> Duration {
    let mut h = sandbox_app(rt, sandbox);
    enter_id(&mut h, ids::LYON_BOOKING);
    step_until(&mut h, "the lookup", |h| has_text(h, "Élodie Marchand"));
    let started = Instant::now();
    h.get_by_label("Take signature").click_accesskit();
    loop {
        h.step();
        // Visible: the first page became a texture in this frame's drawing.
        if h.state().state.customer.signature.contract.pages_shown() > 0 {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no page in 60 s"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
}

fn first_page_summary() {
    let runs = if support::measuring() {
        std::env::var("CONTRACT_RUNS")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|n: &usize| *n > 0)
            .unwrap_or(10)
    } else {
        1
    };
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // The sandbox writes its PDFs once, at the first request: not the app's time.
    drop(lease());
    let times = (0..runs)
        .map(|_| first_page_visible(&rt, &sandbox))
        .collect();
    report(
        "first contract page visible after Take signature",
        p95(times),
        Duration::from_millis(500),
    );
}

/// The renderer process alone (issue 25): from starting `storedesk
/// render-pdf` with the Lyon lease to its first page read back.
fn process_first_page() -> Duration {
    let lease = Arc::new(lease());
    let stop = std::sync::atomic::AtomicBool::new(false);
    let started = Instant::now();
    let mut first = None;
    let result = isolated::render(
        &[lease],
        &isolated::DEFAULT_LIMITS,
        isolated::DEFAULT_DEADLINE,
        &stop,
        |r| {
            if matches!(r, isolated::Rendered::Page { .. }) {
                first = Some(started.elapsed());
                return false;
            }
            true
        },
    );
    assert_eq!(result, Ok(()));
    first.expect("a first page")
}

fn process_first_page_summary() {
    let runs = if support::measuring() { 20 } else { 1 };
    let times = (0..runs).map(|_| process_first_page()).collect();
    report(
        "first contract page out of the renderer process",
        p95(times),
        Duration::from_millis(500),
    );
}

criterion_group!(benches, page_render);

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // The renderer process is the `storedesk` binary cargo built.
    isolated::set_program(env!("CARGO_BIN_EXE_storedesk").into());
    support::run(benches, |since| {
        report(
            "one contract page rendered at 1280 px",
            sample_times(PAGE, since).and_then(p95),
            Duration::from_millis(50),
        );
    });
    first_page_summary();
    process_first_page_summary();
    support::finish();
}
