//! The app: persisted settings, runtime state, and the one place where
//! rooms' actions become worker commands and worker events become state.
//! `state.rs` is the runtime state, `reduce.rs` routes actions and events
//! to the rooms' reducers, `draw.rs` hands each room its part of the screen.

mod draw;
mod font_scan;
pub mod fonts;
pub mod probe;
mod reduce;
mod staff;
pub mod state;

use std::sync::Arc;

use crate::i18n;
use crate::secrets::SecretStore;
use crate::settings::{Settings, ThemeChoice};
use crate::worker::print::{Printing, SystemPrinting};
use crate::worker::sheet::{FileOpener, SystemOpener};
use crate::worker::{
    self, Command, KeyState, OwnSaveForm, SaveDialog, SystemSaveDialog, WorkerHandle,
};

use crate::ui::clock::{Clock, SteadyClock};
use crate::ui::context::Surface;
use crate::ui::customer::CustomerStore;
use crate::ui::hours::state::HoursState;
use crate::ui::lookup::state::LookupState;
use crate::ui::quote::state::QuoteState;
use crate::ui::quote::walkin::state::WalkinState;
use crate::ui::requests::Outbox;
use crate::ui::settings::state::SettingsForm;
use probe::FrameProbe;

pub use crate::ui::action::{Action, Panel};
pub use crate::ui::context::DemoState;
pub use state::AppState;

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
    /// Where a save asks for a file.
    dialogs: Dialogs,
    /// What "Open" starts for a saved sheet (a fake in tests).
    file_opener: Arc<dyn FileOpener>,
    /// Where the receipt's "Print" goes (a fake in tests).
    printing: Arc<dyn Printing>,
    /// `--demo --base-url URL`: demo mode on the sandbox already running
    /// there (shared by a desk and a kiosk on one computer).
    shared_demo: Option<String>,
}

/// Where a save asks for a file: on a desk the system's dialog (which falls
/// back to the app's own form where none can open), on a kiosk always the
/// app's own form (a system dialog could browse the whole tablet).
struct Dialogs {
    system: Arc<dyn SaveDialog>,
    own: Arc<dyn SaveDialog>,
    /// Put in their place (tests: a fake, or the own form).
    replaced: Option<Arc<dyn SaveDialog>>,
}

impl Dialogs {
    fn pick(&self, surface: Surface) -> Arc<dyn SaveDialog> {
        match &self.replaced {
            Some(dialog) => dialog.clone(),
            None if surface.is_kiosk() => self.own.clone(),
            None => self.system.clone(),
        }
    }
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
        let repaint: worker::Repaint = Arc::new(move || repaint_ctx.request_repaint());
        let worker = worker::spawn(rt, secrets, settings.client_config(), repaint.clone());
        let (own_form, form_inbox) = OwnSaveForm::new(repaint);
        let settings_form = SettingsForm::from_settings(&settings);
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
                rooms: crate::ui::registered_rooms(),
                parked: None,
                save_form: Default::default(),
            },
            settings,
            probe: FrameProbe::from_env(),
            worker,
            outbox: Outbox::default(),
            actions: Vec::new(),
            applied_theme: None,
            last_input_time: 0.0,
            dialogs: Dialogs {
                system: Arc::new(SystemSaveDialog::start(rt, own_form.clone())),
                own: Arc::new(own_form),
                replaced: None,
            },
            file_opener: Arc::new(SystemOpener),
            printing: Arc::new(SystemPrinting),
            // Only a sandbox on this computer is joined; another address
            // (STOREDESK_BASE_URL set for the CLI) leaves demo mode as it was.
            shared_demo: (startup.base_url_override.clone())
                .filter(|u| startup.demo && crate::api::client::is_loopback_url(u)),
        };
        app.state.save_form.set_inbox(form_inbox);
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
        self.dialogs.replaced = Some(dialog);
    }

    /// Saves go through the app's own form, as where no system dialog can
    /// open (tests).
    pub fn use_own_save_form(&mut self) {
        self.dialogs.replaced = Some(self.dialogs.own.clone());
    }

    /// Replaces the system's printing (tests use one that prints nothing).
    pub fn set_printing(&mut self, printing: Arc<dyn Printing>) {
        self.printing = printing;
    }

    /// Replaces the viewer "Open" starts (tests use one that opens nothing).
    pub fn set_file_opener(&mut self, opener: Arc<dyn FileOpener>) {
        self.file_opener = opener;
    }

    /// Handles the worker's events; results of superseded requests are dropped.
    fn poll_worker(&mut self) {
        while let Some(event) = self.worker.try_recv() {
            self.on_event(event);
            self.flush();
        }
    }

    /// Carries out one action (what a panel asked for, or the idle timer),
    /// then sends the worker the commands it queued.
    pub fn apply(&mut self, action: Action) {
        self.reduce(action);
        self.flush();
    }

    /// Opens the app's own save form for a save waiting for it; on a kiosk
    /// it stays in the folder set in Settings.
    fn open_save_form(&mut self) {
        use crate::ui::save_form::state::{Start, take_requests};
        let start = if self.state.kiosk {
            Start::Kiosk(crate::ui::settings::files::kiosk_root(&self.settings))
        } else {
            let last = self.settings.save_form_folder.trim();
            Start::Desk(Some(std::path::PathBuf::from(last)).filter(|_| !last.is_empty()))
        };
        take_requests(&mut self.state.save_form, start, &mut self.outbox);
        self.flush();
    }

    /// Sends the worker the commands queued so far.
    fn flush(&mut self) {
        for cmd in self.outbox.drain() {
            self.worker.send(cmd);
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
            self.open_save_form();
            self.apply_theme(ctx);
            apply_tooltips(ctx, self.state.surface());
            self.kiosk_logic(ctx);
            self.follow_tablet();
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

    /// Saves the settings (never the key) into eframe's storage.
    pub fn save_to(&self, storage: &mut dyn eframe::Storage) {
        storage.set_string(crate::settings::STORAGE_KEY, self.settings.to_stored());
    }
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

/// No tooltips on the kiosk: a finger resting on a control would open one
/// over what is next to it (egui reads the delay from the global style).
fn apply_tooltips(ctx: &egui::Context, surface: Surface) {
    // A delay no finger waits out (finite: egui turns it into a Duration).
    const NEVER: f32 = 1.0e6;
    let delay = if surface.is_kiosk() {
        NEVER
    } else {
        egui::style::Interaction::default().tooltip_delay
    };
    if ctx.global_style().interaction.tooltip_delay != delay {
        ctx.all_styles_mut(|s| s.interaction.tooltip_delay = delay);
    }
}
