//! Signature export: render + PNG encode + base64 of the 2,000-point
//! `demo_signature()` at the size the app sends (600 x 200), the whole path
//! between "Confirm and save" and the upload; and its parts.
//! Run: `cargo bench --bench signature`

mod support;

use criterion::{Criterion, criterion_group};
use std::hint::black_box;
use storedesk::domain::signature::{RenderOptions, SmoothingOptions, demo_signature};

const EXPORT: &str = "signature: render + encode + base64 (2,000 points)";

fn bench(c: &mut Criterion) {
    let pad = demo_signature();
    assert_eq!(pad.point_count(), 2000);
    let opts = RenderOptions::default();
    c.bench_function(EXPORT, |b| {
        b.iter(|| {
            let image = black_box(&pad).render_png(&opts).unwrap();
            image.base64().len()
        })
    });
    c.bench_function("signature: render + encode only", |b| {
        b.iter(|| black_box(&pad).render_png(&opts).unwrap())
    });
    let image = pad.render_png(&opts).unwrap();
    c.bench_function("signature: base64 only", |b| {
        b.iter(|| black_box(&image).base64().len())
    });
    c.bench_function("signature: smoothing for the screen (per frame)", |b| {
        b.iter(|| black_box(&pad).smoothed(&SmoothingOptions::default()).len())
    });
}

/// The figure, with its target.
fn summary(since: std::time::SystemTime) {
    support::report(
        "signature of 2,000 points, render + PNG encode + base64",
        support::median(EXPORT, since),
        std::time::Duration::from_millis(20),
    );
}

criterion_group!(benches, bench);

fn main() {
    support::run(benches, summary);
    support::finish();
}
