//! What the pad gives back: problems, smoothed strokes, the PNG.

use super::*;

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
    pub(super) png: Zeroizing<Vec<u8>>,
    pub(super) width: u32,
    pub(super) height: u32,
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
