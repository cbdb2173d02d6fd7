//! The app's own save form (issue 27), shown when no system save dialog can
//! open and always on a kiosk, where it stays in the folder set in Settings.
//! `state.rs` holds the form and turns its actions into worker commands;
//! `view.rs` draws it. The rules (names, listing, the kiosk's folder) are
//! `domain::save_form`; the disk is read by `worker::save_form`.

pub mod state;
pub mod view;

pub use state::{FILE_NAME_LABEL, OpenForm, SaveFormAction, SaveFormState};
