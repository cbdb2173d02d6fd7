//! The sandbox's insurance card (fixtures/sandbox/insurance.json) and every
//! figure derived from it: the options a unit or a booking is offered, and a
//! booking's quotation once an option is linked, by the rules of the other
//! fixtures (fixtures/sandbox/README.md): tax per line rounded to the cent,
//! payable = taxable + tax, the first payment's premium prorated like the
//! rent (round(premium a month ÷ 30, 2) a day).

use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::sandbox::walkin::pricing::{eur, money, n, r2};

const CARD_JSON: &str = include_str!("../../../fixtures/sandbox/insurance.json");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    pub periods: Vec<Value>,
    pub properties: Vec<PropertyCover>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PropertyCover {
    pub property: String,
    /// Customer type (integer id as text) -> tax %.
    pub tax_rates: std::collections::BTreeMap<String, Decimal>,
    pub options: Vec<Cover>,
}

/// One coverage level.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cover {
    pub id: String,
    pub name: String,
    pub description: String,
    pub coverage: Decimal,
    /// The smallest and largest unit (m² or m³, inclusive) it is offered for.
    pub min_size: Decimal,
    pub max_size: Option<Decimal>,
    pub prices: Vec<Premium>,
}

/// One premium: per `period` ("Monthly", "Quarterly"), before tax.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Premium {
    pub id: String,
    pub period: String,
    pub premium: Decimal,
}

static CARD: LazyLock<Result<Card, String>> =
    LazyLock::new(|| serde_json::from_str(CARD_JSON).map_err(|e| format!("insurance.json: {e}")));

pub fn card() -> Result<&'static Card, String> {
    CARD.as_ref().map_err(Clone::clone)
}

impl Card {
    pub fn property(&self, id: &str) -> Option<&PropertyCover> {
        self.properties
            .iter()
            .find(|p| p.property.eq_ignore_ascii_case(id.trim()))
    }

    /// The period block of a premium's period.
    pub fn period(&self, name: &str) -> Option<&Value> {
        self.periods
            .iter()
            .find(|p| p["name"].as_str() == Some(name))
    }

    /// Months of a period ("Quarterly": 3).
    pub fn months(&self, name: &str) -> Option<u32> {
        self.period(name)?["duration"]
            .as_u64()
            .and_then(|d| u32::try_from(d).ok())
    }

    /// The option and premium a link names, among those offered.
    pub fn find<'a>(
        &'a self,
        offered: &[&'a Cover],
        insurance: &str,
        price: &str,
    ) -> Option<(&'a Cover, Option<&'a Premium>)> {
        let cover = offered
            .iter()
            .find(|c| c.id.eq_ignore_ascii_case(insurance.trim()))?;
        let premium = cover
            .prices
            .iter()
            .find(|p| p.id.eq_ignore_ascii_case(price.trim()));
        Some((cover, premium))
    }
}

impl Cover {
    /// Offered for a unit of `size`; 0 asks for every option.
    pub fn fits(&self, size: Decimal) -> bool {
        size.is_zero() || (self.min_size <= size && self.max_size.is_none_or(|m| size <= m))
    }
}

fn pct(d: Decimal) -> Value {
    json!({"percentage": n(d), "formattedPercentage": format!("{:.2} %", d).replace('.', ",")})
}

/// One list item, its premiums taxed at `rate`.
pub fn option_item(card: &Card, c: &Cover, rate: Decimal) -> Value {
    let prices: Vec<Value> = c
        .prices
        .iter()
        .map(|p| {
            let tax = r2(p.premium * rate / Decimal::ONE_HUNDRED);
            json!({
                "priceId": p.id,
                "paymentPeriod": card.period(&p.period).cloned().unwrap_or(Value::Null),
                "premium": money(p.premium),
                "taxPercentage": pct(rate),
                "taxPrice": money(tax),
                "payablePrice": money(p.premium + tax),
            })
        })
        .collect();
    json!({
        "id": c.id, "name": c.name, "description": c.description,
        "coverage": money(c.coverage), "prices": prices,
    })
}

/// A JSON number as a decimal.
pub fn num(v: &Value) -> Option<Decimal> {
    let t = v.as_number()?.to_string();
    t.parse().ok().or_else(|| Decimal::from_scientific(&t).ok())
}

/// What a booking offers: its property's options that fit its unit, and
/// the rate they are taxed at (the rent's).
pub fn booking_offer<'a>(card: &'a Card, data: &Value) -> (Vec<&'a Cover>, Decimal) {
    let size = num(&data["storageSize"]["size"]["number"]).unwrap_or_default();
    let rate = num(&data["billingSubscription"]["rent"]["taxPercentage"]["percentage"])
        .unwrap_or_default();
    let offered = data["property"]["id"]
        .as_str()
        .and_then(|p| card.property(p))
        .map(|p| {
            p.options
                .iter()
                .filter(|c| !size.is_zero() && c.fits(size))
                .collect()
        })
        .unwrap_or_default();
    (offered, rate)
}

