//! The sandbox at the HTTP level: what the real client cannot send (no key,
//! malformed ids, odd bodies) and the exact shapes of the answers.

mod sandbox_common;

use sandbox_common::*;
use serde_json::{Value, json};
use storedesk::api::envelope;
use storedesk::api::{ApiErrorCode, Endpoint, documented};
use storedesk::sandbox::{self, ids};

async fn get(url: String, key: Option<(&str, String)>) -> (u16, String, Value) {
    let mut req = http().get(url);
    if let Some((name, value)) = key {
        req = req.header(name, value);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let ctype = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let text = resp.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, ctype, body)
}

async fn post(url: String, key: &str, body: Vec<u8>) -> (u16, Value) {
    let resp = http()
        .post(url)
        .header("X-API-Key", key)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap())
}

fn error_envelope(code: &str) -> Value {
    json!({"data": null, "succeeded": false, "status": "ERROR", "errors": [code]})
}

#[tokio::test(flavor = "multi_thread")]
async fn no_key_or_a_wrong_key_is_401_with_an_error_envelope() {
    let sb = sandbox().await;
    let url = format!(
        "{}/v1/booking/{}/activity-quotation/preview",
        sb.base_url(),
        ids::LYON_BOOKING
    );
    let wrong = [
        None,
        Some(("X-API-Key", "nope".to_owned())),
        Some(("Authorization", "X-API-Key nope".to_owned())),
        Some(("Authorization", format!("Bearer {}", sb.api_key()))),
        Some(("api-key", sb.api_key().to_owned())),
    ];
    for key in wrong {
        let what = format!("{key:?}");
        let (status, ctype, body) = get(url.clone(), key).await;
        assert_eq!(status, 401, "{what}");
        assert!(ctype.starts_with("application/json"), "{what}: {ctype}");
        assert_eq!(body, error_envelope(sandbox::INVALID_API_KEY), "{what}");
    }
    // The client reads that envelope as a refused key.
    let parsed = envelope::parse::<Value>(
        Endpoint::Quotation,
        401,
        error_envelope("INVALID_API_KEY").to_string().as_bytes(),
    );
    assert_eq!(parsed.unwrap_err().codes(), &[ApiErrorCode::InvalidApiKey]);

    // Right key, either header.
    for key in [
        ("X-API-Key", sb.api_key().to_owned()),
        ("Authorization", format!("X-API-Key {}", sb.api_key())),
    ] {
        let (status, _, body) = get(url.clone(), Some(key)).await;
        assert_eq!(status, 200);
        assert_eq!(body["succeeded"], true);
    }
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_ids_get_the_documented_codes() {
    let sb = sandbox().await;
    let key = || Some(("X-API-Key", sb.api_key().to_owned()));
    let base = sb.base_url();
    let cases = [
        (
            format!("{base}/v1/booking/reservation/CRS11/detail"),
            "INVALID_PARAM_RESERVATION_INFO_ID",
            Endpoint::Reservation,
        ),
        (
            format!("{base}/v1/booking/not-a-guid/activity-quotation/preview"),
            "INVALID_PARAM_ACTIVITY_INFO_ID",
            Endpoint::Quotation,
        ),
        (
            format!("{base}/v1/booking/2553e486-65c9-411b/activity-quotation/preview"),
            "INVALID_PARAM_ACTIVITY_INFO_ID",
            Endpoint::Quotation,
        ),
        (
            format!("{base}/v1/search/property/lyon"),
            sandbox::INVALID_PARAM_PROPERTY_INFO_ID,
            Endpoint::Properties,
        ),
    ];
    for (url, code, endpoint) in cases {
        let (status, _, body) = get(url.clone(), key()).await;
        assert_eq!(status, 400, "{url}");
        assert_eq!(body, error_envelope(code), "{url}");
        let e = envelope::parse::<Value>(endpoint, 400, body.to_string().as_bytes()).unwrap_err();
        assert_eq!(e.codes()[0].as_code(), code);
    }
    let (status, body) = post(
        format!("{base}/v1/booking/ACT1/document/save"),
        sb.api_key(),
        b"{}".to_vec(),
    )
    .await;
    assert_eq!(
        (status, body),
        (400, error_envelope("INVALID_PARAM_ACTIVITY_INFO_ID"))
    );
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn documented_examples_are_served_byte_for_byte() {
    let sb = sandbox().await;
    let base = sb.base_url();
    for (path, want) in [
        (
            format!(
                "/v1/booking/reservation/{}/detail",
                documented::RESERVATION_ID
            ),
            documented::RESERVATION_DETAIL,
        ),
        (
            format!(
                "/v1/booking/{}/activity-quotation/preview",
                documented::BOOKING_ID
            ),
            documented::QUOTATION_PREVIEW,
        ),
    ] {
        let resp = http()
            .get(format!("{base}{path}"))
            .header("X-API-Key", sb.api_key())
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.text().await.unwrap(), want, "{path}");
    }
    // Upper-case ids find the same record.
    let upper = format!(
        "{base}/v1/booking/{}/activity-quotation/preview",
        documented::BOOKING_ID.to_uppercase()
    );
    let (status, _, body) = get(upper, Some(("X-API-Key", sb.api_key().to_owned()))).await;
    assert_eq!(
        (status, body["data"]["id"].as_str()),
        (200, Some(documented::BOOKING_ID))
    );
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn property_list_has_pagination_and_single_properties_are_served() {
    let sb = sandbox().await;
    let key = || Some(("X-API-Key", sb.api_key().to_owned()));
    let base = sb.base_url();
    let (status, _, body) = get(format!("{base}/v1/search/property"), key()).await;
    assert_eq!(status, 200);
    assert_eq!(
        (&body["succeeded"], &body["status"], &body["errors"]),
        (&json!(true), &json!("SUCCESS"), &Value::Null)
    );
    assert_eq!(body["data"].as_array().unwrap().len(), 4);
    assert_eq!(
        body["pagination"],
        json!({"pageNumber": 1, "pageCount": 4, "totalCount": 4})
    );
    let ok = envelope::parse::<Vec<Value>>(Endpoint::Properties, 200, body.to_string().as_bytes())
        .unwrap();
    assert_eq!(ok.pagination.unwrap().total_count, Some(4));

    let (status, _, body) = get(
        format!(
            "{base}/v1/search/property/{}",
            ids::BERLIN_PROPERTY.to_uppercase()
        ),
        key(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["data"]["id"], ids::BERLIN_PROPERTY);
    assert_eq!(body["data"]["city"], "Berlin");

    let (status, _, body) = get(
        format!("{base}/v1/search/property/00000000-0000-4000-8000-000000000000"),
        key(),
    )
    .await;
    assert_eq!((status, body), (404, error_envelope("NO_RECORDS_FOUND")));
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn signature_bodies_that_are_not_the_documented_json_are_refused() {
    let sb = sandbox().await;
    let url = format!(
        "{}/v1/booking/{}/document/save",
        sb.base_url(),
        ids::BERLIN_BOOKING
    );
    let good = b64(&png(150, 60));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("not JSON", b"signature=abc".to_vec()),
        ("empty body", Vec::new()),
        ("a JSON string", serde_json::to_vec(&good).unwrap()),
        (
            "no signature field",
            serde_json::to_vec(&json!({"image": good})).unwrap(),
        ),
        (
            "signature not a string",
            serde_json::to_vec(&json!({"signature": 42})).unwrap(),
        ),
        (
            "signature null",
            serde_json::to_vec(&json!({"signature": null})).unwrap(),
        ),
    ];
    for (what, body) in cases {
        let (status, reply) = post(url.clone(), sb.api_key(), body).await;
        assert_eq!(
            (status, reply),
            (400, error_envelope("INVALID_PARAM_SIGNATURE")),
            "{what}"
        );
    }
    // Over the 4 MiB body limit: 413 with the same code.
    let huge = serde_json::to_vec(&json!({"signature": "A".repeat(5 * 1024 * 1024)})).unwrap();
    let (status, reply) = post(url.clone(), sb.api_key(), huge).await;
    assert_eq!(
        (status, reply),
        (413, error_envelope("INVALID_PARAM_SIGNATURE"))
    );
    assert!(sb.received_signatures().is_empty());

    // The documented success shape: an upper-case uuid as data.
    let (status, reply) = post(
        url,
        sb.api_key(),
        serde_json::to_vec(&json!({"signature": good})).unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        (&reply["succeeded"], &reply["status"], &reply["errors"]),
        (&json!(true), &json!("SUCCESS"), &Value::Null)
    );
    let id = reply["data"].as_str().unwrap();
    assert_eq!(id, id.to_uppercase());
    assert!(uuid::Uuid::parse_str(id).is_ok());
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_paths_and_methods_are_plain_http_errors() {
    let sb = sandbox().await;
    let base = sb.base_url();
    // An unknown path is a plain 404, key or not: that is how a wrong base URL shows.
    for key in [None, Some(("X-API-Key", sb.api_key().to_owned()))] {
        let (status, ctype, body) = get(format!("{base}/v2/whatever"), key).await;
        assert_eq!(status, 404);
        assert!(ctype.starts_with("text/plain"), "{ctype}");
        assert!(body.is_string());
    }
    let (status, _, _) = get(
        format!("{base}/v1/booking/{}/document/save", ids::LYON_BOOKING),
        Some(("X-API-Key", sb.api_key().to_owned())),
    )
    .await;
    assert_eq!(status, 405);
    sb.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_received_signature_can_be_viewed_with_the_key() {
    use base64::Engine as _;
    let sandbox = storedesk::sandbox::Sandbox::start(Default::default())
        .await
        .unwrap();
    let booking = "2553e486-65c9-411b-a478-0d0dfbd168bf";
    let img = image::RgbaImage::from_fn(200, 80, |x, _| {
        image::Rgba([0, 0, 0, if x % 7 == 0 { 255 } else { 0 }])
    });
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let http = reqwest::Client::new();
    let url = format!(
        "{}/sandbox/signatures/{booking}/latest.png",
        sandbox.base_url()
    );
    let none = http
        .get(&url)
        .header("X-API-Key", sandbox.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), 404);
    let saved = http
        .post(format!("{}/v1/booking/{booking}/document/save", sandbox.base_url()))
        .header("X-API-Key", sandbox.api_key())
        .json(&serde_json::json!({"signature": base64::engine::general_purpose::STANDARD.encode(&png)}))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200);
    let no_key = http.get(&url).send().await.unwrap();
    assert_eq!(no_key.status(), 401);
    let got = http
        .get(&url)
        .header("X-API-Key", sandbox.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), 200);
    assert_eq!(got.bytes().await.unwrap().as_ref(), png.as_slice());
}

/// A raw HTTP/1.1 GET with the given Host header and the right key; the
/// status line's code.
async fn status_with_host(sb: &sandbox::Sandbox, host: &str) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut sock = tokio::net::TcpStream::connect(sb.addr()).await.unwrap();
    let req = format!(
        "GET /v1/booking/reservation/{}/detail HTTP/1.1\r\nHost: {host}\r\nX-API-Key: {}\r\nConnection: close\r\n\r\n",
        ids::CHALETS_RESERVATION,
        sb.api_key()
    );
    sock.write_all(req.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    sock.read_to_end(&mut answer).await.unwrap();
    let text = String::from_utf8_lossy(&answer);
    text.split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn only_local_host_headers_are_answered() {
    // DNS rebinding: a web page whose name now points at 127.0.0.1 sends its
    // own name as Host; the sandbox must not answer it.
    let sb = sandbox().await;
    let port = sb.addr().port();
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
        "127.0.0.1".to_owned(),
    ] {
        assert_eq!(status_with_host(&sb, &host).await, 200, "{host}");
    }
    for host in [
        format!("attacker.example:{port}"),
        "attacker.example".to_owned(),
        format!("127.0.0.1.attacker.example:{port}"),
        format!("localhost.attacker.example:{port}"),
    ] {
        assert_eq!(status_with_host(&sb, &host).await, 421, "{host}");
    }
}
