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

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;

use super::calc::{days_inclusive, eq_cents, period_text};
use super::ctx::Ctx;
use super::figure::{plain_figure, price};
use super::model::{
    Cadence, CheckKind, CheckWarning, DivisorBasis, Field, Figure, LineKind, ProrationExplanation,
    ProrationKind, ProrationMethod, Target, View,
};
use super::source::Source;
use super::walk;
use crate::api::lenient::{Money, parse_period};
use crate::api::models::{LineItem, Subscription};
use crate::domain::money::round_cents;
use crate::i18n::{tr, tr_dyn, tr_later, trf};

pub(super) fn days_in_month(d: NaiveDate) -> Option<i64> {
    let first = d.with_day(1)?;
    let next = first.checked_add_months(Months::new(1))?;
    Some(next.signed_duration_since(first).num_days())
}

/// `k` cycles after `base`. Months are added to the anchor, not cycle by
/// cycle, so 31-01 + 1 month = 28/29-02 and + 2 months = 31-03.
pub(super) fn add_cycles(base: NaiveDate, cadence: Cadence, k: u32) -> Option<NaiveDate> {
    match cadence {
        Cadence::Months(n) => base.checked_add_months(Months::new(n.checked_mul(k)?)),
        Cadence::Weeks(n) => base.checked_add_days(Days::new(
            u64::from(n).checked_mul(7)?.checked_mul(u64::from(k))?,
        )),
    }
}

/// The last day of one cycle starting on `start`.
pub(super) fn cycle_end(start: NaiveDate, cadence: Cadence) -> Option<NaiveDate> {
    add_cycles(start, cadence, 1)?.pred_opt()
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

/// A month's name (1 = January) in the current language.
pub fn month_word(month: u32) -> &'static str {
    match month {
        1 => tr("january"),
        2 => tr("february"),
        3 => tr("march"),
        4 => tr("april"),
        5 => tr("may"),
        6 => tr("june"),
        7 => tr("july"),
        8 => tr("august"),
        9 => tr("september"),
        10 => tr("october"),
        11 => tr("november"),
        _ => tr("december"),
    }
}

/// "September 2025", in the current language.
fn month_name(d: NaiveDate) -> String {
    format!("{} {}", month_word(d.month()), d.year())
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

/// What the first period's explanation starts from.
struct FirstPeriod<'a> {
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    /// "08-09-2025 to 30-09-2025".
    period: Option<String>,
    /// The prorated rent (taxable) as the API sent it.
    api_value: Option<Decimal>,
    api_figure: Option<Figure>,
    /// The full-cycle rent (taxable), or the standard space price.
    cycle_rent_money: Option<&'a Option<Money>>,
    cycle_rent: Option<Decimal>,
    /// The full-cycle view's dates.
    regular_dates: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
}

impl<'a> FirstPeriod<'a> {
    fn read(ctx: &Ctx, src: &Source<'a>, pro: &Subscription, rent: &LineItem) -> Self {
        let (start, end) = rent
            .period
            .as_deref()
            .and_then(parse_period)
            .or_else(|| Some((pro.start_date.as_ref()?.date?, pro.end_date.as_ref()?.date?)))
            .map_or((None, None), |(a, b)| (Some(a), Some(b)));
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
        FirstPeriod {
            start,
            end,
            period: period_text(start, end),
            api_value: price(&rent.taxable_price),
            api_figure: plain_figure(ctx, &rent.taxable_price),
            cycle_rent_money,
            cycle_rent: cycle_rent_money.and_then(price),
            regular_dates: regular.map(|s| {
                (
                    s.start_date.as_ref().and_then(|d| d.date),
                    s.end_date.as_ref().and_then(|d| d.date),
                )
            }),
        }
    }

    /// The first period is a whole cycle: the full-cycle view's dates, or one
    /// cycle long; without dates, the same rent as the full cycle.
    fn is_full_cycle(&self, cadence: Option<Cadence>) -> bool {
        match (self.start, self.end) {
            (Some(a), Some(b)) => {
                self.regular_dates == Some((Some(a), Some(b)))
                    || cadence.and_then(|c| cycle_end(a, c)) == Some(b)
            }
            _ => self.api_value.is_some() && self.api_value == self.cycle_rent,
        }
    }
}

