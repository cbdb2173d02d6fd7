//! Walk-in quotes: the four reference lists, a property's size and price
//! list, and the pre-booking quote (issue 14).
//!
//! Only the request sides of these endpoints are documented, so the price
//! list is read part by part from a `serde_json::Value`: a part that cannot
//! be read is named and left out, the rest of the row is kept. The
//! pre-booking quote is assumed to answer with the quotation blocks of the
//! activity preview and is read into [`Quotation`]. Every assumption is in
//! docs/api-assumptions.md ("Walk-in quotes").

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::client::StoRegisterClient;
use super::error::{ApiError, Endpoint};
use super::lenient::{Measure, Money, opt_string};
use super::models::{
    DiscountRule, NamedRef, PaymentPeriod, PriceTriple, Quotation, SpacePrice, StorageSize,
};

/// A storage type (`GET /v1/common/storage/type`): its id is `storageInfoId`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StorageType {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub name: Option<String>,
}

/// A size group (`GET /v1/common/storage/group`): its id is `storageGroupInfoId`.
pub type StorageGroup = StorageType;

/// A customer (tax) type (`GET /v1/common/user-type`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct UserType {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub name: Option<String>,
    /// The integer master id; the one the sandbox and the app send.
    #[serde(deserialize_with = "opt_string")]
    pub tax_user_type_info_id: Option<String>,
}

impl UserType {
    /// The id to send as `taxUserTypeInfoId`: the integer master id, else the GUID.
    pub fn send_id(&self) -> Option<&str> {
        self.tax_user_type_info_id
            .as_deref()
            .or(self.id.as_deref())
            .filter(|s| !s.trim().is_empty())
    }
}

/// A billing cadence code (`GET /v1/common/payment-period`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PeriodCode {
    #[serde(deserialize_with = "opt_string")]
    pub payment_period: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub payment_period_value: Option<String>,
}

/// One size of the price list, with whatever parts could be read.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceRow {
    pub storage_size: Option<StorageSize>,
    pub storage: Option<NamedRef>,
    pub storage_group: Option<NamedRef>,
    pub storage_category: Option<NamedRef>,
    pub payment_period: Option<PaymentPeriod>,
    pub discount: Option<DiscountRule>,
    pub space_price: Option<SpacePrice>,
    /// Units free to rent now.
    pub available: Option<i64>,
    pub total: Option<i64>,
    /// Parts of the row that could not be read ("spacePrice: …").
    pub unreadable: Vec<String>,
}

impl PriceRow {
    /// The size as a number (m² or m³).
    pub fn size(&self) -> Option<Decimal> {
        self.storage_size.as_ref()?.size.as_ref()?.number
    }

    /// The standard price of one payment period before tax: what the
    /// pre-booking quote's `price` is.
    pub fn standard_price(&self) -> Option<Decimal> {
        price_of(&self.space_price.as_ref()?.standard_price, |t| {
            &t.taxable_price
        })
    }

    /// The standard price of one period, tax included.
    pub fn standard_payable(&self) -> Option<&Money> {
        self.space_price
            .as_ref()?
            .standard_price
            .as_ref()?
            .payable_price
            .as_ref()
    }

    /// The discounted price of one period, tax included.
    pub fn discounted_payable(&self) -> Option<&Money> {
        self.space_price
            .as_ref()?
            .discounted_price
            .as_ref()?
            .payable_price
            .as_ref()
    }

    /// No unit free: the server says 0 available.
    pub fn sold_out(&self) -> bool {
        self.available.is_some_and(|n| n <= 0)
    }
}

fn price_of(
    triple: &Option<PriceTriple>,
    pick: impl Fn(&PriceTriple) -> &Option<Money>,
) -> Option<Decimal> {
    pick(triple.as_ref()?).as_ref()?.price
}

/// The price list as read: the rows, and what could not be read at all.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PriceList {
    pub rows: Vec<PriceRow>,
    /// Whole items that were not rows ("item 3: a string").
    pub unreadable: Vec<String>,
}

/// Keys that mark an object as a size row rather than a group of rows.
const ROW_KEYS: &[&str] = &["storageSize", "spacePrice", "size", "price"];

impl PriceList {
    /// Reads `data` leniently: a list of rows, rows nested in groups (each
    /// group's `storageGroup` passed down), or an object holding such a list.
    pub fn from_data(data: &Value) -> PriceList {
        let mut list = PriceList::default();
        collect(data, None, "data", &mut list);
        list
    }
}

