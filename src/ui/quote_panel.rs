//! Quote comparison: one booking's quote explained (the three views side by
//! side with the checks' doubts marked, the first payment explained, the
//! discount, and the next 12 cycles as a chart with its table), exported as
//! text or CSV; and up to four pinned quotes side by side (`quote_pins`).
//!
//! The comparison is built once, when the quotation arrives; a frame only
//! draws it.

use std::path::PathBuf;

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;

use crate::api::models::Quotation;
use crate::api::{ApiError, BookingId};
use crate::domain::quote::{
    CheckWarning, Comparison, Field, Figure, ProrationKind, QuoteSummary, Target, TotalKind, View,
    compare_quotation, comparison_csv, comparison_text, summarize,
};
use crate::i18n::tr;
use crate::worker::RequestId;

use super::app::{Action, AppState, Panel};
use super::quote_pins::{self, PinnedQuote};
use super::widgets;

/// Accessible name of the booking id field shown when no quote is open.
pub const LOAD_FIELD_LABEL: &str = "Booking id";
/// Most quotes that can be pinned side by side.
pub const MAX_PINS: usize = 4;

/// What the panel shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QuoteTab {
    /// The current booking's quote in full.
    #[default]
    ThisQuote,
    /// The pinned quotes in columns.
    SideBySide,
}

/// How the last export went (shown beside the export buttons).
#[derive(Debug, Clone, PartialEq)]
pub enum ExportStatus {
    Copied,
    /// The save dialog is open.
    Saving,
    Saved(PathBuf),
    /// The dialog was closed without choosing a file.
    Cancelled,
    Failed(String),
}

/// The Quote panel's state (memory only; a kiosk reset clears it, pins too).
#[derive(Debug, Default)]
pub struct QuoteState {
    pub booking: Option<BookingId>,
    pub pending: Option<RequestId>,
    pub quotation: Option<Box<Quotation>>,
    /// Built once from `quotation` when it arrives.
    pub comparison: Option<Box<Comparison>>,
    /// The side-by-side figures of `quotation` (what "Pin" keeps).
    pub summary: Option<Box<QuoteSummary>>,
    /// Why the last quote request failed; what is on screen stays.
    pub error: Option<ApiError>,
    /// Pinned quotes, at most [`MAX_PINS`].
    pub pins: Vec<PinnedQuote>,
    pub tab: QuoteTab,
    /// The "Load booking" field (shown when no quote is open).
    pub load_input: String,
    pub load_error: Option<ApiError>,
    pub export: Option<ExportStatus>,
    /// The save dialog's request, while it is open.
    pub save_pending: Option<RequestId>,
}

impl QuoteState {
    /// Shows `q` (from a lookup or a quote request): builds its comparison.
    pub fn show_quotation(&mut self, booking: Option<BookingId>, q: Quotation) {
        // A quote request still on its way is for something older: drop it.
        self.pending = None;
        self.booking = booking.or_else(|| q.id.as_deref().and_then(|i| BookingId::parse(i).ok()));
        self.comparison = Some(Box::new(compare_quotation(&q)));
        self.summary = Some(Box::new(summarize(&q)));
        self.quotation = Some(Box::new(q));
        self.error = None;
        self.load_error = None;
        // "Copied" or "Saved" was about the previous quote.
        if self.save_pending.is_none() {
            self.export = None;
        }
    }

    /// The worker's answer to a quote request; a superseded one is dropped.
    pub fn on_quote(&mut self, req: RequestId, result: Result<Box<Quotation>, ApiError>) {
        if self.pending != Some(req) {
            tracing::debug!(req, "dropping a superseded quote");
            return;
        }
        self.pending = None;
        match result {
            Ok(q) => {
                let booking = self.booking;
                self.show_quotation(booking, *q);
            }
            Err(e) => self.error = Some(e),
        }
    }

    /// The save dialog was opened for request `req`.
    pub fn save_started(&mut self, req: RequestId) {
        self.save_pending = Some(req);
        self.export = Some(ExportStatus::Saving);
    }

    /// The save dialog closed: saved, cancelled or failed.
    pub fn on_csv_saved(&mut self, req: RequestId, result: Result<Option<PathBuf>, String>) {
        if self.save_pending != Some(req) {
            return;
        }
        self.save_pending = None;
        self.export = Some(match result {
            Ok(Some(path)) => ExportStatus::Saved(path),
            Ok(None) => ExportStatus::Cancelled,
            Err(e) => ExportStatus::Failed(e),
        });
    }

    /// Whether the current quote is among the pins.
    pub fn current_is_pinned(&self) -> bool {
        self.summary
            .as_deref()
            .is_some_and(|s| self.pins.iter().any(|p| p.same_booking(s)))
    }

    /// Whether "Pin this quote" can be used now.
    pub fn can_pin(&self) -> bool {
        self.summary.is_some() && self.pins.len() < MAX_PINS && !self.current_is_pinned()
    }

