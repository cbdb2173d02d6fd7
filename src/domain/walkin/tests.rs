//! Walk-in input checks, request building, grid order and differences.

use super::*;
use crate::api::walkin::PriceList;
use serde_json::json;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn rows() -> Vec<PriceRow> {
    PriceList::from_data(&json!([
        {"storageSize": {"size": 4}, "storageGroup": {"id": 2, "name": "Small"},
         "storageCategory": {"id": "cat"}, "discount": {"id": "d1", "discountPropertyInfoId": "dp1"},
         "spacePrice": {"standardPrice": {"taxablePrice": 40, "payablePrice": 48}}, "availableCount": 2},
        {"storageSize": {"size": 2}, "storageGroup": {"id": 1},
         "spacePrice": {"standardPrice": {"taxablePrice": 25, "payablePrice": 30}}, "availableCount": 0},
        {"storageSize": {"size": 9}}
    ]))
    .rows
}

fn choice() -> WalkinChoice {
    WalkinChoice {
        property_id: "p".into(),
        storage_id: "s".into(),
        user_type_id: "1".into(),
        period: "MONTHLY".into(),
        move_in: Some(day(2026, 12, 7)),
    }
}

#[test]
fn past_dates_and_non_positive_figures_are_refused() {
    let today = day(2026, 12, 1);
    let one = Decimal::ONE;
    assert!(matches!(
        check_input(one, one, Some(day(2026, 11, 30)), today),
        Err(WalkinInputError::MoveInInPast { .. })
    ));
    assert_eq!(
        check_input(one, one, None, today),
        Err(WalkinInputError::NoMoveIn)
    );
    assert_eq!(
        check_input(Decimal::ZERO, one, Some(today), today),
        Err(WalkinInputError::SizeNotPositive)
    );
    assert_eq!(
        check_input(one, dec("-1"), Some(today), today),
        Err(WalkinInputError::PriceNotPositive)
    );
    assert_eq!(check_input(one, one, Some(today), today), Ok(today));
    assert!(
        WalkinInputError::MoveInInPast {
            move_in: day(2026, 11, 30),
            today
        }
        .message()
        .contains("30-11-2026")
    );
}

#[test]
fn a_row_becomes_a_request_with_its_discount() {
    let rows = rows();
    let req = request_for(&choice(), Some(&rows[0]), None, day(2026, 12, 1)).unwrap();
    assert_eq!((req.size, req.price), (dec("4"), dec("40")));
    assert_eq!(req.storage_group_info_id, 2);
    assert_eq!(req.storage_category_info_id, "cat");
    assert_eq!(req.discount_info_id.as_deref(), Some("d1"));
    assert_eq!(req.discount_property_info_id.as_deref(), Some("dp1"));
}

#[test]
fn a_row_missing_parts_asks_for_manual_entry() {
    let rows = rows();
    let today = day(2026, 12, 1);
    assert_eq!(
        request_for(&choice(), Some(&rows[2]), None, today),
        Err(WalkinInputError::Missing("price"))
    );
    assert_eq!(
        request_for(&choice(), Some(&rows[1]), None, today),
        Err(WalkinInputError::Missing("category"))
    );
    let manual = ManualSize {
        size: dec("9"),
        price: dec("80"),
        group_id: 3,
        category_id: "cat".into(),
    };
    let req = request_for(&choice(), Some(&rows[2]), Some(&manual), today).unwrap();
    assert_eq!(
        (req.size, req.price, req.storage_group_info_id),
        (dec("9"), dec("80"), 3)
    );
}

#[test]
fn grid_lines_show_prices_per_size_and_sort() {
    let locale = MoneyLocale::continental("EUR");
    let mut lines = grid_lines(&rows(), &locale);
    assert_eq!(lines[0].per_size, Some(dec("12")));
    assert_eq!(lines[1].per_size, Some(dec("15")));
    assert!(lines[1].sold_out && !lines[0].sold_out);
    sort_lines(&mut lines, SortBy::PerSize, true);
    assert_eq!(lines.iter().map(|l| l.row).collect::<Vec<_>>(), [0, 1, 2]);
    sort_lines(&mut lines, SortBy::Size, false);
    assert_eq!(lines.iter().map(|l| l.row).collect::<Vec<_>>(), [2, 0, 1]);
    sort_lines(&mut lines, SortBy::Price, true);
    assert_eq!(lines.iter().map(|l| l.row).collect::<Vec<_>>(), [1, 0, 2]);
}

/// A group given by its id beside its rows: the Group column shows its
/// name when the server gives one, else its id (it was empty before).
#[test]
fn the_group_column_shows_a_group_given_beside_its_rows() {
    let list = PriceList::from_data(&json!([
        {"storageGroupInfoId": 3, "storageGroupName": "Medium",
         "sizeList": [{"storageSize": {"size": 9}}]},
        {"storageGroupInfoId": 4, "sizeList": [{"storageSize": {"size": 12}}]}
    ]));
    let lines = grid_lines(&list.rows, &MoneyLocale::default());
    let shown: Vec<&str> = lines.iter().map(|l| l.group.as_str()).collect();
    assert_eq!(shown, ["Medium", "4"]);
}
