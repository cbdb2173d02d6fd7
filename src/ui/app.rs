//! The app: persisted settings, runtime state, and the one place where panel
//! actions become worker commands and worker events become state.

use std::sync::Arc;

use crate::api::{ApiError, ApiKey, BookingId, ReservationId};
use crate::i18n::{self, Text, tr};
use crate::secrets::{SecretError, SecretStore};
use crate::settings::{Settings, ThemeChoice};
use crate::worker::sheet::{FileOpener, SystemOpener};
use crate::worker::{
    self, Command, Event, KeyState, LookupResult, PinState, SaveDialog, SystemSaveDialog,
    WorkerHandle,
};

use super::clock::{Clock, SteadyClock};
use super::customer::CustomerStore;
use super::hours_panel::{self, HoursState};
use super::kiosk::{self, KioskAction};
use super::probe::FrameProbe;
pub use super::quote_panel::QuoteState;
use super::requests::{Outbox, Pending};
use super::signature_panel::{self, SignatureAction};
use super::tablet_link::{self, TabletAction};
use super::walkin_state::{self, WalkinAction, WalkinState};
use super::{lookup_panel, nav, quote_panel, settings_panel, status_bar, welcome};

/// The navigation's destinations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Lookup,
    Quote,
    Signature,
    Hours,
    Settings,
}

impl Panel {
    pub const ALL: [Panel; 5] = [
        Panel::Lookup,
        Panel::Quote,
        Panel::Signature,
        Panel::Hours,
        Panel::Settings,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Panel::Lookup => tr("lookup"),
            Panel::Quote => tr("quote-comparison"),
            Panel::Signature => tr("signature"),
            Panel::Hours => tr("property-hours"),
            Panel::Settings => tr("settings"),
        }
    }
}

/// What panels ask for; the app turns these into worker commands.
#[derive(Debug)]
pub enum Action {
    Show(Panel),
    /// Lookup panel with the id field focused and its text selected away.
    FocusLookup,
    Lookup(ReservationId),
    CancelLookup,
    /// Open the current lookup's booking in Quote comparison.
    OpenQuote(BookingId),
    SaveKey {
        key: ApiKey,
        session_only: bool,
    },
    DeleteKey,
    /// Connection settings changed: rebuild the client.
    ApplyConnection,
    StartDemo,
    SetLanguage(i18n::Language),
    SetTheme(ThemeChoice),
    Signature(SignatureAction),
    Kiosk(KioskAction),
    /// Wipe every customer detail from memory (lookups, quotes, signature).
    ForgetCustomer,
    /// Ask the server for its property list (Hours panel).
    RefreshProperties,
    /// Ask where to save the quote comparison as CSV, then write it there.
    SaveCsv {
        csv: String,
        suggested_name: String,
    },
    /// Pairing with and sending to a signing tablet.
    Tablet(TabletAction),
    /// Walk-in quotes (issue 14).
    Walkin(WalkinAction),
    /// Make the quote sheet's PDF and ask where to save it.
    SaveQuoteSheet(Box<crate::quote_sheet::SheetRequest>),
    /// Open a saved file in the system's viewer.
    OpenFile(std::path::PathBuf),
    /// The contract shown before signing, and the signing receipt (issue 21).
    Contract(super::contract_view::ContractAction),
    /// A contract step staff approved with the kiosk's PIN (only the PIN
    /// check emits it; on a kiosk, `Contract` alone is refused for these).
    StaffApproved(super::contract_view::ContractAction),
}

