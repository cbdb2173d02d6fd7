//! The kiosk's touch sizes: every control a finger can reach is at least
//! [`TOUCH_TARGET`] on each side, and text is larger.

/// Smallest side of a touch target in kiosk mode (points).
pub const TOUCH_TARGET: f32 = 48.0;

/// Bigger text and at least [`TOUCH_TARGET`]-high controls.
pub fn touch_style(style: &mut egui::Style) {
    use egui::{FontId, TextStyle};
    style.spacing.interact_size = egui::vec2(TOUCH_TARGET, TOUCH_TARGET);
    style.spacing.button_padding = egui::vec2(18.0, 10.0);
    style.spacing.item_spacing = egui::vec2(14.0, 12.0);
    // A finger dragging over text scrolls; it must not start a selection
    // (and text is then no target a customer could aim at by mistake).
    style.interaction.selectable_labels = false;
    style.text_styles = [
        (TextStyle::Heading, FontId::proportional(32.0)),
        (TextStyle::Body, FontId::proportional(20.0)),
        (TextStyle::Button, FontId::proportional(22.0)),
        (TextStyle::Monospace, FontId::monospace(18.0)),
        (TextStyle::Small, FontId::proportional(15.0)),
    ]
    .into();
}

/// A button two touch targets wide and one high.
pub fn big_button(text: impl Into<egui::WidgetText>) -> egui::Button<'static> {
    egui::Button::new(text).min_size(egui::vec2(TOUCH_TARGET * 2.0, TOUCH_TARGET))
}
