//! Parser tests for the walk-in endpoints' shape variations (issue 14).

use super::*;
use crate::api::envelope::parse;
use serde_json::json;

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn full_row() -> Value {
    json!({
        "storageSize": {"size": {"number": 4, "formattedNumber": "4"}, "scaleMetrics": "m",
            "defaultSizeMetrics": "AREA", "length": 2, "width": 2, "height": 2.5},
        "storage": {"id": "47fa29c4-738a-42dc-bcb3-6dba1ee7e38e", "name": "Box"},
        "storageGroup": {"id": 2, "name": "Small"},
        "storageCategory": {"id": "fb1660c7-4d43-4637-aad8-5e547e6455ef", "name": "Box"},
        "paymentPeriod": {"id": "m", "name": "Monthly", "duration": 1, "paymentPeriod": "MONTHLY"},
        "discount": {"id": "d1", "isPercentage": true,
            "discountPercentage": {"percentage": 15, "formattedPercentage": "15,00 %"},
            "occurrenceCount": 3, "isRecurring": true},
        "spacePrice": {
            "standardPrice": {"taxablePrice": {"price": 40, "formattedPrice": "40,00 €"},
                "taxPrice": {"price": 8, "formattedPrice": "8,00 €"},
                "payablePrice": {"price": 48, "formattedPrice": "48,00 €"}},
            "discountedPrice": {"taxablePrice": {"price": 34, "formattedPrice": "34,00 €"},
                "taxPrice": {"price": 6.8, "formattedPrice": "6,80 €"},
                "payablePrice": {"price": 40.8, "formattedPrice": "40,80 €"}}},
        "availableCount": 3,
        "totalCount": 10
    })
}

#[test]
fn a_full_row_reads_every_part() {
    let list = PriceList::from_data(&json!([full_row()]));
    assert!(list.unreadable.is_empty());
    let r = &list.rows[0];
    assert!(r.unreadable.is_empty(), "{:?}", r.unreadable);
    assert_eq!(r.size(), Some(dec("4")));
    assert_eq!(r.standard_price(), Some(dec("40")));
    assert_eq!(
        r.discounted_payable().unwrap().formatted.as_deref(),
        Some("40,80 €")
    );
    assert_eq!(r.storage_group.as_ref().unwrap().id.as_deref(), Some("2"));
    assert_eq!(r.discount.as_ref().unwrap().occurrence_count, Some(3));
    assert_eq!((r.available, r.total), (Some(3), Some(10)));
    assert!(!r.sold_out());
}

#[test]
fn missing_space_price_keeps_the_rest_of_the_row() {
    let mut row = full_row();
    row.as_object_mut().unwrap().remove("spacePrice");
    let list = PriceList::from_data(&json!([row]));
    let r = &list.rows[0];
    assert!(r.space_price.is_none() && r.standard_price().is_none());
    assert_eq!(r.size(), Some(dec("4")));
}

#[test]
fn size_as_a_number_or_an_object() {
    for (size, want) in [
        (json!(6.5), "6.5"),
        (json!("7"), "7"),
        (json!({"size": 9}), "9"),
        (
            json!({"size": {"number": 12, "formattedNumber": "12"}}),
            "12",
        ),
    ] {
        let mut row = full_row();
        row["storageSize"] = size.clone();
        let r = &PriceList::from_data(&json!([row])).rows[0];
        assert_eq!(r.size(), Some(dec(want)), "{size}");
    }
    // A top-level `size` when `storageSize` is absent.
    let r = &PriceList::from_data(&json!([{"size": 3, "price": 30}])).rows[0];
    assert_eq!(
        (r.size(), r.standard_price()),
        (Some(dec("3")), Some(dec("30")))
    );
}

#[test]
fn prices_as_numbers_strings_or_money_objects() {
    for (price, want) in [
        (json!(40), "40"),
        (json!("40,5"), "40.5"),
        (json!({"price": 41, "formattedPrice": "41,00 €"}), "41"),
    ] {
        let mut row = full_row();
        row["spacePrice"]["standardPrice"]["taxablePrice"] = price.clone();
        let r = &PriceList::from_data(&json!([row])).rows[0];
        assert_eq!(r.standard_price(), Some(dec(want)), "{price}");
    }
    // A whole standard price as a bare number is its price before tax.
    let mut row = full_row();
    row["spacePrice"]["standardPrice"] = json!(39.9);
    let r = &PriceList::from_data(&json!([row])).rows[0];
    assert_eq!(r.standard_price(), Some(dec("39.9")));
}

#[test]
fn unknown_fields_are_ignored_and_bad_parts_are_named() {
    let mut row = full_row();
    row["brandNewField"] = json!({"x": [1, 2]});
    row["storage"] = json!(["not", "an", "object"]);
    row["spacePrice"] = json!("free");
    let r = &PriceList::from_data(&json!([row])).rows[0];
    assert!(r.storage.is_none() && r.space_price.is_none());
    assert!(r.unreadable.iter().any(|u| u.starts_with("storage:")));
    assert!(r.unreadable.iter().any(|u| u.starts_with("spacePrice:")));
    // The rest is still there.
    assert_eq!(r.size(), Some(dec("4")));
    assert_eq!(r.available, Some(3));
}

