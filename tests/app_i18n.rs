//! The app in French and German: switching the language in Settings changes
//! every string on screen, and every translation can be drawn with the
//! app's fonts.
//!
//! Each app sets the language of its own thread (each test's), so these
//! tests run in parallel without seeing each other's language.

mod common;

use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
#[allow(unused_imports)]
use egui_kittest::kittest::Queryable as _;
use storedesk::i18n::{self, Language, tr, with_language};
use storedesk::ui::app::{Panel, StoreDeskApp};
use storedesk::ui::lookup::ID_FIELD_LABEL;

/// What the Lookup panel shows around the documented reservation's card.
const LOOKUP_LABELS: &[&str] = &[
    "Look up a reservation or booking",
    "Reservation or booking id",
    "Look up",
    "Recent:",
    "Lookup",
    "Quote comparison",
    "Signature",
    "Property hours",
    "Settings",
    "Client",
    "Name",
    "Email",
    "Phone",
    "Address",
    "Property",
    "Office hours",
    "Unit",
    "Storage type",
    "Category",
    "Space",
    "Size",
    "Dimensions",
    "Dates",
    "Transaction",
    "Reservation",
    "Move-in",
    "Contract",
    "Not signed yet",
    "Quote",
    "First payment",
    "Regular payment",
    "Open in Quote comparison",
    "Take signature",
];

/// Texts that begin composed lines (status bar, card heading): message
/// id, and what follows it in English.
const ENGLISH_PREFIXES: &[(&str, &str)] = &[
    ("server-server", ""),
    ("api-key-key", ""),
    ("reservation", " "),
];

/// Every text on screen: widgets' names, and labels' texts (AccessKit keeps
/// a label's text as its value).
fn labels(h: &Harness<'_, StoreDeskApp>) -> Vec<String> {
    h.query_all_by(|_| true)
        .flat_map(|n| {
            let n = n.accesskit_node();
            [n.label(), n.value()]
        })
        .flatten()
        .filter(|l| !l.is_empty())
        .collect()
}

/// English texts of the messages still on screen although `lang` words
/// them differently.
fn english_left(h: &Harness<'_, StoreDeskApp>, lang: Language) -> Vec<String> {
    let shown = labels(h);
    let mut left: Vec<String> = Vec::new();
    for id in i18n::ids() {
        let en = with_language(Language::English, || i18n::tr_dyn(id));
        let translated = with_language(lang, || i18n::tr_dyn(id));
        if translated != en && shown.iter().any(|l| l == en) {
            left.push(en.to_owned());
        }
    }
    let before_placeholder = |t: &'static str| t.split('{').next().unwrap_or(t);
    for &(key, then) in ENGLISH_PREFIXES {
        let en = format!("{}{then}", before_placeholder(key));
        let translated = format!(
            "{}{then}",
            before_placeholder(with_language(lang, || tr(key)))
        );
        if en != translated && shown.iter().any(|l| l.starts_with(&en)) {
            left.push(format!("{en}…"));
        }
    }
    left
}

/// Settings → the Language combo box → `lang`, then back to Lookup; all by
/// the labels the user sees at that moment.
fn switch_language(h: &mut Harness<'_, StoreDeskApp>, lang: Language) {
    switch_language_back_to(h, lang, Panel::Lookup);
}

fn switch_language_back_to(h: &mut Harness<'_, StoreDeskApp>, lang: Language, back: Panel) {
    let before = h.state().language();
    let in_before = |id: &'static str| with_language(before, || tr(id));
    h.get_by_label(in_before("settings")).click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().state.panel, Panel::Settings);
    h.get_by_label(in_before("language")).click_accesskit();
    h.run_steps(2);
    h.get_by_label(lang.native_name()).click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().settings.language, lang, "the setting changed");
    assert_eq!(i18n::language(), lang, "and the app's language");
    let in_after = |id: &'static str| with_language(lang, || tr(id));
    // The Settings panel itself speaks the new language at once.
    assert!(has_text(h, in_after("appearance")));
    let back_label = with_language(lang, || back.title());
    h.get_by_label(back_label).click_accesskit();
    h.run_steps(3);
    assert_eq!(h.state().state.panel, back);
}

/// Every panel, as it stands, shows no English text that `lang` words
/// differently; then back to Lookup.
fn every_panel_speaks(h: &mut Harness<'_, StoreDeskApp>, lang: Language) {
    for panel in Panel::ALL.into_iter().chain([Panel::Lookup]) {
        h.get_by_label(with_language(lang, || panel.title()))
            .click_accesskit();
        h.run_steps(3);
        assert_eq!(h.state().state.panel, panel);
        assert_eq!(
            english_left(h, lang),
            Vec::<String>::new(),
            "{panel:?} in {lang:?}"
        );
        for fragment in ENGLISH_FRAGMENTS {
            assert!(
                !has_text(h, fragment),
                "{panel:?} in {lang:?} still shows {fragment:?}"
            );
        }
    }
}

/// Words of composed English lines (hours status, key state, error boxes).
const ENGLISH_FRAGMENTS: &[&str] = &[
    "Public holidays",
    "Times are in",
    "Open now",
    "Closed ·",
    "closes ",
    "opens ",
    "What to do",
    "days open",
    "ends with",
    "kept in",
    "Take signature",
    "Side by side",
];

