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
    // Check boxes and radio buttons: the box itself a touch target, not
    // only the row it sits in.
    style.spacing.icon_width = TOUCH_TARGET;
    style.spacing.icon_width_inner = TOUCH_TARGET * 0.5;
    style.spacing.icon_spacing = 12.0;
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

/// The Settings-like heading of a section: a step above the body text
/// whatever the style (the kiosk's body text is larger than the desk's).
pub fn heading_size(ui: &egui::Ui) -> f32 {
    egui::TextStyle::Body.resolve(ui.style()).size * 1.2
}

/// Runs `add` in a menu or pop-up with the style of the `Ui` it opens
/// from: a pop-up is a layer of its own and would otherwise get the
/// window's style (desk-sized items on the kiosk).
pub fn popup_like_parent(parent: &egui::Ui) -> impl Fn(&mut egui::Ui) + use<> {
    let style = parent.style().clone();
    move |ui: &mut egui::Ui| ui.set_style(style.clone())
}

/// Draws `add` in a space `lines` lines of body text high, kept whether
/// anything is shown or not: a message appearing there moves nothing
/// under a finger.
pub fn reserved_lines(ui: &mut egui::Ui, lines: f32, add: impl FnOnce(&mut egui::Ui)) {
    let height = ui.text_style_height(&egui::TextStyle::Body) * lines
        + ui.spacing().item_spacing.y * (lines - 1.0).max(0.0);
    let width = ui.available_width();
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_min_size(egui::vec2(width, height));
            ui.set_max_height(height);
            add(ui);
        },
    );
}
