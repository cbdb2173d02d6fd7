//! The day's name for people, below both the schedule and its texts.

use chrono::Weekday;

use crate::i18n::tr;

/// The day's name in the current language ("Monday", "lundi", "Montag").
pub fn day_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => tr("monday"),
        Weekday::Tue => tr("tuesday"),
        Weekday::Wed => tr("wednesday"),
        Weekday::Thu => tr("thursday"),
        Weekday::Fri => tr("friday"),
        Weekday::Sat => tr("saturday"),
        Weekday::Sun => tr("sunday"),
    }
}
