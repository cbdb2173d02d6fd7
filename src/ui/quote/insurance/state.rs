//! The insurance part's state and reducers: the booking's options, which
//! ones staff compare, the quote with each (`domain::insurance`), and the
//! link: asked, confirmed, sent once, its outcome. Draws nothing.

use crate::api::insurance::{InsuranceList, LinkOutcome, shows_insurance};
use crate::api::models::Quotation;
use crate::api::{ApiError, BookingId, InsuranceId, PriceId};
use crate::domain::insurance::{InsuredQuote, SideBySide, check_linked, side_by_side};
use crate::domain::quote::CheckWarning;
use crate::i18n::{self, Language};
use crate::worker::Command;
use crate::worker::insurance::{InsuranceCommand, InsuranceEvent};

use crate::ui::requests::{Outbox, Pending};

/// Most options compared beside the quote at once (the table stays readable).
pub const MAX_COMPARED: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InsuranceAction {
    /// Ask the server for the options of the booking on screen.
    Load(BookingId),
    /// Show (or stop showing) option `id` beside the quote.
    Compare {
        id: String,
        on: bool,
    },
    /// Open the link confirmation for option `id`.
    AskLink(String),
    /// Staff confirmed: send the link, once.
    ConfirmLink,
    CancelLink,
}

/// The confirmation before a link: what staff were shown and agree to.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkConfirm {
    pub booking: BookingId,
    pub quote: Box<InsuredQuote>,
    /// The booking is already signed: linking changes a signed booking.
    pub signed: bool,
    /// Staff ticked "I understand" (needed when `signed`).
    pub understood: bool,
}

impl LinkConfirm {
    pub fn can_send(&self) -> bool {
        !self.signed || self.understood
    }
}

/// How the last link went.
#[derive(Debug, Clone)]
pub enum LinkNote {
    /// Linked (or, after a lost answer, read back as linked).
    Linked { label: String, read_back: bool },
    /// The server refused, or the request never left: nothing changed.
    Refused(ApiError),
    /// The answer was lost and reading the booking back showed the option
    /// is not linked.
    NotLinked { label: String },
    /// The answer was lost and the booking could not be read back.
    Unknown { label: String, error: ApiError },
}

/// What the insurance part holds about the customer's booking (part of the
/// quote's customer data, so a wipe takes it).
#[derive(Debug, Default)]
pub struct InsuranceData {
    pub booking: Option<BookingId>,
    pub list: Option<Result<InsuranceList, ApiError>>,
    pub pending: Pending,
    /// Ids of the options shown beside the quote, in the order ticked.
    pub compared: Vec<String>,
    /// The quote without and with each compared option.
    pub side: Option<SideBySide>,
    /// The language `side` was worded in.
    worded_in: Option<Language>,
    pub confirm: Option<LinkConfirm>,
    /// The link on its way: it runs to its end, whatever happens here.
    pub link: Pending,
    /// What staff confirmed for the link on its way.
    sent: Option<LinkConfirm>,
    pub note: Option<LinkNote>,
    /// The server's quotation after the link against what staff confirmed.
    pub link_warnings: Vec<CheckWarning>,
}

/// What the insurance part asks of the rest of the app.
#[derive(Debug)]
pub enum InsuranceFollowUp {
    /// The booking's quotation as the server has it now: show it.
    Quotation(BookingId, Box<Quotation>),
    /// The booking changed on the server: a contract read before is stale.
    BookingChanged(BookingId),
}

impl InsuranceData {
    /// Anything about the customer's booking is held (or a request for it).
    pub fn holds_data(&self) -> bool {
        self.booking.is_some()
            || self.list.is_some()
            || self.pending.is_some()
            || self.link.is_some()
            || self.confirm.is_some()
            || self.note.is_some()
    }

    /// The options as loaded, when they are.
    pub fn options(&self) -> Option<&InsuranceList> {
        self.list.as_ref().and_then(|r| r.as_ref().ok())
    }

    /// Whether this part belongs to another booking than `booking`.
    fn is_for_other(&self, booking: Option<BookingId>) -> bool {
        self.booking.is_some() && self.booking != booking
    }

    /// Builds the side-by-side figures again for `quotation` (after the
    /// list, the choice, the quotation or the language changed).
    pub fn recompute(&mut self, quotation: Option<&Quotation>) {
        self.side = None;
        let (Some(q), Some(list)) = (quotation, self.options()) else {
            return;
        };
        let chosen: Vec<_> = self
            .compared
            .iter()
            .filter_map(|id| list.options.iter().find(|o| &o.id == id))
            .map(|o| (o, None))
            .collect();
        self.side = Some(side_by_side(q, &chosen));
        self.worded_in = Some(i18n::language());
    }

    /// Words the figures again when the language changed.
    pub fn reword(&mut self, quotation: Option<&Quotation>) {
        if self.side.is_some() && self.worded_in != Some(i18n::language()) {
            self.recompute(quotation);
        }
    }

    /// The compared option `id`, priced, if it could be.
    fn insured(&self, id: &str) -> Option<&InsuredQuote> {
        let side = self.side.as_ref()?;
        let at = self.compared.iter().position(|c| c == id)?;
        side.options.get(at)?.as_ref().ok()
    }
}

/// The quote on screen is now `booking`'s (`None`: no booking): an earlier
/// booking's options and choice go.
/// A link still on its way for the earlier booking runs to its end on the
/// server; its answer is then dropped (the booking is no longer on screen).
pub fn on_quote_shown(data: &mut InsuranceData, booking: Option<BookingId>, q: &Quotation) {
    if data.is_for_other(booking) {
        *data = InsuranceData::default();
    }
    data.recompute(Some(q));
}

