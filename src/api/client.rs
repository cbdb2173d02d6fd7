//! The async StoRegister client (reqwest + rustls).

use std::error::Error as _;
use std::fmt;
use std::time::Duration;

use reqwest::{Method, StatusCode, Url, header};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::envelope::{self, Success};
use super::error::{ApiError, Endpoint};
use super::ids::{BookingId, ReservationId};
use super::models::{Property, Quotation, ReservationDetail};
use crate::i18n::Text;

// The contract-document calls (they read the client's private parts).
mod documents;

/// The API key. Its Debug and Display never show it, so it cannot leak into a
/// log line or a panic message by accident; the memory is wiped on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(Zeroizing<String>);

impl ApiKey {
    /// Trims what copy-paste adds around a key; refuses an empty one.
    pub fn new(key: impl Into<String>) -> Option<Self> {
        // The caller's copy is wiped here too, not only ours.
        let key = Zeroizing::new(key.into());
        let trimmed = key.trim();
        if trimmed.is_empty() || trimmed.chars().any(char::is_control) {
            return None;
        }
        Some(Self(Zeroizing::new(trimmed.to_owned())))
    }

    /// The secret itself, for the request header and the keyring only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// "…1234": enough for staff to recognise which key is set.
    /// The request header carrying the key, built once; its bytes are wiped
    /// when the last request using it is done. (hyper copies header bytes
    /// into its write buffer; that copy is out of our reach.)
    fn header(
        &self,
        style: AuthStyle,
    ) -> Result<(header::HeaderName, header::HeaderValue), ApiError> {
        let (name, prefix) = match style {
            AuthStyle::XApiKeyHeader => (header::HeaderName::from_static("x-api-key"), ""),
            AuthStyle::AuthorizationHeader => (header::AUTHORIZATION, "X-API-Key "),
        };
        let mut bytes = Zeroizing::new(Vec::with_capacity(prefix.len() + self.0.len()));
        bytes.extend_from_slice(prefix.as_bytes());
        bytes.extend_from_slice(self.0.as_bytes());
        let mut value = header::HeaderValue::from_maybe_shared(bytes::Bytes::from_owner(bytes))
            .map_err(|_| ApiError::Unauthorized)?;
        value.set_sensitive(true);
        Ok((name, value))
    }

    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() <= 8 {
            return "…".into();
        }
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("…{tail}")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// How the key is sent. The documents write `Authorization: X-API-Key <key>`,
/// which most likely labels an `X-API-Key` header; both are supported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuthStyle {
    #[default]
    XApiKeyHeader,
    AuthorizationHeader,
}

impl AuthStyle {
    pub fn describe(self) -> &'static str {
        match self {
            AuthStyle::XApiKeyHeader => "X-API-Key: <key>",
            AuthStyle::AuthorizationHeader => "Authorization: X-API-Key <key>",
        }
    }
}

/// Connection settings. Defaults suit a front desk on an ordinary network.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientConfig {
    pub base_url: String,
    pub auth_style: AuthStyle,
    pub connect_timeout: Duration,
    pub timeout: Duration,
    pub max_body_bytes: usize,
    /// Plain http to a non-loopback host; off unless the user turns it on.
    pub allow_insecure_http: bool,
    /// Extra attempts for GETs on connection errors and 502/503/504.
    pub get_retries: u32,
    pub retry_backoff: Duration,
}

impl ClientConfig {
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            auth_style: AuthStyle::default(),
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(20),
            max_body_bytes: 5 * 1024 * 1024,
            allow_insecure_http: false,
            get_retries: 2,
            retry_backoff: Duration::from_millis(250),
        }
    }
}

/// True for 127.0.0.0/8, ::1 and localhost.
pub fn is_loopback_host(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `raw` is an address on this computer (loopback).
pub fn is_loopback_url(raw: &str) -> bool {
    Url::parse(raw.trim()).is_ok_and(|u| is_loopback_host(&u))
}

/// Checks a base URL as the settings panel and the CLI accept it.
pub fn validate_base_url(raw: &str, allow_insecure_http: bool) -> Result<Url, ApiError> {
    let bad = |detail: Text| ApiError::BadBaseUrl { detail };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(bad(Text::tr("no-server-address-is-set")));
    }
    let url = Url::parse(trimmed).map_err(|e| {
        bad(Text::tr("address-is-not-a-web-address-error")
            .with("address", trimmed.to_owned())
            .with("error", e.to_string()))
    })?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback_host(&url) || allow_insecure_http => {}
        "http" => {
            return Err(bad(Text::tr("address-is-not-encrypted-http-use-https-or")
                .with("address", trimmed.to_owned())));
        }
        other => {
            return Err(bad(
                Text::tr("the-scheme-scheme-is-not-http-or-https").with("scheme", other.to_owned())
            ));
        }
    }
    if url.host().is_none() {
        return Err(bad(
            Text::tr("address-has-no-host").with("address", trimmed.to_owned())
        ));
    }
    Ok(url)
}

