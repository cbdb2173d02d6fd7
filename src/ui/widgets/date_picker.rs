//! A small month calendar in a menu: pick a day, days before `min` are off.
//! (egui_extras' date picker needs another date crate; chrono is ours.)

use chrono::{Datelike, Months, NaiveDate, Weekday};

use crate::i18n::tr;

/// Two letters of each day's name, Monday first ("Mo", "lu", "Mo").
fn day_heads() -> [String; 7] {
    [
        tr("monday"),
        tr("tuesday"),
        tr("wednesday"),
        tr("thursday"),
        tr("friday"),
        tr("saturday"),
        tr("sunday"),
    ]
    .map(|d| d.chars().take(2).collect())
}

/// A "Calendar…" menu button; `Some(day)` when a day was picked.
pub fn calendar_button(ui: &mut egui::Ui, current: NaiveDate, min: NaiveDate) -> Option<NaiveDate> {
    let id = egui::Id::unique("walkin_calendar_month");
    let mut picked = None;
    ui.menu_button(tr("calendar"), |ui| {
        let first = |d: NaiveDate| d.with_day(1).unwrap_or(d);
        let mut month = ui
            .data(|d| d.get_temp::<NaiveDate>(id))
            .unwrap_or_else(|| first(current));
        ui.horizontal(|ui| {
            if ui.button("<").clicked() {
                month = month.checked_sub_months(Months::new(1)).unwrap_or(month);
            }
            ui.label(format!(
                "{} {}",
                crate::domain::quote::month_word(month.month()),
                month.year()
            ));
            if ui.button(">").clicked() {
                month = month.checked_add_months(Months::new(1)).unwrap_or(month);
            }
        });
        ui.data_mut(|d| d.insert_temp(id, month));
        egui::Grid::new("walkin_calendar_grid").show(ui, |ui| {
            for h in day_heads() {
                ui.label(egui::RichText::new(h).weak());
            }
            ui.end_row();
            let lead = month.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut day = month;
            while day.month() == month.month() {
                let enabled = day >= min;
                let text = egui::RichText::new(day.day().to_string());
                let text = if day == current { text.strong() } else { text };
                if ui.add_enabled(enabled, egui::Button::new(text)).clicked() {
                    picked = Some(day);
                    ui.close();
                }
                if day.weekday() == Weekday::Sun {
                    ui.end_row();
                }
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break,
                }
            }
        });
    });
    picked
}
