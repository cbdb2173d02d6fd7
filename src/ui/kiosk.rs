//! Kiosk mode: a tablet on which the customer signs.
//!
//! Full screen, large touch targets, fixed zoom, only the signing flow and a
//! language switch. Staff unlock it with the manager PIN (a salted hash in the
//! credential store, checked by the worker) to pick the booking, leave kiosk
//! mode or close the app; closing the window is refused without the PIN. After
//! a while without input the kiosk asks "Are you still there?", then wipes
//! every client detail and any signature from memory.

use std::time::Duration;

use zeroize::Zeroizing;

use crate::domain::idle::{IdlePhase, IdleTimer};
use crate::domain::pin::check_new_pin;
use crate::i18n::{self, Language, Text, tr, tr_dyn, trf};
use crate::settings::Settings;
use crate::worker::{Command, Event, PinCheck, PinState};

use super::app::{Action, AppState, Panel};
use super::contract_view::ContractAction;
use super::requests::{Outbox, Pending};
use super::{lookup_panel, signature_panel, widgets};

/// Accessible name of the PIN field in the kiosk dialog.
pub const PIN_FIELD_LABEL: &str = "manager-pin";
pub const STILL_THERE: &str = "are-you-still-there";
/// The staff screen's button that shows the pad for the looked-up booking.
pub const HAND_OVER_LABEL: &str = "hand-over-for-signing";
/// Why "Hand over for signing" is off while no PIN is set.
pub const NO_PIN_NO_HAND_OVER: &str = "set-a-manager-pin-first-without-one-the";
/// Smallest side of a touch target in kiosk mode (points).
pub const TOUCH_TARGET: f32 = 48.0;
/// Seconds between "Are you still there?" and the reset.
pub const GRACE_SECS: f64 = 30.0;
/// Wrong PINs in a row before the dialog waits (the wait doubles with each
/// lockout; see [`crate::domain::lockout`]).
pub use crate::domain::lockout::MAX_TRIES;
/// The kiosk's fixed zoom.
pub const KIOSK_ZOOM: f32 = 1.0;
/// Limits of the idle delay setting (seconds).
pub const IDLE_SECS_RANGE: (u64, u64) = (30, 1800);

/// What a correct PIN allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinPurpose {
    /// Show the staff screen (pick a booking, leave, close).
    Unlock,
    /// Close the app (the window's close button, Alt+F4).
    Close,
    /// A contract step only staff may take at the customer's screen: sign
    /// on the amounts only, or save / print the receipt (a file dialog
    /// would let anyone browse the tablet's files).
    Contract(StaffStep),
}

/// What staff approve with the PIN at the customer's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffStep {
    AmountsOnly,
    Receipt { print: bool },
}

impl StaffStep {
    /// The contract action staff approved.
    pub fn action(self) -> ContractAction {
        match self {
            StaffStep::AmountsOnly => ContractAction::AmountsOnly,
            StaffStep::Receipt { print } => ContractAction::SaveReceipt { print },
        }
    }
}

/// The PIN dialog of the kiosk.
#[derive(Debug)]
pub struct PinDialog {
    pub purpose: PinPurpose,
    pub input: Zeroizing<String>,
    pub pending: Pending,
    pub message: Option<Text>,
    /// The PIN field's widget id, new for each dialog: egui keeps text
    /// state per id, and nothing typed into an earlier dialog may come back.
    pub field_id: egui::Id,
}

impl PinDialog {
    fn new(purpose: PinPurpose) -> Self {
        static SERIAL: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let serial = SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Self {
            purpose,
            input: Zeroizing::default(),
            pending: Pending::default(),
            message: None,
            field_id: egui::Id::unique(("kiosk_pin_field", serial)),
        }
    }
}

/// The form that sets, changes or removes the PIN (Settings, or the kiosk's
/// staff screen while no PIN is set).
#[derive(Debug, Default)]
pub struct PinForm {
    pub current: Zeroizing<String>,
    pub new: Zeroizing<String>,
    pub confirm: Zeroizing<String>,
    /// Waiting for the worker.
    pub pending: bool,
    /// (message, is an error)
    pub message: Option<(Text, bool)>,
}

