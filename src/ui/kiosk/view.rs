//! The kiosk's screens: the customer's welcome or signing screen, the staff
//! screen (PIN notes beside the lookup), the top bar with the language
//! switch, and "Are you still there?". Draws and emits actions only; the
//! customer's signing screen and the staff's tools are drawn by the rooms
//! they belong to and handed in as [`Screens`].

use crate::api::BookingId;
use crate::i18n::{Language, tr, trf};
use crate::settings::Settings;

use super::pin::{pin_dialog, pin_form};
use super::state::{KioskState, PinPurpose};
use crate::ui::action::{Action, KioskAction, SignatureAction};
use crate::ui::context::ViewCtx;
use crate::ui::widgets;
use crate::ui::widgets::touch::{TOUCH_TARGET, big_button, touch_style};

pub const STILL_THERE: &str = "are-you-still-there";
/// The staff screen's button that shows the pad for the looked-up booking.
pub const HAND_OVER_LABEL: &str = "hand-over-for-signing";
/// Why "Hand over for signing" is off while no PIN is set.
pub const NO_PIN_NO_HAND_OVER: &str = "set-a-manager-pin-first-without-one-the";

/// The looked-up booking the staff can hand over for signing.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadyToSign {
    pub booking: BookingId,
    /// "Client – unit", as far as known.
    pub who: String,
}

/// What other rooms draw on the kiosk's screens.
pub struct Screens<'a> {
    /// The customer is signing, or sees the confirmation.
    pub signing: bool,
    pub ready_to_sign: Option<ReadyToSign>,
    /// The signing screen (the Signature room's view on the kiosk).
    pub draw_signing: &'a mut dyn FnMut(&mut egui::Ui, &mut Vec<Action>),
    /// Below the staff screen's PIN notes: the tablet section and the lookup.
    pub draw_staff_tools: &'a mut dyn FnMut(&mut egui::Ui, &mut Vec<Action>),
}

fn still_there(ctx: &egui::Context, remaining: f64) {
    egui::Modal::new(egui::Id::unique("kiosk_still_there")).show(ctx, |ui| {
        touch_style(ui.style_mut());
        ui.set_width(520.0);
        ui.vertical_centered(|ui| {
            ui.heading(tr(STILL_THERE));
            ui.add_space(8.0);
            ui.label(trf(
                "for-your-privacy-this-screen-will-be-cleared",
                &[("seconds", &(remaining.ceil() as u64))],
            ));
            ui.add_space(12.0);
            // Any touch counts as an answer; the button is the obvious one.
            let _ = ui.add(big_button(tr("yes-i-am-still-here")));
        });
    });
}

/// The kiosk screen (instead of the navigation and the panels).
pub fn show(
    ui: &mut egui::Ui,
    kiosk: &mut KioskState,
    ctx: &ViewCtx,
    screens: Screens<'_>,
    actions: &mut Vec<Action>,
) {
    if let Some(remaining) = kiosk.warning {
        still_there(ui.ctx(), remaining);
    }
    touch_style(ui.style_mut());
    let staff = kiosk.staff_unlocked || kiosk.unprotected();
    egui::Panel::top("kiosk_bar").show(ui, |ui| {
        ui.add_space(6.0);
        top_bar(ui, kiosk, ctx.settings, staff, actions);
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        if staff {
            staff_screen(ui, kiosk, screens, actions);
        } else if screens.signing {
            (screens.draw_signing)(ui, actions);
        } else {
            welcome(ui);
        }
    });
    let locked_for = ctx
        .settings
        .kiosk_pin_lockout
        .remaining_secs(kiosk.now_unix);
    pin_dialog(ui.ctx(), kiosk, locked_for as f64, actions);
}

/// Below this width (a portrait tablet) the bar takes two rows: the title
/// and the language switch, then the staff buttons.
const TWO_ROW_BAR_WIDTH: f32 = 1000.0;

fn top_bar(
    ui: &mut egui::Ui,
    kiosk: &KioskState,
    settings: &Settings,
    staff: bool,
    actions: &mut Vec<Action>,
) {
    let two_rows = staff && ui.available_width() < TWO_ROW_BAR_WIDTH;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("StoreDesk").strong().size(24.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if !two_rows {
                staff_buttons(ui, kiosk, staff, actions);
                ui.add_space(24.0);
            }
            language_switch(ui, kiosk, settings, actions);
        });
    });
    if two_rows {
        // One button row high: a bare right-to-left layout would take the
        // whole height left in the window.
        ui.allocate_ui_with_layout(
            egui::vec2(ui.available_width(), TOUCH_TARGET),
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| staff_buttons(ui, kiosk, staff, actions),
        );
    }
}

