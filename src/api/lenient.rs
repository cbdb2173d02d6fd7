//! Lenient building blocks for the StoRegister JSON.
//!
//! The documented examples disagree with each other (a size is a number in one
//! endpoint and `{number, formattedNumber}` in another, a date is a string or
//! `{date, formattedDate}`, a tax rate is `{percentage, ..}` or `{price, ..}`),
//! so every shape seen in the documents is accepted here, in one place.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

// Every helper below reads the JSON straight from the deserializer with a
// visitor (no intermediate `serde_json::Value`): the fast parser in
// `envelope::parse` reads a body once. The rules and the messages are those
// of the former `Value`-based helpers: a value of the wrong kind is refused
// with a message at the field (never deeper). Lists are the one place where
// the reference parser (`envelope::parse_via_value`, which reports every
// error) still goes through `Value`, so that an error inside an item is
// reported at the list as "item N: ...", as it always was.

/// One JSON value as far as the lenient helpers care: scalars kept, lists
/// and objects consumed and only named (the messages say what was found).
#[derive(Debug)]
pub(crate) enum Scalar<'a> {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(Cow<'a, str>),
    List,
    Object,
}

impl Scalar<'_> {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Scalar::Null => "null",
            Scalar::Bool(_) => "a boolean",
            Scalar::U64(_) | Scalar::I64(_) | Scalar::F64(_) => "a number",
            Scalar::Str(_) => "a string",
            Scalar::List => "a list",
            Scalar::Object => "an object",
        }
    }

    /// The number as `serde_json::Number` prints it (the shortest text that
    /// reads back as the same float: 74.1 stays "74.1").
    pub(crate) fn number_text(&self) -> Option<String> {
        match *self {
            Scalar::U64(u) => Some(u.to_string()),
            Scalar::I64(i) => Some(i.to_string()),
            Scalar::F64(f) => Some(
                serde_json::Number::from_f64(f).map_or_else(|| f.to_string(), |n| n.to_string()),
            ),
            _ => None,
        }
    }

    fn into_string(self) -> Option<String> {
        match self {
            Scalar::Str(s) => Some(s.into_owned()),
            _ => None,
        }
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Scalar::I64(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Scalar::U64(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Scalar::F64(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::List)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Object)
    }
}

impl<'de> Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

/// An object key, kept only when it is one a lenient reader looks for
/// (the keys of the documents are short ASCII words).
pub(crate) struct Key(pub(crate) Option<&'static str>);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                const KNOWN: [&str; 8] = [
                    "number",
                    "value",
                    "formattedNumber",
                    "formatted",
                    "date",
                    "formattedDate",
                    "id",
                    "name",
                ];
                Ok(Key(KNOWN.iter().find(|k| **k == v).copied()))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// The scalar `visit_*` methods of a visitor whose `Value` is
/// `Result<T, String>`: each builds a [`Scalar`] and hands it to `$f`.
macro_rules! forward_scalars {
    ($f:expr) => {
        fn visit_bool<E: ::serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
            Ok(($f)($crate::api::lenient::Scalar::Bool(v)))
        }
        fn visit_i64<E: ::serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(($f)($crate::api::lenient::Scalar::I64(v)))
        }
        fn visit_u64<E: ::serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(($f)($crate::api::lenient::Scalar::U64(v)))
        }
        fn visit_f64<E: ::serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(($f)($crate::api::lenient::Scalar::F64(v)))
        }
        fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(($f)($crate::api::lenient::Scalar::Str(
                ::std::borrow::Cow::Borrowed(v),
            )))
        }
        fn visit_none<E: ::serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(($f)($crate::api::lenient::Scalar::Null))
        }
        fn visit_unit<E: ::serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(($f)($crate::api::lenient::Scalar::Null))
        }
        fn visit_some<D: ::serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    };
}
pub(crate) use forward_scalars;

/// A decimal from a JSON number or a numeric string ("32.50", "32,50").
fn decimal_from_scalar(v: &Scalar) -> Result<Option<Decimal>, String> {
    match v {
        Scalar::Null => Ok(None),
        Scalar::U64(u) => Ok(Some(Decimal::from(*u))),
        Scalar::I64(i) => Ok(Some(Decimal::from(*i))),
        Scalar::F64(_) => {
            // Floats go through their shortest text form, so 74.1 stays
            // 74.1 (no binary float noise in money).
            let text = v.number_text().unwrap_or_default();
            Decimal::from_str(&text)
                .or_else(|_| Decimal::from_scientific(&text))
                .map(Some)
                .map_err(|_| format!("number {text} is out of range"))
        }
        Scalar::Str(s) => {
            let t = s.trim();
            if t.is_empty() {
                return Ok(None);
            }
            let parsed = if t.contains(',') {
                Decimal::from_str(&t.replace(',', "."))
            } else {
                Decimal::from_str(t)
            };
            parsed
                .map(Some)
                .map_err(|_| format!("\"{s}\" is not a number"))
        }
        other => Err(format!("expected a number, found {}", other.kind())),
    }
}

/// `Option<Decimal>` from a number, numeric string or null.
pub fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    let v = Scalar::deserialize(d)?;
    decimal_from_scalar(&v).map_err(de::Error::custom)
}

