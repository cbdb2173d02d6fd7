//! Quote comparison: one booking's quote explained (the three views side by
//! side with the checks' doubts marked, the first payment explained, the
//! discount, and the next 12 cycles as a chart with its table), exported as
//! text or CSV; and up to four pinned quotes side by side (`pins.rs`). Its
//! sections are in `sections.rs`. Draws and emits actions only.

use crate::api::BookingId;
use crate::api::models::Quotation;
use crate::domain::quote::{
    Comparison, Figure, QuoteSummary, View, comparison_csv, comparison_text,
};
use crate::i18n::{tr, trf};
use crate::quote_sheet::SheetOption;

use super::pins;
use super::sections::{
    comparison_table, discount_section, notes_section, period_text, projection_section,
    proration_section, section_title, space_price_section, warnings_section,
};
use super::sheet;
use super::state::{
    ExportStatus, MAX_PINS, QuoteData, QuoteState, QuoteTab, booked_title, csv_file_name, sheet_for,
};
use crate::ui::action::{Action, Panel, WalkinAction};
use crate::ui::widgets;

/// Accessible name of the booking id field shown when no quote is open.
pub const LOAD_FIELD_LABEL: &str = "booking-id";

/// Draws the walk-in tab inside the Quote panel.
pub type DrawWalkin<'a> =
    dyn FnMut(&mut egui::Ui, &mut QuoteState, &QuoteData, WalkinPart, &mut Vec<Action>) + 'a;

/// What of the walk-in to draw: its whole tab, or its quotes side by side
/// (under the pinned quotes in the "Side by side" tab).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkinPart {
    Tab,
    Quotes,
}

/// What the Quote panel shows beside its own: the walk-in tab and, under
/// the booking, the desk's "Send to signing tablet" (drawn by their rooms).
pub struct Beside<'a> {
    /// The walk-in comparison was opened (its tab is offered).
    pub walkin_open: bool,
    pub draw_walkin: &'a mut DrawWalkin<'a>,
    /// The walk-in quotes answered: they are side by side too.
    pub walkin_quotes: usize,
    pub below_booking: &'a mut dyn FnMut(&mut egui::Ui, BookingId, &mut Vec<Action>),
}

pub fn show(
    ui: &mut egui::Ui,
    (quote, data): (&mut QuoteState, &mut QuoteData),
    beside: Beside<'_>,
    actions: &mut Vec<Action>,
) {
    data.reword();
    ui.horizontal(|ui| {
        ui.heading(tr("quote-comparison"));
        if ui.button(tr("new-quote-walk-in")).clicked() {
            quote.tab = QuoteTab::Walkin;
            actions.push(Action::Walkin(WalkinAction::Open));
        }
        if quote.pending.is_some() {
            ui.add_space(8.0);
            ui.spinner();
            ui.label(egui::RichText::new(tr("loading-the-quote")).weak());
        }
    });
    if let Some(booking) = data.booking {
        (beside.below_booking)(ui, booking, actions);
    }
    ui.add_space(4.0);
    if let Some(e) = &data.error {
        widgets::error_box(ui, e);
        ui.add_space(6.0);
    }

    if data.comparison.is_some() || !data.pins.is_empty() || beside.walkin_open {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut quote.tab, QuoteTab::ThisQuote, tr("this-quote"));
            // Every quote the tab shows: the pinned ones and the walk-in's.
            let pinned = trf(
                "side-by-side-count",
                &[("count", &(data.pins.len() + beside.walkin_quotes))],
            );
            ui.selectable_value(&mut quote.tab, QuoteTab::SideBySide, pinned);
            if beside.walkin_open {
                ui.selectable_value(&mut quote.tab, QuoteTab::Walkin, tr("walk-in"));
            }
        });
        ui.separator();
    }

    egui::ScrollArea::vertical()
        .id_salt("quote_scroll")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Room for the scroll bar, which floats over the content.
            ui.set_max_width(ui.available_width() - 14.0);
            match quote.tab {
                QuoteTab::SideBySide => {
                    pins::show(ui, quote, data, actions);
                    if beside.walkin_quotes > 0 {
                        ui.separator();
                        (beside.draw_walkin)(ui, quote, data, WalkinPart::Quotes, actions);
                    }
                }
                QuoteTab::Walkin => (beside.draw_walkin)(ui, quote, data, WalkinPart::Tab, actions),
                QuoteTab::ThisQuote => {
                    if data.comparison.is_some() {
                        this_quote(ui, quote, data, actions);
                    } else {
                        no_quote(ui, quote, data, actions);
                    }
                }
            }
        });
}

