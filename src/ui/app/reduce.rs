//! The one place where actions and worker events reach the rooms: each arm
//! hands a room its own parts of the state and carries out what the room's
//! reducer returns (another room's step, a panel to show). Only routing and
//! the app-wide actions (key, demo, language, theme) are written here.

use crate::i18n;
use crate::settings::Settings;
use crate::worker::{Command, Event, PinState};

use super::StoreDeskApp;
use super::staff::staff_title;
use super::state::AppState;
use crate::api::models::Quotation;
use crate::ui::action::{Action, Panel, SignatureAction, WalkinAction};
use crate::ui::context::DemoState;
use crate::ui::hours::state as hours;
use crate::ui::kiosk::state::{self as kiosk, KioskAction, KioskOutcome, KioskTick, PinPurpose};
use crate::ui::lookup::state as lookup;
use crate::ui::quote::insurance::state::{self as insurance, InsuranceFollowUp};
use crate::ui::quote::state as quote;
use crate::ui::quote::walkin::state as walkin;
use crate::ui::requests::Outbox;
use crate::ui::signing::contract::state::{self as contract, FileAccess};
use crate::ui::signing::state::{self as signing, SigningCtx, SigningFor, SigningOutcome};
use crate::ui::tablet::state::{self as tablet, HandOffWatch, TabletFollowUp};
use crate::worker::insurance::InsuranceEvent;

impl StoreDeskApp {
    pub(super) fn on_event(&mut self, event: Event) {
        let st = &mut self.state;
        match event {
            Event::Key(key) => st.key = key,
            Event::KeyStoreError(e) => st.key_store_error = Some(e),
            Event::DemoReady { base_url } => {
                st.demo = DemoState::Running { base_url };
                st.key_store_error = None;
            }
            Event::DemoFailed(message) => st.demo = DemoState::Failed(message),
            Event::Lookup { req, result } => {
                if st.lookup.pending.settle(req, "lookup") {
                    on_lookup(st, result);
                }
            }
            Event::Quote { req, result } => {
                quote::on_quote(&mut st.quote, &mut st.customer.quote, req, result);
            }
            Event::CsvSaved { req, result } => st.quote.on_csv_saved(req, result),
            Event::SignatureSaved {
                req,
                booking,
                result,
            } => {
                let now = (st.clock.now().with_timezone(&chrono::Local), st.surface());
                let (signature, data) = (&mut st.signature, &mut st.customer.signature);
                let outcome = signing::on_saved(signature, data, now, req, (booking, result));
                self.on_signing(outcome);
            }
            Event::SignedChecked {
                req,
                booking,
                result,
            } => {
                let now = (st.clock.now().with_timezone(&chrono::Local), st.surface());
                let (signature, data) = (&mut st.signature, &mut st.customer.signature);
                let outcome = signing::on_checked(signature, data, now, req, (booking, result));
                self.on_signing(outcome);
            }
            e @ (Event::KioskPin { .. }
            | Event::KioskPinRefused(_)
            | Event::KioskPinChecked { .. }) => {
                let outcome = kiosk::on_event(&mut st.kiosk_ui, st.kiosk, &mut self.settings, e);
                self.on_kiosk(outcome);
            }
            Event::Properties { req, result } => st.hours.on_list(req, result),
            Event::Tablet(e) => {
                let watch = hand_off_watch(st);
                for follow in tablet::on_event(&mut st.tablet, &watch, e) {
                    self.follow_up(follow);
                }
            }
            Event::QuoteSheetSaved { req, result } => st.quote.sheet.on_saved(req, result),
            Event::FileOpenFailed(e) => st.quote.sheet.on_open_failed(e),
            Event::Insurance(InsuranceEvent::PropertyOptions { req, result }) => {
                walkin::on_insurance_options(&mut st.customer.walkin, req, result);
            }
            Event::FolderListed { req, result } => {
                crate::ui::save_form::state::on_listed(&mut st.save_form, req, result);
            }
            Event::Printers { req, result } => {
                crate::ui::settings::files::on_printers(&mut st.settings_form.files, req, result);
            }
            Event::Insurance(e) => {
                for follow in insurance::on_event(&mut st.customer.quote.insurance, e) {
                    on_insurance(st, follow, &mut self.outbox);
                }
            }
            Event::Contract(e) => {
                let data = &mut st.customer.signature;
                contract::on_event(&mut data.contract, &mut data.receipt, e);
            }
            Event::Walkin(e) => {
                // An answer can start the next request (lists -> grid -> quotes).
                let today = walkin::today(&st.clock);
                let remembered = self.settings.walkin_property.as_deref();
                let (view, data) = (&mut st.walkin, &mut st.customer.walkin);
                walkin::on_event(view, data, e, remembered, today, &mut self.outbox);
            }
        }
    }

