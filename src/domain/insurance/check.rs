//! After a link: the server's `insurance` block against what staff were
//! shown and confirmed. Every difference is a warning, never a correction.

use rust_decimal::Decimal;

use super::{InsuredQuote, figure_name, warning};
use crate::api::lenient::Money;
use crate::api::models::{LineItem, Quotation, Subscription};
use crate::domain::money::{format_money, round_cents};
use crate::domain::quote::{CheckWarning, Field, LineKind, Target, TotalKind, View};
use crate::i18n::{tr, trf};

/// One of a line's amounts.
type Pick = fn(&LineItem) -> &Option<Money>;

fn price(m: &Option<Money>) -> Option<Decimal> {
    m.as_ref()?.price
}

fn view_of(q: &Quotation, view: View) -> Option<&Subscription> {
    match view {
        View::Preview => q.subscription.as_ref(),
        View::Billing => q.billing_subscription.as_ref(),
        View::ProRata => q.pro_rata_subscription.as_ref(),
    }
}

/// The server's quotation after the link (`server`) against the quote
/// staff were shown (`shown`): in the full-cycle and prorated views, one
/// insurance line, of the option linked, with the figures shown, and the
/// same net totals.
pub fn check_linked(shown: &InsuredQuote, server: &Quotation) -> Vec<CheckWarning> {
    let mut out = Vec::new();
    for view in [View::Billing, View::ProRata] {
        let (Some(ours), Some(theirs)) = (view_of(&shown.quotation, view), view_of(server, view))
        else {
            continue;
        };
        check_view(shown, view, ours, theirs, &mut out);
    }
    out
}

fn check_view(
    shown: &InsuredQuote,
    view: View,
    ours: &Subscription,
    theirs: &Subscription,
    out: &mut Vec<CheckWarning>,
) {
    let locale = &shown.comparison.locale;
    let money = |d: Decimal| format_money(d, locale);
    let name = figure_name(view, tr("insurance"));
    let line = match theirs.insurance.as_slice() {
        [] => {
            out.push(warning(
                Some(view),
                name,
                (None, None),
                trf(
                    "the-servers-quotation-has-no-insurance-line-staff-were",
                    &[("name", &shown.label)],
                ),
                None,
            ));
            return;
        }
        [one] => one,
        many => {
            out.push(warning(
                Some(view),
                name.clone(),
                (Some(Decimal::ONE), Some(Decimal::from(many.len()))),
                trf(
                    "the-server-shows-count-insurance-lines-staff-were-shown",
                    &[("count", &many.len()), ("name", &shown.label)],
                ),
                None,
            ));
            // Compare the line of the option linked, when it is there.
            match many.iter().find(|l| same_id(l, &shown.insurance_id)) {
                Some(l) => l,
                None => return,
            }
        }
    };
    if let Some(id) = line
        .id
        .as_deref()
        .filter(|id| !same_id(line, &shown.insurance_id) && !id.trim().is_empty())
    {
        let found = Some(line.label())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| id.to_owned());
        out.push(warning(
            Some(view),
            name,
            (None, None),
            trf(
                "the-servers-insurance-is-found-staff-were-shown-expected",
                &[("found", &found), ("expected", &shown.label)],
            ),
            None,
        ));
    }
    let Some(expected) = ours.insurance.first() else {
        return;
    };
    let parts: [(Field, Pick); 3] = [
        (Field::Taxable, |l| &l.taxable_price),
        (Field::Tax, |l| &l.tax_price),
        (Field::Payable, |l| &l.payable_price),
    ];
    for (field, pick) in parts {
        let (Some(e), Some(f)) = (price(pick(expected)), price(pick(line))) else {
            continue;
        };
        if round_cents(e) != round_cents(f) {
            out.push(warning(
                Some(view),
                figure_name(view, field.label()),
                (Some(e), Some(f)),
                trf(
                    "staff-were-shown-expected-the-server-says-found",
                    &[("expected", &money(e)), ("found", &money(f))],
                ),
                Some(Target::Line {
                    view,
                    kind: LineKind::Insurance,
                    index: 0,
                    field,
                }),
            ));
        }
    }
    if let (Some(e), Some(f)) = (price(&ours.net_amount), price(&theirs.net_amount))
        && round_cents(e) != round_cents(f)
    {
        out.push(warning(
            Some(view),
            format!(
                "{} · {} · {}",
                view.label(),
                tr("total"),
                TotalKind::Net.label()
            ),
            (Some(e), Some(f)),
            trf(
                "staff-were-shown-expected-the-server-says-found",
                &[("expected", &money(e)), ("found", &money(f))],
            ),
            Some(Target::Total {
                view,
                kind: TotalKind::Net,
            }),
        ));
    }
}

fn same_id(line: &LineItem, id: &str) -> bool {
    line.id
        .as_deref()
        .is_some_and(|l| l.trim().eq_ignore_ascii_case(id.trim()))
}
