//! `storedesk prices` and `storedesk prequote` against the sandbox (issue 14).

mod common;

use std::process::{Command, Output};

use chrono::{Days, Local};
use common::*;

const LYON: &str = "b31ce462-b4d8-4826-8967-b4ccd8343237";

fn storedesk(base_url: &str, key: &str, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_storedesk"));
    cmd.args(["--base-url", base_url, "--timeout", "5"])
        .args(args);
    cmd.env_remove("STOREDESK_BASE_URL");
    cmd.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    cmd.env("STOREDESK_API_KEY", key);
    cmd.output().expect("the binary runs")
}

/// What the plain-text pre-booking quote shows, whatever the date.
const PREQUOTE_TEXT: &[&str] = &[
    "Property    Lyon Gerland",
    "6 m³ (2 × 1.5 × 2 m)",
    "Contract    not signed yet",
    "Lyon Gerland · Box · 6 m³",
    "A cycle costs the API's full-cycle net, 51,00 € with the discount, or 60,00 € without it",
    "Total of the table",
];

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn date_in(days: i64) -> String {
    let today = Local::now().date_naive();
    let d = if days >= 0 {
        today.checked_add_days(Days::new(days as u64))
    } else {
        today.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    d.unwrap().format("%Y-%m-%d").to_string()
}

#[test]
fn prices_lists_the_sizes_with_the_sold_out_one() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let out = storedesk(&sb.base_url(), sb.api_key(), &["prices", LYON]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    // The sold-out size is 3 m³: "Sold out" on its own line, not elsewhere.
    let line = |size: &str| {
        s.lines()
            .find(|l| l.starts_with(&format!("{size} ")))
            .unwrap_or_else(|| panic!("no line for {size}: {s}"))
            .to_owned()
    };
    assert!(line("3 m³").ends_with("Sold out"), "{s}");
    assert_eq!(s.matches("Sold out").count(), 1, "{s}");
    let six = line("6 m³");
    assert!(six.contains("60,00 €") && six.contains("51,00 €"), "{six}");
    let out = storedesk(
        &sb.base_url(),
        sb.api_key(),
        &["prices", LYON, "--period", "quarterly", "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["rows"].as_array().map(Vec::len), Some(7));
}

#[test]
fn prequote_prints_the_quote() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let move_in = date_in(12);
    let out = storedesk(
        &sb.base_url(),
        sb.api_key(),
        &[
            "prequote",
            LYON,
            "--size",
            "6",
            "--price",
            "50",
            "--move-in",
            &move_in,
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // --json prints amounts as decimal strings.
    let amount = |v: &serde_json::Value| v.as_str().and_then(|s| s.parse::<f64>().ok());
    assert!(amount(&v["proRataSubscription"]["netAmount"]["price"]).is_some_and(|p| p > 0.0));
    assert_eq!(
        amount(&v["billingSubscription"]["rent"]["taxablePrice"]["price"]),
        Some(50.0)
    );
}

#[test]
fn prequote_prints_the_quote_as_text() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let move_in = date_in(12);
    let out = storedesk(
        &sb.base_url(),
        sb.api_key(),
        &[
            "prequote",
            LYON,
            "--size",
            "6",
            "--price",
            "50",
            "--move-in",
            &move_in,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    let day = chrono::NaiveDate::parse_from_str(&move_in, "%Y-%m-%d").unwrap();
    for part in PREQUOTE_TEXT {
        assert!(s.contains(part), "{part:?} missing from:\n{s}");
    }
    assert!(
        s.contains(&format!("Move-in     {}", day.format("%d-%m-%Y"))),
        "{s}"
    );
}

#[test]
fn bad_prequote_input_exits_2_before_any_call() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    let past = date_in(-1);
    let soon = date_in(3);
    for (args, why) in [
        vec![
            "prequote",
            LYON,
            "--size",
            "6",
            "--price",
            "50",
            "--move-in",
            past.as_str(),
        ],
        vec![
            "prequote",
            LYON,
            "--size",
            "0",
            "--price",
            "50",
            "--move-in",
            soon.as_str(),
        ],
        // `--price=-5`: with a space, clap would take "-5" for an option
        // and refuse it before our own check runs.
        vec![
            "prequote",
            LYON,
            "--size",
            "6",
            "--price=-5",
            "--move-in",
            soon.as_str(),
        ],
        vec![
            "prequote",
            LYON,
            "--size",
            "6",
            "--price",
            "0",
            "--move-in",
            soon.as_str(),
        ],
    ]
    .into_iter()
    .zip([
        "is in the past",
        "The size must be more than 0.",
        "The price must be more than 0.",
        "The price must be more than 0.",
    ]) {
        let out = storedesk(&sb.base_url(), sb.api_key(), &args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        // Our own check's words, not clap's.
        assert!(
            text(&out.stderr).contains(why),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert_eq!(sb.request_count(), 0);
}

/// A server whose price list puts each size group's id beside its rows
/// (`storageGroupInfoId` next to `sizeList`): `prequote --size` finds the
/// size's group there, and `prices` fills the Group column.
#[test]
fn prequote_takes_the_group_id_from_the_group() {
    let rt = runtime();
    let sb = start_sandbox(&rt);
    sb.set_price_list_group_ids_on_groups(true);
    let move_in = date_in(12);
    let out = prequote(&sb, "6", &move_in);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Lyon Gerland · Box · 6 m³"));
    let out = storedesk(&sb.base_url(), sb.api_key(), &["prices", LYON]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    let six = s
        .lines()
        .find(|l| l.starts_with("6 m³ "))
        .unwrap_or_else(|| panic!("no 6 m³ line: {s}"));
    assert!(six.contains("Small"), "the Group column: {six}");
    // A size the list does not have: the message names the size.
    let out = prequote(&sb, "7", &move_in);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("No size of this property has that size"));
}

/// `storedesk prequote LYON --size <size> --price 50 --move-in <move_in>`.
fn prequote(sb: &storedesk::sandbox::Sandbox, size: &str, move_in: &str) -> Output {
    let args = [
        "prequote",
        LYON,
        "--size",
        size,
        "--price",
        "50",
        "--move-in",
        move_in,
    ];
    storedesk(&sb.base_url(), sb.api_key(), &args)
}
