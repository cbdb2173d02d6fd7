//! Lookup: find a reservation or booking by id and show what it holds.
//! `state.rs` holds the state and its reducers, `view.rs` draws.

pub mod state;
pub mod view;

pub use state::{LookupData, LookupState, RecentLookup};
pub use view::{FORGET_LABEL, ID_FIELD_LABEL};
