//! Rendering the smoothed strokes into pixels and a PNG.

use super::*;

#[derive(Clone, Copy)]
pub(super) struct Disc {
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) r: f32,
}

/// Adds one stroke as filled geometry: a disc at both ends and at visible joints, and a
/// trapezoid for each piece (width interpolated from one end to the other). All contours are
/// clockwise on screen, like tiny-skia's circles.
pub(super) fn add_stroke_outline(
    ink: &[InkPoint],
    to_px: &impl Fn(&InkPoint) -> Disc,
    path: &mut PathBuilder,
) {
    let Some(first) = ink.first() else {
        return;
    };
    let mut prev = to_px(first);
    path.push_circle(prev.x, prev.y, prev.r);
    let mut prev_dir: Option<(f32, f32)> = None;
    for p in &ink[1..] {
        let cur = to_px(p);
        let (dx, dy) = (cur.x - prev.x, cur.y - prev.y);
        let len = dx.hypot(dy);
        if len <= 1e-3 || !len.is_finite() {
            continue;
        }
        let (ux, uy) = (dx / len, dy / len);
        if let Some((px, py)) = prev_dir {
            // Gap left at the outside of a turn by two flat-ended pieces: r * (1 - cos(a/2)).
            let cos = (px * ux + py * uy).clamp(-1.0, 1.0);
            if prev.r * (1.0 - ((1.0 + cos) / 2.0).sqrt()) > JOINT_GAP_PX {
                path.push_circle(prev.x, prev.y, prev.r);
            }
        }
        let (nx, ny) = (-uy, ux);
        path.move_to(prev.x + nx * prev.r, prev.y + ny * prev.r);
        path.line_to(prev.x - nx * prev.r, prev.y - ny * prev.r);
        path.line_to(cur.x - nx * cur.r, cur.y - ny * cur.r);
        path.line_to(cur.x + nx * cur.r, cur.y + ny * cur.r);
        path.close();
        prev = cur;
        prev_dir = Some((ux, uy));
    }
    if prev_dir.is_some() {
        path.push_circle(prev.x, prev.y, prev.r);
    }
}

/// Axis-aligned bounds in pad-height units.
#[derive(Clone, Copy)]
pub(super) struct Bounds {
    pub(super) min_x: f32,
    pub(super) min_y: f32,
    pub(super) max_x: f32,
    pub(super) max_y: f32,
}

impl Bounds {
    pub(super) const EMPTY: Self = Self {
        min_x: f32::INFINITY,
        min_y: f32::INFINITY,
        max_x: f32::NEG_INFINITY,
        max_y: f32::NEG_INFINITY,
    };

    pub(super) fn add(&mut self, x: f32, y: f32, r: f32) {
        self.min_x = self.min_x.min(x - r);
        self.min_y = self.min_y.min(y - r);
        self.max_x = self.max_x.max(x + r);
        self.max_y = self.max_y.max(y + r);
    }

    pub(super) fn width(&self) -> f32 {
        (self.max_x - self.min_x).max(0.0)
    }

    pub(super) fn height(&self) -> f32 {
        (self.max_y - self.min_y).max(0.0)
    }

    /// Largest uniform scale that fits these bounds into `w` x `h` (1.0 when degenerate).
    pub(super) fn fit_scale(&self, w: f32, h: f32) -> f32 {
        let s = (w / self.width()).min(h / self.height());
        if s.is_finite() && s > 0.0 { s } else { 1.0 }
    }
}

/// A `Write` sink whose buffer is wiped on drop and on every reallocation.
pub(super) struct ZeroizingWriter(Zeroizing<Vec<u8>>);

impl Write for ZeroizingWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let needed = self.0.len() + data.len();
        if needed > self.0.capacity() {
            let mut bigger = Zeroizing::new(Vec::with_capacity(needed.max(self.0.capacity() * 2)));
            bigger.extend_from_slice(&self.0);
            self.0 = bigger; // the old buffer is wiped when dropped here
        }
        self.0.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

pub(super) fn encode_png(rgba: &[u8], width: u32, height: u32) -> Option<Zeroizing<Vec<u8>>> {
    use image::ImageEncoder as _;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};

    let mut out = ZeroizingWriter(Zeroizing::new(Vec::with_capacity(64 * 1024)));
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Adaptive)
        .write_image(rgba, width, height, image::ExtendedColorType::Rgba8)
        .ok()?;
    Some(out.0)
}
