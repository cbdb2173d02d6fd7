//! The app loop without a window: `logic` alone, as eframe runs it while the
//! window is hidden or minimised (`ui` is never called here). The kiosk
//! still wipes the customer's data on time, and "Forget this customer"
//! leaves nothing of the customer in the store.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use storedesk::api::ReservationId;
use storedesk::domain::signature::SamplePoint;
use storedesk::secrets::{API_KEY_ACCOUNT, MemoryStore, SecretStore};
use storedesk::settings::Settings;
use storedesk::ui::app::{Action, Startup, StoreDeskApp};
use storedesk::ui::clock::SteadyClock;
use storedesk::ui::customer::CustomerStore;
use storedesk::ui::signing::SignatureAction;
use storedesk::worker::KeyState;

/// The app against `sandbox`, its key in a memory store, no window; its
/// steady clock is set by hand, starting at 0 s.
fn windowless_app(
    rt: &tokio::runtime::Runtime,
    sandbox: &storedesk::sandbox::Sandbox,
    kiosk: bool,
) -> (egui::Context, StoreDeskApp) {
    let store = Arc::new(MemoryStore::new());
    store.set(API_KEY_ACCOUNT, sandbox.api_key()).unwrap();
    let settings = Settings {
        base_url: sandbox.base_url(),
        ..Default::default()
    };
    let ctx = egui::Context::default();
    let startup = Startup {
        kiosk,
        ..Startup::default()
    };
    let mut app = StoreDeskApp::new(
        &ctx,
        rt.handle(),
        store,
        Some(&settings.to_stored()),
        startup,
    );
    app.state.steady = SteadyClock::manual(0.0);
    (ctx, app)
}

/// One `logic` call at `secs` on the app's steady clock, as eframe makes it
/// for a hidden window: no egui pass, no `ui`.
fn logic_at(ctx: &egui::Context, app: &mut StoreDeskApp, secs: f64) {
    app.state.steady = SteadyClock::manual(secs);
    let _output = ctx.run_logic(&egui::RawInput::default(), |ctx| app.logic(ctx));
}

/// Runs `logic` until `done` holds, for at most 15 s (the condition, not
/// the time, decides).
fn logic_until(
    ctx: &egui::Context,
    app: &mut StoreDeskApp,
    what: &str,
    done: impl Fn(&StoreDeskApp) -> bool,
) {
    let start = Instant::now();
    while !done(app) {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "timed out waiting for: {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
        logic_at(ctx, app, 0.0);
    }
}

/// Looks the documented booking up, opens its pad and draws a stroke, all
/// without a frame.
fn customer_at_the_pad(ctx: &egui::Context, app: &mut StoreDeskApp) {
    logic_until(ctx, app, "the key", |a| {
        matches!(a.state.key, KeyState::Set { .. })
    });
    let id = ReservationId::parse(BOOKING_ID).unwrap();
    app.apply(Action::Lookup(id));
    logic_until(ctx, app, "the lookup", |a| {
        a.state.customer.lookup.result.is_some()
    });
    let booking = app
        .state
        .customer
        .lookup
        .result
        .as_ref()
        .unwrap()
        .booking_id();
    app.apply(Action::Signature(SignatureAction::Start(booking.unwrap())));
    let pad = &mut app.state.customer.signature.pad;
    pad.begin_stroke(SamplePoint::new(0.1, 0.5, 0.0));
    pad.extend_stroke(SamplePoint::new(0.5, 0.4, 20.0));
    pad.end_stroke();
}

#[test]
fn a_hidden_kiosk_wipes_the_customer_on_time_without_a_frame() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let (ctx, mut app) = windowless_app(&rt, &sandbox, true);
    customer_at_the_pad(&ctx, &mut app);
    let held = app.state.customer_data();
    assert!(held.contains(&"a lookup result"), "{held:?}");
    assert!(held.contains(&"a signature being drawn"), "{held:?}");

    // 90 s without a touch before the question, 30 s more before the wipe.
    logic_at(&ctx, &mut app, 85.0);
    assert_eq!(app.state.kiosk_ui.warning, None);
    logic_at(&ctx, &mut app, 95.0);
    assert_eq!(
        app.state.kiosk_ui.warning,
        Some(25.0),
        "asked, not yet wiped"
    );
    assert!(app.state.holds_customer_data());
    logic_at(&ctx, &mut app, 121.0);
    let left = app.state.customer_data();
    assert!(left.is_empty(), "left after the wipe: {left:?}");
    assert_eq!(
        format!("{:#?}", app.state.customer),
        format!("{:#?}", CustomerStore::default())
    );
    assert!(app.state.kiosk, "still a kiosk");
    assert!(sandbox.received_signatures().is_empty(), "nothing was sent");
}

#[test]
fn forget_this_customer_leaves_nothing_in_the_store() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let (ctx, mut app) = windowless_app(&rt, &sandbox, false);
    customer_at_the_pad(&ctx, &mut app);
    app.state.customer.quote.load_input = "2553e486".into();
    app.state.customer.walkin.manual_size = "6".into();
    let held = app.state.customer_data();
    for kind in [
        "a lookup result",
        "recent lookups",
        "a quote",
        "a booking to sign",
        "a size typed by hand",
    ] {
        assert!(held.contains(&kind), "{kind} in {held:?}");
    }
    app.apply(Action::ForgetCustomer);
    let left = app.state.customer_data();
    assert!(left.is_empty(), "left after forgetting: {left:?}");
    // Field by field, the store is a new one (a field nobody named too).
    assert_eq!(
        format!("{:#?}", app.state.customer),
        format!("{:#?}", CustomerStore::default())
    );
    // A frame's worth of logic later, nothing came back.
    logic_at(&ctx, &mut app, 1.0);
    assert!(app.state.customer_data().is_empty());
}
