//! The tablet's listener under a flood (issue 25), in a network namespace
//! of its own (loopback only; on this machine's loopback where no
//! namespace can be made): with the open-file limit raised to 4096, 1,500
//! idle connections, then unauthenticated SESSION and PAIR frames. The
//! listener keeps few of them, never reads the credential store for a
//! stranger, logs a bounded number of lines, and a paired desk still gets
//! its booking through. Counts and outcomes only: no timing is asserted.

#![cfg(target_os = "linux")]

#[path = "netns/mod.rs"]
mod netns;

use std::io::Write;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use storedesk::pairing::desk_client::{self, DeskLink};
use storedesk::pairing::kiosk_server::{KioskEvent, KioskServer};
use storedesk::pairing::limits::{LOGGED_REFUSALS, MAX_PENDING};
use storedesk::pairing::messages::{DeskMessage, KioskMessage};
use storedesk::pairing::wire::{self, PAIR, REFUSED, Refusal, SESSION};
use storedesk::pairing::{PairingId, PairingSecret};
use storedesk::secrets::{MemoryStore, SecretError, SecretStore};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use zeroize::Zeroizing;

const NAME: &str = "a_flood_of_idle_and_unauthenticated_connections_leaves_a_paired_desk_through";
const IDLE: usize = 1500;
const PROBES: usize = 100;
const CODE: &str = "482913";
const BOOKING: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";
/// A hang guard only, never a measurement.
const GUARD: Duration = Duration::from_secs(60);

/// The memory store, counting reads: a stranger must cause none.
#[derive(Default)]
struct CountingStore {
    inner: MemoryStore,
    reads: AtomicUsize,
}

impl SecretStore for CountingStore {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, SecretError> {
        self.reads.fetch_add(1, Ordering::SeqCst);
        self.inner.get(account)
    }
    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        self.inner.set(account, secret)
    }
    fn delete(&self, account: &str) -> Result<(), SecretError> {
        self.inner.delete(account)
    }
    fn describe(&self) -> &'static str {
        self.inner.describe()
    }
    fn is_persistent(&self) -> bool {
        false
    }
}

/// The log lines written, kept in memory.
#[derive(Clone, Default)]
struct LogLines(Arc<Mutex<Vec<u8>>>);

