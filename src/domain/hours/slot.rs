//! One opening range of a day, read from the API's lenient slot texts.

use std::fmt;

use chrono::NaiveTime;

use super::MINUTES_PER_DAY;

/// One opening range on one local day, in minutes after local midnight.
///
/// Invariant: `open < close <= 1440`. A close of 1440 is midnight at the end
/// of the day (written "24:00", or "00:00" as an end time). Overnight ranges
/// are not guessed: "22:00 To 02:00" is refused as ending before it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    pub(super) open: u16,
    pub(super) close: u16,
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
pub(super) fn is_blank_slot(text: &str) -> bool {
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
pub(super) fn merge_slots(slots: &[Slot]) -> Vec<Slot> {
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
