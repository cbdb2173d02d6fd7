//! Two app instances in one test, each with its own worker and sandbox
//! client, over loopback: the tablet shows a code, the desk pairs with it
//! (a wrong code first), looks a booking up and sends it; the tablet shows
//! the booking without anyone touching it, the customer signs, the desk sees
//! "signed"; a second send finds the tablet busy. Everything between the two
//! goes through a recording proxy: the API key and the client's name never
//! cross. Only 127.0.0.1 is used.

mod common;
mod netns;

use std::sync::{Arc, Mutex};

use common::kiosk::{pin_app, pin_hash, startup, unlock};
use common::pad::sign;
use common::wire::{contains, secret_forms};
use common::*;
use egui_kittest::Harness;
use storedesk::i18n::tr;
use storedesk::pairing::discovery::Announced;
use storedesk::pairing::messages::BusyReason;
use storedesk::pairing::service::HandOff;
use storedesk::pairing::{PairingId, PairingRecord, PairingSecret, Role, store};
use storedesk::sandbox::Sandbox;
use storedesk::secrets::{API_KEY_ACCOUNT, KIOSK_PIN_ACCOUNT, MemoryStore, SecretStore};
use storedesk::settings::Settings;
use storedesk::ui::app::{Action, Panel, StoreDeskApp};
use storedesk::ui::kiosk::KioskAction;
use storedesk::ui::signing::CONFIRM_LABEL;
use storedesk::ui::tablet::{
    CHOOSE_TABLET_LABEL, PAIR_ADDRESS_LABEL, PAIR_CODE_LABEL, PAIR_WITH_DESK_LABEL, SEND_LABEL,
    TabletAction,
};

/// The documented booking's client (in the sandbox's fixtures).
const CLIENT_NAME: &str = "Avenall Pouchard";

fn app(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    kiosk: bool,
) -> Harness<'static, StoreDeskApp> {
    app_with(rt, sandbox, kiosk, Arc::new(MemoryStore::new()), |_| {})
}

/// An app with its own credential store (a kiosk's holds the PIN, as new
/// installs store it); `tweak` changes its settings. Its time is fixed.
/// mDNS is off unless a test in its own network namespace turns it on.
fn app_with(
    rt: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    kiosk: bool,
    store: Arc<MemoryStore>,
    tweak: impl FnOnce(&mut Settings),
) -> Harness<'static, StoreDeskApp> {
    store.set(API_KEY_ACCOUNT, sandbox.api_key()).unwrap();
    if kiosk {
        store.set(KIOSK_PIN_ACCOUNT, pin_hash()).unwrap();
    }
    let mut settings = Settings {
        base_url: sandbox.base_url(),
        tablet_announce: false,
        device_name: if kiosk { "Kiosk 1" } else { "Front desk" }.into(),
        tablet_listen: if kiosk {
            "127.0.0.1:0".into()
        } else {
            String::new()
        },
        ..Default::default()
    };
    tweak(&mut settings);
    pin_app(
        rt,
        sandbox,
        store,
        Some(settings.to_stored()),
        startup(kiosk),
    )
}

