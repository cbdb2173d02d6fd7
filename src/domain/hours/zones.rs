//! A property's time zone from its country, and local times as instants.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

/// Countries that span several zones: the country alone cannot tell.
pub(super) const MULTI_ZONE: &[&str] = &[
    "US", "CA", "AU", "RU", "BR", "MX", "ID", "KZ", "CL", "CD", "MN", "PF", "KI", "FM", "EC", "GL",
    "UM",
];

/// (ISO code, English name, zone). Where a country has small outlying zones
/// (Spain's Canary Islands, Portugal's Azores) the mainland zone is used.
const COUNTRY_ZONES: &[(&str, &str, Tz)] = &[
    ("AD", "Andorra", Tz::Europe__Andorra),
    ("AL", "Albania", Tz::Europe__Tirane),
    ("AT", "Austria", Tz::Europe__Vienna),
    ("BA", "Bosnia and Herzegovina", Tz::Europe__Sarajevo),
    ("BE", "Belgium", Tz::Europe__Brussels),
    ("BG", "Bulgaria", Tz::Europe__Sofia),
    ("CH", "Switzerland", Tz::Europe__Zurich),
    ("CY", "Cyprus", Tz::Asia__Nicosia),
    ("CZ", "Czechia", Tz::Europe__Prague),
    ("DE", "Germany", Tz::Europe__Berlin),
    ("DK", "Denmark", Tz::Europe__Copenhagen),
    ("EE", "Estonia", Tz::Europe__Tallinn),
    ("ES", "Spain", Tz::Europe__Madrid),
    ("FI", "Finland", Tz::Europe__Helsinki),
    ("FR", "France", Tz::Europe__Paris),
    ("GB", "United Kingdom", Tz::Europe__London),
    ("GR", "Greece", Tz::Europe__Athens),
    ("HR", "Croatia", Tz::Europe__Zagreb),
    ("HU", "Hungary", Tz::Europe__Budapest),
    ("IE", "Ireland", Tz::Europe__Dublin),
    ("IS", "Iceland", Tz::Atlantic__Reykjavik),
    ("IT", "Italy", Tz::Europe__Rome),
    ("LI", "Liechtenstein", Tz::Europe__Vaduz),
    ("LT", "Lithuania", Tz::Europe__Vilnius),
    ("LU", "Luxembourg", Tz::Europe__Luxembourg),
    ("LV", "Latvia", Tz::Europe__Riga),
    ("MC", "Monaco", Tz::Europe__Monaco),
    ("MD", "Moldova", Tz::Europe__Chisinau),
    ("ME", "Montenegro", Tz::Europe__Podgorica),
    ("MK", "North Macedonia", Tz::Europe__Skopje),
    ("MT", "Malta", Tz::Europe__Malta),
    ("NL", "Netherlands", Tz::Europe__Amsterdam),
    ("NO", "Norway", Tz::Europe__Oslo),
    ("PL", "Poland", Tz::Europe__Warsaw),
    ("PT", "Portugal", Tz::Europe__Lisbon),
    ("RO", "Romania", Tz::Europe__Bucharest),
    ("RS", "Serbia", Tz::Europe__Belgrade),
    ("SE", "Sweden", Tz::Europe__Stockholm),
    ("SI", "Slovenia", Tz::Europe__Ljubljana),
    ("SK", "Slovakia", Tz::Europe__Bratislava),
    ("SM", "San Marino", Tz::Europe__San_Marino),
    ("TR", "Turkey", Tz::Europe__Istanbul),
    ("UA", "Ukraine", Tz::Europe__Kyiv),
    ("VA", "Vatican City", Tz::Europe__Vatican),
    // French overseas departments carry their own ISO codes.
    ("GF", "French Guiana", Tz::America__Cayenne),
    ("GP", "Guadeloupe", Tz::America__Guadeloupe),
    ("MQ", "Martinique", Tz::America__Martinique),
    ("RE", "Réunion", Tz::Indian__Reunion),
    ("YT", "Mayotte", Tz::Indian__Mayotte),
    ("PM", "Saint Pierre and Miquelon", Tz::America__Miquelon),
    ("NC", "New Caledonia", Tz::Pacific__Noumea),
    ("MA", "Morocco", Tz::Africa__Casablanca),
    ("TN", "Tunisia", Tz::Africa__Tunis),
    ("DZ", "Algeria", Tz::Africa__Algiers),
    ("IL", "Israel", Tz::Asia__Jerusalem),
    ("AE", "United Arab Emirates", Tz::Asia__Dubai),
    ("SG", "Singapore", Tz::Asia__Singapore),
    ("HK", "Hong Kong", Tz::Asia__Hong_Kong),
    ("JP", "Japan", Tz::Asia__Tokyo),
    ("KR", "South Korea", Tz::Asia__Seoul),
    ("IN", "India", Tz::Asia__Kolkata),
    ("CN", "China", Tz::Asia__Shanghai),
    ("NZ", "New Zealand", Tz::Pacific__Auckland),
    ("ZA", "South Africa", Tz::Africa__Johannesburg),
];

/// The one time zone of a country (ISO 3166 alpha-2, any case), or `None`
/// when unknown or when the country spans several zones (US, CA, AU, ...).
pub fn timezone_for_country(iso2: &str) -> Option<Tz> {
    let code = iso2.trim().to_uppercase();
    COUNTRY_ZONES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, tz)| *tz)
}

/// For payloads that give a country name but no ISO code.
pub(super) fn country_code_from_name(name: &str) -> Option<&'static str> {
    let name = name.trim();
    COUNTRY_ZONES
        .iter()
        .find(|(_, n, _)| n.eq_ignore_ascii_case(name))
        .map(|(c, _, _)| *c)
}

/// Wall-clock time on `date` (`minutes` up to 1440 = next midnight) as an
/// instant. A time skipped by a DST jump gives the first valid instant after
/// it; a repeated one (fall back) gives the earlier.
pub(super) fn local_instant(tz: Tz, date: NaiveDate, minutes: u16) -> DateTime<Utc> {
    let midnight = date.and_time(NaiveTime::MIN);
    let naive = midnight
        .checked_add_signed(TimeDelta::minutes(i64::from(minutes)))
        .unwrap_or(midnight);
    let mut t: NaiveDateTime = naive;
    // Gaps are at most a day long (Samoa 2011); step a minute at a time.
    for _ in 0..=(2 * 24 * 60) {
        if let Some(dt) = tz.from_local_datetime(&t).earliest() {
            return dt.with_timezone(&Utc);
        }
        match t.checked_add_signed(TimeDelta::minutes(1)) {
            Some(next) => t = next,
            None => break,
        }
    }
    Utc.from_utc_datetime(&naive)
}
