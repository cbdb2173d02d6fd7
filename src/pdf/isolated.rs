//! Contract PDFs drawn in a process of their own, as browsers do: this
//! binary again as `storedesk render-pdf` (hidden), limited in memory and
//! CPU ([`super::child`]), fed the documents on stdin; its page images are
//! read back with strict bounds ([`super::page_stream`]), within a
//! wall-clock deadline and an output cap. A crash, an abort, a signal or a
//! limit hit there is a [`RenderFailure`] here, never a dead app.

use std::io::BufReader;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use super::child::ChildLimits;
use super::page_stream::{self, ReadLimits, Record, Refused, StreamError};
use super::read::{DEFAULT_BOUNDS, PageImage};

/// The subcommand's name (hidden from `--help`).
pub const SUBCOMMAND: &str = "render-pdf";

/// What the app allows the renderer: 1 GiB of address space, 20 s of CPU,
/// 30 s in all, 4 documents of at most 60 pages each.
pub const DEFAULT_LIMITS: ChildLimits = ChildLimits {
    bounds: DEFAULT_BOUNDS,
    max_documents: 4,
    max_pages: 60,
    memory: 1 << 30,
    cpu_seconds: 20,
};
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);

/// What the caller hears, in order: the page counts once every document
/// opened, then each page (`None`: that page could not be drawn).
#[derive(Debug)]
pub enum Rendered {
    Opened(Vec<usize>),
    Page {
        document: usize,
        page: usize,
        image: Option<PageImage>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderFailure {
    #[error("document {document} refused: {why:?}")]
    Refused { document: usize, why: Refused },
    /// Ended by a signal or an exit code before it was done (a crash, an
    /// abort, a memory or CPU limit).
    #[error("the renderer stopped ({0})")]
    Stopped(String),
    #[error("the renderer took too long")]
    Timeout,
    #[error("{0}")]
    Stream(StreamError),
    #[error("the renderer could not be started: {0}")]
    Start(String),
    #[error("too many documents")]
    TooManyDocuments,
}

static PROGRAM: OnceLock<PathBuf> = OnceLock::new();

/// The program to run as the renderer (tests and benches: the built
/// `storedesk` binary). Only the first call counts.
pub fn set_program(path: PathBuf) {
    let _ = PROGRAM.set(path);
}

/// This binary; from a test or bench executable (`target/…/deps/x-hash`),
/// the `storedesk` binary cargo built beside it.
fn program() -> std::io::Result<PathBuf> {
    if let Some(p) = PROGRAM.get() {
        return Ok(p.clone());
    }
    let exe = std::env::current_exe()?;
    if exe.file_stem().is_some_and(|s| s == "storedesk") {
        return Ok(exe);
    }
    let beside = exe
        .parent()
        .and_then(|deps| deps.parent())
        .map(|dir| dir.join(format!("storedesk{}", std::env::consts::EXE_SUFFIX)));
    Ok(beside.filter(|p| p.is_file()).unwrap_or(exe))
}

fn arguments(l: &ChildLimits) -> Vec<String> {
    let b = &l.bounds;
    [
        ("--width", u64::from(b.width)),
        ("--max-side", u64::from(b.max_side)),
        ("--max-page-pixels", b.max_page_pixels),
        ("--max-total-pixels", b.max_total_pixels),
        ("--max-documents", l.max_documents as u64),
        ("--max-pages", l.max_pages as u64),
        ("--memory", l.memory),
        ("--cpu-seconds", l.cpu_seconds),
    ]
    .into_iter()
    .flat_map(|(k, v)| [k.to_owned(), v.to_string()])
    .collect()
}

fn spawn(limits: &ChildLimits) -> Result<Child, RenderFailure> {
    let program = program().map_err(|e| RenderFailure::Start(e.to_string()))?;
    let mut cmd = Command::new(program);
    cmd.arg(SUBCOMMAND)
        .args(arguments(limits))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    // The renderer needs nothing from the environment (no key, no proxy).
    #[cfg(unix)]
    cmd.env_clear();
    cmd.spawn().map_err(|e| RenderFailure::Start(e.to_string()))
}

/// Renders `documents` in a renderer process within `limits` and
/// `deadline`, handing what arrives to `on` (which returns false to stop).
/// `stop` set by another thread ends the process too.
pub fn render(
    documents: &[Arc<Vec<u8>>],
    limits: &ChildLimits,
    deadline: Duration,
    stop: &AtomicBool,
    mut on: impl FnMut(Rendered) -> bool,
) -> Result<(), RenderFailure> {
    if documents.len() > limits.max_documents {
        return Err(RenderFailure::TooManyDocuments);
    }
    let mut child = spawn(limits)?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(RenderFailure::Start("no pipes".into()));
    };
    let child = Mutex::new(child);
    let abandon = AtomicBool::new(false);
    let ends = Instant::now() + deadline;
    std::thread::scope(|s| {
        s.spawn(move || {
            let refs: Vec<&[u8]> = documents.iter().map(|d| d.as_slice()).collect();
            // A renderer that died early closes the pipe: nothing to do.
            let _ = page_stream::write_documents(&mut stdin, &refs);
        });
        let watchdog = s.spawn(|| watch(&child, ends, stop, &abandon));
        let mut reader = BufReader::with_capacity(1 << 16, stdout);
        let read = read_all(&mut reader, documents.len(), limits, &mut on);
        if !matches!(read, Ok(true)) {
            abandon.store(true, Ordering::Relaxed);
        }
        drop(reader);
        let ended = watchdog.join().unwrap_or(Watch::Killed);
        outcome(read, ended)
    })
}

/// What the watchdog saw.
enum Watch {
    Exited(ExitStatus),
    TimedOut,
    /// Killed because the caller stopped or the output was wrong.
    Killed,
}

/// Waits for the renderer to exit; kills it at the deadline or when asked.
fn watch(child: &Mutex<Child>, ends: Instant, stop: &AtomicBool, abandon: &AtomicBool) -> Watch {
    let lock = || child.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        if let Ok(Some(status)) = lock().try_wait() {
            return Watch::Exited(status);
        }
        let late = Instant::now() >= ends;
        if late || stop.load(Ordering::Relaxed) || abandon.load(Ordering::Relaxed) {
            let mut c = lock();
            let _ = c.kill();
            let _ = c.wait();
            return if late { Watch::TimedOut } else { Watch::Killed };
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn outcome(read: Result<bool, RenderFailure>, ended: Watch) -> Result<(), RenderFailure> {
    match (read, ended) {
        // Everything arrived (or the caller stopped): how it exited is moot.
        (Ok(_), _) => Ok(()),
        (Err(e @ RenderFailure::Refused { .. }), _) => Err(e),
        (Err(_), Watch::TimedOut) => Err(RenderFailure::Timeout),
        (Err(_), Watch::Exited(status)) if !status.success() => {
            Err(RenderFailure::Stopped(describe(status)))
        }
        (Err(e), _) => Err(e),
    }
}

fn describe(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("signal {signal}");
        }
    }
    status.to_string()
}

/// Reads and checks the renderer's records. `Ok(true)`: every page
/// arrived; `Ok(false)`: the caller stopped.
fn read_all(
    r: &mut impl std::io::Read,
    documents: usize,
    limits: &ChildLimits,
    on: &mut impl FnMut(Rendered) -> bool,
) -> Result<bool, RenderFailure> {
    let read_limits = ReadLimits {
        max_side: limits.bounds.max_side,
        max_page_pixels: limits.bounds.max_page_pixels,
    };
    let mut next = || page_stream::read_record(r, &read_limits).map_err(RenderFailure::Stream);
    let mut counts = Vec::with_capacity(documents);
    while counts.len() < documents {
        match next()? {
            Some(Record::Opened { document, pages })
                if document as usize == counts.len() && pages as usize <= limits.max_pages =>
            {
                counts.push(pages as usize);
            }
            Some(Record::Refused { document, why }) => {
                return Err(RenderFailure::Refused {
                    document: document as usize,
                    why,
                });
            }
            Some(_) => return Err(bad("a page before the documents")),
            None => return Err(RenderFailure::Stream(StreamError::Truncated)),
        }
    }
    if !on(Rendered::Opened(counts.clone())) {
        return Ok(false);
    }
    let mut pixels = 0u64;
    for (document, &count) in counts.iter().enumerate() {
        for page in 0..count {
            let (doc, pg, image) = match next()? {
                Some(Record::Page {
                    document,
                    page,
                    image,
                }) => (document, page, Some(image)),
                Some(Record::PageFailed { document, page }) => (document, page, None),
                Some(_) => return Err(bad("a record out of place")),
                None => return Err(RenderFailure::Stream(StreamError::Truncated)),
            };
            if (doc as usize, pg as usize) != (document, page) {
                return Err(bad("pages out of order"));
            }
            pixels += image
                .as_ref()
                .map_or(0, |i| u64::from(i.width) * u64::from(i.height));
            if pixels > limits.bounds.max_total_pixels {
                return Err(bad("more pixels than allowed"));
            }
            if !on(Rendered::Page {
                document,
                page,
                image,
            }) {
                return Ok(false);
            }
        }
    }
    match next()? {
        None => Ok(true),
        Some(_) => Err(bad("records after the last page")),
    }
}

fn bad(what: &'static str) -> RenderFailure {
    RenderFailure::Stream(StreamError::Malformed(what))
}
