//! Simple PDF documents (A4, one font, headings, paragraphs, tables, an
//! image, page numbers) written with `krilla`, a maintained PDF writer.
//!
//! Pure: a [`PdfDocument`] in, PDF bytes out. No I/O, no egui. Used for the
//! sandbox's contracts, the signing receipt and the walk-in quote sheet.
//!
//! ```no_run
//! use storedesk::pdf::{Column, PdfDocument};
//! let mut doc = PdfDocument::new("Receipt", "fr");
//! doc.heading("Reçu de signature");
//! doc.paragraph("Montant : 120,00 €");
//! doc.fields(vec![("Réservation".into(), "B-1".into())]);
//! doc.table(
//!     vec![Column::left(0.7), Column::right(0.3)],
//!     vec!["Article".into(), "Prix".into()],
//!     vec![vec!["Loyer".into(), "100,00 €".into()]],
//! );
//! let bytes = doc.render().unwrap_or_default();
//! ```

pub mod bounds;
pub mod child;
mod draw;
mod font;
pub mod isolated;
mod layout;
pub mod page_stream;
pub mod read;

#[cfg(test)]
mod tests;

/// One piece of a document's flow, laid out top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The document's title line (large, bold).
    Heading(String),
    /// A section title.
    Subheading(String),
    /// Wrapped text; a '\n' starts a new line.
    Paragraph(String),
    /// Label/value rows (two columns, labels in grey).
    Fields(Vec<(String, String)>),
    /// A table with a bold header row, repeated on each page it spans.
    Table {
        columns: Vec<Column>,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// A PNG picture `width` points wide (height from its aspect ratio),
    /// shrunk to fit the page if needed.
    Image { png: Vec<u8>, width: f32 },
    /// Vertical space in points.
    Spacer(f32),
    /// Continue on a new page.
    PageBreak,
}

/// A table column: its share of the text width and its alignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// Fraction of the text width (the fractions of a table should add up to 1).
    pub width: f32,
    /// Right-aligned (amounts) rather than left-aligned.
    pub align_right: bool,
}

impl Column {
    pub fn left(width: f32) -> Self {
        Self {
            width,
            align_right: false,
        }
    }

    pub fn right(width: f32) -> Self {
        Self {
            width,
            align_right: true,
        }
    }
}

/// A document to render: metadata, the page label and the blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfDocument {
    /// Shown in the viewer's title bar and in the footer.
    pub title: String,
    /// BCP 47 language tag ("en", "fr", "de") for screen readers.
    pub language: String,
    /// Footer page label; "{page}" and "{pages}" are replaced.
    pub page_label: String,
    pub blocks: Vec<Block>,
}

/// Why a document could not be written.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum PdfError {
    #[error("the bundled font could not be read")]
    Font,
    #[error("an image is not a readable PNG: {0}")]
    Image(String),
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

impl PdfDocument {
    pub fn new(title: impl Into<String>, language: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            language: language.into(),
            page_label: "{page} / {pages}".to_owned(),
            blocks: Vec::new(),
        }
    }

    pub fn heading(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Block::Heading(text.into()))
    }

    pub fn subheading(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Block::Subheading(text.into()))
    }

    pub fn paragraph(&mut self, text: impl Into<String>) -> &mut Self {
        self.push(Block::Paragraph(text.into()))
    }

    pub fn fields(&mut self, rows: Vec<(String, String)>) -> &mut Self {
        self.push(Block::Fields(rows))
    }

    pub fn table(
        &mut self,
        columns: Vec<Column>,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    ) -> &mut Self {
        self.push(Block::Table {
            columns,
            header,
            rows,
        })
    }

    pub fn image(&mut self, png: Vec<u8>, width: f32) -> &mut Self {
        self.push(Block::Image { png, width })
    }

    pub fn spacer(&mut self, points: f32) -> &mut Self {
        self.push(Block::Spacer(points))
    }

    pub fn page_break(&mut self) -> &mut Self {
        self.push(Block::PageBreak)
    }

    pub fn push(&mut self, block: Block) -> &mut Self {
        self.blocks.push(block);
        self
    }

    /// Lays the blocks out on A4 pages and writes the PDF.
    pub fn render(&self) -> Result<Vec<u8>, PdfError> {
        let metrics = font::Metrics::new().ok_or(PdfError::Font)?;
        let images = draw::decode_images(&self.blocks)?;
        let sizes: Vec<(u32, u32)> = images.iter().map(|image| image.size()).collect();
        let pages = layout::lay_out(&self.blocks, &sizes, &metrics);
        draw::write(self, &pages, images, &metrics)
    }
}
