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

/// Words that are the same in English and in `lang`: a translation made of
/// these only (and variables, digits, signs) is not English left over.
fn same_words(lang: Language) -> &'static [&'static str] {
    const BOTH: &[&str] = &["OK", "PIN", "PDF", "CSV", "API", "SHA-256", "ID", "Service"];
    const FRENCH: &[&str] = &[
        "Signature",
        "Dates",
        "Date",
        "Transaction",
        "Client",
        "Dimensions",
        "Total",
        "standard",
        "Standard",
        "Projection",
        "Cycle",
        "cycle",
    ];
    const GERMAN: &[&str] = &[
        "Name",
        "Status",
        "System",
        "Server",
        "Standard",
        "April",
        "August",
        "September",
        "November",
        "Details",
        "Kiosk",
    ];
    match lang {
        Language::French => [BOTH, FRENCH].concat().leak(),
        Language::German => [BOTH, GERMAN].concat().leak(),
        Language::English => BOTH,
    }
}

/// Stands for every variable when messages are formatted for comparison.
const MARK: &str = "⁂";

/// Each message of the English file with its variables (in the order of
/// first use).
fn messages() -> Vec<(&'static str, Vec<String>)> {
    let source = i18n::catalog::source(Language::English);
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let vars = i18n::catalog::variables(m.value.as_ref()?);
                Some((m.id.name, vars))
            }
            _ => None,
        })
        .collect()
}

/// `id` in `lang`, each variable given as `value`.
fn formatted(lang: Language, id: &str, vars: &[String], value: &str) -> String {
    let args: Vec<(&str, &dyn std::fmt::Display)> = vars
        .iter()
        .map(|v| (v.as_str(), &value as &dyn std::fmt::Display))
        .collect();
    with_language(lang, || i18n::trf_dyn(id, &args))
}

