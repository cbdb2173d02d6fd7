//! `storedesk prices` and `storedesk prequote`: the walk-in price grid and a
//! pre-booking quote from the command line (issue 14).

use std::io::Write;

use chrono::NaiveDate;
use clap::Args;
use rust_decimal::Decimal;

use super::{Failure, GlobalArgs, client, key_from_env_or_keyring, print_json, usage};
use crate::api::StoRegisterClient;
use crate::api::walkin::{PriceList, PriceRow};
use crate::domain::money::MoneyLocale;
use crate::domain::walkin::{ManualSize, WalkinChoice, check_input, grid_lines, request_for};
use crate::secrets::SecretStore;

/// The customer type sent when none is given: General (1 in the documents).
const DEFAULT_USER_TYPE: &str = "1";

#[derive(Debug, Clone, Args)]
pub struct PricesArgs {
    /// Property id (GUID).
    pub property_id: String,
    /// Payment period, as the property names it (monthly, quarterly, …).
    #[arg(long, default_value = "monthly")]
    pub period: String,
    /// Customer type id (`taxUserTypeInfoId`); General when left out.
    #[arg(long)]
    pub user_type: Option<String>,
    /// Storage type id; the first storage type of the account when left out.
    #[arg(long)]
    pub storage: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Args)]
pub struct PrequoteArgs {
    pub property_id: String,
    /// Unit size (m² or m³), above 0.
    #[arg(long)]
    pub size: Decimal,
    /// Standard price of one payment period before tax, above 0.
    #[arg(long)]
    pub price: Decimal,
    /// Move-in date, YYYY-MM-DD, today or later.
    #[arg(long)]
    pub move_in: NaiveDate,
    #[arg(long, default_value = "monthly")]
    pub period: String,
    #[arg(long)]
    pub user_type: Option<String>,
    #[arg(long)]
    pub storage: Option<String>,
    /// Size group id; taken from the price list row of this size when left out.
    #[arg(long)]
    pub group: Option<i64>,
    /// Storage category id; from the price list row when left out.
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub json: bool,
}

async fn storage_or_first(
    c: &StoRegisterClient,
    given: &Option<String>,
) -> Result<String, Failure> {
    if let Some(s) = given {
        return Ok(s.clone());
    }
    c.storage_types()
        .await?
        .into_iter()
        .find_map(|t| t.id)
        .ok_or_else(|| usage("The account has no storage type; pass --storage ID."))
}

pub async fn prices(
    global: &GlobalArgs,
    a: PricesArgs,
    store: &dyn SecretStore,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let c = client(global, key_from_env_or_keyring(store)?)?;
    let storage = storage_or_first(&c, &a.storage).await?;
    let user = a.user_type.as_deref().unwrap_or(DEFAULT_USER_TYPE);
    let list = c
        .price_list(&storage, &a.property_id, user, &a.period)
        .await?;
    if a.json {
        return print_json(out, &list);
    }
    write!(out, "{}", prices_text(&list)).ok();
    Ok(())
}

/// The price grid as text, one size a line.
pub fn prices_text(list: &PriceList) -> String {
    let locale = MoneyLocale::continental("EUR");
    let mut s = format!(
        "{:<8} {:<16} {:<12} {:>14} {:>12} {:>12}  {}\n",
        "Size", "Dimensions", "Group", "Per size", "Standard", "Discounted", "Available"
    );
    for l in grid_lines(&list.rows, &locale) {
        s.push_str(&format!(
            "{:<8} {:<16} {:<12} {:>14} {:>12} {:>12}  {}\n",
            l.size_text,
            l.dimensions,
            l.group,
            l.per_size_text,
            l.standard_text,
            l.discounted_text,
            l.availability
        ));
        if let Some(u) = l.unreadable {
            s.push_str(&format!("         (could not read: {u})\n"));
        }
    }
    for u in &list.unreadable {
        s.push_str(&format!("Could not read {u}\n"));
    }
    if list.rows.is_empty() {
        s.push_str("No sizes.\n");
    }
    s
}

pub async fn prequote(
    global: &GlobalArgs,
    a: PrequoteArgs,
    store: &dyn SecretStore,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    // Bad input stops here, before any call.
    let today = chrono::Local::now().date_naive();
    check_input(a.size, a.price, Some(a.move_in), today).map_err(|e| usage(e.message()))?;
    let c = client(global, key_from_env_or_keyring(store)?)?;
    let storage = storage_or_first(&c, &a.storage).await?;
    let user = a
        .user_type
        .clone()
        .unwrap_or_else(|| DEFAULT_USER_TYPE.into());
    let choice = WalkinChoice {
        property_id: a.property_id.clone(),
        storage_id: storage.clone(),
        user_type_id: user.clone(),
        period: a.period.clone(),
        move_in: Some(a.move_in),
    };
    let row = match (a.group, &a.category) {
        (Some(_), Some(_)) => None,
        _ => {
            let list = c
                .price_list(&storage, &a.property_id, &user, &a.period)
                .await?;
            list.rows
                .into_iter()
                .find(|r| r.size() == Some(a.size.normalize()))
        }
    };
    let manual = manual_size(&a, row.as_ref())?;
    let req =
        request_for(&choice, row.as_ref(), Some(&manual), today).map_err(|e| usage(e.message()))?;
    let quote = c.pre_quote(&req).await?;
    if a.json {
        return print_json(out, &quote);
    }
    write!(out, "{}", crate::report::quotation_text(&quote)).ok();
    Ok(())
}

/// The size and price given, with the group and category from the options
/// or else from the price list's row of that size.
fn manual_size(a: &PrequoteArgs, row: Option<&PriceRow>) -> Result<ManualSize, Failure> {
    let id = |r: Option<&crate::api::models::NamedRef>| r.and_then(|n| n.id.clone());
    // Says which part is missing: the size itself, or its group.
    let group = match (a.group, row) {
        (Some(g), _) => g,
        (None, None) => {
            return Err(usage(
                "No size of this property has that size; pass --group and --category.",
            ));
        }
        (None, Some(r)) => id(r.storage_group.as_ref())
            .and_then(|g| g.trim().parse().ok())
            .ok_or_else(|| {
                usage("The price list gives no size group for that size; pass --group.")
            })?,
    };
    let category = a
        .category
        .clone()
        .or_else(|| id(row?.storage_category.as_ref()))
        .ok_or_else(|| usage("The price list gives no category for that size; pass --category."))?;
    Ok(ManualSize {
        size: a.size,
        price: a.price,
        group_id: group,
        category_id: category,
    })
}
