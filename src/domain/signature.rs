//! Signature capture as pure logic: strokes as vector data, smoothing, validation and
//! PNG export. No egui, no I/O, no network.
//!
//! # Coordinates
//!
//! The UI feeds [`SamplePoint`]s whose `x` and `y` are **normalised to the pad**: `0.0..=1.0`
//! of the pad's width and height, `y` pointing down. Storing normalised values keeps the
//! drawing when the window (and so the pad) is resized.
//!
//! Geometry (distances, speeds, stroke widths) must not be distorted by the pad's shape, so the
//! pad also knows its **aspect ratio** (width / height, see [`SignaturePad::set_aspect`]).
//! Internally every computation happens in *pad-height units*: `x` spans `0..aspect` and `y`
//! spans `0..1`. Therefore:
//!
//! - every length in [`SmoothingOptions`] and [`ValidationRules`] is a fraction of the pad's
//!   **height** (`0.01` = 1 % of the pad height), and speeds are pad heights per second;
//! - [`SmoothedPoint::width`] is a fraction of the pad height: on screen, multiply it by the
//!   pad's height in pixels; `x`/`y` of a smoothed point are normalised like the input.
//!
//! # Privacy
//!
//! A signature lives only in memory. Removed strokes, the pad's strokes on drop, smoothed
//! geometry, the rendered pixels and the PNG/base64 buffers are zeroized ([`zeroize`]), also
//! when they grow. Best effort: scratch memory inside tiny-skia's path and the PNG encoder is
//! freed without wiping. `Debug` output never contains coordinates. Only the option structs
//! (settings) are `Serialize`.
//!
//! # Typical use (UI)
//!
//! ```
//! use storedesk::domain::signature::{SamplePoint, SignaturePad, RenderOptions};
//!
//! let mut pad = SignaturePad::new(3.0); // pad is 3x wider than high
//! pad.begin_stroke(SamplePoint::new(0.1, 0.5, 0.0));
//! pad.extend_stroke(SamplePoint::new(0.2, 0.4, 16.0));
//! pad.end_stroke();
//! match pad.render_png(&RenderOptions::default()) {
//!     Ok(image) => { let _b64 = image.base64(); /* upload, then pad.clear() */ }
//!     Err(problem) => println!("{problem}"), // a message for the customer
//! }
//! ```

use std::fmt;
use std::io::{self, Write};

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Transform};
use zeroize::{Zeroize, Zeroizing};

use crate::i18n::tr;

/// Aspect ratio (width / height) a pad gets from [`SignaturePad::default`], and the fallback
/// for an invalid aspect (zero-size pad, NaN).
pub const DEFAULT_ASPECT: f32 = 3.0;
/// Smallest and largest accepted pad aspect ratio; values outside are clamped.
pub const ASPECT_RANGE: (f32, f32) = (0.05, 20.0);
/// Upper bound on stored input points (all strokes). Further points are ignored, so a stuck
/// pointer cannot grow memory without bound. 20,000 points is about 80 s of 240 Hz stylus input.
pub const MAX_POINTS: usize = 20_000;
/// Largest output side in pixels; [`RenderOptions`] sizes are clamped to `1..=MAX_OUTPUT_SIDE`.
pub const MAX_OUTPUT_SIDE: u32 = 4096;
/// Default ink colour (#1a1a2e, a very dark blue-black).
pub const DEFAULT_INK: [u8; 3] = [0x1a, 0x1a, 0x2e];

/// Spacing (pad heights) under which two input points count as the same point in validation.
const DISTINCT_POINT_SPACING: f32 = 0.01;
/// Length (output pixels) of the pieces a curve is cut into when rendering.
const RENDER_STEP_PX: f32 = 1.5;
/// Most pieces one Bézier segment is cut into.
const MAX_PIECES_PER_SEGMENT: usize = 256;
/// About the most pieces one stroke is cut into; longer strokes get coarser pieces, which
/// bounds memory for pathological input (a digitiser jumping across the pad).
const PIECE_BUDGET_PER_STROKE: f32 = 50_000.0;
/// Thinnest ink radius drawn in the PNG (pixels), so very fast strokes stay visible.
const MIN_RADIUS_PX: f32 = 0.5;
/// A joint between two pieces gets a round cap only when the gap it would leave is larger than
/// this (pixels); skipping invisible caps keeps the path small.
const JOINT_GAP_PX: f32 = 0.05;

// ---------------------------------------------------------------------------------------------
// Input data
// ---------------------------------------------------------------------------------------------

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
    fn sanitized(self, prev_t_ms: f64) -> Option<Self> {
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
    points: Vec<SamplePoint>,
}

impl Stroke {
    fn start(p: SamplePoint) -> Self {
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

    fn push(&mut self, p: SamplePoint) -> bool {
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

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

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

fn finite_or(v: f32, default: f32) -> f32 {
    if v.is_finite() { v } else { default }
}

impl SmoothingOptions {
    fn sanitized(&self) -> Self {
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

    fn pressure_factor(&self, pressure: Option<f32>) -> f32 {
        match pressure {
            Some(p) => (1.0 + self.pressure_influence * (2.0 * p - 1.0)).max(0.05),
            None => 1.0,
        }
    }

    fn width_for_speed(&self, speed: f32) -> f32 {
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

// ---------------------------------------------------------------------------------------------
// Output types
// ---------------------------------------------------------------------------------------------

/// Why a signature cannot be accepted or exported. `Display` is a message for the customer,
/// in the current language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureProblem {
    /// Nothing was drawn.
    Empty,
    /// All ink is in one tiny spot (a tap or a few taps).
    SingleDot,
    /// The ink covers too small an area.
    TooSmall,
    /// Too few distinct points (a quick flick or a few scattered taps).
    TooFewPoints,
    /// The image could not be produced (should not happen; the pad keeps the strokes).
    ImageFailed,
}

impl fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SignatureProblem::Empty => tr("please-sign-on-the-pad-before-confirming"),
            SignatureProblem::SingleDot => tr("this-looks-like-a-single-dot-please-sign"),
            SignatureProblem::TooSmall => tr("the-signature-is-too-small-please-sign-larger"),
            SignatureProblem::TooFewPoints => tr("the-signature-is-too-short-please-sign-your"),
            SignatureProblem::ImageFailed => tr("the-signature-could-not-be-prepared-please-try"),
        })
    }
}

impl std::error::Error for SignatureProblem {}

/// One point of smoothed ink: `x`/`y` normalised to the pad (like [`SamplePoint`]), `width`
/// the full ink width as a fraction of the pad **height**.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SmoothedPoint {
    /// Horizontal position, `0..=1` of the pad width.
    pub x: f32,
    /// Vertical position, `0..=1` of the pad height (down).
    pub y: f32,
    /// Ink width (diameter) as a fraction of the pad height.
    pub width: f32,
}

impl zeroize::DefaultIsZeroes for SmoothedPoint {}

/// Smoothed ink of one stroke, ready to paint.
///
/// Paint it exactly like the PNG: one point is a filled circle of diameter `width`; otherwise
/// each consecutive pair is a straight piece whose width goes from the first point's width to
/// the second's, with round joints and caps (e.g. in egui: a `line_segment` of the mean width
/// per pair plus a `circle_filled` of radius `width / 2` at each point).
#[derive(Clone, PartialEq, Default)]
pub struct SmoothedStroke {
    /// The polyline (never empty).
    pub points: Vec<SmoothedPoint>,
}

