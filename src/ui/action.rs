//! The action vocabulary: what views ask for. Each room defines its own
//! actions in its `state.rs`; this module names them all, so a view asks
//! another room for something through these words and never imports that
//! room. Only the app turns actions into state changes and worker commands.

use crate::api::{ApiKey, BookingId, ReservationId};
use crate::i18n;
use crate::settings::ThemeChoice;

pub use super::context::Panel;
pub use super::kiosk::state::{KioskAction, PinPurpose};
pub use super::quote::insurance::state::InsuranceAction;
pub use super::quote::walkin::state::WalkinAction;
pub use super::save_form::SaveFormAction;
pub use super::settings::files::FilesAction;
pub use super::signing::contract::state::ContractAction;
pub use super::signing::state::SignatureAction;
pub use super::tablet::state::TabletAction;

/// What views ask for; the app turns these into worker commands.
#[derive(Debug)]
pub enum Action {
    Show(Panel),
    /// Lookup panel with the id field focused and its text selected away.
    FocusLookup,
    Lookup(ReservationId),
    CancelLookup,
    /// Open the current lookup's booking in Quote comparison.
    OpenQuote(BookingId),
    SaveKey {
        key: ApiKey,
        session_only: bool,
    },
    DeleteKey,
    /// Connection settings changed: rebuild the client.
    ApplyConnection,
    StartDemo,
    SetLanguage(i18n::Language),
    SetTheme(ThemeChoice),
    Signature(SignatureAction),
    Kiosk(KioskAction),
    /// Wipe every customer detail from memory (lookups, quotes, signature).
    ForgetCustomer,
    /// Ask the server for its property list (Hours panel).
    RefreshProperties,
    /// Ask where to save the quote comparison as CSV, then write it there.
    SaveCsv {
        csv: String,
        suggested_name: String,
    },
    /// Pairing with and sending to a signing tablet.
    Tablet(TabletAction),
    /// Walk-in quotes.
    Walkin(WalkinAction),
    /// Make the quote sheet's PDF and ask where to save it.
    SaveQuoteSheet(Box<crate::quote_sheet::SheetRequest>),
    /// Open a saved file in the system's viewer.
    OpenFile(std::path::PathBuf),
    /// The contract shown before signing, and the signing receipt.
    Contract(ContractAction),
    /// Insurance in the quote: its options, compared and linked (issue 28).
    Insurance(InsuranceAction),
    /// An action of a registered desk room (see `ui/room.rs`).
    Room(RoomMessage),
    /// The app's own save form (no system dialog, or a kiosk).
    SaveForm(SaveFormAction),
    /// Settings › Files and printing.
    Files(FilesAction),
}

/// A registered room's own action, for that room only.
pub struct RoomMessage {
    pub room: &'static str,
    pub message: Box<dyn std::any::Any + Send>,
}

impl std::fmt::Debug for RoomMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomMessage")
            .field("room", &self.room)
            .finish_non_exhaustive()
    }
}
