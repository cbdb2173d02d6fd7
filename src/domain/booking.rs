//! One view of a booking over what the API sent: a reservation, its
//! booking's quotation, or both. The lookup card, the quote summary, the
//! signature header, the CLI report and the worker all read the client,
//! property, unit and amounts through it, so they show them the same way.
//!
//! Sizes and other numbers are written with the interface language's decimal
//! separator from the API's number, never from its formatted text (one
//! endpoint formats "2,5", another sends 12.5). Money is the API's formatted
//! amount, or the number rounded to the cent when it sent none.

use rust_decimal::Decimal;

use crate::api::BookingId;
use crate::api::lenient::{ApiDate, Measure, Money};
use crate::api::models::{
    Client, NamedRef, PaymentPeriod, Property, Quotation, ReservationDetail, StorageSize,
    Subscription,
};
use crate::i18n::{self, Language};

/// A booking as the app shows it. The reservation's own field wins when it
/// has one, else the quotation's: both carry the client, property and unit.
#[derive(Debug, Clone, Copy, Default)]
pub struct BookingView<'a> {
    pub reservation: Option<&'a ReservationDetail>,
    pub quotation: Option<&'a Quotation>,
}

macro_rules! either {
    ($(#[$doc:meta])* $name:ident, $field:ident, $ty:ty) => {
        $(#[$doc])*
        pub fn $name(&self) -> Option<&'a $ty> {
            self.reservation
                .and_then(|r| r.$field.as_ref())
                .or_else(|| self.quotation.and_then(|q| q.$field.as_ref()))
        }
    };
}

impl<'a> BookingView<'a> {
    pub fn new(
        reservation: Option<&'a ReservationDetail>,
        quotation: Option<&'a Quotation>,
    ) -> Self {
        Self {
            reservation,
            quotation,
        }
    }

    pub fn of_quotation(q: &'a Quotation) -> Self {
        Self::new(None, Some(q))
    }

    either!(client, client, Client);
    either!(property, property, Property);
    either!(storage, storage, NamedRef);
    either!(storage_category, storage_category, NamedRef);
    either!(storage_size, storage_size, StorageSize);
    either!(transact_id, transact_id, String);
    either!(transact_date, transact_date, ApiDate);
    either!(move_in_date, move_in_date, ApiDate);
    either!(
        /// The first (prorated) period.
        pro_rata, pro_rata_subscription, Subscription
    );
    either!(
        /// The regular billing cycle.
        billing, billing_subscription, Subscription
    );

    /// The booking id for the quote and the signature: the quotation's, else
    /// the reservation's.
    pub fn booking_id(&self) -> Option<BookingId> {
        self.quotation
            .and_then(|q| q.id.as_deref())
            .or_else(|| self.reservation.and_then(|r| r.id.as_deref()))
            .and_then(|s| BookingId::parse(s).ok())
    }

    pub fn client_name(&self) -> Option<String> {
        present(self.client().and_then(|c| c.name.clone()))
    }

    pub fn property_title(&self) -> Option<String> {
        present(self.property().and_then(|p| p.title().map(str::to_owned)))
    }

    /// The space's id on site ("A2"): only the quotation knows it.
    pub fn space(&self) -> Option<String> {
        present(
            self.quotation
                .and_then(|q| q.space_info.as_ref())
                .and_then(|s| s.space_display_id.clone()),
        )
    }

    /// "A2 · Box Storage": the space and the storage type.
    pub fn unit_name(&self) -> Option<String> {
        join(vec![
            self.space(),
            self.storage().and_then(|s| s.name.clone()),
        ])
    }

    /// "A2 · Box Storage · 9 m²": the unit with its size.
    pub fn unit_label(&self) -> Option<String> {
        join(vec![self.unit_name(), self.size_text()])
    }

    /// "9 m²", "12,5 m³" in French.
    pub fn size_text(&self) -> Option<String> {
        self.storage_size().and_then(size_text)
    }

    /// "2 × 2 × 2,7 m" in French, with whichever dimensions are known.
    pub fn dimensions_text(&self) -> Option<String> {
        self.storage_size().and_then(dimensions_text)
    }
}

/// The decimal separator of `lang`.
pub fn decimal_separator(lang: Language) -> char {
    match lang {
        Language::English => '.',
        Language::French | Language::German => ',',
    }
}

/// `n` without trailing zeros, in the interface language ("12,5").
pub fn number_text(n: Decimal) -> String {
    let plain = n.normalize().to_string();
    match decimal_separator(i18n::language()) {
        '.' => plain,
        sep => plain.replace('.', &sep.to_string()),
    }
}

/// A measure's number in the interface language; its formatted text only
/// when the API sent no number.
pub fn measure_text(m: &Measure) -> Option<String> {
    match m.number {
        Some(n) => Some(number_text(n)),
        None => present(m.formatted.clone()),
    }
}

/// "4 m²", "12,5 m³" in French.
pub fn size_text(s: &StorageSize) -> Option<String> {
    let n = measure_text(s.size.as_ref()?)?;
    Some(format!("{n} {}", s.size_unit()))
}

/// "2 × 2 × 2.7 m" with whichever dimensions are known.
pub fn dimensions_text(s: &StorageSize) -> Option<String> {
    let dims: Vec<String> = [&s.length, &s.width, &s.height]
        .into_iter()
        .filter_map(|m| measure_text(m.as_ref()?))
        .collect();
    if dims.is_empty() {
        return None;
    }
    let unit = s.scale_metrics.as_deref().unwrap_or("m");
    Some(format!("{} {unit}", dims.join(" × ")))
}

/// What to show for an amount: the API's formatted text, else the number
/// rounded to the cent in the interface language.
pub fn money_text(m: &Money) -> Option<String> {
    present(m.formatted.clone()).or_else(|| m.price.map(|p| number_text_2dp(p.round_dp(2))))
}

/// Two decimals always ("27,00"), as amounts read.
fn number_text_2dp(n: Decimal) -> String {
    let plain = format!("{n:.2}");
    match decimal_separator(i18n::language()) {
        '.' => plain,
        sep => plain.replace('.', &sep.to_string()),
    }
}

fn present(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

/// How often the regular payment falls, in the interface language
/// ("monthly", "every 3 months"): the API's own name for the period is in
/// the server's language. That name only when the cadence is not stated.
pub fn cadence_words(p: &PaymentPeriod) -> Option<String> {
    let weekly = p
        .payment_period
        .as_deref()
        .is_some_and(|c| c.trim().eq_ignore_ascii_case("WEEKLY"));
    match p.duration.filter(|d| (1..=1200).contains(d)) {
        Some(n) if weekly => Some(i18n::trf("cadence-weeks", &[("weeks", &n)])),
        Some(n) => Some(i18n::trf("cadence-months", &[("months", &n)])),
        None => present(p.name.clone()),
    }
}

/// The present parts joined with " · ".
pub fn join(parts: Vec<Option<String>>) -> Option<String> {
    let parts: Vec<String> = parts.into_iter().filter_map(present).collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Endpoint;
    use crate::api::documented::{QUOTATION_PREVIEW, RESERVATION_DETAIL};
    use crate::api::envelope::parse;

    fn measure(number: Option<&str>, formatted: Option<&str>) -> Measure {
        Measure {
            number: number.map(|n| n.parse().unwrap()),
            formatted: formatted.map(str::to_owned),
        }
    }

    #[test]
    fn sizes_follow_the_interface_language_not_the_servers_text() {
        let size = StorageSize {
            size: Some(measure(Some("12.5"), Some("12.5"))),
            default_size_metrics: Some("VOLUME".into()),
            ..Default::default()
        };
        let other = StorageSize {
            size: Some(measure(Some("2.5"), Some("2,5"))),
            ..Default::default()
        };
        let shown = |lang| i18n::with_language(lang, || (size_text(&size), size_text(&other)));
        assert_eq!(
            shown(Language::English),
            (Some("12.5 m³".into()), Some("2.5 m²".into()))
        );
        assert_eq!(
            shown(Language::French),
            (Some("12,5 m³".into()), Some("2,5 m²".into()))
        );
        // No number: the API's text is all there is.
        let text_only = StorageSize {
            size: Some(measure(None, Some("7"))),
            ..Default::default()
        };
        assert_eq!(size_text(&text_only).as_deref(), Some("7 m²"));
    }

    #[test]
    fn money_is_the_servers_text_else_the_cents_in_the_interface_language() {
        let formatted = Money::new("74.1".parse().unwrap(), "74,10 €");
        assert_eq!(money_text(&formatted).as_deref(), Some("74,10 €"));
        let bare = Money {
            price: Some("27.083".parse().unwrap()),
            formatted: None,
        };
        let shown = |lang| i18n::with_language(lang, || money_text(&bare));
        assert_eq!(shown(Language::English).as_deref(), Some("27.08"));
        assert_eq!(shown(Language::German).as_deref(), Some("27,08"));
        assert_eq!(money_text(&Money::default()), None);
    }

    #[test]
    fn one_view_over_a_reservation_and_its_quotation() {
        let r =
            parse::<ReservationDetail>(Endpoint::Reservation, 200, RESERVATION_DETAIL.as_bytes())
                .unwrap()
                .data;
        let q = parse::<Quotation>(Endpoint::Quotation, 200, QUOTATION_PREVIEW.as_bytes())
            .unwrap()
            .data;
        let both = BookingView::new(Some(&r), Some(&q));
        let quote_only = BookingView::of_quotation(&q);
        assert!(both.client_name().is_some());
        assert!(both.booking_id().is_some());
        // The quotation alone still names the unit, with its space.
        let label = quote_only.unit_label().unwrap();
        assert!(label.ends_with("m²"), "{label}");
        assert_eq!(
            quote_only.unit_name(),
            join(vec![
                quote_only.space(),
                quote_only.storage().and_then(|s| s.name.clone())
            ])
        );
        assert_eq!(BookingView::default().unit_label(), None);
    }
}
