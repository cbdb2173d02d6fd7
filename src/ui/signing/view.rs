//! The Signature panel: what is being signed (client, unit, amounts) above a
//! large pad, then Undo, Clear and "Confirm and save"; after the save, the
//! confirmation and the receipt's buttons. Draws and emits actions only.

use crate::api::ApiError;
use crate::i18n::{Text, tr, trf};
use crate::worker::LookupResult;

use super::contract::view as contract_view;
use super::outcome::{CHECK_LABEL, UnknownOutcome};
use super::pad::{pad, pad_size};
use super::state::{SavedSignature, SignatureData, SignatureState, SigningFor};
use crate::ui::action::{Action, Panel, SignatureAction};
use crate::ui::context::Surface;
use crate::ui::widgets;
use crate::ui::widgets::palette;

pub const CONFIRM_LABEL: &str = "confirm-and-save";

/// The panel. On the kiosk everything is larger and staff-only hints hide.
pub fn show(
    ui: &mut egui::Ui,
    signing: &mut SignatureState,
    data: &mut SignatureData,
    looked_up: Option<&LookupResult>,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    let kiosk = surface.is_kiosk();
    if let Some(saved) = &data.saved {
        confirmation(ui, saved, surface, actions);
        contract_view::receipt_section(ui, &data.receipt, surface, actions);
        return;
    }
    let Some(signing_for) = data.signing.clone() else {
        no_booking(ui, looked_up, actions);
        return;
    };
    if !kiosk {
        ui.heading(tr("signature"));
    }
    summary(ui, &signing_for, surface);
    ui.add_space(8.0);
    if kiosk {
        kiosk_contract_and_pad(ui, signing, data, actions);
        return;
    }
    let unlocked = contract_view::show(ui, &mut data.contract, surface, actions);
    ui.add_space(4.0);
    // Room under the pad for the buttons and any message: the pad is never
    // in a scroll area (touch input would scroll it instead of drawing).
    let mut reserve = 70.0;
    if signing.problem.is_some() {
        reserve += 40.0;
    }
    if signing.error.is_some() {
        reserve += 130.0;
    }
    let size = pad_size(ui.available_size(), reserve);
    pad_and_buttons(ui, signing, data, (size, unlocked), Surface::Desk, actions);
}

/// The kiosk: the contract and the pad each in a place of its own, fixed
/// before the consent (the pad locked until then) and after it, so the
/// first stroke lands where the pad was seen. Landscape: the contract on
/// the left, the pad on the right; portrait: the contract above the pad.
fn kiosk_contract_and_pad(
    ui: &mut egui::Ui,
    sig: &mut SignatureState,
    data: &mut SignatureData,
    actions: &mut Vec<Action>,
) {
    let area = ui.available_rect_before_wrap();
    let (contract, pad_column) = kiosk_regions(area, ui.spacing().item_spacing);
    let unlocked = ui
        .scope_builder(egui::UiBuilder::new().max_rect(contract), |ui| {
            contract_view::show(ui, &mut data.contract, Surface::Kiosk, actions)
        })
        .inner;
    ui.scope_builder(egui::UiBuilder::new().max_rect(pad_column), |ui| {
        // The buttons and one line of message under the pad always; an
        // error box (the save failed) takes more.
        let mut reserve = if ui.available_width() >= KIOSK_ONE_ROW_WIDTH {
            KIOSK_PAD_RESERVE
        } else {
            KIOSK_PAD_RESERVE_TWO_ROWS
        };
        if sig.error.is_some() {
            reserve += 130.0;
        }
        let size = kiosk_pad_size(ui.available_size(), reserve);
        pad_and_buttons(ui, sig, data, (size, unlocked), Surface::Kiosk, actions);
    });
    ui.advance_cursor_after_rect(area);
}

/// Under the kiosk's pad: the buttons' row and a line for a message; two
/// rows of buttons in a column narrower than [`KIOSK_ONE_ROW_WIDTH`] (they
/// wrap there).
const KIOSK_PAD_RESERVE: f32 = 130.0;
const KIOSK_PAD_RESERVE_TWO_ROWS: f32 = 190.0;
/// Undo, Clear and "Confirm and save" side by side, with their spacing.
const KIOSK_ONE_ROW_WIDTH: f32 = 560.0;

/// The contract's share of the kiosk's signing area: of its width in
/// landscape, of its height in portrait.
const KIOSK_CONTRACT_SHARE: f32 = 0.6;
const KIOSK_CONTRACT_SHARE_PORTRAIT: f32 = 0.5;

