//! Desk and tablet over loopback, without a window: pairing (right code,
//! wrong codes, a stranger's share, the tenth refusal), a session (send,
//! accepted, signed), a third party without the secret, a replayed frame,
//! the tablet gone mid-session, and what the wire shows. Only loopback
//! addresses (127.0.0.0/8) are used.

mod common;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::wire::{contains, secret_forms};
use storedesk::pairing::desk_client::{self, DeskLink};
use storedesk::pairing::kiosk_server::{KioskEvent, KioskServer};
use storedesk::pairing::messages::{DeskMessage, KioskMessage};
use storedesk::pairing::wire::{self, DATA};
use storedesk::pairing::{LinkError, PairingId, PairingSecret, store};
use storedesk::secrets::MemoryStore;
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

/// The tablet's next message on `link`; a hang guard turns a regression
/// that never answers into a failure.
async fn recv(link: &mut DeskLink) -> Result<KioskMessage, LinkError> {
    tokio::time::timeout(GUARD, link.recv())
        .await
        .expect("the tablet answers (or hangs up) in time")
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
        recv(&mut link).await.unwrap(),
        KioskMessage::Accepted { request: 7 }
    );
    let signed = KioskMessage::Signed {
        request: 7,
        reference: "SIG-1".into(),
        at: "14:02".into(),
    };
    assert!(tablet.server.reply(signed.clone()));
    assert_eq!(recv(&mut link).await.unwrap(), signed);
    // The request is over: a late reply goes nowhere.
    assert!(!tablet.server.reply(KioskMessage::Cancelled { request: 7 }));
}

/// An address on this computer that connections to the tablet come from:
/// a relay on 127.0.0.1 whose own connections to `tablet` leave from
/// `source` (another loopback address), so the tablet sees another computer.
async fn relay_from(source: &str, tablet: &str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let (source, tablet): (std::net::IpAddr, SocketAddr) =
        (source.parse().unwrap(), tablet.parse().unwrap());
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            let socket = tokio::net::TcpSocket::new_v4().unwrap();
            socket.bind(SocketAddr::new(source, 0)).unwrap();
            let mut outbound = socket.connect(tablet).await.unwrap();
            tokio::spawn(async move {
                let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
            });
        }
    });
    addr
}

/// Three wrong codes from one computer: that computer is refused from then
/// on without a try, the code stays on screen for the others, and the desk
/// staff are pairing still pairs with it.
#[tokio::test]
async fn a_stranger_cannot_spend_the_codes_tries() {
    let mut tablet = Tablet::start().await;
    tablet.server.open_pairing(CODE.into());
    let stranger = relay_from("127.0.0.2", &tablet.addr()).await;
    for left in [9, 8, 7] {
        let err = desk_client::pair(&stranger, "000000", DESK_NAME).await;
        assert_eq!(err.err(), Some(LinkError::WrongCode));
        let from = "127.0.0.2".parse().unwrap();
        assert_eq!(tablet.next().await, KioskEvent::WrongCode { left, from });
        assert!(matches!(tablet.next().await, KioskEvent::Refused(_)));
    }
    // Its share is spent: even the right code is refused from there.
    let err = desk_client::pair(&stranger, CODE, DESK_NAME).await;
    assert_eq!(err.err(), Some(LinkError::TooManyAttempts));
    assert_eq!(
        tablet.next().await,
        KioskEvent::Refused(LinkError::TooManyAttempts)
    );
    // The desk (127.0.0.1) pairs with the code still on screen.
    let (record, _secret) = desk_client::pair(&tablet.addr(), CODE, DESK_NAME)
        .await
        .expect("the desk pairs");
    assert_eq!(record.peer_name, KIOSK_NAME);
    assert!(matches!(tablet.next().await, KioskEvent::Paired(_)));
}

/// Ten wrong codes from four computers end the code for everyone.
#[tokio::test]
async fn ten_wrong_codes_from_several_computers_end_the_code() {
    let mut tablet = Tablet::start().await;
    tablet.server.open_pairing(CODE.into());
    let mut relays = Vec::new();
    for source in ["127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"] {
        relays.push(relay_from(source, &tablet.addr()).await);
    }
    for (i, left) in (1..10).rev().enumerate() {
        let err = desk_client::pair(&relays[i / 3], "000000", DESK_NAME).await;
        assert_eq!(err.err(), Some(LinkError::WrongCode));
        assert!(matches!(tablet.next().await, KioskEvent::WrongCode { left: l, .. } if l == left));
        assert!(matches!(tablet.next().await, KioskEvent::Refused(_)));
    }
    let err = desk_client::pair(&relays[3], "000000", DESK_NAME).await;
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
    assert!(recv(&mut link).await.is_err());
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
    let err = recv(&mut link).await.unwrap_err();
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
    recv(&mut link).await.unwrap();

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
        for form in secret_forms(secret.bytes()) {
            assert!(
                !contains(&seen, &form),
                "the pairing secret crossed the wire ({})",
                String::from_utf8_lossy(&form)
            );
        }
    }
}