impl SmoothedStroke {
    /// `true` when the stroke is drawn as a single dot.
    pub fn is_dot(&self) -> bool {
        self.points.len() == 1
    }
}

impl Drop for SmoothedStroke {
    fn drop(&mut self) {
        self.points.zeroize();
    }
}

impl fmt::Debug for SmoothedStroke {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmoothedStroke")
            .field("points", &self.points.len())
            .finish()
    }
}

/// A rendered signature: PNG bytes held in a buffer that is wiped on drop.
pub struct SignatureImage {
    png: Zeroizing<Vec<u8>>,
    width: u32,
    height: u32,
}

impl SignatureImage {
    /// The PNG file bytes.
    pub fn png_bytes(&self) -> &[u8] {
        &self.png
    }

    /// Image width in pixels (equals [`RenderOptions::width`] after clamping).
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Image height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// The PNG as standard base64 with padding and no `data:` prefix (the form the
    /// `document/save` endpoint takes). The string is wiped on drop.
    pub fn base64(&self) -> Zeroizing<String> {
        let engine = &base64::engine::general_purpose::STANDARD;
        let len = base64::encoded_len(self.png.len(), true).unwrap_or(0);
        let mut buf = Zeroizing::new(vec![0u8; len]);
        let written = engine.encode_slice(&*self.png, &mut buf[..]).unwrap_or(0);
        buf.truncate(written);
        // Base64 output is ASCII; moving the buffer into the String does not copy it.
        match String::from_utf8(std::mem::take(&mut *buf)) {
            Ok(s) => Zeroizing::new(s),
            Err(e) => {
                e.into_bytes().zeroize();
                Zeroizing::new(String::new())
            }
        }
    }
}

impl fmt::Debug for SignatureImage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignatureImage")
            .field("width", &self.width)
            .field("height", &self.height)
            .field("png_len", &self.png.len())
            .finish()
    }
}

// ---------------------------------------------------------------------------------------------
// The pad
// ---------------------------------------------------------------------------------------------

/// The signature being drawn: finished strokes plus the stroke under the pen.
///
/// All read methods ([`is_empty`](Self::is_empty), [`smoothed`](Self::smoothed),
/// [`validate`](Self::validate), [`render_png`](Self::render_png), ...) include the stroke in
/// progress, so what is on screen is what is checked and exported.
pub struct SignaturePad {
    strokes: Vec<Stroke>,
    current: Option<Stroke>,
    aspect: f32,
    points: usize,
    /// See [`SignaturePad::finished_stamp`].
    finished_stamp: u64,
}

/// A new value for [`SignaturePad::finished_stamp`], never used before in this process.
fn next_stamp() -> u64 {
    static STAMP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    STAMP.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Default for SignaturePad {
    fn default() -> Self {
        Self::new(DEFAULT_ASPECT)
    }
}

impl fmt::Debug for SignaturePad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignaturePad")
            .field("strokes", &self.stroke_count())
            .field("points", &self.points)
            .field("aspect", &self.aspect)
            .finish()
    }
}

fn sanitize_aspect(aspect: f32) -> Option<f32> {
    (aspect.is_finite() && aspect > 0.0).then(|| aspect.clamp(ASPECT_RANGE.0, ASPECT_RANGE.1))
}

impl SignaturePad {
    /// An empty pad whose drawing area is `aspect` times wider than high. An invalid aspect
    /// (zero, negative, NaN: a zero-size pad) gives [`DEFAULT_ASPECT`].
    pub fn new(aspect: f32) -> Self {
        Self {
            strokes: Vec::new(),
            current: None,
            aspect: sanitize_aspect(aspect).unwrap_or(DEFAULT_ASPECT),
            points: 0,
            finished_stamp: next_stamp(),
        }
    }

    /// Tells the pad its current shape (pad width / pad height); call it when the pad is laid
    /// out. Strokes keep their normalised coordinates, so they stretch with the pad. An invalid
    /// value (zero-size pad, NaN) is ignored; values are clamped to [`ASPECT_RANGE`].
    pub fn set_aspect(&mut self, aspect: f32) {
        if let Some(a) = sanitize_aspect(aspect)
            && a != self.aspect
        {
            self.aspect = a;
            self.finished_stamp = next_stamp();
        }
    }

    /// A value that changes whenever the finished strokes or the aspect ratio change, and
    /// differs between pads: a key for caching what is drawn for the finished strokes (only
    /// the stroke in progress then needs smoothing again each frame).
    pub fn finished_stamp(&self) -> u64 {
        self.finished_stamp
    }

    /// The pad's aspect ratio (width / height).
    pub fn aspect(&self) -> f32 {
        self.aspect
    }

    /// Pen down: starts a new stroke (ending one still in progress). Positions are clamped
    /// into the pad; a point with a NaN position is ignored.
    pub fn begin_stroke(&mut self, p: SamplePoint) {
        self.end_stroke();
        if self.points >= MAX_POINTS {
            return;
        }
        if let Some(p) = p.sanitized(0.0) {
            self.current = Some(Stroke::start(p));
            self.points += 1;
        }
    }

    /// Pen moved: adds a sample to the stroke in progress. Without a stroke in progress
    /// (a missed pen-down event) it starts one. Exact repeats of the last sample are skipped.
    pub fn extend_stroke(&mut self, p: SamplePoint) {
        if self.points >= MAX_POINTS {
            return;
        }
        let Some(current) = self.current.as_mut() else {
            self.begin_stroke(p);
            return;
        };
        let prev_t = current.points.last().map_or(0.0, |l| l.t_ms);
        if let Some(p) = p.sanitized(prev_t)
            && current.push(p)
        {
            self.points += 1;
        }
    }

    /// Pen up: the stroke in progress becomes a finished stroke. Does nothing without one.
    pub fn end_stroke(&mut self) {
        if let Some(stroke) = self.current.take() {
            self.strokes.push(stroke);
            self.finished_stamp = next_stamp();
        }
    }

    /// Removes the stroke in progress, or else the last finished stroke. Returns whether
    /// something was removed. The removed samples are wiped.
    pub fn undo(&mut self) -> bool {
        let removed = self.current.take().or_else(|| {
            self.finished_stamp = next_stamp();
            self.strokes.pop()
        });
        match removed {
            Some(stroke) => {
                self.points -= stroke.points.len();
                true
            }
            None => false,
        }
    }

    /// Removes everything (samples are wiped). Keeps the aspect ratio.
    pub fn clear(&mut self) {
        self.current = None;
        self.strokes.clear();
        self.points = 0;
        self.finished_stamp = next_stamp();
    }

    /// `true` when nothing has been drawn.
    pub fn is_empty(&self) -> bool {
        self.points == 0
    }

    /// Finished strokes (without the one in progress, see [`current_stroke`](Self::current_stroke)).
    pub fn strokes(&self) -> &[Stroke] {
        &self.strokes
    }

    /// The stroke under the pen, if any.
    pub fn current_stroke(&self) -> Option<&Stroke> {
        self.current.as_ref()
    }

    /// Number of strokes, including the one in progress.
    pub fn stroke_count(&self) -> usize {
        self.strokes.len() + usize::from(self.current.is_some())
    }

    /// Number of stored samples, including the stroke in progress.
    pub fn point_count(&self) -> usize {
        self.points
    }

