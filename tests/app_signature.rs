//! The Signature panel and kiosk mode, headless, against the real sandbox.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::kiosk::{PIN, pin_hash};
use common::pad::{sign, stroke};
use common::*;
use egui_kittest::Harness;
use storedesk::domain::signature::DEFAULT_INK;
use storedesk::i18n::tr;
use storedesk::sandbox::{Sandbox, SandboxOptions, ids};
use storedesk::secrets::{API_KEY_ACCOUNT, KIOSK_PIN_ACCOUNT, MemoryStore, SecretStore};
use storedesk::settings::Settings;
use storedesk::ui::app::{Panel, Startup, StoreDeskApp};
use storedesk::ui::kiosk::{PIN_FIELD_LABEL, STILL_THERE};
use storedesk::ui::lookup::ID_FIELD_LABEL;
use storedesk::ui::signing::{CONFIRM_LABEL, PAD_LABEL};
use storedesk::worker::{KeyState, PinState};

/// The app with `startup`, the sandbox's key in its store and, when asked,
/// the kiosk PIN (Argon2, as new installs store it).
fn harness(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    store: Arc<MemoryStore>,
    startup: Startup,
    with_pin: bool,
) -> Harness<'static, StoreDeskApp> {
    store.set(API_KEY_ACCOUNT, sandbox.api_key()).unwrap();
    if with_pin {
        store.set(KIOSK_PIN_ACCOUNT, pin_hash()).unwrap();
    }
    let settings = Settings {
        base_url: sandbox.base_url(),
        ..Default::default()
    };
    let ctx = egui::Context::default();
    let app = StoreDeskApp::new(
        &ctx,
        rt.handle(),
        store,
        Some(&settings.to_stored()),
        startup,
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .build_ui_state(|ui, app: &mut StoreDeskApp| app.show(ui), app);
    fix_time(&mut h);
    h
}

fn ready(h: &mut Harness<'_, StoreDeskApp>) {
    step_until(h, "the key and the PIN state", |h| {
        let s = &h.state().state;
        matches!(s.key, KeyState::Set { .. }) && s.kiosk_ui.pin != PinState::Unknown
    });
}

fn look_up(h: &mut Harness<'_, StoreDeskApp>, id: &str, expect: &str) {
    enter_id(h, id);
    step_until(h, "the lookup result", |h| has_text(h, expect));
}

fn take_signature(h: &mut Harness<'_, StoreDeskApp>) {
    h.get_by_label("Take signature").click_accesskit();
    step_until(h, "the signature pad", |h| {
        h.query_by_label(tr(PAD_LABEL)).is_some()
    });
    // The pad opens once the contract has been read and accepted.
    accept_contract(h);
}

/// The app (no PIN) with the documented booking looked up and its pad open.
fn booking_on_the_pad(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
) -> Harness<'static, StoreDeskApp> {
    let mut h = harness(
        rt,
        sandbox,
        Arc::new(MemoryStore::new()),
        Startup::default(),
        false,
    );
    ready(&mut h);
    look_up(&mut h, BOOKING_ID, "Avenall Pouchard");
    take_signature(&mut h);
    h
}

fn pad_rect(h: &Harness<'_, StoreDeskApp>) -> egui::Rect {
    h.get_by_label(tr(PAD_LABEL)).rect()
}

fn click_confirm(h: &mut Harness<'_, StoreDeskApp>) {
    h.get_by_label(tr(CONFIRM_LABEL)).click_accesskit();
    h.step();
}

