//! Pure domain logic: no egui, no reqwest, no I/O (see docs/ARCHITECTURE.md).
//! The domain reads the `api` models.

pub mod booking;
pub mod contract;
pub mod hours;
pub mod idle;
pub mod insurance;
pub mod lockout;
pub mod money;
pub mod pin;
pub mod printers;
pub mod quote;
pub mod save_form;
pub mod signature;
pub mod walkin;
