//! Recomputes the walk-in rate card's figures: every price-list row of every
//! property, period and customer type, and a pre-booking quote for each row
//! (moving in on the 1st and mid-month), with the fixtures' audit and the
//! app's own quote checks.

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde_json::Value;

use super::pricing::{self, QuoteAsk, card, r2};
use crate::api::models::Quotation;
use crate::domain::quote::compare_quotation;
use crate::sandbox::audit::{audit_quotation, audit_view};
use crate::sandbox::fixtures::catalog;

fn num(v: &Value) -> Option<Decimal> {
    v.to_string().parse().ok()
}

/// Two move-in dates next month: the 1st (no proration) and the 17th.
fn move_ins() -> [NaiveDate; 2] {
    let today = chrono::Local::now().date_naive();
    let first = today
        .with_day(1)
        .and_then(|d| d.checked_add_months(Months::new(1)))
        .unwrap();
    [first, first.with_day(17).unwrap()]
}

fn audit_row(
    row: &Value,
    s: &pricing::Size,
    d: Option<&pricing::Discount>,
    months: u32,
    rate: Decimal,
) -> Vec<String> {
    let mut errors = Vec::new();
    let price = s.monthly * Decimal::from(months);
    let tax = r2(price * rate / Decimal::ONE_HUNDRED);
    let sp = &row["spacePrice"];
    let got = |t: &Value| {
        (
            num(&t["taxablePrice"]["price"]),
            num(&t["taxPrice"]["price"]),
            num(&t["payablePrice"]["price"]),
        )
    };
    if got(&sp["standardPrice"]) != (Some(price), Some(tax), Some(price + tax)) {
        errors.push(format!(
            "standard price of {}: {}",
            s.size(),
            sp["standardPrice"]
        ));
    }
    let off = match d {
        Some(d) if d.is_percentage => r2(price * d.value / Decimal::ONE_HUNDRED),
        Some(d) => d.value,
        None => Decimal::ZERO,
    };
    let disc = price - off;
    let disc_tax = r2(disc * rate / Decimal::ONE_HUNDRED);
    if got(&sp["discountedPrice"]) != (Some(disc), Some(disc_tax), Some(disc + disc_tax)) {
        errors.push(format!(
            "discounted price of {}: {}",
            s.size(),
            sp["discountedPrice"]
        ));
    }
    let size = num(&row["storageSize"]["size"]["number"]);
    let area = s.length * s.width;
    let want = if s.metric == "VOLUME" {
        area * s.height
    } else {
        area
    };
    if size != Some(want) {
        errors.push(format!("size {size:?} is not {want}"));
    }
    errors
}

fn audit_quote(q: &Value, months: u32, at: &str) -> Vec<String> {
    let mut errors = if months == 1 {
        // The fixtures' audit wants an id and the property's "rent starts
        // from" equal to this unit's discounted price: a walk-in quote has no
        // booking id, and the property's figure is its cheapest unit's.
        let mut q = q.clone();
        q["id"] = "00000000-0000-0000-0000-000000000000".into();
        q["property"]["additionalData"]["rentStartsFrom"] =
            q["spacePrice"]["discountedPrice"]["payablePrice"].clone();
        audit_quotation(at, "00000000-0000-0000-0000-000000000000", &q)
    } else {
        let mut e = audit_view(at, &q["billingSubscription"], "billing");
        e.extend(audit_view(at, &q["proRataSubscription"], "prorata"));
        e
    };
    match serde_json::from_value::<Quotation>(q.clone()) {
        Ok(parsed) => {
            let c = compare_quotation(&parsed);
            errors.extend(
                c.warnings
                    .iter()
                    .map(|w| format!("{at}: app check: {}", w.line())),
            );
            errors.extend(walk_reaches_the_net(&parsed, &c, at));
        }
        Err(e) => errors.push(format!("{at}: the app cannot read it: {e}")),
    }
    errors
}

/// Emmerich's property block is the documented example's, served as the
/// documents give it (its hours' slots and country code disagree on
/// purpose): what the audit says of that block is not about our figures.
fn documented_property_block(property: &str, at: &str, error: &str) -> bool {
    property.eq_ignore_ascii_case(crate::sandbox::ids::EMMERICH_PROPERTY)
        && error.starts_with(&format!("{at}: property"))
}

/// The first payment's explanation walks to the API's prorated net, to the
/// cent (issue 27: it used to stop at the rent).
fn walk_reaches_the_net(
    q: &Quotation,
    c: &crate::domain::quote::Comparison,
    at: &str,
) -> Option<String> {
    let net = q
        .pro_rata_subscription
        .as_ref()?
        .net_amount
        .as_ref()?
        .price?;
    let shown = crate::domain::money::format_money(net, &c.locale);
    let text = c.proration.as_ref().map_or("", |p| p.text.as_str());
    let ends = [
        format!("= {shown}, as the API shows."),
        format!("= {shown}."),
    ];
    (!crate::i18n::with_language(crate::i18n::Language::English, || {
        ends.iter().any(|e| text.ends_with(e.as_str()))
    }))
    .then(|| format!("{at}: the first payment is not walked to {shown}: {text}"))
}

