//! The walk-in quote's state and the one place its actions become worker
//! commands and its events become state (issue 14). Drawing is in
//! `walkin_panel`.
//!
//! Every request carries its id; an answer whose id is no longer the one
//! waited for (the choice changed, the size was unticked) is dropped.

use chrono::NaiveDate;

use crate::api::ApiError;
use crate::api::insurance::PropertyInsurance;
use crate::api::models::Property;
use crate::api::walkin::{PeriodCode, PriceList, StorageType, UserType};
use crate::domain::money::MoneyLocale;
use crate::domain::walkin::{
    GridLine, MAX_WALKIN_QUOTES, ManualSize, SortBy, WalkinChoice, WalkinInputError, WalkinQuote,
    grid_lines, request_for, sort_lines,
};
use crate::worker::walkin::{WalkinCommand, WalkinEvent, WalkinLists};
use crate::worker::{Command, RequestId};

use super::insurance::{self, SlotInsurance};
use crate::ui::requests::Outbox;

/// What the walk-in panel asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum WalkinAction {
    /// Opened: load the lists if they are not there yet.
    Open,
    /// Load the reference lists again.
    ReloadLists,
    /// Property, customer type, period or storage type changed.
    ChoiceChanged,
    /// The move-in date changed: check it, then quote the chosen sizes again.
    MoveInChanged(NaiveDate),
    /// Tick or untick a grid row (index into the price list).
    Toggle(usize),
    /// Quote the size and price typed by hand.
    QuoteManual,
    /// Stop every quote on its way.
    CancelQuotes,
    Sort(SortBy),
    /// Ask for the insurance options that fit column `slot`'s size.
    InsuranceOptions(usize),
    /// Quote column `slot` with insurance option `option` (`None`: without).
    ChooseInsurance {
        slot: usize,
        option: Option<String>,
    },
}

/// One quote column: a chosen row (or the hand-typed size) and its answer.
#[derive(Debug, Clone)]
pub struct QuoteSlot {
    /// Price-list row, or None for the hand-typed size.
    pub row: Option<usize>,
    /// "8 m³" as the grid shows it.
    pub label: String,
    pub pending: Option<RequestId>,
    pub result: Option<Result<WalkinQuote, String>>,
    /// The insurance offered with this column (issue 28).
    pub insurance: SlotInsurance,
}

/// A reference list that could not be loaded: which, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ListFailure {
    pub list: &'static str,
    pub error: ApiError,
}

/// The walk-in customer's options (part of the
/// [`crate::ui::customer::CustomerStore`]): the sizes quoted side by side and the
/// size typed by hand.
#[derive(Debug, Default)]
pub struct WalkinData {
    pub slots: Vec<QuoteSlot>,
    pub manual_size: String,
    pub manual_price: String,
}

/// The property's insurance options arrived for the column waiting for `req`.
pub fn on_insurance_options(
    data: &mut WalkinData,
    req: RequestId,
    result: Result<PropertyInsurance, ApiError>,
) {
    let Some(slot) = data
        .slots
        .iter_mut()
        .find(|s| s.insurance.pending == Some(req))
    else {
        tracing::debug!(req, "dropping a stale walk-in insurance list");
        return;
    };
    let quote = slot.result.as_ref().and_then(|r| r.as_ref().ok());
    insurance::on_options(&mut slot.insurance, quote, result);
}

impl WalkinData {
    pub fn chosen(&self, row: usize) -> bool {
        self.slots.iter().any(|s| s.row == Some(row))
    }

    pub fn can_choose_more(&self) -> bool {
        self.slots.len() < MAX_WALKIN_QUOTES
    }

    pub fn any_pending(&self) -> bool {
        self.slots.iter().any(|s| s.pending.is_some())
    }

    /// The quotes answered (shown side by side).
    pub fn answered(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| matches!(s.result, Some(Ok(_))))
            .count()
    }
}