    fn all_strokes(&self) -> impl Iterator<Item = &Stroke> {
        self.strokes.iter().chain(self.current.as_ref())
    }

    /// Smoothed ink of every stroke (including the one in progress), in stroke order. Points
    /// are normalised to the pad; widths are fractions of the pad height (see the module
    /// docs). This is the geometry the PNG is drawn from.
    pub fn smoothed(&self, opts: &SmoothingOptions) -> Vec<SmoothedStroke> {
        let o = opts.sanitized();
        let mut kept = Vec::new();
        let mut buf = Vec::new();
        let result = self
            .all_strokes()
            .map(|stroke| self.smooth_into(stroke, &o, &mut kept, &mut buf))
            .collect();
        kept.zeroize();
        buf.zeroize();
        result
    }

    /// Smoothed ink of one stroke of this pad (one of [`strokes`](Self::strokes) or the
    /// [`current_stroke`](Self::current_stroke)), as in [`smoothed`](Self::smoothed).
    pub fn smoothed_stroke(&self, stroke: &Stroke, opts: &SmoothingOptions) -> SmoothedStroke {
        let (mut kept, mut buf) = (Vec::new(), Vec::new());
        let result = self.smooth_into(stroke, &opts.sanitized(), &mut kept, &mut buf);
        kept.zeroize();
        buf.zeroize();
        result
    }

    fn smooth_into(
        &self,
        stroke: &Stroke,
        o: &SmoothingOptions,
        kept: &mut Vec<InkPoint>,
        buf: &mut Vec<InkPoint>,
    ) -> SmoothedStroke {
        buf.clear();
        smooth_stroke(
            &stroke.points,
            self.aspect,
            o,
            o.max_segment_length,
            kept,
            buf,
        );
        let points = buf
            .iter()
            .map(|p| SmoothedPoint {
                x: p.x / self.aspect,
                ..*p
            })
            .collect();
        SmoothedStroke { points }
    }

    /// Checks the signature with the default [`ValidationRules`].
    pub fn validate(&self) -> Result<(), SignatureProblem> {
        self.validate_with(&ValidationRules::default())
    }

    /// Checks the signature: refuses an empty pad, a single dot, a scribble too small to be a
    /// signature, and too few distinct points. The error's `Display` is a customer message.
    pub fn validate_with(&self, rules: &ValidationRules) -> Result<(), SignatureProblem> {
        if self.is_empty() {
            return Err(SignatureProblem::Empty);
        }
        let mut bounds = Bounds::EMPTY;
        let mut distinct = 0usize;
        for stroke in self.all_strokes() {
            let mut last: Option<(f32, f32)> = None;
            for p in &stroke.points {
                let (x, y) = (p.x * self.aspect, p.y);
                bounds.add(x, y, 0.0);
                if last.is_none_or(|(lx, ly)| (x - lx).hypot(y - ly) >= DISTINCT_POINT_SPACING) {
                    distinct += 1;
                    last = Some((x, y));
                }
            }
        }
        let d = ValidationRules::default();
        let extent = bounds.width().max(bounds.height());
        if extent < finite_or(rules.dot_extent, d.dot_extent) {
            return Err(SignatureProblem::SingleDot);
        }
        if extent < finite_or(rules.min_extent, d.min_extent) {
            return Err(SignatureProblem::TooSmall);
        }
        if distinct < rules.min_points {
            return Err(SignatureProblem::TooFewPoints);
        }
        Ok(())
    }

    /// Validates (with `opts.validation`), then renders the smoothed ink to a PNG of exactly
    /// `opts.width` x `opts.height` pixels: empty margins are trimmed, the ink is scaled
    /// uniformly (stroke widths included) to fill the image minus `opts.padding`, and centred.
    pub fn render_png(&self, opts: &RenderOptions) -> Result<SignatureImage, SignatureProblem> {
        self.validate_with(&opts.validation)?;
        let o = opts.smoothing.sanitized();
        let width = opts.width.clamp(1, MAX_OUTPUT_SIDE);
        let height = opts.height.clamp(1, MAX_OUTPUT_SIDE);
        let padding = opts.padding.min((width.min(height) - 1) / 2) as f32;
        let avail_w = width as f32 - 2.0 * padding;
        let avail_h = height as f32 - 2.0 * padding;

        // 1. Estimate the scale from the raw samples to choose how finely to cut the curves.
        let mut raw = Bounds::EMPTY;
        let max_radius = o.max_width.max(o.dot_width) * o.pressure_factor(Some(1.0)) / 2.0;
        for p in self.all_strokes().flat_map(|s| s.points.iter()) {
            raw.add(p.x * self.aspect, p.y, max_radius);
        }
        let step = RENDER_STEP_PX / raw.fit_scale(avail_w, avail_h);

        // 2. Smooth every stroke into one flat buffer (pad-height units).
        let mut kept = Vec::new();
        let mut ink: Vec<SmoothedPoint> = Vec::with_capacity(self.points * 3);
        let mut ends = Vec::with_capacity(self.stroke_count());
        for stroke in self.all_strokes() {
            smooth_stroke(&stroke.points, self.aspect, &o, step, &mut kept, &mut ink);
            ends.push(ink.len());
        }
        kept.zeroize();

        // 3. Exact ink bounds -> uniform scale and centring offset.
        let mut bounds = Bounds::EMPTY;
        for p in &ink {
            bounds.add(p.x, p.y, p.width / 2.0);
        }
        let scale = bounds.fit_scale(avail_w, avail_h);
        let ox = padding + (avail_w - bounds.width() * scale) / 2.0 - bounds.min_x * scale;
        let oy = padding + (avail_h - bounds.height() * scale) / 2.0 - bounds.min_y * scale;
        let to_px = |p: &SmoothedPoint| Disc {
            x: p.x * scale + ox,
            y: p.y * scale + oy,
            r: (p.width * scale / 2.0).max(MIN_RADIUS_PX),
        };

        // 4. One path for all ink; every contour has the same orientation, so the non-zero
        //    fill is the union of the pieces (crossings do not cancel out).
        let mut path = PathBuilder::with_capacity(ink.len() * 6 + 64, ink.len() * 5 + 64);
        let mut start = 0;
        for &end in &ends {
            add_stroke_outline(&ink[start..end], &to_px, &mut path);
            start = end;
        }
        ink.zeroize();
        let path = path.finish().ok_or(SignatureProblem::Empty)?;

        let mut pixmap = Pixmap::new(width, height).ok_or(SignatureProblem::ImageFailed)?;
        if opts.background == Background::White {
            pixmap.fill(Color::WHITE);
        }
        let mut paint = Paint {
            anti_alias: true,
            ..Paint::default()
        };
        let [r, g, b] = opts.ink;
        paint.set_color_rgba8(r, g, b, 255);
        pixmap.fill_path(
            &path,
            &paint,
            FillRule::Winding,
            Transform::identity(),
            None,
        );
        drop(path);

        let rgba = Zeroizing::new(pixmap.take_demultiplied());
        let png = encode_png(&rgba, width, height).ok_or(SignatureProblem::ImageFailed)?;
        Ok(SignatureImage { png, width, height })
    }
}

// ---------------------------------------------------------------------------------------------
// Smoothing
// ---------------------------------------------------------------------------------------------

/// Ink point in pad-height units (`x` in `0..aspect`). Reuses the public type's layout.
type InkPoint = SmoothedPoint;

