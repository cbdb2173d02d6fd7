//! Ids are checked before any call: a typo is explained at once instead of
//! costing a round trip and a vague server error.

use std::fmt;

use serde::Serialize;
use uuid::Uuid;

use super::error::{ApiError, IdKind};
use crate::i18n::Text;

fn parse(kind: IdKind, input: &str) -> Result<Uuid, ApiError> {
    // Pasted ids often carry spaces, quotes or braces around them.
    let cleaned = input
        .trim()
        .trim_matches(|c: char| c == '"' || c == '\'' || c == '{' || c == '}' || c.is_whitespace());
    let fail = |reason: Text| ApiError::InvalidId {
        kind,
        input: input.trim().to_owned(),
        reason,
    };
    if cleaned.is_empty() {
        return Err(fail(Text::tr("it-is-empty")));
    }
    if cleaned
        .chars()
        .any(|c| !(c.is_ascii_hexdigit() || c == '-'))
    {
        return Err(fail(Text::tr("an-id-uses-only-the-digits-0-9")));
    }
    let hex = cleaned.chars().filter(|c| *c != '-').count();
    if hex != 32 {
        return Err(fail(
            Text::tr("an-id-has-32-hexadecimal-digits-this-one").with("count", hex),
        ));
    }
    Uuid::parse_str(cleaned).map_err(|_| fail(Text::tr("the-dashes-are-not-where-an-id-has")))
}

macro_rules! id_type {
    ($name:ident, $kind:expr) => {
        /// A validated id (a UUID), shown in lower case.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        pub struct $name(Uuid);

        impl $name {
            pub fn parse(input: &str) -> Result<Self, ApiError> {
                parse($kind, input).map(Self)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0.hyphenated())
            }
        }

        impl std::str::FromStr for $name {
            type Err = ApiError;
            fn from_str(s: &str) -> Result<Self, ApiError> {
                Self::parse(s)
            }
        }
    };
}

id_type!(ReservationId, IdKind::Reservation);
id_type!(BookingId, IdKind::Booking);
id_type!(InsuranceId, IdKind::Insurance);
id_type!(PriceId, IdKind::Price);

impl From<ReservationId> for BookingId {
    /// The desk accepts either kind of id in one field; the same UUID is then
    /// tried as a booking id.
    fn from(r: ReservationId) -> Self {
        BookingId(r.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_pasted_ids_with_noise() {
        let id = BookingId::parse("  2553E486-65C9-411B-A478-0D0DFBD168BF \n").unwrap();
        assert_eq!(id.to_string(), "2553e486-65c9-411b-a478-0d0dfbd168bf");
        assert!(ReservationId::parse("\"3d491954-4ec3-466b-a7bc-a95b506aa8f3\"").is_ok());
        assert!(ReservationId::parse("{3d491954-4ec3-466b-a7bc-a95b506aa8f3}").is_ok());
    }

    #[test]
    fn explains_what_is_wrong() {
        let msg = |s: &str| BookingId::parse(s).unwrap_err().to_string();
        assert!(msg("").contains("empty"));
        assert!(msg("CRS11").contains("0-9"), "{}", msg("CRS11"));
        assert!(msg("2553e486-65c9-411b-a478").contains("has 20"));
        assert!(msg("2553e48665c9-411b-a478-0d0d-fbd168bf").contains("dashes"));
        assert!(msg("abc").contains("booking id"));
    }
}
