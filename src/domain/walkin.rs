//! Walk-in quotes without a booking: checking what the desk typed, turning a
//! price-list row into a pre-booking quote request, the grid's rows and
//! their order, and the difference of each quote to the cheapest. Pure.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::api::models::Quotation;
use crate::api::walkin::{PreQuoteRequest, PriceRow};
use crate::domain::money::{MoneyLocale, format_money, round_cents};
use crate::domain::quote::{QuoteSummary, compare_quotation, summarize};
use crate::i18n::{tr, trf};

/// At most this many sizes are quoted side by side.
pub const MAX_WALKIN_QUOTES: usize = 4;

/// What the desk chose above the grid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WalkinChoice {
    pub property_id: String,
    pub storage_id: String,
    /// `taxUserTypeInfoId` as sent.
    pub user_type_id: String,
    /// MONTHLY, QUARTERLY, ... as sent.
    pub period: String,
    pub move_in: Option<NaiveDate>,
}

/// Input the app refuses before any call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkinInputError {
    MoveInInPast {
        move_in: NaiveDate,
        today: NaiveDate,
    },
    NoMoveIn,
    SizeNotPositive,
    PriceNotPositive,
    /// A part of the row the quote needs ("storageGroup") is missing.
    Missing(&'static str),
}

impl WalkinInputError {
    pub fn message(&self) -> String {
        match self {
            Self::MoveInInPast { move_in, today } => trf(
                "the-move-in-date-date-is-in-the",
                &[
                    ("date", &move_in.format("%d-%m-%Y")),
                    ("today", &today.format("%d-%m-%Y")),
                ],
            ),
            Self::NoMoveIn => tr("choose-a-move-in-date").into(),
            Self::SizeNotPositive => tr("the-size-must-be-more-than-0").into(),
            Self::PriceNotPositive => tr("the-price-must-be-more-than-0").into(),
            Self::Missing(part) => {
                let part = match *part {
                    "size" => tr("size"),
                    "price" => tr("price"),
                    "size group" => tr("size-group"),
                    _ => tr("category"),
                };
                trf("the-price-list-did-not-say-the-part", &[("part", &part)])
            }
        }
    }
}

/// Refuses a past move-in and a size or price that is not above 0.
pub fn check_input(
    size: Decimal,
    price: Decimal,
    move_in: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<NaiveDate, WalkinInputError> {
    let move_in = move_in.ok_or(WalkinInputError::NoMoveIn)?;
    if move_in < today {
        return Err(WalkinInputError::MoveInInPast { move_in, today });
    }
    if size <= Decimal::ZERO {
        return Err(WalkinInputError::SizeNotPositive);
    }
    if price <= Decimal::ZERO {
        return Err(WalkinInputError::PriceNotPositive);
    }
    Ok(move_in)
}

/// Size and price typed by hand, with the group and category they belong to.
#[derive(Debug, Clone, PartialEq)]
pub struct ManualSize {
    pub size: Decimal,
    pub price: Decimal,
    pub group_id: i64,
    pub category_id: String,
}

/// The pre-booking quote request for a grid row (or a hand-typed size).
pub fn request_for(
    choice: &WalkinChoice,
    row: Option<&PriceRow>,
    manual: Option<&ManualSize>,
    today: NaiveDate,
) -> Result<PreQuoteRequest, WalkinInputError> {
    let id_of = |r: &Option<crate::api::models::NamedRef>| r.as_ref()?.id.clone();
    let (size, price, group, category) = match (manual, row) {
        (Some(m), _) => (
            Some(m.size),
            Some(m.price),
            Some(m.group_id),
            Some(m.category_id.clone()),
        ),
        (None, Some(r)) => (
            r.size(),
            r.standard_price(),
            id_of(&r.storage_group).and_then(|g| g.trim().parse().ok()),
            id_of(&r.storage_category),
        ),
        (None, None) => (None, None, None, None),
    };
    let size = size.ok_or(WalkinInputError::Missing("size"))?;
    let price = price.ok_or(WalkinInputError::Missing("price"))?;
    let move_in = check_input(size, price, choice.move_in, today)?;
    let discount = row.and_then(|r| r.discount.as_ref());
    Ok(PreQuoteRequest {
        tax_user_type_info_id: choice.user_type_id.clone(),
        storage_info_id: choice.storage_id.clone(),
        storage_group_info_id: group.ok_or(WalkinInputError::Missing("size group"))?,
        storage_category_info_id: category.ok_or(WalkinInputError::Missing("category"))?,
        property_info_id: choice.property_id.clone(),
        payment_period: choice.period.clone(),
        size,
        price,
        move_in_date: move_in,
        discount_info_id: discount.and_then(|d| d.id.clone()),
        discount_property_info_id: discount.and_then(|d| d.discount_property_info_id.clone()),
        additional_invoice_duration: None,
    })
}

/// The price-per-size header in the unit the grid's figures use: "Price
/// per m³" when every size is a volume, "Price per m²" when every size is
/// an area, both units only when the list mixes them.
pub fn per_size_label(lines: &[GridLine]) -> &'static str {
    let volume = |l: &GridLine| l.size_unit.ends_with('³');
    if !lines.is_empty() && lines.iter().all(volume) {
        tr("price-per-m3")
    } else if lines.iter().any(volume) {
        tr("price-per-m2-m3")
    } else {
        tr("price-per-m2")
    }
}

