//! The renderer process's protocol, both ways, with strict bounds on what
//! is read.
//!
//! In (stdin): `u32` document count, then per document a `u32` length and
//! its bytes. Out (stdout), records of `[tag: u8][length: u32][payload]`,
//! every integer big-endian:
//! - `D` document opened: `u32` document, `u32` page count;
//! - `E` document refused: `u32` document, `u8` reason (1 encrypted,
//!   2 damaged, 3 no pages, 4 too many pages, 5 too large);
//! - `P` page: `u32` document, `u32` page, `u32` width, `u32` height,
//!   `u8` incomplete, then width × height × 4 bytes of RGBA;
//! - `F` page that could not be drawn: `u32` document, `u32` page.
//!
//! Every `D`/`E` comes first, in document order; then pages in order.

use std::io::{self, Read, Write};

use super::read::PageImage;

/// Why the renderer refused a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Refused {
    Encrypted = 1,
    Damaged = 2,
    NoPages = 3,
    TooManyPages = 4,
    TooLarge = 5,
}

impl Refused {
    fn from_byte(b: u8) -> Option<Self> {
        Some(match b {
            1 => Self::Encrypted,
            2 => Self::Damaged,
            3 => Self::NoPages,
            4 => Self::TooManyPages,
            5 => Self::TooLarge,
            _ => return None,
        })
    }
}

/// One record from the renderer.
#[derive(Debug, PartialEq)]
pub enum Record {
    Opened {
        document: u32,
        pages: u32,
    },
    Refused {
        document: u32,
        why: Refused,
    },
    Page {
        document: u32,
        page: u32,
        image: PageImage,
    },
    PageFailed {
        document: u32,
        page: u32,
    },
}

/// What the reading side accepts.
#[derive(Debug, Clone, Copy)]
pub struct ReadLimits {
    pub max_side: u32,
    pub max_page_pixels: u64,
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum StreamError {
    #[error("the renderer's output broke off")]
    Truncated,
    #[error("the renderer's output is malformed ({0})")]
    Malformed(&'static str),
}

const HEADER: usize = 5;
const PAGE_HEAD: usize = 17;

fn be(bytes: &[u8], at: usize) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u32::from_be_bytes(b)
}

/// Reads the next record; `Ok(None)` at a clean end. Nothing larger than
/// `limits` allows is allocated.
pub fn read_record(r: &mut impl Read, limits: &ReadLimits) -> Result<Option<Record>, StreamError> {
    let mut head = [0u8; HEADER];
    match read_full(r, &mut head)? {
        0 => return Ok(None),
        HEADER => {}
        _ => return Err(StreamError::Truncated),
    }
    let tag = head[0];
    let len = be(&head, 1) as usize;
    let max_len = PAGE_HEAD as u64 + limits.max_page_pixels.saturating_mul(4);
    if len as u64 > max_len {
        return Err(StreamError::Malformed("record too large"));
    }
    let want = match tag {
        b'D' | b'F' => 8,
        b'E' => 9,
        b'P' => len.max(PAGE_HEAD),
        _ => return Err(StreamError::Malformed("unknown record")),
    };
    if len != want {
        return Err(StreamError::Malformed("record length"));
    }
    if tag == b'P' {
        return read_page(r, len, limits).map(Some);
    }
    let mut body = [0u8; 9];
    if read_full(r, &mut body[..len])? != len {
        return Err(StreamError::Truncated);
    }
    let (document, n) = (be(&body, 0), be(&body, 4));
    Ok(Some(match tag {
        b'D' => Record::Opened { document, pages: n },
        b'F' => Record::PageFailed { document, page: n },
        _ => Record::Refused {
            document,
            why: Refused::from_byte(body[8]).ok_or(StreamError::Malformed("reason"))?,
        },
    }))
}

fn read_page(r: &mut impl Read, len: usize, limits: &ReadLimits) -> Result<Record, StreamError> {
    let mut head = [0u8; PAGE_HEAD];
    if read_full(r, &mut head)? != PAGE_HEAD {
        return Err(StreamError::Truncated);
    }
    let (document, page) = (be(&head, 0), be(&head, 4));
    let (width, height) = (be(&head, 8), be(&head, 12));
    let pixels = u64::from(width) * u64::from(height);
    let fits = width >= 1
        && height >= 1
        && width <= limits.max_side
        && height <= limits.max_side
        && pixels <= limits.max_page_pixels;
    if !fits || len as u64 != PAGE_HEAD as u64 + pixels * 4 || head[16] > 1 {
        return Err(StreamError::Malformed("page size"));
    }
    let mut rgba = vec![0u8; len - PAGE_HEAD];
    if read_full(r, &mut rgba)? != rgba.len() {
        return Err(StreamError::Truncated);
    }
    Ok(Record::Page {
        document,
        page,
        image: PageImage {
            width,
            height,
            rgba,
            incomplete: head[16] == 1,
        },
    })
}

/// Reads until `buf` is full or the stream ends; how much was read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> Result<usize, StreamError> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return Err(StreamError::Truncated),
        }
    }
    Ok(got)
}

fn record(w: &mut impl Write, tag: u8, parts: &[&[u8]]) -> io::Result<()> {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    let len = u32::try_from(len).map_err(|_| io::Error::other("record too large"))?;
    w.write_all(&[tag])?;
    w.write_all(&len.to_be_bytes())?;
    for p in parts {
        w.write_all(p)?;
    }
    Ok(())
}