impl PinForm {
    fn clear_fields(&mut self) {
        self.current = Zeroizing::default();
        self.new = Zeroizing::default();
        self.confirm = Zeroizing::default();
    }
}

/// Kiosk state (kiosk on or off: the PIN form lives here too).
#[derive(Debug)]
pub struct KioskState {
    pub pin: PinState,
    /// Why the PIN is kept for this session only, when it is.
    pub pin_note: Option<Text>,
    /// Staff entered the PIN: the staff screen is shown.
    pub staff_unlocked: bool,
    pub dialog: Option<PinDialog>,
    pub pin_form: PinForm,
    pub idle: Option<IdleTimer>,
    /// Seconds left before the reset while "Are you still there?" is asked.
    pub warning: Option<f64>,
    /// The language a customer picked on the kiosk; it lasts until the
    /// kiosk resets (the saved setting is not changed).
    pub language: Option<Language>,
    /// The kiosk setting last applied to the window (fullscreen, zoom).
    applied: Option<bool>,
    /// The PIN allowed closing: the next close request goes through.
    allow_close: bool,
    close_now: bool,
    /// egui's time at the start of this frame.
    now: f64,
    /// The app clock at the start of this frame (Unix seconds), for the
    /// lockout that is saved with the settings.
    now_unix: i64,
}

impl Default for KioskState {
    fn default() -> Self {
        Self {
            pin: PinState::Unknown,
            pin_note: None,
            staff_unlocked: false,
            dialog: None,
            pin_form: PinForm::default(),
            idle: None,
            warning: None,
            language: None,
            applied: None,
            allow_close: false,
            close_now: false,
            now: 0.0,
            now_unix: 0,
        }
    }
}

impl KioskState {
    /// No PIN protects the kiosk (so staff functions are open).
    fn unprotected(&self) -> bool {
        self.pin == PinState::NotSet
    }
}

#[derive(Debug)]
pub enum KioskAction {
    OpenPinDialog(PinPurpose),
    /// Check the PIN typed in the dialog.
    VerifyPin,
    CancelPinDialog,
    /// Staff are done: back to the customer screen.
    Lock,
    /// Leave kiosk mode (staff screen only).
    Leave,
    /// Close the app (staff screen only).
    CloseApp,
    /// Start kiosk mode now (from Settings).
    Enter,
    /// Set or change the PIN from the form.
    SavePin,
    RemovePin,
    SetStartInKiosk(bool),
    SetIdleSecs(u64),
    SetWhiteBackground(bool),
    /// The customer's language, until the kiosk resets.
    SetLanguage(Language),
    /// Nobody answered "Are you still there?".
    IdleReset,
    /// Read the PIN from the credential store again (after it could not be read).
    RetryPinLoad,
}

