//! Money and percentages: formatting for the property's locale, lenient
//! reading of the API's `formattedPrice` strings, and cent rounding.
//!
//! All arithmetic is [`Decimal`]; nothing here touches `f64`.
//!
//! # Formatting
//!
//! The API formats every amount of the documented examples as `"74,10 €"` /
//! `"-3,25 €"` (decimal comma, a plain space, the symbol after, the minus sign
//! first) and rates as `"20,00 %"`, even for a German property, so the
//! continental style below copies exactly that, including the plain ASCII
//! space. The documents never show an amount of 1 000 or more; for those we
//! group thousands with a plain space (`"1 234,56 €"`), the French convention
//! the API appears to follow, for every continental country alike so our
//! figures look like the API's figures beside them. English-speaking
//! countries (GB, IE, US, ...) get `"€1,234.56"`, `"£1,234.56"`, `"-£3.25"`.
//!
//! # Rounding
//!
//! [`round_cents`] rounds half away from zero (`MidpointAwayFromZero`, the
//! usual invoicing rule), not half to even. The documents' figures agree with
//! it (65 / 30 = 2.1666… → 2.17; 5 % of 49.91 = 2.4955 → 2.50;
//! 27.08 × 20 % = 5.416 → 5.42), although none of them is an exact tie, so
//! they do not prove it: the two rules differ only on ties such as
//! 0.125 (→ 0.13 here, 0.12 with banker's rounding).

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

/// How amounts and rates are written for one property.
///
/// Build it with [`MoneyLocale::for_country`]; every field is public so a
/// setting can override it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyLocale {
    /// ISO 4217 code, e.g. "EUR". Also the CSV currency column.
    pub currency: String,
    /// What is written next to the amount, e.g. "€", "£", "CHF".
    pub symbol: String,
    /// `,` in the continental style, `.` in the English one.
    pub decimal_separator: char,
    /// Thousands separator; `None` writes no grouping.
    pub group_separator: Option<char>,
    /// `true`: "€1,234.56"; `false`: "1 234,56 €".
    pub symbol_first: bool,
    /// What follows a rate: " %" (continental) or "%" (English).
    pub percent_suffix: String,
}

impl Default for MoneyLocale {
    /// The API's own style in euros: `"74,10 €"`.
    fn default() -> Self {
        Self::continental("EUR")
    }
}

/// Countries whose customers read "€1,234.56" rather than "1 234,56 €".
const ENGLISH_STYLE: &[&str] = &["GB", "UK", "IE", "US", "CA", "AU", "NZ", "MT"];

impl MoneyLocale {
    /// The continental style the API uses: `"1 234,56 €"`, `"20,00 %"`.
    pub fn continental(currency: &str) -> Self {
        let currency = normalise_code(currency);
        Self {
            symbol: symbol_for(&currency),
            currency,
            decimal_separator: ',',
            group_separator: Some(' '),
            symbol_first: false,
            percent_suffix: " %".into(),
        }
    }

    /// The English style: `"€1,234.56"`, `"£1,234.56"`, `"20.00%"`.
    pub fn english(currency: &str) -> Self {
        let currency = normalise_code(currency);
        Self {
            symbol: symbol_for(&currency),
            currency,
            decimal_separator: '.',
            group_separator: Some(','),
            symbol_first: true,
            percent_suffix: "%".into(),
        }
    }

    /// The locale for a property in `country_iso2` (e.g. "FR", "GB").
    ///
    /// `currency_code` is the API's `country.currencyCode` when it sends one
    /// (often null); otherwise the currency follows the country (GBP for GB,
    /// CHF for CH, ..., EUR by default). Unknown or missing countries get the
    /// API's continental euro style.
    pub fn for_country(country_iso2: Option<&str>, currency_code: Option<&str>) -> Self {
        let country = country_iso2
            .map(|c| c.trim().to_ascii_uppercase())
            .unwrap_or_default();
        let currency = currency_code
            .map(str::trim)
            .filter(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()))
            .map(str::to_owned)
            .unwrap_or_else(|| currency_for_country(&country).to_owned());
        if ENGLISH_STYLE.contains(&country.as_str()) {
            Self::english(&currency)
        } else {
            Self::continental(&currency)
        }
    }
}

fn normalise_code(code: &str) -> String {
    let c = code.trim().to_ascii_uppercase();
    if c.is_empty() { "EUR".into() } else { c }
}

fn currency_for_country(country: &str) -> &'static str {
    match country {
        "GB" | "UK" => "GBP",
        "CH" | "LI" => "CHF",
        "US" => "USD",
        "CA" => "CAD",
        "AU" => "AUD",
        "NZ" => "NZD",
        "SE" => "SEK",
        "DK" => "DKK",
        "NO" => "NOK",
        "PL" => "PLN",
        "CZ" => "CZK",
        _ => "EUR",
    }
}

