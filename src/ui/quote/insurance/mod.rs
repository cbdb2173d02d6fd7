//! Insurance in the quote (issue 28): the booking's options, the quote with
//! and without each one side by side, and linking one to the booking after
//! staff confirm it. `state.rs` holds the state and its reducers; `view.rs`
//! draws.

pub mod state;
pub mod view;

pub use state::{InsuranceAction, InsuranceData, InsuranceFollowUp, LinkConfirm, LinkNote};
pub use view::{CONFIRM_LINK_LABEL, LOAD_LABEL, UNDERSTOOD_LABEL};