/// Carries out a kiosk action (called by the app).
pub fn apply(action: KioskAction, state: &mut AppState, settings: &mut Settings, out: &mut Outbox) {
    let k = &mut state.kiosk_ui;
    match action {
        KioskAction::OpenPinDialog(purpose) => {
            if k.dialog.as_ref().is_none_or(|d| d.purpose != purpose) {
                k.dialog = Some(PinDialog::new(purpose));
            }
        }
        KioskAction::VerifyPin => {
            let locked = settings.kiosk_pin_lockout.remaining_secs(k.now_unix) > 0;
            let Some(d) = k.dialog.as_mut() else { return };
            if d.pending.is_some() || locked || d.input.is_empty() {
                return;
            }
            let pin = std::mem::take(&mut d.input);
            d.message = None;
            out.request(&mut d.pending, |req| Command::VerifyKioskPin { req, pin });
        }
        KioskAction::CancelPinDialog => k.dialog = None,
        KioskAction::Lock => {
            k.staff_unlocked = false;
            state.panel = Panel::Signature;
        }
        KioskAction::Leave => {
            if k.staff_unlocked || k.unprotected() {
                k.staff_unlocked = false;
                k.dialog = None;
                state.kiosk = false;
                if k.language.take().is_some() {
                    i18n::set_language(settings.language);
                }
            }
        }
        KioskAction::CloseApp => {
            if k.staff_unlocked || k.unprotected() {
                k.allow_close = true;
                k.close_now = true;
            }
        }
        KioskAction::Enter => {
            state.kiosk = true;
            k.staff_unlocked = false;
            k.dialog = None;
            state.panel = Panel::Signature;
        }
        KioskAction::SavePin => {
            let f = &mut k.pin_form;
            if f.pending {
                return;
            }
            match check_new_pin(&f.new, &f.confirm) {
                Err(p) => f.message = Some((Text::plain(p), true)),
                Ok(()) => {
                    let current = matches!(k.pin, PinState::Set { .. })
                        .then(|| std::mem::take(&mut f.current));
                    let new = Some(std::mem::take(&mut f.new));
                    f.clear_fields();
                    f.pending = true;
                    f.message = None;
                    out.send(Command::SetKioskPin { current, new });
                }
            }
        }
        KioskAction::RemovePin => {
            let f = &mut k.pin_form;
            if f.pending {
                return;
            }
            let current = Some(std::mem::take(&mut f.current));
            f.clear_fields();
            f.pending = true;
            f.message = None;
            out.send(Command::SetKioskPin { current, new: None });
        }
        KioskAction::SetStartInKiosk(on) => settings.kiosk_mode = on,
        KioskAction::SetIdleSecs(secs) => {
            settings.kiosk_idle_secs = secs.clamp(IDLE_SECS_RANGE.0, IDLE_SECS_RANGE.1);
        }
        KioskAction::SetWhiteBackground(on) => settings.signature_white_background = on,
        KioskAction::SetLanguage(lang) => {
            k.language = Some(lang);
            i18n::set_language(lang);
        }
        KioskAction::IdleReset => full_reset(state, settings, out),
        KioskAction::RetryPinLoad => {
            k.pin = PinState::Unknown;
            out.send(Command::LoadKioskPin);
        }
    }
}

/// Wipes every client detail and any signature from memory and shows the
/// kiosk's welcome screen: after the idle timeout, and when a customer is done.
pub fn full_reset(state: &mut AppState, settings: &Settings, out: &mut Outbox) {
    state.forget_customer(out);
    let k = &mut state.kiosk_ui;
    k.staff_unlocked = false;
    k.dialog = None;
    k.pin_form.clear_fields();
    k.pin_form.message = None;
    // The next customer starts in the kiosk's own language.
    if k.language.take().is_some() {
        i18n::set_language(settings.language);
    }
    let now = k.now;
    if let Some(t) = k.idle.as_mut() {
        t.activity(now);
    }
    state.panel = Panel::Signature;
}

