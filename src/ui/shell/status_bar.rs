//! The status bar: which server, whether the key is set, what is in flight.

use crate::i18n::{tr, tr_dyn, trf};
use crate::worker::KeyState;

use crate::ui::context::{DemoState, ViewCtx};

pub fn show(ui: &mut egui::Ui, ctx: &ViewCtx) {
    let settings = ctx.settings;
    ui.horizontal(|ui| {
        let server = match ctx.demo {
            DemoState::Running { base_url } => {
                trf("demo-data-at-address", &[("address", base_url)])
            }
            DemoState::Starting => tr("starting-the-demo-server").to_owned(),
            _ if settings.base_url.trim().is_empty() => tr("no-server-set").to_owned(),
            _ => settings.base_url.trim().to_owned(),
        };
        ui.label(trf("server-server", &[("server", &server)]));
        ui.separator();
        let key = match ctx.key {
            KeyState::Unknown => tr("checking-ellipsis").to_owned(),
            KeyState::Missing => tr("not-set").to_owned(),
            KeyState::Set { masked, store } => trf(
                "set-ends-with-masked-store",
                &[("masked", masked), ("store", &tr_dyn(store))],
            ),
        };
        ui.label(trf("api-key-key", &[("key", &key)]));
        if ctx.busy {
            ui.separator();
            ui.spinner();
            ui.label(tr("working"));
        }
    });
}
