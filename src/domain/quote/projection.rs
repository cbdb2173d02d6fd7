//! The first payment and the next 12 cycles, with and without the discount.
//!
//! Assumptions (each is also written into [`Projection::notes`]):
//!
//! - Amounts are the API's: the first payment is the prorated view's net; a
//!   discounted cycle is the full-cycle view's net; a cycle without the
//!   discount is that net minus the discount line's payable amount.
//! - Regular cycles start the day after the prorated period (or with the
//!   first period when it is a full cycle), one payment period each
//!   (`paymentPeriod.duration` months; weeks for a WEEKLY period; inferred
//!   from the full-cycle view's dates when the response has no period).
//! - A discount limited to `occurrenceCount` payments counts the prorated
//!   first payment as its first occurrence when the prorated view applies it.
//!   A one-off discount covers the first payment that carries it; a lifetime
//!   one every cycle; none applies to a cycle starting after `expiration`.
//! - "12 cycles" is the table: the prorated first payment, if any, and 12
//!   billing cycles. "12 months" is the total of every payment due in the
//!   12 months from move-in, each due on the first day of its period.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use super::calc::{date_text, days_inclusive, sum_all};
use super::ctx::Ctx;
use super::figure::{plain_figure, price};
use super::model::{
    Cadence, CycleRow, DiscountPlan, DiscountSummary, Figure, Projection, ProrationExplanation,
    ProrationKind, View,
};
use super::proration;
use super::source::Source;
use crate::api::models::{DiscountRule, Subscription};
use crate::i18n::{tr, trf};

/// The cycle length and what it came from.
pub(super) struct CadenceInfo {
    pub cadence: Option<Cadence>,
    pub label: Option<String>,
    pub note: Option<String>,
}

/// The cycle length: `paymentPeriod`, else the full-cycle view's dates, else
/// monthly.
pub(super) fn cadence(src: &Source) -> CadenceInfo {
    let regular_dates = src
        .regular()
        .and_then(|(_, s)| Some((s.start_date.as_ref()?.date?, s.end_date.as_ref()?.date?)));
    if let Some(pp) = src.payment_period
        && let Some(d) = pp.duration.filter(|d| (1..=1200).contains(d))
    {
        let n = u32::try_from(d).unwrap_or(1);
        let weekly = pp
            .payment_period
            .as_deref()
            .is_some_and(|p| p.trim().eq_ignore_ascii_case("WEEKLY"));
        let cadence = if weekly {
            Cadence::Weeks(n)
        } else {
            Cadence::Months(n)
        };
        let label = match pp.name.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(name) => format!("{} ({})", super::model::period_name(name), cadence.text()),
            None => cadence.text(),
        };
        let note = regular_dates.and_then(|(a, b)| {
            (proration::cycle_end(a, cadence) != Some(b)).then(|| {
                trf(
                    "the-full-cycle-view-runs-start-to-end",
                    &[
                        ("start", &date_text(a)),
                        ("end", &date_text(b)),
                        ("period", &cadence.text()),
                    ],
                )
            })
        });
        return CadenceInfo {
            cadence: Some(cadence),
            label: Some(label),
            note,
        };
    }
    if let Some((a, b)) = regular_dates {
        let inferred = (1..=24)
            .map(Cadence::Months)
            .find(|c| proration::cycle_end(a, *c) == Some(b))
            .or_else(|| {
                let days = days_inclusive(a, b)?;
                (days > 0 && days % 7 == 0)
                    .then(|| u32::try_from(days / 7).ok().map(Cadence::Weeks))
                    .flatten()
            });
        if let Some(c) = inferred {
            return CadenceInfo {
                cadence: Some(c),
                label: Some(c.text()),
                note: Some(trf(
                    "the-response-has-no-payment-period-one-cycle",
                    &[
                        ("period", &c.text()),
                        ("start", &date_text(a)),
                        ("end", &date_text(b)),
                    ],
                )),
            };
        }
    }
    CadenceInfo {
        cadence: Some(Cadence::Months(1)),
        label: Some(Cadence::Months(1).text()),
        note: Some(tr("the-response-has-no-payment-period-cycles-are").to_owned()),
    }
}

