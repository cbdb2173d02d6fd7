//! `storedesk insurance`: a booking's insurance options, with what each
//! adds to the quote, and linking one (issue 28).

use std::io::Write;

use clap::Args;
use serde::Serialize;

use super::{Failure, GlobalArgs, client, exit, key_from_env_or_keyring, print_json};
use crate::api::insurance::InsuranceList;
use crate::api::insurance::{LinkOutcome, shows_insurance};
use crate::api::models::Quotation;
use crate::api::{BookingId, InsuranceId, PriceId};
use crate::domain::insurance::{InsuranceProblem, InsuredQuote, with_option};
use crate::domain::quote::compare_quotation;
use crate::secrets::SecretStore;

#[derive(Debug, Clone, Args)]
pub struct InsuranceArgs {
    pub booking_id: String,
    /// Link this insurance option (its id) to the booking.
    #[arg(long, value_name = "INSURANCE_ID", requires = "price")]
    pub link: Option<String>,
    /// The option's price line (its id) to link with --link.
    #[arg(long, value_name = "PRICE_ID", requires = "link")]
    pub price: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub async fn run(
    global: &GlobalArgs,
    a: InsuranceArgs,
    store: &dyn SecretStore,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    // Every id is checked before any call.
    let booking = BookingId::parse(&a.booking_id)?;
    let chosen = match (&a.link, &a.price) {
        (Some(i), Some(p)) => Some((InsuranceId::parse(i)?, PriceId::parse(p)?)),
        _ => None,
    };
    let c = client(global, key_from_env_or_keyring(store)?)?;
    match chosen {
        None => {
            let list = c.insurance_for_booking(&booking).await?;
            // The quote is needed for what each option adds; without it the
            // options are still listed.
            let quote = c.quotation_preview(&booking).await.ok();
            if a.json {
                return print_json(out, &list);
            }
            write!(out, "{}", options_text(&list, quote.as_ref())).ok();
            Ok(())
        }
        Some((insurance, price)) => {
            let before = c.quotation_preview(&booking).await.ok();
            if before.as_ref().and_then(|q| q.is_document_signed) == Some(true) {
                eprintln!(
                    "Note: booking {booking} is already signed; this link changes a signed booking (its contract must be signed again)."
                );
            }
            let outcome = c
                .link_insurance_and_read_back(&booking, &insurance, &price)
                .await;
            report_link(out, a.json, &booking, &insurance, outcome)
        }
    }
}

/// The JSON of a link's result.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LinkReport<'a> {
    booking: String,
    insurance_id: String,
    /// "linked", or "unknown" (the answer was lost; `linked` says what the
    /// quotation read back shows).
    outcome: &'a str,
    linked: Option<bool>,
    quotation: Option<&'a Quotation>,
}

fn report_link(
    out: &mut dyn Write,
    json: bool,
    booking: &BookingId,
    insurance: &InsuranceId,
    outcome: LinkOutcome,
) -> Result<(), Failure> {
    let (outcome_word, linked, quotation, error) = match &outcome {
        LinkOutcome::Refused(e) => return Err(e.clone().into()),
        LinkOutcome::Linked { quotation, .. } => {
            ("linked", Some(true), quotation.as_deref().ok(), None)
        }
        LinkOutcome::Unknown {
            error,
            read_back,
            linked,
        } => ("unknown", *linked, read_back.as_deref().ok(), Some(error)),
    };
    if json {
        print_json(
            out,
            &LinkReport {
                booking: booking.to_string(),
                insurance_id: insurance.to_string(),
                outcome: outcome_word,
                linked,
                quotation,
            },
        )?;
    } else {
        match (error, linked) {
            (None, _) => writeln!(out, "Insurance {insurance} linked to booking {booking}.").ok(),
            (Some(e), Some(true)) => writeln!(
                out,
                "The server's answer was lost ({e}), but the booking's quotation read back shows insurance {insurance}: it is linked. Nothing was sent again."
            )
            .ok(),
            (Some(_), _) => None,
        };
        if let Some(q) = quotation {
            write!(out, "{}", crate::report::quotation_text(q)).ok();
        }
    }
    match (error, linked) {
        (Some(_), Some(true)) => Ok(()),
        (Some(e), Some(false)) => Err(Failure {
            code: exit::TRANSPORT,
            message: format!(
                "The server's answer was lost ({e}) and the quotation read back does not show insurance {insurance}: it was not linked. Nothing was sent again; run the command again to link it."
            ),
        }),
        (Some(e), None) => Err(Failure {
            code: exit::TRANSPORT,
            message: format!(
                "The server's answer was lost ({e}) and the quotation could not be read back: whether the insurance was linked is unknown. Check the booking before linking again."
            ),
        }),
        (None, _) => {
            if let LinkOutcome::Linked {
                quotation: Ok(q), ..
            } = &outcome
                && !shows_insurance(q, &insurance.to_string())
            {
                eprintln!(
                    "Warning: the server said yes, but the quotation read back does not show insurance {insurance}."
                );
            }
            Ok(())
        }
    }
}

