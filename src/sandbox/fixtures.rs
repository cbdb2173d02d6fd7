//! The sandbox's data: the documented examples plus our own bookings, embedded
//! in the binary (see fixtures/sandbox/README.md for what each one shows and
//! how its figures are computed).

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::Value;

use crate::api::IdKind;
use crate::api::documented;
use crate::i18n::tr_later;

/// The ids the sandbox knows.
pub mod ids {
    /// Documented reservation (Chalets, Toulouse). Its `data.id` is the same
    /// uuid, which is also a booking with a quotation of our own.
    pub const CHALETS_RESERVATION: &str = crate::api::documented::RESERVATION_ID;
    /// Our quotation for the documented reservation's booking.
    pub const CHALETS_BOOKING: &str = crate::api::documented::RESERVATION_ID;
    /// Documented quotation (Emmerich, Germany).
    pub const EMMERICH_BOOKING: &str = crate::api::documented::BOOKING_ID;
    /// Lyon Gerland: reservation and its booking have different ids.
    pub const LYON_RESERVATION: &str = "3e059905-c968-4b42-8b66-2f9af06f4bf8";
    pub const LYON_BOOKING: &str = "e0ffc4c2-3864-41b0-8da1-13fe6a9ce032";
    /// Berlin Tempelhof: a signed booking with no reservation.
    pub const BERLIN_BOOKING: &str = "e93bc973-828d-4cb1-a69b-dd6166dafd12";

    pub const CHALETS_PROPERTY: &str = "a99c4590-9475-404e-bcbd-6cba2e2b5e16";
    pub const EMMERICH_PROPERTY: &str = "dc8cde31-3e0d-44bb-b333-817c013d65aa";
    pub const LYON_PROPERTY: &str = "b31ce462-b4d8-4826-8967-b4ccd8343237";
    pub const BERLIN_PROPERTY: &str = "b09ab3c1-78c4-46cd-b537-3ef23295af6b";
}

/// One embedded fixture: a whole response envelope.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FixtureFile {
    pub kind: IdKind,
    pub id: &'static str,
    /// Path under fixtures/, for messages.
    pub name: &'static str,
    pub body: &'static str,
    /// Our own fixture (figures audited), or a documented example (served
    /// verbatim, deliberate inconsistencies included).
    #[cfg_attr(not(test), allow(dead_code))]
    pub own: bool,
    /// A message id; shown with `tr_dyn` (in English on the CLI).
    pub label: &'static str,
}

pub(crate) const FILES: &[FixtureFile] = &[
    FixtureFile {
        kind: IdKind::Reservation,
        id: ids::CHALETS_RESERVATION,
        name: "documented/reservation-detail.json",
        body: documented::RESERVATION_DETAIL,
        own: false,
        label: tr_later("documented-reservation-renaud-pons-box-4-m2-at"),
    },
    FixtureFile {
        kind: IdKind::Booking,
        id: ids::CHALETS_BOOKING,
        name: "sandbox/quotation-toulouse-chalets.json",
        body: include_str!("../../fixtures/sandbox/quotation-toulouse-chalets.json"),
        own: true,
        label: tr_later("quote-for-the-documented-reservation-chalets-toulouse-box"),
    },
    FixtureFile {
        kind: IdKind::Booking,
        id: ids::EMMERICH_BOOKING,
        name: "documented/activity-quotation-preview.json",
        body: documented::QUOTATION_PREVIEW,
        own: false,
        label: tr_later("documented-quote-avenall-pouchard-box-a2-9-m2"),
    },
    FixtureFile {
        kind: IdKind::Reservation,
        id: ids::LYON_RESERVATION,
        name: "sandbox/reservation-lyon-gerland.json",
        body: include_str!("../../fixtures/sandbox/reservation-lyon-gerland.json"),
        own: true,
        label: tr_later("reservation-at-lyon-gerland-elodie-marchand-6-m3"),
    },
    FixtureFile {
        kind: IdKind::Booking,
        id: ids::LYON_BOOKING,
        name: "sandbox/quotation-lyon-gerland.json",
        body: include_str!("../../fixtures/sandbox/quotation-lyon-gerland.json"),
        own: true,
        label: tr_later("quote-for-the-lyon-reservation-18-days-prorated"),
    },
    FixtureFile {
        kind: IdKind::Booking,
        id: ids::BERLIN_BOOKING,
        name: "sandbox/quotation-berlin-tempelhof-signed.json",
        body: include_str!("../../fixtures/sandbox/quotation-berlin-tempelhof-signed.json"),
        own: true,
        label: tr_later("signed-booking-at-berlin-tempelhof-jonas-hartmann-5"),
    },
];