fn symbol_for(currency: &str) -> String {
    match currency {
        "EUR" => "€",
        "GBP" => "£",
        "USD" | "CAD" | "AUD" | "NZD" => "$",
        "SEK" | "NOK" => "kr",
        "DKK" => "kr.",
        "PLN" => "zł",
        "CZK" => "Kč",
        other => other,
    }
    .to_owned()
}

/// Rounds to the cent, half away from zero (2.1666 → 2.17, 2.4955 → 2.50,
/// 0.125 → 0.13, -0.125 → -0.13).
///
/// This is the rounding the documents' figures show; banker's rounding
/// (half to even) would turn 0.125 into 0.12.
pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// An amount as a plain decimal with a dot and exactly two decimals
/// ("-3.90", "1234.50"): the CSV form that spreadsheets read as a number.
pub fn plain_amount(amount: Decimal) -> String {
    let mut r = round_cents(amount);
    if r.is_zero() {
        r = Decimal::ZERO;
    }
    r.rescale(2);
    r.to_string()
}

/// `digits` ("1234") grouped by three with `sep` ("1 234").
fn group_digits(digits: &str, sep: Option<char>) -> String {
    let Some(sep) = sep else {
        return digits.to_owned();
    };
    let n = digits.len();
    let mut out = String::with_capacity(n + n / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// The number part, rounded to two decimals: ("1 234", "56", negative).
fn number_parts(value: Decimal, group: Option<char>) -> (String, String, bool) {
    let r = round_cents(value);
    let negative = r.is_sign_negative() && !r.is_zero();
    let text = plain_amount(r.abs());
    let (int, frac) = text.split_once('.').unwrap_or((text.as_str(), "00"));
    (group_digits(int, group), frac.to_owned(), negative)
}

/// An amount for people, rounded to the cent: `"74,10 €"`, `"-3,25 €"`,
/// `"1 234,56 €"` (continental) or `"€1,234.56"`, `"-£3.25"` (English).
pub fn format_money(amount: Decimal, locale: &MoneyLocale) -> String {
    let (int, frac, negative) = number_parts(amount, locale.group_separator);
    let sign = if negative { "-" } else { "" };
    let number = format!("{int}{}{frac}", locale.decimal_separator);
    if locale.symbol_first {
        format!("{sign}{}{number}", locale.symbol)
    } else {
        format!("{sign}{number} {}", locale.symbol)
    }
}

/// A rate for people, two decimals: `"20,00 %"` (continental), `"20.00%"`
/// (English).
pub fn format_percent(percent: Decimal, locale: &MoneyLocale) -> String {
    let (int, frac, negative) = number_parts(percent, locale.group_separator);
    let sign = if negative { "-" } else { "" };
    format!(
        "{sign}{int}{}{frac}{}",
        locale.decimal_separator, locale.percent_suffix
    )
}

/// What a formatted string turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormattedKind {
    /// It names a currency ("74,10 €", "€1,234.56", "12.00 EUR").
    Money,
    /// It carries a percent sign ("20,00 %", "5%").
    Percent,
    /// A bare number ("20.00"), as `transactData.taxPercentage` sends it.
    Number,
}

/// A number read back from a formatted string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formatted {
    pub value: Decimal,
    pub kind: FormattedKind,
}

