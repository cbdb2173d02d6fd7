//! The sandbox's walk-in endpoints (issue 14): the four reference lists, the
//! size and price list, and the pre-booking quote, all from the rate card in
//! fixtures/sandbox/walkin-rates.json.
//!
//! Contract beyond the other routes' (key, unknown path):
//! - price list: an unknown property or storage type without sizes is 404
//!   NO_RECORDS_FOUND; an unknown customer type or period is 400
//!   INVALID_PARAM_TAX_USER_TYPE_INFO_ID / INVALID_PARAM_PAYMENT_PERIOD;
//! - pre-booking quote: any size and price above 0 is priced with the
//!   property's rules (tax of the customer type, the discount sent, the
//!   period's length); a move-in before today, a size or price ≤ 0, or an
//!   unreadable body is 400 with an INVALID_PARAM_* code.

pub(crate) mod pricing;

#[cfg(test)]
mod audit;

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Value, json};

use super::routes::{Shared, error, json_response, lock};
use crate::api::envelope::success_body;

pub use pricing::BOX_STORAGE_ID;

const NO_RECORDS_FOUND: &str = "NO_RECORDS_FOUND";

/// Faults a test can inject into the walk-in endpoints.
#[derive(Debug, Default)]
pub(crate) struct WalkinFaults {
    /// Sizes (normalised text, "8") whose pre-booking quote answers 500.
    pub failing_sizes: Mutex<HashSet<String>>,
    /// The price list as groups with their id beside their rows
    /// (`storageGroupInfoId` next to `sizeList`), the rows without a
    /// `storageGroup`: another shape a server may send.
    pub group_ids_on_groups: std::sync::atomic::AtomicBool,
}

impl WalkinFaults {
    pub fn fail_size(&self, size: Decimal) {
        lock(&self.failing_sizes).insert(size.normalize().to_string());
    }

    fn fails(&self, size: Decimal) -> bool {
        lock(&self.failing_sizes).contains(&size.normalize().to_string())
    }
}

/// A list answer with its pagination block (as the documents' examples).
pub(crate) fn list(items: &[Value]) -> Response {
    let mut body = success_body(Value::Array(items.to_vec()));
    body["pagination"] =
        json!({"pageNumber": 1, "pageCount": items.len(), "totalCount": items.len()});
    json_response(StatusCode::OK, &body)
}

fn card_or_500() -> Result<&'static pricing::RateCard, Box<Response>> {
    pricing::card().map_err(|e| {
        tracing::error!(target: "storedesk::sandbox", error = %e, "walk-in rate card");
        Box::new(error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "SOMETHING_WENT_WRONG",
        ))
    })
}

pub(crate) async fn storage_types() -> Response {
    card_or_500().map_or_else(|e| *e, |c| list(&c.storage_types))
}

pub(crate) async fn storage_groups() -> Response {
    card_or_500().map_or_else(|e| *e, |c| list(&c.storage_groups))
}

pub(crate) async fn user_types() -> Response {
    card_or_500().map_or_else(|e| *e, |c| list(&c.user_types))
}

pub(crate) async fn payment_periods() -> Response {
    card_or_500().map_or_else(|e| *e, |c| list(&c.payment_periods))
}

/// GET /v1/search/storage/{s}/property/{p}/user-type/{u}/period/{period}/price/list
pub(crate) async fn price_list(
    State(shared): State<Arc<Shared>>,
    Path((storage, property, user, period)): Path<(String, String, String, String)>,
) -> Response {
    let card = match card_or_500() {
        Ok(c) => c,
        Err(e) => return *e,
    };
    let Some(rates) = card.property(&property) else {
        return error(StatusCode::NOT_FOUND, NO_RECORDS_FOUND);
    };
    let Some(rate) = card.user_type(&user).and_then(|u| rates.tax(&u)) else {
        return error(
            StatusCode::BAD_REQUEST,
            "INVALID_PARAM_TAX_USER_TYPE_INFO_ID",
        );
    };
    let Some(period) = rates.period(&period) else {
        return error(StatusCode::BAD_REQUEST, "INVALID_PARAM_PAYMENT_PERIOD");
    };
    if !storage.trim().eq_ignore_ascii_case(BOX_STORAGE_ID) || rates.sizes.is_empty() {
        return error(StatusCode::NOT_FOUND, NO_RECORDS_FOUND);
    }
    let rows: Vec<Value> = rates
        .sizes
        .iter()
        .map(|s| pricing::price_row(rates, s, period, rate, &card.storage_groups))
        .collect();
    if shared
        .walkin
        .group_ids_on_groups
        .load(std::sync::atomic::Ordering::Relaxed)
    {
        return list(&by_group(rows));
    }
    list(&rows)
}

