//! Walk-in quotes, a tab of Quote comparison: prices and quotes for a
//! customer without a booking, beside the pinned booked quotes. `state.rs`
//! holds the state and its reducers, `view.rs` draws.

pub mod insurance;
pub mod state;
pub mod view;

pub use state::{WalkinAction, WalkinData, WalkinState};
pub use view::{MANUAL_PRICE_LABEL, MANUAL_SIZE_LABEL, MOVE_IN_LABEL, PROPERTY_LABEL};