#[test]
fn strokes_on_the_pad_reach_the_sandbox_as_a_png_for_the_booking() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = harness(
        &rt,
        &sandbox,
        Arc::new(MemoryStore::new()),
        Startup::default(),
        false,
    );
    ready(&mut h);
    // Lyon: the reservation id differs from its booking id; the signature is
    // for the booking.
    look_up(&mut h, ids::LYON_RESERVATION, "Élodie Marchand");
    take_signature(&mut h);
    assert_eq!(h.state().state.panel, Panel::Signature);
    // What is being signed is shown with the pad.
    assert!(has_text(&h, "Élodie Marchand"));
    assert!(has_text(&h, "66,00 €"), "first payment shown");
    assert!(has_text(&h, "69,00 €"), "regular payment shown");
    assert!(has_text(&h, ids::LYON_BOOKING), "booking id shown");

    sign(&mut h);
    assert_eq!(h.state().state.customer.signature.pad.stroke_count(), 3);
    click_confirm(&mut h);
    step_until(&mut h, "the confirmation", |h| {
        h.state().state.customer.signature.saved.is_some()
    });

    let received = sandbox.received_signatures();
    assert_eq!(received.len(), 1, "one signature arrived");
    let got = &received[0];
    assert_eq!(got.booking_id, ids::LYON_BOOKING);
    assert!(got.png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let img = image::load_from_memory_with_format(&got.png, image::ImageFormat::Png)
        .expect("a valid PNG")
        .to_rgba8();
    assert_eq!((img.width(), img.height()), (600, 200));
    assert_eq!((got.width, got.height), (600, 200));
    let dark = img
        .pixels()
        .filter(|p| p[3] > 200 && p[0] < 100 && p[1] < 100 && p[2] < 100)
        .count();
    assert!(dark > 1_000, "ink in the image ({dark} dark pixels)");
    // White background by default.
    assert_eq!(img.get_pixel(0, 0).0, [255, 255, 255, 255]);

    // The confirmation: booking id and time of signing, in memory only.
    let saved = h.state().state.customer.signature.saved.clone().unwrap();
    assert_eq!(saved.booking.to_string(), ids::LYON_BOOKING);
    // Signed at the app's (fixed) "now".
    assert_eq!(saved.signed_at, fixed_now());
    assert!(!saved.reference.is_empty());
    assert!(has_text(&h, "Signature saved"));
    assert!(has_text(&h, ids::LYON_BOOKING));
    // The lookup card now knows the booking is signed.
    let q = h.state().state.customer.lookup.result.as_ref().unwrap();
    assert_eq!(q.quotation.as_ref().unwrap().is_document_signed, Some(true));
}

#[test]
fn the_signature_is_gone_from_app_state_after_success() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = booking_on_the_pad(&rt, &sandbox);
    sign(&mut h);
    assert!(h.state().state.customer.signature.pad.point_count() > 20);
    click_confirm(&mut h);
    step_until(&mut h, "the confirmation", |h| {
        h.state().state.customer.signature.saved.is_some()
    });
    let (sig, data) = (
        &h.state().state.signature,
        &h.state().state.customer.signature,
    );
    assert!(data.pad.is_empty(), "the drawing is wiped");
    assert_eq!(data.pad.stroke_count(), 0);
    assert!(data.pad.current_stroke().is_none());
    assert!(sig.pending.is_none());
    assert!(data.signed_at.is_none(), "moved into the confirmation");
    assert!(data.signing.is_none(), "the client summary is dropped");
    assert!(sig.error.is_none() && sig.problem.is_none());
    // Nothing to confirm again: the button is gone with the pad.
    assert!(h.query_by_label(tr(PAD_LABEL)).is_none());
    assert!(h.query_by_label(tr(CONFIRM_LABEL)).is_none());
    // "Done" leaves the confirmation; nothing of the signature is left.
    h.get_by_label("Done").click_accesskit();
    h.run_steps(2);
    let sig = &h.state().state.customer.signature;
    assert!(sig.saved.is_none() && !sig.holds_customer_data());
    assert_eq!(h.state().state.panel, Panel::Lookup);
}

