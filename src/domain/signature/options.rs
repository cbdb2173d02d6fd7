//! Settings of the smoothing, the validation and the PNG export.

use super::*;

/// How raw samples become ink (the approach of signature_pad.js / Square's "smoother
/// signatures"). Lengths are fractions of the pad height, speeds pad heights per second.
/// Out-of-range or non-finite values are clamped / replaced by the defaults when used.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SmoothingOptions {
    /// A sample closer than this to the previous kept sample is dropped.
    pub min_distance: f32,
    /// Ink width of a fast stroke (before pressure).
    pub min_width: f32,
    /// Ink width of a slow stroke (before pressure).
    pub max_width: f32,
    /// Diameter of a dot (a stroke that never moved further than `min_distance`).
    pub dot_width: f32,
    /// Pen speed at which the width is half of `max_width`: `width = max_width / (1 + v / this)`,
    /// never below `min_width`.
    pub half_width_speed: f32,
    /// Weight of the newest speed in the exponential speed filter (`0..=1`, 0.7 like
    /// signature_pad's `velocityFilterWeight`).
    pub velocity_filter_weight: f32,
    /// How much pressure changes the width: factor `1 + influence * (2 * pressure - 1)`, so
    /// pressure 0.5 is neutral. `0` ignores pressure.
    pub pressure_influence: f32,
    /// About the longest straight piece [`SignaturePad::smoothed`] cuts a curve into (the PNG
    /// renderer picks its own piece length from the output resolution).
    pub max_segment_length: f32,
}

impl Default for SmoothingOptions {
    fn default() -> Self {
        Self {
            min_distance: 0.01,
            min_width: 0.004,
            max_width: 0.016,
            dot_width: 0.018,
            half_width_speed: 3.0,
            velocity_filter_weight: 0.7,
            pressure_influence: 0.8,
            max_segment_length: 0.004,
        }
    }
}

pub(super) fn finite_or(v: f32, default: f32) -> f32 {
    if v.is_finite() { v } else { default }
}

impl SmoothingOptions {
    pub(super) fn sanitized(&self) -> Self {
        let d = Self::default();
        let min_width = finite_or(self.min_width, d.min_width).clamp(0.0005, 0.2);
        Self {
            min_distance: finite_or(self.min_distance, d.min_distance).clamp(0.0, 0.2),
            min_width,
            max_width: finite_or(self.max_width, d.max_width).clamp(min_width, 0.2),
            dot_width: finite_or(self.dot_width, d.dot_width).clamp(0.0005, 0.2),
            half_width_speed: finite_or(self.half_width_speed, d.half_width_speed)
                .clamp(0.01, 1000.0),
            velocity_filter_weight: finite_or(
                self.velocity_filter_weight,
                d.velocity_filter_weight,
            )
            .clamp(0.0, 1.0),
            pressure_influence: finite_or(self.pressure_influence, d.pressure_influence)
                .clamp(0.0, 1.0),
            max_segment_length: finite_or(self.max_segment_length, d.max_segment_length)
                .clamp(0.0005, 0.1),
        }
    }

    pub(super) fn pressure_factor(&self, pressure: Option<f32>) -> f32 {
        match pressure {
            Some(p) => (1.0 + self.pressure_influence * (2.0 * p - 1.0)).max(0.05),
            None => 1.0,
        }
    }

    pub(super) fn width_for_speed(&self, speed: f32) -> f32 {
        (self.max_width / (1.0 + speed / self.half_width_speed)).max(self.min_width)
    }
}

/// What counts as a signature. Lengths are fractions of the pad height.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ValidationRules {
    /// All ink within a box this small (largest side) is a dot.
    pub dot_extent: f32,
    /// The ink's bounding box must be at least this long on its longest side.
    pub min_extent: f32,
    /// At least this many distinct sample positions (all strokes together).
    pub min_points: usize,
}

impl Default for ValidationRules {
    fn default() -> Self {
        Self {
            dot_extent: 0.03,
            min_extent: 0.2,
            min_points: 10,
        }
    }
}

/// Background of the exported PNG.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Background {
    /// Fully transparent (alpha 0) outside the ink.
    #[default]
    Transparent,
    /// Opaque white.
    White,
}

/// How [`SignaturePad::render_png`] produces the image.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RenderOptions {
    /// Output width in pixels (clamped to `1..=MAX_OUTPUT_SIDE`). The PNG always has exactly
    /// this size.
    pub width: u32,
    /// Output height in pixels (clamped to `1..=MAX_OUTPUT_SIDE`).
    pub height: u32,
    /// Empty margin kept around the trimmed ink, in output pixels.
    pub padding: u32,
    /// Transparent or white background.
    pub background: Background,
    /// Ink colour (RGB, opaque).
    pub ink: [u8; 3],
    /// Smoothing used for the ink (use the same value as the on-screen drawing).
    pub smoothing: SmoothingOptions,
    /// Checks run before rendering.
    pub validation: ValidationRules,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            width: 600,
            height: 200,
            padding: 8,
            background: Background::Transparent,
            ink: DEFAULT_INK,
            smoothing: SmoothingOptions::default(),
            validation: ValidationRules::default(),
        }
    }
}
