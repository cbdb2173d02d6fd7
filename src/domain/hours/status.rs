//! Open or closed at an instant, and when that changes.

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc, Weekday};
use chrono_tz::Tz;

use super::holidays::public_holiday;
use super::schedule::{DayHours, HolidayRule, OpenState, WeekSchedule};
use super::slot::Slot;
use super::zones::local_instant;
use super::{LOOKAHEAD_DAYS, MINUTES_PER_DAY};

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
}