    /// Pins the current quote (when [`Self::can_pin`]).
    pub fn pin_current(&mut self) {
        if !self.can_pin() {
            return;
        }
        if let Some(summary) = self.summary.as_deref() {
            let client = self
                .quotation
                .as_ref()
                .and_then(|q| q.client.as_ref())
                .and_then(|c| c.name.clone())
                .filter(|n| !n.trim().is_empty());
            self.pins.push(PinnedQuote {
                summary: summary.clone(),
                client,
            });
        }
    }
}

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    let quote = &mut state.quote;
    ui.horizontal(|ui| {
        ui.heading(tr("Quote comparison"));
        if quote.pending.is_some() {
            ui.add_space(8.0);
            ui.spinner();
            ui.label(egui::RichText::new(tr("Loading the quote…")).weak());
        }
    });
    ui.add_space(4.0);
    if let Some(e) = &quote.error {
        widgets::error_box(ui, e);
        ui.add_space(6.0);
    }

    if quote.comparison.is_some() || !quote.pins.is_empty() {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut quote.tab, QuoteTab::ThisQuote, tr("This quote"));
            let pinned = format!("{} ({}/{MAX_PINS})", tr("Side by side"), quote.pins.len());
            ui.selectable_value(&mut quote.tab, QuoteTab::SideBySide, pinned);
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
                QuoteTab::SideBySide => quote_pins::show(ui, quote, actions),
                QuoteTab::ThisQuote => {
                    if quote.comparison.is_some() {
                        this_quote(ui, quote, actions);
                    } else {
                        no_quote(ui, quote, actions);
                    }
                }
            }
        });
}

/// No quote yet: how to get one, and a field to load a booking by its id.
fn no_quote(ui: &mut egui::Ui, quote: &mut QuoteState, actions: &mut Vec<Action>) {
    if quote.pending.is_some() {
        return;
    }
    ui.label(tr("No quote is open."));
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(
            "Look up a reservation or booking, then choose \"Open in Quote comparison\" on its card.",
        ));
        if ui.button(tr("Go to Lookup")).clicked() {
            actions.push(Action::Show(Panel::Lookup));
        }
    });
    ui.add_space(8.0);
    ui.label(egui::RichText::new(tr("Or load a booking's quote by its id:")).weak());
    let mut submit = false;
    ui.horizontal(|ui| {
        let label = ui.label(tr(LOAD_FIELD_LABEL));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut quote.load_input)
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
                !quote.load_input.trim().is_empty(),
                egui::Button::new(tr("Load quote")),
            )
            .clicked()
        {
            submit = true;
        }
    });
    if submit && !quote.load_input.trim().is_empty() {
        // Checked before any request, as in Lookup.
        match BookingId::parse(&quote.load_input) {
            Ok(id) => {
                quote.load_input = id.to_string();
                quote.load_error = None;
                actions.push(Action::OpenQuote(id));
            }
            Err(e) => quote.load_error = Some(e),
        }
    }
    if let Some(e) = &quote.load_error {
        ui.add_space(6.0);
        widgets::error_box(ui, e);
    }
}