/// The discount and how long it lasts.
pub(super) fn discount_summary(ctx: &Ctx, src: &Source) -> Option<DiscountSummary> {
    let any_line = src.views.iter().flatten().find_map(|s| s.discount.as_ref());
    let Some(rule) = src.rule else {
        let line = any_line?;
        let value = src
            .regular()
            .and_then(|(_, s)| s.discount.as_ref())
            .and_then(|d| price(&d.payable_price))
            .map(|v| trf("amount-per-cycle", &[("amount", &ctx.money(v))]))
            .unwrap_or_else(|| tr("as-shown").to_owned());
        return Some(DiscountSummary {
            name: Some(line.label()).filter(|l| !l.is_empty()),
            value,
            plan: DiscountPlan::Lifetime,
            expiration: None,
            duration: tr("duration-not-stated-no-discount-rule-in-the").to_owned(),
        });
    };
    let plan = rule_plan(rule);
    let expiration = rule.expiration.as_ref().and_then(|d| d.date);
    Some(DiscountSummary {
        name: rule
            .name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .or_else(|| any_line.map(|l| l.label()).filter(|l| !l.is_empty())),
        value: rule_value(ctx, rule),
        plan,
        expiration,
        duration: duration_text(plan, expiration),
    })
}

/// "5%" or "10,00 €": the API's own text when it sent one, else ours.
fn rule_value(ctx: &Ctx, rule: &DiscountRule) -> String {
    let pct = rule.discount_percentage.as_ref().and_then(|p| p.percentage);
    let amount = price(&rule.discount_amount).map(|a| a.abs());
    let is_pct = rule
        .is_percentage
        .unwrap_or(pct.is_some() && amount.is_none());
    let api_text = |t: Option<&String>| t.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let pct_text = |p: Decimal| {
        api_text(
            rule.discount_percentage
                .as_ref()
                .and_then(|x| x.formatted.as_ref()),
        )
        .unwrap_or_else(|| ctx.pct(p))
    };
    let amount_text = |a: Decimal| {
        api_text(
            rule.discount_amount
                .as_ref()
                .and_then(|x| x.formatted.as_ref()),
        )
        .unwrap_or_else(|| ctx.money(a))
    };
    match (is_pct, pct, amount) {
        (true, Some(p), _) => pct_text(p),
        (false, _, Some(a)) => amount_text(a),
        (_, Some(p), _) => pct_text(p),
        (_, _, Some(a)) => amount_text(a),
        _ => tr("amount-not-given").to_owned(),
    }
}

/// How the rule recurs.
fn rule_plan(rule: &DiscountRule) -> DiscountPlan {
    let count = rule
        .occurrence_count
        .filter(|n| *n > 0)
        .map(|n| u32::try_from(n.min(10_000)).unwrap_or(10_000));
    match (rule.is_recurring, rule.is_life_time_recurring, count) {
        (Some(false), ..) => DiscountPlan::OneOff,
        (_, Some(true), _) => DiscountPlan::Lifetime,
        (_, _, Some(n)) => DiscountPlan::Cycles(n),
        (Some(true), ..) => DiscountPlan::Lifetime,
        (None, ..) => DiscountPlan::OneOff,
    }
}

/// "3 payments", "every cycle (lifetime), until 31-12-2025 at the latest".
fn duration_text(plan: DiscountPlan, expiration: Option<NaiveDate>) -> String {
    let duration = match plan {
        DiscountPlan::None => tr("none").to_owned(),
        DiscountPlan::OneOff => tr("first-payment-only").to_owned(),
        DiscountPlan::Cycles(1) => tr("msg-1-payment").to_owned(),
        DiscountPlan::Cycles(n) => trf("count-payments", &[("count", &n)]),
        DiscountPlan::Lifetime => tr("every-cycle-lifetime").to_owned(),
    };
    match expiration {
        Some(e) => trf(
            "duration-until-date-at-the-latest",
            &[("duration", &duration), ("date", &date_text(e))],
        ),
        None => duration,
    }
}

