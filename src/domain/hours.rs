//! Office opening hours: parse the API's day list, tell whether a property is
//! open at an instant, when it closes or opens next, and flag odd data.
//!
//! Pure logic: no egui, no I/O, no clock of its own (callers pass `now`).
//!
//! Every time here is wall-clock time in the property's own time zone (from
//! its country), never the desk's: a site in Germany runs on Europe/Berlin
//! whatever the computer at the counter says.
//!
//! Public holidays: the API gives one rule (the `dayOfWeek: -1` entry), not a
//! calendar. We apply it only on the national public holidays of France and
//! Germany (fixed dates plus the Easter-based ones, and Alsace-Moselle's two
//! extra days by postal code); German state holidays and every other country
//! are unknown to us, so there the rule is displayed but not applied.

use std::fmt;

use chrono::{
    DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

use crate::api::models::{OpeningHoursEntry, Property};
use crate::i18n::{tr, tr_dyn, tr_later, trf, trf_dyn};

/// How far ahead "opens next" looks.
pub const LOOKAHEAD_DAYS: i64 = 14;

const MINUTES_PER_DAY: u16 = 24 * 60;

/// Monday first: the order the desk shows (the API sends Sunday first).
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The day's name in the current language ("Monday", "lundi", "Montag").
pub fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => tr("Monday"),
        Weekday::Tue => tr("Tuesday"),
        Weekday::Wed => tr("Wednesday"),
        Weekday::Thu => tr("Thursday"),
        Weekday::Fri => tr("Friday"),
        Weekday::Sat => tr("Saturday"),
        Weekday::Sun => tr("Sunday"),
    }
}

/// "3 Oct" in the current language ("3 oct.", "3. Okt.").
pub fn short_date(date: NaiveDate) -> String {
    let month = match date.month() {
        1 => tr("Jan"),
        2 => tr("Feb"),
        3 => tr("Mar"),
        4 => tr("Apr"),
        5 => tr("May"),
        6 => tr("Jun"),
        7 => tr("Jul"),
        8 => tr("Aug"),
        9 => tr("Sep"),
        10 => tr("Oct"),
        11 => tr("Nov"),
        _ => tr("Dec"),
    };
    trf("{day} {month}", &[("day", &date.day()), ("month", &month)])
}

/// When a property next opens or closes, as a clause: "closes at 19:00",
/// "opens Monday 07:00", "closes at midnight", "opens Monday 13 Oct 09:00".
/// `at` and `today` are on the same clock (the property's, or the desk's).
pub fn change_text(opens: bool, at: NaiveDateTime, today: NaiveDate) -> String {
    let days = (at.date() - today).num_days();
    let time = at.format("%H:%M").to_string();
    let day = day_name(at.weekday());
    let args: [(&str, &dyn fmt::Display); 3] = [
        ("time", &time),
        ("day", &day),
        ("date", &short_date(at.date())),
    ];
    let template = match (opens, days) {
        (false, 0) => tr_later("closes at {time}"),
        (true, 0) => tr_later("opens at {time}"),
        (false, 1) if at.time() == NaiveTime::MIN => tr_later("closes at midnight"),
        (true, 1) if at.time() == NaiveTime::MIN => tr_later("opens at midnight"),
        (false, 1..=6) => tr_later("closes {day} {time}"),
        (true, 1..=6) => tr_later("opens {day} {time}"),
        (false, _) => tr_later("closes {day} {date} {time}"),
        (true, _) => tr_later("opens {day} {date} {time}"),
    };
    trf_dyn(template, &args)
}

/// English day name ("Monday"), for the command line and data warnings'
/// keys; the UI shows [`day_name`].
pub fn english_day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

// ---------------------------------------------------------------------------
// Slots

/// One opening range on one local day, in minutes after local midnight.
///
/// Invariant: `open < close <= 1440`. A close of 1440 is midnight at the end
/// of the day (written "24:00", or "00:00" as an end time). Overnight ranges
/// are not guessed: "22:00 To 02:00" is refused as ending before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    open: u16,
    close: u16,
}

impl Slot {
    /// `None` unless `open < close <= 1440`.
    pub fn from_minutes(open: u16, close: u16) -> Option<Slot> {
        (open < close && close <= MINUTES_PER_DAY).then_some(Slot { open, close })
    }

    pub fn open_minutes(&self) -> u16 {
        self.open
    }

    pub fn close_minutes(&self) -> u16 {
        self.close
    }

    pub fn open_time(&self) -> NaiveTime {
        minutes_to_time(self.open).unwrap_or(NaiveTime::MIN)
    }

    /// `None` when the slot runs to midnight at the end of the day.
    pub fn close_time(&self) -> Option<NaiveTime> {
        minutes_to_time(self.close)
    }
}

impl fmt::Display for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", hhmm(self.open), hhmm(self.close))
    }
}

fn minutes_to_time(m: u16) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(u32::from(m / 60), u32::from(m % 60), 0)
}

fn hhmm(m: u16) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

/// Why a slot text was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotError {
    /// Not two readable clock times.
    Unreadable,
    /// Both times read, but the end is at or before the start (minutes after
    /// midnight, end-of-day already mapped to 1440).
    EndBeforeStart { open: u16, close: u16 },
}

/// Parse one slot text leniently: "09:00 To 12:30", "09:00 to 12:30",
/// "9:00-12:30", "09h00 - 12h30", "9.00 AM to 7.00 PM", "0900–1230", extra
/// spaces. An end of "00:00" or "24:00" is midnight at the end of the day.
/// Never panics.
pub fn parse_slot(text: &str) -> Result<Slot, SlotError> {
    let (open, close) = split_range(text).ok_or(SlotError::Unreadable)?;
    let open = parse_clock(&open).ok_or(SlotError::Unreadable)?;
    let close = match parse_clock(&close).ok_or(SlotError::Unreadable)? {
        0 => MINUTES_PER_DAY,
        m => m,
    };
    Slot::from_minutes(open, close).ok_or(SlotError::EndBeforeStart { open, close })
}

/// Empty-ish slot texts mean "no slot", not bad data.
fn is_blank_slot(text: &str) -> bool {
    let t = text.trim();
    t.is_empty() || t.chars().all(|c| matches!(c, '-' | '–' | '—'))
}

/// Split "A <sep> B" into its two clock texts.
fn split_range(text: &str) -> Option<(String, String)> {
    let mut s = text
        .trim()
        .to_lowercase()
        .replace("a.m.", "am")
        .replace("p.m.", "pm")
        .replace("uhr", "");
    // Word separators first: clock texts never contain these letters.
    for word in ["until", "bis", "to", "à"] {
        s = s.replace(word, "-");
    }
    let s = s.replace(['–', '—', '~'], "-");
    // Exactly two non-empty sides: "9-12-30" or "-1:00 - 2:00" are refused.
    match s.split('-').map(str::trim).collect::<Vec<_>>()[..] {
        [a, b] if !a.is_empty() && !b.is_empty() => Some((a.to_string(), b.to_string())),
        _ => None,
    }
}