/// The open quote, section after section.
fn this_quote(ui: &mut egui::Ui, quote: &mut QuoteState, actions: &mut Vec<Action>) {
    let (Some(c), Some(summary)) = (quote.comparison.as_deref(), quote.summary.as_deref()) else {
        return;
    };
    header(ui, quote.quotation.as_deref(), summary, c);
    ui.add_space(6.0);
    toolbar(ui, quote, actions);
    let Some(c) = quote.comparison.as_deref() else {
        return;
    };

    section_title(ui, tr("The three views of the quote"));
    comparison_table(ui, c);
    if !c.warnings.is_empty() {
        ui.label(
            egui::RichText::new(tr(
                "! marks a figure one of our checks disagrees with; point at it for the reason. The amounts are the API's own.",
            ))
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

fn section_title(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(egui::RichText::new(title).strong().size(16.0));
    ui.add_space(2.0);
}

fn date_text(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

fn period_text(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (Some(a), Some(b)) => format!("{} – {}", date_text(a), date_text(b)),
        (Some(a), None) => format!("{} {}", tr("from"), date_text(a)),
        (None, Some(b)) => format!("{} {}", tr("until"), date_text(b)),
        (None, None) => String::new(),
    }
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
                    egui::RichText::new(client.unwrap_or(tr("(no client name)")))
                        .heading()
                        .strong(),
                );
                if let Some(t) = &s.transact_id {
                    ui.label(egui::RichText::new(format!("· {t}")).heading().weak());
                }
            });
            ui.add_space(4.0);
            ui.horizontal_top(|ui| {
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
                        widgets::field_row(ui, tr("Unit"), Some(&unit));
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
                        widgets::field_row(ui, tr("Property"), property.as_deref());
                        let move_in = q
                            .and_then(|q| q.move_in_date.as_ref())
                            .and_then(|d| d.display());
                        widgets::field_row(ui, tr("Move-in"), move_in.as_deref());
                        ui.horizontal(|ui| {
                            ui.set_min_width(110.0);
                            ui.label(egui::RichText::new(tr("Booking")).weak());
                        });
                        ui.label(
                            egui::RichText::new(s.booking_id.as_deref().unwrap_or("—"))
                                .monospace()
                                .weak(),
                        );
                        ui.end_row();
                    });
                ui.add_space(24.0);
                let prorated = c.columns[View::ProRata.index()].as_ref();
                key_figure(
                    ui,
                    tr("First payment"),
                    s.first_payment.as_ref(),
                    prorated
                        .map(|col| period_text(col.start, col.end))
                        .filter(|p| !p.is_empty()),
                );
                ui.add_space(16.0);
                key_figure(
                    ui,
                    tr("Regular payment"),
                    s.regular_payment.as_ref(),
                    s.payment_period.clone(),
                );
                ui.add_space(16.0);
                key_figure(
                    ui,
                    tr("12-month total"),
                    s.total_12_months.as_ref(),
                    Some(format!(
                        "{} {}, {}",
                        c.projection.payments_in_12_months,
                        tr("payments"),
                        tr("projected")
                    )),
                );
            });
            if !c.warnings.is_empty() {
                ui.add_space(6.0);
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!(
                        "{} ({} {})",
                        tr("Some of the API's figures do not add up: they are marked ! below and explained under Checks"),
                        c.warnings.len(),
                        tr("checks")
                    ),
                );
            }
        });
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
fn toolbar(ui: &mut egui::Ui, quote: &mut QuoteState, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        let pin_tip = if quote.current_is_pinned() {
            tr("This quote is pinned already.")
        } else if quote.pins.len() >= MAX_PINS {
            tr("Four quotes are pinned: remove one under Side by side first.")
        } else {
            tr("Keep this quote's figures to compare it with other bookings (this session only).")
        };
        if ui
            .add_enabled(quote.can_pin(), egui::Button::new(tr("Pin this quote")))
            .on_hover_text(pin_tip)
            .on_disabled_hover_text(pin_tip)
            .clicked()
        {
            quote.pin_current();
        }
        ui.separator();
        if ui
            .button(tr("Copy as text"))
            .on_hover_text(tr("The whole comparison as plain text, for an email or a note."))
            .clicked()
            && let Some(c) = quote.comparison.as_deref()
        {
            ui.ctx().copy_text(comparison_text(c));
            quote.export = Some(ExportStatus::Copied);
        }
        if ui
            .add_enabled(
                quote.save_pending.is_none(),
                egui::Button::new(tr("Save as CSV…")),
            )
            .on_hover_text(tr(
                "Choose a file to save the comparison in, for a spreadsheet. Nothing is saved unless you choose one.",
            ))
            .clicked()
            && let Some(c) = quote.comparison.as_deref()
        {
            actions.push(Action::SaveCsv {
                csv: comparison_csv(c),
                suggested_name: csv_file_name(quote.summary.as_deref()),
            });
        }
        match &quote.export {
            None => {}
            Some(ExportStatus::Copied) => {
                ui.label(egui::RichText::new(tr("Copied to the clipboard.")).weak());
            }
            Some(ExportStatus::Saving) => {
                ui.spinner();
                ui.label(egui::RichText::new(tr("Choose where to save the file…")).weak());
            }
            Some(ExportStatus::Saved(path)) => {
                ui.label(
                    egui::RichText::new(format!("{} {}", tr("Saved to"), path.display())).weak(),
                );
            }
            Some(ExportStatus::Cancelled) => {
                ui.label(egui::RichText::new(tr("Nothing was saved.")).weak());
            }
            Some(ExportStatus::Failed(e)) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("{} {e}", tr("The file was not saved:")),
                );
            }
        }
    });
    if !quote.pins.is_empty() || quote.current_is_pinned() {
        ui.horizontal_wrapped(|ui| {
            let text = if quote.current_is_pinned() {
                tr("Pinned. Look up another booking in Lookup, then pin it here.")
            } else {
                tr("Look up another booking in Lookup, then pin it here.")
            };
            ui.label(egui::RichText::new(text).weak());
            ui.label(
                egui::RichText::new(format!("{} {}/{MAX_PINS}", tr("Pinned:"), quote.pins.len()))
                    .weak(),
            );
        });
    }
}

/// "quote-ACT1.csv": letters, digits and dashes only.
pub fn csv_file_name(s: Option<&QuoteSummary>) -> String {
    let id = s
        .and_then(|s| s.transact_id.clone().or_else(|| s.booking_id.clone()))
        .unwrap_or_default();
    let clean: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(40)
        .collect();
    if clean.is_empty() {
        "quote.csv".into()
    } else {
        format!("quote-{clean}.csv")
    }
}

/// The heading of a view's column.
fn view_title(view: View, c: &Comparison) -> &'static str {
    match view {
        View::Preview => tr("Preview"),
        View::Billing => tr("Full cycle"),
        View::ProRata => match c.proration.as_ref().map(|p| p.kind) {
            Some(ProrationKind::FullCycle) => tr("First period"),
            _ => tr("Prorated first period"),
        },
    }
}

