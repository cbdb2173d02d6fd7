//! The quotation rebuilt with an option: its insurance line in each view,
//! replacing any there, the view's totals and `transactData` following.

use rust_decimal::Decimal;

use super::premium::{self, FirstPremium};
use super::{Added, InsuranceProblem, InsuredQuote};
use crate::api::insurance::{InsuranceOption, PremiumLine};
use crate::api::lenient::{Money, Percent};
use crate::api::models::{LineItem, Quotation, Subscription, TransactItem};
use crate::domain::money::{MoneyLocale, format_money, format_percent};
use crate::domain::quote::{Comparison, Figure, LineKind, TotalKind, View, compare_quotation};
use crate::i18n::trf;

/// One view's addition before tax; tax and payable follow from the rate.
#[derive(Clone, Copy)]
struct Parts {
    taxable: Decimal,
    tax: Decimal,
    payable: Decimal,
}

impl Parts {
    fn of(taxable: Decimal, rate: Decimal) -> Result<Self, InsuranceProblem> {
        let tax = premium::tax_of(taxable, rate)?;
        let payable = taxable.checked_add(tax).ok_or(InsuranceProblem::Overflow)?;
        Ok(Parts {
            taxable,
            tax,
            payable,
        })
    }

    fn added(self, locale: &MoneyLocale) -> Added {
        Added {
            taxable: Figure::computed(self.taxable, locale),
            tax: Figure::computed(self.tax, locale),
            payable: Figure::computed(self.payable, locale),
        }
    }
}

fn money(d: Decimal) -> Option<Money> {
    Some(Money {
        price: Some(d),
        formatted: None,
    })
}

pub(super) fn insured(
    q: &Quotation,
    base: &Comparison,
    option: &InsuranceOption,
    price: &PremiumLine,
) -> Result<InsuredQuote, InsuranceProblem> {
    let price_id = price.id.clone();
    let listed = price
        .premium
        .as_ref()
        .and_then(|m| m.price)
        .filter(|p| !p.is_sign_negative())
        .ok_or(InsuranceProblem::NoPremium)?;
    let regular = q
        .billing_subscription
        .as_ref()
        .or(q.subscription.as_ref())
        .ok_or(InsuranceProblem::NoCycleView)?;
    let locale = &base.locale;
    let mut notes = Vec::new();
    let rate = tax_rate(price, regular, locale, &mut notes)?;
    let cycle = premium::cycle_months(base)?;
    let premium_months = price.months().unwrap_or(1);
    let per_cycle = premium::per_cycle(listed, premium_months, cycle)?;
    if premium_months != cycle {
        notes.push(trf(
            "assumption-the-premium-of-premium-for-months-is",
            &[
                ("premium", &format_money(listed, locale)),
                ("months", &premium_months),
                ("cycle", &cycle),
                ("amount", &format_money(per_cycle, locale)),
            ],
        ));
    }
    let first = if q.pro_rata_subscription.is_some() {
        premium::first_period(per_cycle, cycle, base.proration.as_ref(), locale)?
    } else {
        FirstPremium {
            amount: per_cycle,
            note: trf(
                "the-first-payment-is-a-full-cycle-it-carries",
                &[("premium", &format_money(per_cycle, locale))],
            ),
        }
    };
    notes.push(first.note.clone());
    let cycle_parts = Parts::of(per_cycle, rate)?;
    let first_parts = Parts::of(first.amount, rate)?;
    let line = Line { option, rate };
    let mut quotation = q.clone();
    let mut replaced = Vec::new();
    let prorata_dates = dates(q.pro_rata_subscription.as_ref());
    for (view, sub) in [
        (View::Preview, quotation.subscription.as_mut()),
        (View::Billing, quotation.billing_subscription.as_mut()),
        (View::ProRata, quotation.pro_rata_subscription.as_mut()),
    ] {
        let Some(sub) = sub else { continue };
        // A preview of the first period carries the first period's premium.
        let first_period = view == View::ProRata
            || (view == View::Preview
                && prorata_dates.is_some()
                && dates(Some(&*sub)) == prorata_dates);
        let parts = if first_period {
            first_parts
        } else {
            cycle_parts
        };
        let names = line.replace_in(sub, parts)?;
        if view == View::Billing || replaced.is_empty() {
            replaced = names;
        }
    }
    if !replaced.is_empty() {
        notes.push(trf(
            "linking-replaces-the-insurance-already-on-this-booking",
            &[("name", &replaced.join(", "))],
        ));
    }
    let comparison = mark_computed(compare_quotation(&quotation));
    let diff = |with: &Option<Figure>, without: &Option<Figure>| {
        let d = with.as_ref()?.value.checked_sub(without.as_ref()?.value)?;
        Some(Figure::computed(d, locale))
    };
    let (pw, pb) = (&comparison.projection, &base.projection);
    Ok(InsuredQuote {
        insurance_id: option.id.clone(),
        price_id,
        label: option.label(),
        coverage: option
            .coverage
            .as_ref()
            .and_then(|m| m.price)
            .map(|c| Figure::computed(c, locale)),
        premium: Figure::computed(listed, locale),
        premium_period: price.period_name(),
        tax_rate: rate,
        per_cycle: cycle_parts.added(locale),
        first_payment: first_parts.added(locale),
        first_payment_total: comparison
            .total(View::ProRata, TotalKind::Net)
            .or_else(|| comparison.total(View::Billing, TotalKind::Net))
            .cloned(),
        first_payment_change: net_change(&comparison, base, View::ProRata)
            .or_else(|| net_change(&comparison, base, View::Billing)),
        cycle_change: net_change(&comparison, base, View::Billing),
        adds_to_twelve_cycles: diff(&pw.total_cycles_with, &pb.total_cycles_with),
        adds_to_twelve_months: diff(&pw.total_12_months_with, &pb.total_12_months_with),
        replaces: replaced,
        quotation,
        comparison,
        notes,
    })
}

