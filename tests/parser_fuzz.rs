//! Bounded fuzzing of the response parsers: arbitrary JSON (with the field
//! names the API really uses), every fixture (documented examples, sandbox
//! data, the property list, the document-save answer) with values swapped
//! for arbitrary ones, raw byte mutations, and every HTTP status the client
//! may see. The parsers must answer Ok or a typed error, never panic.
//! More cases: `PROPTEST_CASES=20000 cargo test --release --test parser_fuzz`,
//! or `scripts/fuzz-long.sh` for a million inputs over every parser.
//!
//! A new seed each run (`PROPTEST_RNG_SEED=<n>` replays one; CI prints the
//! one it uses). Failures are kept in tests/fuzz-regressions/ and replayed
//! first on every later run.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::Value;
use storedesk::api::documented::{DOCUMENT_SAVE, QUOTATION_PREVIEW, RESERVATION_DETAIL};
use storedesk::api::envelope::{parse, parse_via_value};
use storedesk::api::models::{Property, Quotation, ReservationDetail};
use storedesk::api::walkin::PriceList;
use storedesk::api::{ApiError, Endpoint};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/fuzz-regressions/parser_fuzz.txt",
        ))),
        ..ProptestConfig::default()
    }
}

/// Statuses a server or a proxy in front of it may answer with.
const STATUSES: &[u16] = &[
    200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504,
];

/// What a fixture is an answer to, by its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Quotation,
    Reservation,
    DocumentSave,
    Properties,
}

fn kind_of(file: &str) -> Kind {
    if file.contains("quotation") {
        Kind::Quotation
    } else if file.contains("reservation") {
        Kind::Reservation
    } else if file.contains("document-save") {
        Kind::DocumentSave
    } else {
        panic!("a fixture of no known kind: {file}")
    }
}

/// Every JSON answer the project holds, with what it answers: the
/// documented examples, the sandbox's fixtures, and a property list made of
/// their properties.
fn kinded_seeds() -> &'static [(Kind, Value)] {
    static SEEDS: OnceLock<Vec<(Kind, Value)>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut out: Vec<(Kind, Value)> = Vec::new();
        for dir in ["documented", "sandbox"] {
            let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root.join(dir))
                .expect("fixtures dir")
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            files.sort();
            for f in files {
                let text = std::fs::read_to_string(&f).expect("fixture reads");
                let v: Value = serde_json::from_str(&text).expect("fixture is JSON");
                // API answers only: the walk-in rate card is the sandbox's own
                // input (its answers are made from it), not an answer.
                if v.get("succeeded").is_some() {
                    let name = f.file_name().unwrap().to_string_lossy().into_owned();
                    out.push((kind_of(&name), v));
                }
            }
        }
        let properties: Vec<Value> = out
            .iter()
            .filter_map(|(_, v)| v.pointer("/data/property").cloned())
            .collect();
        assert!(!properties.is_empty(), "fixtures carry properties");
        out.push((
            Kind::Properties,
            serde_json::json!({
                "data": properties, "succeeded": true, "status": "SUCCESS", "errors": []
            }),
        ));
        out
    })
}

/// The seeds without their kinds (what the fuzz starts from).
fn seeds() -> &'static [Value] {
    static SEEDS: OnceLock<Vec<Value>> = OnceLock::new();
    SEEDS.get_or_init(|| kinded_seeds().iter().map(|(_, v)| v.clone()).collect())
}