fn view_description(view: View) -> &'static str {
    match view {
        View::Preview => tr("Live preview of the booking (subscription)"),
        View::Billing => tr("One complete billing cycle (billingSubscription)"),
        View::ProRata => {
            tr("First period, from move-in to the end of the cycle (proRataSubscription)")
        }
    }
}

fn field_title(field: Field) -> &'static str {
    match field {
        Field::Taxable => tr("taxable"),
        Field::Tax => tr("tax"),
        Field::Payable => tr("payable"),
        Field::TaxRate => tr("tax rate"),
    }
}

fn total_title(kind: TotalKind) -> &'static str {
    match kind {
        TotalKind::NonTaxable => tr("non-taxable"),
        TotalKind::Taxable => tr("taxable"),
        TotalKind::Tax => tr("tax"),
        TotalKind::Net => tr("net (to pay)"),
        TotalKind::Gross => tr("gross"),
    }
}

/// An amount right-aligned in its cell; a disputed one in the warning colour
/// with " !" and the checks' messages as its tooltip.
fn amount_cell(
    ui: &mut egui::Ui,
    shown: Option<&str>,
    flagged: bool,
    why: &[&CheckWarning],
    strong: bool,
) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let Some(shown) = shown else {
            ui.label(egui::RichText::new("—").weak());
            return;
        };
        if flagged {
            let warn = ui.visuals().warn_fg_color;
            let r = ui.label(
                egui::RichText::new(format!("{shown} !"))
                    .color(warn)
                    .strong(),
            );
            if why.is_empty() {
                r.on_hover_text(tr("A check disagrees with this figure: see Checks below."));
            } else {
                r.on_hover_ui(|ui| {
                    ui.set_max_width(420.0);
                    ui.label(egui::RichText::new(tr("Our check disagrees:")).strong());
                    for w in why {
                        ui.label(format!("• {}", w.message));
                    }
                });
            }
        } else {
            let text = egui::RichText::new(shown);
            ui.label(if strong { text.strong() } else { text });
        }
    });
}

/// [`amount_cell`] in a fixed width (for grids, whose last column would
/// otherwise take the rest of the line).
fn fixed_amount(
    ui: &mut egui::Ui,
    width: f32,
    shown: Option<&str>,
    flagged: bool,
    why: &[&CheckWarning],
    strong: bool,
) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::right_to_left(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            amount_cell(ui, shown, flagged, why, strong);
        },
    );
}

