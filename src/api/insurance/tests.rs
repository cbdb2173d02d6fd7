use rust_decimal::Decimal;
use serde_json::json;

use super::*;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn the_sandbox_shape_reads_with_every_part() {
    let data = json!([{
        "id": "0351226f-c41c-42f1-abaa-3cb41f856cfc",
        "name": "Contents insurance",
        "description": "Insurance - goods value up to 5 000 €",
        "coverage": {"price": 5000.0, "formattedPrice": "5 000,00 €"},
        "prices": [
            {"priceId": "80c0d891-9020-4eba-9a4f-dae6e205e1c4",
             "paymentPeriod": {"id": "p1", "name": "Quarterly", "duration": 3, "paymentPeriod": "MONTHLY"},
             "premium": {"price": 28.2, "formattedPrice": "28,20 €"},
             "taxPercentage": {"percentage": 20.0, "formattedPercentage": "20,00 %"},
             "taxPrice": {"price": 5.64, "formattedPrice": "5,64 €"},
             "payablePrice": {"price": 33.84, "formattedPrice": "33,84 €"}}
        ]
    }]);
    let list = InsuranceList::from_data(&data);
    assert!(list.unreadable.is_empty());
    let o = &list.options[0];
    assert_eq!(o.label(), "Contents insurance");
    assert_eq!(o.coverage.as_ref().unwrap().price, Some(dec("5000")));
    let p = &o.prices[0];
    assert_eq!(
        p.id.as_deref(),
        Some("80c0d891-9020-4eba-9a4f-dae6e205e1c4")
    );
    assert_eq!(
        (p.months(), p.period_name().as_deref()),
        (Some(3), Some("Quarterly"))
    );
    assert_eq!(p.premium.as_ref().unwrap().price, Some(dec("28.2")));
    assert_eq!(p.tax.as_ref().unwrap().price, Some(dec("5.64")));
    assert!(o.unreadable.is_empty(), "{:?}", o.unreadable);
    assert_eq!(o.price("80C0D891-9020-4EBA-9A4F-DAE6E205E1C4"), Some(p));
}

#[test]
fn only_the_documented_fields_are_enough() {
    // `id` and `name`: an option that cannot be linked (no price line).
    let list = InsuranceList::from_data(&json!([{"id": "a", "name": "Basic"}]));
    let o = &list.options[0];
    assert!(o.prices.is_empty() && o.linkable().next().is_none());
    assert_eq!(o.label(), "Basic");
}

#[test]
fn a_price_on_the_item_itself_is_its_one_line() {
    let list = InsuranceList::from_data(&json!({
        "insuranceId": 7, "insuranceName": "Flat", "coverageAmount": "2000,00",
        "priceId": "p-1", "premium": 4.5, "paymentPeriod": "Monthly"
    }));
    let o = &list.options[0];
    assert_eq!(o.id, "7");
    assert_eq!(o.coverage.as_ref().unwrap().price, Some(dec("2000")));
    assert_eq!(o.prices.len(), 1);
    let p = &o.prices[0];
    assert_eq!((p.id.as_deref(), p.months()), (Some("p-1"), Some(1)));
    assert_eq!(p.premium.as_ref().unwrap().price, Some(dec("4.5")));
}

#[test]
fn unreadable_parts_and_items_are_named_and_the_rest_kept() {
    let list = InsuranceList::from_data(&json!([
        {"id": "a", "name": "A", "coverage": [1], "prices": [{"id": "p", "premium": "x"}, 3]},
        {"name": "no id"},
        "text",
        null
    ]));
    assert_eq!(list.options.len(), 1);
    assert_eq!(list.unreadable, ["item 1: no id", "item 2: a string"]);
    let o = &list.options[0];
    assert_eq!(o.prices.len(), 1);
    assert!(o.prices[0].premium.is_none());
    assert!(
        o.unreadable.iter().any(|u| u.starts_with("coverage")),
        "{:?}",
        o.unreadable
    );
    assert!(
        o.unreadable.iter().any(|u| u.starts_with("premium")),
        "{:?}",
        o.unreadable
    );
    assert!(
        o.unreadable.iter().any(|u| u.starts_with("prices[1]")),
        "{:?}",
        o.unreadable
    );
    assert!(InsuranceList::from_data(&json!([])).options.is_empty());
    assert!(InsuranceList::from_data(&Value::Null).options.is_empty());
}

#[test]
fn the_property_path_is_spelled_as_documented_then_with_a_slash() {
    let q = PropertyInsuranceQuery {
        property: "p".into(),
        storage: "s".into(),
        tax_user_type: "1".into(),
        size: dec("7.50"),
    };
    assert_eq!(
        property_path(&q, SizePath::Documented),
        "v1/addons/property/p/insurance/list/storage/s/taxusertype/1size/7.5"
    );
    assert_eq!(
        property_path(&q, SizePath::WithSlash),
        "v1/addons/property/p/insurance/list/storage/s/taxusertype/1/size/7.5"
    );
    let odd = PropertyInsuranceQuery {
        tax_user_type: "a/b".into(),
        ..q
    };
    assert!(property_path(&odd, SizePath::Documented).contains("taxusertype/a%2Fbsize/"));
}

#[test]
fn a_lost_answer_is_an_unknown_outcome_and_a_refusal_is_not() {
    use crate::api::{ApiErrorCode, Endpoint};
    assert!(ApiError::Timeout { seconds: 5 }.write_outcome_unknown());
    assert!(
        ApiError::Network {
            detail: "cut".into()
        }
        .write_outcome_unknown()
    );
    assert!(ApiError::Server { status: 502 }.write_outcome_unknown());
    let refused = ApiError::Api {
        endpoint: Endpoint::InsuranceLink,
        codes: vec![ApiErrorCode::InvalidParamInsuranceId],
        http_status: 400,
    };
    assert!(!refused.write_outcome_unknown());
    assert!(!ApiError::ConnectionRefused { host: "h".into() }.write_outcome_unknown());
    assert!(!ApiError::Unauthorized.write_outcome_unknown());
}
