//! After a signature upload whose answer never came (timeout, broken
//! connection): the signature may or may not be stored. The API has no way
//! to ask for a saved signature; what can be checked is the booking's
//! `isDocumentSigned`, where the server sets it. Until that is checked, the
//! signer is not told to send again (a second save could store it twice).
//! The state of it; `view.rs` draws it.

use crate::api::ApiError;
use crate::worker::RequestId;

/// Accessible name of the button that checks the booking.
pub const CHECK_LABEL: &str = "check-whether-it-was-saved";

/// Where an upload with no answer stands.
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownOutcome {
    /// Not checked yet (or the check failed: `Some`, why).
    Unchecked(Option<ApiError>),
    Checking(RequestId),
    /// The booking is not marked as signed: sending again is offered.
    NotSigned,
    /// The server does not say whether the booking is signed.
    Unknowable,
}

impl UnknownOutcome {
    /// True while sending again could store the signature twice unasked.
    pub fn blocks_sending(&self) -> bool {
        matches!(self, Self::Unchecked(_) | Self::Checking(_))
    }
}

/// True when an upload error leaves open whether the server stored it: the
/// request may have arrived and only the answer was lost.
pub fn may_have_arrived(e: &ApiError) -> bool {
    matches!(e, ApiError::Timeout { .. } | ApiError::Network { .. })
}

/// What the booking's check says, given `isDocumentSigned`.
pub fn after_check(is_document_signed: Option<bool>) -> Option<UnknownOutcome> {
    match is_document_signed {
        // Signed: the caller shows the confirmation instead.
        Some(true) => None,
        Some(false) => Some(UnknownOutcome::NotSigned),
        None => Some(UnknownOutcome::Unknowable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_lost_answer_leaves_the_outcome_open() {
        assert!(may_have_arrived(&ApiError::Timeout { seconds: 20 }));
        assert!(may_have_arrived(&ApiError::Network {
            detail: "reset".into()
        }));
        assert!(!may_have_arrived(&ApiError::Unauthorized));
        assert!(!may_have_arrived(&ApiError::Server { status: 500 }));
    }

    #[test]
    fn the_check_decides_what_is_offered() {
        assert_eq!(after_check(Some(true)), None);
        assert_eq!(after_check(Some(false)), Some(UnknownOutcome::NotSigned));
        assert_eq!(after_check(None), Some(UnknownOutcome::Unknowable));
        assert!(UnknownOutcome::Unchecked(None).blocks_sending());
        assert!(UnknownOutcome::Checking(1).blocks_sending());
        assert!(!UnknownOutcome::NotSigned.blocks_sending());
        assert!(!UnknownOutcome::Unknowable.blocks_sending());
    }
}