/// Rows are line items × (taxable, tax rate, tax, payable), then the totals;
/// columns are the views the response has.
fn comparison_table(ui: &mut egui::Ui, c: &Comparison) {
    let views: Vec<View> = View::ALL
        .into_iter()
        .filter(|v| c.columns[v.index()].is_some())
        .collect();
    if views.is_empty() {
        ui.label(egui::RichText::new(tr("The response has no prices to compare.")).weak());
        return;
    }
    let label_w = 180.0;
    let field_w = 80.0;
    let spacing = ui.spacing().item_spacing.x;
    let avail = ui.available_width() - label_w - field_w - spacing * (views.len() as f32 + 2.0);
    let view_w = (avail / views.len() as f32).clamp(110.0, 220.0);

    let mut table = egui_extras::TableBuilder::new(ui)
        .id_salt("quote_comparison_table")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::exact(label_w))
        .column(egui_extras::Column::exact(field_w));
    for _ in &views {
        table = table.column(egui_extras::Column::exact(view_w));
    }
    table
        .header(40.0, |mut header| {
            header.col(|_| {});
            header.col(|_| {});
            for v in &views {
                header.col(|ui| {
                    ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
                        ui.label(egui::RichText::new(view_title(*v, c)).strong())
                            .on_hover_text(view_description(*v));
                        if let Some(p) = c.columns[v.index()].as_ref().and_then(|col| {
                            let t = period_text(col.start, col.end);
                            if t.is_empty() {
                                col.period.clone()
                            } else {
                                Some(t)
                            }
                        }) {
                            ui.label(egui::RichText::new(p).small().weak());
                        }
                    });
                });
            }
        })
        .body(|mut body| {
            for row in &c.rows {
                for (i, field) in [Field::Taxable, Field::TaxRate, Field::Tax, Field::Payable]
                    .into_iter()
                    .enumerate()
                {
                    body.row(20.0, |mut r| {
                        r.set_overline(i == 0);
                        r.col(|ui| {
                            if i == 0 {
                                let label = ui.label(egui::RichText::new(&row.label).strong());
                                let mut tip: Vec<String> = row.detail.iter().cloned().collect();
                                for v in &views {
                                    if let Some(q) = row.cells[v.index()]
                                        .as_ref()
                                        .and_then(|cell| cell.quantity.as_deref())
                                    {
                                        tip.push(format!("{}: {q}", view_title(*v, c)));
                                    }
                                }
                                if !tip.is_empty() {
                                    label.on_hover_text(tip.join("\n"));
                                }
                            } else if i == 1
                                && let Some(d) = &row.detail
                            {
                                // What the line is ("Padlock"), under its name.
                                ui.add(egui::Label::new(egui::RichText::new(d).weak()).truncate())
                                    .on_hover_text(d);
                            }
                        });
                        r.col(|ui| {
                            ui.label(egui::RichText::new(field_title(field)).weak());
                        });
                        for v in &views {
                            r.col(|ui| {
                                let cell = row.cells[v.index()].as_ref();
                                let target = Target::Line {
                                    view: *v,
                                    kind: row.kind,
                                    index: row.index,
                                    field,
                                };
                                let why: Vec<&CheckWarning> = c.warnings_at(target).collect();
                                if field == Field::TaxRate {
                                    let rate = cell.and_then(|cell| cell.tax_rate.as_ref());
                                    amount_cell(
                                        ui,
                                        rate.map(|r| r.shown.as_str()),
                                        rate.is_some_and(|r| r.flagged) || !why.is_empty(),
                                        &why,
                                        false,
                                    );
                                } else {
                                    let f = cell.and_then(|cell| cell.get(field));
                                    amount_cell(
                                        ui,
                                        f.map(|f| f.shown.as_str()),
                                        f.is_some_and(|f| f.flagged),
                                        &why,
                                        field == Field::Payable,
                                    );
                                }
                            });
                        }
                    });
                }
            }
            for (i, total) in c.totals.iter().enumerate() {
                body.row(20.0, |mut r| {
                    r.set_overline(i == 0);
                    r.col(|ui| {
                        if i == 0 {
                            ui.label(egui::RichText::new(tr("Total")).strong());
                        }
                    });
                    let net = total.kind == TotalKind::Net;
                    r.col(|ui| {
                        let t = egui::RichText::new(total_title(total.kind));
                        ui.label(if net { t.strong() } else { t.weak() });
                    });
                    for v in &views {
                        r.col(|ui| {
                            let f = total.cells[v.index()].as_ref();
                            let why: Vec<&CheckWarning> = c
                                .warnings_at(Target::Total {
                                    view: *v,
                                    kind: total.kind,
                                })
                                .collect();
                            amount_cell(
                                ui,
                                f.map(|f| f.shown.as_str()),
                                f.is_some_and(|f| f.flagged),
                                &why,
                                net,
                            );
                        });
                    }
                });
            }
        });
}

/// "Why is the first payment different?"
fn proration_section(ui: &mut egui::Ui, c: &Comparison) {
    let Some(p) = &c.proration else {
        section_title(ui, tr("The first payment"));
        ui.label(egui::RichText::new(tr("The response has no first period to explain.")).weak());
        return;
    };
    section_title(
        ui,
        match p.kind {
            ProrationKind::Prorated => tr("Why is the first payment different?"),
            ProrationKind::FullCycle => tr("The first payment"),
        },
    );
    ui.add(egui::Label::new(&p.text).wrap());
    if let Some(d) = &p.discount_text {
        ui.add_space(2.0);
        ui.add(egui::Label::new(d).wrap());
    }
    if p.agrees == Some(false) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr("Our reproduction of the prorated rent does not match the API's figure."),
        );
    }
    for n in &p.notes {
        ui.add(egui::Label::new(egui::RichText::new(format!("• {n}")).weak()).wrap());
    }
}

/// "Standard vs discounted": the space price and what the discount saves.
fn space_price_section(ui: &mut egui::Ui, c: &Comparison) {
    section_title(ui, tr("Standard vs discounted"));
    let Some(sp) = &c.space_price else {
        ui.label(
            egui::RichText::new(tr("The response has no standard price to compare with.")).weak(),
        );
        return;
    };
    let w = 80.0;
    egui::Grid::new("quote_space_price")
        .num_columns(4)
        .spacing([14.0, 3.0])
        .show(ui, |ui| {
            ui.label("");
            for f in [Field::Taxable, Field::Tax, Field::Payable] {
                ui.allocate_ui_with_layout(
                    egui::vec2(w, ui.spacing().interact_size.y),
                    egui::Layout::right_to_left(egui::Align::Center),
                    |ui| {
                        ui.set_min_width(w);
                        ui.label(egui::RichText::new(field_title(f)).weak());
                    },
                );
            }
            ui.end_row();
            for (label, prices, discounted) in [
                (tr("Standard"), &sp.standard, Some(false)),
                (tr("Discounted"), &sp.discounted, Some(true)),
                (tr("Saving per cycle"), &sp.saving, None),
            ] {
                ui.label(label);
                for f in [Field::Taxable, Field::Tax, Field::Payable] {
                    let fig = prices.get(f);
                    let why: Vec<&CheckWarning> = match discounted {
                        Some(d) => c
                            .warnings_at(Target::SpacePrice {
                                discounted: d,
                                field: f,
                            })
                            .collect(),
                        None => Vec::new(),
                    };
                    fixed_amount(
                        ui,
                        w,
                        fig.map(|x| x.shown.as_str()),
                        fig.is_some_and(|x| x.flagged),
                        &why,
                        f == Field::Payable,
                    );
                }
                ui.end_row();
            }
        });
    ui.add(egui::Label::new(&sp.text).wrap());
}

