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
//!
//! One file a concept: `slot` (reading "09:00 To 12:30"), `schedule` (the
//! week and its data warnings), `zones` (the zone from the country),
//! `holidays` (the calendars we know), `status` (open or closed at an
//! instant), `text` (what a person reads).

mod holidays;
mod schedule;
mod slot;
mod status;
#[cfg(test)]
mod tests;
mod text;
mod weekday;
mod zones;

use chrono::Weekday;

pub use holidays::{easter_sunday, public_holiday};
pub use schedule::{
    DayHours, DayRef, HolidayRule, HoursWarning, OpenState, WeekSchedule, schedule_for,
    schedule_for_with_fallback, schedule_from_entries, weekday_from_api,
};
pub use slot::{Slot, SlotError, parse_slot};
pub use text::{change_text, english_day_name, short_date, week_table_text};
pub use weekday::day_name;
pub use zones::timezone_for_country;

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
