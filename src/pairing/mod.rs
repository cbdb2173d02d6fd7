//! Desk-to-tablet pairing and hand-off (issue 15).
//!
//! Pure protocol pieces (tested without a network): the 6-digit code and its
//! attempt counter ([`attempts`]), SPAKE2 over the code ([`pake`]), Noise
//! sessions keyed by the pairing secret ([`noise`]) with a replay window
//! ([`replay`]), the messages ([`messages`]) and the pairings in the
//! credential store ([`store`]). The network side: frames ([`wire`]), the
//! tablet's listener ([`kiosk_server`]) and the desk's client
//! ([`desk_client`]), driven by the worker. Finding tablets by mDNS on the
//! interface chosen in Settings ([`discovery`]) and the interfaces offered
//! there ([`interfaces`]). No egui here.

pub mod attempts;
pub mod desk_client;
pub mod discovery;
pub mod error;
pub mod interfaces;
pub mod kiosk_server;
pub mod limits;
pub mod messages;
pub mod noise;
pub mod pake;
pub mod replay;
pub mod secret;
pub mod service;
pub mod store;
pub mod wire;

pub use error::LinkError;
pub use secret::{PairingId, PairingRecord, PairingSecret, Role};
