//! The premium per billing cycle and for the first payment.

use rust_decimal::Decimal;

use super::InsuranceProblem;
use crate::domain::money::{MoneyLocale, format_money, round_cents};
use crate::domain::quote::{
    Cadence, Comparison, ProrationExplanation, ProrationKind, ProrationMethod,
};
use crate::i18n::trf;

/// Months in one billing cycle of the quote.
pub(super) fn cycle_months(base: &Comparison) -> Result<u32, InsuranceProblem> {
    match base.projection.cadence {
        Some(Cadence::Months(n)) => Ok(n.max(1)),
        Some(Cadence::Weeks(_)) => Err(InsuranceProblem::WeeklyCycle),
        // The projection assumes monthly cycles without a period; so do we.
        None => Ok(1),
    }
}

/// The premium for one billing cycle of `cycle` months, from a premium of
/// `premium_months`: spread evenly by month, to the cent.
pub(super) fn per_cycle(
    premium: Decimal,
    premium_months: u32,
    cycle: u32,
) -> Result<Decimal, InsuranceProblem> {
    if premium_months == cycle {
        return Ok(premium);
    }
    premium
        .checked_mul(Decimal::from(cycle))
        .and_then(|p| p.checked_div(Decimal::from(premium_months)))
        .map(round_cents)
        .ok_or(InsuranceProblem::Overflow)
}

/// The first payment's premium (before tax) and the note that says how.
pub(super) struct FirstPremium {
    pub amount: Decimal,
    pub note: String,
}

/// The premium of the first period: the whole cycle's when it is a full
/// cycle (or there is no prorated view), else prorated like the rent.
pub(super) fn first_period(
    cycle_premium: Decimal,
    cycle: u32,
    proration: Option<&ProrationExplanation>,
    locale: &MoneyLocale,
) -> Result<FirstPremium, InsuranceProblem> {
    let money = |d: Decimal| format_money(d, locale);
    let Some(p) = proration.filter(|p| p.kind == ProrationKind::Prorated) else {
        return Ok(FirstPremium {
            amount: cycle_premium,
            note: trf(
                "the-first-payment-is-a-full-cycle-it-carries",
                &[("premium", &money(cycle_premium))],
            ),
        });
    };
    let monthly = cycle_premium
        .checked_div(Decimal::from(cycle))
        .ok_or(InsuranceProblem::Overflow)?;
    let days = p.days.unwrap_or(0).max(0);
    // The rent's reading when it agrees with the API's figure; else the
    // sandbox's rule (30 days, daily rate rounded first).
    let reproduced = p.agrees == Some(true);
    let (divisor, method) = match (p.divisor, p.method) {
        (Some(d), Some(m)) if reproduced && d > 0 => (d, m),
        _ => (30, ProrationMethod::RoundedDailyRate),
    };
    let (days_d, divisor_d) = (Decimal::from(days), Decimal::from(divisor));
    let overflow = InsuranceProblem::Overflow;
    let amount = match method {
        ProrationMethod::RoundedDailyRate => monthly
            .checked_div(divisor_d)
            .map(round_cents)
            .and_then(|daily| daily.checked_mul(days_d)),
        ProrationMethod::ExactDailyRate => monthly
            .checked_mul(days_d)
            .and_then(|x| x.checked_div(divisor_d)),
    }
    .map(round_cents)
    .ok_or(overflow)?;
    let args: [(&str, &dyn std::fmt::Display); 4] = [
        ("premium", &money(monthly)),
        ("divisor", &divisor),
        ("days", &days),
        ("amount", &money(amount)),
    ];
    let note = if reproduced {
        trf("assumption-the-premium-is-prorated-like-the-rent", &args)
    } else {
        trf("assumption-the-premium-is-prorated-by-30-days", &args)
    };
    Ok(FirstPremium { amount, note })
}

/// Tax of `taxable` at `rate` %, to the cent.
pub(super) fn tax_of(taxable: Decimal, rate: Decimal) -> Result<Decimal, InsuranceProblem> {
    taxable
        .checked_mul(rate)
        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
        .map(round_cents)
        .ok_or(InsuranceProblem::Overflow)
}
