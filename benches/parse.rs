//! Parse time of the documented quotation example, against parsing the same
//! bytes into `serde_json::Value` (the floor for any JSON reader), and
//! against the reference parser (`Value` first, then the model: what
//! `envelope::parse` falls back on for errors).
//! Run: `cargo bench --bench parse`

mod support;

use criterion::{Criterion, criterion_group};
use std::hint::black_box;
use storedesk::api::Endpoint;
use storedesk::api::documented::{QUOTATION_PREVIEW, RESERVATION_DETAIL};
use storedesk::api::envelope::{parse, parse_via_value};
use storedesk::api::models::{Quotation, ReservationDetail};

const TYPED: &str = "quotation: typed lenient parse";
const VALUE: &str = "quotation: serde_json::Value only";

fn bench(c: &mut Criterion) {
    let q = QUOTATION_PREVIEW.as_bytes();
    let r = RESERVATION_DETAIL.as_bytes();
    c.bench_function(TYPED, |b| {
        b.iter(|| parse::<Quotation>(Endpoint::Quotation, 200, black_box(q)).unwrap())
    });
    c.bench_function(
        "quotation: typed via serde_json::Value (reference path)",
        |b| {
            b.iter(|| parse_via_value::<Quotation>(Endpoint::Quotation, 200, black_box(q)).unwrap())
        },
    );
    c.bench_function(VALUE, |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(q)).unwrap())
    });
    c.bench_function("reservation: typed lenient parse", |b| {
        b.iter(|| parse::<ReservationDetail>(Endpoint::Reservation, 200, black_box(r)).unwrap())
    });
}

/// The figure: the typed parse against the same bytes into
/// `serde_json::Value`, as a ratio.
fn summary(since: std::time::SystemTime) {
    let typed = support::median(TYPED, since);
    support::report(
        "documented quotation, typed lenient parse",
        typed,
        std::time::Duration::from_micros(100),
    );
    if let (Some(typed), Some(value)) = (typed, support::median(VALUE, since)) {
        println!(
            "  the same bytes into serde_json::Value: {} median; ratio typed / Value: {:.2}",
            support::show(value),
            typed.as_secs_f64() / value.as_secs_f64()
        );
    }
}

criterion_group!(benches, bench);

fn main() {
    support::run(benches, summary);
    support::finish();
}