/// The worker's PIN events (called by the app). `settings` remembers that a
/// PIN was set, so a PIN that vanishes (session only, then a restart) keeps
/// the kiosk locked instead of leaving it open. Returns the contract step
/// staff approved with the PIN, for the app to carry out.
pub fn on_event(state: &mut AppState, settings: &mut Settings, event: Event) -> Option<Action> {
    let k = &mut state.kiosk_ui;
    match event {
        Event::KioskPin {
            state: mut pin,
            mut note,
        } => {
            let was_pending = std::mem::take(&mut k.pin_form.pending);
            match &pin {
                PinState::Set { .. } => settings.kiosk_pin_expected = true,
                PinState::NotSet if was_pending => settings.kiosk_pin_expected = false,
                PinState::NotSet if settings.kiosk_pin_expected => {
                    pin = PinState::Unreadable;
                    note = Some(Text::tr("a-manager-pin-was-set-but-none-can"));
                }
                _ => {}
            }
            if was_pending && k.unprotected() && state.kiosk {
                // Set from the open staff screen: it stays open for the staff.
                k.staff_unlocked = true;
            }
            if was_pending {
                let text = match &pin {
                    PinState::Set { .. } => Text::tr("the-manager-pin-is-set"),
                    _ => Text::tr("the-manager-pin-was-removed"),
                };
                k.pin_form.message = Some((text, false));
            }
            k.pin = pin;
            k.pin_note = note;
        }
        Event::KioskPinRefused(msg) => {
            k.pin_form.pending = false;
            k.pin_form.message = Some((msg, true));
        }
        Event::KioskPinChecked { req, result } => {
            let d = k.dialog.as_mut()?;
            if !d.pending.settle(req, "PIN check") {
                return None;
            }
            match result {
                // A PIN that cannot be found any more does not open the kiosk.
                Ok(PinCheck::NotSet) => {
                    d.message = Some(Text::tr("no-manager-pin-can-be-found-the-kiosk"));
                }
                Ok(PinCheck::Correct) => {
                    let purpose = d.purpose;
                    k.dialog = None;
                    settings.kiosk_pin_lockout.right();
                    match purpose {
                        PinPurpose::Unlock => k.staff_unlocked = true,
                        PinPurpose::Close => {
                            k.allow_close = true;
                            k.close_now = true;
                        }
                        PinPurpose::Contract(step) => {
                            return Some(Action::StaffApproved(step.action()));
                        }
                    }
                }
                Ok(PinCheck::Wrong) => {
                    settings.kiosk_pin_lockout.wrong(k.now_unix);
                    d.message = Some(Text::tr("that-pin-is-not-right"));
                }
                Err(msg) => d.message = Some(msg),
            }
        }
        _ => {}
    }
    None
}

/// Input that shows someone is at the kiosk.
pub fn is_activity(e: &egui::Event) -> bool {
    matches!(
        e,
        egui::Event::PointerMoved(_)
            | egui::Event::PointerButton { .. }
            | egui::Event::Touch { .. }
            | egui::Event::Key { .. }
            | egui::Event::Text(_)
            | egui::Event::MouseWheel { .. }
            | egui::Event::Zoom(_)
    )
}

/// Before every frame, and while the window is hidden, kiosk on or off:
/// window mode, close protection, the idle timer. `now` is the app's steady
/// time; `active` says someone used the window since the last call. Returns
/// true when nobody answered "Are you still there?": the app then resets.
pub fn logic(
    ctx: &egui::Context,
    now: f64,
    active: bool,
    state: &mut AppState,
    settings: &Settings,
) -> bool {
    let now_unix = state.clock.now().timestamp();
    let k = &mut state.kiosk_ui;
    k.now = now;
    k.now_unix = now_unix;
    k.warning = None;
    if k.applied != Some(state.kiosk) {
        // Leaving fullscreen only when kiosk mode was on before.
        if state.kiosk || k.applied.is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(state.kiosk));
        }
        ctx.options_mut(|o| o.zoom_with_keyboard = !state.kiosk);
        if state.kiosk {
            ctx.set_zoom_factor(KIOSK_ZOOM);
        }
        k.applied = Some(state.kiosk);
        k.idle = None;
    }
    if k.close_now {
        k.close_now = false;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    if !state.kiosk {
        return false;
    }
    if ctx.input(|i| i.viewport().close_requested()) && !k.allow_close && !k.unprotected() {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        if k.dialog
            .as_ref()
            .is_none_or(|d| d.purpose != PinPurpose::Close)
        {
            k.dialog = Some(PinDialog::new(PinPurpose::Close));
        }
    }
    let warn_after = settings
        .kiosk_idle_secs
        .clamp(IDLE_SECS_RANGE.0, IDLE_SECS_RANGE.1) as f64;
    idle_timer(ctx, (now, warn_after), active, state)
}

