//! The last resort for a character the platform's font fallback leaves
//! without a font: a look through every installed font for one that has it.
//!
//! Why: the platform's fallback is a table from a script and a locale to
//! font names, and it can name fonts a computer lacks while another
//! installed font has the character. Wine's DirectWrite is one case (issue
//! 31): it maps Han only for the exact locales `zh-Hans`, `zh-Hant` and
//! `ko`, else to "Noto Sans CJK JP", while fontique asks with `zh-CN`,
//! `zh-SG`, `zh-TW`, `ja` or none, so an installed "Noto Sans CJK SC" was
//! never named and 李 drew as a box. A Windows desk with a font the site
//! added itself is another.
//!
//! Off the frame: the installed fonts are listed once, on the fonts' own
//! thread ([`super::fonts::SystemFallback::start`]), after the platform's
//! fallback is made; a frame only waits for that list if it needs a
//! character before the list is done.
//!
//! Bounded: each character is looked up once (egui keeps the answer),
//! through at most [`MAX_FAMILIES`] families, and at most [`MAX_SCANS`]
//! characters are looked up in a run: a server answer full of distinct
//! characters no font has cannot make every frame scan the disk.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

use egui::{FallbackRequest, FontData, FontInsert, FontPriority, FontProvider, InsertFontFamily};
use fontique::{
    Collection, CollectionOptions, QueryFamily, QueryFont, QueryStatus, SourceCache,
    SourceCacheOptions,
};

/// At most this many font families are looked through for one character.
const MAX_FAMILIES: usize = 4096;
/// At most this many characters are looked up in a run.
const MAX_SCANS: usize = 256;

/// A font provider that looks through a collection of fonts by coverage.
pub struct CoverageScan {
    fonts: Mutex<Listing>,
    scans_left: AtomicUsize,
}

/// The installed fonts, or the thread still listing them.
enum Listing {
    Pending(JoinHandle<Fonts>),
    Ready(Box<Fonts>),
    /// No list: its thread panicked or could not start (boxes, not a crash).
    Failed,
}

/// The fonts a scan looks through, listed.
pub struct Fonts {
    collection: Collection,
    cache: SourceCache,
    /// Sorted, so the same font wins on every run.
    families: Vec<String>,
}

impl CoverageScan {
    /// Over the fonts the thread `listing` lists (see [`Fonts::system`]).
    pub fn pending(listing: JoinHandle<Fonts>) -> Self {
        Self::with_budget(Listing::Pending(listing), MAX_SCANS)
    }

    /// Over no fonts: no font thread could start.
    pub fn empty() -> Self {
        Self::with_budget(Listing::Failed, 0)
    }

    /// Over the fonts of `collection` (tests register their own).
    #[cfg(test)]
    fn over(collection: Collection) -> Self {
        Self::with_budget(Listing::Ready(Box::new(Fonts::list(collection))), MAX_SCANS)
    }

    fn with_budget(fonts: Listing, scans: usize) -> Self {
        Self {
            fonts: Mutex::new(fonts),
            scans_left: AtomicUsize::new(scans),
        }
    }

    /// Waits for the listing thread, if it is still at work.
    pub fn settle(&self) {
        if let Ok(mut listing) = self.fonts.lock() {
            listing.ready();
        }
    }

    /// The family name and font of the first family (by name) that draws `c`.
    fn find(&self, c: char) -> Option<(String, QueryFont)> {
        let spent = self
            .scans_left
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1));
        if spent.is_err() {
            return None;
        }
        let mut guard = self.fonts.lock().ok()?;
        let Fonts {
            collection,
            cache,
            families,
        } = guard.ready()?;
        let mut found = None;
        let mut query = collection.query(cache);
        query.set_families(families.iter().map(|f| QueryFamily::Named(f.as_str())));
        query.matches_with(|font| {
            if draws(font, c) {
                found = Some(font.clone());
                QueryStatus::Stop
            } else {
                QueryStatus::Continue
            }
        });
        drop(query);
        let font = found?;
        let name = collection.family_name(font.family.0)?.to_owned();
        Some((name, font))
    }
}

impl Listing {
    /// The fonts, once listed; the first call waits for the thread.
    fn ready(&mut self) -> Option<&mut Fonts> {
        if let Listing::Pending(_) = self
            && let Listing::Pending(thread) = std::mem::replace(self, Listing::Failed)
            && let Ok(fonts) = thread.join()
        {
            *self = Listing::Ready(Box::new(fonts));
        }
        match self {
            Listing::Ready(fonts) => Some(fonts),
            Listing::Pending(_) | Listing::Failed => None,
        }
    }
}

