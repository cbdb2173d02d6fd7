//! The worker's side of the tablet link: commands from the app in, events
//! out. Desk: pair, list and remove pairings, send a booking and follow the
//! tablet's state. Tablet: run the listener (only while asked: kiosk mode
//! with a pairing, or pairing in progress), show a code, answer a desk.
//! Credential store calls run off the async threads.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::runtime::Handle;
use tokio::sync::mpsc;
use tokio::task::AbortHandle;
use zeroize::Zeroizing;

use crate::api::BookingId;
use crate::secrets::SecretStore;

use super::desk_client::{self, DeskLink};
use super::discovery::{self, Announced, Announcer, Browser, DiscoveryEvent, Scope};
use super::interfaces::{self, NetInterface};
use super::kiosk_server::{KioskEvent, KioskServer};
use super::messages::{BusyReason, DeskMessage, KioskMessage};
use super::secret::{PairingId, PairingRecord, Role};
use super::{LinkError, attempts, store};

/// Identifies one desk request (the worker's request ids).
pub type Req = u64;

pub enum TabletCommand {
    /// Desk: pair with the tablet at `addr` showing `code`.
    Pair {
        req: Req,
        addr: String,
        code: Zeroizing<String>,
        desk_name: String,
    },
    /// Either side: list the pairings of `role`.
    LoadPairings {
        role: Role,
    },
    RemovePairing {
        id: String,
        role: Role,
    },
    /// Desk: send `booking` to the paired tablet `pairing_id`.
    Send {
        req: Req,
        pairing_id: String,
        booking: BookingId,
        desk_name: String,
    },
    /// Tablet: listen on `bind` (the address chosen in Settings); with
    /// `announce`, also by mDNS on that address's interface.
    StartListener {
        bind: String,
        name: String,
        announce: bool,
    },
    StopListener,
    /// Either side: the interfaces Settings offers.
    ListInterfaces,
    /// Desk: look for tablets on this interface only (by name).
    StartDiscovery {
        interface: String,
    },
    StopDiscovery,
    /// Tablet: show a fresh code (the listener must run).
    OpenPairing,
    ClosePairing,
    /// Tablet: the state of a desk's request.
    Reply(KioskMessage),
}

impl std::fmt::Debug for TabletCommand {
    // Hand-written: the code never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TabletCommand::Pair { req, addr, .. } => write!(f, "Pair({req}, {addr})"),
            TabletCommand::LoadPairings { role } => write!(f, "LoadPairings({role:?})"),
            TabletCommand::RemovePairing { role, .. } => write!(f, "RemovePairing({role:?})"),
            TabletCommand::Send { req, .. } => write!(f, "Send({req})"),
            TabletCommand::StartListener { bind, .. } => write!(f, "StartListener({bind})"),
            TabletCommand::StopListener => f.write_str("StopListener"),
            TabletCommand::ListInterfaces => f.write_str("ListInterfaces"),
            TabletCommand::StartDiscovery { interface } => write!(f, "StartDiscovery({interface})"),
            TabletCommand::StopDiscovery => f.write_str("StopDiscovery"),
            TabletCommand::OpenPairing => f.write_str("OpenPairing"),
            TabletCommand::ClosePairing => f.write_str("ClosePairing"),
            TabletCommand::Reply(m) => write!(f, "Reply({})", m.request()),
        }
    }
}

/// Where a booking sent from the desk stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOff {
    Connecting,
    /// On the tablet, waiting for the signature.
    Waiting {
        tablet: String,
    },
    Signed {
        reference: String,
        at: String,
    },
    /// The tablet did not take it, and why (`None`: an older tablet).
    Busy(Option<BusyReason>),
    Cancelled,
    /// The tablet cannot be reached, or went away mid-session.
    Unreachable,
    /// Refused for another reason (unpaired, not trusted, store).
    Failed(LinkError),
}

impl HandOff {
    pub fn is_final(&self) -> bool {
        !matches!(self, HandOff::Connecting | HandOff::Waiting { .. })
    }
}

