//! The status bar: which server, whether the key is set, what is in flight.

use crate::i18n::{tr, tr_dyn, trf};
use crate::settings::Settings;
use crate::worker::KeyState;

use super::app::{AppState, DemoState};

pub fn show(ui: &mut egui::Ui, settings: &Settings, state: &AppState) {
    ui.horizontal(|ui| {
        let server = match &state.demo {
            DemoState::Running { base_url } => {
                trf("demo-data-at-address", &[("address", base_url)])
            }
            DemoState::Starting => tr("starting-the-demo-server").to_owned(),
            _ if settings.base_url.trim().is_empty() => tr("no-server-set").to_owned(),
            _ => settings.base_url.trim().to_owned(),
        };
        ui.label(trf("server-server", &[("server", &server)]));
        ui.separator();
        let key = match &state.key {
            KeyState::Unknown => tr("checking-ellipsis").to_owned(),
            KeyState::Missing => tr("not-set").to_owned(),
            KeyState::Set { masked, store } => trf(
                "set-ends-with-masked-store",
                &[("masked", masked), ("store", &tr_dyn(store))],
            ),
        };
        ui.label(trf("api-key-key", &[("key", &key)]));
        if state.lookup.pending.is_some() || state.quote.pending.is_some() {
            ui.separator();
            ui.spinner();
            ui.label(tr("working"));
        }
    });
}
