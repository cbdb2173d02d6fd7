//! The client, sandbox, CLI and source-check tests as one binary
//! (Cargo.toml, "Tests"); each file stays under tests/ as a module here.
//! Only files that leave process-wide state alone belong here.

// Each file declares its helpers (tests/common, tests/sandbox_common) as
// its own module, as it did when it was a binary of its own.
#![allow(clippy::duplicate_mod)]

#[path = "../cli.rs"]
mod cli;
#[path = "../cli_insurance.rs"]
mod cli_insurance;
#[path = "../cli_walkin.rs"]
mod cli_walkin;
#[path = "../client_faults.rs"]
mod client_faults;
#[path = "../contract_render.rs"]
mod contract_render;
#[path = "../layers.rs"]
mod layers;
#[path = "../packaging_config.rs"]
mod packaging_config;
#[path = "../sandbox_api.rs"]
mod sandbox_api;
#[path = "../sandbox_contract.rs"]
mod sandbox_contract;
#[path = "../sandbox_http.rs"]
mod sandbox_http;
#[path = "../sandbox_insurance.rs"]
mod sandbox_insurance;
#[path = "../sandbox_walkin.rs"]
mod sandbox_walkin;
#[path = "../test_targets.rs"]
mod test_targets;
