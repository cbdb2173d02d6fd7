//! The Signature panel: what is being signed (client, unit, amounts) above a
//! large pad, then Undo, Clear and "Confirm and save".
//!
//! The pad reads every pointer and touch event of a frame, not only the last
//! pointer position, so a fast stroke keeps its curve; touch force becomes pen
//! pressure. Strokes are stored normalised to the pad (see
//! [`crate::domain::signature`]), so resizing the window keeps the drawing.
//!
//! A signature lives in memory only: after a successful save the pad is
//! dropped (its samples are wiped) and only the booking id and the time of
//! signing stay, for the confirmation screen. After a failure the drawing is
//! kept so the customer need not sign again.

use chrono::{DateTime, Local};

use crate::api::{ApiError, BookingId, SaveOutcome};
use crate::domain::booking::money_text;
use crate::domain::signature::{
    Background, DEFAULT_ASPECT, RenderOptions, SamplePoint, SignaturePad, SignatureProblem,
};
use crate::i18n::{tr, trf};
use crate::settings::Settings;
use crate::worker::{Command, LookupResult, RequestId};

use super::app::{Action, AppState, Panel};
use super::contract_view::{self, ContractState, ReceiptState};
use super::requests::{Outbox, Pending};
use super::signature_ink::{InkCache, paint_ink};
use super::signature_outcome::{self, UnknownOutcome};
use super::widgets;

/// Accessible name of the pad (tests find it by this label).
pub const PAD_LABEL: &str = "signature-pad";
pub const CONFIRM_LABEL: &str = "confirm-and-save";
/// Shape of the pad (width / height): fixed, so resizing scales the drawing
/// without distorting it. Same shape as the exported image.
pub const PAD_ASPECT: f32 = DEFAULT_ASPECT;
/// Size of the exported PNG.
pub const IMAGE_SIZE: [u32; 2] = [600, 200];

/// The booking a signature is for, as shown above the pad. Copied from the
/// lookup when signing starts, so a later lookup cannot change what is signed.
#[derive(Debug, Clone, PartialEq)]
pub struct SigningFor {
    pub booking: BookingId,
    pub client: Option<String>,
    pub property: Option<String>,
    pub unit: Option<String>,
    pub move_in: Option<String>,
    pub first_payment: Option<String>,
    pub regular_payment: Option<String>,
}

impl SigningFor {
    /// The summary of a lookup's booking; `None` when it has no booking id.
    pub fn from_lookup(r: &LookupResult) -> Option<Self> {
        let view = r.view();
        let booking = view.booking_id()?;
        let quote = r.quotation.as_ref();
        let move_in = view.move_in_date().and_then(|d| d.display());
        let first_payment = view.pro_rata().and_then(|s| {
            let amount = money_text(s.net_amount.as_ref()?)?;
            Some(
                match (
                    s.start_date.as_ref().and_then(|d| d.display()),
                    s.end_date.as_ref().and_then(|d| d.display()),
                ) {
                    (Some(a), Some(b)) => format!("{amount}  ({a} – {b})"),
                    _ => amount,
                },
            )
        });
        let period = quote
            .and_then(|q| q.payment_period.as_ref())
            .and_then(crate::domain::booking::cadence_words);
        let regular_payment = view.billing().and_then(|s| {
            let amount = money_text(s.net_amount.as_ref()?)?;
            Some(match &period {
                Some(p) => format!("{amount}  ({p})"),
                None => amount,
            })
        });
        Some(Self {
            booking,
            client: view.client_name(),
            property: view.property_title(),
            unit: view.unit_label(),
            move_in,
            first_payment,
            regular_payment,
        })
    }
}

/// What the confirmation screen shows after a save: memory only, never
/// written anywhere (what a simple electronic signature should show).
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSignature {
    pub booking: BookingId,
    /// When the signer pressed "Confirm and save".
    pub signed_at: DateTime<Local>,
    /// The id the API gave the stored signature.
    pub reference: String,
}

/// Pointer bookkeeping of the pad between frames.
#[derive(Debug, Default)]
struct PadInput {
    /// A stroke started on the pad and the button is still down.
    drawing: bool,
    /// The touch that egui turns into pointer events (the first finger).
    touch: Option<egui::TouchId>,
    /// That touch's last force, used as pressure for the pointer samples.
    force: Option<f32>,
}

