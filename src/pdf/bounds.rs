//! How big a contract's pages may be drawn, decided before anything is
//! drawn: each page at the asked width unless that makes it taller than
//! [`Bounds::max_side`] or larger than [`Bounds::max_page_pixels`], and the
//! whole document within [`Bounds::max_total_pixels`] (all pages scaled
//! down alike when it is not). Then a page too large for the GPU's textures
//! is shrunk once more where it is shown ([`fit_within`]). Pure.

use super::read::PageImage;

/// Limits for one document's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    /// The width asked for (pixels).
    pub width: u32,
    /// Longest side of a page (pixels).
    pub max_side: u32,
    pub max_page_pixels: u64,
    pub max_total_pixels: u64,
}

/// Pages drawn at less than this scale of the asked width are not worth
/// showing: the document is refused as too large instead.
const MIN_SHARE: f64 = 0.25;

/// The pixel size of each page (`(width, height)` in points as the PDF
/// gives them), or `None` when the document cannot be shown within the
/// bounds. A page of no size is `(0, 0)`: the caller draws it as failed.
pub fn plan(pages_pt: &[(f32, f32)], b: &Bounds) -> Option<Vec<(u32, u32)>> {
    let width = f64::from(b.width.max(1));
    let scales: Vec<f64> = pages_pt
        .iter()
        .map(|&(w, h)| page_scale(f64::from(w), f64::from(h), width, b))
        .collect();
    let total: f64 = pages_pt
        .iter()
        .zip(&scales)
        .map(|(&(w, h), s)| f64::from(w) * s * f64::from(h) * s)
        .sum();
    let budget = b.max_total_pixels as f64;
    let shrink = if total > budget {
        (budget / total).sqrt()
    } else {
        1.0
    };
    if shrink < MIN_SHARE {
        return None;
    }
    Some(
        pages_pt
            .iter()
            .zip(&scales)
            .map(|(&(w, h), s)| size(f64::from(w), f64::from(h), s * shrink))
            .collect(),
    )
}

/// Scale of one page: the asked width, then the side and pixel limits.
fn page_scale(w: f64, h: f64, width: f64, b: &Bounds) -> f64 {
    if !(w.is_finite() && h.is_finite()) || w < 1.0 || h < 1.0 {
        return 0.0;
    }
    let side = f64::from(b.max_side.max(1));
    let by_width = width / w;
    let by_side = side / w.max(h);
    let by_pixels = (b.max_page_pixels as f64 / (w * h)).sqrt();
    by_width.min(by_side).min(by_pixels)
}

/// Whole pixels, rounded down (so a limit is never passed by rounding).
fn size(w: f64, h: f64, scale: f64) -> (u32, u32) {
    let px = |v: f64| {
        let p = (v * scale).floor();
        if p.is_finite() && p >= 1.0 {
            p.min(f64::from(u16::MAX)) as u32
        } else {
            0
        }
    };
    let (pw, ph) = (px(w), px(h));
    if pw == 0 || ph == 0 { (0, 0) } else { (pw, ph) }
}

/// The image shrunk by a whole factor (each output pixel the average of a
/// block) until neither side exceeds `max_side`: no texture larger than the
/// GPU takes. Unchanged when it fits.
pub fn fit_within(image: PageImage, max_side: usize) -> PageImage {
    let (w, h) = (image.width as usize, image.height as usize);
    let max_side = max_side.max(1);
    if w <= max_side && h <= max_side || image.rgba.len() != w * h * 4 {
        return image;
    }
    let k = w.max(h).div_ceil(max_side);
    let (nw, nh) = ((w / k).max(1), (h / k).max(1));
    let mut rgba = vec![0u8; nw * nh * 4];
    for y in 0..nh {
        for x in 0..nw {
            let mut sum = [0u32; 4];
            for dy in 0..k {
                let row = (y * k + dy).min(h - 1) * w;
                for dx in 0..k {
                    let i = (row + (x * k + dx).min(w - 1)) * 4;
                    for (c, s) in sum.iter_mut().enumerate() {
                        *s += u32::from(image.rgba[i + c]);
                    }
                }
            }
            let n = (k * k) as u32;
            let o = (y * nw + x) * 4;
            for c in 0..4 {
                rgba[o + c] = (sum[c] / n) as u8;
            }
        }
    }
    PageImage {
        width: nw as u32,
        height: nh as u32,
        rgba,
        incomplete: image.incomplete,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const B: Bounds = Bounds {
        width: 1280,
        max_side: 4096,
        max_page_pixels: 4_000_000,
        max_total_pixels: 40_000_000,
    };
    const A4: (f32, f32) = (595.0, 842.0);

    #[test]
    fn an_a4_page_gets_the_asked_width() {
        let plan = plan(&[A4], &B).unwrap();
        assert_eq!(plan[0].0, 1280);
        assert_eq!(plan[0].1, 1811);
    }

    #[test]
    fn a_tall_page_is_kept_under_the_longest_side() {
        let (w, h) = plan(&[(10.0, 200.0)], &B).unwrap()[0];
        assert!(h <= B.max_side && w >= 1, "{w}×{h}");
        let (w, h) = plan(&[(1.0, 100_000.0)], &B).unwrap()[0];
        assert!(h <= B.max_side && u64::from(w) * u64::from(h) <= B.max_page_pixels);
    }

    #[test]
    fn empty_or_nonsense_pages_get_no_pixels() {
        let plan = plan(&[(0.0, 842.0), (f32::NAN, 1.0), (-5.0, 3.0)], &B).unwrap();
        assert!(plan.iter().all(|&p| p == (0, 0)));
    }

    #[test]
    fn many_pages_share_the_budget_or_the_document_is_refused() {
        let pages = vec![A4; 40];
        let plan40 = plan(&pages, &B).unwrap();
        let total: u64 = plan40
            .iter()
            .map(|&(w, h)| u64::from(w) * u64::from(h))
            .sum();
        assert!(total <= B.max_total_pixels);
        assert!(plan40[0].0 < 1280, "scaled down alike");
        assert_eq!(plan(&vec![A4; 2000], &B), None);
    }

    #[test]
    fn an_image_larger_than_a_texture_is_shrunk_to_fit() {
        let img = PageImage {
            width: 100,
            height: 2500,
            rgba: vec![200; 100 * 2500 * 4],
            incomplete: false,
        };
        let fitted = fit_within(img, 1024);
        assert!(fitted.width <= 1024 && fitted.height <= 1024);
        assert_eq!(fitted.height, 833);
        assert_eq!(
            fitted.rgba.len(),
            (fitted.width * fitted.height * 4) as usize
        );
        assert!(fitted.rgba.iter().all(|&v| v == 200));
    }
}
