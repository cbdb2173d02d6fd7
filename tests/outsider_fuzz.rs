//! Bounded fuzzing where outsiders reach (issue 25): the tablet link's
//! frames and messages before and after the handshake (parsers, and a live
//! listener on loopback), the renderer's output and input streams, the
//! prefilled-document list, and PDF bytes into the renderer process (seeded
//! with the sandbox's leases and hostile shapes). Nothing may panic, hang
//! or take more than its bounds. CI runs a few hundred inputs each (the
//! renderer process a few dozen); `scripts/fuzz-long.sh` runs many more.

use std::net::SocketAddr;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use storedesk::api::documents::parse_document_list;
use storedesk::pairing::PairingSecret;
use storedesk::pairing::kiosk_server::KioskServer;
use storedesk::pairing::messages::{self, DeskMessage, KioskMessage, PairHello};
use storedesk::pairing::noise::Handshake;
use storedesk::pairing::wire;
use storedesk::pdf::child::ChildLimits;
use storedesk::pdf::isolated::{self, DEFAULT_LIMITS, RenderFailure, Rendered};
use storedesk::pdf::page_stream::{self, ReadLimits};
use storedesk::sandbox::{Sandbox, ids};
use storedesk::secrets::MemoryStore;
use tokio::io::AsyncWriteExt;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(cases),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/fuzz-regressions/outsider_fuzz.txt",
        ))),
        ..ProptestConfig::default()
    }
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
    })
}

/// One listener on loopback for every case.
fn tablet() -> &'static (KioskServer, SocketAddr) {
    static TABLET: OnceLock<(KioskServer, SocketAddr)> = OnceLock::new();
    TABLET.get_or_init(|| {
        runtime().block_on(async {
            let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
            // Its events are drained and dropped.
            tokio::spawn(async move { while rx.recv().await.is_some() {} });
            let bind: SocketAddr = "127.0.0.1:0".parse().unwrap();
            let server = KioskServer::start(bind, "Fuzz", Arc::new(MemoryStore::new()), tx)
                .await
                .expect("listener");
            server.open_pairing("123456".into());
            let addr = server.local_addr();
            (server, addr)
        })
    })
}

/// Bytes in, the connection closed by us; the tablet must answer or hang up
/// (never hang: the guard fails the case).
fn send_to_tablet(bytes: &[u8]) {
    let (_, addr) = tablet();
    runtime().block_on(async {
        let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
        let _ = s.write_all(bytes).await;
        let _ = s.shutdown().await;
        let drained = tokio::time::timeout(Duration::from_secs(30), async {
            while let Ok((_, _)) = wire::read_frame(&mut s).await {}
        })
        .await;
        assert!(drained.is_ok(), "the tablet kept a closed connection open");
    });
}

fn frame(kind: u8, body: &[u8]) -> Vec<u8> {
    let mut out = ((body.len() + 1) as u16).to_be_bytes().to_vec();
    out.push(kind);
    out.extend_from_slice(body);
    out
}

/// The sandbox's leases and terms, and shapes renderers trip on.
fn pdf_seeds() -> &'static [Vec<u8>] {
    static SEEDS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut seeds: Vec<Vec<u8>> = [ids::LYON_BOOKING]
            .iter()
            .flat_map(|b| Sandbox::contract_documents(b))
            .map(|d| d.bytes)
            .collect();
        for (w, h) in [(10, 200), (2000, 1), (0, 0), (14400, 14400)] {
            seeds.push(tiny_pdf(w, h, b"0 0 1 rg 0 0 10 10 re f"));
        }
        seeds.push(tiny_pdf(595, 842, b"/X Do /X Do /X Do"));
        seeds
    })
}

