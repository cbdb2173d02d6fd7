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
    /// The tablet did not take the booking; nothing was shown. `reason`
    /// says where it stands (left out by tablets before issue 27, and an
    /// unknown one reads as `Other`, so either side may be older).
    Busy {
        request: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<BusyReason>,
    },
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

/// Why a tablet did not take a booking, as the desk tells staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BusyReason {
    /// Unlocked, on its staff screen: staff lock it, then send again.
    StaffScreen,
    /// A customer is on it (reading, signing, another desk's booking).
    Customer,
    /// A reason a newer tablet gives that this desk does not know.
    #[serde(other)]
    Other,
}

impl KioskMessage {
    pub fn request(&self) -> u64 {
        match self {
            KioskMessage::Accepted { request }
            | KioskMessage::Busy { request, .. }
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
    fn busy_reads_with_or_without_a_reason_known_or_not() {
        let old = br#"{"type":"busy","request":3}"#;
        let busy = |reason| KioskMessage::Busy { request: 3, reason };
        assert_eq!(decode::<KioskMessage>(old).unwrap(), busy(None));
        let staff = br#"{"type":"busy","request":3,"reason":"staff_screen"}"#;
        let staff_screen = busy(Some(BusyReason::StaffScreen));
        assert_eq!(decode::<KioskMessage>(staff).unwrap(), staff_screen);
        let newer = br#"{"type":"busy","request":3,"reason":"updating"}"#;
        assert_eq!(
            decode::<KioskMessage>(newer).unwrap(),
            busy(Some(BusyReason::Other))
        );
        assert!(decode::<KioskMessage>(br#"{"type":"busy","request":3,"reason":7}"#).is_err());
        // What an older desk reads: the same type and request, the reason ignored.
        let sent = encode(&staff_screen).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&sent).unwrap();
        assert_eq!(
            (v["type"].as_str(), v["request"].as_u64()),
            (Some("busy"), Some(3))
        );
        assert_eq!(encode(&busy(None)).unwrap(), old.to_vec());
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  Desk\n1 "), "Desk1");
        assert_eq!(clean_name(&"x".repeat(200)).chars().count(), MAX_NAME_CHARS);
    }
}