/// Lock / Close / Leave for staff; "Staff" (asks for the PIN) otherwise.
fn staff_buttons(ui: &mut egui::Ui, kiosk: &KioskState, staff: bool, actions: &mut Vec<Action>) {
    if staff {
        if !kiosk.unprotected() && ui.add(big_button(tr("lock"))).clicked() {
            actions.push(Action::Kiosk(KioskAction::Lock));
        }
        if ui.add(big_button(tr("close-storedesk"))).clicked() {
            actions.push(Action::Kiosk(KioskAction::CloseApp));
        }
        if ui.add(big_button(tr("leave-kiosk-mode"))).clicked() {
            actions.push(Action::Kiosk(KioskAction::Leave));
        }
    } else if ui
        .add(big_button(tr("staff")))
        .on_hover_text(tr("for-staff-needs-the-manager-pin"))
        .clicked()
    {
        actions.push(Action::Kiosk(KioskAction::OpenPinDialog(
            PinPurpose::Unlock,
        )));
    }
}

/// The customer's language, until the kiosk resets.
fn language_switch(
    ui: &mut egui::Ui,
    kiosk: &KioskState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    let current = kiosk.language.unwrap_or(settings.language);
    for lang in Language::ALL.iter().rev() {
        let selected = current == *lang;
        if ui
            .add(
                egui::Button::selectable(selected, lang.native_name())
                    .min_size(egui::vec2(TOUCH_TARGET * 2.0, TOUCH_TARGET)),
            )
            .clicked()
            && !selected
        {
            actions.push(Action::Kiosk(KioskAction::SetLanguage(*lang)));
        }
    }
}

fn welcome(ui: &mut egui::Ui) {
    ui.add_space(ui.available_height() / 4.0);
    ui.vertical_centered(|ui| {
        ui.label(egui::RichText::new(tr("welcome")).size(44.0).strong());
        ui.add_space(12.0);
        ui.label(tr("a-member-of-staff-will-prepare-your-document"));
    });
}

fn staff_screen(
    ui: &mut egui::Ui,
    kiosk: &mut KioskState,
    screens: Screens<'_>,
    actions: &mut Vec<Action>,
) {
    // PIN set-up and notes beside the lookup, so the booking stays in view;
    // above it on a portrait tablet, where a side panel leaves no room.
    if kiosk.unprotected() || kiosk.pin_note.is_some() {
        if ui.available_width() < STAFF_SIDE_MIN_WINDOW {
            egui::ScrollArea::vertical()
                .id_salt("kiosk_staff_notes")
                .max_height(ui.available_height() * 0.45)
                .show(ui, |ui| pin_notes(ui, kiosk, actions));
            ui.separator();
        } else {
            egui::Panel::right("kiosk_staff_side")
                .resizable(false)
                .exact_size(STAFF_SIDE_WIDTH)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| pin_notes(ui, kiosk, actions));
                });
        }
    }
    // Everything below the notes scrolls as one: the tablet section and
    // the lookup never push each other off the screen.
    egui::ScrollArea::vertical()
        .id_salt("kiosk_staff_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| staff_tools(ui, kiosk, screens, actions));
}

/// The hint, the booking ready to sign and the staff's tools.
fn staff_tools(
    ui: &mut egui::Ui,
    kiosk: &KioskState,
    screens: Screens<'_>,
    actions: &mut Vec<Action>,
) {
    ui.label(tr("staff-screen-look-the-booking-up-then-hand"));
    if let Some(ready) = &screens.ready_to_sign {
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(trf("ready-to-sign-who", &[("who", &ready.who)]));
                    // Without a PIN the customer would get this staff screen
                    // back (other bookings, leaving the kiosk): no hand-over.
                    let protected = !kiosk.unprotected();
                    if ui
                        .add_enabled(protected, big_button(tr(HAND_OVER_LABEL)))
                        .clicked()
                    {
                        actions.push(Action::Signature(SignatureAction::Start(ready.booking)));
                    }
                    if !protected {
                        ui.colored_label(ui.visuals().warn_fg_color, tr(NO_PIN_NO_HAND_OVER));
                    }
                });
            });
    }
    (screens.draw_staff_tools)(ui, actions);
}

/// Width of the staff screen's PIN side panel, and the narrowest window
/// that has room for it beside the lookup.
const STAFF_SIDE_WIDTH: f32 = 400.0;
const STAFF_SIDE_MIN_WINDOW: f32 = 1000.0;

/// "No PIN" warning with the form to set one, and any note on the PIN.
fn pin_notes(ui: &mut egui::Ui, kiosk: &mut KioskState, actions: &mut Vec<Action>) {
    if kiosk.unprotected() {
        widgets::message_box(
            ui,
            tr("no-manager-pin-is-set-anyone-can-leave"),
            Some(tr("set-a-pin-now-before-the-customer-uses")),
            false,
        );
        pin_form(ui, kiosk, actions);
        ui.add_space(12.0);
    }
    if let Some(note) = &kiosk.pin_note {
        widgets::message_box(ui, &note.to_string(), None, false);
    }
}
