//! Quote comparison: the three views of a quotation side by side, checks of
//! the API's figures, the proration explained, and a projection of the next
//! cycles. Pure: no egui, no I/O, no clock (dates come from the documents).
//!
//! # What the panel gets
//!
//! [`compare_quotation`] / [`compare_reservation`] return a [`Comparison`]:
//!
//! - [`Comparison::columns`]: the three views (`Preview` = `subscription`,
//!   `Full cycle` = `billingSubscription`, `Prorated` = `proRataSubscription`),
//!   each `None` when the response lacks it (the reservation has no preview);
//! - [`Comparison::rows`]: one row per line item (rent, discount, insurance,
//!   service, merchandise, admin fee, security deposit; several insurance or
//!   merchandise items give several rows), a [`Cell`] per view with taxable,
//!   tax and payable [`Figure`]s;
//! - [`Comparison::totals`]: non-taxable, taxable, tax, net and gross rows;
//! - [`Comparison::space_price`]: standard vs discounted price and the saving;
//! - [`Comparison::proration`]: the first period explained ("65,00 € ÷ 30 days
//!   = 2,17 €/day × 23 days = 49,91 €");
//! - [`Comparison::warnings`]: every failed check, naming the figure
//!   ("Prorated · Rent · tax"); [`Comparison::notes`] holds mild remarks
//!   (a figure that could not be read) that are not disagreements;
//! - [`Comparison::projection`]: the first payment and the next 12 cycles, the
//!   12-month total, and the assumptions behind them as [`Projection::notes`].
//!
//! Every amount shown is the API's own ([`Figure::shown`] is its
//! `formattedPrice`); our arithmetic only checks figures and projects future
//! cycles, and what it computes is marked `from_api: false`. A figure a check
//! disputes has [`Figure::flagged`] set, so the panel can highlight its cell.
//!
//! # Checks
//!
//! For every view: each line item's `formattedPrice` agrees with its `price`
//! (a percentage written for an amount is a disagreement); tax = taxable ×
//! rate to the cent (the tax-inclusive reading payable − payable ÷ (1 + rate)
//! is accepted too); payable = taxable + tax; the line items sum to the
//! totals; net = taxable + tax + non-taxable; the `transactData` summary agrees
//! with the line items and with itself; the discount agrees with its rule
//! (percentage of the rent, or a fixed amount). Also the space price (each
//! part, and against the full-cycle view) and the proration. A missing figure
//! skips the checks that need it: no false alarm.
//!
//! # Rooms
//!
//! `model` holds the values above; `source` is where the figures come from
//! (the borrowed parts of a quotation or reservation, the locale); `figure`
//! reads a `{price, formattedPrice}` or `{percentage, formattedPercentage}`
//! with one generic check of its text; `checks` holds a price's parts and a
//! view's totals, `discount_rule` the discount line against its rule;
//! `table` builds the rows and totals, `space_price` the standard vs
//! discounted prices, `proration` the first period (and `walk` its payment, from the rent
//! through discount and tax to what is paid), `projection` the cycles;
//! `build` runs them in turn with a `ctx::Ctx` collecting warnings and notes;
//! `export` and `summary` read the result.

mod build;
mod calc;
mod checks;
mod ctx;
mod discount_rule;
mod export;
mod figure;
mod model;
mod projection;
mod proration;
pub use proration::month_word;
mod source;
mod space_price;
mod summary;
mod table;
#[cfg(test)]
mod tests;
mod walk;

use crate::api::models::{Quotation, ReservationDetail};
pub use crate::domain::money::MoneyLocale;
use source::Source;

pub use export::{comparison_csv, comparison_text};
pub use model::{
    Cadence, Cell, CheckKind, CheckWarning, Comparison, CycleRow, DiscountPlan, DiscountSummary,
    DivisorBasis, Field, Figure, LineKind, Prices, Projection, ProrationExplanation, ProrationKind,
    ProrationMethod, Rate, Row, SpacePriceComparison, Target, TotalKind, TotalRow, View,
    ViewColumn, period_name,
};
pub use summary::{QuoteSummary, SummaryRow, summarize, summary_rows};

/// Compares the three views of an activity quotation.
pub fn compare_quotation(q: &Quotation) -> Comparison {
    build::build(&Source::from_quotation(q))
}

/// Compares the full-cycle and prorated views of a reservation (it has no
/// preview, discount rule, payment period or space price).
pub fn compare_reservation(r: &ReservationDetail) -> Comparison {
    build::build(&Source::from_reservation(r))
}
