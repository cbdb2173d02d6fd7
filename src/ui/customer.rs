//! Everything the app holds about a customer, in one store apart from the
//! panels' widget state: what the kiosk's idle timer watches, what a reset
//! or "Forget this customer" wipes in one call, and what a test enumerates
//! to prove nothing is left. Each part is defined by the room that owns it.

use super::lookup::state::LookupData;
use super::quote::state::QuoteData;
use super::quote::walkin::state::WalkinData;
use super::signing::state::SignatureData;

/// What the desk knows about the customer in front of it: lookups, quotes
/// and pins, walk-in options, the signature being drawn. Memory only.
#[derive(Debug, Default)]
pub struct CustomerStore {
    pub lookup: LookupData,
    pub quote: QuoteData,
    pub walkin: WalkinData,
    pub signature: SignatureData,
}

impl CustomerStore {
    /// Every field of the store, by path, with its name for people and
    /// whether it holds anything now (a test checks that no field is left
    /// out).
    fn fields(&self) -> [(&'static str, &'static str, bool); 24] {
        let (lookup, quote, sig) = (&self.lookup, &self.quote, &self.signature);
        let walkin = &self.walkin;
        [
            (
                "lookup.input",
                "the id typed for a lookup",
                !lookup.input.is_empty(),
            ),
            ("lookup.result", "a lookup result", lookup.result.is_some()),
            ("lookup.error", "a lookup error", lookup.error.is_some()),
            ("lookup.recent", "recent lookups", !lookup.recent.is_empty()),
            (
                "quote.booking",
                "a booking for the quote",
                quote.booking.is_some(),
            ),
            ("quote.quotation", "a quote", quote.quotation.is_some()),
            (
                "quote.comparison",
                "a quote comparison",
                quote.comparison.is_some(),
            ),
            ("quote.summary", "a quote summary", quote.summary.is_some()),
            ("quote.error", "a quote error", quote.error.is_some()),
            ("quote.pins", "pinned quotes", !quote.pins.is_empty()),
            (
                "quote.load_input",
                "the id typed to load a quote",
                !quote.load_input.is_empty(),
            ),
            (
                "quote.load_error",
                "a quote load error",
                quote.load_error.is_some(),
            ),
            (
                "quote.insurance",
                "insurance options or a link for the booking",
                quote.insurance.holds_data(),
            ),
            // The language the quote's texts are in: not about the customer.
            ("quote.worded_in", "the quote's wording", false),
            ("walkin.slots", "walk-in quotes", !walkin.slots.is_empty()),
            (
                "walkin.manual_size",
                "a size typed by hand",
                !walkin.manual_size.is_empty(),
            ),
            (
                "walkin.manual_price",
                "a price typed by hand",
                !walkin.manual_price.is_empty(),
            ),
            (
                "signature.signing",
                "a booking to sign",
                sig.signing.is_some(),
            ),
            (
                "signature.pad",
                "a signature being drawn",
                !sig.pad.is_empty(),
            ),
            (
                "signature.signed_at",
                "a signature's time",
                sig.signed_at.is_some(),
            ),
            (
                "signature.saved",
                "a saved signature's receipt",
                sig.saved.is_some(),
            ),
            (
                "signature.unknown_outcome",
                "an unanswered upload",
                sig.unknown_outcome.is_some(),
            ),
            (
                "signature.contract",
                "the contract shown for signing",
                sig.contract.holds_data(),
            ),
            (
                "signature.receipt",
                "a signing receipt",
                sig.receipt.receipt.is_some(),
            ),
        ]
    }

    /// The kinds of customer data held now, by name (empty when none).
    pub fn held(&self) -> Vec<&'static str> {
        self.fields()
            .into_iter()
            .filter(|(_, _, is_held)| *is_held)
            .map(|(_, name, _)| name)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The store's fields by path ("lookup.input"), read from its `Debug`
    /// output: what a new field adds without anyone listing it.
    fn debug_paths(store: &CustomerStore) -> Vec<String> {
        let text = format!("{store:#?}");
        let mut paths = Vec::new();
        let mut part = String::new();
        for line in text.lines() {
            let indent = line.len() - line.trim_start().len();
            let Some((name, _)) = line.trim_start().split_once(": ") else {
                continue;
            };
            match indent {
                4 => part = name.to_owned(),
                8 => paths.push(format!("{part}.{name}")),
                _ => {}
            }
        }
        paths
    }

    #[test]
    fn every_field_of_the_store_is_named_and_watched() {
        let store = CustomerStore::default();
        let named: Vec<&str> = store.fields().iter().map(|(path, _, _)| *path).collect();
        let found = debug_paths(&store);
        assert!(found.len() > 10, "the Debug output was read: {found:?}");
        for path in &found {
            assert!(
                named.contains(&path.as_str()),
                "{path} is in the customer store but not in CustomerStore::fields: \
                 the idle timer would not see it"
            );
        }
        assert_eq!(named.len(), found.len(), "{named:?} vs {found:?}");
        assert!(store.held().is_empty(), "a new store holds nothing");
    }

    #[test]
    fn a_typed_id_or_a_hand_typed_size_counts_as_customer_data() {
        let mut store = CustomerStore::default();
        store.lookup.input = "3d49".into();
        store.walkin.manual_price = "50".into();
        assert_eq!(
            store.held(),
            ["the id typed for a lookup", "a price typed by hand"]
        );
    }
}