/// Carries out an insurance action; `quotation` is the booking's quotation
/// on screen.
pub fn apply(
    action: InsuranceAction,
    data: &mut InsuranceData,
    quotation: Option<&Quotation>,
    out: &mut Outbox,
) {
    tracing::debug!(?action, "insurance");
    match action {
        InsuranceAction::Load(booking) => {
            data.booking = Some(booking);
            data.list = None;
            out.request(&mut data.pending, |req| {
                Command::Insurance(InsuranceCommand::ForBooking { req, booking })
            });
        }
        InsuranceAction::Compare { id, on } => {
            data.compared.retain(|c| c != &id);
            if on && data.compared.len() < MAX_COMPARED {
                data.compared.push(id);
            }
            data.recompute(quotation);
        }
        InsuranceAction::AskLink(id) => ask_link(data, quotation, &id),
        InsuranceAction::ConfirmLink => confirm_link(data, out),
        InsuranceAction::CancelLink => data.confirm = None,
    }
}

fn ask_link(data: &mut InsuranceData, quotation: Option<&Quotation>, id: &str) {
    if !data.compared.iter().any(|c| c == id) {
        data.compared.push(id.to_owned());
        data.recompute(quotation);
    }
    let (Some(booking), Some(quote)) = (data.booking, data.insured(id)) else {
        return;
    };
    let signed = quotation.is_some_and(|q| q.is_document_signed == Some(true));
    data.confirm = Some(LinkConfirm {
        booking,
        quote: Box::new(quote.clone()),
        signed,
        understood: false,
    });
}

/// Sends the link once: a press while one is on its way does nothing.
fn confirm_link(data: &mut InsuranceData, out: &mut Outbox) {
    if data.link.is_some() {
        return;
    }
    let Some(confirm) = data.confirm.take_if(|c| c.can_send()) else {
        return;
    };
    let ids = (
        InsuranceId::parse(&confirm.quote.insurance_id),
        confirm.quote.price_id.as_deref().map(PriceId::parse),
    );
    let (Ok(insurance), Some(Ok(price))) = ids else {
        // The domain offers no option without a linkable price line.
        tracing::warn!("an insurance option without usable ids was confirmed");
        return;
    };
    let booking = confirm.booking;
    data.note = None;
    data.link_warnings.clear();
    data.sent = Some(confirm);
    out.request(&mut data.link, |req| {
        Command::Insurance(InsuranceCommand::Link {
            req,
            booking,
            insurance,
            price,
        })
    });
}

/// The worker's insurance events; returns what the app should do next.
pub fn on_event(data: &mut InsuranceData, event: InsuranceEvent) -> Vec<InsuranceFollowUp> {
    match event {
        InsuranceEvent::Options { req, result, .. } => {
            if data.pending.settle(req, "insurance options") {
                data.list = Some(result);
            }
            Vec::new()
        }
        // The property's lists are the walk-in columns' (the app routes them).
        InsuranceEvent::PropertyOptions { .. } => Vec::new(),
        InsuranceEvent::Linked {
            req,
            booking,
            outcome,
        } => {
            if !data.link.settle(req, "insurance link") {
                return Vec::new();
            }
            let sent = data.sent.take();
            on_linked(data, sent, booking, outcome)
        }
    }
}

fn on_linked(
    data: &mut InsuranceData,
    sent: Option<LinkConfirm>,
    booking: BookingId,
    outcome: LinkOutcome,
) -> Vec<InsuranceFollowUp> {
    let label = sent.as_ref().map(|s| title(&s.quote)).unwrap_or_default();
    let (read, read_back) = match outcome {
        LinkOutcome::Refused(e) => {
            data.note = Some(LinkNote::Refused(e));
            return Vec::new();
        }
        LinkOutcome::Linked { quotation, .. } => (quotation, false),
        LinkOutcome::Unknown {
            read_back, linked, ..
        } => match (read_back, linked) {
            (Ok(q), Some(true)) => (Ok(q), true),
            (Ok(q), _) => {
                data.note = Some(LinkNote::NotLinked { label });
                return vec![InsuranceFollowUp::Quotation(booking, q)];
            }
            (Err(error), _) => {
                data.note = Some(LinkNote::Unknown { label, error });
                return vec![InsuranceFollowUp::BookingChanged(booking)];
            }
        },
    };
    data.note = Some(LinkNote::Linked { label, read_back });
    let mut follow = vec![InsuranceFollowUp::BookingChanged(booking)];
    match read {
        Ok(q) => {
            if let Some(sent) = &sent {
                data.link_warnings = check_linked(&sent.quote, &q);
                if !shows_insurance(&q, &sent.quote.insurance_id) {
                    tracing::warn!("the booking read after the link does not name the option");
                }
            }
            follow.push(InsuranceFollowUp::Quotation(booking, q));
        }
        // Linked, but the quotation could not be read: the quote on screen
        // is older than the booking; staff can load it again.
        Err(e) => tracing::warn!(%e, "the quotation after the link could not be read"),
    }
    follow
}

/// An option's name with its cover: options often share a name
/// ("Contents insurance") and differ by what they cover.
pub fn title(q: &InsuredQuote) -> String {
    match &q.coverage {
        Some(cover) => format!("{} ({})", q.label, cover.shown),
        None => q.label.clone(),
    }
}

/// Forgets the customer's insurance part. A link on its way is not
/// cancelled (a write runs to its end); its answer is dropped.
pub fn forget(data: &mut InsuranceData, out: &mut Outbox) {
    out.cancel(&mut data.pending);
    *data = InsuranceData::default();
}