/// `[{storageGroupInfoId, storageGroupName, sizeList: [rows]}]`, the rows
/// without their `storageGroup`, in the groups' first-seen order.
fn by_group(rows: Vec<Value>) -> Vec<Value> {
    let mut groups: Vec<Value> = Vec::new();
    for mut row in rows {
        let group = row
            .as_object_mut()
            .and_then(|o| o.remove("storageGroup"))
            .unwrap_or(Value::Null);
        let at = groups
            .iter()
            .position(|g| g["storageGroupInfoId"] == group["id"]);
        let at = at.unwrap_or_else(|| {
            groups.push(json!({
                "storageGroupInfoId": group["id"],
                "storageGroupName": group["name"],
                "sizeList": [],
            }));
            groups.len() - 1
        });
        if let Some(list) = groups[at]["sizeList"].as_array_mut() {
            list.push(row);
        }
    }
    groups
}

/// Text of a body field that may be a string or a number.
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn decimal(v: &Value) -> Option<Decimal> {
    text(v)?.parse().ok()
}

/// YYYY-MM-DD, or DD-MM-YYYY as other endpoints write dates.
fn date(v: &Value) -> Option<NaiveDate> {
    let t = text(v)?;
    NaiveDate::parse_from_str(&t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&t, "%d-%m-%Y"))
        .ok()
}

/// POST /v1/booking/rental-surface/pre-rental-quotation/preview
pub(crate) async fn pre_quote(State(s): State<Arc<Shared>>, body: Bytes) -> Response {
    let bad = |code: &str| error(StatusCode::BAD_REQUEST, code);
    let card = match card_or_500() {
        Ok(c) => c,
        Err(e) => return *e,
    };
    let Ok(b) = serde_json::from_slice::<Value>(&body) else {
        return bad("INVALID_PARAM_REQUEST_BODY");
    };
    let Some(property_id) = text(&b["propertyInfoId"]) else {
        return bad("INVALID_PARAM_PROPERTY_INFO_ID");
    };
    let (Some(rates), Some(property)) = (
        card.property(&property_id),
        s.catalog.property(&property_id),
    ) else {
        return error(StatusCode::NOT_FOUND, NO_RECORDS_FOUND);
    };
    let rate = text(&b["taxUserTypeInfoId"])
        .and_then(|u| card.user_type(&u))
        .and_then(|u| rates.tax(&u));
    let Some(rate) = rate else {
        return bad("INVALID_PARAM_TAX_USER_TYPE_INFO_ID");
    };
    let Some(period) = text(&b["paymentPeriod"]).and_then(|p| rates.period(&p)) else {
        return bad("INVALID_PARAM_PAYMENT_PERIOD");
    };
    let Some(size) = decimal(&b["size"]).filter(|d| *d > Decimal::ZERO) else {
        return bad("INVALID_PARAM_SIZE");
    };
    let Some(price) = decimal(&b["price"]).filter(|d| *d > Decimal::ZERO) else {
        return bad("INVALID_PARAM_PRICE");
    };
    let today = chrono::Local::now().date_naive();
    let Some(move_in) = date(&b["moveInDate"]).filter(|d| *d >= today) else {
        return bad("INVALID_PARAM_MOVE_IN_DATE");
    };
    let Some(group) = decimal(&b["storageGroupInfoId"]).and_then(|g| i64::try_from(g).ok()) else {
        return bad("INVALID_PARAM_STORAGE_GROUP_INFO_ID");
    };
    let discount = match text(&b["discountInfoId"]).or_else(|| text(&b["discountPropertyInfoId"])) {
        None => None,
        Some(id) => match rates.discount(&id) {
            Some(d) => Some(d),
            None => return bad("INVALID_PARAM_DISCOUNT_INFO_ID"),
        },
    };
    if s.walkin.fails(size) {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "SOMETHING_WENT_WRONG");
    }
    let ask = pricing::QuoteAsk {
        property: rates,
        period,
        rate,
        size,
        price,
        move_in,
        discount,
        group,
    };
    json_response(
        StatusCode::OK,
        &success_body(pricing::quotation(&ask, property, today)),
    )
}