/// (contract, pad column) within `area`.
pub fn kiosk_regions(area: egui::Rect, gap: egui::Vec2) -> (egui::Rect, egui::Rect) {
    if area.width() > area.height() {
        let x = area.left() + (area.width() * KIOSK_CONTRACT_SHARE).round();
        let contract = egui::Rect::from_x_y_ranges(area.left()..=x - gap.x, area.y_range());
        let pad = egui::Rect::from_x_y_ranges(x + gap.x..=area.right(), area.y_range());
        (contract, pad)
    } else {
        let y = area.top() + (area.height() * KIOSK_CONTRACT_SHARE_PORTRAIT).round();
        let contract = egui::Rect::from_x_y_ranges(area.x_range(), area.top()..=y - gap.y);
        let pad = egui::Rect::from_x_y_ranges(area.x_range(), y + gap.y..=area.bottom());
        (contract, pad)
    }
}

/// The kiosk's pad fills its column above the `reserve` (any shape: the
/// PNG is the usual size all the same, see [`pad_size`]).
fn kiosk_pad_size(avail: egui::Vec2, reserve: f32) -> egui::Vec2 {
    egui::vec2(avail.x.max(150.0), (avail.y - reserve).max(100.0))
}

/// The pad, Undo, Clear and "Confirm and save", then any message.
fn pad_and_buttons(
    ui: &mut egui::Ui,
    sig: &mut SignatureState,
    data: &mut SignatureData,
    (size, unlocked): (egui::Vec2, bool),
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    let kiosk = surface.is_kiosk();
    let busy = sig.pending.is_some();
    let changed = pad(ui, sig, &mut data.pad, size, !busy && unlocked);
    if changed {
        sig.problem = None;
    }
    ui.add_space(8.0);

    let button_size = if kiosk {
        egui::vec2(120.0, 52.0)
    } else {
        egui::vec2(90.0, 36.0)
    };
    // The kiosk's pad column may be narrower than the three buttons:
    // "Confirm and save" then takes the next row (room is kept for it).
    let row = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| {
        if kiosk {
            ui.horizontal_wrapped(|ui| add(ui));
        } else {
            ui.horizontal(|ui| add(ui));
        }
    };
    row(ui, &mut |ui| {
        let has_ink = !data.pad.is_empty();
        if ui
            .add_enabled(
                has_ink && !busy,
                egui::Button::new(tr("undo")).min_size(button_size),
            )
            .clicked()
        {
            data.pad.undo();
            sig.problem = None;
        }
        if ui
            .add_enabled(
                has_ink && !busy,
                egui::Button::new(tr("clear")).min_size(button_size),
            )
            .clicked()
        {
            data.pad.clear();
            sig.problem = None;
        }
        ui.add_space(16.0);
        let confirm = egui::Button::new(egui::RichText::new(tr(CONFIRM_LABEL)).strong())
            .min_size(egui::vec2(button_size.x * 2.0, button_size.y));
        let blocked = data
            .unknown_outcome
            .as_ref()
            .is_some_and(UnknownOutcome::blocks_sending);
        if ui
            .add_enabled(has_ink && !busy && !blocked && unlocked, confirm)
            .clicked()
        {
            actions.push(Action::Signature(SignatureAction::Confirm));
        }
        if busy {
            ui.spinner();
            ui.label(tr("saving-the-signature"));
        }
    });

    if let Some(p) = &sig.problem {
        ui.add_space(4.0);
        ui.colored_label(ui.visuals().warn_fg_color, p.to_string());
    }
    if let Some(outcome) = &data.unknown_outcome {
        ui.add_space(4.0);
        unknown_outcome_box(ui, outcome, sig.error.as_ref(), actions);
    } else if let Some(e) = &sig.error {
        ui.add_space(4.0);
        widgets::message_box(
            ui,
            &trf("the-signature-could-not-be-saved-error", &[("error", e)]),
            Some(&format!(
                "{} {}",
                e.next_step(),
                tr("the-signature-is-kept-press-confirm-and-save")
            )),
            true,
        );
    }
}

fn no_booking(ui: &mut egui::Ui, looked_up: Option<&LookupResult>, actions: &mut Vec<Action>) {
    ui.heading(tr("signature"));
    ui.add_space(8.0);
    ui.label(tr("no-booking-is-selected-for-signing"));
    ui.label(tr("look-the-reservation-or-booking-up-first-then"));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if let Some(ready) = looked_up.and_then(SigningFor::from_lookup) {
            let who = ready
                .client
                .clone()
                .unwrap_or_else(|| ready.booking.to_string());
            if ui
                .button(trf("take-signature-for-client", &[("client", &who)]))
                .clicked()
            {
                actions.push(Action::Signature(SignatureAction::Start(ready.booking)));
            }
        }
        if ui.button(tr("go-to-lookup")).clicked() {
            actions.push(Action::Show(Panel::Lookup));
        }
    });
}

/// Below this width the summary shows one label/value pair per row.
const SUMMARY_TWO_PAIRS_WIDTH: f32 = 1200.0;

