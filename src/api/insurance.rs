//! Insurance at the desk (issue 28): the options that fit a booking or a
//! unit before any booking, and linking one to a booking.
//!
//! Only an option's `id` and `name` are documented; the rest of an item is
//! read leniently, part by part, from the shapes the documents use elsewhere
//! (money as `{price, formattedPrice}`, a payment period as the quotation's
//! `paymentPeriod` block, the coverage as the quotation's insurance line
//! writes it). A part that cannot be read is named and the rest kept; an
//! item without an id is named and left out. Every assumption is in
//! docs/api-assumptions.md ("Insurance").

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::client::StoRegisterClient;
use super::error::{ApiError, Endpoint};
use super::ids::{BookingId, InsuranceId, PriceId};
use super::lenient::value_kind as kind;
use super::lenient::{Money, Percent};
use super::models::{PaymentPeriod, Quotation};
use super::walkin::{flex_money, part};

#[cfg(test)]
mod tests;

/// One premium of an option: what it costs per payment period, and the id
/// the link sends as `priceId`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PremiumLine {
    /// The price line's id (`priceId` when linking); without it the line
    /// cannot be linked.
    pub id: Option<String>,
    pub payment_period: Option<PaymentPeriod>,
    /// The premium of one `payment_period`, before tax.
    pub premium: Option<Money>,
    pub tax_percentage: Option<Percent>,
    pub tax: Option<Money>,
    pub payable: Option<Money>,
}

impl PremiumLine {
    /// Months in the premium's period (`duration`), when stated.
    pub fn months(&self) -> Option<u32> {
        let d = self.payment_period.as_ref()?.duration?;
        u32::try_from(d).ok().filter(|d| (1..=120).contains(d))
    }

    /// "Monthly", "Quarterly", or the code.
    pub fn period_name(&self) -> Option<String> {
        let p = self.payment_period.as_ref()?;
        p.name
            .clone()
            .or_else(|| p.payment_period.clone())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    }
}

/// One insurance option (a coverage level) with its premiums.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct InsuranceOption {
    /// `insuranceId` when linking.
    pub id: String,
    pub name: Option<String>,
    pub description: Option<String>,
    /// The value of goods covered.
    pub coverage: Option<Money>,
    /// The premiums, one per payment period; empty when the server sent none.
    pub prices: Vec<PremiumLine>,
    /// Parts of the item that could not be read ("coverage: a list").
    pub unreadable: Vec<String>,
}

impl InsuranceOption {
    /// The name to show: the name, else the description, else the id.
    pub fn label(&self) -> String {
        [&self.name, &self.description]
            .into_iter()
            .flatten()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or(&self.id)
            .to_owned()
    }

    /// The premiums that can be linked (they have an id).
    pub fn linkable(&self) -> impl Iterator<Item = &PremiumLine> {
        self.prices.iter().filter(|p| p.id.is_some())
    }

    pub fn price(&self, id: &str) -> Option<&PremiumLine> {
        self.prices
            .iter()
            .find(|p| p.id.as_deref().is_some_and(|p| p.eq_ignore_ascii_case(id)))
    }
}

/// The options as read, and whole items that could not be read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InsuranceList {
    pub options: Vec<InsuranceOption>,
    /// "item 2: no id", "item 3: a string".
    pub unreadable: Vec<String>,
}

impl InsuranceList {
    /// Reads `data`: a list of options, one option, or null (no options).
    pub fn from_data(data: &Value) -> Self {
        let mut list = InsuranceList::default();
        let items: Vec<&Value> = match data {
            Value::Array(items) => items.iter().collect(),
            Value::Null => Vec::new(),
            one => vec![one],
        };
        for (i, item) in items.into_iter().enumerate() {
            match item {
                Value::Object(obj) => match read_option(obj) {
                    Some(o) => list.options.push(o),
                    None => list.unreadable.push(format!("item {i}: no id")),
                },
                Value::Null => {}
                other => list.unreadable.push(format!("item {i}: {}", kind(other))),
            }
        }
        list
    }

    pub fn option(&self, id: &str) -> Option<&InsuranceOption> {
        self.options.iter().find(|o| o.id.eq_ignore_ascii_case(id))
    }
}

/// The first of `keys` present and not null.
fn first<'a>(obj: &'a Map<String, Value>, keys: &[&str]) -> Option<(&'a str, &'a Value)> {
    keys.iter().find_map(|k| {
        obj.get_key_value(*k)
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.as_str(), v))
    })
}

/// An id: a non-blank string, or a number.
fn id_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn text(obj: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    first(obj, keys)
        .and_then(|(_, v)| v.as_str())
        .map(str::to_owned)
}