impl Fonts {
    /// The system's installed fonts (milliseconds to a second: not on a frame).
    pub fn system() -> Self {
        Self::list(Collection::new(CollectionOptions {
            shared: false,
            system_fonts: true,
        }))
    }

    fn list(mut collection: Collection) -> Self {
        let started = std::time::Instant::now();
        let mut families: Vec<String> = collection.family_names().map(str::to_owned).collect();
        families.sort();
        families.truncate(MAX_FAMILIES);
        tracing::debug!(
            "font scan: {} installed families listed in {:?}",
            families.len(),
            started.elapsed()
        );
        Self {
            collection,
            cache: SourceCache::new(SourceCacheOptions::default()),
            families,
        }
    }
}

impl FontProvider for CoverageScan {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let c = request.cluster.chars().next()?;
        let (family, font) = self.find(c)?;
        tracing::debug!("font scan: {family:?} draws {c:?} (the platform's fallback named none)");
        let index = font.index;
        let (blob, _) = font.blob.into_raw_parts();
        Some(FontInsert {
            name: format!("scan:{family}:{index}"),
            data: FontData::from_blob(blob, index),
            families: vec![InsertFontFamily {
                family: request.family.clone(),
                priority: FontPriority::Lowest,
            }],
        })
    }
}

/// Whether `font` has a drawable glyph (an outline) for `c`.
fn draws(font: &QueryFont, c: char) -> bool {
    use skrifa::MetadataProvider as _;
    let Some(glyph) = font.charmap().and_then(|map| map.map(c)) else {
        return false;
    };
    let glyph = skrifa::GlyphId::new(glyph);
    if glyph == skrifa::GlyphId::NOTDEF {
        return false;
    }
    skrifa::FontRef::from_index(font.blob.as_ref(), font.index)
        .is_ok_and(|f| f.outline_glyphs().get(glyph).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Only the test fonts under tests/fonts, none of the machine's.
    fn test_fonts() -> Collection {
        let mut collection = Collection::new(CollectionOptions {
            shared: false,
            system_fonts: false,
        });
        for file in [
            "NotoSansHebrew-shin-subset.ttf",
            "NotoSansCJKsc-li-subset.otf",
        ] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fonts")
                .join(file);
            let bytes = std::fs::read(path).unwrap();
            collection.register_fonts(bytes.into(), None);
        }
        collection
    }

    fn ask(scan: &CoverageScan, c: char) -> Option<String> {
        let cluster = c.to_string();
        let request = FallbackRequest {
            cluster: &cluster,
            family: &egui::FontFamily::Proportional,
        };
        scan.font_for(&request).map(|insert| insert.name)
    }

    #[test]
    fn finds_the_font_that_has_the_character_by_coverage() {
        let scan = CoverageScan::over(test_fonts());
        assert_eq!(ask(&scan, '李').as_deref(), Some("scan:Noto Sans CJK SC:0"));
        assert_eq!(ask(&scan, 'ש').as_deref(), Some("scan:Noto Sans Hebrew:0"));
    }

    #[test]
    fn a_character_no_font_has_gets_none() {
        let scan = CoverageScan::over(test_fonts());
        // The subsets hold one letter each: not 林, not Arabic.
        assert_eq!(ask(&scan, '林'), None);
        assert_eq!(ask(&scan, 'م'), None);
    }

    #[test]
    fn the_fonts_listed_on_another_thread_are_waited_for_once() {
        let scan = CoverageScan::pending(std::thread::spawn(|| Fonts::list(test_fonts())));
        assert_eq!(ask(&scan, '李').as_deref(), Some("scan:Noto Sans CJK SC:0"));
        assert_eq!(ask(&scan, 'ש').as_deref(), Some("scan:Noto Sans Hebrew:0"));
    }

    #[test]
    fn a_listing_thread_that_panicked_leaves_no_scan_and_no_panic() {
        let listing = std::thread::spawn(|| -> Fonts { panic!("a font file fontique choked on") });
        let scan = CoverageScan::pending(listing);
        assert_eq!(ask(&scan, '李'), None);
        assert_eq!(ask(&scan, 'ש'), None);
    }

    #[test]
    fn lookups_stop_when_the_run_has_spent_its_scans() {
        let scan =
            CoverageScan::with_budget(Listing::Ready(Box::new(Fonts::list(test_fonts()))), 2);
        assert_eq!(ask(&scan, '林'), None);
        assert_eq!(ask(&scan, '李').as_deref(), Some("scan:Noto Sans CJK SC:0"));
        // The third character is not looked up, though a font has it.
        assert_eq!(ask(&scan, 'ש'), None);
    }
}