/// Net, net without the discount, and whether a discount is in it.
struct Amounts {
    with: Figure,
    without: Figure,
    has_discount: bool,
    discount: Option<Decimal>,
}

fn amounts(ctx: &Ctx, s: &Subscription) -> Option<Amounts> {
    let net = plain_figure(ctx, &s.net_amount)?;
    let discount = s
        .discount
        .as_ref()
        .and_then(|d| price(&d.payable_price))
        .filter(|d| !d.is_zero());
    let without = match discount {
        Some(d) => Figure::computed(net.value.checked_sub(d)?, &ctx.locale),
        None => net.clone(),
    };
    Some(Amounts {
        with: net,
        without,
        has_discount: discount.is_some(),
        discount,
    })
}

/// The first payment: the first view's net, its dates, and whether it is a
/// part of a cycle.
struct FirstPayment {
    amounts: Amounts,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    prorated: bool,
}

/// A view's start and end dates.
fn dates(s: &Subscription) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (
        s.start_date.as_ref().and_then(|d| d.date),
        s.end_date.as_ref().and_then(|d| d.date),
    )
}

/// The discount's plan and end, as the projection applies it.
#[derive(Clone, Copy)]
struct DiscountTerms {
    plan: DiscountPlan,
    expiration: Option<NaiveDate>,
}

pub(super) fn project(
    ctx: &Ctx,
    src: &Source,
    info: CadenceInfo,
    discount: Option<&DiscountSummary>,
    proration: Option<&ProrationExplanation>,
) -> Projection {
    let mut projection = Projection {
        cadence: info.cadence,
        cadence_label: info.label.clone(),
        ..Projection::default()
    };
    let Some((_, regular_view)) = src.regular() else {
        projection
            .notes
            .push(tr("no-full-cycle-view-the-cycles-cannot-be").to_owned());
        return projection;
    };
    let Some(regular) = amounts(ctx, regular_view) else {
        projection
            .notes
            .push(tr("the-full-cycle-net-amount-is-missing-the").to_owned());
        return projection;
    };
    let cadence = info.cadence.unwrap_or(Cadence::Months(1));
    let regular_dates = dates(regular_view);
    let first = first_payment(ctx, src, proration, regular_dates);
    let terms = discount.map_or(
        DiscountTerms {
            plan: DiscountPlan::None,
            expiration: None,
        },
        |d| DiscountTerms {
            plan: d.plan,
            expiration: d.expiration,
        },
    );
    let (mut rows, base) = cycle_rows(first.as_ref(), &regular, cadence, terms, regular_dates);
    let window = twelve_months(&rows, src.move_in.or(regular_dates.0));
    mark_first_12_months(&mut rows, window, cadence);
    set_totals(ctx, &mut projection, &rows);
    projection.twelve_months = window;

    let facts = Facts {
        ctx,
        src,
        first: first.as_ref(),
        regular: &regular,
        rows: &rows,
        base,
        terms,
        has_discount_summary: discount.is_some(),
        window,
        payments_in_12_months: projection.payments_in_12_months,
    };
    let mut notes = facts.basis_notes(info.label.clone().unwrap_or_else(|| cadence.text()));
    notes.extend(info.note);
    facts.discount_notes(&mut notes);
    notes.push(facts.window_note());
    projection.cycles = rows;
    projection.notes = notes;
    projection
}

/// The prorated view as the first payment, its dates completed from the
/// proration; prorated unless it is the full cycle's period.
fn first_payment(
    ctx: &Ctx,
    src: &Source,
    proration: Option<&ProrationExplanation>,
    regular_dates: (Option<NaiveDate>, Option<NaiveDate>),
) -> Option<FirstPayment> {
    let s = src.view(View::ProRata)?;
    let amounts = amounts(ctx, s)?;
    let (mut start, mut end) = dates(s);
    if let Some(p) = proration {
        start = start.or(p.start);
        end = end.or(p.end);
    }
    let prorated = match proration {
        Some(p) => p.kind == ProrationKind::Prorated,
        None => (start, end) != regular_dates,
    };
    Some(FirstPayment {
        amounts,
        start,
        end,
        prorated,
    })
}

