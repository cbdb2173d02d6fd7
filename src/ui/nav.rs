//! The side navigation.

use super::app::{Action, AppState, Panel};

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.add_space(8.0);
    ui.heading("StoreDesk");
    ui.add_space(8.0);
    for panel in Panel::ALL {
        let selected = state.panel == panel;
        let r = ui.add_sized(
            [ui.available_width(), 32.0],
            egui::Button::selectable(selected, panel.title()),
        );
        if r.clicked() && !selected {
            actions.push(Action::Show(panel));
        }
    }
}