/// "How long does the discount last?"
fn discount_section(ui: &mut egui::Ui, c: &Comparison) {
    section_title(ui, tr("How long does the discount last?"));
    let Some(d) = &c.discount else {
        ui.label(tr("This quote has no discount."));
        return;
    };
    egui::Grid::new("quote_discount")
        .num_columns(2)
        .spacing([16.0, 3.0])
        .show(ui, |ui| {
            widgets::field_row(ui, tr("Discount"), d.name.as_deref());
            widgets::field_row(ui, tr("Value"), Some(&d.value));
            widgets::field_row(ui, tr("Applies to"), Some(&d.duration));
            let until = d.expiration.map(date_text);
            widgets::field_row(ui, tr("Ends"), until.as_deref());
        });
}

/// The first payment and the next 12 cycles: a chart and, beside it, the
/// same figures as a table (the chart is not readable by a screen reader).
fn projection_section(ui: &mut egui::Ui, c: &Comparison) {
    let p = &c.projection;
    let title = match &p.cadence_label {
        Some(cadence) => format!("{} · {cadence}", tr("Payments over the next 12 cycles")),
        None => tr("Payments over the next 12 cycles").to_owned(),
    };
    section_title(ui, &title);
    if p.cycles.is_empty() {
        ui.label(egui::RichText::new(tr("Not enough figures to project the next cycles.")).weak());
        return;
    }
    let table_w = 548.0;
    let side_by_side = ui.available_width() >= table_w + 280.0;
    if side_by_side {
        let chart_w = ui.available_width() - table_w - 16.0;
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(chart_w, 330.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| projection_chart(ui, c, chart_w),
            );
            ui.add_space(8.0);
            ui.allocate_ui_with_layout(
                egui::vec2(table_w, 330.0),
                egui::Layout::top_down(egui::Align::Min),
                |ui| projection_table(ui, c),
            );
        });
    } else {
        projection_chart(ui, c, ui.available_width());
        ui.add_space(6.0);
        projection_table(ui, c);
    }
    for n in &p.notes {
        ui.add(egui::Label::new(egui::RichText::new(format!("• {n}")).weak()).wrap());
    }
}

fn as_f64(f: &Figure) -> Option<f64> {
    f.value.to_f64()
}

fn projection_chart(ui: &mut egui::Ui, c: &Comparison, width: f32) {
    use egui_plot::{Bar, BarChart, Corner, Legend, Plot};
    let p = &c.projection;
    let with_color = ui.visuals().selection.bg_fill;
    let without_color = ui.visuals().weak_text_color().gamma_multiply(0.7);
    type Pick = fn(&crate::domain::quote::CycleRow) -> Option<&Figure>;
    let bars = |pick: Pick, offset: f64, color: egui::Color32| {
        p.cycles
            .iter()
            .filter_map(|r| {
                let f = pick(r)?;
                Some(
                    Bar::new(r.index as f64 + offset, as_f64(f)?)
                        .width(0.4)
                        .fill(color)
                        .stroke(egui::Stroke::NONE)
                        .name(format!("{}: {}", r.label, f.shown)),
                )
            })
            .collect::<Vec<_>>()
    };
    let highest = p
        .cycles
        .iter()
        .flat_map(|r| [&r.with_discount, &r.without_discount])
        .filter_map(|f| f.as_ref().and_then(as_f64))
        .fold(0.0_f64, f64::max);
    let with = BarChart::new(
        tr("With discount"),
        bars(|r| r.with_discount.as_ref(), -0.2, with_color),
    )
    .color(with_color)
    .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let without = BarChart::new(
        tr("Without discount"),
        bars(|r| r.without_discount.as_ref(), 0.2, without_color),
    )
    .color(without_color)
    .element_formatter(Box::new(|bar, _| bar.name.clone()));
    let first_prorated = p.cycles.first().is_some_and(|r| r.prorated);
    Plot::new("quote_projection_plot")
        .width(width)
        .height(300.0)
        .legend(Legend::default().position(Corner::LeftTop))
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_y(0.0)
        // Headroom above the bars for the legend.
        .include_y(highest * 1.35)
        .x_axis_label(tr("Cycle"))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 2.0, 4.0]))
        .x_axis_formatter(move |mark, _| {
            let v = mark.value;
            if (v - v.round()).abs() > 1e-6 || v < 0.0 {
                String::new()
            } else if v.round() == 0.0 && first_prorated {
                tr("first").to_owned()
            } else {
                format!("{}", v.round() as i64)
            }
        })
        .y_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_label(c.locale.symbol.clone())
        .show(ui, |plot| {
            plot.bar_chart(with);
            plot.bar_chart(without);
        });
}