/// What the desk holds about the signer (part of the
/// [`super::customer::CustomerStore`]): memory only, wiped with the customer.
#[derive(Debug, Default)]
pub struct SignatureData {
    pub signing: Option<SigningFor>,
    /// The signature being drawn.
    pub pad: SignaturePad,
    /// When "Confirm and save" was pressed for the upload in flight.
    pub signed_at: Option<DateTime<Local>>,
    /// The last saved signature, for the confirmation screen.
    pub saved: Option<SavedSignature>,
    /// The last upload got no answer: it may be stored (see
    /// [`super::signature_outcome`]).
    pub unknown_outcome: Option<UnknownOutcome>,
    /// The contract shown above the pad: its documents, pages, consent
    /// (issue 21).
    pub contract: ContractState,
    /// The signing receipt of the last saved signature, and its save.
    pub receipt: ReceiptState,
}

/// The Signature panel's own state: the upload in flight, messages, and the
/// pad's pointer bookkeeping and painted ink.
#[derive(Debug, Default)]
pub struct SignatureState {
    /// The upload in flight.
    pub pending: Pending,
    /// Why the drawing was not accepted (a message for the signer).
    pub problem: Option<SignatureProblem>,
    /// Why the last upload failed; the drawing is kept.
    pub error: Option<ApiError>,
    input: PadInput,
    /// The finished strokes as painted (a mesh), kept between frames.
    ink: InkCache,
}

impl SignatureData {
    /// True when there is anything about a customer in this state.
    pub fn holds_customer_data(&self) -> bool {
        self.signing.is_some()
            || self.saved.is_some()
            || !self.pad.is_empty()
            || self.contract.holds_data()
            || self.receipt.receipt.is_some()
    }
}

/// Forgets the booking, the drawing (wiped), the confirmation, and the
/// panel's messages and painted ink with them.
pub fn wipe(state: &mut AppState) {
    state.signature = SignatureState::default();
    state.customer.signature = SignatureData::default();
}

#[derive(Debug)]
pub enum SignatureAction {
    /// Sign for this booking of the current lookup.
    Start(BookingId),
    /// Render the drawing and upload it.
    Confirm,
    /// Leave the confirmation screen.
    Done,
    /// An upload got no answer: ask whether the booking is now signed.
    CheckSaved,
}

/// Carries out a signature action (called by the app).
pub fn apply(action: SignatureAction, state: &mut AppState, settings: &Settings, out: &mut Outbox) {
    match action {
        SignatureAction::Start(booking) => {
            state.panel = Panel::Signature;
            state.kiosk_ui.staff_unlocked = false;
            if state.signature.pending.is_some() {
                // An upload is in flight: let it finish first.
                return;
            }
            let Some(summary) = state
                .customer
                .lookup
                .result
                .as_deref()
                .filter(|r| r.booking_id() == Some(booking))
                .and_then(SigningFor::from_lookup)
            else {
                return;
            };
            let data = &mut state.customer.signature;
            if data.signing.as_ref().map(|s| s.booking) != Some(booking) {
                // A drawing made for another booking must never be sent for this one.
                contract_view::cancel(&mut data.contract, out);
                wipe(state);
            }
            let data = &mut state.customer.signature;
            data.saved = None;
            data.receipt = ReceiptState::default();
            data.signing = Some(summary);
            contract_view::start(&mut data.contract, booking, out);
        }
        SignatureAction::Confirm => {
            let (sig, data) = (&mut state.signature, &mut state.customer.signature);
            let Some(booking) = data.signing.as_ref().map(|s| s.booking) else {
                return;
            };
            if sig.pending.is_some()
                || !data.contract.pad_unlocked()
                || data
                    .unknown_outcome
                    .as_ref()
                    .is_some_and(UnknownOutcome::blocks_sending)
            {
                return;
            }
            data.pad.end_stroke();
            sig.input.drawing = false;
            let opts = RenderOptions {
                width: IMAGE_SIZE[0],
                height: IMAGE_SIZE[1],
                background: if settings.signature_white_background {
                    Background::White
                } else {
                    Background::Transparent
                },
                ..RenderOptions::default()
            };
            match data.pad.render_png(&opts) {
                Ok(image) => {
                    let png_base64 = image.base64();
                    // Kept for the receipt until the save's answer (memory only).
                    data.contract.sent_png =
                        Some(zeroize::Zeroizing::new(image.png_bytes().to_vec()));
                    drop(image);
                    data.signed_at = Some(state.clock.now().with_timezone(&Local));
                    sig.problem = None;
                    sig.error = None;
                    data.unknown_outcome = None;
                    out.request(&mut sig.pending, |req| Command::SaveSignature {
                        req,
                        booking,
                        png_base64,
                    });
                }
                Err(problem) => sig.problem = Some(problem),
            }
        }
        SignatureAction::CheckSaved => {
            let data = &mut state.customer.signature;
            let booking = data.signing.as_ref().map(|s| s.booking);
            if let (Some(booking), Some(UnknownOutcome::Unchecked(_))) =
                (booking, &data.unknown_outcome)
            {
                let req = out.next_id();
                data.unknown_outcome = Some(UnknownOutcome::Checking(req));
                out.send(Command::CheckSigned { req, booking });
            }
        }
        SignatureAction::Done => {
            if state.kiosk {
                // The next customer starts from a clean kiosk.
                super::kiosk::full_reset(state, settings, out);
            } else {
                let data = &mut state.customer.signature;
                data.saved = None;
                data.signing = None;
                data.receipt = ReceiptState::default();
                contract_view::cancel(&mut data.contract, out);
                data.contract = ContractState::default();
                state.panel = Panel::Lookup;
            }
        }
    }
}