/// The net of `view` with the option less the net without.
fn net_change(with: &Comparison, without: &Comparison, view: View) -> Option<Figure> {
    let a = with.total(view, TotalKind::Net)?.value;
    let b = without.total(view, TotalKind::Net)?.value;
    Some(Figure::computed(a.checked_sub(b)?, &with.locale))
}

/// The price line's rate, else the rent's (with a note saying so).
fn tax_rate(
    price: &PremiumLine,
    regular: &Subscription,
    locale: &MoneyLocale,
    notes: &mut Vec<String>,
) -> Result<Decimal, InsuranceProblem> {
    if let Some(r) = price.tax_percentage.as_ref().and_then(|p| p.percentage) {
        return Ok(r);
    }
    let rent_rate = regular
        .rent
        .as_ref()
        .and_then(|r| r.tax_percentage.as_ref())
        .and_then(|p| p.percentage)
        .ok_or(InsuranceProblem::NoTaxRate)?;
    notes.push(trf(
        "assumption-the-premium-is-taxed-at-the-rents-rate",
        &[("rate", &format_percent(rent_rate, locale))],
    ));
    Ok(rent_rate)
}

fn dates(
    s: Option<&Subscription>,
) -> Option<(Option<chrono::NaiveDate>, Option<chrono::NaiveDate>)> {
    let s = s?;
    Some((
        s.start_date.as_ref().and_then(|d| d.date),
        s.end_date.as_ref().and_then(|d| d.date),
    ))
}

/// The option's line as it goes into a view.
struct Line<'a> {
    option: &'a InsuranceOption,
    rate: Decimal,
}