fn collect(v: &Value, group: Option<&Value>, at: &str, out: &mut PriceList) {
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, group, &format!("{at}[{i}]"), out);
            }
        }
        Value::Object(obj) if ROW_KEYS.iter().any(|k| obj.contains_key(*k)) => {
            out.rows.push(read_row(obj, group));
        }
        Value::Object(obj) => {
            // A group's id beside its rows (`storageGroupInfoId` next to
            // `sizeList`) stands for a `storageGroup` (docs/api-assumptions.md).
            let beside = group_beside_rows(obj);
            let group = obj.get("storageGroup").or(beside.as_ref()).or(group);
            let mut found = false;
            for (key, child) in obj {
                if matches!(child, Value::Array(_) | Value::Object(_)) && key != "storageGroup" {
                    let before = out.rows.len();
                    collect(child, group, &format!("{at}.{key}"), out);
                    found |= out.rows.len() > before;
                }
            }
            if !found && obj.is_empty() {
                out.unreadable.push(format!("{at}: an empty object"));
            }
        }
        Value::Null => {}
        other => out.unreadable.push(format!("{at}: {}", kind(other))),
    }
}

/// The keys a group's name may have beside its id.
const GROUP_NAME_KEYS: &[&str] = &["storageGroupName", "groupName", "name"];

/// `{"storageGroupInfoId": 3, "storageGroupName": "Medium", "sizeList": […]}`
/// as the `storageGroup` object the rows would otherwise carry.
fn group_beside_rows(obj: &Map<String, Value>) -> Option<Value> {
    let id = obj.get("storageGroupInfoId").filter(|v| !v.is_null())?;
    let id = match id {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let name = GROUP_NAME_KEYS
        .iter()
        .find_map(|k| obj.get(*k)?.as_str().map(str::to_owned));
    Some(serde_json::json!({ "id": id, "name": name }))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Reads one part; a part that does not read is named in `bad`.
pub(super) fn part<T: DeserializeOwned>(
    obj: &Map<String, Value>,
    key: &str,
    bad: &mut Vec<String>,
) -> Option<T> {
    let v = obj.get(key).filter(|v| !v.is_null())?;
    match serde_json::from_value(v.clone()) {
        Ok(t) => Some(t),
        Err(e) => {
            bad.push(format!("{key}: {e}"));
            None
        }
    }
}

fn read_row(obj: &Map<String, Value>, group: Option<&Value>) -> PriceRow {
    let mut bad = Vec::new();
    let storage_size = read_size(obj, &mut bad);
    let space_price = match obj.get("spacePrice").filter(|v| !v.is_null()) {
        Some(v) => read_space_price(v, &mut bad),
        // A bare `price` is taken as the standard price before tax.
        None => flex_money(obj.get("price")).map(|m| SpacePrice {
            standard_price: Some(PriceTriple {
                taxable_price: Some(m),
                ..Default::default()
            }),
            discounted_price: None,
        }),
    };
    let storage_group = part(obj, "storageGroup", &mut bad)
        .or_else(|| serde_json::from_value(group_beside_rows(obj)?).ok())
        .or_else(|| {
            let g = group?;
            serde_json::from_value(g.clone()).ok()
        });
    let count = |keys: &[&str], bad: &mut Vec<String>| {
        keys.iter().find_map(|k| {
            let v = obj.get(*k).filter(|v| !v.is_null())?;
            match flex_decimal(v) {
                Some(d) => d.trunc().to_i64(),
                None => {
                    bad.push(format!("{k}: {}", kind(v)));
                    None
                }
            }
        })
    };
    PriceRow {
        storage_size,
        storage: part(obj, "storage", &mut bad),
        storage_group,
        storage_category: part(obj, "storageCategory", &mut bad),
        payment_period: part(obj, "paymentPeriod", &mut bad),
        discount: part(obj, "discount", &mut bad),
        space_price,
        available: count(
            &[
                "availableCount",
                "availableBoxCount",
                "available",
                "rentableCount",
            ],
            &mut bad,
        ),
        total: count(&["totalCount", "totalBoxCount", "total"], &mut bad),
        unreadable: bad,
    }
}

/// `storageSize` as an object or a bare number, else a top-level `size`.
fn read_size(obj: &Map<String, Value>, bad: &mut Vec<String>) -> Option<StorageSize> {
    let from_number = |d: Decimal| StorageSize {
        size: Some(Measure {
            number: Some(d),
            formatted: None,
        }),
        ..Default::default()
    };
    match obj.get("storageSize").filter(|v| !v.is_null()) {
        Some(Value::Object(_)) => part(obj, "storageSize", bad),
        Some(v) => match flex_decimal(v) {
            Some(d) => Some(from_number(d)),
            None => {
                bad.push(format!("storageSize: {}", kind(v)));
                None
            }
        },
        None => {
            let m: Measure = part(obj, "size", bad)?;
            Some(StorageSize {
                size: Some(m),
                ..Default::default()
            })
        }
    }
}

fn read_space_price(v: &Value, bad: &mut Vec<String>) -> Option<SpacePrice> {
    let Value::Object(obj) = v else {
        bad.push(format!("spacePrice: {}", kind(v)));
        return None;
    };
    let mut triple = |key: &str| -> Option<PriceTriple> {
        match obj.get(key).filter(|v| !v.is_null())? {
            Value::Object(t) => Some(PriceTriple {
                taxable_price: flex_money(t.get("taxablePrice")),
                tax_price: flex_money(t.get("taxPrice")),
                payable_price: flex_money(t.get("payablePrice")),
            }),
            other => match flex_money(Some(other)) {
                // A bare number is the price before tax, like the quote's `price`.
                Some(m) => Some(PriceTriple {
                    taxable_price: Some(m),
                    ..Default::default()
                }),
                None => {
                    bad.push(format!("spacePrice.{key}: {}", kind(other)));
                    None
                }
            },
        }
    };
    Some(SpacePrice {
        standard_price: triple("standardPrice"),
        discounted_price: triple("discountedPrice"),
    })
}

/// A number, a numeric string, or a `{price, formattedPrice}` object.
pub fn flex_money(v: Option<&Value>) -> Option<Money> {
    match v? {
        Value::Object(_) => serde_json::from_value::<Money>(v?.clone())
            .ok()
            .filter(|m| m.price.is_some() || m.formatted.is_some()),
        other => flex_decimal(other).map(|d| Money {
            price: Some(d),
            formatted: None,
        }),
    }
}

fn flex_decimal(v: &Value) -> Option<Decimal> {
    match v {
        Value::Number(n) => n.to_string().parse().ok().or_else(|| {
            n.as_f64()
                .and_then(|f| Decimal::from_f64_retain(f).map(|d| d.round_dp(6)))
        }),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    }
}

/// The body of `POST /v1/booking/rental-surface/pre-rental-quotation/preview`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PreQuoteRequest {
    pub tax_user_type_info_id: String,
    pub storage_info_id: String,
    pub storage_group_info_id: i64,
    pub storage_category_info_id: String,
    pub property_info_id: String,
    pub payment_period: String,
    #[serde(serialize_with = "as_number")]
    pub size: Decimal,
    #[serde(serialize_with = "as_number")]
    pub price: Decimal,
    /// YYYY-MM-DD.
    pub move_in_date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub discount_info_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub discount_property_info_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub additional_invoice_duration: Option<i64>,
}

/// A decimal as a JSON number (the documents type `size` and `price` as decimal).
fn as_number<S: serde::Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.to_f64().unwrap_or_default())
}

