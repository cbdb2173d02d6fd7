//! Figures read from the API: money (`{price, formattedPrice}`) and rates
//! (`{percentage, formattedPercentage}`), each checked against its own text
//! by one generic check.

use rust_decimal::Decimal;

use super::calc::eq_cents;
use super::ctx::Ctx;
use super::model::{CheckKind, CheckWarning, Figure, Rate, Target, View};
use crate::api::lenient::{Money, Percent};
use crate::domain::money::{
    FormattedKind, MoneyLocale, format_money, format_percent, parse_formatted,
};
use crate::i18n::{tr_later, trf, trf_dyn};

pub(super) fn price(m: &Option<Money>) -> Option<Decimal> {
    m.as_ref()?.price
}

/// A figure from the API without checking it again (the comparison's cells
/// already did).
pub(super) fn plain_figure(ctx: &Ctx, m: &Option<Money>) -> Option<Figure> {
    api_figure(m, &ctx.locale)
}

/// A figure from the API's `{price, formattedPrice}`, unchecked.
pub(super) fn api_figure(m: &Option<Money>, locale: &MoneyLocale) -> Option<Figure> {
    let m = m.as_ref()?;
    let value = m.price?;
    let shown = non_blank(m.formatted.as_deref())
        .map(str::to_owned)
        .unwrap_or_else(|| format_money(value, locale));
    Some(Figure {
        value,
        shown,
        from_api: true,
        flagged: false,
    })
}

/// "Prorated · Total · taxable", or "Total · taxable" for no view.
pub(super) fn figure_name(view: Option<View>, item: &str, field: &str) -> String {
    match view {
        Some(v) => format!("{} · {item} · {field}", v.label()),
        None => format!("{item} · {field}"),
    }
}

fn non_blank(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// Money or a rate: what tells the two apart in the checks.
#[derive(Clone, Copy)]
enum Reading {
    Money,
    Rate,
}

impl Reading {
    /// A text of this kind is the wrong kind of number ("5 %" for money).
    fn wrong_kind(self) -> FormattedKind {
        match self {
            Reading::Money => FormattedKind::Percent,
            Reading::Rate => FormattedKind::Money,
        }
    }

    /// (the placeholder naming the number, the message for a text of the
    /// wrong kind, the message for a text that disagrees).
    fn messages(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Reading::Money => (
                "amount",
                tr_later("shown-as-text-a-percentage-but-it-is"),
                tr_later("shown-as-text-but-its-price-is-amount"),
            ),
            Reading::Rate => (
                "rate",
                tr_later("shown-as-text-an-amount-but-it-is"),
                tr_later("shown-as-text-but-the-rate-is-rate"),
            ),
        }
    }

    /// The number written for the property's locale.
    fn show(self, value: Decimal, locale: &MoneyLocale) -> String {
        match self {
            Reading::Money => format_money(value, locale),
            Reading::Rate => format_percent(value, locale),
        }
    }
}

/// A number the API sends with its own formatted text.
trait Formatted {
    const READING: Reading;
    /// The number and the API's text.
    fn parts(&self) -> (Option<Decimal>, Option<&str>);
}

impl Formatted for Money {
    const READING: Reading = Reading::Money;
    fn parts(&self) -> (Option<Decimal>, Option<&str>) {
        (self.price, self.formatted.as_deref())
    }
}

impl Formatted for Percent {
    const READING: Reading = Reading::Rate;
    fn parts(&self) -> (Option<Decimal>, Option<&str>) {
        (self.percentage, self.formatted.as_deref())
    }
}

/// Where a figure is shown, for the warning about it.
#[derive(Clone, Copy)]
pub(super) struct Place<'a> {
    pub view: Option<View>,
    /// "Prorated · Rent · taxable".
    pub name: &'a str,
    pub target: Option<Target>,
}

impl<'a> Place<'a> {
    /// A figure that is not shown in the comparison's cells.
    pub fn unmarked(view: Option<View>, name: &'a str) -> Self {
        Place {
            view,
            name,
            target: None,
        }
    }
}

impl Ctx {
    /// A figure from the API's `{price, formattedPrice}`, checking that the
    /// two agree. `None` when there is no price.
    pub fn figure(&mut self, m: Option<&Money>, place: Place) -> Option<Figure> {
        let (value, shown) = self.read_checked(m?, place)?;
        Some(Figure {
            value,
            shown,
            from_api: true,
            flagged: false,
        })
    }

    /// A rate from `{percentage, formattedPercentage}`, checking both agree.
    pub fn rate(&mut self, p: Option<&Percent>, place: Place) -> Option<Rate> {
        let (value, shown) = self.read_checked(p?, place)?;
        Some(Rate {
            value,
            shown,
            flagged: false,
        })
    }

    /// The number and the text to show (the API's, else ours); a note when
    /// the text cannot be read or has no number, a warning when the two
    /// disagree.
    fn read_checked<F: Formatted>(&mut self, f: &F, place: Place) -> Option<(Decimal, String)> {
        let (number, text) = f.parts();
        let text = non_blank(text);
        let Some(value) = number else {
            if let Some(t) = text {
                self.notes.push(trf(
                    "name-shown-as-text-without-a-number-not",
                    &[("name", &place.name), ("text", &t)],
                ));
            }
            return None;
        };
        let reading = F::READING;
        let Some(text) = text else {
            return Some((value, reading.show(value, &self.locale)));
        };
        let (key, wrong_kind, mismatch) = reading.messages();
        let message = match parse_formatted(text) {
            None => {
                self.notes.push(trf(
                    "name-could-not-read-the-formatted-text-text",
                    &[("name", &place.name), ("text", &text)],
                ));
                None
            }
            Some(read) if read.kind == reading.wrong_kind() => Some((wrong_kind, read.value)),
            Some(read) if !eq_cents(read.value, value) => Some((mismatch, read.value)),
            Some(_) => None,
        };
        if let Some((template, found)) = message {
            let shown = reading.show(value, &self.locale);
            self.warn(CheckWarning {
                view: place.view,
                kind: CheckKind::Formatting,
                figure: place.name.to_owned(),
                expected: Some(value),
                found: Some(found),
                message: trf_dyn(template, &[("text", &text), (key, &shown)]),
                target: place.target,
            });
        }
        Some((value, text.to_owned()))
    }
}