    /// Carries out `action`; on a kiosk with no staff at it, a staff-only
    /// step waits for the PIN instead (parked until it is right).
    pub(super) fn reduce(&mut self, action: Action) {
        let st = &self.state;
        if st.kiosk
            && !st.kiosk_ui.staff_present()
            && let Some(title) = staff_title(&action)
        {
            tracing::info!(
                ?action,
                "a staff-only step on the kiosk: asking for the PIN"
            );
            self.state.parked = Some(action);
            let ask = KioskAction::OpenPinDialog(PinPurpose::Staff { title });
            return self.reduce(Action::Kiosk(ask));
        }
        self.carry_out(action);
    }

    fn carry_out(&mut self, action: Action) {
        let (st, out) = (&mut self.state, &mut self.outbox);
        match action {
            Action::Show(panel) => st.panel = panel,
            Action::FocusLookup => {
                st.panel = Panel::Lookup;
                st.lookup.focus_field = true;
            }
            Action::Lookup(id) => lookup::request(&mut st.lookup, &mut st.customer.lookup, id, out),
            Action::CancelLookup => out.cancel(&mut st.lookup.pending),
            Action::OpenQuote(booking) => {
                st.panel = Panel::Quote;
                quote::open(&mut st.quote, &mut st.customer.quote, booking, out);
            }
            Action::SaveKey { key, session_only } => {
                st.key_store_error = None;
                out.send(Command::SaveKey { key, session_only });
            }
            Action::DeleteKey => out.send(Command::DeleteKey),
            Action::ApplyConnection => {
                st.settings_form.apply_to(&mut self.settings);
                if !matches!(st.demo, DemoState::Running { .. }) {
                    out.send(Command::Configure(self.settings.client_config()));
                }
            }
            Action::StartDemo => {
                st.demo = DemoState::Starting;
                out.send(match &self.shared_demo {
                    Some(base_url) => Command::JoinDemo {
                        base_url: base_url.clone(),
                    },
                    None => Command::StartDemo,
                });
            }
            Action::SetLanguage(language) => {
                self.settings.language = language;
                i18n::set_language(language);
            }
            Action::SetTheme(theme) => self.settings.theme = theme,
            Action::Signature(a) => {
                let ctx = SigningCtx {
                    looked_up: st.customer.lookup.result.as_deref(),
                    now: st.clock.now().with_timezone(&chrono::Local),
                    white_background: self.settings.signature_white_background,
                    surface: st.surface(),
                };
                let data = &mut st.customer.signature;
                let outcome = signing::apply(a, &mut st.signature, data, ctx, out);
                self.on_signing(outcome);
            }
            Action::Kiosk(a) => {
                let kiosk_on = &mut st.kiosk;
                let outcome = kiosk::apply(a, &mut st.kiosk_ui, kiosk_on, &mut self.settings, out);
                self.on_kiosk(outcome);
            }
            Action::ForgetCustomer => {
                st.forget_customer(out);
                st.lookup.focus_field = true;
            }
            Action::Tablet(a) => tablet::apply(a, &mut st.tablet, &mut self.settings, out),
            Action::RefreshProperties => hours::refresh(&mut st.hours, out),
            Action::SaveCsv {
                csv,
                suggested_name,
            } => {
                let dialog = self.dialogs.pick(st.surface());
                quote::save_csv(&mut st.quote, (csv, suggested_name), dialog, out);
            }
            Action::SaveQuoteSheet(sheet) => {
                // The sheet is dated by the app's clock.
                let today = walkin::today(&st.clock);
                let dialog = self.dialogs.pick(st.surface());
                let live = st.quote.customer_files.live();
                quote::save_sheet(&mut st.quote.sheet, sheet, (today, dialog, live), out);
            }
            Action::Insurance(a) => {
                let data = &mut st.customer.quote;
                let quotation = data.quotation.as_deref();
                insurance::apply(a, &mut data.insurance, quotation, out);
            }
            Action::Contract(a) => {
                let printer = Some(self.settings.printer.clone()).filter(|p| !p.is_empty());
                let files = FileAccess {
                    dialog: self.dialogs.pick(st.surface()),
                    opener: self.file_opener.clone(),
                    printing: self.printing.clone(),
                    printer,
                };
                let data = &mut st.customer.signature;
                let parts = (&mut data.contract, &mut data.receipt);
                contract::apply(a, parts, out, files, &self.settings.device_name);
            }
            Action::OpenFile(path) => out.send(Command::OpenFile {
                path,
                opener: self.file_opener.clone(),
            }),
            Action::Room(message) => {
                if let Some(room) = st.room(message.room) {
                    room.apply(message.message, out);
                }
            }
            Action::SaveForm(a) => {
                let chosen_in = crate::ui::save_form::state::apply(a, &mut st.save_form, out);
                if let Some(folder) = chosen_in.filter(|_| !st.kiosk) {
                    self.settings.save_form_folder = folder.display().to_string();
                }
            }
            Action::Files(a) => {
                let printing = self.printing.clone();
                let form = &mut st.settings_form.files;
                crate::ui::settings::files::apply(a, form, &mut self.settings, printing, out);
            }
            Action::Walkin(a) => {
                if a == WalkinAction::ChoiceChanged {
                    let property = &st.walkin.choice.property_id;
                    self.settings.walkin_property =
                        Some(property.clone()).filter(|p| !p.is_empty());
                }
                let today = walkin::today(&st.clock);
                walkin::apply(&mut st.walkin, &mut st.customer.walkin, a, today, out);
            }
        }
    }

