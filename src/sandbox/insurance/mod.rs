//! The sandbox's insurance endpoints (issue 28), from the card in
//! fixtures/sandbox/insurance.json.
//!
//! Contract beyond the other routes' (key, unknown path, malformed or
//! unknown booking id):
//! - `GET /v1/addons/booking/{id}/insurance/list`: the booking's property's
//!   options that fit its unit's size, taxed at its rent's rate; `[]` when
//!   none is offered (Chalets' 10 000 € cover starts at 5 m², Emmerich offers
//!   none);
//! - `GET /v1/addons/property/{p}/insurance/list/storage/{s}/taxusertype/{t}size/{size}`
//!   (as documented, no `/` before `size`): the property's options for that
//!   size (`0`: every option), taxed at the customer type's rate; a
//!   malformed id, an unknown customer type or a size that is not a number
//!   ≥ 0 is 400, an unknown property 404 NO_RECORDS_FOUND. The spelling
//!   with `/size/` is an unknown path, unless
//!   [`InsuranceFault::SlashBeforeSize`] swaps the two;
//! - `PUT /v1/booking/{id}/insurance/link` with `{insuranceId, priceId}`:
//!   a body that is not that object, or a null or missing value, is 400
//!   INVALID_INPUT_PARAM; an insurance the booking is not offered is 400
//!   INVALID_PARAM_INSURANCE_ID; a price line not of that option is 400
//!   INVALID_INPUT_PARAM. Linked, it answers the booking id (upper case, as
//!   the documents' example) and later quotation GETs and contracts carry
//!   the option. A signed booking can be linked too (the documents do not
//!   say otherwise); it stays signed.

pub(crate) mod pricing;

#[cfg(test)]
mod audit;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_decimal::Decimal;
use serde_json::Value;

use super::contract::ServedDocument;
use super::routes::{Shared, canonical, error, json_response, lock, unknown_path};
use super::walkin::list;
use crate::api::envelope::success_body;

const NO_RECORDS_FOUND: &str = "NO_RECORDS_FOUND";
const INVALID_INPUT_PARAM: &str = "INVALID_INPUT_PARAM";
const INVALID_PARAM_INSURANCE_ID: &str = "INVALID_PARAM_INSURANCE_ID";

/// A way the insurance endpoints misbehave, for tests
/// (`Sandbox::set_insurance_fault`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InsuranceFault {
    /// Every link is refused with INVALID_PARAM_INSURANCE_ID (nothing changes).
    RefuseLink,
    /// The link is applied, then the answer is lost: its body breaks off
    /// and the connection ends.
    LoseLinkAnswer,
    /// The property list answers at `…/{t}/size/{size}`; the documented
    /// `…/{t}size/{size}` is an unknown path.
    SlashBeforeSize,
}

/// The option and price line linked to a booking.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkedInsurance {
    pub insurance_id: String,
    pub price_id: String,
}

/// The documents written for one linked state.
type Documents = Arc<Vec<ServedDocument>>;

/// The insurance state of one running sandbox (memory only).
#[derive(Debug, Default)]
pub(crate) struct InsuranceState {
    /// Lower-case booking id -> what is linked.
    pub linked: Mutex<HashMap<String, LinkedInsurance>>,
    pub fault: Mutex<Option<InsuranceFault>>,
    /// Link requests received (any answer).
    pub link_requests: AtomicUsize,
    /// Contracts written for a linked state, by booking and link.
    contracts: Mutex<HashMap<(String, LinkedInsurance), Documents>>,
}

impl InsuranceState {
    fn fault(&self) -> Option<InsuranceFault> {
        *lock(&self.fault)
    }

    pub fn linked(&self, booking: &str) -> Option<LinkedInsurance> {
        lock(&self.linked).get(booking).cloned()
    }

    pub fn link_count(&self) -> usize {
        self.link_requests.load(Ordering::SeqCst)
    }
}

fn card() -> Result<&'static pricing::Card, Box<Response>> {
    pricing::card().map_err(|e| {
        tracing::error!(target: "storedesk::sandbox", error = %e, "insurance card");
        Box::new(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "SOMETHING_WENT_WRONG",
        ))
    })
}

