//! The tablet's side of the network: one listener on the chosen address that
//! answers pairing attempts (while a code is on screen) and desk sessions
//! (for known pairings only). It decides nothing about the customer screen:
//! bookings go out as [`KioskEvent`]s and the app answers with
//! [`KioskServer::reply`].

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::AsyncWriteExt;
use tokio::net::tcp::OwnedWriteHalf;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::task::{AbortHandle, JoinSet};

use crate::api::BookingId;
use crate::secrets::SecretStore;

use super::attempts::PairingAttempts;
use super::error::LinkError;
use super::messages::{self, DeskMessage, KioskMessage, PairHello, PairWelcome};
use super::noise::{self, Handshake, Session};
use super::secret::{PairingId, PairingRecord, Role};
use super::wire::{self, DATA, PAIR, Refusal, SESSION};
use super::{pake, store};

/// What the tablet's app hears from the listener.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KioskEvent {
    /// A desk paired with the code on screen (and is in the store now).
    Paired(PairingRecord),
    /// A wrong code; `left` more tries before the code is dead.
    WrongCode { left: u32 },
    /// Too many wrong codes: pairing closed.
    PairingClosed,
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

struct OpenPairing {
    code: String,
    attempts: PairingAttempts,
}

struct State {
    name: String,
    pairing: Option<OpenPairing>,
    /// Open requests: where their replies go.
    requests: HashMap<u64, mpsc::UnboundedSender<KioskMessage>>,
}

struct Inner {
    store: Arc<dyn SecretStore>,
    events: mpsc::UnboundedSender<KioskEvent>,
    state: Mutex<State>,
}

