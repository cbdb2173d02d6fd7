//! The English a user reads did not change when the texts moved from the
//! Rust table to Fluent: `migrated.json` (written by
//! scripts/i18n-to-fluent.py) keeps each message's text as the table had it,
//! and every message still in en.ftl is compared with it. Plural messages
//! are the intended differences, and only for a count of one.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use super::{Language, trf_dyn, with_language};

#[derive(Deserialize)]
struct Before {
    en: String,
}

/// The messages whose English now says "1 day" where it said "1 days".
const PLURAL_FIXES: &[&str] = &[
    "assumption-the-prorated-first-period-counts-as-the",
    "closed-does-not-open-in-the-next-days",
    "closed-public-holiday-holiday-does-not-open-in",
    "count-days",
    "count-days-open",
    "count-months",
    "count-payments",
    "count-payments-projected",
    "count-weeks",
    "monthly-rent-monthly-days-divisor-days-computed-the",
    "monthly-rent-monthly-divisor-days-daily-day-rounded",
    "msg-12-cycles-vs-12-months-the-table-lists",
    "msg-12-cycles-vs-12-months-the-table-lists-table",
    "msg-12-month-total-count-payments",
    "open-now-open-for-at-least-the-next",
    "some-of-the-apis-figures-do-not-add",
    "the-api-shows-api-but-monthly-divisor-days",
    "the-daily-rate-divides-the-monthly-rent-by",
    "the-daily-rate-divides-the-monthly-rent-by-a",
    "the-discount-covers-count-payments-then",
    "the-first-payment-and-the-next-count-cycles",
    "the-monthly-rent-is-the-full-cycle-rent",
    "the-rent-line-counts-count-days-but-period",
];

fn before() -> BTreeMap<String, Before> {
    serde_json::from_str(include_str!("migrated.json")).expect("migrated.json")
}

/// The old `{name}` placeholders of `text`.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}

/// `id` in English with every argument set to `value` (`None`: `{name}`),
/// and the old text filled the same way.
fn both(id: &str, old: &str, value: Option<&str>) -> (String, String) {
    let names = placeholders(old);
    let shown: Vec<String> = names
        .iter()
        .map(|n| value.map_or_else(|| format!("{{{n}}}"), str::to_owned))
        .collect();
    let args: Vec<(&str, &dyn fmt::Display)> = names
        .iter()
        .zip(&shown)
        .map(|(n, v)| (*n, v as &dyn fmt::Display))
        .collect();
    let now = with_language(Language::English, || trf_dyn(id, &args));
    let mut then = old.to_owned();
    for (n, v) in names.iter().zip(&shown) {
        then = then.replace(&format!("{{{n}}}"), v);
    }
    (now, then)
}

#[test]
fn every_message_reads_in_english_as_the_table_did() {
    let english_ids = super::ids();
    let mut compared = 0;
    let mut problems = Vec::new();
    for (id, old) in before() {
        if !english_ids.contains(&id.as_str()) {
            continue; // No longer used.
        }
        compared += 1;
        let (now, then) = both(&id, &old.en, None);
        if now != then {
            problems.push(format!("{id}: {now:?}, was {then:?}"));
        }
    }
    assert!(compared > 500, "only {compared} messages compared");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn only_the_plural_messages_read_differently_for_a_count_of_one() {
    let english_ids = super::ids();
    let mut differ = Vec::new();
    for (id, old) in before() {
        if !english_ids.contains(&id.as_str()) || placeholders(&old.en).is_empty() {
            continue;
        }
        for value in ["0", "1", "2", "12"] {
            let (now, then) = both(&id, &old.en, Some(value));
            if now != then {
                if value != "1" {
                    panic!("{id} with {value}: {now:?}, was {then:?}");
                }
                differ.push(id.clone());
            }
        }
    }
    let mut expected: Vec<String> = PLURAL_FIXES.iter().map(|s| (*s).to_owned()).collect();
    expected.sort();
    differ.sort();
    assert_eq!(differ, expected);
}
