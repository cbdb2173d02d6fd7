//! The hours room's state and everything that changes it: every property
//! the desk has seen (from lookups and the list), the list's request, the
//! selection; and the texts of a schedule at a time. Draws nothing;
//! `view.rs` draws.

use std::time::Duration;

use chrono::{DateTime, Offset, TimeZone, Timelike, Utc};

use crate::api::ApiError;
use crate::api::models::Property;
use crate::domain::hours::{self, OpenState, Slot, WeekSchedule};
use crate::i18n::{tr, trf};
use crate::worker::{Command, LookupResult, RequestId};

use crate::ui::clock::DeskZone;
use crate::ui::requests::{Outbox, Pending};

/// One property the desk knows of, with its schedule read once.
#[derive(Debug, Clone)]
pub struct KnownProperty {
    /// The property id (lower case), else its name.
    pub key: String,
    pub property: Property,
    pub schedule: WeekSchedule,
    /// Seen in a lookup of this session.
    pub from_lookup: bool,
    /// In the latest answer of the property list endpoint.
    pub from_list: bool,
}

impl KnownProperty {
    pub fn title(&self) -> &str {
        self.property.title().unwrap_or(tr("no-name"))
    }
}

/// The Hours panel's state (memory only).
#[derive(Debug, Default)]
pub struct HoursState {
    /// Sorted by name.
    pub properties: Vec<KnownProperty>,
    /// Key of the property whose week is shown.
    pub selected: Option<String>,
    pub pending: Pending,
    /// Why the last list request failed; the lookups' properties stay.
    pub list_error: Option<ApiError>,
    /// The list was asked for (the panel asks once by itself).
    pub list_requested: bool,
    /// The desk's own zone, for "on this computer's clock".
    pub desk_zone: DeskZone,
}

impl HoursState {
    /// A lookup succeeded: remember its property and show it.
    pub fn note_lookup(&mut self, found: &LookupResult) {
        let from_res = found.reservation.as_ref().and_then(|r| r.property.clone());
        let from_quote = found.quotation.as_ref().and_then(|q| q.property.clone());
        let property = match (from_res, from_quote) {
            (Some(a), Some(b)) => combine(a, b),
            (a, b) => match a.or(b) {
                Some(p) => p,
                None => return,
            },
        };
        if let Some(key) = self.upsert(property, true) {
            self.selected = Some(key);
        }
    }

    /// The property list request `req` is sent; returns the request it
    /// replaces (to cancel).
    pub fn list_started(&mut self, req: RequestId) -> Option<RequestId> {
        self.list_requested = true;
        self.pending.start(req)
    }

    /// The property list answered; a superseded answer is dropped.
    pub fn on_list(&mut self, req: RequestId, result: Result<Vec<Property>, ApiError>) {
        if !self.pending.settle(req, "property list") {
            return;
        }
        match result {
            Ok(list) => {
                for k in &mut self.properties {
                    k.from_list = false;
                }
                for p in list {
                    self.upsert(p, false);
                }
                self.properties.retain(|k| k.from_lookup || k.from_list);
                if let Some(sel) = &self.selected
                    && !self.properties.iter().any(|k| &k.key == sel)
                {
                    self.selected = None;
                }
                self.list_error = None;
            }
            // Calmly: what the lookups brought stays on screen.
            Err(e) => self.list_error = Some(e),
        }
    }

    pub fn get(&self, key: &str) -> Option<&KnownProperty> {
        self.properties.iter().find(|k| k.key == key)
    }

    /// Adds or refreshes a property; returns its key (None if it has neither
    /// id nor name).
    fn upsert(&mut self, property: Property, from_lookup: bool) -> Option<String> {
        let key = property_key(&property)?;
        if let Some(k) = self.properties.iter_mut().find(|k| k.key == key) {
            let old = std::mem::take(&mut k.property);
            k.property = combine(property, old);
            k.schedule = hours::schedule_for(&k.property);
            k.from_lookup |= from_lookup;
            k.from_list |= !from_lookup;
        } else {
            self.properties.push(KnownProperty {
                key: key.clone(),
                schedule: hours::schedule_for(&property),
                property,
                from_lookup,
                from_list: !from_lookup,
            });
            self.properties
                .sort_by_cached_key(|k| (k.title().to_lowercase(), k.key.clone()));
        }
        Some(key)
    }

