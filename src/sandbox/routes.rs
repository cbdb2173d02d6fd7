//! The sandbox's HTTP surface: the documented endpoints, the key check, the
//! request counters and gate ([`super::gate`]) and the artificial latency.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde_json::{Value, json};
use uuid::Uuid;

use super::ReceivedSignature;
use super::contract::{self, ContractFault};
use super::fixtures::Catalog;
use super::insurance;
use super::signature;
use super::walkin;
use crate::api::envelope::{error_body, success_body};

/// Error code for a missing or wrong key (the documents list none).
pub const INVALID_API_KEY: &str = "INVALID_API_KEY";
/// Error code for a malformed property id (not documented either).
pub const INVALID_PARAM_PROPERTY_INFO_ID: &str = "INVALID_PARAM_PROPERTY_INFO_ID";
const NO_RECORDS_FOUND: &str = "NO_RECORDS_FOUND";
const INVALID_PARAM_RESERVATION_INFO_ID: &str = "INVALID_PARAM_RESERVATION_INFO_ID";
const INVALID_PARAM_ACTIVITY_INFO_ID: &str = "INVALID_PARAM_ACTIVITY_INFO_ID";
const INVALID_PARAM_SIGNATURE: &str = "INVALID_PARAM_SIGNATURE";
const INVALID_PARAM_ASSETS_INFO_ID: &str = "INVALID_PARAM_ASSETS_INFO_ID";

/// HTTP status of a NO_RECORDS_FOUND envelope (unknown but well-formed id).
pub const NOT_FOUND_STATUS: StatusCode = StatusCode::NOT_FOUND;

/// Largest signature request body read: a 2 MiB PNG in base64 plus slack.
const MAX_SAVE_BODY: usize = 4 * 1024 * 1024;
/// Accepted signatures kept in memory; older ones are wiped.
pub const MAX_KEPT_SIGNATURES: usize = 16;
/// PNG decodes at once (each may take up to 128 MB); others wait their turn.
pub const MAX_CONCURRENT_DECODES: usize = 2;

/// State shared by the handlers and the [`super::Sandbox`] handle.
pub(crate) struct Shared {
    pub key: String,
    pub latency: Duration,
    pub catalog: &'static Catalog,
    /// Counts requests and holds them for tests.
    pub gate: super::gate::Gate,
    /// Lower-case path fragment -> extra delay.
    pub delays: Mutex<HashMap<String, Duration>>,
    pub signatures: Mutex<Vec<ReceivedSignature>>,
    /// Lower-case booking ids signed through this sandbox.
    pub signed: Mutex<HashSet<String>>,
    /// Faults injected into the walk-in endpoints by tests.
    pub walkin: super::walkin::WalkinFaults,
    /// What the contract endpoints do instead of serving (tests).
    pub contract_fault: Mutex<Option<ContractFault>>,
    /// Caps the PNG decodes running at once.
    pub decodes: tokio::sync::Semaphore,
    /// Linked insurance, its faults and the contracts written for it.
    pub insurance: insurance::InsuranceState,
}

