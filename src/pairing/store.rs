//! Pairings in the credential store ([`SecretStore`]): an index of records
//! (no secret in it) and one entry per pairing's secret. Never on disk in
//! the clear, never in a log. Every call may block: the worker calls these
//! off the async threads.

use crate::secrets::{SecretError, SecretStore};

use super::error::LinkError;
use super::secret::{PairingRecord, PairingSecret};

/// Account of the index (JSON list of [`PairingRecord`]).
pub const INDEX_ACCOUNT: &str = "pairings";

/// Account of one pairing's secret.
pub fn secret_account(id: &str) -> String {
    format!("pairing-{id}")
}

fn store_err(e: SecretError) -> LinkError {
    LinkError::Store(e.to_string())
}

pub fn list(store: &dyn SecretStore) -> Result<Vec<PairingRecord>, LinkError> {
    match store.get(INDEX_ACCOUNT).map_err(store_err)? {
        None => Ok(Vec::new()),
        Some(text) => serde_json::from_str(&text)
            .map_err(|e| LinkError::Store(format!("the pairing list is damaged ({e})"))),
    }
}

fn save_index(store: &dyn SecretStore, records: &[PairingRecord]) -> Result<(), LinkError> {
    let text = serde_json::to_string(records).map_err(|e| LinkError::Store(e.to_string()))?;
    store.set(INDEX_ACCOUNT, &text).map_err(store_err)
}

/// Adds (or replaces, same id) a pairing: the secret first, so the index
/// never lists a pairing without one.
pub fn add(
    store: &dyn SecretStore,
    record: PairingRecord,
    secret: &PairingSecret,
) -> Result<(), LinkError> {
    store
        .set(&secret_account(&record.id), &secret.to_text())
        .map_err(store_err)?;
    let mut records = list(store)?;
    records.retain(|r| r.id != record.id);
    records.push(record);
    save_index(store, &records)
}

pub fn remove(store: &dyn SecretStore, id: &str) -> Result<(), LinkError> {
    let mut records = list(store)?;
    records.retain(|r| r.id != id);
    save_index(store, &records)?;
    store.delete(&secret_account(id)).map_err(store_err)
}

/// The secret of a listed pairing; `None` for an unknown or removed one.
pub fn secret(store: &dyn SecretStore, id: &str) -> Result<Option<PairingSecret>, LinkError> {
    if !list(store)?.iter().any(|r| r.id == id) {
        return Ok(None);
    }
    Ok(store
        .get(&secret_account(id))
        .map_err(store_err)?
        .and_then(|t| PairingSecret::from_text(&t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pairing::secret::Role;
    use crate::secrets::MemoryStore;

    fn record(id: &str) -> PairingRecord {
        PairingRecord {
            id: id.into(),
            peer_name: "Kiosk 1".into(),
            role: Role::Desk,
            address: "127.0.0.1:1".into(),
            fingerprint: String::new(),
        }
    }

    #[test]
    fn add_list_secret_remove() {
        let store = MemoryStore::new();
        let s = PairingSecret::from_bytes(&[9; 32]).unwrap();
        assert!(list(&store).unwrap().is_empty());
        add(&store, record("a"), &s).unwrap();
        add(&store, record("a"), &s).unwrap();
        add(&store, record("b"), &s).unwrap();
        assert_eq!(list(&store).unwrap().len(), 2);
        assert_eq!(secret(&store, "a").unwrap().unwrap().bytes(), s.bytes());
        remove(&store, "a").unwrap();
        assert!(secret(&store, "a").unwrap().is_none());
        assert_eq!(store.get(&secret_account("a")).unwrap(), None);
        assert_eq!(list(&store).unwrap(), vec![record("b")]);
    }

    #[test]
    fn the_index_holds_no_secret() {
        let store = MemoryStore::new();
        let s = PairingSecret::from_bytes(&[42; 32]).unwrap();
        add(&store, record("a"), &s).unwrap();
        let index = store.get(INDEX_ACCOUNT).unwrap().unwrap();
        assert!(!index.contains(s.to_text().as_str()));
    }
}
