//! The shell around the desk's rooms: navigation, status bar, welcome screen.

pub mod nav;
pub mod status_bar;
pub mod welcome;
