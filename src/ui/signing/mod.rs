//! Signing: the contract shown above the pad, the pad and its ink, the
//! upload and its outcome, the receipt. `state.rs` (with `outcome.rs`, an
//! unanswered upload, and `contract/state.rs`) holds the state and its
//! reducers; `view.rs`, `pad.rs`, `ink.rs` and `contract/view.rs` draw.

pub mod contract;
mod ink;
pub mod outcome;
mod pad;
pub mod state;
pub mod view;

pub use pad::{PAD_LABEL, pad_size};
pub use state::{
    IMAGE_SIZE, PAD_ASPECT, SavedSignature, SignatureAction, SignatureData, SignatureState,
    SigningFor,
};
pub use view::CONFIRM_LABEL;
