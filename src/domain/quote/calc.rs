//! Small arithmetic and date helpers the checks and the projection share.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::round_cents;
use crate::i18n::trf;

/// Equal once both are rounded to the cent.
pub(super) fn eq_cents(a: Decimal, b: Decimal) -> bool {
    round_cents(a) == round_cents(b)
}

/// `base × rate %`, rounded to the cent; `None` on overflow.
pub(super) fn percent_of(base: Decimal, rate: Decimal) -> Option<Decimal> {
    Some(round_cents(
        base.checked_mul(rate)?.checked_div(Decimal::ONE_HUNDRED)?,
    ))
}

/// The tax inside a tax-inclusive `payable`: payable − payable ÷ (1 + rate).
pub(super) fn inclusive_tax(payable: Decimal, rate: Decimal) -> Option<Decimal> {
    let divisor = Decimal::ONE_HUNDRED.checked_add(rate)?;
    let net = round_cents(
        payable
            .checked_mul(Decimal::ONE_HUNDRED)?
            .checked_div(divisor)?,
    );
    payable.checked_sub(net)
}

/// Sum of all values, `None` if one is missing, the list is empty, or the
/// sum overflows.
pub(super) fn sum_all(values: impl IntoIterator<Item = Option<Decimal>>) -> Option<Decimal> {
    let mut total: Option<Decimal> = None;
    for v in values {
        total = Some(total.unwrap_or_default().checked_add(v?)?);
    }
    total
}

/// "08-09-2025".
pub(super) fn date_text(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// "08-09-2025 to 30-09-2025", when both dates are known.
pub(super) fn period_text(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Option<String> {
    Some(trf(
        "start-to-end",
        &[("start", &date_text(start?)), ("end", &date_text(end?))],
    ))
}

/// Days from `start` to `end`, both included; `None` if `end < start`.
pub(super) fn days_inclusive(start: NaiveDate, end: NaiveDate) -> Option<i64> {
    let d = end.signed_duration_since(start).num_days();
    (d >= 0).then_some(d + 1)
}
