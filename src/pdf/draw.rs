//! Writes laid-out pages with krilla: text, rules, images, the footer and
//! the document's metadata.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::{Data, Document};

use super::font::{FONT_BYTES, Metrics};
use super::layout::{Item, MARGIN, PAGE_H, PAGE_W, Page, Style, TEXT_W};
use super::{Block, PdfDocument, PdfError};

const FOOTER_SIZE: f32 = 8.5;

/// Decodes the document's PNG blocks, in order.
pub(crate) fn decode_images(blocks: &[Block]) -> Result<Vec<Image>, PdfError> {
    blocks
        .iter()
        .filter_map(|block| match block {
            Block::Image { png, .. } => Some(png),
            _ => None,
        })
        .map(|png| Image::from_png(Data::from(png.clone()), true).map_err(PdfError::Image))
        .collect()
}

pub(crate) fn write(
    doc: &PdfDocument,
    pages: &[Page],
    images: Vec<Image>,
    metrics: &Metrics,
) -> Result<Vec<u8>, PdfError> {
    let font = Font::new(Data::from(FONT_BYTES), 0).ok_or(PdfError::Font)?;
    let settings =
        PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(PdfError::Write("page size".into()))?;
    let mut document = Document::new();
    for (n, page) in pages.iter().enumerate() {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for item in &page.items {
            draw_item(&mut surface, item, &font, &images);
        }
        let label = doc
            .page_label
            .replace("{page}", &(n + 1).to_string())
            .replace("{pages}", &pages.len().to_string());
        draw_footer(&mut surface, &font, metrics, &doc.title, &label);
        surface.finish();
        pdf_page.finish();
    }
    document.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.language.clone())
            .creator("storedesk".to_owned()),
    );
    document
        .finish()
        .map_err(|error| PdfError::Write(format!("{error:?}")))
}

fn draw_item(surface: &mut Surface<'_>, item: &Item, font: &Font, images: &[Image]) {
    match item {
        Item::Text {
            x,
            y,
            size,
            style,
            text,
        } => draw_text(surface, font, Point::from_xy(*x, *y), *size, *style, text),
        Item::Rule { x, y, width } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *width, 0.4) else {
                return;
            };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                surface.set_fill(Some(fill(200)));
                surface.draw_path(&path);
            }
        }
        Item::Image {
            x,
            y,
            width,
            height,
            index,
        } => {
            let (Some(image), Some(size)) = (images.get(*index), Size::from_wh(*width, *height))
            else {
                return;
            };
            surface.push_transform(&Transform::from_translate(*x, *y));
            surface.draw_image(image.clone(), size);
            surface.pop();
        }
    }
}

fn draw_text(
    surface: &mut Surface<'_>,
    font: &Font,
    at: Point,
    size: f32,
    style: Style,
    text: &str,
) {
    let (grey, bold) = match style {
        Style::Plain => (0, false),
        Style::Bold => (0, true),
        Style::Grey => (85, false),
    };
    surface.set_fill(Some(fill(grey)));
    // Ubuntu Light has no bold face: a thin outline in the text's colour
    // thickens it.
    surface.set_stroke(bold.then(|| Stroke {
        width: size * 0.035,
        ..Stroke::default()
    }));
    surface.draw_text(at, font.clone(), size, text, false, TextDirection::Auto);
    surface.set_stroke(None);
}

fn draw_footer(
    surface: &mut Surface<'_>,
    font: &Font,
    metrics: &Metrics,
    title: &str,
    label: &str,
) {
    let y = PAGE_H - 40.0;
    draw_text(
        surface,
        font,
        Point::from_xy(MARGIN, y),
        FOOTER_SIZE,
        Style::Grey,
        title,
    );
    let x = MARGIN + TEXT_W - metrics.width(label, FOOTER_SIZE);
    draw_text(
        surface,
        font,
        Point::from_xy(x, y),
        FOOTER_SIZE,
        Style::Grey,
        label,
    );
}

fn fill(grey: u8) -> Fill {
    Fill {
        paint: rgb::Color::new(grey, grey, grey).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}
