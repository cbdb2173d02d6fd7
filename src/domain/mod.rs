//! Pure logic: no egui, no reqwest, no I/O.

pub mod hours;
