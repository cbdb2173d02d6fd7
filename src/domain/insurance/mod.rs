//! Insurance in the quote (issue 28): a booking's quotation "with this
//! option", and the check of the server's `insurance` block after a link
//! against what staff were shown. Pure: no I/O, no clock.
//!
//! # What the UI gets
//!
//! [`side_by_side`] takes the booking's quotation and the options staff
//! compare; it returns the quote as it is ([`SideBySide::base`]) and, per
//! option, an [`InsuredQuote`]: the quotation rebuilt with the option's
//! insurance line in every view (replacing any insurance already there, as
//! the link does), its [`Comparison`] through the same checks, proration
//! and projection as any quote, and what the option adds to the first
//! payment, to one cycle and to the 12-cycle total. An option that cannot be
//! priced gives an [`InsuranceProblem`] instead (no price line, no premium).
//! [`check_linked`] compares the quotation the server has after the link
//! with the [`InsuredQuote`] staff confirmed: every difference is a
//! [`CheckWarning`] of kind [`CheckKind::Insurance`].
//!
//! # Assumptions (also in docs/api-assumptions.md and in [`InsuredQuote::notes`])
//!
//! - The premium is before tax and taxed at the rate its price line states,
//!   else at the rent's rate (the property's rate for this customer).
//! - A premium for another period than the booking's cycle is spread evenly
//!   by month: premium × cycle months ÷ premium months, to the cent.
//! - The first payment carries the premium prorated like the rent: the
//!   divisor and rounding that reproduce the prorated rent
//!   ([`ProrationExplanation`]), else round(premium ÷ 30, 2) a day; a first
//!   period that is a full cycle carries the whole premium.

mod apply;
mod check;
mod premium;
#[cfg(test)]
mod tests;

use rust_decimal::Decimal;

use crate::api::insurance::{InsuranceOption, PremiumLine};
use crate::api::models::Quotation;
use crate::domain::quote::{CheckKind, CheckWarning, Comparison, Figure, compare_quotation};
use crate::i18n::tr;

pub use check::check_linked;

/// What an option adds to one view: taxable, tax, payable.
#[derive(Debug, Clone, PartialEq)]
pub struct Added {
    pub taxable: Figure,
    pub tax: Figure,
    pub payable: Figure,
}

/// The booking's quote with one insurance option.
#[derive(Debug, Clone, PartialEq)]
pub struct InsuredQuote {
    /// `insuranceId` and `priceId` of the link.
    pub insurance_id: String,
    pub price_id: Option<String>,
    /// The option's name as shown.
    pub label: String,
    pub coverage: Option<Figure>,
    /// The premium as listed, per `premium_period`, before tax.
    pub premium: Figure,
    pub premium_period: Option<String>,
    /// Percent.
    pub tax_rate: Decimal,
    /// What one billing cycle gains.
    pub per_cycle: Added,
    /// What the first payment gains (prorated like the rent).
    pub first_payment: Added,
    /// The first payment with the option (net).
    pub first_payment_total: Option<Figure>,
    /// How much the quote's net changes with the option: on the first
    /// payment and on a cycle. Equal to `first_payment` / `per_cycle`
    /// payable unless the option replaces insurance the booking has.
    pub first_payment_change: Option<Figure>,
    pub cycle_change: Option<Figure>,
    /// What the option adds over the projection's 12 cycles (first payment
    /// included), and over the 12 months from move-in.
    pub adds_to_twelve_cycles: Option<Figure>,
    pub adds_to_twelve_months: Option<Figure>,
    /// The insurance lines the link replaces (their names).
    pub replaces: Vec<String>,
    /// The quotation rebuilt with the option (our figures, not the server's).
    pub quotation: Quotation,
    /// Its comparison; the figures we computed have `from_api: false`.
    pub comparison: Comparison,
    /// The assumptions behind the figures, for the panel and the confirmation.
    pub notes: Vec<String>,
}

