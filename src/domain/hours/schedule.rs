//! The API's day list read into a week, with a warning for each odd entry.

use std::fmt;

use chrono::{DateTime, Weekday};
use chrono_tz::Tz;

use super::WEEK;
use super::slot::{Slot, SlotError, is_blank_slot, merge_slots, parse_slot};
use super::weekday::day_name;
use super::zones::{MULTI_ZONE, country_code_from_name, timezone_for_country};
use crate::api::models::{OpeningHoursEntry, Property};
use crate::i18n::{tr, trf};

/// Which row of the API list a warning is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayRef {
    Day(Weekday),
    PublicHolidays,
}

impl fmt::Display for DayRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DayRef::Day(d) => f.write_str(day_name(*d)),
            DayRef::PublicHolidays => f.write_str(tr("public-holidays")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayHours {
    pub weekday: Weekday,
    /// The API's own (localized) name, e.g. "lundi".
    pub local_name: Option<String>,
    /// Readable slots as given (possibly overlapping; kept for display).
    pub slots: Vec<Slot>,
    /// Closed all day (flagged closed, or no usable slot).
    pub closed: bool,
}

impl DayHours {
    /// When the door is open: merged slots, empty if closed.
    pub fn open_intervals(&self) -> Vec<Slot> {
        if self.closed {
            Vec::new()
        } else {
            merge_slots(&self.slots)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HolidayRule {
    Closed,
    /// Open on public holidays with these (merged) slots.
    Open(Vec<Slot>),
    /// The API gave no holiday entry.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoursWarning {
    UnreadableSlot {
        day: DayRef,
        text: String,
    },
    /// "13:30 To 12:00": ignored (overnight is not guessed).
    EndBeforeStart {
        day: DayRef,
        text: String,
    },
    Overlap {
        day: DayRef,
        a: Slot,
        b: Slot,
    },
    /// The same slot twice on one day.
    DuplicateSlot {
        day: DayRef,
        slot: Slot,
    },
    MissingDay(Weekday),
    /// A second entry for a day already given: ignored.
    DuplicateDay(DayRef),
    /// Flagged closed but slots are given: treated as closed.
    SlotsOnClosedDay(DayRef),
    /// Not flagged closed but no hours: treated as closed.
    OpenWithoutHours(DayRef),
    /// dayOfWeek says one day, the localized name another: dayOfWeek wins.
    NameMismatch {
        weekday: Weekday,
        local_name: String,
    },
    /// An entry whose day could not be told: ignored.
    UnknownDay {
        value: Option<i64>,
        local_name: Option<String>,
    },
    /// No time zone from the country: times are read in `used`.
    TimeZoneGuessed {
        country: Option<String>,
        multi_zone: bool,
        used: Tz,
    },
}

impl fmt::Display for HoursWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            HoursWarning::UnreadableSlot { day, text } => trf(
                "day-the-time-slot-text-could-not-be",
                &[("day", day), ("text", &format!("{text:?}"))],
            ),
            HoursWarning::EndBeforeStart { day, text } => trf(
                "day-the-time-slot-text-ends-before-it",
                &[("day", day), ("text", &format!("{text:?}"))],
            ),
            HoursWarning::Overlap { day, a, b } => {
                let merged = merge_slots(&[*a, *b])
                    .iter()
                    .map(Slot::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                trf(
                    "day-the-time-slots-a-and-b-overlap",
                    &[("day", day), ("a", a), ("b", b), ("merged", &merged)],
                )
            }
            HoursWarning::DuplicateSlot { day, slot } => trf(
                "day-the-time-slot-slot-is-given-twice",
                &[("day", day), ("slot", slot)],
            ),
            HoursWarning::MissingDay(d) => trf(
                "day-no-entry-in-the-opening-hours-treated",
                &[("day", &day_name(*d))],
            ),
            HoursWarning::DuplicateDay(day) => {
                trf("day-given-more-than-once-the-first-entry", &[("day", day)])
            }
            HoursWarning::SlotsOnClosedDay(day) => trf(
                "day-marked-closed-but-has-time-slots-treated",
                &[("day", day)],
            ),
            HoursWarning::OpenWithoutHours(day) => {
                trf("day-not-marked-closed-but-has-no-hours", &[("day", day)])
            }
            HoursWarning::NameMismatch {
                weekday,
                local_name,
            } => trf(
                "day-the-entry-is-named-name-another-day",
                &[
                    ("day", &day_name(*weekday)),
                    ("name", &format!("{local_name:?}")),
                ],
            ),
            HoursWarning::UnknownDay { value, local_name } => {
                let v = value.map_or_else(|| tr("none").to_string(), |v| v.to_string());
                match local_name {
                    Some(n) => trf(
                        "an-entry-with-day-number-number-name-is",
                        &[("number", &v), ("name", &format!("{n:?}"))],
                    ),
                    None => trf("an-entry-with-day-number-number-is-not", &[("number", &v)]),
                }
            }
            HoursWarning::TimeZoneGuessed {
                country,
                multi_zone,
                used,
            } => {
                let c = country.as_deref().unwrap_or(tr("not-given"));
                let args: [(&str, &dyn fmt::Display); 2] =
                    [("country", &c), ("zone", &used.name())];
                if *multi_zone {
                    trf("country-country-spans-several-time-zones-times-are", &args)
                } else {
                    trf("no-time-zone-known-for-country-country-times", &args)
                }
            }
        };
        f.write_str(&text)
    }
}

/// A property's week, ready for status questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekSchedule {
    /// Indexed Monday = 0 (`Weekday::num_days_from_monday`); `None` = no entry.
    pub days: [Option<DayHours>; 7],
    pub holiday: HolidayRule,
    pub tz: Tz,
    /// The time zone did not come from the property's country.
    pub tz_guessed: bool,
    /// ISO country code, upper case; picks the public-holiday calendar.
    pub country: Option<String>,
    /// Only used to tell Alsace-Moselle (FR 57, 67, 68) holidays.
    pub postal_code: Option<String>,
    pub office_hours_text: Option<String>,
    pub access_hours_text: Option<String>,
    pub warnings: Vec<HoursWarning>,
}

/// Is the office open, and until when / from when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// `closes_at` ends the merged open interval (slots that touch or overlap,
    /// across midnight too); `None` if still open at the end of the look-ahead.
    Open { closes_at: Option<DateTime<Tz>> },
    /// `opens_at` is `None` if it does not open within [`LOOKAHEAD_DAYS`].
    Closed { opens_at: Option<DateTime<Tz>> },
}