    /// The soonest opening or closing among all known properties.
    pub fn next_change(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.properties
            .iter()
            .filter_map(|k| k.schedule.next_change(now))
            .min()
    }
}

fn property_key(p: &Property) -> Option<String> {
    let id =
        p.id.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_lowercase);
    id.or_else(|| {
        p.title()
            .map(|t| format!("name:{}", t.trim().to_lowercase()))
    })
}

/// `fresh`, with what it lacks taken from `known` (the list endpoint may send
/// less than a lookup did, or the other way round).
fn combine(fresh: Property, known: Property) -> Property {
    fn fill<T>(slot: &mut Option<T>, other: Option<T>, blank: impl Fn(&T) -> bool) {
        if slot.as_ref().is_none_or(&blank)
            && let Some(o) = other.filter(|o| !blank(o))
        {
            *slot = Some(o);
        }
    }
    let blank = |s: &String| s.trim().is_empty();
    let mut p = fresh;
    if p.property_office_opening_hours_info_list.is_empty() {
        p.property_office_opening_hours_info_list = known.property_office_opening_hours_info_list;
    }
    fill(&mut p.id, known.id, blank);
    fill(&mut p.name, known.name, blank);
    fill(&mut p.display_name, known.display_name, blank);
    fill(&mut p.email_id, known.email_id, blank);
    fill(&mut p.contact_number, known.contact_number, blank);
    fill(&mut p.address, known.address, blank);
    fill(&mut p.city, known.city, blank);
    fill(&mut p.postal_code, known.postal_code, blank);
    fill(&mut p.country_iso_code2, known.country_iso_code2, blank);
    fill(&mut p.office_hours, known.office_hours, blank);
    fill(&mut p.access_hours, known.access_hours, blank);
    fill(&mut p.country, known.country, |_| false);
    fill(&mut p.region, known.region, |_| false);
    p
}

/// How long until the panel must be drawn again: the next minute boundary,
/// or the next opening/closing if that comes first.
pub fn repaint_delay(now: DateTime<Utc>, next_change: Option<DateTime<Utc>>) -> Duration {
    let into_minute = Duration::from_secs(u64::from(now.second()))
        + Duration::from_nanos(u64::from(now.nanosecond() % 1_000_000_000));
    let to_minute = Duration::from_secs(60).saturating_sub(into_minute);
    let to_minute = if to_minute.is_zero() {
        Duration::from_secs(60)
    } else {
        to_minute
    };
    match next_change.and_then(|t| (t - now).to_std().ok()) {
        Some(d) if !d.is_zero() && d < to_minute => d,
        _ => to_minute,
    }
}

/// The list's "next change" cell, in the property's own time.
pub fn change_text(s: &WeekSchedule, now: DateTime<Utc>) -> String {
    let today = s.local(now).date_naive();
    match s.state_at(now) {
        OpenState::Open { closes_at: Some(t) } => hours::change_text(false, t.naive_local(), today),
        OpenState::Open { closes_at: None } => tr("open-for-the-next-14-days").to_string(),
        OpenState::Closed { opens_at: Some(t) } => hours::change_text(true, t.naive_local(), today),
        OpenState::Closed { opens_at: None } => tr("not-within-14-days").to_string(),
    }
}

