//! The ink on the signature pad, painted so that a frame stays cheap however
//! long the signature: the finished strokes are tessellated once into a mesh,
//! and the stroke under the pen in pieces of [`PIECE`] smoothed points, of
//! which only the pieces whose points changed since the last frame (the one
//! at the pen, as a rule) are tessellated again. Every pointer event of a
//! frame is still painted in that frame: the stroke under the pen is smoothed
//! again each frame and compared piece by piece, so nothing relies on the
//! smoothing leaving earlier points alone.
//!
//! The caches hold the drawing's geometry only in memory and overwrite it
//! when it is replaced or dropped, like the pad itself.

use std::sync::Arc;

use zeroize::Zeroize;

use crate::domain::signature::{DEFAULT_INK, SignaturePad, SmoothedPoint, SmoothingOptions};
use crate::ui::widgets::palette;

/// Smoothed points per cached piece of the stroke under the pen.
const PIECE: usize = 64;

/// The mesh of the pad's finished strokes and the pieces of the stroke in
/// progress, kept between frames.
#[derive(Default)]
pub(crate) struct InkCache {
    /// What the finished mesh was made for: the pad's finished-stroke stamp,
    /// and the [`Geometry`].
    finished_key: Option<(u64, Geometry)>,
    finished: Arc<egui::Mesh>,
    /// What the pieces were made for.
    live_geometry: Option<Geometry>,
    live: Vec<LivePiece>,
}

/// The pad's rectangle and the scale (as bits, to compare exactly).
type Geometry = ([u32; 4], u32);

/// One piece of the stroke under the pen: its smoothed points (with one
/// more on each side when there is one) and their mesh.
struct LivePiece {
    points: Vec<SmoothedPoint>,
    /// Whether the piece ends the stroke so far (and has its round cap).
    with_end: bool,
    mesh: Arc<egui::Mesh>,
}

impl LivePiece {
    fn wipe(&mut self) {
        self.points.zeroize();
        wipe_mesh(&mut self.mesh);
    }
}

/// Paints the ink of `pad` on the pad at `rect`.
pub(crate) fn paint_ink(
    ctx: &egui::Context,
    painter: &egui::Painter,
    rect: egui::Rect,
    pad: &SignaturePad,
    cache: &mut InkCache,
) {
    let opts = SmoothingOptions::default();
    let tess = Tess::new(ctx, rect);
    painter.add(egui::Shape::Mesh(cache.finished(&tess, pad, &opts)));
    match pad.current_stroke() {
        Some(current) => {
            let smoothed = pad.smoothed_stroke(current, &opts);
            for mesh in cache.live(&tess, &smoothed.points) {
                painter.add(egui::Shape::Mesh(mesh));
            }
        }
        None => cache.clear_live(),
    }
}

/// What tessellating ink for one pad needs.
struct Tess {
    rect: egui::Rect,
    pixels_per_point: f32,
    options: egui::epaint::TessellationOptions,
    font_image_size: [usize; 2],
}

impl Tess {
    fn new(ctx: &egui::Context, rect: egui::Rect) -> Self {
        Self {
            rect,
            pixels_per_point: ctx.pixels_per_point(),
            options: ctx.tessellation_options(|o| *o),
            font_image_size: ctx.fonts(|f| f.font_image_size()),
        }
    }

    fn geometry(&self) -> Geometry {
        let r = self.rect;
        (
            [r.min.x, r.min.y, r.max.x, r.max.y].map(f32::to_bits),
            self.pixels_per_point.to_bits(),
        )
    }

