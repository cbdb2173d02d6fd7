//! Desk and tablet over loopback, without a window: pairing (right code,
//! wrong codes, the fifth refusal), a session (send, accepted, signed), a
//! third party without the secret, a replayed frame, the tablet gone
//! mid-session, and what the wire shows. Only 127.0.0.1 is used.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use storedesk::pairing::desk_client::{self, DeskLink};
use storedesk::pairing::kiosk_server::{KioskEvent, KioskServer};
use storedesk::pairing::messages::{DeskMessage, KioskMessage};
use storedesk::pairing::wire::{self, DATA};
use storedesk::pairing::{LinkError, PairingId, PairingSecret, store};
use storedesk::secrets::{MemoryStore, SecretStore};
use tokio::net::TcpListener;
use tokio::sync::mpsc;

const BOOKING: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";
const CODE: &str = "482913";
const KIOSK_NAME: &str = "Kiosk – Emmerich 1";
const DESK_NAME: &str = "Front desk Emmerich";

/// A hang guard only (never a measurement): a broken test fails instead of
/// running forever.
const GUARD: Duration = Duration::from_secs(30);

struct Tablet {
    server: KioskServer,
    events: mpsc::UnboundedReceiver<KioskEvent>,
    store: Arc<MemoryStore>,
}

impl Tablet {
    async fn start() -> Self {
        let store = Arc::new(MemoryStore::new());
        let (tx, events) = mpsc::unbounded_channel();
        let loopback: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let server = KioskServer::start(loopback, KIOSK_NAME, store.clone(), tx)
            .await
            .expect("listener on loopback");
        Self {
            server,
            events,
            store,
        }
    }

    fn addr(&self) -> String {
        self.server.local_addr().to_string()
    }

    async fn next(&mut self) -> KioskEvent {
        tokio::time::timeout(GUARD, self.events.recv())
            .await
            .expect("an event from the tablet")
            .expect("the tablet's channel is open")
    }
}

/// Pairs a desk with `tablet`; returns the desk's id and secret.
async fn paired(tablet: &mut Tablet) -> (PairingId, PairingSecret) {
    tablet.server.open_pairing(CODE.into());
    let (record, secret) = desk_client::pair(&tablet.addr(), CODE, DESK_NAME)
        .await
        .expect("pairing with the right code");
    assert_eq!(record.peer_name, KIOSK_NAME);
    match tablet.next().await {
        KioskEvent::Paired(r) => assert_eq!(r.peer_name, DESK_NAME),
        other => panic!("expected Paired, got {other:?}"),
    }
    (PairingId::from_hex(&record.id).unwrap(), secret)
}

fn send(request: u64) -> DeskMessage {
    DeskMessage::Send {
        request,
        booking: BOOKING.into(),
        desk: DESK_NAME.into(),
    }
}

#[tokio::test]
async fn pair_send_accept_sign() {
    let mut tablet = Tablet::start().await;
    let (id, secret) = paired(&mut tablet).await;
    // The tablet keeps the secret in its credential store.
    let kept = store::secret(tablet.store.as_ref(), &id.to_hex()).unwrap();
    assert_eq!(kept.unwrap().bytes(), secret.bytes());

    let mut link = DeskLink::connect(&tablet.addr(), &id, &secret)
        .await
        .unwrap();
    link.send(&send(7)).await.unwrap();
    match tablet.next().await {
        KioskEvent::Booking {
            request,
            booking,
            desk,
        } => {
            assert_eq!(
                (request, booking.to_string(), desk.as_str()),
                (7, BOOKING.into(), DESK_NAME)
            );
        }
        other => panic!("expected Booking, got {other:?}"),
    }
    assert!(tablet.server.reply(KioskMessage::Accepted { request: 7 }));
    assert_eq!(
        link.recv().await.unwrap(),
        KioskMessage::Accepted { request: 7 }
    );
    let signed = KioskMessage::Signed {
        request: 7,
        reference: "SIG-1".into(),
        at: "14:02".into(),
    };
    assert!(tablet.server.reply(signed.clone()));
    assert_eq!(link.recv().await.unwrap(), signed);
    // The request is over: a late reply goes nowhere.
    assert!(!tablet.server.reply(KioskMessage::Cancelled { request: 7 }));
}

