//! Every screen fits the windows it runs in: portrait and landscape tablets,
//! small desk monitors, HiDPI. For each kiosk screen and each desk panel,
//! with the demo data: no interactive widget runs past the window's edge, no
//! two interactive widgets lie on each other, and in kiosk mode every target
//! is at least 48 px.

mod common;

use common::kiosk::{pin_app, startup, store_for, unlock};
use common::layout::{
    interactive_widgets, off_screen, overlapping, record_widget_info, small_boxes, too_small,
};
use common::pad::sign;
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT;
use storedesk::i18n::tr;
use storedesk::sandbox::Sandbox;
use storedesk::ui::app::{DemoState, Panel, StoreDeskApp};
use storedesk::ui::kiosk::{HAND_OVER_LABEL, STILL_THERE, TOUCH_TARGET};
use storedesk::ui::signing::{CONFIRM_LABEL, PAD_LABEL};

/// Portrait tablet, landscape tablet, the default window, a small desk
/// monitor, a large one (points).
const SIZES: [(f32, f32); 5] = [
    (800.0, 1280.0),
    (1280.0, 800.0),
    (1100.0, 720.0),
    (1024.0, 768.0),
    (1920.0, 1200.0),
];

fn harness(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    kiosk: bool,
    with_pin: bool,
) -> Harness<'static, StoreDeskApp> {
    pin_app(
        rt,
        sandbox,
        store_for(sandbox, with_pin),
        None,
        startup(kiosk),
    )
}

/// Checks the screen as it is now at every size (and at scale 2 on the
/// landscape tablet, a 2560×1600 screen); `kiosk` adds the touch-target
/// rules (the controls, and the boxes of check boxes). Nothing is excused:
/// issue 29's lists of known defects (the kiosk's locked pad below the
/// window, the PIN-less staff screen overflowing) were mended in issue 27.
fn check_all_sizes(h: &mut Harness<'_, StoreDeskApp>, screen: &str, kiosk: bool) {
    record_widget_info(&h.ctx);
    let mut problems = Vec::new();
    let mut sizes: Vec<((f32, f32), f32)> = SIZES.iter().map(|s| (*s, 1.0)).collect();
    sizes.push(((1280.0, 800.0), 2.0));
    for ((w, hgt), scale) in sizes {
        resize(h, egui::vec2(w, hgt), scale);
        // Areas (dialogs, menus) are measured on their first frame and
        // placed on the next ones.
        h.run_steps(5);
        let widgets = interactive_widgets(&h.ctx);
        // The rectangle egui laid this frame out in, checked to be the one
        // meant (points; at scale 2, 1280×800 points is a 2560×1600 screen).
        let screen_rect = h.ctx.content_rect();
        assert_eq!(
            (screen_rect, h.ctx.pixels_per_point()),
            (
                egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, hgt)),
                scale
            ),
            "{screen}: laid out in another window than meant"
        );
        let at = format!("{screen} at {w}×{hgt} scale {scale}");
        assert!(!widgets.is_empty(), "{at}: no widget found");
        for p in off_screen(&widgets, screen_rect) {
            problems.push(format!("{at}: {p}"));
        }
        for p in overlapping(&widgets) {
            problems.push(format!("{at}: {p}"));
        }
        if kiosk {
            let small = too_small(&widgets, TOUCH_TARGET);
            let boxes = small_boxes(&widgets, &h.output().shapes, TOUCH_TARGET);
            for p in small.into_iter().chain(boxes) {
                problems.push(format!("{at}: {p}"));
            }
        }
    }
    resize(h, egui::vec2(1100.0, 800.0), 1.0);
    h.run_steps(2);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The window at `size` points and `scale` pixels per point. egui applies a
/// new scale at the start of the next frame and then rescales the window
/// rectangle it has (to avoid jitter), overriding a size given in the same
/// frame: so the scale first, one frame, then the size.
fn resize(h: &mut Harness<'_, StoreDeskApp>, size: egui::Vec2, scale: f32) {
    if h.ctx.pixels_per_point() != scale {
        h.set_pixels_per_point(scale);
        h.step();
    }
    h.set_size(size);
    h.step();
}

fn look_up_booking(h: &mut Harness<'_, StoreDeskApp>) {
    enter_id(h, BOOKING_ID);
    step_until(h, "the lookup result", |h| has_text(h, "Avenall Pouchard"));
}

