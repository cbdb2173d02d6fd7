//! Hostile contract PDFs into the renderer process (issue 25): a tall page,
//! a compression bomb (1 GiB behind two FlateDecode layers), 40 tall pages
//! listed twice, a deep form-XObject fan-out. Each is built here, a few
//! kilobytes. This process (the app's side) stays alive, keeps its memory
//! under a stated cap, and each case ends in pages within the bounds or in
//! a problem the app shows in words.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use storedesk::domain::contract::ContractProblem;
use storedesk::pdf::child::ChildLimits;
use storedesk::pdf::isolated::{self, DEFAULT_LIMITS, RenderFailure, Rendered};

/// What this process may grow by while all four are rendered.
const RSS_CAP_BYTES: u64 = 300 << 20;

/// The app's limits, with less CPU and wall-clock time so the test is quick.
const LIMITS: ChildLimits = ChildLimits {
    cpu_seconds: 3,
    ..DEFAULT_LIMITS
};
const DEADLINE: Duration = Duration::from_secs(15);

/// A PDF from its objects (1-based, object 1 the catalog), with a correct
/// cross-reference table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        writeln!(out, "{} 0 obj", i + 1).unwrap();
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    let size = objects.len() + 1;
    write!(out, "xref\n0 {size}\n0000000000 65535 f \n").unwrap();
    for off in offsets {
        writeln!(out, "{off:010} 00000 n ").unwrap();
    }
    write!(
        out,
        "trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    )
    .unwrap();
    out
}

fn obj(text: &str) -> Vec<u8> {
    text.as_bytes().to_vec()
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// Catalog, page tree of `pages` pages of `w`×`h` points, each drawing
/// `content` (object 3) with `resources`; `extra` objects follow (4…).
fn document(
    pages: usize,
    (w, h): (u32, u32),
    content: Vec<u8>,
    resources: &str,
    extra: Vec<Vec<u8>>,
) -> Vec<u8> {
    let first_page = 4 + extra.len();
    let kids: Vec<String> = (0..pages)
        .map(|i| format!("{} 0 R", first_page + i))
        .collect();
    let mut objects = vec![
        obj("<< /Type /Catalog /Pages 2 0 R >>"),
        obj(&format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        )),
        content,
    ];
    objects.extend(extra);
    for _ in 0..pages {
        objects.push(obj(&format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Contents 3 0 R /Resources << {resources} >> >>"
        )));
    }
    pdf(&objects)
}

fn tall_page() -> Vec<u8> {
    document(
        1,
        (10, 200),
        stream("", b"0 0 1 rg 0 0 10 200 re f"),
        "",
        vec![],
    )
}

fn forty_tall_pages() -> Vec<u8> {
    document(
        40,
        (10, 200),
        stream("", b"0 0 1 rg 0 0 10 200 re f"),
        "",
        vec![],
    )
}

