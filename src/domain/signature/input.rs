//! The pen samples the pad records: points and strokes.

use super::*;

/// One input sample from the pointer, touch or stylus.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SamplePoint {
    /// Horizontal position, `0.0` = left edge, `1.0` = right edge of the pad.
    pub x: f32,
    /// Vertical position, `0.0` = top edge, `1.0` = bottom edge of the pad.
    pub y: f32,
    /// Time stamp in milliseconds (any origin, only differences matter). Samples of one frame
    /// may share a time stamp; the pen speed is then measured over the time that did pass.
    pub t_ms: f64,
    /// Pen pressure `0.0..=1.0` when the device reports it (egui `Event::Touch::force`),
    /// `None` otherwise. `None` means "unknown", not "no pressure".
    pub pressure: Option<f32>,
}

impl SamplePoint {
    /// A sample without pressure information.
    pub fn new(x: f32, y: f32, t_ms: f64) -> Self {
        Self {
            x,
            y,
            t_ms,
            pressure: None,
        }
    }

    /// The same sample with a pressure value.
    pub fn with_pressure(self, pressure: f32) -> Self {
        Self {
            pressure: Some(pressure),
            ..self
        }
    }

    /// Clamps into the pad and repairs non-finite values. `None` when the position is NaN
    /// (there is no sensible place to put it).
    pub(super) fn sanitized(self, prev_t_ms: f64) -> Option<Self> {
        if self.x.is_nan() || self.y.is_nan() {
            return None;
        }
        Some(Self {
            x: self.x.clamp(0.0, 1.0),
            y: self.y.clamp(0.0, 1.0),
            t_ms: if self.t_ms.is_finite() {
                self.t_ms
            } else {
                prev_t_ms
            },
            pressure: self
                .pressure
                .filter(|p| !p.is_nan())
                .map(|p| p.clamp(0.0, 1.0)),
        })
    }
}

// Lets `Vec<SamplePoint>` be wiped with volatile writes.
impl zeroize::DefaultIsZeroes for SamplePoint {}

/// One pen-down .. pen-up movement. Points are already clamped and finite.
pub struct Stroke {
    pub(super) points: Vec<SamplePoint>,
}

impl Stroke {
    pub(super) fn start(p: SamplePoint) -> Self {
        let mut points = Vec::with_capacity(256);
        points.push(p);
        Self { points }
    }

    /// The recorded samples, in input order (never empty).
    pub fn points(&self) -> &[SamplePoint] {
        &self.points
    }

    /// `true` when the stroke is a single sample (a tap).
    pub fn is_dot(&self) -> bool {
        self.points.len() == 1
    }

    pub(super) fn push(&mut self, p: SamplePoint) -> bool {
        let last = self.points.last().copied();
        // Same position, same pressure: a repeated event that adds nothing.
        if last.is_some_and(|l| l.x == p.x && l.y == p.y && l.pressure == p.pressure) {
            return false;
        }
        if self.points.len() == self.points.capacity() {
            // Grow by hand so the old buffer is wiped instead of freed with the points in it.
            let mut bigger = Vec::with_capacity(self.points.capacity() * 2);
            bigger.extend_from_slice(&self.points);
            self.points.zeroize();
            self.points = bigger;
        }
        self.points.push(p);
        true
    }
}

impl Drop for Stroke {
    fn drop(&mut self) {
        self.points.zeroize();
    }
}

impl fmt::Debug for Stroke {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stroke")
            .field("points", &self.points.len())
            .finish()
    }
}