#[test]
fn desk_panels_fit_every_window() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = harness(&rt, &sandbox, false, false);
    look_up_booking(&mut h);
    check_all_sizes(&mut h, "Lookup", false);

    h.get_by_label("Open in Quote comparison").click_accesskit();
    step_until(&mut h, "the quote", |h| {
        h.state().state.customer.quote.quotation.is_some()
    });
    check_all_sizes(&mut h, "Quote comparison", false);

    for panel in [Panel::Signature, Panel::Hours, Panel::Settings] {
        h.state_mut().state.panel = panel;
        h.run_steps(2);
        if panel == Panel::Hours {
            step_until(&mut h, "the property list", |h| {
                h.state().state.hours.list_requested && h.state().state.hours.pending.is_none()
            });
        }
        check_all_sizes(&mut h, panel.title(), false);
    }
}

#[test]
fn kiosk_screens_fit_every_window_with_large_targets() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = harness(&rt, &sandbox, true, true);
    check_all_sizes(&mut h, "Kiosk welcome", true);

    h.get_by_label("Staff").click_accesskit();
    h.run_steps(3);
    check_all_sizes(&mut h, "Kiosk PIN dialog", true);
    h.get_by_label("Cancel").click_accesskit();
    h.run_steps(2);

    unlock(&mut h);
    look_up_booking(&mut h);
    check_all_sizes(&mut h, "Kiosk staff screen", true);
    // On a portrait tablet the staff buttons take a second row of the bar,
    // right under the first: the bar never grows into the screen.
    h.set_size(egui::vec2(800.0, 1280.0));
    h.run_steps(3);
    let leave = h.get_by_label("Leave kiosk mode").rect();
    assert!(
        leave.top() < 2.0 * TOUCH_TARGET + 40.0,
        "second row of the bar: {leave:?}"
    );
    h.set_size(egui::vec2(1100.0, 800.0));
    h.run_steps(2);

    h.get_by_label(tr(HAND_OVER_LABEL)).click_accesskit();
    step_until(&mut h, "the pad", |h| {
        h.query_by_label(tr(PAD_LABEL)).is_some()
    });
    step_until(&mut h, "the contract's pages", |h| {
        let c = &h.state().state.customer.signature.contract;
        c.page_count() > 0 && c.pages_shown() == c.page_count()
    });
    check_all_sizes(&mut h, "Kiosk contract before the signature", true);
    accept_contract(&mut h);
    check_all_sizes(&mut h, "Kiosk customer screen", true);
    // A landscape tablet: the pad has the right-hand column, all its height
    // above the buttons.
    h.set_size(egui::vec2(1280.0, 800.0));
    h.run_steps(3);
    let pad = h.get_by_label(tr(PAD_LABEL)).rect();
    assert!(
        pad.width() > 450.0 && pad.height() > 300.0 && pad.left() > 640.0,
        "the pad beside the contract: {pad:?}"
    );
    h.set_size(egui::vec2(1100.0, 800.0));
    h.run_steps(2);

    sign(&mut h);
    h.get_by_label(tr(CONFIRM_LABEL)).click_accesskit();
    step_until(&mut h, "the thank-you screen", |h| {
        has_text(h, "Signature saved")
    });
    check_all_sizes(&mut h, "Kiosk thank-you screen", true);
}

#[test]
fn kiosk_still_there_and_demo_menu_fit_with_large_targets() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = harness(&rt, &sandbox, true, true);
    // The demo's sample bookings menu, as in `storedesk --demo --kiosk`.
    h.state_mut().state.demo = DemoState::Running {
        base_url: sandbox.base_url(),
    };
    unlock(&mut h);
    check_all_sizes(&mut h, "Kiosk staff screen (demo)", true);
    h.get_by_label("Demo bookings…").click_accesskit();
    h.run_steps(3);
    check_all_sizes(&mut h, "Kiosk demo bookings menu", true);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);

    look_up_booking(&mut h);
    h.get_by_label(tr(HAND_OVER_LABEL)).click_accesskit();
    step_until(&mut h, "the pad", |h| {
        h.query_by_label(tr(PAD_LABEL)).is_some()
    });
    // The whole contract shown (the layout depends on its pages).
    step_until(&mut h, "the contract's pages", |h| {
        let c = &h.state().state.customer.signature.contract;
        c.page_count() > 0 && c.pages_shown() == c.page_count()
    });
    // Idle past the default 90 s: "Are you still there?".
    let t = now(&h);
    set_time(&mut h, t + 95.0);
    h.step(); // the warning's first frame only measures it
    assert!(has_text(&h, tr(STILL_THERE)));
    check_all_sizes(&mut h, "Kiosk “Are you still there?”", true);
}

#[test]
fn kiosk_without_a_pin_fits_and_says_why_it_cannot_hand_over() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = harness(&rt, &sandbox, true, false);
    look_up_booking(&mut h);
    check_all_sizes(&mut h, "Kiosk staff screen without a PIN", true);
    // Handing over without a PIN would give the customer the staff screen:
    // the button is off, and the reason stands beside it.
    let button = h.get_by_label(tr(HAND_OVER_LABEL));
    assert!(
        button.accesskit_node().is_disabled(),
        "no hand-over without a PIN"
    );
    assert!(has_text(&h, "Set a manager PIN first"));
}