/// One clock time in minutes after midnight (0..=1440, 1440 only as "24:00").
/// Accepts "9", "09:00", "9h00", "9h", "9.00", "0900", "09:00:00", "7 pm".
fn parse_clock(text: &str) -> Option<u16> {
    let t = text.trim();
    let (t, meridiem) = if let Some(rest) = t.strip_suffix("am") {
        (rest.trim_end(), Some(false))
    } else if let Some(rest) = t.strip_suffix("pm") {
        (rest.trim_end(), Some(true))
    } else {
        (t, None)
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let (hour, minute): (u16, u16) = if t.bytes().all(|b| b.is_ascii_digit()) {
        match t.len() {
            1 | 2 => (t.parse().ok()?, 0),
            3 | 4 => {
                let (h, m) = t.split_at(t.len() - 2);
                (h.parse().ok()?, m.parse().ok()?)
            }
            _ => return None,
        }
    } else {
        let mut parts = t.splitn(3, [':', 'h', '.']);
        let h = parts.next()?.trim();
        let m = parts.next()?.trim();
        let sec = parts.next();
        if !digits(h) || !(m.is_empty() && sec.is_none() || m.len() == 2 && digits(m)) {
            return None;
        }
        // Seconds are tolerated and dropped ("09:00:00").
        if let Some(s) = sec
            && !(s.len() == 2 && digits(s) && s < "60")
        {
            return None;
        }
        (
            h.parse().ok()?,
            if m.is_empty() { 0 } else { m.parse().ok()? },
        )
    };
    if minute > 59 {
        return None;
    }
    let hour = match meridiem {
        Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
        Some(_) => return None,
        None => hour,
    };
    match (hour, minute) {
        (24, 0) => Some(MINUTES_PER_DAY),
        (0..=23, _) => Some(hour * 60 + minute),
        _ => None,
    }
}

/// Sort and merge overlapping or touching slots: the times the door is open.
fn merge_slots(slots: &[Slot]) -> Vec<Slot> {
    let mut sorted = slots.to_vec();
    sorted.sort();
    let mut merged: Vec<Slot> = Vec::with_capacity(sorted.len());
    for s in sorted {
        match merged.last_mut() {
            Some(last) if s.open <= last.close => last.close = last.close.max(s.close),
            _ => merged.push(s),
        }
    }
    merged
}

// ---------------------------------------------------------------------------
// Schedule

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
            DayRef::PublicHolidays => f.write_str(tr("Public holidays")),
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
                "{day}: the time slot {text} could not be read; ignored.",
                &[("day", day), ("text", &format!("{text:?}"))],
            ),
            HoursWarning::EndBeforeStart { day, text } => trf(
                "{day}: the time slot {text} ends before it starts; ignored.",
                &[("day", day), ("text", &format!("{text:?}"))],
            ),
            HoursWarning::Overlap { day, a, b } => {
                let merged = merge_slots(&[*a, *b])
                    .iter()
                    .map(Slot::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                trf(
                    "{day}: the time slots {a} and {b} overlap; counted as {merged}.",
                    &[("day", day), ("a", a), ("b", b), ("merged", &merged)],
                )
            }
            HoursWarning::DuplicateSlot { day, slot } => trf(
                "{day}: the time slot {slot} is given twice.",
                &[("day", day), ("slot", slot)],
            ),
            HoursWarning::MissingDay(d) => trf(
                "{day}: no entry in the opening hours; treated as closed.",
                &[("day", &day_name(*d))],
            ),
            HoursWarning::DuplicateDay(day) => trf(
                "{day}: given more than once; the first entry is used.",
                &[("day", day)],
            ),
            HoursWarning::SlotsOnClosedDay(day) => trf(
                "{day}: marked closed but has time slots; treated as closed.",
                &[("day", day)],
            ),
            HoursWarning::OpenWithoutHours(day) => trf(
                "{day}: not marked closed but has no hours; treated as closed.",
                &[("day", day)],
            ),
            HoursWarning::NameMismatch {
                weekday,
                local_name,
            } => trf(
                "{day}: the entry is named {name}, another day; the day number is trusted.",
                &[
                    ("day", &day_name(*weekday)),
                    ("name", &format!("{local_name:?}")),
                ],
            ),
            HoursWarning::UnknownDay { value, local_name } => {
                let v = value.map_or_else(|| tr("none").to_string(), |v| v.to_string());
                match local_name {
                    Some(n) => trf(
                        "An entry with day number {number} ({name}) is not a known day; ignored.",
                        &[("number", &v), ("name", &format!("{n:?}"))],
                    ),
                    None => trf(
                        "An entry with day number {number} is not a known day; ignored.",
                        &[("number", &v)],
                    ),
                }
            }
            HoursWarning::TimeZoneGuessed {
                country,
                multi_zone,
                used,
            } => {
                let c = country.as_deref().unwrap_or(tr("not given"));
                let args: [(&str, &dyn fmt::Display); 2] =
                    [("country", &c), ("zone", &used.name())];
                if *multi_zone {
                    trf(
                        "Country {country} spans several time zones; times are read in {zone}.",
                        &args,
                    )
                } else {
                    trf(
                        "No time zone known for country {country}; times are read in {zone}.",
                        &args,
                    )
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
        let day = match (entry.day_of_week, name.and_then(weekday_from_name)) {
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
                continue;
            }
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

// ---------------------------------------------------------------------------
// Time zones

/// Countries that span several zones: the country alone cannot tell.
const MULTI_ZONE: &[&str] = &[
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
fn country_code_from_name(name: &str) -> Option<&'static str> {
    let name = name.trim();
    COUNTRY_ZONES
        .iter()
        .find(|(_, n, _)| n.eq_ignore_ascii_case(name))
        .map(|(c, _, _)| *c)
}

/// Wall-clock time on `date` (`minutes` up to 1440 = next midnight) as an
/// instant. A time skipped by a DST jump gives the first valid instant after
/// it; a repeated one (fall back) gives the earlier.
fn local_instant(tz: Tz, date: NaiveDate, minutes: u16) -> DateTime<Utc> {
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

// ---------------------------------------------------------------------------
// Public holidays

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
                ((1, 1), _) => Some(tr_later("New Year's Day")),
                (_, 1) => Some(tr_later("Easter Monday")),
                ((5, 1), _) => Some(tr_later("Labour Day")),
                ((5, 8), _) => Some(tr_later("Victory in Europe Day")),
                (_, 39) => Some(tr_later("Ascension Day")),
                (_, 50) => Some(tr_later("Whit Monday")),
                ((7, 14), _) => Some(tr_later("Bastille Day")),
                ((8, 15), _) => Some(tr_later("Assumption Day")),
                ((11, 1), _) => Some(tr_later("All Saints' Day")),
                ((11, 11), _) => Some(tr_later("Armistice Day")),
                ((12, 25), _) => Some(tr_later("Christmas Day")),
                (_, -2) if alsace_moselle => Some(tr_later("Good Friday")),
                ((12, 26), _) if alsace_moselle => Some(tr_later("St Stephen's Day")),
                _ => None,
            }
        }
        "DE" => match (md, after_easter) {
            ((1, 1), _) => Some(tr_later("New Year's Day")),
            (_, -2) => Some(tr_later("Good Friday")),
            (_, 1) => Some(tr_later("Easter Monday")),
            ((5, 1), _) => Some(tr_later("Labour Day")),
            (_, 39) => Some(tr_later("Ascension Day")),
            (_, 50) => Some(tr_later("Whit Monday")),
            ((10, 3), _) => Some(tr_later("German Unity Day")),
            ((12, 25), _) => Some(tr_later("Christmas Day")),
            ((12, 26), _) => Some(tr_later("Second Day of Christmas")),
            _ => None,
        },
        _ => None,
    }
}

