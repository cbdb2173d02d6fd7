//! A real local HTTP server that speaks the documented StoRegister API from
//! fixtures: the app's demo mode, `storedesk sandbox`, and every integration
//! test.
//!
//! Contract (what a client sees):
//! - binds 127.0.0.1 only; port 0 picks a free one;
//! - every documented route needs the key, as `X-API-Key: <key>` or
//!   `Authorization: X-API-Key <key>`; without it or with a wrong one:
//!   HTTP 401 and `{"data":null,"succeeded":false,"status":"ERROR","errors":["INVALID_API_KEY"]}`;
//! - a malformed id: HTTP 400 with INVALID_PARAM_RESERVATION_INFO_ID
//!   (reservation) or INVALID_PARAM_ACTIVITY_INFO_ID (booking endpoints);
//! - an unknown but well-formed id: HTTP 404 with the NO_RECORDS_FOUND
//!   envelope (a JSON envelope, unlike an unknown path, which is a plain-text
//!   404 with or without a key);
//! - a signature must be `{"signature": "<base64 PNG>"}` (an optional
//!   `data:image/png;base64,` prefix is accepted), decoding to a PNG under
//!   2 MiB whose sides are 50..=4000 px, else HTTP 400 INVALID_PARAM_SIGNATURE
//!   (413 when the request body is over 4 MiB). Accepted signatures live in
//!   memory only, per sandbox, and make `isDocumentSigned` true in later
//!   quotations of that booking.
//! - `GET /v1/booking/{id}/document/prefilled` lists each booking's two
//!   generated PDFs (LEASE, TERMS, in the property's language) by asset id,
//!   and `GET /v1/booking/{id}/document/{assetId}/download` serves them as
//!   `application/pdf`, byte for byte the same in every run (a malformed
//!   asset id: HTTP 400 INVALID_PARAM_ASSETS_INFO_ID; an unknown one:
//!   NO_RECORDS_FOUND); [`Sandbox::set_contract_fault`] makes them fail in
//!   chosen ways.

mod contract;
mod contract_text;
mod fixtures;
mod gate;
mod insurance;
mod routes;
mod signature;
mod walkin;

#[cfg(test)]
mod audit;

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::api::IdKind;

pub use contract::{ContractFault, ServedDocument};
pub use fixtures::ids;
pub use gate::GateCounts;
pub use insurance::{InsuranceFault, LinkedInsurance};
pub use routes::{INVALID_API_KEY, INVALID_PARAM_PROPERTY_INFO_ID, NOT_FOUND_STATUS};
pub use signature::{MAX_PNG_BYTES, MAX_SIDE, MIN_SIDE};
pub use walkin::BOX_STORAGE_ID;

/// The key of [`SandboxOptions::default`] (tests, demo mode). `storedesk
/// sandbox` uses a random key instead, unless STOREDESK_SANDBOX_KEY is set.
pub const DEFAULT_KEY: &str = "sandbox-demo-key";
/// The environment variable that sets the sandbox's key.
pub const KEY_ENV: &str = "STOREDESK_SANDBOX_KEY";

/// How to run a sandbox.
#[derive(Clone, PartialEq, Eq)]
pub struct SandboxOptions {
    /// 0 picks a free port.
    pub port: u16,
    pub api_key: String,
    /// Added to every answer.
    pub latency: Duration,
}

impl SandboxOptions {
    /// The key from STOREDESK_SANDBOX_KEY, else a random one (printed at
    /// start); no latency. A well-known key would let anything that reaches
    /// the port read the demo data.
    pub fn from_env(port: u16) -> Self {
        Self {
            port,
            api_key: key_or_random(std::env::var(KEY_ENV).ok()),
            latency: Duration::ZERO,
        }
    }
}

fn key_or_random(value: Option<String>) -> String {
    value
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(random_key)
}

/// "sandbox-" and 32 random hex digits.
fn random_key() -> String {
    let bytes: [u8; 16] = rand::random();
    format!("sandbox-{}", uuid::Uuid::from_bytes(bytes).simple())
}

impl Default for SandboxOptions {
    fn default() -> Self {
        Self {
            port: 0,
            api_key: DEFAULT_KEY.to_owned(),
            latency: Duration::ZERO,
        }
    }
}

impl fmt::Debug for SandboxOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SandboxOptions")
            .field("port", &self.port)
            .field("api_key", &"<redacted>")
            .field("latency", &self.latency)
            .finish()
    }
}

/// A signature the sandbox accepted. Memory only.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceivedSignature {
    /// Lower-case, hyphenated.
    pub booking_id: String,
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub received_at: SystemTime,
}

impl Drop for ReceivedSignature {
    // The customer's signature does not outlive its place in the sandbox.
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.png);
    }
}

