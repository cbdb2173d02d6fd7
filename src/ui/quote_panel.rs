//! Quote comparison: one booking's quote explained (the three views side by
//! side with the checks' doubts marked, the first payment explained, the
//! discount, and the next 12 cycles as a chart with its table), exported as
//! text or CSV; and up to four pinned quotes side by side (`quote_pins`).
//!
//! The comparison is built once, when the quotation arrives (and again when
//! the language changes: its texts are worded then); a frame only draws it. Its sections are in `quote_view`, the pins in `quote_pins`.

use std::path::PathBuf;

use crate::api::models::Quotation;
use crate::api::{ApiError, BookingId};
use crate::domain::quote::{
    Comparison, Figure, QuoteSummary, View, compare_quotation, comparison_csv, comparison_text,
    summarize,
};
use crate::i18n::{self, Language, Text, tr, trf};
use crate::worker::RequestId;

use super::requests::Pending;
use super::sheet_export::{self, SheetExport};
use crate::quote_sheet::SheetOption;

use super::app::{Action, AppState, Panel};
use super::quote_pins::{self, PinnedQuote};
use super::quote_view::{
    comparison_table, discount_section, notes_section, period_text, projection_section,
    proration_section, section_title, space_price_section, warnings_section,
};
use super::widgets;

/// Accessible name of the booking id field shown when no quote is open.
pub const LOAD_FIELD_LABEL: &str = "booking-id";
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
    /// A quote for a walk-in customer, without a booking (issue 14).
    Walkin,
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
    Failed(Text),
}

/// What the desk holds about the customer's quotes (part of the
/// [`super::customer::CustomerStore`]; a kiosk reset clears it, pins too).
#[derive(Debug, Default)]
pub struct QuoteData {
    pub booking: Option<BookingId>,
    pub quotation: Option<Box<Quotation>>,
    /// Built once from `quotation` when it arrives.
    pub comparison: Option<Box<Comparison>>,
    /// The side-by-side figures of `quotation` (what "Pin" keeps).
    pub summary: Option<Box<QuoteSummary>>,
    /// Why the last quote request failed; what is on screen stays.
    pub error: Option<ApiError>,
    /// Pinned quotes, at most [`MAX_PINS`].
    pub pins: Vec<PinnedQuote>,
    /// The "Load booking" field (shown when no quote is open).
    pub load_input: String,
    pub load_error: Option<ApiError>,
    /// The language `comparison` and the summaries were worded in.
    pub worded_in: Option<Language>,
}

/// The Quote panel's own state: requests in flight, the tab, the exports.
#[derive(Debug, Default)]
pub struct QuoteState {
    pub pending: Pending,
    pub tab: QuoteTab,
    pub export: Option<ExportStatus>,
    /// The save dialog's request, while it is open.
    pub save_pending: Pending,
    /// "Save quote sheet (PDF)…" (here and in the walk-in tab).
    pub sheet: SheetExport,
}

/// Shows `q` (from a lookup or a quote request): builds its comparison.
pub fn show_quotation(
    view: &mut QuoteState,
    data: &mut QuoteData,
    booking: Option<BookingId>,
    q: Quotation,
) {
    // A quote request still on its way is for something older: drop it.
    view.pending.take();
    // "Copied" or "Saved" was about the previous quote.
    if view.save_pending.is_none() {
        view.export = None;
    }
    data.show(booking, q);
}

/// The worker's answer to a quote request; a superseded one is dropped.
pub fn on_quote(
    view: &mut QuoteState,
    data: &mut QuoteData,
    req: RequestId,
    result: Result<Box<Quotation>, ApiError>,
) {
    if !view.pending.settle(req, "quote") {
        return;
    }
    match result {
        Ok(q) => {
            let booking = data.booking;
            show_quotation(view, data, booking, *q);
        }
        Err(e) => data.error = Some(e),
    }
}

impl QuoteData {
    /// Keeps `q` and builds its comparison and summary.
    fn show(&mut self, booking: Option<BookingId>, q: Quotation) {
        self.booking = booking.or_else(|| q.id.as_deref().and_then(|i| BookingId::parse(i).ok()));
        self.comparison = Some(Box::new(compare_quotation(&q)));
        self.summary = Some(Box::new(summarize(&q)));
        self.quotation = Some(Box::new(q));
        self.worded_in = Some(i18n::language());
        self.error = None;
        self.load_error = None;
    }