/// A poisoned lock only means a handler panicked; the data is still usable.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    fn delay_for(&self, path: &str) -> Duration {
        let path = path.to_ascii_lowercase();
        lock(&self.delays)
            .iter()
            .filter(|(fragment, _)| path.contains(fragment.as_str()))
            .map(|(_, d)| *d)
            .max()
            .unwrap_or_default()
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route("/v1/booking/reservation/{id}/detail", get(reservation))
        .route(
            "/v1/booking/{id}/activity-quotation/preview",
            get(quotation),
        )
        .route("/v1/booking/{id}/document/save", post(save_signature))
        .route(
            "/v1/booking/{id}/document/prefilled",
            get(prefilled_documents),
        )
        .route(
            "/v1/booking/{id}/document/{asset}/download",
            get(download_document),
        )
        .route("/v1/search/property", get(properties))
        .route("/v1/search/property/{id}", get(property))
        // Walk-in quotes (issue 14).
        .route("/v1/common/storage/type", get(walkin::storage_types))
        .route("/v1/common/storage/group", get(walkin::storage_groups))
        .route("/v1/common/user-type", get(walkin::user_types))
        .route("/v1/common/payment-period", get(walkin::payment_periods))
        .route(
            "/v1/search/storage/{storage}/property/{property}/user-type/{user}/period/{period}/price/list",
            get(walkin::price_list),
        )
        .route(
            "/v1/booking/rental-surface/pre-rental-quotation/preview",
            post(walkin::pre_quote),
        )
        // Insurance (issue 28).
        .route(
            "/v1/addons/booking/{id}/insurance/list",
            get(insurance::for_booking),
        )
        .route(
            "/v1/addons/property/{property}/insurance/list/storage/{storage}/taxusertype/{user}/{size}",
            get(insurance::for_property_documented),
        )
        .route(
            "/v1/addons/property/{property}/insurance/list/storage/{storage}/taxusertype/{user}/size/{size}",
            get(insurance::for_property_slash),
        )
        .route("/v1/booking/{id}/insurance/link", put(insurance::link))
        // Not part of the StoRegister API: lets a tester see, on this
        // computer, the last signature the sandbox received for a booking
        // (memory only, like the platform's own temporary storage).
        .route("/sandbox/signatures/{id}/latest.png", get(latest_signature))
        // Only for matched routes: an unknown path is a plain 404 with or
        // without a key, which is how the client tells a wrong base URL.
        .route_layer(middleware::from_fn_with_state(shared.clone(), require_key))
        .fallback(unknown_path);
    api.layer(middleware::from_fn_with_state(
        shared.clone(),
        count_delay_and_log,
    ))
    .layer(middleware::from_fn(local_host_only))
    .with_state(shared)
}

/// True when a Host header names this computer (127.0.0.1, ::1, localhost,
/// any port). A web page that rebinds its own name to 127.0.0.1 still sends
/// its own name as Host, so it cannot read the sandbox.
pub(crate) fn is_local_host_header(host: &str) -> bool {
    let host = host.trim();
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split_once(']').map_or("", |(inside, _)| inside)
    } else {
        host.rsplit_once(':').map_or(host, |(name, _)| name)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Outermost layer: refuses a request whose Host is not this computer.
async fn local_host_only(req: Request, next: Next) -> Response {
    let local = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_local_host_header);
    if local {
        next.run(req).await
    } else {
        tracing::info!(target: "storedesk::sandbox", "refused: Host header is not this computer");
        (
            StatusCode::MISDIRECTED_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "The storedesk sandbox answers only to 127.0.0.1, ::1 and localhost.\n",
        )
            .into_response()
    }
}

pub(crate) fn json_response(status: StatusCode, body: &Value) -> Response {
    raw_json(status, body.to_string())
}

fn raw_json(status: StatusCode, body: impl Into<Body>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body.into(),
    )
        .into_response()
}

pub(crate) fn error(status: StatusCode, code: &str) -> Response {
    json_response(status, &error_body(code))
}

/// Outermost layer: counts every request, adds the configured latency,
/// holds it while a test's gate is closed, logs method, path and status
/// (never headers or bodies).
async fn count_delay_and_log(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let ticket = s.gate.arrive();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let delay = s.latency + s.delay_for(&path);
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    s.gate.pass(&path).await;
    let started = Instant::now();
    let response = next.run(req).await;
    ticket.answered();
    tracing::info!(
        target: "storedesk::sandbox",
        %method,
        %path,
        status = response.status().as_u16(),
        handler_ms = started.elapsed().as_millis() as u64,
        delay_ms = delay.as_millis() as u64,
        "sandbox request"
    );
    response
}