impl fmt::Debug for ReceivedSignature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceivedSignature")
            .field("booking_id", &self.booking_id)
            .field("png_bytes", &self.png.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .field("received_at", &self.received_at)
            .finish()
    }
}

/// An id to try in the app or the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoEntry {
    pub kind: IdKind,
    pub id: &'static str,
    pub label: &'static str,
}

/// Every reservation and booking the sandbox serves, with what each shows.
pub fn demo_ids() -> Vec<DemoEntry> {
    fixtures::FILES
        .iter()
        .map(|f| DemoEntry {
            kind: f.kind,
            id: f.id,
            label: f.label,
        })
        .collect()
}

/// A running sandbox. Shuts down on [`Sandbox::shutdown`] or when dropped.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<routes::Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Binds 127.0.0.1:`opts.port` and serves on the caller's tokio runtime.
    pub async fn start(opts: SandboxOptions) -> std::io::Result<Sandbox> {
        // Plain reqwest clients of tests and tools that talk to the sandbox
        // need the TLS crypto in place too (reqwest panics without one).
        crate::api::install_tls_crypto();
        let key = opts.api_key.trim().to_owned();
        if key.is_empty() || key.chars().any(char::is_control) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the sandbox key must be non-empty text without control characters",
            ));
        }
        let catalog = fixtures::catalog().map_err(std::io::Error::other)?;
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, opts.port)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(routes::Shared {
            key,
            latency: opts.latency,
            catalog,
            gate: Default::default(),
            delays: Default::default(),
            signatures: Default::default(),
            signed: Default::default(),
            walkin: Default::default(),
            contract_fault: Default::default(),
            decodes: tokio::sync::Semaphore::new(routes::MAX_CONCURRENT_DECODES),
            insurance: Default::default(),
        });
        let app = routes::router(shared.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let server = axum::serve(listener, app).with_graceful_shutdown(async move {
                // A dropped sender stops the server too.
                let _ = stopped.await;
            });
            if let Err(e) = server.await {
                tracing::warn!(target: "storedesk::sandbox", error = %e, "sandbox server stopped with an error");
            }
            tracing::info!(target: "storedesk::sandbox", %addr, "sandbox stopped");
        });
        tracing::info!(target: "storedesk::sandbox", %addr, "sandbox listening");
        Ok(Sandbox {
            addr,
            shared,
            stop: Some(stop),
            task: Some(task),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// "http://127.0.0.1:PORT".
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn api_key(&self) -> &str {
        &self.shared.key
    }

    /// Every HTTP request received, any path, answered or refused.
    pub fn request_count(&self) -> usize {
        self.shared.gate.counts().received
    }

    /// Requests received, held, answered and abandoned so far (tests wait
    /// on these instead of sleeping).
    pub fn counts(&self) -> GateCounts {
        self.shared.gate.counts()
    }

    /// Holds requests whose path contains `fragment` (case-insensitive; ""
    /// holds all) before they are handled, until [`Sandbox::release`].
    pub fn hold(&self, fragment: &str) {
        self.shared.gate.hold(fragment);
    }

    /// Lets the requests held for `fragment` go on, and later ones pass.
    pub fn release(&self, fragment: &str) {
        self.shared.gate.release(fragment);
    }

    /// Extra latency for requests whose path contains `id` (case-insensitive);
    /// `Duration::ZERO` removes it. Applied before the request is handled, so
    /// a client that gives up first leaves nothing changed.
    pub fn set_delay_for(&self, id: &str, d: Duration) {
        let mut delays = routes::lock(&self.shared.delays);
        let fragment = id.trim().to_ascii_lowercase();
        if d.is_zero() {
            delays.remove(&fragment);
        } else if !fragment.is_empty() {
            delays.insert(fragment, d);
        }
    }

    /// Makes every pre-booking quote of this size answer HTTP 500 (tests:
    /// one of several quotes failing).
    pub fn fail_pre_quote_for_size(&self, size: rust_decimal::Decimal) {
        self.shared.walkin.fail_size(size);
    }

    /// Signatures accepted so far, oldest first.
    pub fn received_signatures(&self) -> Vec<ReceivedSignature> {
        routes::lock(&self.shared.signatures).clone()
    }

    /// Makes the contract endpoints fail in one way (`None`: serve again).
    /// Serves the price list with each size group's id beside its rows
    /// (`storageGroupInfoId` next to `sizeList`) instead of on each row.
    pub fn set_price_list_group_ids_on_groups(&self, on: bool) {
        self.shared
            .walkin
            .group_ids_on_groups
            .store(on, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn set_contract_fault(&self, fault: Option<ContractFault>) {
        *routes::lock(&self.shared.contract_fault) = fault;
    }

    /// Makes the insurance endpoints misbehave in one way (`None`: serve again).
    pub fn set_insurance_fault(&self, fault: Option<InsuranceFault>) {
        *routes::lock(&self.shared.insurance.fault) = fault;
    }

    /// What is linked to `booking` (any case) in this sandbox, if anything.
    pub fn linked_insurance(&self, booking: &str) -> Option<LinkedInsurance> {
        self.shared
            .insurance
            .linked(&booking.trim().to_ascii_lowercase())
    }

    /// Insurance link requests received so far, whatever their answer
    /// (tests: a link is sent once per press).
    pub fn insurance_link_requests(&self) -> usize {
        self.shared.insurance.link_count()
    }

    /// The contract documents served for `booking` now (after a link, the
    /// ones written from the linked quotation), exactly as served.
    pub fn contract_documents_now(&self, booking: &str) -> Vec<ServedDocument> {
        insurance::documents_now(&self.shared, &booking.trim().to_ascii_lowercase())
            .map(|d| d.to_vec())
            .unwrap_or_default()
    }

    /// The contract documents the sandbox serves for `booking`, exactly as
    /// served (tests compare hashes with them).
    pub fn contract_documents(booking: &str) -> Vec<ServedDocument> {
        contract::documents(booking)
            .map(<[_]>::to_vec)
            .unwrap_or_default()
    }

    /// What `storedesk sandbox` prints at start: where, which key, which ids.
    pub fn banner(&self) -> String {
        let mut out = format!(
            "StoRegister sandbox listening on {}\nAPI key: {}  (set {KEY_ENV} to change it)\nTry these ids:\n",
            self.base_url(),
            self.api_key()
        );
        for e in demo_ids() {
            let kind = match e.kind {
                IdKind::Reservation => "reservation",
                IdKind::Booking => "booking    ",
                IdKind::Insurance | IdKind::Price => "id         ",
            };
            out.push_str(&format!("  {kind} {}  {}\n", e.id, e.label));
        }
        out
    }

    /// Stops accepting, lets requests in flight finish (at most 5 s), and
    /// waits until the port is closed.
    pub async fn shutdown(mut self) {
        self.shared.gate.release_all();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(mut task) = self.task.take()
            && tokio::time::timeout(Duration::from_secs(5), &mut task)
                .await
                .is_err()
        {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.shared.gate.release_all();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_comes_from_the_environment_value_or_is_random() {
        let (a, b) = (key_or_random(None), key_or_random(Some("   ".into())));
        assert_ne!(a, DEFAULT_KEY, "no well-known key for `storedesk sandbox`");
        assert_ne!(a, b, "each start has its own key");
        assert!(a.starts_with("sandbox-") && a.len() == 40, "{a}");
        assert_eq!(key_or_random(Some(" my-key \n".into())), "my-key");
        let d = SandboxOptions::default();
        assert_eq!(
            (d.port, d.api_key.as_str(), d.latency),
            (0, DEFAULT_KEY, Duration::ZERO)
        );
    }

    #[test]
    fn debug_output_hides_the_key() {
        let opts = SandboxOptions {
            api_key: "very-secret".into(),
            ..Default::default()
        };
        assert!(!format!("{opts:?}").contains("very-secret"));
    }

    #[test]
    fn demo_ids_cover_every_fixture() {
        let ids = demo_ids();
        assert_eq!(ids.len(), fixtures::FILES.len());
        assert!(ids.iter().any(
            |e| e.kind == IdKind::Reservation && e.id == crate::api::documented::RESERVATION_ID
        ));
        assert!(
            ids.iter()
                .any(|e| e.kind == IdKind::Booking && e.id == crate::api::documented::BOOKING_ID)
        );
        for e in &ids {
            assert!(!e.label.is_empty());
            match e.kind {
                IdKind::Reservation => assert!(crate::api::ReservationId::parse(e.id).is_ok()),
                IdKind::Booking => assert!(crate::api::BookingId::parse(e.id).is_ok()),
                other => panic!("no demo {other:?} ids"),
            }
        }
    }

    #[tokio::test]
    async fn refuses_an_empty_key() {
        let opts = SandboxOptions {
            api_key: " ".into(),
            ..Default::default()
        };
        let e = Sandbox::start(opts).await.unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::InvalidInput);
    }

    #[tokio::test]
    async fn binds_loopback_on_a_free_port_and_prints_a_banner() {
        let sb = Sandbox::start(SandboxOptions::default()).await.unwrap();
        assert!(sb.addr().ip().is_loopback());
        assert_ne!(sb.addr().port(), 0);
        assert_eq!(
            sb.base_url(),
            format!("http://127.0.0.1:{}", sb.addr().port())
        );
        let banner = sb.banner();
        assert!(banner.contains(&sb.base_url()) && banner.contains(DEFAULT_KEY));
        assert!(banner.contains(ids::BERLIN_BOOKING));
        sb.shutdown().await;
    }
}
