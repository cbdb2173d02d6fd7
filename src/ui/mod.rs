//! The egui app: the app on top (`app/`), one folder per room below it, the
//! shared words (`action`, `context`, `customer`) and ground (`requests`,
//! `clock`, `widgets/`) under them. Rooms draw and push [`action::Action`]s;
//! only the app turns actions into state changes and worker commands (see
//! docs/ARCHITECTURE.md, "The UI in rooms").

pub mod action;
pub mod app;
pub mod clock;
pub mod context;
pub mod customer;
pub mod hours;
pub mod kiosk;
pub mod lookup;
pub mod quote;
pub mod requests;
pub mod room;
pub mod save_form;
pub mod settings;
pub mod shell;
pub mod signing;
pub mod tablet;
pub mod widgets;

// The desk rooms that need nothing of the others (see `ui/room.rs`).
room::register! {
    // One line per room: `module => Type,`
}

use std::sync::Arc;

use crate::cli::GlobalArgs;
use crate::secrets::KeyringStore;

/// Reverse-DNS application id: window app id, desktop file, icon names.
pub const APP_ID: &str = "org.storedesk.StoreDesk";

/// The 256 px application icon, the same picture the desktop file names.
const ICON_PNG: &[u8] =
    include_bytes!("../../assets/icons/hicolor/256x256/apps/org.storedesk.StoreDesk.png");

/// The window icon decoded from [`ICON_PNG`]. A picture that does not decode
/// gives the system's default icon (and a warning), never a panic.
pub fn window_icon() -> egui::IconData {
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => icon,
        Err(e) => {
            tracing::warn!("the window icon could not be decoded: {e}");
            egui::IconData::default()
        }
    }
}

/// Opens the desktop window; returns the process exit code.
pub fn run_app(global: GlobalArgs, runtime: tokio::runtime::Runtime) -> i32 {
    // The font scan runs while the window opens.
    let fonts = app::fonts::SystemFallback::start();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("StoreDesk")
            .with_app_id(APP_ID)
            .with_icon(window_icon())
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 480.0])
            // Kiosk mode starts full screen (the app also asks for it when
            // kiosk mode comes from the settings).
            .with_fullscreen(global.kiosk && !global.no_kiosk),
        persist_window: true,
        // Ours is installed below, from the scan started above.
        system_font_fallback: false,
        ..Default::default()
    };
    let handle = runtime.handle().clone();
    let result = eframe::run_native(
        "StoreDesk",
        options,
        Box::new(move |cc| {
            fonts.install(&cc.egui_ctx);
            let stored = cc
                .storage
                .and_then(|s| s.get_string(crate::settings::STORAGE_KEY));
            let startup = app::Startup {
                demo: global.demo,
                kiosk: global.kiosk,
                no_kiosk: global.no_kiosk,
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

#[cfg(test)]
mod tests {
    #[test]
    fn window_icon_decodes_to_256_px() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
