//! Kiosk mode: the customer's signing screen, the manager PIN, the idle
//! wipe. `state.rs` holds the state and its reducers; `view.rs`, `pin.rs`
//! and `settings.rs` draw.

mod pin;
pub mod settings;
pub mod state;
pub mod view;

pub use crate::ui::widgets::touch::TOUCH_TARGET;
pub use pin::PIN_FIELD_LABEL;
pub use state::{KioskAction, KioskState, PinPurpose};
pub use view::{HAND_OVER_LABEL, NO_PIN_NO_HAND_OVER, STILL_THERE};
