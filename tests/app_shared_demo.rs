//! Demo mode shared by a desk and a kiosk on one computer (issue 27): both
//! started with `--demo --base-url` on one sandbox (`storedesk sandbox`),
//! so what the tablet signs, the desk's "Look up again" reads as signed.
//! Before, each instance ran a sandbox of its own and the desk never saw
//! the tablet's signature.

mod common;

use common::kiosk::{pin_app, store_for};
use common::pad::lyon_signed_on_kiosk;
use common::*;
use egui_kittest::Harness;
use storedesk::sandbox::{Sandbox, ids};
use storedesk::secrets::MemoryStore;
use storedesk::ui::app::{DemoState, Startup, StoreDeskApp};

type H = Harness<'static, StoreDeskApp>;

/// `--demo [--kiosk] --base-url <the sandbox>`.
fn joined(rt: &tokio::runtime::Runtime, sandbox: &Sandbox, kiosk: bool) -> H {
    let startup = Startup {
        demo: true,
        kiosk,
        base_url_override: Some(sandbox.base_url()),
        ..Startup::default()
    };
    // The kiosk's PIN is in its store; no key: demo mode brings it.
    let store = if kiosk {
        store_for(sandbox, true)
    } else {
        std::sync::Arc::new(MemoryStore::new())
    };
    let mut h = pin_app(rt, sandbox, store, None, startup);
    step_until(
        &mut h,
        "demo mode on the shared sandbox",
        |h| matches!(&h.state().state.demo, DemoState::Running { base_url } if *base_url == sandbox.base_url()),
    );
    h
}

#[test]
fn a_desk_and_a_kiosk_share_one_sandbox_and_the_desk_reads_the_signature() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut desk = joined(&rt, &sandbox, false);
    let mut kiosk = joined(&rt, &sandbox, true);

    enter_id(&mut desk, ids::LYON_BOOKING);
    step_until(&mut desk, "the card", |h| has_text(h, "Élodie Marchand"));
    assert!(has_text(&desk, "Not signed yet"));

    lyon_signed_on_kiosk(&mut kiosk);

    // "Look up again" on the desk: the shared sandbox has the signature.
    enter_id(&mut desk, ids::LYON_BOOKING);
    step_until(&mut desk, "the card, signed", |h| {
        has_text(h, "Élodie Marchand") && !has_text(h, "Not signed yet")
    });
    assert!(
        desk.state()
            .state
            .customer
            .lookup
            .result
            .as_ref()
            .is_some_and(|r| {
                r.quotation.as_ref().and_then(|q| q.is_document_signed) == Some(true)
            })
    );
}

#[test]
fn a_shared_demo_is_only_joined_on_this_computer() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    // Another address (STOREDESK_BASE_URL set for the CLI): demo mode runs
    // its own sandbox, as before.
    let startup = Startup {
        demo: true,
        base_url_override: Some("https://api.example.com".into()),
        ..Startup::default()
    };
    let store = std::sync::Arc::new(MemoryStore::new());
    let mut h = pin_app(&rt, &sandbox, store, None, startup);
    step_until(&mut h, "demo mode", |h| {
        matches!(h.state().state.demo, DemoState::Running { .. })
    });
    let DemoState::Running { base_url } = &h.state().state.demo else {
        unreachable!()
    };
    assert!(base_url.starts_with("http://127.0.0.1:"));
    assert_ne!(*base_url, sandbox.base_url());
}