/// The first payment's row, then the billing cycles up to cycle 12; and the
/// day the billing cycles count from.
fn cycle_rows(
    first: Option<&FirstPayment>,
    regular: &Amounts,
    cadence: Cadence,
    terms: DiscountTerms,
    regular_dates: (Option<NaiveDate>, Option<NaiveDate>),
) -> (Vec<CycleRow>, Option<NaiveDate>) {
    let mut used = 0u32;
    let mut rows = Vec::new();
    let (base, first_regular) = match first {
        Some(f) => {
            if f.amounts.has_discount {
                used += 1;
            }
            rows.push(first_row(f));
            if f.prorated {
                (f.end.and_then(|e| e.succ_opt()), 1)
            } else {
                (f.start, 2)
            }
        }
        None => (regular_dates.0, 1),
    };
    for k in first_regular..=12u32 {
        let start = base.and_then(|b| proration::add_cycles(b, cadence, k - 1));
        let end = base
            .and_then(|b| proration::add_cycles(b, cadence, k))
            .and_then(|d| d.pred_opt());
        let by_plan = match terms.plan {
            DiscountPlan::None => false,
            DiscountPlan::OneOff => used == 0,
            DiscountPlan::Cycles(n) => used < n,
            DiscountPlan::Lifetime => true,
        };
        let unexpired = match (terms.expiration, start) {
            (Some(e), Some(s)) => s <= e,
            _ => true,
        };
        let discounted = regular.has_discount && by_plan && unexpired;
        if discounted {
            used += 1;
        }
        rows.push(CycleRow {
            index: k as usize,
            label: trf("cycle-number", &[("number", &k)]),
            start,
            end,
            with_discount: Some(if discounted {
                regular.with.clone()
            } else {
                regular.without.clone()
            }),
            without_discount: Some(regular.without.clone()),
            discounted,
            prorated: false,
            in_first_12_months: true,
        });
    }
    (rows, base)
}

fn first_row(f: &FirstPayment) -> CycleRow {
    CycleRow {
        index: if f.prorated { 0 } else { 1 },
        label: if f.prorated {
            tr("first-payment-prorated").to_owned()
        } else {
            tr("cycle-1-first-payment").to_owned()
        },
        start: f.start,
        end: f.end,
        with_discount: Some(f.amounts.with.clone()),
        without_discount: Some(f.amounts.without.clone()),
        discounted: f.amounts.has_discount,
        prorated: f.prorated,
        in_first_12_months: true,
    }
}

/// The 12 months from move-in (the first row's start, else `fallback`).
fn twelve_months(rows: &[CycleRow], fallback: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    let start = rows.first().and_then(|r| r.start).or(fallback)?;
    let end = start.checked_add_months(Months::new(12))?.pred_opt()?;
    Some((start, end))
}

/// Marks the rows due within the window; without dates, counts cycles.
fn mark_first_12_months(
    rows: &mut [CycleRow],
    window: Option<(NaiveDate, NaiveDate)>,
    cadence: Cadence,
) {
    for row in rows {
        row.in_first_12_months = match (window, row.start) {
            (Some((_, last)), Some(start)) => start <= last,
            _ if row.prorated => true,
            _ => match cadence {
                Cadence::Months(n) => u64::from(n) * (row.index as u64).saturating_sub(1) < 12,
                Cadence::Weeks(n) => u64::from(n) * 7 * (row.index as u64).saturating_sub(1) < 365,
            },
        };
    }
}