fn lock(m: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Inner {
    fn emit(&self, e: KioskEvent) {
        if let KioskEvent::Refused(err) = &e {
            tracing::warn!("tablet link: refused a connection: {err}");
        }
        let _ = self.events.send(e);
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
    /// Listens on `bind` only (the address chosen in Settings).
    pub async fn start(
        bind: SocketAddr,
        name: &str,
        store: Arc<dyn SecretStore>,
        events: mpsc::UnboundedSender<KioskEvent>,
    ) -> std::io::Result<Self> {
        let listener = TcpListener::bind(bind).await?;
        let local_addr = listener.local_addr()?;
        let inner = Arc::new(Inner {
            store,
            events,
            state: Mutex::new(State {
                name: messages::clean_name(name),
                pairing: None,
                requests: HashMap::new(),
            }),
        });
        let me = inner.clone();
        let accept = tokio::spawn(async move {
            // Dropped with this task: aborting it ends every connection.
            let mut conns = JoinSet::new();
            loop {
                tokio::select! {
                    accepted = listener.accept() => match accepted {
                        Ok((stream, _)) => { conns.spawn(me.clone().serve(stream)); }
                        Err(e) => tracing::warn!("tablet link: accept failed: {e}"),
                    },
                    Some(_) = conns.join_next(), if !conns.is_empty() => {}
                }
            }
        })
        .abort_handle();
        Ok(Self {
            inner,
            local_addr,
            accept,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Shows `code` for pairing: the next desk to know it is paired.
    pub fn open_pairing(&self, code: String) {
        lock(&self.inner.state).pairing = Some(OpenPairing {
            code,
            attempts: PairingAttempts::new(),
        });
    }

    pub fn close_pairing(&self) {
        lock(&self.inner.state).pairing = None;
    }

    pub fn set_name(&self, name: &str) {
        lock(&self.inner.state).name = messages::clean_name(name);
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

impl Inner {
    async fn serve(self: Arc<Self>, mut stream: TcpStream) {
        let _ = stream.set_nodelay(true);
        let result = match wire::read_frame_soon(&mut stream).await {
            Ok((PAIR, body)) => self.pairing(&mut stream, &body).await,
            Ok((SESSION, body)) => self.clone().session(stream, &body).await,
            Ok((kind, _)) => Err(LinkError::Protocol(format!("first frame kind {kind}"))),
            Err(e) => Err(e),
        };
        if let Err(e) = result {
            self.emit(KioskEvent::Refused(e));
        }
    }

    /// One pairing attempt. Any attempt that got the tablet's SPAKE2 message
    /// and did not complete counts as a wrong code.
    async fn pairing(&self, stream: &mut TcpStream, msg_a: &[u8]) -> Result<(), LinkError> {
        // One attempt at a time: the code is taken out while it runs.
        let taken = lock(&self.state).pairing.take();
        let Some(mut open) = taken else {
            wire::refuse(stream, Refusal::NotPairing).await;
            return Err(LinkError::NotPairing);
        };
        match self.pairing_exchange(stream, &open.code, msg_a).await {
            Ok(record) => {
                self.emit(KioskEvent::Paired(record));
                Ok(())
            }
            Err(e) => {
                let more = open.attempts.wrong_code();
                let why = if more {
                    let left = super::attempts::MAX_WRONG_CODES - open.attempts.wrong_count();
                    lock(&self.state).pairing.get_or_insert(open);
                    self.emit(KioskEvent::WrongCode { left });
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

    async fn pairing_exchange(
        &self,
        stream: &mut TcpStream,
        code: &str,
        msg_a: &[u8],
    ) -> Result<PairingRecord, LinkError> {
        let (pake, msg_b) = pake::start(Role::Kiosk, code);
        wire::write_frame(stream, DATA, &msg_b).await?;
        let secret = pake.finish(msg_a)?;
        let mut hs = Handshake::responder(&secret, noise::PAIRING_PROLOGUE)?;
        let m1 = wire::expect_data(stream).await?;
        let hello: PairHello = messages::decode(&hs.read(&m1)?)?;
        let id = PairingId::from_hex(&hello.pairing_id)
            .ok_or_else(|| LinkError::Protocol("pairing id".into()))?;
        let name = lock(&self.state).name.clone();
        let m2 = hs.write(&messages::encode(&PairWelcome { kiosk_name: name })?)?;
        let record = PairingRecord {
            id: id.to_hex(),
            peer_name: messages::clean_name(&hello.desk_name),
            role: Role::Kiosk,
            address: String::new(),
        };
        let store = self.store.clone();
        let rec = record.clone();
        tokio::task::spawn_blocking(move || store::add(store.as_ref(), rec, &secret))
            .await
            .map_err(|e| LinkError::Store(e.to_string()))??;
        wire::write_frame(stream, DATA, &m2).await?;
        Ok(record)
    }

    /// A desk's session: handshake with its pairing's secret, then bookings
    /// in and states out until the desk hangs up.
    async fn session(
        self: Arc<Self>,
        mut stream: TcpStream,
        first: &[u8],
    ) -> Result<(), LinkError> {
        let Some((id, m1)) = first.split_first_chunk::<16>() else {
            return Err(LinkError::Protocol("short session frame".into()));
        };
        let id = PairingId(*id);
        let store = self.store.clone();
        let hex = id.to_hex();
        let secret = tokio::task::spawn_blocking(move || store::secret(store.as_ref(), &hex))
            .await
            .map_err(|e| LinkError::Store(e.to_string()))??;
        let Some(secret) = secret else {
            wire::refuse(&mut stream, Refusal::Unpaired).await;
            return Err(LinkError::Unpaired);
        };
        let mut hs = Handshake::responder(&secret, &noise::session_prologue(&id.0))?;
        if let Err(e) = hs.read(m1) {
            wire::refuse(&mut stream, Refusal::Authentication).await;
            return Err(e);
        }
        let m2 = hs.write(&[])?;
        wire::write_frame(&mut stream, DATA, &m2).await?;
        let session = hs.into_session()?;
        self.run_session(stream, session).await
    }

    async fn run_session(&self, stream: TcpStream, mut session: Session) -> Result<(), LinkError> {
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
            }
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
