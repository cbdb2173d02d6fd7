//! The client against a local server that misbehaves on purpose: every fault
//! gives its own typed error, without a panic. Only the timeout tests use a
//! short timeout, against a server that never answers in time whatever the
//! load; how long a timeout takes is a figure for a bench, not a test.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use storedesk::api::{ApiError, ApiKey, AuthStyle, BookingId, ClientConfig, StoRegisterClient};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const BOOKING: &str = "2553e486-65c9-411b-a478-0d0dfbd168bf";

#[derive(Clone)]
enum Behaviour {
    /// Write these bytes and close.
    Raw(Vec<u8>),
    /// Read the request, then say nothing (until the client goes away).
    Silent,
    /// Send the headers, then one byte every 100 ms (at most 200 bytes).
    Drip,
    /// Promise 10,000 bytes, send 20, close.
    CloseMidBody,
    /// Accept, read, close without a word.
    Hangup,
}

fn response(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

fn json(status: &str, body: &str) -> Behaviour {
    Behaviour::Raw(response(status, "application/json", body.as_bytes()))
}

struct FaultServer {
    base_url: String,
    hits: Arc<AtomicUsize>,
    /// Headers of the last request, to see what was sent.
    last_request: Arc<Mutex<String>>,
}

async fn serve(behaviours: Vec<Behaviour>) -> FaultServer {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let last_request = Arc::new(Mutex::new(String::new()));
    let (h, l) = (hits.clone(), last_request.clone());
    tokio::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            // The n-th connection gets the n-th behaviour (the last one repeats).
            let n = h.fetch_add(1, Ordering::SeqCst);
            let b = behaviours[n.min(behaviours.len() - 1)].clone();
            let l = l.clone();
            tokio::spawn(async move { handle(sock, b, l).await });
        }
    });
    FaultServer {
        base_url: format!("http://{addr}"),
        hits,
        last_request,
    }
}

