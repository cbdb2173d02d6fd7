//! The StoRegister REST API: models, envelope, errors and the HTTP client.
//! No egui here.

pub mod client;
pub mod documents;
pub mod envelope;
pub mod error;
pub mod ids;
pub mod insurance;
pub mod lenient;
pub mod models;
pub mod walkin;

pub use client::{
    ApiKey, AuthStyle, ClientConfig, SaveOutcome, StoRegisterClient, install_tls_crypto,
};
pub use error::{ApiError, ApiErrorCode, Endpoint, IdKind};
pub use ids::{BookingId, InsuranceId, PriceId, ReservationId};

/// The documented example responses, verbatim from the API documents.
pub mod documented {
    pub const RESERVATION_DETAIL: &str =
        include_str!("../../fixtures/documented/reservation-detail.json");
    pub const QUOTATION_PREVIEW: &str =
        include_str!("../../fixtures/documented/activity-quotation-preview.json");
    pub const DOCUMENT_SAVE: &str = include_str!("../../fixtures/documented/document-save.json");
    /// Ids the documented examples carry.
    pub const RESERVATION_ID: &str = "3d491954-4ec3-466b-a7bc-a95b506aa8f3";
    pub const BOOKING_ID: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";
}

#[cfg(test)]
mod documented_tests {
    use super::documented::*;
    use super::envelope::parse;
    use super::models::{Quotation, ReservationDetail};
    use super::*;
    use rust_decimal::Decimal;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn documented_reservation_parses_with_every_quirk() {
        let r =
            parse::<ReservationDetail>(Endpoint::Reservation, 200, RESERVATION_DETAIL.as_bytes())
                .unwrap()
                .data;
        assert_eq!(r.id.as_deref(), Some(RESERVATION_ID));
        assert_eq!(
            r.client.as_ref().unwrap().name.as_deref(),
            Some("Renaud Pons")
        );
        assert_eq!(
            r.transact_date.as_ref().unwrap().date,
            chrono::NaiveDate::from_ymd_opt(2024, 2, 5)
        );
        let size = r.storage_size.as_ref().unwrap();
        assert_eq!(size.size_text().as_deref(), Some("4 m²"));
        assert_eq!(size.dimensions_text().as_deref(), Some("2 × 2 × 2.7 m"));
        let billing = r.billing_subscription.as_ref().unwrap();
        assert_eq!(
            billing.net_amount.as_ref().unwrap().price,
            Some(dec("32.50"))
        );
        // `categeory` (sic) and the {price, formattedPrice} tax rate.
        let item = &billing.transact_data[0];
        assert_eq!(item.category.as_deref(), Some("RENT"));
        assert_eq!(
            item.tax_percentage.as_ref().unwrap().percentage,
            Some(dec("20"))
        );
        // The rent line's {percentage, formattedPercentage} tax rate.
        let rent = billing.rent.as_ref().unwrap();
        assert_eq!(
            rent.tax_percentage.as_ref().unwrap().formatted.as_deref(),
            Some("20,00 %")
        );
        assert!(billing.insurance.is_empty() && billing.merchandise.is_empty());
        let hours = &r
            .property
            .as_ref()
            .unwrap()
            .property_office_opening_hours_info_list;
        assert_eq!(hours.len(), 8);
        assert_eq!(hours[7].day_of_week, Some(-1));
        assert_eq!(r.property.as_ref().unwrap().country_code(), Some("FR"));
    }

    #[test]
    fn documented_quotation_parses_with_every_quirk() {
        let q = parse::<Quotation>(Endpoint::Quotation, 200, QUOTATION_PREVIEW.as_bytes())
            .unwrap()
            .data;
        assert_eq!(q.id.as_deref(), Some(BOOKING_ID));
        assert_eq!(
            q.move_in_date.as_ref().unwrap().display().as_deref(),
            Some("08-09-2025")
        );
        assert_eq!(
            q.storage_size.as_ref().unwrap().size_text().as_deref(),
            Some("9 m²")
        );
        let pro = q.pro_rata_subscription.as_ref().unwrap();
        assert_eq!(
            pro.rent
                .as_ref()
                .unwrap()
                .taxable_price
                .as_ref()
                .unwrap()
                .price,
            Some(dec("49.91"))
        );
        assert_eq!(
            pro.rent.as_ref().unwrap().quantity.as_ref().unwrap().count,
            Some(dec("23"))
        );
        let rule = q.discount.as_ref().unwrap();
        assert_eq!(rule.occurrence_count, Some(3));
        assert_eq!(
            rule.discount_percentage.as_ref().unwrap().percentage,
            Some(dec("5"))
        );
        let sp = q.space_price.as_ref().unwrap();
        assert_eq!(
            sp.discounted_price
                .as_ref()
                .unwrap()
                .payable_price
                .as_ref()
                .unwrap()
                .formatted
                .as_deref(),
            Some("74,10 €")
        );
        assert_eq!(q.property.as_ref().unwrap().country_code(), Some("DE"));
        assert_eq!(q.property.as_ref().unwrap().payment_period.len(), 4);
        assert_eq!(q.is_document_signed, Some(false));
    }

    #[test]
    fn add_ons_parse_as_object_array_or_null() {
        let line = r#"{"description":"Insurance 2000 €","taxablePrice":{"price":9,"formattedPrice":"9,00 €"}}"#;
        for (shape, n) in [
            (line.to_string(), 1),
            (format!("[{line},{line}]"), 2),
            ("null".into(), 0),
        ] {
            let json =
                format!(r#"{{"insurance":{shape},"service":{shape},"merchandise":{shape}}}"#);
            let s: models::Subscription = serde_json::from_str(&json).unwrap();
            assert_eq!(
                (s.insurance.len(), s.service.len(), s.merchandise.len()),
                (n, n, n),
                "{shape}"
            );
        }
        let s: models::Subscription = serde_json::from_str("{}").unwrap();
        assert!(s.rent.is_none() && s.transact_data.is_empty());
    }

    #[test]
    fn unknown_fields_and_missing_blocks_are_fine() {
        let q: Quotation =
            serde_json::from_str(r#"{"id":"x","brandNewField":{"a":1},"client":null}"#).unwrap();
        assert_eq!(q.id.as_deref(), Some("x"));
        assert!(q.client.is_none());
    }
}
