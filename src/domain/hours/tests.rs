use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

use super::*;
use crate::api::Endpoint;
use crate::api::documented::{QUOTATION_PREVIEW, RESERVATION_DETAIL};
use crate::api::envelope::parse;
use crate::api::models::{Country, Quotation, ReservationDetail};
use crate::api::models::{OpeningHoursEntry, Property};
use crate::i18n::tr_dyn;
use chrono_tz::Europe::{Berlin, London, Paris};

fn reservation_property() -> Property {
    parse::<ReservationDetail>(Endpoint::Reservation, 200, RESERVATION_DETAIL.as_bytes())
        .unwrap()
        .data
        .property
        .unwrap()
}

fn quotation_property() -> Property {
    parse::<Quotation>(Endpoint::Quotation, 200, QUOTATION_PREVIEW.as_bytes())
        .unwrap()
        .data
        .property
        .unwrap()
}

fn entry(dow: i64, first: Option<&str>, second: Option<&str>, closed: bool) -> OpeningHoursEntry {
    OpeningHoursEntry {
        day_of_week: Some(dow),
        week: None,
        first_time_slot: first.map(str::to_string),
        second_time_slot: second.map(str::to_string),
        is_closed: Some(closed),
    }
}

/// A week closed every day and on holidays, with `open` days replaced.
fn week(open: &[(i64, &str)]) -> Vec<OpeningHoursEntry> {
    let mut list: Vec<_> = (0..7).map(|d| entry(d, None, None, true)).collect();
    for (d, slot) in open {
        list[*d as usize] = entry(*d, Some(slot), None, false);
    }
    list.push(entry(-1, None, None, true));
    list
}

fn property(country: &str, entries: Vec<OpeningHoursEntry>) -> Property {
    Property {
        country_iso_code2: Some(country.to_string()),
        property_office_opening_hours_info_list: entries,
        ..Default::default()
    }
}

