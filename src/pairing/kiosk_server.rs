//! The tablet's side of the network: one listener on the chosen address that
//! answers pairing attempts (while a code is on screen) and desk sessions
//! (for known pairings only). It decides nothing about the customer screen:
//! bookings go out as [`KioskEvent`]s and the app answers with
//! [`KioskServer::reply`].

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::AsyncWriteExt;
use tokio::net::tcp::OwnedWriteHalf;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio::task::{AbortHandle, JoinSet};

use crate::api::BookingId;
use crate::secrets::SecretStore;

use super::attempts::PairingAttempts;
use super::error::LinkError;
use super::limits::{self, AcceptBackoff, Gate, HANDSHAKE_DEADLINE, LogBudget, SESSION_IDLE, Slot};
use super::messages::{self, DeskMessage, KioskMessage, PairHello, PairWelcome};
use super::noise::{self, Handshake, Session};
use super::secret::{PairingId, PairingRecord, PairingSecret, Role};
use super::wire::{self, DATA, PAIR, Refusal, SESSION};
use super::{pake, store};

/// What the tablet's app hears from the listener.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KioskEvent {
    /// A desk paired with the code on screen (and is in the store now).
    Paired(PairingRecord),
    /// A wrong code from the computer at `from`; `left` more tries (from
    /// every computer) before the code is dead.
    WrongCode { left: u32, from: IpAddr },
    /// Too many wrong codes: pairing closed.
    PairingClosed,
    /// The code on screen outlived [`CODE_LIFETIME`]: pairing closed.
    CodeExpired,
    /// A paired desk sends a booking; answer with [`KioskServer::reply`].
    Booking {
        request: u64,
        booking: BookingId,
        desk: String,
    },
    /// The desk's connection ended while its request was open.
    DeskGone { request: u64 },
    /// A connection was refused (logged without secrets).
    Refused(LinkError),
}

/// How long a pairing code on screen stays valid.
pub const CODE_LIFETIME: Duration = Duration::from_secs(5 * 60);

struct OpenPairing {
    code: String,
    attempts: PairingAttempts,
    expires: Instant,
}

struct State {
    name: String,
    pairing: Option<OpenPairing>,
    /// Changes with every code shown or withdrawn: an attempt that started
    /// under another epoch can neither finish nor put its code back.
    epoch: u64,
    /// Open requests: where their replies go.
    requests: HashMap<u64, mpsc::UnboundedSender<KioskMessage>>,
    /// The pairing ids this tablet holds, loaded once: a session for any
    /// other id is refused without touching the credential store.
    known: HashSet<PairingId>,
}