/// The worker's answer to an upload (called by the app).
pub fn on_saved(
    state: &mut AppState,
    req: RequestId,
    booking: BookingId,
    result: Result<SaveOutcome, ApiError>,
) {
    let now = state.clock.now().with_timezone(&Local);
    let (sig, data) = (&mut state.signature, &mut state.customer.signature);
    if !sig.pending.settle(req, "signature upload") {
        return;
    }
    match result {
        Ok(outcome) => {
            tracing::info!(%booking, attempts = outcome.attempts, "signature saved");
            mark_saved(state, booking, outcome.activity_id, now);
        }
        Err(e) => {
            // The time of signing is kept while the outcome is open.
            if signature_outcome::may_have_arrived(&e) {
                data.unknown_outcome = Some(UnknownOutcome::Unchecked(None));
            } else {
                data.signed_at = None;
            }
            sig.error = Some(e);
        }
    }
}

/// The worker's answer to "is the booking signed now?" after an upload
/// without an answer (called by the app).
pub fn on_checked(
    state: &mut AppState,
    req: RequestId,
    booking: BookingId,
    result: Result<Option<bool>, ApiError>,
) {
    let now = state.clock.now().with_timezone(&Local);
    let data = &mut state.customer.signature;
    if data.unknown_outcome != Some(UnknownOutcome::Checking(req)) {
        return;
    }
    match result {
        Err(e) => data.unknown_outcome = Some(UnknownOutcome::Unchecked(Some(e))),
        Ok(signed) => match signature_outcome::after_check(signed) {
            None => {
                tracing::info!(%booking, "signature found saved after an unanswered upload");
                // The API gave no reference for it.
                mark_saved(state, booking, String::new(), now);
            }
            open => {
                data.signed_at = None;
                data.unknown_outcome = open;
            }
        },
    }
}

/// The signature is stored: wipe the drawing, show the confirmation.
fn mark_saved(state: &mut AppState, booking: BookingId, reference: String, now: DateTime<Local>) {
    let kiosk = state.kiosk;
    let (sig, data) = (&mut state.signature, &mut state.customer.signature);
    let signed_at = data.signed_at.take().unwrap_or(now);
    // The receipt keeps the titles, hashes and the image sent; the pages go.
    let png = data.contract.sent_png.take().unwrap_or_default();
    data.receipt.receipt = data.signing.as_ref().map(|signing| {
        Box::new(contract_view::receipt_for(
            &data.contract,
            signing,
            png,
            signed_at,
            kiosk,
            &reference,
        ))
    });
    data.contract = ContractState::default();
    // Dropping the pad wipes the samples; nothing of the drawing stays.
    let aspect = data.pad.aspect();
    data.pad = SignaturePad::new(aspect);
    sig.input = PadInput::default();
    data.signing = None;
    sig.problem = None;
    sig.error = None;
    data.unknown_outcome = None;
    data.saved = Some(SavedSignature {
        booking,
        signed_at,
        reference,
    });
    // The lookup card now shows the booking as signed.
    if let Some(q) = state
        .customer
        .lookup
        .result
        .as_mut()
        .and_then(|r| r.quotation.as_mut())
        .filter(|q| q.id.as_deref().and_then(|i| BookingId::parse(i).ok()) == Some(booking))
    {
        q.is_document_signed = Some(true);
    }
}

