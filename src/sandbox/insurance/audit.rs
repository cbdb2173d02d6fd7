//! Recomputes every insurance figure the sandbox serves: each option's
//! premiums for every property and customer type, and every own booking's
//! quotation with each option it is offered linked (all of the quotation
//! audit's rules, plus the insurance lines against the card), its lease,
//! and the app's own "with this option" quote against the server's.

use rust_decimal::Decimal;
use serde_json::Value;

use super::pricing::{self, Card, Cover, Premium, num};
use crate::api::IdKind;
use crate::api::insurance::InsuranceList;
use crate::api::models::Quotation;
use crate::sandbox::audit::audit_quotation;
use crate::sandbox::fixtures::{FILES, catalog};
use crate::sandbox::walkin::pricing::{eur, r2};

fn card() -> &'static Card {
    pricing::card().expect("insurance card")
}

/// Each premium: tax to the cent, payable = premium + tax, texts in French.
fn audit_item(at: &str, item: &Value, cover: &Cover, rate: Decimal, errors: &mut Vec<String>) {
    let same = |errors: &mut Vec<String>, what: &str, got: Option<Decimal>, want: Decimal| {
        if got != Some(want) {
            errors.push(format!("{at}: {what} is {got:?}, expected {want}"));
        }
    };
    same(
        errors,
        "coverage",
        num(&item["coverage"]["price"]),
        cover.coverage,
    );
    let prices = item["prices"].as_array().cloned().unwrap_or_default();
    if prices.len() != cover.prices.len() {
        errors.push(format!(
            "{at}: {} prices, expected {}",
            prices.len(),
            cover.prices.len()
        ));
    }
    for (p, want) in prices.iter().zip(&cover.prices) {
        let tax = r2(want.premium * rate / Decimal::ONE_HUNDRED);
        same(errors, "premium", num(&p["premium"]["price"]), want.premium);
        same(errors, "tax", num(&p["taxPrice"]["price"]), tax);
        same(
            errors,
            "payable",
            num(&p["payablePrice"]["price"]),
            want.premium + tax,
        );
        same(errors, "rate", num(&p["taxPercentage"]["percentage"]), rate);
        for key in ["premium", "taxPrice", "payablePrice"] {
            let shown = p[key]["formattedPrice"].as_str().unwrap_or_default();
            let value = num(&p[key]["price"]).unwrap_or_default();
            if shown != eur(value) {
                errors.push(format!(
                    "{at}: {key} shown {shown:?}, expected {:?}",
                    eur(value)
                ));
            }
        }
        if card().months(&want.period).is_none() {
            errors.push(format!("{at}: unknown period {}", want.period));
        }
    }
}

/// Every option of every property, for every customer type.
fn audit_options() -> Vec<String> {
    let mut errors = Vec::new();
    for property in &card().properties {
        for (user, rate) in &property.tax_rates {
            for cover in &property.options {
                let item = pricing::option_item(card(), cover, *rate);
                let at = format!(
                    "{} / type {user} / {}",
                    property.property, cover.description
                );
                audit_item(&at, &item, cover, *rate, &mut errors);
            }
        }
    }
    errors
}

/// The expected insurance taxable of the full cycle and the first payment.
fn expected(data: &Value, premium: &Premium) -> (Decimal, Decimal) {
    let months = card().months(&premium.period).unwrap_or(1);
    let cycle = pricing::per_cycle(premium.premium, months, 1);
    let full = data["proRataSubscription"]["startDate"] == data["billingSubscription"]["startDate"];
    let days = num(&data["proRataSubscription"]["rent"]["quantity"]["count"]).unwrap_or_default();
    let first = if full {
        cycle
    } else {
        r2(cycle / Decimal::from(30)) * days
    };
    (cycle, first)
}

fn insurance_taxable(view: &Value) -> Option<Decimal> {
    num(&view["insurance"]["taxablePrice"]["price"])
}

/// One own booking with one option linked.
fn audit_linked(
    file: &str,
    id: &str,
    data: &Value,
    cover: &Cover,
    premium: &Premium,
) -> Vec<String> {
    let linked = pricing::linked_quotation(card(), data, cover, premium);
    let at = format!("{file} + {} {}", cover.description, premium.period);
    let mut errors: Vec<String> = audit_quotation(&at, id, &linked);
    let (cycle, first) = expected(data, premium);
    for (key, want) in [
        ("billingSubscription", cycle),
        ("proRataSubscription", first),
    ] {
        let got = insurance_taxable(&linked[key]);
        if got != Some(want) {
            errors.push(format!(
                "{at}: {key}.insurance taxable {got:?}, expected {want}"
            ));
        }
        if linked[key]["insurance"]["id"].as_str() != Some(cover.id.as_str()) {
            errors.push(format!("{at}: {key}.insurance is not the option linked"));
        }
    }
    errors.extend(app_agrees(&at, data, &linked, cover, premium));
    errors.extend(lease_names(&at, id, &linked));
    errors
}

