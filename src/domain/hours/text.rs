//! What a person reads: day and date names, the status line, the holiday
//! line and the plain-text week table.

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};

use super::holidays::has_holiday_calendar;
use super::schedule::{HolidayRule, OpenState, WeekSchedule};
use super::slot::Slot;
use super::weekday::day_name;
use super::{LOOKAHEAD_DAYS, WEEK};
use crate::i18n::{tr, tr_dyn, tr_later, trf, trf_dyn};

/// "3 Oct" in the current language ("3 oct.", "3. Okt.").
pub fn short_date(date: NaiveDate) -> String {
    let month = match date.month() {
        1 => tr("jan"),
        2 => tr("feb"),
        3 => tr("mar"),
        4 => tr("apr"),
        5 => tr("may"),
        6 => tr("jun"),
        7 => tr("jul"),
        8 => tr("aug"),
        9 => tr("sep"),
        10 => tr("oct"),
        11 => tr("nov"),
        _ => tr("dec"),
    };
    trf("day-month", &[("day", &date.day()), ("month", &month)])
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
        (false, 0) => tr_later("closes-at-time"),
        (true, 0) => tr_later("opens-at-time"),
        (false, 1) if at.time() == NaiveTime::MIN => tr_later("closes-at-midnight"),
        (true, 1) if at.time() == NaiveTime::MIN => tr_later("opens-at-midnight"),
        (false, 1..=6) => tr_later("closes-day-time"),
        (true, 1..=6) => tr_later("opens-day-time"),
        (false, _) => tr_later("closes-day-date-time"),
        (true, _) => tr_later("opens-day-date-time"),
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

impl WeekSchedule {
    fn tz_label(&self) -> String {
        if self.tz_guessed {
            trf("zone-time-zone-guessed", &[("zone", &self.tz.name())])
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
                "open-now-change-zone",
                &[
                    ("change", &change_text(false, t.naive_local(), today)),
                    ("zone", &tz),
                ],
            ),
            OpenState::Open { closes_at: None } => trf(
                "open-now-open-for-at-least-the-next",
                &[("days", &days), ("zone", &tz)],
            ),
            OpenState::Closed { opens_at } => {
                let holiday = self
                    .holiday_on(today)
                    .filter(|_| self.holiday == HolidayRule::Closed)
                    .map(tr_dyn);
                let change = opens_at.map(|t| change_text(true, t.naive_local(), today));
                match (holiday, change) {
                    (None, Some(change)) => {
                        trf("closed-change-zone", &[("change", &change), ("zone", &tz)])
                    }
                    (Some(h), Some(change)) => trf(
                        "closed-public-holiday-holiday-change-zone",
                        &[("holiday", &h), ("change", &change), ("zone", &tz)],
                    ),
                    (None, None) => trf(
                        "closed-does-not-open-in-the-next-days",
                        &[("days", &days), ("zone", &tz)],
                    ),
                    (Some(h), None) => trf(
                        "closed-public-holiday-holiday-does-not-open-in",
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
            HolidayRule::Open(s) if s.is_empty() => tr("open-no-hours-given").to_string(),
            HolidayRule::Open(s) => trf("open-hours", &[("hours", &slots(s))]),
            HolidayRule::Unknown => return tr("public-holidays-no-rule-given").to_string(),
        };
        let country = self.country.as_deref();
        match country {
            Some(c) if has_holiday_calendar(country) => trf(
                "public-holidays-rule-applied-on-country-national-holidays",
                &[("rule", &rule), ("country", &c)],
            ),
            Some(c) => trf(
                "public-holidays-rule-no-holiday-calendar-for-country",
                &[("rule", &rule), ("country", &c)],
            ),
            None => trf(
                "public-holidays-rule-no-holiday-calendar-for-this",
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
                // The holiday's name is a message id; this report is English.
                let h = crate::i18n::with_language(crate::i18n::Language::English, || tr_dyn(h));
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