/// The prorated rent's taxable figure, for warnings.
const RENT_TARGET: Option<Target> = Some(Target::Line {
    view: View::ProRata,
    kind: LineKind::Rent,
    index: 0,
    field: Field::Taxable,
});

/// A warning about the prorated rent.
fn rent_warning(
    field: &str,
    (expected, found): (Decimal, Decimal),
    message: String,
    target: Option<Target>,
) -> CheckWarning {
    CheckWarning {
        view: Some(View::ProRata),
        kind: CheckKind::Proration,
        figure: prorated_rent(field),
        expected: Some(expected),
        found: Some(found),
        message,
        target,
    }
}

pub(super) fn explain(
    ctx: &mut Ctx,
    src: &Source,
    cadence: Option<Cadence>,
) -> Option<ProrationExplanation> {
    let pro = src.view(View::ProRata)?;
    let rent = pro.rent.as_ref()?;
    let first = FirstPeriod::read(ctx, src, pro, rent);
    let api_value = first.api_value;
    let walk = walk::to_payable(ctx, pro);
    let mut explanation = if first.is_full_cycle(cadence) {
        full_cycle(ctx, first)
    } else {
        prorated(ctx, rent, first, cadence, walk.as_deref())
    };
    // The walk from the rent to the payable amount: in the rent's own
    // sentence when that reproduces the API's rent, else after it.
    let walked = explanation.agrees == Some(true) && explanation.kind == ProrationKind::Prorated;
    if let (Some(w), Some(rent), false) = (&walk, api_value, walked) {
        let then = trf(
            "first-payment-rent-walk",
            &[("rent", &ctx.money(rent)), ("walk", w)],
        );
        explanation.text = format!("{} {then}", explanation.text);
    }
    explanation.discount_text = discount_text(ctx, src, pro, api_value);
    Some(explanation)
}

/// A first period that is a whole cycle: no proration, its rent checked
/// against the full cycle's.
fn full_cycle(ctx: &mut Ctx, first: FirstPeriod) -> ProrationExplanation {
    let mut agrees = None;
    if let (Some(api), Some(full)) = (first.api_value, first.cycle_rent) {
        agrees = Some(eq_cents(api, full));
        if !eq_cents(api, full) {
            let message = trf(
                "the-first-period-is-a-full-cycle-but",
                &[("rent", &ctx.money(api)), ("full", &ctx.money(full))],
            );
            ctx.warn(rent_warning(
                Field::Taxable.label(),
                (full, api),
                message,
                RENT_TARGET,
            ));
        }
    }
    let text = match (first.period.as_deref(), first.api_figure.as_ref()) {
        (Some(p), Some(f)) => trf(
            "the-first-period-period-is-a-full-billing",
            &[("period", &p), ("rent", &f.shown)],
        ),
        (Some(p), None) => trf(
            "the-first-period-period-is-a-full-billing-cycle",
            &[("period", &p)],
        ),
        (None, Some(f)) => trf(
            "the-first-period-is-a-full-billing-cycle",
            &[("rent", &f.shown)],
        ),
        (None, None) => tr("the-first-period-is-a-full-billing-cycle-no").to_owned(),
    };
    ProrationExplanation {
        kind: ProrationKind::FullCycle,
        start: first.start,
        end: first.end,
        days: first
            .start
            .zip(first.end)
            .and_then(|(a, b)| days_inclusive(a, b)),
        monthly: first.cycle_rent_money.and_then(|m| plain_figure(ctx, m)),
        divisor: None,
        divisor_basis: None,
        method: None,
        daily_rate: None,
        computed: None,
        api_figure: first.api_figure,
        agrees,
        text,
        discount_text: None,
        notes: Vec::new(),
    }
}