/// Money under one of `keys`: a number, a numeric string or
/// `{price, formattedPrice}`; anything else is named in `bad`.
fn money(obj: &Map<String, Value>, keys: &[&str], bad: &mut Vec<String>) -> Option<Money> {
    let (key, v) = first(obj, keys)?;
    let m = flex_money(Some(v));
    if m.is_none() {
        bad.push(format!("{key}: {}", kind(v)));
    }
    m
}

const OPTION_ID: &[&str] = &["id", "insuranceId", "insuranceInfoId"];
const PRICE_LISTS: &[&str] = &[
    "prices",
    "priceList",
    "premiums",
    "insurancePrices",
    "pricing",
];
const PRICE_ID: &[&str] = &["priceId", "insurancePriceId", "priceInfoId"];
const PREMIUM: &[&str] = &[
    "premium",
    "premiumAmount",
    "price",
    "amount",
    "taxablePrice",
];

fn read_option(obj: &Map<String, Value>) -> Option<InsuranceOption> {
    let id = first(obj, OPTION_ID).and_then(|(_, v)| id_text(v))?;
    let mut bad = Vec::new();
    let coverage = money(
        obj,
        &["coverage", "coverageAmount", "coverageValue", "goodsValue"],
        &mut bad,
    );
    let prices = match first(obj, PRICE_LISTS) {
        Some((key, Value::Array(items))) => items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| match v {
                Value::Object(p) => Some(read_price(p, false, &mut bad)),
                Value::Null => None,
                other => {
                    bad.push(format!("{key}[{i}]: {}", kind(other)));
                    None
                }
            })
            .collect(),
        Some((_, Value::Object(p))) => vec![read_price(p, false, &mut bad)],
        Some((key, other)) => {
            bad.push(format!("{key}: {}", kind(other)));
            Vec::new()
        }
        // The item itself is its one price line when it carries a premium.
        None if first(obj, PRICE_ID).is_some() || first(obj, PREMIUM).is_some() => {
            vec![read_price(obj, true, &mut bad)]
        }
        None => Vec::new(),
    };
    Some(InsuranceOption {
        id,
        name: text(obj, &["name", "insuranceName", "title"]),
        description: text(obj, &["description"]),
        coverage,
        prices,
        unreadable: bad,
    })
}

/// One price line; `on_item`: the option's own fields (its `id` is the
/// option's, so only the price id keys count).
fn read_price(obj: &Map<String, Value>, on_item: bool, bad: &mut Vec<String>) -> PremiumLine {
    let mut id_keys = PRICE_ID.to_vec();
    if !on_item {
        id_keys.push("id");
    }
    let payment_period = match first(obj, &["paymentPeriod", "period"]) {
        Some((_, Value::String(name))) => Some(PaymentPeriod {
            name: Some(name.trim().to_owned()),
            duration: period_months(name),
            ..Default::default()
        }),
        Some((key, v)) => serde_json::from_value(v.clone())
            .map_err(|e| bad.push(format!("{key}: {e}")))
            .ok(),
        None => None,
    };
    PremiumLine {
        id: first(obj, &id_keys).and_then(|(_, v)| id_text(v)),
        payment_period,
        premium: money(obj, PREMIUM, bad),
        tax_percentage: part(obj, "taxPercentage", bad),
        tax: money(obj, &["taxPrice", "tax", "taxAmount"], bad),
        payable: money(obj, &["payablePrice", "payable", "totalPrice"], bad),
    }
}

/// The months of a period named in words ("Monthly", "Quarterly").
fn period_months(name: &str) -> Option<i64> {
    match name.trim().to_ascii_lowercase().as_str() {
        "monthly" | "month" => Some(1),
        "quarterly" | "quartely" | "quarter" => Some(3),
        "half-yearly" | "semiannual" | "semi-annual" => Some(6),
        "yearly" | "annual" | "annually" => Some(12),
        _ => None,
    }
}

/// What the property list is asked for (a unit before any booking).
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyInsuranceQuery {
    pub property: String,
    pub storage: String,
    pub tax_user_type: String,
    /// The unit's area or volume; 0 asks for every option of the property.
    pub size: Decimal,
}

/// How the property list's path was spelled when it answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SizePath {
    /// `…/taxusertype/{id}size/{size}`, as documented.
    Documented,
    /// `…/taxusertype/{id}/size/{size}`, after the documented spelling was
    /// answered with a plain 404.
    WithSlash,
}

/// The property list and the spelling that worked.
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyInsurance {
    pub list: InsuranceList,
    pub path: SizePath,
}

/// A path segment, URL-encoded.
fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.trim().as_bytes()).collect()
}

/// The property list's path in one of its two spellings.
pub fn property_path(q: &PropertyInsuranceQuery, spelling: SizePath) -> String {
    let sep = match spelling {
        SizePath::Documented => "",
        SizePath::WithSlash => "/",
    };
    format!(
        "v1/addons/property/{}/insurance/list/storage/{}/taxusertype/{}{sep}size/{}",
        enc(&q.property),
        enc(&q.storage),
        enc(&q.tax_user_type),
        q.size.normalize()
    )
}

