//! The sandbox's contract as the app draws it (issue 21): the first page of
//! the Lyon lease rendered by hayro (it names the booking's insurance since
//! issue 28), compared with a stored ink map (where
//! on the page there is print, on a 16 × 22 grid). A map, not a pixel hash:
//! anti-aliasing may differ by a shade between CPUs (SIMD levels), the
//! layout may not. The rendering is also the same twice in a row.

use std::sync::Arc;

use storedesk::pdf::read::{PageImage, PdfReader};
use storedesk::sandbox::{Sandbox, ids};

const COLS: usize = 16;
const ROWS: usize = 22;

/// '#' where a cell holds print (over 0.5 % of its pixels dark), '.' elsewhere.
const LYON_LEASE_PAGE_1: &str = "\
................
.##########.....
......##........
.##...##........
..#...######....
......######....
......#####.....
.###..###.......
.###..###.......
......#######...
.###..#######...
.#########.#.##.
.######.####.##.
.######.####.##.
.######.####.##.
.#####..####.##.
.####...####.##.
.######.####.##.
.######.####.##.
.###............
................
................";

fn first_page(width: u32) -> PageImage {
    let lease = Sandbox::contract_documents(ids::LYON_BOOKING)
        .remove(0)
        .bytes;
    let reader = PdfReader::open(Arc::new(lease)).expect("the lease opens");
    let mut first = None;
    reader.render_pages(width, |_, page| {
        first = Some(page.expect("drawn"));
        false
    });
    first.expect("one page")
}

fn ink_map(page: &PageImage) -> String {
    let (w, h) = (page.width as usize, page.height as usize);
    let mut dark = vec![0usize; COLS * ROWS];
    for y in 0..h {
        for x in 0..w {
            let i = (y * w + x) * 4;
            let lum = (page.rgba[i] as u32 + page.rgba[i + 1] as u32 + page.rgba[i + 2] as u32) / 3;
            if lum < 160 {
                dark[(y * ROWS / h) * COLS + x * COLS / w] += 1;
            }
        }
    }
    let cell = (w / COLS) * (h / ROWS);
    (0..ROWS)
        .map(|r| {
            (0..COLS)
                .map(|c| {
                    if dark[r * COLS + c] * 200 > cell {
                        '#'
                    } else {
                        '.'
                    }
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_lyon_lease_renders_as_stored() {
    let page = first_page(400);
    assert_eq!(page.width, 400);
    assert!(!page.incomplete, "drawn fully");
    let map = ink_map(&page);
    let differing = map
        .chars()
        .zip(LYON_LEASE_PAGE_1.chars())
        .filter(|(a, b)| a != b)
        .count();
    assert!(
        map.len() == LYON_LEASE_PAGE_1.len() && differing <= 3,
        "{differing} cells differ; the page now looks like:\n{map}"
    );
}

#[test]
fn the_same_page_renders_to_the_same_pixels_twice() {
    assert_eq!(first_page(300), first_page(300));
}
