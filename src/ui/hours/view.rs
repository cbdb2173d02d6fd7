//! Property hours: every property the desk has seen, open or closed now, and
//! the selected one's week (today highlighted), status with the next change,
//! office vs access hours, holiday rule, contact and data warnings.
//!
//! The time comes from the app's [`Clock`](crate::ui::clock::Clock); the panel
//! asks for one repaint at the next minute boundary (or the next opening or
//! closing, if sooner), never a repaint every frame.

use chrono::{DateTime, Datelike, Utc};

use crate::domain::hours::{WEEK, WeekSchedule, day_name};
use crate::i18n::{tr, tr_dyn, trf};
use crate::report::address_line;
use crate::worker::KeyState;

use super::state::{
    HoursState, KnownProperty, change_text, desk_equivalent, is_open, repaint_delay, slots_text,
};
use crate::ui::action::Action;
use crate::ui::clock::DeskZone;
use crate::ui::context::ViewCtx;
use crate::ui::widgets;
use crate::ui::widgets::palette;

/// The list's refresh button (tests click it by this label).
pub const REFRESH_LABEL: &str = "refresh-list";

fn state_color(visuals: &egui::Visuals, open: bool) -> egui::Color32 {
    palette::open_state(open, visuals.dark_mode)
}

fn state_label(ui: &mut egui::Ui, open: bool) {
    let text = if open { tr("open") } else { tr("closed-title") };
    let color = state_color(ui.visuals(), open);
    ui.label(egui::RichText::new(text).color(color).strong());
}

pub fn show(ui: &mut egui::Ui, hours: &mut HoursState, ctx: &ViewCtx, actions: &mut Vec<Action>) {
    let now = ctx.clock.now();
    let key_ready = matches!(ctx.key, KeyState::Set { .. });

    // Ask the list endpoint once by itself; later only on "Refresh list".
    if !hours.list_requested && hours.pending.is_none() && key_ready {
        actions.push(Action::RefreshProperties);
    }
    // Redraw at the minute boundary (or the next change), not every frame.
    ui.ctx()
        .request_repaint_after(repaint_delay(now, hours.next_change(now)));

    if hours.selected.is_none() {
        hours.selected = hours.properties.first().map(|k| k.key.clone());
    }

    ui.heading(tr("property-hours"));
    ui.add_space(6.0);

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            list_section(ui, hours, now, actions);
            ui.add_space(4.0);
            ui.separator();
            let selected = hours.selected.as_deref().and_then(|key| hours.get(key));
            match selected {
                Some(k) => details(ui, k, now, hours.desk_zone),
                None => {
                    ui.label(
                        egui::RichText::new(tr("no-property-yet-look-a-reservation-or-booking"))
                            .weak(),
                    );
                }
            }
        });
}

fn list_section(
    ui: &mut egui::Ui,
    hours: &mut HoursState,
    now: DateTime<Utc>,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(tr("properties-title"))
                .strong()
                .size(16.0),
        );
        let busy = hours.pending.is_some();
        if ui
            .add_enabled(!busy, egui::Button::new(tr(REFRESH_LABEL)))
            .on_hover_text(tr("ask-the-server-for-its-list-of-properties"))
            .clicked()
        {
            actions.push(Action::RefreshProperties);
        }
        if busy {
            ui.spinner();
        }
    });
    ui.label(
        egui::RichText::new(tr("from-this-sessions-lookups-and-the-servers-property"))
            .weak()
            .small(),
    );
    if let Some(e) = &hours.list_error {
        ui.add_space(4.0);
        widgets::message_box(
            ui,
            &trf(
                "the-property-list-could-not-be-loaded-error",
                &[("error", e)],
            ),
            Some(&format!(
                "{} {}",
                e.next_step(),
                tr("properties-seen-in-lookups-are-still-listed")
            )),
            false,
        );
    }
    if hours.properties.is_empty() {
        return;
    }
    ui.add_space(4.0);

    let mut clicked: Option<String> = None;
    egui_extras::TableBuilder::new(ui)
        .id_salt("hours_property_list")
        .striped(true)
        .vscroll(true)
        .max_scroll_height(220.0)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::auto().at_least(200.0))
        .column(egui_extras::Column::auto().at_least(120.0))
        .column(egui_extras::Column::auto().at_least(80.0))
        .column(egui_extras::Column::remainder().at_least(140.0))
        .header(22.0, |mut header| {
            for title in [
                tr("name"),
                tr("city"),
                tr("now"),
                tr("next-change-propertys-time"),
            ] {
                header.col(|ui| {
                    ui.label(egui::RichText::new(title).strong());
                });
            }
        })
        .body(|mut body| {
            for k in &hours.properties {
                let is_selected = hours.selected.as_deref() == Some(k.key.as_str());
                body.row(22.0, |mut row| {
                    row.set_selected(is_selected);
                    row.col(|ui| {
                        if ui.selectable_label(is_selected, k.title()).clicked() {
                            clicked = Some(k.key.clone());
                        }
                    });
                    row.col(|ui| {
                        ui.label(k.property.city.as_deref().unwrap_or(""));
                    });
                    row.col(|ui| state_label(ui, is_open(&k.schedule, now)));
                    row.col(|ui| {
                        ui.label(change_text(&k.schedule, now));
                    });
                });
            }
        });
    if clicked.is_some() {
        hours.selected = clicked;
    }
}

