//! Quote comparison: a booking's quote explained, pinned quotes side by
//! side, the walk-in tab (`walkin/`), and the quote sheet. `state.rs` holds
//! the state and its reducers; `view.rs`, `sections.rs`, `pins.rs` and
//! `sheet.rs` draw; `insurance/` is the part that offers and links insurance.

pub mod insurance;
mod pins;
mod sections;
pub mod sheet;
pub mod state;
pub mod view;
pub mod walkin;

pub use state::{ExportStatus, MAX_PINS, PinnedQuote, QuoteData, QuoteState, QuoteTab};
pub use view::LOAD_FIELD_LABEL;