impl Write for LogLines {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl LogLines {
    fn count(&self) -> usize {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter(|b| **b == b'\n')
            .count()
    }
}

/// Whether an unprivileged network namespace can be made here.
fn namespace_possible() -> bool {
    std::process::Command::new("unshare")
        .args(["--net", "--map-root-user", "true"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_flood_of_idle_and_unauthenticated_connections_leaves_a_paired_desk_through() {
    let inside = std::env::var_os("STOREDESK_TEST_IN_NETNS").is_some();
    if !inside && namespace_possible() {
        netns::run_isolated(NAME);
        return;
    }
    if !inside {
        eprintln!("no network namespace here: the flood runs on this machine's loopback");
    }
    raise_open_file_limit(4096);
    let log = LogLines::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(tracing::Level::WARN)
        .with_ansi(false)
        .init();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(flood(log));
}

fn raise_open_file_limit(want: u64) {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let now = getrlimit(Resource::Nofile);
    let max = now.maximum.unwrap_or(u64::MAX);
    assert!(
        max >= want,
        "the hard open-file limit is {max}, under {want}"
    );
    setrlimit(
        Resource::Nofile,
        Rlimit {
            current: Some(want),
            maximum: now.maximum,
        },
    )
    .expect("raise the open-file limit");
}

async fn next(events: &mut mpsc::UnboundedReceiver<KioskEvent>) -> KioskEvent {
    tokio::time::timeout(GUARD, events.recv())
        .await
        .expect("an event in time")
        .expect("the channel is open")
}

/// Waits for the tablet's answer to a first frame: its refusal, if any.
async fn refusal(stream: &mut TcpStream) -> Option<u8> {
    match tokio::time::timeout(GUARD, wire::read_frame(stream)).await {
        Ok(Ok((REFUSED, body))) => body.first().copied(),
        _ => None,
    }
}

async fn flood(log: LogLines) {
    let store = Arc::new(CountingStore::default());
    let (tx, mut events) = mpsc::unbounded_channel();
    let loopback: SocketAddr = "127.0.0.1:0".parse().unwrap();
    let server = KioskServer::start(loopback, "Kiosk", store.clone(), tx)
        .await
        .expect("listener");
    let addr = server.local_addr().to_string();

    // A desk pairs first.
    server.open_pairing(CODE.into());
    let (record, secret) = desk_client::pair(&addr, CODE, "Desk")
        .await
        .expect("paired");
    assert!(matches!(next(&mut events).await, KioskEvent::Paired(_)));
    let id = PairingId::from_hex(&record.id).unwrap();
    let reads_before = store.reads.load(Ordering::SeqCst);

    // 1,500 idle connections: the listener keeps only a few.
    let mut idle = Vec::with_capacity(IDLE);
    for _ in 0..IDLE {
        idle.push(TcpStream::connect(&addr).await.expect("connect"));
    }
    let closed = wait_closed(&idle, IDLE - MAX_PENDING).await;
    assert!(
        closed >= IDLE - MAX_PENDING,
        "{closed} idle connections closed"
    );
    let (pending, sessions) = server.connections();
    assert!(
        pending <= MAX_PENDING && sessions == 0,
        "{pending}, {sessions}"
    );

    // Strangers' SESSION frames (random ids) and PAIR frames (no code on
    // screen): each refused, none reads the credential store.
    for i in 0..PROBES {
        let mut s = TcpStream::connect(&addr).await.expect("connect");
        let (kind, body, want) = if i % 2 == 0 {
            let mut body = PairingId::random().0.to_vec();
            body.extend_from_slice(&[0x42; 48]);
            (SESSION, body, Refusal::Unpaired)
        } else {
            (PAIR, vec![0x42; 33], Refusal::NotPairing)
        };
        wire::write_frame(&mut s, kind, &body).await.unwrap();
        assert_eq!(refusal(&mut s).await, Some(want as u8), "probe {i}");
    }
    assert_eq!(
        store.reads.load(Ordering::SeqCst),
        reads_before,
        "a stranger made the tablet read its credential store"
    );

    // The paired desk still gets its booking through.
    let secret = PairingSecret::from_bytes(secret.bytes()).unwrap();
    let mut link = DeskLink::connect(&addr, &id, &secret)
        .await
        .expect("the desk connects");
    link.send(&DeskMessage::Send {
        request: 9,
        booking: BOOKING.into(),
        desk: "Desk".into(),
    })
    .await
    .unwrap();
    loop {
        match next(&mut events).await {
            KioskEvent::Booking { request: 9, .. } => break,
            KioskEvent::Refused(_) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(server.reply(KioskMessage::Accepted { request: 9 }));
    let answer = tokio::time::timeout(GUARD, link.recv())
        .await
        .expect("in time");
    assert_eq!(answer, Ok(KioskMessage::Accepted { request: 9 }));

    // Bounded log: a budget of refusal lines, not one per connection.
    let lines = log.count();
    assert!(
        lines <= LOGGED_REFUSALS as usize + 5,
        "{lines} log lines for {} refused connections",
        IDLE + PROBES
    );
    drop(idle);
}

/// Counts the connections the tablet has closed (EOF on our side), waiting
/// until at least `want` are or the guard runs out.
async fn wait_closed(streams: &[TcpStream], want: usize) -> usize {
    let deadline = tokio::time::Instant::now() + GUARD;
    let mut buf = [0u8; 16];
    let mut closed = vec![false; streams.len()];
    loop {
        for (s, done) in streams.iter().zip(closed.iter_mut()) {
            if !*done {
                *done = match s.try_read(&mut buf) {
                    Ok(0) => true,
                    Ok(_) => false,
                    Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
                };
            }
        }
        let n = closed.iter().filter(|c| **c).count();
        if n >= want || tokio::time::Instant::now() >= deadline {
            return n;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
