//! The long-term secret a pairing shares, and the pairing's public record.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// 32 bytes agreed by SPAKE2; the Noise PSK of every session. Wiped on drop,
/// never printed.
#[derive(Clone)]
pub struct PairingSecret(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for PairingSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PairingSecret(…)")
    }
}

impl PairingSecret {
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(Self(Zeroizing::new(arr)))
    }

    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// For the credential store, which keeps text.
    pub fn to_text(&self) -> Zeroizing<String> {
        Zeroizing::new(STANDARD.encode(self.0.as_slice()))
    }

    pub fn from_text(text: &str) -> Option<Self> {
        let bytes = Zeroizing::new(STANDARD.decode(text.trim()).ok()?);
        Self::from_bytes(&bytes)
    }
    /// What both sides of this pairing show beside the other's name, for
    /// staff to compare: 8 hex digits of a hash of the secret (its own
    /// domain, so it is never a key). A copy of a tablet's name cannot show
    /// it without the secret; the hash gives the secret away no more than
    /// the name does.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::new()
            .chain_update(b"storedesk pairing fingerprint v1")
            .chain_update(self.0.as_slice())
            .finalize();
        let hex: String = digest[..4].iter().map(|b| format!("{b:02X}")).collect();
        format!("{} {}", &hex[..4], &hex[4..])
    }
}

/// Random id of a pairing: how a desk names the secret to a tablet in the
/// clear (it says nothing about either side).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PairingId(pub [u8; 16]);

impl PairingId {
    pub fn random() -> Self {
        use rand::RngCore;
        let mut b = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut b);
        Self(b)
    }

    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn from_hex(s: &str) -> Option<Self> {
        if s.len() != 32 || !s.is_ascii() {
            return None;
        }
        let mut b = [0u8; 16];
        for (i, out) in b.iter_mut().enumerate() {
            *out = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(Self(b))
    }
}

/// Which end of the pairing this app is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Desk,
    Kiosk,
}

/// A pairing as listed in Settings: no secret in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairingRecord {
    /// [`PairingId`] in hex.
    pub id: String,
    /// The other side's name ("Kiosk – Emmerich 1", "Front desk").
    pub peer_name: String,
    /// This app's side.
    pub role: Role,
    /// Where the desk reaches the tablet (host:port); empty on the tablet.
    #[serde(default)]
    pub address: String,
    /// [`PairingSecret::fingerprint`], the same on both sides; empty for a
    /// pairing kept by an earlier version.
    #[serde(default)]
    pub fingerprint: String,
}

impl PairingRecord {
    /// The other side's name with the pairing's fingerprint, as lists show
    /// it ("Kiosk 1 · 4F2A 91C3").
    pub fn shown_name(&self) -> String {
        if self.fingerprint.is_empty() {
            self.peer_name.clone()
        } else {
            format!("{} · {}", self.peer_name, self.fingerprint)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_text_round_trip_and_debug_hides_it() {
        let s = PairingSecret::from_bytes(&[7u8; 32]).unwrap();
        let back = PairingSecret::from_text(&s.to_text()).unwrap();
        assert_eq!(back.bytes(), s.bytes());
        assert!(!format!("{s:?}").contains('7'));
        assert!(PairingSecret::from_bytes(&[1u8; 31]).is_none());
        assert!(PairingSecret::from_text("not base64!").is_none());
    }

    #[test]
    fn the_fingerprint_is_short_stable_and_tells_secrets_apart() {
        let a = PairingSecret::from_bytes(&[7u8; 32]).unwrap();
        let b = PairingSecret::from_bytes(&[8u8; 32]).unwrap();
        assert_eq!(a.fingerprint(), a.clone().fingerprint());
        assert_ne!(a.fingerprint(), b.fingerprint());
        let f = a.fingerprint();
        assert_eq!(f.len(), 9, "{f}");
        assert!(
            f[..4]
                .chars()
                .chain(f[5..].chars())
                .all(|c| c.is_ascii_hexdigit())
        );
        // Not the secret's own bytes.
        assert_ne!(&f[..4], "0707");
    }

    #[test]
    fn id_hex_round_trip() {
        let id = PairingId::random();
        assert_eq!(PairingId::from_hex(&id.to_hex()), Some(id));
        assert_eq!(PairingId::from_hex("zz"), None);
        assert_eq!(PairingId::from_hex(&"é".repeat(16)), None);
    }
}
