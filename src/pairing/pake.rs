//! The code check: SPAKE2 (the `spake2` crate) turns the 6-digit code into a
//! strong shared key. A wrong guess gives the guesser a different key and
//! nothing to test other codes with offline; the key confirmation is the
//! Noise handshake that follows (see [`super::noise`]).

use spake2::{Ed25519Group, Identity, Password, Spake2};

use super::error::LinkError;
use super::secret::{PairingSecret, Role};

const DESK_IDENTITY: &[u8] = b"storedesk desk v1";
const KIOSK_IDENTITY: &[u8] = b"storedesk kiosk v1";

/// One side's half-done exchange.
pub struct PakeStart(Spake2<Ed25519Group>);

/// Starts the exchange; the returned bytes go to the peer.
pub fn start(role: Role, code: &str) -> (PakeStart, Vec<u8>) {
    let password = Password::new(code.as_bytes());
    let (desk, kiosk) = (Identity::new(DESK_IDENTITY), Identity::new(KIOSK_IDENTITY));
    let (state, msg) = match role {
        Role::Desk => Spake2::<Ed25519Group>::start_a(&password, &desk, &kiosk),
        Role::Kiosk => Spake2::<Ed25519Group>::start_b(&password, &desk, &kiosk),
    };
    (PakeStart(state), msg)
}

impl PakeStart {
    /// The shared key from the peer's message. With a wrong code it is just
    /// a different key: only the confirmation step tells.
    pub fn finish(self, peer_msg: &[u8]) -> Result<PairingSecret, LinkError> {
        let key = zeroize::Zeroizing::new(
            self.0
                .finish(peer_msg)
                .map_err(|e| LinkError::Protocol(format!("pairing message: {e:?}")))?,
        );
        PairingSecret::from_bytes(&key)
            .ok_or_else(|| LinkError::Protocol("pairing key length".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exchange(desk_code: &str, kiosk_code: &str) -> (PairingSecret, PairingSecret) {
        let (d, d_msg) = start(Role::Desk, desk_code);
        let (k, k_msg) = start(Role::Kiosk, kiosk_code);
        (d.finish(&k_msg).unwrap(), k.finish(&d_msg).unwrap())
    }

    #[test]
    fn same_code_same_key() {
        let (d, k) = exchange("123456", "123456");
        assert_eq!(d.bytes(), k.bytes());
    }

    #[test]
    fn wrong_code_different_key() {
        let (d, k) = exchange("123456", "123457");
        assert_ne!(d.bytes(), k.bytes());
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let (d, _) = start(Role::Desk, "000000");
        assert!(d.finish(b"short").is_err());
    }
}