    /// Builds the comparison and the pins' summaries again when the language
    /// changed since they were built (their explanations are text).
    pub fn reword(&mut self) {
        let lang = i18n::language();
        if self.worded_in == Some(lang) {
            return;
        }
        if let Some(q) = self.quotation.as_deref() {
            self.comparison = Some(Box::new(compare_quotation(q)));
            self.summary = Some(Box::new(summarize(q)));
        }
        for pin in &mut self.pins {
            pin.summary = summarize(&pin.quotation);
        }
        self.worded_in = Some(lang);
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
        if let (Some(summary), Some(q)) = (self.summary.as_deref(), self.quotation.as_ref()) {
            let client = q
                .client
                .as_ref()
                .and_then(|c| c.name.clone())
                .filter(|n| !n.trim().is_empty());
            self.pins.push(PinnedQuote {
                summary: summary.clone(),
                quotation: q.clone(),
                client,
            });
        }
    }
}

impl QuoteState {
    /// The save dialog was opened for request `req`.
    pub fn save_started(&mut self, req: RequestId) {
        self.save_pending.start(req);
        self.export = Some(ExportStatus::Saving);
    }

    /// The save dialog closed: saved, cancelled or failed.
    pub fn on_csv_saved(&mut self, req: RequestId, result: Result<Option<PathBuf>, Text>) {
        if !self.save_pending.settle(req, "save dialog") {
            return;
        }
        self.export = Some(match result {
            Ok(Some(path)) => ExportStatus::Saved(path),
            Ok(None) => ExportStatus::Cancelled,
            Err(e) => ExportStatus::Failed(e),
        });
    }
}