/// Build the schedule of a property; with no usable country the times are
/// read in UTC and flagged (see [`schedule_for_with_fallback`]).
pub fn schedule_for(property: &Property) -> WeekSchedule {
    schedule_for_with_fallback(property, Tz::UTC)
}

/// Like [`schedule_for`], reading times in `fallback` when the property's
/// country does not give one time zone (e.g. the desk's own zone).
pub fn schedule_for_with_fallback(property: &Property, fallback: Tz) -> WeekSchedule {
    let code = property
        .country_code()
        .map(|c| c.trim().to_uppercase())
        .or_else(|| {
            country_code_from_name(property.country.as_ref()?.name.as_deref()?).map(str::to_string)
        });
    let mut schedule =
        schedule_from_entries(&property.property_office_opening_hours_info_list, fallback);
    match code.as_deref().and_then(timezone_for_country) {
        Some(tz) => schedule.tz = tz,
        None => {
            schedule.tz_guessed = true;
            let multi_zone = code.as_deref().is_some_and(|c| MULTI_ZONE.contains(&c));
            // First: it changes how every other line reads.
            let warning = HoursWarning::TimeZoneGuessed {
                country: code.clone(),
                multi_zone,
                used: fallback,
            };
            schedule.warnings.insert(0, warning);
        }
    }
    schedule.country = code;
    schedule.postal_code = property.postal_code.clone();
    schedule.office_hours_text = non_blank(property.office_hours.as_deref());
    schedule.access_hours_text = non_blank(property.access_hours.as_deref());
    schedule
}

