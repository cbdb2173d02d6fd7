//! The Property hours panel, headless, against the real sandbox over HTTP,
//! with the app's clock fixed.

mod common;

use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use common::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
#[allow(unused_imports)]
use egui_kittest::kittest::Queryable as _;
use storedesk::i18n::tr;
use storedesk::ui::app::{Panel, StoreDeskApp};
use storedesk::ui::clock::{Clock, DeskZone};
use storedesk::ui::hours_panel::REFRESH_LABEL;
use storedesk::worker::KeyState;

/// Wall-clock time in Berlin, the documented booking's property (Emmerich, DE).
fn berlin(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    Tz::Europe__Berlin
        .with_ymd_and_hms(2025, 9, d, h, m, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// The app on the sandbox with the clock fixed at `now` and the desk in `desk`.
fn app_at(
    rt: &tokio::runtime::Runtime,
    sandbox: &storedesk::sandbox::Sandbox,
    now: DateTime<Utc>,
    desk: Tz,
) -> Harness<'static, StoreDeskApp> {
    let mut h = sandbox_harness(rt, sandbox);
    h.state_mut().state.clock = Clock::Fixed(now);
    h.state_mut().state.hours.desk_zone = DeskZone::Fixed(desk);
    wait_for_key(&mut h);
    h
}

/// Looks the documented booking up in the Lookup panel, then opens Property hours.
fn look_up_booking_and_open_hours(h: &mut Harness<'_, StoreDeskApp>) {
    enter_id(h, BOOKING_ID);
    step_until(h, "the booking", |h| {
        h.state().state.customer.lookup.result.is_some()
    });
    h.get_by_label("Property hours").click();
    // The click's frame emits the action; the next frame's logic applies it.
    h.run_steps(2);
    assert_eq!(h.state().state.panel, Panel::Hours);
    // The panel asks for the property list by itself; let it land.
    step_until(h, "the property list", |h| {
        h.state().state.hours.pending.is_none()
    });
}

#[test]
fn documented_property_is_open_on_monday_morning() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_at(&rt, &sandbox, berlin(8, 10, 0), Tz::Europe__Berlin);
    look_up_booking_and_open_hours(&mut h);

    // The booking's property is the one shown.
    let hours = &h.state().state.hours;
    let shown = hours
        .selected
        .as_deref()
        .and_then(|k| hours.get(k))
        .unwrap();
    assert_eq!(shown.title(), "Emmerich");
    assert!(has_text(&h, "Emmerich, 46446 Emmerich"), "its address");
    assert!(
        has_text(&h, "Open now · closes at 19:00 (Europe/Berlin)"),
        "status with the next change"
    );
    assert!(has_text(&h, "Times are in Europe/Berlin"));
    // A desk in the same zone gets no second clock.
    assert!(!has_text(&h, "On this computer's clock"));
    // Office vs access hours, side by side, as the API writes them.
    assert!(has_text(&h, "Office (staff at the desk)"));
    assert!(has_text(&h, "Monday to Saturday 9.00 AM to 7.00 PM"));
    assert!(has_text(&h, "Access (tenants' gate)"));
    assert!(has_text(&h, "7 Days on Week from 6.00 AM to 11.00 PM"));
    // The contact.
    assert!(has_text(&h, "+672 45354356587"));
    // The week: English and the API's own day names, merged slots.
    assert!(has_text(&h, "lundi"));
    assert!(has_text(&h, "dimanche"));
    // Merged slots: Monday and Friday from 07:00, the other days from 08:00.
    assert_eq!(h.query_all_by_label("07:00–19:00").count(), 2);
    assert_eq!(h.query_all_by_label("08:00–19:00").count(), 4);
    assert_eq!(h.query_all_by_label("closed").count(), 1, "Sunday");
    assert_eq!(
        h.query_all_by_label("today").count(),
        1,
        "one row is today's"
    );
    // The holiday rule, and that it is applied for Germany.
    assert!(has_text(
        &h,
        "Public holidays: closed (applied on DE national holidays"
    ));
    // The data warnings, calmly below.
    assert!(has_text(
        &h,
        "Monday: the time slots 08:00–19:00 and 07:00–19:00 overlap; counted as 07:00–19:00."
    ));
    assert!(has_text(
        &h,
        "Tuesday: the time slot 08:00–19:00 is given twice."
    ));
}

#[test]
fn documented_property_on_sunday_opens_monday_at_seven() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_at(&rt, &sandbox, berlin(14, 10, 0), Tz::Europe__London);
    look_up_booking_and_open_hours(&mut h);

    // 07:00 (merged 08:00–19:00 and 07:00–19:00), not 08:00.
    assert!(
        has_text(&h, "Closed · opens Monday 07:00 (Europe/Berlin)"),
        "closed with the next opening"
    );
    // A desk in London sees the same instant on its own clock.
    assert!(has_text(
        &h,
        "On this computer's clock (Europe/London): opens Monday 06:00"
    ));
}

#[test]
fn the_status_follows_the_clock_at_closing_time() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_at(&rt, &sandbox, berlin(8, 18, 59), Tz::Europe__Berlin);
    look_up_booking_and_open_hours(&mut h);
    assert!(has_text(&h, "Open now · closes at 19:00 (Europe/Berlin)"));
    // The minute turns: the next frame shows the new state.
    h.state_mut().state.clock = Clock::Fixed(berlin(8, 19, 0));
    h.run_steps(2);
    assert!(has_text(&h, "Closed · opens Tuesday 08:00 (Europe/Berlin)"));
}