/// Runs the idle timer at `now` with its warning delay; true when it expired.
fn idle_timer(
    ctx: &egui::Context,
    (now, warn_after): (f64, f64),
    active: bool,
    state: &mut AppState,
) -> bool {
    let something_to_wipe = state.holds_customer_data();
    let k = &mut state.kiosk_ui;
    let something_to_wipe = something_to_wipe || k.staff_unlocked || k.dialog.is_some();
    let timer = k
        .idle
        .get_or_insert_with(|| IdleTimer::new(now, warn_after, GRACE_SECS));
    timer.set_warn_after(warn_after);
    // An upload in flight is not idleness: its answer must be shown.
    if active || !something_to_wipe || state.signature.pending.is_some() {
        timer.activity(now);
    }
    match timer.phase(now) {
        IdlePhase::Active => {
            if something_to_wipe {
                ctx.request_repaint_after(Duration::from_secs_f64(timer.next_wakeup(now)));
            }
            false
        }
        IdlePhase::Warning { remaining } => {
            ctx.request_repaint_after(Duration::from_secs_f64(timer.next_wakeup(now)));
            k.warning = Some(remaining);
            false
        }
        IdlePhase::Expired => true,
    }
}

/// Bigger text and at least [`TOUCH_TARGET`]-high controls.
pub fn touch_style(style: &mut egui::Style) {
    use egui::{FontId, TextStyle};
    style.spacing.interact_size = egui::vec2(TOUCH_TARGET, TOUCH_TARGET);
    style.spacing.button_padding = egui::vec2(18.0, 10.0);
    style.spacing.item_spacing = egui::vec2(14.0, 12.0);
    // A finger dragging over text scrolls; it must not start a selection
    // (and text is then no target a customer could aim at by mistake).
    style.interaction.selectable_labels = false;
    style.text_styles = [
        (TextStyle::Heading, FontId::proportional(32.0)),
        (TextStyle::Body, FontId::proportional(20.0)),
        (TextStyle::Button, FontId::proportional(22.0)),
        (TextStyle::Monospace, FontId::monospace(18.0)),
        (TextStyle::Small, FontId::proportional(15.0)),
    ]
    .into();
}

fn big_button(text: impl Into<egui::WidgetText>) -> egui::Button<'static> {
    egui::Button::new(text).min_size(egui::vec2(TOUCH_TARGET * 2.0, TOUCH_TARGET))
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
    state: &mut AppState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    if let Some(remaining) = state.kiosk_ui.warning {
        still_there(ui.ctx(), remaining);
    }
    touch_style(ui.style_mut());
    let staff = state.kiosk_ui.staff_unlocked || state.kiosk_ui.unprotected();
    egui::Panel::top("kiosk_bar").show(ui, |ui| {
        ui.add_space(6.0);
        top_bar(ui, state, settings, staff, actions);
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        if staff {
            staff_screen(ui, state, settings, actions);
        } else if state.customer.signature.signing.is_some()
            || state.customer.signature.saved.is_some()
        {
            signature_panel::show(ui, state, true, actions);
        } else {
            welcome(ui);
        }
    });
    let locked_for = settings
        .kiosk_pin_lockout
        .remaining_secs(state.kiosk_ui.now_unix);
    pin_dialog(ui.ctx(), state, locked_for as f64, actions);
}

/// Below this width (a portrait tablet) the bar takes two rows: the title
/// and the language switch, then the staff buttons.
const TWO_ROW_BAR_WIDTH: f32 = 1000.0;

fn top_bar(
    ui: &mut egui::Ui,
    state: &AppState,
    settings: &Settings,
    staff: bool,
    actions: &mut Vec<Action>,
) {
    let two_rows = staff && ui.available_width() < TWO_ROW_BAR_WIDTH;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("StoreDesk").strong().size(24.0));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if !two_rows {
                staff_buttons(ui, state, staff, actions);
                ui.add_space(24.0);
            }
            language_switch(ui, state, settings, actions);
        });
    });
    if two_rows {
        // One button row high: a bare right-to-left layout would take the
        // whole height left in the window.
        ui.allocate_ui_with_layout(
            egui::vec2(ui.available_width(), TOUCH_TARGET),
            egui::Layout::right_to_left(egui::Align::Center),
            |ui| staff_buttons(ui, state, staff, actions),
        );
    }
}

