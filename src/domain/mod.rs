//! Pure domain logic: no egui, no reqwest, no I/O (see DESIGN.md).

pub mod hours;
pub mod idle;
pub mod lockout;
pub mod money;
pub mod pin;
pub mod quote;
pub mod signature;
