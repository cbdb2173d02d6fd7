//! The app's in-process tests as one binary (Cargo.toml, "Tests"): each
//! file stays a file of its own under tests/, compiled here as a module,
//! so the app is linked once for all of them instead of once per file.
//! Only files that leave process-wide state alone belong here.

// Each file declares its helpers (tests/common) as its own module, as it did
// when it was a binary of its own.
#![allow(clippy::duplicate_mod)]

#[path = "../app_faults.rs"]
mod app_faults;
#[path = "../app_hours.rs"]
mod app_hours;
#[path = "../app_i18n.rs"]
mod app_i18n;
#[path = "../app_idle.rs"]
mod app_idle;
#[path = "../app_insurance.rs"]
mod app_insurance;
#[path = "../app_kiosk_flow.rs"]
mod app_kiosk_flow;
#[path = "../app_layout.rs"]
mod app_layout;
#[path = "../app_lookup.rs"]
mod app_lookup;
#[path = "../app_loop.rs"]
mod app_loop;
#[path = "../app_quote.rs"]
mod app_quote;
#[path = "../app_save_form.rs"]
mod app_save_form;
#[path = "../app_settings.rs"]
mod app_settings;
#[path = "../app_shared_demo.rs"]
mod app_shared_demo;
#[path = "../app_touch.rs"]
mod app_touch;
#[path = "../app_walkin.rs"]
mod app_walkin;
#[path = "../kiosk_refusals.rs"]
mod kiosk_refusals;
#[path = "../kiosk_security.rs"]
mod kiosk_security;
#[path = "../receipt_wipe.rs"]
mod receipt_wipe;
#[path = "../signature_outcome.rs"]
mod signature_outcome;
