//! Names in any script. egui's bundled fonts cover Latin, Greek and Cyrillic
//! only; a character they lack (李, م, ש, क, ก…) is looked up in the system's
//! fonts by egui's own provider, `egui_system_font_provider`, which asks the
//! platform's font fallback through `fontique` (fontconfig on Linux,
//! DirectWrite on Windows, CoreText on macOS) and maps the font file. When
//! that names no installed font with the character, [`super::font_scan`]
//! looks through the installed fonts for one.
//!
//! Off the frame: [`SystemFallback::start`] makes the platform's fallback and
//! then lists the installed fonts on a thread of its own, begun before the
//! window opens. A character is only looked up the first time a frame needs
//! it, so a first frame in Latin script never waits for the scan.
//!
//! Right-to-left: egui lays text out left to right with no bidi and no
//! shaping, so an Arabic or Hebrew name shows its letters (no boxes) but in
//! stored order and with isolated Arabic letter forms.

use std::sync::{Arc, Mutex, OnceLock, mpsc};

use egui::{FallbackRequest, FontInsert, FontProvider};
use egui_system_font_provider::SystemFontProvider;

use super::font_scan::{CoverageScan, Fonts};

/// The system font fallback, its scan started.
pub struct SystemFallback {
    provider: Arc<Deferred>,
    /// Asked after the platform's fallback, for what that left.
    scan: Arc<CoverageScan>,
}

impl SystemFallback {
    /// Starts the font scan on a background thread; returns at once. (Even
    /// making the provider costs milliseconds, so that happens there too,
    /// and then the listing of the installed fonts the last resort needs.)
    pub fn start() -> Self {
        let (provider_tx, provider_rx) = mpsc::sync_channel(1);
        let thread = std::thread::Builder::new()
            .name("storedesk-fonts".into())
            .spawn(move || {
                // The platform's fallback first: a lookup waits for it alone.
                let _ = provider_tx.send(SystemFontProvider::new());
                Fonts::system()
            })
            .map_err(|e| tracing::warn!("no font scan thread, no font fallback: {e}"))
            .ok();
        let scan = match thread {
            Some(listing) => CoverageScan::pending(listing),
            None => CoverageScan::empty(),
        };
        Self {
            provider: Arc::new(Deferred {
                pending: Mutex::new(Some(provider_rx)),
                ready: OnceLock::new(),
            }),
            scan: Arc::new(scan),
        }
    }

    /// The name of the system font that would draw `c`, if any; waits for
    /// the scan (for the benchmark and diagnostics, never on a frame).
    pub fn font_for(&self, c: char) -> Option<String> {
        let cluster = c.to_string();
        let request = FallbackRequest {
            cluster: &cluster,
            family: &egui::FontFamily::Proportional,
        };
        self.provider
            .font_for(&request)
            .or_else(|| self.scan.font_for(&request))
            .map(|insert| insert.name)
    }

    /// Waits until the fonts thread has done all its work, the listing of
    /// the installed fonts included: for the benchmark, so runs do not pile
    /// up threads behind the one being timed.
    pub fn settle(&self) {
        self.scan.settle();
    }

    /// Makes egui ask these fonts for every character its own fonts lack
    /// (from the next pass on). The fonts it finds come after egui's own.
    pub fn install(self, ctx: &egui::Context) {
        ctx.add_font_provider(self.provider);
        ctx.add_font_provider(self.scan);
    }
}

/// The provider once its thread has made it; the first lookup waits for it.
struct Deferred {
    pending: Mutex<Option<mpsc::Receiver<SystemFontProvider>>>,
    ready: OnceLock<Option<SystemFontProvider>>,
}

impl FontProvider for Deferred {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let provider = self.ready.get_or_init(|| {
            let made = self.pending.lock().ok()?.take()?;
            // A panicked thread (or none) means no fallback (boxes), not a crash.
            made.recv().ok()
        });
        let found = provider.as_ref()?.font_for(request);
        if let Some(insert) = &found {
            tracing::debug!(
                "font fallback: the platform's fallback has {:?} for {:?}",
                insert.name,
                request.cluster
            );
        }
        found
    }
}
