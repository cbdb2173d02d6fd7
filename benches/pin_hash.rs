//! The kiosk PIN hash: the chosen Argon2id (the crate's defaults, 19 MiB,
//! t=2, p=1) against the PBKDF2-HMAC-SHA256 alternative at the former
//! 100,000 rounds and at OWASP's 600,000. The target: one unlock check under
//! 100 ms here, so a tablet about five times slower stays under half a second.
//! Run: `cargo bench --bench pin_hash`

mod support;

use criterion::{Criterion, criterion_group};
use std::hint::black_box;
use storedesk::domain::pin::{hash_pin, hash_pin_legacy, verify_pin};

const PIN: &str = "482913";
const ARGON2: &str = "pin: argon2id verify (chosen)";

fn bench(c: &mut Criterion) {
    let stored = hash_pin(PIN);
    // The right PIN against its hash: the path of an unlock, not an error.
    assert_eq!(verify_pin(PIN, &stored), Ok(true), "{stored}");
    c.bench_function(ARGON2, |b| {
        b.iter(|| {
            let ok = verify_pin(black_box(PIN), &stored);
            assert_eq!(ok, Ok(true));
        })
    });
    for rounds in [100_000, 600_000] {
        c.bench_function(&format!("pin: pbkdf2-sha256 {rounds} rounds"), |b| {
            b.iter(|| hash_pin_legacy(black_box(PIN), b"0123456789abcdef", rounds))
        });
    }
}

fn summary(since: std::time::SystemTime) {
    support::report(
        "kiosk PIN check, Argon2id",
        support::median(ARGON2, since),
        std::time::Duration::from_millis(100),
    );
}

criterion_group! {
    name = benches;
    // Each sample is tens of milliseconds: ten are enough.
    config = Criterion::default().sample_size(10);
    targets = bench
}

fn main() {
    support::run(benches, summary);
    support::finish();
}