/// Every object key the fixtures use: generated objects speak the API's
/// own field names, so the fuzz reaches the models' fields.
fn field_names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        fn walk(v: &Value, out: &mut std::collections::BTreeSet<String>) {
            match v {
                Value::Object(m) => {
                    for (k, c) in m {
                        out.insert(k.clone());
                        walk(c, out);
                    }
                }
                Value::Array(a) => a.iter().for_each(|c| walk(c, out)),
                _ => {}
            }
        }
        let mut names = std::collections::BTreeSet::new();
        seeds().iter().for_each(|v| walk(v, &mut names));
        names.into_iter().collect()
    })
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("20,00 %"),
            Just("-3,25 €"),
            Just("08-09-2025"),
            Just("1e400"),
            Just("NaN")
        ]
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-zA-Z]{1,10}",
                    prop::sample::select(field_names()),
                    prop::sample::select(field_names()),
                    Just("price".to_owned()),
                    Just("number".to_owned()),
                    Just("date".to_owned()),
                    Just("percentage".to_owned()),
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path to a value in `v`, as a list of keys/indices.
fn paths(v: &Value, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(prefix.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                prefix.push(k.clone());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                prefix.push(i.to_string());
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn replace_at(v: &mut Value, path: &[String], new: Value) {
    let mut cur = v;
    for key in path {
        cur = match cur {
            Value::Object(m) => m.get_mut(key).expect("path exists"),
            Value::Array(a) => &mut a[key.parse::<usize>().unwrap()],
            _ => unreachable!(),
        };
    }
    *cur = new;
}

fn parse_all(bytes: &[u8]) {
    parse_all_with(200, bytes);
}

fn parse_all_with(status: u16, bytes: &[u8]) {
    // The results do not matter; a panic would fail the test.
    let a = parse::<Quotation>(Endpoint::Quotation, status, bytes);
    let b = parse::<ReservationDetail>(Endpoint::Reservation, status, bytes);
    let c = parse::<Vec<Property>>(Endpoint::Properties, status, bytes);
    // The document-save answer's `data` is a bare string (the client reads
    // it as a `Value`). The status is only reported here: the client refuses
    // a non-2xx answer itself (client_faults checks every status).
    let d = parse::<Value>(Endpoint::SaveSignature, status, bytes);
    // The walk-in price list (issue 14) reads `data` as any JSON.
    if let Ok(list) = parse::<Value>(Endpoint::PriceList, status, bytes) {
        let _ = PriceList::from_data(&list.data);
    }
    for r in [a.err(), b.err(), c.err(), d.err()].into_iter().flatten() {
        // Every error has a message and a next step for the user.
        assert!(!r.to_string().is_empty());
        assert!(!r.next_step().is_empty());
        if let ApiError::Malformed { path, .. } = &r {
            assert!(!path.is_empty());
        }
    }
}

/// The fast parser answers exactly as the reference (`Value`-based) parser,
/// except that it may read an answer whose ignored parts the reference
/// refuses as a whole (an out-of-range number, a broken `\u` escape).
fn same_as_reference(bytes: &[u8]) {
    fn check<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
        endpoint: Endpoint,
        bytes: &[u8],
    ) {
        let fast = parse::<T>(endpoint, 200, bytes);
        let reference = parse_via_value::<T>(endpoint, 200, bytes);
        let refused_whole = matches!(
            &reference,
            Err(ApiError::Malformed { path, .. }) if path == "(response)"
        ) || matches!(&reference, Err(ApiError::TooDeep));
        assert!(
            fast == reference || (fast.is_ok() && refused_whole),
            "fast {fast:?}\nreference {reference:?}"
        );
    }
    check::<Quotation>(Endpoint::Quotation, bytes);
    check::<ReservationDetail>(Endpoint::Reservation, bytes);
    check::<Vec<Property>>(Endpoint::Properties, bytes);
    check::<Value>(Endpoint::SaveSignature, bytes);
}

fn documented(which: usize) -> Value {
    serde_json::from_str(if which == 0 {
        QUOTATION_PREVIEW
    } else {
        RESERVATION_DETAIL
    })
    .unwrap()
}

proptest! {
    // 512 unless PROPTEST_CASES says otherwise (scripts/fuzz-long.sh).
    #![proptest_config(config(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(512)
    ))]

    #[test]
    fn every_fixture_with_values_replaced_and_any_status_never_panics(
        seed in any::<prop::sample::Index>(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), arb_json()), 0..4),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..3),
        status in prop::sample::select(STATUSES),
    ) {
        let mut doc = seed.get(seeds()).clone();
        for (pick, new) in picks {
            let mut all = Vec::new();
            paths(&doc, &mut Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            replace_at(&mut doc, &path, new);
        }
        let mut bytes = serde_json::to_vec(&doc).unwrap();
        for (at, byte) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        parse_all_with(status, &bytes);
        same_as_reference(&bytes);
    }

    #[test]
    fn error_answers_with_any_body_never_panic(
        status in prop::sample::select(STATUSES),
        v in arb_json(),
        codes in prop::collection::vec(prop_oneof![
            Just("NO_RECORDS_FOUND".to_owned()),
            Just("INVALID_API_KEY".to_owned()),
            Just("INVALID_PARAM_SIGNATURE".to_owned()),
            Just("SOMETHING_WENT_WRONG".to_owned()),
            "[A-Z_]{0,30}",
        ], 0..3),
    ) {
        let body = serde_json::json!({"data": v, "succeeded": false, "status": "ERROR", "errors": codes});
        parse_all_with(status, &serde_json::to_vec(&body).unwrap());
        parse_all_with(status, &serde_json::to_vec(&v).unwrap());
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        parse_all(&serde_json::to_vec(&v).unwrap());
        let wrapped = serde_json::json!({"succeeded": true, "status": "SUCCESS", "data": v});
        parse_all(&serde_json::to_vec(&wrapped).unwrap());
    }

    #[test]
    fn the_fast_parser_answers_as_the_reference_parser(
        which in 0usize..2,
        picks in prop::collection::vec((any::<prop::sample::Index>(), arb_json()), 0..4),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..3),
    ) {
        // The documented examples with values replaced (any shape, nested
        // errors, items of lists), then maybe a few bytes changed.
        let mut doc = documented(which);
        for (pick, new) in picks {
            let mut all = Vec::new();
            paths(&doc, &mut Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            replace_at(&mut doc, &path, new);
        }
        let mut bytes = serde_json::to_vec(&doc).unwrap();
        for (at, byte) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        same_as_reference(&bytes);
    }

    #[test]
    fn documented_examples_with_a_value_replaced_never_panic(
        which in 0usize..2,
        pick in any::<prop::sample::Index>(),
        new in arb_json(),
    ) {
        let mut doc = documented(which);
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        replace_at(&mut doc, &path, new);
        parse_all(&serde_json::to_vec(&doc).unwrap());
    }

    #[test]
    fn documented_examples_with_bytes_mutated_never_panic(
        which in 0usize..2,
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        truncate in any::<Option<prop::sample::Index>>(),
    ) {
        let mut bytes = if which == 0 { QUOTATION_PREVIEW } else { RESERVATION_DETAIL }.as_bytes().to_vec();
        for (at, byte) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Some(t) = truncate {
            bytes.truncate(t.index(bytes.len()));
        }
        parse_all(&bytes);
    }
}