    /// The shapes tessellated into one mesh, as egui would each frame.
    fn mesh(&self, shapes: Vec<egui::Shape>) -> egui::Mesh {
        let mut tessellator = egui::epaint::Tessellator::new(
            self.pixels_per_point,
            self.options,
            self.font_image_size,
            Vec::new(),
        );
        let mut mesh = egui::Mesh::default();
        for shape in shapes {
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        mesh
    }
}

impl InkCache {
    /// The finished strokes' mesh, made again only when they, the pad's
    /// place or the scale change.
    fn finished(
        &mut self,
        tess: &Tess,
        pad: &SignaturePad,
        opts: &SmoothingOptions,
    ) -> Arc<egui::Mesh> {
        let key = (pad.finished_stamp(), tess.geometry());
        if self.finished_key != Some(key) {
            let mut mesh = egui::Mesh::default();
            for stroke in pad.strokes() {
                let smoothed = pad.smoothed_stroke(stroke, opts);
                let last = smoothed.points.len().saturating_sub(1);
                ink_mesh(&smoothed.points, (0, last), true, tess, &mut mesh);
            }
            wipe_mesh(&mut self.finished);
            self.finished = Arc::new(mesh);
            self.finished_key = Some(key);
        }
        Arc::clone(&self.finished)
    }

    /// The meshes of the stroke under the pen, piece by piece; a piece is
    /// tessellated again only when its points changed.
    fn live(&mut self, tess: &Tess, points: &[SmoothedPoint]) -> Vec<Arc<egui::Mesh>> {
        if self.live_geometry != Some(tess.geometry()) {
            self.clear_live();
            self.live_geometry = Some(tess.geometry());
        }
        let ranges = piece_ranges(points.len());
        for old in self.live.iter_mut().skip(ranges.len()) {
            old.wipe();
        }
        self.live.truncate(ranges.len());
        for (i, (start, end)) in ranges.into_iter().enumerate() {
            // A piece's band depends on the points around it too (the
            // direction at its ends).
            let slice = &points[start.saturating_sub(1)..=(end + 1).min(points.len() - 1)];
            let with_end = end + 1 == points.len();
            if let Some(piece) = self.live.get(i)
                && piece.with_end == with_end
                && piece.points == slice
            {
                continue;
            }
            let mut mesh = egui::Mesh::default();
            ink_mesh(points, (start, end), with_end, tess, &mut mesh);
            let piece = LivePiece {
                points: slice.to_vec(),
                with_end,
                mesh: Arc::new(mesh),
            };
            match self.live.get_mut(i) {
                Some(old) => {
                    old.wipe();
                    *old = piece;
                }
                None => self.live.push(piece),
            }
        }
        self.live.iter().map(|p| Arc::clone(&p.mesh)).collect()
    }

    fn clear_live(&mut self) {
        for piece in &mut self.live {
            piece.wipe();
        }
        self.live.clear();
    }
}

impl Drop for InkCache {
    fn drop(&mut self) {
        wipe_mesh(&mut self.finished);
        self.clear_live();
    }
}

impl std::fmt::Debug for InkCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InkCache")
            .field("finished_vertices", &self.finished.vertices.len())
            .field("live_pieces", &self.live.len())
            .finish()
    }
}

/// Overwrites a mesh (the drawing's geometry) when no frame holds it any more.
fn wipe_mesh(mesh: &mut Arc<egui::Mesh>) {
    if let Some(mesh) = Arc::get_mut(mesh) {
        mesh.vertices
            .iter_mut()
            .for_each(|v| *v = egui::epaint::Vertex::default());
        mesh.indices.iter_mut().for_each(|i| *i = 0);
    }
}

/// The pieces of a stroke of `n` smoothed points, as inclusive index ranges:
/// `[0, PIECE]`, `[PIECE, 2 PIECE]`, … (neighbours share their end point, so
/// no segment is lost), the last ending at `n - 1`. A one-point stroke (a
/// tap) is one piece.
fn piece_ranges(n: usize) -> Vec<(usize, usize)> {
    match n {
        0 => Vec::new(),
        1 => vec![(0, 0)],
        _ => (0..n - 1)
            .step_by(PIECE)
            .map(|start| (start, (start + PIECE).min(n - 1)))
            .collect(),
    }
}

