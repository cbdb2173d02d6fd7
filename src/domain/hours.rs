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

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use crate::api::models::{OpeningHoursEntry, Property};

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

/// English day name ("Monday").
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
    let mut s = text.trim().to_lowercase().replace("a.m.", "am").replace("p.m.", "pm");
    // Word separators first: clock texts never contain these letters.
    for word in ["until", "bis", "to", "à"] {
        s = s.replace(word, "-");
    }
    let s = s.replace(['–', '—', '~'], "-");
    let mut parts = s.split('-').filter(|p| !p.trim().is_empty());
    let (a, b) = (parts.next()?, parts.next()?);
    // "9-12-30" or a third time is not a range we understand.
    if parts.next().is_some() {
        return None;
    }
    Some((a.trim().to_string(), b.trim().to_string()))
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
        (h.parse().ok()?, if m.is_empty() { 0 } else { m.parse().ok()? })
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
            DayRef::Day(d) => f.write_str(english_day_name(*d)),
            DayRef::PublicHolidays => f.write_str("Public holidays"),
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
        if self.closed { Vec::new() } else { merge_slots(&self.slots) }
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
    UnreadableSlot { day: DayRef, text: String },
    /// "13:30 To 12:00": ignored (overnight is not guessed).
    EndBeforeStart { day: DayRef, text: String },
    Overlap { day: DayRef, a: Slot, b: Slot },
    /// The same slot twice on one day.
    DuplicateSlot { day: DayRef, slot: Slot },
    MissingDay(Weekday),
    /// A second entry for a day already given: ignored.
    DuplicateDay(DayRef),
    /// Flagged closed but slots are given: treated as closed.
    SlotsOnClosedDay(DayRef),
    /// Not flagged closed but no hours: treated as closed.
    OpenWithoutHours(DayRef),
    /// dayOfWeek says one day, the localized name another: dayOfWeek wins.
    NameMismatch { weekday: Weekday, local_name: String },
    /// An entry whose day could not be told: ignored.
    UnknownDay { value: Option<i64>, local_name: Option<String> },
    /// No time zone from the country: times are read in `used`.
    TimeZoneGuessed { country: Option<String>, multi_zone: bool, used: Tz },
}

impl fmt::Display for HoursWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HoursWarning::UnreadableSlot { day, text } => {
                write!(f, "{day}: the time slot {text:?} could not be read; ignored.")
            }
            HoursWarning::EndBeforeStart { day, text } => {
                write!(f, "{day}: the time slot {text:?} ends before it starts; ignored.")
            }
            HoursWarning::Overlap { day, a, b } => write!(
                f,
                "{day}: the time slots {a} and {b} overlap; counted as {}.",
                merge_slots(&[*a, *b]).iter().map(Slot::to_string).collect::<Vec<_>>().join(", ")
            ),
            HoursWarning::DuplicateSlot { day, slot } => {
                write!(f, "{day}: the time slot {slot} is given twice.")
            }
            HoursWarning::MissingDay(d) => {
                write!(f, "{}: no entry in the opening hours; treated as closed.", english_day_name(*d))
            }
            HoursWarning::DuplicateDay(day) => {
                write!(f, "{day}: given more than once; the first entry is used.")
            }
            HoursWarning::SlotsOnClosedDay(day) => {
                write!(f, "{day}: marked closed but has time slots; treated as closed.")
            }
            HoursWarning::OpenWithoutHours(day) => {
                write!(f, "{day}: not marked closed but has no hours; treated as closed.")
            }
            HoursWarning::NameMismatch { weekday, local_name } => write!(
                f,
                "{}: the entry is named {local_name:?}, another day; the day number is trusted.",
                english_day_name(*weekday)
            ),
            HoursWarning::UnknownDay { value, local_name } => {
                let v = value.map_or("none".to_string(), |v| v.to_string());
                let n = local_name.as_deref().map(|n| format!(" ({n:?})")).unwrap_or_default();
                write!(f, "An entry with day number {v}{n} is not a known day; ignored.")
            }
            HoursWarning::TimeZoneGuessed { country, multi_zone, used } => {
                let c = country.as_deref().unwrap_or("not given");
                if *multi_zone {
                    write!(f, "Country {c} spans several time zones; times are read in {}.", used.name())
                } else {
                    write!(f, "No time zone known for country {c}; times are read in {}.", used.name())
                }
            }
        }
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
        .or_else(|| country_code_from_name(property.country.as_ref()?.name.as_deref()?).map(str::to_string));
    let mut schedule = schedule_from_entries(&property.property_office_opening_hours_info_list, fallback);
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
    s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// Build a schedule from the API's day list alone, read in `tz` (no country:
