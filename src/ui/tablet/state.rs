//! The signing tablet in the UI. Desk: pair with a tablet (Settings), "Send
//! to signing tablet" with the tablet's state live. Tablet: "Pair with a
//! desk" (code and name), and a booking sent by a desk shown to the customer
//! only when the kiosk is free; its outcome goes back to the desk. Panels
//! emit [`TabletAction`]s; the worker does the network (src/pairing/).
//! The state and its reducers; draws nothing (`view.rs` draws).

use std::collections::HashMap;
use std::net::SocketAddr;

use chrono::Local;
use zeroize::Zeroizing;

use crate::api::{BookingId, ReservationId};
use crate::i18n::{Text, tr, trf};
use crate::pairing::discovery::{Announced, DiscoveryEvent, Found};
use crate::pairing::interfaces::NetInterface;
use crate::pairing::kiosk_server::KioskEvent;
use crate::pairing::messages::{BusyReason, KioskMessage};
use crate::pairing::service::{HandOff, TabletCommand, TabletEvent};
use crate::pairing::{PairingRecord, Role};
use crate::settings::Settings;
use crate::worker::{Command, RequestId};

use crate::ui::context::{Notice, Panel};
use crate::ui::requests::Outbox;

pub const SEND_LABEL: &str = "send-to-signing-tablet";
pub const PAIR_ADDRESS_LABEL: &str = "tablet-address-host-port";
pub const PAIR_CODE_LABEL: &str = "code-shown-on-the-tablet";
pub const DEVICE_NAME_LABEL: &str = "name-of-this-computer-for-pairing";
pub const LISTEN_LABEL: &str = "listen-for-desks-on";
pub const LISTEN_PORT_LABEL: &str = "port-for-desks";
pub const ANNOUNCE_LABEL: &str = "announce-this-tablet-on-that-network-mdns";
pub const DISCOVERY_LABEL: &str = "find-tablets-on";
pub const CHOOSE_TABLET_LABEL: &str = "signing-tablet";
pub const PAIR_WITH_DESK_LABEL: &str = "pair-with-a-desk";

/// A booking this desk sent, and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskSend {
    pub req: RequestId,
    pub booking: BookingId,
    pub state: HandOff,
}

/// A booking a desk sent to this tablet.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub request: u64,
    pub booking: BookingId,
    pub desk: String,
    /// The signature pad is open for it.
    pub shown: bool,
}

#[derive(Debug, Default)]
pub struct TabletUi {
    pub loaded: bool,
    pub desk_pairings: Vec<PairingRecord>,
    pub kiosk_pairings: Vec<PairingRecord>,
    pub error: Option<Text>,
    pub pair_addr: String,
    pub pair_code: Zeroizing<String>,
    pub pair_pending: Option<RequestId>,
    pub pair_message: Option<Notice>,
    pub send: Option<DeskSend>,
    /// Tablet: the listen address last asked of the worker.
    pub listener_wanted: Option<String>,
    pub listening: Option<Result<SocketAddr, String>>,
    pub pairing_open: bool,
    pub code: Option<String>,
    pub pairing_note: Option<Notice>,
    pub incoming: Option<Incoming>,
    /// The interfaces Settings offers (asked of the worker on load).
    pub interfaces: Option<Result<Vec<NetInterface>, String>>,
    /// Desk: the interface discovery was last asked to run on.
    pub discovery_wanted: Option<String>,
    pub discovering: Option<Result<(), String>>,
    /// Desk: tablets announced on the network, in the order found.
    pub found: Vec<Found>,
    /// Tablet: whether its mDNS announcement runs.
    pub announcing: Option<Result<Announced, String>>,
    /// Desk: the tablet (pairing id) of each send, and each tablet's latest state.
    pub send_tablet: HashMap<RequestId, String>,
    pub tablet_state: HashMap<String, HandOff>,
    /// Desk: the chosen tablet's pairing id (Settings' choice, mirrored each
    /// frame for the panels that do not see the settings).
    pub chosen: String,
    /// Settings (or the kiosk's staff screen) were open last frame.
    pub settings_open: bool,
}

