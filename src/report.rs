//! Plain-text renderings for the terminal (the CLI's non-JSON output).

use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use crate::api::lenient::Money;
use crate::api::models::{Client, Property, Quotation, ReservationDetail, Subscription};
use crate::domain::booking::{self, BookingView};

fn or_dash(s: Option<&str>) -> &str {
    s.filter(|s| !s.trim().is_empty()).unwrap_or("—")
}

fn money(m: Option<&Money>) -> String {
    m.and_then(booking::money_text)
        .unwrap_or_else(|| "—".into())
}

fn client_lines(out: &mut String, c: &Client) {
    let _ = writeln!(out, "Client      {}", or_dash(c.name.as_deref()));
    let contact: Vec<&str> = [c.email.as_deref(), c.phone_number.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !contact.is_empty() {
        let _ = writeln!(out, "            {}", contact.join(" · "));
    }
    let addr = address_line(
        c.address.as_deref(),
        c.postal_code.as_deref(),
        c.city.as_deref(),
    );
    if !addr.is_empty() {
        let _ = writeln!(out, "            {addr}");
    }
}

/// "13 rue des Chalets, 31000 Toulouse", skipping empty parts.
pub fn address_line(street: Option<&str>, postal: Option<&str>, city: Option<&str>) -> String {
    let town: Vec<&str> = [postal, city]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    [street.unwrap_or("").trim().to_owned(), town.join(" ")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn property_lines(out: &mut String, p: &Property) {
    let _ = writeln!(out, "Property    {}", or_dash(p.title()));
    let addr = address_line(
        p.address.as_deref(),
        p.postal_code.as_deref(),
        p.city.as_deref(),
    );
    if !addr.is_empty() {
        let _ = writeln!(out, "            {addr}");
    }
    if let Some(phone) = p.contact_number.as_deref().filter(|s| !s.is_empty()) {
        let _ = writeln!(out, "            {phone}");
    }
}

fn unit_lines(out: &mut String, view: &BookingView<'_>) {
    let storage = view.storage().and_then(|s| s.name.as_deref());
    let mut parts = vec![or_dash(storage).to_owned()];
    let category = view.storage_category().and_then(|s| s.name.as_deref());
    if let Some(c) = category.filter(|s| !s.is_empty()) {
        parts.push(format!("category {c}"));
    }
    if let Some(s) = view.space() {
        parts.push(format!("space {s}"));
    }
    let _ = writeln!(out, "Unit        {}", parts.join(" · "));
    if view.storage_size().is_some() {
        let dims = view
            .dimensions_text()
            .map(|d| format!(" ({d})"))
            .unwrap_or_default();
        let size = view.size_text().unwrap_or_else(|| "size —".into());
        let _ = writeln!(out, "            {size}{dims}");
    }
}

fn subscription_line(out: &mut String, label: &str, s: Option<&Subscription>) {
    let Some(s) = s else {
        let _ = writeln!(out, "{label:<12}—");
        return;
    };
    let period = match (
        s.start_date.as_ref().and_then(|d| d.display()),
        s.end_date.as_ref().and_then(|d| d.display()),
    ) {
        (Some(a), Some(b)) => format!("  ({a} to {b})"),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "{label:<12}{} incl. tax {}{period}",
        money(s.net_amount.as_ref()),
        money(s.tax_amount.as_ref())
    );
}

pub fn reservation_text(r: &ReservationDetail) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Reservation {}  (transaction {})",
        or_dash(r.id.as_deref()),
        or_dash(r.transact_id.as_deref())
    );
    if let Some(c) = &r.client {
        client_lines(&mut out, c);
    }
    if let Some(p) = &r.property {
        property_lines(&mut out, p);
    }
    unit_lines(&mut out, &BookingView::new(Some(r), None));
    let date = |d: &Option<crate::api::lenient::ApiDate>| d.as_ref().and_then(|d| d.display());
    let _ = writeln!(
        out,
        "Transaction {}",
        or_dash(date(&r.transact_date).as_deref())
    );
    if let Some(d) = date(&r.reservation_date) {
        let _ = writeln!(out, "Reserved    {d}");
    }
    if let Some(d) = date(&r.move_in_date) {
        let _ = writeln!(out, "Move-in     {d}");
    }
    subscription_line(&mut out, "First", r.pro_rata_subscription.as_ref());
    subscription_line(&mut out, "Each cycle", r.billing_subscription.as_ref());
    out
}

pub fn quotation_text(q: &Quotation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Booking     {}  (transaction {})",
        or_dash(q.id.as_deref()),
        or_dash(q.transact_id.as_deref())
    );
    if let Some(c) = &q.client {
        client_lines(&mut out, c);
    }
    if let Some(p) = &q.property {
        property_lines(&mut out, p);
    }
    unit_lines(&mut out, &BookingView::of_quotation(q));
    if let Some(d) = q.move_in_date.as_ref().and_then(|d| d.display()) {
        let _ = writeln!(out, "Move-in     {d}");
    }
    let signed = match q.is_document_signed {
        Some(true) => "signed",
        Some(false) => "not signed yet",
        None => "unknown",
    };
    let _ = writeln!(out, "Contract    {signed}");
    out.push('\n');
    // The full comparison: every figure per view, the checks, the proration
    // explanation and the 12-cycle projection.
    let comparison = crate::domain::quote::compare_quotation(q);
    out.push_str(&crate::domain::quote::comparison_text(&comparison));
    out
}

/// The property's week, its status now and any odd data, for the terminal.
pub fn hours_text(p: &Property, now: DateTime<Utc>) -> String {
    let schedule = crate::domain::hours::schedule_for(p);
    let mut out = String::new();
    let _ = writeln!(out, "{}", or_dash(p.title()));
    let addr = address_line(
        p.address.as_deref(),
        p.postal_code.as_deref(),
        p.city.as_deref(),
    );
    if !addr.is_empty() {
        let _ = writeln!(out, "{addr}");
    }
    out.push('\n');
    out.push_str(&crate::domain::hours::week_table_text(&schedule, now));
    out
}
