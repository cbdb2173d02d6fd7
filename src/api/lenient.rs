//! Lenient building blocks for the StoRegister JSON.
//!
//! The documented examples disagree with each other (a size is a number in one
//! endpoint and `{number, formattedNumber}` in another, a date is a string or
//! `{date, formattedDate}`, a tax rate is `{percentage, ..}` or `{price, ..}`),
//! so every shape seen in the documents is accepted here, in one place.

use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// A decimal from a JSON number or a numeric string ("32.50", "32,50").
fn decimal_from_value(v: &Value) -> Result<Option<Decimal>, String> {
    match v {
        Value::Null => Ok(None),
        Value::Number(n) => {
            // Integers and floats both go through their shortest text form, so
            // 74.1 stays 74.1 (no binary float noise in money).
            let text = n.to_string();
            Decimal::from_str(&text)
                .or_else(|_| Decimal::from_scientific(&text))
                .map(Some)
                .map_err(|_| format!("number {text} is out of range"))
        }
        Value::String(s) => {
            let t = s.trim();
            if t.is_empty() {
                return Ok(None);
            }
            Decimal::from_str(&t.replace(',', "."))
                .map(Some)
                .map_err(|_| format!("\"{s}\" is not a number"))
        }
        other => Err(format!("expected a number, found {}", kind_of(other))),
    }
}

pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// `Option<Decimal>` from a number, numeric string or null.
pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    let v = Value::deserialize(d)?;
    decimal_from_value(&v).map_err(serde::de::Error::custom)
}

/// `Option<String>` from a string, a number or a boolean (ids come as both).
pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        other => {
            return Err(serde::de::Error::custom(format!(
                "expected text, found {}",
                kind_of(&other)
            )));
        }
    })
}

/// `Option<bool>` from a boolean, "true"/"false", 0/1 or null.
pub fn opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        Value::Bool(b) => Some(b),
        Value::Number(n) => Some(n.as_f64().unwrap_or(0.0) != 0.0),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Some(true),
            "false" | "0" | "no" | "" => Some(false),
            _ => {
                return Err(serde::de::Error::custom(format!(
                    "\"{s}\" is not true or false"
                )));
            }
        },
        other => {
            return Err(serde::de::Error::custom(format!(
                "expected true or false, found {}",
                kind_of(&other)
            )));
        }
    })
}

/// `Option<i64>` from an integer, an integral float or a numeric string.
pub fn opt_int<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Null => None,
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Some(i),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(f as i64),
            _ => {
                return Err(serde::de::Error::custom(format!(
                    "{n} is not a whole number"
                )));
            }
        },
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(
            s.trim()
                .parse()
                .map_err(|_| serde::de::Error::custom(format!("\"{s}\" is not a whole number")))?,
        ),
        other => {
            return Err(serde::de::Error::custom(format!(
                "expected a whole number, found {}",
                kind_of(&other)
            )));
        }
    })
}

/// A list that may come as a list, a single object, or null. Null items are
/// skipped (an empty slot in a list is not worth refusing the answer for).
pub fn one_or_many<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    match Value::deserialize(d)? {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items_of(items).map_err(serde::de::Error::custom),
        single => serde_json::from_value(single)
            .map(|one| vec![one])
            .map_err(serde::de::Error::custom),
    }
}

/// A list that may be null; null items are skipped.
pub fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    match Value::deserialize(d)? {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items_of(items).map_err(serde::de::Error::custom),
        other => Err(serde::de::Error::custom(format!(
            "expected a list, found {}",
            kind_of(&other)
        ))),
    }
}

fn items_of<T: serde::de::DeserializeOwned>(items: Vec<Value>) -> Result<Vec<T>, String> {
    items
        .into_iter()
        .enumerate()
        .filter(|(_, v)| !v.is_null())
        .map(|(i, item)| serde_json::from_value(item).map_err(|e| format!("item {i}: {e}")))
        .collect()
}

/// An amount as the API sends it: `{price, formattedPrice}`.
///
/// `price` is what our checks use; `formatted` is what the API wants shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Money {
    #[serde(alias = "amount", deserialize_with = "opt_decimal")]
    pub price: Option<Decimal>,
    #[serde(
        rename = "formattedPrice",
        alias = "formattedAmount",
        alias = "formatted"
    )]
    pub formatted: Option<String>,
}

impl Money {
    pub fn new(price: Decimal, formatted: impl Into<String>) -> Self {
        Self {
            price: Some(price),
            formatted: Some(formatted.into()),
        }
    }

    /// The price, or zero when the API left it out.
    pub fn value(&self) -> Decimal {
        self.price.unwrap_or_default()
    }
}

/// A percentage: `{percentage, formattedPercentage}` in line items,
/// `{price, formattedPrice}` in `transactData`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Percent {
    #[serde(alias = "price", deserialize_with = "opt_decimal")]
    pub percentage: Option<Decimal>,
    #[serde(
        rename = "formattedPercentage",
        alias = "formattedPrice",
        alias = "formatted"
    )]
    pub formatted: Option<String>,
}

/// A measure that is a plain number in one endpoint and
/// `{number, formattedNumber}` in another.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Measure {
    pub number: Option<Decimal>,
    pub formatted: Option<String>,
}

impl<'de> Deserialize<'de> for Measure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        match &v {
            Value::Object(map) => {
                let number = match map.get("number").or_else(|| map.get("value")) {
                    Some(n) => decimal_from_value(n).map_err(serde::de::Error::custom)?,
                    None => None,
                };
                let formatted = map
                    .get("formattedNumber")
                    .or_else(|| map.get("formatted"))
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                Ok(Measure { number, formatted })
            }
            _ => Ok(Measure {
                number: decimal_from_value(&v).map_err(serde::de::Error::custom)?,
                formatted: None,
            }),
        }
    }
}