pub enum TabletEvent {
    Paired {
        req: Req,
        result: Result<PairingRecord, LinkError>,
    },
    Pairings {
        role: Role,
        result: Result<Vec<PairingRecord>, LinkError>,
    },
    HandOff {
        req: Req,
        state: HandOff,
    },
    /// The listener runs on this address, or could not start.
    Listening(Result<SocketAddr, String>),
    ListenerStopped,
    /// The tablet's mDNS announcement runs (or is not made: this computer
    /// only), or could not start.
    Announcing(Result<Announced, String>),
    Interfaces(Result<Vec<NetInterface>, String>),
    /// The desk's browsing started (or not), and what it finds.
    Discovering(Result<(), String>),
    Discovery(DiscoveryEvent),
    /// The code to show on the tablet (never logged).
    PairingCode(String),
    Kiosk(KioskEvent),
}

impl std::fmt::Debug for TabletEvent {
    // Hand-written: the pairing code never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TabletEvent::Paired { req, result } => {
                write!(f, "Paired({req}, ok={})", result.is_ok())
            }
            TabletEvent::Pairings { role, result } => {
                write!(f, "Pairings({role:?}, ok={})", result.is_ok())
            }
            TabletEvent::HandOff { req, state } => write!(f, "HandOff({req}, {state:?})"),
            TabletEvent::Listening(r) => write!(f, "Listening({r:?})"),
            TabletEvent::ListenerStopped => f.write_str("ListenerStopped"),
            TabletEvent::Announcing(r) => write!(f, "Announcing({r:?})"),
            TabletEvent::Interfaces(r) => write!(f, "Interfaces({r:?})"),
            TabletEvent::Discovering(r) => write!(f, "Discovering({r:?})"),
            TabletEvent::Discovery(e) => write!(f, "Discovery({e:?})"),
            TabletEvent::PairingCode(_) => f.write_str("PairingCode(…)"),
            TabletEvent::Kiosk(e) => write!(f, "Kiosk({e:?})"),
        }
    }
}

/// Sends an event to the app (and asks for a repaint).
pub type Emit = Arc<dyn Fn(TabletEvent) + Send + Sync>;