/// English pieces of messages with variables that `lang` words
/// differently: each message formatted with [`MARK`] for its variables and
/// cut there; pieces of a few words that `lang`'s own text does not hold.
fn english_pieces(lang: Language) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (id, vars) in messages().into_iter().filter(|(_, v)| !v.is_empty()) {
        let en = formatted(Language::English, id, &vars, MARK);
        let there = formatted(lang, id, &vars, MARK);
        for piece in en.split(MARK).map(str::trim) {
            let letters = piece.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 8 && piece.contains(' ') && !there.contains(piece) {
                out.push((id, piece.to_owned()));
            }
        }
    }
    out
}

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
    // Messages with variables: their English pieces inside longer texts.
    for (id, piece) in english_pieces(lang) {
        if shown.iter().any(|l| l.contains(&piece)) {
            left.push(format!("{piece}… ({id})"));
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

/// Words of composed English lines (hours status, key state, error boxes),
/// and English names the server gives that are shown beside our texts.
const ENGLISH_FRAGMENTS: &[&str] = &[
    "(Monthly)",
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
        "Total sur 12 mois (13 paiements dus du 08-09-2025 au 07-09-2026)",
        "− 2,50 € de remise = 47,41 € + TVA 20 % 9,48 € = 56,89 €",
        "Mensuel (1 mois)",
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
    h.get_by_label("Côte à côte (1)").click();
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

/// No message reads in French or German exactly as in English, its
/// variables given (a number, so plural forms choose too), unless it is
/// made of words both languages share ([`same_words`]).
#[test]
fn no_translation_is_the_english_text() {
    let mut same = Vec::new();
    for lang in [Language::French, Language::German] {
        let shared = same_words(lang);
        for (id, vars) in messages() {
            for value in ["7", "1", MARK] {
                let en = formatted(Language::English, id, &vars, value);
                if formatted(lang, id, &vars, value) != en {
                    continue;
                }
                let only_shared = en
                    .split(|c: char| c.is_whitespace() || "()·:,.;/–".contains(c))
                    .filter(|w| w.chars().any(char::is_alphabetic) && !w.contains(MARK))
                    .all(|w| shared.contains(&w));
                if !only_shared {
                    same.push(format!("{lang:?} {id} ({value}): {en}"));
                }
            }
        }
    }
    same.dedup();
    assert!(same.is_empty(), "the English text:\n{}", same.join("\n"));
}

/// The English pieces of messages with variables are found where English
/// was left (a self-check of [`english_left`]'s new half).
#[test]
fn english_pieces_name_the_english_of_messages_with_variables() {
    let pieces = english_pieces(Language::French);
    assert!(pieces.len() > 100, "{}", pieces.len());
    assert!(
        pieces
            .iter()
            .any(|(id, p)| *id == "the-tablet-link-could-not-start-error"
                && p.starts_with("The tablet link could not start")),
        "{pieces:?}"
    );
}

/// What `screen` shows in `lang` that is still English.
fn check_screen(h: &mut Harness<'_, StoreDeskApp>, lang: Language, screen: &str) -> Vec<String> {
    h.run_steps(2);
    let mut found: Vec<String> = english_left(h, lang)
        .into_iter()
        .map(|e| format!("{screen} in {lang:?}: {e}"))
        .collect();
    for fragment in ENGLISH_FRAGMENTS {
        if has_text(h, fragment) {
            found.push(format!("{screen} in {lang:?}: {fragment:?}"));
        }
    }
    found
}

/// The desk in `lang`: the walk-in tab with two quotes, the contract above
/// the pad, the signed receipt, Settings with the tablet link.
fn desk_screens(lang: Language) -> Vec<String> {
    use storedesk::ui::app::Action;
    use storedesk::ui::quote::walkin::WalkinAction;
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = std::sync::Arc::new(storedesk::secrets::MemoryStore::new());
    storedesk::secrets::SecretStore::set(
        store.as_ref(),
        storedesk::secrets::API_KEY_ACCOUNT,
        sandbox.api_key(),
    )
    .unwrap();
    let settings = storedesk::settings::Settings {
        base_url: sandbox.base_url(),
        language: lang,
        walkin_property: Some(storedesk::sandbox::ids::LYON_PROPERTY.into()),
        ..Default::default()
    };
    let mut h = app_harness_with(&rt, &settings, store, Default::default());
    wait_for_key(&mut h);
    assert_eq!(i18n::language(), lang);
    let mut found = Vec::new();

    // The walk-in tab (on today's date: the sandbox refuses a past move-in).
    h.state_mut().state.clock = storedesk::ui::clock::Clock::Fixed(chrono::Utc::now());
    h.state_mut().apply(Action::Show(Panel::Quote));
    h.state_mut().state.quote.tab = storedesk::ui::quote::QuoteTab::Walkin;
    h.state_mut().apply(Action::Walkin(WalkinAction::Open));
    step_until(&mut h, "the walk-in grid", |h| {
        let w = &h.state().state.walkin;
        w.lists_pending.is_none() && w.grid_pending.is_none() && !w.lines.is_empty()
    });
    for row in [0, 2] {
        h.state_mut()
            .apply(Action::Walkin(WalkinAction::Toggle(row)));
    }
    step_until(&mut h, "two walk-in quotes", |h| {
        let w = &h.state().state.customer.walkin;
        w.slots.len() == 2 && w.slots.iter().all(|s| s.result.is_some())
    });
    found.extend(check_screen(&mut h, lang, "walk-in"));
    fix_time(&mut h);

    // The booking, its contract above the pad, then the receipt.
    h.state_mut().apply(Action::Show(Panel::Lookup));
    h.run_steps(2);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| {
        h.state().state.customer.lookup.result.is_some()
    });
    h.get_by_label(tr("take-signature")).click_accesskit();
    step_until(&mut h, "the contract", |h| {
        h.state().state.customer.signature.contract.pages_shown() > 0
    });
    found.extend(check_screen(&mut h, lang, "contract"));
    accept_contract(&mut h);
    found.extend(check_screen(&mut h, lang, "signature pad"));
    common::pad::sign(&mut h);
    h.get_by_label(tr(storedesk::ui::signing::CONFIRM_LABEL))
        .click_accesskit();
    step_until(&mut h, "the receipt", |h| {
        h.state().state.customer.signature.saved.is_some()
    });
    found.extend(check_screen(&mut h, lang, "receipt"));

    h.state_mut().apply(Action::Show(Panel::Settings));
    found.extend(check_screen(&mut h, lang, "Settings"));
    found
}

/// The kiosk in `lang`: welcome, the PIN dialog (and a wrong PIN), the
/// staff screen with "Pair with a desk" and its code, the customer's
/// contract, "Are you still there?".
fn kiosk_screens(lang: Language) -> Vec<String> {
    use common::kiosk::{PIN, pin_app, startup, store_for};
    use storedesk::ui::kiosk::{HAND_OVER_LABEL, PIN_FIELD_LABEL};
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let settings = storedesk::settings::Settings {
        base_url: sandbox.base_url(),
        language: lang,
        tablet_listen: "127.0.0.1:0".into(),
        tablet_announce: false,
        ..Default::default()
    };
    let mut h = pin_app(
        &rt,
        &sandbox,
        store_for(&sandbox, true),
        Some(settings.to_stored()),
        startup(true),
    );
    let mut found = check_screen(&mut h, lang, "kiosk welcome");
    let type_pin = |h: &mut Harness<'_, StoreDeskApp>, pin: &str| {
        h.get_by_label(tr(PIN_FIELD_LABEL)).focus();
        h.step();
        h.get_by_label(tr(PIN_FIELD_LABEL)).type_text(pin);
        h.step();
        h.get_by_label(tr("ok")).click_accesskit();
        // The press is handled in this frame, the check sent in the next.
        h.run_steps(2);
        step_until(h, "the PIN check", |h| {
            let k = &h.state().state.kiosk_ui;
            k.staff_unlocked || k.dialog.as_ref().is_some_and(|d| d.pending.is_none())
        });
    };
    h.get_by_label(tr("staff")).click_accesskit();
    step_until(&mut h, "the PIN dialog", |h| {
        h.query_by_label(tr(PIN_FIELD_LABEL)).is_some()
    });
    found.extend(check_screen(&mut h, lang, "PIN dialog"));
    type_pin(&mut h, "9999");
    found.extend(check_screen(&mut h, lang, "PIN dialog, wrong PIN"));
    type_pin(&mut h, PIN);
    assert!(h.state().state.kiosk_ui.staff_unlocked);
    found.extend(check_screen(&mut h, lang, "kiosk staff screen"));
    h.get_by_label(tr("signing-tablet-desks")).click_accesskit();
    h.run_steps(2);
    h.get_by_label(tr(storedesk::ui::tablet::PAIR_WITH_DESK_LABEL))
        .click_accesskit();
    step_until(&mut h, "the pairing code", |h| {
        h.state().state.tablet.code.is_some()
    });
    found.extend(check_screen(&mut h, lang, "kiosk pairing code"));
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the booking", |h| {
        h.state().state.customer.lookup.result.is_some()
    });
    h.get_by_label(tr(HAND_OVER_LABEL)).click_accesskit();
    step_until(&mut h, "the customer's contract", |h| {
        h.state().state.customer.signature.contract.pages_shown() > 0
    });
    found.extend(check_screen(&mut h, lang, "kiosk customer contract"));
    let t = now(&h);
    set_time(&mut h, t + 95.0);
    h.step();
    assert!(has_text(&h, tr(storedesk::ui::kiosk::STILL_THERE)));
    found.extend(check_screen(&mut h, lang, "kiosk “Are you still there?”"));
    found
}

#[test]
fn the_desks_other_screens_speak_french() {
    let found = desk_screens(Language::French);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_desks_other_screens_speak_german() {
    let found = desk_screens(Language::German);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_kiosk_speaks_french() {
    let found = kiosk_screens(Language::French);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_kiosk_speaks_german() {
    let found = kiosk_screens(Language::German);
    assert!(found.is_empty(), "{}", found.join("\n"));
}
