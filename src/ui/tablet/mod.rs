//! The signing tablet: pairing, sending a booking from the desk, receiving
//! it on the tablet. `state.rs` holds the state and its reducers, `view.rs`
//! draws.

pub mod state;
pub mod view;

pub use state::{
    ANNOUNCE_LABEL, CHOOSE_TABLET_LABEL, DEVICE_NAME_LABEL, DISCOVERY_LABEL, LISTEN_LABEL,
    LISTEN_PORT_LABEL, PAIR_ADDRESS_LABEL, PAIR_CODE_LABEL, PAIR_WITH_DESK_LABEL, SEND_LABEL,
    TabletAction, TabletUi,
};
