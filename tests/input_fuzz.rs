//! Bounded fuzzing of the input parsers: ids as staff type or paste them,
//! the stored settings, and the stored PIN formats (the Argon2id PHC string
//! new installs store, and the PBKDF2 one of earlier versions). Each answers
//! Ok or a typed error, never panics, and what it accepts reads back the same.
//!
//! A new seed each run (`PROPTEST_RNG_SEED=<n>` replays one; CI prints the
//! one it uses). Failures are kept in tests/fuzz-regressions/ and replayed
//! first on every later run.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use storedesk::api::{BookingId, ReservationId};
use storedesk::domain::pin::{hash_pin, hash_pin_with, verify_pin};
use storedesk::settings::Settings;

/// 512 cases unless PROPTEST_CASES says otherwise (scripts/fuzz-long.sh).
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(512),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/fuzz-regressions/input_fuzz.txt",
        ))),
        ..ProptestConfig::default()
    }
}

const A_UUID: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";

/// Text shaped like what lands in the id field: a real id with a few
/// characters changed, spaces, braces, a URL around it, or anything.
fn id_like() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,60}",
        "[0-9a-fA-F-]{30,40}",
        (
            prop::collection::vec((0usize..36, "[ -~]"), 0..4),
            "[ \t{(<\"]{0,2}",
            "[ \t})>\".]{0,2}"
        )
            .prop_map(|(edits, pre, post)| {
                let mut chars: Vec<char> = A_UUID.chars().collect();
                for (at, c) in edits {
                    if let Some(ch) = c.chars().next() {
                        chars[at] = ch;
                    }
                }
                format!("{pre}{}{post}", chars.into_iter().collect::<String>())
            }),
        Just(A_UUID.to_uppercase()),
        Just(format!("https://desk.example.com/booking/{A_UUID}")),
    ]
}

/// Stored settings: arbitrary text, JSON objects with the real field names
/// and odd values, and the real thing with bytes changed.
fn stored_settings() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        ".{0,20}".prop_map(serde_json::Value::from),
        prop_oneof![
            Just("English"),
            Just("French"),
            Just("German"),
            Just("Klingon"),
            Just("Dark"),
            Just("XApiKeyHeader"),
            Just("AuthorizationHeader"),
        ]
        .prop_map(serde_json::Value::from),
    ];
    let defaults: serde_json::Value =
        serde_json::from_str(&Settings::default().to_stored()).expect("settings are JSON");
    let keys: Vec<String> = defaults
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let real = Settings::default().to_stored();
    prop_oneof![
        ".{0,80}",
        prop::collection::vec((prop::sample::select(keys), value), 0..8).prop_map(move |fields| {
            let mut obj = defaults.clone();
            for (k, v) in fields {
                obj[k] = v;
            }
            obj.to_string()
        }),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4).prop_map(
            move |cuts| {
                let mut bytes = real.clone().into_bytes();
                for (at, b) in cuts {
                    let i = at.index(bytes.len());
                    bytes[i] = b;
                }
                String::from_utf8_lossy(&bytes).into_owned()
            }
        ),
    ]
}

/// Stored PIN hashes: arbitrary text, and the real format with each part
/// changed. Round counts stay small or out of range, so a case is fast.
fn stored_pin() -> impl Strategy<Value = String> {
    let real = hash_pin_with("2580", b"fuzz-salt-16byte", 1_000);
    let parts: Vec<String> = real.split('$').map(str::to_owned).collect();
    let iterations = prop_oneof![
        Just("1000".to_owned()),
        Just("1001".to_owned()),
        Just("999".to_owned()),
        Just("0".to_owned()),
        Just("-1".to_owned()),
        Just("4294967296".to_owned()),
        Just("10000001".to_owned()),
        Just(String::new()),
        "[a-z]{1,3}",
    ];
    prop_oneof![
        ".{0,120}",
        (
            prop_oneof![Just(parts[0].clone()), ".{0,14}"],
            iterations,
            prop_oneof![Just(parts[2].clone()), "[0-9a-fA-F]{0,40}", ".{0,8}"],
            prop_oneof![Just(parts[3].clone()), "[0-9a-fA-F]{0,70}", ".{0,8}"],
            prop::collection::vec(".{0,6}", 0..2),
        )
            .prop_map(|(scheme, iter, salt, hash, extra)| {
                let mut s = format!("{scheme}${iter}${salt}${hash}");
                for e in extra {
                    s.push('$');
                    s.push_str(&e);
                }
                s
            }),
    ]
}

