//! "New quote (walk-in)": what the customer wants (property, move-in date,
//! customer type, payment period, storage type), the property's sizes and
//! prices, and up to four chosen sizes quoted side by side, with pinned
//! booked quotes beside them. Draws and emits actions only.

use chrono::NaiveDate;

use crate::domain::insurance::option_title;
use crate::domain::quote::{QuoteSummary, summary_rows};
use crate::domain::walkin::{MAX_WALKIN_QUOTES, SortBy, difference_to_cheapest, per_size_label};
use crate::i18n::{tr, trf};

use super::state::{QuoteSlot, WalkinData, WalkinState};
use crate::quote_sheet::SheetOption;
use crate::ui::action::{Action, WalkinAction};
use crate::ui::quote::sheet;
use crate::ui::quote::state::{PinnedQuote, SheetExport, pin_option, sheet_for};
use crate::ui::widgets;
use crate::ui::widgets::date_picker;

/// Accessible names the tests use.
pub const PROPERTY_LABEL: &str = "property";
pub const MOVE_IN_LABEL: &str = "move-in-date";
pub const MANUAL_SIZE_LABEL: &str = "size-by-hand";
pub const MANUAL_PRICE_LABEL: &str = "price-by-hand";

fn act(actions: &mut Vec<Action>, a: WalkinAction) {
    actions.push(Action::Walkin(a));
}

/// The whole walk-in tab.
pub fn show(
    ui: &mut egui::Ui,
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    pins: &[PinnedQuote],
    sheet: &mut SheetExport,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr("new-quote-walk-in"));
    for f in &walkin.list_failures {
        let what = trf(
            "the-list-of-list-could-not-be-loaded",
            &[("list", &tr_list(f.list)), ("error", &f.error)],
        );
        widgets::message_box(ui, &what, Some(&f.error.next_step()), true);
    }
    if !walkin.list_failures.is_empty() && ui.button(tr("load-the-lists-again")).clicked() {
        act(actions, WalkinAction::ReloadLists);
    }
    if walkin.lists_pending.is_some() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr("loading-the-lists"));
        });
    }
    form(ui, walkin, data, actions);
    if let Some(e) = &walkin.input_error {
        widgets::message_box(ui, e, None, true);
    }
    ui.separator();
    grid(ui, walkin, data, actions);
    manual_entry(ui, data, actions);
    ui.separator();
    side_by_side(ui, data, pins, actions);
    if data.slots.iter().any(|s| matches!(s.result, Some(Ok(_)))) || !pins.is_empty() {
        sheet::controls(
            ui,
            sheet,
            |sheet| Some(sheet_request(walkin, data, pins, sheet)),
            actions,
        );
    }
}

/// The sheet of what the comparison shows: the quoted sizes, then the pins.
fn sheet_request(
    walkin: &WalkinState,
    data: &WalkinData,
    pins: &[PinnedQuote],
    sheet: &SheetExport,
) -> crate::quote_sheet::SheetRequest {
    let mut options: Vec<SheetOption> = data
        .slots
        .iter()
        .filter_map(|slot| match &slot.result {
            Some(Ok(q)) => Some(SheetOption {
                title: column_title(slot),
                booked: false,
                quotation: slot.insurance.quote(q).quotation.clone(),
            }),
            _ => None,
        })
        .collect();
    options.extend(pins.iter().map(pin_option));
    let property = walkin.property().and_then(|p| p.title()).map(str::to_owned);
    sheet_for(sheet, property, walkin.choice.move_in, options)
}

fn tr_list(list: &'static str) -> &'static str {
    match list {
        "properties" => tr("properties"),
        "storage types" => tr("storage-types"),
        "customer types" => tr("customer-types"),
        _ => tr("payment-periods"),
    }
}

/// A combo box with an accessible label; `Some(new id)` when changed.
fn choose(
    ui: &mut egui::Ui,
    label: &str,
    current: &str,
    options: &[(String, String)],
) -> Option<String> {
    let mut picked = None;
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let shown = options
            .iter()
            .find(|(id, _)| id == current)
            .map_or("—", |(_, name)| name.as_str());
        egui::ComboBox::from_id_salt(label)
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (id, name) in options {
                    if ui.selectable_label(id == current, name).clicked() && id != current {
                        picked = Some(id.clone());
                    }
                }
            })
            .response
            .labelled_by(l.id);
    });
    picked
}

