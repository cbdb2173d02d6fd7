use super::*;
use crate::api::documented::{QUOTATION_PREVIEW, RESERVATION_DETAIL};
use crate::api::envelope::parse;
use crate::api::Endpoint;

fn documented_quotation() -> Quotation {
    parse::<Quotation>(Endpoint::Quotation, 200, QUOTATION_PREVIEW.as_bytes()).unwrap().data
}

fn documented_reservation() -> ReservationDetail {
    parse::<ReservationDetail>(Endpoint::Reservation, 200, RESERVATION_DETAIL.as_bytes()).unwrap().data
}

#[test]
fn dump() {
    for c in [compare_quotation(&documented_quotation()), compare_reservation(&documented_reservation())] {
        println!("== {}", c.heading);
        for w in &c.warnings { println!("W [{:?}] {}", w.kind, w.line()); }
        for n in &c.notes { println!("N {n}"); }
        if let Some(p) = &c.proration { println!("P {}\n  {:?}\n  {:?}", p.text, p.discount_text, p.notes); }
        if let Some(s) = &c.space_price { println!("S {}", s.text); }
        if let Some(d) = &c.discount { println!("D {:?}", d); }
        for r in &c.projection.cycles { println!("C {} {:?} {:?} {} {} {} {}", r.label, r.start, r.end, r.with_discount.as_ref().unwrap().shown, r.without_discount.as_ref().unwrap().shown, r.discounted, r.in_first_12_months); }
        println!("T {:?} {:?} {:?} {:?} {}", c.projection.total_12_months_with.as_ref().map(|f| &f.shown), c.projection.total_12_months_without.as_ref().map(|f| &f.shown), c.projection.total_cycles_with.as_ref().map(|f| &f.shown), c.projection.twelve_months, c.projection.payments_in_12_months);
        for n in &c.projection.notes { println!("PN {n}"); }
    }
}
