//! The first period explained: monthly rent → daily rate → prorated rent.
//!
//! The documents' figures: monthly rent 65.00, 08-09-2025 to 30-09-2025 =
//! 23 days, round(65.00 / 30, 2) = 2.17 €/day, 2.17 × 23 = 49.91. We divide by
//! the number of days in the month of move-in (September: 30); a fixed
//! 30-day month gives the same divisor there, so both readings are tried
//! (days in month first, then 30), each with the daily rate rounded first
//! (as the documents show) and then unrounded. The first reading that
//! reproduces the API's figure is shown; when none does, the days-in-month,
//! rounded reading is shown with a warning.

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::build::{Ctx, Source, days_inclusive, eq_cents, plain_figure, price};
use super::*;
use crate::api::lenient::parse_period;
use crate::api::models::LineItem;
use crate::domain::money::round_cents;
use crate::i18n::{tr, tr_dyn, tr_later, trf};

pub(super) fn days_in_month(d: NaiveDate) -> Option<i64> {
    let first = d.with_day(1)?;
    let next = first.checked_add_months(Months::new(1))?;
    Some(next.signed_duration_since(first).num_days())
}

/// The last day of one cycle starting on `start`.
pub(super) fn cycle_end(start: NaiveDate, cadence: Cadence) -> Option<NaiveDate> {
    projection::add_cycles(start, cadence, 1)?.pred_opt()
}

/// The rent line's quantity when it counts days.
fn quantity_days(rent: &LineItem) -> Option<i64> {
    let q = rent.quantity.as_ref()?;
    let uom = q.uom.as_deref()?.trim().to_ascii_lowercase();
    if !uom.starts_with("day") {
        return None;
    }
    let count = q.count?;
    if !count.fract().is_zero() {
        return None;
    }
    i64::try_from(count).ok()
}

/// "September 2025", in the current language.
fn month_name(d: NaiveDate) -> String {
    let month = match d.month() {
        1 => tr("January"),
        2 => tr("February"),
        3 => tr("March"),
        4 => tr("April"),
        5 => tr("May"),
        6 => tr("June"),
        7 => tr("July"),
        8 => tr("August"),
        9 => tr("September"),
        10 => tr("October"),
        11 => tr("November"),
        _ => tr("December"),
    };
    format!("{month} {}", d.year())
}

/// "Prorated · Rent · taxable": a figure of the prorated rent line.
fn prorated_rent(field: &str) -> String {
    format!(
        "{} · {} · {field}",
        View::ProRata.label(),
        LineKind::Rent.label()
    )
}

/// A raw decimal in the locale's style ("2,4955").
fn plain_number(ctx: &Ctx, d: Decimal) -> String {
    d.normalize()
        .to_string()
        .replace('.', &ctx.locale.decimal_separator.to_string())
}

