//! Typed models of the StoRegister responses the desk uses.
//!
//! Every field is optional and unknown fields are ignored: the documents'
//! own examples leave fields out, send null, or change shapes between
//! endpoints. Field names serialise in camelCase as the API spells them, which
//! is also the stable shape of `--json` output.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::lenient::{
    ApiDate, Key, Measure, Money, Percent, Scalar, forward_scalars, null_as_empty, one_or_many,
    opt_bool, opt_decimal, opt_int, opt_string,
};

/// `{id, name}` references (storage type, category, country in the reservation).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct NamedRef {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Country {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub name: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub iso_code2: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub iso_code3: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub currency_code: Option<String>,
    #[serde(deserialize_with = "opt_int")]
    pub dialing_code: Option<i64>,
}

/// A region is an integer id for a client and `{id, name}` for a property.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Region {
    pub id: Option<String>,
    pub name: Option<String>,
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, SeqAccess, Visitor};
        use std::fmt;

        /// Text of an `id` or `name`: strings and numbers count, nothing else.
        fn text(v: Option<Scalar>) -> Option<String> {
            match v? {
                Scalar::Str(s) => Some(s.into_owned()),
                n @ (Scalar::U64(_) | Scalar::I64(_) | Scalar::F64(_)) => n.number_text(),
                _ => None,
            }
        }

        struct RegionVisitor;
        impl<'de> Visitor<'de> for RegionVisitor {
            type Value = Result<Region, String>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a region")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut id, mut name) = (None, None);
                while let Some(key) = map.next_key::<Key>()? {
                    let v = map.next_value::<Scalar>()?;
                    match key.0 {
                        Some("id") => id = Some(v),
                        Some("name") => name = Some(v),
                        _ => {}
                    }
                }
                Ok(Ok(Region {
                    id: text(id),
                    name: text(name),
                }))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Err("expected a region, found a list".into()))
            }
            forward_scalars!(|v| match v {
                Scalar::Null => Ok(Region::default()),
                n @ (Scalar::U64(_) | Scalar::I64(_) | Scalar::F64(_)) => Ok(Region {
                    id: n.number_text(),
                    name: None,
                }),
                Scalar::Str(s) => Ok(Region {
                    id: None,
                    name: Some(s.into_owned()),
                }),
                other => Err(format!("expected a region, found {}", other.kind())),
            });
        }
        d.deserialize_any(RegionVisitor)?.map_err(de::Error::custom)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Client {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub contact_book_info_id: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub phone_number: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    pub region: Option<Region>,
    #[serde(deserialize_with = "opt_string")]
    pub postal_code: Option<String>,
    pub country: Option<Country>,
}

