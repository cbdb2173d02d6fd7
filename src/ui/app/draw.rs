//! The frame: the shell (navigation, status bar, welcome) and the room the
//! desk shows, or the kiosk's screens. Each room gets its own parts of the
//! state and a read-only [`ViewCtx`]; where a room's screen holds another
//! room's part (the lookup card's tablet row, the kiosk's signing screen),
//! the part is drawn here by its own room and handed in.

use crate::settings::Settings;

use super::StoreDeskApp;
use super::state::AppState;
use crate::ui::action::{Action, Panel};
use crate::ui::context::{Surface, ViewCtx};
use crate::ui::kiosk::view::{ReadyToSign, Screens};
use crate::ui::quote::view::{Beside, WalkinPart};
use crate::ui::room::DeskRoom;
use crate::ui::shell::{nav, status_bar, welcome};
use crate::ui::signing::state::SigningFor;
use crate::ui::{hours, kiosk, lookup, quote, settings, signing, tablet};

impl StoreDeskApp {
    pub(super) fn draw_panels(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        self.cursor_blink(ui);
        // Ctrl+Q closes the window the normal way (settings are saved; in
        // kiosk mode the close request still asks for the PIN).
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Q)) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let ready_to_sign = self
            .state
            .kiosk
            .then(|| ready_to_sign(&self.state))
            .flatten();
        let surface = self.state.surface();
        crate::ui::save_form::view::show(ui.ctx(), &mut self.state.save_form, surface, actions);
        let (ctx, parts) = split(&mut self.state, &self.settings);
        if ctx.surface.is_kiosk() {
            draw_kiosk(ui, parts, &ctx, ready_to_sign, actions);
            return;
        }
        nav::shortcuts(ui, actions);
        let room_titles: Vec<_> = parts.rooms.iter().map(|r| (r.id(), r.title())).collect();
        egui::Panel::bottom("status_bar").show(ui, |ui| status_bar::show(ui, &ctx));
        egui::Panel::left("navigation")
            .resizable(false)
            .default_size(190.0)
            .show(ui, |ui| nav::show(ui, ctx.panel, &room_titles, actions));
        egui::CentralPanel::default().show(ui, |ui| {
            if welcome::should_show(&ctx) {
                welcome::show(ui, &ctx, actions);
                return;
            }
            draw_desk_panel(ui, parts, &ctx, actions);
        });
    }
}

/// The rooms' parts of the state, borrowed apart so each view gets its own
/// while the [`ViewCtx`] reads the app-wide facts.
struct DeskParts<'a> {
    lookup: (&'a mut lookup::LookupState, &'a mut lookup::LookupData),
    quote: (&'a mut quote::QuoteState, &'a mut quote::QuoteData),
    walkin: (
        &'a mut quote::walkin::WalkinState,
        &'a mut quote::walkin::WalkinData,
    ),
    signing: (
        &'a mut signing::SignatureState,
        &'a mut signing::SignatureData,
    ),
    kiosk: &'a mut kiosk::KioskState,
    hours: &'a mut hours::HoursState,
    settings_form: &'a mut settings::SettingsForm,
    tablet: &'a mut tablet::TabletUi,
    rooms: &'a mut [Box<dyn DeskRoom>],
}

/// The app-wide facts for every view, and each room's parts.
fn split<'a>(st: &'a mut AppState, settings: &'a Settings) -> (ViewCtx<'a>, DeskParts<'a>) {
    let holds_customer_data = st.holds_customer_data();
    let busy = st.lookup.pending.is_some() || st.quote.pending.is_some();
    let ctx = ViewCtx {
        settings,
        surface: Surface::of(st.kiosk),
        panel: st.panel,
        demo: &st.demo,
        key: &st.key,
        key_store_error: st.key_store_error.as_ref(),
        settings_warning: st.settings_warning.as_ref(),
        clock: &st.clock,
        holds_customer_data,
        busy,
    };
    let customer = &mut st.customer;
    let parts = DeskParts {
        lookup: (&mut st.lookup, &mut customer.lookup),
        quote: (&mut st.quote, &mut customer.quote),
        walkin: (&mut st.walkin, &mut customer.walkin),
        signing: (&mut st.signature, &mut customer.signature),
        kiosk: &mut st.kiosk_ui,
        hours: &mut st.hours,
        settings_form: &mut st.settings_form,
        tablet: &mut st.tablet,
        rooms: &mut st.rooms,
    };
    (ctx, parts)
}