/// no public-holiday calendar, no texts).
pub fn schedule_from_entries(entries: &[OpeningHoursEntry], tz: Tz) -> WeekSchedule {
    let mut days: [Option<DayHours>; 7] = Default::default();
    let mut holiday: Option<HolidayRule> = None;
    let mut warnings = Vec::new();

    for entry in entries {
        let name = entry.week.as_deref().map(str::trim).filter(|s| !s.is_empty());
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
                warnings.push(HoursWarning::UnknownDay { value, local_name: name.map(str::to_string) });
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
                holiday = Some(if closed { HolidayRule::Closed } else { HolidayRule::Open(merge_slots(&slots)) });
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
fn read_entry(entry: &OpeningHoursEntry, day: DayRef, warnings: &mut Vec<HoursWarning>) -> (Vec<Slot>, bool) {
    let texts: Vec<&str> = [&entry.first_time_slot, &entry.second_time_slot]
        .into_iter()
        .filter_map(|t| t.as_deref())
        .filter(|t| !is_blank_slot(t))
        .collect();
    let mut slots: Vec<Slot> = Vec::new();
    for text in &texts {
        match parse_slot(text) {
            Ok(slot) => slots.push(slot),
            Err(SlotError::Unreadable) => {
                warnings.push(HoursWarning::UnreadableSlot { day, text: text.to_string() })
            }
            Err(SlotError::EndBeforeStart { .. }) => {
                warnings.push(HoursWarning::EndBeforeStart { day, text: text.to_string() })
            }
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

fn weekday_from_api(n: i64) -> Weekday {
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
        (&["lundi", "monday", "mon", "montag", "maandag", "lunes", "lunedì", "lunedi"], Weekday::Mon),
        (&["mardi", "tuesday", "tue", "dienstag", "dinsdag", "martes", "martedì", "martedi"], Weekday::Tue),
        (
            &["mercredi", "wednesday", "wed", "mittwoch", "woensdag", "miércoles", "miercoles", "mercoledì", "mercoledi"],
            Weekday::Wed,
        ),
        (&["jeudi", "thursday", "thu", "donnerstag", "donderdag", "jueves", "giovedì", "giovedi"], Weekday::Thu),
        (&["vendredi", "friday", "fri", "freitag", "vrijdag", "viernes", "venerdì", "venerdi"], Weekday::Fri),
        (&["samedi", "saturday", "sat", "samstag", "sonnabend", "zaterdag", "sábado", "sabado", "sabato"], Weekday::Sat),
        (&["dimanche", "sunday", "sun", "sonntag", "zondag", "domingo", "domenica"], Weekday::Sun),
    ];
    let n = name.trim().to_lowercase();
    NAMES.iter().find(|(names, _)| names.contains(&n.as_str())).map(|(_, d)| *d)
}

// ---------------------------------------------------------------------------
// Time zones

/// Countries that span several zones: the country alone cannot tell.
const MULTI_ZONE: &[&str] = &[
    "US", "CA", "AU", "RU", "BR", "MX", "ID", "KZ", "CL", "CD", "MN", "PF", "KI", "FM", "EC", "GL", "UM",
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
    COUNTRY_ZONES.iter().find(|(c, _, _)| *c == code).map(|(_, _, tz)| *tz)
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
    let naive = midnight.checked_add_signed(TimeDelta::minutes(i64::from(minutes))).unwrap_or(midnight);
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
/// name), `None` otherwise or for other countries. French postal codes 57,
/// 67 and 68 (Alsace-Moselle) add Good Friday and St Stephen's Day. German
/// state holidays are not included.
pub fn public_holiday(country: &str, postal_code: Option<&str>, date: NaiveDate) -> Option<&'static str> {
    let country = country.trim().to_uppercase();
    let easter = easter_sunday(date.year())?;
    let after_easter = (date - easter).num_days();
    let md = (date.month(), date.day());
    match country.as_str() {
        "FR" => {
            let alsace_moselle = postal_code
                .map(str::trim)
                .is_some_and(|p| p.len() == 5 && ["57", "67", "68"].iter().any(|d| p.starts_with(d)));
            match (md, after_easter) {
                ((1, 1), _) => Some("New Year's Day"),
                (_, 1) => Some("Easter Monday"),
                ((5, 1), _) => Some("Labour Day"),
                ((5, 8), _) => Some("Victory in Europe Day"),
                (_, 39) => Some("Ascension Day"),
                (_, 50) => Some("Whit Monday"),
                ((7, 14), _) => Some("Bastille Day"),
                ((8, 15), _) => Some("Assumption Day"),
                ((11, 1), _) => Some("All Saints' Day"),
                ((11, 11), _) => Some("Armistice Day"),
                ((12, 25), _) => Some("Christmas Day"),
                (_, -2) if alsace_moselle => Some("Good Friday"),
                ((12, 26), _) if alsace_moselle => Some("St Stephen's Day"),
                _ => None,
            }
        }
        "DE" => match (md, after_easter) {
            ((1, 1), _) => Some("New Year's Day"),
            (_, -2) => Some("Good Friday"),
            (_, 1) => Some("Easter Monday"),
            ((5, 1), _) => Some("Labour Day"),
            (_, 39) => Some("Ascension Day"),
            (_, 50) => Some("Whit Monday"),
            ((10, 3), _) => Some("German Unity Day"),
            ((12, 25), _) => Some("Christmas Day"),
            ((12, 26), _) => Some("Second Day of Christmas"),
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
        self.day(date.weekday()).map(DayHours::open_intervals).unwrap_or_default()
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
        let (Some(from), Some(to)) = (today.pred_opt(), today.checked_add_days(chrono::Days::new(LOOKAHEAD_DAYS as u64 + 1)))
        else {
            return OpenState::Closed { opens_at: None };
        };
        let horizon_end = local_instant(self.tz, to, MINUTES_PER_DAY);
        let limit = now.checked_add_signed(TimeDelta::days(LOOKAHEAD_DAYS)).unwrap_or(DateTime::<Utc>::MAX_UTC);
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
            format!("{}, time zone guessed", self.tz.name())
        } else {
            self.tz.name().to_string()
        }
    }

    /// One line: "Open now · closes at 12:30 (Europe/Paris)",
    /// "Closed · opens Monday 09:00 (Europe/Paris)".
    pub fn status_text(&self, now: DateTime<Utc>) -> String {
        let local = self.local(now);
        let when = |t: DateTime<Tz>| {
            let days = (t.date_naive() - local.date_naive()).num_days();
            let time = t.format("%H:%M");
            match days {
                0 => format!("at {time}"),
                1 if t.time() == NaiveTime::MIN => "at midnight".to_string(),
                1..=6 => format!("{} {time}", english_day_name(t.weekday())),
                _ => format!("{} {} {time}", english_day_name(t.weekday()), t.format("%-d %b")),
            }
        };
        let tz = self.tz_label();
        match self.state_at(now) {
            OpenState::Open { closes_at: Some(t) } => format!("Open now · closes {} ({tz})", when(t)),
            OpenState::Open { closes_at: None } => {
                format!("Open now · open for at least the next {LOOKAHEAD_DAYS} days ({tz})")
            }
            OpenState::Closed { opens_at } => {
                let holiday = self
                    .holiday_on(local.date_naive())
                    .filter(|_| self.holiday == HolidayRule::Closed)
                    .map(|h| format!(" · public holiday ({h})"))
                    .unwrap_or_default();
                match opens_at {
                    Some(t) => format!("Closed{holiday} · opens {} ({tz})", when(t)),
                    None => format!("Closed{holiday} · does not open in the next {LOOKAHEAD_DAYS} days ({tz})"),
                }
            }
        }
    }

    /// One line on public holidays, saying whether the rule is applied.
    pub fn holiday_text(&self) -> String {
        let rule = match &self.holiday {
            HolidayRule::Closed => "closed".to_string(),
            HolidayRule::Open(slots) if slots.is_empty() => "open (no hours given)".to_string(),
            HolidayRule::Open(slots) => {
                format!("open {}", slots.iter().map(Slot::to_string).collect::<Vec<_>>().join(", "))
            }
            HolidayRule::Unknown => return "Public holidays: no rule given".to_string(),
        };
        let country = self.country.as_deref();
        let note = if has_holiday_calendar(country) {
            format!("applied on {} national holidays; regional ones are not known", country.unwrap_or_default())
        } else {
            format!("no holiday calendar for {}: not applied to dates", country.unwrap_or("this country"))
        };
        format!("Public holidays: {rule} ({note})")
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
                Some(d) => d.open_intervals().iter().map(Slot::to_string).collect::<Vec<_>>().join(", "),
            };
            if wd == today
                && let Some(h) = schedule.holiday_on(local_today)
            {
                let effective = schedule.intervals_on(local_today);
                let eff = if effective.is_empty() {
                    "closed".to_string()
                } else {
                    effective.iter().map(Slot::to_string).collect::<Vec<_>>().join(", ")
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
        let line = format!("{marker:<1} {day:<w1$}  {local:<w2$}  {hours}");
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
