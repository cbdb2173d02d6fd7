//! What staff see when things go wrong: each fault gives a plain message and
//! what to do next in the Lookup panel, without losing what is on screen.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use storedesk::secrets::MemoryStore;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn lookup(h: &mut egui_kittest::Harness<'_, storedesk::ui::app::StoreDeskApp>, id: &str) {
    wait_for_key(h);
    enter_id(h, id);
}

/// A server answering every request with the same raw HTTP response.
fn canned_server(
    rt: &tokio::runtime::Runtime,
    status: &str,
    content_type: &str,
    body: &str,
) -> String {
    let response: &'static [u8] = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
    .leak();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    rt.spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 8192];
                let mut seen = Vec::new();
                while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => seen.extend_from_slice(&buf[..n]),
                    }
                }
                let _ = sock.write_all(response).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    format!("http://{addr}")
}

#[test]
fn server_down_says_so_and_what_to_do() {
    let rt = runtime();
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let mut h = app_harness(
        &rt,
        &url,
        Some("any-key-123456"),
        Arc::new(MemoryStore::new()),
    );
    lookup(&mut h, RESERVATION_ID);
    step_until(&mut h, "the connection message", |h| {
        has_text(h, "nothing is listening there")
    });
    assert!(has_text(
        &h,
        "Check the network and the server address in Settings."
    ));
    assert_eq!(
        h.state().state.customer.lookup.input,
        RESERVATION_ID,
        "the typed id is kept"
    );
}

#[test]
fn a_refused_key_points_to_settings() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_harness(
        &rt,
        &sandbox.base_url(),
        Some("expired-key-0000"),
        Arc::new(MemoryStore::new()),
    );
    lookup(&mut h, RESERVATION_ID);
    step_until(&mut h, "the 401 message", |h| {
        has_text(h, "The API key was refused")
    });
    assert!(has_text(&h, "Open Settings and enter the API key"));
}

#[test]
fn an_html_error_page_and_a_server_error_are_explained() {
    let rt = runtime();
    let html = canned_server(&rt, "200 OK", "text/html", "<html><h1>Login</h1></html>");
    let mut h = app_harness(
        &rt,
        &html,
        Some("any-key-123456"),
        Arc::new(MemoryStore::new()),
    );
    lookup(&mut h, RESERVATION_ID);
    step_until(&mut h, "the not-JSON message", |h| {
        has_text(h, "The server sent a web page instead of data")
    });

    let down = canned_server(
        &rt,
        "500 Internal Server Error",
        "application/json",
        r#"{"data":null,"succeeded":false,"errors":["SOMETHING_WENT_WRONG"]}"#,
    );
    let mut h = app_harness(
        &rt,
        &down,
        Some("any-key-123456"),
        Arc::new(MemoryStore::new()),
    );
    lookup(&mut h, RESERVATION_ID);
    step_until(&mut h, "the technical-problem message", |h| {
        has_text(h, "The server had a technical problem")
    });
}

#[test]
fn a_slow_server_times_out_and_the_earlier_result_stays() {
    let rt = runtime();
    let sandbox = start_sandbox(&rt);
    let mut h = app_harness(
        &rt,
        &sandbox.base_url(),
        Some(sandbox.api_key()),
        Arc::new(MemoryStore::new()),
    );
    // The shortest timeout the settings allow (2 s).
    h.state_mut().settings.timeout_secs = 2;
    h.state_mut().state.settings_form.timeout_secs = 2;
    h.state_mut()
        .apply(storedesk::ui::app::Action::ApplyConnection);
    lookup(&mut h, BOOKING_ID);
    step_until(&mut h, "first result", |h| has_text(h, "Avenall Pouchard"));
    sandbox.set_delay_for(RESERVATION_ID, Duration::from_secs(20));
    enter_id(&mut h, RESERVATION_ID);
    step_until(&mut h, "the timeout message", |h| {
        has_text(h, "did not answer in time")
    });
    assert!(
        has_text(&h, "Avenall Pouchard"),
        "the earlier result is still shown"
    );
}
