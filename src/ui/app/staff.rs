//! Staff-only steps on a kiosk, in one place: which actions only staff may
//! take at the customer's screen, and the title of the PIN dialog that asks
//! for them. The app parks such an action while the dialog is open and
//! carries it out once the PIN is right (`StoreDeskApp::reduce`); the
//! panels emit the plain action on the desk and on the kiosk alike.

use crate::i18n::tr;
use crate::ui::action::{Action, ContractAction, TabletAction};

/// The PIN dialog's title for an action only staff may take on a kiosk
/// (skipping the contract, a file dialog that could browse the tablet,
/// pairing with a desk), or `None` for an action anyone may take.
pub fn staff_title(action: &Action) -> Option<&'static str> {
    Some(match action {
        Action::Contract(ContractAction::AmountsOnly) => tr("staff-sign-on-the-amounts-only"),
        Action::Contract(ContractAction::SaveReceipt { print: false }) => {
            tr("staff-save-the-receipt")
        }
        Action::Contract(ContractAction::SaveReceipt { print: true }) => {
            tr("staff-print-the-receipt")
        }
        Action::Contract(ContractAction::OpenDocument(_))
        | Action::Tablet(TabletAction::OpenPairing | TabletAction::Remove { .. }) => {
            tr("staff-access")
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_steps_have_a_title_and_other_steps_none() {
        assert!(staff_title(&Action::Contract(ContractAction::AmountsOnly)).is_some());
        assert!(staff_title(&Action::Tablet(TabletAction::OpenPairing)).is_some());
        assert!(staff_title(&Action::FocusLookup).is_none());
    }
}
