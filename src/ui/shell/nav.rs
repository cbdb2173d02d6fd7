//! The side navigation, with a keyboard shortcut for each panel.

use crate::ui::action::{Action, Panel};

/// Ctrl+1 … Ctrl+5 (Cmd on macOS), in the order of the navigation.
pub fn shortcut(panel: Panel) -> Option<egui::KeyboardShortcut> {
    let key = match panel {
        Panel::Lookup => egui::Key::Num1,
        Panel::Quote => egui::Key::Num2,
        Panel::Signature => egui::Key::Num3,
        Panel::Hours => egui::Key::Num4,
        Panel::Settings => egui::Key::Num5,
        Panel::Room(_) => return None,
    };
    Some(egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, key))
}

/// Ctrl+L: back to Lookup with the id field focused, from anywhere.
pub const FOCUS_LOOKUP: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::L);

/// Reads the navigation shortcuts of this frame (outside kiosk mode).
pub fn shortcuts(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    for panel in Panel::ALL {
        let Some(shortcut) = shortcut(panel) else {
            continue;
        };
        if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
            actions.push(Action::Show(panel));
        }
    }
    if ui.input_mut(|i| i.consume_shortcut(&FOCUS_LOOKUP)) {
        actions.push(Action::FocusLookup);
    }
}

/// The panels, then the registered rooms (`rooms`: id and title).
pub fn show(
    ui: &mut egui::Ui,
    current: Panel,
    rooms: &[(&'static str, &'static str)],
    actions: &mut Vec<Action>,
) {
    ui.add_space(8.0);
    ui.heading("StoreDesk");
    ui.add_space(8.0);
    let registered = rooms.iter().map(|&(id, title)| (Panel::Room(id), title));
    let panels = Panel::ALL.into_iter().map(|p| (p, p.title()));
    for (panel, title) in panels.chain(registered) {
        let selected = current == panel;
        let mut button = ui.add_sized(
            [ui.available_width(), 32.0],
            egui::Button::selectable(selected, title),
        );
        if let Some(shortcut) = shortcut(panel) {
            button = button.on_hover_text(ui.ctx().format_shortcut(&shortcut));
        }
        if button.clicked() && !selected {
            actions.push(Action::Show(panel));
        }
    }
}