/// Keeps the samples at least `min_distance` apart and gives each a width from the filtered
/// pen speed and the pressure. Output in pad-height units.
fn keep_points(
    points: &[SamplePoint],
    aspect: f32,
    o: &SmoothingOptions,
    kept: &mut Vec<InkPoint>,
) {
    kept.clear();
    let Some(first) = points.first() else {
        return;
    };
    let start_width = (o.min_width + o.max_width) / 2.0;
    kept.push(InkPoint {
        x: first.x * aspect,
        y: first.y,
        width: start_width * o.pressure_factor(first.pressure),
    });
    let mut last_t = first.t_ms;
    let mut travelled = 0.0f32;
    let mut speed = 0.0f32;
    for p in &points[1..] {
        let (x, y) = (p.x * aspect, p.y);
        let last = kept[kept.len() - 1];
        let dist = (x - last.x).hypot(y - last.y);
        if dist < o.min_distance || dist == 0.0 {
            continue;
        }
        // Samples batched into one frame can share a time stamp: the distance is carried over
        // until time has passed, so the speed is measured over the time that really passed.
        travelled += dist;
        let dt_s = ((p.t_ms - last_t) / 1000.0) as f32;
        if dt_s > 0.0 {
            let new_speed = travelled / dt_s;
            let w = o.velocity_filter_weight;
            speed = w * new_speed + (1.0 - w) * speed;
            if !speed.is_finite() {
                speed = 0.0;
            }
        }
        if dt_s != 0.0 {
            // Time moved (backwards time resets the measurement without a speed).
            last_t = p.t_ms;
            travelled = 0.0;
        }
        kept.push(InkPoint {
            x,
            y,
            width: o.width_for_speed(speed) * o.pressure_factor(p.pressure),
        });
    }
}

/// Appends the smoothed polyline of one stroke to `out` (pad-height units): cubic Bézier
/// segments through the kept points, tangents from the neighbours (Catmull-Rom with handles
/// weighted by the neighbouring segment lengths, which avoids overshoot when spacing is
/// uneven), cut into pieces no longer than about `step`; width interpolated linearly.
fn smooth_stroke(
    points: &[SamplePoint],
    aspect: f32,
    o: &SmoothingOptions,
    step: f32,
    kept: &mut Vec<InkPoint>,
    out: &mut Vec<InkPoint>,
) {
    keep_points(points, aspect, o, kept);
    let n = kept.len();
    if n == 0 {
        return;
    }
    if n == 1 {
        let first = points[0];
        out.push(InkPoint {
            width: o.dot_width * o.pressure_factor(first.pressure),
            ..kept[0]
        });
        return;
    }
    let step = if step.is_finite() && step > 0.0 {
        step
    } else {
        o.max_segment_length
    };
    let length: f32 = kept.windows(2).map(|w| dist(w[0], w[1])).sum();
    let step = step.max(length / PIECE_BUDGET_PER_STROKE);
    out.push(kept[0]);
    for i in 0..n - 1 {
        let p0 = kept[i.saturating_sub(1)];
        let p1 = kept[i];
        let p2 = kept[i + 1];
        let p3 = kept[(i + 2).min(n - 1)];
        let l01 = dist(p0, p1);
        let l12 = dist(p1, p2);
        let l23 = dist(p2, p3);
        let k1 = handle_weight(l12, l01 + l12);
        let k2 = handle_weight(l12, l12 + l23);
        let c1 = (p1.x + (p2.x - p0.x) * k1, p1.y + (p2.y - p0.y) * k1);
        let c2 = (p2.x - (p3.x - p1.x) * k2, p2.y - (p3.y - p1.y) * k2);
        let hull = (c1.0 - p1.x).hypot(c1.1 - p1.y)
            + (c2.0 - c1.0).hypot(c2.1 - c1.1)
            + (p2.x - c2.0).hypot(p2.y - c2.1);
        let pieces = ((hull / step).ceil() as usize).clamp(1, MAX_PIECES_PER_SEGMENT);
        for j in 1..=pieces {
            let t = j as f32 / pieces as f32;
            let u = 1.0 - t;
            let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
            out.push(InkPoint {
                x: a * p1.x + b * c1.0 + c * c2.0 + d * p2.x,
                y: a * p1.y + b * c1.1 + c * c2.1 + d * p2.y,
                width: p1.width + (p2.width - p1.width) * t,
            });
        }
    }
}

fn dist(a: InkPoint, b: InkPoint) -> f32 {
    (a.x - b.x).hypot(a.y - b.y)
}

/// Handle length factor: a third of the segment's share of the two segments around a point
/// (1/6 with even spacing, as in uniform Catmull-Rom).
fn handle_weight(segment: f32, both: f32) -> f32 {
    if both > 0.0 {
        segment / both / 3.0
    } else {
        0.0
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct Disc {
    x: f32,
    y: f32,
    r: f32,
}

/// Adds one stroke as filled geometry: a disc at both ends and at visible joints, and a
/// trapezoid for each piece (width interpolated from one end to the other). All contours are
/// clockwise on screen, like tiny-skia's circles.
fn add_stroke_outline(
    ink: &[InkPoint],
    to_px: &impl Fn(&InkPoint) -> Disc,
    path: &mut PathBuilder,
) {
    let Some(first) = ink.first() else {
        return;
    };
    let mut prev = to_px(first);
    path.push_circle(prev.x, prev.y, prev.r);
    let mut prev_dir: Option<(f32, f32)> = None;
    for p in &ink[1..] {
        let cur = to_px(p);
        let (dx, dy) = (cur.x - prev.x, cur.y - prev.y);
        let len = dx.hypot(dy);
        if len <= 1e-3 || !len.is_finite() {
            continue;
        }
        let (ux, uy) = (dx / len, dy / len);
        if let Some((px, py)) = prev_dir {
            // Gap left at the outside of a turn by two flat-ended pieces: r * (1 - cos(a/2)).
            let cos = (px * ux + py * uy).clamp(-1.0, 1.0);
            if prev.r * (1.0 - ((1.0 + cos) / 2.0).sqrt()) > JOINT_GAP_PX {
                path.push_circle(prev.x, prev.y, prev.r);
            }
        }
        let (nx, ny) = (-uy, ux);
        path.move_to(prev.x + nx * prev.r, prev.y + ny * prev.r);
        path.line_to(prev.x - nx * prev.r, prev.y - ny * prev.r);
        path.line_to(cur.x - nx * cur.r, cur.y - ny * cur.r);
        path.line_to(cur.x + nx * cur.r, cur.y + ny * cur.r);
        path.close();
        prev = cur;
        prev_dir = Some((ux, uy));
    }
    if prev_dir.is_some() {
        path.push_circle(prev.x, prev.y, prev.r);
    }
}

/// Axis-aligned bounds in pad-height units.
#[derive(Clone, Copy)]
struct Bounds {
    min_x: f32,
    min_y: f32,
    max_x: f32,
    max_y: f32,
}

impl Bounds {
    const EMPTY: Self = Self {
        min_x: f32::INFINITY,
        min_y: f32::INFINITY,
        max_x: f32::NEG_INFINITY,
        max_y: f32::NEG_INFINITY,
    };

    fn add(&mut self, x: f32, y: f32, r: f32) {
        self.min_x = self.min_x.min(x - r);
        self.min_y = self.min_y.min(y - r);
        self.max_x = self.max_x.max(x + r);
        self.max_y = self.max_y.max(y + r);
    }

    fn width(&self) -> f32 {
        (self.max_x - self.min_x).max(0.0)
    }

    fn height(&self) -> f32 {
        (self.max_y - self.min_y).max(0.0)
    }

    /// Largest uniform scale that fits these bounds into `w` x `h` (1.0 when degenerate).
    fn fit_scale(&self, w: f32, h: f32) -> f32 {
        let s = (w / self.width()).min(h / self.height());
        if s.is_finite() && s > 0.0 { s } else { 1.0 }
    }
}

/// A `Write` sink whose buffer is wiped on drop and on every reallocation.
struct ZeroizingWriter(Zeroizing<Vec<u8>>);

impl Write for ZeroizingWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let needed = self.0.len() + data.len();
        if needed > self.0.capacity() {
            let mut bigger = Zeroizing::new(Vec::with_capacity(needed.max(self.0.capacity() * 2)));
            bigger.extend_from_slice(&self.0);
            self.0 = bigger; // the old buffer is wiped when dropped here
        }
        self.0.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn encode_png(rgba: &[u8], width: u32, height: u32) -> Option<Zeroizing<Vec<u8>>> {
    use image::ImageEncoder as _;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};

    let mut out = ZeroizingWriter(Zeroizing::new(Vec::with_capacity(64 * 1024)));
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Adaptive)
        .write_image(rgba, width, height, image::ExtendedColorType::Rgba8)
        .ok()?;
    Some(out.0)
}