    /// What the signature room asked for beyond itself.
    fn on_signing(&mut self, outcome: Option<SigningOutcome>) {
        let st = &mut self.state;
        match outcome {
            None => {}
            Some(SigningOutcome::ShowPad) => {
                st.panel = Panel::Signature;
                st.kiosk_ui.staff_unlocked = false;
            }
            Some(SigningOutcome::ResetKiosk) => full_reset(st, &self.settings, &mut self.outbox),
            Some(SigningOutcome::ShowLookup) => st.panel = Panel::Lookup,
            Some(SigningOutcome::Saved(booking)) => {
                lookup::mark_signed(&mut st.customer.lookup, booking);
            }
        }
    }

    /// What the kiosk asked for beyond itself.
    fn on_kiosk(&mut self, outcome: Option<KioskOutcome>) {
        match outcome {
            None => {}
            Some(KioskOutcome::ShowPad) => self.state.panel = Panel::Signature,
            Some(KioskOutcome::Reset) => {
                full_reset(&mut self.state, &self.settings, &mut self.outbox);
            }
            Some(KioskOutcome::StaffApproved) => {
                if let Some(parked) = self.state.parked.take() {
                    self.carry_out(parked);
                }
            }
        }
        // A PIN dialog closed or replaced drops the step it was asked for.
        if !self.state.kiosk_ui.asks_for_staff() {
            self.state.parked = None;
        }
    }

    /// The kiosk's window mode, close protection and idle timer.
    pub(super) fn kiosk_logic(&mut self, ctx: &egui::Context) {
        let st = &mut self.state;
        let input_time = ctx.input(|i| i.time);
        let steady = st.steady.read(input_time);
        // Events are those of the last shown frame until a new one runs.
        let active = steady.fresh && ctx.input(|i| i.events.iter().any(kiosk::is_activity));
        let tick = KioskTick {
            now: steady.now,
            now_unix: st.clock.now().timestamp(),
            active,
            kiosk_on: st.kiosk,
            customer_data: st.holds_customer_data(),
            uploading: st.signature.pending.is_some(),
        };
        if kiosk::logic(ctx, tick, &mut st.kiosk_ui, &self.settings) {
            tracing::info!("kiosk idle: clearing the screen and all client data");
            self.apply(Action::Kiosk(KioskAction::IdleReset));
            // One more frame, drawn in the kiosk's own language again.
            ctx.request_repaint();
        }
    }