/// The price list's path: ids go in the path, so each is URL-encoded.
pub fn price_list_path(storage: &str, property: &str, user_type: &str, period: &str) -> String {
    let enc = |s: &str| -> String {
        s.trim()
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    char::from(b).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "v1/search/storage/{}/property/{}/user-type/{}/period/{}/price/list",
        enc(storage),
        enc(property),
        enc(user_type),
        enc(period)
    )
}

pub const PRE_QUOTE_PATH: &str = "v1/booking/rental-surface/pre-rental-quotation/preview";

impl StoRegisterClient {
    /// GET /v1/common/storage/type
    pub async fn storage_types(&self) -> Result<Vec<StorageType>, ApiError> {
        self.reference("v1/common/storage/type").await
    }

    /// GET /v1/common/storage/group
    pub async fn storage_groups(&self) -> Result<Vec<StorageGroup>, ApiError> {
        self.reference("v1/common/storage/group").await
    }

    /// GET /v1/common/user-type
    pub async fn user_types(&self) -> Result<Vec<UserType>, ApiError> {
        self.reference("v1/common/user-type").await
    }

    /// GET /v1/common/payment-period
    pub async fn payment_periods(&self) -> Result<Vec<PeriodCode>, ApiError> {
        self.reference("v1/common/payment-period").await
    }

    async fn reference<T: DeserializeOwned>(&self, path: &str) -> Result<Vec<T>, ApiError> {
        Ok(self.get(Endpoint::ReferenceList, path).await?.data)
    }

    /// GET …/price/list for one property, storage type, customer type and period.
    pub async fn price_list(
        &self,
        storage: &str,
        property: &str,
        user_type: &str,
        period: &str,
    ) -> Result<PriceList, ApiError> {
        let path = price_list_path(storage, property, user_type, period);
        let data: Value = self.get(Endpoint::PriceList, &path).await?.data;
        Ok(PriceList::from_data(&data))
    }

    /// POST the pre-booking quote. Sent once: it is a POST, so it is never
    /// repeated once it may have reached the server.
    pub async fn pre_quote(&self, req: &PreQuoteRequest) -> Result<Quotation, ApiError> {
        let body = serde_json::to_vec(req).map_err(|e| ApiError::Malformed {
            path: "(request)".into(),
            detail: e.to_string(),
        })?;
        Ok(self
            .send(
                reqwest::Method::POST,
                Endpoint::PreQuote,
                PRE_QUOTE_PATH,
                Some(bytes::Bytes::from(body)),
            )
            .await?
            .data)
    }
}

#[cfg(test)]
mod tests;
