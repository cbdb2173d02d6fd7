//! Signature export: render + PNG encode + base64 of the 2,000-point
//! `demo_signature()` at the size the app sends (600 x 200), the whole path
//! between "Confirm and save" and the upload; and its parts.
//! Run: `cargo bench --bench signature`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use storedesk::domain::signature::{RenderOptions, SmoothingOptions, demo_signature};

fn bench(c: &mut Criterion) {
    let pad = demo_signature();
    assert_eq!(pad.point_count(), 2000);
    let opts = RenderOptions::default();
    c.bench_function("signature: render + encode + base64 (2,000 points)", |b| {
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

criterion_group!(benches, bench);
criterion_main!(benches);