/// The totals over the table and over the 12 months.
fn set_totals(ctx: &Ctx, projection: &mut Projection, rows: &[CycleRow]) {
    let total = |rows: &mut dyn Iterator<Item = &CycleRow>, with: bool| {
        sum_all(rows.map(|r| {
            if with {
                r.with_discount.as_ref().map(|f| f.value)
            } else {
                r.without_discount.as_ref().map(|f| f.value)
            }
        }))
        .map(|v| Figure::computed(v, &ctx.locale))
    };
    projection.total_cycles_with = total(&mut rows.iter(), true);
    projection.total_cycles_without = total(&mut rows.iter(), false);
    projection.total_12_months_with =
        total(&mut rows.iter().filter(|r| r.in_first_12_months), true);
    projection.total_12_months_without =
        total(&mut rows.iter().filter(|r| r.in_first_12_months), false);
    projection.payments_in_12_months = rows.iter().filter(|r| r.in_first_12_months).count();
}

/// What the projection's notes are written from.
struct Facts<'a> {
    ctx: &'a Ctx,
    src: &'a Source<'a>,
    first: Option<&'a FirstPayment>,
    regular: &'a Amounts,
    rows: &'a [CycleRow],
    base: Option<NaiveDate>,
    terms: DiscountTerms,
    has_discount_summary: bool,
    window: Option<(NaiveDate, NaiveDate)>,
    payments_in_12_months: usize,
}