/// One row of `propertyOfficeOpeningHoursInfoList`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct OpeningHoursEntry {
    /// 0 = Sunday .. 6 = Saturday; -1 = public holidays.
    #[serde(deserialize_with = "opt_int")]
    pub day_of_week: Option<i64>,
    /// Localised day name (French in the documents); null for holidays.
    pub week: Option<String>,
    /// "HH:MM To HH:MM", or null.
    pub first_time_slot: Option<String>,
    pub second_time_slot: Option<String>,
    #[serde(deserialize_with = "opt_bool")]
    pub is_closed: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PaymentPeriod {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    pub name: Option<String>,
    /// Months in one cycle.
    #[serde(deserialize_with = "opt_int")]
    pub duration: Option<i64>,
    /// MONTHLY or WEEKLY.
    pub payment_period: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Property {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    pub name: Option<String>,
    pub display_name: Option<String>,
    pub brand_name: Option<String>,
    pub identifier: Option<String>,
    pub email_id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub contact_number: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub postal_code: Option<String>,
    pub region: Option<Region>,
    pub country: Option<Country>,
    #[serde(rename = "countryISOCode2", alias = "countryIsoCode2")]
    pub country_iso_code2: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub google_place_id: Option<String>,
    pub office_hours: Option<String>,
    pub access_hours: Option<String>,
    pub rent_starts_on: Option<ApiDate>,
    #[serde(deserialize_with = "null_as_empty")]
    pub property_image_list: Vec<Value>,
    #[serde(deserialize_with = "null_as_empty")]
    pub property_office_opening_hours_info_list: Vec<OpeningHoursEntry>,
    #[serde(deserialize_with = "one_or_many")]
    pub payment_period: Vec<PaymentPeriod>,
}

impl Property {
    /// The name customers know the property by.
    pub fn title(&self) -> Option<&str> {
        self.display_name
            .as_deref()
            .or(self.name.as_deref())
            .filter(|s| !s.trim().is_empty())
    }

    /// ISO country code, from whichever field carries it.
    pub fn country_code(&self) -> Option<&str> {
        self.country_iso_code2
            .as_deref()
            .or_else(|| self.country.as_ref()?.iso_code2.as_deref())
            .filter(|s| !s.trim().is_empty())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StorageSize {
    pub size: Option<Measure>,
    /// Unit symbol for dimensions, e.g. "m".
    pub scale_metrics: Option<String>,
    /// AREA or VOLUME.
    pub default_size_metrics: Option<String>,
    pub length: Option<Measure>,
    pub width: Option<Measure>,
    pub height: Option<Measure>,
    pub notes: Option<String>,
    pub assumed_volume: Option<Measure>,
}

impl StorageSize {
    pub fn is_volume(&self) -> bool {
        self.default_size_metrics
            .as_deref()
            .is_some_and(|m| m.eq_ignore_ascii_case("VOLUME"))
    }

    /// "m²" for area units, "m³" for volume units.
    pub fn size_unit(&self) -> String {
        let base = self.scale_metrics.as_deref().unwrap_or("m");
        format!("{base}{}", if self.is_volume() { "³" } else { "²" })
    }

    /// "4 m²".
    pub fn size_text(&self) -> Option<String> {
        let n = self.size.as_ref()?.display()?;
        Some(format!("{n} {}", self.size_unit()))
    }

    /// "2 × 2 × 2.7 m" with whichever dimensions are known.
    pub fn dimensions_text(&self) -> Option<String> {
        let dims: Vec<String> = [&self.length, &self.width, &self.height]
            .into_iter()
            .filter_map(|m| m.as_ref()?.display())
            .collect();
        if dims.is_empty() {
            return None;
        }
        let unit = self.scale_metrics.as_deref().unwrap_or("m");
        Some(format!("{} {unit}", dims.join(" × ")))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Quantity {
    #[serde(deserialize_with = "opt_decimal")]
    pub count: Option<Decimal>,
    /// "Day", "Month", "Nos".
    pub uom: Option<String>,
}

/// A priced line of a subscription view: rent, discount, insurance, ...
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct LineItem {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub note: Option<String>,
    pub coverage: Option<Value>,
    #[serde(deserialize_with = "opt_decimal")]
    pub percentage: Option<Decimal>,
    pub tax_percentage: Option<Percent>,
    /// "DD-MM-YYYY to DD-MM-YYYY" or null.
    pub period: Option<String>,
    #[serde(deserialize_with = "opt_bool")]
    pub is_recurring: Option<bool>,
    pub quantity: Option<Quantity>,
    pub taxable_price: Option<Money>,
    pub tax_price: Option<Money>,
    pub payable_price: Option<Money>,
}

impl LineItem {
    pub fn label(&self) -> String {
        self.description
            .as_deref()
            .or(self.name.as_deref())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_default()
    }
}

/// One row of `transactData`: the flattened summary of a view.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct TransactItem {
    pub name: Option<String>,
    pub description: Option<String>,
    /// RENT, RENT_DISCOUNT, INSURANCE, SERVICE, ... (sent as `categeory`).
    #[serde(alias = "categeory")]
    pub category: Option<String>,
    pub non_taxable_amount: Option<Money>,
    pub taxable_amount: Option<Money>,
    pub tax_percentage: Option<Percent>,
    pub tax_amount: Option<Money>,
    pub net_amount: Option<Money>,
    pub gross_amount: Option<Money>,
}

/// One view of the quote: the live preview, the full billing cycle, or the
/// prorated first period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Subscription {
    pub start_date: Option<ApiDate>,
    pub end_date: Option<ApiDate>,
    pub tax_user_type: Option<Value>,
    pub non_taxable_amount: Option<Money>,
    pub taxable_amount: Option<Money>,
    pub tax_amount: Option<Money>,
    pub net_amount: Option<Money>,
    pub gross_amount: Option<Money>,
    pub rent: Option<LineItem>,
    pub security_deposit: Option<LineItem>,
    pub admin_fee: Option<LineItem>,
    pub discount: Option<LineItem>,
    #[serde(deserialize_with = "one_or_many")]
    pub insurance: Vec<LineItem>,
    #[serde(deserialize_with = "one_or_many")]
    pub service: Vec<LineItem>,
    #[serde(deserialize_with = "one_or_many")]
    pub merchandise: Vec<LineItem>,
    #[serde(deserialize_with = "one_or_many")]
    pub transact_data: Vec<TransactItem>,
}

/// The discount rule behind the discount line items.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DiscountRule {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub discount_property_info_id: Option<String>,
    pub name: Option<String>,
    #[serde(deserialize_with = "opt_bool")]
    pub is_percentage: Option<bool>,
    pub discount_percentage: Option<Percent>,
    pub discount_amount: Option<Money>,
    pub category: Option<String>,
    #[serde(deserialize_with = "opt_bool")]
    pub is_life_time_validity: Option<bool>,
    pub expiration: Option<ApiDate>,
    #[serde(deserialize_with = "opt_bool")]
    pub is_recurring: Option<bool>,
    #[serde(deserialize_with = "opt_bool")]
    pub is_life_time_recurring: Option<bool>,
    #[serde(deserialize_with = "opt_int")]
    pub occurrence_count: Option<i64>,
    /// e.g. PERIOD.
    pub recurring_mode: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PriceTriple {
    pub taxable_price: Option<Money>,
    pub tax_price: Option<Money>,
    pub payable_price: Option<Money>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SpacePrice {
    pub standard_price: Option<PriceTriple>,
    pub discounted_price: Option<PriceTriple>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct SpaceInfo {
    #[serde(deserialize_with = "opt_string")]
    pub space_info_id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub space_display_id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub prefix: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub suffix: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub space_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Business {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    pub name: Option<String>,
    pub email_id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub contact_number: Option<String>,
}

/// `data` of GET /v1/booking/reservation/{id}/detail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ReservationDetail {
    /// The booking transaction this reservation belongs to.
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub transact_id: Option<String>,
    pub transact_date: Option<ApiDate>,
    pub reservation_date: Option<ApiDate>,
    pub move_in_date: Option<ApiDate>,
    pub client: Option<Client>,
    pub property: Option<Property>,
    pub storage: Option<NamedRef>,
    pub storage_category: Option<NamedRef>,
    pub storage_size: Option<StorageSize>,
    pub billing_subscription: Option<Subscription>,
    pub pro_rata_subscription: Option<Subscription>,
}

/// `data` of GET /v1/booking/{bookingId}/activity-quotation/preview.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Quotation {
    #[serde(deserialize_with = "opt_string")]
    pub id: Option<String>,
    #[serde(deserialize_with = "opt_string")]
    pub transact_id: Option<String>,
    pub transact_date: Option<ApiDate>,
    pub move_in_date: Option<ApiDate>,
    pub client: Option<Client>,
    pub space_info: Option<SpaceInfo>,
    pub subscription: Option<Subscription>,
    pub billing_subscription: Option<Subscription>,
    pub pro_rata_subscription: Option<Subscription>,
    pub discount: Option<DiscountRule>,
    pub business: Option<Business>,
    pub property: Option<Property>,
    pub storage: Option<NamedRef>,
    pub storage_category: Option<NamedRef>,
    pub storage_size: Option<StorageSize>,
    pub payment_period: Option<PaymentPeriod>,
    #[serde(deserialize_with = "opt_bool")]
    pub is_document_signed: Option<bool>,
    #[serde(deserialize_with = "null_as_empty")]
    pub document_list: Vec<Value>,
    pub space_price: Option<SpacePrice>,
}

/// `data` of POST /v1/booking/{bookingId}/document/save: the id of the stored
/// signature activity (a GUID string in the documents).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedSignature {
    pub activity_id: String,
}