/// Steps both apps until `done` holds for them (the condition decides).
fn step_both(
    desk: &mut Harness<'_, StoreDeskApp>,
    kiosk: &mut Harness<'_, StoreDeskApp>,
    what: &str,
    mut done: impl FnMut(&StoreDeskApp, &StoreDeskApp) -> bool,
) {
    let start = std::time::Instant::now();
    loop {
        desk.step();
        kiosk.step();
        if done(desk.state(), kiosk.state()) {
            return;
        }
        assert!(
            start.elapsed().as_secs() < 20,
            "timed out waiting for: {what} (desk: {:?}; tablet: {:?}, lookup {:?})",
            desk.state().state.tablet.send,
            kiosk.state().state.tablet.incoming,
            kiosk.state().state.customer.lookup.error,
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

/// A loopback proxy to `target` for any number of connections; every byte
/// both ways is kept.
fn recording_proxy(
    rt: &tokio::runtime::Runtime,
    target: std::net::SocketAddr,
) -> (String, Arc<Mutex<Vec<u8>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let all = seen.clone();
    rt.spawn(async move {
        while let Ok((a, _)) = listener.accept().await {
            let Ok(b) = tokio::net::TcpStream::connect(target).await else {
                continue;
            };
            let (ar, aw) = a.into_split();
            let (br, bw) = b.into_split();
            tokio::spawn(pump(ar, bw, all.clone()));
            tokio::spawn(pump(br, aw, all.clone()));
        }
    });
    (addr, seen)
}

async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    seen: Arc<Mutex<Vec<u8>>>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut buf = [0u8; 4096];
    while let Ok(n) = from.read(&mut buf).await {
        if n == 0 {
            break;
        }
        seen.lock().unwrap().extend_from_slice(&buf[..n]);
        if to.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
    let _ = to.shutdown().await;
}

/// The tablet's listening address, once pairing is open on it (its code).
fn open_pairing(kiosk: &mut Harness<'_, StoreDeskApp>) -> (std::net::SocketAddr, String) {
    // "Pair with a desk" (staff, behind the PIN) shows a code; staff lock
    // the kiosk again once it shows.
    if !kiosk.state().state.kiosk_ui.staff_unlocked {
        unlock(kiosk);
    }
    kiosk
        .state_mut()
        .apply(Action::Tablet(TabletAction::OpenPairing));
    step_until(kiosk, "the pairing code", |h| {
        h.state().state.tablet.code.is_some()
    });
    let code = kiosk.state().state.tablet.code.clone().unwrap();
    kiosk.state_mut().apply(Action::Kiosk(KioskAction::Lock));
    match &kiosk.state().state.tablet.listening {
        Some(Ok(a)) => (*a, code),
        other => panic!("the tablet listens: {other:?}"),
    }
}

/// The desk pairs through its Settings with the tablet at `addr`.
fn pair_in_settings(
    desk: &mut Harness<'_, StoreDeskApp>,
    kiosk: &mut Harness<'_, StoreDeskApp>,
    addr: &str,
    code: &str,
) {
    let before = desk.state().state.tablet.desk_pairings.len();
    desk.state_mut().apply(Action::Show(Panel::Settings));
    desk.step();
    type_into(desk, tr(PAIR_ADDRESS_LABEL), addr);
    type_into(desk, tr(PAIR_CODE_LABEL), code);
    desk.get_by_label("Pair").click_accesskit();
    step_both(desk, kiosk, "both sides paired", |d, k| {
        d.state.tablet.desk_pairings.len() > before && !k.state.tablet.kiosk_pairings.is_empty()
    });
}

/// The desk looks the booking up and sends it; the tablet shows it.
fn send_booking(desk: &mut Harness<'_, StoreDeskApp>, kiosk: &mut Harness<'_, StoreDeskApp>) {
    desk.state_mut().apply(Action::Show(Panel::Lookup));
    desk.step();
    enter_id(desk, BOOKING_ID);
    step_until(desk, "the lookup", |h| has_text(h, CLIENT_NAME));
    desk.get_by_label(tr(SEND_LABEL)).click_accesskit();
    step_both(desk, kiosk, "the booking on the tablet", |d, k| {
        k.state.customer.signature.signing.is_some()
            && matches!(
                d.state.tablet.send.as_ref().map(|s| &s.state),
                Some(HandOff::Waiting { .. })
            )
    });
}

/// The desk looks the booking up and sends it; waits for the tablet's
/// answer `want`, drawn.
fn send_until(
    desk: &mut Harness<'_, StoreDeskApp>,
    kiosk: &mut Harness<'_, StoreDeskApp>,
    want: HandOff,
) {
    desk.state_mut().apply(Action::Show(Panel::Lookup));
    desk.step();
    enter_id(desk, BOOKING_ID);
    step_until(desk, "the lookup", |h| has_text(h, CLIENT_NAME));
    desk.get_by_label(tr(SEND_LABEL)).click_accesskit();
    step_both(desk, kiosk, "the tablet's answer", |d, _| {
        d.state.tablet.send.as_ref().map(|s| &s.state) == Some(&want)
    });
    desk.step();
}

fn hand_off(desk: &Harness<'_, StoreDeskApp>) -> Option<HandOff> {
    desk.state()
        .state
        .tablet
        .send
        .as_ref()
        .map(|s| s.state.clone())
}

#[test]
fn idle_wipe_cancels_and_a_tablet_gone_is_unreachable() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut kiosk = app(&rt, &sandbox, true);
    let mut desk = app(&rt, &sandbox, false);
    let (addr, code) = open_pairing(&mut kiosk);
    pair_in_settings(&mut desk, &mut kiosk, &addr.to_string(), &code);
    send_booking(&mut desk, &mut kiosk);

    // A second desk sends while the customer is signing: busy, and the
    // customer's screen is left as it is.
    let mut other = app(&rt, &sandbox, false);
    let (_, code) = open_pairing(&mut kiosk);
    pair_in_settings(&mut other, &mut kiosk, &addr.to_string(), &code);
    let with_customer = HandOff::Busy(Some(BusyReason::Customer));
    send_until(&mut other, &mut kiosk, with_customer);
    assert!(has_text(
        &other,
        "A customer is using the tablet: wait until they have finished, then send again."
    ));
    assert!(kiosk.state().state.customer.signature.signing.is_some());
    assert!(matches!(hand_off(&desk), Some(HandOff::Waiting { .. })));

    // The customer walks away: the idle wipe clears the tablet and the desk
    // hears that the booking was taken off unsigned.
    let t0 = now(&kiosk);
    for t in [t0 + 95.0, t0 + 126.0] {
        set_time(&mut kiosk, t);
    }
    step_both(&mut desk, &mut kiosk, "cancelled on the desk", |d, _| {
        d.state.tablet.send.as_ref().map(|s| &s.state) == Some(&HandOff::Cancelled)
    });
    assert!(!kiosk.state().state.customer.signature.holds_customer_data());
    assert!(kiosk.state().state.customer.lookup.result.is_none());

    // The tablet is switched off: the desk says it cannot be reached.
    drop(kiosk);
    desk.get_by_label(tr(SEND_LABEL)).click_accesskit();
    step_until(&mut desk, "unreachable", |d| {
        hand_off(d) == Some(HandOff::Unreachable)
    });
    assert!(has_text(&desk, "The tablet cannot be reached"));
}

#[test]
fn desk_pairs_sends_and_sees_the_tablet_sign() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut kiosk = app(&rt, &sandbox, true);
    let desk_store = Arc::new(MemoryStore::new());
    let mut desk = app_with(&rt, &sandbox, false, desk_store.clone(), |_| {});

    // The tablet: "Pair with a desk" (staff, behind the PIN) shows a code.
    let (listening, code) = open_pairing(&mut kiosk);
    assert!(listening.ip().is_loopback());
    let (via, wire) = recording_proxy(&rt, listening);

    // The desk: Settings, the tablet's address, a wrong code, then the right one.
    desk.state_mut().apply(Action::Show(Panel::Settings));
    desk.step();
    type_into(&mut desk, tr(PAIR_ADDRESS_LABEL), &via);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    type_into(&mut desk, tr(PAIR_CODE_LABEL), wrong);
    desk.get_by_label("Pair").click_accesskit();
    step_both(&mut desk, &mut kiosk, "the wrong code refused", |d, _| {
        d.state
            .tablet
            .pair_message
            .as_ref()
            .is_some_and(|notice| notice.is_error())
    });
    assert!(has_text(&desk, "That code is not the one on the tablet"));
    type_into(&mut desk, tr(PAIR_CODE_LABEL), &code);
    desk.get_by_label("Pair").click_accesskit();
    step_both(&mut desk, &mut kiosk, "both sides paired", |d, k| {
        !d.state.tablet.desk_pairings.is_empty() && !k.state.tablet.kiosk_pairings.is_empty()
    });
    assert_eq!(
        desk.state().state.tablet.desk_pairings[0].peer_name,
        "Kiosk 1"
    );
    assert_eq!(
        kiosk.state().state.tablet.kiosk_pairings[0].peer_name,
        "Front desk"
    );
    // Both sides show the pairing's fingerprint beside the other's name
    // (a copy of the tablet's name cannot show it): the same on each.
    let on_desk = desk.state().state.tablet.desk_pairings[0]
        .fingerprint
        .clone();
    let on_kiosk = kiosk.state().state.tablet.kiosk_pairings[0]
        .fingerprint
        .clone();
    assert_eq!(on_desk.len(), 9, "{on_desk:?}");
    assert_eq!(on_desk, on_kiosk);
    desk.run_steps(2);
    assert!(has_text(&desk, &format!("Kiosk 1 · {on_desk}")));

    // The desk looks the booking up and sends it.
    desk.state_mut().apply(Action::Show(Panel::Lookup));
    desk.step();
    enter_id(&mut desk, BOOKING_ID);
    step_until(&mut desk, "the lookup", |h| has_text(h, CLIENT_NAME));
    desk.get_by_label(tr(SEND_LABEL)).click_accesskit();
    step_both(
        &mut desk,
        &mut kiosk,
        "the booking on the tablet",
        |d, k| {
            k.state.customer.signature.signing.is_some()
                && matches!(
                    d.state.tablet.send.as_ref().map(|s| &s.state),
                    Some(HandOff::Waiting { .. })
                )
        },
    );
    kiosk.step();
    assert!(
        has_text(&kiosk, CLIENT_NAME),
        "the customer screen shows the booking"
    );
    assert!(has_text(&desk, "On Kiosk 1, waiting for the signature."));
    assert!(has_text(&desk, "Not signed yet"));

    // The customer reads the contract and signs on the tablet; the desk sees it.
    accept_contract(&mut kiosk);
    sign(&mut kiosk);
    kiosk.get_by_label(tr(CONFIRM_LABEL)).click_accesskit();
    step_both(&mut desk, &mut kiosk, "signed on the desk", |d, _| {
        matches!(
            d.state.tablet.send.as_ref().map(|s| &s.state),
            Some(HandOff::Signed { .. })
        )
    });
    desk.step();
    assert!(has_text(&desk, "Signed "));
    // The card above the send row follows (issue 27: it said "Not signed
    // yet" right above "Signed …").
    assert!(!has_text(&desk, "Not signed yet"));
    let Some(HandOff::Signed { reference, .. }) = hand_off(&desk) else {
        panic!("signed")
    };

    // The tablet shows its thank-you screen: a second send finds it busy.
    desk.get_by_label(tr(SEND_LABEL)).click_accesskit();
    let with_customer = HandOff::Busy(Some(BusyReason::Customer));
    step_both(&mut desk, &mut kiosk, "busy", |d, _| {
        d.state.tablet.send.as_ref().map(|s| &s.state) == Some(&with_customer)
    });

    // What did cross, sealed: the booking, both names, the code, the
    // reference of the signature and, never, the pairing secret in any
    // form. The API key and the client's name never go over the link at
    // all (the tablet fetches the booking itself): checked too.
    let pairing = desk.state().state.tablet.desk_pairings[0].id.clone();
    let secret = store::secret(desk_store.as_ref(), &pairing)
        .unwrap()
        .expect("the desk keeps the secret");
    let seen = wire.lock().unwrap().clone();
    assert!(seen.len() > 200, "the session went through the proxy");
    let booking_hex = BOOKING_ID.replace('-', "");
    let mut clear: Vec<Vec<u8>> = [
        sandbox.api_key(),
        CLIENT_NAME,
        BOOKING_ID,
        booking_hex.as_str(),
        "Front desk",
        "Kiosk 1",
        code.as_str(),
        reference.as_str(),
    ]
    .iter()
    .map(|t| t.as_bytes().to_vec())
    .collect();
    clear.extend(secret_forms(secret.bytes()));
    for c in clear {
        assert!(
            !contains(&seen, &c),
            "{:?} crossed the network in the clear",
            String::from_utf8_lossy(&c)
        );
    }
}

/// "Pair with a desk" is on the kiosk's staff screen, behind the PIN; the
/// action itself, sent from the customer's screen, waits for the PIN, and
/// is dropped when the dialog is cancelled.
#[test]
fn pairing_with_a_desk_needs_the_staff_pin_on_the_kiosk() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut kiosk = app(&rt, &sandbox, true);
    assert!(kiosk.query_by_label(tr(PAIR_WITH_DESK_LABEL)).is_none());
    kiosk
        .state_mut()
        .apply(Action::Tablet(TabletAction::OpenPairing));
    let s = &kiosk.state().state;
    assert!(
        !s.tablet.pairing_open && s.tablet.code.is_none(),
        "opened without the PIN"
    );
    assert!(s.kiosk_ui.asks_for_staff() && s.parked.is_some());
    kiosk
        .state_mut()
        .apply(Action::Kiosk(KioskAction::CancelPinDialog));
    let s = &kiosk.state().state;
    assert!(s.parked.is_none() && !s.tablet.pairing_open);
    // The same press on the staff screen shows a code.
    unlock(&mut kiosk);
    kiosk
        .get_by_label(tr("signing-tablet-desks"))
        .click_accesskit();
    kiosk.run_steps(2);
    kiosk
        .get_by_label(tr(PAIR_WITH_DESK_LABEL))
        .click_accesskit();
    step_until(&mut kiosk, "the pairing code", |h| {
        h.state().state.tablet.code.is_some()
    });
}