#[test]
fn the_panel_repaints_at_the_minute_boundary_not_every_frame() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // 10:00:15 in Berlin: 45 s to the next minute; the next change is 19:00.
    let now = berlin(8, 10, 0) + chrono::TimeDelta::seconds(15);
    let mut h = app_at(&rt, &sandbox, now, Tz::Europe__Berlin);
    look_up_booking_and_open_hours(&mut h);
    // Settles: no repaint every frame.
    h.run();
    let delay = h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert_eq!(delay, Duration::from_secs(45));
}

/// The sandbox's properties (one per fixture property, the documented two included).
const SANDBOX_PROPERTIES: [&str; 4] = ["Berlin Tempelhof", "Chalets", "Emmerich", "Lyon Gerland"];

#[test]
fn refresh_list_shows_every_sandbox_property_and_a_click_shows_its_week() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_at(&rt, &sandbox, berlin(8, 10, 0), Tz::Europe__Berlin);
    h.get_by_label("Property hours").click();
    step_until(&mut h, "the first list", |h| {
        h.state().state.hours.list_requested && h.state().state.hours.pending.is_none()
    });
    let before = sandbox.request_count();
    h.get_by_label(tr(REFRESH_LABEL)).click();
    h.step();
    step_until(&mut h, "the refreshed list", |h| {
        h.state().state.hours.pending.is_none()
    });
    assert_eq!(sandbox.request_count(), before + 1, "one list request");
    let names: Vec<&str> = h
        .state()
        .state
        .hours
        .properties
        .iter()
        .map(|k| k.title())
        .collect();
    assert_eq!(names, SANDBOX_PROPERTIES, "sorted by name");
    for name in SANDBOX_PROPERTIES {
        // In the list (and again as the heading of the one shown).
        assert!(
            h.query_all_by_label_contains(name).count() >= 1,
            "{name} listed"
        );
    }
    assert!(h.state().state.hours.list_error.is_none());

    // Clicking one shows its week.
    h.get_by_role_and_label(Role::Button, "Lyon Gerland")
        .click();
    h.run_steps(2);
    assert!(has_text(&h, "Times are in Europe/Paris"));
    h.get_by_role_and_label(Role::Button, "Emmerich").click();
    h.run_steps(2);
    assert!(has_text(&h, "Open now · closes at 19:00 (Europe/Berlin)"));
}

#[test]
fn a_failing_list_is_explained_and_the_looked_up_property_stays() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_at(&rt, &sandbox, berlin(8, 10, 0), Tz::Europe__Berlin);
    look_up_booking_and_open_hours(&mut h);
    // The key stops working (revoked, say): the list endpoint refuses it.
    h.state_mut().apply(storedesk::ui::app::Action::SaveKey {
        key: storedesk::api::ApiKey::new("revoked-key-0000").unwrap(),
        session_only: true,
    });
    step_until(
        &mut h,
        "the new key",
        |h| matches!(&h.state().state.key, KeyState::Set { masked, .. } if masked.contains("0000")),
    );
    h.get_by_label(tr(REFRESH_LABEL)).click();
    h.step();
    step_until(&mut h, "the list error", |h| {
        h.state().state.hours.list_error.is_some()
    });
    assert!(has_text(&h, "The property list could not be loaded:"));
    assert!(has_text(&h, "Properties seen in lookups are still listed."));
    // Nothing is dropped: the looked-up property and the last good list stay.
    assert_eq!(
        h.state().state.hours.properties.len(),
        SANDBOX_PROPERTIES.len()
    );
    assert!(has_text(&h, "Open now · closes at 19:00 (Europe/Berlin)"));
}

/// Daylight saving on both sides. The property is in Berlin, the desk in New
/// York: Berlin leaves summer time on 26 October 2025, New York on
/// 2 November, so in that week they are five hours apart, then six. Each
/// instant is read with the offsets in force at that instant, not now.
#[test]
fn the_desks_clock_follows_daylight_saving_on_each_side() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let at = |tz: Tz, m: u32, d: u32, h: u32| {
        tz.with_ymd_and_hms(2025, m, d, h, 0, 0)
            .unwrap()
            .with_timezone(&Utc)
    };
    // Saturday 1 November, 20:00 in Berlin (winter time, UTC+1): closed
    // until Monday 07:00, which is 01:00 in New York (by then winter time,
    // UTC-5; now it is still UTC-4, which would say 02:00).
    let mut h = app_at(
        &rt,
        &sandbox,
        at(Tz::Europe__Berlin, 11, 1, 20),
        Tz::America__New_York,
    );
    look_up_booking_and_open_hours(&mut h);
    assert!(has_text(&h, "Closed · opens Monday 07:00 (Europe/Berlin)"));
    assert!(
        has_text(
            &h,
            "On this computer's clock (America/New_York): opens Monday 01:00"
        ),
        "New York has left summer time by Monday"
    );
    // Saturday 25 October, 20:00 in Berlin (still summer time, UTC+2):
    // Monday 07:00 is in winter time on both sides, 02:00 in New York
    // (still summer time there).
    h.state_mut().state.clock = Clock::Fixed(at(Tz::Europe__Berlin, 10, 25, 20));
    h.run_steps(2);
    assert!(has_text(&h, "Closed · opens Monday 07:00 (Europe/Berlin)"));
    assert!(has_text(
        &h,
        "On this computer's clock (America/New_York): opens Monday 02:00"
    ));
}