async fn handle(mut sock: TcpStream, b: Behaviour, last: Arc<Mutex<String>>) {
    let mut buf = vec![0u8; 64 * 1024];
    let mut got = Vec::new();
    // Read the request head (and whatever body came with it).
    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
        match sock.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
        if got.first() == Some(&0x16) {
            // A TLS ClientHello: answer in plain HTTP, as a misconfigured server would.
            let _ = sock
                .write_all(&response(
                    "400 Bad Request",
                    "text/plain",
                    b"plain http here",
                ))
                .await;
            return;
        }
    }
    *last.lock().unwrap() = String::from_utf8_lossy(&got).into_owned();
    match b {
        Behaviour::Raw(bytes) => {
            let _ = sock.write_all(&bytes).await;
        }
        Behaviour::Silent => {
            // Returns only when the client closes the connection.
            let _ = sock.read(&mut buf).await;
        }
        Behaviour::Drip => {
            let _ = sock
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 200\r\n\r\n")
                .await;
            for _ in 0..200 {
                if sock.write_all(b" ").await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        Behaviour::CloseMidBody => {
            let _ = sock
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 10000\r\n\r\n{\"data\":{\"id\"")
                .await;
        }
        Behaviour::Hangup => {}
    }
    let _ = sock.shutdown().await;
}

/// A client whose timeouts a loaded machine never reaches: the faults, not
/// the clock, decide these tests.
fn client(base: &str) -> StoRegisterClient {
    client_with_timeout(base, Duration::from_secs(60))
}

fn client_with_timeout(base: &str, timeout: Duration) -> StoRegisterClient {
    let mut c = ClientConfig::new(base);
    c.timeout = timeout;
    c.connect_timeout = timeout;
    c.retry_backoff = Duration::from_millis(10);
    StoRegisterClient::new(c, ApiKey::new("fault-test-key-0001")).unwrap()
}

async fn quote(server: &FaultServer) -> ApiError {
    client(&server.base_url)
        .quotation_preview(&BookingId::parse(BOOKING).unwrap())
        .await
        .expect_err("the fault must give an error")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_statuses_each_give_their_own_error() {
    type Check = fn(&ApiError) -> bool;
    let cases: Vec<(Behaviour, Check)> = vec![
        (
            json(
                "401 Unauthorized",
                r#"{"succeeded":false,"errors":["INVALID_API_KEY"]}"#,
            ),
            |e| matches!(e, ApiError::Unauthorized),
        ),
        (json("403 Forbidden", "{}"), |e| {
            matches!(e, ApiError::Forbidden)
        }),
        (
            Behaviour::Raw(response("404 Not Found", "text/plain", b"no route")),
            |e| matches!(e, ApiError::NotFound),
        ),
        (
            json(
                "404 Not Found",
                r#"{"data":null,"succeeded":false,"errors":["NO_RECORDS_FOUND"]}"#,
            ),
            |e| e.is_not_found(),
        ),
        (json("429 Too Many Requests", "{}"), |e| {
            matches!(e, ApiError::RateLimited)
        }),
        (
            json(
                "500 Internal Server Error",
                r#"{"data":null,"succeeded":false,"errors":["SOMETHING_WENT_WRONG"]}"#,
            ),
            |e| e.codes() == [storedesk::api::ApiErrorCode::SomethingWentWrong],
        ),
        (
            Behaviour::Raw(response(
                "500 Internal Server Error",
                "text/html",
                b"<html>oops</html>",
            )),
            |e| matches!(e, ApiError::Server { status: 500 }),
        ),
        (
            Behaviour::Raw(response(
                "200 OK",
                "text/html",
                b"<!doctype html><title>Login</title>",
            )),
            |e| matches!(e, ApiError::NotJson { status: 200, .. }),
        ),
        (
            json("200 OK", r#"{"succeeded":true,"data":{"id":"#),
            |e| matches!(e, ApiError::Malformed { detail, .. } if detail.contains("truncated")),
        ),
        (
            json(
                "200 OK",
                r#"{"succeeded":true,"data":{"storageSize":{"size":[1,2]}}}"#,
            ),
            |e| matches!(e, ApiError::Malformed { path, .. } if path == "data.storageSize.size"),
        ),
    ];
    for (i, (behaviour, check)) in cases.into_iter().enumerate() {
        let server = serve(vec![behaviour]).await;
        let e = quote(&server).await;
        assert!(check(&e), "case {i}: unexpected {e:?}");
        assert!(!e.next_step().is_empty());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gets_retry_on_503_but_not_on_500() {
    let ok = response(
        "200 OK",
        "application/json",
        storedesk::api::documented::QUOTATION_PREVIEW.as_bytes(),
    );
    let unavailable = Behaviour::Raw(response("503 Service Unavailable", "text/plain", b"busy"));
    let server = serve(vec![unavailable.clone(), unavailable, Behaviour::Raw(ok)]).await;
    let q = client(&server.base_url)
        .quotation_preview(&BookingId::parse(BOOKING).unwrap())
        .await
        .expect("third attempt succeeds");
    assert_eq!(q.id.as_deref(), Some(BOOKING));
    assert_eq!(server.hits.load(Ordering::SeqCst), 3);

    let server = serve(vec![Behaviour::Raw(response(
        "503 Service Unavailable",
        "text/plain",
        b"busy",
    ))])
    .await;
    let e = quote(&server).await;
    assert_eq!(e, ApiError::Server { status: 503 });
    assert_eq!(server.hits.load(Ordering::SeqCst), 3, "at most two retries");

    let server = serve(vec![Behaviour::Raw(response(
        "500 Internal Server Error",
        "text/plain",
        b"x",
    ))])
    .await;
    quote(&server).await;
    assert_eq!(server.hits.load(Ordering::SeqCst), 1, "500 is not retried");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_answers_time_out_and_are_not_retried() {
    // A server that never answers, and one that drips a byte every 100 ms
    // for 20 s: either way the 0.8 s timeout is the only way out.
    for behaviour in [Behaviour::Silent, Behaviour::Drip] {
        let server = serve(vec![behaviour]).await;
        let e = client_with_timeout(&server.base_url, Duration::from_millis(800))
            .quotation_preview(&BookingId::parse(BOOKING).unwrap())
            .await
            .expect_err("no answer in time");
        assert!(matches!(e, ApiError::Timeout { .. }), "{e:?}");
        assert_eq!(
            server.hits.load(Ordering::SeqCst),
            1,
            "timeouts are not retried"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_connections_are_network_errors() {
    for behaviour in [Behaviour::CloseMidBody, Behaviour::Hangup] {
        let server = serve(vec![behaviour]).await;
        let e = quote(&server).await;
        assert!(
            matches!(
                e,
                ApiError::Network { .. } | ApiError::Connect { .. } | ApiError::Malformed { .. }
            ),
            "{e:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_are_refused() {
    let big = vec![b' '; 6 * 1024 * 1024];
    let server = serve(vec![Behaviour::Raw(response(
        "200 OK",
        "application/json",
        &big,
    ))])
    .await;
    let e = quote(&server).await;
    assert_eq!(e, ApiError::TooLarge { limit_mib: 5 });
    // Without a content-length the cap still holds while streaming.
    let mut chunked = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{\"data\":\"".to_vec();
    chunked.extend(std::iter::repeat_n(b'a', 6 * 1024 * 1024));
    let server = serve(vec![Behaviour::Raw(chunked)]).await;
    let e = quote(&server).await;
    assert_eq!(e, ApiError::TooLarge { limit_mib: 5 });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_key_does_not_follow_a_redirect_to_another_host() {
    let other = serve(vec![json("200 OK", "{}")]).await;
    let target = other.base_url.replace("127.0.0.1", "localhost");
    let redirect = format!(
        "HTTP/1.1 302 Found\r\nlocation: {target}/v1/booking/{BOOKING}/activity-quotation/preview\r\ncontent-length: 0\r\n\r\n"
    );
    let server = serve(vec![Behaviour::Raw(redirect.into_bytes())]).await;
    let e = quote(&server).await;
    assert!(matches!(e, ApiError::CrossHostRedirect { .. }), "{e:?}");
    assert_eq!(
        other.hits.load(Ordering::SeqCst),
        0,
        "nothing reached the other host"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_header_styles_are_sent_as_configured() {
    let ok = || {
        Behaviour::Raw(response(
            "200 OK",
            "application/json",
            storedesk::api::documented::QUOTATION_PREVIEW.as_bytes(),
        ))
    };
    let server = serve(vec![ok()]).await;
    client(&server.base_url)
        .quotation_preview(&BookingId::parse(BOOKING).unwrap())
        .await
        .unwrap();
    let head = server.last_request.lock().unwrap().to_ascii_lowercase();
    assert!(head.contains("x-api-key: fault-test-key-0001"), "{head}");
    assert!(head.contains("user-agent: storedesk/"), "{head}");

    let server = serve(vec![ok()]).await;
    let mut c = ClientConfig::new(&server.base_url);
    c.auth_style = AuthStyle::AuthorizationHeader;
    StoRegisterClient::new(c, ApiKey::new("fault-test-key-0001"))
        .unwrap()
        .quotation_preview(&BookingId::parse(BOOKING).unwrap())
        .await
        .unwrap();
    let head = server.last_request.lock().unwrap().to_ascii_lowercase();
    assert!(
        head.contains("authorization: x-api-key fault-test-key-0001"),
        "{head}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_failure_is_its_own_error() {
    // An https client talking to a plain-http server fails the handshake.
    let server = serve(vec![json("200 OK", "{}")]).await;
    let https = server.base_url.replace("http://", "https://");
    let e = client(&https)
        .quotation_preview(&BookingId::parse(BOOKING).unwrap())
        .await
        .unwrap_err();
    assert!(matches!(e, ApiError::Tls { .. }), "{e:?}");
    assert!(e.to_string().contains("secure connection"), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signature_post_is_not_retried_after_reaching_the_server() {
    let server = serve(vec![Behaviour::Raw(response(
        "503 Service Unavailable",
        "text/plain",
        b"busy",
    ))])
    .await;
    let e = client(&server.base_url)
        .save_signature(&BookingId::parse(BOOKING).unwrap(), "iVBORw0KGgo=")
        .await
        .unwrap_err();
    assert_eq!(e, ApiError::Server { status: 503 });
    assert_eq!(
        server.hits.load(Ordering::SeqCst),
        1,
        "a POST that reached the server is never repeated"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_key_does_not_follow_a_redirect_that_changes_the_scheme() {
    // Same host and port, https instead of http: another origin. reqwest
    // strips Authorization on a scheme change but not X-API-Key.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let redirect = format!(
        "HTTP/1.1 302 Found\r\nlocation: https://{addr}/v1/booking/{BOOKING}/activity-quotation/preview\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
    );
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    tokio::spawn(async move {
        while let Ok((sock, _)) = listener.accept().await {
            h.fetch_add(1, Ordering::SeqCst);
            let b = Behaviour::Raw(redirect.clone().into_bytes());
            tokio::spawn(handle(sock, b, Arc::new(Mutex::new(String::new()))));
        }
    });
    let e = client(&format!("http://{addr}"))
        .quotation_preview(&BookingId::parse(BOOKING).unwrap())
        .await
        .expect_err("the redirect is refused");
    assert!(matches!(e, ApiError::CrossHostRedirect { .. }), "{e:?}");
    assert_eq!(hits.load(Ordering::SeqCst), 1, "no second connection");
}

/// Issue 16: answers that are JSON but not what the app reads are named for
/// what they are, not as a web page and not with a code the server never sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_the_app_refuses_is_named_for_what_it_is() {
    let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
    let deep_data = format!(
        "{{\"succeeded\":true,\"data\":{}1{}}}",
        "[".repeat(300),
        "]".repeat(300)
    );
    for body in [deep.as_str(), deep_data.as_str()] {
        let server = serve(vec![json("200 OK", body)]).await;
        let e = quote(&server).await;
        assert!(matches!(e, ApiError::TooDeep), "unexpected {e:?}");
        assert!(!e.to_string().contains("web page"), "{e}");
    }
    let server = serve(vec![json("200 OK", r#"{"hello":"world"}"#)]).await;
    let e = quote(&server).await;
    assert!(matches!(e, ApiError::NotEnvelope), "unexpected {e:?}");
    assert!(e.codes().is_empty(), "no code the server never sent");
    assert!(
        !storedesk::cli::Failure::from(e)
            .message
            .contains("[FAILED]")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_status_with_every_fixture_body_gives_ok_only_for_2xx() {
    // Each status a server or proxy may send, with each body the project
    // holds (a good answer, an error envelope, nothing): a non-2xx is never
    // taken as data, and nothing panics.
    let bodies = [
        storedesk::api::documented::QUOTATION_PREVIEW,
        storedesk::api::documented::DOCUMENT_SAVE,
        r#"{"data":null,"succeeded":false,"status":"ERROR","errors":["NO_RECORDS_FOUND"]}"#,
        "{}",
    ];
    for status in [
        "200 OK",
        "201 Created",
        "204 No Content",
        "301 Moved Permanently",
        "304 Not Modified",
        "400 Bad Request",
        "404 Not Found",
        "409 Conflict",
        "413 Payload Too Large",
        "422 Unprocessable Entity",
        "500 Internal Server Error",
        "502 Bad Gateway",
        "504 Gateway Timeout",
    ] {
        for body in bodies {
            let server = serve(vec![json(status, body)]).await;
            let got = client(&server.base_url)
                .quotation_preview(&BookingId::parse(BOOKING).unwrap())
                .await;
            let success = status.starts_with('2');
            match got {
                Ok(_) => assert!(
                    success && body == storedesk::api::documented::QUOTATION_PREVIEW,
                    "{status} with {body:.40} was taken as data"
                ),
                Err(e) => {
                    assert!(!e.to_string().is_empty() && !e.next_step().is_empty());
                }
            }
        }
    }
}