/// The walk-in panel's own state: the site's lists and price grid, the
/// choices, the sort, the requests in flight.
#[derive(Debug, Default)]
pub struct WalkinState {
    pub opened: bool,
    pub lists_pending: Option<RequestId>,
    pub properties: Vec<Property>,
    pub storage_types: Vec<StorageType>,
    pub user_types: Vec<UserType>,
    pub period_codes: Vec<PeriodCode>,
    pub list_failures: Vec<ListFailure>,
    /// What the desk chose (ids as sent).
    pub choice: WalkinChoice,
    pub input_error: Option<String>,
    pub grid_pending: Option<RequestId>,
    pub grid_error: Option<ApiError>,
    pub price_list: Option<PriceList>,
    pub lines: Vec<GridLine>,
    pub sort: SortBy,
    pub ascending: bool,
    /// The move-in field's text as typed.
    pub move_in_text: String,
    /// The desk's date when the panel last acted (the calendar's first day).
    pub today: Option<NaiveDate>,
}

impl WalkinState {
    /// The periods the chosen property offers (their names are what is sent),
    /// else the account's codes.
    pub fn periods(&self) -> Vec<String> {
        let from_property: Vec<String> = self
            .property()
            .map(|p| {
                p.payment_period
                    .iter()
                    .filter_map(|pp| pp.name.clone())
                    .collect()
            })
            .unwrap_or_default();
        if !from_property.is_empty() {
            return from_property;
        }
        self.period_codes
            .iter()
            .filter_map(|p| p.payment_period_value.clone().or(p.payment_period.clone()))
            .collect()
    }

    pub fn property(&self) -> Option<&Property> {
        self.properties
            .iter()
            .find(|p| p.id.as_deref() == Some(self.choice.property_id.as_str()))
    }

    fn locale(&self) -> MoneyLocale {
        let country = self.property().and_then(|p| p.country_code());
        MoneyLocale::for_country(country, None)
    }

    /// Shows `list` in the grid (also for benches that need a long list).
    pub fn show_price_list(&mut self, list: PriceList) {
        self.price_list = Some(list);
        self.relayout();
    }

    fn relayout(&mut self) {
        let locale = self.locale();
        self.lines = self
            .price_list
            .as_ref()
            .map(|l| grid_lines(&l.rows, &locale))
            .unwrap_or_default();
        sort_lines(&mut self.lines, self.sort, self.ascending);
    }
}

/// The desk's date from the app's clock.
pub fn today(clock: &crate::ui::clock::Clock) -> NaiveDate {
    clock.now().with_timezone(&chrono::Local).date_naive()
}

/// Fills the choice's blanks from the lists: the remembered property, else
/// the first; General (or the first) customer type; the first period.
fn default_choice(walkin: &mut WalkinState, remembered: Option<&str>) {
    let c = &mut walkin.choice;
    if c.property_id.is_empty() {
        let ids: Vec<&str> = walkin
            .properties
            .iter()
            .filter_map(|p| p.id.as_deref())
            .collect();
        c.property_id = remembered
            .filter(|r| ids.contains(r))
            .or(ids.first().copied())
            .unwrap_or_default()
            .to_owned();
    }
    if c.storage_id.is_empty() {
        c.storage_id = walkin
            .storage_types
            .iter()
            .find_map(|t| t.id.clone())
            .unwrap_or_default();
    }
    if c.user_type_id.is_empty() {
        c.user_type_id = walkin
            .user_types
            .iter()
            .find_map(|u| u.send_id().map(str::to_owned))
            .unwrap_or_default();
    }
    let periods = walkin.periods();
    if !periods.contains(&walkin.choice.period) {
        walkin.choice.period = periods.first().cloned().unwrap_or_default();
    }
}