fn projection_table(ui: &mut egui::Ui, c: &Comparison) {
    let p = &c.projection;
    let shown = |f: &Option<Figure>| f.as_ref().map(|f| f.shown.clone());
    egui_extras::TableBuilder::new(ui)
        .id_salt("quote_projection_table")
        .striped(true)
        .vscroll(false)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(egui_extras::Column::exact(196.0))
        .column(egui_extras::Column::exact(150.0))
        .column(egui_extras::Column::exact(90.0))
        .column(egui_extras::Column::exact(80.0))
        .header(22.0, |mut h| {
            h.col(|ui| {
                ui.label(egui::RichText::new(tr("Payment")).strong());
            });
            h.col(|ui| {
                ui.label(egui::RichText::new(tr("Period")).strong());
            });
            h.col(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(egui::RichText::new(tr("With discount")).strong())
                        .on_hover_text(tr(
                            "What is due, the discount applied where it applies (projected).",
                        ));
                });
            });
            h.col(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(egui::RichText::new(tr("Without")).strong())
                        .on_hover_text(tr("What would be due without any discount (projected)."));
                });
            });
        })
        .body(|mut body| {
            for r in &p.cycles {
                body.row(20.0, |mut row| {
                    row.col(|ui| {
                        let l = ui.label(&r.label);
                        if r.discounted {
                            l.on_hover_text(tr("The discount applies to this payment."));
                        }
                    });
                    row.col(|ui| {
                        ui.label(egui::RichText::new(period_text(r.start, r.end)).weak());
                    });
                    row.col(|ui| {
                        amount_cell(
                            ui,
                            shown(&r.with_discount).as_deref(),
                            false,
                            &[],
                            r.discounted,
                        );
                    });
                    row.col(|ui| {
                        amount_cell(ui, shown(&r.without_discount).as_deref(), false, &[], false);
                    });
                });
            }
            let twelve = (
                format!(
                    "{} ({} {})",
                    tr("12-month total"),
                    p.payments_in_12_months,
                    tr("payments")
                ),
                p.twelve_months
                    .map(|(a, b)| period_text(Some(a), Some(b)))
                    .unwrap_or_default(),
                &p.total_12_months_with,
                &p.total_12_months_without,
            );
            let mut totals = vec![twelve];
            // The table's own sum only when it differs from the 12 months.
            if p.total_cycles_with != p.total_12_months_with
                || p.total_cycles_without != p.total_12_months_without
            {
                totals.push((
                    tr("Total of this table").to_owned(),
                    String::new(),
                    &p.total_cycles_with,
                    &p.total_cycles_without,
                ));
            }
            for (label, period, with, without) in totals {
                body.row(22.0, |mut row| {
                    row.set_overline(true);
                    row.col(|ui| {
                        ui.label(egui::RichText::new(label).strong());
                    });
                    row.col(|ui| {
                        ui.label(egui::RichText::new(period).weak());
                    });
                    row.col(|ui| amount_cell(ui, shown(with).as_deref(), false, &[], true));
                    row.col(|ui| amount_cell(ui, shown(without).as_deref(), false, &[], true));
                });
            }
        });
    if p.cycles.iter().any(|r| r.discounted) {
        ui.label(
            egui::RichText::new(tr("In bold: the payments the discount applies to."))
                .small()
                .weak(),
        );
    }
}

/// The failed checks, grouped by figure, in a calm frame.
fn warnings_section(ui: &mut egui::Ui, c: &Comparison) {
    if c.warnings.is_empty() {
        section_title(ui, tr("Checks"));
        ui.label(
            egui::RichText::new(tr("Every figure we could check agrees with the others.")).weak(),
        );
        return;
    }
    section_title(ui, &format!("{} ({})", tr("Checks"), c.warnings.len()));
    // Several checks often dispute the same figure: one group per figure.
    let mut groups: Vec<(&str, Vec<&CheckWarning>)> = Vec::new();
    for w in &c.warnings {
        match groups.iter_mut().find(|(f, _)| *f == w.figure) {
            Some((_, ws)) => ws.push(w),
            None => groups.push((&w.figure, vec![w])),
        }
    }
    let warn = ui.visuals().warn_fg_color;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, warn.gamma_multiply(0.6)))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(tr(
                    "Our checks could not reproduce these figures of the API. The amounts shown are still the API's own: check them with the office before quoting them to a customer.",
                ))
                .wrap(),
            );
            ui.add_space(4.0);
            egui::Grid::new("quote_warnings")
                .num_columns(2)
                .spacing([16.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    for (figure, ws) in &groups {
                        ui.label(egui::RichText::new(*figure).strong());
                        ui.vertical(|ui| {
                            for w in ws {
                                ui.add(egui::Label::new(&w.message).wrap());
                            }
                        });
                        ui.end_row();
                    }
                });
        });
}

