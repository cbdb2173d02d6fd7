//! The kiosk manager PIN: rules for a new PIN, and the salted, slow hash that is
//! the only form in which a PIN is stored (in the OS keyring).
//!
//! The hash is PBKDF2-HMAC-SHA256 (RFC 8018) with a random 16-byte salt and
//! [`ITERATIONS`] rounds, stored as `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`.
//! PINs are short, so the iteration count is what slows a brute force down
//! should the stored hash leak; the kiosk also limits attempts on screen.
//!
//! Pure logic: no egui, no keyring. The hashing takes a noticeable time
//! (tens of milliseconds), so callers run it off the UI thread.

use std::fmt;

use rand::RngCore as _;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::i18n::tr;

/// PBKDF2 rounds for a new hash.
pub const ITERATIONS: u32 = 100_000;
/// Shortest and longest accepted PIN, in digits.
pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 12;

const SCHEME: &str = "pbkdf2-sha256";
const SALT_LEN: usize = 16;
/// A stored hash with fewer rounds than this is refused (not ours, or tampered with).
const MIN_STORED_ITERATIONS: u32 = 1_000;
const MAX_STORED_ITERATIONS: u32 = 10_000_000;

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
            PinProblem::NotDigits => tr("The PIN may contain digits only."),
            PinProblem::TooShort => tr("The PIN needs at least 4 digits."),
            PinProblem::TooLong => tr("The PIN may have at most 12 digits."),
            PinProblem::TooSimple => tr(
                "Use a PIN that is harder to guess than the same digit repeated or a simple sequence.",
            ),
            PinProblem::Mismatch => tr("The two PINs are not the same."),
        })
    }
}

impl std::error::Error for PinProblem {}

/// The stored hash could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadStoredPin;

impl fmt::Display for BadStoredPin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(tr(
            "The stored kiosk PIN is not in a known format; set a new PIN in Settings.",
        ))
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

/// Hashes `pin` with a fresh random salt, in the stored format.
pub fn hash_pin(pin: &str) -> String {
    let mut salt = [0u8; SALT_LEN];
    rand::thread_rng().fill_bytes(&mut salt);
    hash_pin_with(pin, &salt, ITERATIONS)
}

/// Hashes `pin` with a given salt and round count (tests, and [`verify_pin`]).
pub fn hash_pin_with(pin: &str, salt: &[u8], iterations: u32) -> String {
    let mut dk = pbkdf2_sha256(pin.as_bytes(), salt, iterations.max(1));
    let out = format!("{SCHEME}${}${}${}", iterations.max(1), hex(salt), hex(&dk));
    dk.zeroize();
    out
}

/// True when `pin` matches the stored hash (compared in constant time).
pub fn verify_pin(pin: &str, stored: &str) -> Result<bool, BadStoredPin> {
    let mut parts = stored.trim().split('$');
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
    if scheme != SCHEME || !(MIN_STORED_ITERATIONS..=MAX_STORED_ITERATIONS).contains(&iterations) {
        return Err(BadStoredPin);
    }
    let salt = unhex(salt).ok_or(BadStoredPin)?;
    let expected = unhex(hash).ok_or(BadStoredPin)?;
    if salt.len() < 8 || expected.len() != 32 {
        return Err(BadStoredPin);
    }
    let mut dk = pbkdf2_sha256(pin.as_bytes(), &salt, iterations);
    let diff = dk
        .iter()
        .zip(expected.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b));
    dk.zeroize();
    Ok(diff == 0)
}

/// PBKDF2-HMAC-SHA256 with a 32-byte output (one block).
fn pbkdf2_sha256(password: &[u8], salt: &[u8], iterations: u32) -> [u8; 32] {
    // HMAC key block: the password, hashed first when longer than a block.
    let mut key = Zeroizing::new([0u8; 64]);
    if password.len() > 64 {
        key[..32].copy_from_slice(&Sha256::digest(password));
    } else {
        key[..password.len()].copy_from_slice(password);
    }
    let mut ipad = Zeroizing::new([0x36u8; 64]);
    let mut opad = Zeroizing::new([0x5cu8; 64]);
    for i in 0..64 {
        ipad[i] ^= key[i];
        opad[i] ^= key[i];
    }
    // The keyed inner and outer states are computed once and cloned per round.
    let inner = Sha256::new_with_prefix(&ipad[..]);
    let outer = Sha256::new_with_prefix(&opad[..]);
    let hmac = |data: &[&[u8]]| -> [u8; 32] {
        let mut h = inner.clone();
        for d in data {
            h.update(d);
        }
        let inner_digest = h.finalize();
        let mut o = outer.clone();
        o.update(inner_digest);
        o.finalize().into()
    };
    let mut u = hmac(&[salt, &1u32.to_be_bytes()]);
    let mut t = u;
    for _ in 1..iterations {
        u = hmac(&[&u]);
        for (ti, ui) in t.iter_mut().zip(u.iter()) {
            *ti ^= ui;
        }
    }
    u.zeroize();
    t
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pbkdf2_matches_published_vectors() {
        // PBKDF2-HMAC-SHA256, dkLen 32 ("password" / "salt").
        let v = |c| hex(&pbkdf2_sha256(b"password", b"salt", c));
        assert_eq!(
            v(1),
            "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"
        );
        assert_eq!(
            v(2),
            "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"
        );
        assert_eq!(
            v(4096),
            "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"
        );
        // RFC 7914 section 11, first 32 bytes.
        assert_eq!(
            hex(&pbkdf2_sha256(b"passwd", b"salt", 1)),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        );
        // A password longer than the HMAC block is hashed first.
        let long = [b'p'; 100];
        assert_ne!(
            pbkdf2_sha256(&long, b"salt", 1),
            pbkdf2_sha256(&long[..64], b"salt", 1)
        );
    }

    #[test]
    fn hash_round_trip_with_random_salt() {
        let a = hash_pin("482913");
        let b = hash_pin("482913");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(a.starts_with("pbkdf2-sha256$100000$"));
        assert!(!a.contains("482913"));
        assert_eq!(verify_pin("482913", &a), Ok(true));
        assert_eq!(verify_pin("482914", &a), Ok(false));
        assert_eq!(verify_pin("", &a), Ok(false));
    }

    #[test]
    fn stored_format_is_checked() {
        let good = hash_pin_with("2580", b"0123456789abcdef", 1_000);
        assert_eq!(verify_pin("2580", &good), Ok(true));
        for bad in [
            "",
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