#[test]
fn rows_nested_in_groups_take_the_group() {
    let mut row = full_row();
    row.as_object_mut().unwrap().remove("storageGroup");
    let data = json!({"groups": [
        {"storageGroup": {"id": 3, "name": "Medium"}, "sizes": [row.clone(), row]},
        "junk"
    ]});
    let list = PriceList::from_data(&data);
    assert_eq!(list.rows.len(), 2);
    assert_eq!(
        list.rows[1].storage_group.as_ref().unwrap().name.as_deref(),
        Some("Medium")
    );
    assert_eq!(list.unreadable, ["data.groups[1]: a string"]);
}

#[test]
fn sold_out_is_zero_available() {
    let mut row = full_row();
    row["availableCount"] = json!(0);
    assert!(PriceList::from_data(&json!([row])).rows[0].sold_out());
}

#[test]
fn reference_lists_parse_the_documented_shapes() {
    let body = br#"{"data":[{"id":"0fd594e9-4635-4db6-9ea9-e04e80bf0b25","name":"General","taxUserTypeInfoId":1},
        {"id":"1d50940e","name":"Business","taxUserTypeInfoId":"2","extra":true}],
        "pagination":{"pageNumber":1,"pageCount":2,"totalCount":2},"succeeded":true,"status":"SUCCESS","errors":null}"#;
    let users = parse::<Vec<UserType>>(Endpoint::ReferenceList, 200, body)
        .unwrap()
        .data;
    assert_eq!(users[0].send_id(), Some("1"));
    assert_eq!(users[1].send_id(), Some("2"));
    let groups = parse::<Vec<StorageGroup>>(
        Endpoint::ReferenceList,
        200,
        br#"{"data":[{"id":1,"name":"Extra Small"}],"succeeded":true,"status":"SUCCESS"}"#,
    )
    .unwrap()
    .data;
    assert_eq!(groups[0].id.as_deref(), Some("1"));
    let periods = parse::<Vec<PeriodCode>>(
        Endpoint::ReferenceList,
        200,
        br#"{"data":[{"paymentPeriod":"MONTHLY","paymentPeriodValue":"Monthly"}],"succeeded":true}"#,
    )
    .unwrap()
    .data;
    assert_eq!(periods[0].payment_period.as_deref(), Some("MONTHLY"));
}

#[test]
fn a_failed_list_is_a_typed_error() {
    let e = parse::<Vec<StorageType>>(
        Endpoint::ReferenceList,
        200,
        br#"{"data":null,"succeeded":false,"status":"ERROR","errors":["NO_RECORDS_FOUND"]}"#,
    )
    .unwrap_err();
    assert!(matches!(
        e,
        ApiError::Api {
            endpoint: Endpoint::ReferenceList,
            ..
        }
    ));
}

#[test]
fn the_request_body_uses_the_documented_names() {
    let req = PreQuoteRequest {
        tax_user_type_info_id: "1".into(),
        storage_info_id: "s".into(),
        storage_group_info_id: 2,
        storage_category_info_id: "c".into(),
        property_info_id: "p".into(),
        payment_period: "MONTHLY".into(),
        size: dec("4"),
        price: dec("40.00"),
        move_in_date: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        discount_info_id: Some("d".into()),
        discount_property_info_id: None,
        additional_invoice_duration: None,
    };
    let v = serde_json::to_value(&req).unwrap();
    for key in [
        "taxUserTypeInfoId",
        "storageInfoId",
        "storageGroupInfoId",
        "storageCategoryInfoId",
        "propertyInfoId",
        "paymentPeriod",
        "size",
        "price",
        "moveInDate",
        "discountInfoId",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["moveInDate"], "2026-12-07");
    assert!(v.get("discountPropertyInfoId").is_none());
    assert_eq!(
        (v["size"].as_f64(), v["price"].as_f64()),
        (Some(4.0), Some(40.0))
    );
}

#[test]
fn path_segments_are_encoded() {
    assert_eq!(
        price_list_path("a b", "p/1", "1", "MONTHLY"),
        "v1/search/storage/a%20b/property/p%2F1/user-type/1/period/MONTHLY/price/list"
    );
}

/// A row without its `storageGroup`, as in a list grouped by size group.
fn row_without_group() -> Value {
    let mut row = full_row();
    row.as_object_mut().unwrap().remove("storageGroup");
    row
}

#[test]
fn a_group_id_beside_the_rows_is_each_rows_group() {
    let data = json!([
        {"storageGroupInfoId": 3, "storageGroupName": "Medium", "sizeList": [row_without_group()]},
        {"storageGroupInfoId": "4", "sizeList": [row_without_group(), row_without_group()]},
    ]);
    let list = PriceList::from_data(&data);
    assert!(list.unreadable.is_empty(), "{:?}", list.unreadable);
    let groups: Vec<(Option<&str>, Option<&str>)> = list
        .rows
        .iter()
        .map(|r| {
            let g = r.storage_group.as_ref().expect("a group");
            (g.id.as_deref(), g.name.as_deref())
        })
        .collect();
    assert_eq!(
        groups,
        [
            (Some("3"), Some("Medium")),
            (Some("4"), None),
            (Some("4"), None)
        ]
    );
}

#[test]
fn a_group_id_on_the_row_itself_is_its_group() {
    let mut row = row_without_group();
    row["storageGroupInfoId"] = json!(2);
    let list = PriceList::from_data(&json!([row]));
    assert_eq!(
        list.rows[0].storage_group.as_ref().unwrap().id.as_deref(),
        Some("2")
    );
}