/// Carries out a walk-in action. `today` is the desk's date.
pub fn apply(
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    a: WalkinAction,
    today: NaiveDate,
    worker: &mut Outbox,
) {
    walkin.today = Some(today);
    match a {
        WalkinAction::Open => {
            walkin.opened = true;
            if walkin.choice.move_in.is_none() {
                walkin.choice.move_in = Some(today);
            }
            if walkin.properties.is_empty() && walkin.lists_pending.is_none() {
                load_lists(walkin, worker);
            }
        }
        WalkinAction::ReloadLists => load_lists(walkin, worker),
        WalkinAction::ChoiceChanged => {
            // Another property or customer type: other insurance options.
            for slot in &mut data.slots {
                if let Some(req) = slot.insurance.pending.take() {
                    worker.send(Command::Cancel { req });
                }
                slot.insurance = SlotInsurance::default();
            }
            load_grid(walkin, worker);
        }
        WalkinAction::MoveInChanged(d) => {
            walkin.choice.move_in = Some(d);
            if d < today {
                walkin.input_error =
                    Some(WalkinInputError::MoveInInPast { move_in: d, today }.message());
                return;
            }
            walkin.input_error = None;
            requote_all(walkin, data, today, worker);
        }
        WalkinAction::Toggle(row) => toggle(walkin, data, row, today, worker),
        WalkinAction::QuoteManual => quote_manual(walkin, data, today, worker),
        WalkinAction::CancelQuotes => {
            for slot in &mut data.slots {
                if let Some(req) = slot.pending.take() {
                    worker.send(Command::Cancel { req });
                }
            }
        }
        WalkinAction::InsuranceOptions(i) => {
            if let Some(slot) = data.slots.get_mut(i) {
                let quote = slot.result.as_ref().and_then(|r| r.as_ref().ok());
                insurance::load(&mut slot.insurance, quote, &walkin.choice, worker);
            }
        }
        WalkinAction::ChooseInsurance { slot, option } => {
            if let Some(slot) = data.slots.get_mut(slot) {
                let quote = slot.result.as_ref().and_then(|r| r.as_ref().ok());
                insurance::choose(&mut slot.insurance, quote, option);
            }
        }
        WalkinAction::Sort(by) => {
            walkin.ascending = if walkin.sort == by {
                !walkin.ascending
            } else {
                true
            };
            walkin.sort = by;
            walkin.relayout();
        }
    }
}

fn load_lists(walkin: &mut WalkinState, worker: &mut Outbox) {
    let req = worker.next_id();
    walkin.lists_pending = Some(req);
    worker.send(Command::Walkin(WalkinCommand::Lists { req }));
}

fn load_grid(walkin: &mut WalkinState, worker: &mut Outbox) {
    if let Some(old) = walkin.grid_pending.take() {
        worker.send(Command::Cancel { req: old });
    }
    let c = &walkin.choice;
    if c.property_id.is_empty() || c.storage_id.is_empty() || c.user_type_id.is_empty() {
        return;
    }
    let req = worker.next_id();
    walkin.grid_pending = Some(req);
    worker.send(Command::Walkin(WalkinCommand::PriceList {
        req,
        storage: c.storage_id.clone(),
        property: c.property_id.clone(),
        user_type: c.user_type_id.clone(),
        period: c.period.clone(),
    }));
}

fn toggle(
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    row: usize,
    today: NaiveDate,
    worker: &mut Outbox,
) {
    if let Some(i) = data.slots.iter().position(|s| s.row == Some(row)) {
        if let Some(req) = data.slots.remove(i).pending {
            worker.send(Command::Cancel { req });
        }
        return;
    }
    let sold_out = walkin.lines.iter().any(|l| l.row == row && l.sold_out);
    if sold_out || !data.can_choose_more() {
        return;
    }
    let label = walkin
        .lines
        .iter()
        .find(|l| l.row == row)
        .map(|l| l.size_text.clone())
        .unwrap_or_default();
    data.slots.push(QuoteSlot {
        row: Some(row),
        label,
        pending: None,
        result: None,
        insurance: SlotInsurance::default(),
    });
    let i = data.slots.len() - 1;
    send_quote(walkin, data, i, today, worker);
}

