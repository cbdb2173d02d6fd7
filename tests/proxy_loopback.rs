//! A system proxy is not used for a server on this computer (issue 19,
//! item 4): the key and the signature would reach the proxy in clear. Its
//! own test binary, because it sets process-wide proxy variables. The
//! positive control, in a network namespace of the test's own: a server
//! that is not on loopback is reached through the proxy, so the first check
//! is not passing because proxies are off for every host.

#[path = "netns/mod.rs"]
mod netns;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use storedesk::api::{ApiKey, BookingId, ClientConfig, StoRegisterClient};
use storedesk::sandbox::{Sandbox, SandboxOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const BOOKING: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";

#[test]
fn loopback_requests_bypass_the_system_proxy() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    // A "proxy" on loopback that counts what reaches it and answers 502.
    let (proxy_url, proxy_hits) = rt.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let hits = Arc::new(AtomicUsize::new(0));
        let h = hits.clone();
        tokio::spawn(async move {
            while let Ok((mut sock, _)) = listener.accept().await {
                h.fetch_add(1, Ordering::SeqCst);
                let mut buf = [0u8; 4096];
                let _ = sock.read(&mut buf).await;
                let _ = sock
                    .write_all(b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n")
                    .await;
            }
        });
        (url, hits)
    });
    // SAFETY: set before any client is built; this binary's only test.
    unsafe {
        for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] {
            std::env::set_var(var, &proxy_url);
        }
        std::env::remove_var("NO_PROXY");
        std::env::remove_var("no_proxy");
    }
    let sandbox = rt
        .block_on(Sandbox::start(SandboxOptions::default()))
        .unwrap();
    let client = StoRegisterClient::new(
        ClientConfig::new(sandbox.base_url()),
        ApiKey::new(sandbox.api_key()),
    )
    .unwrap();
    let result = rt.block_on(client.quotation_preview(&BookingId::parse(BOOKING).unwrap()));
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(
        proxy_hits.load(Ordering::SeqCst),
        0,
        "nothing went to the proxy"
    );
    if !netns::run_isolated("loopback_requests_bypass_the_system_proxy") {
        return;
    }
    // Inside the namespace: its second interface's address is not loopback
    // (nothing listens there; only the proxy answers, 502).
    let elsewhere = format!("http://{}:9", netns::SECOND_IP);
    let mut config = ClientConfig::new(elsewhere);
    config.allow_insecure_http = true;
    let client = StoRegisterClient::new(config, ApiKey::new(sandbox.api_key())).unwrap();
    let result = rt.block_on(client.quotation_preview(&BookingId::parse(BOOKING).unwrap()));
    assert!(result.is_err(), "{result:?}");
    assert!(
        proxy_hits.load(Ordering::SeqCst) >= 1,
        "another host's request went through the proxy"
    );
}