fn has_holiday_calendar(country: Option<&str>) -> bool {
    matches!(country, Some("FR" | "DE"))
}

// ---------------------------------------------------------------------------
// Status

impl WeekSchedule {
    pub fn day(&self, weekday: Weekday) -> Option<&DayHours> {
        self.days[weekday.num_days_from_monday() as usize].as_ref()
    }

    /// `now` on the property's wall clock.
    pub fn local(&self, now: DateTime<Utc>) -> DateTime<Tz> {
        now.with_timezone(&self.tz)
    }

    /// The property's weekday at `now` (may differ from the UTC or desk date).
    pub fn today(&self, now: DateTime<Utc>) -> Weekday {
        self.local(now).weekday()
    }

    /// The public holiday on a local date, if we know the calendar.
    pub fn holiday_on(&self, date: NaiveDate) -> Option<&'static str> {
        public_holiday(self.country.as_deref()?, self.postal_code.as_deref(), date)
    }

    /// Open intervals of one local date: the day's hours, or the holiday rule
    /// on a known public holiday.
    pub fn intervals_on(&self, date: NaiveDate) -> Vec<Slot> {
        if self.holiday_on(date).is_some() {
            match &self.holiday {
                HolidayRule::Closed => return Vec::new(),
                HolidayRule::Open(slots) => return slots.clone(),
                HolidayRule::Unknown => {}
            }
        }
        self.day(date.weekday())
            .map(DayHours::open_intervals)
            .unwrap_or_default()
    }

    /// Open intervals as instants over local dates `from..=to`, merged where
    /// they touch (a day open until 24:00 and the next from 00:00).
    fn instants(&self, from: NaiveDate, to: NaiveDate) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let mut out: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        for date in from.iter_days().take_while(|d| *d <= to) {
            for slot in self.intervals_on(date) {
                let start = local_instant(self.tz, date, slot.open);
                let end = local_instant(self.tz, date, slot.close);
                // A slot wholly inside a DST gap has no real duration.
                if end <= start {
                    continue;
                }
                match out.last_mut() {
                    Some(last) if start <= last.1 => last.1 = last.1.max(end),
                    _ => out.push((start, end)),
                }
            }
        }
        out
    }

    /// Open or closed at `now`. Open at the opening minute, closed at the
    /// closing minute.
    pub fn state_at(&self, now: DateTime<Utc>) -> OpenState {
        let today = self.local(now).date_naive();
        let (Some(from), Some(to)) = (
            today.pred_opt(),
            today.checked_add_days(chrono::Days::new(LOOKAHEAD_DAYS as u64 + 1)),
        ) else {
            return OpenState::Closed { opens_at: None };
        };
        let horizon_end = local_instant(self.tz, to, MINUTES_PER_DAY);
        let limit = now
            .checked_add_signed(TimeDelta::days(LOOKAHEAD_DAYS))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        for (start, end) in self.instants(from, to) {
            if end <= now {
                continue;
            }
            if start <= now {
                let closes_at = (end < horizon_end).then(|| end.with_timezone(&self.tz));
                return OpenState::Open { closes_at };
            }
            let opens_at = (start <= limit).then(|| start.with_timezone(&self.tz));
            return OpenState::Closed { opens_at };
        }
        OpenState::Closed { opens_at: None }
    }

    /// When the state next flips (for the UI to schedule a repaint).
    pub fn next_change(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.state_at(now) {
            OpenState::Open { closes_at } => closes_at,
            OpenState::Closed { opens_at } => opens_at,
        }
        .map(|t| t.with_timezone(&Utc))
    }

    fn tz_label(&self) -> String {
        if self.tz_guessed {
            trf("{zone}, time zone guessed", &[("zone", &self.tz.name())])
        } else {
            self.tz.name().to_string()
        }
    }

    /// One line: "Open now · closes at 12:30 (Europe/Paris)",
    /// "Closed · opens Monday 09:00 (Europe/Paris)".
    pub fn status_text(&self, now: DateTime<Utc>) -> String {
        let today = self.local(now).date_naive();
        let tz = self.tz_label();
        let days = LOOKAHEAD_DAYS;
        match self.state_at(now) {
            OpenState::Open { closes_at: Some(t) } => trf(
                "Open now · {change} ({zone})",
                &[
                    ("change", &change_text(false, t.naive_local(), today)),
                    ("zone", &tz),
                ],
            ),
            OpenState::Open { closes_at: None } => trf(
                "Open now · open for at least the next {days} days ({zone})",
                &[("days", &days), ("zone", &tz)],
            ),
            OpenState::Closed { opens_at } => {
                let holiday = self
                    .holiday_on(today)
                    .filter(|_| self.holiday == HolidayRule::Closed)
                    .map(tr_dyn);
                let change = opens_at.map(|t| change_text(true, t.naive_local(), today));
                match (holiday, change) {
                    (None, Some(change)) => trf(
                        "Closed · {change} ({zone})",
                        &[("change", &change), ("zone", &tz)],
                    ),
                    (Some(h), Some(change)) => trf(
                        "Closed · public holiday ({holiday}) · {change} ({zone})",
                        &[("holiday", &h), ("change", &change), ("zone", &tz)],
                    ),
                    (None, None) => trf(
                        "Closed · does not open in the next {days} days ({zone})",
                        &[("days", &days), ("zone", &tz)],
                    ),
                    (Some(h), None) => trf(
                        "Closed · public holiday ({holiday}) · does not open in the next {days} days ({zone})",
                        &[("holiday", &h), ("days", &days), ("zone", &tz)],
                    ),
                }
            }
        }
    }

    /// One line on public holidays, saying whether the rule is applied.
    pub fn holiday_text(&self) -> String {
        let slots = |slots: &[Slot]| {
            slots
                .iter()
                .map(Slot::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let rule = match &self.holiday {
            HolidayRule::Closed => tr("closed").to_string(),
            HolidayRule::Open(s) if s.is_empty() => tr("open (no hours given)").to_string(),
            HolidayRule::Open(s) => trf("open {hours}", &[("hours", &slots(s))]),
            HolidayRule::Unknown => return tr("Public holidays: no rule given").to_string(),
        };
        let country = self.country.as_deref();
        match country {
            Some(c) if has_holiday_calendar(country) => trf(
                "Public holidays: {rule} (applied on {country} national holidays; regional ones are not known)",
                &[("rule", &rule), ("country", &c)],
            ),
            Some(c) => trf(
                "Public holidays: {rule} (no holiday calendar for {country}: not applied to dates)",
                &[("rule", &rule), ("country", &c)],
            ),
            None => trf(
                "Public holidays: {rule} (no holiday calendar for this country: not applied to dates)",
                &[("rule", &rule)],
            ),
        }
    }
}

/// The week as an aligned plain-text table (Monday first, `>` on the
/// property's today), then the status, holiday rule, hours texts and data
/// warnings. Used by `storedesk hours`.
pub fn week_table_text(schedule: &WeekSchedule, now: DateTime<Utc>) -> String {
    let local_today = schedule.local(now).date_naive();
    let today = local_today.weekday();
    let rows: Vec<[String; 4]> = WEEK
        .iter()
        .map(|&wd| {
            let marker = if wd == today { ">" } else { "" }.to_string();
            let day = schedule.day(wd);
            let local = day.and_then(|d| d.local_name.clone()).unwrap_or_default();
            let mut hours = match day {
                None => "no data (closed)".to_string(),
                Some(d) if d.closed => "closed".to_string(),
                Some(d) => d
                    .open_intervals()
                    .iter()
                    .map(Slot::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            if wd == today
                && let Some(h) = schedule.holiday_on(local_today)
            {
                let effective = schedule.intervals_on(local_today);
                let eff = if effective.is_empty() {
                    "closed".to_string()
                } else {
                    effective
                        .iter()
                        .map(Slot::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                hours = format!("{hours}; today is {h}: {eff}");
            }
            [marker, english_day_name(wd).to_string(), local, hours]
        })
        .collect();
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
    let (w1, w2) = (width(1), width(2));
    let mut out = String::new();
    for [marker, day, local, hours] in &rows {
        // No local names at all: no empty column.
        let line = if w2 == 0 {
            format!("{marker:<1} {day:<w1$}  {hours}")
        } else {
            format!("{marker:<1} {day:<w1$}  {local:<w2$}  {hours}")
        };
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&schedule.status_text(now));
    out.push('\n');
    out.push_str(&schedule.holiday_text());
    out.push('\n');
    if let Some(t) = &schedule.office_hours_text {
        out.push_str(&format!("Office hours (as written): {t}\n"));
    }
    if let Some(t) = &schedule.access_hours_text {
        out.push_str(&format!("Access hours (as written): {t}\n"));
    }
    if !schedule.warnings.is_empty() {
        out.push_str("Data warnings:\n");
        for w in &schedule.warnings {
            out.push_str(&format!("  - {w}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Endpoint;
    use crate::api::documented::{QUOTATION_PREVIEW, RESERVATION_DETAIL};
    use crate::api::envelope::parse;
    use crate::api::models::{Country, Quotation, ReservationDetail};
    use chrono_tz::Europe::{Berlin, London, Paris};

    fn reservation_property() -> Property {
        parse::<ReservationDetail>(Endpoint::Reservation, 200, RESERVATION_DETAIL.as_bytes())
            .unwrap()
            .data
            .property
            .unwrap()
    }

    fn quotation_property() -> Property {
        parse::<Quotation>(Endpoint::Quotation, 200, QUOTATION_PREVIEW.as_bytes())
            .unwrap()
            .data
            .property
            .unwrap()
    }

    fn entry(
        dow: i64,
        first: Option<&str>,
        second: Option<&str>,
        closed: bool,
    ) -> OpeningHoursEntry {
        OpeningHoursEntry {
            day_of_week: Some(dow),
            week: None,
            first_time_slot: first.map(str::to_string),
            second_time_slot: second.map(str::to_string),
            is_closed: Some(closed),
        }
    }

    /// A week closed every day and on holidays, with `open` days replaced.
    fn week(open: &[(i64, &str)]) -> Vec<OpeningHoursEntry> {
        let mut list: Vec<_> = (0..7).map(|d| entry(d, None, None, true)).collect();
        for (d, slot) in open {
            list[*d as usize] = entry(*d, Some(slot), None, false);
        }
        list.push(entry(-1, None, None, true));
        list
    }

    fn property(country: &str, entries: Vec<OpeningHoursEntry>) -> Property {
        Property {
            country_iso_code2: Some(country.to_string()),
            property_office_opening_hours_info_list: entries,
            ..Default::default()
        }
    }

    fn at(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("unambiguous local time")
            .with_timezone(&Utc)
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    /// `Some(closing instant)` if open, panics if closed.
    fn open_until(s: &WeekSchedule, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match s.state_at(now) {
            OpenState::Open { closes_at } => closes_at.map(|t| t.with_timezone(&Utc)),
            other => panic!("expected open at {now}, got {other:?}"),
        }
    }

    /// `Some(opening instant)` if closed, panics if open.
    fn closed_until(s: &WeekSchedule, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match s.state_at(now) {
            OpenState::Closed { opens_at } => opens_at.map(|t| t.with_timezone(&Utc)),
            other => panic!("expected closed at {now}, got {other:?}"),
        }
    }

    fn slot(text: &str) -> Slot {
        parse_slot(text).unwrap()
    }

    // --- slot parsing -----------------------------------------------------

    #[test]
    fn slot_texts_are_read_leniently() {
        let cases: &[(&str, u16, u16)] = &[
            ("09:00 To 12:30", 540, 750),
            ("09:00 to 12:30", 540, 750),
            ("9:00-12:30", 540, 750),
            ("09h00 - 12h30", 540, 750),
            ("  09:00    To   12:30 ", 540, 750),
            ("09:00To12:30", 540, 750),
            ("0900–1230", 540, 750),
            ("9h-12h30", 540, 750),
            ("09:00:00 To 12:30:00", 540, 750),
            ("9.00 AM to 7.00 PM", 540, 1140),
            ("9 a.m. - 12 p.m.", 540, 720),
            ("09:00 à 12:30", 540, 750),
            ("09:00 Uhr bis 12:30 Uhr", 540, 750),
            ("18:00 To 24:00", 1080, 1440),
            // "00:00" as an end is midnight at the end of the day.
            ("18:00 To 00:00", 1080, 1440),
            ("00:00 To 00:00", 0, 1440),
            ("07:00 To 19:00", 420, 1140),
        ];
        for &(text, open, close) in cases {
            let s = parse_slot(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
            assert_eq!(
                (s.open_minutes(), s.close_minutes()),
                (open, close),
                "{text:?}"
            );
        }
        assert_eq!(slot("18:00 To 24:00").close_time(), None);
        assert_eq!(
            slot("09:00 To 12:30").open_time(),
            NaiveTime::from_hms_opt(9, 0, 0).unwrap()
        );
        assert_eq!(slot("9:00-12:30").to_string(), "09:00–12:30");
        assert_eq!(slot("18:00 To 00:00").to_string(), "18:00–24:00");
    }

    #[test]
    fn bad_slot_texts_are_refused_not_guessed() {
        // Overnight is not guessed: the end is before the start.
        assert_eq!(
            parse_slot("13:30 To 12:00"),
            Err(SlotError::EndBeforeStart {
                open: 810,
                close: 720
            })
        );
        assert_eq!(
            parse_slot("22:00 To 02:00"),
            Err(SlotError::EndBeforeStart {
                open: 1320,
                close: 120
            })
        );
        assert!(matches!(
            parse_slot("12:00 To 12:00"),
            Err(SlotError::EndBeforeStart { .. })
        ));
        assert!(matches!(
            parse_slot("24:00 To 02:00"),
            Err(SlotError::EndBeforeStart { .. })
        ));
        for text in [
            "",
            "   ",
            "To",
            "12:00 To",
            "To 12:00",
            "NaN To NaN",
            "nan:nan to inf:inf",
            "25:00 To 26:00",
            "09:60 To 10:00",
            "24:30 To 25:00",
            "9:00-12:00-13:00",
            "13 pm to 14 pm",
            "fermé",
            "💥 To 💥",
            "09:0 To 10:00",
            "123456 To 1",
            "-1:00 To 2:00",
            "09:00:75 To 10:00",
            "١٢:٠٠ To ١٣:٠٠",
        ] {
            assert_eq!(parse_slot(text), Err(SlotError::Unreadable), "{text:?}");
        }
    }

    // --- the documented RESERVATION property (Toulouse, FR) -----------------

    #[test]
    fn documented_reservation_schedule_reads_cleanly() {
        let s = schedule_for(&reservation_property());
        assert_eq!(s.tz, Paris);
        assert!(!s.tz_guessed);
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
        assert_eq!(s.holiday, HolidayRule::Closed);
        let monday = s.day(Weekday::Mon).unwrap();
        assert_eq!(monday.local_name.as_deref(), Some("lundi"));
        assert_eq!(
            monday.open_intervals(),
            vec![slot("09:00 To 12:30"), slot("13:30 To 19:00")]
        );
        assert!(s.day(Weekday::Sun).unwrap().closed);
        assert!(!s.day(Weekday::Sat).unwrap().closed);
        assert_eq!(s.country.as_deref(), Some("FR"));
    }

    #[test]
    fn documented_reservation_status_at_fixed_instants() {
        let s = schedule_for(&reservation_property());
        // Monday 8 September 2025.
        let p = |d, h, m| at(Paris, 2025, 9, d, h, m);
        assert_eq!(
            closed_until(&s, p(8, 8, 59)),
            Some(p(8, 9, 0)),
            "just before opening"
        );
        assert_eq!(
            open_until(&s, p(8, 9, 0)),
            Some(p(8, 12, 30)),
            "at the opening minute"
        );
        assert_eq!(open_until(&s, p(8, 12, 29)), Some(p(8, 12, 30)));
        assert_eq!(
            closed_until(&s, p(8, 12, 30)),
            Some(p(8, 13, 30)),
            "at the closing minute"
        );
        assert_eq!(
            closed_until(&s, p(8, 12, 45)),
            Some(p(8, 13, 30)),
            "lunch gap"
        );
        assert_eq!(open_until(&s, p(8, 13, 30)), Some(p(8, 19, 0)));
        assert_eq!(open_until(&s, p(8, 18, 59)), Some(p(8, 19, 0)));
        assert_eq!(
            closed_until(&s, p(8, 19, 0)),
            Some(p(9, 9, 0)),
            "evening: next day"
        );
        assert_eq!(
            closed_until(&s, p(13, 20, 0)),
            Some(p(15, 9, 0)),
            "Saturday night to Monday"
        );
        assert_eq!(closed_until(&s, p(14, 12, 0)), Some(p(15, 9, 0)), "Sunday");
        assert_eq!(s.today(p(14, 12, 0)), Weekday::Sun);

        assert_eq!(
            s.status_text(p(8, 10, 0)),
            "Open now · closes at 12:30 (Europe/Paris)"
        );
        assert_eq!(
            s.status_text(p(8, 12, 45)),
            "Closed · opens at 13:30 (Europe/Paris)"
        );
        assert_eq!(
            s.status_text(p(8, 19, 0)),
            "Closed · opens Tuesday 09:00 (Europe/Paris)"
        );
        assert_eq!(
            s.status_text(p(13, 20, 0)),
            "Closed · opens Monday 09:00 (Europe/Paris)"
        );
        assert_eq!(s.next_change(p(8, 10, 0)), Some(p(8, 12, 30)));
        assert_eq!(s.next_change(p(13, 20, 0)), Some(p(15, 9, 0)));
    }

    #[test]
    fn the_property_date_not_the_utc_date_decides() {
        let s = schedule_for(&reservation_property());
        // Sunday 23:30 UTC is already Monday 01:30 in Toulouse.
        let now = utc(2025, 9, 7, 23, 30);
        assert_eq!(now.weekday(), Weekday::Sun);
        assert_eq!(s.today(now), Weekday::Mon);
        assert_eq!(closed_until(&s, now), Some(at(Paris, 2025, 9, 8, 9, 0)));
        assert_eq!(s.status_text(now), "Closed · opens at 09:00 (Europe/Paris)");
        // 07:30 UTC is 09:30 in Toulouse: open, although 07:30 is before 09:00.
        assert_eq!(
            open_until(&s, utc(2025, 9, 8, 7, 30)),
            Some(utc(2025, 9, 8, 10, 30))
        );
        let as_if_utc = schedule_from_entries(
            &reservation_property().property_office_opening_hours_info_list,
            Tz::UTC,
        );
        assert_eq!(
            closed_until(&as_if_utc, utc(2025, 9, 8, 7, 30)),
            Some(utc(2025, 9, 8, 9, 0))
        );
    }

    // --- the documented QUOTATION property (Emmerich, DE) -------------------

    #[test]
    fn documented_quotation_flags_overlaps_and_duplicates() {
        let s = schedule_for(&quotation_property());
        assert_eq!(s.tz, Berlin);
        assert!(!s.tz_guessed);
        let day = |d| DayRef::Day(d);
        let (eight, seven) = (slot("08:00 To 19:00"), slot("07:00 To 19:00"));
        assert_eq!(
            s.warnings,
            vec![
                HoursWarning::Overlap {
                    day: day(Weekday::Mon),
                    a: eight,
                    b: seven
                },
                HoursWarning::DuplicateSlot {
                    day: day(Weekday::Tue),
                    slot: eight
                },
                HoursWarning::DuplicateSlot {
                    day: day(Weekday::Wed),
                    slot: eight
                },
                HoursWarning::DuplicateSlot {
                    day: day(Weekday::Thu),
                    slot: eight
                },
                HoursWarning::Overlap {
                    day: day(Weekday::Fri),
                    a: eight,
                    b: seven
                },
                HoursWarning::DuplicateSlot {
                    day: day(Weekday::Sat),
                    slot: eight
                },
            ]
        );
        assert_eq!(
            s.warnings[0].to_string(),
            "Monday: the time slots 08:00–19:00 and 07:00–19:00 overlap; counted as 07:00–19:00."
        );
        assert_eq!(s.day(Weekday::Mon).unwrap().open_intervals(), vec![seven]);
        assert_eq!(s.day(Weekday::Tue).unwrap().open_intervals(), vec![eight]);
        assert_eq!(
            s.office_hours_text.as_deref(),
            Some("Monday to Saturday 9.00 AM to 7.00 PM")
        );
        assert_eq!(
            s.access_hours_text.as_deref(),
            Some("7 Days on Week from 6.00 AM to 11.00 PM")
        );
    }

    #[test]
    fn documented_quotation_status_uses_merged_slots_in_berlin() {
        let s = schedule_for(&quotation_property());
        let b = |d, h, m| at(Berlin, 2025, 9, d, h, m);
        // Monday opens at 07:00 (merged), Tuesday at 08:00.
        assert_eq!(closed_until(&s, b(8, 6, 59)), Some(b(8, 7, 0)));
        assert_eq!(open_until(&s, b(8, 7, 0)), Some(b(8, 19, 0)));
        assert_eq!(closed_until(&s, b(9, 7, 30)), Some(b(9, 8, 0)));
        assert_eq!(
            open_until(&s, b(12, 7, 0)),
            Some(b(12, 19, 0)),
            "Friday merged too"
        );
        assert_eq!(
            closed_until(&s, b(13, 19, 0)),
            Some(b(15, 7, 0)),
            "Saturday evening to Monday 07:00"
        );
        assert_eq!(
            s.status_text(b(9, 7, 30)),
            "Closed · opens at 08:00 (Europe/Berlin)"
        );

        // 05:30 UTC on Monday: 07:30 in Berlin (open). Paris shares the offset
        // (same answer); read in London (06:30) it would be closed.
        let now = utc(2025, 9, 8, 5, 30);
        assert_eq!(open_until(&s, now), Some(utc(2025, 9, 8, 17, 0)));
        let entries = &quotation_property().property_office_opening_hours_info_list;
        assert_eq!(
            schedule_from_entries(entries, Paris).state_at(now),
            OpenState::Open {
                closes_at: Some(at(Paris, 2025, 9, 8, 19, 0).with_timezone(&Paris))
            }
        );
        assert_eq!(
            closed_until(&schedule_from_entries(entries, London), now),
            Some(utc(2025, 9, 8, 6, 0))
        );
    }

    // --- public holidays ----------------------------------------------------

    #[test]
    fn easter_dates() {
        for (y, m, d) in [
            (1818, 3, 22),
            (1943, 4, 25),
            (2000, 4, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter_sunday(y), NaiveDate::from_ymd_opt(y, m, d), "{y}");
        }
    }

    #[test]
    fn national_holidays_of_france_and_germany() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let fr = |date| public_holiday("FR", Some("31000"), date);
        assert_eq!(fr(d(2025, 1, 1)), Some("New Year's Day"));
        assert_eq!(fr(d(2025, 4, 21)), Some("Easter Monday"));
        assert_eq!(fr(d(2025, 5, 8)), Some("Victory in Europe Day"));
        assert_eq!(fr(d(2025, 5, 29)), Some("Ascension Day"));
        assert_eq!(fr(d(2025, 6, 9)), Some("Whit Monday"));
        assert_eq!(fr(d(2025, 7, 14)), Some("Bastille Day"));
        assert_eq!(fr(d(2025, 12, 25)), Some("Christmas Day"));
        assert_eq!(
            fr(d(2025, 4, 18)),
            None,
            "Good Friday only in Alsace-Moselle"
        );
        assert_eq!(fr(d(2025, 12, 26)), None);
        assert_eq!(fr(d(2025, 12, 24)), None);
        assert_eq!(
            public_holiday("FR", Some("67000"), d(2025, 4, 18)),
            Some("Good Friday")
        );
        assert_eq!(
            public_holiday("fr", Some("57000"), d(2025, 12, 26)),
            Some("St Stephen's Day")
        );
        let de = |date| public_holiday("DE", None, date);
        assert_eq!(de(d(2025, 4, 18)), Some("Good Friday"));
        assert_eq!(de(d(2025, 10, 3)), Some("German Unity Day"));
        assert_eq!(de(d(2025, 12, 26)), Some("Second Day of Christmas"));
        assert_eq!(de(d(2025, 7, 14)), None);
        assert_eq!(
            public_holiday("BE", None, d(2025, 12, 25)),
            None,
            "no calendar"
        );
    }

    #[test]
    fn holiday_rule_closes_a_known_holiday() {
        let s = schedule_for(&reservation_property());
        // Christmas 2025 is a Thursday.
        let p = |m, d, h, mi| at(Paris, 2025, m, d, h, mi);
        assert_eq!(open_until(&s, p(12, 24, 10, 0)), Some(p(12, 24, 12, 30)));
        assert_eq!(closed_until(&s, p(12, 25, 10, 0)), Some(p(12, 26, 9, 0)));
        assert_eq!(
            s.status_text(p(12, 25, 10, 0)),
            "Closed · public holiday (Christmas Day) · opens Friday 09:00 (Europe/Paris)"
        );
        // Ascension Thursday 2025-05-29, and the evening before skips it.
        assert_eq!(closed_until(&s, p(5, 28, 19, 30)), Some(p(5, 30, 9, 0)));
        assert_eq!(
            s.holiday_text(),
            "Public holidays: closed (applied on FR national holidays; regional ones are not known)"
        );
    }

    #[test]
    fn holiday_rule_with_hours_or_without_calendar() {
        let mut entries = week(&[(4, "09:00 To 19:00")]);
        *entries.last_mut().unwrap() = entry(-1, Some("10:00 To 12:00"), None, false);
        let s = schedule_for(&property("FR", entries.clone()));
        assert_eq!(s.holiday, HolidayRule::Open(vec![slot("10:00 To 12:00")]));
        let p = |h, mi| at(Paris, 2025, 12, 25, h, mi);
        assert_eq!(closed_until(&s, p(9, 30)), Some(p(10, 0)));
        assert_eq!(open_until(&s, p(10, 30)), Some(p(12, 0)));
        assert!(
            s.holiday_text()
                .starts_with("Public holidays: open 10:00–12:00 (applied on FR")
        );

        // Belgium: no calendar here, the rule is shown but Christmas is a Thursday like any other.
        let s = schedule_for(&property("BE", week(&[(4, "09:00 To 19:00")])));
        let brussels = chrono_tz::Europe::Brussels;
        assert_eq!(
            open_until(&s, at(brussels, 2025, 12, 25, 10, 0)),
            Some(at(brussels, 2025, 12, 25, 19, 0))
        );
        assert_eq!(
            s.holiday_text(),
            "Public holidays: closed (no holiday calendar for BE: not applied to dates)"
        );

        let s = schedule_from_entries(&week(&[])[..7], Paris);
        assert_eq!(s.holiday, HolidayRule::Unknown);
        assert_eq!(s.holiday_text(), "Public holidays: no rule given");
    }

    // --- daylight saving time (Europe/Paris) ---------------------------------

    #[test]
    fn dst_weeks_in_paris() {
        let s = schedule_for(&reservation_property());
        // Spring forward on Sunday 30 March 2025: CET (+1) before, CEST (+2) after.
        assert_eq!(
            open_until(&s, utc(2025, 3, 29, 8, 0)),
            Some(utc(2025, 3, 29, 11, 30))
        );
        assert_eq!(
            closed_until(&s, at(Paris, 2025, 3, 29, 20, 0)),
            Some(utc(2025, 3, 31, 7, 0))
        );
        assert_eq!(
            s.status_text(at(Paris, 2025, 3, 29, 20, 0)),
            "Closed · opens Monday 09:00 (Europe/Paris)"
        );
        // Fall back on Sunday 26 October 2025: CEST before, CET after.
        assert_eq!(
            closed_until(&s, at(Paris, 2025, 10, 25, 20, 0)),
            Some(utc(2025, 10, 27, 8, 0))
        );
        assert_eq!(
            open_until(&s, utc(2025, 10, 27, 8, 0)),
            Some(utc(2025, 10, 27, 11, 30))
        );
    }

    #[test]
    fn dst_change_night_slots() {
        // Spring: 02:00–03:00 does not exist on 30 March 2025.
        let s = schedule_from_entries(&week(&[(0, "01:00 To 04:00")]), Paris);
        assert_eq!(
            open_until(&s, utc(2025, 3, 30, 0, 30)),
            Some(utc(2025, 3, 30, 2, 0)),
            "two real hours"
        );
        let s = schedule_from_entries(&week(&[(0, "02:30 To 05:00")]), Paris);
        assert_eq!(
            closed_until(&s, utc(2025, 3, 30, 0, 0)),
            Some(utc(2025, 3, 30, 1, 0)),
            "next valid instant"
        );
        let s = schedule_from_entries(&week(&[(0, "02:10 To 02:50")]), Paris);
        assert_eq!(
            closed_until(&s, utc(2025, 3, 30, 0, 0)),
            Some(at(Paris, 2025, 4, 6, 2, 10)),
            "a slot wholly in the gap never opens that day"
        );
        // Autumn: 02:00–03:00 happens twice on 26 October 2025; the earlier counts.
        let s = schedule_from_entries(&week(&[(0, "01:00 To 04:00")]), Paris);
        assert_eq!(
            open_until(&s, utc(2025, 10, 26, 0, 30)),
            Some(utc(2025, 10, 26, 3, 0)),
            "four real hours"
        );
        let s = schedule_from_entries(&week(&[(0, "02:30 To 05:00")]), Paris);
        assert_eq!(
            closed_until(&s, utc(2025, 10, 25, 23, 0)),
            Some(utc(2025, 10, 26, 0, 30))
        );
    }

    // --- other edges --------------------------------------------------------

    #[test]
    fn midnight_ends_and_slots_across_midnight() {
        let s = schedule_from_entries(
            &week(&[(5, "18:00 To 24:00"), (6, "00:00 To 02:00")]),
            Paris,
        );
        assert_eq!(
            open_until(&s, at(Paris, 2025, 9, 12, 23, 0)),
            Some(at(Paris, 2025, 9, 13, 2, 0))
        );
        assert_eq!(
            s.status_text(at(Paris, 2025, 9, 12, 23, 0)),
            "Open now · closes Saturday 02:00 (Europe/Paris)"
        );
        let s = schedule_from_entries(&week(&[(5, "18:00 To 00:00")]), Paris);
        assert_eq!(
            s.status_text(at(Paris, 2025, 9, 12, 23, 0)),
            "Open now · closes at midnight (Europe/Paris)"
        );
        assert_eq!(
            closed_until(&s, at(Paris, 2025, 9, 13, 0, 0)),
            Some(at(Paris, 2025, 9, 19, 18, 0))
        );
    }

    #[test]
    fn always_open_and_never_open() {
        let all: Vec<(i64, &str)> = (0..7).map(|d| (d, "00:00 To 24:00")).collect();
        let s = schedule_from_entries(&week(&all), Paris);
        assert_eq!(
            s.state_at(utc(2025, 9, 8, 12, 0)),
            OpenState::Open { closes_at: None }
        );
        assert_eq!(s.next_change(utc(2025, 9, 8, 12, 0)), None);
        assert!(
            s.status_text(utc(2025, 9, 8, 12, 0))
                .starts_with("Open now · open for at least the next 14 days")
        );

        let s = schedule_from_entries(&week(&[]), Paris);
        assert_eq!(closed_until(&s, utc(2025, 9, 8, 12, 0)), None);
        assert_eq!(
            s.status_text(utc(2025, 9, 8, 12, 0)),
            "Closed · does not open in the next 14 days (Europe/Paris)"
        );
    }

    #[test]
    fn empty_list_means_no_days_and_never_open() {
        let s = schedule_for(&property("FR", Vec::new()));
        assert!(s.days.iter().all(Option::is_none));
        assert_eq!(s.holiday, HolidayRule::Unknown);
        assert_eq!(
            s.warnings,
            WEEK.iter()
                .map(|d| HoursWarning::MissingDay(*d))
                .collect::<Vec<_>>()
        );
        assert_eq!(
            s.state_at(utc(2025, 9, 8, 10, 0)),
            OpenState::Closed { opens_at: None }
        );
        let table = week_table_text(&s, utc(2025, 9, 8, 10, 0));
        assert!(
            table.starts_with("> Monday     no data (closed)\n  Tuesday    no data"),
            "{table}"
        );
        assert!(
            table.contains("Sunday: no entry in the opening hours; treated as closed."),
            "{table}"
        );
    }

    #[test]
    fn odd_entries_are_flagged() {
        let named = |dow: Option<i64>, name: &str, first: &str| OpeningHoursEntry {
            day_of_week: dow,
            week: Some(name.to_string()),
            first_time_slot: Some(first.to_string()),
            second_time_slot: None,
            is_closed: Some(false),
        };
        let entries = vec![
            entry(1, Some("NaN To NaN"), Some("13:30 To 12:00"), false),
            named(None, "mardi", "09:00 To 12:00"),
            named(Some(3), "jeudi", "09:00 To 12:00"),
            entry(4, Some("09:00 To 12:00"), None, true),
            entry(5, None, None, false),
            entry(5, Some("10:00 To 11:00"), None, false),
            named(Some(9), "blursday", "09:00 To 12:00"),
            entry(6, Some(""), Some("-"), true),
            entry(-1, Some("09:00 To 12:00"), None, true),
            entry(-1, None, None, false),
        ];
        let s = schedule_from_entries(&entries, Paris);
        let mon = DayRef::Day(Weekday::Mon);
        assert_eq!(
            s.warnings,
            vec![
                HoursWarning::UnreadableSlot {
                    day: mon,
                    text: "NaN To NaN".into()
                },
                HoursWarning::EndBeforeStart {
                    day: mon,
                    text: "13:30 To 12:00".into()
                },
                HoursWarning::NameMismatch {
                    weekday: Weekday::Wed,
                    local_name: "jeudi".into()
                },
                HoursWarning::SlotsOnClosedDay(DayRef::Day(Weekday::Thu)),
                HoursWarning::OpenWithoutHours(DayRef::Day(Weekday::Fri)),
                HoursWarning::DuplicateDay(DayRef::Day(Weekday::Fri)),
                HoursWarning::UnknownDay {
                    value: Some(9),
                    local_name: Some("blursday".into())
                },
                HoursWarning::SlotsOnClosedDay(DayRef::PublicHolidays),
                HoursWarning::DuplicateDay(DayRef::PublicHolidays),
                HoursWarning::MissingDay(Weekday::Sun),
            ]
        );
        assert!(s.day(Weekday::Mon).unwrap().closed, "no usable slot");
        assert_eq!(
            s.day(Weekday::Tue).unwrap().open_intervals(),
            vec![slot("09:00 To 12:00")]
        );
        assert!(s.day(Weekday::Thu).unwrap().closed);
        assert!(
            s.day(Weekday::Fri).unwrap().closed,
            "the first Friday entry wins"
        );
        assert!(s.day(Weekday::Sat).unwrap().closed);
        assert_eq!(s.holiday, HolidayRule::Closed);
        for w in &s.warnings {
            assert!(w.to_string().ends_with('.'), "{w}");
        }
        assert_eq!(
            s.warnings[3].to_string(),
            "Thursday: marked closed but has time slots; treated as closed."
        );
    }

    #[test]
    fn time_zone_from_country() {
        assert_eq!(timezone_for_country("FR"), Some(Paris));
        assert_eq!(timezone_for_country(" de "), Some(Berlin));
        assert_eq!(timezone_for_country("GB"), Some(London));
        assert_eq!(timezone_for_country("PT"), Some(chrono_tz::Europe::Lisbon));
        assert_eq!(timezone_for_country("US"), None);
        assert_eq!(timezone_for_country("XX"), None);

        let s = schedule_for(&property("US", week(&[])));
        assert!(s.tz_guessed);
        assert_eq!(s.tz, Tz::UTC);
        assert_eq!(
            s.warnings[0].to_string(),
            "Country US spans several time zones; times are read in UTC."
        );
        let s = schedule_for_with_fallback(&property("XX", week(&[(1, "09:00 To 12:00")])), Paris);
        assert_eq!((s.tz, s.tz_guessed), (Paris, true));
        assert!(
            s.status_text(utc(2025, 9, 8, 8, 0))
                .ends_with("(Europe/Paris, time zone guessed)")
        );

        // Only a country name: still Berlin.
        let p = Property {
            country: Some(Country {
                name: Some("Germany".into()),
                ..Default::default()
            }),
            ..property("", week(&[]))
        };
        let p = Property {
            country_iso_code2: None,
            ..p
        };
        let s = schedule_for(&p);
        assert_eq!(
            (s.tz, s.tz_guessed, s.country.as_deref()),
            (Berlin, false, Some("DE"))
        );
    }

    #[test]
    fn week_table_for_the_documented_property() {
        let s = schedule_for(&reservation_property());
        let table = week_table_text(&s, at(Paris, 2025, 9, 8, 10, 0));
        let expected = "\
> Monday     lundi     09:00–12:30, 13:30–19:00
  Tuesday    mardi     09:00–12:30, 13:30–19:00
  Wednesday  mercredi  09:00–12:30, 13:30–19:00
  Thursday   jeudi     09:00–12:30, 13:30–19:00
  Friday     vendredi  09:00–12:30, 13:30–19:00
  Saturday   samedi    09:00–12:30, 13:30–19:00
  Sunday     dimanche  closed

Open now · closes at 12:30 (Europe/Paris)
Public holidays: closed (applied on FR national holidays; regional ones are not known)
";
        assert_eq!(table, expected);

        let s = schedule_for(&quotation_property());
        // Christmas Day and the day after are both German holidays.
        let table = week_table_text(&s, at(Berlin, 2025, 12, 25, 10, 0));
        assert!(
            table.contains("> Thursday   jeudi     08:00–19:00; today is Christmas Day: closed\n"),
            "{table}"
        );
        assert!(table.contains(
            "Closed · public holiday (Christmas Day) · opens Saturday 08:00 (Europe/Berlin)\n"
        ));
        assert!(
            table.contains("Office hours (as written): Monday to Saturday 9.00 AM to 7.00 PM\n")
        );
        assert!(table.contains(
            "Data warnings:\n  - Monday: the time slots 08:00–19:00 and 07:00–19:00 overlap"
        ));
    }

    // --- never panic --------------------------------------------------------

    mod props {
        use super::*;
        use proptest::collection::vec;
        use proptest::option;
        use proptest::prelude::*;

        fn slot_text() -> impl Strategy<Value = String> {
            prop_oneof![
                "[0-9]{1,2}:[0-9]{2} [Tt]o [0-9]{1,2}:[0-9]{2}",
                "[0-9]{1,2}[h:.]?[0-9]{0,2} ?(am|pm)? ?[-–àto]{1,3} ?[0-9]{1,2}[h:.]?[0-9]{0,2}",
                Just("00:00 To 24:00".to_string()),
                ".{0,24}",
            ]
        }

        fn entry_strategy() -> impl Strategy<Value = OpeningHoursEntry> {
            (
                option::of(-2i64..9),
                option::of(prop_oneof![
                    Just("lundi".to_string()),
                    Just("dimanche".to_string()),
                    ".{0,8}"
                ]),
                option::of(slot_text()),
                option::of(slot_text()),
                option::of(any::<bool>()),
            )
                .prop_map(
                    |(day_of_week, week, first_time_slot, second_time_slot, is_closed)| {
                        OpeningHoursEntry {
                            day_of_week,
                            week,
                            first_time_slot,
                            second_time_slot,
                            is_closed,
                        }
                    },
                )
        }

        proptest! {
            // PROPTEST_CASES raises the count (scripts/fuzz-long.sh).
            #![proptest_config(ProptestConfig::with_cases(
                std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
            ))]

            #[test]
            fn slot_parser_never_panics(text in ".{0,40}") {
                if let Ok(s) = parse_slot(&text) {
                    prop_assert!(s.open_minutes() < s.close_minutes() && s.close_minutes() <= 1440);
                }
            }

            #[test]
            fn well_formed_slots_read_exactly(h1 in 0u16..24, m1 in 0u16..60, h2 in 0u16..24, m2 in 0u16..60) {
                let (open, close) = (h1 * 60 + m1, if h2 + m2 == 0 { 1440 } else { h2 * 60 + m2 });
                let got = parse_slot(&format!("{h1:02}:{m1:02} To {h2:02}:{m2:02}"));
                if open < close {
                    prop_assert_eq!(got, Ok(Slot::from_minutes(open, close).unwrap()));
                } else {
                    prop_assert_eq!(got, Err(SlotError::EndBeforeStart { open, close }));
                }
            }

            #[test]
            fn schedules_never_panic_and_stay_consistent(
                entries in vec(entry_strategy(), 0..12),
                country in prop::sample::select(vec!["FR", "DE", "GB", "US", "", "XX", "NZ", "fr"]),
                secs in 0i64..4_102_444_800,
            ) {
                let s = schedule_for(&property(country, entries));
                let now = DateTime::<Utc>::from_timestamp(secs, 0).unwrap();
                match s.state_at(now) {
                    OpenState::Open { closes_at: Some(t) } => {
                        let t = t.with_timezone(&Utc);
                        prop_assert!(t > now);
                        let closed_then = matches!(s.state_at(t), OpenState::Closed { .. });
                        prop_assert!(closed_then, "still open at its closing time");
                    }
                    OpenState::Closed { opens_at: Some(t) } => {
                        let t = t.with_timezone(&Utc);
                        prop_assert!(t > now && t <= now + TimeDelta::days(LOOKAHEAD_DAYS));
                        let open_then = matches!(s.state_at(t), OpenState::Open { .. });
                        prop_assert!(open_then, "not open at its opening time");
                    }
                    _ => {}
                }
                prop_assert!(!week_table_text(&s, now).is_empty());
            }
        }
    }
}