/// Command-line choices for this run.
#[derive(Debug, Clone, Default)]
pub struct Startup {
    pub demo: bool,
    pub kiosk: bool,
    /// Not in kiosk mode this time, whatever the setting says (`--no-kiosk`:
    /// the way back when the kiosk's PIN cannot be read).
    pub no_kiosk: bool,
    pub base_url_override: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DemoState {
    Off,
    Starting,
    Running { base_url: String },
    Failed(Text),
}

/// A past lookup of this session (memory only).
#[derive(Debug, Clone, PartialEq)]
pub struct RecentLookup {
    pub id: String,
    pub label: String,
}

/// The Lookup panel's own state (what it knows of the customer is in
/// [`CustomerStore::lookup`]).
#[derive(Debug, Default)]
pub struct LookupState {
    pub pending: Pending,
    /// Set when Enter should also move focus back to the field.
    pub focus_field: bool,
}

/// Runtime state: never persisted.
pub struct AppState {
    pub panel: Panel,
    pub key: KeyState,
    pub key_store_error: Option<SecretError>,
    pub demo: DemoState,
    pub kiosk: bool,
    pub settings_warning: Option<Text>,
    /// Everything about the customer at the desk, apart from widget state.
    pub customer: CustomerStore,
    pub lookup: LookupState,
    pub quote: QuoteState,
    pub signature: signature_panel::SignatureState,
    pub kiosk_ui: kiosk::KioskState,
    pub hours: HoursState,
    /// Where "now" comes from (fixed in tests).
    pub clock: Clock,
    /// Seconds for timers (the kiosk's idle wipe); runs on while the window
    /// is hidden (set by hand in tests).
    pub steady: SteadyClock,
    /// The Settings panel's unsaved edits.
    pub settings_form: settings_panel::SettingsForm,
    /// Pairings and hand-offs with signing tablets.
    pub tablet: tablet_link::TabletUi,
    /// "New quote (walk-in)" in Quote comparison.
    pub walkin: WalkinState,
}

pub struct StoreDeskApp {
    pub settings: Settings,
    pub state: AppState,
    /// Frames run by eframe (`probe.frames`), and the measurement hooks.
    pub probe: FrameProbe,
    worker: WorkerHandle,
    /// Commands the last action queued; sent right after it.
    outbox: Outbox,
    /// What the last `ui` pass asked for; the next `logic` applies it.
    actions: Vec<Action>,
    applied_theme: Option<ThemeChoice>,
    /// `input.time` of the last frame with input events (cursor blink).
    last_input_time: f64,
    /// Where "Save as CSV…" asks for a file (a fake in tests).
    save_dialog: Arc<dyn SaveDialog>,
    /// What "Open" starts for a saved sheet (a fake in tests).
    file_opener: Arc<dyn FileOpener>,
}

/// The text cursor blinks this long after the last input, then stays on:
/// an idle window then needs no repaint at all (and blinking stops within
/// WCAG 2.2.2's five seconds, as GTK's cursor-blink-timeout does).
pub const CURSOR_BLINK_SECS: f64 = 5.0;

impl StoreDeskApp {
    /// Builds the app and starts its worker on `rt`. `stored_settings` is the
    /// text eframe's storage kept (None on first start).
    pub fn new(
        ctx: &egui::Context,
        rt: &tokio::runtime::Handle,
        secrets: Arc<dyn SecretStore>,
        stored_settings: Option<&str>,
        startup: Startup,
    ) -> Self {
        let (mut settings, settings_warning) = Settings::from_stored(stored_settings);
        if let Some(warning) = &settings_warning {
            tracing::warn!("{warning}");
        }
        if let Some(url) = startup
            .base_url_override
            .as_ref()
            .filter(|u| !u.trim().is_empty())
        {
            settings.base_url = url.trim().to_owned();
        }
        i18n::set_language(settings.language);
        let repaint_ctx = ctx.clone();
        let worker = worker::spawn(
            rt,
            secrets,
            settings.client_config(),
            Arc::new(move || repaint_ctx.request_repaint()),
        );
        let settings_form = settings_panel::SettingsForm::from_settings(&settings);
        let mut app = Self {
            state: AppState {
                panel: Panel::Lookup,
                key: KeyState::Unknown,
                key_store_error: None,
                demo: DemoState::Off,
                kiosk: !startup.no_kiosk && (startup.kiosk || settings.kiosk_mode),
                settings_warning,
                customer: CustomerStore::default(),
                // The id field has the focus at start: staff can type at once.
                lookup: LookupState {
                    focus_field: true,
                    ..Default::default()
                },
                quote: QuoteState::default(),
                signature: Default::default(),
                kiosk_ui: Default::default(),
                hours: HoursState::default(),
                clock: Clock::System,
                steady: SteadyClock::default(),
                settings_form,
                tablet: Default::default(),
                walkin: WalkinState::default(),
            },
            settings,
            probe: FrameProbe::from_env(),
            worker,
            outbox: Outbox::default(),
            actions: Vec::new(),
            applied_theme: None,
            last_input_time: 0.0,
            save_dialog: Arc::new(SystemSaveDialog),
            file_opener: Arc::new(SystemOpener),
        };
        if app.state.kiosk {
            app.state.panel = Panel::Signature;
        }
        app.worker.send(Command::LoadKioskPin);
        if startup.demo {
            app.apply(Action::StartDemo);
        } else {
            app.worker.send(Command::LoadKey);
        }
        app
    }