fn at(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("unambiguous local time")
        .with_timezone(&Utc)
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

/// `Some(closing instant)` if open, panics if closed.
fn open_until(s: &WeekSchedule, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match s.state_at(now) {
        OpenState::Open { closes_at } => closes_at.map(|t| t.with_timezone(&Utc)),
        other => panic!("expected open at {now}, got {other:?}"),
    }
}

/// `Some(opening instant)` if closed, panics if open.
fn closed_until(s: &WeekSchedule, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match s.state_at(now) {
        OpenState::Closed { opens_at } => opens_at.map(|t| t.with_timezone(&Utc)),
        other => panic!("expected closed at {now}, got {other:?}"),
    }
}

fn slot(text: &str) -> Slot {
    parse_slot(text).unwrap()
}

// --- slot parsing -----------------------------------------------------

#[test]
fn slot_texts_are_read_leniently() {
    let cases: &[(&str, u16, u16)] = &[
        ("09:00 To 12:30", 540, 750),
        ("09:00 to 12:30", 540, 750),
        ("9:00-12:30", 540, 750),
        ("09h00 - 12h30", 540, 750),
        ("  09:00    To   12:30 ", 540, 750),
        ("09:00To12:30", 540, 750),
        ("0900–1230", 540, 750),
        ("9h-12h30", 540, 750),
        ("09:00:00 To 12:30:00", 540, 750),
        ("9.00 AM to 7.00 PM", 540, 1140),
        ("9 a.m. - 12 p.m.", 540, 720),
        ("09:00 à 12:30", 540, 750),
        ("09:00 Uhr bis 12:30 Uhr", 540, 750),
        ("18:00 To 24:00", 1080, 1440),
        // "00:00" as an end is midnight at the end of the day.
        ("18:00 To 00:00", 1080, 1440),
        ("00:00 To 00:00", 0, 1440),
        ("07:00 To 19:00", 420, 1140),
    ];
    for &(text, open, close) in cases {
        let s = parse_slot(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        assert_eq!(
            (s.open_minutes(), s.close_minutes()),
            (open, close),
            "{text:?}"
        );
    }
    assert_eq!(slot("18:00 To 24:00").close_time(), None);
    assert_eq!(
        slot("09:00 To 12:30").open_time(),
        NaiveTime::from_hms_opt(9, 0, 0).unwrap()
    );
    assert_eq!(slot("9:00-12:30").to_string(), "09:00–12:30");
    assert_eq!(slot("18:00 To 00:00").to_string(), "18:00–24:00");
}

#[test]
fn bad_slot_texts_are_refused_not_guessed() {
    // Overnight is not guessed: the end is before the start.
    assert_eq!(
        parse_slot("13:30 To 12:00"),
        Err(SlotError::EndBeforeStart {
            open: 810,
            close: 720
        })
    );
    assert_eq!(
        parse_slot("22:00 To 02:00"),
        Err(SlotError::EndBeforeStart {
            open: 1320,
            close: 120
        })
    );
    assert!(matches!(
        parse_slot("12:00 To 12:00"),
        Err(SlotError::EndBeforeStart { .. })
    ));
    assert!(matches!(
        parse_slot("24:00 To 02:00"),
        Err(SlotError::EndBeforeStart { .. })
    ));
    for text in [
        "",
        "   ",
        "To",
        "12:00 To",
        "To 12:00",
        "NaN To NaN",
        "nan:nan to inf:inf",
        "25:00 To 26:00",
        "09:60 To 10:00",
        "24:30 To 25:00",
        "9:00-12:00-13:00",
        "13 pm to 14 pm",
        "fermé",
        "💥 To 💥",
        "09:0 To 10:00",
        "123456 To 1",
        "-1:00 To 2:00",
        "09:00:75 To 10:00",
        "١٢:٠٠ To ١٣:٠٠",
    ] {
        assert_eq!(parse_slot(text), Err(SlotError::Unreadable), "{text:?}");
    }
}

// --- the documented RESERVATION property (Toulouse, FR) -----------------

#[test]
fn documented_reservation_schedule_reads_cleanly() {
    let s = schedule_for(&reservation_property());
    assert_eq!(s.tz, Paris);
    assert!(!s.tz_guessed);
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    assert_eq!(s.holiday, HolidayRule::Closed);
    let monday = s.day(Weekday::Mon).unwrap();
    assert_eq!(monday.local_name.as_deref(), Some("lundi"));
    assert_eq!(
        monday.open_intervals(),
        vec![slot("09:00 To 12:30"), slot("13:30 To 19:00")]
    );
    assert!(s.day(Weekday::Sun).unwrap().closed);
    assert!(!s.day(Weekday::Sat).unwrap().closed);
    assert_eq!(s.country.as_deref(), Some("FR"));
}

#[test]
fn documented_reservation_status_at_fixed_instants() {
    let s = schedule_for(&reservation_property());
    // Monday 8 September 2025.
    let p = |d, h, m| at(Paris, 2025, 9, d, h, m);
    assert_eq!(
        closed_until(&s, p(8, 8, 59)),
        Some(p(8, 9, 0)),
        "just before opening"
    );
    assert_eq!(
        open_until(&s, p(8, 9, 0)),
        Some(p(8, 12, 30)),
        "at the opening minute"
    );
    assert_eq!(open_until(&s, p(8, 12, 29)), Some(p(8, 12, 30)));
    assert_eq!(
        closed_until(&s, p(8, 12, 30)),
        Some(p(8, 13, 30)),
        "at the closing minute"
    );
    assert_eq!(
        closed_until(&s, p(8, 12, 45)),
        Some(p(8, 13, 30)),
        "lunch gap"
    );
    assert_eq!(open_until(&s, p(8, 13, 30)), Some(p(8, 19, 0)));
    assert_eq!(open_until(&s, p(8, 18, 59)), Some(p(8, 19, 0)));
    assert_eq!(
        closed_until(&s, p(8, 19, 0)),
        Some(p(9, 9, 0)),
        "evening: next day"
    );
    assert_eq!(
        closed_until(&s, p(13, 20, 0)),
        Some(p(15, 9, 0)),
        "Saturday night to Monday"
    );
    assert_eq!(closed_until(&s, p(14, 12, 0)), Some(p(15, 9, 0)), "Sunday");
    assert_eq!(s.today(p(14, 12, 0)), Weekday::Sun);

    assert_eq!(
        s.status_text(p(8, 10, 0)),
        "Open now · closes at 12:30 (Europe/Paris)"
    );
    assert_eq!(
        s.status_text(p(8, 12, 45)),
        "Closed · opens at 13:30 (Europe/Paris)"
    );
    assert_eq!(
        s.status_text(p(8, 19, 0)),
        "Closed · opens Tuesday 09:00 (Europe/Paris)"
    );
    assert_eq!(
        s.status_text(p(13, 20, 0)),
        "Closed · opens Monday 09:00 (Europe/Paris)"
    );
    assert_eq!(s.next_change(p(8, 10, 0)), Some(p(8, 12, 30)));
    assert_eq!(s.next_change(p(13, 20, 0)), Some(p(15, 9, 0)));
}

#[test]
fn the_property_date_not_the_utc_date_decides() {
    let s = schedule_for(&reservation_property());
    // Sunday 23:30 UTC is already Monday 01:30 in Toulouse.
    let now = utc(2025, 9, 7, 23, 30);
    assert_eq!(now.weekday(), Weekday::Sun);
    assert_eq!(s.today(now), Weekday::Mon);
    assert_eq!(closed_until(&s, now), Some(at(Paris, 2025, 9, 8, 9, 0)));
    assert_eq!(s.status_text(now), "Closed · opens at 09:00 (Europe/Paris)");
    // 07:30 UTC is 09:30 in Toulouse: open, although 07:30 is before 09:00.
    assert_eq!(
        open_until(&s, utc(2025, 9, 8, 7, 30)),
        Some(utc(2025, 9, 8, 10, 30))
    );
    let as_if_utc = schedule_from_entries(
        &reservation_property().property_office_opening_hours_info_list,
        Tz::UTC,
    );
    assert_eq!(
        closed_until(&as_if_utc, utc(2025, 9, 8, 7, 30)),
        Some(utc(2025, 9, 8, 9, 0))
    );
}

// --- the documented QUOTATION property (Emmerich, DE) -------------------

#[test]
fn documented_quotation_flags_overlaps_and_duplicates() {
    let s = schedule_for(&quotation_property());
    assert_eq!(s.tz, Berlin);
    assert!(!s.tz_guessed);
    let day = |d| DayRef::Day(d);
    let (eight, seven) = (slot("08:00 To 19:00"), slot("07:00 To 19:00"));
    assert_eq!(
        s.warnings,
        vec![
            HoursWarning::Overlap {
                day: day(Weekday::Mon),
                a: eight,
                b: seven
            },
            HoursWarning::DuplicateSlot {
                day: day(Weekday::Tue),
                slot: eight
            },
            HoursWarning::DuplicateSlot {
                day: day(Weekday::Wed),
                slot: eight
            },
            HoursWarning::DuplicateSlot {
                day: day(Weekday::Thu),
                slot: eight
            },
            HoursWarning::Overlap {
                day: day(Weekday::Fri),
                a: eight,
                b: seven
            },
            HoursWarning::DuplicateSlot {
                day: day(Weekday::Sat),
                slot: eight
            },
        ]
    );
    assert_eq!(
        s.warnings[0].to_string(),
        "Monday: the time slots 08:00–19:00 and 07:00–19:00 overlap; counted as 07:00–19:00."
    );
    assert_eq!(s.day(Weekday::Mon).unwrap().open_intervals(), vec![seven]);
    assert_eq!(s.day(Weekday::Tue).unwrap().open_intervals(), vec![eight]);
    assert_eq!(
        s.office_hours_text.as_deref(),
        Some("Monday to Saturday 9.00 AM to 7.00 PM")
    );
    assert_eq!(
        s.access_hours_text.as_deref(),
        Some("7 Days on Week from 6.00 AM to 11.00 PM")
    );
}

#[test]
fn documented_quotation_status_uses_merged_slots_in_berlin() {
    let s = schedule_for(&quotation_property());
    let b = |d, h, m| at(Berlin, 2025, 9, d, h, m);
    // Monday opens at 07:00 (merged), Tuesday at 08:00.
    assert_eq!(closed_until(&s, b(8, 6, 59)), Some(b(8, 7, 0)));
    assert_eq!(open_until(&s, b(8, 7, 0)), Some(b(8, 19, 0)));
    assert_eq!(closed_until(&s, b(9, 7, 30)), Some(b(9, 8, 0)));
    assert_eq!(
        open_until(&s, b(12, 7, 0)),
        Some(b(12, 19, 0)),
        "Friday merged too"
    );
    assert_eq!(
        closed_until(&s, b(13, 19, 0)),
        Some(b(15, 7, 0)),
        "Saturday evening to Monday 07:00"
    );
    assert_eq!(
        s.status_text(b(9, 7, 30)),
        "Closed · opens at 08:00 (Europe/Berlin)"
    );

    // 05:30 UTC on Monday: 07:30 in Berlin (open). Paris shares the offset
    // (same answer); read in London (06:30) it would be closed.
    let now = utc(2025, 9, 8, 5, 30);
    assert_eq!(open_until(&s, now), Some(utc(2025, 9, 8, 17, 0)));
    let entries = &quotation_property().property_office_opening_hours_info_list;
    assert_eq!(
        schedule_from_entries(entries, Paris).state_at(now),
        OpenState::Open {
            closes_at: Some(at(Paris, 2025, 9, 8, 19, 0).with_timezone(&Paris))
        }
    );
    assert_eq!(
        closed_until(&schedule_from_entries(entries, London), now),
        Some(utc(2025, 9, 8, 6, 0))
    );
}

// --- public holidays ----------------------------------------------------

#[test]
fn easter_dates() {
    for (y, m, d) in [
        (1818, 3, 22),
        (1943, 4, 25),
        (2000, 4, 23),
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2038, 4, 25),
        (2285, 3, 22),
    ] {
        assert_eq!(easter_sunday(y), NaiveDate::from_ymd_opt(y, m, d), "{y}");
    }
}

#[test]
fn national_holidays_of_france_and_germany() {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    // The names are message ids; in English on this thread.
    let fr = |date| public_holiday("FR", Some("31000"), date).map(tr_dyn);
    assert_eq!(fr(d(2025, 1, 1)), Some("New Year's Day"));
    assert_eq!(fr(d(2025, 4, 21)), Some("Easter Monday"));
    assert_eq!(fr(d(2025, 5, 8)), Some("Victory in Europe Day"));
    assert_eq!(fr(d(2025, 5, 29)), Some("Ascension Day"));
    assert_eq!(fr(d(2025, 6, 9)), Some("Whit Monday"));
    assert_eq!(fr(d(2025, 7, 14)), Some("Bastille Day"));
    assert_eq!(fr(d(2025, 12, 25)), Some("Christmas Day"));
    assert_eq!(
        fr(d(2025, 4, 18)),
        None,
        "Good Friday only in Alsace-Moselle"
    );
    assert_eq!(fr(d(2025, 12, 26)), None);
    assert_eq!(fr(d(2025, 12, 24)), None);
    assert_eq!(
        public_holiday("FR", Some("67000"), d(2025, 4, 18)).map(tr_dyn),
        Some("Good Friday")
    );
    assert_eq!(
        public_holiday("fr", Some("57000"), d(2025, 12, 26)).map(tr_dyn),
        Some("St Stephen's Day")
    );
    let de = |date| public_holiday("DE", None, date).map(tr_dyn);
    assert_eq!(de(d(2025, 4, 18)), Some("Good Friday"));
    assert_eq!(de(d(2025, 10, 3)), Some("German Unity Day"));
    assert_eq!(de(d(2025, 12, 26)), Some("Second Day of Christmas"));
    assert_eq!(de(d(2025, 7, 14)), None);
    assert_eq!(
        public_holiday("BE", None, d(2025, 12, 25)),
        None,
        "no calendar"
    );
}

#[test]
fn holiday_rule_closes_a_known_holiday() {
    let s = schedule_for(&reservation_property());
    // Christmas 2025 is a Thursday.
    let p = |m, d, h, mi| at(Paris, 2025, m, d, h, mi);
    assert_eq!(open_until(&s, p(12, 24, 10, 0)), Some(p(12, 24, 12, 30)));
    assert_eq!(closed_until(&s, p(12, 25, 10, 0)), Some(p(12, 26, 9, 0)));
    assert_eq!(
        s.status_text(p(12, 25, 10, 0)),
        "Closed · public holiday (Christmas Day) · opens Friday 09:00 (Europe/Paris)"
    );
    // Ascension Thursday 2025-05-29, and the evening before skips it.
    assert_eq!(closed_until(&s, p(5, 28, 19, 30)), Some(p(5, 30, 9, 0)));
    assert_eq!(
        s.holiday_text(),
        "Public holidays: closed (applied on FR national holidays; regional ones are not known)"
    );
}

#[test]
fn holiday_rule_with_hours_or_without_calendar() {
    let mut entries = week(&[(4, "09:00 To 19:00")]);
    *entries.last_mut().unwrap() = entry(-1, Some("10:00 To 12:00"), None, false);
    let s = schedule_for(&property("FR", entries.clone()));
    assert_eq!(s.holiday, HolidayRule::Open(vec![slot("10:00 To 12:00")]));
    let p = |h, mi| at(Paris, 2025, 12, 25, h, mi);
    assert_eq!(closed_until(&s, p(9, 30)), Some(p(10, 0)));
    assert_eq!(open_until(&s, p(10, 30)), Some(p(12, 0)));
    assert!(
        s.holiday_text()
            .starts_with("Public holidays: open 10:00–12:00 (applied on FR")
    );

    // Belgium: no calendar here, the rule is shown but Christmas is a Thursday like any other.
    let s = schedule_for(&property("BE", week(&[(4, "09:00 To 19:00")])));
    let brussels = chrono_tz::Europe::Brussels;
    assert_eq!(
        open_until(&s, at(brussels, 2025, 12, 25, 10, 0)),
        Some(at(brussels, 2025, 12, 25, 19, 0))
    );
    assert_eq!(
        s.holiday_text(),
        "Public holidays: closed (no holiday calendar for BE: not applied to dates)"
    );

    let s = schedule_from_entries(&week(&[])[..7], Paris);
    assert_eq!(s.holiday, HolidayRule::Unknown);
    assert_eq!(s.holiday_text(), "Public holidays: no rule given");
}

// --- daylight saving time (Europe/Paris) ---------------------------------

#[test]
fn dst_weeks_in_paris() {
    let s = schedule_for(&reservation_property());
    // Spring forward on Sunday 30 March 2025: CET (+1) before, CEST (+2) after.
    assert_eq!(
        open_until(&s, utc(2025, 3, 29, 8, 0)),
        Some(utc(2025, 3, 29, 11, 30))
    );
    assert_eq!(
        closed_until(&s, at(Paris, 2025, 3, 29, 20, 0)),
        Some(utc(2025, 3, 31, 7, 0))
    );
    assert_eq!(
        s.status_text(at(Paris, 2025, 3, 29, 20, 0)),
        "Closed · opens Monday 09:00 (Europe/Paris)"
    );
    // Fall back on Sunday 26 October 2025: CEST before, CET after.
    assert_eq!(
        closed_until(&s, at(Paris, 2025, 10, 25, 20, 0)),
        Some(utc(2025, 10, 27, 8, 0))
    );
    assert_eq!(
        open_until(&s, utc(2025, 10, 27, 8, 0)),
        Some(utc(2025, 10, 27, 11, 30))
    );
}

#[test]
fn dst_change_night_slots() {
    // Spring: 02:00–03:00 does not exist on 30 March 2025.
    let s = schedule_from_entries(&week(&[(0, "01:00 To 04:00")]), Paris);
    assert_eq!(
        open_until(&s, utc(2025, 3, 30, 0, 30)),
        Some(utc(2025, 3, 30, 2, 0)),
        "two real hours"
    );
    let s = schedule_from_entries(&week(&[(0, "02:30 To 05:00")]), Paris);
    assert_eq!(
        closed_until(&s, utc(2025, 3, 30, 0, 0)),
        Some(utc(2025, 3, 30, 1, 0)),
        "next valid instant"
    );
    let s = schedule_from_entries(&week(&[(0, "02:10 To 02:50")]), Paris);
    assert_eq!(
        closed_until(&s, utc(2025, 3, 30, 0, 0)),
        Some(at(Paris, 2025, 4, 6, 2, 10)),
        "a slot wholly in the gap never opens that day"
    );
    // Autumn: 02:00–03:00 happens twice on 26 October 2025; the earlier counts.
    let s = schedule_from_entries(&week(&[(0, "01:00 To 04:00")]), Paris);
    assert_eq!(
        open_until(&s, utc(2025, 10, 26, 0, 30)),
        Some(utc(2025, 10, 26, 3, 0)),
        "four real hours"
    );
    let s = schedule_from_entries(&week(&[(0, "02:30 To 05:00")]), Paris);
    assert_eq!(
        closed_until(&s, utc(2025, 10, 25, 23, 0)),
        Some(utc(2025, 10, 26, 0, 30))
    );
}

// --- other edges --------------------------------------------------------

#[test]
fn midnight_ends_and_slots_across_midnight() {
    let s = schedule_from_entries(
        &week(&[(5, "18:00 To 24:00"), (6, "00:00 To 02:00")]),
        Paris,
    );
    assert_eq!(
        open_until(&s, at(Paris, 2025, 9, 12, 23, 0)),
        Some(at(Paris, 2025, 9, 13, 2, 0))
    );
    assert_eq!(
        s.status_text(at(Paris, 2025, 9, 12, 23, 0)),
        "Open now · closes Saturday 02:00 (Europe/Paris)"
    );
    let s = schedule_from_entries(&week(&[(5, "18:00 To 00:00")]), Paris);
    assert_eq!(
        s.status_text(at(Paris, 2025, 9, 12, 23, 0)),
        "Open now · closes at midnight (Europe/Paris)"
    );
    assert_eq!(
        closed_until(&s, at(Paris, 2025, 9, 13, 0, 0)),
        Some(at(Paris, 2025, 9, 19, 18, 0))
    );
}

#[test]
fn always_open_and_never_open() {
    let all: Vec<(i64, &str)> = (0..7).map(|d| (d, "00:00 To 24:00")).collect();
    let s = schedule_from_entries(&week(&all), Paris);
    assert_eq!(
        s.state_at(utc(2025, 9, 8, 12, 0)),
        OpenState::Open { closes_at: None }
    );
    assert_eq!(s.next_change(utc(2025, 9, 8, 12, 0)), None);
    assert!(
        s.status_text(utc(2025, 9, 8, 12, 0))
            .starts_with("Open now · open for at least the next 14 days")
    );

    let s = schedule_from_entries(&week(&[]), Paris);
    assert_eq!(closed_until(&s, utc(2025, 9, 8, 12, 0)), None);
    assert_eq!(
        s.status_text(utc(2025, 9, 8, 12, 0)),
        "Closed · does not open in the next 14 days (Europe/Paris)"
    );
}

#[test]
fn empty_list_means_no_days_and_never_open() {
    let s = schedule_for(&property("FR", Vec::new()));
    assert!(s.days.iter().all(Option::is_none));
    assert_eq!(s.holiday, HolidayRule::Unknown);
    assert_eq!(
        s.warnings,
        WEEK.iter()
            .map(|d| HoursWarning::MissingDay(*d))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        s.state_at(utc(2025, 9, 8, 10, 0)),
        OpenState::Closed { opens_at: None }
    );
    let table = week_table_text(&s, utc(2025, 9, 8, 10, 0));
    assert!(
        table.starts_with("> Monday     no data (closed)\n  Tuesday    no data"),
        "{table}"
    );
    assert!(
        table.contains("Sunday: no entry in the opening hours; treated as closed."),
        "{table}"
    );
}

#[test]
fn odd_entries_are_flagged() {
    let named = |dow: Option<i64>, name: &str, first: &str| OpeningHoursEntry {
        day_of_week: dow,
        week: Some(name.to_string()),
        first_time_slot: Some(first.to_string()),
        second_time_slot: None,
        is_closed: Some(false),
    };
    let entries = vec![
        entry(1, Some("NaN To NaN"), Some("13:30 To 12:00"), false),
        named(None, "mardi", "09:00 To 12:00"),
        named(Some(3), "jeudi", "09:00 To 12:00"),
        entry(4, Some("09:00 To 12:00"), None, true),
        entry(5, None, None, false),
        entry(5, Some("10:00 To 11:00"), None, false),
        named(Some(9), "blursday", "09:00 To 12:00"),
        entry(6, Some(""), Some("-"), true),
        entry(-1, Some("09:00 To 12:00"), None, true),
        entry(-1, None, None, false),
    ];
    let s = schedule_from_entries(&entries, Paris);
    let mon = DayRef::Day(Weekday::Mon);
    assert_eq!(
        s.warnings,
        vec![
            HoursWarning::UnreadableSlot {
                day: mon,
                text: "NaN To NaN".into()
            },
            HoursWarning::EndBeforeStart {
                day: mon,
                text: "13:30 To 12:00".into()
            },
            HoursWarning::NameMismatch {
                weekday: Weekday::Wed,
                local_name: "jeudi".into()
            },
            HoursWarning::SlotsOnClosedDay(DayRef::Day(Weekday::Thu)),
            HoursWarning::OpenWithoutHours(DayRef::Day(Weekday::Fri)),
            HoursWarning::DuplicateDay(DayRef::Day(Weekday::Fri)),
            HoursWarning::UnknownDay {
                value: Some(9),
                local_name: Some("blursday".into())
            },
            HoursWarning::SlotsOnClosedDay(DayRef::PublicHolidays),
            HoursWarning::DuplicateDay(DayRef::PublicHolidays),
            HoursWarning::MissingDay(Weekday::Sun),
        ]
    );
    assert!(s.day(Weekday::Mon).unwrap().closed, "no usable slot");
    assert_eq!(
        s.day(Weekday::Tue).unwrap().open_intervals(),
        vec![slot("09:00 To 12:00")]
    );
    assert!(s.day(Weekday::Thu).unwrap().closed);
    assert!(
        s.day(Weekday::Fri).unwrap().closed,
        "the first Friday entry wins"
    );
    assert!(s.day(Weekday::Sat).unwrap().closed);
    assert_eq!(s.holiday, HolidayRule::Closed);
    for w in &s.warnings {
        assert!(w.to_string().ends_with('.'), "{w}");
    }
    assert_eq!(
        s.warnings[3].to_string(),
        "Thursday: marked closed but has time slots; treated as closed."
    );
}

#[test]
fn time_zone_from_country() {
    assert_eq!(timezone_for_country("FR"), Some(Paris));
    assert_eq!(timezone_for_country(" de "), Some(Berlin));
    assert_eq!(timezone_for_country("GB"), Some(London));
    assert_eq!(timezone_for_country("PT"), Some(chrono_tz::Europe::Lisbon));
    assert_eq!(timezone_for_country("US"), None);
    assert_eq!(timezone_for_country("XX"), None);

    let s = schedule_for(&property("US", week(&[])));
    assert!(s.tz_guessed);
    assert_eq!(s.tz, Tz::UTC);
    assert_eq!(
        s.warnings[0].to_string(),
        "Country US spans several time zones; times are read in UTC."
    );
    let s = schedule_for_with_fallback(&property("XX", week(&[(1, "09:00 To 12:00")])), Paris);
    assert_eq!((s.tz, s.tz_guessed), (Paris, true));
    assert!(
        s.status_text(utc(2025, 9, 8, 8, 0))
            .ends_with("(Europe/Paris, time zone guessed)")
    );

    // Only a country name: still Berlin.
    let p = Property {
        country: Some(Country {
            name: Some("Germany".into()),
            ..Default::default()
        }),
        ..property("", week(&[]))
    };
    let p = Property {
        country_iso_code2: None,
        ..p
    };
    let s = schedule_for(&p);
    assert_eq!(
        (s.tz, s.tz_guessed, s.country.as_deref()),
        (Berlin, false, Some("DE"))
    );
}

#[test]
fn week_table_for_the_documented_property() {
    let s = schedule_for(&reservation_property());
    let table = week_table_text(&s, at(Paris, 2025, 9, 8, 10, 0));
    let expected = "\
> Monday     lundi     09:00–12:30, 13:30–19:00
  Tuesday    mardi     09:00–12:30, 13:30–19:00
  Wednesday  mercredi  09:00–12:30, 13:30–19:00
  Thursday   jeudi     09:00–12:30, 13:30–19:00
  Friday     vendredi  09:00–12:30, 13:30–19:00
  Saturday   samedi    09:00–12:30, 13:30–19:00
  Sunday     dimanche  closed

Open now · closes at 12:30 (Europe/Paris)
Public holidays: closed (applied on FR national holidays; regional ones are not known)
";
    assert_eq!(table, expected);

    let s = schedule_for(&quotation_property());
    // Christmas Day and the day after are both German holidays.
    let table = week_table_text(&s, at(Berlin, 2025, 12, 25, 10, 0));
    assert!(
        table.contains("> Thursday   jeudi     08:00–19:00; today is Christmas Day: closed\n"),
        "{table}"
    );
    assert!(table.contains(
        "Closed · public holiday (Christmas Day) · opens Saturday 08:00 (Europe/Berlin)\n"
    ));
    assert!(table.contains("Office hours (as written): Monday to Saturday 9.00 AM to 7.00 PM\n"));
    assert!(table.contains(
        "Data warnings:\n  - Monday: the time slots 08:00–19:00 and 07:00–19:00 overlap"
    ));
}

// --- never panic --------------------------------------------------------

mod props {
    use super::*;
    use proptest::collection::vec;
    use proptest::option;
    use proptest::prelude::*;

    fn slot_text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9]{1,2}:[0-9]{2} [Tt]o [0-9]{1,2}:[0-9]{2}",
            "[0-9]{1,2}[h:.]?[0-9]{0,2} ?(am|pm)? ?[-–àto]{1,3} ?[0-9]{1,2}[h:.]?[0-9]{0,2}",
            Just("00:00 To 24:00".to_string()),
            ".{0,24}",
        ]
    }

    fn entry_strategy() -> impl Strategy<Value = OpeningHoursEntry> {
        (
            option::of(-2i64..9),
            option::of(prop_oneof![
                Just("lundi".to_string()),
                Just("dimanche".to_string()),
                ".{0,8}"
            ]),
            option::of(slot_text()),
            option::of(slot_text()),
            option::of(any::<bool>()),
        )
            .prop_map(
                |(day_of_week, week, first_time_slot, second_time_slot, is_closed)| {
                    OpeningHoursEntry {
                        day_of_week,
                        week,
                        first_time_slot,
                        second_time_slot,
                        is_closed,
                    }
                },
            )
    }

    proptest! {
        // PROPTEST_CASES raises the count (scripts/fuzz-long.sh).
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
        ))]

        #[test]
        fn slot_parser_never_panics(text in ".{0,40}") {
            if let Ok(s) = parse_slot(&text) {
                prop_assert!(s.open_minutes() < s.close_minutes() && s.close_minutes() <= 1440);
            }
        }

        #[test]
        fn well_formed_slots_read_exactly(h1 in 0u16..24, m1 in 0u16..60, h2 in 0u16..24, m2 in 0u16..60) {
            let (open, close) = (h1 * 60 + m1, if h2 + m2 == 0 { 1440 } else { h2 * 60 + m2 });
            let got = parse_slot(&format!("{h1:02}:{m1:02} To {h2:02}:{m2:02}"));
            if open < close {
                prop_assert_eq!(got, Ok(Slot::from_minutes(open, close).unwrap()));
            } else {
                prop_assert_eq!(got, Err(SlotError::EndBeforeStart { open, close }));
            }
        }

        #[test]
        fn schedules_never_panic_and_stay_consistent(
            entries in vec(entry_strategy(), 0..12),
            country in prop::sample::select(vec!["FR", "DE", "GB", "US", "", "XX", "NZ", "fr"]),
            secs in 0i64..4_102_444_800,
        ) {
            let s = schedule_for(&property(country, entries));
            let now = DateTime::<Utc>::from_timestamp(secs, 0).unwrap();
            match s.state_at(now) {
                OpenState::Open { closes_at: Some(t) } => {
                    let t = t.with_timezone(&Utc);
                    prop_assert!(t > now);
                    let closed_then = matches!(s.state_at(t), OpenState::Closed { .. });
                    prop_assert!(closed_then, "still open at its closing time");
                }
                OpenState::Closed { opens_at: Some(t) } => {
                    let t = t.with_timezone(&Utc);
                    prop_assert!(t > now && t <= now + TimeDelta::days(LOOKAHEAD_DAYS));
                    let open_then = matches!(s.state_at(t), OpenState::Open { .. });
                    prop_assert!(open_then, "not open at its opening time");
                }
                _ => {}
            }
            prop_assert!(!week_table_text(&s, now).is_empty());
        }
    }
}