#[test]
fn the_tablet_does_not_listen_outside_kiosk_mode_without_pairing() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut desk = app(&rt, &sandbox, false);
    for _ in 0..5 {
        desk.step();
    }
    assert_eq!(desk.state().state.tablet.listener_wanted, None);
    assert!(desk.state().state.tablet.listening.is_none());
}

#[test]
fn two_tablets_the_desk_sends_to_the_one_chosen_and_remembers_it() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut first = app(&rt, &sandbox, true);
    let mut second = app_with(&rt, &sandbox, true, Arc::new(MemoryStore::new()), |s| {
        s.device_name = "Kiosk 2".into()
    });
    let mut desk = app(&rt, &sandbox, false);
    let (addr, code) = open_pairing(&mut first);
    pair_in_settings(&mut desk, &mut first, &addr.to_string(), &code);
    let (addr, code) = open_pairing(&mut second);
    pair_in_settings(&mut desk, &mut second, &addr.to_string(), &code);
    let ids: Vec<(String, String)> = desk
        .state()
        .state
        .tablet
        .desk_pairings
        .iter()
        .map(|p| (p.peer_name.clone(), p.id.clone()))
        .collect();
    let second_id = ids
        .iter()
        .find(|(name, _)| name == "Kiosk 2")
        .map(|(_, id)| id.clone())
        .expect("Kiosk 2 paired");

    // The lookup card offers the choice of tablet; staff pick Kiosk 2.
    desk.state_mut().apply(Action::Show(Panel::Lookup));
    desk.step();
    enter_id(&mut desk, BOOKING_ID);
    step_until(&mut desk, "the lookup", |h| has_text(h, CLIENT_NAME));
    desk.get_by_label(tr(CHOOSE_TABLET_LABEL)).click_accesskit();
    desk.run_steps(2);
    let second_shown = (desk.state().state.tablet.desk_pairings.iter())
        .find(|p| p.id == second_id)
        .map(|p| p.shown_name())
        .unwrap();
    assert!(second_shown.starts_with("Kiosk 2 · "), "{second_shown}");
    desk.get_by_label(&second_shown).click_accesskit();
    desk.run_steps(2);
    assert_eq!(desk.state().settings.tablet_chosen, second_id);

    desk.get_by_label(tr(SEND_LABEL)).click_accesskit();
    step_both(&mut desk, &mut second, "the booking on Kiosk 2", |d, k| {
        k.state.customer.signature.signing.is_some()
            && matches!(
                d.state.tablet.send.as_ref().map(|s| &s.state),
                Some(HandOff::Waiting { .. })
            )
    });
    first.run_steps(3);
    assert!(first.state().state.tablet.incoming.is_none());
    assert!(first.state().state.customer.signature.signing.is_none());
    // The state is kept per tablet, and shown in the desk's list.
    let states = &desk.state().state.tablet.tablet_state;
    assert_eq!(
        states.get(&second_id),
        Some(&HandOff::Waiting {
            tablet: "Kiosk 2".into()
        })
    );
    assert_eq!(states.len(), 1, "{states:?}");
    desk.step();
    assert!(has_text(&desk, "On Kiosk 2, waiting for the signature."));
}