/// `Option<String>` from a string, a number or a boolean (ids come as both).
pub fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Scalar::deserialize(d)?;
    Ok(match v {
        Scalar::Null => None,
        Scalar::Str(s) => Some(s.into_owned()),
        Scalar::Bool(b) => Some(b.to_string()),
        Scalar::U64(_) | Scalar::I64(_) | Scalar::F64(_) => v.number_text(),
        other => {
            return Err(de::Error::custom(format!(
                "expected text, found {}",
                other.kind()
            )));
        }
    })
}

/// `Option<bool>` from a boolean, "true"/"false", 0/1 or null.
pub fn opt_bool<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    Ok(match Scalar::deserialize(d)? {
        Scalar::Null => None,
        Scalar::Bool(b) => Some(b),
        Scalar::U64(u) => Some(u != 0),
        Scalar::I64(i) => Some(i != 0),
        Scalar::F64(f) => Some(f != 0.0),
        Scalar::Str(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Some(true),
            "false" | "0" | "no" | "" => Some(false),
            _ => {
                return Err(de::Error::custom(format!("\"{s}\" is not true or false")));
            }
        },
        other => {
            return Err(de::Error::custom(format!(
                "expected true or false, found {}",
                other.kind()
            )));
        }
    })
}

/// `Option<i64>` from an integer, an integral float or a numeric string.
pub fn opt_int<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    let v = Scalar::deserialize(d)?;
    let not_whole = |v: &Scalar| {
        de::Error::custom(format!(
            "{} is not a whole number",
            v.number_text().unwrap_or_default()
        ))
    };
    Ok(match v {
        Scalar::Null => None,
        Scalar::I64(i) => Some(i),
        Scalar::U64(u) => Some(i64::try_from(u).map_err(|_| not_whole(&v))?),
        Scalar::F64(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(f as i64),
        Scalar::F64(_) => return Err(not_whole(&v)),
        Scalar::Str(s) if s.trim().is_empty() => None,
        Scalar::Str(s) => Some(
            s.trim()
                .parse()
                .map_err(|_| de::Error::custom(format!("\"{s}\" is not a whole number")))?,
        ),
        other => {
            return Err(de::Error::custom(format!(
                "expected a whole number, found {}",
                other.kind()
            )));
        }
    })
}

thread_local! {
    /// Set while [`crate::api::envelope::parse_via_value`] runs: lists are
    /// then read through `serde_json::Value` as they always were, so an
    /// error inside a list item is reported at the list ("item N: ...").
    static VALUE_LISTS: Cell<bool> = const { Cell::new(false) };
}

/// While alive, the list helpers read their list as a `Value` first (the
/// reference parser's behaviour). Restores the previous mode on drop.
pub(crate) struct ValueListsMode(bool);

impl ValueListsMode {
    pub(crate) fn enter() -> Self {
        Self(VALUE_LISTS.with(|m| m.replace(true)))
    }
}

impl Drop for ValueListsMode {
    fn drop(&mut self) {
        VALUE_LISTS.with(|m| m.set(self.0));
    }
}

/// "a string", "a list": what a JSON value is, for messages.
pub(crate) fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn value_items<T: DeserializeOwned>(items: Vec<Value>) -> Result<Vec<T>, String> {
    items
        .into_iter()
        .enumerate()
        .filter(|(_, v)| !v.is_null())
        .map(|(i, item)| serde_json::from_value(item).map_err(|e| format!("item {i}: {e}")))
        .collect()
}

/// Reads a list straight from the deserializer: null is empty, null items
/// are skipped, and with `single` a lone object is a list of one. Anything
/// else is an error (the fast parser then hands over to the reference one,
/// which words it).
struct ListVisitor<T> {
    single: bool,
    item: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for ListVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(if self.single {
            "a list, an object or null"
        } else {
            "a list or null"
        })
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        let mut i = 0usize;
        loop {
            match seq.next_element::<Option<T>>() {
                Ok(Some(Some(item))) => out.push(item),
                Ok(Some(None)) => {}
                Ok(None) => return Ok(out),
                Err(e) => return Err(de::Error::custom(format!("item {i}: {e}"))),
            }
            i += 1;
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        if !self.single {
            return Err(de::Error::custom("expected a list, found an object"));
        }
        T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|one| vec![one])
    }
}

/// A list that may come as a list, a single object, or null. Null items are
/// skipped (an empty slot in a list is not worth refusing the answer for).
pub fn one_or_many<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    if VALUE_LISTS.with(Cell::get) {
        return match Value::deserialize(d)? {
            Value::Null => Ok(Vec::new()),
            Value::Array(items) => value_items(items).map_err(de::Error::custom),
            single => serde_json::from_value(single)
                .map(|one| vec![one])
                .map_err(de::Error::custom),
        };
    }
    d.deserialize_any(ListVisitor {
        single: true,
        item: PhantomData,
    })
}