fn summary(ui: &mut egui::Ui, signing_for: &SigningFor, surface: Surface) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Compact rows even with the kiosk's large touch style: the pad
            // gets the room.
            ui.spacing_mut().interact_size.y = 20.0;
            ui.spacing_mut().item_spacing.y = 4.0;
            let name = signing_for.client.as_deref().unwrap_or("");
            if !name.is_empty() {
                ui.label(
                    egui::RichText::new(name)
                        .strong()
                        .size(if surface.is_kiosk() { 24.0 } else { 18.0 }),
                );
            }
            let per_row = if ui.available_width() < SUMMARY_TWO_PAIRS_WIDTH {
                1
            } else {
                2
            };
            egui::Grid::new("signing_summary")
                .num_columns(2 * per_row)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    let booking = signing_for.booking.to_string();
                    let insurance = signing_for.insurance.as_ref().map(|i| i.text());
                    let pairs = [
                        (tr("unit"), signing_for.unit.as_deref()),
                        (tr("property"), signing_for.property.as_deref()),
                        (tr("move-in"), signing_for.move_in.as_deref()),
                        (tr("booking"), Some(booking.as_str())),
                        (tr("first-payment"), signing_for.first_payment.as_deref()),
                        (
                            tr("regular-payment"),
                            signing_for.regular_payment.as_deref(),
                        ),
                        (tr("insurance"), insurance.as_deref()),
                    ];
                    let mut shown = 0;
                    for (label, value) in pairs {
                        let Some(v) = value.filter(|v| !v.trim().is_empty()) else {
                            continue;
                        };
                        ui.label(egui::RichText::new(label).weak());
                        if per_row == 1 {
                            ui.add(egui::Label::new(v).wrap());
                        } else {
                            // Beside another pair a wrapping value would be
                            // squeezed to a letter's width by the grid.
                            ui.label(v);
                        }
                        shown += 1;
                        if shown % per_row == 0 {
                            ui.end_row();
                        }
                    }
                });
            ui.label(
                egui::RichText::new(tr("by-signing-below-you-accept-this-booking-and")).italics(),
            );
        });
}

fn confirmation(
    ui: &mut egui::Ui,
    saved: &SavedSignature,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    let kiosk = surface.is_kiosk();
    ui.add_space(if kiosk { 48.0 } else { 16.0 });
    ui.vertical_centered(|ui| {
        let ok = palette::SUCCESS;
        ui.label(
            egui::RichText::new(tr("signature-saved"))
                .size(if kiosk { 40.0 } else { 28.0 })
                .color(ok)
                .strong(),
        );
        ui.add_space(8.0);
        ui.label(tr("thank-you-the-signature-was-received-for-the"));
        ui.add_space(12.0);
        let rows = [
            (tr("booking"), saved.booking.to_string()),
            (
                tr("signed-on"),
                saved.signed_at.format("%d-%m-%Y %H:%M:%S").to_string(),
            ),
            (
                tr("reference"),
                if saved.reference.is_empty() {
                    tr("not-given-the-booking-is-marked-as-signed").to_owned()
                } else {
                    saved.reference.clone()
                },
            ),
        ];
        for (label, value) in rows {
            ui.label(trf("label-value", &[("label", &label), ("value", &value)]));
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new(tr("the-signature-image-is-no-longer-kept-on")).weak());
        ui.add_space(16.0);
        let size = if kiosk {
            egui::vec2(200.0, 56.0)
        } else {
            egui::vec2(120.0, 36.0)
        };
        if ui
            .add(egui::Button::new(tr("done")).min_size(size))
            .clicked()
        {
            actions.push(Action::Signature(SignatureAction::Done));
        }
    });
}

/// The message and, while unchecked, the button that checks.
fn unknown_outcome_box(
    ui: &mut egui::Ui,
    outcome: &UnknownOutcome,
    error: Option<&ApiError>,
    actions: &mut Vec<Action>,
) {
    let cause = error.map(|e| e.to_string()).unwrap_or_default();
    let (message, next) = match outcome {
        UnknownOutcome::Unchecked(_) | UnknownOutcome::Checking(_) => (
            trf(
                "the-signature-may-have-reached-the-server-but",
                &[("error", &cause)],
            ),
            tr("the-api-gives-no-way-to-look-a").to_owned(),
        ),
        UnknownOutcome::NotSigned => (
            tr("the-booking-is-not-marked-as-signed").to_owned(),
            tr("press-confirm-and-save-to-send-the-signature").to_owned(),
        ),
        UnknownOutcome::Unknowable => (
            tr("the-server-does-not-say-whether-this-booking").to_owned(),
            tr("ask-storegister-support-whether-a-signature-arrived-before").to_owned(),
        ),
    };
    widgets::message_box(ui, &message, Some(&next), true);
    match outcome {
        UnknownOutcome::Unchecked(check_error) => {
            if let Some(e) = check_error {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    Text::tr("the-check-failed-error")
                        .with("error", e.to_string())
                        .to_string(),
                );
            }
            if ui.button(tr(CHECK_LABEL)).clicked() {
                actions.push(Action::Signature(SignatureAction::CheckSaved));
            }
        }
        UnknownOutcome::Checking(_) => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("checking-the-booking"));
            });
        }
        UnknownOutcome::NotSigned | UnknownOutcome::Unknowable => {}
    }
}