#[tokio::test]
async fn wrong_codes_then_refusal_after_five() {
    let mut tablet = Tablet::start().await;
    tablet.server.open_pairing(CODE.into());
    for left in (1..5).rev() {
        let err = desk_client::pair(&tablet.addr(), "000000", DESK_NAME).await;
        assert_eq!(err.err(), Some(LinkError::WrongCode));
        assert_eq!(tablet.next().await, KioskEvent::WrongCode { left });
        assert!(matches!(tablet.next().await, KioskEvent::Refused(_)));
    }
    let err = desk_client::pair(&tablet.addr(), "000000", DESK_NAME).await;
    assert_eq!(err.err(), Some(LinkError::TooManyAttempts));
    assert_eq!(tablet.next().await, KioskEvent::PairingClosed);
    assert!(matches!(tablet.next().await, KioskEvent::Refused(_)));
    // Even the right code is refused now: the code on screen is dead.
    let err = desk_client::pair(&tablet.addr(), CODE, DESK_NAME).await;
    assert_eq!(err.err(), Some(LinkError::NotPairing));
    assert!(store::list(tablet.store.as_ref()).unwrap().is_empty());
}

#[tokio::test]
async fn third_party_without_the_secret_is_refused() {
    let mut tablet = Tablet::start().await;
    let (id, _secret) = paired(&mut tablet).await;
    let stranger = PairingSecret::from_bytes(&[0x5a; 32]).unwrap();
    // Unknown pairing id.
    let err = DeskLink::connect(&tablet.addr(), &PairingId::random(), &stranger).await;
    assert_eq!(err.err(), Some(LinkError::Unpaired));
    assert_eq!(
        tablet.next().await,
        KioskEvent::Refused(LinkError::Unpaired)
    );
    // A known id (it crosses the wire in the clear) but not its secret.
    let err = DeskLink::connect(&tablet.addr(), &id, &stranger).await;
    assert_eq!(err.err(), Some(LinkError::Authentication));
    assert_eq!(
        tablet.next().await,
        KioskEvent::Refused(LinkError::Authentication)
    );
}

#[tokio::test]
async fn removed_pairing_is_refused() {
    let mut tablet = Tablet::start().await;
    let (id, secret) = paired(&mut tablet).await;
    store::remove(tablet.store.as_ref(), &id.to_hex()).unwrap();
    let err = DeskLink::connect(&tablet.addr(), &id, &secret).await;
    assert_eq!(err.err(), Some(LinkError::Unpaired));
}

/// What a proxy between desk and tablet saw, and whether it doubles the
/// desk's first sealed frame (a replay).
#[derive(Default)]
struct Capture {
    bytes: Mutex<Vec<u8>>,
}

/// A loopback proxy for one connection; frames are forwarded (and captured)
/// whole. With `replay`, the desk's first sealed frame is sent twice.
async fn proxy(target: String, replay: bool) -> (String, Arc<Capture>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let capture = Arc::new(Capture::default());
    let cap = capture.clone();
    tokio::spawn(async move {
        let Ok((desk, _)) = listener.accept().await else {
            return;
        };
        let Ok(tablet) = tokio::net::TcpStream::connect(target).await else {
            return;
        };
        let (mut d_rd, mut d_wr) = desk.into_split();
        let (mut t_rd, mut t_wr) = tablet.into_split();
        let cap2 = cap.clone();
        tokio::spawn(async move {
            while let Ok((kind, body)) = wire::read_frame(&mut t_rd).await {
                cap2.bytes.lock().unwrap().extend_from_slice(&body);
                if wire::write_frame(&mut d_wr, kind, &body).await.is_err() {
                    break;
                }
            }
        });
        let mut doubled = !replay;
        while let Ok((kind, body)) = wire::read_frame(&mut d_rd).await {
            cap.bytes.lock().unwrap().extend_from_slice(&body);
            if wire::write_frame(&mut t_wr, kind, &body).await.is_err() {
                break;
            }
            if kind == DATA && !doubled {
                doubled = true;
                let _ = wire::write_frame(&mut t_wr, kind, &body).await;
            }
        }
    });
    (addr, capture)
}

#[tokio::test]
async fn replayed_frame_is_refused() {
    let mut tablet = Tablet::start().await;
    let (id, secret) = paired(&mut tablet).await;
    let (via, _) = proxy(tablet.addr(), true).await;
    let mut link = DeskLink::connect(&via, &id, &secret).await.unwrap();
    link.send(&send(1)).await.unwrap();
    assert!(matches!(
        tablet.next().await,
        KioskEvent::Booking { request: 1, .. }
    ));
    // The tablet hangs up on the replaying connection: the open request is
    // reported gone (never shown twice), then the refusal.
    assert_eq!(tablet.next().await, KioskEvent::DeskGone { request: 1 });
    assert_eq!(tablet.next().await, KioskEvent::Refused(LinkError::Replay));
    assert!(link.recv().await.is_err());
}