/// The days charged: the rent line's count of days (a warning when the
/// period says otherwise), else the period's days.
fn charged_days(ctx: &mut Ctx, rent: &LineItem, first: &FirstPeriod) -> Option<i64> {
    let period_days = first
        .start
        .zip(first.end)
        .and_then(|(a, b)| days_inclusive(a, b));
    let line_days = quantity_days(rent);
    if let (Some(q), Some(d), Some(p)) = (line_days, period_days, first.period.as_deref())
        && q != d
    {
        let message = trf(
            "the-rent-line-counts-count-days-but-period",
            &[("count", &q), ("period", &p), ("days", &d)],
        );
        ctx.warn(rent_warning(
            tr("days"),
            (Decimal::from(d), Decimal::from(q)),
            message,
            None,
        ));
    }
    line_days.or(period_days)
}

/// The monthly rent (its value, and the figure to show): the full-cycle rent,
/// divided by the months a cycle has; none for weekly cycles.
fn monthly_rent(
    ctx: &Ctx,
    first: &FirstPeriod,
    cadence: Option<Cadence>,
    notes: &mut Vec<String>,
) -> (Option<Decimal>, Option<Figure>) {
    let months = match cadence {
        Some(Cadence::Months(n)) => Some(n),
        None => Some(1),
        Some(Cadence::Weeks(_)) => None,
    };
    let value = first
        .cycle_rent
        .zip(months)
        .and_then(|(r, n)| r.checked_div(Decimal::from(n)));
    let figure = match months {
        Some(1) => first.cycle_rent_money.and_then(|m| plain_figure(ctx, m)),
        _ => value.map(|v| Figure::computed(v, &ctx.locale)),
    };
    if let (Some(n), Some(r)) = (months.filter(|n| *n > 1), first.cycle_rent) {
        notes.push(trf(
            "the-monthly-rent-is-the-full-cycle-rent",
            &[("rent", &ctx.money(r)), ("months", &n)],
        ));
    }
    (value, figure)
}

/// One way of reproducing the prorated rent.
#[derive(Debug, Clone, Copy)]
struct Reading {
    basis: DivisorBasis,
    divisor: i64,
    method: ProrationMethod,
    daily: Decimal,
    computed: Decimal,
    /// It gives the API's figure.
    agrees: bool,
}

/// The divisors to try, the documented one (days in the month) first.
fn divisors(month_days: Option<i64>) -> Vec<(DivisorBasis, i64)> {
    let mut divisors = Vec::new();
    if let Some(d) = month_days {
        divisors.push((DivisorBasis::DaysInMonth, d));
    }
    if month_days != Some(30) {
        divisors.push((DivisorBasis::Fixed30, 30));
    }
    divisors
}

/// (daily rate, prorated rent) for one divisor and method.
fn reproduce(
    monthly: Decimal,
    days: i64,
    div: i64,
    method: ProrationMethod,
) -> Option<(Decimal, Decimal)> {
    let days = Decimal::from(days);
    let div = Decimal::from(div);
    let daily = round_cents(monthly.checked_div(div)?);
    let computed = match method {
        ProrationMethod::RoundedDailyRate => round_cents(daily.checked_mul(days)?),
        ProrationMethod::ExactDailyRate => {
            round_cents(monthly.checked_mul(days)?.checked_div(div)?)
        }
    };
    Some((daily, computed))
}

/// The first reading that reproduces the API's figure; else the
/// documented one (days in month, rounded daily rate), not agreeing.
fn choose_reading(
    monthly: Option<Decimal>,
    days: Option<i64>,
    api_value: Option<Decimal>,
    divisors: &[(DivisorBasis, i64)],
) -> Option<Reading> {
    let (monthly, days) = (monthly?, days?);
    let reading = |basis, divisor, method, agrees| {
        let (daily, computed) = reproduce(monthly, days, divisor, method)?;
        Some(Reading {
            basis,
            divisor,
            method,
            daily,
            computed,
            agrees,
        })
    };
    for method in [
        ProrationMethod::RoundedDailyRate,
        ProrationMethod::ExactDailyRate,
    ] {
        for &(basis, div) in divisors {
            if let (Some(r), Some(api)) = (reading(basis, div, method, true), api_value)
                && eq_cents(r.computed, api)
            {
                return Some(r);
            }
        }
    }
    let &(basis, div) = divisors.first()?;
    reading(basis, div, ProrationMethod::RoundedDailyRate, false)
}