fn form(
    ui: &mut egui::Ui,
    walkin: &mut WalkinState,
    data: &mut WalkinData,
    actions: &mut Vec<Action>,
) {
    let named =
        |id: Option<&String>, name: Option<&String>| Some((id?.clone(), name.or(id)?.clone()));
    let props: Vec<(String, String)> = walkin
        .properties
        .iter()
        .filter_map(|p| Some((p.id.clone()?, p.title().unwrap_or("?").to_owned())))
        .collect();
    let users: Vec<(String, String)> = walkin
        .user_types
        .iter()
        .filter_map(|u| named(u.send_id().map(str::to_owned).as_ref(), u.name.as_ref()))
        .collect();
    let storages: Vec<(String, String)> = walkin
        .storage_types
        .iter()
        .filter_map(|t| named(t.id.as_ref(), t.name.as_ref()))
        .collect();
    let periods: Vec<(String, String)> = walkin
        .periods()
        .into_iter()
        // The API's code is sent; its name is shown in our words.
        .map(|p| (p.clone(), crate::domain::quote::period_name(&p)))
        .collect();
    let mut changed = false;
    if let Some(p) = choose(ui, tr(PROPERTY_LABEL), &walkin.choice.property_id, &props) {
        walkin.choice.property_id = p;
        data.slots.retain(|s| s.row.is_none());
        changed = true;
    }
    move_in(ui, walkin, actions);
    if let Some(u) = choose(ui, tr("customer-type"), &walkin.choice.user_type_id, &users) {
        walkin.choice.user_type_id = u;
        changed = true;
    }
    if let Some(p) = choose(ui, tr("payment-period"), &walkin.choice.period, &periods) {
        walkin.choice.period = p;
        changed = true;
    }
    if let Some(s) = choose(ui, tr("storage-type"), &walkin.choice.storage_id, &storages) {
        walkin.choice.storage_id = s;
        changed = true;
    }
    if changed {
        act(actions, WalkinAction::ChoiceChanged);
    }
}

/// The move-in date: typed (DD-MM-YYYY or YYYY-MM-DD) or stepped a day at a time.
fn move_in(ui: &mut egui::Ui, walkin: &mut WalkinState, actions: &mut Vec<Action>) {
    let current = walkin.choice.move_in;
    if walkin.move_in_text.is_empty()
        && let Some(d) = current
    {
        walkin.move_in_text = d.format("%d-%m-%Y").to_string();
    }
    ui.horizontal(|ui| {
        let r = widgets::labelled_text_field(
            ui,
            tr(MOVE_IN_LABEL),
            &mut walkin.move_in_text,
            "DD-MM-YYYY",
        );
        let typed = r.lost_focus() || (r.changed() && walkin.move_in_text.len() == 10);
        let step =
            |days: i64| current.and_then(|d| d.checked_add_signed(chrono::Duration::days(days)));
        let mut new = None;
        if ui.button(tr("msg-1-day-2")).clicked() {
            new = step(-1);
        }
        if ui.button(tr("msg-1-day-3")).clicked() {
            new = step(1);
        }
        if let Some(today) = walkin.today
            && let Some(d) = date_picker::calendar_button(ui, current.unwrap_or(today), today)
        {
            new = Some(d);
        }
        if typed && new.is_none() {
            new = parse_date(&walkin.move_in_text);
            if new.is_none() && !walkin.move_in_text.trim().is_empty() {
                walkin.input_error = Some(tr("write-the-move-in-date-as-dd-mm").into());
            }
        }
        if let Some(d) = new.filter(|d| Some(*d) != current) {
            walkin.move_in_text = d.format("%d-%m-%Y").to_string();
            act(actions, WalkinAction::MoveInChanged(d));
        }
    });
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%d-%m-%Y")
        .or_else(|_| NaiveDate::parse_from_str(t, "%Y-%m-%d"))
        .ok()
}

