//! What the sandbox logs: method, path and status, never the key or the
//! signature. Its own test binary: the log subscriber is process-wide.

mod sandbox_common;

use sandbox_common::*;
use serde_json::json;
use storedesk::sandbox::{self, ids};

async fn post(url: String, key: &str, body: Vec<u8>) -> u16 {
    http()
        .post(url)
        .header("X-API-Key", key)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Collects the log output.
#[derive(Clone, Default)]
struct LogBuffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn logs_show_paths_and_statuses_but_never_the_key_or_the_signature() {
    let logs = LogBuffer::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter("storedesk=trace")
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber)
        .expect("the only subscriber in this binary");

    let key = "log-test-key-5d1c9e";
    let sb = sandbox::Sandbox::start(sandbox::SandboxOptions {
        api_key: key.into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let base = sb.base_url();
    let url = format!("{base}/v1/booking/{}/document/save", ids::LYON_BOOKING);
    let signature = b64(&png(240, 90));
    let status = post(
        url.clone(),
        key,
        serde_json::to_vec(&json!({"signature": signature})).unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    let status = post(
        url.clone(),
        key,
        serde_json::to_vec(&json!({"signature": b64(&png(2, 2))})).unwrap(),
    )
    .await;
    assert_eq!(status, 400);
    let status = post(url, &format!("{key}-wrong"), b"{}".to_vec()).await;
    assert_eq!(status, 401);
    sb.shutdown().await;

    let text = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(
        text.contains("sandbox request") && text.contains("status=200"),
        "{text}"
    );
    assert!(text.contains(ids::LYON_BOOKING), "paths are logged: {text}");
    assert!(
        text.contains("signature stored in memory") && text.contains("width=240"),
        "{text}"
    );
    assert!(!text.contains(key), "the key leaked into the log");
    assert!(
        !text.contains("5d1c9e"),
        "part of the key leaked into the log"
    );
    assert!(
        !text.contains(&signature[..24]),
        "signature bytes leaked into the log"
    );
    assert!(
        !text.contains("iVBORw0KGgo"),
        "a base64 PNG leaked into the log"
    );
}