/// Appends the ink of `points[start..=end]` (smoothed points of one stroke)
/// to `out`: a band along the points, as wide as the ink at each point, with
/// a feathered edge for anti-aliasing like egui's own shapes, and round caps
/// at the stroke's ends (`start == 0`, `with_end`); a dot for a tap.
///
/// Four vertices a point where a line segment and a round joint per point
/// took about 26 (and the frame's tessellation time with them): the whole
/// stroke under the pen is copied to the GPU each frame.
fn ink_mesh(
    points: &[SmoothedPoint],
    (start, end): (usize, usize),
    with_end: bool,
    tess: &Tess,
    out: &mut egui::Mesh,
) {
    let ink = palette::ink(DEFAULT_INK);
    let rect = tess.rect;
    let h = rect.height();
    let at = |i: usize| {
        let p = points[i];
        egui::pos2(rect.left() + p.x * rect.width(), rect.top() + p.y * h)
    };
    let radius = |i: usize| (points[i].width * h / 2.0).max(0.5);
    let mut caps = Vec::new();
    if points.len() == 1 {
        caps.push(egui::Shape::circle_filled(
            at(0),
            (points[0].width * h / 2.0).max(0.75),
            ink,
        ));
    } else {
        let feather = if tess.options.feathering {
            tess.options.feathering_size_in_pixels / tess.pixels_per_point
        } else {
            0.0
        };
        for i in start..=end {
            let p = at(i);
            let (normal, miter) = normal_at(points.len(), i, at);
            let r = radius(i) * miter;
            let inner = (r - feather / 2.0).max(0.0);
            let outer = r + feather / 2.0;
            let base = out.vertices.len() as u32;
            out.colored_vertex(p + normal * outer, egui::Color32::TRANSPARENT);
            out.colored_vertex(p + normal * inner, ink);
            out.colored_vertex(p - normal * inner, ink);
            out.colored_vertex(p - normal * outer, egui::Color32::TRANSPARENT);
            if i > start {
                let prev = base - 4;
                for lane in 0..3 {
                    let (a, b) = (prev + lane, prev + lane + 1);
                    let (c, d) = (base + lane, base + lane + 1);
                    out.add_triangle(a, b, d);
                    out.add_triangle(a, d, c);
                }
            }
        }
        if start == 0 {
            caps.push(egui::Shape::circle_filled(at(0), radius(0), ink));
        }
        if with_end {
            caps.push(egui::Shape::circle_filled(at(end), radius(end), ink));
        }
    }
    if !caps.is_empty() {
        out.append(tess.mesh(caps));
    }
}