/// The forms the wire check looks for are the real encodings.
#[test]
fn the_wire_check_knows_each_form_of_a_secret() {
    let secret = [0x5a_u8, 0x01, 0xfe, 0x7f, 0x80, 0x3e, 0x3f, 0x00];
    let forms: Vec<String> = secret_forms(&secret)[1..]
        .iter()
        .map(|f| String::from_utf8(f.clone()).unwrap())
        .collect();
    assert_eq!(
        forms,
        [
            "5a01fe7f803e3f00",
            "5A01FE7F803E3F00",
            "WgH+f4A+PwA=",
            "WgH+f4A+PwA",
            "WgH-f4A-PwA=",
            "WgH-f4A-PwA"
        ]
    );
    assert!(contains(b"..WgH+f4A+PwA=..", b"WgH+f4A+PwA="));
}

#[path = "netns/mod.rs"]
mod netns;

/// Discovery events of one browser, in the order its daemon saw them.
struct Seen {
    rx: std::sync::mpsc::Receiver<storedesk::pairing::discovery::DiscoveryEvent>,
    all: Vec<storedesk::pairing::discovery::DiscoveryEvent>,
    _browser: storedesk::pairing::discovery::Browser,
}

impl Seen {
    fn browse(interface: &str) -> Self {
        use storedesk::pairing::discovery::{Browser, Scope};
        let (tx, rx) = std::sync::mpsc::channel();
        let browser = Browser::start(&Scope::Interface(interface.into()), move |e| {
            let _ = tx.send(e);
        })
        .expect("browsing");
        Self {
            rx,
            all: Vec::new(),
            _browser: browser,
        }
    }

    /// Waits for an event `want` accepts (kept with all the others).
    fn until(
        &mut self,
        mut want: impl FnMut(&storedesk::pairing::discovery::DiscoveryEvent) -> bool,
    ) -> storedesk::pairing::discovery::DiscoveryEvent {
        loop {
            let e = self.rx.recv_timeout(GUARD).expect("a discovery event");
            self.all.push(e.clone());
            if want(&e) {
                return e;
            }
        }
    }

    fn found(&mut self, name: &str) -> storedesk::pairing::discovery::Found {
        use storedesk::pairing::discovery::DiscoveryEvent;
        match self.until(|e| matches!(e, DiscoveryEvent::Found(f) if f.name == name)) {
            DiscoveryEvent::Found(f) => f,
            DiscoveryEvent::Lost { .. } => unreachable!(),
        }
    }

    fn lost(&mut self, key: &str) {
        use storedesk::pairing::discovery::DiscoveryEvent;
        self.until(|e| matches!(e, DiscoveryEvent::Lost { key: k } if k == key));
    }

    /// Whether anything about the tablet called `name` (or with `key`) came.
    fn heard_of(&self, name: &str, key: &str) -> bool {
        use storedesk::pairing::discovery::DiscoveryEvent;
        self.all.iter().any(|e| match e {
            DiscoveryEvent::Found(f) => f.name == name || f.key == key,
            DiscoveryEvent::Lost { key: k } => k == key,
        })
    }
}

/// The tablet's mDNS announcement, found by a desk browsing `lo` (in a
/// network namespace of the test's own), then withdrawn; a tablet on the
/// namespace's second interface is found by a desk browsing that one and
/// never by the desk narrowed to `lo` (nor the other way round).
#[test]
fn a_listening_tablet_is_found_by_mdns_and_withdrawn() {
    use storedesk::pairing::discovery::{Announcer, Scope};
    if !netns::run_isolated("a_listening_tablet_is_found_by_mdns_and_withdrawn") {
        return;
    }
    let listen: SocketAddr = "127.0.0.1:47615".parse().unwrap();
    let on_lo = Announcer::start(&Scope::for_listen(listen), KIOSK_NAME, listen)
        .expect("announced on loopback");
    let second: SocketAddr = format!("{}:47617", netns::SECOND_IP).parse().unwrap();
    let on_second = Announcer::start(&Scope::for_listen(second), "Kiosk second", second)
        .expect("announced on the second interface");
    let mut lo = Seen::browse("lo");
    let mut other = Seen::browse(netns::SECOND);
    let found = lo.found(KIOSK_NAME);
    assert_eq!(found.addr, "127.0.0.1:47615");
    // The positive control: the second interface's tablet can be found.
    let found_second = other.found("Kiosk second");
    assert_eq!(found_second.addr, second.to_string());

    // Each listener stops: its goodbye takes it off its desk's list. Each
    // browser reads its packets in order, so by the time it hears the
    // goodbye of its own tablet it has heard all the other's announcements
    // that reached it.
    drop(on_second);
    other.lost(&found_second.key);
    drop(on_lo);
    lo.lost(&found.key);
    assert!(
        !lo.heard_of("Kiosk second", &found_second.key),
        "the desk narrowed to lo heard the other interface: {:?}",
        lo.all
    );
    assert!(
        !other.heard_of(KIOSK_NAME, &found.key),
        "the desk narrowed to {} heard lo: {:?}",
        netns::SECOND,
        other.all
    );

    // Listening on every interface (asked for explicitly): announced on
    // each, with each interface's own address, never 0.0.0.0.
    let all: SocketAddr = "0.0.0.0:47616".parse().unwrap();
    let _every = Announcer::start(&Scope::for_listen(all), "Kiosk 2", all).expect("announced");
    assert_eq!(lo.found("Kiosk 2").addr, "127.0.0.1:47616");
    assert_eq!(
        other.found("Kiosk 2").addr,
        format!("{}:47616", netns::SECOND_IP)
    );
}