fn quote_manual(
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    today: NaiveDate,
    worker: &mut Outbox,
) {
    let parse = |s: &str| {
        s.trim()
            .replace(',', ".")
            .parse::<rust_decimal::Decimal>()
            .ok()
    };
    let (Some(size), Some(_)) = (parse(&data.manual_size), parse(&data.manual_price)) else {
        walkin.input_error =
            Some(crate::i18n::tr("enter-the-size-and-the-price-as-numbers").into());
        return;
    };
    data.slots.retain(|s| s.row.is_some());
    if !data.can_choose_more() {
        walkin.input_error = Some(crate::i18n::tr("untick-a-size-first-at-most-4-quotes").into());
        return;
    }
    data.slots.push(QuoteSlot {
        row: None,
        label: format!("{size} ({})", crate::i18n::tr("by-hand")),
        pending: None,
        result: None,
        insurance: SlotInsurance::default(),
    });
    let i = data.slots.len() - 1;
    send_quote(walkin, data, i, today, worker);
}

/// The hand-typed size takes its group and category from the first row
/// that has them (the API needs both); without a list, group 1 and no
/// category (the server then says what it misses).
fn manual_of(walkin: &WalkinState, data: &WalkinData) -> Option<ManualSize> {
    let parse = |s: &str| s.trim().replace(',', ".").parse().ok();
    let rows: &[crate::api::walkin::PriceRow] = walkin.price_list.as_ref().map_or(&[], |l| &l.rows);
    let group = rows
        .iter()
        .find_map(|r| r.storage_group.as_ref()?.id.as_ref()?.parse().ok());
    let category = rows
        .iter()
        .find_map(|r| r.storage_category.as_ref()?.id.clone());
    Some(ManualSize {
        size: parse(&data.manual_size)?,
        price: parse(&data.manual_price)?,
        group_id: group.unwrap_or(1),
        category_id: category.unwrap_or_default(),
    })
}

fn send_quote(
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    i: usize,
    today: NaiveDate,
    worker: &mut Outbox,
) {
    let row_index = data.slots[i].row;
    let row = row_index.and_then(|r| walkin.price_list.as_ref()?.rows.get(r));
    let manual = if row_index.is_none() {
        manual_of(walkin, data)
    } else {
        None
    };
    let request = request_for(&walkin.choice, row, manual.as_ref(), today);
    let slot = &mut data.slots[i];
    if let Some(old) = slot.pending.take() {
        worker.send(Command::Cancel { req: old });
    }
    match request {
        Ok(request) => {
            let req = worker.next_id();
            slot.pending = Some(req);
            slot.result = None;
            worker.send(Command::Walkin(WalkinCommand::PreQuote {
                req,
                request: Box::new(request),
            }));
        }
        Err(e) => slot.result = Some(Err(e.message())),
    }
}

fn requote_all(
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    today: NaiveDate,
    worker: &mut Outbox,
) {
    for i in 0..data.slots.len() {
        send_quote(walkin, data, i, today, worker);
    }
}

/// A worker event for the walk-in panel; superseded answers are dropped.
pub fn on_event(
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    e: WalkinEvent,
    remembered: Option<&str>,
    today: NaiveDate,
    worker: &mut Outbox,
) {
    match e {
        WalkinEvent::Lists { req, lists } => {
            if walkin.lists_pending != Some(req) {
                return;
            }
            walkin.lists_pending = None;
            on_lists(walkin, *lists);
            default_choice(walkin, remembered);
            load_grid(walkin, worker);
        }
        WalkinEvent::PriceList { req, result } => {
            if walkin.grid_pending != Some(req) {
                return;
            }
            walkin.grid_pending = None;
            on_price_list(walkin, data, result, today, worker);
        }
        WalkinEvent::PreQuote { req, result } => {
            let Some(slot) = data.slots.iter_mut().find(|s| s.pending == Some(req)) else {
                tracing::debug!(req, "dropping a stale walk-in quote");
                return;
            };
            slot.pending = None;
            slot.result = Some(
                result
                    .map(|q| WalkinQuote::new(*q))
                    .map_err(|e| e.to_string()),
            );
            let quote = slot.result.as_ref().and_then(|r| r.as_ref().ok());
            insurance::reprice(&mut slot.insurance, quote);
        }
    }
}