fn audit_all() -> (Vec<String>, usize) {
    let card = card().unwrap();
    let cat = catalog().unwrap();
    let today = chrono::Local::now().date_naive();
    let (mut errors, mut quotes) = (Vec::new(), 0);
    for p in &card.properties {
        let property = cat
            .property(&p.property)
            .expect("rate card property in the catalog");
        for period in &p.periods {
            for (user, rate) in &p.tax_rates {
                for s in &p.sizes {
                    let d = p.discount_for_group(s.group);
                    let row = pricing::price_row(p, s, period, *rate, &card.storage_groups);
                    errors.extend(audit_row(&row, s, d, period.duration, *rate));
                    for move_in in move_ins() {
                        let ask = QuoteAsk {
                            property: p,
                            period,
                            rate: *rate,
                            size: s.size(),
                            price: s.monthly * Decimal::from(period.duration),
                            move_in,
                            discount: d,
                            group: s.group,
                        };
                        let at = format!(
                            "{} {} user {user} {} on {move_in}",
                            property["name"],
                            period.name,
                            s.size()
                        );
                        let found = audit_quote(
                            &pricing::quotation(&ask, property, today),
                            period.duration,
                            &at,
                        );
                        errors.extend(
                            found
                                .into_iter()
                                .filter(|e| !documented_property_block(&p.property, &at, e)),
                        );
                        quotes += 1;
                    }
                }
            }
        }
    }
    (errors, quotes)
}

#[test]
fn every_walkin_figure_is_consistent() {
    let (errors, quotes) = audit_all();
    assert!(quotes > 100, "{quotes}");
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn the_rate_card_shows_what_the_issue_asks() {
    let card = card().unwrap();
    let p = card.property(crate::sandbox::ids::LYON_PROPERTY).unwrap();
    // Several sizes per group, one sold out.
    for g in [1, 2, 3] {
        assert!(
            p.sizes.iter().filter(|s| s.group == g).count() >= 2,
            "group {g}"
        );
    }
    assert!(p.sizes.iter().any(|s| s.available == 0));
    // A recurring percentage discount and a fixed amount.
    assert!(
        p.discounts
            .iter()
            .any(|d| d.is_percentage && d.recurring && d.occurrence_count == Some(3))
    );
    assert!(p.discounts.iter().any(|d| !d.is_percentage));
    // A quarterly period and a business customer type with its own tax.
    assert!(p.period("Quarterly").is_some_and(|q| q.duration == 3));
    assert!(p.period("quartely").is_some());
    let business = card.user_type("2").unwrap();
    assert_ne!(p.tax(&business), p.tax(&card.user_type("1").unwrap()));
}

#[test]
fn the_audit_catches_a_wrong_cent() {
    let card = card().unwrap();
    let p = card.property(crate::sandbox::ids::LYON_PROPERTY).unwrap();
    let period = p.period("Monthly").unwrap();
    let s = &p.sizes[2];
    let ask = QuoteAsk {
        property: p,
        period,
        rate: Decimal::from(20),
        size: s.size(),
        price: s.monthly,
        move_in: move_ins()[1],
        discount: p.discount_for_group(s.group),
        group: s.group,
    };
    let property = catalog().unwrap().property(&p.property).unwrap();
    let mut q = pricing::quotation(&ask, property, chrono::Local::now().date_naive());
    assert!(audit_quote(&q, 1, "ok").is_empty());
    q["proRataSubscription"]["netAmount"]["price"] = serde_json::json!(1.01);
    assert!(!audit_quote(&q, 1, "bad").is_empty());
}

/// The demo's bookings at Chalets and Emmerich and the rate card agree to
/// the cent on their unit: the same size priced the same, standard and
/// discounted (issue 27 gave both properties a rate card).
#[test]
fn the_rate_cards_price_the_bookings_units_as_their_quotations_do() {
    use crate::sandbox::ids;
    let card = card().unwrap();
    let bookings = [
        (
            ids::CHALETS_PROPERTY,
            include_str!("../../../fixtures/sandbox/quotation-toulouse-chalets.json"),
        ),
        (
            ids::EMMERICH_PROPERTY,
            crate::api::documented::QUOTATION_PREVIEW,
        ),
    ];
    for (property, body) in bookings {
        let q: Value = serde_json::from_str(body).unwrap();
        let q = &q["data"];
        let p = card.property(property).expect("a rate card");
        let size = num(&q["storageSize"]["size"]["number"]).unwrap();
        let s = p.sizes.iter().find(|s| s.size() == size).expect("its size");
        let rate = num(&q["billingSubscription"]["rent"]["taxPercentage"]["percentage"]).unwrap();
        let period = p.period("Monthly").unwrap();
        let row = pricing::price_row(p, s, period, rate, &card.storage_groups);
        for which in ["standardPrice", "discountedPrice"] {
            for part in ["taxablePrice", "taxPrice", "payablePrice"] {
                assert_eq!(
                    num(&row["spacePrice"][which][part]["price"]),
                    num(&q["spacePrice"][which][part]["price"]),
                    "{property} {which} {part}"
                );
            }
        }
    }
}