#[test]
fn the_listener_runs_only_in_kiosk_mode_with_a_pairing() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // A kiosk with an address to listen on but no pairing: off.
    let mut kiosk = app(&rt, &sandbox, true);
    kiosk.run_steps(5);
    assert_eq!(kiosk.state().state.tablet.listener_wanted, None);
    assert!(kiosk.state().state.tablet.listening.is_none());
    drop(kiosk);

    // A pairing as a tablet, but the app at a desk (not in kiosk mode): off.
    let paired = Arc::new(MemoryStore::new());
    let record = PairingRecord {
        id: PairingId::random().to_hex(),
        peer_name: "Front desk".into(),
        role: Role::Kiosk,
        address: String::new(),
        fingerprint: String::new(),
    };
    let secret = PairingSecret::from_bytes(&[7; 32]).unwrap();
    store::add(paired.as_ref(), record, &secret).unwrap();
    let mut desk = app_with(&rt, &sandbox, false, paired.clone(), |s| {
        s.tablet_listen = "127.0.0.1:0".into()
    });
    step_until(&mut desk, "the pairings loaded", |h| {
        !h.state().state.tablet.kiosk_pairings.is_empty()
    });
    desk.run_steps(3);
    assert_eq!(desk.state().state.tablet.listener_wanted, None);
    assert!(desk.state().state.tablet.listening.is_none());
    drop(desk);

    // The same pairing in kiosk mode: it listens, on loopback only.
    let mut kiosk = app_with(&rt, &sandbox, true, paired, |_| {});
    step_until(
        &mut kiosk,
        "the listener",
        |h| matches!(h.state().state.tablet.listening, Some(Ok(a)) if a.ip().is_loopback()),
    );
}

