//! The renderer process (`storedesk render-pdf`, hidden): contract PDFs
//! come in on stdin, page images go out on stdout ([`super::page_stream`]).
//! It first caps its own address space, CPU time and file sizes (Linux), so
//! a PDF that would take all memory or spin ends this process only; the app
//! reads a crash here as a damaged document.

use std::io::{BufWriter, Write};
use std::sync::Arc;

use super::bounds::{Bounds, plan};
use super::page_stream::{self, Refused};
use super::read::{PdfReader, ReadError};
use crate::api::documents::MAX_DOCUMENT_BYTES;

/// What the app asks of the renderer (its command-line arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChildLimits {
    pub bounds: Bounds,
    pub max_documents: usize,
    pub max_pages: usize,
    /// Address space, bytes.
    pub memory: u64,
    /// CPU seconds.
    pub cpu_seconds: u64,
}

/// Runs the renderer on stdin/stdout; the process's exit code.
pub fn run(limits: &ChildLimits) -> i32 {
    if let Err(e) = limit_self(limits) {
        eprintln!("render-pdf: limits not set: {e}");
        return 3;
    }
    let mut input = std::io::stdin().lock();
    let max_bytes = MAX_DOCUMENT_BYTES + 1;
    let documents = match page_stream::read_documents(&mut input, limits.max_documents, max_bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("render-pdf: {e}");
            return 2;
        }
    };
    // Nothing else is read: stdin closed, so it cannot be used to wait.
    drop(input);
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    match render_all(documents, limits, &mut out).and_then(|()| out.flush()) {
        Ok(()) => 0,
        // The app went away or stopped reading: nothing to say to anyone.
        Err(_) => 1,
    }
}

fn render_all(
    documents: Vec<Vec<u8>>,
    limits: &ChildLimits,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let per_document = Bounds {
        max_total_pixels: limits.bounds.max_total_pixels / documents.len().max(1) as u64,
        ..limits.bounds
    };
    let mut opened = Vec::new();
    for (index, bytes) in documents.into_iter().enumerate() {
        let doc = index as u32;
        match open(bytes, limits.max_pages, &per_document) {
            Ok((reader, sizes)) => {
                page_stream::write_opened(out, doc, sizes.len() as u32)?;
                opened.push((reader, sizes));
            }
            Err(why) => {
                page_stream::write_refused(out, doc, why)?;
                return Ok(());
            }
        }
    }
    // The page counts reach the app before the first page is drawn.
    out.flush()?;
    for (index, (reader, sizes)) in opened.iter().enumerate() {
        let doc = index as u32;
        let mut renderer = reader.renderer();
        for (page, size) in sizes.iter().enumerate() {
            match renderer.page(page, *size) {
                Ok(image) => page_stream::write_page(out, doc, page as u32, &image)?,
                Err(_) => page_stream::write_page_failed(out, doc, page as u32)?,
            }
            out.flush()?;
        }
    }
    Ok(())
}

/// Opens a document and plans its pages' sizes, or says why not.
fn open(
    bytes: Vec<u8>,
    max_pages: usize,
    bounds: &Bounds,
) -> Result<(PdfReader, Vec<(u32, u32)>), Refused> {
    let reader = PdfReader::open(Arc::new(bytes)).map_err(|e| match e {
        ReadError::Encrypted => Refused::Encrypted,
        ReadError::NoPages => Refused::NoPages,
        ReadError::Damaged => Refused::Damaged,
    })?;
    if reader.page_count() > max_pages {
        return Err(Refused::TooManyPages);
    }
    let sizes = plan(&reader.page_sizes(), bounds).ok_or(Refused::TooLarge)?;
    Ok((reader, sizes))
}

/// Linux: address space, CPU time, no file written, no core dump. Set by
/// the process on itself before it reads a byte of the document (safe
/// calls, no `pre_exec`). Elsewhere the app's deadline and output caps
/// still hold.
fn limit_self(limits: &ChildLimits) -> Result<(), String> {
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let set = |resource, value: u64| {
            setrlimit(
                resource,
                Rlimit {
                    current: Some(value),
                    maximum: Some(value),
                },
            )
            .map_err(|e| format!("{resource:?}: {e}"))
        };
        set(Resource::As, limits.memory)?;
        set(Resource::Cpu, limits.cpu_seconds)?;
        set(Resource::Fsize, 0)?;
        set(Resource::Core, 0)?;
    }
    #[cfg(not(target_os = "linux"))]
    let _ = limits;
    Ok(())
}