#[derive(Debug)]
pub enum TabletAction {
    Load,
    Pair,
    Remove {
        id: String,
        role: Role,
    },
    Send(BookingId),
    OpenPairing,
    ClosePairing,
    SetName(String),
    /// The name is typed: a running listener takes it (and announces it).
    Renamed,
    SetListen(String),
    /// Start (`Some`) or stop the tablet's listener.
    Listen(Option<String>),
    Reply(KioskMessage),
    SetAnnounce(bool),
    /// Desk: the interface to look for tablets on ("" for none).
    SetDiscovery(String),
    /// Start (`Some` interface) or stop the desk's discovery.
    Discover(Option<String>),
    /// Desk: pair with a tablet found on the network (its address).
    UseFound(String),
    /// Desk: send to this paired tablet (pairing id) from now on.
    Choose(String),
}

/// The paired tablet the desk sends to: the one chosen in Settings if it is
/// still paired, else the first.
pub fn chosen_tablet(tablet: &TabletUi) -> Option<&PairingRecord> {
    tablet
        .desk_pairings
        .iter()
        .find(|p| p.id == tablet.chosen)
        .or_else(|| tablet.desk_pairings.first())
}

/// The name this app gives itself to the other side.
pub fn device_name(settings: &Settings) -> String {
    let name = settings.device_name.trim();
    if name.is_empty() {
        "StoreDesk".into()
    } else {
        name.into()
    }
}

fn cmd(out: &mut Outbox, c: TabletCommand) {
    out.send(Command::Tablet(c));
}

/// Carries out a tablet action (called by the app).
pub fn apply(
    action: TabletAction,
    tablet: &mut TabletUi,
    settings: &mut Settings,
    out: &mut Outbox,
) {
    let t = tablet;
    match action {
        TabletAction::Load => {
            t.loaded = true;
            for role in [Role::Desk, Role::Kiosk] {
                cmd(out, TabletCommand::LoadPairings { role });
            }
            cmd(out, TabletCommand::ListInterfaces);
        }
        TabletAction::Pair => {
            if t.pair_pending.is_some() {
                return;
            }
            let req = out.next_id();
            t.pair_pending = Some(req);
            t.pair_message = None;
            let code = std::mem::take(&mut t.pair_code);
            let addr = t.pair_addr.trim().to_owned();
            let desk_name = device_name(settings);
            cmd(
                out,
                TabletCommand::Pair {
                    req,
                    addr,
                    code,
                    desk_name,
                },
            );
        }
        TabletAction::Remove { id, role } => cmd(out, TabletCommand::RemovePairing { id, role }),
        TabletAction::Send(booking) => {
            let Some(pairing_id) = chosen_tablet(t).map(|p| p.id.clone()) else {
                return;
            };
            let req = out.next_id();
            t.send_tablet.insert(req, pairing_id.clone());
            t.tablet_state
                .insert(pairing_id.clone(), HandOff::Connecting);
            t.send = Some(DeskSend {
                req,
                booking,
                state: HandOff::Connecting,
            });
            let desk_name = device_name(settings);
            cmd(
                out,
                TabletCommand::Send {
                    req,
                    pairing_id,
                    booking,
                    desk_name,
                },
            );
        }
        TabletAction::OpenPairing => {
            t.pairing_open = true;
            t.pairing_note = None;
            if matches!(t.listening, Some(Ok(_))) {
                cmd(out, TabletCommand::OpenPairing);
            }
        }
        TabletAction::ClosePairing => {
            t.pairing_open = false;
            t.code = None;
            cmd(out, TabletCommand::ClosePairing);
        }
        TabletAction::SetName(name) => settings.device_name = name,
        TabletAction::Renamed => {
            // Started again by `sync`: the running listener is renamed.
            t.listener_wanted = None;
        }
        TabletAction::SetListen(addr) => settings.tablet_listen = addr,
        TabletAction::Listen(bind) => {
            t.listener_wanted = bind.clone();
            match bind {
                Some(bind) => {
                    let name = device_name(settings);
                    let announce = settings.tablet_announce;
                    cmd(
                        out,
                        TabletCommand::StartListener {
                            bind,
                            name,
                            announce,
                        },
                    );
                }
                None => cmd(out, TabletCommand::StopListener),
            }
        }
        TabletAction::Reply(msg) => cmd(out, TabletCommand::Reply(msg)),
        other => apply_discovery(other, t, settings, out),
    }
}

