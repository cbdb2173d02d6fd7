//! The quote with an option, to the cent, on the sandbox's own quotations
//! (their figures are audited), and the check after a link.

use rust_decimal::Decimal;
use serde_json::json;

use super::*;
use crate::api::envelope::parse;
use crate::api::insurance::InsuranceList;
use crate::api::{Endpoint, lenient::Money};
use crate::domain::quote::{CheckKind, View};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn quotation(body: &str) -> Quotation {
    parse::<Quotation>(Endpoint::Quotation, 200, body.as_bytes())
        .unwrap()
        .data
}

fn lyon() -> Quotation {
    quotation(include_str!(
        "../../../fixtures/sandbox/quotation-lyon-gerland.json"
    ))
}

fn chalets() -> Quotation {
    quotation(include_str!(
        "../../../fixtures/sandbox/quotation-toulouse-chalets.json"
    ))
}

fn berlin() -> Quotation {
    quotation(include_str!(
        "../../../fixtures/sandbox/quotation-berlin-tempelhof-signed.json"
    ))
}

/// One option with a monthly and a quarterly premium, no tax rate stated
/// (the rent's applies).
fn option(id: &str, cover: u32, monthly: f64, quarterly: f64) -> InsuranceOption {
    let list = InsuranceList::from_data(&json!([{
        "id": id, "name": "Contents insurance",
        "description": format!("Insurance - goods value up to {cover} €"),
        "coverage": {"price": cover},
        "prices": [
            {"priceId": "m", "paymentPeriod": {"name": "Monthly", "duration": 1}, "premium": {"price": monthly}},
            {"priceId": "q", "paymentPeriod": {"name": "Quarterly", "duration": 3}, "premium": {"price": quarterly}}
        ]
    }]));
    list.options[0].clone()
}

fn insured(q: &Quotation, o: &InsuranceOption, price: &str) -> InsuredQuote {
    let base = compare_quotation(q);
    with_option(q, &base, o, o.price(price).unwrap()).unwrap()
}

fn parts(a: &Added) -> (Decimal, Decimal, Decimal) {
    (a.taxable.value, a.tax.value, a.payable.value)
}

fn net(q: &Quotation, view: View) -> Decimal {
    let s = match view {
        View::Billing => &q.billing_subscription,
        View::ProRata => &q.pro_rata_subscription,
        View::Preview => &q.subscription,
    };
    s.as_ref()
        .unwrap()
        .net_amount
        .as_ref()
        .unwrap()
        .price
        .unwrap()
}

#[test]
fn lyon_monthly_premium_replaces_its_insurance_and_is_prorated_like_the_rent() {
    let o = option("ins-5000", 5000, 12.0, 34.2);
    let q = insured(&lyon(), &o, "m");
    assert_eq!(
        parts(&q.per_cycle),
        (dec("12.00"), dec("2.40"), dec("14.40"))
    );
    // round(12,00 ÷ 30, 2) = 0,40 a day × 18 days.
    assert_eq!(
        parts(&q.first_payment),
        (dec("7.20"), dec("1.44"), dec("8.64"))
    );
    // 69,00 − 10,20 (the 3 000 € cover it had) + 14,40.
    assert_eq!(net(&q.quotation, View::Billing), dec("73.20"));
    assert_eq!(net(&q.quotation, View::Preview), dec("73.20"));
    assert_eq!(net(&q.quotation, View::ProRata), dec("68.59"));
    assert_eq!(q.first_payment_total.as_ref().unwrap().value, dec("68.59"));
    // 2,59 more on the first payment, 4,20 on each of the 12 cycles.
    assert_eq!(
        q.adds_to_twelve_cycles.as_ref().unwrap().value,
        dec("52.99")
    );
    assert_eq!(q.replaces, ["Insurance - goods value up to 3 000 €"]);
    assert_eq!(q.tax_rate, dec("20"));
    // Our own figures pass the quote's own checks, and say they are ours.
    assert!(
        q.comparison.warnings.is_empty(),
        "{:#?}",
        q.comparison.warnings
    );
    let cell = q
        .comparison
        .cell(View::Billing, LineKindAlias::Insurance, 0)
        .unwrap();
    assert!(!cell.payable.as_ref().unwrap().from_api);
    assert!(
        q.notes
            .iter()
            .any(|n| n.contains("0,40") || n.contains("30 days")),
        "{:?}",
        q.notes
    );
}

use crate::domain::quote::LineKind as LineKindAlias;

#[test]
fn a_quarterly_premium_is_spread_over_the_monthly_cycle() {
    let o = option("ins-5000", 5000, 12.0, 34.2);
    let q = insured(&lyon(), &o, "q");
    // 34,20 ÷ 3 = 11,40 a month; round(11,40 ÷ 30, 2) = 0,38 × 18 = 6,84.
    assert_eq!(
        parts(&q.per_cycle),
        (dec("11.40"), dec("2.28"), dec("13.68"))
    );
    assert_eq!(
        parts(&q.first_payment),
        (dec("6.84"), dec("1.37"), dec("8.21"))
    );
    assert_eq!(q.premium.value, dec("34.2"));
    assert_eq!(q.premium_period.as_deref(), Some("Quarterly"));
    assert!(q.notes.len() >= 3, "{:?}", q.notes);
}