fn non_blank(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Build a schedule from the API's day list alone, read in `tz` (no country:
/// no public-holiday calendar, no texts).
pub fn schedule_from_entries(entries: &[OpeningHoursEntry], tz: Tz) -> WeekSchedule {
    let mut days: [Option<DayHours>; 7] = Default::default();
    let mut holiday: Option<HolidayRule> = None;
    let mut warnings = Vec::new();

    for entry in entries {
        let name = entry
            .week
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let Some(day) = day_of(entry.day_of_week, name, &mut warnings) else {
            continue;
        };
        let taken = match day {
            DayRef::Day(wd) => days[wd.num_days_from_monday() as usize].is_some(),
            DayRef::PublicHolidays => holiday.is_some(),
        };
        if taken {
            warnings.push(HoursWarning::DuplicateDay(day));
            continue;
        }

        let (slots, closed) = read_entry(entry, day, &mut warnings);
        match day {
            DayRef::Day(wd) => {
                days[wd.num_days_from_monday() as usize] = Some(DayHours {
                    weekday: wd,
                    local_name: name.map(str::to_string),
                    slots,
                    closed,
                });
            }
            DayRef::PublicHolidays => {
                holiday = Some(if closed {
                    HolidayRule::Closed
                } else {
                    HolidayRule::Open(merge_slots(&slots))
                });
            }
        }
    }
    for wd in WEEK {
        if days[wd.num_days_from_monday() as usize].is_none() {
            warnings.push(HoursWarning::MissingDay(wd));
        }
    }
    WeekSchedule {
        days,
        holiday: holiday.unwrap_or(HolidayRule::Unknown),
        tz,
        tz_guessed: false,
        country: None,
        postal_code: None,
        office_hours_text: None,
        access_hours_text: None,
        warnings,
    }
}

/// The row an entry is about: its `dayOfWeek` (checked against its name),
/// else its localized name; `None` (and a warning) when neither tells.
fn day_of(
    day_of_week: Option<i64>,
    name: Option<&str>,
    warnings: &mut Vec<HoursWarning>,
) -> Option<DayRef> {
    Some(match (day_of_week, name.and_then(weekday_from_name)) {
        (Some(-1), _) => DayRef::PublicHolidays,
        (Some(n @ 0..=6), named) => {
            let wd = weekday_from_api(n);
            if let Some(named) = named
                && named != wd
            {
                warnings.push(HoursWarning::NameMismatch {
                    weekday: wd,
                    local_name: name.unwrap_or_default().to_string(),
                });
            }
            DayRef::Day(wd)
        }
        // No number: the localized name is the only clue.
        (None, Some(named)) => DayRef::Day(named),
        (value, _) => {
            warnings.push(HoursWarning::UnknownDay {
                value,
                local_name: name.map(str::to_string),
            });
            return None;
        }
    })
}

/// Readable slots of one entry and whether the day counts as closed.
fn read_entry(
    entry: &OpeningHoursEntry,
    day: DayRef,
    warnings: &mut Vec<HoursWarning>,
) -> (Vec<Slot>, bool) {
    let texts: Vec<&str> = [&entry.first_time_slot, &entry.second_time_slot]
        .into_iter()
        .filter_map(|t| t.as_deref())
        .filter(|t| !is_blank_slot(t))
        .collect();
    let mut slots: Vec<Slot> = Vec::new();
    for text in &texts {
        match parse_slot(text) {
            Ok(slot) => slots.push(slot),
            Err(SlotError::Unreadable) => warnings.push(HoursWarning::UnreadableSlot {
                day,
                text: text.to_string(),
            }),
            Err(SlotError::EndBeforeStart { .. }) => warnings.push(HoursWarning::EndBeforeStart {
                day,
                text: text.to_string(),
            }),
        }
    }
    for (i, a) in slots.iter().enumerate() {
        for b in &slots[i + 1..] {
            if a == b {
                warnings.push(HoursWarning::DuplicateSlot { day, slot: *a });
            } else if a.open < b.close && b.open < a.close {
                warnings.push(HoursWarning::Overlap { day, a: *a, b: *b });
            }
        }
    }
    let closed = if entry.is_closed == Some(true) {
        if !texts.is_empty() {
            warnings.push(HoursWarning::SlotsOnClosedDay(day));
        }
        true
    } else {
        // Unreadable texts were already flagged; only warn when none was given.
        if texts.is_empty() {
            warnings.push(HoursWarning::OpenWithoutHours(day));
        }
        slots.is_empty()
    };
    (slots, closed)
}

/// The API's `dayOfWeek` (0 = Sunday) as a weekday.
pub fn weekday_from_api(n: i64) -> Weekday {
    match n {
        0 => Weekday::Sun,
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        _ => Weekday::Sat,
    }
}

/// Day names the API may localize to (French in the documents).
fn weekday_from_name(name: &str) -> Option<Weekday> {
    const NAMES: [(&[&str], Weekday); 7] = [
        (
            &[
                "lundi", "monday", "mon", "montag", "maandag", "lunes", "lunedì", "lunedi",
            ],
            Weekday::Mon,
        ),
        (
            &[
                "mardi", "tuesday", "tue", "dienstag", "dinsdag", "martes", "martedì", "martedi",
            ],
            Weekday::Tue,
        ),
        (
            &[
                "mercredi",
                "wednesday",
                "wed",
                "mittwoch",
                "woensdag",
                "miércoles",
                "miercoles",
                "mercoledì",
                "mercoledi",
            ],
            Weekday::Wed,
        ),
        (
            &[
                "jeudi",
                "thursday",
                "thu",
                "donnerstag",
                "donderdag",
                "jueves",
                "giovedì",
                "giovedi",
            ],
            Weekday::Thu,
        ),
        (
            &[
                "vendredi", "friday", "fri", "freitag", "vrijdag", "viernes", "venerdì", "venerdi",
            ],
            Weekday::Fri,
        ),
        (
            &[
                "samedi",
                "saturday",
                "sat",
                "samstag",
                "sonnabend",
                "zaterdag",
                "sábado",
                "sabado",
                "sabato",
            ],
            Weekday::Sat,
        ),
        (
            &[
                "dimanche", "sunday", "sun", "sonntag", "zondag", "domingo", "domenica",
            ],
            Weekday::Sun,
        ),
    ];
    let n = name.trim().to_lowercase();
    NAMES
        .iter()
        .find(|(names, _)| names.contains(&n.as_str()))
        .map(|(_, d)| *d)
}