struct Inner {
    store: Arc<dyn SecretStore>,
    events: mpsc::UnboundedSender<KioskEvent>,
    state: Mutex<State>,
    gate: Arc<Gate>,
    /// One credential-store read at a time for sessions of known ids.
    store_turn: Semaphore,
    log: Mutex<LogBudget>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Inner {
    fn emit(&self, e: KioskEvent) {
        let _ = self.events.send(e);
    }

    /// A refused connection: logged and reported within the budget, so a
    /// flood of them cannot fill the log or the app's queue.
    fn refused(&self, err: LinkError) {
        let (report, left_out) = lock(&self.log).take(Instant::now());
        if left_out > 0 {
            tracing::warn!("tablet link: {left_out} more refused connections were not logged");
        }
        if report {
            tracing::warn!("tablet link: refused a connection: {err}");
            self.emit(KioskEvent::Refused(err));
        }
    }
}

/// The running listener; stopped when dropped.
pub struct KioskServer {
    inner: Arc<Inner>,
    local_addr: SocketAddr,
    accept: AbortHandle,
}

impl Drop for KioskServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

impl KioskServer {
    /// Listens on `bind` only (the address chosen in Settings). The list of
    /// pairings is read once here; later changes come through
    /// [`KioskServer::forget`] and this listener's own pairings.
    pub async fn start(
        bind: SocketAddr,
        name: &str,
        store: Arc<dyn SecretStore>,
        events: mpsc::UnboundedSender<KioskEvent>,
    ) -> std::io::Result<Self> {
        let known = known_ids(store.clone()).await;
        let listener = TcpListener::bind(bind).await?;
        let local_addr = listener.local_addr()?;
        let inner = Arc::new(Inner {
            store,
            events,
            state: Mutex::new(State {
                name: messages::clean_name(name),
                pairing: None,
                epoch: 0,
                requests: HashMap::new(),
                known,
            }),
            gate: Gate::new(),
            store_turn: Semaphore::new(1),
            log: Mutex::new(LogBudget::new()),
        });
        let accept = tokio::spawn(accept_loop(listener, inner.clone())).abort_handle();
        Ok(Self {
            inner,
            local_addr,
            accept,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Shows `code` for pairing: the next desk to know it within
    /// [`CODE_LIFETIME`] is paired.
    pub fn open_pairing(&self, code: String) {
        let mut st = lock(&self.inner.state);
        st.epoch += 1;
        st.pairing = Some(OpenPairing {
            code,
            attempts: PairingAttempts::new(),
            expires: Instant::now() + CODE_LIFETIME,
        });
    }

    /// Ends the code for good, even for an attempt in flight.
    pub fn close_pairing(&self) {
        let mut st = lock(&self.inner.state);
        st.epoch += 1;
        st.pairing = None;
    }

    pub fn set_name(&self, name: &str) {
        lock(&self.inner.state).name = messages::clean_name(name);
    }

    /// A pairing removed on this tablet: its sessions are refused from now.
    pub fn forget(&self, id: &PairingId) {
        lock(&self.inner.state).known.remove(id);
    }

    /// Connections in their handshake and sessions now (tests, the log).
    pub fn connections(&self) -> (usize, usize) {
        (self.inner.gate.pending(), self.inner.gate.sessions())
    }

    /// Sends the tablet's state for `msg.request()`; false when that desk is
    /// gone (or never asked).
    pub fn reply(&self, msg: KioskMessage) -> bool {
        let mut st = lock(&self.inner.state);
        let request = msg.request();
        let sent = st
            .requests
            .get(&request)
            .is_some_and(|tx| tx.send(msg.clone()).is_ok());
        if msg.is_final() {
            st.requests.remove(&request);
        }
        sent
    }
}

/// The ids of the tablet's pairings (none if the store cannot be read: then
/// every session is refused until the listener starts again).
async fn known_ids(store: Arc<dyn SecretStore>) -> HashSet<PairingId> {
    let listed = tokio::task::spawn_blocking(move || store::list(store.as_ref())).await;
    match listed {
        Ok(Ok(records)) => records
            .iter()
            .filter(|r| r.role == Role::Kiosk)
            .filter_map(|r| PairingId::from_hex(&r.id))
            .collect(),
        Ok(Err(e)) => {
            tracing::warn!("tablet link: the pairings could not be read: {e}");
            HashSet::new()
        }
        Err(e) => {
            tracing::warn!("tablet link: the pairings could not be read: {e}");
            HashSet::new()
        }
    }
}

async fn accept_loop(listener: TcpListener, inner: Arc<Inner>) {
    // Dropped with this task: aborting it ends every connection.
    let mut conns = JoinSet::new();
    let mut backoff = AcceptBackoff::default();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    if let Some(failures) = backoff.succeeded() {
                        tracing::warn!("tablet link: accepting again after {failures} failures");
                    }
                    let slot = inner.gate.slot(peer.ip());
                    let id = slot.id();
                    let task = conns.spawn(inner.clone().serve(stream, slot));
                    inner.gate.admit(id, task);
                }
                Err(e) if limits::is_per_connection(&e) => {}
                Err(e) => {
                    // Out of descriptors or memory: wait for some to be
                    // freed instead of retrying at once.
                    let (pause, first) = backoff.failed(Instant::now());
                    if first {
                        tracing::warn!("tablet link: accept failed, pausing: {e}");
                    }
                    tokio::time::sleep(pause).await;
                }
            },
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
        }
    }
}

/// What the handshake phase of a connection ends with.
enum Opened {
    /// A pairing attempt is over (its outcome already reported).
    Paired,
    /// A desk proved its pairing with this first message.
    Session(Box<(Session, DeskMessage)>),
}

impl Inner {
    async fn serve(self: Arc<Self>, mut stream: TcpStream, mut slot: Slot) {
        let _ = stream.set_nodelay(true);
        let opened = tokio::time::timeout(HANDSHAKE_DEADLINE, self.open(&mut stream)).await;
        let result = match opened {
            Err(_) => Err(LinkError::Timeout),
            Ok(Err(e)) => Err(e),
            Ok(Ok(Opened::Paired)) => Ok(()),
            Ok(Ok(Opened::Session(opened))) if slot.promote() => {
                let (session, first) = *opened;
                self.run_session(stream, session, first).await
            }
            Ok(Ok(Opened::Session(..))) => Err(LinkError::Protocol("too many sessions".into())),
        };
        drop(slot);
        if let Err(e) = result {
            self.refused(e);
        }
    }

    async fn open(&self, stream: &mut TcpStream) -> Result<Opened, LinkError> {
        match wire::read_frame_soon(stream).await? {
            (PAIR, body) => self.pairing(stream, &body).await.map(|()| Opened::Paired),
            (SESSION, body) => self.session(stream, &body).await,
            (kind, _) => Err(LinkError::Protocol(format!("first frame kind {kind}"))),
        }
    }