fn tiny_pdf(w: u32, h: u32, content: &[u8]) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Contents 4 0 R >>"),
        format!(
            "<< /Length {} >>\nstream\n{}\nendstream",
            content.len(),
            String::from_utf8_lossy(content)
        ),
    ];
    let mut out = String::from("%PDF-1.7\n");
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.push_str(&format!("{} 0 obj\n{o}\nendobj\n", i + 1));
    }
    let xref = out.len();
    out.push_str("xref\n0 5\n0000000000 65535 f \n");
    for off in offsets {
        out.push_str(&format!("{off:010} 00000 n \n"));
    }
    out.push_str(&format!(
        "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ));
    out.into_bytes()
}

/// A seed with some bytes overwritten, some cut, or some inserted.
fn mutated_pdf() -> impl Strategy<Value = Vec<u8>> {
    let seeds = pdf_seeds().len();
    (
        0..seeds,
        proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..32),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(|(seed, edits, cut, truncate)| {
            let mut bytes = pdf_seeds()[seed].clone();
            for (at, b) in edits {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            if truncate {
                bytes.truncate(cut.index(bytes.len()).max(8));
            }
            bytes
        })
}

const QUICK: ChildLimits = ChildLimits {
    cpu_seconds: 2,
    ..DEFAULT_LIMITS
};

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn frames_and_messages_before_the_handshake_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        runtime().block_on(async {
            let _ = wire::read_frame(&mut bytes.as_slice()).await;
        });
        let _ = messages::decode::<DeskMessage>(&bytes);
        let _ = messages::decode::<KioskMessage>(&bytes);
        let _ = messages::decode::<PairHello>(&bytes);
        let secret = PairingSecret::from_bytes(&[7; 32]).unwrap();
        let mut hs = Handshake::responder(&secret, b"fuzz").unwrap();
        let _ = hs.read(&bytes);
    }

    #[test]
    fn sealed_frames_after_the_handshake_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let secret = PairingSecret::from_bytes(&[7; 32]).unwrap();
        let mut desk = Handshake::initiator(&secret, b"fuzz").unwrap();
        let mut tablet = Handshake::responder(&secret, b"fuzz").unwrap();
        let m1 = desk.write(&[]).unwrap();
        tablet.read(&m1).unwrap();
        let m2 = tablet.write(&[]).unwrap();
        desk.read(&m2).unwrap();
        let mut session = tablet.into_session().unwrap();
        prop_assert!(session.open(&bytes).is_err());
    }

    #[test]
    fn a_live_tablet_survives_any_first_frames(
        kind in 0u8..6,
        body in proptest::collection::vec(any::<u8>(), 0..200),
        tail in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut bytes = frame(kind, &body);
        bytes.extend_from_slice(&tail);
        send_to_tablet(&bytes);
    }

    #[test]
    fn the_renderers_output_is_read_within_bounds(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        let limits = ReadLimits { max_side: 64, max_page_pixels: 256 };
        let mut r = bytes.as_slice();
        while let Ok(Some(_)) = page_stream::read_record(&mut r, &limits) {}
        let _ = page_stream::read_documents(&mut bytes.as_slice(), 4, 1024);
    }

    #[test]
    fn the_prefilled_document_list_never_panics(json in "[\\[\\]{}\",:a-zA-Z0-9 ]{0,200}") {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&json) {
            let _ = parse_document_list(&value);
        }
    }
}

proptest! {
    // Each case starts a renderer process: fewer of them.
    #![proptest_config(config(24))]

    #[test]
    fn pdf_bytes_into_the_renderer_end_in_pages_or_a_failure(pdf in mutated_pdf()) {
    isolated::set_program(env!("CARGO_BIN_EXE_storedesk").into());
        let stop = AtomicBool::new(false);
        let mut pages = 0usize;
        let result = isolated::render(
            &[Arc::new(pdf)],
            &QUICK,
            Duration::from_secs(10),
            &stop,
            |r| {
                if let Rendered::Page { .. } = r {
                    pages += 1;
                }
                true
            },
        );
        prop_assert!(
            !matches!(result, Err(RenderFailure::Start(_))),
            "the renderer did not start: {result:?}"
        );
    }
}