/// A real Argon2id PHC string for PIN 2580, with the smallest parameters
/// (8 KiB, one pass, one lane) so that a case is fast; `verify_pin` reads
/// the parameters from the string, as it does for the app's own.
fn real_argon2() -> &'static str {
    static REAL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    REAL.get_or_init(|| {
        use argon2::password_hash::{PasswordHasher, SaltString};
        let params = argon2::Params::new(8, 1, 1, None).expect("params");
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let salt = SaltString::encode_b64(b"fuzz-salt-16byte").expect("salt");
        argon
            .hash_password(b"2580", &salt)
            .expect("hash")
            .to_string()
    })
}

/// The salt and the hash of a PHC string (its last two `$` fields).
fn salt_and_hash(phc: &str) -> Option<(&str, &str)> {
    let mut parts = phc.trim().rsplit('$');
    let hash = parts.next()?;
    let salt = parts.next()?;
    Some((salt, hash))
}

/// Stored Argon2 strings: arbitrary text after `$argon2`, and the real
/// string with each field changed (algorithm, version, each parameter, their
/// order, salt, hash, fields missing or added). Costs stay tiny or out of
/// range, so a case is fast.
fn stored_argon2() -> impl Strategy<Value = String> {
    let real = real_argon2().to_owned();
    let (salt, hash) = salt_and_hash(&real)
        .map(|(s, h)| (s.to_owned(), h.to_owned()))
        .unwrap();
    let algorithm = prop_oneof![
        4 => Just("argon2id".to_owned()),
        1 => Just("argon2i".to_owned()),
        1 => Just("argon2d".to_owned()),
        1 => Just("pbkdf2-sha256".to_owned()),
        1 => "[a-z0-9-]{0,12}",
    ];
    let version = prop_oneof![
        4 => Just(Some("v=19".to_owned())),
        1 => Just(Some("v=16".to_owned())),
        1 => Just(None),
        1 => "v=[0-9a-z]{0,11}".prop_map(Some),
    ];
    let number = |ok: &'static [&'static str]| {
        prop_oneof![
            3 => prop::sample::select(ok).prop_map(str::to_owned),
            1 => prop::sample::select(&["0", "-1", "", "x", "4294967296", "08", " 1"][..])
                .prop_map(str::to_owned),
        ]
    };
    let params = (
        number(&["8", "16", "9"]),
        number(&["1", "2"]),
        number(&["1", "2"]),
        any::<bool>(),
        prop::option::of(prop_oneof![
            Just("keyid=a2V5"),
            Just("data=ZGF0YQ"),
            Just("x=1")
        ]),
    )
        .prop_map(|(m, t, p, reorder, extra)| {
            let mut fields = vec![format!("m={m}"), format!("t={t}"), format!("p={p}")];
            if reorder {
                fields.rotate_left(1);
            }
            fields.extend(extra.map(str::to_owned));
            fields.join(",")
        });
    let salt = prop_oneof![
        4 => Just(salt),
        1 => "[A-Za-z0-9+/]{0,30}",
        1 => ".{0,10}",
    ];
    let hash = prop_oneof![
        4 => Just(hash.clone()),
        1 => (any::<prop::sample::Index>(), "[A-Za-z0-9+/=.$-]").prop_map(move |(at, c)| {
            let mut chars: Vec<char> = hash.chars().collect();
            let i = at.index(chars.len());
            chars[i] = c.chars().next().unwrap_or('A');
            chars.into_iter().collect()
        }),
        1 => "[A-Za-z0-9+/]{0,60}",
    ];
    prop_oneof![
        1 => "\\$argon2.{0,100}",
        6 => (algorithm, version, params, salt, hash, prop::collection::vec(".{0,6}", 0..2), any::<bool>())
            .prop_map(|(alg, version, params, salt, hash, extra, space)| {
                let mut s = format!("${alg}");
                if let Some(v) = version {
                    s.push('$');
                    s.push_str(&v);
                }
                s.push_str(&format!("${params}${salt}${hash}"));
                for e in extra {
                    s.push('$');
                    s.push_str(&e);
                }
                if space {
                    s.push('\n');
                }
                s
            }),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_stored_argon2_pin_hash_is_checked_or_refused(stored in stored_argon2(), pin in "[0-9]{0,8}") {
        // Ok(false) and a refused format are both fine; only a match is judged:
        // the real PIN, the real salt and hash (other parameters cannot give
        // the same hash).
        if verify_pin(&pin, &stored) == Ok(true) {
            prop_assert_eq!(pin.as_str(), "2580");
            prop_assert_eq!(salt_and_hash(&stored), salt_and_hash(real_argon2()));
        }
    }

    #[test]
    fn ids_parse_or_explain_and_read_back_the_same(text in id_like()) {
        match ReservationId::parse(&text) {
            Ok(id) => {
                let shown = id.to_string();
                prop_assert_eq!(shown.len(), 36);
                prop_assert_eq!(ReservationId::parse(&shown).ok(), Some(id));
                prop_assert_eq!(
                    BookingId::parse(&text).ok().map(|b| b.to_string()),
                    Some(shown)
                );
            }
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                prop_assert!(!e.next_step().is_empty());
                prop_assert!(BookingId::parse(&text).is_err());
            }
        }
    }

    #[test]
    fn stored_settings_never_crash_and_read_back_the_same(text in stored_settings()) {
        let (settings, warning) = Settings::from_stored(Some(&text));
        if warning.is_some() {
            prop_assert_eq!(&settings, &Settings::default(), "a bad entry gives the defaults");
        }
        // Whatever was read can be used and stored again.
        let _config = settings.client_config();
        let again = Settings::from_stored(Some(&settings.to_stored()));
        prop_assert!(again.1.is_none());
        prop_assert_eq!(again.0, settings);
    }

    #[test]
    fn a_stored_pin_hash_is_checked_or_refused(stored in stored_pin(), pin in "[0-9]{0,8}") {
        let real = hash_pin_with("2580", b"fuzz-salt-16byte", 1_000);
        // Ok(false) and a refused format are both fine; only a match is judged.
        if verify_pin(&pin, &stored) == Ok(true) {
            prop_assert!(
                pin == "2580" && stored.trim() == real,
                "only the real PIN against the real hash"
            );
        }
    }
}