/// The tablet's pairing screens on the kiosk (behind the PIN): the
/// section, its "Listen for desks on" menu and the code, every control
/// (menu items and the check box's box included) a touch target.
#[test]
fn kiosk_pairing_screens_fit_with_large_targets() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let settings = storedesk::settings::Settings {
        base_url: sandbox.base_url(),
        tablet_announce: false,
        device_name: "Kiosk 1".into(),
        tablet_listen: "127.0.0.1:0".into(),
        ..Default::default()
    };
    let mut h = pin_app(
        &rt,
        &sandbox,
        store_for(&sandbox, true),
        Some(settings.to_stored()),
        startup(true),
    );
    unlock(&mut h);
    h.get_by_label(tr("signing-tablet-desks")).click_accesskit();
    h.run_steps(3);
    check_all_sizes(&mut h, "Kiosk pairing settings", true);

    h.get_by_role(egui::accesskit::Role::ComboBox)
        .click_accesskit();
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("0.0.0.0").is_some(),
        "the menu is open"
    );
    check_all_sizes(&mut h, "Kiosk “Listen for desks on” menu", true);
    h.key_press(egui::Key::Escape);
    h.run_steps(2);

    h.get_by_label(tr(storedesk::ui::tablet::PAIR_WITH_DESK_LABEL))
        .click_accesskit();
    step_until(&mut h, "the pairing code", |h| {
        h.state().state.tablet.code.is_some()
    });
    check_all_sizes(&mut h, "Kiosk pairing code", true);
}

#[test]
fn a_portrait_pad_takes_the_screen_yet_the_server_gets_the_usual_png() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = harness(&rt, &sandbox, true, true);
    h.set_size(egui::vec2(800.0, 1280.0));
    h.run_steps(2);
    unlock(&mut h);
    look_up_booking(&mut h);
    h.get_by_label(tr(HAND_OVER_LABEL)).click_accesskit();
    step_until(&mut h, "the pad", |h| {
        h.query_by_label(tr(PAD_LABEL)).is_some()
    });
    accept_contract(&mut h);

    // Full width, and the height under the contract: no longer 3:1 on a
    // portrait tablet.
    let pad = h.get_by_label(tr(PAD_LABEL)).rect();
    assert!(pad.width() > 760.0, "full width: {pad:?}");
    assert!(
        pad.height() > 280.0,
        "the height under the contract: {pad:?}"
    );
    assert!(pad.width() / pad.height() < 2.5, "not the desk's 3:1 strip");

    sign(&mut h);
    h.get_by_label(tr(CONFIRM_LABEL)).click_accesskit();
    step_until(&mut h, "the thank-you screen", |h| {
        has_text(h, "Signature saved")
    });
    let received = sandbox.received_signatures();
    assert_eq!(received.len(), 1);
    let [w, hgt] = storedesk::ui::signing::IMAGE_SIZE;
    assert_eq!(
        (received[0].width, received[0].height),
        (w, hgt),
        "the PNG's usual size"
    );
}

#[test]
fn the_credential_store_problem_is_said_in_plain_words_with_the_detail_behind_a_toggle() {
    let raw = "Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead";
    let e = storedesk::secrets::SecretError::Unavailable(raw.to_owned());
    assert!(!e.to_string().contains("dbus"), "plain words: {e}");
    assert_eq!(e.detail(), raw);

    let mut h = Harness::new_ui(move |ui| {
        storedesk::ui::widgets::secret_error_box(ui, &e, "Use a key for this session only.", false);
    });
    h.run();
    assert!(has_text_in(&h, "no password store"));
    assert!(
        !has_text_in(&h, "DBUS_SESSION_BUS_ADDRESS"),
        "hidden at first"
    );
    h.get_by_label("Details").click();
    h.run();
    assert!(
        has_text_in(&h, "DBUS_SESSION_BUS_ADDRESS"),
        "shown on request"
    );
}

