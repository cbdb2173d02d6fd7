//! First screen when no key is configured: try the demo, or enter a key.

use crate::i18n::tr;
use crate::worker::KeyState;

use crate::ui::action::{Action, Panel};
use crate::ui::context::{DemoState, ViewCtx};
use crate::ui::widgets;

/// Shown instead of a panel while there is no key and no demo.
pub fn should_show(ctx: &ViewCtx) -> bool {
    *ctx.key == KeyState::Missing && !ctx.demo_running() && ctx.panel != Panel::Settings
}

pub fn show(ui: &mut egui::Ui, ctx: &ViewCtx, actions: &mut Vec<Action>) {
    ui.add_space(24.0);
    ui.heading(tr("welcome-to-storedesk"));
    ui.add_space(8.0);
    ui.label(tr("no-api-key-is-set-for-the-storegister"));
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        let starting = *ctx.demo == DemoState::Starting;
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
    if let Some(e) = ctx.key_store_error {
        ui.add_space(12.0);
        widgets::secret_error_box(ui, e, tr("you-can-still-use-a-key-for-this"), false);
    }
    if let DemoState::Failed(msg) = ctx.demo {
        ui.add_space(12.0);
        widgets::message_box(ui, &msg.to_string(), None, true);
    }
}
