//! Touch on the kiosk (issue 27): nothing moves under a finger when a
//! message appears, headings stand above their text, and no tooltip opens
//! over what a finger reaches for next. The sizes themselves are checked on
//! every screen by tests/app_layout.rs.

mod common;

use common::kiosk::{kiosk_app, open_staff_dialog, type_pin_and_ok, unlock, wait_for_pin_answer};
use common::*;
use egui_kittest::Harness;
use storedesk::i18n::tr;
use storedesk::ui::app::StoreDeskApp;

fn key_rects(h: &Harness<'_, StoreDeskApp>) -> Vec<egui::Rect> {
    ["1", "5", "9", "0"]
        .iter()
        .map(|k| h.get_by_label(k).rect())
        .collect()
}

/// "That PIN is not right." appears in a space kept for it: the keypad
/// stays where the finger is (it moved up 17 px before issue 27).
#[test]
fn a_wrong_pin_moves_no_key() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = kiosk_app(&rt, &sandbox, true);
    open_staff_dialog(&mut h);
    h.run_steps(3);
    let before = key_rects(&h);
    type_pin_and_ok(&mut h, "1111");
    wait_for_pin_answer(&mut h);
    h.run_steps(3);
    assert!(has_text(&h, tr("that-pin-is-not-right")));
    assert_eq!(before, key_rects(&h), "the keypad moved");
}

/// The lookup card's section headings (Client, Property, Unit…) are larger
/// than the rows under them, on the kiosk's larger text too.
#[test]
fn kiosk_section_headings_are_larger_than_their_rows() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = kiosk_app(&rt, &sandbox, true);
    unlock(&mut h);
    enter_id(&mut h, BOOKING_ID);
    step_until(&mut h, "the lookup result", |h| {
        has_text(h, "Avenall Pouchard")
    });
    let heading = h.get_by_label(tr("client")).rect();
    let row = h.get_by_label("Avenall Pouchard").rect();
    assert!(
        heading.height() > row.height(),
        "heading {heading:?} under row {row:?}"
    );
}

/// A finger resting on the id field opens no "Ctrl+L" tooltip on the
/// kiosk (it covered "Sample reservations…"); the desk keeps it.
#[test]
fn no_tooltip_on_the_kiosk() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    for kiosk in [false, true] {
        let mut h = kiosk_app(&rt, &sandbox, kiosk);
        if kiosk {
            unlock(&mut h);
        }
        h.run_steps(2);
        let field = h
            .get_by_label(tr(storedesk::ui::lookup::ID_FIELD_LABEL))
            .rect();
        h.hover_at(field.center());
        h.run_steps(2);
        let t = now(&h);
        set_time(&mut h, t + 2.0);
        h.run_steps(3);
        let tooltip = h.query_all_by_label_contains("Ctrl").next().is_some();
        assert_eq!(tooltip, !kiosk, "kiosk {kiosk}: tooltip shown {tooltip}");
    }
}

/// The walk's signs are in the fonts the app ships (egui's own, before any
/// system fallback); ▲ and ▼ are not, so the price grid paints its sort
/// arrows (this test fails the day the fonts change and the arrows could
/// be text again).
#[test]
fn the_walks_signs_have_glyphs_and_the_arrows_are_painted() {
    let ctx = egui::Context::default();
    let font = egui::FontId::proportional(14.0);
    let mut found = Vec::new();
    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
        for c in ['−', '÷', '×', '▲', '▼'] {
            found.push((c, ui.fonts_mut(|f| f.has_glyph(&font, c))));
        }
    });
    out.textures_delta.clear();
    assert_eq!(
        found,
        [
            ('−', true),
            ('÷', true),
            ('×', true),
            ('▲', false),
            ('▼', false)
        ]
    );
}
