//! The egui app: state, one module per panel. Panels read state and push
//! [`app::Action`]s; only the app turns actions into worker commands.

pub mod app;
pub mod clock;
pub mod hours_panel;
pub mod kiosk;
pub mod lookup_panel;
pub mod nav;
pub mod quote_panel;
pub mod quote_pins;
mod quote_view;
pub mod settings_panel;
pub mod signature_panel;
pub mod status_bar;
pub mod welcome;
pub mod widgets;

use std::sync::Arc;

use crate::cli::GlobalArgs;
use crate::secrets::KeyringStore;

/// Reverse-DNS application id: window app id, desktop file, icon names.
pub const APP_ID: &str = "org.storedesk.StoreDesk";

/// Opens the desktop window; returns the process exit code.
pub fn run_app(global: GlobalArgs, runtime: tokio::runtime::Runtime) -> i32 {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("StoreDesk")
            .with_app_id(APP_ID)
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 480.0])
            // Kiosk mode starts full screen (the app also asks for it when
            // kiosk mode comes from the settings).
            .with_fullscreen(global.kiosk),
        persist_window: true,
        ..Default::default()
    };
    let handle = runtime.handle().clone();
    let result = eframe::run_native(
        "StoreDesk",
        options,
        Box::new(move |cc| {
            let stored = cc
                .storage
                .and_then(|s| s.get_string(crate::settings::STORAGE_KEY));
            let startup = app::Startup {
                demo: global.demo,
                kiosk: global.kiosk,
                base_url_override: global.base_url.clone(),
            };
            Ok(Box::new(app::StoreDeskApp::new(
                &cc.egui_ctx,
                &handle,
                Arc::new(KeyringStore::default()),
                stored.as_deref(),
                startup,
            )))
        }),
    );
    // The runtime (and the demo sandbox on it) ends with the window.
    runtime.shutdown_timeout(std::time::Duration::from_millis(500));
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("The window could not be opened: {e}");
            eprintln!(
                "A desktop session (X11 or Wayland) with OpenGL is needed. The command-line tools work without one: storedesk --help"
            );
            crate::cli::exit::TRANSPORT
        }
    }
}
