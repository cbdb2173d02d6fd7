//! storedesk: a front-desk desktop app for self-storage sites on StoRegister.
//!
//! Layers (see docs/ARCHITECTURE.md): `api` talks HTTP, `domain` is pure logic, `ui`
//! renders and sends commands to the `worker`. `api` and `domain` never
//! import egui.

pub mod api;
pub mod cli;
pub mod domain;
pub mod hardening;
pub mod i18n;
pub mod pairing;
pub mod pdf;
pub mod platform;
pub mod quote_sheet;
pub mod receipt;
pub mod report;
pub mod sandbox;
pub mod secrets;
pub mod settings;
pub mod ui;
pub mod worker;