pub struct TabletService {
    secrets: Arc<dyn SecretStore>,
    emit: Emit,
    server: Mutex<Option<KioskServer>>,
    announcer: Mutex<Option<Announcer>>,
    browser: Mutex<Option<Browser>>,
    sends: Mutex<HashMap<Req, AbortHandle>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl TabletService {
    pub fn new(secrets: Arc<dyn SecretStore>, emit: Emit) -> Arc<Self> {
        Arc::new(Self {
            secrets,
            emit,
            server: Mutex::new(None),
            announcer: Mutex::new(None),
            browser: Mutex::new(None),
            sends: Mutex::new(HashMap::new()),
        })
    }

    pub fn handle(self: &Arc<Self>, rt: &Handle, cmd: TabletCommand) {
        let me = self.clone();
        match cmd {
            TabletCommand::Pair {
                req,
                addr,
                code,
                desk_name,
            } => {
                rt.spawn(async move {
                    let result = me.pair(&addr, &code, &desk_name).await;
                    (me.emit)(TabletEvent::Paired { req, result });
                });
            }
            TabletCommand::LoadPairings { role } => {
                rt.spawn_blocking(move || me.emit_pairings(role));
            }
            TabletCommand::RemovePairing { id, role } => {
                if let (Some(server), Some(pid)) =
                    (lock(&self.server).as_ref(), PairingId::from_hex(&id))
                {
                    server.forget(&pid);
                }
                rt.spawn_blocking(move || {
                    if let Err(e) = store::remove(me.secrets.as_ref(), &id) {
                        return (me.emit)(TabletEvent::Pairings {
                            role,
                            result: Err(e),
                        });
                    }
                    me.emit_pairings(role);
                });
            }
            TabletCommand::Send {
                req,
                pairing_id,
                booking,
                desk_name,
            } => {
                let task = rt.spawn(async move {
                    me.send(req, &pairing_id, booking, &desk_name).await;
                    lock(&me.sends).remove(&req);
                });
                lock(&self.sends).insert(req, task.abort_handle());
            }
            TabletCommand::StartListener {
                bind,
                name,
                announce,
            } => {
                rt.spawn(async move {
                    if let Some(addr) = me.start_listener(&bind, &name).await {
                        me.announce(announce.then_some((addr, name))).await;
                    }
                });
            }
            TabletCommand::StopListener => {
                let announcer = lock(&self.announcer).take();
                // Its goodbye may take a moment: off the caller's thread.
                rt.spawn_blocking(move || drop(announcer));
                if lock(&self.server).take().is_some() {
                    (self.emit)(TabletEvent::ListenerStopped);
                }
            }
            TabletCommand::ListInterfaces => {
                rt.spawn_blocking(move || (me.emit)(TabletEvent::Interfaces(interfaces::list())));
            }
            // Both quick (mdns-sd's daemon runs on a thread of its own), and
            // done here so a stop never overtakes the start before it.
            TabletCommand::StartDiscovery { interface } => self.start_discovery(interface),
            TabletCommand::StopDiscovery => drop(lock(&self.browser).take()),
            TabletCommand::OpenPairing => {
                if let Some(server) = lock(&self.server).as_ref() {
                    let code = attempts::new_code();
                    server.open_pairing(code.clone());
                    (self.emit)(TabletEvent::PairingCode(code));
                }
            }
            TabletCommand::ClosePairing => {
                if let Some(server) = lock(&self.server).as_ref() {
                    server.close_pairing();
                }
            }
            TabletCommand::Reply(msg) => {
                if let Some(server) = lock(&self.server).as_ref()
                    && !server.reply(msg)
                {
                    tracing::debug!("tablet link: the desk of a reply is gone");
                }
            }
        }
    }

    fn emit_pairings(&self, role: Role) {
        let result = store::list(self.secrets.as_ref())
            .map(|all| all.into_iter().filter(|r| r.role == role).collect());
        (self.emit)(TabletEvent::Pairings { role, result });
    }

    async fn pair(
        &self,
        addr: &str,
        code: &str,
        desk_name: &str,
    ) -> Result<PairingRecord, LinkError> {
        let code = attempts::normalise_code(code).ok_or(LinkError::WrongCode)?;
        let (record, secret) = desk_client::pair(addr, &code, desk_name).await?;
        let secrets = self.secrets.clone();
        let rec = record.clone();
        tokio::task::spawn_blocking(move || store::add(secrets.as_ref(), rec, &secret))
            .await
            .map_err(|e| LinkError::Store(e.to_string()))??;
        Ok(record)
    }

    async fn send(&self, req: Req, pairing_id: &str, booking: BookingId, desk_name: &str) {
        let state = |state| (self.emit)(TabletEvent::HandOff { req, state });
        state(HandOff::Connecting);
        let secrets = self.secrets.clone();
        let id = pairing_id.to_owned();
        let found = tokio::task::spawn_blocking(move || {
            let record = store::list(secrets.as_ref())?
                .into_iter()
                .find(|r| r.id == id && r.role == Role::Desk);
            let secret = store::secret(secrets.as_ref(), &id)?;
            Ok::<_, LinkError>(record.zip(secret))
        })
        .await
        .map_err(|e| LinkError::Store(e.to_string()))
        .and_then(|r| r);
        let (record, secret) = match found {
            Ok(Some(found)) => found,
            Ok(None) => return state(HandOff::Failed(LinkError::Unpaired)),
            Err(e) => return state(HandOff::Failed(e)),
        };
        let Some(id) = PairingId::from_hex(&record.id) else {
            return state(HandOff::Failed(LinkError::Unpaired));
        };
        let request = rand::random::<u64>();
        let mut link = match DeskLink::connect(&record.address, &id, &secret).await {
            Ok(link) => link,
            Err(e) => return state(final_state(e)),
        };
        let msg = DeskMessage::Send {
            request,
            booking: booking.to_string(),
            desk: desk_name.to_owned(),
        };
        if let Err(e) = link.send(&msg).await {
            return state(final_state(e));
        }
        loop {
            let next = match link.recv().await {
                Ok(m) if m.request() != request => continue,
                Ok(KioskMessage::Accepted { .. }) => HandOff::Waiting {
                    tablet: record.peer_name.clone(),
                },
                Ok(KioskMessage::Busy { reason, .. }) => HandOff::Busy(reason),
                Ok(KioskMessage::Cancelled { .. }) => HandOff::Cancelled,
                Ok(KioskMessage::NoManagerPin { .. }) => HandOff::Failed(LinkError::NoManagerPin),
                Ok(KioskMessage::Signed { reference, at, .. }) => HandOff::Signed { reference, at },
                Err(e) => final_state(e),
            };
            let done = next.is_final();
            state(next);
            if done {
                return;
            }
        }
    }

    /// Starts (or renames) the listener; its address when it runs.
    async fn start_listener(&self, bind: &str, name: &str) -> Option<SocketAddr> {
        let addr: SocketAddr = match bind.trim().parse() {
            Ok(a) => a,
            Err(_) => {
                (self.emit)(TabletEvent::Listening(Err(format!(
                    "not an address and port: {bind}"
                ))));
                return None;
            }
        };
        if let Some(server) = lock(&self.server).as_ref()
            && (server.local_addr() == addr
                || (addr.port() == 0 && server.local_addr().ip() == addr.ip()))
        {
            server.set_name(name);
            let local = server.local_addr();
            (self.emit)(TabletEvent::Listening(Ok(local)));
            return Some(local);
        }
        let (tx, mut rx) = mpsc::unbounded_channel();
        match KioskServer::start(addr, name, self.secrets.clone(), tx).await {
            Ok(server) => {
                let local = server.local_addr();
                *lock(&self.server) = Some(server);
                let emit = self.emit.clone();
                tokio::spawn(async move {
                    while let Some(e) = rx.recv().await {
                        emit(TabletEvent::Kiosk(e));
                    }
                });
                (self.emit)(TabletEvent::Listening(Ok(local)));
                Some(local)
            }
            Err(e) => {
                (self.emit)(TabletEvent::Listening(Err(e.to_string())));
                None
            }
        }
    }

    /// The mDNS announcement of the running listener (replaced, or only
    /// withdrawn with `None`).
    async fn announce(self: &Arc<Self>, what: Option<(SocketAddr, String)>) {
        let me = self.clone();
        let _ = tokio::task::spawn_blocking(move || {
            drop(lock(&me.announcer).take());
            let Some((addr, name)) = what else { return };
            if discovery::announced_for(addr) == Announced::NotOnThisComputerOnly {
                (me.emit)(TabletEvent::Announcing(Ok(
                    Announced::NotOnThisComputerOnly,
                )));
                return;
            }
            let result = Announcer::start(&Scope::for_listen(addr), &name, addr);
            let report = result
                .as_ref()
                .map(|_| Announced::OnNetwork)
                .map_err(Clone::clone);
            // The listener may have stopped meanwhile: then no announcement.
            if lock(&me.server).is_some() {
                *lock(&me.announcer) = result.ok();
            }
            (me.emit)(TabletEvent::Announcing(report));
        })
        .await;
    }

    fn start_discovery(&self, interface: String) {
        drop(lock(&self.browser).take());
        let emit = self.emit.clone();
        let result = Browser::start(&Scope::Interface(interface), move |e| {
            emit(TabletEvent::Discovery(e))
        });
        let report = result.as_ref().map(|_| ()).map_err(Clone::clone);
        *lock(&self.browser) = result.ok();
        (self.emit)(TabletEvent::Discovering(report));
    }
}

/// How a failed session ends for the desk: "cannot be reached" for network
/// trouble, else the reason.
fn final_state(e: LinkError) -> HandOff {
    match e {
        LinkError::Network(_) | LinkError::Timeout => HandOff::Unreachable,
        other => HandOff::Failed(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_code() {
        let e = TabletEvent::PairingCode("482913".into());
        assert!(!format!("{e:?}").contains("482913"));
        let c = TabletCommand::Pair {
            req: 1,
            addr: "127.0.0.1:1".into(),
            code: Zeroizing::new("482913".into()),
            desk_name: "Desk".into(),
        };
        assert!(!format!("{c:?}").contains("482913"));
    }
}