pub fn show(ui: &mut egui::Ui, state: &mut AppState, actions: &mut Vec<Action>) {
    let quote = &mut state.quote;
    let data = &mut state.customer.quote;
    let walkin = &mut state.walkin;
    let walkin_data = &mut state.customer.walkin;
    data.reword();
    ui.horizontal(|ui| {
        ui.heading(tr("quote-comparison"));
        if ui.button(tr("new-quote-walk-in")).clicked() {
            quote.tab = QuoteTab::Walkin;
            actions.push(Action::Walkin(super::walkin_state::WalkinAction::Open));
        }
        if quote.pending.is_some() {
            ui.add_space(8.0);
            ui.spinner();
            ui.label(egui::RichText::new(tr("loading-the-quote")).weak());
        }
    });
    if let Some(booking) = data.booking {
        super::tablet_views::send_row(ui, &state.tablet, booking, actions);
    }
    ui.add_space(4.0);
    if let Some(e) = &data.error {
        widgets::error_box(ui, e);
        ui.add_space(6.0);
    }

    if data.comparison.is_some() || !data.pins.is_empty() || walkin.opened {
        ui.horizontal(|ui| {
            ui.selectable_value(&mut quote.tab, QuoteTab::ThisQuote, tr("this-quote"));
            let pinned = trf(
                "side-by-side-count-max",
                &[("count", &data.pins.len()), ("max", &MAX_PINS)],
            );
            ui.selectable_value(&mut quote.tab, QuoteTab::SideBySide, pinned);
            if walkin.opened {
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
                QuoteTab::SideBySide => quote_pins::show(ui, quote, data, actions),
                QuoteTab::Walkin => super::walkin_panel::show(
                    ui,
                    walkin,
                    walkin_data,
                    &data.pins,
                    &mut quote.sheet,
                    actions,
                ),
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
    key_figure(
        ui,
        tr("msg-12-month-total"),
        s.total_12_months.as_ref(),
        Some(trf(
            "count-payments-projected",
            &[("count", &c.projection.payments_in_12_months)],
        )),
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
                ui.label(egui::RichText::new(tr("nothing-was-saved")).weak());
            }
            Some(ExportStatus::Failed(e)) => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    trf("the-file-was-not-saved-error", &[("error", e)]),
                );
            }
        }
    });
    sheet_export::controls(
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
            Some(sheet_export::request(sheet, None, None, vec![option]))
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

/// A booked quote's column on the customer's sheet: its unit (else its
/// size), never a client's name (pins can be other customers' bookings).
pub fn booked_title(s: &QuoteSummary) -> String {
    if s.unit.is_empty() {
        s.size.clone().unwrap_or_else(|| "—".to_owned())
    } else {
        s.unit.clone()
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
        let (mut st, mut data) = (QuoteState::default(), QuoteData::default());
        show_quotation(&mut st, &mut data, booking(&q), q.clone());
        assert!(data.comparison.is_some());
        assert_eq!(data.summary.as_ref().unwrap().booking_id, q.id);
        assert_eq!(data.booking, booking(&q));
    }

    #[test]
    fn at_most_four_pins_and_each_booking_once() {
        let all = quotations();
        assert!(all.len() >= 4, "the sandbox has four bookings");
        let (mut st, mut data) = (QuoteState::default(), QuoteData::default());
        assert!(!data.can_pin(), "nothing to pin without a quote");
        for q in all.iter().take(MAX_PINS) {
            show_quotation(&mut st, &mut data, booking(q), q.clone());
            assert!(data.can_pin());
            data.pin_current();
            assert!(data.current_is_pinned());
            assert!(!data.can_pin(), "pinned once only");
            data.pin_current();
        }
        assert_eq!(data.pins.len(), MAX_PINS);
        // A fifth quote (here: a copy under another id) cannot be pinned.
        let mut fifth = all[0].clone();
        fifth.id = Some("00000000-0000-4000-8000-000000000001".into());
        show_quotation(&mut st, &mut data, booking(&fifth), fifth);
        assert!(!data.current_is_pinned());
        assert!(!data.can_pin());
        data.pin_current();
        assert_eq!(data.pins.len(), MAX_PINS);
    }

    #[test]
    fn a_superseded_quote_answer_is_dropped() {
        let all = quotations();
        let mut data = QuoteData::default();
        let mut st = QuoteState {
            pending: Pending::waiting(2),
            ..Default::default()
        };
        on_quote(&mut st, &mut data, 1, Ok(Box::new(all[0].clone())));
        assert!(data.quotation.is_none(), "answer to an older request");
        on_quote(&mut st, &mut data, 2, Ok(Box::new(all[1].clone())));
        assert_eq!(data.quotation.as_ref().unwrap().id, all[1].id);
        assert!(st.pending.is_none());
    }

    #[test]
    fn a_lookup_supersedes_a_quote_request_on_its_way() {
        let all = quotations();
        let mut data = QuoteData::default();
        let mut st = QuoteState {
            pending: Pending::waiting(7),
            ..Default::default()
        };
        show_quotation(&mut st, &mut data, booking(&all[1]), all[1].clone());
        on_quote(&mut st, &mut data, 7, Ok(Box::new(all[0].clone())));
        assert_eq!(
            data.quotation.as_ref().unwrap().id,
            all[1].id,
            "the looked-up quote stays"
        );
    }

    #[test]
    fn a_failure_keeps_the_quote_on_screen() {
        let all = quotations();
        let (mut st, mut data) = (QuoteState::default(), QuoteData::default());
        show_quotation(&mut st, &mut data, booking(&all[0]), all[0].clone());
        st.pending.start(3);
        on_quote(&mut st, &mut data, 3, Err(ApiError::MissingKey));
        assert!(data.error.is_some());
        assert!(data.comparison.is_some() && data.quotation.is_some());
    }

    #[test]
    fn save_results_are_matched_to_their_request() {
        let mut st = QuoteState::default();
        st.save_started(4);
        assert_eq!(st.export, Some(ExportStatus::Saving));
        st.on_csv_saved(3, Ok(None));
        assert_eq!(st.export, Some(ExportStatus::Saving), "not this dialog");
        st.on_csv_saved(4, Err(Text::plain("disk full")));
        assert_eq!(
            st.export,
            Some(ExportStatus::Failed(Text::plain("disk full")))
        );
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