#[test]
fn every_pointer_event_of_a_frame_is_drawn() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = booking_on_the_pad(&rt, &sandbox);
    let r = pad_rect(&h);
    let at = |x: f32, y: f32| egui::pos2(r.left() + x * r.width(), r.top() + y * r.height());
    // A fast stroke: press, 40 moves along a curve and release, all in ONE frame.
    let mut events = vec![egui::Event::PointerButton {
        pos: at(0.1, 0.5),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    }];
    for i in 1..=40 {
        let t = i as f32 / 40.0;
        events.push(egui::Event::PointerMoved(at(
            0.1 + 0.8 * t,
            0.5 - 0.3 * (t * std::f32::consts::PI).sin(),
        )));
    }
    events.push(egui::Event::PointerButton {
        pos: at(0.9, 0.5),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.input_mut().events.extend(events);
    h.step();
    let pad = &h.state().state.customer.signature.pad;
    assert_eq!(pad.stroke_count(), 1);
    let points = pad.strokes()[0].points();
    assert_eq!(points.len(), 41, "the press and all 40 moves were used");
    // The top of the arc is there, not a straight line from start to end.
    let top = points.iter().map(|p| p.y).fold(1.0f32, f32::min);
    assert!(top < 0.25, "the curve kept its shape (top at {top})");
    // And the frame that received the events painted them (no frame of lag):
    // the ink painted in that same frame runs from the press to the last
    // move, over the top of the arc.
    assert_painted_through(&h, r, &[at(0.1, 0.5), at(0.9, 0.5)]);

    // Touch force becomes pressure.
    let mut events = vec![egui::Event::Touch {
        device_id: egui::TouchDeviceId(1),
        id: egui::TouchId(7),
        phase: egui::TouchPhase::Start,
        pos: at(0.2, 0.8),
        force: Some(0.9),
    }];
    events.push(egui::Event::PointerMoved(at(0.2, 0.8)));
    events.push(egui::Event::PointerButton {
        pos: at(0.2, 0.8),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    for i in 1..=5 {
        let pos = at(0.2 + 0.05 * i as f32, 0.8);
        events.push(egui::Event::Touch {
            device_id: egui::TouchDeviceId(1),
            id: egui::TouchId(7),
            phase: egui::TouchPhase::Move,
            pos,
            force: Some(0.3),
        });
        events.push(egui::Event::PointerMoved(pos));
    }
    events.push(egui::Event::Touch {
        device_id: egui::TouchDeviceId(1),
        id: egui::TouchId(7),
        phase: egui::TouchPhase::End,
        pos: at(0.45, 0.8),
        force: None,
    });
    events.push(egui::Event::PointerButton {
        pos: at(0.45, 0.8),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.input_mut().events.extend(events);
    h.step();
    let pad = &h.state().state.customer.signature.pad;
    assert_eq!(pad.stroke_count(), 2);
    let touch = pad.strokes()[1].points();
    assert_eq!(touch.len(), 6);
    assert_eq!(touch[0].pressure, Some(0.9));
    assert!(touch[1..].iter().all(|p| p.pressure == Some(0.3)));
    // Mouse strokes carry no pressure.
    assert!(
        pad.strokes()[0]
            .points()
            .iter()
            .all(|p| p.pressure.is_none())
    );

    // Undo removes the last stroke, Clear the rest.
    h.get_by_label("Undo").click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().state.customer.signature.pad.stroke_count(), 1);
    h.get_by_label("Clear").click_accesskit();
    h.run_steps(2);
    assert!(h.state().state.customer.signature.pad.is_empty());
}

/// Points of the ink painted inside the pad by the last frame: the ends of
/// ink-coloured line segments (the stroke under the pen) and the opaque
/// vertices of ink-coloured meshes (the finished strokes).
fn painted_ink(h: &Harness<'_, StoreDeskApp>, pad: egui::Rect) -> Vec<egui::Pos2> {
    let ink = storedesk::ui::widgets::palette::ink(DEFAULT_INK);
    let inside = pad.expand(2.0);
    let mut out = Vec::new();
    for c in &h.output().shapes {
        match &c.shape {
            egui::Shape::LineSegment { points, stroke } if stroke.color == ink => {
                out.extend(points.iter().copied().filter(|p| inside.contains(*p)));
            }
            egui::Shape::Mesh(mesh) => out.extend(
                mesh.vertices
                    .iter()
                    .filter(|v| v.color == ink && inside.contains(v.pos))
                    .map(|v| v.pos),
            ),
            _ => {}
        }
    }
    out
}

/// The last frame painted ink within a pixel or two of each of `through`.
fn assert_painted_through(h: &Harness<'_, StoreDeskApp>, pad: egui::Rect, through: &[egui::Pos2]) {
    let ink = painted_ink(h, pad);
    assert!(!ink.is_empty(), "ink painted");
    for target in through {
        let d = ink
            .iter()
            .map(|p| p.distance(*target))
            .fold(f32::INFINITY, f32::min);
        assert!(d < 2.0, "ink painted near {target:?} (nearest {d})");
    }
    let top = ink.iter().map(|p| p.y).fold(f32::INFINITY, f32::min);
    assert!(
        top < pad.top() + 0.25 * pad.height(),
        "the top of the arc is painted"
    );
}

#[test]
fn a_stroke_in_progress_is_painted_up_to_the_last_event_of_the_frame() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = booking_on_the_pad(&rt, &sandbox);
    let r = pad_rect(&h);
    let at = |x: f32, y: f32| egui::pos2(r.left() + x * r.width(), r.top() + y * r.height());
    let arc = |t: f32| at(0.1 + 0.8 * t, 0.5 - 0.3 * (t * std::f32::consts::PI).sin());
    // Pen down and half the arc in one frame, the pen still down.
    let mut events = vec![egui::Event::PointerButton {
        pos: arc(0.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    }];
    events.extend((1..=20).map(|i| egui::Event::PointerMoved(arc(i as f32 / 40.0))));
    h.input_mut().events.extend(events);
    h.step();
    assert!(
        h.state()
            .state
            .customer
            .signature
            .pad
            .current_stroke()
            .is_some()
    );
    assert_painted_through(&h, r, &[arc(0.0), arc(0.25), arc(0.5)]);
    // The other half and the pen up in the next frame: the finished stroke
    // is painted to its end in that frame.
    let mut events: Vec<_> = (21..=40)
        .map(|i| egui::Event::PointerMoved(arc(i as f32 / 40.0)))
        .collect();
    events.push(egui::Event::PointerButton {
        pos: arc(1.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.input_mut().events.extend(events);
    h.step();
    assert!(
        h.state()
            .state
            .customer
            .signature
            .pad
            .current_stroke()
            .is_none()
    );
    assert_painted_through(&h, r, &[arc(0.0), arc(0.5), arc(0.75), arc(1.0)]);
}

#[test]
fn resizing_the_window_keeps_the_drawing() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = booking_on_the_pad(&rt, &sandbox);
    sign(&mut h);
    let before: Vec<Vec<(f32, f32)>> = strokes_of(&h);
    let rect_before = pad_rect(&h);
    h.set_size(egui::vec2(800.0, 600.0));
    h.run_steps(3);
    let rect_after = pad_rect(&h);
    assert!(rect_after.width() < rect_before.width(), "the pad shrank");
    let ratio = |r: egui::Rect| r.width() / r.height();
    assert!(
        (ratio(rect_before) - ratio(rect_after)).abs() < 0.01,
        "same shape"
    );
    assert_eq!(strokes_of(&h), before, "the drawing is unchanged");
}

fn strokes_of(h: &Harness<'_, StoreDeskApp>) -> Vec<Vec<(f32, f32)>> {
    h.state()
        .state
        .customer
        .signature
        .pad
        .strokes()
        .iter()
        .map(|s| s.points().iter().map(|p| (p.x, p.y)).collect())
        .collect()
}

#[test]
fn a_failed_save_keeps_the_signature_and_the_retry_needs_no_new_signing() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let port = sandbox.addr().port();
    let key = sandbox.api_key().to_owned();
    let mut h = booking_on_the_pad(&rt, &sandbox);
    sign(&mut h);
    let drawn = strokes_of(&h);
    // The server goes away before the customer confirms.
    rt.block_on(sandbox.shutdown());
    click_confirm(&mut h);
    step_until(&mut h, "the error", |h| {
        h.state().state.signature.error.is_some()
    });
    assert!(has_text(&h, "could not be saved"));
    assert!(has_text(&h, "no need to sign again"), "says what to do");
    assert_eq!(strokes_of(&h), drawn, "the signature is kept");
    assert!(h.state().state.customer.signature.saved.is_none());

    // The server is back: confirming again sends the same signature.
    let sandbox = rt
        .block_on(Sandbox::start(SandboxOptions {
            port,
            api_key: key,
            ..SandboxOptions::default()
        }))
        .expect("sandbox restarts on the same port");
    click_confirm(&mut h);
    step_until(&mut h, "the confirmation", |h| {
        h.state().state.customer.signature.saved.is_some()
    });
    let received = sandbox.received_signatures();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].booking_id, BOOKING_ID);
}

#[test]
fn a_scribble_is_refused_with_a_message_and_nothing_is_sent() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = booking_on_the_pad(&rt, &sandbox);
    stroke(&mut h, &[(0.5, 0.5), (0.505, 0.5)]);
    click_confirm(&mut h);
    h.run_steps(2);
    assert!(
        has_text(&h, "single dot"),
        "the signer is told what is wrong"
    );
    assert!(
        h.state().state.signature.pending.is_none(),
        "no upload started"
    );
    // A request made after it is answered, and it is the only one.
    let before = barrier_request(&mut h, &sandbox);
    assert_eq!(sandbox.request_count(), before + 1);
    assert!(sandbox.received_signatures().is_empty());
    assert!(
        !h.state().state.customer.signature.pad.is_empty(),
        "nothing wiped"
    );
}

#[test]
fn without_a_booking_the_panel_says_how_to_pick_one() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = harness(
        &rt,
        &sandbox,
        Arc::new(MemoryStore::new()),
        Startup::default(),
        false,
    );
    ready(&mut h);
    h.get_by_label("Signature").click_accesskit();
    h.run_steps(2);
    assert!(has_text(&h, "No booking is selected"));
    assert!(has_text(&h, "Look the reservation or booking up first"));
    assert!(h.query_by_label(tr(PAD_LABEL)).is_none());
}

// ------------------------------------------------------------------ kiosk

fn kiosk_harness(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    store: Arc<MemoryStore>,
) -> Harness<'static, StoreDeskApp> {
    harness(
        rt,
        sandbox,
        store,
        Startup {
            kiosk: true,
            ..Startup::default()
        },
        true,
    )
}