    /// Replaces the save dialog (tests use one that opens no window).
    pub fn set_save_dialog(&mut self, dialog: Arc<dyn SaveDialog>) {
        self.save_dialog = dialog;
    }

    /// Replaces the viewer "Open" starts (tests use one that opens nothing).
    pub fn set_file_opener(&mut self, opener: Arc<dyn FileOpener>) {
        self.file_opener = opener;
    }

    /// Handles the worker's events; results of superseded requests are dropped.
    fn poll_worker(&mut self) {
        while let Some(event) = self.worker.try_recv() {
            self.on_event(event);
        }
    }

    fn on_event(&mut self, event: Event) {
        let st = &mut self.state;
        match event {
            Event::Key(k) => st.key = k,
            Event::KeyStoreError(e) => st.key_store_error = Some(e),
            Event::DemoReady { base_url } => {
                st.demo = DemoState::Running { base_url };
                st.key_store_error = None;
            }
            Event::DemoFailed(msg) => st.demo = DemoState::Failed(msg),
            Event::Lookup { req, result } => {
                if st.lookup.pending.settle(req, "lookup") {
                    on_lookup(st, result);
                }
            }
            Event::Quote { req, result } => {
                quote_panel::on_quote(&mut st.quote, &mut st.customer.quote, req, result)
            }
            Event::CsvSaved { req, result } => st.quote.on_csv_saved(req, result),
            Event::SignatureSaved {
                req,
                booking,
                result,
            } => signature_panel::on_saved(st, req, booking, result),
            Event::SignedChecked {
                req,
                booking,
                result,
            } => signature_panel::on_checked(st, req, booking, result),
            e @ (Event::KioskPin { .. }
            | Event::KioskPinRefused(_)
            | Event::KioskPinChecked { .. }) => {
                if let Some(approved) = kiosk::on_event(st, &mut self.settings, e) {
                    self.apply(approved);
                }
            }
            Event::Properties { req, result } => st.hours.on_list(req, result),
            Event::Tablet(e) => {
                for action in tablet_link::on_event(&mut self.state, e) {
                    self.apply(action);
                }
            }
            Event::QuoteSheetSaved { req, result } => st.quote.sheet.on_saved(req, result),
            Event::FileOpenFailed(e) => st.quote.sheet.on_open_failed(e),
            Event::Contract(e) => super::contract_view::on_event(st, e),
            Event::Walkin(e) => {
                // An answer can start the next request (lists -> grid -> quotes).
                let today = walkin_state::today(&st.clock);
                let remembered = self.settings.walkin_property.as_deref();
                let (view, data) = (&mut st.walkin, &mut st.customer.walkin);
                walkin_state::on_event(view, data, e, remembered, today, &mut self.outbox);
                for cmd in self.outbox.drain() {
                    self.worker.send(cmd);
                }
            }
        }
    }

    /// Carries out one action (what a panel asked for, or the idle timer),
    /// then sends the worker the commands it queued.
    pub fn apply(&mut self, action: Action) {
        self.reduce(action);
        for cmd in self.outbox.drain() {
            self.worker.send(cmd);
        }
    }

