//! Settings that persist between runs (through eframe's storage). The API key
//! is deliberately not here: it lives in the credential store only.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::api::{AuthStyle, ClientConfig};
use crate::i18n::{Language, Text};

/// Storage key of the settings in eframe's key-value store.
pub const STORAGE_KEY: &str = "storedesk.settings.v1";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub base_url: String,
    pub auth_style: AuthStyle,
    /// Plain http to a host other than this computer; off by default.
    pub allow_insecure_http: bool,
    pub timeout_secs: u64,
    pub language: Language,
    pub theme: ThemeChoice,
    /// Start in kiosk mode (also `--kiosk`).
    pub kiosk_mode: bool,
    /// Seconds without touch before the kiosk asks "Are you still there?".
    pub kiosk_idle_secs: u64,
    /// Signature PNG background: white (true) or transparent.
    pub signature_white_background: bool,
    /// The name a paired desk or tablet shows for this computer.
    pub device_name: String,
    /// Where the signing tablet listens for desks ("address:port"); empty:
    /// nowhere. Never every interface unless "0.0.0.0:…" is typed.
    pub tablet_listen: String,
    /// The tablet announces itself by mDNS (on its listen address's
    /// interface) while it listens.
    pub tablet_announce: bool,
    /// The interface (by name) on which the desk looks for tablets; empty:
    /// no discovery, addresses are typed.
    pub tablet_discovery: String,
    /// The paired tablet the desk sends to (pairing id); empty: the first.
    pub tablet_chosen: String,
    /// The property a walk-in quote starts with (the desk's own site).
    pub walkin_property: Option<String>,
    /// A kiosk manager PIN was set and not removed: if none can be found at
    /// start (a session-only PIN, lost at the restart), the kiosk stays locked.
    pub kiosk_pin_expected: bool,
    /// Wrong kiosk PINs and lockouts, kept across restarts.
    pub kiosk_pin_lockout: crate::domain::lockout::PinLockout,
    /// The printer the receipt's "Print" uses; empty: the system's default.
    pub printer: String,
    /// The folder files saved at the kiosk go to: its save form shows only
    /// this folder and those under it. Empty: none set (nothing is saved).
    pub kiosk_save_folder: String,
    /// The folder the desk's own save form last saved to (it opens there).
    pub save_form_folder: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            auth_style: AuthStyle::default(),
            allow_insecure_http: false,
            timeout_secs: 20,
            language: Language::default(),
            theme: ThemeChoice::default(),
            kiosk_mode: false,
            kiosk_idle_secs: 90,
            signature_white_background: true,
            device_name: String::new(),
            tablet_listen: String::new(),
            tablet_announce: true,
            tablet_discovery: String::new(),
            tablet_chosen: String::new(),
            walkin_property: None,
            kiosk_pin_expected: false,
            kiosk_pin_lockout: Default::default(),
            printer: String::new(),
            kiosk_save_folder: String::new(),
            save_form_folder: String::new(),
        }
    }
}

impl Settings {
    /// Reads the stored settings. A corrupt entry is ignored with a warning
    /// for the user (never a crash); a missing one gives the defaults.
    pub fn from_stored(text: Option<&str>) -> (Settings, Option<Text>) {
        match text {
            None => (Settings::default(), None),
            Some(t) => match serde_json::from_str::<Settings>(t) {
                Ok(s) => (s, None),
                Err(e) => (
                    Settings::default(),
                    Some(
                        Text::tr("the-saved-settings-could-not-be-read-and")
                            .with("error", e.to_string()),
                    ),
                ),
            },
        }
    }

    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn client_config(&self) -> ClientConfig {
        let mut c = ClientConfig::new(self.base_url.trim());
        c.auth_style = self.auth_style;
        c.allow_insecure_http = self.allow_insecure_http;
        c.timeout = Duration::from_secs(self.timeout_secs.clamp(2, 120));
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corrupt_input() {
        let s = Settings {
            base_url: "https://api.example.com".into(),
            ..Default::default()
        };
        let (back, warn) = Settings::from_stored(Some(&s.to_stored()));
        assert_eq!(back, s);
        assert!(warn.is_none());
        let (back, warn) = Settings::from_stored(Some("{not json"));
        assert_eq!(back, Settings::default());
        assert!(warn.unwrap().to_string().contains("reset"));
        // Unknown and missing fields are fine (older or newer versions).
        let (back, warn) =
            Settings::from_stored(Some(r#"{"base_url":"https://x.example","future":1}"#));
        assert_eq!(back.base_url, "https://x.example");
        assert!(warn.is_none());
    }
}
