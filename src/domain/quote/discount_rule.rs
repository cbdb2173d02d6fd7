//! The discount line of each view against the discount rule.

use rust_decimal::Decimal;

use super::calc::{eq_cents, percent_of, sum_all};
use super::ctx::Ctx;
use super::figure::{Place, price};
use super::model::{
    CheckKind, CheckWarning, Field, LineKind, ProrationExplanation, ProrationKind, Target, View,
};
use super::source::Source;
use super::table::line_items;
use crate::api::models::{DiscountRule, LineItem, Subscription};
use crate::domain::money::round_cents;
use crate::i18n::{tr, tr_dyn, tr_later, trf};

/// The discount line of one view, named and located for its warnings.
struct DiscountLine<'a> {
    view: View,
    s: &'a Subscription,
    line: &'a LineItem,
    /// The line's taxable amount (negative).
    taxable: Decimal,
    /// "Prorated · Discount".
    what: String,
}

impl DiscountLine<'_> {
    fn target(&self) -> Option<Target> {
        Some(Target::Line {
            view: self.view,
            kind: LineKind::Discount,
            index: 0,
            field: Field::Taxable,
        })
    }

    fn warning(
        &self,
        figure: &str,
        (expected, found): (Decimal, Decimal),
        message: String,
    ) -> CheckWarning {
        CheckWarning {
            view: Some(self.view),
            kind: CheckKind::DiscountRule,
            figure: format!("{} · {figure}", self.what),
            expected: Some(expected),
            found: Some(found),
            message,
            target: self.target(),
        }
    }
}

/// The discount line of each view against the rule: a percentage of the
/// rent (or of all taxable lines), or a fixed amount (whole, capped at the
/// rent, or prorated like the rent in the prorated view).
pub(super) fn check_discount_rule(
    ctx: &mut Ctx,
    src: &Source,
    proration: Option<&ProrationExplanation>,
) {
    let Some(rule) = src.rule else { return };
    read_rule(ctx, rule);
    let pct = rule.discount_percentage.as_ref().and_then(|p| p.percentage);
    let amount = price(&rule.discount_amount).map(|a| a.abs());
    let is_pct = match rule.is_percentage {
        Some(b) => b,
        None => pct.is_some() && amount.is_none(),
    };
    let mut applied = false;
    for view in View::ALL {
        let Some(s) = src.view(view) else { continue };
        let Some(d) = s.discount.as_ref() else {
            continue;
        };
        applied = true;
        let Some(taxable) = price(&d.taxable_price) else {
            continue;
        };
        let line = DiscountLine {
            view,
            s,
            line: d,
            taxable,
            what: format!("{} · {}", view.label(), LineKind::Discount.label()),
        };
        if is_pct {
            if let Some(p) = pct {
                check_percentage(ctx, &line, p);
            }
        } else if let Some(a) = amount {
            check_fixed(ctx, &line, a, proration);
        }
    }
    if !applied {
        ctx.notes.push(match rule.name.as_deref() {
            Some(n) => trf(
                "the-discount-rule-name-is-not-applied-in",
                &[("name", &n.trim())],
            ),
            None => tr("the-discount-rule-is-not-applied-in-any").to_owned(),
        });
    }
}

/// The rule's own percentage and amount, each against its text.
fn read_rule(ctx: &mut Ctx, rule: &DiscountRule) {
    let name = format!("{} · {}", tr("discount-rule-title"), tr("percentage"));
    ctx.rate(
        rule.discount_percentage.as_ref(),
        Place::unmarked(None, &name),
    );
    let name = format!("{} · {}", tr("discount-rule-title"), tr("amount"));
    ctx.figure(rule.discount_amount.as_ref(), Place::unmarked(None, &name));
}

/// A percentage rule: the line is `p` % of the rent, or of all taxable lines;
/// the line's own percentage is the rule's.
fn check_percentage(ctx: &mut Ctx, line: &DiscountLine, p: Decimal) {
    let rent = line.s.rent.as_ref().and_then(|r| price(&r.taxable_price));
    let base_all = sum_all(
        line_items(line.s)
            .into_iter()
            .filter(|(k, ..)| !matches!(k, LineKind::Discount | LineKind::SecurityDeposit))
            .map(|(_, _, l)| price(&l.taxable_price)),
    );
    let candidates: Vec<(&str, Decimal, Decimal)> = [
        (tr_later("the-rent"), rent),
        (tr_later("the-taxable-lines"), base_all),
    ]
    .into_iter()
    .filter_map(|(label, base)| {
        let base = base?;
        Some((label, base, -percent_of(base, p)?))
    })
    .collect();
    let taxable = line.taxable;
    if let Some(&(label, base, expected)) = candidates.first()
        && !candidates.iter().any(|(_, _, e)| eq_cents(*e, taxable))
    {
        let message = trf(
            "discount-is-discount-but-the-rules-rate-of",
            &[
                ("discount", &ctx.money(taxable)),
                ("rate", &ctx.pct(p)),
                ("base_name", &tr_dyn(label)),
                ("base", &ctx.money(base)),
                ("expected", &ctx.money(expected)),
            ],
        );
        ctx.warn(line.warning(Field::Taxable.label(), (expected, taxable), message));
    }
    if let Some(lp) = line.line.percentage
        && !eq_cents(lp, p)
    {
        let message = trf(
            "the-discount-line-says-line-its-rule-says",
            &[("line", &ctx.pct(lp)), ("rule", &ctx.pct(p))],
        );
        ctx.warn(line.warning(tr("percentage"), (p, lp), message));
    }
}

/// A fixed-amount rule: the line is the amount, capped at the rent, or (in
/// the prorated view) prorated like the rent; or its payable is the amount.
fn check_fixed(
    ctx: &mut Ctx,
    line: &DiscountLine,
    a: Decimal,
    proration: Option<&ProrationExplanation>,
) {
    let rent = line.s.rent.as_ref().and_then(|r| price(&r.taxable_price));
    let mut candidates = vec![-a];
    if let Some(r) = rent {
        candidates.push(-a.min(r.abs()));
    }
    if line.view == View::ProRata
        && let Some(p) = proration.filter(|p| p.kind == ProrationKind::Prorated)
        && let (Some(div), Some(days)) = (p.divisor, p.days)
    {
        let (div, days) = (Decimal::from(div), Decimal::from(days));
        if let Some(daily) = a.checked_div(div).map(round_cents) {
            candidates.extend(daily.checked_mul(days).map(|x| -round_cents(x)));
        }
        candidates.extend(
            a.checked_mul(days)
                .and_then(|x| x.checked_div(div))
                .map(|x| -round_cents(x)),
        );
    }
    let taxable = line.taxable;
    let payable = price(&line.line.payable_price);
    let ok = candidates.iter().any(|c| eq_cents(*c, taxable))
        || payable.is_some_and(|p| eq_cents(p, -a));
    if !ok {
        let message = trf(
            "discount-is-discount-but-the-rules-fixed-amount",
            &[("discount", &ctx.money(taxable)), ("amount", &ctx.money(a))],
        );
        ctx.warn(line.warning(Field::Taxable.label(), (-a, taxable), message));
    }
}