fn on_lists(walkin: &mut WalkinState, lists: WalkinLists) {
    walkin.list_failures.clear();
    let mut keep = |list: &'static str, r: Result<(), ApiError>| {
        if let Err(error) = r {
            walkin.list_failures.push(ListFailure { list, error });
        }
    };
    // A list that failed keeps what an earlier load gave.
    let mut props = None;
    keep("properties", lists.properties.map(|v| props = Some(v)));
    let mut types = None;
    keep(
        "storage types",
        lists.storage_types.map(|v| types = Some(v)),
    );
    let mut users = None;
    keep("customer types", lists.user_types.map(|v| users = Some(v)));
    let mut periods = None;
    keep("payment periods", lists.periods.map(|v| periods = Some(v)));
    if let Some(v) = props {
        walkin.properties = v;
    }
    if let Some(v) = types {
        walkin.storage_types = v;
    }
    if let Some(v) = users {
        walkin.user_types = v;
    }
    if let Some(v) = periods {
        walkin.period_codes = v;
    }
}

/// A new price list: ticked sizes are matched to the new rows by size and
/// group and quoted again; sizes that are gone are kept with a message.
fn on_price_list(
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    result: Result<PriceList, ApiError>,
    today: NaiveDate,
    worker: &mut Outbox,
) {
    let list = match result {
        Ok(l) => l,
        Err(e) => {
            walkin.grid_error = Some(e);
            walkin.price_list = None;
            walkin.relayout();
            return;
        }
    };
    walkin.grid_error = None;
    let key = |l: &PriceList, r: usize| {
        let row = l.rows.get(r)?;
        Some((
            row.size(),
            row.storage_group.as_ref().and_then(|g| g.id.clone()),
        ))
    };
    let old = walkin.price_list.take();
    data.slots.retain_mut(|slot| {
        // The hand-typed size stays as it is.
        let Some(r) = slot.row else { return true };
        let wanted = old.as_ref().and_then(|o| key(o, r));
        slot.row = (0..list.rows.len()).find(|i| wanted.is_some() && key(&list, *i) == wanted);
        slot.row.is_some()
    });
    walkin.show_price_list(list);
    requote_all(walkin, data, today, worker);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::walkin::StorageType;

    fn lists(storage: Result<Vec<StorageType>, ApiError>) -> WalkinLists {
        WalkinLists {
            properties: Ok(vec![Property {
                id: Some("p1".into()),
                ..Default::default()
            }]),
            storage_types: storage,
            user_types: Ok(Vec::new()),
            periods: Ok(Vec::new()),
        }
    }

    #[test]
    fn a_list_that_fails_is_named_and_keeps_what_loaded_before() {
        let mut walkin = WalkinState::default();
        let boxes = vec![StorageType {
            id: Some("s1".into()),
            name: Some("Box".into()),
        }];
        on_lists(&mut walkin, lists(Ok(boxes.clone())));
        assert!(walkin.list_failures.is_empty());
        on_lists(&mut walkin, lists(Err(ApiError::Server { status: 503 })));
        assert_eq!(walkin.storage_types, boxes);
        assert_eq!(walkin.list_failures.len(), 1);
        assert_eq!(walkin.list_failures[0].list, "storage types");
        assert_eq!(walkin.properties.len(), 1);
    }

    #[test]
    fn the_remembered_property_is_chosen_when_it_exists() {
        let properties: Vec<Property> = ["a", "b"]
            .iter()
            .map(|id| Property {
                id: Some((*id).into()),
                ..Default::default()
            })
            .collect();
        let mut walkin = WalkinState {
            properties,
            ..Default::default()
        };
        default_choice(&mut walkin, Some("b"));
        assert_eq!(walkin.choice.property_id, "b");
        let mut st2 = WalkinState {
            properties: walkin.properties.clone(),
            ..Default::default()
        };
        default_choice(&mut st2, Some("gone"));
        assert_eq!(st2.choice.property_id, "a");
    }
}
