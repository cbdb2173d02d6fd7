//! The walk-in endpoints (issue 14): the real client against the sandbox
//! over loopback HTTP.

mod sandbox_common;

use chrono::{Days, Local, NaiveDate};
use rust_decimal::Decimal;
use sandbox_common::*;
use storedesk::api::walkin::{PreQuoteRequest, PriceList};
use storedesk::api::{ApiError, ApiErrorCode, Endpoint};
use storedesk::domain::quote::compare_quotation;
use storedesk::domain::walkin::{WalkinChoice, request_for};
use storedesk::sandbox::{BOX_STORAGE_ID, ids};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn in_days(n: u64) -> NaiveDate {
    Local::now()
        .date_naive()
        .checked_add_days(Days::new(n))
        .unwrap()
}

fn choice(property: &str, period: &str, user: &str) -> WalkinChoice {
    WalkinChoice {
        property_id: property.into(),
        storage_id: BOX_STORAGE_ID.into(),
        user_type_id: user.into(),
        period: period.into(),
        move_in: Some(in_days(10)),
    }
}

async fn lyon(period: &str, user: &str) -> (storedesk::sandbox::Sandbox, PriceList) {
    let sb = sandbox().await;
    let list = client(&sb)
        .price_list(BOX_STORAGE_ID, ids::LYON_PROPERTY, user, period)
        .await
        .expect("price list");
    (sb, list)
}

#[tokio::test]
async fn reference_lists_load() {
    let sb = sandbox().await;
    let c = client(&sb);
    let types = c.storage_types().await.unwrap();
    assert_eq!(types[0].id.as_deref(), Some(BOX_STORAGE_ID));
    assert_eq!(c.storage_groups().await.unwrap().len(), 5);
    let users = c.user_types().await.unwrap();
    assert_eq!(users[1].name.as_deref(), Some("Business"));
    assert_eq!(users[1].send_id(), Some("2"));
    let periods = c.payment_periods().await.unwrap();
    assert_eq!(periods[0].payment_period.as_deref(), Some("MONTHLY"));
    sb.shutdown().await;
}

#[tokio::test]
async fn the_price_list_has_groups_a_sold_out_size_and_discounts() {
    let (sb, list) = lyon("Monthly", "1").await;
    assert_eq!(list.rows.len(), 7);
    assert!(list.unreadable.is_empty());
    assert!(list.rows.iter().all(|r| r.unreadable.is_empty()));
    let sold_out: Vec<_> = list.rows.iter().filter(|r| r.sold_out()).collect();
    assert_eq!(sold_out.len(), 1);
    assert_eq!(sold_out[0].size(), Some(dec("3")));
    // 6 m³ at 50,00 € + 20 % = 60,00 €; 15 % off = 42,50 € + 8,50 € = 51,00 €.
    let six = list
        .rows
        .iter()
        .find(|r| r.size() == Some(dec("6")))
        .unwrap();
    assert_eq!(six.standard_payable().unwrap().price, Some(dec("60")));
    assert_eq!(six.discounted_payable().unwrap().price, Some(dec("51")));
    // 30 m³: 10,00 € off every payment: 170,00 € + 34,00 € = 204,00 €.
    let thirty = list
        .rows
        .iter()
        .find(|r| r.size() == Some(dec("30")))
        .unwrap();
    assert_eq!(thirty.discounted_payable().unwrap().price, Some(dec("204")));
    sb.shutdown().await;
}

#[tokio::test]
async fn quarterly_and_business_prices_follow_the_property_rules() {
    let (sb, quarterly) = lyon("Quarterly", "1").await;
    let six = quarterly
        .rows
        .iter()
        .find(|r| r.size() == Some(dec("6")))
        .unwrap();
    assert_eq!(six.standard_price(), Some(dec("150")));
    // The documents' own spelling is accepted too.
    let typo = client(&sb)
        .price_list(BOX_STORAGE_ID, ids::LYON_PROPERTY, "1", "Quartely")
        .await
        .unwrap();
    assert_eq!(typo.rows.len(), 7);
    // Business customers: 10 % VAT at Lyon.
    let business = client(&sb)
        .price_list(BOX_STORAGE_ID, ids::LYON_PROPERTY, "2", "Monthly")
        .await
        .unwrap();
    let six = business
        .rows
        .iter()
        .find(|r| r.size() == Some(dec("6")))
        .unwrap();
    assert_eq!(six.standard_payable().unwrap().price, Some(dec("55")));
    sb.shutdown().await;
}

#[tokio::test]
async fn a_storage_type_without_sizes_is_no_records_found() {
    let sb = sandbox().await;
    let container = "4c23b5e3-dff1-4846-9046-d221181d5c2a";
    let e = client(&sb)
        .price_list(container, ids::CHALETS_PROPERTY, "1", "Monthly")
        .await
        .unwrap_err();
    assert!(
        matches!(&e, ApiError::Api { endpoint: Endpoint::PriceList, codes, .. } if codes == &[ApiErrorCode::NoRecordsFound]),
        "{e:?}"
    );
    assert_eq!(
        e.to_string(),
        "This property has no sizes for these choices."
    );
    sb.shutdown().await;
}