/// The next change on the desk's own clock, only when the desk's offset
/// differs from the property's at that instant:
/// "On this computer's clock (UTC): opens Monday 05:00".
pub fn desk_equivalent(s: &WeekSchedule, now: DateTime<Utc>, desk: DeskZone) -> Option<String> {
    let t = s.next_change(now)?;
    let desk_offset = desk.offset_at(t);
    let property_offset = s.tz.offset_from_utc_datetime(&t.naive_utc()).fix();
    if desk_offset == property_offset {
        return None;
    }
    let at_desk = t.with_timezone(&desk_offset).naive_local();
    let desk_today = now.with_timezone(&desk_offset).date_naive();
    let opens = matches!(s.state_at(now), OpenState::Closed { .. });
    Some(trf(
        "on-this-computers-clock-zone-change",
        &[
            ("zone", &desk.label_at(t)),
            ("change", &hours::change_text(opens, at_desk, desk_today)),
        ],
    ))
}

pub(super) fn is_open(s: &WeekSchedule, now: DateTime<Utc>) -> bool {
    matches!(s.state_at(now), OpenState::Open { .. })
}

pub(super) fn slots_text(slots: &[Slot]) -> String {
    slots
        .iter()
        .map(Slot::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Asks the server for its property list (a newer request replaces one on
/// its way).
pub fn refresh(hours: &mut HoursState, out: &mut Outbox) {
    let req = out.next_id();
    if let Some(old) = hours.list_started(req) {
        out.send(Command::Cancel { req: old });
    }
    out.send(Command::Properties { req });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::documented::{QUOTATION_PREVIEW, RESERVATION_DETAIL};
    use crate::api::envelope::parse;
    use crate::api::models::{Quotation, ReservationDetail};
    use crate::api::{ApiErrorCode, Endpoint};
    use chrono::TimeZone;
    use chrono_tz::Tz;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32, sec: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, sec).unwrap()
    }

    fn quotation() -> Quotation {
        parse::<Quotation>(Endpoint::Quotation, 200, QUOTATION_PREVIEW.as_bytes())
            .unwrap()
            .data
    }

    fn reservation() -> ReservationDetail {
        parse::<ReservationDetail>(Endpoint::Reservation, 200, RESERVATION_DETAIL.as_bytes())
            .unwrap()
            .data
    }

    fn booking_lookup() -> LookupResult {
        LookupResult {
            id: "2553e486-65c9-411b-a478-0d0dfbd168bf".into(),
            reservation: None,
            quotation: Some(quotation()),
            quotation_error: None,
        }
    }

    fn server_error() -> ApiError {
        ApiError::Api {
            endpoint: Endpoint::Properties,
            codes: vec![ApiErrorCode::SomethingWentWrong],
            http_status: 500,
        }
    }

    #[test]
    fn a_lookup_adds_and_selects_its_property() {
        let mut h = HoursState::default();
        h.note_lookup(&booking_lookup());
        assert_eq!(h.properties.len(), 1);
        let k = &h.properties[0];
        assert_eq!(k.title(), "Emmerich");
        assert!(k.from_lookup && !k.from_list);
        assert_eq!(h.selected.as_deref(), Some(k.key.as_str()));
        assert_eq!(k.schedule.tz, Tz::Europe__Berlin);
        // The same booking again: still one entry.
        h.note_lookup(&booking_lookup());
        assert_eq!(h.properties.len(), 1);
    }

    #[test]
    fn a_failed_list_keeps_the_lookups_properties() {
        let mut h = HoursState::default();
        h.note_lookup(&booking_lookup());
        h.list_started(7);
        h.on_list(7, Err(server_error()));
        assert_eq!(h.properties.len(), 1, "the looked-up property stays");
        assert!(h.list_error.is_some());
        assert!(h.pending.is_none());
    }

    #[test]
    fn the_list_merges_by_id_and_replaces_earlier_list_entries() {
        let mut h = HoursState::default();
        h.note_lookup(&booking_lookup());
        let emmerich = quotation().property.unwrap();
        // The list's copy of the same property, without its hours.
        let mut listed = emmerich.clone();
        listed.property_office_opening_hours_info_list.clear();
        listed.office_hours = None;
        let toulouse = reservation().property.unwrap();
        h.list_started(1);
        h.on_list(1, Ok(vec![listed.clone(), toulouse.clone()]));
        assert_eq!(h.properties.len(), 2);
        assert!(h.list_error.is_none());
        let e = h
            .properties
            .iter()
            .find(|k| k.title() == "Emmerich")
            .unwrap();
        assert!(e.from_lookup && e.from_list);
        assert_eq!(
            e.property.property_office_opening_hours_info_list,
            emmerich.property_office_opening_hours_info_list,
            "the lookup's hours are kept when the list sends none"
        );
        assert_eq!(
            e.schedule.office_hours_text.as_deref(),
            Some("Monday to Saturday 9.00 AM to 7.00 PM")
        );
        // A newer list without Toulouse drops it; Emmerich stays (looked up).
        h.list_started(2);
        h.on_list(2, Ok(vec![]));
        assert_eq!(h.properties.len(), 1);
        assert_eq!(h.properties[0].title(), "Emmerich");
        // A stale answer is dropped.
        h.on_list(1, Ok(vec![toulouse]));
        assert_eq!(h.properties.len(), 1);
    }

    #[test]
    fn list_cells_and_desk_clock_for_the_documented_property() {
        let s = hours::schedule_for(&quotation().property.unwrap());
        // Monday 8 Sep 2025, 10:00 in Berlin (08:00 UTC).
        let monday = utc(2025, 9, 8, 8, 0, 0);
        assert_eq!(change_text(&s, monday), "closes at 19:00");
        // Sunday 14 Sep, 10:00 in Berlin: Monday opens at 07:00 (merged slots).
        let sunday = utc(2025, 9, 14, 8, 0, 0);
        assert_eq!(change_text(&s, sunday), "opens Monday 07:00");
        // A desk in Berlin (or Paris) sees the same wall clock: no extra line.
        assert_eq!(
            desk_equivalent(&s, monday, DeskZone::Fixed(Tz::Europe__Paris)),
            None
        );
        assert_eq!(
            desk_equivalent(&s, monday, DeskZone::Fixed(Tz::Europe__London)).as_deref(),
            Some("On this computer's clock (Europe/London): closes at 18:00")
        );
        assert_eq!(
            desk_equivalent(&s, sunday, DeskZone::Fixed(Tz::UTC)).as_deref(),
            Some("On this computer's clock (UTC): opens Monday 05:00")
        );
        // The earliest change among the known properties drives the repaint.
        let mut h = HoursState::default();
        h.note_lookup(&booking_lookup());
        assert_eq!(h.next_change(monday), Some(utc(2025, 9, 8, 17, 0, 0)));
    }

    #[test]
    fn repaint_waits_for_the_next_minute_boundary() {
        let now = utc(2025, 9, 8, 8, 0, 12) + chrono::TimeDelta::milliseconds(250);
        assert_eq!(repaint_delay(now, None), Duration::from_millis(47_750));
        // Exactly on a boundary: a whole minute, never zero (no busy loop).
        assert_eq!(
            repaint_delay(utc(2025, 9, 8, 8, 0, 0), None),
            Duration::from_secs(60)
        );
        // A change later than the boundary does not matter.
        let later = utc(2025, 9, 8, 17, 0, 0);
        assert_eq!(
            repaint_delay(now, Some(later)),
            Duration::from_millis(47_750)
        );
    }

    #[test]
    fn repaint_comes_sooner_for_a_sooner_change() {
        let now = utc(2025, 9, 8, 8, 0, 12);
        let change = utc(2025, 9, 8, 8, 0, 30);
        assert_eq!(repaint_delay(now, Some(change)), Duration::from_secs(18));
        // A change in the past (stale) falls back to the minute boundary.
        let past = utc(2025, 9, 8, 7, 0, 0);
        assert_eq!(repaint_delay(now, Some(past)), Duration::from_secs(48));
    }
}