fn root_commands(h: &Harness<'_, StoreDeskApp>) -> Vec<egui::ViewportCommand> {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

fn type_pin(h: &mut Harness<'_, StoreDeskApp>, pin: &str) {
    h.get_by_label(tr(PIN_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(PIN_FIELD_LABEL)).type_text(pin);
    h.step();
    h.get_by_label("OK").click_accesskit();
    h.step();
}

#[test]
fn kiosk_idle_timeout_asks_then_wipes_client_data_and_signature() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = kiosk_harness(&rt, &sandbox, Arc::new(MemoryStore::new()));
    ready(&mut h);
    assert!(has_text(&h, "Welcome"), "the customer screen");
    assert!(
        h.query_by_label(tr(ID_FIELD_LABEL)).is_none(),
        "no lookup for customers"
    );

    // Staff unlock, look the booking up and hand over the pad.
    h.get_by_label("Staff").click_accesskit();
    // The dialog's first frame only measures it (egui areas start invisible).
    h.run_steps(3);
    type_pin(&mut h, PIN);
    step_until(&mut h, "the staff screen", |h| {
        h.state().state.kiosk_ui.staff_unlocked
    });
    look_up(&mut h, BOOKING_ID, "Avenall Pouchard");
    take_signature(&mut h);
    assert!(
        !h.state().state.kiosk_ui.staff_unlocked,
        "locked for the customer"
    );
    assert!(h.query_by_label(tr(ID_FIELD_LABEL)).is_none());
    sign(&mut h);
    assert!(!h.state().state.customer.signature.pad.is_empty());

    // Idle, but not long enough (90 s by default).
    let t0 = now(&h);
    set_time(&mut h, t0 + 85.0);
    // The frame after the jump, at the same time, schedules the next one.
    h.step();
    assert!(!has_text(&h, tr(STILL_THERE)));
    // Only the next deadline is scheduled, not a repaint every frame.
    let delay = h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert!(
        delay > Duration::from_secs(2) && delay <= Duration::from_secs(6),
        "repaint when the warning is due ({delay:?})"
    );
    set_time(&mut h, t0 + 95.0);
    h.step(); // the warning's first frame only measures it
    assert!(has_text(&h, tr(STILL_THERE)), "the warning");
    assert!(has_text(&h, "cleared in 2"), "with a countdown");
    // The countdown ticks once a second.
    let delay = h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert!(delay <= Duration::from_secs(1), "{delay:?}");
    // The customer is still there: a touch dismisses the warning.
    h.hover_at(pad_rect(&h).center());
    let t = now(&h);
    set_time(&mut h, t + 0.1); // a new frame: its events are new
    h.step();
    assert!(!has_text(&h, tr(STILL_THERE)));
    assert!(
        !h.state().state.customer.signature.pad.is_empty(),
        "the drawing is still there"
    );

    // Then the customer walks away.
    let t1 = now(&h);
    set_time(&mut h, t1 + 95.0);
    h.step(); // the warning's first frame only measures it
    assert!(has_text(&h, tr(STILL_THERE)));
    set_time(&mut h, t1 + 125.0);
    // The reset is applied after that frame is drawn: the next frame is
    // asked for at once, or the screen would keep showing the client's data.
    let delay = h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert_eq!(delay, Duration::ZERO);
    h.step();
    let s = &h.state().state;
    assert!(s.customer.lookup.result.is_none(), "client data wiped");
    assert!(s.customer.lookup.input.is_empty() && s.customer.lookup.recent.is_empty());
    assert!(s.customer.quote.quotation.is_none());
    assert!(
        !s.customer.signature.holds_customer_data(),
        "signature wiped"
    );
    assert!(s.customer.signature.pad.is_empty());
    assert!(!s.kiosk_ui.staff_unlocked);
    assert!(s.kiosk, "still a kiosk");
    assert_eq!(s.kiosk_ui.language, None, "back to the kiosk's language");
    assert!(has_text(&h, "Welcome"));
    assert!(!has_text(&h, "Avenall Pouchard"));
    assert!(sandbox.received_signatures().is_empty(), "nothing was sent");
}

/// Steps (at most 10 frames) until a frame sends `cmd` to the window.
fn step_until_command(h: &mut Harness<'_, StoreDeskApp>, cmd: egui::ViewportCommand) {
    for _ in 0..10 {
        h.step();
        if root_commands(h).contains(&cmd) {
            return;
        }
    }
    panic!("no {cmd:?} was sent");
}

#[test]
fn kiosk_is_fullscreen_with_large_targets_and_cannot_be_closed_without_the_pin() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // Desk mode first; kiosk mode is started from Settings.
    let mut h = harness(
        &rt,
        &sandbox,
        Arc::new(MemoryStore::new()),
        Startup::default(),
        true,
    );
    ready(&mut h);
    assert!(h.ctx.options(|o| o.zoom_with_keyboard));
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);
    h.get_by_label("Start kiosk mode now").click_accesskit();
    step_until_command(&mut h, egui::ViewportCommand::Fullscreen(true));
    h.run_steps(2);
    assert!(h.state().state.kiosk);
    assert!(!h.ctx.options(|o| o.zoom_with_keyboard), "zoom fixed");
    assert!(
        h.query_by_label("Settings").is_none(),
        "only the signing flow"
    );
    for label in ["Staff", "Français", "English", "Deutsch"] {
        let r = h.get_by_label(label).rect();
        assert!(
            r.height() >= 44.0 && r.width() >= 44.0,
            "{label} is a large touch target: {r:?}"
        );
    }
    // The language switch works from the kiosk, through the app's language.
    h.get_by_label("Deutsch").click_accesskit();
    h.run_steps(2);
    assert_eq!(
        h.state().state.kiosk_ui.language,
        Some(storedesk::i18n::Language::German)
    );
    assert_eq!(
        storedesk::i18n::language(),
        storedesk::i18n::Language::German
    );
    assert!(has_text(&h, "Willkommen") && has_text(&h, "Personal"));
    assert!(!has_text(&h, "Welcome") && h.query_by_label("Staff").is_none());
    h.get_by_label("Français").click_accesskit();
    h.run_steps(2);
    assert!(has_text(&h, "Bienvenue") && has_text(&h, "Personnel"));
    assert_eq!(
        h.state().settings.language,
        storedesk::i18n::Language::English,
        "a customer's choice is not saved"
    );
    h.get_by_label("English").click_accesskit();
    h.run_steps(2);

    // The window's close button: refused, the PIN is asked.
    let close = |h: &mut Harness<'_, StoreDeskApp>| {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.step();
    };
    close(&mut h);
    assert!(root_commands(&h).contains(&egui::ViewportCommand::CancelClose));
    h.step();
    assert!(has_text(&h, "Enter the manager PIN"));
    type_pin(&mut h, "1111");
    step_until(&mut h, "the wrong-PIN message", |h| {
        has_text(h, "That PIN is not right")
    });
    assert!(!root_commands(&h).contains(&egui::ViewportCommand::Close));
    close(&mut h);
    assert!(root_commands(&h).contains(&egui::ViewportCommand::CancelClose));
    h.step();
    type_pin(&mut h, PIN);
    step_until(&mut h, "the close command", |h| {
        root_commands(h).contains(&egui::ViewportCommand::Close)
    });
    // The close that follows is let through.
    close(&mut h);
    assert!(!root_commands(&h).contains(&egui::ViewportCommand::CancelClose));
}