/// mDNS in a network namespace of the test's own (a failure under CI's
/// STOREDESK_REQUIRE_NETNS where none can be made): the tablet announces
/// itself on the namespace's second interface, the desk's Settings list it,
/// and "Use" pairs with the address found.
#[test]
fn the_desk_finds_the_tablet_by_mdns_and_pairs_with_it() {
    if !netns::run_isolated("the_desk_finds_the_tablet_by_mdns_and_pairs_with_it") {
        return;
    }
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut kiosk = app_with(&rt, &sandbox, true, Arc::new(MemoryStore::new()), |s| {
        s.tablet_announce = true;
        s.tablet_listen = format!("{}:0", netns::SECOND_IP);
    });
    let mut desk = app_with(&rt, &sandbox, false, Arc::new(MemoryStore::new()), |s| {
        s.tablet_discovery = netns::SECOND.into()
    });
    let (addr, code) = open_pairing(&mut kiosk);
    step_until(&mut kiosk, "the announcement", |h| {
        h.state().state.tablet.announcing == Some(Ok(Announced::OnNetwork))
    });
    desk.state_mut().apply(Action::Show(Panel::Settings));
    step_both(
        &mut desk,
        &mut kiosk,
        "Kiosk 1 in the desk's list",
        |d, _| d.state.tablet.found.iter().any(|f| f.name == "Kiosk 1"),
    );
    let found = desk.state().state.tablet.found[0].clone();
    assert_eq!(found.addr, addr.to_string());
    desk.step();
    desk.get_by_label("Use Kiosk 1").click_accesskit();
    desk.run_steps(2);
    assert_eq!(desk.state().state.tablet.pair_addr, addr.to_string());
    type_into(&mut desk, tr(PAIR_CODE_LABEL), &code);
    desk.get_by_label("Pair").click_accesskit();
    step_both(&mut desk, &mut kiosk, "both sides paired", |d, k| {
        !d.state.tablet.desk_pairings.is_empty() && !k.state.tablet.kiosk_pairings.is_empty()
    });
    desk.step();
    assert!(has_text(&desk, "already paired"));
    // The tablet is renamed: the desk's list follows.
    let tablet = kiosk.state_mut();
    tablet.apply(Action::Tablet(TabletAction::SetName("Kiosk 2".into())));
    tablet.apply(Action::Tablet(TabletAction::Renamed));
    step_both(&mut desk, &mut kiosk, "the new name in the list", |d, _| {
        let names: Vec<&str> = d
            .state
            .tablet
            .found
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        names == ["Kiosk 2"]
    });
    // Settings closed: the desk stops looking.
    desk.state_mut().apply(Action::Show(Panel::Lookup));
    desk.step();
    assert_eq!(desk.state().state.tablet.discovery_wanted, None);
}

