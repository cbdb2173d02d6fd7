//! Property hours: a site's opening hours and holidays, and the desk's
//! clock beside them. `state.rs` holds the state and its reducers,
//! `view.rs` draws.

pub mod state;
pub mod view;

pub use state::{HoursState, KnownProperty};
pub use view::REFRESH_LABEL;