    /// The tablet link: listener on or off, a desk's booking's progress.
    pub(super) fn follow_tablet(&mut self) {
        let watch = hand_off_watch(&self.state);
        let mut follow = Vec::new();
        tablet::sync(&mut self.state.tablet, &self.settings, &watch, &mut follow);
        for action in follow {
            self.follow_up(action);
        }
    }

    fn follow_up(&mut self, follow: TabletFollowUp) {
        let action = match follow {
            TabletFollowUp::Tablet(a) => Action::Tablet(a),
            TabletFollowUp::Lookup(id) => Action::Lookup(id),
            TabletFollowUp::StartSigning(booking) => {
                Action::Signature(SignatureAction::Start(booking))
            }
            // The desk's card says what the tablet reports.
            TabletFollowUp::Signed(booking) => {
                return lookup::mark_signed(&mut self.state.customer.lookup, booking);
            }
        };
        self.apply(action);
    }
}

/// A lookup answered: the quote and hours rooms take what they show of it.
fn on_lookup(
    st: &mut AppState,
    result: Result<Box<crate::worker::LookupResult>, crate::api::ApiError>,
) {
    if let Ok(found) = &result {
        // Keep the Quote panel in step with what was looked up.
        if let Some(quotation) = &found.quotation {
            let (state, data) = (&mut st.quote, &mut st.customer.quote);
            quote::show_quotation(state, data, found.booking_id(), quotation.clone());
        }
        st.hours.note_lookup(found);
    }
    lookup::on_result(&mut st.customer.lookup, result);
}

/// Wipes every client detail and any signature from memory and shows the
/// kiosk's welcome screen: after the idle timeout, and when a customer is done.
fn full_reset(st: &mut AppState, settings: &Settings, out: &mut Outbox) {
    st.forget_customer(out);
    kiosk::reset(&mut st.kiosk_ui, settings);
    st.panel = Panel::Signature;
}

/// What the tablet link follows of the other rooms this frame.
fn hand_off_watch(st: &AppState) -> HandOffWatch {
    let signature = &st.customer.signature;
    let lookup = &st.customer.lookup;
    let kiosk_idle = !signature.holds_customer_data()
        && st.signature.pending.is_none()
        && lookup.result.is_none()
        && st.lookup.pending.is_none()
        && !st.kiosk_ui.staff_unlocked
        && st.kiosk_ui.dialog.is_none();
    HandOffWatch {
        kiosk: st.kiosk,
        panel: Some(st.panel),
        staff_unlocked: st.kiosk_ui.staff_unlocked,
        kiosk_idle,
        looked_up: lookup.result.as_ref().and_then(|r| r.booking_id()),
        lookup_pending: st.lookup.pending.is_some(),
        lookup_failed: lookup.error.is_some(),
        signing: signature.signing.is_some(),
        uploading: st.signature.pending.is_some(),
        saved: signature
            .saved
            .as_ref()
            .map(|saved| (saved.booking, saved.signed_at, saved.reference.clone())),
        manager_pin_set: matches!(st.kiosk_ui.pin, PinState::Set { .. }),
    }
}

/// Carries out what the insurance part asks after a link.
fn on_insurance(st: &mut AppState, follow: InsuranceFollowUp, out: &mut Outbox) {
    match follow {
        InsuranceFollowUp::Quotation(booking, q) => {
            refresh_lookup(st, booking, &q);
            quote::show_quotation(&mut st.quote, &mut st.customer.quote, Some(booking), *q);
        }
        InsuranceFollowUp::BookingChanged(booking) => {
            contract::booking_changed(&mut st.customer.signature.contract, booking, out);
        }
    }
}

/// The booking looked up changed on the server: its card, and the
/// signature's amounts and insurance (the receipt states them), follow.
fn refresh_lookup(st: &mut AppState, booking: crate::api::BookingId, q: &Quotation) {
    let Some(result) = st.customer.lookup.result.as_deref_mut() else {
        return;
    };
    if result.booking_id() != Some(booking) {
        return;
    }
    result.quotation = Some(q.clone());
    let signature = &mut st.customer.signature;
    if signature
        .signing
        .as_ref()
        .is_some_and(|s| s.booking == booking)
    {
        signature.signing = SigningFor::from_lookup(result);
    }
}