#[tokio::test]
async fn tablet_gone_mid_session() {
    let mut tablet = Tablet::start().await;
    let (id, secret) = paired(&mut tablet).await;
    let mut link = DeskLink::connect(&tablet.addr(), &id, &secret)
        .await
        .unwrap();
    link.send(&send(3)).await.unwrap();
    assert!(matches!(tablet.next().await, KioskEvent::Booking { .. }));
    let addr = tablet.addr();
    drop(tablet);
    let err = link.recv().await.unwrap_err();
    assert!(matches!(err, LinkError::Network(_)), "{err:?}");
    // And it is not there to connect to again.
    let again = DeskLink::connect(&addr, &id, &secret).await;
    assert!(matches!(again.err(), Some(LinkError::Network(_))));
}

#[tokio::test]
async fn the_wire_shows_no_name_no_booking_no_key() {
    let mut tablet = Tablet::start().await;
    tablet.server.open_pairing(CODE.into());
    let (via, pairing_capture) = proxy(tablet.addr(), false).await;
    let (record, secret) = desk_client::pair(&via, CODE, DESK_NAME).await.unwrap();
    assert!(matches!(tablet.next().await, KioskEvent::Paired(_)));
    let id = PairingId::from_hex(&record.id).unwrap();

    let (via, session_capture) = proxy(tablet.addr(), false).await;
    let mut link = DeskLink::connect(&via, &id, &secret).await.unwrap();
    link.send(&send(9)).await.unwrap();
    assert!(matches!(tablet.next().await, KioskEvent::Booking { .. }));
    tablet.server.reply(KioskMessage::Signed {
        request: 9,
        reference: "SIG-REF-42".into(),
        at: "14:02".into(),
    });
    link.recv().await.unwrap();

    for capture in [pairing_capture, session_capture] {
        let seen = capture.bytes.lock().unwrap().clone();
        assert!(!seen.is_empty());
        for secret_text in [
            BOOKING,
            "2553e48665c9411ba4780d0dfbd168bf",
            DESK_NAME,
            KIOSK_NAME,
            "Emmerich",
            "SIG-REF-42",
            CODE,
        ] {
            assert!(
                !seen
                    .windows(secret_text.len())
                    .any(|w| w == secret_text.as_bytes()),
                "{secret_text:?} crossed the wire in the clear"
            );
        }
        assert!(
            !seen.windows(32).any(|w| w == secret.bytes()),
            "the pairing secret crossed the wire"
        );
    }
    let _ = tablet.store.describe();
}

#[path = "netns/mod.rs"]
mod netns;

/// The tablet's mDNS announcement, found by a desk browsing `lo` (in a
/// network namespace of the test's own), then withdrawn.
#[test]
fn a_listening_tablet_is_found_by_mdns_and_withdrawn() {
    use storedesk::pairing::discovery::{Announcer, Browser, DiscoveryEvent, Scope};
    if !netns::run_isolated("a_listening_tablet_is_found_by_mdns_and_withdrawn") {
        return;
    }
    let listen: SocketAddr = "127.0.0.1:47615".parse().unwrap();
    let announcer = Announcer::start(&Scope::for_listen(listen), KIOSK_NAME, listen)
        .expect("announced on loopback");
    let (tx, rx) = std::sync::mpsc::channel();
    let browser = Browser::start(&Scope::Interface("lo".into()), move |e| {
        let _ = tx.send(e);
    })
    .expect("browsing on loopback");
    let next = || rx.recv_timeout(GUARD).expect("a discovery event");
    let found = loop {
        if let DiscoveryEvent::Found(f) = next() {
            break f;
        }
    };
    assert_eq!(found.name, KIOSK_NAME);
    assert_eq!(found.addr, "127.0.0.1:47615");
    // The listener stops: its goodbye takes it off the desk's list.
    drop(announcer);
    loop {
        if next()
            == (DiscoveryEvent::Lost {
                key: found.key.clone(),
            })
        {
            break;
        }
    }
    // Listening on every interface (asked for explicitly): announced with
    // each interface's own address, never 0.0.0.0.
    let all: SocketAddr = "0.0.0.0:47616".parse().unwrap();
    let _every = Announcer::start(&Scope::for_listen(all), "Kiosk 2", all).expect("announced");
    let found = loop {
        if let DiscoveryEvent::Found(f) = next()
            && f.name == "Kiosk 2"
        {
            break f;
        }
    };
    assert_eq!(found.addr, "127.0.0.1:47616");
    drop(browser);
}
