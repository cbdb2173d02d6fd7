//! The kiosk manager PIN: rules for a new PIN, and the salted, slow hash that is
//! the only form in which a PIN is stored (in the OS keyring).
//!
//! New hashes are Argon2id (the `argon2` crate, RustCrypto) in the PHC string
//! format, `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`: memory-hard, so a
//! leaked hash of a short PIN costs a GPU far more to brute-force than
//! PBKDF2 at the same delay on the tablet (figures: `benches/pin_hash.rs`).
//! Hashes stored by earlier versions, `pbkdf2-sha256$<rounds>$<salt hex>$<hash hex>`,
//! still verify (the `pbkdf2` crate, compared with `subtle`) and are replaced
//! at the next right PIN ([`needs_rehash`]).
//!
//! Pure logic: no egui, no keyring. Hashing takes a noticeable time (tens of
//! milliseconds), so callers run it off the UI thread.

use std::fmt;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use subtle::ConstantTimeEq as _;
use zeroize::Zeroizing;

use crate::i18n::tr;

/// Shortest and longest accepted PIN, in digits.
pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 12;

/// The former scheme's name and round count.
const LEGACY_SCHEME: &str = "pbkdf2-sha256";
/// Rounds of the former scheme's new hashes (kept for [`hash_pin_legacy`]).
pub const LEGACY_ITERATIONS: u32 = 100_000;
/// A stored legacy hash with fewer rounds than this is refused (not ours, or tampered with).
const MIN_STORED_ITERATIONS: u32 = 1_000;
const MAX_STORED_ITERATIONS: u32 = 10_000_000;

/// The most a stored Argon2 hash may ask for: far above the defaults (19 MiB,
/// two passes, one lane), far below what would stall or exhaust a tablet.
const MAX_M_COST_KIB: u32 = 256 * 1024;
const MAX_T_COST: u32 = 16;
const MAX_P_COST: u32 = 8;

/// Argon2id with the crate's defaults (OWASP's first choice: 19 MiB, two
/// passes, one lane).
fn argon2() -> Argon2<'static> {
    Argon2::default()
}

/// Why a new PIN is refused. `Display` is a message for the manager, in the
/// current language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinProblem {
    NotDigits,
    TooShort,
    TooLong,
    TooSimple,
    Mismatch,
}

impl fmt::Display for PinProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PinProblem::NotDigits => tr("the-pin-may-contain-digits-only"),
            PinProblem::TooShort => tr("the-pin-needs-at-least-4-digits"),
            PinProblem::TooLong => tr("the-pin-may-have-at-most-12-digits"),
            PinProblem::TooSimple => tr("use-a-pin-that-is-harder-to-guess"),
            PinProblem::Mismatch => tr("the-two-pins-are-not-the-same"),
        })
    }
}

impl std::error::Error for PinProblem {}

/// The stored hash could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadStoredPin;

impl fmt::Display for BadStoredPin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(tr("the-stored-kiosk-pin-is-not-in-a"))
    }
}

impl std::error::Error for BadStoredPin {}

/// Checks a new PIN and its confirmation (typed twice).
pub fn check_new_pin(pin: &str, confirm: &str) -> Result<(), PinProblem> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinProblem::NotDigits);
    }
    if pin.len() < MIN_DIGITS {
        return Err(PinProblem::TooShort);
    }
    if pin.len() > MAX_DIGITS {
        return Err(PinProblem::TooLong);
    }
    let d: Vec<i16> = pin.bytes().map(|b| i16::from(b - b'0')).collect();
    let steps: Vec<i16> = d.windows(2).map(|w| w[1] - w[0]).collect();
    let constant_step = steps.windows(2).all(|w| w[0] == w[1]);
    if constant_step && matches!(steps.first(), Some(-1..=1)) {
        // 0000, 1234, 9876: the first PINs anyone tries.
        return Err(PinProblem::TooSimple);
    }
    if pin != confirm {
        return Err(PinProblem::Mismatch);
    }
    Ok(())
}