/// The link's body.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct LinkBody<'a> {
    insurance_id: &'a str,
    price_id: &'a str,
}

impl StoRegisterClient {
    /// GET /v1/addons/booking/{bookingId}/insurance/list
    pub async fn insurance_for_booking(&self, id: &BookingId) -> Result<InsuranceList, ApiError> {
        let path = format!("v1/addons/booking/{id}/insurance/list");
        let data: Value = self.get(Endpoint::Insurance, &path).await?.data;
        Ok(InsuranceList::from_data(&data))
    }

    /// The options for a unit before any booking, through the documented
    /// path; when that spelling is answered with a plain 404 (no envelope:
    /// no such route), once more with a `/` before `size` (a GET, safe to
    /// repeat). An envelope's answer (NO_RECORDS_FOUND, …) is final.
    pub async fn insurance_for_property(
        &self,
        q: &PropertyInsuranceQuery,
    ) -> Result<PropertyInsurance, ApiError> {
        let documented = property_path(q, SizePath::Documented);
        let (data, path) = match self.get::<Value>(Endpoint::Insurance, &documented).await {
            Ok(ok) => (ok.data, SizePath::Documented),
            Err(ApiError::NotFound) => {
                tracing::info!("the documented insurance path is unknown here; trying /size/");
                let slash = property_path(q, SizePath::WithSlash);
                let ok = self.get::<Value>(Endpoint::Insurance, &slash).await?;
                (ok.data, SizePath::WithSlash)
            }
            Err(e) => return Err(e),
        };
        Ok(PropertyInsurance {
            list: InsuranceList::from_data(&data),
            path,
        })
    }

    /// PUT /v1/booking/{bookingId}/insurance/link with `{insuranceId, priceId}`.
    ///
    /// A write: sent once, never retried here (not even after a connection
    /// error). When the answer is lost ([`ApiError::write_outcome_unknown`])
    /// the caller reads the quotation back to see what the server has.
    /// Returns the booking id the server answers with.
    pub async fn link_insurance(
        &self,
        id: &BookingId,
        insurance: &InsuranceId,
        price: &PriceId,
    ) -> Result<String, ApiError> {
        let path = format!("v1/booking/{id}/insurance/link");
        let (insurance, price) = (insurance.to_string(), price.to_string());
        let body = serde_json::to_vec(&LinkBody {
            insurance_id: &insurance,
            price_id: &price,
        })
        .map_err(|e| ApiError::Malformed {
            path: "(request)".into(),
            detail: e.to_string(),
        })?;
        let ok = self
            .send::<Value>(
                reqwest::Method::PUT,
                Endpoint::InsuranceLink,
                &path,
                Some(bytes::Bytes::from(body)),
            )
            .await?;
        Ok(match ok.data {
            Value::String(s) => s,
            other => other.to_string(),
        })
    }

    /// One PUT, then the quotation read again (a GET).
    pub async fn link_insurance_and_read_back(
        &self,
        booking: &BookingId,
        insurance: &InsuranceId,
        price: &PriceId,
    ) -> LinkOutcome {
        match self.link_insurance(booking, insurance, price).await {
            Ok(answered) => LinkOutcome::Linked {
                answered,
                quotation: self.quotation_preview(booking).await.map(Box::new),
            },
            Err(error) if error.write_outcome_unknown() => {
                let read_back = self.quotation_preview(booking).await.map(Box::new);
                let linked = read_back
                    .as_ref()
                    .ok()
                    .map(|q| shows_insurance(q, &insurance.to_string()));
                LinkOutcome::Unknown {
                    error,
                    read_back,
                    linked,
                }
            }
            Err(error) => LinkOutcome::Refused(error),
        }
    }
}

/// How a link ended.
#[derive(Debug)]
pub enum LinkOutcome {
    /// The server said yes; `quotation` is the booking's quotation read
    /// right after (or why it could not be read).
    Linked {
        answered: String,
        quotation: Result<Box<Quotation>, ApiError>,
    },
    /// The server said no (its codes) or the request never left: nothing
    /// changed on the server.
    Refused(ApiError),
    /// The answer was lost after the request may have reached the server:
    /// the quotation read back says what the server has. `linked`: whether
    /// its `insurance` block names the option (`None`: it could not be read).
    Unknown {
        error: ApiError,
        read_back: Result<Box<Quotation>, ApiError>,
        linked: Option<bool>,
    },
}

/// The quotation's regular cycle carries the insurance `id`.
pub fn shows_insurance(q: &Quotation, id: &str) -> bool {
    [&q.billing_subscription, &q.subscription]
        .into_iter()
        .flatten()
        .flat_map(|s| &s.insurance)
        .any(|l| {
            l.id.as_deref()
                .is_some_and(|l| l.trim().eq_ignore_ascii_case(id))
        })
}