/// Constant-time comparison, so the sandbox does not teach timing attacks.
fn same_key(given: &str, expected: &str) -> bool {
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Keys presented as `X-API-Key: <key>` or `Authorization: X-API-Key <key>`.
fn presented_keys(headers: &HeaderMap) -> Vec<&str> {
    let mut keys: Vec<&str> = headers
        .get_all("x-api-key")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::trim)
        .collect();
    for value in headers.get_all(header::AUTHORIZATION).iter() {
        let Ok(text) = value.to_str() else { continue };
        if let Some((scheme, rest)) = text.trim().split_once(char::is_whitespace)
            && scheme.eq_ignore_ascii_case("X-API-Key")
        {
            keys.push(rest.trim());
        }
    }
    keys
}

pub(crate) fn key_accepted(headers: &HeaderMap, expected: &str) -> bool {
    presented_keys(headers)
        .into_iter()
        .any(|k| same_key(k, expected))
}

async fn require_key(State(s): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    if key_accepted(req.headers(), &s.key) {
        next.run(req).await
    } else {
        tracing::info!(target: "storedesk::sandbox", path = %req.uri().path(), "refused: missing or wrong API key");
        error(StatusCode::UNAUTHORIZED, INVALID_API_KEY)
    }
}

pub(crate) async fn unknown_path() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "No such endpoint in the storedesk sandbox.\n",
    )
        .into_response()
}

/// The canonical (lower-case, hyphenated) form of a well-formed id.
pub(crate) fn canonical(id: &str) -> Option<String> {
    Uuid::parse_str(id.trim())
        .ok()
        .map(|u| u.hyphenated().to_string())
}

async fn reservation(State(s): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_RESERVATION_INFO_ID);
    };
    match s.catalog.reservations.get(&id) {
        Some(served) => raw_json(StatusCode::OK, served.raw),
        None => error(NOT_FOUND_STATUS, NO_RECORDS_FOUND),
    }
}

async fn quotation(State(s): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_ACTIVITY_INFO_ID);
    };
    let Some(served) = s.catalog.quotations.get(&id) else {
        return error(NOT_FOUND_STATUS, NO_RECORDS_FOUND);
    };
    let linked = insurance::quotation_envelope(&s, &id, &served.envelope);
    let signed = lock(&s.signed).contains(&id);
    if !signed && linked.is_none() {
        return raw_json(StatusCode::OK, served.raw);
    }
    let mut envelope = linked.unwrap_or_else(|| served.envelope.clone());
    if signed && let Some(data) = envelope.get_mut("data").and_then(Value::as_object_mut) {
        data.insert("isDocumentSigned".into(), Value::Bool(true));
    }
    json_response(StatusCode::OK, &envelope)
}

async fn save_signature(
    State(s): State<Arc<Shared>>,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_ACTIVITY_INFO_ID);
    };
    if !s.catalog.quotations.contains_key(&id) {
        return error(NOT_FOUND_STATUS, NO_RECORDS_FOUND);
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_SAVE_BODY).await else {
        tracing::info!(target: "storedesk::sandbox", booking = %id, "signature refused: body too large or cut off");
        return error(StatusCode::PAYLOAD_TOO_LARGE, INVALID_PARAM_SIGNATURE);
    };
    let signature = match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(mut map)) => match map.remove("signature") {
            Some(Value::String(s)) => s,
            _ => {
                tracing::info!(target: "storedesk::sandbox", booking = %id, "signature refused: no `signature` string");
                return error(StatusCode::BAD_REQUEST, INVALID_PARAM_SIGNATURE);
            }
        },
        _ => {
            tracing::info!(target: "storedesk::sandbox", booking = %id, "signature refused: body is not a JSON object");
            return error(StatusCode::BAD_REQUEST, INVALID_PARAM_SIGNATURE);
        }
    };
    wipe_body(bytes);
    let Ok(_permit) = s.decodes.acquire().await else {
        return error(StatusCode::SERVICE_UNAVAILABLE, "SOMETHING_WENT_WRONG");
    };
    let checked = tokio::task::spawn_blocking(move || {
        let signature = zeroize::Zeroizing::new(signature);
        signature::validate(signature.as_str())
    })
    .await;
    let png = match checked {
        Ok(Ok(png)) => png,
        Ok(Err(problem)) => {
            tracing::info!(target: "storedesk::sandbox", booking = %id, %problem, "signature refused");
            return error(StatusCode::BAD_REQUEST, INVALID_PARAM_SIGNATURE);
        }
        Err(e) => {
            tracing::warn!(target: "storedesk::sandbox", error = %e, "signature check failed");
            return error(StatusCode::INTERNAL_SERVER_ERROR, "SOMETHING_WENT_WRONG");
        }
    };
    tracing::info!(
        target: "storedesk::sandbox",
        booking = %id,
        width = png.width,
        height = png.height,
        bytes = png.png.len(),
        "signature stored in memory"
    );
    remember(
        &mut lock(&s.signatures),
        ReceivedSignature {
            booking_id: id.clone(),
            png: png.png,
            width: png.width,
            height: png.height,
            received_at: SystemTime::now(),
        },
    );
    lock(&s.signed).insert(id);
    let activity_id = uuid::Builder::from_random_bytes(rand::random())
        .into_uuid()
        .hyphenated()
        .to_string()
        .to_ascii_uppercase();
    json_response(StatusCode::OK, &success_body(Value::String(activity_id)))
}