/// A booking's quotation `data` as fixed in the catalog.
fn booking_data<'a>(s: &'a Shared, id: &str) -> Option<&'a Value> {
    s.catalog.quotations.get(id)?.envelope.get("data")
}

/// GET /v1/addons/booking/{id}/insurance/list
pub(crate) async fn for_booking(State(s): State<Arc<Shared>>, Path(id): Path<String>) -> Response {
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, "INVALID_PARAM_ACTIVITY_INFO_ID");
    };
    let Some(data) = booking_data(&s, &id) else {
        return error(StatusCode::NOT_FOUND, NO_RECORDS_FOUND);
    };
    let card = match card() {
        Ok(c) => c,
        Err(e) => return *e,
    };
    let (offered, rate) = pricing::booking_offer(card, data);
    let items: Vec<Value> = offered
        .into_iter()
        .map(|c| pricing::option_item(card, c, rate))
        .collect();
    list(&items)
}

/// GET …/taxusertype/{t}size/{size}, as documented.
pub(crate) async fn for_property_documented(
    State(s): State<Arc<Shared>>,
    Path((property, storage, user_size, size)): Path<(String, String, String, String)>,
) -> Response {
    if s.insurance.fault() == Some(InsuranceFault::SlashBeforeSize) {
        return unknown_path().await;
    }
    let Some(user) = user_size.strip_suffix("size") else {
        return unknown_path().await;
    };
    for_property(&s, &property, &storage, user, &size)
}

/// GET …/taxusertype/{t}/size/{size}: only under [`InsuranceFault::SlashBeforeSize`].
pub(crate) async fn for_property_slash(
    State(s): State<Arc<Shared>>,
    Path((property, storage, user, size)): Path<(String, String, String, String)>,
) -> Response {
    if s.insurance.fault() != Some(InsuranceFault::SlashBeforeSize) {
        return unknown_path().await;
    }
    for_property(&s, &property, &storage, &user, &size)
}

fn for_property(s: &Shared, property: &str, storage: &str, user: &str, size: &str) -> Response {
    let bad = |code: &str| error(StatusCode::BAD_REQUEST, code);
    let Some(property) = canonical(property) else {
        return bad("INVALID_PARAM_PROPERTY_INFO_ID");
    };
    if canonical(storage).is_none() {
        return bad("INVALID_PARAM_STORAGE_INFO_ID");
    }
    let Some(size) = size
        .trim()
        .parse::<Decimal>()
        .ok()
        .filter(|d| !d.is_sign_negative())
    else {
        return bad("INVALID_PARAM_SIZE");
    };
    if s.catalog.property(&property).is_none() {
        return error(StatusCode::NOT_FOUND, NO_RECORDS_FOUND);
    }
    let (card, rates) = match (card(), super::walkin::pricing::card()) {
        (Ok(c), Ok(r)) => (c, r),
        (Err(e), _) => return *e,
        (_, Err(_)) => return error(StatusCode::INTERNAL_SERVER_ERROR, "SOMETHING_WENT_WRONG"),
    };
    let Some(user) = rates.user_type(user) else {
        return bad("INVALID_PARAM_TAX_USER_TYPE_INFO_ID");
    };
    let Some(cover) = card.property(&property) else {
        return list(&[]);
    };
    let Some(rate) = cover.tax_rates.get(&user).copied() else {
        return bad("INVALID_PARAM_TAX_USER_TYPE_INFO_ID");
    };
    let items: Vec<Value> = cover
        .options
        .iter()
        .filter(|c| c.fits(size))
        .map(|c| pricing::option_item(card, c, rate))
        .collect();
    list(&items)
}

