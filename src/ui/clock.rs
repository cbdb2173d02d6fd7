//! Where the app reads the time: the system clock, or a fixed instant in
//! tests and screenshots. The desk's own time zone is injectable the same way.

use std::time::Instant;

use chrono::{DateTime, FixedOffset, Local, Offset, TimeZone, Utc};
use chrono_tz::Tz;

/// The current instant, as the app sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    #[default]
    System,
    /// Always this instant (tests).
    Fixed(DateTime<Utc>),
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(t) => *t,
        }
    }
}

/// Seconds on a steady clock, for timers that must run while the window is
/// hidden (the kiosk's idle wipe). egui's input time stops while no frame is
/// shown; this clock then carries on from it with the system's monotonic
/// clock. Tests set it by hand.
#[derive(Debug, Clone, Copy, Default)]
pub struct SteadyClock {
    /// Tests: always this time.
    manual: Option<f64>,
    /// The last input time seen, and when it was seen.
    seen: Option<(f64, Instant)>,
}

/// One reading of a [`SteadyClock`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    /// Seconds, on egui's input time scale.
    pub now: f64,
    /// A new frame's input (its events are new too).
    pub fresh: bool,
}

impl SteadyClock {
    /// A clock that reads `secs` until set again (tests).
    pub fn manual(secs: f64) -> Self {
        Self {
            manual: Some(secs),
            seen: None,
        }
    }

    /// The time now, given this frame's egui input time.
    pub fn read(&mut self, input_time: f64) -> Tick {
        let fresh = self.seen.is_none_or(|(t, _)| t != input_time);
        if fresh {
            self.seen = Some((input_time, Instant::now()));
        }
        let now = match (self.manual, self.seen) {
            (Some(t), _) => t,
            (None, Some((t, at))) if !fresh => t + at.elapsed().as_secs_f64(),
            (None, _) => input_time,
        };
        Tick { now, fresh }
    }
}

/// The time zone of the computer at the counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeskZone {
    /// Whatever the operating system says.
    #[default]
    System,
    Fixed(Tz),
}

impl DeskZone {
    /// The desk's UTC offset at `t`.
    pub fn offset_at(&self, t: DateTime<Utc>) -> FixedOffset {
        match self {
            DeskZone::System => Local.offset_from_utc_datetime(&t.naive_utc()).fix(),
            DeskZone::Fixed(tz) => tz.offset_from_utc_datetime(&t.naive_utc()).fix(),
        }
    }

    /// "Europe/London", or "UTC+01:00" for the system zone (its name is not
    /// known without asking the operating system).
    pub fn label_at(&self, t: DateTime<Utc>) -> String {
        match self {
            DeskZone::Fixed(tz) => tz.name().to_string(),
            DeskZone::System => offset_label(self.offset_at(t)),
        }
    }
}

/// "UTC+02:00", "UTC-03:30", "UTC".
pub fn offset_label(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    if secs == 0 {
        return "UTC".to_string();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.unsigned_abs() / 60;
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_clock_is_fixed() {
        let t = Utc.with_ymd_and_hms(2025, 9, 8, 8, 0, 0).unwrap();
        assert_eq!(Clock::Fixed(t).now(), t);
    }

    #[test]
    fn the_steady_clock_follows_input_time_and_runs_on_without_it() {
        let mut c = SteadyClock::default();
        assert_eq!(
            c.read(5.0),
            Tick {
                now: 5.0,
                fresh: true
            }
        );
        assert_eq!(
            c.read(6.5),
            Tick {
                now: 6.5,
                fresh: true
            }
        );
        // No new frame: the same input time, the clock does not go back.
        let t = c.read(6.5);
        assert!(!t.fresh && t.now >= 6.5);
        let mut m = SteadyClock::manual(100.0);
        assert_eq!(m.read(1.0).now, 100.0);
        assert!(!m.read(1.0).fresh);
    }

    #[test]
    fn offsets_read_well() {
        let berlin = DeskZone::Fixed(Tz::Europe__Berlin);
        let summer = Utc.with_ymd_and_hms(2025, 7, 1, 12, 0, 0).unwrap();
        let winter = Utc.with_ymd_and_hms(2025, 1, 1, 12, 0, 0).unwrap();
        assert_eq!(offset_label(berlin.offset_at(summer)), "UTC+02:00");
        assert_eq!(offset_label(berlin.offset_at(winter)), "UTC+01:00");
        assert_eq!(berlin.label_at(summer), "Europe/Berlin");
        let newfoundland = DeskZone::Fixed(Tz::America__St_Johns);
        assert_eq!(offset_label(newfoundland.offset_at(winter)), "UTC-03:30");
        assert_eq!(offset_label(FixedOffset::east_opt(0).unwrap()), "UTC");
    }
}