fn is_space(ch: char) -> bool {
    ch.is_whitespace() || matches!(ch, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// Reads an API display string leniently: `"74,10 €"`, `"-0,65 €"`,
/// `"1.234,56 €"`, `"1 234,56 €"`, `"€1,234.56"`, `"-£3.25"`, `"(3.25)"`,
/// `"5,00 %"`, `"20.00"`.
///
/// Separators: when both `.` and `,` occur, the last one is the decimal
/// separator. When only one kind occurs, several of them are thousands
/// separators; a single one followed by exactly three digits after a 1–3
/// digit non-zero integer part ("1.234", "1,234") is read as a thousands
/// separator too (amounts are never written with three decimals); otherwise
/// it is the decimal separator. Spaces and apostrophes between digits are
/// thousands separators. Returns `None` when the text holds no number, two
/// numbers, or both a percent sign and a currency.
pub fn parse_formatted(text: &str) -> Option<Formatted> {
    let chars: Vec<char> = text.trim().chars().collect();
    let first = chars.iter().position(char::is_ascii_digit)?;
    let last = chars.iter().rposition(char::is_ascii_digit)?;
    // A separator right before the first digit (".5") belongs to the number.
    let start = if first > 0 && matches!(chars[first - 1], '.' | ',') {
        first - 1
    } else {
        first
    };
    let (before, span, after) = (&chars[..start], &chars[start..=last], &chars[last + 1..]);
    if !span
        .iter()
        .all(|&c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | '’') || is_space(c))
    {
        return None;
    }
    let mut negative = false;
    let mut percent = false;
    let mut currency = false;
    let mut open_paren = false;
    let mut close_paren = false;
    for &c in before.iter().chain(after) {
        match c {
            '-' | '−' | '–' => negative = true,
            '%' => percent = true,
            '(' => open_paren = true,
            ')' => close_paren = true,
            '+' => {}
            c if is_space(c) => {}
            c if c.is_ascii_digit() => return None,
            // Symbols (€, £, $) and letters (EUR, CHF, kr) name a currency.
            _ => currency = true,
        }
    }
    if open_paren && close_paren {
        negative = true;
    }
    if percent && currency {
        return None;
    }
    let compact: String = span
        .iter()
        .filter(|&&c| c.is_ascii_digit() || c == '.' || c == ',')
        .collect();
    let normalised = normalise_separators(&compact)?;
    let mut value = Decimal::from_str(&normalised).ok()?;
    if negative {
        value = -value;
    }
    let kind = if percent {
        FormattedKind::Percent
    } else if currency {
        FormattedKind::Money
    } else {
        FormattedKind::Number
    };
    Some(Formatted { value, kind })
}

/// "1.234,56" → "1234.56" following the rules of [`parse_formatted`].
fn normalise_separators(s: &str) -> Option<String> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            if dots + commas > 1 {
                None
            } else {
                let (int, frac) = s.split_once(sep)?;
                let thousands =
                    frac.len() == 3 && (1..=3).contains(&int.len()) && !int.starts_with('0');
                if thousands { None } else { Some(sep) }
            }
        }
        _ => {
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            let sep = if last_dot > last_comma { '.' } else { ',' };
            if s.matches(sep).count() > 1 {
                return None;
            }
            Some(sep)
        }
    };
    let mut out = String::with_capacity(s.len());
    let mut seen_decimal = false;
    for c in s.chars() {
        match c {
            '0'..='9' => out.push(c),
            c if Some(c) == decimal => {
                if seen_decimal {
                    return None;
                }
                seen_decimal = true;
                out.push('.');
            }
            _ => {}
        }
    }
    if out.is_empty() || out == "." {
        None
    } else {
        Some(out)
    }
}

/// The amount a `formattedPrice` shows, or `None` when it is not an amount:
/// unreadable, or a percentage ("5,00 %" is a rate, never money). A bare
/// number ("20.00") is accepted.
pub fn parse_formatted_money(text: &str) -> Option<Decimal> {
    parse_formatted(text)
        .filter(|f| f.kind != FormattedKind::Percent)
        .map(|f| f.value)
}

