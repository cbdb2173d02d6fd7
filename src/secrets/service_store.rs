//! The Secret Service (GNOME Keyring, KWallet…) over D-Bus with the
//! `secret-service` crate on zbus, pure Rust. Not libdbus: its `select()`
//! overflows on descriptors numbered 1024 and above, which crashed a kiosk
//! whose limit was raised; zbus polls with epoll. Items carry the attributes
//! the `keyring` crate (v1–v3) used, so keys and PINs stored by earlier
//! versions are found and replaced in place.

use std::collections::HashMap;

use secret_service::blocking::{Item, SecretService};
use secret_service::{EncryptionType, Error};
use zeroize::Zeroizing;

use super::SecretError;

/// The collection `keyring` calls "default" (the login keyring).
const TARGET: &str = "default";

fn map_error(e: Error) -> SecretError {
    match e {
        Error::Unavailable | Error::Zbus(_) | Error::ZbusFdo(_) => {
            SecretError::Unavailable(e.to_string())
        }
        Error::Locked | Error::Prompt | Error::PromptDisconnected => {
            SecretError::Unavailable(format!("the store is locked or refused access: {e}"))
        }
        other => SecretError::Failed(other.to_string()),
    }
}

fn connect<'a>() -> Result<SecretService<'a>, SecretError> {
    SecretService::connect(EncryptionType::Dh).map_err(map_error)
}

/// What identifies our item (and items of earlier versions).
fn search(service: &str, account: &str) -> HashMap<&'static str, String> {
    HashMap::from([
        ("service", service.to_owned()),
        ("username", account.to_owned()),
    ])
}

fn borrowed<'a>(map: &'a HashMap<&'static str, String>) -> HashMap<&'a str, &'a str> {
    map.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// Runs `f` on each item of ours for `account`, unlocking it first.
fn with_items<T>(
    service: &str,
    account: &str,
    f: impl Fn(&Item) -> Result<T, Error>,
) -> Result<Vec<T>, SecretError> {
    let ss = connect()?;
    let attrs = search(service, account);
    let found = ss.search_items(borrowed(&attrs)).map_err(map_error)?;
    let mut out = Vec::new();
    for item in found.unlocked.iter().chain(found.locked.iter()) {
        item.ensure_unlocked().map_err(map_error)?;
        out.push(f(item).map_err(map_error)?);
    }
    Ok(out)
}

pub fn get(service: &str, account: &str) -> Result<Option<Zeroizing<String>>, SecretError> {
    let secrets = with_items(service, account, |i| i.get_secret().map(Zeroizing::new))?;
    let Some(bytes) = secrets.into_iter().next() else {
        return Ok(None);
    };
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| SecretError::Failed("the stored secret is not text".into()))?;
    Ok(Some(Zeroizing::new(text.to_owned())))
}

pub fn set(service: &str, account: &str, secret: &str) -> Result<(), SecretError> {
    let updated = with_items(service, account, |i| {
        i.set_secret(secret.as_bytes(), "text/plain")
    })?;
    if !updated.is_empty() {
        return Ok(());
    }
    let ss = connect()?;
    let collection = ss.get_default_collection().map_err(map_error)?;
    collection.ensure_unlocked().map_err(map_error)?;
    let mut attrs = search(service, account);
    attrs.insert("target", TARGET.to_owned());
    attrs.insert("application", "rust-keyring".to_owned());
    let label = format!("{account}@{service}:{TARGET}");
    collection
        .create_item(
            &label,
            borrowed(&attrs),
            secret.as_bytes(),
            true,
            "text/plain",
        )
        .map_err(map_error)?;
    Ok(())
}

/// Deleting what is not there is not an error.
pub fn delete(service: &str, account: &str) -> Result<(), SecretError> {
    with_items(service, account, |i| i.delete()).map(drop)
}