fn grid(ui: &mut egui::Ui, walkin: &mut WalkinState, data: &WalkinData, actions: &mut Vec<Action>) {
    if walkin.grid_pending.is_some() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr("loading-the-sizes-and-prices"));
        });
    }
    if let Some(e) = &walkin.grid_error {
        widgets::error_box(ui, e);
    }
    if let Some(list) = &walkin.price_list {
        for u in &list.unreadable {
            ui.label(egui::RichText::new(trf("could-not-read-part", &[("part", u)])).weak());
        }
        if list.rows.is_empty() {
            widgets::message_box(
                ui,
                tr("this-property-has-no-sizes-for-these-choices"),
                None,
                false,
            );
            return;
        }
    }
    if walkin.lines.is_empty() {
        return;
    }
    ui.label(trf(
        "tick-up-to-max-sizes-to-quote-them",
        &[("max", &MAX_WALKIN_QUOTES), ("count", &data.slots.len())],
    ));
    price_table(ui, walkin, data, actions);
}

/// A header that sorts the grid; the sorted one carries an arrow, painted
/// (egui's own fonts have no ▲ or ▼: tests/app_touch.rs looks) and said
/// in its accessible name.
fn sort_button(
    ui: &mut egui::Ui,
    walkin: &WalkinState,
    by: SortBy,
    label: &str,
    actions: &mut Vec<Action>,
) {
    let ascending = (walkin.sort == by).then_some(walkin.ascending);
    let arrow = egui::IdSalt::new("sort_arrow");
    let side = ui.text_style_height(&egui::TextStyle::Button) * 0.6;
    let button = match ascending {
        Some(_) => egui::Button::new((label, egui::Atom::custom(arrow, egui::Vec2::splat(side)))),
        None => egui::Button::new(label),
    };
    let response = button.atom_ui(ui);
    if let (Some(up), Some(rect)) = (ascending, response.rect(arrow)) {
        paint_arrow(ui.painter(), rect, up, ui.visuals().text_color());
        let said = if up {
            trf("label-sorted-ascending", &[("label", &label)])
        } else {
            trf("label-sorted-descending", &[("label", &label)])
        };
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &said));
    }
    if response.clicked() {
        act(actions, WalkinAction::Sort(by));
    }
}

/// ▲ (ascending) or ▼ filling `rect`.
fn paint_arrow(painter: &egui::Painter, rect: egui::Rect, up: bool, color: egui::Color32) {
    let points = if up {
        vec![rect.center_top(), rect.right_bottom(), rect.left_bottom()]
    } else {
        vec![rect.left_top(), rect.right_top(), rect.center_bottom()]
    };
    painter.add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

fn price_table(
    ui: &mut egui::Ui,
    walkin: &WalkinState,
    data: &WalkinData,
    actions: &mut Vec<Action>,
) {
    use egui_extras::{Column, TableBuilder};
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    TableBuilder::new(ui)
        .id_salt("walkin_prices")
        .striped(true)
        .max_scroll_height(320.0)
        .column(Column::auto().at_least(24.0))
        .columns(Column::auto().at_least(70.0), 7)
        .header(row_h + 4.0, |mut h| {
            h.col(|_| {});
            h.col(|ui| sort_button(ui, walkin, SortBy::Size, tr("size-title"), actions));
            h.col(|ui| {
                ui.strong(tr("dimensions"));
            });
            h.col(|ui| {
                ui.strong(tr("group"));
            });
            let per_size = per_size_label(&walkin.lines);
            h.col(|ui| sort_button(ui, walkin, SortBy::PerSize, per_size, actions));
            h.col(|ui| sort_button(ui, walkin, SortBy::Price, tr("standard-title"), actions));
            h.col(|ui| {
                ui.strong(tr("discounted-title"));
            });
            h.col(|ui| {
                ui.strong(tr("availability"));
            });
        })
        .body(|body| {
            body.rows(row_h, walkin.lines.len(), |mut row| {
                let l = &walkin.lines[row.index()];
                let chosen = data.chosen(l.row);
                let enabled = !l.sold_out && (chosen || data.can_choose_more());
                row.col(|ui| {
                    let mut ticked = chosen;
                    let name = trf("choose-size", &[("size", &l.size_text)]);
                    let r = ui.add_enabled(enabled, egui::Checkbox::without_text(&mut ticked));
                    r.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::CheckBox, enabled, chosen, &name)
                    });
                    if r.clicked() {
                        act(actions, WalkinAction::Toggle(l.row));
                    }
                });
                let cell = |ui: &mut egui::Ui, text: &str| {
                    let t = egui::RichText::new(text);
                    ui.label(if l.sold_out {
                        t.weak().strikethrough()
                    } else {
                        t
                    });
                };
                row.col(|ui| cell(ui, &l.size_text));
                row.col(|ui| cell(ui, &l.dimensions));
                row.col(|ui| cell(ui, &l.group));
                row.col(|ui| cell(ui, &l.per_size_text));
                row.col(|ui| cell(ui, &l.standard_text));
                row.col(|ui| cell(ui, &l.discounted_text));
                row.col(|ui| {
                    cell(ui, &l.availability);
                    if let Some(u) = &l.unreadable {
                        ui.label("(!)")
                            .on_hover_text(trf("could-not-read-part", &[("part", u)]));
                    }
                });
            });
        });
}