/// Why an option cannot be priced for this quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InsuranceProblem {
    /// The option has no price line with an id: it cannot be linked.
    NoPriceLine,
    /// The price line has no readable premium.
    NoPremium,
    /// The quotation has neither a full-cycle view nor a preview.
    NoCycleView,
    /// The booking's cycle counts weeks; a premium per month cannot be
    /// spread over it.
    WeeklyCycle,
    /// Neither the price line nor the rent states a tax rate.
    NoTaxRate,
    /// The figures are out of range.
    Overflow,
}

impl InsuranceProblem {
    /// For the person at the desk, in the current language.
    pub fn message(&self) -> String {
        match self {
            Self::NoPriceLine => tr("this-option-has-no-price-it-cannot-be-linked"),
            Self::NoPremium => tr("this-options-premium-could-not-be-read"),
            Self::NoCycleView => tr("the-quote-has-no-billing-cycle-to-add-insurance-to"),
            Self::WeeklyCycle => tr("the-booking-is-billed-by-the-week-the-premium"),
            Self::NoTaxRate => tr("no-tax-rate-is-stated-for-the-premium-or-the-rent"),
            Self::Overflow => tr("the-amounts-are-too-large-to-compute"),
        }
        .to_owned()
    }
}

/// The quote as it is, and with each option, side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct SideBySide {
    pub base: Comparison,
    /// One per option asked for, in order.
    pub options: Vec<Result<InsuredQuote, InsuranceProblem>>,
}

/// An option's name with its cover ("Contents insurance (5 000,00 €)"):
/// options often share a name and differ by what they cover.
pub fn option_title(option: &InsuranceOption) -> String {
    match option
        .coverage
        .as_ref()
        .and_then(crate::domain::booking::money_text)
    {
        Some(cover) => format!("{} ({cover})", option.label()),
        None => option.label(),
    }
}

/// The price line to offer for `option`: the first one with an id whose
/// period is the booking's cycle (`cycle_months`), else the first with an id.
pub fn default_price(option: &InsuranceOption, cycle_months: Option<u32>) -> Option<&PremiumLine> {
    option
        .linkable()
        .find(|p| cycle_months.is_some() && p.months() == cycle_months)
        .or_else(|| option.linkable().next())
}

/// The booking's quotation with `option` at `price` (see the module's
/// assumptions). `base` is `compare_quotation(q)`.
pub fn with_option(
    q: &Quotation,
    base: &Comparison,
    option: &InsuranceOption,
    price: &PremiumLine,
) -> Result<InsuredQuote, InsuranceProblem> {
    apply::insured(q, base, option, price)
}

/// The quote without, then with each `(option, price line)`; a missing
/// price line takes [`default_price`].
pub fn side_by_side(
    q: &Quotation,
    options: &[(&InsuranceOption, Option<&PremiumLine>)],
) -> SideBySide {
    let base = compare_quotation(q);
    let cycle = premium::cycle_months(&base).ok();
    let options = options
        .iter()
        .map(|(option, price)| {
            let price = price
                .or_else(|| default_price(option, cycle))
                .ok_or(InsuranceProblem::NoPriceLine)?;
            with_option(q, &base, option, price)
        })
        .collect();
    SideBySide { base, options }
}

/// A warning of the insurance check.
fn warning(
    view: Option<crate::domain::quote::View>,
    figure: String,
    (expected, found): (Option<Decimal>, Option<Decimal>),
    message: String,
    target: Option<crate::domain::quote::Target>,
) -> CheckWarning {
    CheckWarning {
        view,
        kind: CheckKind::Insurance,
        figure,
        expected,
        found,
        message,
        target,
    }
}

/// "Full cycle · Insurance · payable".
fn figure_name(view: crate::domain::quote::View, field: &str) -> String {
    format!(
        "{} · {} · {field}",
        view.label(),
        crate::domain::quote::LineKind::Insurance.label()
    )
}