#[test]
fn the_real_argon2_hashes_verify() {
    assert_eq!(verify_pin("2580", real_argon2()), Ok(true));
    assert_eq!(verify_pin("2581", real_argon2()), Ok(false));
    // The format and parameters new installs store.
    let stored = hash_pin("2580");
    assert!(
        stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{stored}"
    );
    assert_eq!(verify_pin("2580", &stored), Ok(true));
    assert_eq!(verify_pin("0852", &stored), Ok(false));
}

/// A stored hash that asks for unbounded work (a tampered keyring entry)
/// is refused before any hashing: the PIN check must end.
#[test]
fn an_argon2_hash_asking_for_endless_work_is_refused() {
    let (salt, hash) = salt_and_hash(real_argon2()).unwrap();
    for params in [
        "m=8,t=4294967295,p=1",
        "m=268435455,t=1,p=1",
        "m=65536,t=1,p=255",
    ] {
        let stored = format!("$argon2id$v=19${params}${salt}${hash}");
        assert!(verify_pin("2580", &stored).is_err(), "{stored}");
    }
}

#[test]
fn the_real_pin_hash_still_verifies() {
    let real = hash_pin_with("2580", b"fuzz-salt-16byte", 1_000);
    assert_eq!(verify_pin("2580", &real), Ok(true));
    assert_eq!(verify_pin("2581", &real), Ok(false));
}
