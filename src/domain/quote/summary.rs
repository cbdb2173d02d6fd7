//! One quote in a few figures, for comparing pinned quotes side by side.

use rust_decimal::Decimal;

use super::compare_quotation;
use super::figure::{api_figure, price};
use super::model::{Cadence, Comparison, DiscountSummary, Figure};
use crate::api::models::{Quotation, StorageSize};
use crate::domain::booking::BookingView;
use crate::domain::money::MoneyLocale;
use crate::domain::money::round_cents;
use crate::i18n::{tr, trf};

/// The figures of one quote for a side-by-side column.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSummary {
    pub booking_id: Option<String>,
    pub transact_id: Option<String>,
    /// The comparison's heading ("ACT1 · Emmerich · A2 Box Storage · 9 m²").
    pub heading: String,
    pub property: Option<String>,
    /// "A2 · Box Storage".
    pub unit: String,
    /// "9 m²" (the API's number) and "2 × 2 × 2.7 m" when known.
    pub size: Option<String>,
    pub dimensions: Option<String>,
    /// The size the price per m² / m³ divides by.
    pub size_value: Option<Decimal>,
    /// "m²" for AREA units, "m³" for VOLUME units.
    pub size_unit: String,
    /// "Monthly (1 month)".
    pub payment_period: Option<String>,
    /// The standard rent incl. tax, per month, per m² (m³ for VOLUME units),
    /// rounded to the cent: 78,00 € ÷ 9 m² = 8,67 €. Computed.
    pub price_per_size: Option<Figure>,
    /// "8,67 €/m² per month".
    pub price_per_size_text: Option<String>,
    /// The API's first-period net (prorated or not).
    pub first_payment: Option<Figure>,
    /// The API's full-cycle net, the discount included when it applies.
    pub regular_payment: Option<Figure>,
    /// A full cycle without the discount.
    pub standard_payment: Option<Figure>,
    /// Everything due in the 12 months from move-in (see [`super::Projection`]).
    pub total_12_months: Option<Figure>,
    pub discount: Option<DiscountSummary>,
    /// "5% · 3 payments", or "none".
    pub discount_text: String,
    pub warning_count: usize,
    pub locale: MoneyLocale,
}

/// The size a price per m² / m³ divides by: the API's size, else length ×
/// width (× height for VOLUME units, or `assumedVolume`).
fn size_value(s: &StorageSize) -> Option<Decimal> {
    let n = |m: &Option<crate::api::lenient::Measure>| m.as_ref()?.number;
    if let Some(v) = n(&s.size) {
        return Some(v);
    }
    let area = n(&s.length)?.checked_mul(n(&s.width)?);
    if s.is_volume() {
        n(&s.assumed_volume).or_else(|| area?.checked_mul(n(&s.height)?))
    } else {
        area
    }
}

/// The standard rent incl. tax per month, per m² (m³): computed.
fn price_per_size(q: &Quotation, c: &Comparison, size_value: Option<Decimal>) -> Option<Figure> {
    // Standard rent incl. tax for one cycle, then per month.
    let standard_cycle = q
        .space_price
        .as_ref()
        .and_then(|sp| price(&sp.standard_price.as_ref()?.payable_price))
        .or_else(|| {
            let b = q
                .billing_subscription
                .as_ref()
                .or(q.subscription.as_ref())?;
            price(&b.rent.as_ref()?.payable_price)
        });
    let months = match c.projection.cadence {
        Some(Cadence::Months(n)) => Some(Decimal::from(n)),
        None => Some(Decimal::ONE),
        Some(Cadence::Weeks(_)) => None,
    };
    let per_size = standard_cycle
        .zip(months)
        .and_then(|(p, m)| p.checked_div(m))
        .zip(size_value)
        .and_then(|(p, s)| p.checked_div(s))
        .map(round_cents);
    per_size.map(|v| Figure::computed(v, &c.locale))
}

/// The first payment, a regular one, and a regular one without the
/// discount: the API's nets (the last computed when a discount applies).
fn payments(
    q: &Quotation,
    locale: &MoneyLocale,
) -> (Option<Figure>, Option<Figure>, Option<Figure>) {
    let first_payment = q
        .pro_rata_subscription
        .as_ref()
        .and_then(|s| api_figure(&s.net_amount, locale));
    let regular = q.billing_subscription.as_ref().or(q.subscription.as_ref());
    let regular_payment = regular.and_then(|s| api_figure(&s.net_amount, locale));
    let standard_payment = regular_payment.as_ref().and_then(|net| {
        let d = regular?
            .discount
            .as_ref()
            .and_then(|d| price(&d.payable_price))
            .filter(|d| !d.is_zero());
        match d {
            Some(d) => Some(Figure::computed(net.value.checked_sub(d)?, locale)),
            None => Some(net.clone()),
        }
    });
    (first_payment, regular_payment, standard_payment)
}

