//! The national public holidays we know (France and Germany).

use chrono::{Datelike, NaiveDate};

use crate::i18n::tr_later;

/// Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// The national public holiday on `date` in France or Germany (English
/// name: show it with [`tr_dyn`]), `None` otherwise or for other countries. French postal codes 57,
/// 67 and 68 (Alsace-Moselle) add Good Friday and St Stephen's Day. German
/// state holidays are not included.
pub fn public_holiday(
    country: &str,
    postal_code: Option<&str>,
    date: NaiveDate,
) -> Option<&'static str> {
    let country = country.trim().to_uppercase();
    let easter = easter_sunday(date.year())?;
    let after_easter = (date - easter).num_days();
    let md = (date.month(), date.day());
    match country.as_str() {
        "FR" => {
            let alsace_moselle = postal_code.map(str::trim).is_some_and(|p| {
                p.len() == 5 && ["57", "67", "68"].iter().any(|d| p.starts_with(d))
            });
            match (md, after_easter) {
                ((1, 1), _) => Some(tr_later("new-years-day")),
                (_, 1) => Some(tr_later("easter-monday")),
                ((5, 1), _) => Some(tr_later("labour-day")),
                ((5, 8), _) => Some(tr_later("victory-in-europe-day")),
                (_, 39) => Some(tr_later("ascension-day")),
                (_, 50) => Some(tr_later("whit-monday")),
                ((7, 14), _) => Some(tr_later("bastille-day")),
                ((8, 15), _) => Some(tr_later("assumption-day")),
                ((11, 1), _) => Some(tr_later("all-saints-day")),
                ((11, 11), _) => Some(tr_later("armistice-day")),
                ((12, 25), _) => Some(tr_later("christmas-day")),
                (_, -2) if alsace_moselle => Some(tr_later("good-friday")),
                ((12, 26), _) if alsace_moselle => Some(tr_later("st-stephens-day")),
                _ => None,
            }
        }
        "DE" => match (md, after_easter) {
            ((1, 1), _) => Some(tr_later("new-years-day")),
            (_, -2) => Some(tr_later("good-friday")),
            (_, 1) => Some(tr_later("easter-monday")),
            ((5, 1), _) => Some(tr_later("labour-day")),
            (_, 39) => Some(tr_later("ascension-day")),
            (_, 50) => Some(tr_later("whit-monday")),
            ((10, 3), _) => Some(tr_later("german-unity-day")),
            ((12, 25), _) => Some(tr_later("christmas-day")),
            ((12, 26), _) => Some(tr_later("second-day-of-christmas")),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn has_holiday_calendar(country: Option<&str>) -> bool {
    matches!(country, Some("FR" | "DE"))
}
