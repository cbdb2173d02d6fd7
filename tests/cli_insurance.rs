//! `storedesk insurance` against the sandbox (issue 28): the list with what
//! each option adds, the link, and its failures with the CLI's exit codes.

mod sandbox_common;

use std::process::{Command, Output};

use sandbox_common::*;
use storedesk::api::BookingId;
use storedesk::sandbox::{InsuranceFault, Sandbox, ids};

const UNKNOWN: &str = "00000000-1111-4222-8333-444444444444";

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

fn storedesk(sb: &Sandbox, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_storedesk"));
    cmd.args(["--base-url", &sb.base_url(), "--timeout", "5"])
        .args(args);
    cmd.env_remove("STOREDESK_BASE_URL");
    cmd.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    cmd.env("STOREDESK_API_KEY", sb.api_key());
    cmd.output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The ids of a booking's `n`-th option and its `p`-th price line.
fn choice(
    rt: &tokio::runtime::Runtime,
    sb: &Sandbox,
    booking: &str,
    n: usize,
    p: usize,
) -> (String, String) {
    let list = rt
        .block_on(client(sb).insurance_for_booking(&BookingId::parse(booking).unwrap()))
        .expect("list");
    let o = &list.options[n];
    (o.id.clone(), o.prices[p].id.clone().expect("price id"))
}

#[test]
fn the_list_shows_each_premium_and_what_it_adds() {
    let rt = runtime();
    let sb = rt.block_on(sandbox());
    let out = storedesk(&sb, &["insurance", ids::LYON_BOOKING]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("goods value up to 5 000 €"), "{s}");
    assert!(
        s.contains("12,00 € Monthly") && s.contains("34,20 € Quarterly"),
        "{s}"
    );
    // 5 000 € monthly: 8,64 € on the first payment, 14,40 € a cycle, in
    // place of the 3 000 € cover: 2,59 € and 4,20 € more.
    assert!(
        s.contains("costs 8,64 € in the first payment and 14,40 € a cycle"),
        "{s}"
    );
    assert!(
        s.contains(
            "changes by 2,59 € on the first payment, 4,20 € a cycle, 52,99 € over 12 cycles"
        ),
        "{s}"
    );
    // The cover it has, as it has it: no change.
    assert!(
        s.contains("changes by 0,00 € on the first payment, 0,00 € a cycle"),
        "{s}"
    );

    // Chalets has no insurance yet: what an option adds.
    let out = storedesk(&sb, &["insurance", ids::CHALETS_BOOKING]);
    let s = text(&out.stdout);
    assert!(
        s.contains(
            "adds 6,60 € to the first payment, 6,60 € to each cycle, 79,20 € over 12 cycles"
        ),
        "{s}"
    );

    let out = storedesk(&sb, &["insurance", ids::LYON_BOOKING, "--json"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["options"].as_array().map(Vec::len), Some(3));

    let out = storedesk(&sb, &["insurance", ids::EMMERICH_BOOKING]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("No insurance is offered for this unit."));

    let out = storedesk(&sb, &["insurance", ids::BERLIN_BOOKING]);
    assert!(text(&out.stdout).contains("no price line: it cannot be linked"));
}

#[test]
fn bad_ids_exit_2_before_any_call() {
    let rt = runtime();
    let sb = rt.block_on(sandbox());
    for args in [
        vec!["insurance", "CRS11"],
        vec![
            "insurance",
            ids::LYON_BOOKING,
            "--link",
            "nope",
            "--price",
            UNKNOWN,
        ],
        vec![
            "insurance",
            ids::LYON_BOOKING,
            "--link",
            UNKNOWN,
            "--price",
            "12",
        ],
        vec!["insurance", ids::LYON_BOOKING, "--link", UNKNOWN],
    ] {
        let out = storedesk(&sb, &args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert_eq!(sb.request_count(), 0, "nothing reached the server");
}

#[test]
fn a_link_is_made_and_the_quotation_printed() {
    let rt = runtime();
    let sb = rt.block_on(sandbox());
    let (insurance, price) = choice(&rt, &sb, ids::LYON_BOOKING, 2, 0);
    let out = storedesk(
        &sb,
        &[
            "insurance",
            ids::LYON_BOOKING,
            "--link",
            &insurance,
            "--price",
            &price,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("linked to booking"), "{s}");
    assert!(s.contains("73,20 €"), "the new regular payment: {s}");
    assert_eq!(
        sb.linked_insurance(ids::LYON_BOOKING).unwrap().insurance_id,
        insurance
    );
}

#[test]
fn a_refused_link_exits_1_with_the_servers_code_in_plain_words() {
    let rt = runtime();
    let sb = rt.block_on(sandbox());
    let (insurance, price) = choice(&rt, &sb, ids::CHALETS_BOOKING, 0, 0);
    sb.set_insurance_fault(Some(InsuranceFault::RefuseLink));
    let out = storedesk(
        &sb,
        &[
            "insurance",
            ids::CHALETS_BOOKING,
            "--link",
            &insurance,
            "--price",
            &price,
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let e = text(&out.stderr);
    assert!(
        e.contains("does not accept this insurance option")
            && e.contains("[INVALID_PARAM_INSURANCE_ID]"),
        "{e}"
    );
}

#[test]
fn a_lost_answer_is_read_back_not_sent_again() {
    let rt = runtime();
    let sb = rt.block_on(sandbox());
    let (insurance, price) = choice(&rt, &sb, ids::LYON_BOOKING, 0, 1);
    sb.set_insurance_fault(Some(InsuranceFault::LoseLinkAnswer));
    let out = storedesk(
        &sb,
        &[
            "insurance",
            ids::LYON_BOOKING,
            "--link",
            &insurance,
            "--price",
            &price,
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        (v["outcome"].as_str(), v["linked"].as_bool()),
        (Some("unknown"), Some(true))
    );
    assert_eq!(sb.insurance_link_requests(), 1);
}

#[test]
fn linking_a_signed_booking_says_so() {
    let rt = runtime();
    let sb = rt.block_on(sandbox());
    let (insurance, price) = choice(&rt, &sb, ids::BERLIN_BOOKING, 0, 0);
    let out = storedesk(
        &sb,
        &[
            "insurance",
            ids::BERLIN_BOOKING,
            "--link",
            &insurance,
            "--price",
            &price,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("already signed"),
        "{}",
        text(&out.stderr)
    );
}