/// Hashes `pin` with a fresh random salt, in the stored (PHC) format.
pub fn hash_pin(pin: &str) -> String {
    let salt_bytes: [u8; 16] = rand::random();
    let hashed = SaltString::encode_b64(&salt_bytes).and_then(|salt| {
        argon2()
            .hash_password(pin.as_bytes(), &salt)
            .map(|h| h.to_string())
    });
    match hashed {
        Ok(hash) => hash,
        // Only out-of-range parameters fail, and these are fixed; should it
        // happen, the former scheme still protects the PIN (and asks for a
        // rehash at the next unlock).
        Err(e) => {
            tracing::warn!("argon2 failed ({e}); the PIN is hashed with PBKDF2");
            let salt: [u8; 16] = rand::random();
            hash_pin_legacy(pin, &salt, LEGACY_ITERATIONS)
        }
    }
}

/// A hash in the former format (PBKDF2-HMAC-SHA256, hex): tests of the
/// upgrade, and hashes made by earlier versions.
pub fn hash_pin_legacy(pin: &str, salt: &[u8], iterations: u32) -> String {
    let iterations = iterations.max(1);
    let mut dk = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin.as_bytes(), salt, iterations, &mut *dk);
    format!(
        "{LEGACY_SCHEME}${iterations}${}${}",
        hex::encode(salt),
        hex::encode(*dk)
    )
}

/// The former name of [`hash_pin_legacy`] (tests made stored PINs with it).
pub fn hash_pin_with(pin: &str, salt: &[u8], iterations: u32) -> String {
    hash_pin_legacy(pin, salt, iterations)
}

/// True when `pin` matches the stored hash (either format; compared in
/// constant time).
pub fn verify_pin(pin: &str, stored: &str) -> Result<bool, BadStoredPin> {
    let stored = stored.trim();
    if stored.starts_with('$') {
        let hash = PasswordHash::new(stored).map_err(|_| BadStoredPin)?;
        if hash.algorithm != argon2::Algorithm::Argon2id.ident() || hash.hash.is_none() {
            return Err(BadStoredPin);
        }
        // The string names its own costs: a tampered entry could ask for
        // hours of work or more memory than the tablet has.
        let p = argon2::Params::try_from(&hash).map_err(|_| BadStoredPin)?;
        if p.m_cost() > MAX_M_COST_KIB || p.t_cost() > MAX_T_COST || p.p_cost() > MAX_P_COST {
            return Err(BadStoredPin);
        }
        return match argon2().verify_password(pin.as_bytes(), &hash) {
            Ok(()) => Ok(true),
            Err(argon2::password_hash::Error::Password) => Ok(false),
            Err(_) => Err(BadStoredPin),
        };
    }
    verify_legacy(pin, stored)
}

/// True when a stored hash should be replaced by [`hash_pin`]'s format (it
/// is legacy, or Argon2 with other parameters).
pub fn needs_rehash(stored: &str) -> bool {
    let Ok(hash) = PasswordHash::new(stored.trim()) else {
        return true;
    };
    let current = argon2::Params::default();
    hash.algorithm != argon2::Algorithm::Argon2id.ident()
        || argon2::Params::try_from(&hash).map_or(true, |p| {
            (p.m_cost(), p.t_cost(), p.p_cost())
                != (current.m_cost(), current.t_cost(), current.p_cost())
        })
}

