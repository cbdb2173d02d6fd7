//! A kiosk without a manager PIN refuses a desk's booking (issue 25): its
//! staff screen is open to whoever stands there, so a customer put on it
//! could reach other lookups, leave kiosk mode or set the PIN. The desk is
//! told why ("the tablet has no manager PIN yet"), and nothing of the
//! booking is looked up on the tablet. Only 127.0.0.1 is used.

mod common;

use std::net::SocketAddr;
use std::sync::Arc;

use common::*;
use egui_kittest::Harness;
use storedesk::pairing::desk_client::DeskLink;
use storedesk::pairing::messages::{DeskMessage, KioskMessage};
use storedesk::pairing::{LinkError, PairingId, PairingRecord, PairingSecret, Role, store};
use storedesk::secrets::{API_KEY_ACCOUNT, MemoryStore, SecretStore};
use storedesk::settings::Settings;
use storedesk::ui::app::{Startup, StoreDeskApp};
use storedesk::worker::{KeyState, PinState};

const BOOKING: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";

#[test]
fn a_kiosk_without_a_pin_refuses_a_desks_booking_and_says_why() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // The tablet holds a pairing (as after "Pair with a desk"), no PIN.
    let store = Arc::new(MemoryStore::new());
    store.set(API_KEY_ACCOUNT, sandbox.api_key()).unwrap();
    let id = PairingId::random();
    let secret = PairingSecret::from_bytes(&[0x31; 32]).unwrap();
    let record = PairingRecord {
        id: id.to_hex(),
        peer_name: "Front desk".into(),
        role: Role::Kiosk,
        address: String::new(),
        fingerprint: String::new(),
    };
    store::add(store.as_ref(), record, &secret).unwrap();
    let settings = Settings {
        base_url: sandbox.base_url(),
        tablet_announce: false,
        device_name: "Kiosk 1".into(),
        tablet_listen: "127.0.0.1:0".into(),
        ..Default::default()
    };
    let app = StoreDeskApp::new(
        &egui::Context::default(),
        rt.handle(),
        store,
        Some(&settings.to_stored()),
        Startup {
            kiosk: true,
            ..Startup::default()
        },
    );
    let mut tablet = Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .build_ui_state(|ui, app: &mut StoreDeskApp| app.show(ui), app);
    step_until(&mut tablet, "the key and the PIN state", |h| {
        let s = &h.state().state;
        matches!(s.key, KeyState::Set { .. }) && s.kiosk_ui.pin == PinState::NotSet
    });
    step_until(&mut tablet, "the listener", |h| {
        matches!(h.state().state.tablet.listening, Some(Ok(_)))
    });
    let Some(Ok(addr)) = tablet.state().state.tablet.listening.clone() else {
        unreachable!()
    };

    let answer = desk_sends(&rt, addr, &id, &secret, &mut tablet);
    assert_eq!(answer, KioskMessage::NoManagerPin { request: 5 });
    assert_eq!(
        LinkError::NoManagerPin.text().to_string(),
        "The tablet has no manager PIN yet: set one on the tablet, then send again."
    );
    // Nothing of the booking reached the tablet's screen.
    let s = &tablet.state().state;
    assert!(s.tablet.incoming.is_none());
    assert!(s.lookup.pending.is_none() && s.customer.lookup.result.is_none());
}

/// The desk's side: a session with the tablet, the booking sent, the
/// tablet's answer (the tablet app is stepped meanwhile).
fn desk_sends(
    rt: &tokio::runtime::Runtime,
    addr: SocketAddr,
    id: &PairingId,
    secret: &PairingSecret,
    tablet: &mut Harness<'_, StoreDeskApp>,
) -> KioskMessage {
    let (id, secret) = (*id, secret.clone());
    let answer = rt.spawn(async move {
        let mut link = DeskLink::connect(&addr.to_string(), &id, &secret)
            .await
            .expect("a session with the tablet");
        link.send(&DeskMessage::Send {
            request: 5,
            booking: BOOKING.into(),
            desk: "Front desk".into(),
        })
        .await
        .expect("sent");
        link.recv().await
    });
    step_until(tablet, "the tablet's answer", |_| answer.is_finished());
    rt.block_on(answer)
        .expect("the desk's task")
        .expect("an answer")
}
