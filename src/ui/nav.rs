//! The side navigation, with a keyboard shortcut for each panel.

use super::app::{Action, AppState, Panel};

/// Ctrl+1 … Ctrl+5 (Cmd on macOS), in the order of the navigation.
pub fn shortcut(panel: Panel) -> egui::KeyboardShortcut {
    let key = match panel {
        Panel::Lookup => egui::Key::Num1,
        Panel::Quote => egui::Key::Num2,
        Panel::Signature => egui::Key::Num3,
        Panel::Hours => egui::Key::Num4,
        Panel::Settings => egui::Key::Num5,
    };
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, key)
}

/// Ctrl+L: back to Lookup with the id field focused, from anywhere.
pub const FOCUS_LOOKUP: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::L);

/// Reads the navigation shortcuts of this frame (outside kiosk mode).
pub fn shortcuts(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    for panel in Panel::ALL {
        if ui.input_mut(|i| i.consume_shortcut(&shortcut(panel))) {
            actions.push(Action::Show(panel));
        }
    }
    if ui.input_mut(|i| i.consume_shortcut(&FOCUS_LOOKUP)) {
        actions.push(Action::FocusLookup);
    }
}

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.add_space(8.0);
    ui.heading("StoreDesk");
    ui.add_space(8.0);
    for panel in Panel::ALL {
        let selected = state.panel == panel;
        let r = ui
            .add_sized(
                [ui.available_width(), 32.0],
                egui::Button::selectable(selected, panel.title()),
            )
            .on_hover_text(ui.ctx().format_shortcut(&shortcut(panel)));
        if r.clicked() && !selected {
            actions.push(Action::Show(panel));
        }
    }
}
