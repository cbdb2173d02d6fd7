//! The contract shown before signing, and the signing receipt: `state.rs`
//! holds the state and its reducers, `view.rs` draws.

pub mod state;
pub mod view;

pub use state::{
    CONSENT_LABEL, ContractAction, ContractState, FileAccess, FileStatus, ReceiptState,
};
pub use view::{
    AMOUNTS_ONLY_LABEL, NEXT_PAGE_LABEL, OPEN_IN_VIEWER_LABEL, PREVIOUS_PAGE_LABEL,
    PRINT_RECEIPT_LABEL, SAVE_RECEIPT_LABEL, SHOW_AGAIN_LABEL, ZOOM_IN_LABEL, ZOOM_OUT_LABEL,
};
