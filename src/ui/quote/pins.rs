//! Pinned quotes side by side: up to four quotes in columns (unit, size,
//! price per m² or m³, first and regular payment, 12-month total, discount
//! and its duration). Pins live in memory only.

use crate::api::BookingId;
use crate::domain::quote::{QuoteSummary, summary_rows};
use crate::i18n::{tr, trf};

use super::sheet;
use super::state::{MAX_PINS, QuoteData, QuoteState, QuoteTab, pin_option, sheet_for};
use crate::ui::action::{Action, Panel};

/// The "Side by side" tab.
pub fn show(
    ui: &mut egui::Ui,
    quote: &mut QuoteState,
    data: &mut QuoteData,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if data.summary.is_some() {
            let current = data
                .quotation
                .as_ref()
                .and_then(|q| q.client.as_ref())
                .and_then(|c| c.name.clone())
                .unwrap_or_default();
            let text = if current.is_empty() {
                tr("pin-this-quote").to_owned()
            } else {
                trf("pin-this-quote-client", &[("client", &current)])
            };
            if ui
                .add_enabled(data.can_pin(), egui::Button::new(text))
                .clicked()
            {
                data.pin_current();
            }
        }
        ui.label(egui::RichText::new(tr("look-up-another-booking-in-lookup-then-pin")).weak());
        if ui.button(tr("go-to-lookup")).clicked() {
            actions.push(Action::Show(Panel::Lookup));
        }
    });
    ui.label(
        egui::RichText::new(format!(
            "{} {}",
            trf(
                "pinned-count-max-sentence",
                &[("count", &data.pins.len()), ("max", &MAX_PINS)],
            ),
            tr("pins-are-kept-until-the-app-closes")
        ))
        .small()
        .weak(),
    );
    ui.add_space(8.0);

    if data.pins.is_empty() {
        ui.label(tr("no-quote-is-pinned-yet-open-a-bookings"));
        return;
    }

    let summaries: Vec<QuoteSummary> = data.pins.iter().map(|p| p.summary.clone()).collect();
    let rows = summary_rows(&summaries);
    let n = data.pins.len();
    let label_w = 230.0;
    let spacing = ui.spacing().item_spacing.x;
    let col_w = ((ui.available_width() - label_w - spacing * (n as f32 + 1.0)) / n as f32)
        .clamp(130.0, 240.0);

    // Rows grow to fit a cell that wraps (a long discount, a unit name).
    let font = egui::TextStyle::Body.resolve(ui.style());
    let heights: Vec<f32> = rows
        .iter()
        .map(|row| {
            row.cells
                .iter()
                .map(|cell| {
                    ui.painter()
                        .layout(
                            cell.clone(),
                            font.clone(),
                            egui::Color32::WHITE,
                            col_w - 4.0,
                        )
                        .size()
                        .y
                })
                .fold(16.0_f32, f32::max)
                + 6.0
        })
        .collect();

    let mut remove: Option<usize> = None;
    let mut open: Option<BookingId> = None;
    let mut table = egui_extras::TableBuilder::new(ui)
        .id_salt("quote_pins_table")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::exact(label_w));
    for _ in 0..n {
        table = table.column(egui_extras::Column::exact(col_w));
    }
    table
        .header(64.0, |mut header| {
            header.col(|_| {});
            for (i, pin) in data.pins.iter().enumerate() {
                header.col(|ui| {
                    ui.vertical(|ui| {
                        ui.add(
                            egui::Label::new(egui::RichText::new(pin.title()).strong()).truncate(),
                        )
                        .on_hover_text(&pin.summary.heading);
                        let sub = pin
                            .summary
                            .transact_id
                            .clone()
                            .or_else(|| pin.summary.booking_id.clone())
                            .unwrap_or_default();
                        ui.label(egui::RichText::new(sub).small().weak());
                        ui.horizontal(|ui| {
                            if let Some(b) = pin.booking()
                                && ui
                                    .small_button(tr("show"))
                                    .on_hover_text(tr("show-this-quote-in-full"))
                                    .clicked()
                            {
                                open = Some(b);
                            }
                            if ui
                                .small_button(tr("remove"))
                                .on_hover_text(trf("unpin-title", &[("title", &pin.title())]))
                                .clicked()
                            {
                                remove = Some(i);
                            }
                        });
                    });
                });
            }
        })
        .body(|mut body| {
            for (row, height) in rows.iter().zip(&heights) {
                body.row(height.max(22.0), |mut r| {
                    r.col(|ui| {
                        ui.add(egui::Label::new(egui::RichText::new(&row.label).weak()).wrap());
                    });
                    for cell in &row.cells {
                        r.col(|ui| {
                            ui.add(egui::Label::new(cell).wrap());
                        });
                    }
                });
            }
        });

    ui.add_space(6.0);
    let pins = &data.pins;
    sheet::controls(
        ui,
        &mut quote.sheet,
        |sheet| {
            let options = pins.iter().map(pin_option).collect();
            Some(sheet_for(sheet, None, None, options))
        },
        actions,
    );

    if let Some(i) = remove {
        data.pins.remove(i);
    }
    if let Some(b) = open {
        quote.tab = QuoteTab::ThisQuote;
        actions.push(Action::OpenQuote(b));
    }
}
