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

mod demo;
mod input;
mod options;
mod output;
mod pad;
mod render;
mod smoothing;
#[cfg(test)]
mod tests;

pub use demo::*;
pub use input::*;
pub use options::*;
pub use output::*;
pub use pad::*;
use render::*;
use smoothing::*;