/// Keeps `signature`, dropping (and so wiping) the oldest beyond
/// [`MAX_KEPT_SIGNATURES`].
pub(crate) fn remember(list: &mut Vec<ReceivedSignature>, signature: ReceivedSignature) {
    list.push(signature);
    let excess = list.len().saturating_sub(MAX_KEPT_SIGNATURES);
    list.drain(..excess);
}

/// Wipes the request body when this handler holds its only reference.
fn wipe_body(bytes: axum::body::Bytes) {
    use zeroize::Zeroize as _;
    if let Ok(mut owned) = bytes.try_into_mut() {
        owned.as_mut().zeroize();
    }
}

async fn properties(State(s): State<Arc<Shared>>) -> Response {
    let list = &s.catalog.properties;
    let mut body = success_body(Value::Array(list.clone()));
    // The documents' examples set pageCount to the number of items returned.
    body["pagination"] = json!({
        "pageNumber": 1,
        "pageCount": list.len(),
        "totalCount": list.len(),
    });
    json_response(StatusCode::OK, &body)
}

/// GET .../document/prefilled: the booking's generated contract documents.
async fn prefilled_documents(State(s): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_ACTIVITY_INFO_ID);
    };
    let fault = *lock(&s.contract_fault);
    if fault == Some(ContractFault::ServerError) {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "SOMETHING_WENT_WRONG");
    }
    let Some(docs) = documents_now(&s, &id).await else {
        return error(NOT_FOUND_STATUS, NO_RECORDS_FOUND);
    };
    let docs = if fault == Some(ContractFault::NoDocuments) {
        &docs[..0]
    } else {
        &docs[..]
    };
    json_response(
        StatusCode::OK,
        &success_body(contract::document_list(&id, docs)),
    )
}

/// GET .../document/{assetId}/download: the file itself, as `application/pdf`.
async fn download_document(
    State(s): State<Arc<Shared>>,
    Path((id, asset)): Path<(String, String)>,
) -> Response {
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_ACTIVITY_INFO_ID);
    };
    let Some(asset) = canonical(&asset) else {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_ASSETS_INFO_ID);
    };
    let docs = documents_now(&s, &id).await;
    let Some(doc) = docs
        .as_ref()
        .and_then(|docs| docs.iter().find(|d| d.asset_id == asset))
    else {
        return error(NOT_FOUND_STATUS, NO_RECORDS_FOUND);
    };
    let fault = *lock(&s.contract_fault);
    let (content_type, body) = match fault {
        Some(ContractFault::ServerError) => {
            return error(StatusCode::INTERNAL_SERVER_ERROR, "SOMETHING_WENT_WRONG");
        }
        Some(f) if f.replaces_the_file() => f.body(),
        _ => ("application/pdf", doc.bytes.clone()),
    };
    (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// The booking's documents as it stands now (see
/// [`insurance::documents_now`]). Writing the PDFs the first time takes a
/// moment: off the async threads.
async fn documents_now(s: &Arc<Shared>, id: &str) -> Option<Arc<Vec<contract::ServedDocument>>> {
    let (s, id) = (s.clone(), id.to_owned());
    tokio::task::spawn_blocking(move || insurance::documents_now(&s, &id))
        .await
        .ok()
        .flatten()
}

async fn property(State(s): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_PROPERTY_INFO_ID);
    };
    match s.catalog.property(&id) {
        Some(p) => json_response(StatusCode::OK, &success_body(p.clone())),
        None => error(NOT_FOUND_STATUS, NO_RECORDS_FOUND),
    }
}