/// Every demo property has a rate card (issue 27): the demo's default
/// property (Chalets) and the documented booking's (Emmerich) too, each
/// pricing its booking's size as that booking does.
#[tokio::test]
async fn every_demo_property_has_sizes_priced_as_its_booking() {
    let sb = sandbox().await;
    let c = client(&sb);
    for (property, size, payable) in [
        (ids::CHALETS_PROPERTY, "4", "32.5"),
        (ids::EMMERICH_PROPERTY, "9", "78"),
        (ids::LYON_PROPERTY, "6", "60"),
        (ids::BERLIN_PROPERTY, "2", "33.32"),
    ] {
        let list = c
            .price_list(BOX_STORAGE_ID, property, "1", "Monthly")
            .await
            .unwrap_or_else(|e| panic!("{property}: {e}"));
        let row = list
            .rows
            .iter()
            .find(|r| r.size() == Some(dec(size)))
            .unwrap_or_else(|| panic!("{property}: no {size}"));
        assert_eq!(
            row.standard_payable().and_then(|m| m.price),
            Some(dec(payable)),
            "{property} {size}"
        );
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn a_pre_booking_quote_has_the_quotation_blocks_and_passes_the_checks() {
    let (sb, list) = lyon("Monthly", "1").await;
    let six = list
        .rows
        .iter()
        .find(|r| r.size() == Some(dec("6")))
        .unwrap();
    let today = Local::now().date_naive();
    let req = request_for(
        &choice(ids::LYON_PROPERTY, "Monthly", "1"),
        Some(six),
        None,
        today,
    )
    .unwrap();
    assert!(req.discount_info_id.is_some());
    let q = client(&sb).pre_quote(&req).await.expect("quote");
    assert!(q.pro_rata_subscription.is_some() && q.billing_subscription.is_some());
    assert_eq!(q.discount.as_ref().unwrap().occurrence_count, Some(3));
    let c = compare_quotation(&q);
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    // The regular payment: 50,00 € - 15 % = 42,50 € + 20 % VAT = 51,00 €.
    let net = q
        .billing_subscription
        .as_ref()
        .unwrap()
        .net_amount
        .as_ref()
        .unwrap();
    assert_eq!(net.price, Some(dec("51")));
    sb.shutdown().await;
}

#[tokio::test]
async fn any_size_and_price_is_priced_with_the_rules() {
    let sb = sandbox().await;
    let req = PreQuoteRequest {
        tax_user_type_info_id: "2".into(),
        storage_info_id: BOX_STORAGE_ID.into(),
        storage_group_info_id: 3,
        storage_category_info_id: "fb1660c7-4d43-4637-aad8-5e547e6455ef".into(),
        property_info_id: ids::LYON_PROPERTY.into(),
        payment_period: "Monthly".into(),
        size: dec("7.5"),
        price: dec("61.30"),
        move_in_date: in_days(30),
        discount_info_id: None,
        discount_property_info_id: None,
        additional_invoice_duration: None,
    };
    let q = client(&sb).pre_quote(&req).await.unwrap();
    let rent = q
        .billing_subscription
        .as_ref()
        .unwrap()
        .rent
        .as_ref()
        .unwrap();
    assert_eq!(
        rent.taxable_price.as_ref().unwrap().price,
        Some(dec("61.30"))
    );
    // Business: 10 %.
    assert_eq!(rent.tax_price.as_ref().unwrap().price, Some(dec("6.13")));
    assert!(compare_quotation(&q).warnings.is_empty());
    sb.shutdown().await;
}

#[tokio::test]
async fn bad_quote_input_is_refused_with_a_code() {
    let (sb, list) = lyon("Monthly", "1").await;
    let today = Local::now().date_naive();
    let mut req = request_for(
        &choice(ids::LYON_PROPERTY, "Monthly", "1"),
        Some(&list.rows[0]),
        None,
        today,
    )
    .unwrap();
    req.move_in_date = today.pred_opt().unwrap();
    let e = client(&sb).pre_quote(&req).await.unwrap_err();
    assert!(
        e.codes().iter().any(|c| c.to_string().contains("MOVE_IN")),
        "{e:?}"
    );
    req.move_in_date = today;
    req.size = Decimal::ZERO;
    let e = client(&sb).pre_quote(&req).await.unwrap_err();
    assert!(
        e.codes().iter().any(|c| c.to_string().contains("SIZE")),
        "{e:?}"
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn an_injected_failure_is_a_server_error_for_that_size_only() {
    let (sb, list) = lyon("Monthly", "1").await;
    sb.fail_pre_quote_for_size(dec("8"));
    let today = Local::now().date_naive();
    let c = choice(ids::LYON_PROPERTY, "Monthly", "1");
    let eight = list
        .rows
        .iter()
        .find(|r| r.size() == Some(dec("8")))
        .unwrap();
    let six = list
        .rows
        .iter()
        .find(|r| r.size() == Some(dec("6")))
        .unwrap();
    let e = client(&sb)
        .pre_quote(&request_for(&c, Some(eight), None, today).unwrap())
        .await
        .unwrap_err();
    assert!(
        matches!(e, ApiError::Server { status: 500 } | ApiError::Api { .. }),
        "{e:?}"
    );
    assert!(
        client(&sb)
            .pre_quote(&request_for(&c, Some(six), None, today).unwrap())
            .await
            .is_ok()
    );
    sb.shutdown().await;
}
