//! What crosses the network inside the encrypted channel, and nothing more:
//! the booking id, the desk's name and a request id one way; the tablet's
//! state the other way. Never the API key, the customer's data or the
//! signature (the tablet fetches the booking and posts the signature itself).

use serde::{Deserialize, Serialize};

use super::error::LinkError;

/// Longest name either side accepts for the other.
pub const MAX_NAME_CHARS: usize = 64;

/// Desk → tablet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum DeskMessage {
    /// Show this booking to the customer for signing.
    Send {
        request: u64,
        booking: String,
        desk: String,
    },
}

/// Tablet → desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum KioskMessage {
    /// The booking is on the customer screen.
    Accepted { request: u64 },
    /// Another customer is using the tablet; nothing was shown.
    Busy { request: u64 },
    /// The customer signed; the server's reference and the time.
    Signed {
        request: u64,
        reference: String,
        at: String,
    },
    /// The booking was taken off the tablet unsigned (idle wipe, staff).
    Cancelled { request: u64 },
    /// Refused: the tablet has no manager PIN yet, so its customer could
    /// reach the staff screen. Nothing was shown.
    NoManagerPin { request: u64 },
}

impl KioskMessage {
    pub fn request(&self) -> u64 {
        match self {
            KioskMessage::Accepted { request }
            | KioskMessage::Busy { request }
            | KioskMessage::Signed { request, .. }
            | KioskMessage::Cancelled { request }
            | KioskMessage::NoManagerPin { request } => *request,
        }
    }

    /// After this the request is over.
    pub fn is_final(&self) -> bool {
        !matches!(self, KioskMessage::Accepted { .. })
    }
}

/// Inside the desk's pairing confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairHello {
    pub pairing_id: String,
    pub desk_name: String,
}

/// Inside the tablet's pairing confirmation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairWelcome {
    pub kiosk_name: String,
}

pub fn encode<T: Serialize>(msg: &T) -> Result<Vec<u8>, LinkError> {
    serde_json::to_vec(msg).map_err(|e| LinkError::Protocol(e.to_string()))
}

/// Parses a message; the error names the problem, never the content.
pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, LinkError> {
    serde_json::from_slice(bytes)
        .map_err(|e| LinkError::Protocol(format!("message at column {}", e.column())))
}

/// A peer's name, trimmed and cut to [`MAX_NAME_CHARS`]; control characters
/// dropped so a name cannot forge lines in a log or a label.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let m = DeskMessage::Send {
            request: 7,
            booking: "b".into(),
            desk: "Desk".into(),
        };
        assert_eq!(decode::<DeskMessage>(&encode(&m).unwrap()).unwrap(), m);
        let k = KioskMessage::Signed {
            request: 7,
            reference: "R-1".into(),
            at: "14:02".into(),
        };
        assert_eq!(decode::<KioskMessage>(&encode(&k).unwrap()).unwrap(), k);
        assert!(k.is_final());
        assert!(!KioskMessage::Accepted { request: 1 }.is_final());
    }

    #[test]
    fn unexpected_fields_and_garbage_are_errors() {
        assert!(
            decode::<DeskMessage>(
                br#"{"type":"send","request":1,"booking":"b","desk":"d","api_key":"x"}"#
            )
            .is_err()
        );
        assert!(decode::<DeskMessage>(b"\xff\x00").is_err());
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  Desk\n1 "), "Desk1");
        assert_eq!(clean_name(&"x".repeat(200)).chars().count(), MAX_NAME_CHARS);
    }
}
