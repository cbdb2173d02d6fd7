//! The lookup's state and everything that changes it: the id typed, the
//! request on its way, the result and the session's recent lookups. Draws
//! nothing; `view.rs` draws.

use crate::api::{ApiError, BookingId, ReservationId};
use crate::worker::{Command, LookupResult};

use crate::ui::requests::{Outbox, Pending};

/// A past lookup of this session (memory only).
#[derive(Debug, Clone, PartialEq)]
pub struct RecentLookup {
    pub id: String,
    pub label: String,
}

/// The Lookup panel's own state (what it knows of the customer is in
/// [`LookupData`], part of the customer store).
#[derive(Debug, Default)]
pub struct LookupState {
    pub pending: Pending,
    /// Set when Enter should also move focus back to the field.
    pub focus_field: bool,
}

/// The customer's lookups (part of the customer store).
#[derive(Debug, Default)]
pub struct LookupData {
    /// The id typed (or chosen) for a lookup.
    pub input: String,
    /// Shown until a newer lookup succeeds: a failure does not clear it.
    pub result: Option<Box<LookupResult>>,
    pub error: Option<ApiError>,
    pub recent: Vec<RecentLookup>,
}

/// Asks for a lookup (a newer one replaces the one on its way).
pub fn request(
    state: &mut LookupState,
    data: &mut LookupData,
    id: ReservationId,
    out: &mut Outbox,
) {
    data.error = None;
    out.request(&mut state.pending, |req| Command::Lookup { req, id });
}

/// A lookup answered: its result replaces the last one (a failure keeps it).
pub fn on_result(data: &mut LookupData, result: Result<Box<LookupResult>, ApiError>) {
    match result {
        Ok(found) => {
            let label = lookup_label(&found);
            data.recent.retain(|r| r.id != found.id);
            data.recent.insert(
                0,
                RecentLookup {
                    id: found.id.clone(),
                    label,
                },
            );
            data.recent.truncate(10);
            data.result = Some(found);
            data.error = None;
        }
        Err(e) => data.error = Some(e),
    }
}

/// "Renaud Pons · 4 m²" for the recent list.
fn lookup_label(result: &LookupResult) -> String {
    let view = result.view();
    crate::domain::booking::join(vec![view.client_name(), view.size_text()]).unwrap_or_default()
}

/// The booking was signed just now: the card says so.
pub fn mark_signed(data: &mut LookupData, booking: BookingId) {
    if let Some(quotation) = data
        .result
        .as_mut()
        .and_then(|r| r.quotation.as_mut())
        .filter(|q| q.id.as_deref().and_then(|i| BookingId::parse(i).ok()) == Some(booking))
    {
        quotation.is_document_signed = Some(true);
    }
}
