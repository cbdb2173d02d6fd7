//! The system font fallback's cost (issue 16): what the UI thread pays to
//! start it (a thread spawn, before the window opens), and the scan itself
//! on its own thread, up to the first answer for a CJK letter (what the
//! first frame showing such a name would wait for, at the most).
//! Fonts: this machine's, or the ones a `FONTCONFIG_FILE` names.
//! Run: `cargo bench --bench fonts` (or `--profile dev` for a quick figure).

mod support;

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use storedesk::ui::app::fonts::SystemFallback;

const START: &str = "fonts: start the system fallback (UI thread)";
const SPAWN: &str = "fonts: start a thread that works 20 ms (floor)";
const SCAN: &str = "fonts: scan to the first fallback lookup";

fn bench(c: &mut Criterion) {
    c.bench_function(START, |b| b.iter_custom(|iters| starts(iters, false)));
    // The floor: starting any thread that then works ~20 ms (as the scan
    // does), timed as above; on a busy machine the new thread may take the
    // caller's core for a while.
    c.bench_function(SPAWN, |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                let busy = std::thread::spawn(|| {
                    let until = Instant::now() + Duration::from_millis(20);
                    while Instant::now() < until {
                        std::hint::spin_loop();
                    }
                });
                spent += t.elapsed();
                let _ = busy.join();
            }
            spent
        })
    });
    c.bench_function(SCAN, |b| b.iter_custom(|iters| starts(iters, true)));
    println!(
        "font for 李 here: {:?}",
        SystemFallback::start().font_for('李')
    );
}

/// `iters` starts of the fallback, each timed to its return or, with
/// `to_lookup`, to its first answer for a CJK letter. The rest of each run
/// (the answer, the fonts thread's listing) finishes untimed, so threads do
/// not pile up behind the one being timed.
fn starts(iters: u64, to_lookup: bool) -> Duration {
    let mut spent = Duration::ZERO;
    for _ in 0..iters {
        let t = Instant::now();
        let fonts = SystemFallback::start();
        if to_lookup {
            std::hint::black_box(fonts.font_for('李'));
        }
        spent += t.elapsed();
        std::hint::black_box(fonts.font_for('李'));
        fonts.settle();
    }
    spent
}

fn summary(since: std::time::SystemTime) {
    support::report(
        "starting the font fallback on the UI thread",
        support::median(START, since),
        Duration::from_millis(1),
    );
    if let Some(floor) = support::median(SPAWN, since) {
        println!(
            "  floor, starting any thread that works 20 ms: {}",
            support::show(floor)
        );
    }
    support::report(
        "font scan to the first CJK lookup (off the frame)",
        support::median(SCAN, since),
        Duration::from_millis(500),
    );
}

criterion_group! {
    name = benches;
    // Each sample scans every font: ten are enough.
    config = Criterion::default().sample_size(10);
    targets = bench
}

fn main() {
    support::run(benches, summary);
    support::finish();
}
