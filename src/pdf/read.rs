//! Reading PDFs for display (the contract shown before signing): open a
//! file and render its pages to RGBA pixels with `hayro`, a pure-Rust
//! renderer. CPU-heavy: called on the worker, never in a frame. A page the
//! renderer could not draw fully (a font or an image it cannot read) is
//! flagged, so the desk can offer the system's PDF viewer.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::{LoadPdfError, Pdf};
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings, render};

use super::bounds::{Bounds, plan};

/// Widest page rendered (pixels): beyond this a page would not fit a texture.
pub const MAX_WIDTH: u32 = 4096;

/// A page's limits: no side over 4096 pixels (every GPU egui runs on takes
/// that texture), no page over 4 megapixels (an A4 page at 1280 pixels wide
/// is 2.3), a document within 48 megapixels (about 20 such pages).
pub const DEFAULT_BOUNDS: Bounds = Bounds {
    width: 1280,
    max_side: MAX_WIDTH,
    max_page_pixels: 4_000_000,
    max_total_pixels: 48_000_000,
};

/// One rendered page: premultiplied RGBA, `width` × `height` pixels, opaque
/// (pages are drawn on white).
#[derive(Clone, PartialEq, Eq)]
pub struct PageImage {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
    /// The renderer skipped something on this page (a font, an image).
    pub incomplete: bool,
}

impl std::fmt::Debug for PageImage {
    // A customer's document never reaches a log in full.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PageImage({}×{})", self.width, self.height)
    }
}

/// Why a PDF cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is password-protected")]
    Encrypted,
    #[error("the file cannot be read as a PDF")]
    Damaged,
    #[error("the file has no pages")]
    NoPages,
}

/// An opened PDF.
pub struct PdfReader {
    pdf: Pdf,
}

impl PdfReader {
    /// Opens `bytes`; a reader fault (even a panic in it) is a damaged file.
    pub fn open(bytes: Arc<Vec<u8>>) -> Result<Self, ReadError> {
        let opened = catch_unwind(AssertUnwindSafe(|| Pdf::new(bytes)));
        let pdf = match opened {
            Ok(Ok(pdf)) => pdf,
            Ok(Err(LoadPdfError::Decryption(_))) => return Err(ReadError::Encrypted),
            Ok(Err(_)) | Err(_) => return Err(ReadError::Damaged),
        };
        if pdf.pages().is_empty() {
            return Err(ReadError::NoPages);
        }
        Ok(Self { pdf })
    }

    pub fn page_count(&self) -> usize {
        self.pdf.pages().len()
    }

    /// Each page's size in points (width, height), as it will be drawn.
    pub fn page_sizes(&self) -> Vec<(f32, f32)> {
        self.pdf
            .pages()
            .iter()
            .map(|p| catch_unwind(AssertUnwindSafe(|| p.render_dimensions())).unwrap_or((0.0, 0.0)))
            .collect()
    }

    /// Renders the pages in order at `width` pixels wide (at most
    /// [`MAX_WIDTH`], and within [`DEFAULT_BOUNDS`]' side and pixel
    /// limits), handing each to `on_page` as soon as it is ready; stops
    /// early when `on_page` returns false. A page whose rendering fails (a
    /// panic in the renderer) is handed over as `Err`.
    pub fn render_pages(
        &self,
        width: u32,
        mut on_page: impl FnMut(usize, Result<PageImage, ReadError>) -> bool,
    ) {
        let bounds = Bounds {
            width: width.clamp(1, MAX_WIDTH),
            max_total_pixels: u64::MAX,
            ..DEFAULT_BOUNDS
        };
        let sizes = plan(&self.page_sizes(), &bounds).unwrap_or_default();
        let mut renderer = self.renderer();
        for (index, size) in sizes.into_iter().enumerate() {
            if !on_page(index, renderer.page(index, size)) {
                return;
            }
        }
    }

    /// A renderer for pages of this document, one at a time.
    pub fn renderer(&self) -> PageRenderer<'_> {
        let skipped = Arc::new(AtomicBool::new(false));
        let sink = skipped.clone();
        PageRenderer {
            reader: self,
            interpreter: InterpreterSettings {
                warning_sink: Arc::new(move |_| sink.store(true, Ordering::Relaxed)),
                ..InterpreterSettings::default()
            },
            cache: RenderCache::new(),
            skipped,
        }
    }
}

/// Draws pages of one document, sharing hayro's cache between them.
pub struct PageRenderer<'a> {
    reader: &'a PdfReader,
    interpreter: InterpreterSettings,
    cache: RenderCache<'a>,
    skipped: Arc<AtomicBool>,
}

impl PageRenderer<'_> {
    /// Page `index` drawn at `size` pixels (from [`plan`]); a page of no
    /// size, or a panic in the renderer, is `Err`.
    pub fn page(
        &mut self,
        index: usize,
        (width, height): (u32, u32),
    ) -> Result<PageImage, ReadError> {
        let pages = self.reader.pdf.pages();
        let page = pages.get(index).ok_or(ReadError::Damaged)?;
        if width == 0 || height == 0 {
            return Err(ReadError::Damaged);
        }
        self.skipped.store(false, Ordering::Relaxed);
        let drawn = catch_unwind(AssertUnwindSafe(|| {
            let (page_width, page_height) = page.render_dimensions();
            let pixmap = render(
                page,
                &self.cache,
                &self.interpreter,
                &RenderSettings::default(),
                &PixmapSettings {
                    x_scale: width as f32 / page_width.max(1.0),
                    y_scale: height as f32 / page_height.max(1.0),
                    bg_color: WHITE,
                },
            );
            PageImage {
                width: u32::from(pixmap.width()),
                height: u32::from(pixmap.height()),
                rgba: pixmap.data_as_u8_slice().to_vec(),
                incomplete: self.skipped.load(Ordering::Relaxed),
            }
        }));
        drawn.map_err(|_| ReadError::Damaged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::PdfDocument;

    fn one_page() -> Vec<u8> {
        let mut doc = PdfDocument::new("Contract", "en");
        doc.heading("Rental agreement");
        doc.paragraph("The tenant keeps the unit clean and dry.");
        doc.render().expect("render")
    }

    #[test]
    fn a_written_page_renders_to_the_asked_width_with_ink_on_it() {
        let reader = PdfReader::open(Arc::new(one_page())).expect("open");
        assert_eq!(reader.page_count(), 1);
        let mut pages = Vec::new();
        reader.render_pages(300, |_, image| {
            pages.push(image.expect("drawn"));
            true
        });
        let page = &pages[0];
        assert_eq!(page.width, 300);
        assert!(page.height > 400, "A4 is taller than wide");
        assert!(!page.incomplete, "our own PDF draws fully");
        let dark = page.rgba.chunks(4).filter(|p| p[0] < 128).count();
        assert!(dark > 50, "text was drawn ({dark} dark pixels)");
    }

    #[test]
    fn broken_files_are_refused_not_panicked_on() {
        let damaged = PdfReader::open(Arc::new(b"%PDF-1.7\nnot really".to_vec()));
        assert!(matches!(
            damaged,
            Err(ReadError::Damaged | ReadError::NoPages)
        ));
        assert!(PdfReader::open(Arc::new(Vec::new())).is_err());
        let mut cut = one_page();
        cut.truncate(cut.len() / 3);
        // Cut short: refused, or every page handed over (drawn or not).
        if let Ok(reader) = PdfReader::open(Arc::new(cut)) {
            let mut handed = 0;
            reader.render_pages(100, |_, _| {
                handed += 1;
                true
            });
            assert_eq!(handed, reader.page_count());
        }
    }
}
