//! Pure domain logic: no egui, no reqwest, no I/O (see DESIGN.md).

pub mod money;
pub mod quote;
