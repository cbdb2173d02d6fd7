use super::*;
use crate::api::Endpoint;
use crate::api::envelope::parse;

fn quotation(body: &str) -> Box<Quotation> {
    Box::new(
        parse::<Quotation>(Endpoint::Quotation, 200, body.as_bytes())
            .unwrap()
            .data,
    )
}

fn options() -> Vec<SheetOption> {
    let documented = quotation(crate::api::documented::QUOTATION_PREVIEW);
    let berlin = quotation(include_str!(
        "../../fixtures/sandbox/quotation-berlin-tempelhof-signed.json"
    ));
    vec![
        SheetOption {
            title: "9 m²".into(),
            booked: false,
            quotation: documented,
        },
        SheetOption {
            title: "5 m²".into(),
            booked: true,
            quotation: berlin,
        },
    ]
}

fn request(language: Language, options: Vec<SheetOption>) -> SheetRequest {
    SheetRequest {
        language,
        property: Some("Lyon Gerland".into()),
        move_in: NaiveDate::from_ymd_opt(2026, 12, 14),
        date: NaiveDate::from_ymd_opt(2026, 12, 1),
        options,
    }
}

/// The PDF's text, runs of white space made one space.
fn text_of(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).unwrap();
    squeeze(&text)
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_sheet_reads_back_with_the_figures_the_screen_shows() {
    let bytes = quote_sheet(&request(Language::French, options())).unwrap();
    let text = text_of(&bytes);
    for want in [
        "Devis de stockage",
        "Lyon Gerland",
        "01-12-2026",
        "14-12-2026",
        "9 m²",
    ] {
        assert!(text.contains(want), "{want} not in {text}");
    }
    // The figures as the walk-in comparison computes them, in French.
    let columns = i18n::with_language(Language::French, || sheet_columns(&options()));
    assert_eq!(columns.len(), 2);
    for c in &columns {
        let s = &c.summary;
        let figures = [&s.first_payment, &s.regular_payment, &s.total_12_months];
        let shown: Vec<String> = figures
            .into_iter()
            .flatten()
            .map(|f| f.shown.clone())
            .chain([c.cycles_total.clone(), c.difference.clone()])
            .collect();
        assert!(shown.len() >= 4, "too few figures for {}", c.title);
        for want in shown.iter().chain([&s.discount_text, &c.title]) {
            let want = squeeze(want);
            assert!(text.contains(&want), "{want} not in {text}");
        }
        // A wrapped line can lose its space when read back: compare the
        // long explanation without any white space.
        let tight = |t: &str| t.split_whitespace().collect::<String>();
        assert!(
            !c.first_in_words.is_empty(),
            "{} has no explanation",
            c.title
        );
        assert!(tight(&text).contains(&tight(&c.first_in_words)), "{text}");
    }
    assert_eq!(columns[1].title, "Dossier : 5 m²");
    // One option is the cheapest.
    assert!(columns.iter().any(|c| c.difference == "le moins cher"));
}

#[test]
fn each_language_has_its_own_words() {
    for (lang, title) in [
        (Language::English, "Storage quote"),
        (Language::French, "Devis de stockage"),
        (Language::German, "Lagerangebot"),
    ] {
        let text = text_of(&quote_sheet(&request(lang, options())).unwrap());
        assert!(text.contains(title), "{title} not in {text}");
    }
}

#[test]
fn a_booked_quote_alone_makes_a_sheet() {
    let mut one = options();
    one.remove(0);
    let mut req = request(Language::English, one);
    req.property = None;
    req.move_in = None;
    let text = text_of(&quote_sheet(&req).unwrap());
    let columns = i18n::with_language(Language::English, || sheet_columns(&req.options));
    let first = columns[0].summary.first_payment.as_ref().unwrap();
    assert!(text.contains(&squeeze(&first.shown)), "{text}");
    assert!(text.contains("Booked: 5 m²"), "{text}");
    assert!(text.contains("cheapest"));
    // The property comes from the quote itself when none was chosen.
    if let Some(p) = &columns[0].summary.property {
        assert!(text.contains(&squeeze(p)), "{p} not in {text}");
    }
}

#[test]
fn the_file_name_holds_the_date_only() {
    assert_eq!(
        file_name(NaiveDate::from_ymd_opt(2026, 12, 1)),
        "quote-sheet-2026-12-01.pdf"
    );
    assert_eq!(file_name(None), "quote-sheet.pdf");
}

/// The first payment in words goes from the rent through the discount and
/// the tax to the first payment the table shows, in the sheet's language
/// (issue 27: it stopped at the rent, under "First payment 56,89 €").
#[test]
fn the_first_payment_in_words_ends_on_the_first_payment() {
    for (lang, discount, tax) in [
        (Language::English, "− 2,50 € discount", "+ 20 % VAT 9,48 €"),
        (Language::French, "− 2,50 € de remise", "+ TVA 20 % 9,48 €"),
        (Language::German, "− 2,50 € Rabatt", "+ 20 % MwSt. 9,48 €"),
    ] {
        let columns = i18n::with_language(lang, || sheet_columns(&options()));
        let documented = &columns[0];
        let first = documented.summary.first_payment.as_ref().unwrap();
        assert_eq!(first.shown, "56,89 €");
        let words = &documented.first_in_words;
        assert!(words.contains("= 49,91 €"), "{lang:?}: {words}");
        assert!(words.contains(discount), "{lang:?}: {words}");
        assert!(words.contains("= 47,41 €"), "{lang:?}: {words}");
        assert!(words.contains(tax), "{lang:?}: {words}");
        assert!(
            words.contains(&format!("= {}", first.shown)),
            "{lang:?}: {words}"
        );
        // On the sheet itself.
        let text = text_of(&quote_sheet(&request(lang, options())).unwrap());
        let tight = |t: &str| t.split_whitespace().collect::<String>();
        assert!(tight(&text).contains(&tight(words)), "{lang:?}: {text}");
    }
}
