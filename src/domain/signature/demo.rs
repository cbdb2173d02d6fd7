//! A demo signature for the sandbox, the screenshots and the benches.

use super::*;

/// A deterministic synthetic signature on a 3:1 pad: a looping cursive line, a crossing bar,
/// an underline flourish with pressure, and a dot. Exactly 2,000 samples (for tests and
/// benchmarks).
pub fn demo_signature() -> SignaturePad {
    use std::f32::consts::TAU;
    let mut pad = SignaturePad::new(3.0);
    let mut t = 0.0f64;

    // Cursive name: a prolate cycloid (loops) drifting right, 1,400 samples at ~240 Hz.
    add_stroke(
        &mut pad,
        (0..1400).map(|i| {
            let u = i as f32 / 1399.0;
            let theta = TAU * 7.0 * u;
            t += 4.0 + 2.0 * f64::from((TAU * 3.0 * u).sin());
            let x = 0.08 + 0.62 * u + 0.03 * theta.cos();
            let y = 0.55 + 0.18 * theta.sin() + 0.05 * (TAU * u).sin();
            SamplePoint::new(x, y, t)
        }),
    );
    // Fast crossing bar, 250 samples.
    t += 300.0;
    add_stroke(
        &mut pad,
        (0..250).map(|i| {
            let u = i as f32 / 249.0;
            t += 1.5;
            SamplePoint::new(0.30 + 0.25 * u, 0.30 + 0.04 * u + 0.02 * (TAU * u).sin(), t)
        }),
    );
    // Underline flourish with pen pressure, 345 samples.
    t += 400.0;
    add_stroke(
        &mut pad,
        (0..345).map(|i| {
            let u = i as f32 / 344.0;
            t += 3.0;
            SamplePoint::new(0.12 + 0.73 * u, 0.84 + 0.04 * (TAU * u).sin(), t)
                .with_pressure(0.4 + 0.4 * (TAU / 2.0 * u).sin())
        }),
    );
    // A dot: 5 samples jittering by less than the minimum distance.
    t += 500.0;
    add_stroke(
        &mut pad,
        (0..5).map(|i| {
            t += 8.0;
            SamplePoint::new(0.62 + 0.0005 * i as f32, 0.20, t)
        }),
    );
    pad
}

/// Pen down on the first sample, moves through the rest, pen up.
pub(super) fn add_stroke(pad: &mut SignaturePad, points: impl IntoIterator<Item = SamplePoint>) {
    let mut points = points.into_iter();
    if let Some(first) = points.next() {
        pad.begin_stroke(first);
        points.for_each(|p| pad.extend_stroke(p));
        pad.end_stroke();
    }
}
