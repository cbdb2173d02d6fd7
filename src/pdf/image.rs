//! A rendered page, below the renderer and the size planning that both use it.

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