    fn reduce(&mut self, action: Action) {
        let staff_approved =
            matches!(action, Action::StaffApproved(_)) || self.state.kiosk_ui.staff_unlocked;
        let (st, out) = (&mut self.state, &mut self.outbox);
        match action {
            Action::Show(p) => st.panel = p,
            Action::FocusLookup => {
                st.panel = Panel::Lookup;
                st.lookup.focus_field = true;
            }
            Action::Lookup(id) => {
                st.customer.lookup.error = None;
                out.request(&mut st.lookup.pending, |req| Command::Lookup { req, id });
            }
            Action::CancelLookup => out.cancel(&mut st.lookup.pending),
            Action::OpenQuote(booking) => {
                st.panel = Panel::Quote;
                st.quote.tab = quote_panel::QuoteTab::ThisQuote;
                let have = st.customer.quote.booking == Some(booking)
                    && st.customer.quote.quotation.is_some();
                if !have {
                    st.customer.quote.booking = Some(booking);
                    out.request(&mut st.quote.pending, |req| Command::Quote { req, booking });
                }
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
                out.send(Command::StartDemo);
            }
            Action::SetLanguage(lang) => {
                self.settings.language = lang;
                i18n::set_language(lang);
            }
            Action::SetTheme(theme) => self.settings.theme = theme,
            Action::Signature(a) => signature_panel::apply(a, st, &self.settings, out),
            Action::Kiosk(a) => kiosk::apply(a, st, &mut self.settings, out),
            Action::ForgetCustomer => {
                st.forget_customer(out);
                st.lookup.focus_field = true;
            }
            // Pairing with a desk, or removing one, is for staff on a
            // kiosk (its buttons are on the staff screen, behind the PIN).
            Action::Tablet(a @ (TabletAction::OpenPairing | TabletAction::Remove { .. }))
                if st.kiosk && !staff_approved && st.kiosk_ui.pin != PinState::NotSet =>
            {
                tracing::warn!(?a, "a staff-only tablet step on the kiosk without the PIN");
            }
            Action::Tablet(a) => tablet_link::apply(a, st, &mut self.settings, out),
            Action::RefreshProperties => {
                let req = out.next_id();
                if let Some(old) = st.hours.list_started(req) {
                    out.send(Command::Cancel { req: old });
                }
                out.send(Command::Properties { req });
            }
            Action::SaveCsv {
                csv,
                suggested_name,
            } => {
                // One dialog at a time.
                if st.quote.save_pending.is_none() {
                    let req = out.next_id();
                    st.quote.save_started(req);
                    out.send(Command::SaveCsv {
                        req,
                        csv,
                        suggested_name,
                        dialog: self.save_dialog.clone(),
                        language: i18n::language(),
                    });
                }
            }
            Action::SaveQuoteSheet(mut sheet) => {
                // One dialog at a time; the sheet is dated by the app's clock.
                if st.quote.sheet.pending.is_none() {
                    sheet.date = Some(walkin_state::today(&st.clock));
                    let req = out.next_id();
                    st.quote.sheet.started(req);
                    out.send(Command::SaveQuoteSheet {
                        req,
                        sheet,
                        dialog: self.save_dialog.clone(),
                        language: i18n::language(),
                    });
                }
            }
            Action::Contract(a) | Action::StaffApproved(a)
                if st.kiosk && !staff_approved && a.needs_staff() =>
            {
                tracing::warn!(
                    ?a,
                    "a staff-only contract step on the kiosk without the PIN"
                );
            }
            Action::Contract(a) | Action::StaffApproved(a) => super::contract_view::apply(
                a,
                st,
                out,
                self.save_dialog.clone(),
                self.file_opener.clone(),
                &self.settings.device_name,
            ),
            Action::OpenFile(path) => out.send(Command::OpenFile {
                path,
                opener: self.file_opener.clone(),
            }),
            Action::Walkin(a) => {
                if a == WalkinAction::ChoiceChanged {
                    let p = &st.walkin.choice.property_id;
                    self.settings.walkin_property = Some(p.clone()).filter(|p| !p.is_empty());
                }
                let today = walkin_state::today(&st.clock);
                walkin_state::apply(&mut st.walkin, &mut st.customer.walkin, a, today, out);
            }
        }
    }
    /// Blinks the text cursor only for [`CURSOR_BLINK_SECS`] after input.
    /// A focused text field repaints every half second to blink; the first
    /// of those frames past the limit turns blinking off (the cursor stays
    /// on) and no further frame is asked for.
    fn cursor_blink(&mut self, ui: &mut egui::Ui) {
        let (time, input) = ui.input(|i| (i.time, !i.events.is_empty()));
        if input {
            self.last_input_time = time;
        }
        let blink = time - self.last_input_time < CURSOR_BLINK_SECS;
        if ui.visuals().text_cursor.blink != blink {
            // This frame's panels (children of `ui`) and later frames.
            ui.visuals_mut().text_cursor.blink = blink;
            ui.ctx()
                .all_styles_mut(|s| s.visuals.text_cursor.blink = blink);
        }
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_theme == Some(self.settings.theme) {
            return;
        }
        ctx.set_theme(match self.settings.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        self.applied_theme = Some(self.settings.theme);
    }

    /// The language the app speaks now: the kiosk customer's choice, else
    /// the setting.
    pub fn language(&self) -> i18n::Language {
        self.state
            .kiosk_ui
            .language
            .unwrap_or(self.settings.language)
    }

    /// One whole frame as eframe runs it: [`Self::logic`], then
    /// [`Self::draw`] (what the kittest harness and the benches drive).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.logic(ui.ctx());
        self.draw(ui);
    }