/// Issue 27: a tablet on its staff screen is not "busy with another
/// customer": the desk says where it is and what to do, and once staff lock
/// it the same send is taken. The pairing code shows once.
#[test]
fn the_desk_says_the_tablet_is_on_its_staff_screen_and_what_to_do() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut kiosk = app(&rt, &sandbox, true);
    let mut desk = app(&rt, &sandbox, false);
    unlock(&mut kiosk);
    kiosk
        .state_mut()
        .apply(Action::Tablet(TabletAction::OpenPairing));
    step_until(&mut kiosk, "the pairing code", |h| {
        h.state().state.tablet.code.is_some()
    });
    kiosk.step();
    if kiosk.query_by_label(tr("stop-pairing")).is_none() {
        kiosk
            .get_by_label(tr("signing-tablet-desks"))
            .click_accesskit();
        kiosk.run_steps(2);
    }
    let code = kiosk.state().state.tablet.code.clone().unwrap();
    let shown = kiosk.query_all_by_label_contains(&code).count();
    assert_eq!(shown, 1, "the code is shown once");
    let Some(Ok(addr)) = kiosk.state().state.tablet.listening else {
        panic!("the tablet listens")
    };
    pair_in_settings(&mut desk, &mut kiosk, &addr.to_string(), &code);

    // Still on its staff screen: the desk says so.
    assert!(kiosk.state().state.kiosk_ui.staff_unlocked);
    let staff_screen = HandOff::Busy(Some(BusyReason::StaffScreen));
    send_until(&mut desk, &mut kiosk, staff_screen);
    assert!(has_text(
        &desk,
        "The tablet is on its staff screen: lock it there (Lock), then send again."
    ));
    assert!(!has_text(&desk, "another customer"));
    assert!(kiosk.state().state.customer.signature.signing.is_none());

    // Staff lock it: the same send is taken.
    kiosk.state_mut().apply(Action::Kiosk(KioskAction::Lock));
    send_booking(&mut desk, &mut kiosk);
}

