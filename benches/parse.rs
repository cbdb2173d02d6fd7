//! Parse time of the documented quotation example, against parsing the same
//! bytes into `serde_json::Value` (the floor for any JSON reader), and
//! against the reference parser (`Value` first, then the model: what
//! `envelope::parse` falls back on for errors).
//! Run: `cargo bench --bench parse`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use storedesk::api::Endpoint;
use storedesk::api::documented::{QUOTATION_PREVIEW, RESERVATION_DETAIL};
use storedesk::api::envelope::{parse, parse_via_value};
use storedesk::api::models::{Quotation, ReservationDetail};

fn bench(c: &mut Criterion) {
    let q = QUOTATION_PREVIEW.as_bytes();
    let r = RESERVATION_DETAIL.as_bytes();
    c.bench_function("quotation: typed lenient parse", |b| {
        b.iter(|| parse::<Quotation>(Endpoint::Quotation, 200, black_box(q)).unwrap())
    });
    c.bench_function(
        "quotation: typed via serde_json::Value (reference path)",
        |b| {
            b.iter(|| parse_via_value::<Quotation>(Endpoint::Quotation, 200, black_box(q)).unwrap())
        },
    );
    c.bench_function("quotation: serde_json::Value only", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(q)).unwrap())
    });
    c.bench_function("reservation: typed lenient parse", |b| {
        b.iter(|| parse::<ReservationDetail>(Endpoint::Reservation, 200, black_box(r)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
