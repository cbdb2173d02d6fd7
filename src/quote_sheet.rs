//! The quote sheet a customer takes home (issue 14): the property, the
//! date, the compared options and their figures, as a PDF in the
//! customer's language (English, French or German), written with the
//! shared `pdf` module. Works for walk-in and booked quotes alike. Pure:
//! a [`SheetRequest`] in, bytes out.
//!
//! Every figure comes from the domain values the screen shows
//! ([`WalkinQuote`], [`difference_to_cheapest`]), worded again in the
//! sheet's language. How long the prices hold is not said: the API does
//! not tell, and the sheet does not invent it.

use chrono::NaiveDate;

use crate::api::models::Quotation;
use crate::domain::quote::{Figure, QuoteSummary};
use crate::domain::walkin::{WalkinQuote, difference_to_cheapest};
use crate::i18n::{self, Language, tr, trf};
use crate::pdf::{Column, PdfDocument, PdfError};

/// Options per table: more would not fit the page's width.
const PER_TABLE: usize = 3;

/// One compared option.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetOption {
    /// "6 m³" for a walk-in size; the unit for a booked quote.
    pub title: String,
    /// A booked quote (its column says so).
    pub booked: bool,
    pub quotation: Box<Quotation>,
}

/// What a sheet is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRequest {
    pub language: Language,
    /// The property's name (walk-in); else the options' own properties.
    pub property: Option<String>,
    pub move_in: Option<NaiveDate>,
    /// The day of the sheet (the app fills it in from its clock).
    pub date: Option<NaiveDate>,
    pub options: Vec<SheetOption>,
}

/// One option's figures, worded in the current language.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetColumn {
    pub title: String,
    pub summary: QuoteSummary,
    /// The first payment explained (proration), or empty.
    pub first_in_words: String,
    /// The first payment and the next 12 cycles.
    pub cycles_total: String,
    /// "+12,00 €", "cheapest" or "—" (12-month totals).
    pub difference: String,
}

/// The options' figures, as the walk-in comparison computes them.
pub fn sheet_columns(options: &[SheetOption]) -> Vec<SheetColumn> {
    let quotes: Vec<WalkinQuote> = options
        .iter()
        .map(|o| WalkinQuote::new((*o.quotation).clone()))
        .collect();
    let summaries: Vec<QuoteSummary> = quotes.iter().map(|q| q.summary.clone()).collect();
    let differences = difference_to_cheapest(&summaries);
    options
        .iter()
        .zip(quotes)
        .zip(differences)
        .map(|((o, q), difference)| SheetColumn {
            title: if o.booked {
                trf("booked-name", &[("name", &o.title)])
            } else {
                o.title.clone()
            },
            summary: q.summary,
            first_in_words: q.proration_text,
            cycles_total: q.cycles_total,
            difference,
        })
        .collect()
}

/// "quote-sheet-2026-12-01.pdf": no customer detail in the name.
pub fn file_name(date: Option<NaiveDate>) -> String {
    date.map_or_else(
        || "quote-sheet.pdf".to_owned(),
        |d| format!("quote-sheet-{}.pdf", d.format("%Y-%m-%d")),
    )
}

fn code(lang: Language) -> &'static str {
    match lang {
        Language::English => "en",
        Language::French => "fr",
        Language::German => "de",
    }
}

/// The sheet's PDF, every text in the request's language.
pub fn quote_sheet(request: &SheetRequest) -> Result<Vec<u8>, PdfError> {
    i18n::with_language(request.language, || {
        let columns = sheet_columns(&request.options);
        let mut doc = PdfDocument::new(tr("storage-quote"), code(request.language));
        doc.page_label = tr("page-page-of-pages").to_owned();
        doc.heading(tr("storage-quote"));
        doc.fields(header_fields(request, &columns));
        if columns.is_empty() {
            doc.paragraph(tr("no-quote-to-show"));
        }
        for chunk in columns.chunks(PER_TABLE) {
            figures_table(&mut doc, chunk);
        }
        let explained: Vec<&SheetColumn> = columns
            .iter()
            .filter(|c| !c.first_in_words.trim().is_empty())
            .collect();
        if !explained.is_empty() {
            doc.subheading(tr("first-payment-in-words"));
            for c in explained {
                doc.paragraph(format!("{}: {}", c.title, c.first_in_words));
            }
        }
        doc.render()
    })
}

/// Property, date and move-in date.
fn header_fields(request: &SheetRequest, columns: &[SheetColumn]) -> Vec<(String, String)> {
    let property = request.property.clone().filter(|p| !p.trim().is_empty());
    let property = property.or_else(|| {
        let mut names: Vec<String> = Vec::new();
        for name in columns.iter().filter_map(|c| c.summary.property.clone()) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        (!names.is_empty()).then(|| names.join(", "))
    });
    let day = |d: NaiveDate| d.format("%d-%m-%Y").to_string();
    let mut fields = Vec::new();
    if let Some(p) = property {
        fields.push((tr("property").to_owned(), p));
    }
    if let Some(d) = request.date {
        fields.push((tr("date").to_owned(), day(d)));
    }
    if let Some(d) = request.move_in {
        fields.push((tr("move-in-date").to_owned(), day(d)));
    }
    fields
}

/// Options side by side: a label column, then one column per option.
fn figures_table(doc: &mut PdfDocument, chunk: &[SheetColumn]) {
    let share = 0.72 / chunk.len().max(1) as f32;
    let mut widths = vec![Column::left(0.28)];
    widths.extend(chunk.iter().map(|_| Column::right(share)));
    let mut header = vec![String::new()];
    header.extend(chunk.iter().map(|c| c.title.clone()));
    let labels = [
        tr("size-title"),
        tr("payment-period"),
        tr("first-payment"),
        tr("regular-payment"),
        tr("discount"),
        tr("msg-12-month-total"),
        tr("first-payment-and-12-cycles"),
        tr("difference-to-the-cheapest-12-months"),
    ];
    let cells: Vec<[String; 8]> = chunk.iter().map(column_cells).collect();
    let rows = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut row = vec![(*label).to_owned()];
            row.extend(cells.iter().map(|c| c[i].clone()));
            row
        })
        .collect();
    doc.table(widths, header, rows);
}

/// One option's cells, in the order of [`figures_table`]'s labels.
fn column_cells(c: &SheetColumn) -> [String; 8] {
    let dash = || "—".to_owned();
    let figure = |f: &Option<Figure>| f.as_ref().map_or_else(dash, |f| f.shown.clone());
    let s = &c.summary;
    [
        s.size.clone().unwrap_or_else(dash),
        s.payment_period.clone().unwrap_or_else(dash),
        figure(&s.first_payment),
        figure(&s.regular_payment),
        s.discount_text.clone(),
        figure(&s.total_12_months),
        c.cycles_total.clone(),
        c.difference.clone(),
    ]
}

#[cfg(test)]
mod tests;