/// Bits into bytes, least significant first (deflate's order).
#[derive(Default)]
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn push(&mut self, value: u64, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// A Huffman code: most significant bit first.
    fn code(&mut self, code: u64, len: u32) {
        let reversed = (0..len).fold(0, |r, i| (r << 1) | ((code >> i) & 1));
        self.push(reversed, len);
    }
    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// A zlib stream of `n` zero bytes in one fixed-Huffman block: a literal 0,
/// then copies of 258 bytes at distance 1 (13 bits each), built directly so
/// the test never holds the gigabyte.
fn zlib_zeros(n: u64) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.push(0b1, 1); // the last block
    bits.push(0b01, 2); // fixed Huffman codes
    let literal_zero = |b: &mut Bits| b.code(0b0011_0000, 8);
    literal_zero(&mut bits);
    let copies = (n - 1) / 258;
    for _ in 0..copies {
        bits.code(0b1100_0101, 8); // length 258
        bits.code(0, 5); // distance 1
    }
    for _ in 0..(n - 1) % 258 {
        literal_zero(&mut bits);
    }
    bits.code(0, 7); // end of block
    let mut out = vec![0x78, 0x01];
    out.extend(bits.finish());
    let b = (n % 65521) as u32;
    out.extend_from_slice(&((b << 16) | 1).to_be_bytes());
    out
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn flate_bomb() -> Vec<u8> {
    let inner = zlib_zeros(1 << 30);
    let outer = zlib(&inner);
    document(
        1,
        (595, 842),
        stream("/Filter [/FlateDecode /FlateDecode]", &outer),
        "",
        vec![],
    )
}

/// Form XObjects 4…(4+DEPTH-1): each draws the next ten times, the last a
/// rectangle; the page draws the first: 10^DEPTH rectangles.
fn xobject_fan_out() -> Vec<u8> {
    const DEPTH: usize = 8;
    let mut extra = Vec::new();
    for level in 0..DEPTH {
        let body = if level + 1 == DEPTH {
            "0 0 1 1 re f".to_owned()
        } else {
            "/X Do ".repeat(10)
        };
        let next = 5 + level;
        let resources = if level + 1 == DEPTH {
            String::new()
        } else {
            format!("/Resources << /XObject << /X {next} 0 R >> >>")
        };
        extra.push(stream(
            &format!("/Type /XObject /Subtype /Form /BBox [0 0 595 842] {resources}"),
            body.as_bytes(),
        ));
    }
    document(
        1,
        (595, 842),
        stream("", b"/X Do"),
        "/XObject << /X 4 0 R >>",
        extra,
    )
}

#[derive(Debug, Default)]
struct Seen {
    opened: Vec<usize>,
    pages: usize,
    failed_pages: usize,
    pixels: u64,
}

fn render(documents: Vec<Vec<u8>>) -> (Seen, Result<(), RenderFailure>) {
    isolated::set_program(env!("CARGO_BIN_EXE_storedesk").into());
    let docs: Vec<Arc<Vec<u8>>> = documents.into_iter().map(Arc::new).collect();
    let mut seen = Seen::default();
    let stop = AtomicBool::new(false);
    let result = isolated::render(&docs, &LIMITS, DEADLINE, &stop, |r| {
        match r {
            Rendered::Opened(counts) => seen.opened = counts,
            Rendered::Page { image: Some(i), .. } => {
                assert!(i.width <= LIMITS.bounds.max_side && i.height <= LIMITS.bounds.max_side);
                seen.pages += 1;
                seen.pixels += u64::from(i.width) * u64::from(i.height);
            }
            Rendered::Page { image: None, .. } => seen.failed_pages += 1,
        }
        true
    });
    (seen, result)
}

/// The words the app shows for a failure (as the worker maps it).
fn message(failure: &RenderFailure) -> String {
    let problem = match failure {
        RenderFailure::Refused { .. } | RenderFailure::TooManyDocuments => {
            ContractProblem::TooBigToShow
        }
        _ => ContractProblem::RendererFailed,
    };
    problem.to_string()
}

fn status(field: &str) -> u64 {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

#[test]
fn hostile_pdfs_end_in_bounded_pages_or_a_message_and_this_process_stays_small() {
    let start = status("VmRSS:");

    // A page 20 times taller than wide: drawn, within the longest side.
    let (seen, result) = render(vec![tall_page()]);
    assert_eq!(result, Ok(()));
    assert_eq!((seen.opened.clone(), seen.pages), (vec![1], 1));

    // 40 tall pages, the document listed twice: drawn within the budget.
    let (seen, result) = render(vec![forty_tall_pages(), forty_tall_pages()]);
    assert_eq!(result, Ok(()));
    assert_eq!(seen.opened, vec![40, 40]);
    assert_eq!(seen.pages + seen.failed_pages, 80);
    assert!(seen.pixels <= LIMITS.bounds.max_total_pixels, "{seen:?}");

    // 1 GiB of zeros behind two FlateDecode layers: the renderer may draw
    // the page (it reads no further than it needs) or die on its memory
    // limit; either way this process gets an answer.
    let bomb = flate_bomb();
    assert!(bomb.len() < 64 * 1024, "{} bytes", bomb.len());
    let (seen, result) = render(vec![bomb]);
    eprintln!("compression bomb: {seen:?} {result:?}");
    match &result {
        Ok(()) => assert_eq!(seen.pages + seen.failed_pages, 1),
        Err(e) => assert!(!message(e).is_empty()),
    }

    // 10^8 nested form XObjects: the CPU limit or the deadline ends it.
    let (seen, result) = render(vec![xobject_fan_out()]);
    eprintln!("XObject fan-out: {seen:?} {result:?}");
    match &result {
        Ok(()) => assert_eq!(seen.pages + seen.failed_pages, 1),
        Err(e) => {
            assert!(
                matches!(e, RenderFailure::Stopped(_) | RenderFailure::Timeout),
                "{e:?}"
            );
            assert!(message(e).contains("could not be drawn"), "{}", message(e));
        }
    }

    // Two documents over the cap are refused before the renderer starts.
    let many = vec![tall_page(); LIMITS.max_documents + 1];
    assert_eq!(render(many).1, Err(RenderFailure::TooManyDocuments));

    let peak = status("VmHWM:");
    assert!(
        peak.saturating_sub(start) < RSS_CAP_BYTES,
        "this process grew from {start} to a peak of {peak} bytes"
    );
}

#[test]
fn a_renderer_that_is_not_a_renderer_is_a_failure_not_a_hang() {
    // Garbage in: the renderer refuses it, the app hears why.
    let (_, result) = render(vec![b"%PDF-1.7\nnot a PDF at all".to_vec()]);
    assert!(
        matches!(result, Err(RenderFailure::Refused { document: 0, .. })),
        "{result:?}"
    );
}
