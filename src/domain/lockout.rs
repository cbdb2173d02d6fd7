//! The kiosk PIN's lockout: after [`MAX_TRIES`] wrong PINs in a row no PIN
//! is checked for a while, and each lockout in a row doubles the wait. The
//! state is saved with the settings, so neither a restart nor a lockout
//! resets the count (about ten tries a minute, forever, before).
//!
//! Pure logic: times are Unix seconds from the caller's clock.

use serde::{Deserialize, Serialize};

/// Wrong PINs in a row before a lockout.
pub const MAX_TRIES: u32 = 5;
/// The first lockout's length; each further one doubles it.
pub const FIRST_LOCKOUT_SECS: i64 = 30;
/// The longest lockout (also caps a lockout read from a clock set back).
pub const MAX_LOCKOUT_SECS: i64 = 3600;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PinLockout {
    /// Wrong PINs since the last lockout or right PIN.
    pub failures: u32,
    /// Lockouts since the last right PIN.
    pub lockouts: u32,
    /// No PIN is checked before this instant (Unix seconds).
    pub until_unix: i64,
}

impl PinLockout {
    /// Seconds left before a PIN is checked again (0: not locked).
    pub fn remaining_secs(&self, now_unix: i64) -> i64 {
        (self.until_unix.saturating_sub(now_unix)).clamp(0, MAX_LOCKOUT_SECS)
    }

    /// A wrong PIN at `now_unix`.
    pub fn wrong(&mut self, now_unix: i64) {
        self.failures += 1;
        if self.failures >= MAX_TRIES {
            self.failures = 0;
            self.lockouts = self.lockouts.saturating_add(1);
            self.until_unix = now_unix.saturating_add(lockout_secs(self.lockouts));
        }
    }

    /// The right PIN: the count starts again.
    pub fn right(&mut self) {
        *self = Self::default();
    }
}

/// The length of the `n`-th lockout in a row (n ≥ 1).
pub fn lockout_secs(n: u32) -> i64 {
    let doublings = n.saturating_sub(1).min(16);
    (FIRST_LOCKOUT_SECS << doublings).min(MAX_LOCKOUT_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_wrong_pins_lock_and_each_lockout_doubles() {
        let mut l = PinLockout::default();
        for _ in 0..MAX_TRIES - 1 {
            l.wrong(1000);
        }
        assert_eq!(l.remaining_secs(1000), 0);
        l.wrong(1000);
        assert_eq!(l.remaining_secs(1000), 30);
        for _ in 0..MAX_TRIES {
            l.wrong(2000);
        }
        assert_eq!(l.remaining_secs(2000), 60);
        assert_eq!(
            (1..=10).map(lockout_secs).collect::<Vec<_>>(),
            [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
        );
        assert_eq!(lockout_secs(u32::MAX), MAX_LOCKOUT_SECS);
    }

    #[test]
    fn the_right_pin_resets_and_a_clock_set_back_waits_at_most_the_cap() {
        let mut l = PinLockout::default();
        for _ in 0..MAX_TRIES {
            l.wrong(1000);
        }
        assert_eq!(l.remaining_secs(-100_000), MAX_LOCKOUT_SECS);
        assert_eq!(l.remaining_secs(1030), 0);
        l.right();
        assert_eq!(l, PinLockout::default());
    }

    #[test]
    fn the_count_survives_a_save_and_load() {
        let mut l = PinLockout::default();
        for _ in 0..MAX_TRIES + 2 {
            l.wrong(500);
        }
        let back: PinLockout = serde_json::from_str(&serde_json::to_string(&l).unwrap()).unwrap();
        assert_eq!(back, l);
        assert_eq!((back.failures, back.lockouts), (2, 1));
    }
}