/// Lock / Close / Leave for staff; "Staff" (asks for the PIN) otherwise.
fn staff_buttons(ui: &mut egui::Ui, state: &AppState, staff: bool, actions: &mut Vec<Action>) {
    if staff {
        if !state.kiosk_ui.unprotected() && ui.add(big_button(tr("lock"))).clicked() {
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
    state: &AppState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    let current = state.kiosk_ui.language.unwrap_or(settings.language);
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
    state: &mut AppState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    let k = &mut state.kiosk_ui;
    // PIN set-up and notes beside the lookup, so the booking stays in view;
    // above it on a portrait tablet, where a side panel leaves no room.
    if k.unprotected() || k.pin_note.is_some() {
        if ui.available_width() < STAFF_SIDE_MIN_WINDOW {
            egui::ScrollArea::vertical()
                .id_salt("kiosk_staff_notes")
                .max_height(ui.available_height() * 0.45)
                .show(ui, |ui| pin_notes(ui, k, actions));
            ui.separator();
        } else {
            egui::Panel::right("kiosk_staff_side")
                .resizable(false)
                .exact_size(STAFF_SIDE_WIDTH)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| pin_notes(ui, k, actions));
                });
        }
    }
    ui.label(tr("staff-screen-look-the-booking-up-then-hand"));
    if let Some(s) = state
        .customer
        .lookup
        .result
        .as_deref()
        .and_then(signature_panel::SigningFor::from_lookup)
    {
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let who = [s.client.as_deref(), s.unit.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" – ");
                    ui.label(trf("ready-to-sign-who", &[("who", &who)]));
                    // Without a PIN the customer would get this staff screen
                    // back (other bookings, leaving the kiosk): no hand-over.
                    let protected = !k.unprotected();
                    if ui
                        .add_enabled(protected, big_button(tr(HAND_OVER_LABEL)))
                        .clicked()
                    {
                        actions.push(Action::Signature(signature_panel::SignatureAction::Start(
                            s.booking,
                        )));
                    }
                    if !protected {
                        ui.colored_label(ui.visuals().warn_fg_color, tr(NO_PIN_NO_HAND_OVER));
                    }
                });
            });
    }
    super::tablet_views::kiosk_staff_section(ui, state, settings, actions);
    ui.add_space(8.0);
    lookup_panel::show(ui, state, actions);
}

/// Width of the staff screen's PIN side panel, and the narrowest window
/// that has room for it beside the lookup.
const STAFF_SIDE_WIDTH: f32 = 400.0;
const STAFF_SIDE_MIN_WINDOW: f32 = 1000.0;

/// "No PIN" warning with the form to set one, and any note on the PIN.
fn pin_notes(ui: &mut egui::Ui, k: &mut KioskState, actions: &mut Vec<Action>) {
    if k.unprotected() {
        widgets::message_box(
            ui,
            tr("no-manager-pin-is-set-anyone-can-leave"),
            Some(tr("set-a-pin-now-before-the-customer-uses")),
            false,
        );
        pin_form(ui, k, actions);
        ui.add_space(12.0);
    }
    if let Some(note) = &k.pin_note {
        widgets::message_box(ui, &note.to_string(), None, false);
    }
}

