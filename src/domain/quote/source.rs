//! Where the figures come from: the parts of a quotation or a reservation
//! the comparison reads, borrowed, and the locale to show them in.

use chrono::NaiveDate;

use super::model::View;
use crate::api::models::{
    DiscountRule, PaymentPeriod, Property, Quotation, ReservationDetail, SpacePrice, Subscription,
};
use crate::domain::money::MoneyLocale;

/// What both endpoints give us, borrowed.
pub(super) struct Source<'a> {
    /// Indexed by [`View::index`].
    pub views: [Option<&'a Subscription>; 3],
    pub rule: Option<&'a DiscountRule>,
    pub space_price: Option<&'a SpacePrice>,
    pub payment_period: Option<&'a PaymentPeriod>,
    pub property: Option<&'a Property>,
    pub move_in: Option<NaiveDate>,
    pub heading: String,
}

fn join_heading(parts: Vec<Option<String>>) -> String {
    parts
        .into_iter()
        .flatten()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The unit's display id and storage name ("A2", "Box Storage"), the blank
/// ones left out.
pub(super) fn unit_names(q: &Quotation) -> Vec<String> {
    [
        q.space_info
            .as_ref()
            .and_then(|s| s.space_display_id.clone()),
        q.storage.as_ref().and_then(|s| s.name.clone()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect()
}

impl<'a> Source<'a> {
    pub fn from_quotation(q: &'a Quotation) -> Self {
        let unit = unit_names(q).join(" ");
        let heading = join_heading(vec![
            q.transact_id.clone(),
            q.property
                .as_ref()
                .and_then(|p| p.title().map(str::to_owned)),
            Some(unit),
            q.storage_size
                .as_ref()
                .and_then(crate::domain::booking::size_text),
        ]);
        Source {
            views: [
                q.subscription.as_ref(),
                q.billing_subscription.as_ref(),
                q.pro_rata_subscription.as_ref(),
            ],
            rule: q.discount.as_ref(),
            space_price: q.space_price.as_ref(),
            payment_period: q.payment_period.as_ref(),
            property: q.property.as_ref(),
            move_in: q.move_in_date.as_ref().and_then(|d| d.date),
            heading,
        }
    }

    pub fn from_reservation(r: &'a ReservationDetail) -> Self {
        let heading = join_heading(vec![
            r.transact_id.clone(),
            r.property
                .as_ref()
                .and_then(|p| p.title().map(str::to_owned)),
            r.storage.as_ref().and_then(|s| s.name.clone()),
            r.storage_size
                .as_ref()
                .and_then(crate::domain::booking::size_text),
        ]);
        Source {
            views: [
                None,
                r.billing_subscription.as_ref(),
                r.pro_rata_subscription.as_ref(),
            ],
            rule: None,
            space_price: None,
            payment_period: None,
            property: r.property.as_ref(),
            move_in: r.move_in_date.as_ref().and_then(|d| d.date),
            heading,
        }
    }

    pub fn view(&self, v: View) -> Option<&'a Subscription> {
        self.views[v.index()]
    }

    /// The full-cycle view, or the preview when the full cycle is missing.
    pub fn regular(&self) -> Option<(View, &'a Subscription)> {
        [View::Billing, View::Preview]
            .into_iter()
            .find_map(|v| self.view(v).map(|s| (v, s)))
    }
}

/// The locale for the property's country and currency.
pub(super) fn locale_for(property: Option<&Property>) -> MoneyLocale {
    let country = property.and_then(|p| p.country_code());
    let currency = property
        .and_then(|p| p.country.as_ref())
        .and_then(|c| c.currency_code.as_deref());
    MoneyLocale::for_country(country, currency)
}