/// A non-blank string field of the body.
fn field(body: &Value, key: &str) -> Option<String> {
    body.get(key)?
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// PUT /v1/booking/{id}/insurance/link
pub(crate) async fn link(
    State(s): State<Arc<Shared>>,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    s.insurance.link_requests.fetch_add(1, Ordering::SeqCst);
    let Some(id) = canonical(&id) else {
        return error(StatusCode::BAD_REQUEST, "INVALID_PARAM_ACTIVITY_INFO_ID");
    };
    let Some(data) = booking_data(&s, &id) else {
        return error(StatusCode::NOT_FOUND, NO_RECORDS_FOUND);
    };
    let parsed = serde_json::from_slice::<Value>(&body).ok();
    let (Some(insurance), Some(price)) = (
        parsed.as_ref().and_then(|b| field(b, "insuranceId")),
        parsed.as_ref().and_then(|b| field(b, "priceId")),
    ) else {
        return error(StatusCode::BAD_REQUEST, INVALID_INPUT_PARAM);
    };
    let fault = s.insurance.fault();
    if fault == Some(InsuranceFault::RefuseLink) {
        return error(StatusCode::BAD_REQUEST, INVALID_PARAM_INSURANCE_ID);
    }
    let card = match card() {
        Ok(c) => c,
        Err(e) => return *e,
    };
    let (offered, _) = pricing::booking_offer(card, data);
    let premium = match card.find(&offered, &insurance, &price) {
        None => return error(StatusCode::BAD_REQUEST, INVALID_PARAM_INSURANCE_ID),
        Some((_, None)) => return error(StatusCode::BAD_REQUEST, INVALID_INPUT_PARAM),
        Some((cover, Some(p))) => (cover.id.clone(), p.id.clone()),
    };
    let linked = LinkedInsurance {
        insurance_id: premium.0,
        price_id: premium.1,
    };
    tracing::info!(target: "storedesk::sandbox", booking = %id, insurance = %linked.insurance_id, "insurance linked");
    lock(&s.insurance.linked).insert(id.clone(), linked);
    if fault == Some(InsuranceFault::LoseLinkAnswer) {
        return lost_answer();
    }
    json_response(
        StatusCode::OK,
        &success_body(Value::String(id.to_ascii_uppercase())),
    )
}

/// An answer that breaks off: its body fails at once, so the connection
/// ends before the client has read an answer.
fn lost_answer() -> Response {
    let mut r = (StatusCode::OK, Body::from_stream(CutShort)).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    r
}

/// A body stream whose first read fails.
struct CutShort;

impl futures_core::Stream for CutShort {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        std::task::Poll::Ready(Some(Err(std::io::Error::other(
            "the sandbox drops this answer",
        ))))
    }
}

/// The booking's quotation `data` with its linked option, if any.
pub(crate) fn linked_data(s: &Shared, id: &str) -> Option<(LinkedInsurance, Value)> {
    let linked = s.insurance.linked(id)?;
    let data = booking_data(s, id)?;
    let card = pricing::card().ok()?;
    let (offered, _) = pricing::booking_offer(card, data);
    let (cover, premium) = card.find(&offered, &linked.insurance_id, &linked.price_id)?;
    let data = pricing::linked_quotation(card, data, cover, premium?);
    Some((linked, data))
}

/// The contract documents of a booking as it stands now: the fixed ones,
/// or, once an option is linked, ones written from the linked quotation
/// (new asset ids, so a contract loaded before the link is not served again).
pub(crate) fn documents_now(s: &Shared, id: &str) -> Option<Arc<Vec<ServedDocument>>> {
    let Some((linked, data)) = linked_data(s, id) else {
        return super::contract::documents(id).map(|d| Arc::new(d.to_vec()));
    };
    let key = (id.to_owned(), linked.clone());
    if let Some(docs) = lock(&s.insurance.contracts).get(&key) {
        return Some(docs.clone());
    }
    let version = format!("{id}/{}/{}", linked.insurance_id, linked.price_id);
    let docs = Arc::new(super::contract::documents_for(&version, &data));
    lock(&s.insurance.contracts).insert(key, docs.clone());
    Some(docs)
}

/// The quotation envelope served for a linked booking.
pub(crate) fn quotation_envelope(s: &Shared, id: &str, served: &Value) -> Option<Value> {
    let (_, data) = linked_data(s, id)?;
    let mut envelope = served.clone();
    envelope["data"] = data;
    Some(envelope)
}