/// `locked_for`: seconds before a PIN is checked again (wrong PINs).
fn pin_dialog(
    ctx: &egui::Context,
    state: &mut AppState,
    locked_for: f64,
    actions: &mut Vec<Action>,
) {
    let k = &mut state.kiosk_ui;
    let (pin, note) = (k.pin.clone(), k.pin_note.clone());
    let Some(d) = k.dialog.as_mut() else { return };
    let response = egui::Modal::new(egui::Id::unique("kiosk_pin")).show(ctx, |ui| {
        touch_style(ui.style_mut());
        ui.set_width(420.0);
        ui.heading(match d.purpose {
            PinPurpose::Unlock => tr("staff-access"),
            PinPurpose::Close => tr("close-storedesk"),
            PinPurpose::Contract(StaffStep::AmountsOnly) => tr("staff-sign-on-the-amounts-only"),
            PinPurpose::Contract(StaffStep::Receipt { print: false }) => {
                tr("staff-save-the-receipt")
            }
            PinPurpose::Contract(StaffStep::Receipt { print: true }) => {
                tr("staff-print-the-receipt")
            }
        });
        ui.label(tr("enter-the-manager-pin"));
        ui.add_space(6.0);
        let busy = d.pending.is_some() || locked_for > 0.0;
        let mut submit = false;
        ui.horizontal(|ui| {
            let l = ui.label(tr(PIN_FIELD_LABEL));
            let field = ui
                .add_enabled_ui(!busy, |ui| {
                    widgets::secret_text_edit(
                        ui,
                        egui::TextEdit::singleline(&mut *d.input)
                            .id(d.field_id)
                            .password(true)
                            .desired_width(180.0)
                            .min_size(egui::vec2(0.0, TOUCH_TARGET)),
                    )
                })
                .inner
                .labelled_by(l.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                submit = true;
            }
        });
        // On-screen keypad: a tablet has no keyboard.
        let key = egui::vec2(96.0, 56.0);
        egui::Grid::new("pin_keypad")
            .spacing([10.0, 10.0])
            .show(ui, |ui| {
                for row in [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]] {
                    for digit in row {
                        if ui
                            .add_enabled(!busy, egui::Button::new(digit).min_size(key))
                            .clicked()
                            && d.input.len() < 32
                        {
                            d.input.push_str(digit);
                        }
                    }
                    ui.end_row();
                }
                if ui
                    .add_enabled(!busy, egui::Button::new(tr("delete")).min_size(key))
                    .clicked()
                {
                    d.input.pop();
                }
                if ui
                    .add_enabled(!busy, egui::Button::new("0").min_size(key))
                    .clicked()
                    && d.input.len() < 32
                {
                    d.input.push('0');
                }
                if ui
                    .add_enabled(
                        !busy && !d.input.is_empty(),
                        egui::Button::new(tr("ok")).min_size(key),
                    )
                    .clicked()
                {
                    submit = true;
                }
                ui.end_row();
            });
        if submit {
            actions.push(Action::Kiosk(KioskAction::VerifyPin));
        }
        if d.pending.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("checking"));
            });
        }
        if locked_for > 0.0 {
            ui.ctx()
                .request_repaint_after(Duration::from_secs_f64(locked_for.min(1.0)));
            ui.colored_label(
                ui.visuals().warn_fg_color,
                trf(
                    "too-many-wrong-pins-try-again-in-seconds",
                    &[("seconds", &(locked_for.ceil() as u64))],
                ),
            );
        } else if let Some(m) = &d.message {
            ui.colored_label(ui.visuals().error_fg_color, m.to_string());
        }
        if pin == PinState::Unreadable {
            unreadable_note(ui, note.as_ref(), actions);
        }
        ui.add_space(8.0);
        if ui.add(big_button(tr("cancel"))).clicked() {
            actions.push(Action::Kiosk(KioskAction::CancelPinDialog));
        }
    });
    if response.should_close() && d.pending.is_none() {
        actions.push(Action::Kiosk(KioskAction::CancelPinDialog));
    }
}

/// Why the PIN cannot be read, and a button to read it again.
fn unreadable_note(ui: &mut egui::Ui, note: Option<&Text>, actions: &mut Vec<Action>) {
    let message = note.map_or_else(
        || tr("the-manager-pin-cannot-be-read-the-kiosk").to_owned(),
        |n| n.to_string(),
    );
    widgets::message_box(ui, &message, None, true);
    if ui.add(big_button(tr("try-again"))).clicked() {
        actions.push(Action::Kiosk(KioskAction::RetryPinLoad));
    }
}