/// The app's quote "with this option" (domain::insurance) is the server's
/// quotation after the link, to the cent.
fn app_agrees(
    at: &str,
    data: &Value,
    linked: &Value,
    cover: &Cover,
    premium: &Premium,
) -> Vec<String> {
    let rate = num(&data["billingSubscription"]["rent"]["taxPercentage"]["percentage"])
        .unwrap_or_default();
    let list = InsuranceList::from_data(&Value::Array(vec![pricing::option_item(
        card(),
        cover,
        rate,
    )]));
    let q: Quotation = serde_json::from_value(data.clone()).expect("quotation reads");
    let server: Quotation = serde_json::from_value(linked.clone()).expect("linked quotation reads");
    let option = &list.options[0];
    let Some(price) = option.price(&premium.id) else {
        return vec![format!("{at}: the app does not read the price line")];
    };
    let base = crate::domain::quote::compare_quotation(&q);
    match crate::domain::insurance::with_option(&q, &base, option, price) {
        Ok(shown) => crate::domain::insurance::check_linked(&shown, &server)
            .into_iter()
            .map(|w| format!("{at}: the app's figure disagrees: {}", w.line()))
            .collect(),
        Err(e) => vec![format!("{at}: the app cannot price it: {e:?}")],
    }
}

/// The lease written after the link names the insurance and carries the
/// new totals.
fn lease_names(at: &str, id: &str, linked: &Value) -> Vec<String> {
    let docs = crate::sandbox::contract::documents_for(&format!("{id}/audit"), linked);
    let Some(lease) = docs.first() else {
        return vec![format!("{at}: no lease")];
    };
    let text: String = match pdf_extract::extract_text_from_mem(&lease.bytes) {
        Ok(t) => t.split_whitespace().collect(),
        Err(e) => return vec![format!("{at}: the lease cannot be read: {e}")],
    };
    let mut wanted =
        vec![pricing::lease_text(&linked["billingSubscription"]["insurance"]).unwrap_or_default()];
    for view in ["billingSubscription", "proRataSubscription"] {
        wanted.extend(
            linked[view]["grossAmount"]["formattedPrice"]
                .as_str()
                .map(String::from),
        );
    }
    wanted
        .into_iter()
        .filter(|w| !text.contains(&w.split_whitespace().collect::<String>()))
        .map(|w| format!("{at}: the lease lacks {w:?}"))
        .collect()
}

/// Every own booking with every option and premium it is offered.
fn audit_all_linked() -> Vec<String> {
    let c = catalog().expect("catalog");
    let mut errors = Vec::new();
    for f in FILES.iter().filter(|f| f.kind == IdKind::Booking && f.own) {
        let data = &c.quotations[f.id].envelope["data"];
        let (offered, _) = pricing::booking_offer(card(), data);
        for cover in offered {
            for premium in &cover.prices {
                errors.extend(audit_linked(f.name, f.id, data, cover, premium));
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::ids;

    #[test]
    fn every_option_is_priced_to_the_cent() {
        let errors = audit_options();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn every_linked_quotation_is_consistent_to_the_cent() {
        let errors = audit_all_linked();
        assert!(
            errors.is_empty(),
            "{} problem(s):\n{}",
            errors.len(),
            errors.join("\n")
        );
    }

    #[test]
    fn the_card_shows_what_the_readme_promises() {
        let c = catalog().unwrap();
        let offered = |id: &str| {
            let data = &c.quotations[id].envelope["data"];
            pricing::booking_offer(card(), data).0.len()
        };
        // Chalets 4 m²: not the 10 000 € cover (from 5 m²); Emmerich: none.
        assert_eq!(offered(ids::CHALETS_BOOKING), 2);
        assert_eq!(offered(ids::EMMERICH_BOOKING), 0);
        // Lyon 6 m³: 2 000, 3 000 (the one it has), 5 000; Berlin 5 m²: two
        // priced options and one without a price line.
        assert_eq!(offered(ids::LYON_BOOKING), 3);
        let data = &c.quotations[ids::BERLIN_BOOKING].envelope["data"];
        let berlin = pricing::booking_offer(card(), data).0;
        assert_eq!(berlin.len(), 3);
        assert!(berlin.iter().any(|o| o.prices.is_empty()));
    }

    #[test]
    fn the_audit_catches_a_wrong_cent() {
        let c = catalog().unwrap();
        let data = &c.quotations[ids::LYON_BOOKING].envelope["data"];
        let (offered, _) = pricing::booking_offer(card(), data);
        let cover = offered[2];
        let mut linked = pricing::linked_quotation(card(), data, cover, &cover.prices[1]);
        linked["proRataSubscription"]["insurance"]["taxPrice"]["price"] = serde_json::json!(1.38);
        let errors = audit_quotation("lyon", ids::LYON_BOOKING, &linked);
        assert!(
            errors.iter().any(|e| e.contains("prorata.insurance")),
            "{errors:#?}"
        );
    }
}