#[test]
fn leaving_kiosk_mode_needs_the_pin_and_five_wrong_pins_lock_the_dialog() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = kiosk_harness(&rt, &sandbox, Arc::new(MemoryStore::new()));
    ready(&mut h);
    assert!(h.query_by_label("Leave kiosk mode").is_none());
    h.get_by_label("Staff").click_accesskit();
    // The dialog's first frame only measures it (egui areas start invisible).
    h.run_steps(3);
    for _ in 0..5 {
        type_pin(&mut h, "9999");
        step_until(&mut h, "the answer", |h| {
            h.state()
                .state
                .kiosk_ui
                .dialog
                .as_ref()
                .is_some_and(|d| d.pending.is_none())
        });
    }
    assert!(has_text(&h, "Too many wrong PINs"));
    // Even the right PIN waits until the pause is over.
    type_pin(&mut h, PIN);
    h.run_steps(3);
    assert!(!h.state().state.kiosk_ui.staff_unlocked);
    // The pause runs on the app's clock (it is saved with the settings).
    h.state_mut().state.clock =
        storedesk::ui::clock::Clock::Fixed(chrono::Utc::now() + chrono::Duration::seconds(31));
    h.run_steps(2);
    assert!(!has_text(&h, "Too many wrong PINs"));
    // The PIN typed during the pause was not kept.
    type_pin(&mut h, PIN);
    step_until(&mut h, "the staff screen", |h| {
        h.state().state.kiosk_ui.staff_unlocked
    });
    h.get_by_label("Leave kiosk mode").click_accesskit();
    step_until_command(&mut h, egui::ViewportCommand::Fullscreen(false));
    h.run_steps(2);
    assert!(!h.state().state.kiosk);
    assert!(h.ctx.options(|o| o.zoom_with_keyboard));
    assert!(has_text(&h, "Lookup"), "the desk navigation is back");
}

