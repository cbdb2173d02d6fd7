//! Send → booking on the tablet, on loopback: the desk opens a session to a
//! paired tablet (Noise handshake), sends the booking; the tablet's listener
//! authenticates it and the tablet fetches the booking from the sandbox with
//! its own key (the lookup the kiosk runs before it shows the pad). Drawing
//! the pad's first frame is not included (see the `frame` bench for a frame).
//! Run: `cargo bench --bench tablet`

mod support;

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group};
use storedesk::api::{ApiKey, ClientConfig, ReservationId, StoRegisterClient};
use storedesk::pairing::desk_client::DeskLink;
use storedesk::pairing::kiosk_server::{KioskEvent, KioskServer};
use storedesk::pairing::messages::DeskMessage;
use storedesk::pairing::{PairingId, PairingRecord, PairingSecret, Role, store};
use storedesk::sandbox::{Sandbox, SandboxOptions};
use storedesk::secrets::MemoryStore;

const SEND: &str = "tablet: send to booking fetched on the tablet (loopback)";
const BOOKING: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let sandbox: Sandbox = rt
        .block_on(Sandbox::start(SandboxOptions::default()))
        .expect("sandbox");
    let kiosk_client = StoRegisterClient::new(
        ClientConfig::new(sandbox.base_url()),
        ApiKey::new(sandbox.api_key()),
    )
    .expect("client");
    // A pairing made beforehand (pairing happens once, not per send).
    let secrets = Arc::new(MemoryStore::new());
    let id = PairingId::random();
    let secret = PairingSecret::from_bytes(&[0x42; 32]).expect("secret");
    let record = PairingRecord {
        id: id.to_hex(),
        peer_name: "Front desk".into(),
        role: Role::Kiosk,
        address: String::new(),
        fingerprint: secret.fingerprint(),
    };
    store::add(secrets.as_ref(), record, &secret).expect("store");
    let (tx, mut events) = tokio::sync::mpsc::unbounded_channel();
    let server = rt
        .block_on(KioskServer::start(
            "127.0.0.1:0".parse().expect("addr"),
            "Kiosk 1",
            secrets,
            tx,
        ))
        .expect("listener");
    let addr = server.local_addr().to_string();
    let mut request = 0u64;
    c.bench_function(SEND, |b| {
        b.iter(|| {
            request += 1;
            rt.block_on(async {
                let mut link = DeskLink::connect(&addr, &id, &secret)
                    .await
                    .expect("session");
                let msg = DeskMessage::Send {
                    request,
                    booking: BOOKING.into(),
                    desk: "Front desk".into(),
                };
                link.send(&msg).await.expect("send");
                let booking = next_booking(&mut events).await;
                let id = ReservationId::parse(&booking.to_string()).expect("id");
                storedesk::worker::lookup(&kiosk_client, id)
                    .await
                    .expect("the tablet's own fetch")
            })
        })
    });
    drop(server);
}

/// The booking the tablet received; a closed channel (the listener gone)
/// or a silent one fails the bench instead of looping forever.
async fn next_booking(
    events: &mut tokio::sync::mpsc::UnboundedReceiver<KioskEvent>,
) -> storedesk::api::BookingId {
    loop {
        let event = tokio::time::timeout(Duration::from_secs(30), events.recv())
            .await
            .expect("the tablet answers within 30 s");
        match event {
            Some(KioskEvent::Booking { booking, .. }) => return booking,
            Some(_) => continue,
            None => panic!("the tablet's events channel closed"),
        }
    }
}

fn summary(since: std::time::SystemTime) {
    support::report(
        "send → booking fetched on the tablet",
        support::median(SEND, since),
        Duration::from_millis(300),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = bench
}

fn main() {
    support::run(benches, summary);
    support::finish();
}