fn has_text_in(h: &Harness<'_>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// The pad has its final size and place before the consent (locked until
/// then), on portrait and landscape tablets: the consent moves nothing, so
/// the first stroke lands where the pad was seen. (Before issue 27 it
/// jumped from a strip under the contract to the full width higher up.)
#[test]
fn the_kiosk_pad_keeps_its_place_through_the_consent() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    for (w, hgt) in [(800.0, 1280.0), (1280.0, 800.0), (1024.0, 768.0)] {
        let mut h = harness(&rt, &sandbox, true, true);
        h.set_size(egui::vec2(w, hgt));
        h.run_steps(2);
        unlock(&mut h);
        look_up_booking(&mut h);
        h.get_by_label(tr(HAND_OVER_LABEL)).click_accesskit();
        step_until(&mut h, "the contract's pages", |h| {
            let c = &h.state().state.customer.signature.contract;
            c.page_count() > 0 && c.pages_shown() == c.page_count()
        });
        h.run_steps(2);
        let before = h.get_by_label(tr(PAD_LABEL));
        assert!(
            before.accesskit_node().is_disabled(),
            "locked before consent"
        );
        let before = before.rect();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(w, hgt));
        assert!(
            screen.contains_rect(before),
            "{w}×{hgt}: in view: {before:?}"
        );
        accept_contract(&mut h);
        h.run_steps(2);
        let after = h.get_by_label(tr(PAD_LABEL));
        assert!(!after.accesskit_node().is_disabled(), "open after consent");
        assert_eq!(before, after.rect(), "{w}×{hgt}: the pad moved");
        // Signed: "Confirm and save" on, and all of it on the screen (the
        // layout check sees only controls that are on).
        sign(&mut h);
        let confirm = h.get_by_label(tr(CONFIRM_LABEL));
        assert!(!confirm.accesskit_node().is_disabled());
        assert!(
            screen.contains_rect(confirm.rect()),
            "{w}×{hgt}: {:?}",
            confirm.rect()
        );
    }
}

/// The layout checks themselves, on made-up widgets: each rule can fail.
#[test]
fn the_layout_checks_find_what_they_look_for() {
    use common::layout::Placed;
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(800.0, 600.0));
    let layer = egui::LayerId::background();
    let placed = |name: &str, rect: egui::Rect, scroll_view: Option<egui::Rect>| Placed {
        id: egui::Id::NULL.with(name),
        layer,
        rect,
        visible: rect.intersect(scroll_view.unwrap_or(screen)),
        label: name.to_owned(),
        scroll_view,
    };
    let r = |x: f32, y: f32, w: f32, h: f32| {
        egui::Rect::from_min_size(egui::pos2(x, y), egui::vec2(w, h))
    };
    // A button pushed below the window, one above it: cut off.
    let below = placed("Confirm", r(300.0, 580.0, 100.0, 48.0), None);
    let above = placed("Back", r(10.0, -20.0, 100.0, 48.0), None);
    let found = off_screen(&[below, above], screen);
    assert_eq!(found.len(), 2, "{found:?}");
    // The same below a scroll area that fits the window: scrolled, not cut.
    let view = r(0.0, 0.0, 800.0, 500.0);
    let scrolled = placed("Row", r(10.0, 560.0, 100.0, 48.0), Some(view));
    assert!(off_screen(std::slice::from_ref(&scrolled), screen).is_empty());
    // A scroll area running past the window's bottom: cut off.
    let long_view = r(0.0, 0.0, 800.0, 700.0);
    let in_long = placed("Row", r(10.0, 560.0, 100.0, 48.0), Some(long_view));
    assert_eq!(off_screen(&[in_long], screen).len(), 1);
    // Two controls on exactly the same spot: an overlap, not containment.
    let a = placed("OK", r(100.0, 100.0, 80.0, 48.0), None);
    let b = placed("Cancel", r(100.0, 100.0, 80.0, 48.0), None);
    assert_eq!(overlapping(&[a.clone(), b]).len(), 1);
    // A frame holding a button: containment, fine.
    let frame = placed("Frame", r(90.0, 90.0, 200.0, 100.0), None);
    assert!(overlapping(&[frame, a]).is_empty());
}

/// A check box in a row as tall as a finger, its box egui's 14 px: found.
/// The kiosk's touch style makes the box itself a touch target.
#[test]
fn the_box_rule_finds_a_desk_sized_check_box_in_a_touch_sized_row() {
    let boxes_with = |style: fn(&mut egui::Style)| {
        let mut ticked = false;
        let mut h = Harness::new_ui(move |ui| {
            style(ui.style_mut());
            ui.checkbox(&mut ticked, "Announce this tablet");
        });
        record_widget_info(&h.ctx);
        h.run_steps(2);
        let widgets = interactive_widgets(&h.ctx);
        let boxes = small_boxes(&widgets, &h.output().shapes, TOUCH_TARGET);
        (too_small(&widgets, TOUCH_TARGET), boxes)
    };
    let (rows, boxes) = boxes_with(|s| s.spacing.interact_size.y = TOUCH_TARGET);
    assert!(rows.is_empty(), "the row is tall enough: {rows:?}");
    assert_eq!(boxes.len(), 1, "{boxes:?}");
    assert!(boxes[0].contains("box is only 14"), "{boxes:?}");
    let (rows, boxes) = boxes_with(storedesk::ui::widgets::touch::touch_style);
    assert!(rows.is_empty() && boxes.is_empty(), "{rows:?} {boxes:?}");
}
