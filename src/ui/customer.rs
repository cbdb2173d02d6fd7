//! Everything the app holds about a customer, named in one place: what the
//! kiosk's idle timer watches, what a reset or "Forget this customer" wipes,
//! and what a test enumerates to prove nothing is left.

use super::app::{AppState, LookupState, QuoteState};
use super::requests::Outbox;

impl AppState {
    /// The kinds of customer data this state holds now, by name (empty when
    /// there is none).
    pub fn customer_data(&self) -> Vec<&'static str> {
        let lookup = &self.lookup;
        let quote = &self.quote;
        let sig = &self.signature;
        let held = [
            ("the id typed for a lookup", !lookup.input.is_empty()),
            ("a lookup result", lookup.result.is_some()),
            ("a lookup error", lookup.error.is_some()),
            ("recent lookups", !lookup.recent.is_empty()),
            ("a lookup on its way", lookup.pending.is_some()),
            ("a quote", quote.quotation.is_some()),
            ("a quote comparison", quote.comparison.is_some()),
            ("a quote summary", quote.summary.is_some()),
            ("a booking for the quote", quote.booking.is_some()),
            ("pinned quotes", !quote.pins.is_empty()),
            ("the id typed to load a quote", !quote.load_input.is_empty()),
            ("a quote on its way", quote.pending.is_some()),
            ("a booking to sign", sig.signing.is_some()),
            ("a signature being drawn", !sig.pad.is_empty()),
            ("a saved signature's receipt", sig.saved.is_some()),
            ("the contract shown for signing", sig.contract.holds_data()),
            (
                "a signing receipt (PDF data)",
                sig.receipt.receipt.is_some(),
            ),
        ];
        held.into_iter()
            .filter(|(_, is_held)| *is_held)
            .map(|(name, _)| name)
            .collect()
    }

    /// True when anything about a customer is held.
    pub fn holds_customer_data(&self) -> bool {
        !self.customer_data().is_empty()
    }

    /// Forgets the customer: lookups, quotes and pins, the signature (unless
    /// its upload is on its way: that answer must still be shown). Requests
    /// on their way are cancelled. The sites' hours stay: they are not
    /// about the customer.
    pub fn forget_customer(&mut self, out: &mut Outbox) {
        out.cancel(&mut self.lookup.pending);
        out.cancel(&mut self.quote.pending);
        self.lookup = LookupState::default();
        self.quote = QuoteState::default();
        if self.signature.pending.is_none() {
            super::contract_view::cancel(&mut self.signature.contract, out);
            self.signature.wipe();
        }
    }
}
