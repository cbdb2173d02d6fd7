//! After a signature upload whose answer never came (timeout, broken
//! connection): the signature may or may not be stored. The API has no way
//! to ask for a saved signature; what can be checked is the booking's
//! `isDocumentSigned`, where the server sets it. Until that is checked, the
//! signer is not told to send again (a second save could store it twice).

use crate::api::ApiError;
use crate::i18n::{Text, tr, trf};
use crate::worker::RequestId;

use super::app::Action;
use super::signature_panel::SignatureAction;
use super::widgets;

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

/// The message and, while unchecked, the button that checks.
pub fn show(
    ui: &mut egui::Ui,
    outcome: &UnknownOutcome,
    error: Option<&ApiError>,
    actions: &mut Vec<Action>,
) {
    let cause = error.map(|e| e.to_string()).unwrap_or_default();
    let (message, next) = match outcome {
        UnknownOutcome::Unchecked(_) | UnknownOutcome::Checking(_) => (
            trf(
                "the-signature-may-have-reached-the-server-but",
                &[("error", &cause)],
            ),
            tr("the-api-gives-no-way-to-look-a").to_owned(),
        ),
        UnknownOutcome::NotSigned => (
            tr("the-booking-is-not-marked-as-signed").to_owned(),
            tr("press-confirm-and-save-to-send-the-signature").to_owned(),
        ),
        UnknownOutcome::Unknowable => (
            tr("the-server-does-not-say-whether-this-booking").to_owned(),
            tr("ask-storegister-support-whether-a-signature-arrived-before").to_owned(),
        ),
    };
    widgets::message_box(ui, &message, Some(&next), true);
    match outcome {
        UnknownOutcome::Unchecked(check_error) => {
            if let Some(e) = check_error {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    Text::tr("the-check-failed-error")
                        .with("error", e.to_string())
                        .to_string(),
                );
            }
            if ui.button(tr(CHECK_LABEL)).clicked() {
                actions.push(Action::Signature(SignatureAction::CheckSaved));
            }
        }
        UnknownOutcome::Checking(_) => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("checking-the-booking"));
            });
        }
        UnknownOutcome::NotSigned | UnknownOutcome::Unknowable => {}
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