/// The desk's central panel: the room the navigation chose.
fn draw_desk_panel(
    ui: &mut egui::Ui,
    parts: DeskParts<'_>,
    ctx: &ViewCtx,
    actions: &mut Vec<Action>,
) {
    let tablet = parts.tablet;
    match ctx.panel {
        Panel::Lookup => {
            let mut send_row = |ui: &mut egui::Ui, booking, actions: &mut Vec<Action>| {
                tablet::view::send_row(ui, tablet, booking, actions);
            };
            lookup::view::show(ui, parts.lookup, ctx, &mut send_row, actions);
        }
        Panel::Quote => {
            let (walkin, walkin_data) = parts.walkin;
            let walkin_quotes = walkin_data.answered();
            let beside = Beside {
                walkin_open: walkin.opened,
                draw_walkin: &mut |ui, quote, data, part, actions| {
                    if part == WalkinPart::Quotes {
                        quote::walkin::view::quotes_side_by_side(ui, walkin_data, actions);
                        return;
                    }
                    let pins = &data.pins;
                    let sheet = &mut quote.sheet;
                    quote::walkin::view::show(ui, walkin, walkin_data, pins, sheet, actions);
                },
                walkin_quotes,
                below_booking: &mut |ui, booking, actions| {
                    tablet::view::send_row(ui, tablet, booking, actions);
                },
            };
            quote::view::show(ui, parts.quote, beside, actions);
        }
        Panel::Signature => {
            let looked_up = parts.lookup.1.result.as_deref();
            let (signature, data) = parts.signing;
            signing::view::show(ui, signature, data, looked_up, Surface::Desk, actions);
        }
        Panel::Hours => hours::view::show(ui, parts.hours, ctx, actions),
        Panel::Settings => {
            let settings = ctx.settings;
            let kiosk = parts.kiosk;
            let mut more = |ui: &mut egui::Ui, actions: &mut Vec<Action>| {
                kiosk::settings::settings_section(ui, kiosk, settings, actions);
                ui.separator();
                tablet::view::settings_section(ui, tablet, settings, actions);
            };
            settings::view::show(ui, parts.settings_form, ctx, &mut more, actions);
        }
        Panel::Room(id) => {
            if let Some(room) = parts.rooms.iter_mut().find(|room| room.id() == id) {
                room.show(ui, ctx, actions);
            }
        }
    }
}

/// The kiosk's screens, with the signing screen and the staff's tools drawn
/// by their rooms.
fn draw_kiosk(
    ui: &mut egui::Ui,
    parts: DeskParts<'_>,
    ctx: &ViewCtx,
    ready_to_sign: Option<ReadyToSign>,
    actions: &mut Vec<Action>,
) {
    let settings: &Settings = ctx.settings;
    let (signature, data) = parts.signing;
    let signing = data.signing.is_some() || data.saved.is_some();
    let tablet = parts.tablet;
    let lookup = parts.lookup;
    let screens = Screens {
        signing,
        ready_to_sign,
        // Drawn only while a signing is open or just saved: the "no
        // booking" screen, which offers the lookup's booking, never shows.
        draw_signing: &mut |ui, actions| {
            signing::view::show(ui, signature, data, None, Surface::Kiosk, actions);
        },
        draw_staff_tools: &mut |ui, actions| {
            tablet::view::kiosk_staff_section(ui, tablet, settings, actions);
            ui.add_space(8.0);
            let mut no_row = |_: &mut egui::Ui, _, _: &mut Vec<Action>| {};
            lookup::view::show(
                ui,
                (&mut *lookup.0, &mut *lookup.1),
                ctx,
                &mut no_row,
                actions,
            );
        },
    };
    kiosk::view::show(ui, parts.kiosk, ctx, screens, actions);
}

/// The looked-up booking the kiosk's staff can hand over (only worked out
/// while the staff screen shows).
fn ready_to_sign(st: &AppState) -> Option<ReadyToSign> {
    let kiosk = &st.kiosk_ui;
    if !(kiosk.staff_unlocked || kiosk.unprotected()) {
        return None;
    }
    let ready = SigningFor::from_lookup(st.customer.lookup.result.as_deref()?)?;
    let who = [ready.client.as_deref(), ready.unit.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" – ");
    Some(ReadyToSign {
        booking: ready.booking,
        who,
    })
}