fn notes_section(ui: &mut egui::Ui, c: &Comparison) {
    if c.notes.is_empty() {
        return;
    }
    section_title(ui, tr("Notes"));
    for n in &c.notes {
        ui.add(egui::Label::new(egui::RichText::new(format!("• {n}")).weak()).wrap());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Endpoint;
    use crate::api::envelope::parse;

    /// The four booking quotations the sandbox serves.
    fn quotations() -> Vec<Quotation> {
        [
            crate::api::documented::QUOTATION_PREVIEW,
            include_str!("../../fixtures/sandbox/quotation-lyon-gerland.json"),
            include_str!("../../fixtures/sandbox/quotation-berlin-tempelhof-signed.json"),
            include_str!("../../fixtures/sandbox/quotation-toulouse-chalets.json"),
        ]
        .into_iter()
        .map(|body| {
            parse::<Quotation>(Endpoint::Quotation, 200, body.as_bytes())
                .unwrap()
                .data
        })
        .collect()
    }

    fn booking(q: &Quotation) -> Option<BookingId> {
        q.id.as_deref().and_then(|i| BookingId::parse(i).ok())
    }

    #[test]
    fn the_comparison_is_built_when_the_quote_arrives() {
        let q = quotations().remove(0);
        let mut st = QuoteState::default();
        st.show_quotation(booking(&q), q.clone());
        assert!(st.comparison.is_some());
        assert_eq!(st.summary.as_ref().unwrap().booking_id, q.id);
        assert_eq!(st.booking, booking(&q));
    }

    #[test]
    fn at_most_four_pins_and_each_booking_once() {
        let all = quotations();
        assert!(all.len() >= 4, "the sandbox has four bookings");
        let mut st = QuoteState::default();
        assert!(!st.can_pin(), "nothing to pin without a quote");
        for q in all.iter().take(MAX_PINS) {
            st.show_quotation(booking(q), q.clone());
            assert!(st.can_pin());
            st.pin_current();
            assert!(st.current_is_pinned());
            assert!(!st.can_pin(), "pinned once only");
            st.pin_current();
        }
        assert_eq!(st.pins.len(), MAX_PINS);
        // A fifth quote (here: a copy under another id) cannot be pinned.
        let mut fifth = all[0].clone();
        fifth.id = Some("00000000-0000-4000-8000-000000000001".into());
        st.show_quotation(booking(&fifth), fifth);
        assert!(!st.current_is_pinned());
        assert!(!st.can_pin());
        st.pin_current();
        assert_eq!(st.pins.len(), MAX_PINS);
    }

    #[test]
    fn a_superseded_quote_answer_is_dropped() {
        let all = quotations();
        let mut st = QuoteState {
            pending: Some(2),
            ..Default::default()
        };
        st.on_quote(1, Ok(Box::new(all[0].clone())));
        assert!(st.quotation.is_none(), "answer to an older request");
        st.on_quote(2, Ok(Box::new(all[1].clone())));
        assert_eq!(st.quotation.as_ref().unwrap().id, all[1].id);
        assert!(st.pending.is_none());
    }

    #[test]
    fn a_lookup_supersedes_a_quote_request_on_its_way() {
        let all = quotations();
        let mut st = QuoteState {
            pending: Some(7),
            ..Default::default()
        };
        st.show_quotation(booking(&all[1]), all[1].clone());
        st.on_quote(7, Ok(Box::new(all[0].clone())));
        assert_eq!(
            st.quotation.as_ref().unwrap().id,
            all[1].id,
            "the looked-up quote stays"
        );
    }

    #[test]
    fn a_failure_keeps_the_quote_on_screen() {
        let all = quotations();
        let mut st = QuoteState::default();
        st.show_quotation(booking(&all[0]), all[0].clone());
        st.pending = Some(3);
        st.on_quote(3, Err(ApiError::MissingKey));
        assert!(st.error.is_some());
        assert!(st.comparison.is_some() && st.quotation.is_some());
    }

    #[test]
    fn save_results_are_matched_to_their_request() {
        let mut st = QuoteState::default();
        st.save_started(4);
        assert_eq!(st.export, Some(ExportStatus::Saving));
        st.on_csv_saved(3, Ok(None));
        assert_eq!(st.export, Some(ExportStatus::Saving), "not this dialog");
        st.on_csv_saved(4, Err("disk full".into()));
        assert_eq!(st.export, Some(ExportStatus::Failed("disk full".into())));
        assert!(st.save_pending.is_none());
    }

    #[test]
    fn the_suggested_file_name_is_plain() {
        let q = quotations().remove(0);
        let mut s = summarize(&q);
        s.transact_id = Some("ACT 1/../x".into());
        assert_eq!(csv_file_name(Some(&s)), "quote-ACT1x.csv");
        s.transact_id = None;
        s.booking_id = None;
        assert_eq!(csv_file_name(Some(&s)), "quote.csv");
        assert_eq!(csv_file_name(None), "quote.csv");
    }
}
