//! First screen when no key is configured: try the demo, or enter a key.

use crate::i18n::tr;
use crate::worker::KeyState;

use super::app::{Action, AppState, DemoState, Panel};
use super::widgets;

/// Shown instead of a panel while there is no key and no demo.
pub fn should_show(state: &AppState) -> bool {
    state.key == KeyState::Missing
        && !matches!(state.demo, DemoState::Running { .. })
        && state.panel != Panel::Settings
}

pub fn show(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.add_space(24.0);
    ui.heading(tr("welcome-to-storedesk"));
    ui.add_space(8.0);
    ui.label(tr("no-api-key-is-set-for-the-storegister"));
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        let starting = state.demo == DemoState::Starting;
        if ui
            .add_enabled(
                !starting,
                egui::Button::new(tr("try-with-demo-data")).min_size([0.0, 36.0].into()),
            )
            .on_hover_text(tr("starts-a-local-demo-server-on-this-computer"))
            .clicked()
        {
            actions.push(Action::StartDemo);
        }
        if ui
            .add(egui::Button::new(tr("enter-an-api-key")).min_size([0.0, 36.0].into()))
            .clicked()
        {
            actions.push(Action::Show(Panel::Settings));
        }
        if starting {
            ui.spinner();
        }
    });
    if let Some(e) = &state.key_store_error {
        ui.add_space(12.0);
        widgets::secret_error_box(ui, e, tr("you-can-still-use-a-key-for-this"), false);
    }
    if let DemoState::Failed(msg) = &state.demo {
        ui.add_space(12.0);
        widgets::message_box(ui, &msg.to_string(), None, true);
    }
}
