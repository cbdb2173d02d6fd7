//! The app's own colours, by what they mean. The one place that names a
//! colour by its numbers (clippy's `disallowed-methods` refuses
//! `Color32::from_rgb` and `from_gray` elsewhere); everything else takes the
//! theme's colours from `ui.visuals()`.
#![allow(clippy::disallowed_methods)]

use egui::Color32;

/// "Saved", "accepted": a sea green readable on light and dark themes.
pub const SUCCESS: Color32 = Color32::from_rgb(0x2e, 0x8b, 0x57);

/// The signature pad's guide line and its text, and its border: grey on the
/// white paper whatever the theme.
pub const PAD_GUIDE: Color32 = Color32::from_gray(150);
pub const PAD_BORDER: Color32 = Color32::from_gray(120);

/// Ink of an RGB triple (the signature's ink colour comes from the domain).
pub fn ink([r, g, b]: [u8; 3]) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// Open / closed in the hours panel, for the theme in use.
pub fn open_state(open: bool, dark_mode: bool) -> Color32 {
    match (open, dark_mode) {
        (true, true) => Color32::from_rgb(0x81, 0xc7, 0x84),
        (true, false) => Color32::from_rgb(0x1b, 0x5e, 0x20),
        (false, true) => Color32::from_rgb(0xef, 0x9a, 0x9a),
        (false, false) => Color32::from_rgb(0xb7, 0x1c, 0x1c),
    }
}