/// The side-by-side figures of a quotation.
pub fn summarize(q: &Quotation) -> QuoteSummary {
    let c = compare_quotation(q);
    let view = BookingView::of_quotation(q);
    let size = q.storage_size.as_ref();
    let size_unit = size.map_or_else(|| "m²".to_owned(), StorageSize::size_unit);
    let size_value = size.and_then(size_value).filter(|v| *v > Decimal::ZERO);

    let price_per_size = price_per_size(q, &c, size_value);
    let price_per_size_text = price_per_size.as_ref().map(|f| {
        trf(
            "amount-unit-per-month",
            &[("amount", &f.shown), ("unit", &size_unit)],
        )
    });
    let (first_payment, regular_payment, standard_payment) = payments(q, &c.locale);
    let discount_text = c
        .discount
        .as_ref()
        .map(|d| format!("{} · {}", d.value, d.duration))
        .unwrap_or_else(|| tr("none").into());

    QuoteSummary {
        booking_id: q.id.clone(),
        transact_id: q.transact_id.clone(),
        heading: c.heading.clone(),
        property: q
            .property
            .as_ref()
            .and_then(|p| p.title().map(str::to_owned)),
        unit: view.unit_name().unwrap_or_default(),
        size: view.size_text(),
        dimensions: view.dimensions_text(),
        size_value,
        size_unit,
        payment_period: c.projection.cadence_label.clone(),
        price_per_size,
        price_per_size_text,
        first_payment,
        regular_payment,
        standard_payment,
        total_12_months: c.projection.total_12_months_with.clone(),
        discount: c.discount.clone(),
        discount_text,
        warning_count: c.warnings.len(),
        locale: c.locale,
    }
}

/// One labelled row of the side-by-side table.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub label: String,
    /// One display string per summary, in the order given; "—" when missing.
    pub cells: Vec<String>,
}

/// The side-by-side table for pinned quotes (the panel shows up to four):
/// unit, property, size, price per m² / m³, payment period, first payment,
/// regular payment, without discount, 12-month total, discount, warnings.
pub fn summary_rows(summaries: &[QuoteSummary]) -> Vec<SummaryRow> {
    let units: Vec<&str> = summaries.iter().map(|s| s.size_unit.as_str()).collect();
    let per_size_label = if !units.is_empty() && units.iter().all(|u| *u == "m³") {
        tr("price-per-m3-month-incl-tax")
    } else if units.contains(&"m³") {
        tr("price-per-m2-m3-month-incl-tax")
    } else {
        tr("price-per-m2-month-incl-tax")
    };
    let labels = [
        tr("unit"),
        tr("property"),
        tr("size-title"),
        per_size_label,
        tr("payment-period"),
        tr("first-payment"),
        tr("regular-payment"),
        tr("without-discount"),
        tr("msg-12-month-total"),
        tr("discount"),
        tr("warnings"),
    ];
    let columns: Vec<[String; 11]> = summaries.iter().map(column_cells).collect();
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| SummaryRow {
            label: (*label).to_owned(),
            cells: columns.iter().map(|c| c[i].clone()).collect(),
        })
        .collect()
}

/// One summary's cells, in the order of [`summary_rows`]' labels.
fn column_cells(s: &QuoteSummary) -> [String; 11] {
    let dash = || "—".to_owned();
    let figure = |f: &Option<Figure>| f.as_ref().map_or_else(dash, |f| f.shown.clone());
    let opt = |t: &Option<String>| t.clone().unwrap_or_else(dash);
    [
        if s.unit.is_empty() {
            dash()
        } else {
            s.unit.clone()
        },
        opt(&s.property),
        opt(&s.size),
        opt(&s.price_per_size_text),
        opt(&s.payment_period),
        figure(&s.first_payment),
        figure(&s.regular_payment),
        figure(&s.standard_payment),
        figure(&s.total_12_months),
        s.discount_text.clone(),
        s.warning_count.to_string(),
    ]
}
