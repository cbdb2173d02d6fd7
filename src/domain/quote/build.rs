//! From the API's views to the [`Comparison`], with the checks.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::api::lenient::{Money, Percent};
use crate::api::models::{
    DiscountRule, LineItem, PaymentPeriod, PriceTriple, Property, SpacePrice, Subscription,
    TransactItem,
};
use crate::domain::money::{
    FormattedKind, format_money, format_percent, parse_formatted, round_cents,
};
use crate::i18n::{tr, tr_dyn, tr_later, trf};

/// What both endpoints give us, borrowed.
pub(super) struct Source<'a> {
    /// Indexed by [`View::index`].
    pub views: [Option<&'a Subscription>; 3],
    pub rule: Option<&'a DiscountRule>,
    pub space_price: Option<&'a SpacePrice>,
    pub payment_period: Option<&'a PaymentPeriod>,
    pub property: Option<&'a Property>,
    pub move_in: Option<NaiveDate>,
    pub heading: String,
}

fn join_heading(parts: Vec<Option<String>>) -> String {
    parts
        .into_iter()
        .flatten()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

impl<'a> Source<'a> {
    pub fn from_quotation(q: &'a Quotation) -> Self {
        let unit = [
            q.space_info
                .as_ref()
                .and_then(|s| s.space_display_id.clone()),
            q.storage.as_ref().and_then(|s| s.name.clone()),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
        let heading = join_heading(vec![
            q.transact_id.clone(),
            q.property
                .as_ref()
                .and_then(|p| p.title().map(str::to_owned)),
            Some(unit),
            q.storage_size
                .as_ref()
                .and_then(crate::domain::booking::size_text),
        ]);
        Source {
            views: [
                q.subscription.as_ref(),
                q.billing_subscription.as_ref(),
                q.pro_rata_subscription.as_ref(),
            ],
            rule: q.discount.as_ref(),
            space_price: q.space_price.as_ref(),
            payment_period: q.payment_period.as_ref(),
            property: q.property.as_ref(),
            move_in: q.move_in_date.as_ref().and_then(|d| d.date),
            heading,
        }
    }

    pub fn from_reservation(r: &'a ReservationDetail) -> Self {
        let heading = join_heading(vec![
            r.transact_id.clone(),
            r.property
                .as_ref()
                .and_then(|p| p.title().map(str::to_owned)),
            r.storage.as_ref().and_then(|s| s.name.clone()),
            r.storage_size
                .as_ref()
                .and_then(crate::domain::booking::size_text),
        ]);
        Source {
            views: [
                None,
                r.billing_subscription.as_ref(),
                r.pro_rata_subscription.as_ref(),
            ],
            rule: None,
            space_price: None,
            payment_period: None,
            property: r.property.as_ref(),
            move_in: r.move_in_date.as_ref().and_then(|d| d.date),
            heading,
        }
    }

    pub fn view(&self, v: View) -> Option<&'a Subscription> {
        self.views[v.index()]
    }

    /// The full-cycle view, or the preview when the full cycle is missing.
    pub fn regular(&self) -> Option<(View, &'a Subscription)> {
        [View::Billing, View::Preview]
            .into_iter()
            .find_map(|v| self.view(v).map(|s| (v, s)))
    }
}

/// The locale for the property's country and currency.
pub(super) fn locale_for(property: Option<&Property>) -> MoneyLocale {
    let country = property.and_then(|p| p.country_code());
    let currency = property
        .and_then(|p| p.country.as_ref())
        .and_then(|c| c.currency_code.as_deref());
    MoneyLocale::for_country(country, currency)
}

pub(super) fn price(m: &Option<Money>) -> Option<Decimal> {
    m.as_ref()?.price
}

/// A figure from the API without checking it again (the comparison's cells
/// already did).
pub(super) fn plain_figure(ctx: &Ctx, m: &Option<Money>) -> Option<Figure> {
    api_figure(m, &ctx.locale)
}

/// A figure from the API's `{price, formattedPrice}`, unchecked.
pub(super) fn api_figure(m: &Option<Money>, locale: &MoneyLocale) -> Option<Figure> {
    let m = m.as_ref()?;
    let value = m.price?;
    let shown = m
        .formatted
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| format_money(value, locale));
    Some(Figure {
        value,
        shown,
        from_api: true,
        flagged: false,
    })
}

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
fn inclusive_tax(payable: Decimal, rate: Decimal) -> Option<Decimal> {
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

pub(super) fn date_text(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

pub(super) fn period_text(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Option<String> {
    Some(trf(
        "{start} to {end}",
        &[("start", &date_text(start?)), ("end", &date_text(end?))],
    ))
}

/// Days from `start` to `end`, both included; `None` if `end < start`.
pub(super) fn days_inclusive(start: NaiveDate, end: NaiveDate) -> Option<i64> {
    let d = end.signed_duration_since(start).num_days();
    (d >= 0).then_some(d + 1)
}

fn figure_name(view: Option<View>, item: &str, field: &str) -> String {
    match view {
        Some(v) => format!("{} · {item} · {field}", v.label()),
        None => format!("{item} · {field}"),
    }
}

/// Warnings, notes and the locale while building.
pub(super) struct Ctx {
    pub locale: MoneyLocale,
    pub warnings: Vec<CheckWarning>,
    pub notes: Vec<String>,
}

impl Ctx {
    pub fn money(&self, d: Decimal) -> String {
        format_money(d, &self.locale)
    }

    pub fn pct(&self, d: Decimal) -> String {
        format_percent(d, &self.locale)
    }

    #[allow(clippy::too_many_arguments)]
    pub fn warn(
        &mut self,
        view: Option<View>,
        kind: CheckKind,
        figure: String,
        expected: Option<Decimal>,
        found: Option<Decimal>,
        message: String,
        target: Option<Target>,
    ) {
        self.warnings.push(CheckWarning {
            view,
            kind,
            figure,
            expected,
            found,
            message,
            target,
        });
    }

    /// A figure from the API's `{price, formattedPrice}`, checking that the
    /// two agree. `None` when there is no price.
    pub fn figure(
        &mut self,
        m: Option<&Money>,
        view: Option<View>,
        name: &str,
        target: Option<Target>,
    ) -> Option<Figure> {
        let m = m?;
        let text = m
            .formatted
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let Some(value) = m.price else {
            if let Some(t) = text {
                self.notes.push(trf(
                    "{name}: shown as \"{text}\" without a number; not checked",
                    &[("name", &name), ("text", &t)],
                ));
            }
            return None;
        };
        let Some(text) = text else {
            return Some(Figure {
                value,
                shown: self.money(value),
                from_api: true,
                flagged: false,
            });
        };
        match parse_formatted(text) {
            None => self.notes.push(trf(
                "{name}: could not read the formatted text \"{text}\"; not checked",
                &[("name", &name), ("text", &text)],
            )),
            Some(f) if f.kind == FormattedKind::Percent => self.warn(
                view,
                CheckKind::Formatting,
                name.to_owned(),
                Some(value),
                Some(f.value),
                trf(
                    "shown as \"{text}\", a percentage, but it is an amount of {amount}",
                    &[("text", &text), ("amount", &self.money(value))],
                ),
                target,
            ),
            Some(f) if !eq_cents(f.value, value) => self.warn(
                view,
                CheckKind::Formatting,
                name.to_owned(),
                Some(value),
                Some(f.value),
                trf(
                    "shown as \"{text}\", but its price is {amount}",
                    &[("text", &text), ("amount", &self.money(value))],
                ),
                target,
            ),
            Some(_) => {}
        }
        Some(Figure {
            value,
            shown: text.to_owned(),
            from_api: true,
            flagged: false,
        })
    }

    /// A rate from `{percentage, formattedPercentage}`, checking both agree.
    pub fn rate(
        &mut self,
        p: Option<&Percent>,
        view: Option<View>,
        name: &str,
        target: Option<Target>,
    ) -> Option<Rate> {
        let p = p?;
        let text = p
            .formatted
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let Some(value) = p.percentage else {
            if let Some(t) = text {
                self.notes.push(trf(
                    "{name}: shown as \"{text}\" without a number; not checked",
                    &[("name", &name), ("text", &t)],
                ));
            }
            return None;
        };
        let Some(text) = text else {
            return Some(Rate {
                value,
                shown: self.pct(value),
                flagged: false,
            });
        };
        match parse_formatted(text) {
            None => self.notes.push(trf(
                "{name}: could not read the formatted text \"{text}\"; not checked",
                &[("name", &name), ("text", &text)],
            )),
            Some(f) if f.kind == FormattedKind::Money => self.warn(
                view,
                CheckKind::Formatting,
                name.to_owned(),
                Some(value),
                Some(f.value),
                trf(
                    "shown as \"{text}\", an amount, but it is a rate of {rate}",
                    &[("text", &text), ("rate", &self.pct(value))],
                ),
                target,
            ),
            Some(f) if !eq_cents(f.value, value) => self.warn(
                view,
                CheckKind::Formatting,
                name.to_owned(),
                Some(value),
                Some(f.value),
                trf(
                    "shown as \"{text}\", but the rate is {rate}",
                    &[("text", &text), ("rate", &self.pct(value))],
                ),
                target,
            ),
            Some(_) => {}
        }
        Some(Rate {
            value,
            shown: text.to_owned(),
            flagged: false,
        })
    }

    /// tax = taxable × rate (or the tax-inclusive reading), payable =
    /// taxable + tax; `what` names the figures ("Prorated · Rent").
    #[allow(clippy::too_many_arguments)]
    fn check_price_parts(
        &mut self,
        view: Option<View>,
        what: &str,
        taxable: Option<Decimal>,
        tax: Option<Decimal>,
        payable: Option<Decimal>,
        rate: Option<Decimal>,
        other_tax: Option<(&str, Decimal)>,
        targets: [Option<Target>; 2],
    ) {
        let expected = taxable.zip(rate).and_then(|(t, r)| percent_of(t, r));
        if let (Some(tax), Some(exp), Some(taxable), Some(rate)) = (tax, expected, taxable, rate) {
            let inclusive = payable.and_then(|p| inclusive_tax(p, rate));
            if !eq_cents(tax, exp) && !inclusive.is_some_and(|i| eq_cents(tax, i)) {
                let (tax_s, taxable_s, rate_s, exp_s) = (
                    self.money(tax),
                    self.money(taxable),
                    self.pct(rate),
                    self.money(exp),
                );
                let args: [(&str, &dyn fmt::Display); 4] = [
                    ("tax", &tax_s),
                    ("taxable", &taxable_s),
                    ("rate", &rate_s),
                    ("expected", &exp_s),
                ];
                let message = match other_tax.filter(|(_, v)| eq_cents(*v, exp)) {
                    Some((source, v)) => {
                        let more: [(&str, &dyn fmt::Display); 2] =
                            [("source", &tr_dyn(source)), ("amount", &self.money(v))];
                        trf(
                            "tax is {tax}, but {taxable} × {rate} = {expected}; {source} shows {amount}",
                            &[args.as_slice(), more.as_slice()].concat(),
                        )
                    }
                    None => trf("tax is {tax}, but {taxable} × {rate} = {expected}", &args),
                };
                self.warn(
                    view,
                    CheckKind::TaxRate,
                    format!("{what} · {}", Field::Tax.label()),
                    Some(exp),
                    Some(tax),
                    message,
                    targets[0],
                );
            }
        }
        if let (Some(t), Some(x), Some(p)) = (taxable, tax, payable)
            && let Some(sum) = t.checked_add(x)
            && !eq_cents(sum, p)
        {
            let (p_s, t_s, x_s, sum_s) =
                (self.money(p), self.money(t), self.money(x), self.money(sum));
            let args: [(&str, &dyn fmt::Display); 4] = [
                ("payable", &p_s),
                ("taxable", &t_s),
                ("tax", &x_s),
                ("sum", &sum_s),
            ];
            let mut message = trf(
                "payable is {payable}, but taxable {taxable} + tax {tax} = {sum}",
                &args,
            );
            // Highlight the payable, unless it agrees with the tax the rate
            // gives: then the tax is the figure in doubt.
            let mut target = targets[1];
            if let Some(exp) = expected
                && !eq_cents(exp, x)
                && t.checked_add(exp).is_some_and(|s| eq_cents(s, p))
            {
                let more: [(&str, &dyn fmt::Display); 1] = [("expected", &self.money(exp))];
                message = trf(
                    "payable is {payable}, but taxable {taxable} + tax {tax} = {sum}; it agrees with the expected tax {expected}, so the tax figure is the one in doubt",
                    &[args.as_slice(), more.as_slice()].concat(),
                );
                target = targets[0];
            }
            self.warn(
                view,
                CheckKind::PayableSum,
                format!("{what} · {}", Field::Payable.label()),
                Some(sum),
                Some(p),
                message,
                target,
            );
        }
    }
}

/// The line items of a view, in row order, with their index within the kind.
pub(super) fn line_items(s: &Subscription) -> Vec<(LineKind, usize, &LineItem)> {
    let mut out = Vec::new();
    out.extend(s.rent.as_ref().map(|i| (LineKind::Rent, 0, i)));
    out.extend(s.discount.as_ref().map(|i| (LineKind::Discount, 0, i)));
    for (kind, list) in [
        (LineKind::Insurance, &s.insurance),
        (LineKind::Service, &s.service),
        (LineKind::Merchandise, &s.merchandise),
    ] {
        out.extend(list.iter().enumerate().map(|(i, item)| (kind, i, item)));
    }
    out.extend(s.admin_fee.as_ref().map(|i| (LineKind::AdminFee, 0, i)));
    out.extend(
        s.security_deposit
            .as_ref()
            .map(|i| (LineKind::SecurityDeposit, 0, i)),
    );
    out
}

/// `transactData` items paired with line items of the same kind, in order,
/// when both have the same number of that kind (otherwise the pairing would
/// be a guess).
fn pair_summary(s: &Subscription) -> HashMap<(LineKind, usize), &TransactItem> {
    let mut by_kind: HashMap<LineKind, Vec<&TransactItem>> = HashMap::new();
    for t in &s.transact_data {
        if let Some(kind) = t.category.as_deref().and_then(LineKind::from_category) {
            by_kind.entry(kind).or_default().push(t);
        }
    }
    let lines = line_items(s);
    let mut out = HashMap::new();
    for (kind, items) in by_kind {
        let count = lines.iter().filter(|(k, ..)| *k == kind).count();
        if count == items.len() {
            for (i, t) in items.into_iter().enumerate() {
                out.insert((kind, i), t);
            }
        }
    }
    out
}

fn column(view: View, s: &Subscription) -> ViewColumn {
    let start = s.start_date.as_ref().and_then(|d| d.date);
    let end = s.end_date.as_ref().and_then(|d| d.date);
    let period = period_text(start, end).or_else(|| {
        let a = s.start_date.as_ref().and_then(|d| d.display());
        let b = s.end_date.as_ref().and_then(|d| d.display());
        match (a, b) {
            (Some(a), Some(b)) => Some(trf("{start} to {end}", &[("start", &a), ("end", &b)])),
            (a, b) => a.or(b),
        }
    });
    ViewColumn {
        view,
        label: view.label().to_owned(),
        start,
        end,
        period,
        days: start.zip(end).and_then(|(a, b)| days_inclusive(a, b)),
    }
}

fn quantity_text(item: &LineItem) -> Option<String> {
    let q = item.quantity.as_ref()?;
    let count = q.count?.normalize().to_string();
    Some(
        match q.uom.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            Some(u) => format!("{count} {u}"),
            None => count,
        },
    )
}

/// Row labels: "Insurance" or "Insurance 1", "Insurance 2" when a view has
/// several.
fn row_labels(src: &Source) -> HashMap<(LineKind, usize), String> {
    let mut counts: HashMap<LineKind, usize> = HashMap::new();
    for s in src.views.iter().flatten() {
        let lines = line_items(s);
        for kind in LineKind::ALL {
            let n = lines.iter().filter(|(k, ..)| *k == kind).count();
            let c = counts.entry(kind).or_default();
            *c = (*c).max(n);
        }
    }
    let mut out = HashMap::new();
    for kind in LineKind::ALL {
        let n = counts.get(&kind).copied().unwrap_or(0);
        for i in 0..n {
            let label = if n > 1 {
                format!("{} {}", kind.label(), i + 1)
            } else {
                kind.label().to_owned()
            };
            out.insert((kind, i), label);
        }
    }
    out
}

/// One view: its cells (with the line checks), its totals (with the sum
/// checks) and its `transactData` checks.
fn build_view(
    ctx: &mut Ctx,
    view: View,
    s: &Subscription,
    labels: &HashMap<(LineKind, usize), String>,
    cells: &mut HashMap<(LineKind, usize), [Option<Cell>; 3]>,
    totals: &mut [[Option<Figure>; 3]; 5],
) {
    let v = Some(view);
    let summary = pair_summary(s);
    let lines = line_items(s);
    for &(kind, index, item) in &lines {
        let label = labels
            .get(&(kind, index))
            .cloned()
            .unwrap_or_else(|| kind.label().to_owned());
        let what = format!("{} · {label}", view.label());
        let target = |field| {
            Some(Target::Line {
                view,
                kind,
                index,
                field,
            })
        };
        let cell = Cell {
            taxable: ctx.figure(
                item.taxable_price.as_ref(),
                v,
                &format!("{what} · {}", Field::Taxable.label()),
                target(Field::Taxable),
            ),
            tax: ctx.figure(
                item.tax_price.as_ref(),
                v,
                &format!("{what} · {}", Field::Tax.label()),
                target(Field::Tax),
            ),
            payable: ctx.figure(
                item.payable_price.as_ref(),
                v,
                &format!("{what} · {}", Field::Payable.label()),
                target(Field::Payable),
            ),
            tax_rate: ctx.rate(
                item.tax_percentage.as_ref(),
                v,
                &format!("{what} · {}", Field::TaxRate.label()),
                target(Field::TaxRate),
            ),
            period: item.period.clone().filter(|p| !p.trim().is_empty()),
            quantity: quantity_text(item),
            description: Some(item.label()).filter(|l| !l.is_empty()),
        };
        let paired = summary.get(&(kind, index)).copied();
        let (taxable, tax, payable) = (
            price(&item.taxable_price),
            price(&item.tax_price),
            price(&item.payable_price),
        );
        let rate = item
            .tax_percentage
            .as_ref()
            .and_then(|p| p.percentage)
            .or_else(|| paired.and_then(|t| t.tax_percentage.as_ref()?.percentage));
        ctx.check_price_parts(
            v,
            &what,
            taxable,
            tax,
            payable,
            rate,
            paired
                .and_then(|t| price(&t.tax_amount))
                .map(|x| (tr_later("the transaction summary"), x)),
            [target(Field::Tax), target(Field::Payable)],
        );
        if let Some(t) = paired {
            for (field, line, sum, key) in [
                (
                    Field::Taxable,
                    taxable,
                    price(&t.taxable_amount),
                    "taxableAmount",
                ),
                (Field::Tax, tax, price(&t.tax_amount), "taxAmount"),
                (Field::Payable, payable, price(&t.net_amount), "netAmount"),
            ] {
                if let (Some(a), Some(b)) = (line, sum)
                    && !eq_cents(a, b)
                {
                    let message = trf(
                        "the line item says {line}, the transaction summary ({key}) says {summary}",
                        &[
                            ("line", &ctx.money(a)),
                            ("key", &key),
                            ("summary", &ctx.money(b)),
                        ],
                    );
                    ctx.warn(
                        v,
                        CheckKind::Summary,
                        format!("{what} · {}", field.label()),
                        Some(b),
                        Some(a),
                        message,
                        target(field),
                    );
                }
            }
        }
        cells.entry((kind, index)).or_default()[view.index()] = Some(cell);
    }

    // Totals.
    let raw = [
        &s.non_taxable_amount,
        &s.taxable_amount,
        &s.tax_amount,
        &s.net_amount,
        &s.gross_amount,
    ];
    for (i, kind) in TotalKind::ALL.into_iter().enumerate() {
        totals[i][view.index()] = ctx.figure(
            raw[i].as_ref(),
            v,
            &figure_name(v, tr("Total"), kind.label()),
            Some(Target::Total { view, kind }),
        );
    }
    check_totals(ctx, view, s, &lines);
    check_summary_items(ctx, view, s);
}

fn check_totals(
    ctx: &mut Ctx,
    view: View,
    s: &Subscription,
    lines: &[(LineKind, usize, &LineItem)],
) {
    let v = Some(view);
    let sum = |f: fn(&LineItem) -> &Option<Money>| {
        if lines.is_empty() {
            None
        } else {
            sum_all(lines.iter().map(|(_, _, l)| price(f(l))))
        }
    };
    let non_taxable = price(&s.non_taxable_amount);
    let taxable_total = price(&s.taxable_amount);
    let tax_total = price(&s.tax_amount);
    let net_total = price(&s.net_amount);
    let target = |kind| Some(Target::Total { view, kind });
    let with_nt = |x: Decimal| non_taxable.and_then(|n| x.checked_add(n));

    if let (Some(sum), Some(total)) = (sum(|l| &l.taxable_price), taxable_total)
        && !eq_cents(sum, total)
        && !with_nt(total).is_some_and(|t| eq_cents(sum, t))
    {
        let message = trf(
            "the line items' taxable amounts sum to {sum}, the total is {total}",
            &[("sum", &ctx.money(sum)), ("total", &ctx.money(total))],
        );
        ctx.warn(
            v,
            CheckKind::TotalsSum,
            figure_name(v, tr("Total"), TotalKind::Taxable.label()),
            Some(sum),
            Some(total),
            message,
            target(TotalKind::Taxable),
        );
    }
    if let (Some(sum), Some(total)) = (sum(|l| &l.tax_price), tax_total)
        && !eq_cents(sum, total)
    {
        let recomputed = sum_all(lines.iter().map(|(_, _, l)| {
            let rate = l.tax_percentage.as_ref()?.percentage?;
            percent_of(price(&l.taxable_price)?, rate)
        }));
        let message = match recomputed.filter(|r| eq_cents(*r, total)) {
            Some(r) => trf(
                "the line items' taxes sum to {sum}, the total is {total}; the total agrees with the line taxes recomputed from their rates ({recomputed})",
                &[
                    ("sum", &ctx.money(sum)),
                    ("total", &ctx.money(total)),
                    ("recomputed", &ctx.money(r)),
                ],
            ),
            None => trf(
                "the line items' taxes sum to {sum}, the total is {total}",
                &[("sum", &ctx.money(sum)), ("total", &ctx.money(total))],
            ),
        };
        ctx.warn(
            v,
            CheckKind::TotalsSum,
            figure_name(v, tr("Total"), TotalKind::Tax.label()),
            Some(sum),
            Some(total),
            message,
            target(TotalKind::Tax),
        );
    }
    if let (Some(sum), Some(total)) = (sum(|l| &l.payable_price), net_total)
        && !eq_cents(sum, total)
        && !with_nt(sum).is_some_and(|s| eq_cents(s, total))
    {
        let message = trf(
            "the line items' payable amounts sum to {sum}, the net total is {total}",
            &[("sum", &ctx.money(sum)), ("total", &ctx.money(total))],
        );
        ctx.warn(
            v,
            CheckKind::TotalsSum,
            figure_name(v, tr("Total"), TotalKind::Net.label()),
            Some(sum),
            Some(total),
            message,
            target(TotalKind::Net),
        );
    }
    if let (Some(t), Some(x), Some(n)) = (taxable_total, tax_total, net_total)
        && let Some(sum) = t
            .checked_add(x)
            .and_then(|s| s.checked_add(non_taxable.unwrap_or_default()))
        && !eq_cents(sum, n)
    {
        let (n_s, t_s, x_s, sum_s) = (ctx.money(n), ctx.money(t), ctx.money(x), ctx.money(sum));
        let args: [(&str, &dyn fmt::Display); 4] = [
            ("net", &n_s),
            ("taxable", &t_s),
            ("tax", &x_s),
            ("sum", &sum_s),
        ];
        let message = match non_taxable.filter(|n| !n.is_zero()) {
            Some(nt) => {
                let more: [(&str, &dyn fmt::Display); 1] = [("non_taxable", &ctx.money(nt))];
                trf(
                    "net is {net}, but taxable {taxable} + tax {tax} + non-taxable {non_taxable} = {sum}",
                    &[args.as_slice(), more.as_slice()].concat(),
                )
            }
            None => trf(
                "net is {net}, but taxable {taxable} + tax {tax} = {sum}",
                &args,
            ),
        };
        ctx.warn(
            v,
            CheckKind::TotalsSum,
            figure_name(v, tr("Total"), TotalKind::Net.label()),
            Some(sum),
            Some(n),
            message,
            target(TotalKind::Net),
        );
    }
}

/// `transactData` against itself: formatting, tax = taxable × rate,
/// net = taxable + tax (+ non-taxable).
fn check_summary_items(ctx: &mut Ctx, view: View, s: &Subscription) {
    let v = Some(view);
    for (i, t) in s.transact_data.iter().enumerate() {
        let item = t
            .category
            .as_deref()
            .and_then(LineKind::from_category)
            .map(|k| k.label().to_owned())
            .or_else(|| t.category.clone().filter(|c| !c.trim().is_empty()))
            .unwrap_or_else(|| trf("item {number}", &[("number", &(i + 1))]));
        let what = format!(
            "{} · {}",
            view.label(),
            trf("Summary {item}", &[("item", &item)])
        );
        for (field, m) in [
            (TotalKind::NonTaxable, &t.non_taxable_amount),
            (TotalKind::Taxable, &t.taxable_amount),
            (TotalKind::Tax, &t.tax_amount),
            (TotalKind::Net, &t.net_amount),
            (TotalKind::Gross, &t.gross_amount),
        ] {
            ctx.figure(m.as_ref(), v, &format!("{what} · {}", field.label()), None);
        }
        ctx.rate(
            t.tax_percentage.as_ref(),
            v,
            &format!("{what} · {}", Field::TaxRate.label()),
            None,
        );
        let nt = price(&t.non_taxable_amount).unwrap_or_default();
        let payable = price(&t.net_amount).and_then(|n| n.checked_sub(nt));
        ctx.check_price_parts(
            v,
            &what,
            price(&t.taxable_amount),
            price(&t.tax_amount),
            payable,
            t.tax_percentage.as_ref().and_then(|p| p.percentage),
            None,
            [None, None],
        );
    }
}

/// The standard and discounted prices, their saving and checks.
fn space_price(ctx: &mut Ctx, src: &Source) -> Option<SpacePriceComparison> {
    let sp = src.space_price?;
    if sp.standard_price.is_none() && sp.discounted_price.is_none() {
        return None;
    }
    let regular = src.regular().map(|(_, s)| s);
    let rate = regular.and_then(|s| s.rent.as_ref()?.tax_percentage.as_ref()?.percentage);
    let mut parts = |triple: &Option<PriceTriple>, discounted: bool| -> Prices {
        let Some(t) = triple else {
            return Prices::default();
        };
        let what = format!(
            "{} · {}",
            tr("Space price"),
            if discounted {
                tr("discounted")
            } else {
                tr("standard")
            }
        );
        let target = |field| Some(Target::SpacePrice { discounted, field });
        let prices = Prices {
            taxable: ctx.figure(
                t.taxable_price.as_ref(),
                None,
                &format!("{what} · {}", Field::Taxable.label()),
                target(Field::Taxable),
            ),
            tax: ctx.figure(
                t.tax_price.as_ref(),
                None,
                &format!("{what} · {}", Field::Tax.label()),
                target(Field::Tax),
            ),
            payable: ctx.figure(
                t.payable_price.as_ref(),
                None,
                &format!("{what} · {}", Field::Payable.label()),
                target(Field::Payable),
            ),
        };
        let before = ctx.warnings.len();
        ctx.check_price_parts(
            None,
            &what,
            price(&t.taxable_price),
            price(&t.tax_price),
            price(&t.payable_price),
            rate,
            None,
            [target(Field::Tax), target(Field::Payable)],
        );
        for w in &mut ctx.warnings[before..] {
            w.kind = CheckKind::SpacePrice;
        }
        prices
    };
    let standard = parts(&sp.standard_price, false);
    let discounted = parts(&sp.discounted_price, true);

    // Against the full-cycle view: standard = its rent; discounted = its
    // rent plus its discount line, or, when the full cycle carries no
    // discount (a one-off discount), the rent with the rule applied.
    if let Some(s) = regular
        && let Some(rent) = s.rent.as_ref()
    {
        let rent_rate = rent.tax_percentage.as_ref().and_then(|p| p.percentage);
        let rule_off = |base: Decimal| -> Option<Decimal> {
            let rule = src.rule?;
            let pct = rule.discount_percentage.as_ref().and_then(|p| p.percentage);
            match (rule.is_percentage, pct, price(&rule.discount_amount)) {
                (Some(false), _, Some(a)) | (None, None, Some(a)) => Some(a.abs()),
                (_, Some(p), _) => percent_of(base, p),
                _ => None,
            }
        };
        let rent_taxable = price(&rent.taxable_price);
        for field in [Field::Taxable, Field::Payable] {
            let pick = |l: &LineItem| match field {
                Field::Taxable => price(&l.taxable_price),
                _ => price(&l.payable_price),
            };
            let Some(rent_v) = pick(rent) else { continue };
            let discounted_candidates: Vec<Decimal> = match s.discount.as_ref() {
                Some(d) => pick(d)
                    .and_then(|d| rent_v.checked_add(d))
                    .into_iter()
                    .collect(),
                None => {
                    // The rule applied to the taxable rent, then taxed.
                    let taxable_after = rent_taxable.and_then(|t| t.checked_sub(rule_off(t)?));
                    let after = match field {
                        Field::Taxable => taxable_after,
                        _ => taxable_after.and_then(|t| t.checked_add(percent_of(t, rent_rate?)?)),
                    };
                    [Some(rent_v), after].into_iter().flatten().collect()
                }
            };
            for (prices, candidates, discounted, what) in [
                (
                    &standard,
                    vec![rent_v],
                    false,
                    tr_later("the full-cycle rent"),
                ),
                (
                    &discounted,
                    discounted_candidates,
                    true,
                    tr_later("the full-cycle rent with its discount"),
                ),
            ] {
                if let (Some(f), Some(&e)) = (prices.get(field), candidates.first())
                    && !candidates.iter().any(|c| eq_cents(f.value, *c))
                {
                    let name = format!(
                        "{} · {} · {}",
                        tr("Space price"),
                        if discounted {
                            tr("discounted")
                        } else {
                            tr("standard")
                        },
                        field.label()
                    );
                    let message = trf(
                        "{amount} differs from {what}, {expected}",
                        &[
                            ("amount", &ctx.money(f.value)),
                            ("what", &tr_dyn(what)),
                            ("expected", &ctx.money(e)),
                        ],
                    );
                    ctx.warn(
                        None,
                        CheckKind::SpacePrice,
                        name,
                        Some(e),
                        Some(f.value),
                        message,
                        Some(Target::SpacePrice { discounted, field }),
                    );
                }
            }
        }
    }

    let mut saving = Prices::default();
    for field in [Field::Taxable, Field::Tax, Field::Payable] {
        let value = match (standard.get(field), discounted.get(field)) {
            (Some(a), Some(b)) => a.value.checked_sub(b.value),
            _ => None,
        };
        let fig = value.map(|v| Figure::computed(v, &ctx.locale));
        match field {
            Field::Taxable => saving.taxable = fig,
            Field::Tax => saving.tax = fig,
            _ => saving.payable = fig,
        }
    }
    let text = match (&saving.payable, &saving.taxable) {
        (Some(p), _) if p.value.is_zero() => {
            tr("No saving: the standard and discounted prices are the same").to_owned()
        }
        (Some(p), Some(t)) => trf(
            "Saving {payable} per discounted cycle incl. tax ({taxable} before tax)",
            &[("payable", &p.shown), ("taxable", &t.shown)],
        ),
        (Some(p), None) => trf(
            "Saving {payable} per discounted cycle incl. tax",
            &[("payable", &p.shown)],
        ),
        (None, Some(t)) => trf(
            "Saving {taxable} per discounted cycle before tax",
            &[("taxable", &t.shown)],
        ),
        (None, None) => tr("Saving not available: a price is missing").to_owned(),
    };
    Some(SpacePriceComparison {
        standard,
        discounted,
        saving,
        text,
    })
}

/// The discount line of each view against the rule: a percentage of the
/// rent (or of all taxable lines), or a fixed amount (whole, capped at the
/// rent, or prorated like the rent in the prorated view).
fn check_discount_rule(ctx: &mut Ctx, src: &Source, proration: Option<&ProrationExplanation>) {
    let Some(rule) = src.rule else { return };
    ctx.rate(
        rule.discount_percentage.as_ref(),
        None,
        &format!("{} · {}", tr("Discount rule"), tr("percentage")),
        None,
    );
    ctx.figure(
        rule.discount_amount.as_ref(),
        None,
        &format!("{} · {}", tr("Discount rule"), tr("amount")),
        None,
    );
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
        let what = format!("{} · {}", view.label(), LineKind::Discount.label());
        let target = Some(Target::Line {
            view,
            kind: LineKind::Discount,
            index: 0,
            field: Field::Taxable,
        });
        let rent = s.rent.as_ref().and_then(|r| price(&r.taxable_price));
        let base_all = sum_all(
            line_items(s)
                .into_iter()
                .filter(|(k, ..)| !matches!(k, LineKind::Discount | LineKind::SecurityDeposit))
                .map(|(_, _, l)| price(&l.taxable_price)),
        );
        if is_pct {
            let Some(p) = pct else { continue };
            let candidates: Vec<(&str, Decimal, Decimal)> = [
                (tr_later("the rent"), rent),
                (tr_later("the taxable lines"), base_all),
            ]
            .into_iter()
            .filter_map(|(label, base)| {
                let base = base?;
                Some((label, base, -percent_of(base, p)?))
            })
            .collect();
            if let Some(&(label, base, expected)) = candidates.first()
                && !candidates.iter().any(|(_, _, e)| eq_cents(*e, taxable))
            {
                let message = trf(
                    "discount is {discount}, but the rule's {rate} of {base_name} {base} = {expected}",
                    &[
                        ("discount", &ctx.money(taxable)),
                        ("rate", &ctx.pct(p)),
                        ("base_name", &tr_dyn(label)),
                        ("base", &ctx.money(base)),
                        ("expected", &ctx.money(expected)),
                    ],
                );
                ctx.warn(
                    Some(view),
                    CheckKind::DiscountRule,
                    format!("{what} · {}", Field::Taxable.label()),
                    Some(expected),
                    Some(taxable),
                    message,
                    target,
                );
            }
            if let Some(lp) = d.percentage
                && !eq_cents(lp, p)
            {
                let message = trf(
                    "the discount line says {line}, its rule says {rule}",
                    &[("line", &ctx.pct(lp)), ("rule", &ctx.pct(p))],
                );
                ctx.warn(
                    Some(view),
                    CheckKind::DiscountRule,
                    format!("{what} · {}", tr("percentage")),
                    Some(p),
                    Some(lp),
                    message,
                    target,
                );
            }
        } else if let Some(a) = amount {
            let mut candidates = vec![-a];
            if let Some(r) = rent {
                candidates.push(-a.min(r.abs()));
            }
            if view == View::ProRata
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
            let payable = price(&d.payable_price);
            let ok = candidates.iter().any(|c| eq_cents(*c, taxable))
                || payable.is_some_and(|p| eq_cents(p, -a));
            if !ok {
                let message = trf(
                    "discount is {discount}, but the rule's fixed amount is {amount}",
                    &[("discount", &ctx.money(taxable)), ("amount", &ctx.money(a))],
                );
                ctx.warn(
                    Some(view),
                    CheckKind::DiscountRule,
                    format!("{what} · {}", Field::Taxable.label()),
                    Some(-a),
                    Some(taxable),
                    message,
                    target,
                );
            }
        }
    }
    if !applied {
        ctx.notes.push(match rule.name.as_deref() {
            Some(n) => trf(
                "The discount rule \"{name}\" is not applied in any view",
                &[("name", &n.trim())],
            ),
            None => tr("The discount rule is not applied in any view").to_owned(),
        });
    }
}

/// Sets [`Figure::flagged`] / [`Rate::flagged`] on every figure a warning
/// targets.
fn apply_flags(c: &mut Comparison) {
    let targets: Vec<Target> = c.warnings.iter().filter_map(|w| w.target).collect();
    for t in targets {
        match t {
            Target::Line {
                view,
                kind,
                index,
                field,
            } => {
                let Some(cell) = c
                    .rows
                    .iter_mut()
                    .find(|r| r.kind == kind && r.index == index)
                    .and_then(|r| r.cells[view.index()].as_mut())
                else {
                    continue;
                };
                match field {
                    Field::Taxable => cell.taxable.iter_mut().for_each(|f| f.flagged = true),
                    Field::Tax => cell.tax.iter_mut().for_each(|f| f.flagged = true),
                    Field::Payable => cell.payable.iter_mut().for_each(|f| f.flagged = true),
                    Field::TaxRate => cell.tax_rate.iter_mut().for_each(|f| f.flagged = true),
                }
            }
            Target::Total { view, kind } => {
                if let Some(f) = c
                    .totals
                    .iter_mut()
                    .find(|r| r.kind == kind)
                    .and_then(|r| r.cells[view.index()].as_mut())
                {
                    f.flagged = true;
                }
            }
            Target::SpacePrice { discounted, field } => {
                if let Some(sp) = c.space_price.as_mut() {
                    let prices = if discounted {
                        &mut sp.discounted
                    } else {
                        &mut sp.standard
                    };
                    let f = match field {
                        Field::Taxable => prices.taxable.as_mut(),
                        Field::Tax => prices.tax.as_mut(),
                        Field::Payable => prices.payable.as_mut(),
                        Field::TaxRate => None,
                    };
                    if let Some(f) = f {
                        f.flagged = true;
                    }
                }
            }
        }
    }
}

pub(super) fn build(src: &Source) -> Comparison {
    let mut ctx = Ctx {
        locale: locale_for(src.property),
        warnings: Vec::new(),
        notes: Vec::new(),
    };
    let labels = row_labels(src);
    let mut cells: HashMap<(LineKind, usize), [Option<Cell>; 3]> = HashMap::new();
    let mut totals: [[Option<Figure>; 3]; 5] = Default::default();
    for view in View::ALL {
        if let Some(s) = src.view(view) {
            build_view(&mut ctx, view, s, &labels, &mut cells, &mut totals);
        }
    }
    let columns = View::ALL.map(|v| src.view(v).map(|s| column(v, s)));
    if columns.iter().all(Option::is_none) {
        ctx.notes
            .push(tr("The response has no subscription view to compare").to_owned());
    }

    let mut rows = Vec::new();
    for kind in LineKind::ALL {
        let mut index = 0;
        while let Some(label) = labels.get(&(kind, index)) {
            let row_cells = cells.remove(&(kind, index)).unwrap_or_default();
            let detail = row_cells
                .iter()
                .flatten()
                .find_map(|c| c.description.clone());
            rows.push(Row {
                kind,
                index,
                label: label.clone(),
                detail,
                cells: row_cells,
            });
            index += 1;
        }
    }
    let totals = TotalKind::ALL
        .into_iter()
        .zip(totals)
        .filter(|(_, cells)| cells.iter().any(Option::is_some))
        .map(|(kind, cells)| TotalRow {
            kind,
            label: kind.label().to_owned(),
            cells,
        })
        .collect();

    let space_price = space_price(&mut ctx, src);
    let cadence = projection::cadence(src);
    let proration = proration::explain(&mut ctx, src, cadence.cadence);
    check_discount_rule(&mut ctx, src, proration.as_ref());
    let discount = projection::discount_summary(&ctx, src);
    let projection = projection::project(&ctx, src, cadence, discount.as_ref(), proration.as_ref());

    let mut comparison = Comparison {
        heading: src.heading.clone(),
        locale: ctx.locale,
        columns,
        rows,
        totals,
        space_price,
        proration,
        discount,
        warnings: ctx.warnings,
        notes: ctx.notes,
        projection,
    };
    apply_flags(&mut comparison);
    comparison
}