/// The panel. `kiosk` makes everything larger and hides staff-only hints.
pub fn show(ui: &mut egui::Ui, state: &mut AppState, kiosk: bool, actions: &mut Vec<Action>) {
    if let Some(saved) = &state.customer.signature.saved {
        confirmation(ui, saved, kiosk, actions);
        contract_view::receipt_section(ui, &state.customer.signature.receipt, kiosk, actions);
        return;
    }
    let Some(signing) = state.customer.signature.signing.clone() else {
        no_booking(ui, state, actions);
        return;
    };
    if !kiosk {
        ui.heading(tr("signature"));
    }
    summary(ui, &signing, kiosk);
    ui.add_space(8.0);
    let contract = &mut state.customer.signature.contract;
    let unlocked = contract_view::show(ui, contract, kiosk, actions);
    ui.add_space(4.0);

    let (sig, data) = (&mut state.signature, &mut state.customer.signature);
    let busy = sig.pending.is_some();
    // Room under the pad for the buttons and any message: the pad is never
    // in a scroll area (touch input would scroll it instead of drawing).
    let mut reserve = if kiosk { 90.0 } else { 70.0 };
    if sig.problem.is_some() {
        reserve += 40.0;
    }
    if sig.error.is_some() {
        reserve += 130.0;
    }
    let size = pad_size(ui.available_size(), reserve, kiosk);
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
    ui.horizontal(|ui| {
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
        signature_outcome::show(ui, outcome, sig.error.as_ref(), actions);
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

fn no_booking(ui: &mut egui::Ui, state: &AppState, actions: &mut Vec<Action>) {
    ui.heading(tr("signature"));
    ui.add_space(8.0);
    ui.label(tr("no-booking-is-selected-for-signing"));
    ui.label(tr("look-the-reservation-or-booking-up-first-then"));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if let Some(r) = state.customer.lookup.result.as_deref()
            && let Some(s) = SigningFor::from_lookup(r)
        {
            let who = s.client.clone().unwrap_or_else(|| s.booking.to_string());
            if ui
                .button(trf("take-signature-for-client", &[("client", &who)]))
                .clicked()
            {
                actions.push(Action::Signature(SignatureAction::Start(s.booking)));
            }
        }
        if ui.button(tr("go-to-lookup")).clicked() {
            actions.push(Action::Show(Panel::Lookup));
        }
    });
}

/// The pad's size on screen. Landscape: [`PAD_ASPECT`], as wide as fits.
/// A portrait kiosk: the full width and the height left under the summary
/// (the PNG sent is [`IMAGE_SIZE`] all the same: the export trims the ink
/// and scales it uniformly, whatever the pad's shape).
pub fn pad_size(avail: egui::Vec2, reserve: f32, kiosk: bool) -> egui::Vec2 {
    let max_h = (avail.y - reserve).max(100.0);
    if kiosk && avail.y > avail.x {
        return egui::vec2(avail.x.max(150.0), max_h);
    }
    let width = avail.x.min(max_h * PAD_ASPECT).max(150.0);
    egui::vec2(width, width / PAD_ASPECT)
}

/// Below this width the summary shows one label/value pair per row.
const SUMMARY_TWO_PAIRS_WIDTH: f32 = 1200.0;

fn summary(ui: &mut egui::Ui, s: &SigningFor, kiosk: bool) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Compact rows even with the kiosk's large touch style: the pad
            // gets the room.
            ui.spacing_mut().interact_size.y = 20.0;
            ui.spacing_mut().item_spacing.y = 4.0;
            let name = s.client.as_deref().unwrap_or("");
            if !name.is_empty() {
                ui.label(
                    egui::RichText::new(name)
                        .strong()
                        .size(if kiosk { 24.0 } else { 18.0 }),
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
                    let booking = s.booking.to_string();
                    let pairs = [
                        (tr("unit"), s.unit.as_deref()),
                        (tr("property"), s.property.as_deref()),
                        (tr("move-in"), s.move_in.as_deref()),
                        (tr("booking"), Some(booking.as_str())),
                        (tr("first-payment"), s.first_payment.as_deref()),
                        (tr("regular-payment"), s.regular_payment.as_deref()),
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

fn confirmation(ui: &mut egui::Ui, saved: &SavedSignature, kiosk: bool, actions: &mut Vec<Action>) {
    ui.add_space(if kiosk { 48.0 } else { 16.0 });
    ui.vertical_centered(|ui| {
        let ok = egui::Color32::from_rgb(0x2e, 0x8b, 0x57);
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

/// The pad: paints the drawing and feeds it every pointer event of the frame.
/// Returns true when the drawing changed.
fn pad(
    ui: &mut egui::Ui,
    sig: &mut SignatureState,
    drawing: &mut SignaturePad,
    size: egui::Vec2,
    enabled: bool,
) -> bool {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, enabled, tr(PAD_LABEL)));
    drawing.set_aspect(rect.width() / rect.height());

    let changed = if enabled {
        feed_events(ui, rect, sig, drawing)
    } else {
        sig.input.drawing = false;
        false
    };
    if sig.input.drawing || (response.hovered() && enabled) {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
    }
    paint(ui, rect, drawing, enabled, &mut sig.ink);
    changed
}

fn feed_events(
    ui: &egui::Ui,
    rect: egui::Rect,
    sig: &mut SignatureState,
    pad: &mut SignaturePad,
) -> bool {
    let (events, time) = ui.input(|i| (i.events.clone(), i.time));
    let t_ms = time * 1000.0;
    let layer = ui.layer_id();
    let ctx = ui.ctx().clone();
    // The pad takes a press only when nothing (a dialog, a menu) covers it.
    let uncovered = |pos: egui::Pos2| ctx.layer_id_at(pos).is_none_or(|l| l == layer);
    let input = &mut sig.input;
    let sample = |pos: egui::Pos2, force: Option<f32>| {
        let p = SamplePoint::new(
            (pos.x - rect.left()) / rect.width(),
            (pos.y - rect.top()) / rect.height(),
            t_ms,
        );
        match force {
            Some(f) if f.is_finite() && f > 0.0 => p.with_pressure(f),
            _ => p,
        }
    };
    // Pressure only while a finger (or stylus) drives the pointer.
    let pen_force = |input: &PadInput| input.touch.and(input.force);
    let mut changed = false;
    for event in events {
        match event {
            // egui also turns the first finger into pointer events, right
            // after its touch event: the touch gives the force, the pointer
            // events draw.
            egui::Event::Touch {
                id, phase, force, ..
            } => match phase {
                egui::TouchPhase::Start => {
                    if input.touch.is_none() {
                        input.touch = Some(id);
                        input.force = force;
                    }
                }
                egui::TouchPhase::Move => {
                    if input.touch == Some(id) {
                        input.force = force;
                    }
                }
                egui::TouchPhase::End | egui::TouchPhase::Cancel => {
                    if input.touch == Some(id) {
                        input.touch = None;
                    }
                }
            },
            egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed: true,
                ..
            } if rect.contains(pos) && uncovered(pos) => {
                pad.begin_stroke(sample(pos, pen_force(input)));
                input.drawing = true;
                changed = true;
            }
            egui::Event::PointerMoved(pos) if input.drawing => {
                pad.extend_stroke(sample(pos, pen_force(input)));
                changed = true;
            }
            egui::Event::PointerButton {
                button: egui::PointerButton::Primary,
                pressed: false,
                ..
            }
            | egui::Event::PointerGone
            | egui::Event::WindowFocused(false)
                if input.drawing =>
            {
                pad.end_stroke();
                input.drawing = false;
                input.force = None;
                changed = true;
            }
            _ => {}
        }
    }
    changed
}

fn paint(ui: &egui::Ui, rect: egui::Rect, pad: &SignaturePad, enabled: bool, cache: &mut InkCache) {
    let painter = ui.painter_at(rect);
    // White paper and dark ink whatever the theme: what the signer sees is
    // what the image shows.
    let paper = egui::Color32::WHITE;
    let guide = egui::Color32::from_gray(150);
    painter.rect_filled(rect, 6.0, paper);
    painter.rect_stroke(
        rect,
        6.0,
        egui::Stroke::new(1.5, egui::Color32::from_gray(120)),
        egui::StrokeKind::Inside,
    );
    let h = rect.height();
    let base_y = rect.top() + 0.72 * h;
    let left = rect.left() + 0.05 * rect.width();
    let right = rect.right() - 0.05 * rect.width();
    painter.line_segment(
        [egui::pos2(left, base_y), egui::pos2(right, base_y)],
        egui::Stroke::new(1.5, guide),
    );
    let font = egui::FontId::proportional((0.1 * h).clamp(12.0, 28.0));
    painter.text(
        egui::pos2(left, base_y - 4.0),
        egui::Align2::LEFT_BOTTOM,
        "×",
        font.clone(),
        guide,
    );
    painter.text(
        egui::pos2(left, base_y + 6.0),
        egui::Align2::LEFT_TOP,
        tr("sign-here"),
        font,
        guide,
    );

    paint_ink(ui.ctx(), &painter, rect, pad, cache);
    if !enabled {
        painter.rect_filled(rect, 6.0, egui::Color32::from_white_alpha(60));
    }
}
