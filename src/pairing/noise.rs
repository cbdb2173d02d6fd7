//! Encrypted, mutually authenticated channels with Noise (the `snow` crate):
//! `NNpsk0`, the pairing secret as the PSK. Only a peer holding the secret
//! completes the handshake; fresh ephemeral keys make every session's keys
//! new, so frames of an old session are refused by a new one. Frames carry
//! an explicit nonce, checked against a [`ReplayWindow`].

use snow::{Builder, HandshakeState, StatelessTransportState};

use super::error::LinkError;
use super::replay::ReplayWindow;
use super::secret::PairingSecret;

const PATTERN: &str = "Noise_NNpsk0_25519_ChaChaPoly_BLAKE2s";
/// Largest Noise message.
pub const MAX_MESSAGE: usize = 65535;
const TAG: usize = 16;

/// Prologue of the handshake that confirms a new pairing's key.
pub const PAIRING_PROLOGUE: &[u8] = b"storedesk pairing v1";

/// Prologue of a session: binds the pairing id sent in the clear.
pub fn session_prologue(pairing_id: &[u8; 16]) -> Vec<u8> {
    let mut p = b"storedesk session v1 ".to_vec();
    p.extend_from_slice(pairing_id);
    p
}

/// A handshake in progress (two messages: initiator, then responder).
pub struct Handshake(HandshakeState);

fn builder<'a>(secret: &'a PairingSecret, prologue: &'a [u8]) -> Result<Builder<'a>, LinkError> {
    let params = PATTERN
        .parse()
        .map_err(|e: snow::Error| LinkError::Protocol(e.to_string()))?;
    Ok(Builder::new(params)
        .psk(0, secret.bytes())?
        .prologue(prologue)?)
}

impl Handshake {
    pub fn initiator(secret: &PairingSecret, prologue: &[u8]) -> Result<Self, LinkError> {
        Ok(Self(builder(secret, prologue)?.build_initiator()?))
    }

    pub fn responder(secret: &PairingSecret, prologue: &[u8]) -> Result<Self, LinkError> {
        Ok(Self(builder(secret, prologue)?.build_responder()?))
    }

    /// The next handshake message, carrying `payload` (encrypted).
    pub fn write(&mut self, payload: &[u8]) -> Result<Vec<u8>, LinkError> {
        let mut buf = vec![0u8; MAX_MESSAGE];
        let n = self.0.write_message(payload, &mut buf)?;
        buf.truncate(n);
        Ok(buf)
    }

    /// Reads the peer's handshake message; a wrong PSK fails here.
    pub fn read(&mut self, msg: &[u8]) -> Result<Vec<u8>, LinkError> {
        let mut buf = vec![0u8; MAX_MESSAGE];
        let n = self.0.read_message(msg, &mut buf)?;
        buf.truncate(n);
        Ok(buf)
    }

    pub fn into_session(self) -> Result<Session, LinkError> {
        Ok(Session {
            transport: self.0.into_stateless_transport_mode()?,
            next_nonce: 0,
            window: ReplayWindow::new(),
        })
    }
}

/// The transport phase: `seal` for frames out, `open` for frames in.
pub struct Session {
    transport: StatelessTransportState,
    next_nonce: u64,
    window: ReplayWindow,
}

impl Session {
    /// `[nonce: u64 BE][ciphertext]`.
    pub fn seal(&mut self, payload: &[u8]) -> Result<Vec<u8>, LinkError> {
        if payload.len() + TAG + 8 > MAX_MESSAGE {
            return Err(LinkError::Protocol("message too large".into()));
        }
        let nonce = self.next_nonce;
        self.next_nonce = nonce
            .checked_add(1)
            .ok_or_else(|| LinkError::Protocol("nonces exhausted".into()))?;
        let mut out = vec![0u8; 8 + payload.len() + TAG];
        out[..8].copy_from_slice(&nonce.to_be_bytes());
        let n = self
            .transport
            .write_message(nonce, payload, &mut out[8..])?;
        out.truncate(8 + n);
        Ok(out)
    }

    /// Authenticates and decrypts a frame; a replayed one is refused.
    pub fn open(&mut self, frame: &[u8]) -> Result<Vec<u8>, LinkError> {
        let (nonce, ciphertext) = frame
            .split_first_chunk::<8>()
            .ok_or_else(|| LinkError::Protocol("short frame".into()))?;
        let nonce = u64::from_be_bytes(*nonce);
        if !self.window.check(nonce) {
            return Err(LinkError::Replay);
        }
        let mut out = vec![0u8; ciphertext.len()];
        let n = self.transport.read_message(nonce, ciphertext, &mut out)?;
        out.truncate(n);
        self.window.mark(nonce);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(b: u8) -> PairingSecret {
        PairingSecret::from_bytes(&[b; 32]).unwrap()
    }

    fn pair(a: &PairingSecret, b: &PairingSecret) -> Result<(Session, Session), LinkError> {
        let prologue = session_prologue(&[1; 16]);
        let mut i = Handshake::initiator(a, &prologue)?;
        let mut r = Handshake::responder(b, &prologue)?;
        let m1 = i.write(b"")?;
        r.read(&m1)?;
        let m2 = r.write(b"")?;
        i.read(&m2)?;
        Ok((i.into_session()?, r.into_session()?))
    }

    #[test]
    fn encrypt_decrypt_both_ways() {
        let (mut desk, mut kiosk) = pair(&secret(1), &secret(1)).unwrap();
        let f = desk.seal(b"booking please").unwrap();
        assert!(!f.windows(7).any(|w| w == b"booking"));
        assert_eq!(kiosk.open(&f).unwrap(), b"booking please");
        let back = kiosk.seal(b"accepted").unwrap();
        assert_eq!(desk.open(&back).unwrap(), b"accepted");
    }

    #[test]
    fn wrong_secret_is_refused_at_the_handshake() {
        assert_eq!(
            pair(&secret(1), &secret(2)).err(),
            Some(LinkError::Authentication)
        );
    }

    #[test]
    fn replayed_frame_is_refused() {
        let (mut desk, mut kiosk) = pair(&secret(3), &secret(3)).unwrap();
        let f = desk.seal(b"once").unwrap();
        kiosk.open(&f).unwrap();
        assert_eq!(kiosk.open(&f), Err(LinkError::Replay));
        // The next frame still goes through.
        let g = desk.seal(b"twice").unwrap();
        assert_eq!(kiosk.open(&g).unwrap(), b"twice");
    }

    #[test]
    fn a_frame_from_another_session_is_refused() {
        let (mut old_desk, _) = pair(&secret(4), &secret(4)).unwrap();
        let (_, mut kiosk) = pair(&secret(4), &secret(4)).unwrap();
        let f = old_desk.seal(b"old").unwrap();
        assert_eq!(kiosk.open(&f), Err(LinkError::Authentication));
    }

    #[test]
    fn tampered_frame_is_refused_and_does_not_move_the_window() {
        let (mut desk, mut kiosk) = pair(&secret(5), &secret(5)).unwrap();
        let mut f = desk.seal(b"payload").unwrap();
        let good = f.clone();
        let last = f.len() - 1;
        f[last] ^= 1;
        assert_eq!(kiosk.open(&f), Err(LinkError::Authentication));
        assert_eq!(kiosk.open(&good).unwrap(), b"payload");
        assert!(kiosk.open(b"short").is_err());
    }
}