/// The StoRegister REST client.
#[derive(Clone)]
pub struct StoRegisterClient {
    http: reqwest::Client,
    base: Url,
    config: ClientConfig,
    key: Option<ApiKey>,
    /// The key's header, built once (None without a key, or an unusable one).
    auth: Option<(header::HeaderName, header::HeaderValue)>,
}

impl fmt::Debug for StoRegisterClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoRegisterClient")
            .field("base", &self.base.as_str())
            .field("auth_style", &self.config.auth_style)
            .field("key", &self.key)
            .finish()
    }
}

/// Result of a signature upload.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SaveOutcome {
    /// The id the API gave the stored signature.
    pub activity_id: String,
    /// How many connection attempts it took (1 unless a connection failed
    /// before reaching the server).
    pub attempts: u32,
}

/// rustls on *ring* (already in the build through snow) as the process's
/// TLS crypto, which reqwest reads when it builds a client: not aws-lc-rs,
/// a C library that cost ~MB of binary and a long C build. Call before
/// building any reqwest client; later calls do nothing.
pub fn install_tls_crypto() {
    // Err only means a provider is in place already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl StoRegisterClient {
    pub fn new(config: ClientConfig, key: Option<ApiKey>) -> Result<Self, ApiError> {
        install_tls_crypto();
        let base = validate_base_url(&config.base_url, config.allow_insecure_http)?;
        let redirect = same_origin_redirects(&base, config.allow_insecure_http);
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("storedesk/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .redirect(redirect);
        // A system proxy (HTTP_PROXY, ALL_PROXY) would otherwise see the key
        // and the signature of a loopback server in clear. Other hosts use the
        // system's proxy settings; their traffic is TLS through it.
        if is_loopback_host(&base) {
            builder = builder.no_proxy();
        }
        let http = builder.build().map_err(|e| ApiError::BadBaseUrl {
            detail: Text::tr("the-http-client-could-not-start-error").with("error", e.to_string()),
        })?;
        let auth = key.as_ref().and_then(|k| k.header(config.auth_style).ok());
        Ok(Self {
            http,
            base,
            config,
            key,
            auth,
        })
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    pub fn has_key(&self) -> bool {
        self.key.is_some()
    }

    fn url(&self, path: &str) -> Result<Url, ApiError> {
        // Keep any path prefix of the base URL (e.g. https://host/api/).
        let mut base = self.base.clone();
        if !base.path().ends_with('/') {
            let p = format!("{}/", base.path());
            base.set_path(&p);
        }
        base.join(path.trim_start_matches('/'))
            .map_err(|e| ApiError::BadBaseUrl {
                detail: Text::plain(e.to_string()),
            })
    }

    /// GET /v1/booking/reservation/{id}/detail
    pub async fn reservation_detail(
        &self,
        id: &ReservationId,
    ) -> Result<ReservationDetail, ApiError> {
        let path = format!("v1/booking/reservation/{id}/detail");
        Ok(self.get(Endpoint::Reservation, &path).await?.data)
    }

    /// GET /v1/booking/{bookingId}/activity-quotation/preview
    pub async fn quotation_preview(&self, id: &BookingId) -> Result<Quotation, ApiError> {
        let path = format!("v1/booking/{id}/activity-quotation/preview");
        Ok(self.get(Endpoint::Quotation, &path).await?.data)
    }

    /// GET /v1/search/property (the first page the server gives).
    pub async fn properties(&self) -> Result<Vec<Property>, ApiError> {
        Ok(self
            .get(Endpoint::Properties, "v1/search/property")
            .await?
            .data)
    }

    /// POST /v1/booking/{bookingId}/document/save with `{"signature": <base64 PNG>}`.
    ///
    /// Retried only when the connection never reached the server, so a
    /// signature is never stored twice by a retry.
    pub async fn save_signature(
        &self,
        id: &BookingId,
        png_base64: &str,
    ) -> Result<SaveOutcome, ApiError> {
        let path = format!("v1/booking/{id}/document/save");
        // One buffer, shared (not copied) by every attempt, wiped when the
        // last reference to it is dropped.
        let body = bytes::Bytes::from_owner(signature_body(png_base64));
        let mut attempts = 0;
        loop {
            attempts += 1;
            let result = self
                .send::<serde_json::Value>(
                    Method::POST,
                    Endpoint::SaveSignature,
                    &path,
                    Some(body.clone()),
                )
                .await;
            match result {
                Err(ApiError::ConnectionRefused { .. }) | Err(ApiError::Connect { .. })
                    if attempts <= self.config.get_retries =>
                {
                    tokio::time::sleep(self.config.retry_backoff * attempts).await;
                }
                Err(e) => return Err(e),
                Ok(ok) => {
                    let activity_id = match ok.data {
                        serde_json::Value::String(s) => s,
                        other => other.to_string(),
                    };
                    return Ok(SaveOutcome {
                        activity_id,
                        attempts,
                    });
                }
            }
        }
    }

    pub(super) async fn get<T: DeserializeOwned>(
        &self,
        endpoint: Endpoint,
        path: &str,
    ) -> Result<Success<T>, ApiError> {
        let mut attempt = 0;
        loop {
            match self.send(Method::GET, endpoint, path, None).await {
                Err(e) if e.is_transient() && attempt < self.config.get_retries => {
                    attempt += 1;
                    tracing::debug!(%path, attempt, error = %e, "retrying GET");
                    tokio::time::sleep(self.config.retry_backoff * (1 << (attempt - 1))).await;
                }
                other => return other,
            }
        }
    }

    pub(super) async fn send<T: DeserializeOwned>(
        &self,
        method: Method,
        endpoint: Endpoint,
        path: &str,
        body: Option<bytes::Bytes>,
    ) -> Result<Success<T>, ApiError> {
        self.key.as_ref().ok_or(ApiError::MissingKey)?;
        let (name, value) = self.auth.clone().ok_or(ApiError::Unauthorized)?;
        let url = self.url(path)?;
        let host = url.host_str().unwrap_or_default().to_owned();
        let mut req = self
            .http
            .request(method.clone(), url)
            .header(header::ACCEPT, "application/json")
            .header(name, value);
        if let Some(b) = body {
            req = req.header(header::CONTENT_TYPE, "application/json").body(b);
        }
        tracing::debug!(%method, %path, "request");
        let resp = req
            .send()
            .await
            .map_err(|e| self.transport_error(&e, &host))?;
        let status = resp.status();
        tracing::debug!(%path, status = status.as_u16(), "response");
        if let Some(refused) = access_refused(status) {
            return Err(refused);
        }
        let content_type = content_type_of(&resp);
        let bytes = self.read_capped(resp, &host).await?;
        // An object or a list is JSON to parse (even a wrong one), not a web page.
        let looks_json = bytes
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| matches!(b, b'{' | b'['));
        if !looks_json {
            return Err(match status.as_u16() {
                404 => ApiError::NotFound,
                s @ 500..=599 => ApiError::Server { status: s },
                s => ApiError::NotJson {
                    status: s,
                    content_type: if content_type.is_empty() {
                        "no content type".into()
                    } else {
                        content_type
                    },
                    snippet: String::from_utf8_lossy(&bytes[..bytes.len().min(120)]).into_owned(),
                },
            });
        }
        match envelope::parse(endpoint, status.as_u16(), &bytes) {
            // A 5xx without an error envelope of its own is a server fault.
            Err(ApiError::Malformed { .. } | ApiError::NotEnvelope) if status.is_server_error() => {
                Err(ApiError::Server {
                    status: status.as_u16(),
                })
            }
            Err(ApiError::Malformed { .. } | ApiError::NotEnvelope)
                if status == StatusCode::NOT_FOUND =>
            {
                Err(ApiError::NotFound)
            }
            Err(e) => Err(e),
            Ok(_) if status.is_server_error() => Err(ApiError::Server {
                status: status.as_u16(),
            }),
            Ok(_) if !status.is_success() => Err(ApiError::HttpStatus {
                status: status.as_u16(),
            }),
            ok => ok,
        }
    }

    async fn read_capped(
        &self,
        mut resp: reqwest::Response,
        host: &str,
    ) -> Result<Vec<u8>, ApiError> {
        let limit = self.config.max_body_bytes;
        let too_large = ApiError::TooLarge {
            limit_mib: (limit as u64).div_ceil(1024 * 1024),
        };
        if resp.content_length().is_some_and(|n| n as usize > limit) {
            return Err(too_large);
        }
        let mut buf = Vec::with_capacity(
            resp.content_length().unwrap_or(16 * 1024).min(limit as u64) as usize,
        );
        while let Some(chunk) = resp
            .chunk()
            .await
            .map_err(|e| self.transport_error(&e, host))?
        {
            if buf.len() + chunk.len() > limit {
                return Err(too_large);
            }
            buf.extend_from_slice(&chunk);
        }
        Ok(buf)
    }

    fn transport_error(&self, e: &reqwest::Error, host: &str) -> ApiError {
        classify_transport_error(e, host, self.config.timeout)
    }
}

/// Follows redirects within the origin only (scheme, host and port): the
/// key header would otherwise go wherever the redirect names, and reqwest
/// strips `Authorization` on a scheme change but not `X-API-Key`.
fn same_origin_redirects(base: &Url, allow_insecure_http: bool) -> reqwest::redirect::Policy {
    let origin = (
        base.scheme().to_owned(),
        base.host_str().map(str::to_owned),
        base.port_or_known_default(),
    );
    reqwest::redirect::Policy::custom(move |attempt| {
        let url = attempt.url();
        let same = url.scheme() == origin.0
            && url.host_str().map(str::to_owned) == origin.1
            && url.port_or_known_default() == origin.2;
        let clear_text_refused =
            url.scheme() == "http" && !(is_loopback_host(url) || allow_insecure_http);
        if !same || clear_text_refused {
            let to = format!(
                "{}://{}:{}",
                url.scheme(),
                url.host_str().unwrap_or("?"),
                url.port_or_known_default().unwrap_or(0)
            );
            attempt.error(CrossHost(to))
        } else if attempt.previous().len() >= 5 {
            attempt.stop()
        } else {
            attempt.follow()
        }
    })
}

/// `{"signature":"<base64>"}` in one wiped-on-drop buffer of exactly its
/// size (no reallocation leaves an unwiped copy behind).
pub fn signature_body(png_base64: &str) -> Zeroizing<Vec<u8>> {
    const HEAD: &[u8] = b"{\"signature\":\"";
    const TAIL: &[u8] = b"\"}";
    // Base64 (and a data: URL) needs no JSON escaping; anything else is
    // escaped by serde_json into a buffer big enough for the worst case.
    let plain = png_base64
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\');
    if !plain {
        let mut out = Zeroizing::new(Vec::with_capacity(png_base64.len() * 6 + 16));
        out.extend_from_slice(b"{\"signature\":");
        let _ = serde_json::to_writer(&mut *out, png_base64);
        out.push(b'}');
        return out;
    }
    let mut out = Zeroizing::new(Vec::with_capacity(
        HEAD.len() + png_base64.len() + TAIL.len(),
    ));
    out.extend_from_slice(HEAD);
    out.extend_from_slice(png_base64.as_bytes());
    out.extend_from_slice(TAIL);
    out
}

#[derive(Debug)]
struct CrossHost(String);

impl fmt::Display for CrossHost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "redirect to another host ({})", self.0)
    }
}

