//! The first payment walked from its rent to what is paid: "162,00 € −
//! 10,00 € discount = 152,00 € + 20 % VAT 30,40 € = 182,40 €". Every step
//! is a figure of the API's prorated view (its line items, then its taxable,
//! tax, non-taxable and net totals); the walk is shown only when those
//! figures add up to the cent, so it never states a sum the API does not.

use rust_decimal::Decimal;

use super::calc::eq_cents;
use super::ctx::Ctx;
use super::figure::price;
use crate::api::models::{LineItem, Subscription};
use crate::domain::money::format_percent;
use crate::i18n::{tr, tr_dyn, tr_later, trf};

/// The steps after the rent (" − 10,00 € discount = 152,00 € + 20 % VAT
/// 30,40 € = 182,40 €"), starting from the rent line's taxable figure;
/// `None` when a figure is missing or the API's figures do not add up.
pub(super) fn to_payable(ctx: &Ctx, view: &Subscription) -> Option<String> {
    let rent = price(&view.rent.as_ref()?.taxable_price)?;
    let net = price(&view.net_amount)?;
    let taxable = price(&view.taxable_amount)?;
    let tax = price(&view.tax_amount).unwrap_or_default();
    let untaxed = price(&view.non_taxable_amount).unwrap_or_default();
    let mut steps = Vec::new();
    let mut running = rent;
    for (line, what) in others(view) {
        let amount = price(&line.taxable_price)?;
        if amount.is_zero() {
            continue;
        }
        running = running.checked_add(amount)?;
        steps.push(signed(ctx, amount, &what));
    }
    // The lines sum to the taxable total, or to it and the non-taxable one
    // (a deposit counted among the lines).
    let untaxed_in_lines = if eq_cents(running, taxable) {
        false
    } else if eq_cents(running, taxable.checked_add(untaxed)?) && !untaxed.is_zero() {
        true
    } else {
        return None;
    };
    if !steps.is_empty() {
        steps.push(trf("walk-equals", &[("amount", &ctx.money(running))]));
    }
    if !tax.is_zero() {
        steps.push(tax_step(ctx, view, tax));
    }
    if !untaxed.is_zero() && !untaxed_in_lines {
        let what = tr("walk-not-taxed");
        steps.push(signed(ctx, untaxed, what));
    }
    let sum = running.checked_add(tax)?;
    let sum = if untaxed_in_lines {
        sum
    } else {
        sum.checked_add(untaxed)?
    };
    if !eq_cents(sum, net) {
        return None;
    }
    steps.push(trf("walk-equals", &[("amount", &ctx.money(net))]));
    Some(format!(" {}", steps.join(" ")))
}

/// The view's lines other than the rent, each with its name in words.
fn others(view: &Subscription) -> Vec<(&LineItem, String)> {
    let named = |l: &LineItem, fallback: &str| {
        let label = l.label();
        if label.is_empty() {
            fallback.to_owned()
        } else {
            label
        }
    };
    let mut lines: Vec<(&LineItem, String)> = Vec::new();
    let fixed = [
        (&view.discount, tr_later("walk-discount")),
        (&view.admin_fee, tr_later("walk-admin-fee")),
        (&view.security_deposit, tr_later("walk-deposit")),
    ];
    for (line, id) in fixed {
        if let Some(l) = line {
            lines.push((l, tr_dyn(id).to_owned()));
        }
    }
    let listed = [
        (&view.insurance, tr_later("walk-insurance")),
        (&view.service, tr_later("walk-service")),
        (&view.merchandise, tr_later("walk-merchandise")),
    ];
    for (list, id) in listed {
        lines.extend(list.iter().map(|l| (l, named(l, tr_dyn(id)))));
    }
    lines
}

/// "− 10,00 € discount" or "+ 5,04 € Insurance".
fn signed(ctx: &Ctx, amount: Decimal, what: &str) -> String {
    let args: [(&str, &dyn std::fmt::Display); 2] =
        [("amount", &ctx.money(amount.abs())), ("what", &what)];
    if amount.is_sign_negative() {
        trf("walk-minus", &args)
    } else {
        trf("walk-plus", &args)
    }
}

/// "+ 20 % VAT 30,40 €": the rate when every taxed line has the same one.
fn tax_step(ctx: &Ctx, view: &Subscription, tax: Decimal) -> String {
    let amount = ctx.money(tax);
    match one_rate(view) {
        Some(rate) => trf(
            "walk-tax-rate",
            &[("rate", &short_percent(ctx, rate)), ("amount", &amount)],
        ),
        None => trf("walk-tax", &[("amount", &amount)]),
    }
}

/// The tax rate shared by every line that is taxed, if there is one.
fn one_rate(view: &Subscription) -> Option<Decimal> {
    let mut rates = view
        .rent
        .iter()
        .chain(&view.discount)
        .chain(&view.admin_fee)
        .chain(&view.security_deposit)
        .chain(&view.insurance)
        .chain(&view.service)
        .chain(&view.merchandise)
        .filter(|l| price(&l.tax_price).is_some_and(|t| !t.is_zero()))
        .map(|l| l.tax_percentage.as_ref().and_then(|p| p.percentage));
    let first = rates.next()??;
    rates.all(|r| r == Some(first)).then_some(first)
}

/// "20 %" for a whole rate, "5,5 %" otherwise (the locale's separator).
fn short_percent(ctx: &Ctx, rate: Decimal) -> String {
    let rate = rate.normalize();
    if rate.fract().is_zero() {
        format!("{}{}", rate.trunc(), ctx.locale.percent_suffix)
    } else {
        let full = format_percent(rate, &ctx.locale);
        full.replace(
            &format!("0{}", ctx.locale.percent_suffix),
            &ctx.locale.percent_suffix,
        )
    }
}
