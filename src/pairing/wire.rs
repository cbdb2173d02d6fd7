//! Frames on the TCP stream: `[length: u16 BE][kind: u8][body]`. The kind
//! says what the body is; only the first frame of a connection and refusals
//! are readable without the pairing secret (and they carry no name, no
//! booking, no key).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::error::LinkError;

/// First frame of a pairing: the desk's SPAKE2 message.
pub const PAIR: u8 = 1;
/// First frame of a session: pairing id (16 bytes) + Noise message 1.
pub const SESSION: u8 = 2;
/// Any later frame: a SPAKE2 or Noise handshake message, or a sealed message.
pub const DATA: u8 = 3;
/// The tablet refuses; the body is one [`Refusal`] byte.
pub const REFUSED: u8 = 0;

/// How long a peer may take for one frame during a handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// Why the tablet refused, in one byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Refusal {
    NotPairing = 1,
    WrongCode = 2,
    TooManyAttempts = 3,
    Unpaired = 4,
    Authentication = 5,
}

impl Refusal {
    pub fn error(byte: Option<&u8>) -> LinkError {
        match byte {
            Some(1) => LinkError::NotPairing,
            Some(2) => LinkError::WrongCode,
            Some(3) => LinkError::TooManyAttempts,
            Some(4) => LinkError::Unpaired,
            Some(5) => LinkError::Authentication,
            _ => LinkError::Protocol("unknown refusal".into()),
        }
    }
}

pub async fn write_frame<W: AsyncWriteExt + Unpin>(
    w: &mut W,
    kind: u8,
    body: &[u8],
) -> Result<(), LinkError> {
    let len =
        u16::try_from(body.len() + 1).map_err(|_| LinkError::Protocol("frame too large".into()))?;
    let mut buf = Vec::with_capacity(body.len() + 3);
    buf.extend_from_slice(&len.to_be_bytes());
    buf.push(kind);
    buf.extend_from_slice(body);
    w.write_all(&buf).await?;
    w.flush().await?;
    Ok(())
}

/// Reads one frame: `(kind, body)`.
pub async fn read_frame<R: AsyncReadExt + Unpin>(r: &mut R) -> Result<(u8, Vec<u8>), LinkError> {
    let mut len = [0u8; 2];
    r.read_exact(&mut len).await?;
    let len = usize::from(u16::from_be_bytes(len));
    if len == 0 {
        return Err(LinkError::Protocol("empty frame".into()));
    }
    let mut buf = vec![0u8; len];
    r.read_exact(&mut buf).await?;
    let kind = buf.remove(0);
    Ok((kind, buf))
}

/// [`read_frame`] within [`HANDSHAKE_TIMEOUT`].
pub async fn read_frame_soon<R: AsyncReadExt + Unpin>(
    r: &mut R,
) -> Result<(u8, Vec<u8>), LinkError> {
    tokio::time::timeout(HANDSHAKE_TIMEOUT, read_frame(r))
        .await
        .map_err(|_| LinkError::Timeout)?
}

/// Reads a frame that must be [`DATA`]; a refusal becomes its error.
pub async fn expect_data<R: AsyncReadExt + Unpin>(r: &mut R) -> Result<Vec<u8>, LinkError> {
    match read_frame_soon(r).await? {
        (DATA, body) => Ok(body),
        (REFUSED, body) => Err(Refusal::error(body.first())),
        (kind, _) => Err(LinkError::Protocol(format!("frame kind {kind}"))),
    }
}

pub async fn refuse<W: AsyncWriteExt + Unpin>(w: &mut W, why: Refusal) {
    // The peer may be gone already; the refusal is a courtesy.
    let _ = write_frame(w, REFUSED, &[why as u8]).await;
}
