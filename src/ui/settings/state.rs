//! The Settings panel's unsaved edits (the connection, the key being typed).
//! Draws nothing; `view.rs` draws. The settings themselves change through
//! actions the app carries out.

use crate::api::{ApiError, AuthStyle};
use crate::i18n::Text;
use crate::settings::Settings;

/// Unsaved edits of the connection settings, and the key being typed.
#[derive(Default)]
pub struct SettingsForm {
    pub base_url: String,
    pub auth_style: AuthStyle,
    pub allow_insecure_http: bool,
    pub timeout_secs: u64,
    /// Cleared as soon as it is handed to the worker.
    pub new_key: zeroize::Zeroizing<String>,
    pub url_error: Option<ApiError>,
    pub saved_note: Option<Text>,
    /// Settings › Files and printing: the printers listed.
    pub files: super::files::FilesForm,
}

impl SettingsForm {
    pub fn from_settings(settings: &Settings) -> Self {
        Self {
            base_url: settings.base_url.clone(),
            auth_style: settings.auth_style,
            allow_insecure_http: settings.allow_insecure_http,
            timeout_secs: settings.timeout_secs,
            ..Default::default()
        }
    }

    pub fn apply_to(&self, settings: &mut Settings) {
        settings.base_url = self.base_url.trim().to_owned();
        settings.auth_style = self.auth_style;
        settings.allow_insecure_http = self.allow_insecure_http;
        settings.timeout_secs = self.timeout_secs.clamp(2, 120);
    }
}
