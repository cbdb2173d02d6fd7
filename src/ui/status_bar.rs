//! The status bar: which server, whether the key is set, what is in flight.

use crate::i18n::tr;
use crate::settings::Settings;
use crate::worker::KeyState;

use super::app::{AppState, DemoState};

pub fn show(ui: &mut egui::Ui, settings: &Settings, state: &AppState) {
    ui.horizontal(|ui| {
        let server = match &state.demo {
            DemoState::Running { base_url } => format!("{} {base_url}", tr("Demo data at")),
            DemoState::Starting => tr("Starting the demo server…").to_owned(),
            _ if settings.base_url.trim().is_empty() => tr("No server set").to_owned(),
            _ => settings.base_url.trim().to_owned(),
        };
        ui.label(format!("{} {server}", tr("Server:")));
        ui.separator();
        let key = match &state.key {
            KeyState::Unknown => tr("checking…").to_owned(),
            KeyState::Missing => tr("not set").to_owned(),
            KeyState::Set { masked, store } => {
                format!("{} {masked} ({store})", tr("set, ends with"))
            }
        };
        ui.label(format!("{} {key}", tr("API key:")));
        if state.lookup.pending.is_some() || state.quote.pending.is_some() {
            ui.separator();
            ui.spinner();
            ui.label(tr("Working…"));
        }
    });
}
