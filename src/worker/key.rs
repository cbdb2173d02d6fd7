//! The API key (the credential store or the environment) and the demo server.

use std::sync::Arc;

use tokio::runtime::Handle;

use super::{Event, Worker, lock};
use crate::api::ApiKey;
use crate::i18n::{Text, tr_later};
use crate::secrets::API_KEY_ACCOUNT;

impl Worker {
    /// Reads the key: the environment first, then the credential store.
    pub(super) fn load_key(self: &Arc<Self>, rt: &Handle) {
        let me = self.clone();
        rt.spawn_blocking(move || {
            // The environment wins, as in the CLI (scripts, kiosks).
            if let Some(k) = std::env::var("STOREDESK_API_KEY")
                .ok()
                .and_then(ApiKey::new)
            {
                let mut s = lock(&me.shared);
                s.key = Some(k);
                s.key_store_name = tr_later("the-storedesk-api-key-variable");
                let state = s.key_state();
                drop(s);
                return me.emit(Event::Key(state));
            }
            match me.secrets.get(API_KEY_ACCOUNT) {
                Ok(found) => {
                    let mut s = lock(&me.shared);
                    if s.sandbox.is_none() {
                        s.key = found.and_then(|k| ApiKey::new(k.as_str()));
                        s.key_store_name = me.secrets.describe();
                    }
                    let state = s.key_state();
                    drop(s);
                    me.emit(Event::Key(state));
                }
                Err(e) => {
                    me.emit(Event::KeyStoreError(e));
                    let state = lock(&me.shared).key_state();
                    me.emit(Event::Key(state));
                }
            }
        });
    }

    /// Keeps a new key (in the credential store unless for this session only).
    pub(super) fn save_key(self: &Arc<Self>, rt: &Handle, key: ApiKey, session_only: bool) {
        let me = self.clone();
        rt.spawn_blocking(move || {
            if !session_only && let Err(e) = me.secrets.set(API_KEY_ACCOUNT, key.expose()) {
                return me.emit(Event::KeyStoreError(e));
            }
            let mut s = lock(&me.shared);
            s.key = Some(key);
            s.key_store_name = if session_only {
                tr_later("this-session-only")
            } else {
                me.secrets.describe()
            };
            let state = s.key_state();
            drop(s);
            me.emit(Event::Key(state));
        });
    }

    /// Forgets the key, in the credential store too.
    pub(super) fn delete_key(self: &Arc<Self>, rt: &Handle) {
        let me = self.clone();
        rt.spawn_blocking(move || {
            if let Err(e) = me.secrets.delete(API_KEY_ACCOUNT) {
                me.emit(Event::KeyStoreError(e));
            }
            let mut s = lock(&me.shared);
            s.key = None;
            let state = s.key_state();
            drop(s);
            me.emit(Event::Key(state));
        });
    }

    /// Starts the demo server (once) and points the client at it.
    pub(super) fn start_demo(self: &Arc<Self>, rt: &Handle) {
        let me = self.clone();
        rt.spawn(async move {
            let already = lock(&me.shared).sandbox.as_ref().map(|s| s.base_url());
            if let Some(base_url) = already {
                return me.emit(Event::DemoReady { base_url });
            }
            match crate::sandbox::Sandbox::start(crate::sandbox::SandboxOptions::default()).await {
                Ok(sandbox) => {
                    let base_url = sandbox.base_url();
                    let mut s = lock(&me.shared);
                    s.config.base_url = base_url.clone();
                    s.key = ApiKey::new(sandbox.api_key());
                    s.key_store_name = tr_later("demo-mode");
                    s.sandbox = Some(sandbox);
                    let state = s.key_state();
                    drop(s);
                    me.emit(Event::Key(state));
                    me.emit(Event::DemoReady { base_url });
                }
                Err(e) => me.emit(Event::DemoFailed(
                    Text::tr("the-demo-server-could-not-start-on-this")
                        .with("error", e.to_string()),
                )),
            }
        });
    }
}

impl Worker {
    /// Demo mode on a sandbox already running on this computer (`storedesk
    /// sandbox`), so a desk and a kiosk share its bookings and signatures.
    /// Its key is STOREDESK_SANDBOX_KEY, else the demo key. Only loopback:
    /// the demo key is not sent anywhere else.
    pub(super) fn join_demo(self: &Arc<Self>, base_url: String) {
        if !crate::api::client::is_loopback_url(&base_url) {
            return self.emit(Event::DemoFailed(
                Text::tr("a-shared-demo-server-must-run-on-this-computer").with("url", base_url),
            ));
        }
        let key = std::env::var(crate::sandbox::KEY_ENV)
            .ok()
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .unwrap_or_else(|| crate::sandbox::DEFAULT_KEY.to_owned());
        let base_url = base_url.trim().trim_end_matches('/').to_owned();
        let mut s = lock(&self.shared);
        s.config.base_url = base_url.clone();
        s.key = ApiKey::new(key);
        s.key_store_name = tr_later("demo-mode");
        let state = s.key_state();
        drop(s);
        self.emit(Event::Key(state));
        self.emit(Event::DemoReady { base_url });
    }
}