/// A fixture ready to serve.
#[derive(Debug)]
pub(crate) struct Served {
    /// The file as embedded: served byte for byte while nothing changed it.
    pub raw: &'static str,
    pub envelope: Value,
}

/// Everything the sandbox answers with, indexed by lower-case id.
#[derive(Debug)]
pub(crate) struct Catalog {
    pub reservations: HashMap<String, Served>,
    pub quotations: HashMap<String, Served>,
    /// Every fixture property, in a stable order, without duplicates.
    pub properties: Vec<Value>,
}

impl Catalog {
    pub fn property(&self, id: &str) -> Option<&Value> {
        self.properties.iter().find(|p| {
            p.get("id")
                .and_then(Value::as_str)
                .is_some_and(|pid| pid.eq_ignore_ascii_case(id))
        })
    }
}

fn build() -> Result<Catalog, String> {
    let mut reservations = HashMap::new();
    let mut quotations = HashMap::new();
    for f in FILES {
        let envelope: Value = serde_json::from_str(f.body)
            .map_err(|e| format!("fixture {} is not JSON: {e}", f.name))?;
        let data_id = envelope
            .pointer("/data/id")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("fixture {} has no data.id", f.name))?;
        if f.kind == IdKind::Booking && !data_id.eq_ignore_ascii_case(f.id) {
            return Err(format!(
                "fixture {} is served as {} but says {data_id}",
                f.name, f.id
            ));
        }
        let map = match f.kind {
            IdKind::Reservation => &mut reservations,
            IdKind::Booking => &mut quotations,
            IdKind::Insurance | IdKind::Price => {
                return Err(format!(
                    "fixture {} is neither a reservation nor a booking",
                    f.name
                ));
            }
        };
        let served = Served {
            raw: f.body,
            envelope,
        };
        if map.insert(f.id.to_ascii_lowercase(), served).is_some() {
            return Err(format!("two fixtures for {:?} {}", f.kind, f.id));
        }
    }
    // Properties: the quotation's copy first (it carries office hours, payment
    // periods, ...), then any property only a reservation shows.
    let mut properties: Vec<Value> = Vec::new();
    for kind in [IdKind::Booking, IdKind::Reservation] {
        for f in FILES.iter().filter(|f| f.kind == kind) {
            let map = if kind == IdKind::Booking {
                &quotations
            } else {
                &reservations
            };
            let Some(p) = map[&f.id.to_ascii_lowercase()]
                .envelope
                .pointer("/data/property")
            else {
                continue;
            };
            let Some(pid) = p.get("id").and_then(Value::as_str) else {
                continue;
            };
            let seen = properties.iter().any(|q| {
                q.get("id")
                    .and_then(Value::as_str)
                    .is_some_and(|q| q.eq_ignore_ascii_case(pid))
            });
            if !seen {
                properties.push(p.clone());
            }
        }
    }
    Ok(Catalog {
        reservations,
        quotations,
        properties,
    })
}

static CATALOG: LazyLock<Result<Catalog, String>> = LazyLock::new(build);

/// The catalog, built once from the embedded files.
pub(crate) fn catalog() -> Result<&'static Catalog, String> {
    CATALOG.as_ref().map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_builds_and_indexes_every_file() {
        let c = catalog().unwrap();
        assert_eq!(c.reservations.len(), 2);
        assert_eq!(c.quotations.len(), 4);
        let names: Vec<&str> = c
            .properties
            .iter()
            .map(|p| p["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            ["Chalets", "Emmerich", "Lyon Gerland", "Berlin Tempelhof"]
        );
        assert!(c.property(&ids::LYON_PROPERTY.to_uppercase()).is_some());
        assert!(c.property("00000000-0000-0000-0000-000000000000").is_none());
    }

    #[test]
    fn documented_examples_are_served_verbatim() {
        let c = catalog().unwrap();
        assert_eq!(
            c.reservations[documented::RESERVATION_ID].raw,
            documented::RESERVATION_DETAIL
        );
        assert_eq!(
            c.quotations[documented::BOOKING_ID].raw,
            documented::QUOTATION_PREVIEW
        );
    }

    #[test]
    fn every_reservation_points_at_a_booking_we_serve() {
        let c = catalog().unwrap();
        for (id, r) in &c.reservations {
            let booking = r
                .envelope
                .pointer("/data/id")
                .and_then(Value::as_str)
                .unwrap();
            assert!(
                c.quotations.contains_key(&booking.to_ascii_lowercase()),
                "{id} -> {booking}"
            );
        }
    }

    #[test]
    fn ids_are_lower_case_uuids() {
        for f in FILES {
            assert!(uuid::Uuid::parse_str(f.id).is_ok(), "{}", f.id);
            assert_eq!(f.id, f.id.to_ascii_lowercase());
        }
    }
}