/// Set, change or remove the manager PIN.
fn pin_form(ui: &mut egui::Ui, k: &mut KioskState, actions: &mut Vec<Action>) {
    let is_set = matches!(k.pin, PinState::Set { .. });
    let f = &mut k.pin_form;
    if is_set {
        widgets::labelled_password_field(ui, tr("current-pin"), &mut f.current);
    }
    widgets::labelled_password_field(ui, tr("new-pin"), &mut f.new);
    widgets::labelled_password_field(ui, tr("new-pin-again"), &mut f.confirm);
    ui.horizontal(|ui| {
        let ready = !f.pending && !f.new.is_empty() && !f.confirm.is_empty();
        let label = if is_set {
            tr("change-pin")
        } else {
            tr("set-pin")
        };
        if ui.add_enabled(ready, egui::Button::new(label)).clicked() {
            actions.push(Action::Kiosk(KioskAction::SavePin));
        }
        // A PIN that cannot be read can be forgotten without it (Settings is
        // outside kiosk mode: the computer's account is the protection).
        let unreadable = k.pin == PinState::Unreadable;
        if (is_set || unreadable)
            && ui
                .add_enabled(
                    !f.pending && (unreadable || !f.current.is_empty()),
                    egui::Button::new(tr("remove-pin")),
                )
                .clicked()
        {
            actions.push(Action::Kiosk(KioskAction::RemovePin));
        }
        if f.pending {
            ui.spinner();
        }
    });
    if let Some((m, is_error)) = &f.message {
        let color = if *is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        };
        ui.colored_label(color, m.to_string());
    }
}

/// The "Kiosk and signature" section of Settings.
pub fn settings_section(
    ui: &mut egui::Ui,
    state: &mut AppState,
    settings: &Settings,
    actions: &mut Vec<Action>,
) {
    widgets::section_heading(ui, tr("kiosk-and-signature"));
    let mut start = settings.kiosk_mode;
    if ui
        .checkbox(&mut start, tr("start-in-kiosk-mode-also-storedesk-kiosk"))
        .changed()
    {
        actions.push(Action::Kiosk(KioskAction::SetStartInKiosk(start)));
    }
    ui.horizontal(|ui| {
        let l = ui.label(tr("seconds-without-a-touch-before-are-you-still"));
        let mut secs = settings.kiosk_idle_secs;
        if ui
            .add(egui::DragValue::new(&mut secs).range(IDLE_SECS_RANGE.0..=IDLE_SECS_RANGE.1))
            .labelled_by(l.id)
            .changed()
        {
            actions.push(Action::Kiosk(KioskAction::SetIdleSecs(secs)));
        }
    });
    let mut white = settings.signature_white_background;
    if ui
        .checkbox(
            &mut white,
            tr("signature-images-on-a-white-background-otherwise-transparent"),
        )
        .changed()
    {
        actions.push(Action::Kiosk(KioskAction::SetWhiteBackground(white)));
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr("manager-pin")).strong());
    let k = &mut state.kiosk_ui;
    match &k.pin {
        PinState::Unknown => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("reading-the-credential-store"));
            });
        }
        PinState::NotSet => {
            ui.label(tr("no-pin-is-set-the-pin-protects-leaving"));
        }
        PinState::Set { store, .. } => {
            ui.label(trf(
                "a-pin-is-set-kept-in-store",
                &[("store", &tr_dyn(store))],
            ));
        }
        PinState::Unreadable => unreadable_note(ui, k.pin_note.as_ref(), actions),
    }
    if let Some(note) = k
        .pin_note
        .as_ref()
        .filter(|_| k.pin != PinState::Unreadable)
    {
        widgets::message_box(ui, &note.to_string(), None, false);
    }
    pin_form(ui, k, actions);
    ui.add_space(6.0);
    if ui.button(tr("start-kiosk-mode-now")).clicked() {
        actions.push(Action::Kiosk(KioskAction::Enter));
    }
}