/// The last PNG received for a booking, as it arrived.
async fn latest_signature(State(s): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let id = id.to_ascii_lowercase();
    let found = lock(&s.signatures)
        .iter()
        .rev()
        .find(|r| r.booking_id.eq_ignore_ascii_case(&id))
        .map(|r| r.png.clone());
    match found {
        Some(png) => (StatusCode::OK, [(header::CONTENT_TYPE, "image/png")], png).into_response(),
        None => error(NOT_FOUND_STATUS, NO_RECORDS_FOUND),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn only_this_computer_is_a_local_host() {
        for ok in [
            "127.0.0.1:8080",
            "127.0.0.1",
            "127.1.2.3:1",
            "localhost:8080",
            "LOCALHOST",
            "[::1]:8080",
            "[::1]",
        ] {
            assert!(is_local_host_header(ok), "{ok}");
        }
        for bad in [
            "",
            "attacker.example",
            "attacker.example:8080",
            "localhost.attacker.example",
            "127.0.0.1.nip.io:8080",
            "[::2]:8080",
            "10.0.0.1:8080",
            "[::1",
        ] {
            assert!(!is_local_host_header(bad), "{bad}");
        }
    }

    #[test]
    fn the_signature_store_is_bounded() {
        let mut list = Vec::new();
        for i in 0..MAX_KEPT_SIGNATURES + 5 {
            remember(
                &mut list,
                ReceivedSignature {
                    booking_id: i.to_string(),
                    png: vec![1; 8],
                    width: 50,
                    height: 50,
                    received_at: SystemTime::now(),
                },
            );
        }
        assert_eq!(list.len(), MAX_KEPT_SIGNATURES);
        assert_eq!(list[0].booking_id, "5", "the oldest went first");
    }

    #[test]
    fn both_header_styles_are_accepted() {
        assert!(key_accepted(&headers(&[("x-api-key", "k1")]), "k1"));
        assert!(key_accepted(
            &headers(&[("authorization", "X-API-Key k1")]),
            "k1"
        ));
        assert!(key_accepted(
            &headers(&[("authorization", "x-api-key   k1 ")]),
            "k1"
        ));
        // One right key among several presented is enough.
        assert!(key_accepted(
            &headers(&[("x-api-key", "nope"), ("authorization", "X-API-Key k1")]),
            "k1"
        ));
    }

    #[test]
    fn missing_wrong_or_odd_keys_are_refused() {
        assert!(!key_accepted(&headers(&[]), "k1"));
        assert!(!key_accepted(&headers(&[("x-api-key", "k2")]), "k1"));
        assert!(!key_accepted(&headers(&[("x-api-key", "k1k1")]), "k1"));
        assert!(!key_accepted(
            &headers(&[("authorization", "Bearer k1")]),
            "k1"
        ));
        assert!(!key_accepted(&headers(&[("authorization", "k1")]), "k1"));
        assert!(!key_accepted(
            &headers(&[("authorization", "X-API-Key")]),
            "k1"
        ));
        assert!(!key_accepted(&headers(&[("api-key", "k1")]), "k1"));
    }

    #[test]
    fn ids_are_canonicalised() {
        assert_eq!(
            canonical("2553E486-65C9-411B-A478-0D0DFBD168BF").as_deref(),
            Some("2553e486-65c9-411b-a478-0d0dfbd168bf")
        );
        assert!(canonical("CRS11").is_none());
        assert!(canonical("2553e486-65c9-411b-a478").is_none());
    }
}
