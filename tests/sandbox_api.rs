//! The real StoRegister client against the sandbox over HTTP: every endpoint
//! and every error path.

mod sandbox_common;

use std::time::Duration;

use rust_decimal::Decimal;
use sandbox_common::*;
use storedesk::api::{
    ApiError, ApiErrorCode, AuthStyle, BookingId, Endpoint, IdKind, ReservationId,
    StoRegisterClient,
};
use storedesk::sandbox::{self, Sandbox, SandboxOptions, demo_ids, ids};

const UNKNOWN: &str = "00000000-1111-4222-8333-444444444444";

fn booking(id: &str) -> BookingId {
    BookingId::parse(id).unwrap()
}

fn reservation(id: &str) -> ReservationId {
    ReservationId::parse(id).unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The API's own refusal: its endpoint, codes and HTTP status.
fn api_refusal(e: &ApiError) -> (Endpoint, Vec<ApiErrorCode>, u16) {
    match e {
        ApiError::Api {
            endpoint,
            codes,
            http_status,
        } => (*endpoint, codes.clone(), *http_status),
        other => panic!("expected an API refusal, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_fixture_reservation_and_quotation_parses() {
    let sb = sandbox().await;
    let c = client(&sb);
    let entries = demo_ids();
    assert_eq!(
        entries
            .iter()
            .filter(|e| e.kind == IdKind::Reservation)
            .count(),
        2
    );
    assert_eq!(
        entries.iter().filter(|e| e.kind == IdKind::Booking).count(),
        4
    );
    for e in entries {
        match e.kind {
            IdKind::Reservation => {
                let r = c.reservation_detail(&reservation(e.id)).await.unwrap();
                assert!(
                    r.client.as_ref().and_then(|c| c.name.as_ref()).is_some(),
                    "{}",
                    e.id
                );
                assert!(
                    r.property.as_ref().and_then(|p| p.title()).is_some(),
                    "{}",
                    e.id
                );
                assert!(
                    r.billing_subscription.is_some() && r.pro_rata_subscription.is_some(),
                    "{}",
                    e.id
                );
                // data.id is the booking: its quotation is served too.
                let booking_id = booking(r.id.as_deref().unwrap());
                let q = c.quotation_preview(&booking_id).await.unwrap();
                assert_eq!(q.client.unwrap().name, r.client.unwrap().name, "{}", e.id);
            }
            IdKind::Booking => {
                let q = c.quotation_preview(&booking(e.id)).await.unwrap();
                assert_eq!(q.id.as_deref(), Some(e.id));
                assert!(
                    q.pro_rata_subscription.is_some() && q.billing_subscription.is_some(),
                    "{}",
                    e.id
                );
                assert!(q.is_document_signed.is_some(), "{}", e.id);
            }
            other => panic!("no demo {other:?} ids"),
        }
    }
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn fixtures_show_what_their_labels_promise() {
    let sb = sandbox().await;
    let c = client(&sb);

    let r = c
        .reservation_detail(&reservation(ids::CHALETS_RESERVATION))
        .await
        .unwrap();
    assert_eq!(r.id.as_deref(), Some(ids::CHALETS_BOOKING));
    let q = c
        .quotation_preview(&booking(ids::CHALETS_BOOKING))
        .await
        .unwrap();
    let billing = q.billing_subscription.unwrap();
    assert_eq!(billing.net_amount.unwrap().price, Some(dec("32.50")));
    assert_eq!(q.property.unwrap().city.as_deref(), Some("Toulouse"));
    assert!(q.discount.is_none());

    let r = c
        .reservation_detail(&reservation(ids::LYON_RESERVATION))
        .await
        .unwrap();
    assert_eq!(r.id.as_deref(), Some(ids::LYON_BOOKING));
    let q = c
        .quotation_preview(&booking(ids::LYON_BOOKING))
        .await
        .unwrap();
    let size = q.storage_size.as_ref().unwrap();
    assert!(size.is_volume());
    assert_eq!(size.size_text().as_deref(), Some("6 m³"));
    let pro = q.pro_rata_subscription.as_ref().unwrap();
    assert_eq!((pro.insurance.len(), pro.merchandise.len()), (1, 2));
    assert_eq!(pro.net_amount.as_ref().unwrap().price, Some(dec("66.00")));
    let rule = q.discount.as_ref().unwrap();
    assert_eq!(rule.is_percentage, Some(false));
    assert_eq!(
        rule.discount_amount.as_ref().unwrap().price,
        Some(dec("10"))
    );
    assert_eq!(rule.is_life_time_recurring, Some(true));

    let q = c
        .quotation_preview(&booking(ids::BERLIN_BOOKING))
        .await
        .unwrap();
    assert_eq!(q.is_document_signed, Some(true));
    assert_eq!(q.document_list.len(), 1);
    assert_eq!(q.property.as_ref().unwrap().country_code(), Some("DE"));
    let pro = q.pro_rata_subscription.unwrap();
    assert_eq!(pro.rent.unwrap().quantity.unwrap().count, Some(dec("14")));
    assert_eq!(
        pro.discount.unwrap().taxable_price.unwrap().price,
        Some(dec("-3.50"))
    );
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_ids_are_no_records_found() {
    let sb = sandbox().await;
    let c = client(&sb);
    let not_found = |e: &ApiError| {
        assert!(e.is_not_found(), "{e:?}");
        let (_, codes, status) = api_refusal(e);
        assert_eq!(codes, vec![ApiErrorCode::NoRecordsFound]);
        assert_eq!(status, sandbox::NOT_FOUND_STATUS.as_u16());
    };
    let e = c
        .reservation_detail(&reservation(UNKNOWN))
        .await
        .unwrap_err();
    not_found(&e);
    assert_eq!(api_refusal(&e).0, Endpoint::Reservation);
    assert_eq!(e.to_string(), "No reservation with this id.");
    let e = c.quotation_preview(&booking(UNKNOWN)).await.unwrap_err();
    not_found(&e);
    assert_eq!(e.to_string(), "No booking with this id.");
    // A booking id is not a reservation id, and the Lyon reservation id is
    // not a booking id.
    not_found(
        &c.reservation_detail(&reservation(ids::BERLIN_BOOKING))
            .await
            .unwrap_err(),
    );
    not_found(
        &c.quotation_preview(&booking(ids::LYON_RESERVATION))
            .await
            .unwrap_err(),
    );
    let png = b64(&png(200, 80));
    not_found(&c.save_signature(&booking(UNKNOWN), &png).await.unwrap_err());
    not_found(
        &c.save_signature(&booking(ids::LYON_RESERVATION), &png)
            .await
            .unwrap_err(),
    );
    assert!(sb.received_signatures().is_empty());
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_key_is_never_sent_and_a_wrong_key_is_unauthorized() {
    let sb = sandbox().await;
    let no_key = client_with(&sb, None, AuthStyle::XApiKeyHeader);
    let e = no_key
        .quotation_preview(&booking(ids::LYON_BOOKING))
        .await
        .unwrap_err();
    assert_eq!(e, ApiError::MissingKey);
    assert_eq!(
        sb.request_count(),
        0,
        "the client must not call without a key"
    );
    // The server's side of a missing key is in sandbox_http.rs (raw request).

    for style in [AuthStyle::XApiKeyHeader, AuthStyle::AuthorizationHeader] {
        let wrong = client_with(&sb, Some("not-the-key"), style);
        let e = wrong
            .quotation_preview(&booking(ids::LYON_BOOKING))
            .await
            .unwrap_err();
        assert_eq!(e, ApiError::Unauthorized, "{style:?}");
        let e = wrong
            .reservation_detail(&reservation(ids::LYON_RESERVATION))
            .await
            .unwrap_err();
        assert_eq!(e, ApiError::Unauthorized, "{style:?}");
        assert_eq!(
            wrong.properties().await.unwrap_err(),
            ApiError::Unauthorized
        );
        let e = wrong
            .save_signature(&booking(ids::LYON_BOOKING), &b64(&png(100, 60)))
            .await
            .unwrap_err();
        assert_eq!(e, ApiError::Unauthorized, "{style:?}");
    }
    assert!(sb.received_signatures().is_empty());
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn both_header_styles_work_with_the_right_key() {
    let sb = sandbox().await;
    for style in [AuthStyle::XApiKeyHeader, AuthStyle::AuthorizationHeader] {
        let c = client_with(&sb, Some(sb.api_key()), style);
        let q = c
            .quotation_preview(&booking(ids::EMMERICH_BOOKING))
            .await
            .unwrap();
        assert_eq!(q.id.as_deref(), Some(ids::EMMERICH_BOOKING));
        assert!(
            c.reservation_detail(&reservation(ids::CHALETS_RESERVATION))
                .await
                .is_ok()
        );
    }
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_custom_key_replaces_the_default() {
    let opts = SandboxOptions {
        api_key: "front-desk-7".into(),
        ..Default::default()
    };
    let sb = Sandbox::start(opts).await.unwrap();
    assert_eq!(sb.api_key(), "front-desk-7");
    let default_key = client_with(&sb, Some(sandbox::DEFAULT_KEY), AuthStyle::XApiKeyHeader);
    assert_eq!(
        default_key.properties().await.unwrap_err(),
        ApiError::Unauthorized
    );
    assert_eq!(client(&sb).properties().await.unwrap().len(), 4);
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_valid_signature_is_recorded_and_signs_the_booking() {
    let sb = sandbox().await;
    let c = client(&sb);
    let id = booking(ids::LYON_BOOKING);
    let before = c.quotation_preview(&id).await.unwrap();
    assert_eq!(before.is_document_signed, Some(false));

    let bytes = png(320, 120);
    let outcome = c.save_signature(&id, &b64(&bytes)).await.unwrap();
    assert_eq!(outcome.attempts, 1);
    let returned = uuid::Uuid::parse_str(&outcome.activity_id).expect("a uuid");
    assert_eq!(
        outcome.activity_id,
        returned.hyphenated().to_string().to_uppercase()
    );

    let got = sb.received_signatures();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].booking_id, ids::LYON_BOOKING);
    assert_eq!((got[0].width, got[0].height), (320, 120));
    assert_eq!(got[0].png, bytes);
    assert!(
        !format!("{:?}", got[0]).contains("137, 80, 78, 71"),
        "Debug must not dump the PNG"
    );

    let after = c.quotation_preview(&id).await.unwrap();
    assert_eq!(after.is_document_signed, Some(true));
    // Nothing else changed: the quote is the same apart from the flag.
    assert_eq!(after.pro_rata_subscription, before.pro_rata_subscription);
    let other = c
        .quotation_preview(&booking(ids::CHALETS_BOOKING))
        .await
        .unwrap();
    assert_eq!(other.is_document_signed, Some(false));

    // A second one, as a data URL; the list keeps both, oldest first.
    let url = format!("data:image/png;base64,{}", b64(&png(600, 200)));
    let second = c
        .save_signature(&booking(ids::CHALETS_BOOKING), &url)
        .await
        .unwrap();
    assert_ne!(second.activity_id, outcome.activity_id);
    let got = sb.received_signatures();
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[1].booking_id.as_str(), got[1].width, got[1].height),
        (ids::CHALETS_BOOKING, 600, 200)
    );
    assert!(got[0].received_at <= got[1].received_at);
    let signed = c
        .quotation_preview(&booking(ids::CHALETS_BOOKING))
        .await
        .unwrap();
    assert_eq!(signed.is_document_signed, Some(true));
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn signatures_live_in_one_sandbox_only() {
    let (a, b) = (sandbox().await, sandbox().await);
    client(&a)
        .save_signature(&booking(ids::LYON_BOOKING), &b64(&png(120, 60)))
        .await
        .unwrap();
    let q = client(&b)
        .quotation_preview(&booking(ids::LYON_BOOKING))
        .await
        .unwrap();
    assert_eq!(q.is_document_signed, Some(false));
    assert!(b.received_signatures().is_empty());
    assert_eq!(a.received_signatures().len(), 1);
    // A fresh sandbox forgets everything.
    a.shutdown().await;
    let fresh = sandbox().await;
    let q = client(&fresh)
        .quotation_preview(&booking(ids::LYON_BOOKING))
        .await
        .unwrap();
    assert_eq!(q.is_document_signed, Some(false));
    b.shutdown().await;
    fresh.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn invalid_signatures_are_refused() {
    let sb = sandbox().await;
    let c = client(&sb);
    let id = booking(ids::LYON_BOOKING);
    let mut truncated = png(300, 100);
    truncated.truncate(truncated.len() - 40);
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("invalid base64", "this is not base64!".into()),
        (
            "not a PNG",
            b64(b"\xff\xd8\xff\xe0 a JPEG header, then nothing"),
        ),
        ("tiny 1x1 PNG", b64(&png(1, 1))),
        ("too narrow", b64(&png(49, 200))),
        ("too wide", b64(&png(4001, 60))),
        ("truncated PNG", b64(&truncated)),
        (
            "data URL of text",
            format!("data:image/png;base64,{}", b64(b"hello")),
        ),
    ];
    for (what, signature) in cases {
        let e = c.save_signature(&id, &signature).await.unwrap_err();
        let (endpoint, codes, status) = api_refusal(&e);
        assert_eq!(endpoint, Endpoint::SaveSignature, "{what}");
        assert_eq!(codes, vec![ApiErrorCode::InvalidParamSignature], "{what}");
        assert_eq!(status, 400, "{what}");
        assert_eq!(
            e.to_string(),
            "The server refused the signature image.",
            "{what}"
        );
    }
    assert!(sb.received_signatures().is_empty());
    let q = c.quotation_preview(&id).await.unwrap();
    assert_eq!(q.is_document_signed, Some(false));
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn properties_lists_every_fixture_property() {
    let sb = sandbox().await;
    let props = client(&sb).properties().await.unwrap();
    let got: Vec<&str> = props.iter().map(|p| p.id.as_deref().unwrap()).collect();
    assert_eq!(
        got,
        [
            ids::CHALETS_PROPERTY,
            ids::EMMERICH_PROPERTY,
            ids::LYON_PROPERTY,
            ids::BERLIN_PROPERTY
        ]
    );
    for p in &props {
        assert_eq!(
            p.property_office_opening_hours_info_list.len(),
            8,
            "{:?}",
            p.name
        );
        assert!(
            p.office_hours.is_some() && p.country_code().is_some(),
            "{:?}",
            p.name
        );
    }
    let lyon = &props[2];
    let saturday = &lyon.property_office_opening_hours_info_list[6];
    assert_eq!(saturday.first_time_slot.as_deref(), Some("09:00 To 12:00"));
    assert_eq!(saturday.second_time_slot, None);
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_answer_times_out() {
    let sb = sandbox().await;
    sb.set_delay_for(ids::LYON_BOOKING, Duration::from_secs(2));
    let impatient = impatient_client(&sb, Duration::from_millis(300));
    let e = impatient
        .quotation_preview(&booking(ids::LYON_BOOKING))
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Timeout { .. }), "{e:?}");
    // The delay is removed again; the patient client gets its answer.
    sb.set_delay_for(ids::LYON_BOOKING, Duration::ZERO);
    assert!(
        client(&sb)
            .quotation_preview(&booking(ids::LYON_BOOKING))
            .await
            .is_ok()
    );
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_latency_option_delays_every_answer() {
    let opts = SandboxOptions {
        latency: Duration::from_secs(2),
        ..Default::default()
    };
    let sb = Sandbox::start(opts).await.unwrap();
    let impatient = impatient_client(&sb, Duration::from_millis(300));
    let e = impatient.properties().await.unwrap_err();
    assert!(matches!(e, ApiError::Timeout { .. }), "{e:?}");
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn request_count_counts_every_request() {
    let sb = sandbox().await;
    assert_eq!(sb.request_count(), 0);
    let c = client(&sb);
    c.reservation_detail(&reservation(ids::LYON_RESERVATION))
        .await
        .unwrap();
    assert_eq!(sb.request_count(), 1);
    c.quotation_preview(&booking(UNKNOWN)).await.unwrap_err();
    client_with(&sb, Some("wrong"), AuthStyle::XApiKeyHeader)
        .properties()
        .await
        .unwrap_err();
    let status = http()
        .get(format!("{}/no/such/path", sb.base_url()))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 404);
    assert_eq!(sb.request_count(), 4);
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_base_path_is_not_found() {
    let sb = sandbox().await;
    let c = client_from(
        sandbox_common::config(&format!("{}/api", sb.base_url()), AuthStyle::XApiKeyHeader),
        sb.api_key(),
    );
    let e = c
        .quotation_preview(&booking(ids::LYON_BOOKING))
        .await
        .unwrap_err();
    assert_eq!(e, ApiError::NotFound);
    sb.shutdown().await;
}

async fn refused(c: &StoRegisterClient) -> ApiError {
    c.quotation_preview(&booking(ids::LYON_BOOKING))
        .await
        .unwrap_err()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_port_is_connection_refused() {
    let sb = sandbox().await;
    let url = sb.base_url();
    let key = sb.api_key().to_owned();
    sb.shutdown().await;
    let mut cfg = sandbox_common::config(&url, AuthStyle::XApiKeyHeader);
    cfg.get_retries = 0;
    let c = client_from(cfg, &key);
    let e = refused(&c).await;
    assert!(
        matches!(e, ApiError::ConnectionRefused { ref host } if host == "127.0.0.1"),
        "{e:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn dropping_the_sandbox_closes_its_port() {
    let sb = sandbox().await;
    let addr = sb.addr();
    drop(sb);
    // The server stops on its own task; give it time, but no timing assertion.
    let mut closed = false;
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            closed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(closed, "{addr} still accepts connections after drop");
}