#[test]
fn the_pin_set_in_settings_is_stored_only_as_a_salted_hash() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = Arc::new(MemoryStore::new());
    let mut h = harness(&rt, &sandbox, store.clone(), Startup::default(), false);
    ready(&mut h);
    assert_eq!(h.state().state.kiosk_ui.pin, PinState::NotSet);
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);
    for (label, value) in [("New PIN", "482913"), ("New PIN again", "482913")] {
        h.get_by_label(label).focus();
        h.step();
        h.get_by_label(label).type_text(value);
        h.step();
    }
    h.get_by_label("Set PIN").click_accesskit();
    step_until(&mut h, "the PIN to be stored", |h| {
        matches!(h.state().state.kiosk_ui.pin, PinState::Set { .. })
    });
    let stored = store.get(KIOSK_PIN_ACCOUNT).unwrap().unwrap();
    assert!(stored.starts_with("$argon2id$v=19$"), "{}", stored.as_str());
    assert!(!stored.contains("482913"));
    assert_eq!(
        storedesk::domain::pin::verify_pin("482913", &stored),
        Ok(true)
    );
    assert!(has_text(&h, "The manager PIN is set."));
    // The settings file never sees it.
    let mut storage = MemStorage::default();
    h.state().save_to(&mut storage);
    assert!(
        storage
            .0
            .values()
            .all(|v| !v.contains("482913") && !v.contains("pbkdf2"))
    );
    // The form was emptied.
    assert!(h.state().state.kiosk_ui.pin_form.new.is_empty());
}