/// The local UDP ports bound in this network namespace (IPv4 and IPv6), read
/// from /proc: mDNS's socket shows as port 5353.
fn udp_ports_bound() -> Vec<u16> {
    let mut ports = Vec::new();
    for table in ["/proc/net/udp", "/proc/net/udp6"] {
        let text = std::fs::read_to_string(table).unwrap_or_default();
        for line in text.lines().skip(1) {
            let local = line.split_whitespace().nth(1).unwrap_or("");
            if let Some((_, port)) = local.rsplit_once(':') {
                ports.push(u16::from_str_radix(port, 16).unwrap());
            }
        }
    }
    ports
}

/// "This computer only" (loopback) opens no mDNS socket at all, even with
/// "Announce this tablet" ticked, and says so; the positive control, a
/// tablet on the namespace's second interface, does open one. In a network
/// namespace of the test's own, so no other program's port 5353 is seen.
#[test]
fn a_tablet_on_this_computer_only_opens_no_mdns_socket() {
    if !netns::run_isolated("a_tablet_on_this_computer_only_opens_no_mdns_socket") {
        return;
    }
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut local = app_with(&rt, &sandbox, true, Arc::new(MemoryStore::new()), |s| {
        s.tablet_announce = true
    });
    open_pairing(&mut local);
    step_until(&mut local, "the announcement's answer", |h| {
        h.state().state.tablet.announcing.is_some()
    });
    assert_eq!(
        local.state().state.tablet.announcing,
        Some(Ok(Announced::NotOnThisComputerOnly))
    );
    assert!(
        !udp_ports_bound().contains(&5353),
        "{:?}",
        udp_ports_bound()
    );
    // The staff screen says why.
    unlock(&mut local);
    local.run_steps(2);
    local.get_by_label(tr("signing-tablet-desks")).click();
    step_until(&mut local, "the reason on the staff screen", |h| {
        has_text(h, "Not announced on any network")
    });

    let mut on_lan = app_with(&rt, &sandbox, true, Arc::new(MemoryStore::new()), |s| {
        s.tablet_announce = true;
        s.tablet_listen = format!("{}:0", netns::SECOND_IP);
    });
    open_pairing(&mut on_lan);
    step_until(&mut on_lan, "the announcement", |h| {
        h.state().state.tablet.announcing == Some(Ok(Announced::OnNetwork))
    });
    step_until(&mut on_lan, "mDNS's socket", |_| {
        udp_ports_bound().contains(&5353)
    });
}
