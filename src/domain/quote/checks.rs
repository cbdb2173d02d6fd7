//! The checks of one view's figures: a price's parts against each other, the
//! line items against the totals, and `transactData` against itself.

use std::fmt;

use rust_decimal::Decimal;

use super::calc::{eq_cents, inclusive_tax, percent_of, sum_all};
use super::ctx::Ctx;
use super::figure::{Place, figure_name, price};
use super::model::{CheckKind, CheckWarning, Field, LineKind, Target, TotalKind, View};
use crate::api::lenient::Money;
use crate::api::models::{LineItem, Subscription};
use crate::i18n::{tr, tr_dyn, tr_later, trf, trf_dyn};

/// Named values for a message, each written once.
struct Args(Vec<(&'static str, String)>);

impl Args {
    /// Amounts, written for the property's locale.
    fn money(ctx: &Ctx, named: &[(&'static str, Decimal)]) -> Self {
        Args(named.iter().map(|(k, v)| (*k, ctx.money(*v))).collect())
    }

    fn and(mut self, key: &'static str, value: String) -> Self {
        self.0.push((key, value));
        self
    }

    /// `template` (marked with `tr_later`) in the current language, filled.
    fn fill(&self, template: &'static str) -> String {
        let args: Vec<(&str, &dyn fmt::Display)> = self
            .0
            .iter()
            .map(|(k, v)| (*k, v as &dyn fmt::Display))
            .collect();
        trf_dyn(template, &args)
    }
}

/// The parts of one price that the checks compare.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct PriceParts {
    pub taxable: Option<Decimal>,
    pub tax: Option<Decimal>,
    pub payable: Option<Decimal>,
    /// Percent: 20 means 20 %.
    pub rate: Option<Decimal>,
}

impl PriceParts {
    /// The prices of `{taxable, tax, payable}` and a rate.
    pub fn of([taxable, tax, payable]: [&Option<Money>; 3], rate: Option<Decimal>) -> Self {
        PriceParts {
            taxable: price(taxable),
            tax: price(tax),
            payable: price(payable),
            rate,
        }
    }
}

/// One price to check, with its name and the figures to point at.
pub(super) struct PriceCheck<'a> {
    pub view: Option<View>,
    /// "Prorated · Rent".
    pub what: &'a str,
    pub parts: PriceParts,
    /// Another source's tax for the same line, named ("the transaction
    /// summary"), quoted when it agrees with the rate.
    pub other_tax: Option<(&'a str, Decimal)>,
    pub tax_target: Option<Target>,
    pub payable_target: Option<Target>,
}

/// tax = taxable × rate (or the tax-inclusive reading), payable =
/// taxable + tax.
pub(super) fn check_price_parts(ctx: &mut Ctx, check: &PriceCheck) {
    let p = check.parts;
    let expected = p.taxable.zip(p.rate).and_then(|(t, r)| percent_of(t, r));
    check_tax(ctx, check, expected);
    check_payable_sum(ctx, check, expected);
}

/// tax = taxable × rate, or payable − payable ÷ (1 + rate).
fn check_tax(ctx: &mut Ctx, check: &PriceCheck, expected: Option<Decimal>) {
    let p = check.parts;
    let (Some(tax), Some(exp), Some(taxable), Some(rate)) = (p.tax, expected, p.taxable, p.rate)
    else {
        return;
    };
    let inclusive = p.payable.and_then(|pay| inclusive_tax(pay, rate));
    if eq_cents(tax, exp) || inclusive.is_some_and(|i| eq_cents(tax, i)) {
        return;
    }
    let args = Args::money(
        ctx,
        &[("tax", tax), ("taxable", taxable), ("expected", exp)],
    )
    .and("rate", ctx.pct(rate));
    let message = match check.other_tax.filter(|(_, v)| eq_cents(*v, exp)) {
        Some((source, v)) => args
            .and("source", tr_dyn(source).to_owned())
            .and("amount", ctx.money(v))
            .fill(tr_later("tax-is-tax-but-taxable-rate-expected-source")),
        None => args.fill(tr_later("tax-is-tax-but-taxable-rate-expected")),
    };
    ctx.warn(CheckWarning {
        view: check.view,
        kind: CheckKind::TaxRate,
        figure: format!("{} · {}", check.what, Field::Tax.label()),
        expected: Some(exp),
        found: Some(tax),
        message,
        target: check.tax_target,
    });
}

/// payable = taxable + tax.
fn check_payable_sum(ctx: &mut Ctx, check: &PriceCheck, expected: Option<Decimal>) {
    let p = check.parts;
    let (Some(t), Some(x), Some(pay)) = (p.taxable, p.tax, p.payable) else {
        return;
    };
    let Some(sum) = t.checked_add(x).filter(|sum| !eq_cents(*sum, pay)) else {
        return;
    };
    let args = Args::money(
        ctx,
        &[("payable", pay), ("taxable", t), ("tax", x), ("sum", sum)],
    );
    let mut message = args.fill(tr_later("payable-is-payable-but-taxable-taxable-tax-tax"));
    // Highlight the payable, unless it agrees with the tax the rate
    // gives: then the tax is the figure in doubt.
    let mut target = check.payable_target;
    if let Some(exp) = expected
        && !eq_cents(exp, x)
        && t.checked_add(exp).is_some_and(|s| eq_cents(s, pay))
    {
        message = args.and("expected", ctx.money(exp)).fill(tr_later(
            "payable-is-payable-but-taxable-taxable-tax-tax-sum",
        ));
        target = check.tax_target;
    }
    ctx.warn(CheckWarning {
        view: check.view,
        kind: CheckKind::PayableSum,
        figure: format!("{} · {}", check.what, Field::Payable.label()),
        expected: Some(sum),
        found: Some(pay),
        message,
        target,
    });
}

/// A view's totals as the API sent them.
struct Totals {
    non_taxable: Option<Decimal>,
    taxable: Option<Decimal>,
    tax: Option<Decimal>,
    net: Option<Decimal>,
}

/// A warning about a total of `view`.
fn total_warning(
    view: View,
    kind: TotalKind,
    (expected, found): (Decimal, Decimal),
    message: String,
) -> CheckWarning {
    CheckWarning {
        view: Some(view),
        kind: CheckKind::TotalsSum,
        figure: figure_name(Some(view), tr("total"), kind.label()),
        expected: Some(expected),
        found: Some(found),
        message,
        target: Some(Target::Total { view, kind }),
    }
}

/// The sum of one figure over the line items; `None` when there are none or
/// one is missing.
fn line_sum(
    lines: &[(LineKind, usize, &LineItem)],
    pick: fn(&LineItem) -> &Option<Money>,
) -> Option<Decimal> {
    if lines.is_empty() {
        None
    } else {
        sum_all(lines.iter().map(|(_, _, l)| price(pick(l))))
    }
}

/// The line items against the view's totals, and net = taxable + tax
/// (+ non-taxable).
pub(super) fn check_totals(
    ctx: &mut Ctx,
    view: View,
    s: &Subscription,
    lines: &[(LineKind, usize, &LineItem)],
) {
    let totals = Totals {
        non_taxable: price(&s.non_taxable_amount),
        taxable: price(&s.taxable_amount),
        tax: price(&s.tax_amount),
        net: price(&s.net_amount),
    };
    let nt = totals.non_taxable;
    for kind in [TotalKind::Taxable, TotalKind::Tax, TotalKind::Net] {
        check_line_sum(ctx, view, lines, nt, LineSum::of(kind, &totals));
    }
    check_net_parts(ctx, view, &totals);
}

/// One figure's sum over the line items against its total.
struct LineSum {
    pick: fn(&LineItem) -> &Option<Money>,
    total: Option<Decimal>,
    kind: TotalKind,
    /// With `{sum}` and `{total}`.
    message: &'static str,
    slack: Slack,
}

/// What a line sum may differ from its total by without a warning.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slack {
    /// The sum holds the non-taxable total too.
    NonTaxableInSum,
    /// The total holds the non-taxable total too.
    NonTaxableInTotal,
    /// Nothing: the taxes.
    None,
}

impl LineSum {
    /// The line sum that makes up the total of `kind` (taxable, tax or net).
    fn of(kind: TotalKind, totals: &Totals) -> Self {
        let (pick, total, message, slack): (fn(&LineItem) -> &Option<Money>, _, _, _) = match kind {
            TotalKind::Taxable => (
                |l| &l.taxable_price,
                totals.taxable,
                tr_later("the-line-items-taxable-amounts-sum-to-sum"),
                Slack::NonTaxableInSum,
            ),
            TotalKind::Tax => (
                |l| &l.tax_price,
                totals.tax,
                tr_later("the-line-items-taxes-sum-to-sum-the-total"),
                Slack::None,
            ),
            _ => (
                |l| &l.payable_price,
                totals.net,
                tr_later("the-line-items-payable-amounts-sum-to-sum"),
                Slack::NonTaxableInTotal,
            ),
        };
        LineSum {
            pick,
            total,
            kind,
            message,
            slack,
        }
    }
}

/// A line sum against its total; no warning when the non-taxable total
/// makes up the difference. A tax total that agrees with the taxes
/// recomputed from the rates is said so.
fn check_line_sum(
    ctx: &mut Ctx,
    view: View,
    lines: &[(LineKind, usize, &LineItem)],
    non_taxable: Option<Decimal>,
    check: LineSum,
) {
    let (Some(sum), Some(total)) = (line_sum(lines, check.pick), check.total) else {
        return;
    };
    let with_nt = |x: Decimal| non_taxable.and_then(|n| x.checked_add(n));
    let explained = match check.slack {
        Slack::NonTaxableInSum => with_nt(total).is_some_and(|t| eq_cents(sum, t)),
        Slack::NonTaxableInTotal => with_nt(sum).is_some_and(|s| eq_cents(s, total)),
        Slack::None => false,
    };
    if eq_cents(sum, total) || explained {
        return;
    }
    let recomputed = (check.kind == TotalKind::Tax)
        .then(|| recomputed_tax(lines))
        .flatten()
        .filter(|r| eq_cents(*r, total));
    let message = match recomputed {
        Some(r) => trf(
            "the-line-items-taxes-sum-to-sum-the",
            &[
                ("sum", &ctx.money(sum)),
                ("total", &ctx.money(total)),
                ("recomputed", &ctx.money(r)),
            ],
        ),
        None => trf_dyn(
            check.message,
            &[("sum", &ctx.money(sum)), ("total", &ctx.money(total))],
        ),
    };
    ctx.warn(total_warning(view, check.kind, (sum, total), message));
}

/// The line taxes recomputed from their rates.
fn recomputed_tax(lines: &[(LineKind, usize, &LineItem)]) -> Option<Decimal> {
    sum_all(lines.iter().map(|(_, _, l)| {
        let rate = l.tax_percentage.as_ref()?.percentage?;
        percent_of(price(&l.taxable_price)?, rate)
    }))
}

/// net = taxable + tax + non-taxable.
fn check_net_parts(ctx: &mut Ctx, view: View, totals: &Totals) {
    let (Some(t), Some(x), Some(n)) = (totals.taxable, totals.tax, totals.net) else {
        return;
    };
    let Some(sum) = t
        .checked_add(x)
        .and_then(|s| s.checked_add(totals.non_taxable.unwrap_or_default()))
        .filter(|sum| !eq_cents(*sum, n))
    else {
        return;
    };
    let args = Args::money(ctx, &[("net", n), ("taxable", t), ("tax", x), ("sum", sum)]);
    let message = match totals.non_taxable.filter(|n| !n.is_zero()) {
        Some(nt) => args
            .and("non_taxable", ctx.money(nt))
            .fill(tr_later("net-is-net-but-taxable-taxable-tax-tax")),
        None => args.fill(tr_later("net-is-net-but-taxable-taxable-tax-tax-sum")),
    };
    ctx.warn(total_warning(view, TotalKind::Net, (sum, n), message));
}

/// `transactData` against itself: formatting, tax = taxable × rate,
/// net = taxable + tax (+ non-taxable).
pub(super) fn check_summary_items(ctx: &mut Ctx, view: View, s: &Subscription) {
    let v = Some(view);
    for (i, t) in s.transact_data.iter().enumerate() {
        let item = t
            .category
            .as_deref()
            .and_then(LineKind::from_category)
            .map(|k| k.label().to_owned())
            .or_else(|| t.category.clone().filter(|c| !c.trim().is_empty()))
            .unwrap_or_else(|| trf("item-number", &[("number", &(i + 1))]));
        let what = format!(
            "{} · {}",
            view.label(),
            trf("summary-item", &[("item", &item)])
        );
        let place = |name: &str| format!("{what} · {name}");
        for (field, m) in [
            (TotalKind::NonTaxable, &t.non_taxable_amount),
            (TotalKind::Taxable, &t.taxable_amount),
            (TotalKind::Tax, &t.tax_amount),
            (TotalKind::Net, &t.net_amount),
            (TotalKind::Gross, &t.gross_amount),
        ] {
            let name = place(field.label());
            ctx.figure(m.as_ref(), Place::unmarked(v, &name));
        }
        let name = place(Field::TaxRate.label());
        ctx.rate(t.tax_percentage.as_ref(), Place::unmarked(v, &name));
        let nt = price(&t.non_taxable_amount).unwrap_or_default();
        let parts = PriceParts {
            taxable: price(&t.taxable_amount),
            tax: price(&t.tax_amount),
            payable: price(&t.net_amount).and_then(|n| n.checked_sub(nt)),
            rate: t.tax_percentage.as_ref().and_then(|p| p.percentage),
        };
        check_price_parts(
            ctx,
            &PriceCheck {
                view: v,
                what: &what,
                parts,
                other_tax: None,
                tax_target: None,
                payable_target: None,
            },
        );
    }
}