    /// Takes the code on screen for one attempt, if it is still valid.
    fn take_code(&self) -> Option<(OpenPairing, u64)> {
        let mut st = lock(&self.state);
        let open = st.pairing.take()?;
        if open.expires <= Instant::now() {
            st.epoch += 1;
            drop(st);
            self.emit(KioskEvent::CodeExpired);
            return None;
        }
        Some((open, st.epoch))
    }

    /// One pairing attempt. Any attempt that got the tablet's SPAKE2 message
    /// and did not complete counts as a wrong code.
    async fn pairing(&self, stream: &mut TcpStream, msg_a: &[u8]) -> Result<(), LinkError> {
        let peer = stream.peer_addr()?.ip();
        // One attempt at a time: the code is taken out while it runs.
        let Some((mut open, epoch)) = self.take_code() else {
            wire::refuse(stream, Refusal::NotPairing).await;
            return Err(LinkError::NotPairing);
        };
        // A computer that had its share of wrong codes is refused without
        // a try; the code stays for the others.
        if !open.attempts.allowed_for(peer) {
            self.put_back(open, epoch);
            wire::refuse(stream, Refusal::TooManyAttempts).await;
            return Err(LinkError::TooManyAttempts);
        }
        match self
            .pairing_exchange(stream, &open.code, msg_a, epoch)
            .await
        {
            Ok(record) => {
                if let Some(id) = PairingId::from_hex(&record.id) {
                    lock(&self.state).known.insert(id);
                }
                self.emit(KioskEvent::Paired(record));
                Ok(())
            }
            Err(LinkError::NotPairing) => {
                wire::refuse(stream, Refusal::NotPairing).await;
                Err(LinkError::NotPairing)
            }
            Err(e) => {
                let more = open.attempts.wrong_code(peer);
                let why = if more {
                    let left = open.attempts.left();
                    if self.put_back(open, epoch) {
                        self.emit(KioskEvent::WrongCode { left, from: peer });
                    }
                    Refusal::WrongCode
                } else {
                    self.emit(KioskEvent::PairingClosed);
                    Refusal::TooManyAttempts
                };
                wire::refuse(stream, why).await;
                Err(e)
            }
        }
    }

    /// The code goes back on screen only if nobody withdrew or replaced it
    /// while the attempt ran.
    fn put_back(&self, open: OpenPairing, epoch: u64) -> bool {
        let mut st = lock(&self.state);
        if st.epoch != epoch || st.pairing.is_some() {
            return false;
        }
        st.pairing = Some(open);
        true
    }

    async fn pairing_exchange(
        &self,
        stream: &mut TcpStream,
        code: &str,
        msg_a: &[u8],
        epoch: u64,
    ) -> Result<PairingRecord, LinkError> {
        let (pake, msg_b) = pake::start(Role::Kiosk, code);
        wire::write_frame(stream, DATA, &msg_b).await?;
        let secret = pake.finish(msg_a)?;
        let mut hs = Handshake::responder(&secret, noise::PAIRING_PROLOGUE)?;
        let m1 = wire::expect_data(stream).await?;
        let hello: PairHello = messages::decode(&hs.read(&m1)?)?;
        let id = PairingId::from_hex(&hello.pairing_id)
            .ok_or_else(|| LinkError::Protocol("pairing id".into()))?;
        let name = {
            let st = lock(&self.state);
            if st.epoch != epoch {
                // Stopped (Lock, "Stop pairing") while this attempt ran.
                return Err(LinkError::NotPairing);
            }
            st.name.clone()
        };
        let m2 = hs.write(&messages::encode(&PairWelcome { kiosk_name: name })?)?;
        let record = PairingRecord {
            id: id.to_hex(),
            peer_name: messages::clean_name(&hello.desk_name),
            role: Role::Kiosk,
            address: String::new(),
            fingerprint: secret.fingerprint(),
        };
        let store = self.store.clone();
        let rec = record.clone();
        tokio::task::spawn_blocking(move || store::add(store.as_ref(), rec, &secret))
            .await
            .map_err(|e| LinkError::Store(e.to_string()))??;
        wire::write_frame(stream, DATA, &m2).await?;
        Ok(record)
    }