/// One line of the price grid, as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct GridLine {
    /// Index into the price list's rows.
    pub row: usize,
    pub size: Option<Decimal>,
    /// "4 m²".
    pub size_text: String,
    pub dimensions: String,
    /// "m²" or "m³": the unit of the size and of the price per size.
    pub size_unit: String,
    pub group: String,
    /// Standard price per m² / m³ of one period, tax included.
    pub per_size: Option<Decimal>,
    pub per_size_text: String,
    pub standard: Option<Decimal>,
    pub standard_text: String,
    pub discounted_text: String,
    pub availability: String,
    pub sold_out: bool,
    /// What could not be read in this row, if anything.
    pub unreadable: Option<String>,
}

/// The grid lines of a price list, in the list's order.
pub fn grid_lines(rows: &[PriceRow], locale: &MoneyLocale) -> Vec<GridLine> {
    let dash = || "—".to_owned();
    rows.iter()
        .enumerate()
        .map(|(i, r)| {
            let ss = r.storage_size.as_ref();
            let unit = ss.map_or_else(|| "m²".to_owned(), |s| s.size_unit());
            let standard = r.standard_payable().and_then(|m| m.price);
            let per_size = standard
                .zip(r.size().filter(|s| *s > Decimal::ZERO))
                .and_then(|(p, s)| p.checked_div(s))
                .map(round_cents);
            let money = |m: Option<&crate::api::lenient::Money>| {
                m.and_then(|m| {
                    m.formatted
                        .clone()
                        .or_else(|| m.price.map(|p| format_money(p, locale)))
                })
                .unwrap_or_else(dash)
            };
            GridLine {
                row: i,
                size: r.size(),
                size_text: ss.and_then(|s| s.size_text()).unwrap_or_else(dash),
                dimensions: ss.and_then(|s| s.dimensions_text()).unwrap_or_default(),
                size_unit: unit.clone(),
                // Its name, else its id (a group given by its id only).
                group: r
                    .storage_group
                    .as_ref()
                    .and_then(|g| g.name.clone().or_else(|| g.id.clone()))
                    .unwrap_or_default(),
                per_size,
                per_size_text: per_size
                    .map(|p| format!("{}/{unit}", format_money(p, locale)))
                    .unwrap_or_else(dash),
                standard,
                standard_text: money(r.standard_payable()),
                discounted_text: money(r.discounted_payable()),
                availability: availability_text(r),
                sold_out: r.sold_out(),
                unreadable: (!r.unreadable.is_empty()).then(|| r.unreadable.join("; ")),
            }
        })
        .collect()
}

fn availability_text(r: &PriceRow) -> String {
    match (r.available, r.total) {
        (Some(a), _) if a <= 0 => tr("sold-out").into(),
        (Some(a), Some(t)) => trf("free-of-total-free", &[("free", &a), ("total", &t)]),
        (Some(a), None) => trf("free-free", &[("free", &a)]),
        (None, _) => "—".into(),
    }
}

/// The grid's sort columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Size,
    PerSize,
    Price,
}

/// Sorts grid lines; lines without the figure go last, ties keep list order.
pub fn sort_lines(lines: &mut [GridLine], by: SortBy, ascending: bool) {
    let key = |l: &GridLine| match by {
        SortBy::Size => l.size,
        SortBy::PerSize => l.per_size,
        SortBy::Price => l.standard,
    };
    lines.sort_by(|a, b| match (key(a), key(b)) {
        (Some(x), Some(y)) if ascending => x.cmp(&y),
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
}

/// A walk-in quote ready to show: its summary and, beside it, what it costs
/// above the cheapest quote shown (12-month total).
#[derive(Debug, Clone, PartialEq)]
pub struct WalkinQuote {
    pub summary: QuoteSummary,
    /// The first payment explained ("Monthly rent … ÷ 30 days × 14 days …").
    pub proration_text: String,
    /// The first payment and the next 12 cycles, discount applied.
    pub cycles_total: String,
    pub quotation: Box<Quotation>,
}

impl WalkinQuote {
    pub fn new(quotation: Quotation) -> Self {
        let c = compare_quotation(&quotation);
        Self {
            summary: summarize(&quotation),
            proration_text: c
                .proration
                .as_ref()
                .map(|p| p.text.clone())
                .unwrap_or_default(),
            cycles_total: c
                .projection
                .total_cycles_with
                .as_ref()
                .map_or_else(|| "—".to_owned(), |f| f.shown.clone()),
            quotation: Box::new(quotation),
        }
    }
}

/// "+12,00 €" above the cheapest 12-month total, "cheapest" for it, "—"
/// when a total is unknown. One entry per summary, in order.
pub fn difference_to_cheapest(summaries: &[QuoteSummary]) -> Vec<String> {
    let totals: Vec<Option<Decimal>> = summaries
        .iter()
        .map(|s| s.total_12_months.as_ref().map(|f| f.value))
        .collect();
    let Some(min) = totals.iter().flatten().min().copied() else {
        return vec!["—".into(); summaries.len()];
    };
    summaries
        .iter()
        .zip(&totals)
        .map(|(s, t)| match t {
            None => "—".into(),
            Some(t) if *t == min => tr("cheapest").into(),
            Some(t) => format!("+{}", format_money(*t - min, &s.locale)),
        })
        .collect()
}

#[cfg(test)]
mod tests;