#[test]
fn a_full_first_cycle_carries_the_whole_premium() {
    let o = option("ins-2000", 2000, 5.5, 15.6);
    let q = insured(&chalets(), &o, "m");
    assert_eq!(parts(&q.per_cycle), (dec("5.50"), dec("1.10"), dec("6.60")));
    assert_eq!(parts(&q.first_payment), parts(&q.per_cycle));
    assert_eq!(net(&q.quotation, View::Billing), dec("39.10"));
    assert_eq!(
        q.adds_to_twelve_cycles.as_ref().unwrap().value,
        dec("79.20")
    );
    assert!(q.replaces.is_empty());
    assert!(
        q.comparison.warnings.is_empty(),
        "{:#?}",
        q.comparison.warnings
    );
}

#[test]
fn berlin_is_taxed_at_19_percent_and_prorated_over_14_days() {
    let o = option("ins-5000", 5000, 8.9, 25.35);
    let q = insured(&berlin(), &o, "m");
    assert_eq!(
        parts(&q.per_cycle),
        (dec("8.90"), dec("1.69"), dec("10.59"))
    );
    // round(8,90 ÷ 30, 2) = 0,30 × 14 = 4,20; tax 0,798 → 0,80.
    assert_eq!(
        parts(&q.first_payment),
        (dec("4.20"), dec("0.80"), dec("5.00"))
    );
    assert_eq!(net(&q.quotation, View::ProRata), dec("42.48"));
    assert_eq!(
        q.adds_to_twelve_cycles.as_ref().unwrap().value,
        dec("132.08")
    );
    assert!(
        q.comparison.warnings.is_empty(),
        "{:#?}",
        q.comparison.warnings
    );
}

#[test]
fn side_by_side_keeps_the_base_and_names_an_option_it_cannot_price() {
    let a = option("a", 2000, 6.0, 17.1);
    let b = option("b", 5000, 12.0, 34.2);
    let bare =
        InsuranceList::from_data(&json!([{"id": "c", "name": "On request"}])).options[0].clone();
    let no_premium =
        InsuranceList::from_data(&json!([{"id": "d", "prices": [{"id": "x"}]}])).options[0].clone();
    let s = side_by_side(
        &lyon(),
        &[(&a, None), (&b, None), (&bare, None), (&no_premium, None)],
    );
    assert_eq!(
        s.base
            .total(View::Billing, crate::domain::quote::TotalKind::Net)
            .unwrap()
            .value,
        dec("69")
    );
    // The monthly premium is the default for a monthly booking.
    assert_eq!(
        s.options[0].as_ref().unwrap().price_id.as_deref(),
        Some("m")
    );
    assert_eq!(
        s.options[1].as_ref().unwrap().per_cycle.payable.value,
        dec("14.40")
    );
    assert_eq!(s.options[2], Err(InsuranceProblem::NoPriceLine));
    assert_eq!(s.options[3], Err(InsuranceProblem::NoPremium));
    assert!(!InsuranceProblem::NoPriceLine.message().is_empty());
}

#[test]
fn a_stated_tax_rate_wins_over_the_rents() {
    let list = InsuranceList::from_data(&json!([{
        "id": "t", "prices": [{"id": "m", "paymentPeriod": {"duration": 1}, "premium": 10,
                               "taxPercentage": {"percentage": 9}}]
    }]));
    let q = insured(&chalets(), &list.options[0], "m");
    assert_eq!(parts(&q.per_cycle), (dec("10"), dec("0.90"), dec("10.90")));
    assert!(!q.notes.iter().any(|n| n.contains("rent's rate")));
}

#[test]
fn huge_figures_are_refused_not_a_panic() {
    let list = InsuranceList::from_data(&json!([{
        "id": "t", "prices": [{"id": "m", "premium": "79000000000000000000000000000",
                               "taxPercentage": {"percentage": 50}}]
    }]));
    let base = compare_quotation(&chalets());
    let o = &list.options[0];
    assert_eq!(
        with_option(&chalets(), &base, o, &o.prices[0]),
        Err(InsuranceProblem::Overflow)
    );
}

#[test]
fn the_server_after_the_link_is_checked_against_what_staff_saw() {
    let o = option("ins-5000", 5000, 12.0, 34.2);
    let shown = insured(&lyon(), &o, "m");
    // The server has exactly what was shown: nothing to say.
    assert!(check_linked(&shown, &shown.quotation).is_empty());

    // A cent off on the full cycle's taxable premium.
    let mut server = shown.quotation.clone();
    let line = &mut server.billing_subscription.as_mut().unwrap().insurance[0];
    line.taxable_price = Some(Money::new(dec("12.01"), "12,01 €"));
    let w = check_linked(&shown, &server);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert_eq!(w[0].kind, CheckKind::Insurance);
    assert_eq!(
        (w[0].expected, w[0].found),
        (Some(dec("12.00")), Some(dec("12.01")))
    );
    assert_eq!(w[0].view, Some(View::Billing));

    // The link did not take: the quotation still has the old cover.
    let w = check_linked(&shown, &lyon());
    assert!(w.iter().any(|w| w.message.contains("3 000")), "{w:#?}");
    assert!(
        w.iter().any(|w| w.found == Some(dec("69"))),
        "the net total too: {w:#?}"
    );

    // No insurance at all.
    let w = check_linked(&insured(&chalets(), &o, "m"), &chalets());
    assert_eq!(w.len(), 2, "both views: {w:#?}");
    assert!(
        w[0].message.contains("no insurance line"),
        "{}",
        w[0].message
    );
}
