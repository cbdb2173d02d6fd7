//! The sandbox's walk-in pricing: the rate card (fixtures/sandbox/walkin-rates.json)
//! and every figure derived from it, by the rules of the other fixtures
//! (fixtures/sandbox/README.md): tax per line rounded to the cent, payable =
//! taxable + tax, a first period prorated by day (round(period price ÷
//! months ÷ 30, 2) a day, to the end of the move-in month), a percentage
//! discount taken on each view's rent, an amount discount in full.

use std::sync::LazyLock;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;
use serde_json::{Value, json};

const RATES_JSON: &str = include_str!("../../../fixtures/sandbox/walkin-rates.json");

/// The one storage type that has sizes (Box).
pub const BOX_STORAGE_ID: &str = "47fa29c4-738a-42dc-bcb3-6dba1ee7e38e";
const BOX_CATEGORY: (&str, &str) = ("fb1660c7-4d43-4637-aad8-5e547e6455ef", "Box");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RateCard {
    pub storage_types: Vec<Value>,
    pub storage_groups: Vec<Value>,
    pub user_types: Vec<Value>,
    pub payment_periods: Vec<Value>,
    pub properties: Vec<PropertyRates>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PropertyRates {
    pub property: String,
    /// Customer type (integer id as text) -> VAT %.
    pub tax_rates: std::collections::BTreeMap<String, Decimal>,
    pub periods: Vec<Period>,
    pub discounts: Vec<Discount>,
    pub sizes: Vec<Size>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub id: String,
    pub name: String,
    pub duration: u32,
    pub payment_period: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Discount {
    pub id: String,
    pub discount_property_info_id: String,
    pub name: String,
    pub is_percentage: bool,
    pub value: Decimal,
    pub occurrence_count: Option<i64>,
    #[serde(default = "yes")]
    pub recurring: bool,
    pub groups: Vec<i64>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Size {
    pub group: i64,
    pub metric: String,
    pub length: Decimal,
    pub width: Decimal,
    pub height: Decimal,
    /// Monthly price before tax.
    pub monthly: Decimal,
    pub available: i64,
    pub total: i64,
}

impl Size {
    /// m² for AREA units, m³ for VOLUME units.
    pub fn size(&self) -> Decimal {
        let area = self.length * self.width;
        if self.metric == "VOLUME" {
            (area * self.height).normalize()
        } else {
            area.normalize()
        }
    }
}

static CARD: LazyLock<Result<RateCard, String>> = LazyLock::new(|| {
    serde_json::from_str(RATES_JSON).map_err(|e| format!("walkin-rates.json: {e}"))
});

pub fn card() -> Result<&'static RateCard, String> {
    CARD.as_ref().map_err(Clone::clone)
}

impl RateCard {
    pub fn property(&self, id: &str) -> Option<&PropertyRates> {
        self.properties
            .iter()
            .find(|p| p.property.eq_ignore_ascii_case(id.trim()))
    }

    /// The integer customer type for an integer id or its GUID.
    pub fn user_type(&self, id: &str) -> Option<String> {
        let id = id.trim();
        self.user_types.iter().find_map(|u| {
            let int = u["taxUserTypeInfoId"].to_string();
            let guid = u["id"].as_str().unwrap_or_default();
            (int == id || guid.eq_ignore_ascii_case(id)).then_some(int)
        })
    }
}

impl PropertyRates {
    /// "Monthly", "MONTHLY", "quarterly" and the documents' "Quartely".
    pub fn period(&self, code: &str) -> Option<&Period> {
        let code = code.trim().to_ascii_lowercase();
        let code = if code == "quartely" {
            "quarterly".to_owned()
        } else {
            code
        };
        self.periods
            .iter()
            .find(|p| p.name.to_ascii_lowercase() == code)
    }

    pub fn tax(&self, user_type: &str) -> Option<Decimal> {
        self.tax_rates.get(user_type).copied()
    }

    pub fn discount_for_group(&self, group: i64) -> Option<&Discount> {
        self.discounts.iter().find(|d| d.groups.contains(&group))
    }

    pub fn discount(&self, id: &str) -> Option<&Discount> {
        self.discounts.iter().find(|d| {
            d.id.eq_ignore_ascii_case(id.trim())
                || d.discount_property_info_id.eq_ignore_ascii_case(id.trim())
        })
    }
}

pub fn r2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// "1 234,56 €", "-3,25 €" (as every sandbox fixture writes money).
pub fn eur(d: Decimal) -> String {
    let d = r2(d);
    let text = format!("{:.2}", d.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    let sign = if d.is_sign_negative() && !d.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{grouped},{frac} €")
}

/// A JSON number, as the documents send amounts (a `Decimal` would
/// serialise as a string).
pub fn n(d: Decimal) -> Value {
    serde_json::Number::from_f64(d.to_f64().unwrap_or_default()).map_or(Value::Null, Value::Number)
}

pub fn money(d: Decimal) -> Value {
    json!({"price": n(r2(d)), "formattedPrice": eur(d)})
}

fn pct(d: Decimal) -> Value {
    json!({"percentage": n(d), "formattedPercentage": format!("{:.2} %", d).replace('.', ",")})
}

fn measure(d: Decimal) -> Value {
    let d = d.normalize();
    json!({"number": n(d), "formattedNumber": d.to_string().replace('.', ",")})
}

fn dmy(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// `{taxablePrice, taxPrice, payablePrice}` of an amount before tax.
pub fn triple(taxable: Decimal, rate: Decimal) -> Value {
    let tax = r2(taxable * rate / Decimal::ONE_HUNDRED);
    json!({"taxablePrice": money(taxable), "taxPrice": money(tax), "payablePrice": money(taxable + tax)})
}

/// What a discount takes off a rent before tax (a positive amount).
pub fn discount_off(d: &Discount, rent: Decimal) -> Decimal {
    if d.is_percentage {
        r2(rent * d.value / Decimal::ONE_HUNDRED)
    } else {
        d.value
    }
}

/// The discount rule block (`data.discount`) as the quotation shows it.
pub fn rule(d: &Discount) -> Value {
    let lifetime = d.recurring && d.occurrence_count.is_none();
    json!({
        "id": d.id, "discountPropertyInfoId": d.discount_property_info_id, "name": d.name,
        "isPercentage": d.is_percentage,
        "discountPercentage": if d.is_percentage { pct(d.value) } else { Value::Null },
        "discountAmount": if d.is_percentage { Value::Null } else { money(d.value) },
        "category": "", "isLifeTimeValidity": true, "expiration": null,
        "isRecurring": d.recurring, "isLifeTimeRecurring": lifetime,
        "occurrenceCount": d.occurrence_count, "recurringMode": "PERIOD",
    })
}

/// The `storageSize` block; dimensions are known for the rate card's sizes only.
pub fn storage_size(size: Decimal, known: Option<&Size>, volume: bool) -> Value {
    let metric = if volume { "VOLUME" } else { "AREA" };
    match known {
        Some(s) => json!({
            "size": measure(s.size()), "scaleMetrics": "m", "defaultSizeMetrics": metric,
            "length": measure(s.length), "width": measure(s.width), "height": measure(s.height),
            "notes": null, "assumedVolume": if volume { n(s.size()) } else { Value::Null },
        }),
        None => json!({
            "size": measure(size), "scaleMetrics": "m", "defaultSizeMetrics": metric,
            "length": null, "width": null, "height": null, "notes": null,
            "assumedVolume": if volume { n(size) } else { Value::Null },
        }),
    }
}

pub fn period_block(p: &Period) -> Value {
    json!({"id": p.id, "name": p.name, "duration": p.duration, "paymentPeriod": p.payment_period})
}

pub fn category() -> Value {
    json!({"id": BOX_CATEGORY.0, "name": BOX_CATEGORY.1})
}

/// One price-list row: a size priced for one period and customer type.
pub fn price_row(
    p: &PropertyRates,
    s: &Size,
    period: &Period,
    rate: Decimal,
    groups: &[Value],
) -> Value {
    let price = s.monthly * Decimal::from(period.duration);
    let d = p.discount_for_group(s.group);
    let discounted = price - d.map_or(Decimal::ZERO, |d| discount_off(d, price));
    let group = groups
        .iter()
        .find(|g| g["id"] == json!(s.group))
        .cloned()
        .unwrap_or(json!({"id": s.group, "name": null}));
    json!({
        "storageSize": storage_size(s.size(), Some(s), s.metric == "VOLUME"),
        "storage": {"id": BOX_STORAGE_ID, "name": "Box"},
        "storageGroup": group,
        "storageCategory": category(),
        "paymentPeriod": period_block(period),
        "discount": d.map_or(Value::Null, rule),
        "spacePrice": {"standardPrice": triple(price, rate), "discountedPrice": triple(discounted, rate)},
        "availableCount": s.available,
        "totalCount": s.total,
    })
}

/// What a pre-booking quote is asked for, once checked.
pub struct QuoteAsk<'a> {
    pub property: &'a PropertyRates,
    pub period: &'a Period,
    pub rate: Decimal,
    pub size: Decimal,
    /// Price of one payment period before tax.
    pub price: Decimal,
    pub move_in: NaiveDate,
    pub discount: Option<&'a Discount>,
    pub group: i64,
}

/// The dates of the first payment and of the first full cycle.
pub fn cycle_dates(
    move_in: NaiveDate,
    months: u32,
) -> ((NaiveDate, NaiveDate), (NaiveDate, NaiveDate)) {
    let cycle_end = |start: NaiveDate| {
        start
            .checked_add_months(Months::new(months))
            .and_then(|d| d.pred_opt())
            .unwrap_or(start)
    };
    if move_in.day() == 1 {
        let full = (move_in, cycle_end(move_in));
        return (full, full);
    }
    let next_month = move_in
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap_or(move_in);
    let first = (move_in, next_month.pred_opt().unwrap_or(move_in));
    (first, (next_month, cycle_end(next_month)))
}

/// A stable id for a line: the same quote gives the same ids.
fn line_id(name: &str, period: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (name, period).hash(&mut h);
    let x = h.finish();
    uuid::Uuid::from_u64_pair(x, x.rotate_left(17)).to_string()
}

/// One line of a view (rent or discount) with its transactData mirror.
fn line(
    name: &str,
    category: &str,
    taxable: Decimal,
    rate: Decimal,
    period: &str,
    extra: Value,
) -> (Value, Value, Decimal, Decimal) {
    let tax = r2(taxable * rate / Decimal::ONE_HUNDRED);
    let mut l = json!({
        "id": line_id(name, period), "name": null, "description": name, "note": null,
        "coverage": null, "taxPercentage": pct(rate), "period": period,
        "taxablePrice": money(taxable), "taxPrice": money(tax), "payablePrice": money(taxable + tax),
    });
    if let (Value::Object(l), Value::Object(extra)) = (&mut l, extra) {
        l.extend(extra);
    }
    let mirror = json!({
        "name": name, "description": format!("{name} (Duration: {period})"), "categeory": category,
        "nonTaxableAmount": null, "taxableAmount": money(taxable),
        "taxPercentage": {"price": n(rate), "formattedPrice": format!("{:.2} %", rate).replace('.', ",")},
        "taxAmount": money(tax), "netAmount": money(taxable + tax), "grossAmount": money(taxable + tax),
    });
    (l, mirror, taxable, tax)
}

/// One subscription view: rent (prorated by `days` when given) and discount.
fn view(ask: &QuoteAsk, dates: (NaiveDate, NaiveDate), days: Option<i64>, first: bool) -> Value {
    let period = format!("{} to {}", dmy(dates.0), dmy(dates.1));
    let unit = if ask.period.duration == 1 {
        "Month"
    } else {
        "Months"
    };
    let (rent_taxable, quantity) = match days {
        Some(n) => {
            let per_day = r2(ask.price / Decimal::from(ask.period.duration) / Decimal::from(30));
            (
                per_day * Decimal::from(n),
                json!({"count": n, "uom": "Day"}),
            )
        }
        None => (
            ask.price,
            json!({"count": ask.period.duration, "uom": unit}),
        ),
    };
    let label = format!(
        "Box - {} m{}",
        ask.size.normalize(),
        if ask.property.sizes.iter().any(|s| s.metric == "VOLUME") {
            "³"
        } else {
            "²"
        }
    );
    let rent = line(
        &label,
        "RENT",
        rent_taxable,
        ask.rate,
        &period,
        json!({"isRecurring": true, "quantity": quantity}),
    );
    let mut lines = vec![rent];
    if let Some(d) = ask.discount.filter(|d| d.recurring || first) {
        let off = discount_off(d, rent_taxable);
        let pct_value = if d.is_percentage {
            n(d.value)
        } else {
            Value::Null
        };
        lines.push(line(&d.name, "RENT_DISCOUNT", -off, ask.rate, &period,
            json!({"percentage": pct_value, "isRecurring": d.recurring, "quantity": {"count": 1, "uom": "Nos"}})));
    }
    let taxable: Decimal = lines.iter().map(|l| l.2).sum();
    let tax: Decimal = lines.iter().map(|l| l.3).sum();
    json!({
        "startDate": dmy(dates.0), "endDate": dmy(dates.1), "taxUserType": null,
        "nonTaxableAmount": money(Decimal::ZERO), "taxableAmount": money(taxable),
        "taxAmount": money(tax), "netAmount": money(taxable + tax), "grossAmount": money(taxable + tax),
        "rent": lines[0].0, "securityDeposit": null, "adminFee": null,
        "discount": lines.get(1).map_or(Value::Null, |l| l.0.clone()),
        "insurance": null, "service": null, "merchandise": null,
        "transactData": lines.iter().map(|l| l.1.clone()).collect::<Vec<_>>(),
    })
}

/// The whole pre-booking quotation (`data`), shaped like the activity preview.
pub fn quotation(ask: &QuoteAsk, property: &Value, today: NaiveDate) -> Value {
    let (first, cycle) = cycle_dates(ask.move_in, ask.period.duration);
    let days = (first != cycle).then(|| (first.1 - first.0).num_days() + 1);
    let pro_rata = view(ask, first, days, true);
    let billing = view(ask, cycle, None, false);
    let known = ask
        .property
        .sizes
        .iter()
        .find(|s| s.group == ask.group && s.size() == ask.size.normalize());
    let volume = ask.property.sizes.iter().any(|s| s.metric == "VOLUME");
    let discounted = ask.price
        - ask
            .discount
            .map_or(Decimal::ZERO, |d| discount_off(d, ask.price));
    let date =
        |d: NaiveDate| json!({"date": d.format("%Y-%m-%d").to_string(), "formattedDate": dmy(d)});
    json!({
        "id": null, "transactId": null, "transactDate": date(today), "moveInDate": date(ask.move_in),
        "client": null, "spaceInfo": null,
        "subscription": billing, "billingSubscription": billing, "proRataSubscription": pro_rata,
        "discount": ask.discount.map_or(Value::Null, rule),
        "business": null, "property": property,
        "storage": {"id": BOX_STORAGE_ID, "name": "Box"},
        "storageCategory": category(),
        "storageSize": storage_size(ask.size, known, volume),
        "paymentPeriod": period_block(ask.period),
        "isDocumentSigned": false, "documentList": [],
        "spacePrice": {"standardPrice": triple(ask.price, ask.rate), "discountedPrice": triple(discounted, ask.rate)},
    })
}
