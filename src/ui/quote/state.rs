//! The quote room's state and everything that changes it: the booking's
//! quote and its comparison (built once, when the quotation arrives, and
//! again when the language changes: its texts are worded then), the pinned
//! quotes, the CSV and quote sheet saves. Draws nothing; `view.rs`,
//! `sections.rs`, `pins.rs` and `sheet.rs` draw.

use std::path::PathBuf;
use std::sync::Arc;

use crate::api::models::Quotation;
use crate::api::{ApiError, BookingId};
use crate::domain::quote::{Comparison, QuoteSummary, compare_quotation, summarize};
use crate::i18n::{self, Language, Text, tr};
use crate::quote_sheet::{SheetOption, SheetRequest};
use crate::worker::live::{EndOnDrop, Live};
use crate::worker::{Command, RequestId, SaveDialog};

use super::insurance::state::{self as insurance, InsuranceData};
use crate::ui::requests::{Outbox, Pending};

/// Most quotes that can be pinned side by side.
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
/// [`crate::ui::customer::CustomerStore`]; a kiosk reset clears it, pins too).
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
    /// The insurance part: options, comparison and link (issue 28).
    pub insurance: InsuranceData,
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
    /// The CSV's and the sheet's jobs carry its handle: dropped (the wipe),
    /// no dialog opens and nothing is written after it.
    pub customer_files: EndOnDrop,
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
        insurance::on_quote_shown(&mut self.insurance, self.booking, &q);
        self.comparison = Some(Box::new(self.compared(&q)));
        self.summary = Some(Box::new(summarize(&q)));
        self.quotation = Some(Box::new(q));
        self.worded_in = Some(i18n::language());
        self.error = None;
        self.load_error = None;
    }

    /// `q`'s comparison, with the insurance link's check warnings (the
    /// server's figures after a link against those staff confirmed).
    fn compared(&self, q: &Quotation) -> Comparison {
        let mut c = compare_quotation(q);
        c.warnings
            .extend(self.insurance.link_warnings.iter().cloned());
        c
    }

    /// Builds the comparison and the pins' summaries again when the language
    /// changed since they were built (their explanations are text).
    pub fn reword(&mut self) {
        let lang = i18n::language();
        if self.worded_in == Some(lang) {
            return;
        }
        if let Some(q) = self.quotation.as_deref() {
            self.comparison = Some(Box::new(self.compared(q)));
            self.summary = Some(Box::new(summarize(q)));
        }
        for pin in &mut self.pins {
            pin.summary = summarize(&pin.quotation);
        }
        self.insurance.reword(self.quotation.as_deref());
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
    /// The customer is wiped: the CSV's and the sheet's saves end with them
    /// (cancelled, and their handle ended so no dialog opens after this).
    pub fn forget_customer(&mut self, out: &mut Outbox) {
        out.cancel(&mut self.save_pending);
        out.cancel(&mut self.sheet.pending);
        self.customer_files = EndOnDrop::default();
        self.export = None;
        self.sheet.status = None;
    }

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

/// Opens the quote of `booking` (asked of the server unless it is the one
/// on screen).
pub fn open(quote: &mut QuoteState, data: &mut QuoteData, booking: BookingId, out: &mut Outbox) {
    quote.tab = QuoteTab::ThisQuote;
    let have = data.booking == Some(booking) && data.quotation.is_some();
    if !have {
        data.booking = Some(booking);
        out.request(&mut quote.pending, |req| Command::Quote { req, booking });
    }
}

/// Asks where to save the comparison as CSV, then writes it (one dialog at
/// a time).
pub fn save_csv(
    quote: &mut QuoteState,
    (csv, suggested_name): (String, String),
    dialog: Arc<dyn SaveDialog>,
    out: &mut Outbox,
) {
    if quote.save_pending.is_some() {
        return;
    }
    let req = out.next_id();
    quote.save_started(req);
    out.send(Command::SaveCsv {
        req,
        csv,
        suggested_name,
        dialog,
        language: i18n::language(),
        live: quote.customer_files.live(),
    });
}

/// Makes the quote sheet's PDF dated `today` and asks where to save it (one
/// dialog at a time).
pub fn save_sheet(
    sheet_export: &mut SheetExport,
    mut sheet: Box<SheetRequest>,
    (today, dialog, live): (chrono::NaiveDate, Arc<dyn SaveDialog>, Live),
    out: &mut Outbox,
) {
    if sheet_export.pending.is_some() {
        return;
    }
    sheet.date = Some(today);
    let req = out.next_id();
    sheet_export.started(req);
    out.send(Command::SaveQuoteSheet {
        req,
        sheet,
        dialog,
        language: i18n::language(),
        live,
    });
}

/// One pinned quote.
#[derive(Debug, Clone, PartialEq)]
pub struct PinnedQuote {
    pub summary: QuoteSummary,
    /// What `summary` is made from (worded again if the language changes).
    pub quotation: Box<Quotation>,
    /// The client's name, for the column's heading.
    pub client: Option<String>,
}

impl PinnedQuote {
    /// Whether `other` is the quote of the same booking.
    pub fn same_booking(&self, other: &QuoteSummary) -> bool {
        let key = |s: &QuoteSummary| {
            s.booking_id
                .as_deref()
                .map(|b| b.trim().to_ascii_lowercase())
                .filter(|b| !b.is_empty())
        };
        match (key(&self.summary), key(other)) {
            (Some(a), Some(b)) => a == b,
            // Without ids, the same heading is taken as the same quote.
            _ => self.summary.heading == other.heading,
        }
    }

    /// The column's heading: the client, else the unit.
    pub fn title(&self) -> &str {
        self.client
            .as_deref()
            .filter(|c| !c.trim().is_empty())
            .unwrap_or(if self.summary.unit.is_empty() {
                tr("unnamed")
            } else {
                self.summary.unit.as_str()
            })
    }

    pub(super) fn booking(&self) -> Option<BookingId> {
        self.summary
            .booking_id
            .as_deref()
            .and_then(|b| BookingId::parse(b).ok())
    }
}

/// A pin as an option of the customer's sheet.
pub fn pin_option(pin: &PinnedQuote) -> SheetOption {
    SheetOption {
        title: booked_title(&pin.summary),
        booked: true,
        quotation: pin.quotation.clone(),
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

/// How the last save went.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetStatus {
    Saving,
    Saved(PathBuf),
    Cancelled,
    Failed(Text),
    OpenFailed(Text),
}

/// The quote sheet's state (memory only).
#[derive(Debug, Default)]
pub struct SheetExport {
    /// The customer's language; `None` is the interface's.
    pub language: Option<Language>,
    pub pending: Pending,
    pub status: Option<SheetStatus>,
}

impl SheetExport {
    pub fn language(&self) -> Language {
        self.language.unwrap_or_else(i18n::language)
    }

    /// The save for request `req` started (the dialog will open).
    pub fn started(&mut self, req: u64) {
        self.pending.start(req);
        self.status = Some(SheetStatus::Saving);
    }

    /// Saved, cancelled or failed; a superseded answer is dropped.
    pub fn on_saved(&mut self, req: u64, result: Result<Option<PathBuf>, Text>) {
        if !self.pending.settle(req, "quote sheet") {
            return;
        }
        self.status = Some(match result {
            Ok(Some(path)) => SheetStatus::Saved(path),
            Ok(None) => SheetStatus::Cancelled,
            Err(e) => SheetStatus::Failed(e),
        });
    }

    pub fn on_open_failed(&mut self, error: Text) {
        self.status = Some(SheetStatus::OpenFailed(error));
    }
}

/// The request for `options` in the chosen language (the app adds the date).
pub fn sheet_for(
    sheet: &SheetExport,
    property: Option<String>,
    move_in: Option<chrono::NaiveDate>,
    options: Vec<SheetOption>,
) -> SheetRequest {
    SheetRequest {
        language: sheet.language(),
        property,
        move_in,
        date: None,
        options,
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
            include_str!("../../../fixtures/sandbox/quotation-lyon-gerland.json"),
            include_str!("../../../fixtures/sandbox/quotation-berlin-tempelhof-signed.json"),
            include_str!("../../../fixtures/sandbox/quotation-toulouse-chalets.json"),
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

    #[test]
    fn answers_are_matched_to_their_request() {
        let mut s = SheetExport::default();
        s.started(3);
        s.on_saved(2, Ok(None));
        assert_eq!(s.status, Some(SheetStatus::Saving));
        s.on_saved(3, Ok(Some(PathBuf::from("/tmp/q.pdf"))));
        assert_eq!(s.status, Some(SheetStatus::Saved("/tmp/q.pdf".into())));
        assert!(s.pending.is_none());
    }

    #[test]
    fn the_language_defaults_to_the_interface() {
        let s = i18n::with_language(Language::German, SheetExport::default);
        assert_eq!(
            i18n::with_language(Language::German, || s.language()),
            Language::German
        );
        let chosen = SheetExport {
            language: Some(Language::French),
            ..Default::default()
        };
        assert_eq!(
            i18n::with_language(Language::German, || chosen.language()),
            Language::French
        );
    }
}
