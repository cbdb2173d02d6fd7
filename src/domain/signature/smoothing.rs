//! Smoothing: which input points to keep, and the curve through them.

use super::*;

/// Ink point in pad-height units (`x` in `0..aspect`). Reuses the public type's layout.
pub(super) type InkPoint = SmoothedPoint;

/// Keeps the samples at least `min_distance` apart and gives each a width from the filtered
/// pen speed and the pressure. Output in pad-height units.
pub(super) fn keep_points(
    points: &[SamplePoint],
    aspect: f32,
    o: &SmoothingOptions,
    kept: &mut Vec<InkPoint>,
) {
    kept.clear();
    let Some(first) = points.first() else {
        return;
    };
    let start_width = (o.min_width + o.max_width) / 2.0;
    kept.push(InkPoint {
        x: first.x * aspect,
        y: first.y,
        width: start_width * o.pressure_factor(first.pressure),
    });
    let mut last_t = first.t_ms;
    let mut travelled = 0.0f32;
    let mut speed = 0.0f32;
    for p in &points[1..] {
        let (x, y) = (p.x * aspect, p.y);
        let last = kept[kept.len() - 1];
        let dist = (x - last.x).hypot(y - last.y);
        if dist < o.min_distance || dist == 0.0 {
            continue;
        }
        // Samples batched into one frame can share a time stamp: the distance is carried over
        // until time has passed, so the speed is measured over the time that really passed.
        travelled += dist;
        let dt_s = ((p.t_ms - last_t) / 1000.0) as f32;
        if dt_s > 0.0 {
            let new_speed = travelled / dt_s;
            let w = o.velocity_filter_weight;
            speed = w * new_speed + (1.0 - w) * speed;
            if !speed.is_finite() {
                speed = 0.0;
            }
        }
        if dt_s != 0.0 {
            // Time moved (backwards time resets the measurement without a speed).
            last_t = p.t_ms;
            travelled = 0.0;
        }
        kept.push(InkPoint {
            x,
            y,
            width: o.width_for_speed(speed) * o.pressure_factor(p.pressure),
        });
    }
}

/// Appends the smoothed polyline of one stroke to `out` (pad-height units): cubic Bézier
/// segments through the kept points, tangents from the neighbours (Catmull-Rom with handles
/// weighted by the neighbouring segment lengths, which avoids overshoot when spacing is
/// uneven), cut into pieces no longer than about `step`; width interpolated linearly.
pub(super) fn smooth_stroke(
    points: &[SamplePoint],
    aspect: f32,
    o: &SmoothingOptions,
    step: f32,
    kept: &mut Vec<InkPoint>,
    out: &mut Vec<InkPoint>,
) {
    keep_points(points, aspect, o, kept);
    let n = kept.len();
    if n == 0 {
        return;
    }
    if n == 1 {
        let first = points[0];
        out.push(InkPoint {
            width: o.dot_width * o.pressure_factor(first.pressure),
            ..kept[0]
        });
        return;
    }
    let step = if step.is_finite() && step > 0.0 {
        step
    } else {
        o.max_segment_length
    };
    let length: f32 = kept.windows(2).map(|w| dist(w[0], w[1])).sum();
    let step = step.max(length / PIECE_BUDGET_PER_STROKE);
    out.push(kept[0]);
    for i in 0..n - 1 {
        let p0 = kept[i.saturating_sub(1)];
        let p1 = kept[i];
        let p2 = kept[i + 1];
        let p3 = kept[(i + 2).min(n - 1)];
        let l01 = dist(p0, p1);
        let l12 = dist(p1, p2);
        let l23 = dist(p2, p3);
        let k1 = handle_weight(l12, l01 + l12);
        let k2 = handle_weight(l12, l12 + l23);
        let c1 = (p1.x + (p2.x - p0.x) * k1, p1.y + (p2.y - p0.y) * k1);
        let c2 = (p2.x - (p3.x - p1.x) * k2, p2.y - (p3.y - p1.y) * k2);
        let hull = (c1.0 - p1.x).hypot(c1.1 - p1.y)
            + (c2.0 - c1.0).hypot(c2.1 - c1.1)
            + (p2.x - c2.0).hypot(p2.y - c2.1);
        let pieces = ((hull / step).ceil() as usize).clamp(1, MAX_PIECES_PER_SEGMENT);
        for j in 1..=pieces {
            let t = j as f32 / pieces as f32;
            let u = 1.0 - t;
            let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
            out.push(InkPoint {
                x: a * p1.x + b * c1.0 + c * c2.0 + d * p2.x,
                y: a * p1.y + b * c1.1 + c * c2.1 + d * p2.y,
                width: p1.width + (p2.width - p1.width) * t,
            });
        }
    }
}

pub(super) fn dist(a: InkPoint, b: InkPoint) -> f32 {
    (a.x - b.x).hypot(a.y - b.y)
}

/// Handle length factor: a third of the segment's share of the two segments around a point
/// (1/6 with even spacing, as in uniform Catmull-Rom).
pub(super) fn handle_weight(segment: f32, both: f32) -> f32 {
    if both > 0.0 {
        segment / both / 3.0
    } else {
        0.0
    }
}
