//! The PDF writer's tests: text is read back with `pdf-extract` (a separate,
//! maintained PDF reader), structure with its `lopdf`.

use super::font::Metrics;
use super::layout::{self, Item, TEXT_W};
use super::*;

fn text_of(bytes: &[u8]) -> String {
    pdf_extract::extract_text_from_mem(bytes).expect("readable PDF")
}

fn pages_of(bytes: &[u8]) -> Vec<String> {
    pdf_extract::extract_text_from_mem_by_pages(bytes).expect("readable PDF")
}

/// A 3×2 PNG made with the `image` crate the app already uses.
fn tiny_png() -> Vec<u8> {
    let picture = ::image::RgbaImage::from_pixel(3, 2, ::image::Rgba([10, 20, 30, 255]));
    let mut png = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut png),
            ::image::ImageFormat::Png,
        )
        .expect("encode PNG");
    png
}

#[test]
fn french_and_german_text_and_the_euro_sign_come_back_out() {
    let mut doc = PdfDocument::new("Contrat", "fr");
    doc.heading("Contrat de location");
    doc.paragraph("Loyer mensuel : 120,50 € TTC, payé d'avance.");
    doc.paragraph("Mietvertrag für Lagerräume: Größe 5 m², Kündigung schriftlich.");
    let text = text_of(&doc.render().expect("render"));
    for expected in [
        "Contrat de location",
        "120,50 €",
        "payé",
        "Lagerräume",
        "Größe",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text:?}");
    }
}

#[test]
fn fields_and_tables_keep_their_cells() {
    let mut doc = PdfDocument::new("Quote", "en");
    doc.fields(vec![
        ("Booking".into(), "B-1042".into()),
        ("Unit".into(), "A12".into()),
    ]);
    doc.table(
        vec![Column::left(0.6), Column::right(0.4)],
        vec!["Item".into(), "Amount".into()],
        vec![
            vec!["Rent".into(), "99.00 €".into()],
            vec!["Deposit".into(), "50.00 €".into()],
        ],
    );
    let text = text_of(&doc.render().expect("render"));
    for expected in [
        "Booking",
        "B-1042",
        "A12",
        "Item",
        "Amount",
        "Rent",
        "99.00 €",
        "Deposit",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text:?}");
    }
}

#[test]
fn long_documents_get_numbered_pages() {
    let mut doc = PdfDocument::new("Terms", "en");
    doc.page_label = "Page {page} of {pages}".into();
    for n in 0..120 {
        doc.paragraph(format!(
            "Clause {n}: the tenant keeps the unit clean and dry."
        ));
    }
    let pages = pages_of(&doc.render().expect("render"));
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let last = pages.len();
    assert!(pages[0].contains(&format!("Page 1 of {last}")));
    assert!(pages[last - 1].contains(&format!("Page {last} of {last}")));
    assert!(pages[last - 1].contains("Clause 119"));
}

#[test]
fn metadata_carries_title_and_language() {
    let bytes = PdfDocument::new("Signing receipt", "de")
        .render()
        .expect("render");
    let pdf = pdf_extract::Document::load_mem(&bytes).expect("parse");
    let catalog = pdf.catalog().expect("catalog");
    let lang = catalog.get(b"Lang").and_then(|l| l.as_str()).expect("Lang");
    assert_eq!(lang, b"de");
    assert_eq!(pdf.get_pages().len(), 1);
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("Signing receipt"),
        "title missing from the metadata"
    );
}

#[test]
fn an_embedded_png_becomes_an_image_xobject() {
    let mut doc = PdfDocument::new("Signature", "en");
    doc.image(tiny_png(), 150.0);
    let bytes = doc.render().expect("render");
    let pdf = pdf_extract::Document::load_mem(&bytes).expect("parse");
    let images = pdf
        .objects
        .values()
        .filter_map(|object| object.as_stream().ok())
        .filter(|stream| {
            stream.dict.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Image".as_slice())
        })
        .map(|stream| {
            stream
                .dict
                .get(b"Width")
                .and_then(|w| w.as_i64())
                .unwrap_or(0)
        })
        .collect::<Vec<_>>();
    // The picture (and its alpha mask, if the writer adds one), 3 px wide.
    assert!(
        !images.is_empty() && images.iter().all(|w| *w == 3),
        "{images:?}"
    );
}

#[test]
fn a_broken_png_is_an_error_not_a_panic() {
    let mut doc = PdfDocument::new("Signature", "en");
    doc.image(b"not a png".to_vec(), 100.0);
    assert!(matches!(doc.render(), Err(PdfError::Image(_))));
}

#[test]
fn wrapping_keeps_lines_within_the_width_and_keeps_every_word() {
    let metrics = Metrics::new().expect("font");
    let text = "Le locataire s'engage à utiliser le box uniquement pour l'entreposage de biens \
                lui appartenant, à l'exclusion de toute matière dangereuse. Supercalifragilisticexpialidocious";
    let lines = layout::wrap(text, 120.0, 10.5, &metrics);
    assert!(lines.len() > 3);
    for line in &lines {
        assert!(metrics.width(line, 10.5) <= 120.0, "{line:?} is too wide");
    }
    let rejoined: String = lines.concat().split_whitespace().collect();
    let original: String = text.split_whitespace().collect();
    assert_eq!(rejoined, original);
}

#[test]
fn a_table_repeats_its_header_on_each_page() {
    let metrics = Metrics::new().expect("font");
    let rows = (0..90)
        .map(|n| vec![format!("Row {n}"), format!("{n}.00 €")])
        .collect();
    let blocks = [Block::Table {
        columns: vec![Column::left(0.5), Column::right(0.5)],
        header: vec!["Item".into(), "Amount".into()],
        rows,
    }];
    let pages = layout::lay_out(&blocks, &[], &metrics);
    assert!(pages.len() >= 2);
    for page in &pages {
        let first_text = page.items.iter().find_map(|item| match item {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        });
        assert_eq!(first_text, Some("Item"));
    }
}

#[test]
fn right_aligned_cells_end_at_the_column_edge() {
    let metrics = Metrics::new().expect("font");
    let blocks = [Block::Table {
        columns: vec![Column::left(0.5), Column::right(0.5)],
        header: vec!["Item".into(), "1.00 €".into()],
        rows: vec![vec!["Rent".into(), "1234.56 €".into()]],
    }];
    let pages = layout::lay_out(&blocks, &[], &metrics);
    let ends: Vec<f32> = pages[0]
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Text { x, text, size, .. } if text.contains('€') => {
                Some(x + metrics.width(text, *size))
            }
            _ => None,
        })
        .collect();
    assert_eq!(ends.len(), 2);
    assert!((ends[0] - ends[1]).abs() < 0.01);
    assert!(ends[0] <= layout::MARGIN + TEXT_W);
}
