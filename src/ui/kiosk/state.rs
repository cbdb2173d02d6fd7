//! The kiosk's state and everything that changes it: the PIN dialog and
//! form, staff unlock, the window's mode and close protection, the idle
//! timer ("Are you still there?", then the wipe). Draws nothing; the views
//! are `view.rs`, `pin.rs` and `settings.rs` beside it.
//!
//! Kiosk mode: a tablet on which the customer signs. Full screen, large touch
//! targets, fixed zoom, only the signing flow and a language switch. Staff
//! unlock it with the manager PIN (a salted hash in the credential store,
//! checked by the worker) to pick the booking, leave kiosk mode or close the
//! app; closing the window is refused without the PIN.

use std::time::Duration;

use zeroize::Zeroizing;

use crate::domain::idle::{IdlePhase, IdleTimer};
use crate::domain::pin::check_new_pin;
use crate::i18n::{self, Language, Text};
use crate::settings::Settings;
use crate::worker::{Command, Event, PinCheck, PinState};

use crate::ui::context::Notice;
use crate::ui::requests::{Outbox, Pending};

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
    /// A step only staff may take, asked for at the customer's screen; the
    /// app keeps the step parked until the PIN is right (`ui/app/staff.rs`).
    /// `title`: what the dialog says it is for, already in words.
    Staff { title: &'static str },
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
    pub message: Option<Notice>,
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
    pub(super) now_unix: i64,
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
    pub fn unprotected(&self) -> bool {
        self.pin == PinState::NotSet
    }

    /// Staff may act now without being asked for the PIN: the staff screen
    /// is open, or no PIN protects the kiosk.
    pub fn staff_present(&self) -> bool {
        self.staff_unlocked || self.unprotected()
    }

    /// The PIN dialog is open for a parked staff step.
    pub fn asks_for_staff(&self) -> bool {
        self.dialog
            .as_ref()
            .is_some_and(|d| matches!(d.purpose, PinPurpose::Staff { .. }))
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

/// What a kiosk action or event asks of the rest of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskOutcome {
    /// Show the customer's screen (the Signature panel).
    ShowPad,
    /// Forget the customer and show the kiosk's welcome (see [`reset`]).
    Reset,
    /// The PIN was right for a parked staff step: carry it out.
    StaffApproved,
}

/// Carries out a kiosk action (called by the app). `kiosk_on` is whether
/// the app is in kiosk mode (entering and leaving change it).
pub fn apply(
    action: KioskAction,
    kiosk: &mut KioskState,
    kiosk_on: &mut bool,
    settings: &mut Settings,
    out: &mut Outbox,
) -> Option<KioskOutcome> {
    match action {
        KioskAction::OpenPinDialog(purpose) => {
            if kiosk.dialog.as_ref().is_none_or(|d| d.purpose != purpose) {
                kiosk.dialog = Some(PinDialog::new(purpose));
            }
        }
        KioskAction::VerifyPin => verify_pin(kiosk, settings, out),
        KioskAction::CancelPinDialog => kiosk.dialog = None,
        KioskAction::Lock => {
            kiosk.staff_unlocked = false;
            return Some(KioskOutcome::ShowPad);
        }
        KioskAction::Leave => {
            if kiosk.staff_unlocked || kiosk.unprotected() {
                kiosk.staff_unlocked = false;
                kiosk.dialog = None;
                *kiosk_on = false;
                if kiosk.language.take().is_some() {
                    i18n::set_language(settings.language);
                }
            }
        }
        KioskAction::CloseApp => {
            if kiosk.staff_unlocked || kiosk.unprotected() {
                kiosk.allow_close = true;
                kiosk.close_now = true;
            }
        }
        KioskAction::Enter => {
            *kiosk_on = true;
            kiosk.staff_unlocked = false;
            kiosk.dialog = None;
            return Some(KioskOutcome::ShowPad);
        }
        KioskAction::SavePin => save_pin(kiosk, out),
        KioskAction::RemovePin => {
            let form = &mut kiosk.pin_form;
            if form.pending {
                return None;
            }
            let current = Some(std::mem::take(&mut form.current));
            form.clear_fields();
            form.pending = true;
            form.message = None;
            out.send(Command::SetKioskPin { current, new: None });
        }
        KioskAction::IdleReset => return Some(KioskOutcome::Reset),
        other => apply_setting(other, kiosk, settings, out),
    }
    None
}

/// Sends the PIN typed in the dialog to be checked (not while locked out).
fn verify_pin(kiosk: &mut KioskState, settings: &Settings, out: &mut Outbox) {
    let locked = settings.kiosk_pin_lockout.remaining_secs(kiosk.now_unix) > 0;
    let Some(dialog) = kiosk.dialog.as_mut() else {
        return;
    };
    if dialog.pending.is_some() || locked || dialog.input.is_empty() {
        return;
    }
    let pin = std::mem::take(&mut dialog.input);
    dialog.message = None;
    out.request(&mut dialog.pending, |req| Command::VerifyKioskPin {
        req,
        pin,
    });
}

/// Sets or changes the PIN from the form.
fn save_pin(kiosk: &mut KioskState, out: &mut Outbox) {
    let form = &mut kiosk.pin_form;
    if form.pending {
        return;
    }
    match check_new_pin(&form.new, &form.confirm) {
        Err(problem) => form.message = Some(Notice::error(Text::plain(problem))),
        Ok(()) => {
            let current = matches!(kiosk.pin, PinState::Set { .. })
                .then(|| std::mem::take(&mut form.current));
            let new = Some(std::mem::take(&mut form.new));
            form.clear_fields();
            form.pending = true;
            form.message = None;
            out.send(Command::SetKioskPin { current, new });
        }
    }
}

/// The kiosk's settings, the customer's language and a new read of the PIN.
fn apply_setting(
    action: KioskAction,
    kiosk: &mut KioskState,
    settings: &mut Settings,
    out: &mut Outbox,
) {
    match action {
        KioskAction::SetStartInKiosk(on) => settings.kiosk_mode = on,
        KioskAction::SetIdleSecs(secs) => {
            settings.kiosk_idle_secs = secs.clamp(IDLE_SECS_RANGE.0, IDLE_SECS_RANGE.1);
        }
        KioskAction::SetWhiteBackground(on) => settings.signature_white_background = on,
        KioskAction::SetLanguage(lang) => {
            kiosk.language = Some(lang);
            i18n::set_language(lang);
        }
        KioskAction::RetryPinLoad => {
            kiosk.pin = PinState::Unknown;
            out.send(Command::LoadKioskPin);
        }
        _ => {}
    }
}

/// The kiosk's part of a full reset (the app forgets the customer and
/// shows the welcome screen): staff locked out, no dialog, the PIN form
/// empty, the kiosk's own language again, the idle timer restarted.
pub fn reset(kiosk: &mut KioskState, settings: &Settings) {
    kiosk.staff_unlocked = false;
    kiosk.dialog = None;
    kiosk.pin_form.clear_fields();
    kiosk.pin_form.message = None;
    // The next customer starts in the kiosk's own language.
    if kiosk.language.take().is_some() {
        i18n::set_language(settings.language);
    }
    let now = kiosk.now;
    if let Some(timer) = kiosk.idle.as_mut() {
        timer.activity(now);
    }
}

/// The worker's PIN events (called by the app). `settings` remembers that a
/// PIN was set, so a PIN that vanishes (session only, then a restart) keeps
/// the kiosk locked instead of leaving it open. Says when the PIN was right
/// for a parked staff step, for the app to carry it out.
pub fn on_event(
    kiosk: &mut KioskState,
    kiosk_on: bool,
    settings: &mut Settings,
    event: Event,
) -> Option<KioskOutcome> {
    match event {
        Event::KioskPin { state: pin, note } => {
            on_pin_state(kiosk, kiosk_on, settings, pin, note);
        }
        Event::KioskPinRefused(message) => {
            kiosk.pin_form.pending = false;
            kiosk.pin_form.message = Some(Notice::error(message));
        }
        Event::KioskPinChecked { req, result } => {
            let dialog = kiosk.dialog.as_mut()?;
            if !dialog.pending.settle(req, "PIN check") {
                return None;
            }
            match result {
                // A PIN that cannot be found any more does not open the kiosk.
                Ok(PinCheck::NotSet) => {
                    dialog.message = Some(Text::tr("no-manager-pin-can-be-found-the-kiosk"));
                }
                Ok(PinCheck::Correct) => {
                    let purpose = dialog.purpose;
                    kiosk.dialog = None;
                    settings.kiosk_pin_lockout.right();
                    match purpose {
                        PinPurpose::Unlock => kiosk.staff_unlocked = true,
                        PinPurpose::Close => {
                            kiosk.allow_close = true;
                            kiosk.close_now = true;
                        }
                        PinPurpose::Staff { .. } => return Some(KioskOutcome::StaffApproved),
                    }
                }
                Ok(PinCheck::Wrong) => {
                    settings.kiosk_pin_lockout.wrong(kiosk.now_unix);
                    dialog.message = Some(Text::tr("that-pin-is-not-right"));
                }
                Err(message) => dialog.message = Some(message),
            }
        }
        _ => {}
    }
    None
}

/// The PIN's state as read (or just set) by the worker.
fn on_pin_state(
    kiosk: &mut KioskState,
    kiosk_on: bool,
    settings: &mut Settings,
    mut pin: PinState,
    mut note: Option<Text>,
) {
    let was_pending = std::mem::take(&mut kiosk.pin_form.pending);
    match &pin {
        PinState::Set { .. } => settings.kiosk_pin_expected = true,
        PinState::NotSet if was_pending => settings.kiosk_pin_expected = false,
        PinState::NotSet if settings.kiosk_pin_expected => {
            pin = PinState::Unreadable;
            note = Some(Text::tr("a-manager-pin-was-set-but-none-can"));
        }
        _ => {}
    }
    if was_pending && kiosk.unprotected() && kiosk_on {
        // Set from the open staff screen: it stays open for the staff.
        kiosk.staff_unlocked = true;
    }
    if was_pending {
        let text = match &pin {
            PinState::Set { .. } => Text::tr("the-manager-pin-is-set"),
            _ => Text::tr("the-manager-pin-was-removed"),
        };
        kiosk.pin_form.message = Some(Notice::info(text));
    }
    kiosk.pin = pin;
    kiosk.pin_note = note;
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

/// What the kiosk's per-frame logic reads of the rest of the app.
#[derive(Debug, Clone, Copy)]
pub struct KioskTick {
    /// The app's steady time (seconds).
    pub now: f64,
    /// The app's clock (Unix seconds), for the PIN lockout.
    pub now_unix: i64,
    /// Someone used the window since the last call.
    pub active: bool,
    /// The app is in kiosk mode.
    pub kiosk_on: bool,
    /// Anything about a customer is held (what the idle wipe would clear).
    pub customer_data: bool,
    /// A signature's upload is on its way: its answer must be shown.
    pub uploading: bool,
}

/// Before every frame, and while the window is hidden, kiosk on or off:
/// window mode, close protection, the idle timer. Returns true when nobody
/// answered "Are you still there?": the app then resets.
pub fn logic(
    ctx: &egui::Context,
    tick: KioskTick,
    kiosk: &mut KioskState,
    settings: &Settings,
) -> bool {
    kiosk.now = tick.now;
    kiosk.now_unix = tick.now_unix;
    kiosk.warning = None;
    let kiosk_on = tick.kiosk_on;
    if kiosk.applied != Some(kiosk_on) {
        // Leaving fullscreen only when kiosk mode was on before.
        if kiosk_on || kiosk.applied.is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(kiosk_on));
        }
        ctx.options_mut(|o| o.zoom_with_keyboard = !kiosk_on);
        if kiosk_on {
            ctx.set_zoom_factor(KIOSK_ZOOM);
        }
        kiosk.applied = Some(kiosk_on);
        kiosk.idle = None;
    }
    if kiosk.close_now {
        kiosk.close_now = false;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    if !kiosk_on {
        return false;
    }
    if ctx.input(|i| i.viewport().close_requested()) && !kiosk.allow_close && !kiosk.unprotected() {
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        if kiosk
            .dialog
            .as_ref()
            .is_none_or(|d| d.purpose != PinPurpose::Close)
        {
            kiosk.dialog = Some(PinDialog::new(PinPurpose::Close));
        }
    }
    let warn_after = settings
        .kiosk_idle_secs
        .clamp(IDLE_SECS_RANGE.0, IDLE_SECS_RANGE.1) as f64;
    idle_timer(ctx, &tick, warn_after, kiosk)
}

/// Runs the idle timer with its warning delay; true when it expired.
fn idle_timer(
    ctx: &egui::Context,
    tick: &KioskTick,
    warn_after: f64,
    kiosk: &mut KioskState,
) -> bool {
    let now = tick.now;
    let something_to_wipe = tick.customer_data || kiosk.staff_unlocked || kiosk.dialog.is_some();
    let timer = kiosk
        .idle
        .get_or_insert_with(|| IdleTimer::new(now, warn_after, GRACE_SECS));
    timer.set_warn_after(warn_after);
    // An upload in flight is not idleness: its answer must be shown.
    if tick.active || !something_to_wipe || tick.uploading {
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
            kiosk.warning = Some(remaining);
            false
        }
        IdlePhase::Expired => true,
    }
}