fn verify_legacy(pin: &str, stored: &str) -> Result<bool, BadStoredPin> {
    let mut parts = stored.split('$');
    let (Some(scheme), Some(iter), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(BadStoredPin);
    };
    let iterations: u32 = iter.parse().map_err(|_| BadStoredPin)?;
    if scheme != LEGACY_SCHEME
        || !(MIN_STORED_ITERATIONS..=MAX_STORED_ITERATIONS).contains(&iterations)
    {
        return Err(BadStoredPin);
    }
    let salt = hex::decode(salt).map_err(|_| BadStoredPin)?;
    let expected = hex::decode(hash).map_err(|_| BadStoredPin)?;
    if salt.len() < 8 || expected.len() != 32 {
        return Err(BadStoredPin);
    }
    let mut dk = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin.as_bytes(), &salt, iterations, &mut *dk);
    Ok(bool::from(dk.ct_eq(&expected[..])))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Made by the hand-written PBKDF2 of earlier versions (PIN 2580, salt
    /// "test-salt-16byte", 1,000 rounds; and 482913 at the 100,000 rounds
    /// they used).
    const OLD_HASH_2580: &str = "pbkdf2-sha256$1000$746573742d73616c742d313662797465$6057d9147036d7327c61e4d05aa132cb2c7984318d247224e3c5546cd6d6b928";
    const OLD_HASH_482913: &str = "pbkdf2-sha256$100000$30313233343536373839616263646566$9207f02eea81fcc4af5b00d49df8de7fd5bfb3aa723dc47937fad4595fb0382b";

    #[test]
    fn hashes_made_by_earlier_versions_still_verify_and_ask_for_a_rehash() {
        assert_eq!(verify_pin("2580", OLD_HASH_2580), Ok(true));
        assert_eq!(verify_pin("2581", OLD_HASH_2580), Ok(false));
        assert_eq!(verify_pin("482913", OLD_HASH_482913), Ok(true));
        assert_eq!(verify_pin("", OLD_HASH_482913), Ok(false));
        assert!(needs_rehash(OLD_HASH_2580));
        // The kept crate gives the same bytes as the former code.
        assert_eq!(
            hash_pin_legacy("2580", b"test-salt-16byte", 1_000),
            OLD_HASH_2580
        );
    }

    #[test]
    fn hash_round_trip_with_random_salt() {
        let a = hash_pin("482913");
        let b = hash_pin("482913");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert!(!a.contains("482913"));
        assert!(!needs_rehash(&a));
        assert_eq!(verify_pin("482913", &a), Ok(true));
        assert_eq!(verify_pin("482914", &a), Ok(false));
        assert_eq!(verify_pin("", &a), Ok(false));
        // Weaker Argon2 parameters are replaced too.
        assert!(needs_rehash(
            "$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHQ$iWh06vD8Fy27wf9npn6FXWiCX4K6pW6Ue1Bnzz07Z8A"
        ));
    }

    #[test]
    fn stored_format_is_checked() {
        let good = hash_pin_legacy("2580", b"0123456789abcdef", 1_000);
        assert_eq!(verify_pin("2580", &good), Ok(true));
        for bad in [
            "",
            "$argon2id$v=19$m=19456,t=2,p=1$bm90IGEgaGFzaA",
            "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$iWh06vD8Fy27wf9npn6FXWiCX4K6pW6Ue1Bnzz07Z8A",
            "$scrypt$ln=4,r=8,p=1$c29tZXNhbHQ$aGFzaA",
            "2580",
            "sha1$1000$00$00",
            "pbkdf2-sha256$10$30313233343536373839616263646566$00",
            "pbkdf2-sha256$x$3031$00",
            "pbkdf2-sha256$1000$zz$00",
            &format!("{good}$extra"),
            &good[..good.len() - 2],
        ] {
            assert_eq!(verify_pin("2580", bad), Err(BadStoredPin), "{bad}");
        }
    }

    #[test]
    fn new_pin_rules() {
        assert_eq!(check_new_pin("4821", "4821"), Ok(()));
        assert_eq!(check_new_pin("48 21", "48 21"), Err(PinProblem::NotDigits));
        assert_eq!(check_new_pin("abcd", "abcd"), Err(PinProblem::NotDigits));
        assert_eq!(check_new_pin("482", "482"), Err(PinProblem::TooShort));
        assert_eq!(
            check_new_pin("4821482148214", "4821482148214"),
            Err(PinProblem::TooLong)
        );
        for simple in ["0000", "1234", "9876", "3456789", "777777"] {
            assert_eq!(
                check_new_pin(simple, simple),
                Err(PinProblem::TooSimple),
                "{simple}"
            );
        }
        assert_eq!(check_new_pin("135792", "135792"), Ok(()));
        assert_eq!(check_new_pin("4821", "4812"), Err(PinProblem::Mismatch));
    }
}
