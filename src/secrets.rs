//! Secrets (the API key, the kiosk PIN hash) behind a small trait: the OS
//! keyring in the app, an in-memory store for session-only keys and tests.
//!
//! Every call may block (D-Bus, Keychain): call it from the worker, never
//! inside a UI frame.

use std::collections::HashMap;
use std::sync::Mutex;

use zeroize::Zeroizing;

use crate::i18n::{tr, tr_later};

/// Keyring service name: one reverse-DNS id for the whole app.
pub const SERVICE: &str = "org.storedesk.StoreDesk";
/// Account under which the API key is stored.
pub const API_KEY_ACCOUNT: &str = "api-key";
/// Account under which the kiosk manager PIN (salted hash) is stored.
pub const KIOSK_PIN_ACCOUNT: &str = "kiosk-pin";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretError {
    /// No usable credential store on this machine (no Secret Service, locked
    /// keychain...). The app then offers a session-only key.
    Unavailable(String),
    Failed(String),
}

/// Plain words for staff; the system's own message (a D-Bus error, say) is
/// [`SecretError::detail`], shown behind a "Details" toggle.
impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SecretError::Unavailable(_) => tr("this-computer-has-no-password-store-that-storedesk"),
            SecretError::Failed(_) => tr("the-computers-password-store-did-not-do-what"),
        })
    }
}

impl SecretError {
    /// The system's own words, for support: behind "Details", never in the
    /// message itself.
    pub fn detail(&self) -> &str {
        match self {
            SecretError::Unavailable(d) | SecretError::Failed(d) => d,
        }
    }
}

impl std::error::Error for SecretError {}

pub trait SecretStore: Send + Sync {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, SecretError>;
    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError>;
    /// Deleting a secret that is not there is not an error.
    fn delete(&self, account: &str) -> Result<(), SecretError>;
    /// Where secrets are kept, as a message id ("the-system-keyring"): show it
    /// with `tr_dyn`.
    fn describe(&self) -> &'static str;
    /// True when secrets outlive the process.
    fn is_persistent(&self) -> bool;
}

/// The OS credential store: Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows.
#[derive(Debug, Clone)]
pub struct KeyringStore {
    service: String,
}

impl Default for KeyringStore {
    fn default() -> Self {
        Self {
            service: SERVICE.to_owned(),
        }
    }
}

impl KeyringStore {
    pub fn with_service(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }
}

#[cfg(not(any(windows, target_os = "macos")))]
mod service_store;

/// Linux and the BSDs: the Secret Service over zbus.
#[cfg(not(any(windows, target_os = "macos")))]
impl SecretStore for KeyringStore {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, SecretError> {
        service_store::get(&self.service, account)
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        service_store::set(&self.service, account, secret)
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        service_store::delete(&self.service, account)
    }

    fn describe(&self) -> &'static str {
        tr_later("the-system-keyring")
    }

    fn is_persistent(&self) -> bool {
        true
    }
}

/// macOS and Windows: the `keyring` crate's native backends.
#[cfg(any(windows, target_os = "macos"))]
impl KeyringStore {
    fn entry(&self, account: &str) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(&self.service, account).map_err(map_keyring_error)
    }
}

#[cfg(any(windows, target_os = "macos"))]
fn map_keyring_error(e: keyring::Error) -> SecretError {
    match e {
        keyring::Error::PlatformFailure(inner) => SecretError::Unavailable(inner.to_string()),
        keyring::Error::NoStorageAccess(inner) => {
            SecretError::Unavailable(format!("the store is locked or refused access: {inner}"))
        }
        other => SecretError::Failed(other.to_string()),
    }
}

#[cfg(any(windows, target_os = "macos"))]
impl SecretStore for KeyringStore {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, SecretError> {
        match self.entry(account)?.get_password() {
            Ok(s) => Ok(Some(Zeroizing::new(s))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(map_keyring_error(e)),
        }
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        self.entry(account)?
            .set_password(secret)
            .map_err(map_keyring_error)
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(map_keyring_error(e)),
        }
    }

    fn describe(&self) -> &'static str {
        tr_later("the-system-keyring")
    }

    fn is_persistent(&self) -> bool {
        true
    }
}

/// Secrets kept in this process only: the session-only key when no keyring is
/// available, demo mode, and tests.
#[derive(Default)]
pub struct MemoryStore {
    secrets: Mutex<HashMap<String, Zeroizing<String>>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }
}

impl SecretStore for MemoryStore {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, SecretError> {
        let map = self
            .secrets
            .lock()
            .map_err(|_| SecretError::Failed("lock poisoned".into()))?;
        Ok(map.get(account).cloned())
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), SecretError> {
        let mut map = self
            .secrets
            .lock()
            .map_err(|_| SecretError::Failed("lock poisoned".into()))?;
        map.insert(account.to_owned(), Zeroizing::new(secret.to_owned()));
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<(), SecretError> {
        let mut map = self
            .secrets
            .lock()
            .map_err(|_| SecretError::Failed("lock poisoned".into()))?;
        map.remove(account);
        Ok(())
    }

    fn describe(&self) -> &'static str {
        tr_later("this-session-only")
    }

    fn is_persistent(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_round_trip() {
        let s = MemoryStore::new();
        assert_eq!(s.get(API_KEY_ACCOUNT).unwrap(), None);
        s.set(API_KEY_ACCOUNT, "k-123").unwrap();
        assert_eq!(
            s.get(API_KEY_ACCOUNT)
                .unwrap()
                .as_deref()
                .map(String::as_str),
            Some("k-123")
        );
        s.delete(API_KEY_ACCOUNT).unwrap();
        s.delete(API_KEY_ACCOUNT).unwrap();
        assert_eq!(s.get(API_KEY_ACCOUNT).unwrap(), None);
        assert!(!s.is_persistent());
    }

    /// Runs against the real OS keyring only when asked (CI starts a Secret
    /// Service under dbus-run-session and sets STOREDESK_TEST_KEYRING=1).
    #[test]
    fn os_keyring_round_trip_when_available() {
        if std::env::var_os("STOREDESK_TEST_KEYRING").is_none() {
            eprintln!("skipped: set STOREDESK_TEST_KEYRING=1 with a Secret Service running");
            return;
        }
        let s = KeyringStore::with_service("org.storedesk.StoreDesk.test");
        s.set("test-account", "secret-value-42")
            .expect("keyring set");
        assert_eq!(
            s.get("test-account")
                .unwrap()
                .as_deref()
                .map(String::as_str),
            Some("secret-value-42")
        );
        s.delete("test-account").unwrap();
        assert_eq!(s.get("test-account").unwrap(), None);
    }
}