pub(super) fn explain(
    ctx: &mut Ctx,
    src: &Source,
    cadence: Option<Cadence>,
) -> Option<ProrationExplanation> {
    let pro = src.view(View::ProRata)?;
    let rent = pro.rent.as_ref()?;
    let (start, end) = rent
        .period
        .as_deref()
        .and_then(parse_period)
        .or_else(|| Some((pro.start_date.as_ref()?.date?, pro.end_date.as_ref()?.date?)))
        .map_or((None, None), |(a, b)| (Some(a), Some(b)));
    let period = build::period_text(start, end);
    let api_value = price(&rent.taxable_price);
    let api_figure = plain_figure(ctx, &rent.taxable_price);
    let regular = src.regular().map(|(_, s)| s);
    let cycle_rent_money = regular
        .and_then(|s| s.rent.as_ref())
        .map(|r| &r.taxable_price)
        .filter(|m| price(m).is_some())
        .or_else(|| {
            src.space_price?
                .standard_price
                .as_ref()
                .map(|t| &t.taxable_price)
        });
    let cycle_rent = cycle_rent_money.and_then(price);
    let regular_dates = regular.map(|s| {
        (
            s.start_date.as_ref().and_then(|d| d.date),
            s.end_date.as_ref().and_then(|d| d.date),
        )
    });

    let full_cycle = match (start, end) {
        (Some(a), Some(b)) => {
            regular_dates == Some((Some(a), Some(b)))
                || cadence.and_then(|c| cycle_end(a, c)) == Some(b)
        }
        _ => api_value.is_some() && api_value == cycle_rent,
    };
    let mut notes = Vec::new();
    let target = Some(Target::Line {
        view: View::ProRata,
        kind: LineKind::Rent,
        index: 0,
        field: Field::Taxable,
    });

    if full_cycle {
        let mut agrees = None;
        if let (Some(api), Some(full)) = (api_value, cycle_rent) {
            agrees = Some(eq_cents(api, full));
            if !eq_cents(api, full) {
                let message = trf(
                    "the first period is a full cycle, but its rent {rent} differs from the full-cycle rent {full}",
                    &[("rent", &ctx.money(api)), ("full", &ctx.money(full))],
                );
                ctx.warn(
                    Some(View::ProRata),
                    CheckKind::Proration,
                    prorated_rent(Field::Taxable.label()),
                    Some(full),
                    Some(api),
                    message,
                    target,
                );
            }
        }
        let text = match (period.as_deref(), api_figure.as_ref()) {
            (Some(p), Some(f)) => trf(
                "The first period ({period}) is a full billing cycle: no proration; rent {rent}.",
                &[("period", &p), ("rent", &f.shown)],
            ),
            (Some(p), None) => trf(
                "The first period ({period}) is a full billing cycle: no proration.",
                &[("period", &p)],
            ),
            (None, Some(f)) => trf(
                "The first period is a full billing cycle: no proration; rent {rent}.",
                &[("rent", &f.shown)],
            ),
            (None, None) => {
                tr("The first period is a full billing cycle: no proration.").to_owned()
            }
        };
        return Some(ProrationExplanation {
            kind: ProrationKind::FullCycle,
            start,
            end,
            days: start.zip(end).and_then(|(a, b)| days_inclusive(a, b)),
            monthly: cycle_rent_money.and_then(|m| plain_figure(ctx, m)),
            divisor: None,
            divisor_basis: None,
            method: None,
            daily_rate: None,
            computed: None,
            api_figure,
            agrees,
            text,
            discount_text: discount_text(ctx, src, pro, api_value),
            notes,
        });
    }

    // Days charged.
    let period_days = start.zip(end).and_then(|(a, b)| days_inclusive(a, b));
    let line_days = quantity_days(rent);
    if let (Some(q), Some(d), Some(p)) = (line_days, period_days, period.as_deref())
        && q != d
    {
        let message = trf(
            "the rent line counts {count} days, but {period} has {days} days",
            &[("count", &q), ("period", &p), ("days", &d)],
        );
        ctx.warn(
            Some(View::ProRata),
            CheckKind::Proration,
            prorated_rent(tr("days")),
            Some(Decimal::from(d)),
            Some(Decimal::from(q)),
            message,
            None,
        );
    }
    let days = line_days.or(period_days);

    // The monthly rent.
    let months = match cadence {
        Some(Cadence::Months(n)) => Some(n),
        None => Some(1),
        Some(Cadence::Weeks(_)) => None,
    };
    let monthly_value = cycle_rent
        .zip(months)
        .and_then(|(r, n)| r.checked_div(Decimal::from(n)));
    let monthly = match months {
        Some(1) => cycle_rent_money.and_then(|m| plain_figure(ctx, m)),
        _ => monthly_value.map(|v| Figure::computed(v, &ctx.locale)),
    };
    if let (Some(n), Some(r)) = (months.filter(|n| *n > 1), cycle_rent) {
        notes.push(trf(
            "The monthly rent is the full-cycle rent {rent} ÷ {months} months.",
            &[("rent", &ctx.money(r)), ("months", &n)],
        ));
    }

    // Readings to try, the documented one first.
    let month_days = start.and_then(days_in_month);
    let mut divisors: Vec<(DivisorBasis, i64)> = Vec::new();
    if let Some(d) = month_days {
        divisors.push((DivisorBasis::DaysInMonth, d));
    }
    if month_days != Some(30) {
        divisors.push((DivisorBasis::Fixed30, 30));
    }
    let reproduce = |div: i64, method: ProrationMethod| -> Option<(Decimal, Decimal)> {
        let monthly = monthly_value?;
        let days = Decimal::from(days?);
        let div = Decimal::from(div);
        let daily = round_cents(monthly.checked_div(div)?);
        let computed = match method {
            ProrationMethod::RoundedDailyRate => round_cents(daily.checked_mul(days)?),
            ProrationMethod::ExactDailyRate => {
                round_cents(monthly.checked_mul(days)?.checked_div(div)?)
            }
        };
        Some((daily, computed))
    };
    let mut chosen = None;
    'search: for method in [
        ProrationMethod::RoundedDailyRate,
        ProrationMethod::ExactDailyRate,
    ] {
        for &(basis, div) in &divisors {
            if let (Some((daily, computed)), Some(api)) = (reproduce(div, method), api_value)
                && eq_cents(computed, api)
            {
                chosen = Some((basis, div, method, daily, computed, true));
                break 'search;
            }
        }
    }
    if chosen.is_none()
        && let Some(&(basis, div)) = divisors.first()
        && let Some((daily, computed)) = reproduce(div, ProrationMethod::RoundedDailyRate)
    {
        chosen = Some((
            basis,
            div,
            ProrationMethod::RoundedDailyRate,
            daily,
            computed,
            false,
        ));
    }

    let days_text = days
        .map(|d| {
            let mut t = if d == 1 {
                tr("1 day").to_owned()
            } else {
                trf("{count} days", &[("count", &d)])
            };
            if let Some(p) = &period {
                t.push_str(&format!(" ({p})"));
            }
            t
        })
        .unwrap_or_default();
    let api_shown = api_figure.as_ref().map(|f| f.shown.clone());
    let (text, agrees) = match (chosen, &monthly) {
        (Some((basis, div, method, daily, computed, agrees)), Some(m)) => {
            let calc = match method {
                ProrationMethod::RoundedDailyRate => trf(
                    "Monthly rent {monthly} ÷ {divisor} days = {daily}/day (rounded to the cent) × {days} = {computed}",
                    &[
                        ("monthly", &m.shown),
                        ("divisor", &div),
                        ("daily", &ctx.money(daily)),
                        ("days", &days_text),
                        ("computed", &ctx.money(computed)),
                    ],
                ),
                ProrationMethod::ExactDailyRate => trf(
                    "Monthly rent {monthly} × {days} ÷ {divisor} days = {computed} (the daily rate is not rounded first)",
                    &[
                        ("monthly", &m.shown),
                        ("days", &days_text),
                        ("divisor", &div),
                        ("computed", &ctx.money(computed)),
                    ],
                ),
            };
            let month = start.map(month_name);
            match (basis, month) {
                (DivisorBasis::DaysInMonth, Some(month)) if div == 30 => notes.push(trf(
                    "Assumption: the daily rate divides the monthly rent by the days in the month of move-in ({month}: 30 days); a fixed 30-day month gives the same divisor here.",
                    &[("month", &month)],
                )),
                (DivisorBasis::DaysInMonth, Some(month)) => notes.push(trf(
                    "The daily rate divides the monthly rent by the days in the month of move-in ({month}: {days} days).",
                    &[("month", &month), ("days", &div)],
                )),
                (DivisorBasis::Fixed30, Some(month)) => notes.push(trf(
                    "The daily rate divides the monthly rent by a fixed 30-day month ({month} has {days} days).",
                    &[("month", &month), ("days", &month_days.unwrap_or_default())],
                )),
                (_, None) => notes.push(
                    tr("The daily rate divides the monthly rent by a fixed 30-day month (no start date).")
                        .to_owned(),
                ),
            }
            if let (Some(a), Some(b)) = (start, end)
                && (a.year(), a.month()) != (b.year(), b.month())
            {
                notes.push(
                    tr("The period spans more than one calendar month; the divisor is the move-in month's.")
                        .to_owned(),
                );
            }
            if agrees {
                (
                    trf(
                        "{calculation}, as the API shows.",
                        &[("calculation", &calc)],
                    ),
                    Some(true),
                )
            } else {
                let api = api_value.unwrap_or_default();
                let message = trf(
                    "the API shows {api}, but {monthly} ÷ {divisor} days, rounded to {daily}/day, × {days} days = {computed}",
                    &[
                        ("api", &ctx.money(api)),
                        ("monthly", &m.shown),
                        ("divisor", &div),
                        ("daily", &ctx.money(daily)),
                        ("days", &days.unwrap_or_default()),
                        ("computed", &ctx.money(computed)),
                    ],
                );
                ctx.warn(
                    Some(View::ProRata),
                    CheckKind::Proration,
                    prorated_rent(Field::Taxable.label()),
                    Some(computed),
                    Some(api),
                    message,
                    target,
                );
                (
                    trf(
                        "{calculation}, but the API shows {api}.",
                        &[
                            ("calculation", &calc),
                            ("api", &api_shown.clone().unwrap_or_default()),
                        ],
                    ),
                    Some(false),
                )
            }
        }
        _ => {
            let missing = tr_dyn(if monthly.is_none() {
                tr_later("the monthly rent is not available")
            } else if days.is_none() {
                tr_later("the number of days is not available")
            } else {
                tr_later("the prorated rent is not available")
            });
            let text = match (api_shown, days_text.is_empty()) {
                (Some(amount), false) => trf(
                    "Prorated rent {amount} for {days}; {missing} to explain it.",
                    &[
                        ("amount", &amount),
                        ("days", &days_text),
                        ("missing", &missing),
                    ],
                ),
                (Some(amount), true) => trf(
                    "Prorated rent {amount}; {missing} to explain it.",
                    &[("amount", &amount), ("missing", &missing)],
                ),
                (None, false) => trf(
                    "Prorated rent for {days}; {missing} to explain it.",
                    &[("days", &days_text), ("missing", &missing)],
                ),
                (None, true) => trf(
                    "Prorated rent; {missing} to explain it.",
                    &[("missing", &missing)],
                ),
            };
            (text, None)
        }
    };
    let (basis, div, method, daily, computed) = match chosen {
        Some((b, d, m, daily, c, _)) => (Some(b), Some(d), Some(m), Some(daily), Some(c)),
        None => (None, None, None, None, None),
    };
    Some(ProrationExplanation {
        kind: ProrationKind::Prorated,
        start,
        end,
        days,
        monthly,
        divisor: div,
        divisor_basis: basis,
        method,
        daily_rate: daily,
        computed,
        api_figure,
        agrees,
        text,
        discount_text: discount_text(ctx, src, pro, api_value),
        notes,
    })
}