#[test]
fn the_fast_parser_reports_errors_as_the_reference_parser() {
    // Shapes where reading straight from the bytes differs from reading a
    // `Value`: repeated keys, several bad fields (the reference reports the
    // first in key order), bad list items, a struct sent as a list.
    let bodies = [
        r#"{"succeeded":true,"data":{"client":{"name":"a","name":"b"}}}"#,
        r#"{"succeeded":true,"data":{"id":[1],"client":{"name":["x"]}}}"#,
        r#"{"succeeded":true,"data":{"subscription":{"insurance":[null,{"name":[1]}]}}}"#,
        r#"{"succeeded":true,"data":{"subscription":{"insurance":{"name":[1]}}}}"#,
        r#"{"succeeded":true,"data":{"property":{"propertyImageList":{"a":1}}}}"#,
        r#"{"succeeded":true,"data":{"storage":[null,null,null]}}"#,
        r#"{"succeeded":true,"data":{"storageSize":{"size":{"number":[1]}}}}"#,
        r#"{"succeeded":false,"errors":["NO_RECORDS_FOUND"],"data":null}"#,
        r#"{"succeeded":true,"data":{"id":"#,
    ];
    for body in bodies {
        same_as_reference(body.as_bytes());
    }
    // The first keeps the last of the repeated keys, as a JSON object reads.
    let ok = parse::<Quotation>(Endpoint::Quotation, 200, bodies[0].as_bytes()).unwrap();
    assert_eq!(ok.data.client.unwrap().name.as_deref(), Some("b"));
    // The error is named at the list, as it always was.
    match parse::<Quotation>(Endpoint::Quotation, 200, bodies[2].as_bytes()) {
        Err(ApiError::Malformed { path, detail }) => {
            assert_eq!(path, "data.subscription.insurance");
            assert!(detail.starts_with("item 1: "), "{detail}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn every_fixture_parses_as_what_it_is() {
    // The seeds themselves are good answers, each read by its own parser
    // with the fields that make it what it is: a fuzz built on them starts
    // from something the parsers accept.
    let mut seen = Vec::new();
    for (kind, v) in kinded_seeds() {
        let bytes = serde_json::to_vec(v).unwrap();
        let id = v.pointer("/data/id").and_then(Value::as_str);
        match kind {
            Kind::Quotation => {
                let q = parse::<Quotation>(Endpoint::Quotation, 200, &bytes)
                    .unwrap_or_else(|e| panic!("{e:?}: {v}"))
                    .data;
                assert_eq!(q.id.as_deref(), id);
                assert!(q.move_in_date.is_some() && q.space_info.is_some(), "{v}");
                assert!(q.billing_subscription.is_some(), "{v}");
            }
            Kind::Reservation => {
                let r = parse::<ReservationDetail>(Endpoint::Reservation, 200, &bytes)
                    .unwrap_or_else(|e| panic!("{e:?}: {v}"))
                    .data;
                assert_eq!(r.id.as_deref(), id);
                assert!(r.reservation_date.is_some() && r.client.is_some(), "{v}");
            }
            Kind::Properties => {
                let list = parse::<Vec<Property>>(Endpoint::Properties, 200, &bytes)
                    .unwrap_or_else(|e| panic!("{e:?}: {v}"))
                    .data;
                let n = v["data"].as_array().map(Vec::len);
                assert_eq!(Some(list.len()), n);
                assert!(list.iter().all(|p| p.id.is_some()), "{v}");
            }
            Kind::DocumentSave => {
                let saved = parse::<Value>(Endpoint::SaveSignature, 200, &bytes);
                assert!(
                    saved.is_ok_and(|s| s.data.is_string()),
                    "the save answer's data is its id"
                );
            }
        }
        seen.push(*kind);
    }
    for kind in [
        Kind::Quotation,
        Kind::Reservation,
        Kind::DocumentSave,
        Kind::Properties,
    ] {
        assert!(seen.contains(&kind), "no {kind:?} fixture");
    }
    assert!(seeds().len() >= 7, "documented, sandbox and property list");
    let saved = parse::<Value>(Endpoint::SaveSignature, 200, DOCUMENT_SAVE.as_bytes());
    assert!(
        saved.is_ok_and(|s| s.data.is_string()),
        "the save answer's data is its id"
    );
    assert!(field_names().iter().any(|n| n == "proRataSubscription"));
}

/// Answers nested past serde_json's limit (128 levels), at a field the
/// models read or one they ignore: read as any JSON (the save answer, the
/// price list) they are refused as too deep, and nesting well under the
/// limit never is; the models read the rest without a panic. (The generated
/// JSON of the other fuzzers stays within 4 levels: it never reaches the
/// limit.)
#[test]
fn nesting_past_the_limit_is_too_deep_or_skipped() {
    for (kind, v) in kinded_seeds() {
        for field in ["client", "notAField"] {
            for depth in [20, 100, 140, 400] {
                let mut doc = v.clone();
                let mut nested = Value::from(1);
                for i in 0..depth {
                    nested = if i % 2 == 0 {
                        Value::Array(vec![nested])
                    } else {
                        serde_json::json!({ "x": nested })
                    };
                }
                let Some(data) = doc.get_mut("data").and_then(Value::as_object_mut) else {
                    continue;
                };
                data.insert(field.to_owned(), nested);
                let bytes = serde_json::to_vec(&doc).unwrap();
                let results = [
                    parse::<Quotation>(Endpoint::Quotation, 200, &bytes).err(),
                    parse::<ReservationDetail>(Endpoint::Reservation, 200, &bytes).err(),
                    parse::<Value>(Endpoint::SaveSignature, 200, &bytes).err(),
                ];
                let [quotation, reservation, value] = results;
                let at = format!("{kind:?}, {field} at depth {depth}");
                // Read as any JSON: refused past the limit, as too deep.
                assert_eq!(
                    value == Some(ApiError::TooDeep),
                    depth > 128,
                    "{at}: {value:?}"
                );
                // The models skip what they do not read (serde skips without
                // recursing) or read the field leniently as missing.
                assert_eq!((quotation, reservation), (None, None), "{at}");
            }
        }
    }
}

#[test]
fn every_single_value_of_the_documented_examples_can_be_null() {
    // Exhaustive, not random: each field in turn set to null must still parse
    // (all fields are optional) or give a typed error.
    for which in 0..2 {
        let doc = documented(which);
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        for path in all.iter().filter(|p| !p.is_empty()) {
            let mut d = doc.clone();
            replace_at(&mut d, path, Value::Null);
            let bytes = serde_json::to_vec(&d).unwrap();
            if path.first().map(String::as_str) == Some("data") {
                let ok = if which == 0 {
                    parse::<Quotation>(Endpoint::Quotation, 200, &bytes).is_ok()
                } else {
                    parse::<ReservationDetail>(Endpoint::Reservation, 200, &bytes).is_ok()
                };
                // `data` itself null means "not found"; anything deeper parses.
                assert!(ok || path.len() == 1, "null at {path:?} was refused");
            }
        }
    }
}