/// The actions of discovery, the chosen tablet and the announcement.
fn apply_discovery(
    action: TabletAction,
    t: &mut TabletUi,
    settings: &mut Settings,
    out: &mut Outbox,
) {
    match action {
        TabletAction::SetAnnounce(on) => {
            settings.tablet_announce = on;
            // Restarted by `sync` with the new choice.
            t.listener_wanted = None;
        }
        TabletAction::SetDiscovery(interface) => settings.tablet_discovery = interface,
        TabletAction::Discover(interface) => {
            t.discovery_wanted = interface.clone();
            t.found.clear();
            t.discovering = None;
            match interface {
                Some(interface) => cmd(out, TabletCommand::StartDiscovery { interface }),
                None => cmd(out, TabletCommand::StopDiscovery),
            }
        }
        TabletAction::UseFound(addr) => {
            t.pair_addr = addr;
            t.pair_message = None;
        }
        TabletAction::Choose(id) => {
            t.chosen = id.clone();
            settings.tablet_chosen = id;
        }
        _ => {}
    }
}

/// What the tablet link follows of the other rooms, read by the app once
/// per frame: whether Settings (or the kiosk's staff screen) are open, and
/// where the customer at the kiosk stands.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HandOffWatch {
    pub kiosk: bool,
    pub panel: Option<Panel>,
    pub staff_unlocked: bool,
    /// Nobody is signing, no staff at the kiosk, no dialog, nothing looked
    /// up (the tablet's own booking aside).
    pub kiosk_idle: bool,
    /// The booking looked up, and whether a lookup is on its way or failed.
    pub looked_up: Option<BookingId>,
    pub lookup_pending: bool,
    pub lookup_failed: bool,
    /// A signature is open (or on its way) for a booking.
    pub signing: bool,
    pub uploading: bool,
    /// The last saved signature: its booking, local time and reference.
    pub saved: Option<(BookingId, chrono::DateTime<Local>, String)>,
    /// The kiosk has a manager PIN (without one, its customer could reach
    /// the staff screen: no desk's booking is taken).
    pub manager_pin_set: bool,
}

impl HandOffWatch {
    /// The tablet is idle or on its welcome screen: nobody is signing, no
    /// staff at it, no booking of another desk on it.
    pub fn kiosk_is_free(&self, tablet: &TabletUi) -> bool {
        self.kiosk && tablet.incoming.is_none() && self.kiosk_idle
    }
}

/// What a tablet event or the per-frame watch asks of the rest of the app.
#[derive(Debug)]
pub enum TabletFollowUp {
    Tablet(TabletAction),
    /// The tablet fetches a booking a desk sent, with its own key.
    Lookup(ReservationId),
    /// The booking a desk sent is looked up: show the pad for it.
    StartSigning(BookingId),
    /// Desk: the tablet reports the booking signed; its card says so.
    Signed(BookingId),
}

