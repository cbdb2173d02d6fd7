//! The desk's side of the network: pair with a tablet once, then open a
//! session per hand-off, send the booking and read the tablet's state.

use std::time::Duration;

use tokio::net::TcpStream;

use super::error::LinkError;
use super::messages::{self, DeskMessage, KioskMessage, PairHello, PairWelcome};
use super::noise::{self, Handshake, Session};
use super::pake;
use super::secret::{PairingId, PairingRecord, PairingSecret, Role};
use super::wire::{self, DATA, PAIR, SESSION};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

async fn connect(addr: &str) -> Result<TcpStream, LinkError> {
    let stream = tokio::time::timeout(CONNECT_TIMEOUT, TcpStream::connect(addr.trim()))
        .await
        .map_err(|_| LinkError::Timeout)??;
    // Small frames, sent at once.
    let _ = stream.set_nodelay(true);
    // The desk waits on this socket for the signature: a tablet that drops
    // off the network without closing it (Wi-Fi lost, battery) is then
    // noticed within about a minute instead of never.
    let keepalive = socket2::TcpKeepalive::new()
        .with_time(Duration::from_secs(20))
        .with_interval(Duration::from_secs(10));
    let _ = socket2::SockRef::from(&stream).set_tcp_keepalive(&keepalive);
    Ok(stream)
}

/// Pairs with the tablet at `addr` ("host:port") using the code it shows.
/// Returns the record and the secret for the credential store.
pub async fn pair(
    addr: &str,
    code: &str,
    desk_name: &str,
) -> Result<(PairingRecord, PairingSecret), LinkError> {
    let mut stream = connect(addr).await?;
    let (pake, msg_a) = pake::start(Role::Desk, code);
    wire::write_frame(&mut stream, PAIR, &msg_a).await?;
    let msg_b = wire::expect_data(&mut stream).await?;
    let secret = pake.finish(&msg_b)?;

    let id = PairingId::random();
    let mut hs = Handshake::initiator(&secret, noise::PAIRING_PROLOGUE)?;
    let hello = PairHello {
        pairing_id: id.to_hex(),
        desk_name: messages::clean_name(desk_name),
    };
    let m1 = hs.write(&messages::encode(&hello)?)?;
    wire::write_frame(&mut stream, DATA, &m1).await?;
    let m2 = wire::expect_data(&mut stream).await?;
    let welcome: PairWelcome = messages::decode(&hs.read(&m2)?)?;
    let record = PairingRecord {
        id: id.to_hex(),
        peer_name: messages::clean_name(&welcome.kiosk_name),
        role: Role::Desk,
        address: addr.trim().to_owned(),
        fingerprint: secret.fingerprint(),
    };
    Ok((record, secret))
}

/// An open session with a paired tablet.
pub struct DeskLink {
    stream: TcpStream,
    session: Session,
}

impl DeskLink {
    pub async fn connect(
        addr: &str,
        id: &PairingId,
        secret: &PairingSecret,
    ) -> Result<Self, LinkError> {
        let mut stream = connect(addr).await?;
        let mut hs = Handshake::initiator(secret, &noise::session_prologue(&id.0))?;
        let mut first = id.0.to_vec();
        first.extend_from_slice(&hs.write(&[])?);
        wire::write_frame(&mut stream, SESSION, &first).await?;
        let m2 = wire::expect_data(&mut stream).await?;
        hs.read(&m2)?;
        Ok(Self {
            stream,
            session: hs.into_session()?,
        })
    }

    pub async fn send(&mut self, msg: &DeskMessage) -> Result<(), LinkError> {
        let frame = self.session.seal(&messages::encode(msg)?)?;
        wire::write_frame(&mut self.stream, DATA, &frame).await
    }

    /// The tablet's next state; waits as long as the customer takes.
    pub async fn recv(&mut self) -> Result<KioskMessage, LinkError> {
        match wire::read_frame(&mut self.stream).await? {
            (DATA, body) => messages::decode(&self.session.open(&body)?),
            (wire::REFUSED, body) => Err(wire::Refusal::error(body.first())),
            (kind, _) => Err(LinkError::Protocol(format!("frame kind {kind}"))),
        }
    }
}
