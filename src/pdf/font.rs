//! The one typeface our PDFs use, and its text widths for line wrapping.
//!
//! Ubuntu Light ships inside `epaint_default_fonts` (egui's own fonts), so
//! no font file is added to the project; it covers Latin-1, Latin Extended
//! and "€", which is all English, French and German need. Licence:
//! Ubuntu Font Licence 1.0, which allows embedding in documents.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The font's bytes, as the build already has them.
pub(crate) const FONT_BYTES: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// Measures text set in [`FONT_BYTES`].
pub(crate) struct Metrics {
    font: FontRef<'static>,
}

impl Metrics {
    /// `None` only if the bundled font could not be read (a broken build).
    pub(crate) fn new() -> Option<Self> {
        FontRef::new(FONT_BYTES).ok().map(|font| Self { font })
    }

    /// The advance width of `text` at `size` points (no kerning: wrapping
    /// leaves a small margin for it).
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        let charmap = self.font.charmap();
        let metrics = self
            .font
            .glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|glyph| metrics.advance_width(glyph))
                    .unwrap_or(size * 0.5)
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_has_the_euro_and_accented_letters() {
        let font = FontRef::new(FONT_BYTES).expect("bundled font");
        let charmap = font.charmap();
        for c in ['€', 'é', 'è', 'ç', 'ä', 'ö', 'ü', 'ß', 'É', '«', '»'] {
            assert!(charmap.map(c).is_some(), "{c} is missing");
        }
    }

    /// The signs of the first payment's walk (issue 27): "− 2,50 € … ÷ 30
    /// … × 23 … = …".
    #[test]
    fn the_font_has_the_walks_signs() {
        let font = FontRef::new(FONT_BYTES).expect("bundled font");
        let charmap = font.charmap();
        for c in ['−', '÷', '×', '=', '+', '%'] {
            assert!(charmap.map(c).is_some(), "{c} is missing");
        }
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let m = Metrics::new().expect("bundled font");
        let short = m.width("Lease", 10.0);
        assert!(short > 0.0);
        assert!(m.width("Lease agreement", 10.0) > short);
        assert!((m.width("Lease", 20.0) - 2.0 * short).abs() < 0.01);
    }
}