impl Line<'_> {
    /// Takes the view's insurance lines out and puts this one in, the
    /// totals and `transactData` following; returns the names replaced.
    fn replace_in(
        &self,
        s: &mut Subscription,
        add: Parts,
    ) -> Result<Vec<String>, InsuranceProblem> {
        let old = std::mem::take(&mut s.insurance);
        let sum = |pick: fn(&LineItem) -> &Option<Money>| {
            old.iter()
                .map(|l| pick(l).as_ref().and_then(|m| m.price).unwrap_or_default())
                .try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
                .ok_or(InsuranceProblem::Overflow)
        };
        let removed = Parts {
            taxable: sum(|l| &l.taxable_price)?,
            tax: sum(|l| &l.tax_price)?,
            payable: sum(|l| &l.payable_price)?,
        };
        let names = old
            .iter()
            .map(LineItem::label)
            .filter(|n| !n.is_empty())
            .collect();
        let is_insurance = |t: &TransactItem| {
            t.category.as_deref().and_then(LineKind::from_category) == Some(LineKind::Insurance)
        };
        let had_summary = !s.transact_data.is_empty();
        s.transact_data.retain(|t| !is_insurance(t));
        let rent = s.rent.as_ref();
        let item = LineItem {
            id: Some(self.option.id.clone()),
            name: self.option.name.clone(),
            description: Some(self.option.label()),
            note: None,
            coverage: self
                .option
                .coverage
                .as_ref()
                .and_then(|m| serde_json::to_value(m).ok()),
            percentage: None,
            tax_percentage: Some(Percent {
                percentage: Some(self.rate),
                formatted: None,
            }),
            period: rent.and_then(|r| r.period.clone()),
            is_recurring: Some(true),
            quantity: rent.and_then(|r| r.quantity.clone()),
            taxable_price: money(add.taxable),
            tax_price: money(add.tax),
            payable_price: money(add.payable),
        };
        if had_summary {
            s.transact_data.push(TransactItem {
                name: Some(self.option.label()),
                description: Some(self.option.label()),
                category: Some("INSURANCE".into()),
                non_taxable_amount: None,
                taxable_amount: money(add.taxable),
                tax_percentage: item.tax_percentage.clone(),
                tax_amount: money(add.tax),
                net_amount: money(add.payable),
                gross_amount: money(add.payable),
            });
        }
        s.insurance = vec![item];
        shift(&mut s.taxable_amount, removed.taxable, add.taxable)?;
        shift(&mut s.tax_amount, removed.tax, add.tax)?;
        shift(&mut s.net_amount, removed.payable, add.payable)?;
        shift(&mut s.gross_amount, removed.payable, add.payable)?;
        Ok(names)
    }
}

/// A total less what was taken out plus what was put in (our figure now:
/// the server's text no longer applies). A missing total stays missing.
fn shift(total: &mut Option<Money>, minus: Decimal, plus: Decimal) -> Result<(), InsuranceProblem> {
    let Some(m) = total.as_mut() else {
        return Ok(());
    };
    let Some(v) = m.price else { return Ok(()) };
    let new = v
        .checked_sub(minus)
        .and_then(|x| x.checked_add(plus))
        .ok_or(InsuranceProblem::Overflow)?;
    *m = Money {
        price: Some(new),
        formatted: None,
    };
    Ok(())
}

/// Every insurance figure and every total of the rebuilt quote is ours.
fn mark_computed(mut c: Comparison) -> Comparison {
    for row in c.rows.iter_mut().filter(|r| r.kind == LineKind::Insurance) {
        for cell in row.cells.iter_mut().flatten() {
            for f in [&mut cell.taxable, &mut cell.tax, &mut cell.payable]
                .into_iter()
                .flatten()
            {
                f.from_api = false;
            }
        }
    }
    for total in c
        .totals
        .iter_mut()
        .filter(|t| t.kind != TotalKind::NonTaxable)
    {
        for f in total.cells.iter_mut().flatten() {
            f.from_api = false;
        }
    }
    for row in &mut c.projection.cycles {
        for f in [&mut row.with_discount, &mut row.without_discount]
            .into_iter()
            .flatten()
        {
            f.from_api = false;
        }
    }
    c
}
