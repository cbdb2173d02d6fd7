//! The quote sheet a walk-in customer takes home (issue 14): the property,
//! the date, the compared options and their figures, as a PDF in the
//! customer's language (English, French or German), written with the
//! shared `pdf` module. Works for booked quotes too. Pure: bytes out.

use chrono::NaiveDate;

use crate::api::models::Quotation;
use crate::domain::quote::summarize;
use crate::i18n::{self, Language, tr};
use crate::pdf::{Column, PdfDocument, PdfError};

/// One compared option: its column title ("6 m³") and its quotation.
pub struct SheetOption<'a> {
    pub title: String,
    pub quotation: &'a Quotation,
}

fn code(lang: Language) -> &'static str {
    match lang {
        Language::English => "en",
        Language::French => "fr",
        Language::German => "de",
    }
}

/// The sheet's PDF. Every text is worded in `lang`, the figures as the API
/// formats them.
pub fn quote_sheet(
    lang: Language,
    property: &str,
    today: NaiveDate,
    options: &[SheetOption<'_>],
) -> Result<Vec<u8>, PdfError> {
    i18n::with_language(lang, || {
        let mut doc = PdfDocument::new(tr("Storage quote"), code(lang));
        doc.heading(tr("Storage quote"));
        doc.fields(vec![
            (tr("Property").to_owned(), property.to_owned()),
            (tr("Date").to_owned(), today.format("%d-%m-%Y").to_string()),
        ]);
        let dash = || "—".to_owned();
        let rows: Vec<Vec<String>> = options
            .iter()
            .map(|o| {
                let s = summarize(o.quotation);
                let f = |x: &Option<crate::domain::quote::Figure>| {
                    x.as_ref().map_or_else(dash, |f| f.shown.clone())
                };
                vec![
                    o.title.clone(),
                    s.payment_period.clone().unwrap_or_else(dash),
                    f(&s.first_payment),
                    f(&s.regular_payment),
                    s.discount_text.clone(),
                    f(&s.total_12_months),
                ]
            })
            .collect();
        doc.table(
            vec![
                Column::left(0.14),
                Column::left(0.16),
                Column::right(0.16),
                Column::right(0.16),
                Column::left(0.22),
                Column::right(0.16),
            ],
            [
                tr("Option"),
                tr("Payment period"),
                tr("First payment"),
                tr("Regular payment"),
                tr("Discount"),
                tr("12-month total"),
            ]
            .map(str::to_owned)
            .to_vec(),
            rows,
        );
        doc.paragraph(tr(
            "Prices as quoted on the date above, tax included; they are confirmed when the booking is made.",
        ));
        doc.render()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Endpoint;
    use crate::api::envelope::parse;

    fn quotation(body: &str) -> Quotation {
        parse::<Quotation>(Endpoint::Quotation, 200, body.as_bytes())
            .unwrap()
            .data
    }

    #[test]
    fn the_sheet_reads_back_with_the_figures_in_the_customers_language() {
        let documented = quotation(crate::api::documented::QUOTATION_PREVIEW);
        let berlin = quotation(include_str!(
            "../fixtures/sandbox/quotation-berlin-tempelhof-signed.json"
        ));
        let options = [
            SheetOption {
                title: "9 m²".into(),
                quotation: &documented,
            },
            SheetOption {
                title: "5 m²".into(),
                quotation: &berlin,
            },
        ];
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let bytes = quote_sheet(Language::French, "Lyon Gerland", day, &options).unwrap();
        let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
        let squeezed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for want in ["Devis de stockage", "Lyon Gerland", "01-12-2026", "9 m²", "5 m²"] {
            assert!(squeezed.contains(want), "{want} not in {squeezed}");
        }
        // Each option's first and regular payment as the summary shows them.
        for q in [&documented, &berlin] {
            let s = i18n::with_language(Language::French, || summarize(q));
            for f in [s.first_payment, s.regular_payment].into_iter().flatten() {
                let shown: String = f.shown.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(squeezed.contains(&shown), "{shown} not in {squeezed}");
            }
        }
        let en = quote_sheet(Language::English, "Lyon Gerland", day, &options).unwrap();
        let en_text = pdf_extract::extract_text_from_mem(&en).unwrap();
        assert!(en_text.contains("Storage quote"));
    }
}