fn details(ui: &mut egui::Ui, k: &KnownProperty, now: DateTime<Utc>, desk: DeskZone) {
    let p = &k.property;
    let s = &k.schedule;

    let open = is_open(s, now);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(k.title()).heading());
        ui.add_space(12.0);
        ui.label(
            egui::RichText::new(s.status_text(now))
                .size(18.0)
                .strong()
                .color(state_color(ui.visuals(), open)),
        );
    });
    // The contact on one line: address · phone · email.
    ui.horizontal_wrapped(|ui| {
        let addr = address_line(
            p.address.as_deref(),
            p.postal_code.as_deref(),
            p.city.as_deref(),
        );
        let parts = [
            (tr("address"), Some(addr.as_str())),
            (tr("phone"), p.contact_number.as_deref()),
            (tr("email"), p.email_id.as_deref()),
        ];
        let mut first = true;
        for (label, value) in parts {
            let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
                continue;
            };
            if !first {
                ui.label(egui::RichText::new("·").weak());
            }
            first = false;
            ui.label(egui::RichText::new(label).weak());
            ui.label(v);
        }
    });

    ui.horizontal_wrapped(|ui| {
        ui.label(trf("times-are-in-zone", &[("zone", &s.tz.name())]));
        if let Some(line) = desk_equivalent(s, now, desk) {
            ui.label(egui::RichText::new(line).weak());
        }
    });

    ui.add_space(6.0);
    // Wide: the week on the left, the hours texts and holiday rule beside it.
    if ui.available_width() >= 760.0 {
        ui.columns(2, |cols| {
            week_section(&mut cols[0], s, now);
            // Not justified: the columns' layout would stretch wrapped text.
            cols[1].vertical(|ui| texts_section(ui, s));
        });
    } else {
        week_section(ui, s, now);
        ui.add_space(6.0);
        texts_section(ui, s);
    }

    if !s.warnings.is_empty() {
        ui.add_space(8.0);
        warnings_box(ui, s);
    }
}

fn week_section(ui: &mut egui::Ui, s: &WeekSchedule, now: DateTime<Utc>) {
    ui.label(
        egui::RichText::new(tr("office-hours-week-by-week"))
            .strong()
            .size(16.0),
    );
    week_table(ui, s, now);
}

fn texts_section(ui: &mut egui::Ui, s: &WeekSchedule) {
    hours_text_box(
        ui,
        tr("office-staff-at-the-desk"),
        s.office_hours_text.as_deref(),
        tr("as-the-server-writes-it-the-week-table"),
    );
    ui.add_space(4.0);
    hours_text_box(
        ui,
        tr("access-tenants-gate"),
        s.access_hours_text.as_deref(),
        tr("given-as-text-only-not-part-of-the"),
    );
    ui.add_space(4.0);
    ui.label(s.holiday_text());
}

fn hours_text_box(ui: &mut egui::Ui, title: &str, text: Option<&str>, note: &str) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(title).strong());
        match text {
            Some(t) => ui.label(t),
            None => ui.label(egui::RichText::new(tr("not-given-by-the-server")).weak()),
        };
        ui.label(egui::RichText::new(note).weak().small());
    });
}

fn week_table(ui: &mut egui::Ui, s: &WeekSchedule, now: DateTime<Utc>) {
    let local_today = s.local(now).date_naive();
    let today = local_today.weekday();
    let holiday_today = s.holiday_on(local_today);
    egui_extras::TableBuilder::new(ui)
        .id_salt("hours_week")
        .striped(false)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::auto().at_least(160.0))
        .column(egui_extras::Column::auto().at_least(130.0))
        .column(egui_extras::Column::remainder().at_least(60.0))
        .header(22.0, |mut header| {
            for title in [tr("day"), tr("office-hours"), tr("status")] {
                header.col(|ui| {
                    ui.label(egui::RichText::new(title).strong());
                });
            }
        })
        .body(|mut body| {
            for wd in WEEK {
                let is_today = wd == today;
                let day = s.day(wd);
                let (hours_text, open) = match (is_today, holiday_today) {
                    (true, Some(h)) => {
                        let eff = s.intervals_on(local_today);
                        let text = if eff.is_empty() {
                            tr("closed").to_string()
                        } else {
                            slots_text(&eff)
                        };
                        (format!("{}: {text}", tr_dyn(h)), !eff.is_empty())
                    }
                    _ => match day {
                        None => (tr("no-data-closed").to_string(), false),
                        Some(d) if d.closed => (tr("closed").to_string(), false),
                        Some(d) => (slots_text(&d.open_intervals()), true),
                    },
                };
                body.row(22.0, |mut row| {
                    row.set_selected(is_today);
                    row.col(|ui| {
                        let shown = day_name(wd);
                        let name = egui::RichText::new(shown);
                        ui.label(if is_today { name.strong() } else { name });
                        // The API's own name ("lundi"), unless it says the same.
                        if let Some(local) = day
                            .and_then(|d| d.local_name.as_deref())
                            .map(str::trim)
                            .filter(|l| !l.is_empty() && l.to_lowercase() != shown.to_lowercase())
                        {
                            ui.label(egui::RichText::new(local).weak());
                        }
                        if is_today {
                            ui.label(egui::RichText::new(tr("today")).small().strong());
                        }
                    });
                    row.col(|ui| {
                        ui.label(hours_text);
                    });
                    row.col(|ui| state_label(ui, open));
                });
            }
        });
}

fn warnings_box(ui: &mut egui::Ui, s: &WeekSchedule) {
    let color = ui.visuals().warn_fg_color;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, color))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.colored_label(
                color,
                tr("the-servers-opening-hours-for-this-property-look"),
            );
            for w in &s.warnings {
                ui.label(format!("• {w}"));
            }
        });
}