impl std::error::Error for CrossHost {}

/// rustls errors arrive wrapped in one or more `io::Error`s.
fn find_rustls_error<'a>(
    mut e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a rustls::Error> {
    for _ in 0..8 {
        if let Some(t) = e.downcast_ref::<rustls::Error>() {
            return Some(t);
        }
        let inner: &(dyn std::error::Error + Send + Sync + 'static) =
            e.downcast_ref::<std::io::Error>()?.get_ref()?;
        e = inner;
    }
    None
}

/// Maps reqwest's error to what happened, walking its cause chain.
fn classify_transport_error(e: &reqwest::Error, host: &str, timeout: Duration) -> ApiError {
    let mut chain = Vec::new();
    let mut source: Option<&(dyn std::error::Error + 'static)> = e.source();
    while let Some(s) = source {
        tracing::trace!(error = ?s, "transport error cause");
        if let Some(ch) = s.downcast_ref::<CrossHost>() {
            return ApiError::CrossHostRedirect { to: ch.0.clone() };
        }
        if let Some(t) = find_rustls_error(s) {
            return ApiError::Tls {
                host: host.to_owned(),
                detail: t.to_string(),
            };
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::ConnectionRefused
        {
            return ApiError::ConnectionRefused {
                host: host.to_owned(),
            };
        }
        chain.push(s.to_string());
        source = s.source();
    }
    let detail = chain.last().cloned().unwrap_or_else(|| e.to_string());
    let all = chain.join(": ").to_ascii_lowercase();
    if e.is_timeout() || all.contains("timed out") {
        return ApiError::Timeout {
            seconds: timeout.as_secs().max(1),
        };
    }
    if all.contains("certificate") || all.contains("tls") || all.contains("handshake") {
        return ApiError::Tls {
            host: host.to_owned(),
            detail,
        };
    }
    if e.is_connect() {
        if all.contains("connection refused") {
            return ApiError::ConnectionRefused {
                host: host.to_owned(),
            };
        }
        return ApiError::Connect {
            host: host.to_owned(),
            detail,
        };
    }
    ApiError::Network { detail }
}

/// The answers that mean the same on every endpoint: the key, the rights,
/// the rate limit.
fn access_refused(status: StatusCode) -> Option<ApiError> {
    match status {
        StatusCode::UNAUTHORIZED => Some(ApiError::Unauthorized),
        StatusCode::FORBIDDEN => Some(ApiError::Forbidden),
        StatusCode::TOO_MANY_REQUESTS => Some(ApiError::RateLimited),
        _ => None,
    }
}

/// The response's content type as sent ("" when none).
fn content_type_of(resp: &reqwest::Response) -> String {
    resp.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_never_shows_in_debug_or_display() {
        let key = ApiKey::new("  super-secret-key-1234 ").unwrap();
        assert_eq!(key.expose(), "super-secret-key-1234");
        assert!(!format!("{key:?}").contains("secret"));
        assert!(!format!("{key}").contains("secret"));
        assert_eq!(key.masked(), "…1234");
        let client =
            StoRegisterClient::new(ClientConfig::new("http://127.0.0.1:1"), Some(key)).unwrap();
        assert!(!format!("{client:?}").contains("secret"));
        assert!(ApiKey::new("   ").is_none());
        assert!(ApiKey::new("a\nb").is_none());
    }

    #[test]
    fn the_signature_body_is_built_once_at_its_exact_size() {
        let body = signature_body("iVBORw0KGgo+/=");
        assert_eq!(body.as_slice(), br#"{"signature":"iVBORw0KGgo+/="}"#);
        assert_eq!(
            body.capacity(),
            body.len(),
            "no spare (or reallocated) copy"
        );
        // Text that needs escaping is still valid JSON with the same string.
        let odd = signature_body("a\"b\\c\n");
        let v: serde_json::Value = serde_json::from_slice(&odd).unwrap();
        assert_eq!(v["signature"], "a\"b\\c\n");
    }

    #[test]
    fn the_key_header_is_sensitive_and_follows_the_style() {
        let key = ApiKey::new("k-1234567890").unwrap();
        let (name, value) = key.header(AuthStyle::XApiKeyHeader).unwrap();
        assert_eq!(
            (name.as_str(), value.as_bytes()),
            ("x-api-key", &b"k-1234567890"[..])
        );
        assert!(value.is_sensitive());
        let (name, value) = key.header(AuthStyle::AuthorizationHeader).unwrap();
        assert_eq!(name, header::AUTHORIZATION);
        assert_eq!(value.as_bytes(), b"X-API-Key k-1234567890");
    }

    #[test]
    fn base_url_rules() {
        assert!(validate_base_url("https://api.example.com", false).is_ok());
        assert!(validate_base_url("http://127.0.0.1:8080", false).is_ok());
        assert!(validate_base_url("http://localhost:8080", false).is_ok());
        assert!(validate_base_url("http://[::1]:8080", false).is_ok());
        let e = validate_base_url("http://api.example.com", false).unwrap_err();
        assert!(e.to_string().contains("not encrypted"), "{e}");
        assert!(validate_base_url("http://api.example.com", true).is_ok());
        assert!(validate_base_url("ftp://x", true).is_err());
        assert!(validate_base_url("", true).is_err());
        assert!(validate_base_url("not a url", true).is_err());
    }

    #[test]
    fn base_path_prefix_is_kept() {
        let c = StoRegisterClient::new(ClientConfig::new("https://h.example/api"), None).unwrap();
        assert_eq!(
            c.url("v1/x").unwrap().as_str(),
            "https://h.example/api/v1/x"
        );
        let c = StoRegisterClient::new(ClientConfig::new("https://h.example/"), None).unwrap();
        assert_eq!(c.url("/v1/x").unwrap().as_str(), "https://h.example/v1/x");
    }
}