fn manual_entry(ui: &mut egui::Ui, data: &mut WalkinData, actions: &mut Vec<Action>) {
    ui.collapsing(tr("size-and-price-by-hand"), |ui| {
        ui.label(egui::RichText::new(tr("when-the-list-cannot-be-read-type-the")).weak());
        widgets::labelled_text_field(ui, tr(MANUAL_SIZE_LABEL), &mut data.manual_size, "6");
        widgets::labelled_text_field(ui, tr(MANUAL_PRICE_LABEL), &mut data.manual_price, "50,00");
        if ui.button(tr("quote-this-size")).clicked() {
            act(actions, WalkinAction::QuoteManual);
        }
    });
}

/// The walk-in quotes alone, side by side (the Quote panel's "Side by
/// side" tab shows them under the pinned quotes).
pub fn quotes_side_by_side(ui: &mut egui::Ui, data: &WalkinData, actions: &mut Vec<Action>) {
    side_by_side(ui, data, &[], actions);
}

fn side_by_side(
    ui: &mut egui::Ui,
    data: &WalkinData,
    pins: &[PinnedQuote],
    actions: &mut Vec<Action>,
) {
    if data.slots.is_empty() && pins.is_empty() {
        ui.label(tr("tick-sizes-in-the-list-to-quote-them"));
        return;
    }
    ui.horizontal(|ui| {
        ui.strong(tr("side-by-side"));
        if data.any_pending() {
            ui.spinner();
            if ui.button(tr("cancel-the-quotes")).clicked() {
                act(actions, WalkinAction::CancelQuotes);
            }
        }
    });
    let mut titles = Vec::new();
    let mut summaries: Vec<QuoteSummary> = Vec::new();
    let mut first_in_words = Vec::new();
    let mut cycles = Vec::new();
    for slot in &data.slots {
        match &slot.result {
            Some(Ok(q)) => {
                let q = slot.insurance.quote(q);
                titles.push(column_title(slot));
                summaries.push(q.summary.clone());
                first_in_words.push(q.proration_text.clone());
                cycles.push(q.cycles_total.clone());
            }
            Some(Err(e)) => {
                let msg = trf(
                    "the-quote-for-size-failed-error",
                    &[("size", &slot.label), ("error", e)],
                );
                widgets::message_box(ui, &msg, None, true);
            }
            None if slot.pending.is_some() => {
                ui.label(trf("quoting-size", &[("size", &slot.label)]));
            }
            None => {
                ui.label(trf("size-cancelled", &[("size", &slot.label)]));
            }
        }
    }
    for p in pins {
        titles.push(trf("booked-name", &[("name", &p.title())]));
        summaries.push(p.summary.clone());
        first_in_words.push(String::new());
        cycles.push("—".to_owned());
    }
    if summaries.is_empty() {
        return;
    }
    comparison_grid(ui, &titles, &summaries, &first_in_words, &cycles);
    insurance_rows(ui, data, actions);
}

