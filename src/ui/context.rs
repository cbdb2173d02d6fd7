//! What every room may read in a frame, and the words for it: where the
//! desk is ([`Panel`]), which screen draws ([`Surface`]), the demo server's
//! state, a message with its tone, and [`ViewCtx`], the read-only context a
//! room's view receives. Nothing here names a room: rooms import it, never
//! the other way round.

use crate::i18n::{Text, tr};
use crate::secrets::SecretError;
use crate::settings::Settings;
use crate::worker::KeyState;

use super::clock::Clock;

/// The navigation's destinations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Lookup,
    Quote,
    Signature,
    Hours,
    Settings,
    /// A registered desk room, by its id (see `ui/room.rs`).
    Room(&'static str),
}

impl Panel {
    pub const ALL: [Panel; 5] = [
        Panel::Lookup,
        Panel::Quote,
        Panel::Signature,
        Panel::Hours,
        Panel::Settings,
    ];

    /// The navigation's title (a registered room's is its own).
    pub fn title(self) -> &'static str {
        match self {
            Panel::Lookup => tr("lookup"),
            Panel::Quote => tr("quote-comparison"),
            Panel::Signature => tr("signature"),
            Panel::Hours => tr("property-hours"),
            Panel::Settings => tr("settings"),
            Panel::Room(id) => id,
        }
    }
}

/// Which screen a view draws on: the staff's desk, or the customer's kiosk
/// (larger targets, no staff-only hints, some steps behind the PIN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    Desk,
    Kiosk,
}

impl Surface {
    pub fn of(kiosk: bool) -> Self {
        if kiosk { Surface::Kiosk } else { Surface::Desk }
    }

    pub fn is_kiosk(self) -> bool {
        self == Surface::Kiosk
    }
}

/// The built-in demo server.
#[derive(Debug, Clone, PartialEq)]
pub enum DemoState {
    Off,
    Starting,
    Running { base_url: String },
    Failed(Text),
}

/// How a [`Notice`] reads: news, or something that went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

/// A line for the person at the screen, with its tone.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: Text,
    pub tone: Tone,
}

impl Notice {
    pub fn info(text: Text) -> Self {
        Self {
            text,
            tone: Tone::Info,
        }
    }

    pub fn error(text: Text) -> Self {
        Self {
            text,
            tone: Tone::Error,
        }
    }

    pub fn is_error(&self) -> bool {
        self.tone == Tone::Error
    }
}

/// What a room's view may read this frame besides its own state: the
/// settings, the surface, and the app-wide facts (server, key, clock).
/// Read-only; a view changes things by pushing actions.
pub struct ViewCtx<'a> {
    pub settings: &'a Settings,
    pub surface: Surface,
    pub panel: Panel,
    pub demo: &'a DemoState,
    pub key: &'a KeyState,
    pub key_store_error: Option<&'a SecretError>,
    /// Why the stored settings could not all be read, if so.
    pub settings_warning: Option<&'a Text>,
    pub clock: &'a Clock,
    /// Anything about a customer is held (or asked for).
    pub holds_customer_data: bool,
    /// A lookup or a quote is on its way.
    pub busy: bool,
}

impl ViewCtx<'_> {
    pub fn kiosk(&self) -> bool {
        self.surface.is_kiosk()
    }

    pub fn demo_running(&self) -> bool {
        matches!(self.demo, DemoState::Running { .. })
    }
}
