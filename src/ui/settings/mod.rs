//! Settings: connection, API key, language and theme (the kiosk's and the
//! signing tablet's sections are drawn by their rooms). `state.rs` holds
//! the unsaved edits, `view.rs` draws.

pub mod files;
pub mod files_view;
pub mod state;
pub mod view;

pub use state::SettingsForm;
pub use view::{BASE_URL_LABEL, KEY_FIELD_LABEL};
