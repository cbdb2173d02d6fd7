//! `spacePrice`: the standard and discounted prices, checked against
//! themselves and against the full-cycle view, and what the discount saves.

use rust_decimal::Decimal;

use super::calc::{eq_cents, percent_of};
use super::checks::{PriceCheck, PriceParts, check_price_parts};
use super::ctx::Ctx;
use super::figure::{Place, price};
use super::model::{CheckKind, CheckWarning, Field, Figure, Prices, SpacePriceComparison, Target};
use super::source::Source;
use crate::api::models::{LineItem, PriceTriple, Subscription};
use crate::i18n::{tr, tr_dyn, tr_later, trf};

/// The standard and discounted prices, their saving and checks.
pub(super) fn space_price(ctx: &mut Ctx, src: &Source) -> Option<SpacePriceComparison> {
    let sp = src.space_price?;
    if sp.standard_price.is_none() && sp.discounted_price.is_none() {
        return None;
    }
    let regular = src.regular().map(|(_, s)| s);
    let rate = regular.and_then(|s| s.rent.as_ref()?.tax_percentage.as_ref()?.percentage);
    let standard = read_prices(ctx, &sp.standard_price, false, rate);
    let discounted = read_prices(ctx, &sp.discounted_price, true, rate);
    if let Some(s) = regular
        && let Some(rent) = s.rent.as_ref()
    {
        check_against_cycle(ctx, src, s, rent, [&standard, &discounted]);
    }
    let saving = saving(ctx, &standard, &discounted);
    let text = saving_text(&saving);
    Some(SpacePriceComparison {
        standard,
        discounted,
        saving,
        text,
    })
}

/// "Space price · discounted".
fn side_name(discounted: bool) -> String {
    format!(
        "{} · {}",
        tr("space-price-title"),
        if discounted {
            tr("discounted")
        } else {
            tr("standard")
        }
    )
}

/// One side's parts, each checked against its text, and against each other
/// (warnings of the kind [`CheckKind::SpacePrice`]).
fn read_prices(
    ctx: &mut Ctx,
    triple: &Option<PriceTriple>,
    discounted: bool,
    rate: Option<Decimal>,
) -> Prices {
    let Some(t) = triple else {
        return Prices::default();
    };
    let what = side_name(discounted);
    let target = |field| Some(Target::SpacePrice { discounted, field });
    let mut money = |m: Option<&_>, field: Field| {
        let name = format!("{what} · {}", field.label());
        ctx.figure(
            m,
            Place {
                view: None,
                name: &name,
                target: target(field),
            },
        )
    };
    let prices = Prices {
        taxable: money(t.taxable_price.as_ref(), Field::Taxable),
        tax: money(t.tax_price.as_ref(), Field::Tax),
        payable: money(t.payable_price.as_ref(), Field::Payable),
    };
    let before = ctx.warnings.len();
    let parts = PriceParts::of([&t.taxable_price, &t.tax_price, &t.payable_price], rate);
    check_price_parts(
        ctx,
        &PriceCheck {
            view: None,
            what: &what,
            parts,
            other_tax: None,
            tax_target: target(Field::Tax),
            payable_target: target(Field::Payable),
        },
    );
    for w in &mut ctx.warnings[before..] {
        w.kind = CheckKind::SpacePrice;
    }
    prices
}

/// What the discount rule takes off `base`: its fixed amount, or its
/// percentage of `base`.
fn rule_off(src: &Source, base: Decimal) -> Option<Decimal> {
    let rule = src.rule?;
    let pct = rule.discount_percentage.as_ref().and_then(|p| p.percentage);
    match (rule.is_percentage, pct, price(&rule.discount_amount)) {
        (Some(false), _, Some(a)) | (None, None, Some(a)) => Some(a.abs()),
        (_, Some(p), _) => percent_of(base, p),
        _ => None,
    }
}