/// "23 days (08-09-2025 to 30-09-2025)", empty without a count.
fn days_text(days: Option<i64>, period: Option<&str>) -> String {
    days.map(|d| {
        let mut t = if d == 1 {
            tr("msg-1-day").to_owned()
        } else {
            trf("count-days", &[("count", &d)])
        };
        if let Some(p) = period {
            t.push_str(&format!(" ({p})"));
        }
        t
    })
    .unwrap_or_default()
}

/// A first period that is a part of a cycle: the reading that explains its
/// rent, or what is missing to explain it.
fn prorated(
    ctx: &mut Ctx,
    rent: &LineItem,
    first: FirstPeriod,
    cadence: Option<Cadence>,
    walk: Option<&str>,
) -> ProrationExplanation {
    let mut notes = Vec::new();
    let days = charged_days(ctx, rent, &first);
    let (monthly_value, monthly) = monthly_rent(ctx, &first, cadence, &mut notes);
    let month_days = first.start.and_then(days_in_month);
    let chosen = choose_reading(monthly_value, days, first.api_value, &divisors(month_days));
    let days_text = days_text(days, first.period.as_deref());
    let (text, agrees) = match (chosen, &monthly) {
        (Some(reading), Some(m)) => {
            let explained = Explained {
                first: &first,
                reading,
                monthly: m,
                days,
                days_text: &days_text,
                month_days,
            };
            explained.notes(&mut notes);
            explained.text(ctx, walk)
        }
        _ => (
            missing_text(&first, monthly.is_none(), days, &days_text),
            None,
        ),
    };
    ProrationExplanation {
        kind: ProrationKind::Prorated,
        start: first.start,
        end: first.end,
        days,
        monthly,
        divisor: chosen.map(|r| r.divisor),
        divisor_basis: chosen.map(|r| r.basis),
        method: chosen.map(|r| r.method),
        daily_rate: chosen.map(|r| r.daily),
        computed: chosen.map(|r| r.computed),
        api_figure: first.api_figure,
        agrees,
        text,
        discount_text: None,
        notes,
    }
}

/// A reading with what it is explained from.
struct Explained<'a, 'b> {
    first: &'a FirstPeriod<'b>,
    reading: Reading,
    monthly: &'a Figure,
    days: Option<i64>,
    days_text: &'a str,
    month_days: Option<i64>,
}

impl Explained<'_, '_> {
    /// "Monthly rent 65,00 € ÷ 30 days = 2,17 €/day (rounded to the cent) ×
    /// 23 days (…) = 49,91 €".
    fn calculation(&self, ctx: &Ctx) -> String {
        let r = self.reading;
        match r.method {
            ProrationMethod::RoundedDailyRate => trf(
                "monthly-rent-monthly-divisor-days-daily-day-rounded",
                &[
                    ("monthly", &self.monthly.shown),
                    ("divisor", &r.divisor),
                    ("daily", &ctx.money(r.daily)),
                    ("days", &self.days_text),
                    ("computed", &ctx.money(r.computed)),
                ],
            ),
            ProrationMethod::ExactDailyRate => trf(
                "monthly-rent-monthly-days-divisor-days-computed-the",
                &[
                    ("monthly", &self.monthly.shown),
                    ("days", &self.days_text),
                    ("divisor", &r.divisor),
                    ("computed", &ctx.money(r.computed)),
                ],
            ),
        }
    }