/// The unit normal of the band at point `i` of `n` (screen positions from
/// `at`), the mean of its two segments' normals, and how much to widen the
/// band there so that a bend keeps the ink's width (at most twice).
fn normal_at(n: usize, i: usize, at: impl Fn(usize) -> egui::Pos2) -> (egui::Vec2, f32) {
    let dir = |a: usize, b: usize| (at(b) - at(a)).normalized();
    // Two points at the same place give no direction.
    let usable = |d: &egui::Vec2| d.is_finite() && *d != egui::Vec2::ZERO;
    let before = (i > 0).then(|| dir(i - 1, i)).filter(usable);
    let after = (i + 1 < n).then(|| dir(i, i + 1)).filter(usable);
    let tangent = match (before, after) {
        (Some(a), Some(b)) => (a + b).normalized(),
        (Some(d), None) | (None, Some(d)) => d,
        (None, None) => egui::Vec2::X,
    };
    let tangent = if tangent.is_finite() && tangent != egui::Vec2::ZERO {
        tangent
    } else {
        before.or(after).unwrap_or(egui::Vec2::X)
    };
    let normal = tangent.rot90();
    let segment = after.or(before).unwrap_or(tangent).rot90();
    let miter = 1.0 / normal.dot(segment).abs().max(0.5);
    (normal, miter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::signature::{SamplePoint, demo_signature};

    fn pt(i: usize) -> SmoothedPoint {
        SmoothedPoint {
            x: i as f32 / 1000.0,
            y: 0.5,
            width: 0.05,
        }
    }

    #[test]
    fn pieces_cover_every_segment_once() {
        assert!(piece_ranges(0).is_empty());
        assert_eq!(piece_ranges(1), vec![(0, 0)]);
        assert_eq!(piece_ranges(2), vec![(0, 1)]);
        assert_eq!(piece_ranges(PIECE + 1), vec![(0, PIECE)]);
        assert_eq!(
            piece_ranges(PIECE + 2),
            vec![(0, PIECE), (PIECE, PIECE + 1)]
        );
        for n in 2..300 {
            let ranges = piece_ranges(n);
            let segments: usize = ranges.iter().map(|(s, e)| e - s).sum();
            assert_eq!(segments, n - 1, "n = {n}");
            assert_eq!(ranges.last().map(|r| r.1), Some(n - 1));
        }
    }

    /// The triangles of a mesh, each as its corners (position and colour),
    /// in a canonical order.
    fn triangles(mesh: &egui::Mesh) -> Vec<[(u32, u32, [u8; 4]); 3]> {
        let mut out: Vec<_> = mesh
            .indices
            .chunks(3)
            .map(|t| {
                let mut corners = [0, 1, 2].map(|k| {
                    let v = mesh.vertices[t[k] as usize];
                    (v.pos.x.to_bits(), v.pos.y.to_bits(), v.color.to_array())
                });
                corners.sort();
                corners
            })
            .collect();
        out.sort();
        out
    }

    fn curve(n: usize) -> Vec<SmoothedPoint> {
        (0..n)
            .map(|i| SmoothedPoint {
                x: 0.05 + i as f32 / 400.0,
                y: 0.5 + 0.3 * (i as f32 / 15.0).sin(),
                width: 0.01 + 0.005 * (i as f32 / 7.0).cos(),
            })
            .collect()
    }

    /// The pieces together paint exactly the triangles of the whole stroke.
    #[test]
    fn pieces_paint_what_the_whole_stroke_paints() {
        let t = tess();
        for n in [1, 2, 3, PIECE, PIECE + 1, PIECE + 2, 3 * PIECE + 7] {
            let points = curve(n);
            let mut whole = egui::Mesh::default();
            ink_mesh(&points, (0, n - 1), true, &t, &mut whole);
            let mut pieces = egui::Mesh::default();
            for (s, e) in piece_ranges(n) {
                ink_mesh(&points, (s, e), e + 1 == n, &t, &mut pieces);
            }
            assert!(!whole.indices.is_empty());
            assert_eq!(triangles(&whole), triangles(&pieces), "n = {n}");
        }
    }

    #[test]
    fn the_band_is_as_wide_as_the_ink() {
        let t = tess();
        // A straight line across the pad, 0.02 of its height (4 px) wide.
        let points: Vec<_> = (0..10)
            .map(|i| SmoothedPoint {
                x: 0.1 + i as f32 * 0.05,
                y: 0.5,
                width: 0.02,
            })
            .collect();
        let mut mesh = egui::Mesh::default();
        ink_mesh(&points, (0, 9), false, &t, &mut mesh);
        // A cap at the start only: its vertices are at the first point.
        let band: Vec<_> = mesh.vertices[..40].to_vec();
        let ink = palette::ink(DEFAULT_INK);
        for (k, v) in band.iter().enumerate() {
            let off = (v.pos.y - 100.0).abs();
            match k % 4 {
                // Feathered edge: half a pixel outside the ink, transparent.
                0 | 3 => assert!((off - 2.5).abs() < 1e-4 && v.color == egui::Color32::TRANSPARENT),
                _ => assert!((off - 1.5).abs() < 1e-4 && v.color == ink),
            }
        }
        assert!(mesh.vertices.len() > 40, "the start cap");
        assert!(
            mesh.vertices
                .iter()
                .all(|v| v.pos.x.is_finite() && v.pos.y.is_finite())
        );
    }

    #[test]
    fn repeated_points_and_sharp_turns_stay_finite_and_bounded() {
        let t = tess();
        let p = |x: f32, y: f32| SmoothedPoint { x, y, width: 0.02 };
        // The same place twice, then a hairpin.
        let points = vec![p(0.1, 0.5), p(0.1, 0.5), p(0.3, 0.5), p(0.1, 0.52)];
        let mut mesh = egui::Mesh::default();
        ink_mesh(&points, (0, 3), true, &t, &mut mesh);
        for v in &mesh.vertices {
            assert!(v.pos.x.is_finite() && v.pos.y.is_finite());
            // Never further from the stroke than twice the ink's half width
            // and the feather.
            let nearest = points
                .iter()
                .map(|q| v.pos.distance(egui::pos2(q.x * 600.0, q.y * 200.0)))
                .fold(f32::INFINITY, f32::min);
            assert!(nearest <= 2.0 * 2.0 + 0.5 + 1e-3, "{nearest}");
        }
    }

    pub(super) fn tess() -> Tess {
        Tess {
            rect: egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(600.0, 200.0)),
            pixels_per_point: 1.0,
            options: Default::default(),
            font_image_size: [1024, 1024],
        }
    }

    #[test]
    fn only_changed_pieces_are_tessellated_again() {
        let t = tess();
        let mut cache = InkCache::default();
        let mut points: Vec<_> = (0..=3 * PIECE).map(pt).collect();
        let first = cache.live(&t, &points);
        assert_eq!(first.len(), 3);
        // One more point: the first two pieces are the same meshes.
        points.push(pt(3 * PIECE + 1));
        let second = cache.live(&t, &points);
        assert_eq!(second.len(), 4);
        assert!(Arc::ptr_eq(&first[0], &second[0]));
        assert!(Arc::ptr_eq(&first[1], &second[1]));
        assert!(
            !Arc::ptr_eq(&first[2], &second[2]),
            "its last point has a neighbour now"
        );
        // A changed early point (the smoothing moved it) is painted again.
        points[3].y = 0.6;
        let third = cache.live(&t, &points);
        assert!(!Arc::ptr_eq(&second[0], &third[0]));
        assert!(Arc::ptr_eq(&second[1], &third[1]));
        // A new place for the pad: everything again.
        let moved = Tess {
            rect: t.rect.translate(egui::vec2(5.0, 0.0)),
            ..t
        };
        let fourth = cache.live(&moved, &points);
        assert!(!Arc::ptr_eq(&third[1], &fourth[1]));
        cache.clear_live();
        assert!(cache.live.is_empty());
    }

    #[test]
    fn the_finished_mesh_is_made_again_only_when_the_strokes_change() {
        let t = tess();
        let opts = SmoothingOptions::default();
        let mut cache = InkCache::default();
        let mut pad = demo_signature();
        let a = cache.finished(&t, &pad, &opts);
        assert!(!a.vertices.is_empty());
        let b = cache.finished(&t, &pad, &opts);
        assert!(Arc::ptr_eq(&a, &b));
        pad.begin_stroke(SamplePoint::new(0.1, 0.1, 0.0));
        let c = cache.finished(&t, &pad, &opts);
        assert!(
            Arc::ptr_eq(&a, &c),
            "a stroke in progress is not in the finished mesh"
        );
        pad.end_stroke();
        let d = cache.finished(&t, &pad, &opts);
        assert!(!Arc::ptr_eq(&a, &d));
    }

    #[test]
    fn replaced_meshes_are_wiped() {
        let mut mesh = Arc::new(tess().mesh(vec![egui::Shape::circle_filled(
            egui::pos2(50.0, 50.0),
            10.0,
            egui::Color32::BLACK,
        )]));
        assert!(mesh.vertices.iter().any(|v| v.pos != egui::Pos2::ZERO));
        wipe_mesh(&mut mesh);
        assert!(mesh.vertices.iter().all(|v| v.pos == egui::Pos2::ZERO));
        assert!(mesh.indices.iter().all(|&i| i == 0));
    }
}
