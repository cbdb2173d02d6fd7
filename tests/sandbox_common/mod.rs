//! Helpers shared by the sandbox integration tests.
#![allow(dead_code)]

use std::io::Cursor;
use std::time::Duration;

use base64::Engine;
use storedesk::api::{ApiKey, AuthStyle, ClientConfig, StoRegisterClient};
use storedesk::sandbox::{Sandbox, SandboxOptions};

/// A sandbox on a free port with the default key.
pub async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxOptions::default())
        .await
        .expect("sandbox starts")
}

pub fn config(base_url: &str, style: AuthStyle) -> ClientConfig {
    let mut cfg = ClientConfig::new(base_url);
    cfg.auth_style = style;
    cfg
}

/// The real client, `X-API-Key` style, with the sandbox's key.
pub fn client(sb: &Sandbox) -> StoRegisterClient {
    client_with(sb, Some(sb.api_key()), AuthStyle::XApiKeyHeader)
}

pub fn client_with(sb: &Sandbox, key: Option<&str>, style: AuthStyle) -> StoRegisterClient {
    let key = key.map(|k| ApiKey::new(k).expect("usable key"));
    StoRegisterClient::new(config(&sb.base_url(), style), key).expect("client builds")
}

pub fn client_from(cfg: ClientConfig, key: &str) -> StoRegisterClient {
    StoRegisterClient::new(cfg, Some(ApiKey::new(key).unwrap())).expect("client builds")
}

/// A client that gives up after `timeout`.
pub fn impatient_client(sb: &Sandbox, timeout: Duration) -> StoRegisterClient {
    let mut cfg = config(&sb.base_url(), AuthStyle::XApiKeyHeader);
    cfg.timeout = timeout;
    cfg.get_retries = 0;
    client_from(cfg, sb.api_key())
}

/// A PNG of the given size: a few dark strokes on a transparent ground.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(width, height, |x, y| {
        if (x * 3 + y) % 11 == 0 {
            image::Rgba([10, 10, 40, 255])
        } else {
            image::Rgba([255, 255, 255, 0])
        }
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .expect("png encodes");
    out.into_inner()
}

pub fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A plain HTTP client for what the real client cannot send.
pub fn http() -> reqwest::Client {
    storedesk::api::install_tls_crypto();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("reqwest builds")
}
