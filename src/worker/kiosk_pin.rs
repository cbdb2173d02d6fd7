//! The kiosk's manager PIN: read, set and checked off the UI thread.

use std::sync::Arc;

use tokio::runtime::Handle;
use zeroize::Zeroizing;

use super::{Event, PinCheck, PinState, RequestId, Worker, lock};
use crate::domain::pin;
use crate::i18n::{Text, tr_later};
use crate::secrets::{KIOSK_PIN_ACCOUNT, SecretError};

impl Worker {
    /// Reads whether a PIN is set.
    pub(super) fn load_pin(self: &Arc<Self>, rt: &Handle) {
        let me = self.clone();
        rt.spawn_blocking(move || me.load_kiosk_pin());
    }

    /// Sets, changes or removes the PIN.
    pub(super) fn set_pin(
        self: &Arc<Self>,
        rt: &Handle,
        current: Option<Zeroizing<String>>,
        new: Option<Zeroizing<String>>,
    ) {
        let me = self.clone();
        rt.spawn_blocking(move || me.set_kiosk_pin(current, new));
    }

    /// Checks a typed PIN.
    pub(super) fn verify_pin(
        self: &Arc<Self>,
        rt: &Handle,
        req: RequestId,
        pin: Zeroizing<String>,
    ) {
        let me = self.clone();
        rt.spawn_blocking(move || {
            let result = me.verify_kiosk_pin(&pin);
            drop(pin);
            me.emit(Event::KioskPinChecked { req, result });
        });
    }

    /// The stored PIN hash: the session fallback first, else the credential store.
    fn pin_hash(&self) -> Result<Option<Zeroizing<String>>, SecretError> {
        if let Some(h) = lock(&self.shared).session_pin.clone() {
            return Ok(Some(h));
        }
        self.secrets.get(KIOSK_PIN_ACCOUNT)
    }

    fn pin_set_state(&self) -> PinState {
        let session_only = lock(&self.shared).session_pin.is_some();
        PinState::Set {
            store: if session_only {
                tr_later("this-session-only")
            } else {
                self.secrets.describe()
            },
            session_only: session_only || !self.secrets.is_persistent(),
        }
    }

    fn load_kiosk_pin(&self) {
        let event = match self.pin_hash() {
            Ok(Some(_)) => Event::KioskPin {
                state: self.pin_set_state(),
                note: None,
            },
            Ok(None) => Event::KioskPin {
                state: PinState::NotSet,
                note: None,
            },
            Err(e) => Event::KioskPin {
                state: PinState::Unreadable,
                note: Some(Text::tr("the-manager-pin-cannot-be-read-error-the").with("error", e)),
            },
        };
        self.emit(event);
    }

    fn verify_kiosk_pin(&self, pin: &str) -> Result<PinCheck, Text> {
        match self.pin_hash() {
            Ok(Some(hash)) => match pin::verify_pin(pin, &hash) {
                Ok(true) => {
                    if pin::needs_rehash(&hash) {
                        self.rehash_kiosk_pin(pin);
                    }
                    Ok(PinCheck::Correct)
                }
                Ok(false) => Ok(PinCheck::Wrong),
                Err(e) => Err(Text::plain(e)),
            },
            Ok(None) => Ok(PinCheck::NotSet),
            Err(e) => Err(Text::plain(e)),
        }
    }

    /// Replaces a hash in an earlier format by the current one, where it is
    /// kept. A failure keeps the old hash (it still verifies).
    fn rehash_kiosk_pin(&self, pin: &str) {
        let new = Zeroizing::new(pin::hash_pin(pin));
        let mut shared = lock(&self.shared);
        if shared.session_pin.is_some() {
            shared.session_pin = Some(new);
            return;
        }
        drop(shared);
        match self.secrets.set(KIOSK_PIN_ACCOUNT, &new) {
            Ok(()) => tracing::info!("kiosk PIN hash upgraded to Argon2id"),
            Err(e) => tracing::warn!("the kiosk PIN hash could not be upgraded: {e}"),
        }
    }

    fn set_kiosk_pin(&self, current: Option<Zeroizing<String>>, new: Option<Zeroizing<String>>) {
        // Changing or removing a PIN needs the PIN in force.
        match self.pin_hash() {
            Ok(Some(hash)) => {
                let ok = current
                    .as_deref()
                    .is_some_and(|c| pin::verify_pin(c, &hash) == Ok(true));
                if !ok {
                    return self.emit(Event::KioskPinRefused(Text::tr(
                        "the-current-pin-is-not-right",
                    )));
                }
            }
            // No PIN yet, or no store to hold one: nothing to check against.
            Ok(None) | Err(SecretError::Unavailable(_)) => {}
            Err(e) => return self.emit(Event::KioskPinRefused(Text::plain(e))),
        }
        let Some(new) = new else {
            lock(&self.shared).session_pin = None;
            return match self.secrets.delete(KIOSK_PIN_ACCOUNT) {
                Ok(()) | Err(SecretError::Unavailable(_)) => self.emit(Event::KioskPin {
                    state: PinState::NotSet,
                    note: None,
                }),
                Err(e) => self.emit(Event::KioskPinRefused(Text::plain(e))),
            };
        };
        let hash = Zeroizing::new(pin::hash_pin(&new));
        drop(new);
        match self.secrets.set(KIOSK_PIN_ACCOUNT, &hash) {
            Ok(()) => {
                lock(&self.shared).session_pin = None;
                let state = self.pin_set_state();
                self.emit(Event::KioskPin { state, note: None });
            }
            Err(SecretError::Unavailable(detail)) => {
                // Never on disk: memory only, for this run of the app.
                lock(&self.shared).session_pin = Some(hash);
                let state = self.pin_set_state();
                self.emit(Event::KioskPin {
                    state,
                    note: Some(
                        Text::tr("error-the-pin-is-kept-for-this-session")
                            .with("error", SecretError::Unavailable(detail)),
                    ),
                });
            }
            Err(e) => self.emit(Event::KioskPinRefused(Text::plain(e))),
        }
    }
}