/// The worker's tablet events (called by the app); returns follow-ups.
/// `watch`: where the kiosk stands (is it free for a desk's booking, has it
/// a manager PIN).
pub fn on_event(
    tablet: &mut TabletUi,
    watch: &HandOffWatch,
    event: TabletEvent,
) -> Vec<TabletFollowUp> {
    let mut out = Vec::new();
    let t = tablet;
    match event {
        TabletEvent::Paired { req, result } => {
            if t.pair_pending != Some(req) {
                return out;
            }
            t.pair_pending = None;
            t.pair_message = Some(match result {
                Ok(r) => {
                    out.push(TabletFollowUp::Tablet(TabletAction::Load));
                    Notice::info(Text::tr("paired-with-name").with("name", r.shown_name()))
                }
                Err(e) => Notice::error(e.text()),
            });
        }
        TabletEvent::Pairings { role, result } => match result {
            Ok(list) if role == Role::Desk => t.desk_pairings = list,
            Ok(list) => t.kiosk_pairings = list,
            Err(e) => t.error = Some(e.text()),
        },
        TabletEvent::HandOff {
            req,
            state: hand_off,
        } => {
            if let Some(id) = t.send_tablet.get(&req) {
                t.tablet_state.insert(id.clone(), hand_off.clone());
            }
            if let Some(send) = t.send.as_mut().filter(|d| d.req == req) {
                if matches!(hand_off, HandOff::Signed { .. }) {
                    out.push(TabletFollowUp::Signed(send.booking));
                }
                send.state = hand_off;
            }
        }
        TabletEvent::Listening(r) => {
            let ok = r.is_ok();
            t.listening = Some(r);
            if ok && t.pairing_open && t.code.is_none() {
                out.push(TabletFollowUp::Tablet(TabletAction::OpenPairing));
            }
        }
        TabletEvent::ListenerStopped => {
            t.listening = None;
            t.announcing = None;
            t.code = None;
        }
        TabletEvent::PairingCode(code) => t.code = Some(code),
        TabletEvent::Announcing(r) => t.announcing = Some(r),
        TabletEvent::Interfaces(r) => t.interfaces = Some(r),
        TabletEvent::Discovering(r) => t.discovering = Some(r),
        TabletEvent::Discovery(e) => on_discovery(t, e),
        TabletEvent::Kiosk(event) => on_kiosk_event(t, watch, event, &mut out),
    }
    out
}

/// A tablet found (or updated) or gone; only while discovery is wanted.
fn on_discovery(t: &mut TabletUi, e: DiscoveryEvent) {
    if t.discovery_wanted.is_none() {
        return;
    }
    match e {
        DiscoveryEvent::Found(f) => match t.found.iter_mut().find(|x| x.key == f.key) {
            Some(known) => *known = f,
            None => t.found.push(f),
        },
        DiscoveryEvent::Lost { key } => t.found.retain(|x| x.key != key),
    }
}

fn on_kiosk_event(
    t: &mut TabletUi,
    watch: &HandOffWatch,
    event: KioskEvent,
    out: &mut Vec<TabletFollowUp>,
) {
    let free = watch.kiosk_is_free(t);
    match event {
        KioskEvent::Paired(r) => {
            t.pairing_open = false;
            t.code = None;
            let name = r.shown_name();
            // Listed at once, so the listener stays on until the store's list arrives.
            t.kiosk_pairings.push(r);
            t.pairing_note = Some(Notice::info(
                Text::tr("paired-with-name").with("name", name),
            ));
            out.push(TabletFollowUp::Tablet(TabletAction::Load));
        }
        KioskEvent::WrongCode { left, from } => {
            // Where it came from: staff can tell a stranger from their desk.
            t.pairing_note = Some(Notice::error(
                Text::tr("a-wrong-code-came-from-address-left-tries")
                    .with("address", from.to_string())
                    .with("left", left),
            ));
        }
        KioskEvent::PairingClosed | KioskEvent::CodeExpired => {
            // Literal ids: the translation coverage test reads them.
            let why = match event {
                KioskEvent::CodeExpired => Text::tr("the-pairing-code-expired-start-again"),
                _ => Text::tr("too-many-wrong-codes-pairing-stopped-start-again"),
            };
            t.pairing_open = false;
            t.code = None;
            t.pairing_note = Some(Notice::error(why));
        }
        KioskEvent::Booking {
            request,
            booking,
            desk,
        } => {
            // Without a PIN its customer could reach the staff screen.
            if !watch.manager_pin_set {
                let refusal = KioskMessage::NoManagerPin { request };
                out.push(TabletFollowUp::Tablet(TabletAction::Reply(refusal)));
                return;
            }
            if !free {
                let reason = busy_reason(t, watch);
                out.push(TabletFollowUp::Tablet(TabletAction::Reply(
                    KioskMessage::Busy {
                        request,
                        reason: Some(reason),
                    },
                )));
                return;
            }
            t.incoming = Some(Incoming {
                request,
                booking,
                desk,
                shown: false,
            });
            out.push(TabletFollowUp::Tablet(TabletAction::Reply(
                KioskMessage::Accepted { request },
            )));
            // The tablet fetches the booking itself, with its own key.
            if let Ok(id) = ReservationId::parse(&booking.to_string()) {
                out.push(TabletFollowUp::Lookup(id));
            }
        }
        KioskEvent::DeskGone { .. } | KioskEvent::Refused(_) => {}
    }
}

