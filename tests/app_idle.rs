//! An idle window asks for no frame: once the text cursor has stopped
//! blinking, the Lookup panel (result shown, id field focused) schedules no
//! repaint, and Property hours only its once-a-minute tick. Headless, with
//! the app's time driven by the test (no timing in the assertions).

mod common;

use std::time::Duration;

use chrono::{TimeZone, Utc};
use common::*;
use egui_kittest::Harness;
use storedesk::i18n::tr;
use storedesk::ui::app::{Action, CURSOR_BLINK_SECS, Panel, StoreDeskApp};
use storedesk::ui::clock::Clock;
use storedesk::ui::lookup::ID_FIELD_LABEL;

/// When the last frame asked for the next one (`Duration::MAX`: never).
fn next_frame_in(h: &Harness<'_, StoreDeskApp>) -> Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(Duration::MAX, |v| v.repaint_delay)
}

/// Runs one frame at `t` seconds of app time, with no input.
fn frame_at(h: &mut Harness<'_, StoreDeskApp>, t: f64) {
    set_time(h, t);
}

fn app_with_booking(
    rt: &tokio::runtime::Runtime,
    sandbox: &storedesk::sandbox::Sandbox,
) -> Harness<'static, StoreDeskApp> {
    let mut h = sandbox_harness(rt, sandbox);
    // 10:00:12 in Berlin, a Monday: the documented property is open.
    h.state_mut().state.clock = Clock::Fixed(Utc.with_ymd_and_hms(2025, 9, 8, 8, 0, 12).unwrap());
    wait_for_key(&mut h);
    h.get_by_label(tr(ID_FIELD_LABEL)).focus();
    h.step();
    h.get_by_label(tr(ID_FIELD_LABEL)).type_text(BOOKING_ID);
    h.step();
    h.key_press(egui::Key::Enter);
    h.step();
    step_until(&mut h, "the booking", |h| {
        h.state().state.customer.lookup.result.is_some()
    });
    h
}

#[test]
fn an_idle_lookup_asks_for_no_frame_once_the_cursor_stops_blinking() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_with_booking(&rt, &sandbox);
    // Typing just happened: the focused id field blinks its cursor.
    let t0 = now(&h);
    frame_at(&mut h, t0 + 0.1);
    assert!(
        h.ctx.memory(|m| m.focused().is_some()),
        "the id field keeps the focus"
    );
    assert!(next_frame_in(&h) <= Duration::from_millis(500), "blinking");

    // Past the blink time, with no input: one frame turns blinking off (the
    // cursor stays on), and then no frame is asked for at all.
    frame_at(&mut h, t0 + CURSOR_BLINK_SECS + 0.1);
    frame_at(&mut h, t0 + CURSOR_BLINK_SECS + 0.6);
    assert_eq!(next_frame_in(&h), Duration::MAX);
    assert!(!h.ctx.global_style().visuals.text_cursor.blink);

    // A key press brings the blinking back.
    h.key_press(egui::Key::ArrowLeft);
    h.step();
    let t1 = now(&h);
    frame_at(&mut h, t1 + 0.1);
    assert!(h.ctx.global_style().visuals.text_cursor.blink);
    assert!(next_frame_in(&h) <= Duration::from_millis(500));
}

#[test]
fn idle_property_hours_ask_only_for_the_minute_tick() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_with_booking(&rt, &sandbox);
    h.state_mut().apply(Action::Show(Panel::Hours));
    h.step();
    step_until(&mut h, "the property list", |h| {
        h.state().state.hours.pending.is_none()
    });
    let t0 = now(&h);
    frame_at(&mut h, t0 + CURSOR_BLINK_SECS + 0.1);
    frame_at(&mut h, t0 + CURSOR_BLINK_SECS + 0.6);
    // The app's clock says hh:mm:12: the next frame is due at the next minute.
    assert_eq!(next_frame_in(&h), Duration::from_secs(48));
}