// ---------------------------------------------------------------------------------------------
// Demo data
// ---------------------------------------------------------------------------------------------

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
fn add_stroke(pad: &mut SignaturePad, points: impl IntoIterator<Item = SamplePoint>) {
    let mut points = points.into_iter();
    if let Some(first) = points.next() {
        pad.begin_stroke(first);
        points.for_each(|p| pad.extend_stroke(p));
        pad.end_stroke();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::RgbaImage;

    /// A stroke of `n` samples along `f(u)`, `u` in `0..=1`, `dt` ms apart.
    fn stroke(pad: &mut SignaturePad, n: usize, dt: f64, f: impl Fn(f32) -> (f32, f32)) {
        add_stroke(
            pad,
            (0..n).map(|i| {
                let (x, y) = f(i as f32 / (n - 1).max(1) as f32);
                SamplePoint::new(x, y, i as f64 * dt)
            }),
        );
    }

    fn decode(img: &SignatureImage) -> RgbaImage {
        image::load_from_memory_with_format(img.png_bytes(), image::ImageFormat::Png)
            .expect("valid PNG")
            .to_rgba8()
    }

    fn is_ink(p: &image::Rgba<u8>) -> bool {
        p[3] > 200 && p[0] < 80 && p[1] < 80 && p[2] < 100
    }

    /// Bounding box (min_x, min_y, max_x, max_y) of ink pixels.
    fn ink_box(img: &RgbaImage) -> Option<(u32, u32, u32, u32)> {
        let mut b: Option<(u32, u32, u32, u32)> = None;
        for (x, y, p) in img.enumerate_pixels() {
            if is_ink(p) {
                b = Some(match b {
                    None => (x, y, x, y),
                    Some((a, c, d, e)) => (a.min(x), c.min(y), d.max(x), e.max(y)),
                });
            }
        }
        b
    }

    fn mean_width(s: &SmoothedStroke) -> f32 {
        s.points.iter().map(|p| p.width).sum::<f32>() / s.points.len() as f32
    }

    #[test]
    fn smoothing_drops_near_duplicate_points() {
        let o = SmoothingOptions::default();
        let pts: Vec<SamplePoint> = (0..20)
            .map(|i| SamplePoint::new(0.5 + 0.0005 * i as f32, 0.5, i as f64 * 5.0))
            .chain(
                (1..=5)
                    .map(|i| SamplePoint::new(0.5 + 0.02 * i as f32, 0.5, 100.0 + i as f64 * 5.0)),
            )
            .collect();
        let mut kept = Vec::new();
        keep_points(&pts, 3.0, &o, &mut kept);
        // 20 samples spread over 0.0095 * 3 = 0.0285 pad heights keep 3 (0, 0.0105, 0.021)...
        assert!(kept.len() < 10, "kept {}", kept.len());
        for w in kept.windows(2) {
            assert!(dist(w[0], w[1]) >= o.min_distance);
        }
        // ...and the 5 far samples are all kept.
        assert_eq!(kept.len(), 3 + 5);
        assert!((kept[kept.len() - 1].x - 1.8).abs() < 1e-5);

        // A stroke that never moves further than min_distance is drawn as one dot.
        let mut pad = SignaturePad::new(3.0);
        stroke(&mut pad, 10, 5.0, |u| (0.5 + 0.002 * u, 0.5));
        let s = pad.smoothed(&o);
        assert_eq!(s.len(), 1);
        assert!(s[0].is_dot());
        assert!((s[0].points[0].width - o.dot_width).abs() < 1e-6);
    }

    #[test]
    fn smoothed_curve_passes_through_kept_points_and_is_fine_grained() {
        let mut pad = SignaturePad::new(2.0);
        stroke(&mut pad, 5, 20.0, |u| {
            (0.1 + 0.8 * u, 0.5 + 0.3 * (u * 6.0).sin())
        });
        let o = SmoothingOptions::default();
        let s = &pad.smoothed(&o)[0];
        let raw = pad.strokes()[0].points();
        for r in raw {
            assert!(
                s.points
                    .iter()
                    .any(|p| (p.x - r.x).abs() < 1e-4 && (p.y - r.y).abs() < 1e-4),
                "curve misses sample {r:?}"
            );
        }
        for w in s.points.windows(2) {
            let d = ((w[1].x - w[0].x) * 2.0).hypot(w[1].y - w[0].y);
            assert!(d <= o.max_segment_length * 1.5, "piece too long: {d}");
        }
    }

    #[test]
    fn width_decreases_with_speed() {
        let o = SmoothingOptions::default();
        let mut pad = SignaturePad::new(3.0);
        // Same path, slow (50 ms per sample) then fast (2 ms per sample).
        stroke(&mut pad, 30, 50.0, |u| (0.1 + 0.8 * u, 0.3));
        stroke(&mut pad, 30, 2.0, |u| (0.1 + 0.8 * u, 0.7));
        let s = pad.smoothed(&o);
        let (slow, fast) = (mean_width(&s[0]), mean_width(&s[1]));
        assert!(fast < slow * 0.6, "slow {slow} fast {fast}");
        assert!(
            s.iter()
                .flat_map(|s| &s.points)
                .all(|p| p.width >= o.min_width * 0.999)
        );
        assert!(
            s.iter()
                .flat_map(|s| &s.points)
                .all(|p| p.width <= o.max_width * 1.001)
        );
        // Within the fast stroke the width falls as the filtered speed builds up.
        let fast = &s[1].points;
        assert!(fast[fast.len() - 1].width < fast[0].width);
    }

    #[test]
    fn samples_sharing_a_frame_time_get_the_same_width() {
        // 120 samples 4 ms apart vs. the same samples delivered 4 per 16 ms frame with the frame's
        // time stamp: the speed (hence the width) must come out about the same.
        let o = SmoothingOptions::default();
        let mut pad = SignaturePad::new(3.0);
        let path = |i: usize| (0.1 + 0.006 * i as f32, 0.5);
        add_stroke(
            &mut pad,
            (0..120).map(|i| SamplePoint::new(path(i).0, path(i).1, i as f64 * 4.0)),
        );
        add_stroke(
            &mut pad,
            (0..120).map(|i| SamplePoint::new(path(i).0, path(i).1, (i / 4) as f64 * 16.0)),
        );
        let s = pad.smoothed(&o);
        let (even, batched) = (mean_width(&s[0]), mean_width(&s[1]));
        assert!((even - batched).abs() < even * 0.15, "{even} vs {batched}");
        // The stroke is fast (4.5 pad heights/s), so it is clearly thinner than max_width.
        assert!(even < o.max_width * 0.5);
    }

    #[test]
    fn pressure_changes_width() {
        let o = SmoothingOptions::default();
        let with_pressure = |p: Option<f32>| {
            let mut pad = SignaturePad::new(3.0);
            for i in 0..20 {
                let s = SamplePoint {
                    pressure: p,
                    ..SamplePoint::new(0.1 + 0.04 * i as f32, 0.5, i as f64 * 10.0)
                };
                pad.extend_stroke(s);
            }
            pad.end_stroke();
            mean_width(&pad.smoothed(&o)[0])
        };
        let light = with_pressure(Some(0.1));
        let neutral = with_pressure(Some(0.5));
        let hard = with_pressure(Some(0.9));
        assert!(
            light < neutral && neutral < hard,
            "{light} {neutral} {hard}"
        );
        assert!(hard > light * 2.0);
        // Pressure 0.5 is neutral: same as a device without pressure.
        assert!((with_pressure(None) - neutral).abs() < 1e-7);
        // No influence: pressure ignored.
        let flat = SmoothingOptions {
            pressure_influence: 0.0,
            ..o
        };
        let mut pad = SignaturePad::new(3.0);
        pad.begin_stroke(SamplePoint::new(0.5, 0.5, 0.0).with_pressure(0.1));
        assert!((pad.smoothed(&flat)[0].points[0].width - flat.dot_width).abs() < 1e-6);
    }

    #[test]
    fn aspect_ratio_is_used_for_distances() {
        // Horizontal steps of 0.004 are 0.012 pad heights on a 3:1 pad (kept) but only
        // 0.004 on a 1:1 pad (dropped).
        let o = SmoothingOptions::default();
        let pts: Vec<_> = (0..10)
            .map(|i| SamplePoint::new(0.4 + 0.004 * i as f32, 0.5, i as f64 * 10.0))
            .collect();
        let mut kept = Vec::new();
        keep_points(&pts, 3.0, &o, &mut kept);
        assert_eq!(kept.len(), 10);
        keep_points(&pts, 1.0, &o, &mut kept);
        assert!(kept.len() <= 4);
    }

    #[test]
    fn finished_stamp_changes_with_the_finished_strokes_only() {
        let mut pad = SignaturePad::default();
        let other = SignaturePad::default();
        assert_ne!(pad.finished_stamp(), other.finished_stamp());
        let s0 = pad.finished_stamp();
        pad.begin_stroke(SamplePoint::new(0.1, 0.1, 0.0));
        pad.extend_stroke(SamplePoint::new(0.2, 0.2, 10.0));
        assert_eq!(
            pad.finished_stamp(),
            s0,
            "a stroke in progress is not finished"
        );
        pad.end_stroke();
        let s1 = pad.finished_stamp();
        assert_ne!(s1, s0);
        pad.set_aspect(pad.aspect());
        assert_eq!(pad.finished_stamp(), s1, "same aspect");
        pad.set_aspect(2.0);
        let s2 = pad.finished_stamp();
        assert_ne!(s2, s1);
        pad.begin_stroke(SamplePoint::new(0.3, 0.3, 20.0));
        assert!(pad.undo(), "undo of the stroke in progress");
        assert_eq!(pad.finished_stamp(), s2);
        assert!(pad.undo());
        let s3 = pad.finished_stamp();
        assert_ne!(s3, s2);
        pad.clear();
        assert_ne!(pad.finished_stamp(), s3);
        // The smoothed strokes one by one are the smoothed pad.
        let demo = demo_signature();
        let opts = SmoothingOptions::default();
        let all = demo.smoothed(&opts);
        for (stroke, smoothed) in demo.strokes().iter().zip(&all) {
            assert!(demo.smoothed_stroke(stroke, &opts) == *smoothed);
        }
    }

    #[test]
    fn undo_and_clear() {
        let mut pad = SignaturePad::default();
        assert!(pad.is_empty());
        assert!(!pad.undo());
        stroke(&mut pad, 10, 10.0, |u| (u, 0.5));
        stroke(&mut pad, 5, 10.0, |u| (0.5, u));
        assert_eq!((pad.stroke_count(), pad.point_count()), (2, 15));
        assert!(pad.undo());
        assert_eq!((pad.stroke_count(), pad.point_count()), (1, 10));
        assert_eq!(pad.strokes()[0].points().len(), 10);
        // Undo while drawing removes the stroke in progress.
        pad.begin_stroke(SamplePoint::new(0.2, 0.2, 0.0));
        pad.extend_stroke(SamplePoint::new(0.3, 0.3, 10.0));
        assert!(pad.current_stroke().is_some());
        assert_eq!(pad.point_count(), 12);
        assert!(pad.undo());
        assert!(pad.current_stroke().is_none());
        assert_eq!((pad.stroke_count(), pad.point_count()), (1, 10));
        pad.clear();
        assert!(pad.is_empty());
        assert_eq!((pad.stroke_count(), pad.point_count()), (0, 0));
        assert!(!pad.undo());
        assert_eq!(pad.validate(), Err(SignatureProblem::Empty));
    }

    #[test]
    fn input_is_sanitised() {
        let mut pad = SignaturePad::new(0.0); // zero-size pad
        assert_eq!(pad.aspect(), DEFAULT_ASPECT);
        pad.set_aspect(f32::NAN);
        assert_eq!(pad.aspect(), DEFAULT_ASPECT);
        pad.set_aspect(1e9);
        assert_eq!(pad.aspect(), ASPECT_RANGE.1);

        // Extend without begin starts a stroke; NaN positions are dropped; the rest clamped.
        pad.extend_stroke(SamplePoint::new(f32::NAN, 0.5, 0.0));
        assert!(pad.is_empty());
        pad.extend_stroke(SamplePoint::new(-3.0, f32::INFINITY, f64::NAN).with_pressure(f32::NAN));
        pad.extend_stroke(SamplePoint::new(0.5, 0.5, f64::INFINITY).with_pressure(7.0));
        pad.extend_stroke(SamplePoint::new(0.5, 0.5, 20.0).with_pressure(7.0)); // exact repeat
        pad.end_stroke();
        pad.end_stroke(); // no-op
        let pts = pad.strokes()[0].points();
        assert_eq!(pts.len(), 2);
        assert_eq!(
            (pts[0].x, pts[0].y, pts[0].t_ms, pts[0].pressure),
            (0.0, 1.0, 0.0, None)
        );
        assert_eq!((pts[1].t_ms, pts[1].pressure), (0.0, Some(1.0)));
    }

    #[test]
    fn point_limit() {
        let mut pad = SignaturePad::default();
        for i in 0..MAX_POINTS + 50 {
            let u = i as f32 / MAX_POINTS as f32;
            pad.extend_stroke(SamplePoint::new(u, (u * 500.0).sin() * 0.5 + 0.5, i as f64));
        }
        pad.begin_stroke(SamplePoint::new(0.5, 0.5, 0.0));
        assert_eq!(pad.point_count(), MAX_POINTS);
        assert_eq!(pad.stroke_count(), 1);
    }

    #[test]
    fn validation() {
        let mut pad = SignaturePad::default();
        assert_eq!(pad.validate(), Err(SignatureProblem::Empty));

        pad.begin_stroke(SamplePoint::new(0.5, 0.5, 0.0));
        pad.end_stroke();
        assert_eq!(pad.validate(), Err(SignatureProblem::SingleDot));
        // A few taps in the same place are still a dot.
        pad.begin_stroke(SamplePoint::new(0.502, 0.503, 100.0));
        pad.end_stroke();
        assert_eq!(pad.validate(), Err(SignatureProblem::SingleDot));

        // A dense scribble in a small box (0.1 x 0.1 pad heights).
        pad.clear();
        stroke(&mut pad, 200, 5.0, |u| {
            let a = u * 60.0;
            (0.5 + 0.015 * a.cos(), 0.5 + 0.05 * (a * 1.3).sin())
        });
        assert_eq!(pad.validate(), Err(SignatureProblem::TooSmall));
        assert_eq!(
            pad.render_png(&RenderOptions::default()).err(),
            Some(SignatureProblem::TooSmall)
        );

        // A quick flick: long but only three samples.
        pad.clear();
        stroke(&mut pad, 3, 8.0, |u| (0.1 + 0.7 * u, 0.5));
        assert_eq!(pad.validate(), Err(SignatureProblem::TooFewPoints));

        // A real multi-stroke signature is accepted.
        assert_eq!(demo_signature().validate(), Ok(()));
        let mut pad = SignaturePad::default();
        stroke(&mut pad, 40, 8.0, |u| {
            (0.1 + 0.3 * u, 0.5 + 0.2 * (u * 9.0).sin())
        });
        stroke(&mut pad, 25, 8.0, |u| {
            (0.45 + 0.25 * u, 0.6 - 0.2 * (u * 5.0).cos())
        });
        assert_eq!(pad.validate(), Ok(()));

        // Rules are configurable.
        let lax = ValidationRules {
            min_points: 2,
            ..ValidationRules::default()
        };
        let mut flick = SignaturePad::default();
        stroke(&mut flick, 3, 8.0, |u| (0.1 + 0.7 * u, 0.5));
        assert_eq!(flick.validate_with(&lax), Ok(()));

        // Messages are plain sentences.
        assert_eq!(
            SignatureProblem::Empty.to_string(),
            "Please sign on the pad before confirming."
        );
        assert_eq!(
            SignatureProblem::SingleDot.to_string(),
            "This looks like a single dot. Please sign your name."
        );
        assert_eq!(
            SignatureProblem::TooSmall.to_string(),
            "The signature is too small. Please sign larger."
        );
    }

    #[test]
    fn png_has_configured_size_background_and_ink_where_drawn() {
        // A horizontal line across the middle of the pad.
        let mut pad = SignaturePad::new(3.0);
        stroke(&mut pad, 60, 40.0, |u| (0.1 + 0.8 * u, 0.5));
        for background in [Background::Transparent, Background::White] {
            let opts = RenderOptions {
                background,
                ..RenderOptions::default()
            };
            let out = pad.render_png(&opts).expect("renders");
            assert_eq!((out.width(), out.height()), (600, 200));
            let img = decode(&out);
            assert_eq!(img.dimensions(), (600, 200));
            let corner = img.get_pixel(0, 0);
            match background {
                Background::Transparent => assert_eq!(corner[3], 0),
                Background::White => assert_eq!(corner.0, [255, 255, 255, 255]),
            }
            // Ink along the centre rows, from near the left to near the right padding.
            for x in (20..580).step_by(20) {
                for y in [99, 100] {
                    assert!(is_ink(img.get_pixel(x, y)), "no ink at ({x}, {y})");
                }
            }
            // None in the top rows.
            for y in 0..60 {
                for x in 0..600 {
                    assert!(!is_ink(img.get_pixel(x, y)), "ink at ({x}, {y})");
                }
            }
            // Ink colour is the configured one where fully covered.
            assert_eq!(img.get_pixel(300, 100).0, [0x1a, 0x1a, 0x2e, 255]);
        }
    }

    #[test]
    fn crossing_strokes_do_not_cancel() {
        // An X: the crossing must be inked (the fill is a union, not an even-odd XOR).
        let mut pad = SignaturePad::new(1.0);
        stroke(&mut pad, 40, 30.0, |u| (0.1 + 0.8 * u, 0.1 + 0.8 * u));
        stroke(&mut pad, 40, 30.0, |u| (0.9 - 0.8 * u, 0.1 + 0.8 * u));
        let opts = RenderOptions {
            width: 300,
            height: 300,
            ..RenderOptions::default()
        };
        let img = decode(&pad.render_png(&opts).unwrap());
        let inked = [
            (149, 149),
            (150, 150),
            (150, 149),
            (149, 150),
            (100, 100),
            (199, 100),
        ];
        for (x, y) in inked {
            assert!(is_ink(img.get_pixel(x, y)), "no ink at ({x}, {y})");
        }
        assert!(!is_ink(img.get_pixel(150, 60)));
    }

    #[test]
    fn png_matches_smoothed_geometry() {
        // Thick ink so every smoothed point is well inside the ink: the pixel under each point
        // of the centre line (stroke ends, joints, crossings included) must be ink, and pixels
        // clearly away from all ink must be background.
        let pad = demo_signature();
        let smoothing = SmoothingOptions {
            min_width: 0.03,
            max_width: 0.06,
            dot_width: 0.08,
            ..SmoothingOptions::default()
        };
        let opts = RenderOptions {
            smoothing,
            ..RenderOptions::default()
        };
        let img = decode(&pad.render_png(&opts).unwrap());
        // Same placement as the renderer: trim to the ink, scale uniformly, centre.
        let ink: Vec<SmoothedPoint> = pad
            .smoothed(&smoothing)
            .iter()
            .flat_map(|s| s.points.clone())
            .map(|p| SmoothedPoint {
                x: p.x * pad.aspect(),
                ..p
            })
            .collect();
        let mut b = Bounds::EMPTY;
        for p in &ink {
            b.add(p.x, p.y, p.width / 2.0);
        }
        let pad_px = opts.padding as f32;
        let (aw, ah) = (
            opts.width as f32 - 2.0 * pad_px,
            opts.height as f32 - 2.0 * pad_px,
        );
        let s = b.fit_scale(aw, ah);
        let ox = pad_px + (aw - b.width() * s) / 2.0 - b.min_x * s;
        let oy = pad_px + (ah - b.height() * s) / 2.0 - b.min_y * s;
        let px: Vec<(f32, f32, f32)> = ink
            .iter()
            .map(|p| (p.x * s + ox, p.y * s + oy, p.width * s / 2.0))
            .collect();
        assert!(px.iter().all(|p| p.2 >= 3.0), "test needs thick ink");
        for &(x, y, _) in &px {
            assert!(
                is_ink(img.get_pixel(x as u32, y as u32)),
                "hole at ({x}, {y})"
            );
        }
        let mut checked = 0;
        for gy in (0..opts.height).step_by(5) {
            for gx in (0..opts.width).step_by(5) {
                let (cx, cy) = (gx as f32 + 0.5, gy as f32 + 0.5);
                let far = px.iter().all(|&(x, y, r)| (x - cx).hypot(y - cy) > r + 2.0);
                if far {
                    checked += 1;
                    assert_eq!(img.get_pixel(gx, gy)[3], 0, "stray ink at ({gx}, {gy})");
                }
            }
        }
        assert!(checked > 1000);
    }

    #[test]
    fn trimming_fills_the_output() {
        // A signature drawn only in the top-left quarter of the pad.
        let mut pad = SignaturePad::new(3.0);
        stroke(&mut pad, 80, 8.0, |u| {
            (0.05 + 0.4 * u, 0.25 + 0.15 * (u * 12.0).sin())
        });
        stroke(&mut pad, 20, 8.0, |u| (0.2 + 0.1 * u, 0.05 + 0.4 * u));
        let opts = RenderOptions::default();
        let img = decode(&pad.render_png(&opts).unwrap());
        let (x0, y0, x1, y1) = ink_box(&img).expect("ink");
        let pad_px = opts.padding;
        let (w, h) = (opts.width, opts.height);
        let fills_width = x0 <= pad_px + 2 && x1 + pad_px + 3 >= w;
        let fills_height = y0 <= pad_px + 2 && y1 + pad_px + 3 >= h;
        assert!(fills_width || fills_height, "ink box {x0},{y0}..{x1},{y1}");
        // Centred.
        assert!((x0 as i64 - (w - 1 - x1) as i64).abs() <= 3, "{x0} {x1}");
        assert!((y0 as i64 - (h - 1 - y1) as i64).abs() <= 3, "{y0} {y1}");
        // And nothing was lost: the same signature drawn full-pad gives the same box.
        let mut big = SignaturePad::new(3.0);
        stroke(&mut big, 80, 8.0, |u| {
            (0.1 + 0.8 * u, 0.5 + 0.3 * (u * 12.0).sin())
        });
        stroke(&mut big, 20, 8.0, |u| (0.4 + 0.2 * u, 0.1 + 0.8 * u));
        let big_box = ink_box(&decode(&big.render_png(&opts).unwrap())).unwrap();
        assert!(
            (big_box.0 as i64 - x0 as i64).abs() <= 3 && (big_box.2 as i64 - x1 as i64).abs() <= 3
        );
    }

    #[test]
    fn base64_round_trips_to_the_png() {
        let img = demo_signature()
            .render_png(&RenderOptions::default())
            .unwrap();
        let png = img.png_bytes();
        assert!(png.starts_with(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]));
        let b64 = img.base64();
        assert!(b64.starts_with("iVBORw0KGgo"));
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(b64.as_bytes())
            .unwrap();
        assert_eq!(decoded, png);
    }

    #[test]
    fn demo_signature_is_deterministic_and_renders() {
        let pad = demo_signature();
        assert_eq!(pad.point_count(), 2000);
        assert_eq!(pad.stroke_count(), 4);
        let smoothed = pad.smoothed(&SmoothingOptions::default());
        assert!(smoothed[3].is_dot());
        assert!(smoothed[..3].iter().all(|s| s.points.len() > 10));
        let opts = RenderOptions {
            background: Background::White,
            ..RenderOptions::default()
        };
        let a = pad.render_png(&opts).unwrap();
        let b = demo_signature().render_png(&opts).unwrap();
        assert_eq!(a.png_bytes(), b.png_bytes());
        let img = decode(&a);
        let ink = img.pixels().filter(|p| is_ink(p)).count();
        assert!(ink > 2000 && ink < 600 * 200 / 4, "ink pixels {ink}");
    }

    #[test]
    fn output_size_is_clamped_and_debug_hides_coordinates() {
        let pad = demo_signature();
        let tiny = RenderOptions {
            width: 0,
            height: 1,
            padding: 50,
            ..RenderOptions::default()
        };
        let img = pad.render_png(&tiny).unwrap();
        assert_eq!((img.width(), img.height()), (1, 1));
        assert_eq!(decode(&img).dimensions(), (1, 1));
        let dbg = format!("{pad:?} {img:?} {:?}", pad.strokes()[0]);
        assert!(!dbg.contains("0.08"), "{dbg}");
        assert!(dbg.contains("points: 2000"), "{dbg}");
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;

        #[derive(Debug, Clone)]
        enum Op {
            Begin(SamplePoint),
            Extend(SamplePoint),
            End,
            Undo,
            Clear,
        }

        fn any_f32() -> impl Strategy<Value = f32> {
            prop_oneof![
                4 => -0.5f32..1.5,
                1 => proptest::num::f32::ANY,
            ]
        }

        fn point() -> impl Strategy<Value = SamplePoint> {
            (
                any_f32(),
                any_f32(),
                prop_oneof![4 => 0.0f64..10_000.0, 1 => proptest::num::f64::ANY],
                proptest::option::of(any_f32()),
            )
                .prop_map(|(x, y, t_ms, pressure)| SamplePoint {
                    x,
                    y,
                    t_ms,
                    pressure,
                })
        }

        fn op() -> impl Strategy<Value = Op> {
            prop_oneof![
                2 => point().prop_map(Op::Begin),
                8 => point().prop_map(Op::Extend),
                1 => Just(Op::End),
                1 => Just(Op::Undo),
                1 => Just(Op::Clear),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]
            #[test]
            fn render_and_validate_never_panic(
                ops in proptest::collection::vec(op(), 0..120),
                aspect in any_f32(),
                width in 0u32..400,
                height in 0u32..200,
                white in any::<bool>(),
                lax in any::<bool>(),
                smooth in (any_f32(), any_f32(), any_f32(), any_f32()),
            ) {
                let mut pad = SignaturePad::new(aspect);
                for op in ops {
                    match op {
                        Op::Begin(p) => pad.begin_stroke(p),
                        Op::Extend(p) => pad.extend_stroke(p),
                        Op::End => pad.end_stroke(),
                        Op::Undo => { pad.undo(); }
                        Op::Clear => pad.clear(),
                    }
                }
                let smoothing = SmoothingOptions {
                    min_distance: smooth.0,
                    max_width: smooth.1,
                    half_width_speed: smooth.2,
                    max_segment_length: smooth.3,
                    ..SmoothingOptions::default()
                };
                let validation = if lax {
                    ValidationRules { dot_extent: 0.0, min_extent: 0.0, min_points: 0 }
                } else {
                    ValidationRules::default()
                };
                let valid = pad.validate_with(&validation);
                for s in pad.smoothed(&smoothing) {
                    prop_assert!(!s.points.is_empty());
                    for p in &s.points {
                        prop_assert!(p.x.is_finite() && p.y.is_finite() && p.width.is_finite());
                    }
                }
                let opts = RenderOptions {
                    width,
                    height,
                    background: if white { Background::White } else { Background::Transparent },
                    smoothing,
                    validation,
                    ..RenderOptions::default()
                };
                match pad.render_png(&opts) {
                    Ok(img) => {
                        prop_assert!(valid.is_ok());
                        prop_assert_eq!(img.width(), width.clamp(1, MAX_OUTPUT_SIDE));
                        prop_assert!(img.png_bytes().starts_with(b"\x89PNG"));
                    }
                    Err(e) => prop_assert_eq!(Err(e), valid),
                }
            }
        }
    }
}