/// Where the tablet stands when it cannot take a desk's booking: staff on
/// its staff screen (and nobody's booking on it), or a customer.
fn busy_reason(t: &TabletUi, watch: &HandOffWatch) -> BusyReason {
    if watch.staff_unlocked && t.incoming.is_none() && !watch.signing {
        BusyReason::StaffScreen
    } else {
        BusyReason::Customer
    }
}

/// Once per frame, before the panels: the listener on or off as the
/// settings and pairings want, and a sent booking's progress on the tablet.
pub fn sync(
    t: &mut TabletUi,
    settings: &Settings,
    watch: &HandOffWatch,
    actions: &mut Vec<TabletFollowUp>,
) {
    let act = |a| TabletFollowUp::Tablet(a);
    if !t.loaded {
        actions.push(act(TabletAction::Load));
        t.loaded = true;
    }
    if t.chosen != settings.tablet_chosen {
        t.chosen.clone_from(&settings.tablet_chosen);
    }
    // Interfaces and pairings read again each time Settings open: the
    // network may have changed since.
    let settings_shown = watch.panel == Some(Panel::Settings);
    let open = settings_shown || watch.staff_unlocked;
    if open && !t.settings_open {
        actions.push(act(TabletAction::Load));
    }
    t.settings_open = open;
    let listen = settings.tablet_listen.trim();
    let wanted = ((watch.kiosk && !t.kiosk_pairings.is_empty()) || t.pairing_open)
        .then(|| listen.to_owned())
        .filter(|l| !l.is_empty());
    if wanted != t.listener_wanted {
        actions.push(act(TabletAction::Listen(wanted.clone())));
        t.listener_wanted = wanted;
    }
    // The desk looks for tablets only while its Settings are open, and only
    // on the interface chosen there.
    let discover = (!watch.kiosk && settings_shown)
        .then(|| settings.tablet_discovery.trim().to_owned())
        .filter(|i| !i.is_empty());
    if discover != t.discovery_wanted {
        actions.push(act(TabletAction::Discover(discover.clone())));
        t.discovery_wanted = discover;
    }
    follow_incoming(t, watch, actions);
}