#[test]
fn switching_language_in_settings_changes_every_visible_string() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    enter_id(&mut h, RESERVATION_ID);
    step_until(&mut h, "the client's name", |h| has_text(h, "Renaud Pons"));
    h.run_steps(2);
    // In English, the card's labels are all there (the lists below are
    // meaningful only if they are).
    for label in LOOKUP_LABELS {
        assert!(
            h.query_all_by_label(label).next().is_some(),
            "English: {label:?} is shown"
        );
    }

    switch_language(&mut h, Language::French);
    for label in [
        "Client",
        "Site",
        "Rechercher une réservation ou un dossier",
        "Identifiant de réservation ou de dossier",
        "Box",
        "Entrée dans les lieux",
        "Paiement régulier",
        "Pas encore signé",
        "Faire signer",
        "Recherche",
        "Horaires des sites",
        "Paramètres",
    ] {
        assert!(has_text(&h, label), "French: {label:?} is shown");
    }
    assert!(has_text(&h, "Serveur : "), "the status bar too");
    assert!(has_text(&h, "Renaud Pons"), "the data stays");
    assert_eq!(english_left(&h, Language::French), Vec::<String>::new());
    every_panel_speaks(&mut h, Language::French);

    switch_language(&mut h, Language::German);
    for label in [
        "Kunde",
        "Standort",
        "Reservierung oder Buchung suchen",
        "Reservierungs- oder Buchungs-ID",
        "Lagerraum",
        "Einzug",
        "Regelmäßige Zahlung",
        "Noch nicht unterschrieben",
        "Unterschrift einholen",
        "Suche",
        "Öffnungszeiten",
        "Einstellungen",
    ] {
        assert!(has_text(&h, label), "German: {label:?} is shown");
    }
    assert!(has_text(&h, "API-Schlüssel: "), "the status bar too");
    assert_eq!(english_left(&h, Language::German), Vec::<String>::new());
    every_panel_speaks(&mut h, Language::German);

    switch_language(&mut h, Language::English);
    for label in LOOKUP_LABELS {
        assert!(
            h.query_all_by_label(label).next().is_some(),
            "English again: {label:?} is shown"
        );
    }
    assert!(!has_text(&h, "Kunde") && !has_text(&h, "Standort"));
    // The choice is saved with the settings.
    switch_language(&mut h, Language::French);
    let mut storage = MemStorage::default();
    h.state().save_to(&mut storage);
    assert!(
        storage.0.values().any(|v| v.contains("French")),
        "the language is in the saved settings: {:?}",
        storage.0
    );
}

#[test]
fn an_error_shown_before_the_switch_is_reworded_after_it() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    h.get_by_label(tr(ID_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(ID_FIELD_LABEL))
        .type_text("00000000-0000-4000-8000-000000000000");
    h.step();
    h.key_press(egui::Key::Enter);
    step_until(&mut h, "the not-found message", |h| {
        has_text(h, "No reservation or booking with this id")
    });
    switch_language(&mut h, Language::German);
    assert!(has_text(
        &h,
        "Keine Reservierung oder Buchung mit dieser ID"
    ));
    assert!(has_text(
        &h,
        "Was ist zu tun: Prüfen Sie die ID in der Bestätigungs-E-Mail"
    ));
    assert!(!has_text(&h, "No reservation or booking with this id"));
}

#[test]
fn the_quote_comparison_is_reworded_when_the_language_changes() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = sandbox_app(&rt, &sandbox);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| has_text(h, "Avenall Pouchard"));
    h.get_by_label("Open in Quote comparison").click_accesskit();
    step_until(&mut h, "the comparison", |h| {
        has_text(h, "Why is the first payment different?")
    });
    h.get_by_label("Pin this quote").click_accesskit();
    h.run_steps(2);
    assert!(has_text(&h, "× 23 days"));

    switch_language_back_to(&mut h, Language::French, Panel::Quote);
    for text in [
        "Pourquoi le premier paiement est-il différent ?",
        "Loyer mensuel 65,00 € ÷ 30 jours = 2,17 €/jour",
        "Vérifications (17)",
        "Cycle complet · Remise · TVA",
        "Paiements des 12 prochains cycles",
        "Total sur 12 mois (13 paiements)",
        "3 paiements",
        "Épinglés : 1/4",
    ] {
        assert!(has_text(&h, text), "French: {text:?} is shown");
    }
    assert!(
        !has_text(&h, "× 23 days"),
        "the explanation was worded again"
    );
    assert_eq!(english_left(&h, Language::French), Vec::<String>::new());
    // The pinned quote's figures too.
    h.get_by_label("Côte à côte (1/4)").click();
    h.run_steps(3);
    assert!(has_text(&h, "Prix par m² (mois, TTC)"));
    assert!(!has_text(&h, "per month"), "price per m² worded again");
    assert_eq!(english_left(&h, Language::French), Vec::<String>::new());

    switch_language_back_to(&mut h, Language::German, Panel::Quote);
    assert!(has_text(&h, "Preis pro m² (Monat, brutto)"));
    assert_eq!(english_left(&h, Language::German), Vec::<String>::new());
}

#[test]
fn every_translation_can_be_drawn_with_the_default_fonts() {
    let ctx = egui::Context::default();
    let mut output = ctx.run_ui(Default::default(), |_| {});
    output.textures_delta.clear();
    let font = egui::FontId::proportional(14.0);
    let mut missing = Vec::new();
    // Every line of every file: all the variants of plural messages too.
    for lang in Language::ALL {
        for line in i18n::catalog::source(lang).lines() {
            for c in line.chars() {
                if !ctx.fonts_mut(|f| f.has_glyph(&font, c)) {
                    missing.push(format!("{c:?} (U+{:04X}) in {lang:?}: {line}", c as u32));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
}