    /// Which divisor, and why; and a period over two months.
    fn notes(&self, notes: &mut Vec<String>) {
        let (basis, div) = (self.reading.basis, self.reading.divisor);
        let (start, end) = (self.first.start, self.first.end);
        match (basis, start.map(month_name)) {
            (DivisorBasis::DaysInMonth, Some(month)) if div == 30 => notes.push(trf(
                "assumption-the-daily-rate-divides-the-monthly-rent",
                &[("month", &month)],
            )),
            (DivisorBasis::DaysInMonth, Some(month)) => notes.push(trf(
                "the-daily-rate-divides-the-monthly-rent-by",
                &[("month", &month), ("days", &div)],
            )),
            (DivisorBasis::Fixed30, Some(month)) => notes.push(trf(
                "the-daily-rate-divides-the-monthly-rent-by-a",
                &[
                    ("month", &month),
                    ("days", &self.month_days.unwrap_or_default()),
                ],
            )),
            (_, None) => {
                notes.push(tr("the-daily-rate-divides-the-monthly-rent-by-a-fixed").to_owned())
            }
        }
        if let (Some(a), Some(b)) = (start, end)
            && (a.year(), a.month()) != (b.year(), b.month())
        {
            notes.push(tr("the-period-spans-more-than-one-calendar-month").to_owned());
        }
    }

    /// The text, and whether it agrees with the API (a warning when not);
    /// an agreeing rent goes on through `walk` to the payable amount.
    fn text(&self, ctx: &mut Ctx, walk: Option<&str>) -> (String, Option<bool>) {
        let calc = self.calculation(ctx);
        let r = self.reading;
        if r.agrees {
            let calc = format!("{calc}{}", walk.unwrap_or_default());
            return (
                trf("calculation-as-the-api-shows", &[("calculation", &calc)]),
                Some(true),
            );
        }
        let api = self.first.api_value.unwrap_or_default();
        let message = trf(
            "the-api-shows-api-but-monthly-divisor-days",
            &[
                ("api", &ctx.money(api)),
                ("monthly", &self.monthly.shown),
                ("divisor", &r.divisor),
                ("daily", &ctx.money(r.daily)),
                ("days", &self.days.unwrap_or_default()),
                ("computed", &ctx.money(r.computed)),
            ],
        );
        ctx.warn(rent_warning(
            Field::Taxable.label(),
            (r.computed, api),
            message,
            RENT_TARGET,
        ));
        let api_shown = self.first.api_figure.as_ref().map(|f| f.shown.clone());
        (
            trf(
                "calculation-but-the-api-shows-api",
                &[
                    ("calculation", &calc),
                    ("api", &api_shown.unwrap_or_default()),
                ],
            ),
            Some(false),
        )
    }
}

/// "Prorated rent 49,91 € for 23 days; the monthly rent is not available to
/// explain it."
fn missing_text(
    first: &FirstPeriod,
    no_monthly: bool,
    days: Option<i64>,
    days_text: &str,
) -> String {
    let missing = tr_dyn(if no_monthly {
        tr_later("the-monthly-rent-is-not-available")
    } else if days.is_none() {
        tr_later("the-number-of-days-is-not-available")
    } else {
        tr_later("the-prorated-rent-is-not-available")
    });
    let api_shown = first.api_figure.as_ref().map(|f| f.shown.clone());
    match (api_shown, days_text.is_empty()) {
        (Some(amount), false) => trf(
            "prorated-rent-amount-for-days-missing-to-explain",
            &[
                ("amount", &amount),
                ("days", &days_text),
                ("missing", &missing),
            ],
        ),
        (Some(amount), true) => trf(
            "prorated-rent-amount-missing-to-explain-it",
            &[("amount", &amount), ("missing", &missing)],
        ),
        (None, false) => trf(
            "prorated-rent-for-days-missing-to-explain-it",
            &[("days", &days_text), ("missing", &missing)],
        ),
        (None, true) => trf(
            "prorated-rent-missing-to-explain-it",
            &[("missing", &missing)],
        ),
    }
}

/// "Discount: 5,00 % of 49,91 € = 2,4955, rounded to 2,50 € (the API shows
/// -2,50 €)".
fn discount_text(
    ctx: &Ctx,
    src: &Source,
    pro: &Subscription,
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
                "discount-rate-of-rent-raw-rounded-to-rounded",
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
            "discount-fixed-amount-the-api-shows-shown",
            &[("amount", &ctx.money(a.abs())), ("shown", &shown)],
        ),
        _ => trf("discount-shown-the-apis-figure", &[("shown", &shown)]),
    })
}