/// "9 m³", or "9 m³ + Contents insurance (5 000,00 €)" with its insurance.
fn column_title(slot: &QuoteSlot) -> String {
    let chosen = slot.insurance.chosen.as_deref();
    let option = slot.insurance.list.as_ref().and_then(|l| l.as_ref().ok());
    let option = option.and_then(|l| l.options.iter().find(|o| Some(o.id.as_str()) == chosen));
    match (option, &slot.insurance.with) {
        (Some(o), Some(Ok(_))) => format!("{} + {}", slot.label, option_title(o)),
        _ => slot.label.clone(),
    }
}

/// Under the columns: each quoted size's insurance, chosen by staff.
fn insurance_rows(ui: &mut egui::Ui, data: &WalkinData, actions: &mut Vec<Action>) {
    ui.add_space(4.0);
    for (i, slot) in data.slots.iter().enumerate() {
        if !matches!(slot.result, Some(Ok(_))) {
            continue;
        }
        ui.horizontal_wrapped(|ui| insurance_row(ui, i, slot, actions));
    }
}

fn insurance_row(ui: &mut egui::Ui, i: usize, slot: &QuoteSlot, actions: &mut Vec<Action>) {
    let name = trf("insurance-for-size", &[("size", &slot.label)]);
    let ins = &slot.insurance;
    match &ins.list {
        None if ins.pending.is_some() => {
            ui.label(&name);
            ui.spinner();
        }
        None => {
            if ui
                .button(trf("offer-insurance-for-size", &[("size", &slot.label)]))
                .clicked()
            {
                act(actions, WalkinAction::InsuranceOptions(i));
            }
        }
        Some(Err(e)) => {
            ui.label(&name);
            ui.colored_label(ui.visuals().warn_fg_color, e);
        }
        Some(Ok(list)) if list.options.is_empty() => {
            ui.label(&name);
            ui.label(tr("no-insurance-is-offered-for-this-unit"));
        }
        Some(Ok(list)) => {
            let label = ui.label(&name);
            let shown = ins
                .chosen
                .as_ref()
                .and_then(|id| list.options.iter().find(|o| &o.id == id))
                .map_or_else(|| tr("no-insurance").to_owned(), option_title);
            let mut chosen = ins.chosen.clone();
            egui::ComboBox::from_id_salt(("walkin_insurance", i))
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, tr("no-insurance"));
                    for o in &list.options {
                        ui.selectable_value(&mut chosen, Some(o.id.clone()), option_title(o));
                    }
                })
                .response
                .labelled_by(label.id);
            if chosen != ins.chosen {
                act(
                    actions,
                    WalkinAction::ChooseInsurance {
                        slot: i,
                        option: chosen,
                    },
                );
            }
            if let Some(Err(problem)) = &ins.with {
                ui.colored_label(ui.visuals().warn_fg_color, problem);
            }
        }
    }
}

fn comparison_grid(
    ui: &mut egui::Ui,
    titles: &[String],
    summaries: &[QuoteSummary],
    first_in_words: &[String],
    cycles: &[String],
) {
    let rows = summary_rows(summaries);
    let diff = difference_to_cheapest(summaries);
    egui::ScrollArea::horizontal()
        .id_salt("walkin_side")
        .show(ui, |ui| {
            egui::Grid::new("walkin_side_grid")
                .striped(true)
                .min_col_width(140.0)
                .show(ui, |ui| {
                    ui.label("");
                    for t in titles {
                        ui.strong(t);
                    }
                    ui.end_row();
                    for r in &rows {
                        ui.label(egui::RichText::new(&r.label).weak());
                        for c in &r.cells {
                            ui.label(c);
                        }
                        ui.end_row();
                    }
                    ui.label(
                        egui::RichText::new(tr("difference-to-the-cheapest-12-months")).weak(),
                    );
                    for d in &diff {
                        ui.label(d);
                    }
                    ui.end_row();
                    ui.label(egui::RichText::new(tr("first-payment-and-12-cycles")).weak());
                    for c in cycles {
                        ui.label(c);
                    }
                    ui.end_row();
                    ui.label(egui::RichText::new(tr("first-payment-in-words")).weak());
                    for w in first_in_words {
                        ui.add(egui::Label::new(w.as_str()).wrap());
                    }
                    ui.end_row();
                });
        });
}
