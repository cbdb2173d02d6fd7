//! Settings: server address, how the key is sent, the key itself (to the
//! credential store only), language and theme.

use crate::api::client::validate_base_url;
use crate::api::{ApiKey, AuthStyle};
use crate::i18n::{Language, Text, tr, tr_dyn, trf};
use crate::settings::{Settings, ThemeChoice};
use crate::worker::KeyState;

use super::state::SettingsForm;
use crate::ui::action::Action;
use crate::ui::context::{DemoState, ViewCtx};
use crate::ui::widgets;

pub const BASE_URL_LABEL: &str = "server-address";
pub const KEY_FIELD_LABEL: &str = "new-api-key";

/// The panel. `more` draws the sections other rooms keep here (the kiosk's
/// and the signing tablet's).
pub fn show(
    ui: &mut egui::Ui,
    form: &mut SettingsForm,
    ctx: &ViewCtx,
    more: &mut dyn FnMut(&mut egui::Ui, &mut Vec<Action>),
    actions: &mut Vec<Action>,
) {
    ui.heading(tr("settings"));
    if let Some(warning) = ctx.settings_warning {
        widgets::message_box(ui, &warning.to_string(), None, false);
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            connection_section(ui, form, ctx, actions);
            ui.add_space(12.0);
            key_section(ui, form, ctx, actions);
            ui.add_space(12.0);
            appearance_section(ui, ctx.settings, actions);
            ui.add_space(12.0);
            more(ui, actions);
            ui.separator();
            super::files_view::show(ui, &form.files, ctx.settings, actions);
        });
}

fn connection_section(
    ui: &mut egui::Ui,
    form: &mut SettingsForm,
    ctx: &ViewCtx,
    actions: &mut Vec<Action>,
) {
    widgets::section_heading(ui, tr("connection"));
    if let DemoState::Running { base_url } = ctx.demo {
        ui.label(trf(
            "demo-mode-is-on-the-app-talks-to",
            &[("address", base_url)],
        ));
    }
    widgets::labelled_text_field(
        ui,
        tr(BASE_URL_LABEL),
        &mut form.base_url,
        "https://api.example.com",
    );
    ui.horizontal(|ui| {
        let l = ui.label(tr("send-the-key-as"));
        egui::ComboBox::from_id_salt("auth_style")
            .selected_text(auth_style_text(form.auth_style))
            .show_ui(ui, |ui| {
                for style in [AuthStyle::XApiKeyHeader, AuthStyle::AuthorizationHeader] {
                    ui.selectable_value(&mut form.auth_style, style, auth_style_text(style));
                }
            })
            .response
            .labelled_by(l.id);
    });
    ui.horizontal(|ui| {
        let l = ui.label(tr("timeout-seconds"));
        ui.add(egui::DragValue::new(&mut form.timeout_secs).range(2..=120))
            .labelled_by(l.id);
    });
    ui.checkbox(
        &mut form.allow_insecure_http,
        tr("allow-unencrypted-http-to-other-computers-unsafe-the"),
    );
    ui.horizontal(|ui| {
        if ui.button(tr("save-connection")).clicked() {
            match validate_base_url(&form.base_url, form.allow_insecure_http) {
                Ok(_) => {
                    form.url_error = None;
                    form.saved_note = Some(Text::tr("connection-saved"));
                    actions.push(Action::ApplyConnection);
                }
                Err(e) => {
                    form.saved_note = None;
                    form.url_error = Some(e);
                }
            }
        }
        if let Some(n) = &form.saved_note {
            ui.label(n.to_string());
        }
    });
    if let Some(e) = &form.url_error {
        ui.colored_label(ui.visuals().error_fg_color, e.to_string());
    }
}

fn key_section(
    ui: &mut egui::Ui,
    form: &mut SettingsForm,
    ctx: &ViewCtx,
    actions: &mut Vec<Action>,
) {
    ui.label(egui::RichText::new(tr("api-key")).strong().size(16.0));
    match ctx.key {
        KeyState::Set { masked, store } => {
            ui.label(trf(
                "set-ends-with-masked-kept-in-store",
                &[("masked", masked), ("store", &tr_dyn(store))],
            ));
        }
        KeyState::Missing => {
            ui.label(tr("no-api-key-is-set"));
        }
        KeyState::Unknown => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("reading-the-credential-store"));
            });
        }
    }
    let field = widgets::labelled_password_field(ui, tr(KEY_FIELD_LABEL), &mut form.new_key);
    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let store_unavailable = ctx.key_store_error.is_some();
    ui.horizontal(|ui| {
        let has_text = !form.new_key.trim().is_empty();
        if (ui
            .add_enabled(has_text, egui::Button::new(tr("save-key")))
            .clicked()
            || (enter && has_text))
            && let Some(key) = ApiKey::new(form.new_key.as_str())
        {
            form.new_key = Default::default();
            actions.push(Action::SaveKey {
                key,
                session_only: false,
            });
        }
        if ui
            .add_enabled(has_text, egui::Button::new(tr("use-for-this-session-only")))
            .on_hover_text(tr("the-key-is-kept-in-memory-until-the"))
            .clicked()
            && let Some(key) = ApiKey::new(form.new_key.as_str())
        {
            form.new_key = Default::default();
            actions.push(Action::SaveKey {
                key,
                session_only: true,
            });
        }
        // In demo mode the key in use is the sandbox's: "Remove" would delete
        // the real key from the credential store instead, so it is not offered.
        let demo = ctx.demo_running();
        if !demo && matches!(ctx.key, KeyState::Set { .. }) && ui.button(tr("remove-key")).clicked()
        {
            actions.push(Action::DeleteKey);
        }
    });
    if let Some(e) = ctx.key_store_error {
        widgets::secret_error_box(
            ui,
            e,
            tr("use-use-for-this-session-only-the-key"),
            !store_unavailable,
        );
    }
}

/// How the key is sent, in words ("<key>" is translated).
fn auth_style_text(style: AuthStyle) -> &'static str {
    match style {
        AuthStyle::XApiKeyHeader => tr("x-api-key-key"),
        AuthStyle::AuthorizationHeader => tr("authorization-x-api-key-key"),
    }
}

fn appearance_section(ui: &mut egui::Ui, settings: &Settings, actions: &mut Vec<Action>) {
    ui.label(egui::RichText::new(tr("appearance")).strong().size(16.0));
    ui.horizontal(|ui| {
        let l = ui.label(tr("language"));
        let mut lang = settings.language;
        egui::ComboBox::from_id_salt("language")
            .selected_text(lang.native_name())
            .show_ui(ui, |ui| {
                for l in Language::ALL {
                    ui.selectable_value(&mut lang, l, l.native_name());
                }
            })
            .response
            .labelled_by(l.id);
        if lang != settings.language {
            actions.push(Action::SetLanguage(lang));
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr("theme"));
        let mut theme = settings.theme;
        ui.selectable_value(&mut theme, ThemeChoice::System, tr("system"));
        ui.selectable_value(&mut theme, ThemeChoice::Light, tr("light"));
        ui.selectable_value(&mut theme, ThemeChoice::Dark, tr("dark"));
        if theme != settings.theme {
            actions.push(Action::SetTheme(theme));
        }
    });
}