impl Measure {
    /// What to show: the API's own text when present, else the number.
    pub fn display(&self) -> Option<String> {
        self.formatted
            .clone()
            .filter(|s| !s.trim().is_empty())
            .or_else(|| self.number.map(|n| n.normalize().to_string()))
    }
}

/// A date that is `"DD-MM-YYYY"` in one endpoint and
/// `{date: "YYYY-MM-DD", formattedDate: "DD-MM-YYYY"}` in another.
///
/// The raw text is kept so an unreadable date is still shown as sent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ApiDate {
    pub date: Option<NaiveDate>,
    pub text: Option<String>,
}

impl ApiDate {
    pub fn from_date(date: NaiveDate) -> Self {
        Self {
            date: Some(date),
            text: Some(date.format("%d-%m-%Y").to_string()),
        }
    }

    /// Parses the date formats the API uses.
    pub fn parse_text(text: &str) -> Option<NaiveDate> {
        let t = text.trim();
        // Timestamps such as "2025-09-08T00:00:00" keep only their date part.
        let t = t.split('T').next().unwrap_or(t);
        ["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
    }

    /// The date as the API wrote it for people, else DD-MM-YYYY.
    pub fn display(&self) -> Option<String> {
        self.text
            .clone()
            .or_else(|| self.date.map(|d| d.format("%d-%m-%Y").to_string()))
    }
}

impl<'de> Deserialize<'de> for ApiDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Null => Ok(ApiDate::default()),
            Value::String(s) => Ok(ApiDate {
                date: ApiDate::parse_text(&s),
                text: Some(s),
            }),
            Value::Object(map) => {
                let raw = map.get("date").and_then(Value::as_str);
                let shown = map.get("formattedDate").and_then(Value::as_str);
                let date = raw
                    .and_then(ApiDate::parse_text)
                    .or_else(|| shown.and_then(ApiDate::parse_text));
                Ok(ApiDate {
                    date,
                    text: shown.or(raw).map(str::to_owned),
                })
            }
            other => Err(serde::de::Error::custom(format!(
                "expected a date, found {}",
                kind_of(&other)
            ))),
        }
    }
}

/// A period written "DD-MM-YYYY to DD-MM-YYYY".
pub fn parse_period(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (a, b) = text.split_once(" to ")?;
    Some((ApiDate::parse_text(a)?, ApiDate::parse_text(b)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn money_keeps_decimal_text_exact() {
        let m: Money =
            serde_json::from_str(r#"{"price":74.1,"formattedPrice":"74,10 €"}"#).unwrap();
        assert_eq!(m.price, Some(dec("74.1")));
        assert_eq!(m.formatted.as_deref(), Some("74,10 €"));
        let m: Money = serde_json::from_str(r#"{"price":"32,50"}"#).unwrap();
        assert_eq!(m.price, Some(dec("32.50")));
        let m: Money = serde_json::from_str(r#"{"price":null}"#).unwrap();
        assert_eq!(m.price, None);
    }

    #[test]
    fn money_rejects_non_numbers_with_a_reason() {
        let e = serde_json::from_str::<Money>(r#"{"price":[1]}"#).unwrap_err();
        assert!(e.to_string().contains("expected a number"), "{e}");
    }

    #[test]
    fn percent_accepts_both_documented_shapes() {
        let a: Percent =
            serde_json::from_str(r#"{"percentage":20.00,"formattedPercentage":"20,00 %"}"#)
                .unwrap();
        let b: Percent = serde_json::from_str(r#"{"price":20,"formattedPrice":"20.00"}"#).unwrap();
        assert_eq!(a.percentage, Some(dec("20")));
        assert_eq!(b.percentage, Some(dec("20")));
        assert_eq!(a.formatted.as_deref(), Some("20,00 %"));
        assert_eq!(b.formatted.as_deref(), Some("20.00"));
    }

    #[test]
    fn measure_accepts_number_and_object() {
        let a: Measure = serde_json::from_str("4").unwrap();
        let b: Measure = serde_json::from_str(r#"{"number":9,"formattedNumber":"9"}"#).unwrap();
        let c: Measure = serde_json::from_str("2.7").unwrap();
        assert_eq!(a.number, Some(dec("4")));
        assert_eq!(b.number, Some(dec("9")));
        assert_eq!(b.display().as_deref(), Some("9"));
        assert_eq!(c.display().as_deref(), Some("2.7"));
    }

    #[test]
    fn dates_accept_string_and_object() {
        let a: ApiDate = serde_json::from_str(r#""05-02-2024""#).unwrap();
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2024, 2, 5));
        let b: ApiDate =
            serde_json::from_str(r#"{"date":"2025-09-08","formattedDate":"08-09-2025"}"#).unwrap();
        assert_eq!(b.date, NaiveDate::from_ymd_opt(2025, 9, 8));
        assert_eq!(b.display().as_deref(), Some("08-09-2025"));
        let c: ApiDate = serde_json::from_str(r#""not a date""#).unwrap();
        assert_eq!(c.date, None);
        assert_eq!(c.display().as_deref(), Some("not a date"));
    }

    #[test]
    fn period_parses() {
        let (a, b) = parse_period("08-09-2025 to 30-09-2025").unwrap();
        assert_eq!((b - a).num_days(), 22);
        assert!(parse_period("soon").is_none());
    }
}
