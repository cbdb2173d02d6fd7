//! Measurement hooks for the benchmarks and scripts, off unless an
//! environment variable turns them on:
//!
//! - `STOREDESK_EXIT_AFTER_FIRST_FRAME=1`: at the start of the second frame
//!   (eframe has painted the first one and swapped buffers, and shown the
//!   window, after the first `ui` call returned), print
//!   `storedesk-first-frame-ms <ms>` (milliseconds since the start of `main`)
//!   and, on Linux, `storedesk-peak-rss-kib <KiB>` (the process's peak
//!   resident memory so far, `VmHWM`) to stderr and close the window with
//!   `ViewportCommand::Close`. The first
//!   frame asks for a second one, so the exit does not wait for input.
//! - `STOREDESK_COUNT_FRAMES=1`: print `storedesk-frame <n> <seconds since
//!   start> <cpu ms of the previous frame>` to stderr at every frame, and
//!   `storedesk-frames <total>` on exit (`scripts/measure-idle.sh` counts them).
//!
//! Used by the app and by `examples/minimal_window.rs` (the start-up floor).

use std::sync::OnceLock;
use std::time::Instant;

static PROCESS_START: OnceLock<Instant> = OnceLock::new();

/// Notes the start of the process; call it first thing in `main`. Later
/// calls keep the first instant.
pub fn mark_process_start() -> Instant {
    *PROCESS_START.get_or_init(Instant::now)
}

/// Time since [`mark_process_start`] (or since the first call of this).
pub fn since_start() -> std::time::Duration {
    mark_process_start().elapsed()
}

fn env_on(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| v == "1")
}

/// Counts frames and, when asked, reports the first frame and every frame.
#[derive(Debug, Clone, Default)]
pub struct FrameProbe {
    /// Frames run so far (calls of `ui`).
    pub frames: u64,
    exit_after_first_frame: bool,
    count_frames: bool,
}

impl FrameProbe {
    /// A probe configured from the environment.
    pub fn from_env() -> Self {
        Self {
            frames: 0,
            exit_after_first_frame: env_on("STOREDESK_EXIT_AFTER_FIRST_FRAME"),
            count_frames: env_on("STOREDESK_COUNT_FRAMES"),
        }
    }

    /// Call at the start of every `ui`; `cpu_usage` is eframe's
    /// `frame.info().cpu_usage` (seconds spent on the previous frame).
    pub fn frame_start(&mut self, ctx: &egui::Context, cpu_usage: Option<f32>) {
        self.frames += 1;
        if self.count_frames {
            eprintln!(
                "storedesk-frame {} {:.3} {:.2}",
                self.frames,
                since_start().as_secs_f64(),
                cpu_usage.unwrap_or(0.0) * 1000.0
            );
        }
        if !self.exit_after_first_frame {
            return;
        }
        match self.frames {
            // Make sure a second frame comes without input.
            1 => ctx.request_repaint(),
            2 => {
                eprintln!(
                    "storedesk-first-frame-ms {:.1}",
                    since_start().as_secs_f64() * 1000.0
                );
                if let Some(kib) = peak_rss_kib() {
                    eprintln!("storedesk-peak-rss-kib {kib}");
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            _ => {}
        }
    }

    /// Call from `on_exit`.
    pub fn exit(&self) {
        if self.count_frames {
            eprintln!("storedesk-frames {}", self.frames);
        }
    }
}

/// The process's peak resident memory in KiB (`VmHWM` of
/// `/proc/self/status`); `None` where there is no such file.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    vm_hwm_kib(&status)
}

fn vm_hwm_kib(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.trim_start_matches("VmHWM:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs one frame with `probe`: whether it asked to close the window,
    /// and when it asked for the next frame.
    fn frame(ctx: &egui::Context, probe: &mut FrameProbe) -> (bool, std::time::Duration) {
        let mut out = ctx.run_ui(Default::default(), |ui| probe.frame_start(ui.ctx(), None));
        out.textures_delta.clear();
        let root = &out.viewport_output[&egui::ViewportId::ROOT];
        (
            root.commands.contains(&egui::ViewportCommand::Close),
            root.repaint_delay,
        )
    }

    /// The start-up bench depends on this: the first frame asks for a
    /// second one without input, and the second closes the window.
    #[test]
    fn exit_after_first_frame_closes_on_the_second_frame() {
        let ctx = egui::Context::default();
        let mut probe = FrameProbe {
            exit_after_first_frame: true,
            ..Default::default()
        };
        let (closes, next) = frame(&ctx, &mut probe);
        assert!(!closes);
        assert_eq!(
            next,
            std::time::Duration::ZERO,
            "a second frame is asked for"
        );
        assert!(frame(&ctx, &mut probe).0, "the second frame closes");
        assert_eq!(probe.frames, 2);
    }

    #[test]
    fn off_by_default_it_only_counts() {
        let ctx = egui::Context::default();
        let mut probe = FrameProbe::default();
        for _ in 0..3 {
            assert!(!frame(&ctx, &mut probe).0);
        }
        assert_eq!(probe.frames, 3);
    }

    #[test]
    fn peak_rss_is_read_from_the_vm_hwm_line() {
        let status =
            "Name:\tstoredesk\nVmPeak:\t  900000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n";
        assert_eq!(vm_hwm_kib(status), Some(123_456));
        assert_eq!(vm_hwm_kib("Name:\tx\nVmRSS:\t 1 kB\n"), None);
        if cfg!(target_os = "linux") {
            assert!(peak_rss_kib().is_some_and(|kib| kib > 0));
        }
    }
}