/// An amount as the server wrote it, else its number.
fn shown(m: Option<&crate::api::lenient::Money>) -> Option<String> {
    let m = m?;
    m.formatted
        .clone()
        .or_else(|| m.price.map(|p| p.to_string()))
}

/// The options, each premium with what it adds to the quote.
pub fn options_text(list: &InsuranceList, quote: Option<&Quotation>) -> String {
    let mut s = String::new();
    if list.options.is_empty() {
        s.push_str("No insurance is offered for this unit.\n");
    }
    let base = quote.map(compare_quotation);
    for o in &list.options {
        let cover = shown(o.coverage.as_ref())
            .map(|c| format!(", goods up to {c}"))
            .unwrap_or_default();
        let described = match (&o.name, &o.description) {
            (Some(n), Some(d)) if n.trim() != d.trim() => format!("{} – {}", n.trim(), d.trim()),
            _ => o.label(),
        };
        s.push_str(&format!("{described}{cover}\n  insurance id {}\n", o.id));
        if o.linkable().next().is_none() {
            s.push_str("  no price line: it cannot be linked\n");
        }
        for p in &o.prices {
            let premium = shown(p.premium.as_ref()).unwrap_or_else(|| "premium not given".into());
            let period = p.period_name().unwrap_or_else(|| "period not given".into());
            let id = p.id.as_deref().unwrap_or("none (cannot be linked)");
            s.push_str(&format!("  {premium} {period} before tax, price id {id}\n"));
            if let (Some(q), Some(base), Some(_)) = (quote, &base, &p.id) {
                s.push_str(&adds_text(with_option(q, base, o, p).as_ref()));
            }
        }
        for u in &o.unreadable {
            s.push_str(&format!("  (could not read: {u})\n"));
        }
    }
    for u in &list.unreadable {
        s.push_str(&format!("Could not read {u}\n"));
    }
    s
}

fn adds_text(q: Result<&InsuredQuote, &InsuranceProblem>) -> String {
    let q = match q {
        Ok(q) => q,
        Err(e) => return format!("    ({})\n", e.message()),
    };
    let shown = |f: &Option<crate::domain::quote::Figure>| {
        f.as_ref()
            .map_or_else(|| "—".to_owned(), |f| f.shown.clone())
    };
    let twelve = shown(&q.adds_to_twelve_cycles);
    if q.replaces.is_empty() {
        return format!(
            "    adds {} to the first payment, {} to each cycle, {twelve} over 12 cycles (tax included)\n",
            q.first_payment.payable.shown, q.per_cycle.payable.shown
        );
    }
    format!(
        "    costs {} in the first payment and {} a cycle, replacing {}: the quote changes by {} on the first payment, {} a cycle, {twelve} over 12 cycles (tax included)\n",
        q.first_payment.payable.shown,
        q.per_cycle.payable.shown,
        q.replaces.join(", "),
        shown(&q.first_payment_change),
        shown(&q.cycle_change),
    )
}