/// The rate a `formattedPercentage` shows ("20,00 %", "5%", "20.00"), or
/// `None` when it is unreadable or names a currency.
pub fn parse_formatted_percent(text: &str) -> Option<Decimal> {
    parse_formatted(text)
        .filter(|f| f.kind != FormattedKind::Money)
        .map(|f| f.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_cents(dec("65") / dec("30")), dec("2.17"));
        assert_eq!(round_cents(dec("2.4955")), dec("2.50"));
        assert_eq!(round_cents(dec("0.125")), dec("0.13"));
        assert_eq!(round_cents(dec("-0.125")), dec("-0.13"));
        assert_eq!(round_cents(dec("5.416")), dec("5.42"));
        assert_eq!(round_cents(dec("-0.65")), dec("-0.65"));
    }

    #[test]
    fn continental_format_matches_the_api() {
        let l = MoneyLocale::for_country(Some("FR"), None);
        assert_eq!(format_money(dec("74.1"), &l), "74,10 €");
        assert_eq!(format_money(dec("-3.25"), &l), "-3,25 €");
        assert_eq!(format_money(dec("-0.65"), &l), "-0,65 €");
        assert_eq!(format_money(dec("0"), &l), "0,00 €");
        assert_eq!(format_money(dec("-0.001"), &l), "0,00 €");
        assert_eq!(format_money(dec("1234.56"), &l), "1 234,56 €");
        assert_eq!(format_money(dec("1234567.891"), &l), "1 234 567,89 €");
        assert_eq!(format_money(dec("999.995"), &l), "1 000,00 €");
        assert_eq!(format_percent(dec("20"), &l), "20,00 %");
        assert_eq!(format_percent(dec("5"), &l), "5,00 %");
        // The documented German property is formatted exactly like France.
        let de = MoneyLocale::for_country(Some("DE"), None);
        assert_eq!(format_money(dec("74.10"), &de), "74,10 €");
        for c in ["BE", "ES", "IT", "NL", "", "??"] {
            assert_eq!(
                format_money(dec("1234.5"), &MoneyLocale::for_country(Some(c), None)),
                "1 234,50 €"
            );
        }
        assert_eq!(MoneyLocale::for_country(None, None), MoneyLocale::default());
    }

    #[test]
    fn english_format() {
        let gb = MoneyLocale::for_country(Some("gb"), None);
        assert_eq!(gb.currency, "GBP");
        assert_eq!(format_money(dec("1234.56"), &gb), "£1,234.56");
        assert_eq!(format_money(dec("-3.25"), &gb), "-£3.25");
        assert_eq!(format_percent(dec("20"), &gb), "20.00%");
        let ie = MoneyLocale::for_country(Some("IE"), None);
        assert_eq!(format_money(dec("1234.56"), &ie), "€1,234.56");
        // The API's currency code wins over the country's.
        let ch = MoneyLocale::for_country(Some("CH"), Some("EUR"));
        assert_eq!(format_money(dec("5"), &ch), "5,00 €");
        let ch = MoneyLocale::for_country(Some("CH"), None);
        assert_eq!(format_money(dec("5"), &ch), "5,00 CHF");
    }

    #[test]
    fn plain_amounts_for_csv() {
        assert_eq!(plain_amount(dec("74.1")), "74.10");
        assert_eq!(plain_amount(dec("-3.9")), "-3.90");
        assert_eq!(plain_amount(dec("1234.565")), "1234.57");
        assert_eq!(plain_amount(dec("-0.001")), "0.00");
    }

    #[test]
    fn parses_the_documented_strings() {
        let money = |s| parse_formatted_money(s);
        assert_eq!(money("74,10 €"), Some(dec("74.10")));
        assert_eq!(money("-0,65 €"), Some(dec("-0.65")));
        assert_eq!(money("-3,90 €"), Some(dec("-3.90")));
        assert_eq!(money("0,00 €"), Some(dec("0")));
        assert_eq!(money("1.234,56 €"), Some(dec("1234.56")));
        assert_eq!(money("1 234,56 €"), Some(dec("1234.56")));
        assert_eq!(money("1\u{202f}234,56\u{a0}€"), Some(dec("1234.56")));
        assert_eq!(money("€1,234.56"), Some(dec("1234.56")));
        assert_eq!(money("-£3.25"), Some(dec("-3.25")));
        assert_eq!(money("£-3.25"), Some(dec("-3.25")));
        assert_eq!(money("−3,25 €"), Some(dec("-3.25")));
        assert_eq!(money("(3.25) EUR"), Some(dec("-3.25")));
        assert_eq!(money("1'234.50 CHF"), Some(dec("1234.50")));
        assert_eq!(money("1.234"), Some(dec("1234")));
        assert_eq!(money("0,650 €"), Some(dec("0.650")));
        assert_eq!(money("1,234,567.8"), Some(dec("1234567.8")));
        assert_eq!(money("20.00"), Some(dec("20.00")));
        // A percentage is never money.
        assert_eq!(money("5,00 %"), None);
        assert_eq!(money("20%"), None);
        // Nothing to read, or two numbers.
        assert_eq!(money(""), None);
        assert_eq!(money("n/a €"), None);
        assert_eq!(money("12 € 5"), None);
        assert_eq!(money("1,2,3.4.5"), None);
    }

    #[test]
    fn parses_percentages() {
        let f = parse_formatted("5,00 %").unwrap();
        assert_eq!((f.value, f.kind), (dec("5.00"), FormattedKind::Percent));
        assert_eq!(parse_formatted_percent("20,00 %"), Some(dec("20")));
        assert_eq!(parse_formatted_percent("5%"), Some(dec("5")));
        assert_eq!(parse_formatted_percent("20.00"), Some(dec("20")));
        assert_eq!(parse_formatted_percent("20,00 €"), None);
        assert_eq!(
            parse_formatted("74,10 €").unwrap().kind,
            FormattedKind::Money
        );
        assert_eq!(
            parse_formatted("20.00").unwrap().kind,
            FormattedKind::Number
        );
        assert_eq!(parse_formatted("5 % €"), None);
    }

    #[test]
    fn formatting_round_trips() {
        for locale in [MoneyLocale::default(), MoneyLocale::english("GBP")] {
            for s in ["0", "0.01", "-0.65", "74.1", "1234.56", "-98765432.1"] {
                let v = dec(s);
                assert_eq!(
                    parse_formatted_money(&format_money(v, &locale)),
                    Some(round_cents(v)),
                    "{s}"
                );
                assert_eq!(
                    parse_formatted_percent(&format_percent(v, &locale)),
                    Some(round_cents(v))
                );
            }
        }
    }
}
