//! The start-up floor: an eframe window with one label, built with the same
//! eframe features and window options as StoreDesk, and the same
//! measurement hooks (`STOREDESK_EXIT_AFTER_FIRST_FRAME=1`,
//! `STOREDESK_COUNT_FRAMES=1`, see `storedesk::ui::app::probe`).
//! `benches/startup.rs` times it beside the app.
//! Run: `cargo run --release --example minimal_window`

use storedesk::ui::app::probe::{FrameProbe, mark_process_start};

struct Minimal {
    probe: FrameProbe,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.probe.frame_start(ui.ctx(), frame.info().cpu_usage);
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello from a minimal eframe window");
        });
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.probe.exit();
    }
}

fn main() -> eframe::Result {
    mark_process_start();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal")
            .with_inner_size([1100.0, 720.0]),
        ..Default::default()
    };
    eframe::run_native(
        "storedesk-minimal-window",
        options,
        Box::new(|_cc| {
            Ok(Box::new(Minimal {
                probe: FrameProbe::from_env(),
            }))
        }),
    )
}
