//! Bounded fuzzing of the input parsers: ids as staff type or paste them,
//! the stored settings, and the stored PIN format. Each answers Ok or a
//! typed error, never panics, and what it accepts reads back the same.
//!
//! A new seed each run (`PROPTEST_RNG_SEED=<n>` replays one; CI prints the
//! one it uses). Failures are kept in tests/fuzz-regressions/ and replayed
//! first on every later run.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use storedesk::api::{BookingId, ReservationId};
use storedesk::domain::pin::{hash_pin_with, verify_pin};
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

proptest! {
    #![proptest_config(config())]

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
fn the_real_pin_hash_still_verifies() {
    let real = hash_pin_with("2580", b"fuzz-salt-16byte", 1_000);
    assert_eq!(verify_pin("2580", &real), Ok(true));
    assert_eq!(verify_pin("2581", &real), Ok(false));
}