/// The premium for one billing cycle of `cycle` months: spread evenly by
/// month when the premium's period is another (the app's assumption too).
pub fn per_cycle(premium: Decimal, premium_months: u32, cycle: u32) -> Decimal {
    if premium_months == cycle {
        premium
    } else {
        r2(premium * Decimal::from(cycle) / Decimal::from(premium_months))
    }
}

/// `quotation` (`data`) with `cover` at `premium` linked: the insurance
/// line in every view (replacing any), totals and transactData following.
pub fn linked_quotation(card: &Card, data: &Value, cover: &Cover, premium: &Premium) -> Value {
    let mut q = data.clone();
    let rate =
        num(&q["billingSubscription"]["rent"]["taxPercentage"]["percentage"]).unwrap_or_default();
    let cycle = q["paymentPeriod"]["duration"]
        .as_u64()
        .and_then(|d| u32::try_from(d).ok())
        .unwrap_or(1)
        .max(1);
    let months = card.months(&premium.period).unwrap_or(1);
    let cycle_premium = per_cycle(premium.premium, months, cycle);
    let full_first = q["proRataSubscription"]["startDate"] == q["billingSubscription"]["startDate"];
    for key in ["subscription", "billingSubscription", "proRataSubscription"] {
        let Some(view) = q.get_mut(key).and_then(Value::as_object_mut) else {
            continue;
        };
        let taxable = if key == "proRataSubscription" && !full_first {
            let days = num(&view["rent"]["quantity"]["count"]).unwrap_or_default();
            r2(cycle_premium / Decimal::from(cycle) / Decimal::from(30)) * days
        } else {
            cycle_premium
        };
        put_line(view, cover, taxable, rate);
    }
    q
}

const BEFORE_INSURANCE: [&str; 4] = ["RENT", "SECURITY_DEPOSIT", "ADMIN_FEE", "RENT_DISCOUNT"];

/// Replaces the view's insurance with `cover` at `taxable` before tax.
fn put_line(view: &mut Map<String, Value>, cover: &Cover, taxable: Decimal, rate: Decimal) {
    let old: Vec<Value> = match view.get("insurance") {
        Some(Value::Array(items)) => items.clone(),
        Some(v @ Value::Object(_)) => vec![v.clone()],
        _ => Vec::new(),
    };
    let sum = |field: &str| -> Decimal { old.iter().filter_map(|l| num(&l[field]["price"])).sum() };
    let (old_taxable, old_tax, old_payable) =
        (sum("taxablePrice"), sum("taxPrice"), sum("payablePrice"));
    let tax = r2(taxable * rate / Decimal::ONE_HUNDRED);
    let period = view["rent"]["period"].clone();
    let line = json!({
        "id": cover.id, "name": cover.name, "description": cover.description, "note": null,
        "coverage": money(cover.coverage), "taxPercentage": pct(rate), "period": period,
        "isRecurring": true, "quantity": view["rent"]["quantity"].clone(),
        "taxablePrice": money(taxable), "taxPrice": money(tax), "payablePrice": money(taxable + tax),
    });
    let duration = period
        .as_str()
        .map(|p| format!(" (Duration: {p})"))
        .unwrap_or_default();
    let mirror = json!({
        "name": cover.description, "description": format!("{}{duration}", cover.description),
        "categeory": "INSURANCE", "nonTaxableAmount": null, "taxableAmount": money(taxable),
        "taxPercentage": {"price": n(rate), "formattedPrice": format!("{:.2} %", rate).replace('.', ",")},
        "taxAmount": money(tax), "netAmount": money(taxable + tax), "grossAmount": money(taxable + tax),
    });
    view.insert("insurance".into(), line);
    if let Some(Value::Array(items)) = view.get_mut("transactData") {
        items.retain(|t| t["categeory"] != "INSURANCE");
        let at = items
            .iter()
            .take_while(|t| {
                t["categeory"]
                    .as_str()
                    .is_some_and(|c| BEFORE_INSURANCE.contains(&c))
            })
            .count();
        items.insert(at, mirror);
    }
    let mut shift = |key: &str, minus: Decimal, plus: Decimal| {
        let v = num(&view[key]["price"]).unwrap_or_default() - minus + plus;
        view.insert(key.into(), money(v));
    };
    shift("taxableAmount", old_taxable, taxable);
    shift("taxAmount", old_tax, tax);
    shift("netAmount", old_payable, taxable + tax);
    shift("grossAmount", old_payable, taxable + tax);
}

/// "Insurance - goods value up to 5 000 € (5 000,00 €)": how the lease
/// names a linked option.
pub fn lease_text(line: &Value) -> Option<String> {
    let description = line["description"].as_str()?.trim();
    Some(match num(&line["coverage"]["price"]) {
        Some(c) => format!("{description} ({})", eur(c)),
        None => description.to_owned(),
    })
}