impl Facts<'_> {
    fn first_prorated(&self) -> bool {
        self.first.is_some_and(|f| f.prorated)
    }

    /// What the numbers rest on: the first payment, a cycle's price, when
    /// the cycles start.
    fn basis_notes(&self, label: String) -> Vec<String> {
        let mut notes = Vec::new();
        let first_prorated = self.first_prorated();
        if let Some(f) = self.first {
            let amount = &f.amounts.with.shown;
            notes.push(if first_prorated {
                trf(
                    "the-first-payment-is-the-apis-prorated-net",
                    &[("amount", amount)],
                )
            } else {
                trf(
                    "the-first-payment-is-the-apis-first-period",
                    &[("amount", amount)],
                )
            });
        }
        let regular = self.regular;
        match regular.discount {
            Some(d) => notes.push(trf(
                "a-cycle-costs-the-apis-full-cycle-net",
                &[
                    ("with", &regular.with.shown),
                    ("without", &regular.without.shown),
                    ("discount", &self.ctx.money(d)),
                ],
            )),
            None => notes.push(trf(
                "a-cycle-costs-the-apis-full-cycle-net-amount",
                &[("amount", &regular.with.shown)],
            )),
        }
        match (first_prorated, self.base) {
            (true, Some(b)) => notes.push(trf(
                "billing-cycles-of-period-start-on-date-the",
                &[("period", &label), ("date", &date_text(b))],
            )),
            (false, Some(b)) => notes.push(trf(
                "billing-cycles-of-period-start-on-date",
                &[("period", &label), ("date", &date_text(b))],
            )),
            (_, None) => notes.push(trf(
                "billing-cycles-of-period-their-dates-are-unknown",
                &[("period", &label)],
            )),
        }
        notes
    }

    /// "cycle 3 (08-11-2025)": the first billing cycle without the discount.
    fn first_undiscounted_cycle(&self) -> Option<String> {
        self.rows
            .iter()
            .find(|r| !r.prorated && !r.discounted && r.index >= 1)
            .map(|r| match r.start {
                Some(s) => trf(
                    "cycle-number-date",
                    &[("number", &r.index), ("date", &date_text(s))],
                ),
                None => trf("cycle-number-2", &[("number", &r.index)]),
            })
    }

    /// How long the discount lasts, and what the rule and the lines say
    /// about it.
    fn discount_notes(&self, notes: &mut Vec<String>) {
        let first_discounted = self.first.is_some_and(|f| f.amounts.has_discount);
        if !(self.regular.has_discount || first_discounted) {
            if self.has_discount_summary {
                notes.push(tr("the-discount-rule-is-not-applied-in-the").to_owned());
            }
            return;
        }
        let standard = trf(
            "the-price-without-the-discount-amount",
            &[("amount", &self.regular.without.shown)],
        );
        // "…; the price without the discount (…) applies from cycle 3 (…)".
        let from_then = match &self.first_undiscounted_cycle() {
            Some(c) => trf(
                "price-applies-from-cycle",
                &[("price", &standard), ("cycle", c)],
            ),
            None => String::new(),
        };
        notes.extend(self.plan_note(first_discounted, &from_then));
        if let Some(e) = self.terms.expiration {
            notes.push(trf(
                "the-discount-expires-on-date-cycles-starting-after",
                &[("date", &date_text(e)), ("price", &standard)],
            ));
        }
        notes.extend(self.rule_notes());
    }

    /// How many payments the plan discounts.
    fn plan_note(&self, first_discounted: bool, from_then: &str) -> Option<String> {
        Some(match self.terms.plan {
            DiscountPlan::Cycles(n) if first_discounted && self.first_prorated() => {
                let covers = match n {
                    1 => tr("the-first-payment").to_owned(),
                    2 => tr("the-first-payment-and-the-next-cycle").to_owned(),
                    _ => trf(
                        "the-first-payment-and-the-next-count-cycles",
                        &[("count", &(n - 1))],
                    ),
                };
                trf(
                    "assumption-the-prorated-first-period-counts-as-the",
                    &[("count", &n), ("covers", &covers), ("then", &from_then)],
                )
            }
            DiscountPlan::Cycles(1) => trf(
                "the-discount-covers-1-payment-then",
                &[("then", &from_then)],
            ),
            DiscountPlan::Cycles(n) => trf(
                "the-discount-covers-count-payments-then",
                &[("count", &n), ("then", &from_then)],
            ),
            DiscountPlan::OneOff => trf(
                "one-off-discount-only-the-first-payment-that",
                &[("then", &from_then)],
            ),
            DiscountPlan::Lifetime if self.src.rule.is_none() => {
                tr("the-response-has-no-discount-rule-the-discount").to_owned()
            }
            DiscountPlan::Lifetime => tr("the-discount-recurs-for-life-every-cycle-is").to_owned(),
            DiscountPlan::None => return None,
        })
    }

    /// The lines disagree with the rule on recurring; an undocumented mode.
    fn rule_notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        let src = self.src;
        if let Some(rule) = src.rule
            && let Some(rule_recurs) = rule.is_recurring
            && src.views.iter().flatten().any(|s| {
                s.discount
                    .as_ref()
                    .and_then(|d| d.is_recurring)
                    .is_some_and(|r| r != rule_recurs)
            })
        {
            notes.push(trf(
                "the-discount-lines-say-isrecurring-lines-the-rule",
                &[("lines", &!rule_recurs), ("rule", &rule_recurs)],
            ));
        }
        if let Some(mode) = src
            .rule
            .and_then(|r| r.recurring_mode.as_deref())
            .map(str::trim)
            .filter(|m| !m.is_empty() && !m.eq_ignore_ascii_case("PERIOD"))
        {
            notes.push(trf(
                "recurring-mode-mode-is-not-documented-the-discount",
                &[("mode", &mode)],
            ));
        }
        notes
    }

    /// "12 cycles vs 12 months: …".
    fn window_note(&self) -> String {
        let n12 = self.payments_in_12_months;
        let table = if self.first_prorated() {
            tr("the-prorated-first-payment-and-the-next-12")
        } else {
            tr("msg-12-billing-cycles-the-first-one-being-the")
        };
        match self.window {
            Some((a, b)) => trf(
                "msg-12-cycles-vs-12-months-the-table-lists",
                &[
                    ("table", &table),
                    ("count", &n12),
                    ("start", &date_text(a)),
                    ("end", &date_text(b)),
                ],
            ),
            None => trf(
                "msg-12-cycles-vs-12-months-the-table-lists-table",
                &[("table", &table), ("count", &n12)],
            ),
        }
    }
}