/// Collects everything the tracing subscriber writes.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn trace_logs_never_contain_the_signature_or_the_pin() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter("trace")
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    // Global, so the worker's threads log into it too (the only test of this
    // binary that installs a subscriber; the others only add lines).
    tracing::subscriber::set_global_default(subscriber).expect("first subscriber");

    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let store = Arc::new(MemoryStore::new());
    let mut h = harness(&rt, &sandbox, store.clone(), Startup::default(), false);
    ready(&mut h);
    // A PIN set in Settings...
    h.get_by_label("Settings").click_accesskit();
    h.run_steps(2);
    for label in ["New PIN", "New PIN again"] {
        h.get_by_label(label).focus();
        h.step();
        h.get_by_label(label).type_text("731946");
        h.step();
    }
    h.get_by_label("Set PIN").click_accesskit();
    step_until(&mut h, "the PIN to be stored", |h| {
        matches!(h.state().state.kiosk_ui.pin, PinState::Set { .. })
    });
    // ...and a signature saved.
    h.get_by_label("Lookup").click_accesskit();
    h.run_steps(2);
    look_up(&mut h, BOOKING_ID, "Avenall Pouchard");
    take_signature(&mut h);
    sign(&mut h);
    click_confirm(&mut h);
    step_until(&mut h, "the confirmation", |h| {
        h.state().state.customer.signature.saved.is_some()
    });
    let png = sandbox.received_signatures()[0].png.clone();
    let stored_pin = store.get(KIOSK_PIN_ACCOUNT).unwrap().unwrap();
    drop(h);
    drop(sandbox);

    let logs = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(logs.contains("signature saved"), "logging was captured");
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(&png);
    // A PNG in base64 starts with this; any 40 characters of the image would
    // be as telling.
    assert!(!logs.contains("iVBORw0KGgo"), "a PNG appeared in the logs");
    assert!(
        !logs.contains(&b64[100..140]),
        "the signature appeared in the logs"
    );
    assert!(!logs.contains("731946"), "the PIN appeared in the logs");
    let hash = stored_pin.rsplit('$').next().unwrap();
    assert!(!logs.contains(hash), "the PIN hash appeared in the logs");
}