/// No quote yet: how to get one, and a field to load a booking by its id.
fn no_quote(
    ui: &mut egui::Ui,
    quote: &mut QuoteState,
    data: &mut QuoteData,
    actions: &mut Vec<Action>,
) {
    if quote.pending.is_some() {
        return;
    }
    ui.label(tr("no-quote-is-open"));
    ui.horizontal_wrapped(|ui| {
        ui.label(tr("look-up-a-reservation-or-booking-then-choose"));
        if ui.button(tr("go-to-lookup")).clicked() {
            actions.push(Action::Show(Panel::Lookup));
        }
    });
    ui.add_space(8.0);
    ui.label(egui::RichText::new(tr("or-load-a-bookings-quote-by-its-id")).weak());
    let mut submit = false;
    ui.horizontal(|ui| {
        let label = ui.label(tr(LOAD_FIELD_LABEL));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut data.load_input)
                    .hint_text("2553e486-65c9-411b-a478-0d0dfbd168bf")
                    .desired_width(340.0)
                    .font(egui::TextStyle::Monospace),
            )
            .labelled_by(label.id);
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            submit = true;
        }
        if ui
            .add_enabled(
                !data.load_input.trim().is_empty(),
                egui::Button::new(tr("load-quote")),
            )
            .clicked()
        {
            submit = true;
        }
    });
    if submit && !data.load_input.trim().is_empty() {
        // Checked before any request, as in Lookup.
        match BookingId::parse(&data.load_input) {
            Ok(id) => {
                data.load_input = id.to_string();
                data.load_error = None;
                actions.push(Action::OpenQuote(id));
            }
            Err(e) => data.load_error = Some(e),
        }
    }
    if let Some(e) = &data.load_error {
        ui.add_space(6.0);
        widgets::error_box(ui, e);
    }
}

/// The open quote, section after section.
fn this_quote(
    ui: &mut egui::Ui,
    quote: &mut QuoteState,
    data: &mut QuoteData,
    actions: &mut Vec<Action>,
) {
    let (Some(c), Some(summary)) = (data.comparison.as_deref(), data.summary.as_deref()) else {
        return;
    };
    header(ui, data.quotation.as_deref(), summary, c);
    ui.add_space(6.0);
    toolbar(ui, quote, data, actions);

    // The desk's next question after the price, so before the details.
    if let (Some(booking), Some(summary)) = (data.booking, data.summary.as_deref()) {
        super::insurance::view::show(ui, &mut data.insurance, (booking, summary), actions);
    }
    let Some(c) = data.comparison.as_deref() else {
        return;
    };

    section_title(ui, tr("the-three-views-of-the-quote"));
    comparison_table(ui, c);
    if !c.warnings.is_empty() {
        ui.label(
            egui::RichText::new(tr("marks-a-figure-one-of-our-checks-disagrees"))
                .small()
                .weak(),
        );
    }

    let wide = ui.available_width() > 760.0;
    let left = |ui: &mut egui::Ui| proration_section(ui, c);
    let right = |ui: &mut egui::Ui| {
        space_price_section(ui, c);
        discount_section(ui, c);
    };
    if wide {
        // Columns justify their text; `vertical` keeps it ragged.
        ui.columns(2, |cols| {
            cols[0].vertical(left);
            cols[1].vertical(right);
        });
    } else {
        left(ui);
        right(ui);
    }

    projection_section(ui, c);
    warnings_section(ui, c);
    notes_section(ui, c);
    ui.add_space(12.0);
}