pub fn write_opened(w: &mut impl Write, document: u32, pages: u32) -> io::Result<()> {
    record(w, b'D', &[&document.to_be_bytes(), &pages.to_be_bytes()])
}

pub fn write_refused(w: &mut impl Write, document: u32, why: Refused) -> io::Result<()> {
    record(
        w,
        b'E',
        &[&document.to_be_bytes(), &0u32.to_be_bytes(), &[why as u8]],
    )
}

pub fn write_page(
    w: &mut impl Write,
    document: u32,
    page: u32,
    image: &PageImage,
) -> io::Result<()> {
    record(
        w,
        b'P',
        &[
            &document.to_be_bytes(),
            &page.to_be_bytes(),
            &image.width.to_be_bytes(),
            &image.height.to_be_bytes(),
            &[u8::from(image.incomplete)],
            &image.rgba,
        ],
    )
}

pub fn write_page_failed(w: &mut impl Write, document: u32, page: u32) -> io::Result<()> {
    record(w, b'F', &[&document.to_be_bytes(), &page.to_be_bytes()])
}

/// The documents for the renderer's stdin.
pub fn write_documents(w: &mut impl Write, documents: &[&[u8]]) -> io::Result<()> {
    let count = u32::try_from(documents.len()).map_err(|_| io::Error::other("too many"))?;
    w.write_all(&count.to_be_bytes())?;
    for d in documents {
        let len = u32::try_from(d.len()).map_err(|_| io::Error::other("too large"))?;
        w.write_all(&len.to_be_bytes())?;
        w.write_all(d)?;
    }
    w.flush()
}

/// The renderer's side of [`write_documents`]: at most `max_documents`,
/// each at most `max_bytes`.
pub fn read_documents(
    r: &mut impl Read,
    max_documents: usize,
    max_bytes: usize,
) -> Result<Vec<Vec<u8>>, StreamError> {
    let mut word = [0u8; 4];
    if read_full(r, &mut word)? != 4 {
        return Err(StreamError::Truncated);
    }
    let count = u32::from_be_bytes(word) as usize;
    if count > max_documents {
        return Err(StreamError::Malformed("too many documents"));
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if read_full(r, &mut word)? != 4 {
            return Err(StreamError::Truncated);
        }
        let len = u32::from_be_bytes(word) as usize;
        if len > max_bytes {
            return Err(StreamError::Malformed("document too large"));
        }
        let mut bytes = vec![0u8; len];
        if read_full(r, &mut bytes)? != len {
            return Err(StreamError::Truncated);
        }
        out.push(bytes);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: ReadLimits = ReadLimits {
        max_side: 64,
        max_page_pixels: 1024,
    };

    fn page(w: u32, h: u32) -> PageImage {
        PageImage {
            width: w,
            height: h,
            rgba: vec![7; (w * h * 4) as usize],
            incomplete: true,
        }
    }

    #[test]
    fn records_round_trip() {
        let mut out = Vec::new();
        write_opened(&mut out, 0, 3).unwrap();
        write_refused(&mut out, 1, Refused::TooLarge).unwrap();
        write_page(&mut out, 0, 0, &page(4, 8)).unwrap();
        write_page_failed(&mut out, 0, 1).unwrap();
        let mut r = out.as_slice();
        let mut got = Vec::new();
        while let Some(rec) = read_record(&mut r, &L).unwrap() {
            got.push(rec);
        }
        assert_eq!(
            got,
            vec![
                Record::Opened {
                    document: 0,
                    pages: 3
                },
                Record::Refused {
                    document: 1,
                    why: Refused::TooLarge
                },
                Record::Page {
                    document: 0,
                    page: 0,
                    image: page(4, 8)
                },
                Record::PageFailed {
                    document: 0,
                    page: 1
                },
            ]
        );
    }

    #[test]
    fn oversized_or_inconsistent_pages_are_refused_before_allocating() {
        for (w, h) in [(65, 1), (1, 65), (40, 40), (0, 5)] {
            let mut out = Vec::new();
            out.push(b'P');
            let len = 17u32 + w * h * 4;
            out.extend_from_slice(&len.to_be_bytes());
            for v in [0, 0, w, h] {
                out.extend_from_slice(&v.to_be_bytes());
            }
            out.push(0);
            assert!(read_record(&mut out.as_slice(), &L).is_err(), "{w}×{h}");
        }
        // A length that claims 4 GiB.
        let huge = [b'P', 0xff, 0xff, 0xff, 0xff];
        assert_eq!(
            read_record(&mut huge.as_slice(), &L),
            Err(StreamError::Malformed("record too large"))
        );
        // Cut short.
        let mut out = Vec::new();
        write_page(&mut out, 0, 0, &page(4, 4)).unwrap();
        out.truncate(out.len() - 1);
        assert_eq!(
            read_record(&mut out.as_slice(), &L),
            Err(StreamError::Truncated)
        );
    }

    #[test]
    fn documents_round_trip_within_their_caps() {
        let mut input = Vec::new();
        write_documents(&mut input, &[b"%PDF-a", b"%PDF-bc"]).unwrap();
        let docs = read_documents(&mut input.as_slice(), 4, 100).unwrap();
        assert_eq!(docs, vec![b"%PDF-a".to_vec(), b"%PDF-bc".to_vec()]);
        assert!(read_documents(&mut input.as_slice(), 1, 100).is_err());
        assert!(read_documents(&mut input.as_slice(), 4, 6).is_err());
    }
}