    /// A desk's session handshake with its pairing's secret, up to its first
    /// sealed message: only that proves the desk holds the pairing (a
    /// replayed first frame gets a handshake reply, never further).
    async fn session(&self, stream: &mut TcpStream, first: &[u8]) -> Result<Opened, LinkError> {
        let Some((id, m1)) = first.split_first_chunk::<16>() else {
            return Err(LinkError::Protocol("short session frame".into()));
        };
        let id = PairingId(*id);
        // Unknown ids are refused from memory: no store call for strangers.
        let known = lock(&self.state).known.contains(&id);
        let secret = if known { self.secret(&id).await? } else { None };
        let Some(secret) = secret else {
            wire::refuse(stream, Refusal::Unpaired).await;
            return Err(LinkError::Unpaired);
        };
        let mut hs = Handshake::responder(&secret, &noise::session_prologue(&id.0))?;
        if let Err(e) = hs.read(m1) {
            wire::refuse(stream, Refusal::Authentication).await;
            return Err(e);
        }
        let m2 = hs.write(&[])?;
        wire::write_frame(stream, DATA, &m2).await?;
        let mut session = hs.into_session()?;
        let sealed = wire::expect_data(stream).await?;
        let msg = messages::decode(&session.open(&sealed)?)?;
        Ok(Opened::Session(Box::new((session, msg))))
    }

    async fn secret(&self, id: &PairingId) -> Result<Option<PairingSecret>, LinkError> {
        let _turn = self
            .store_turn
            .acquire()
            .await
            .map_err(|e| LinkError::Store(e.to_string()))?;
        let store = self.store.clone();
        let hex = id.to_hex();
        tokio::task::spawn_blocking(move || store::secret(store.as_ref(), &hex))
            .await
            .map_err(|e| LinkError::Store(e.to_string()))?
    }

    /// Bookings in and states out until the desk hangs up, or nothing
    /// happens for [`SESSION_IDLE`] while no request of its is open.
    async fn run_session(
        &self,
        stream: TcpStream,
        mut session: Session,
        first: DeskMessage,
    ) -> Result<(), LinkError> {
        let (mut rd, mut wr) = stream.into_split();
        // Reading in its own task keeps the select below cancel-safe.
        let (frame_tx, mut frames) = mpsc::channel(8);
        let reader = tokio::spawn(async move {
            while let Ok(frame) = wire::read_frame(&mut rd).await {
                if frame_tx.send(frame).await.is_err() {
                    break;
                }
            }
        });
        let (reply_tx, mut replies) = mpsc::unbounded_channel();
        let mut mine: Vec<u64> = Vec::new();
        self.on_desk_message(first, &reply_tx, &mut mine);
        let idle = tokio::time::sleep(SESSION_IDLE);
        tokio::pin!(idle);
        let result = loop {
            tokio::select! {
                frame = frames.recv() => match frame {
                    None => break Ok(()),
                    Some((DATA, body)) => match session.open(&body).and_then(|p| messages::decode(&p)) {
                        Ok(msg) => self.on_desk_message(msg, &reply_tx, &mut mine),
                        Err(e) => break Err(e),
                    },
                    Some((kind, _)) => break Err(LinkError::Protocol(format!("frame kind {kind}"))),
                },
                Some(reply) = replies.recv() => {
                    if let Err(e) = send_sealed(&mut wr, &mut session, &reply).await {
                        break Err(e);
                    }
                }
                () = &mut idle => {
                    if !self.any_open(&mine) {
                        tracing::debug!("tablet link: an idle session was closed");
                        break Ok(());
                    }
                }
            }
            idle.as_mut()
                .reset(tokio::time::Instant::now() + SESSION_IDLE);
        };
        reader.abort();
        let _ = wr.shutdown().await;
        let mut st = lock(&self.state);
        let gone: Vec<u64> = mine
            .into_iter()
            .filter(|r| st.requests.remove(r).is_some())
            .collect();
        drop(st);
        for request in gone {
            self.emit(KioskEvent::DeskGone { request });
        }
        result
    }

    fn any_open(&self, mine: &[u64]) -> bool {
        let st = lock(&self.state);
        mine.iter().any(|r| st.requests.contains_key(r))
    }

    fn on_desk_message(
        &self,
        msg: DeskMessage,
        reply_tx: &mpsc::UnboundedSender<KioskMessage>,
        mine: &mut Vec<u64>,
    ) {
        let DeskMessage::Send {
            request,
            booking,
            desk,
        } = msg;
        let Ok(booking) = BookingId::parse(&booking) else {
            let _ = reply_tx.send(KioskMessage::Cancelled { request });
            return;
        };
        {
            let mut st = lock(&self.state);
            if st.requests.contains_key(&request) {
                return;
            }
            st.requests.insert(request, reply_tx.clone());
        }
        mine.push(request);
        self.emit(KioskEvent::Booking {
            request,
            booking,
            desk: messages::clean_name(&desk),
        });
    }
}

async fn send_sealed(
    wr: &mut OwnedWriteHalf,
    session: &mut Session,
    msg: &KioskMessage,
) -> Result<(), LinkError> {
    let frame = session.seal(&messages::encode(msg)?)?;
    wire::write_frame(wr, DATA, &frame).await
}