/// "Discount: 5,00 % of 49,91 € = 2,4955, rounded to 2,50 € (the API shows
/// -2,50 €)".
fn discount_text(
    ctx: &Ctx,
    src: &Source,
    pro: &crate::api::models::Subscription,
    rent: Option<Decimal>,
) -> Option<String> {
    let line = pro.discount.as_ref()?;
    let shown = plain_figure(ctx, &line.taxable_price)?.shown;
    let rule = src.rule;
    let pct = rule
        .filter(|r| r.is_percentage != Some(false))
        .and_then(|r| r.discount_percentage.as_ref()?.percentage);
    let amount = rule
        .filter(|r| r.is_percentage == Some(false))
        .and_then(|r| price(&r.discount_amount));
    Some(match (pct, amount, rent) {
        (Some(p), _, Some(rent)) => {
            let raw = rent
                .checked_mul(p)
                .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))?;
            trf(
                "Discount: {rate} of {rent} = {raw}, rounded to {rounded} (the API shows {shown})",
                &[
                    ("rate", &ctx.pct(p)),
                    ("rent", &ctx.money(rent)),
                    ("raw", &plain_number(ctx, raw)),
                    ("rounded", &ctx.money(round_cents(raw))),
                    ("shown", &shown),
                ],
            )
        }
        (None, Some(a), _) => trf(
            "Discount: fixed {amount} (the API shows {shown})",
            &[("amount", &ctx.money(a.abs())), ("shown", &shown)],
        ),
        _ => trf("Discount: {shown} (the API's figure)", &[("shown", &shown)]),
    })
}