/// A list that may be null; null items are skipped.
pub fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: DeserializeOwned,
{
    if VALUE_LISTS.with(Cell::get) {
        return match Value::deserialize(d)? {
            Value::Null => Ok(Vec::new()),
            Value::Array(items) => value_items(items).map_err(de::Error::custom),
            other => Err(de::Error::custom(format!(
                "expected a list, found {}",
                value_kind(&other)
            ))),
        };
    }
    d.deserialize_any(ListVisitor {
        single: false,
        item: PhantomData,
    })
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
        struct MeasureVisitor;
        impl<'de> Visitor<'de> for MeasureVisitor {
            type Value = Result<Measure, String>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number or {number, formattedNumber}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                // As a JSON object reads: the last of repeated keys counts;
                // `number` wins over `value`, `formattedNumber` over
                // `formatted`; a formatted text that is not a string is left out.
                let (mut number, mut value) = (None, None);
                let (mut formatted_number, mut formatted) = (None, None);
                while let Some(key) = map.next_key::<Key>()? {
                    let v = map.next_value::<Scalar>()?;
                    match key.0 {
                        Some("number") => number = Some(v),
                        Some("value") => value = Some(v),
                        Some("formattedNumber") => formatted_number = Some(v),
                        Some("formatted") => formatted = Some(v),
                        _ => {}
                    }
                }
                let number = match number.or(value) {
                    Some(n) => match decimal_from_scalar(&n) {
                        Ok(n) => n,
                        Err(e) => return Ok(Err(e)),
                    },
                    None => None,
                };
                let formatted = formatted_number.or(formatted).and_then(Scalar::into_string);
                Ok(Ok(Measure { number, formatted }))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                let v = ScalarVisitor.visit_seq(seq)?;
                Ok(decimal_from_scalar(&v).map(|number| Measure {
                    number,
                    formatted: None,
                }))
            }
            forward_scalars!(|v| decimal_from_scalar(&v).map(|number| Measure {
                number,
                formatted: None
            }));
        }
        d.deserialize_any(MeasureVisitor)?
            .map_err(de::Error::custom)
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
        // The two shapes the API sends, read without chrono's format parser;
        // anything else (or an impossible date) goes through chrono.
        if let Some(d) = Self::parse_plain(t) {
            return Some(d);
        }
        ["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
    }

    /// Exactly "DD-MM-YYYY" or "YYYY-MM-DD" (what the formats above read
    /// these texts as), when the date exists.
    fn parse_plain(t: &str) -> Option<NaiveDate> {
        let b = t.as_bytes();
        if b.len() != 10 {
            return None;
        }
        let num = |r: std::ops::Range<usize>| {
            b[r].iter().try_fold(0u32, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let (y, m, d) = match (b[2], b[4], b[5], b[7]) {
            (b'-', _, b'-', _) => (num(6..10)?, num(3..5)?, num(0..2)?),
            (_, b'-', _, b'-') => (num(0..4)?, num(5..7)?, num(8..10)?),
            _ => return None,
        };
        NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
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
        struct DateVisitor;
        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Result<ApiDate, String>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date or {date, formattedDate}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                // Only string values count; the last of repeated keys wins.
                let (mut raw, mut shown) = (None, None);
                while let Some(key) = map.next_key::<Key>()? {
                    let v = map.next_value::<Scalar>()?;
                    match key.0 {
                        Some("date") => raw = Some(v),
                        Some("formattedDate") => shown = Some(v),
                        _ => {}
                    }
                }
                let raw = raw.and_then(Scalar::into_string);
                let shown = shown.and_then(Scalar::into_string);
                let date = raw
                    .as_deref()
                    .and_then(ApiDate::parse_text)
                    .or_else(|| shown.as_deref().and_then(ApiDate::parse_text));
                Ok(Ok(ApiDate {
                    date,
                    text: shown.or(raw),
                }))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                ScalarVisitor.visit_seq(seq)?;
                Ok(Err("expected a date, found a list".into()))
            }
            forward_scalars!(|v| match v {
                Scalar::Null => Ok(ApiDate::default()),
                Scalar::Str(s) => Ok(ApiDate {
                    date: ApiDate::parse_text(&s),
                    text: Some(s.into_owned()),
                }),
                other => Err(format!("expected a date, found {}", other.kind())),
            });
        }
        d.deserialize_any(DateVisitor)?.map_err(de::Error::custom)
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
    fn plain_dates_read_as_the_chrono_formats_read_them() {
        let chrono_only = |t: &str| {
            ["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"]
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
        };
        for t in [
            "05-02-2024",
            "2025-09-08",
            "31-02-2024",
            "2024-02-30",
            "00-01-2024",
            "2024-13-01",
            "29-02-2024",
            "29-02-2023",
            "0000-01-01",
            "01-01-0000",
            "2024/01/05",
            "05/01/2024",
            "5-2-2024",
            "12-2024-01",
            "1a-02-2024",
            "+024-01-01",
        ] {
            assert_eq!(ApiDate::parse_text(t), chrono_only(t), "{t}");
        }
    }

    #[test]
    fn period_parses() {
        let (a, b) = parse_period("08-09-2025 to 30-09-2025").unwrap();
        assert_eq!((b - a).num_days(), 22);
        assert!(parse_period("soon").is_none());
    }
}