/// Who, what and where, and the two payments in large type.
fn header(ui: &mut egui::Ui, q: Option<&Quotation>, s: &QuoteSummary, c: &Comparison) {
    let client = q
        .and_then(|q| q.client.as_ref())
        .and_then(|c| c.name.as_deref())
        .filter(|n| !n.trim().is_empty());
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(client.unwrap_or(tr("no-client-name")))
                        .heading()
                        .strong(),
                );
                if let Some(t) = &s.transact_id {
                    ui.label(egui::RichText::new(format!("· {t}")).heading().weak());
                }
            });
            ui.add_space(4.0);
            // The key figures beside the grid; under it on a narrow window.
            if ui.available_width() < HEADER_ONE_ROW_WIDTH {
                header_grid(ui, q, s);
                ui.add_space(8.0);
                ui.horizontal_wrapped(|ui| key_figures(ui, s, c));
            } else {
                ui.horizontal_top(|ui| {
                    header_grid(ui, q, s);
                    ui.add_space(24.0);
                    key_figures(ui, s, c);
                });
            }
            if !c.warnings.is_empty() {
                ui.add_space(6.0);
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    trf(
                        "some-of-the-apis-figures-do-not-add",
                        &[("count", &c.warnings.len())],
                    ),
                );
            }
        });
}

/// Narrower than this, the header's key figures go under its grid.
const HEADER_ONE_ROW_WIDTH: f32 = 780.0;