/// A booking a desk sent: shown once looked up; its signature (or its
/// cancellation) reported back to the desk.
fn follow_incoming(t: &mut TabletUi, watch: &HandOffWatch, actions: &mut Vec<TabletFollowUp>) {
    let Some(incoming) = t.incoming.clone() else {
        return;
    };
    let reply = |m| TabletFollowUp::Tablet(TabletAction::Reply(m));
    let request = incoming.request;
    if incoming.shown {
        if let Some((_, signed_at, reference)) = watch
            .saved
            .as_ref()
            .filter(|(booking, _, _)| *booking == incoming.booking)
        {
            let at = signed_at.format("%H:%M").to_string();
            actions.push(reply(KioskMessage::Signed {
                request,
                reference: reference.clone(),
                at,
            }));
            t.incoming = None;
        } else if !watch.signing && !watch.uploading {
            // Wiped (idle, staff) before a signature.
            actions.push(reply(KioskMessage::Cancelled { request }));
            t.incoming = None;
        }
    } else if watch.looked_up == Some(incoming.booking) {
        actions.push(TabletFollowUp::StartSigning(incoming.booking));
        if let Some(shown) = t.incoming.as_mut() {
            shown.shown = true;
        }
    } else if !watch.lookup_pending && (watch.lookup_failed || !watch.kiosk) {
        actions.push(reply(KioskMessage::Cancelled { request }));
        t.incoming = None;
    }
}

/// The sentence for a sent booking's state.
pub fn hand_off_text(hand_off: &HandOff) -> String {
    match hand_off {
        HandOff::Connecting => tr("sending-to-the-tablet").to_owned(),
        HandOff::Waiting { tablet } => {
            trf("on-tablet-waiting-for-the-signature", &[("tablet", tablet)])
        }
        HandOff::Signed { reference, at } => trf(
            "signed-time-reference-reference",
            &[("time", at), ("reference", reference)],
        ),
        HandOff::Busy(Some(BusyReason::StaffScreen)) => {
            tr("the-tablet-is-on-its-staff-screen-lock-it").to_owned()
        }
        HandOff::Busy(Some(BusyReason::Customer)) => {
            tr("a-customer-is-using-the-tablet-wait").to_owned()
        }
        HandOff::Busy(_) => tr("the-tablet-did-not-take-the-booking-it-is-in-use").to_owned(),
        HandOff::Cancelled => tr("the-tablet-closed-the-booking-without-a-signature").to_owned(),
        HandOff::Unreachable => tr("the-tablet-cannot-be-reached-check-it-is").to_owned(),
        HandOff::Failed(e) => e.text().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, name: &str) -> PairingRecord {
        PairingRecord {
            id: id.into(),
            peer_name: name.into(),
            role: Role::Desk,
            address: "127.0.0.1:1".into(),
            fingerprint: String::new(),
        }
    }

    #[test]
    fn the_chosen_tablet_falls_back_to_the_first_when_it_is_gone() {
        let mut t = TabletUi {
            desk_pairings: vec![record("a", "Kiosk 1"), record("b", "Kiosk 2")],
            chosen: "b".into(),
            ..Default::default()
        };
        assert_eq!(
            chosen_tablet(&t).map(|p| p.peer_name.as_str()),
            Some("Kiosk 2")
        );
        t.desk_pairings.remove(1);
        assert_eq!(
            chosen_tablet(&t).map(|p| p.peer_name.as_str()),
            Some("Kiosk 1")
        );
        t.desk_pairings.clear();
        assert!(chosen_tablet(&t).is_none());
    }

    #[test]
    fn found_tablets_are_updated_by_key_and_dropped_when_gone_or_unwanted() {
        let found = |key: &str, addr: &str| Found {
            key: key.into(),
            name: "Kiosk 1".into(),
            addr: addr.into(),
        };
        let mut t = TabletUi::default();
        // Not looking: late news from a stopped browser is ignored.
        on_discovery(&mut t, DiscoveryEvent::Found(found("k1", "127.0.0.1:1")));
        assert!(t.found.is_empty());
        t.discovery_wanted = Some("lo".into());
        on_discovery(&mut t, DiscoveryEvent::Found(found("k1", "127.0.0.1:1")));
        on_discovery(&mut t, DiscoveryEvent::Found(found("k1", "127.0.0.1:2")));
        assert_eq!(t.found, vec![found("k1", "127.0.0.1:2")]);
        on_discovery(&mut t, DiscoveryEvent::Lost { key: "k1".into() });
        assert!(t.found.is_empty());
    }
}
