//! What can go wrong between a desk and a tablet. Messages never carry a
//! secret, a code or a booking: they are safe to log.

use crate::i18n::Text;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// The code typed at the desk is not the one the tablet shows.
    #[error("wrong pairing code")]
    WrongCode,
    /// Five wrong codes: the tablet's code is no longer valid.
    #[error("too many wrong pairing codes")]
    TooManyAttempts,
    /// The tablet is not showing a pairing code.
    #[error("the tablet is not pairing")]
    NotPairing,
    /// The tablet does not know this pairing (removed on the tablet).
    #[error("the tablet does not know this desk")]
    Unpaired,
    /// The peer's frame did not decrypt or authenticate (wrong secret,
    /// tampering).
    #[error("the peer could not be authenticated")]
    Authentication,
    /// A frame was seen before.
    #[error("a replayed frame was refused")]
    Replay,
    /// Something that is not our protocol.
    #[error("unexpected data from the peer: {0}")]
    Protocol(String),
    /// The tablet cannot be reached or went away.
    #[error("network: {0}")]
    Network(String),
    #[error("the peer did not answer in time")]
    Timeout,
    #[error("the credential store: {0}")]
    Store(String),
    /// The tablet refused a booking: it has no manager PIN yet.
    #[error("the tablet has no manager PIN yet")]
    NoManagerPin,
}

impl LinkError {
    /// The sentence for staff.
    pub fn text(&self) -> Text {
        match self {
            LinkError::WrongCode => Text::tr("that-code-is-not-the-one-on-the"),
            LinkError::TooManyAttempts => Text::tr("too-many-wrong-codes-start-the-pairing-again"),
            LinkError::NotPairing => Text::tr("the-tablet-is-not-pairing-choose-pair-with"),
            LinkError::Unpaired => Text::tr("the-tablet-no-longer-knows-this-desk-pair"),
            LinkError::Authentication | LinkError::Replay | LinkError::Protocol(_) => {
                Text::tr("the-tablets-answer-could-not-be-trusted-nothing")
            }
            LinkError::Network(_) | LinkError::Timeout => {
                Text::tr("the-tablet-cannot-be-reached-check-it-is")
            }
            LinkError::NoManagerPin => Text::tr("the-tablet-has-no-manager-pin-yet"),
            LinkError::Store(detail) => {
                Text::tr("the-credential-store-failed-detail").with("detail", detail.clone())
            }
        }
    }
}

impl From<std::io::Error> for LinkError {
    fn from(e: std::io::Error) -> Self {
        LinkError::Network(e.kind().to_string())
    }
}

impl From<snow::Error> for LinkError {
    fn from(e: snow::Error) -> Self {
        match e {
            snow::Error::Decrypt => LinkError::Authentication,
            other => LinkError::Protocol(other.to_string()),
        }
    }
}