fn header_grid(ui: &mut egui::Ui, q: Option<&Quotation>, s: &QuoteSummary) {
    egui::Grid::new("quote_header_grid")
        .num_columns(2)
        .spacing([16.0, 3.0])
        .show(ui, |ui| {
            let unit = [
                Some(s.unit.clone()).filter(|u| !u.is_empty()),
                s.size.clone(),
                s.dimensions.as_ref().map(|d| format!("({d})")),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
            widgets::field_row(ui, tr("unit"), Some(&unit));
            let property = q.and_then(|q| q.property.as_ref()).map(|p| {
                let title = p.title().unwrap_or_default().trim();
                match p.city.as_deref().map(str::trim) {
                    Some(city)
                        if !city.is_empty()
                            && !title.to_lowercase().contains(&city.to_lowercase()) =>
                    {
                        format!("{title}, {city}")
                    }
                    _ => title.to_owned(),
                }
            });
            widgets::field_row(ui, tr("property"), property.as_deref());
            let move_in = q
                .and_then(|q| q.move_in_date.as_ref())
                .and_then(|d| d.display());
            widgets::field_row(ui, tr("move-in"), move_in.as_deref());
            ui.horizontal(|ui| {
                ui.set_min_width(110.0);
                ui.label(egui::RichText::new(tr("booking")).weak());
            });
            ui.label(
                egui::RichText::new(s.booking_id.as_deref().unwrap_or("—"))
                    .monospace()
                    .weak(),
            );
            ui.end_row();
        });
}

/// First, regular and 12-month payments in large type.
fn key_figures(ui: &mut egui::Ui, s: &QuoteSummary, c: &Comparison) {
    let prorated = c.columns[View::ProRata.index()].as_ref();
    key_figure(
        ui,
        tr("first-payment"),
        s.first_payment.as_ref(),
        prorated
            .map(|col| period_text(col.start, col.end))
            .filter(|p| !p.is_empty()),
    );
    ui.add_space(16.0);
    key_figure(
        ui,
        tr("regular-payment"),
        s.regular_payment.as_ref(),
        s.payment_period.clone(),
    );
    ui.add_space(16.0);
    // Which payments the total sums, and the period they pay for.
    key_figure(
        ui,
        &c.projection.twelve_month_label(),
        s.total_12_months.as_ref(),
        Some(c.projection.twelve_month_period()),
    );
}

/// A labelled amount in large type, with a line under it.
fn key_figure(ui: &mut egui::Ui, label: &str, f: Option<&Figure>, under: Option<String>) {
    ui.vertical(|ui| {
        ui.label(egui::RichText::new(label).weak());
        let shown = f.map_or("—", |f| f.shown.as_str());
        ui.label(egui::RichText::new(shown).size(22.0).strong());
        if let Some(u) = under {
            ui.label(egui::RichText::new(u).small().weak());
        }
    });
}

/// Pin, copy and save, with how the last export went.
fn toolbar(
    ui: &mut egui::Ui,
    quote: &mut QuoteState,
    data: &mut QuoteData,
    actions: &mut Vec<Action>,
) {
    ui.horizontal_wrapped(|ui| {
        let pin_tip = if data.current_is_pinned() {
            tr("this-quote-is-pinned-already")
        } else if data.pins.len() >= MAX_PINS {
            tr("four-quotes-are-pinned-remove-one-under-side")
        } else {
            tr("keep-this-quotes-figures-to-compare-it-with")
        };
        if ui
            .add_enabled(data.can_pin(), egui::Button::new(tr("pin-this-quote")))
            .on_hover_text(pin_tip)
            .on_disabled_hover_text(pin_tip)
            .clicked()
        {
            data.pin_current();
        }
        ui.separator();
        if ui
            .button(tr("copy-as-text"))
            .on_hover_text(tr("the-whole-comparison-as-plain-text-for-an"))
            .clicked()
            && let Some(c) = data.comparison.as_deref()
        {
            ui.ctx().copy_text(comparison_text(c));
            quote.export = Some(ExportStatus::Copied);
        }
        if ui
            .add_enabled(
                quote.save_pending.is_none(),
                egui::Button::new(tr("save-as-csv")),
            )
            .on_hover_text(tr("choose-a-file-to-save-the-comparison-in"))
            .clicked()
            && let Some(c) = data.comparison.as_deref()
        {
            actions.push(Action::SaveCsv {
                csv: comparison_csv(c),
                suggested_name: csv_file_name(data.summary.as_deref()),
            });
        }
        match &quote.export {
            None => {}
            Some(ExportStatus::Copied) => {
                ui.label(egui::RichText::new(tr("copied-to-the-clipboard")).weak());
            }
            Some(ExportStatus::Saving) => {
                ui.spinner();
                ui.label(egui::RichText::new(tr("choose-where-to-save-the-file")).weak());
            }
            Some(ExportStatus::Saved(path)) => {
                ui.label(
                    egui::RichText::new(trf("saved-to-path", &[("path", &path.display())])).weak(),
                );
            }
            Some(ExportStatus::Cancelled) => {
                ui.label(egui::RichText::new(tr("nothing-was-saved-the-dialog-was-closed")).weak());
            }
            Some(ExportStatus::Failed(e)) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    trf("the-file-was-not-saved-error", &[("error", e)]),
                );
            }
        }
    });
    sheet::controls(
        ui,
        &mut quote.sheet,
        |sheet| {
            let q = data.quotation.clone()?;
            let title = data.summary.as_deref().map(booked_title)?;
            let option = SheetOption {
                title,
                booked: true,
                quotation: q,
            };
            Some(sheet_for(sheet, None, None, vec![option]))
        },
        actions,
    );
    if !data.pins.is_empty() || data.current_is_pinned() {
        ui.horizontal_wrapped(|ui| {
            let text = if data.current_is_pinned() {
                tr("pinned-look-up-another-booking-in-lookup-then")
            } else {
                tr("look-up-another-booking-in-lookup-then-pin")
            };
            ui.label(egui::RichText::new(text).weak());
            ui.label(
                egui::RichText::new(trf(
                    "pinned-count-max",
                    &[("count", &data.pins.len()), ("max", &MAX_PINS)],
                ))
                .weak(),
            );
        });
    }
}