    /// Everything but drawing, also while the window is hidden: the worker's
    /// events, the actions the last frame emitted, the window's mode and the
    /// kiosk's idle timer. Draws nothing.
    pub fn logic(&mut self, ctx: &egui::Context) {
        i18n::with_language(self.language(), || {
            self.poll_worker();
            for action in std::mem::take(&mut self.actions) {
                self.apply(action);
            }
            self.apply_theme(ctx);
            let input_time = ctx.input(|i| i.time);
            let tick = self.state.steady.read(input_time);
            // Events are those of the last shown frame until a new one runs.
            let active = tick.fresh && ctx.input(|i| i.events.iter().any(kiosk::is_activity));
            if kiosk::logic(ctx, tick.now, active, &mut self.state, &self.settings) {
                tracing::info!("kiosk idle: clearing the screen and all client data");
                self.apply(Action::Kiosk(KioskAction::IdleReset));
                // One more frame, drawn in the kiosk's own language again.
                ctx.request_repaint();
            }
            // The tablet link: listener on or off, a desk's booking's progress.
            let mut follow = Vec::new();
            tablet_link::sync(&mut self.state, &self.settings, &mut follow);
            for action in follow {
                self.apply(action);
            }
        });
    }

    /// Draws one frame and queues the actions it emits for the next
    /// [`Self::logic`]. The frame is drawn in [`Self::language`] whatever
    /// another app in the same process (a parallel test) set as the
    /// process-wide language.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        i18n::with_language(self.language(), || self.draw_panels(ui, &mut actions));
        if !actions.is_empty() {
            ui.ctx().request_repaint();
            self.actions.extend(actions);
        }
    }

    fn draw_panels(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        self.cursor_blink(ui);
        // Ctrl+Q closes the window the normal way (settings are saved; in
        // kiosk mode the close request still asks for the PIN).
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Q)) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if self.state.kiosk {
            kiosk::show(ui, &mut self.state, &self.settings, actions);
            return;
        }

        nav::shortcuts(ui, actions);
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            status_bar::show(ui, &self.settings, &self.state);
        });
        egui::Panel::left("navigation")
            .resizable(false)
            .default_size(190.0)
            .show(ui, |ui| nav::show(ui, &self.state, actions));
        egui::CentralPanel::default().show(ui, |ui| {
            if welcome::should_show(&self.state) {
                welcome::show(ui, &self.state, actions);
                return;
            }
            match self.state.panel {
                Panel::Lookup => lookup_panel::show(ui, &mut self.state, actions),
                Panel::Settings => {
                    settings_panel::show(ui, &mut self.state, &self.settings, actions)
                }
                Panel::Signature => signature_panel::show(ui, &mut self.state, false, actions),
                Panel::Hours => hours_panel::show(ui, &mut self.state, actions),
                Panel::Quote => quote_panel::show(ui, &mut self.state, actions),
            }
        });
    }
    /// Saves the settings (never the key) into eframe's storage.
    pub fn save_to(&self, storage: &mut dyn eframe::Storage) {
        storage.set_string(crate::settings::STORAGE_KEY, self.settings.to_stored());
    }
}

/// A lookup answered: its result replaces the last one (a failure keeps it).
fn on_lookup(st: &mut AppState, result: Result<Box<LookupResult>, ApiError>) {
    let data = &mut st.customer.lookup;
    match result {
        Ok(found) => {
            let label = lookup_label(&found);
            data.recent.retain(|r| r.id != found.id);
            data.recent.insert(
                0,
                RecentLookup {
                    id: found.id.clone(),
                    label,
                },
            );
            data.recent.truncate(10);
            // Keep the Quote panel in step with what was looked up.
            if let Some(q) = &found.quotation {
                quote_panel::show_quotation(
                    &mut st.quote,
                    &mut st.customer.quote,
                    found.booking_id(),
                    q.clone(),
                );
            }
            st.hours.note_lookup(&found);
            st.customer.lookup.result = Some(found);
            st.customer.lookup.error = None;
        }
        Err(e) => data.error = Some(e),
    }
}

/// "Renaud Pons · 4 m²" for the recent list.
fn lookup_label(r: &LookupResult) -> String {
    let view = r.view();
    crate::domain::booking::join(vec![view.client_name(), view.size_text()]).unwrap_or_default()
}

impl eframe::App for StoreDeskApp {
    /// Runs before every `ui`, and alone while the window is hidden.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        StoreDeskApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.probe.frame_start(ui.ctx(), frame.info().cpu_usage);
        self.draw(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.probe.exit();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_to(storage);
    }
}
