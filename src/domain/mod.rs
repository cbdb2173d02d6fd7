//! Pure domain logic: no egui, no reqwest, no I/O (see DESIGN.md).

pub mod hours;
pub mod money;
pub mod quote;
pub mod signature;
