//! The kiosk's idle timer: after a while without input it asks "Are you still
//! there?", and after a grace period it tells the kiosk to reset.
//!
//! Pure logic driven by a clock the caller passes in (seconds as `f64`, any
//! origin: the UI uses egui's input time, tests step it by hand).

/// Where the timer stands at a given time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IdlePhase {
    /// Someone is using the kiosk.
    Active,
    /// Ask "Are you still there?"; the reset comes in `remaining` seconds.
    Warning { remaining: f64 },
    /// Nobody answered: wipe everything and start over.
    Expired,
}

/// Shortest accepted warning delay and grace period, in seconds.
pub const MIN_WARN_AFTER: f64 = 10.0;
pub const MIN_GRACE: f64 = 5.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IdleTimer {
    last_activity: f64,
    warn_after: f64,
    grace: f64,
}

fn sane(v: f64, min: f64) -> f64 {
    if v.is_finite() { v.max(min) } else { min }
}

impl IdleTimer {
    /// A timer that warns after `warn_after` seconds without activity and
    /// expires `grace` seconds later. The clock starts at `now`.
    pub fn new(now: f64, warn_after: f64, grace: f64) -> Self {
        Self {
            last_activity: if now.is_finite() { now } else { 0.0 },
            warn_after: sane(warn_after, MIN_WARN_AFTER),
            grace: sane(grace, MIN_GRACE),
        }
    }

    /// Changes the warning delay (a setting changed); keeps the last activity.
    pub fn set_warn_after(&mut self, warn_after: f64) {
        self.warn_after = sane(warn_after, MIN_WARN_AFTER);
    }

    pub fn warn_after(&self) -> f64 {
        self.warn_after
    }

    pub fn grace(&self) -> f64 {
        self.grace
    }

    /// Someone touched, clicked or typed at `now`: start counting again.
    pub fn activity(&mut self, now: f64) {
        if now.is_finite() {
            self.last_activity = now;
        }
    }

    /// Seconds since the last activity (0 when the clock went backwards).
    pub fn idle_for(&self, now: f64) -> f64 {
        if now.is_finite() {
            (now - self.last_activity).max(0.0)
        } else {
            0.0
        }
    }

    pub fn phase(&self, now: f64) -> IdlePhase {
        let idle = self.idle_for(now);
        if idle < self.warn_after {
            IdlePhase::Active
        } else if idle < self.warn_after + self.grace {
            IdlePhase::Warning {
                remaining: self.warn_after + self.grace - idle,
            }
        } else {
            IdlePhase::Expired
        }
    }

    /// Seconds from `now` until the screen must change: the warning, the next
    /// whole second of the countdown, or the reset. The UI asks for a repaint
    /// then instead of repainting every frame. 0 when already expired.
    pub fn next_wakeup(&self, now: f64) -> f64 {
        match self.phase(now) {
            IdlePhase::Active => self.warn_after - self.idle_for(now),
            IdlePhase::Warning { remaining } => {
                let to_next_second = remaining - (remaining.ceil() - 1.0);
                to_next_second.clamp(0.05, 1.0).min(remaining)
            }
            IdlePhase::Expired => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_then_expires_and_activity_restarts_the_count() {
        let mut t = IdleTimer::new(100.0, 90.0, 30.0);
        assert_eq!(t.phase(100.0), IdlePhase::Active);
        assert_eq!(t.phase(189.9), IdlePhase::Active);
        assert_eq!(t.next_wakeup(150.0), 40.0);
        assert_eq!(t.phase(190.0), IdlePhase::Warning { remaining: 30.0 });
        assert_eq!(t.phase(210.0), IdlePhase::Warning { remaining: 10.0 });
        assert_eq!(t.phase(220.0), IdlePhase::Expired);
        assert_eq!(t.next_wakeup(220.0), 0.0);
        t.activity(205.0);
        assert_eq!(t.phase(220.0), IdlePhase::Active);
        assert_eq!(t.phase(295.0), IdlePhase::Warning { remaining: 30.0 });
    }

    #[test]
    fn countdown_wakes_up_once_per_second() {
        let t = IdleTimer::new(0.0, 10.0, 5.0);
        // 12.3 s idle: 2.7 s left, the display changes at 2 s left (0.7 s from now).
        let w = t.next_wakeup(12.3);
        assert!((w - 0.7).abs() < 1e-9, "{w}");
        // Never longer than what remains.
        assert!(t.next_wakeup(14.95) <= 0.05 + 1e-9);
    }

    #[test]
    fn odd_clocks_and_settings_are_tamed() {
        let mut t = IdleTimer::new(f64::NAN, f64::INFINITY, -1.0);
        assert_eq!(t.warn_after(), MIN_WARN_AFTER);
        assert_eq!(t.grace(), MIN_GRACE);
        // Time going backwards is not idle time.
        t.activity(50.0);
        assert_eq!(t.idle_for(10.0), 0.0);
        assert_eq!(t.phase(f64::NAN), IdlePhase::Active);
        t.set_warn_after(3.0);
        assert_eq!(t.warn_after(), MIN_WARN_AFTER);
        t.set_warn_after(120.0);
        assert_eq!(t.phase(169.0), IdlePhase::Active);
        assert!(matches!(t.phase(171.0), IdlePhase::Warning { .. }));
    }
}