/// What the discounted side may be: the rent plus the view's discount line,
/// or, when the full cycle carries no discount (a one-off discount), the
/// rent as is or with the rule applied to its taxable amount, then taxed.
fn discounted_candidates(
    src: &Source,
    s: &Subscription,
    rent: &LineItem,
    field: Field,
    rent_v: Decimal,
) -> Vec<Decimal> {
    match s.discount.as_ref() {
        Some(d) => pick(d, field)
            .and_then(|d| rent_v.checked_add(d))
            .into_iter()
            .collect(),
        None => {
            let rent_rate = rent.tax_percentage.as_ref().and_then(|p| p.percentage);
            let taxable_after =
                price(&rent.taxable_price).and_then(|t| t.checked_sub(rule_off(src, t)?));
            let after = match field {
                Field::Taxable => taxable_after,
                _ => taxable_after.and_then(|t| t.checked_add(percent_of(t, rent_rate?)?)),
            };
            [Some(rent_v), after].into_iter().flatten().collect()
        }
    }
}

/// The taxable or the payable figure of a line.
fn pick(l: &LineItem, field: Field) -> Option<Decimal> {
    match field {
        Field::Taxable => price(&l.taxable_price),
        _ => price(&l.payable_price),
    }
}

/// Against the full-cycle view: standard = its rent; discounted = its rent
/// with its discount (see [`discounted_candidates`]).
fn check_against_cycle(
    ctx: &mut Ctx,
    src: &Source,
    s: &Subscription,
    rent: &LineItem,
    [standard, discounted]: [&Prices; 2],
) {
    for field in [Field::Taxable, Field::Payable] {
        let Some(rent_v) = pick(rent, field) else {
            continue;
        };
        let sides = [
            (
                standard,
                vec![rent_v],
                false,
                tr_later("the-full-cycle-rent"),
            ),
            (
                discounted,
                discounted_candidates(src, s, rent, field, rent_v),
                true,
                tr_later("the-full-cycle-rent-with-its-discount"),
            ),
        ];
        for (prices, candidates, is_discounted, what) in sides {
            if let (Some(f), Some(&e)) = (prices.get(field), candidates.first())
                && !candidates.iter().any(|c| eq_cents(f.value, *c))
            {
                let message = trf(
                    "amount-differs-from-what-expected",
                    &[
                        ("amount", &ctx.money(f.value)),
                        ("what", &tr_dyn(what)),
                        ("expected", &ctx.money(e)),
                    ],
                );
                ctx.warn(CheckWarning {
                    view: None,
                    kind: CheckKind::SpacePrice,
                    figure: format!("{} · {}", side_name(is_discounted), field.label()),
                    expected: Some(e),
                    found: Some(f.value),
                    message,
                    target: Some(Target::SpacePrice {
                        discounted: is_discounted,
                        field,
                    }),
                });
            }
        }
    }
}

/// Standard − discounted, per part.
fn saving(ctx: &Ctx, standard: &Prices, discounted: &Prices) -> Prices {
    let part = |field| {
        let value = match (standard.get(field), discounted.get(field)) {
            (Some(a), Some(b)) => a.value.checked_sub(b.value),
            _ => None,
        };
        value.map(|v| Figure::computed(v, &ctx.locale))
    };
    Prices {
        taxable: part(Field::Taxable),
        tax: part(Field::Tax),
        payable: part(Field::Payable),
    }
}

/// "Saving 3,90 € per discounted cycle incl. tax (3,25 € before tax)".
fn saving_text(saving: &Prices) -> String {
    match (&saving.payable, &saving.taxable) {
        (Some(p), _) if p.value.is_zero() => {
            tr("no-saving-the-standard-and-discounted-prices-are").to_owned()
        }
        (Some(p), Some(t)) => trf(
            "saving-payable-per-discounted-cycle-incl-tax-taxable",
            &[("payable", &p.shown), ("taxable", &t.shown)],
        ),
        (Some(p), None) => trf(
            "saving-payable-per-discounted-cycle-incl-tax",
            &[("payable", &p.shown)],
        ),
        (None, Some(t)) => trf(
            "saving-taxable-per-discounted-cycle-before-tax",
            &[("taxable", &t.shown)],
        ),
        (None, None) => tr("saving-not-available-a-price-is-missing").to_owned(),
    }
}
