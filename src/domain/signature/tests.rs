use super::*;
use image::RgbaImage;

/// A stroke of `n` samples along `f(u)`, `u` in `0..=1`, `dt` ms apart.
fn stroke(pad: &mut SignaturePad, n: usize, dt: f64, f: impl Fn(f32) -> (f32, f32)) {
    add_stroke(
        pad,
        (0..n).map(|i| {
            let (x, y) = f(i as f32 / (n - 1).max(1) as f32);
            SamplePoint::new(x, y, i as f64 * dt)
        }),
    );
}

fn decode(img: &SignatureImage) -> RgbaImage {
    image::load_from_memory_with_format(img.png_bytes(), image::ImageFormat::Png)
        .expect("valid PNG")
        .to_rgba8()
}

fn is_ink(p: &image::Rgba<u8>) -> bool {
    p[3] > 200 && p[0] < 80 && p[1] < 80 && p[2] < 100
}

/// Bounding box (min_x, min_y, max_x, max_y) of ink pixels.
fn ink_box(img: &RgbaImage) -> Option<(u32, u32, u32, u32)> {
    let mut b: Option<(u32, u32, u32, u32)> = None;
    for (x, y, p) in img.enumerate_pixels() {
        if is_ink(p) {
            b = Some(match b {
                None => (x, y, x, y),
                Some((a, c, d, e)) => (a.min(x), c.min(y), d.max(x), e.max(y)),
            });
        }
    }
    b
}

fn mean_width(s: &SmoothedStroke) -> f32 {
    s.points.iter().map(|p| p.width).sum::<f32>() / s.points.len() as f32
}

#[test]
fn smoothing_drops_near_duplicate_points() {
    let o = SmoothingOptions::default();
    let pts: Vec<SamplePoint> = (0..20)
        .map(|i| SamplePoint::new(0.5 + 0.0005 * i as f32, 0.5, i as f64 * 5.0))
        .chain(
            (1..=5).map(|i| SamplePoint::new(0.5 + 0.02 * i as f32, 0.5, 100.0 + i as f64 * 5.0)),
        )
        .collect();
    let mut kept = Vec::new();
    keep_points(&pts, 3.0, &o, &mut kept);
    // 20 samples spread over 0.0095 * 3 = 0.0285 pad heights keep 3 (0, 0.0105, 0.021)...
    assert!(kept.len() < 10, "kept {}", kept.len());
    for w in kept.windows(2) {
        assert!(dist(w[0], w[1]) >= o.min_distance);
    }
    // ...and the 5 far samples are all kept.
    assert_eq!(kept.len(), 3 + 5);
    assert!((kept[kept.len() - 1].x - 1.8).abs() < 1e-5);

    // A stroke that never moves further than min_distance is drawn as one dot.
    let mut pad = SignaturePad::new(3.0);
    stroke(&mut pad, 10, 5.0, |u| (0.5 + 0.002 * u, 0.5));
    let s = pad.smoothed(&o);
    assert_eq!(s.len(), 1);
    assert!(s[0].is_dot());
    assert!((s[0].points[0].width - o.dot_width).abs() < 1e-6);
}

#[test]
fn smoothed_curve_passes_through_kept_points_and_is_fine_grained() {
    let mut pad = SignaturePad::new(2.0);
    stroke(&mut pad, 5, 20.0, |u| {
        (0.1 + 0.8 * u, 0.5 + 0.3 * (u * 6.0).sin())
    });
    let o = SmoothingOptions::default();
    let s = &pad.smoothed(&o)[0];
    let raw = pad.strokes()[0].points();
    for r in raw {
        assert!(
            s.points
                .iter()
                .any(|p| (p.x - r.x).abs() < 1e-4 && (p.y - r.y).abs() < 1e-4),
            "curve misses sample {r:?}"
        );
    }
    for w in s.points.windows(2) {
        let d = ((w[1].x - w[0].x) * 2.0).hypot(w[1].y - w[0].y);
        assert!(d <= o.max_segment_length * 1.5, "piece too long: {d}");
    }
}

#[test]
fn width_decreases_with_speed() {
    let o = SmoothingOptions::default();
    let mut pad = SignaturePad::new(3.0);
    // Same path, slow (50 ms per sample) then fast (2 ms per sample).
    stroke(&mut pad, 30, 50.0, |u| (0.1 + 0.8 * u, 0.3));
    stroke(&mut pad, 30, 2.0, |u| (0.1 + 0.8 * u, 0.7));
    let s = pad.smoothed(&o);
    let (slow, fast) = (mean_width(&s[0]), mean_width(&s[1]));
    assert!(fast < slow * 0.6, "slow {slow} fast {fast}");
    assert!(
        s.iter()
            .flat_map(|s| &s.points)
            .all(|p| p.width >= o.min_width * 0.999)
    );
    assert!(
        s.iter()
            .flat_map(|s| &s.points)
            .all(|p| p.width <= o.max_width * 1.001)
    );
    // Within the fast stroke the width falls as the filtered speed builds up.
    let fast = &s[1].points;
    assert!(fast[fast.len() - 1].width < fast[0].width);
}

#[test]
fn samples_sharing_a_frame_time_get_the_same_width() {
    // 120 samples 4 ms apart vs. the same samples delivered 4 per 16 ms frame with the frame's
    // time stamp: the speed (hence the width) must come out about the same.
    let o = SmoothingOptions::default();
    let mut pad = SignaturePad::new(3.0);
    let path = |i: usize| (0.1 + 0.006 * i as f32, 0.5);
    add_stroke(
        &mut pad,
        (0..120).map(|i| SamplePoint::new(path(i).0, path(i).1, i as f64 * 4.0)),
    );
    add_stroke(
        &mut pad,
        (0..120).map(|i| SamplePoint::new(path(i).0, path(i).1, (i / 4) as f64 * 16.0)),
    );
    let s = pad.smoothed(&o);
    let (even, batched) = (mean_width(&s[0]), mean_width(&s[1]));
    assert!((even - batched).abs() < even * 0.15, "{even} vs {batched}");
    // The stroke is fast (4.5 pad heights/s), so it is clearly thinner than max_width.
    assert!(even < o.max_width * 0.5);
}

#[test]
fn pressure_changes_width() {
    let o = SmoothingOptions::default();
    let with_pressure = |p: Option<f32>| {
        let mut pad = SignaturePad::new(3.0);
        for i in 0..20 {
            let s = SamplePoint {
                pressure: p,
                ..SamplePoint::new(0.1 + 0.04 * i as f32, 0.5, i as f64 * 10.0)
            };
            pad.extend_stroke(s);
        }
        pad.end_stroke();
        mean_width(&pad.smoothed(&o)[0])
    };
    let light = with_pressure(Some(0.1));
    let neutral = with_pressure(Some(0.5));
    let hard = with_pressure(Some(0.9));
    assert!(
        light < neutral && neutral < hard,
        "{light} {neutral} {hard}"
    );
    assert!(hard > light * 2.0);
    // Pressure 0.5 is neutral: same as a device without pressure.
    assert!((with_pressure(None) - neutral).abs() < 1e-7);
    // No influence: pressure ignored.
    let flat = SmoothingOptions {
        pressure_influence: 0.0,
        ..o
    };
    let mut pad = SignaturePad::new(3.0);
    pad.begin_stroke(SamplePoint::new(0.5, 0.5, 0.0).with_pressure(0.1));
    assert!((pad.smoothed(&flat)[0].points[0].width - flat.dot_width).abs() < 1e-6);
}

#[test]
fn aspect_ratio_is_used_for_distances() {
    // Horizontal steps of 0.004 are 0.012 pad heights on a 3:1 pad (kept) but only
    // 0.004 on a 1:1 pad (dropped).
    let o = SmoothingOptions::default();
    let pts: Vec<_> = (0..10)
        .map(|i| SamplePoint::new(0.4 + 0.004 * i as f32, 0.5, i as f64 * 10.0))
        .collect();
    let mut kept = Vec::new();
    keep_points(&pts, 3.0, &o, &mut kept);
    assert_eq!(kept.len(), 10);
    keep_points(&pts, 1.0, &o, &mut kept);
    assert!(kept.len() <= 4);
}

#[test]
fn finished_stamp_changes_with_the_finished_strokes_only() {
    let mut pad = SignaturePad::default();
    let other = SignaturePad::default();
    assert_ne!(pad.finished_stamp(), other.finished_stamp());
    let s0 = pad.finished_stamp();
    pad.begin_stroke(SamplePoint::new(0.1, 0.1, 0.0));
    pad.extend_stroke(SamplePoint::new(0.2, 0.2, 10.0));
    assert_eq!(
        pad.finished_stamp(),
        s0,
        "a stroke in progress is not finished"
    );
    pad.end_stroke();
    let s1 = pad.finished_stamp();
    assert_ne!(s1, s0);
    pad.set_aspect(pad.aspect());
    assert_eq!(pad.finished_stamp(), s1, "same aspect");
    pad.set_aspect(2.0);
    let s2 = pad.finished_stamp();
    assert_ne!(s2, s1);
    pad.begin_stroke(SamplePoint::new(0.3, 0.3, 20.0));
    assert!(pad.undo(), "undo of the stroke in progress");
    assert_eq!(pad.finished_stamp(), s2);
    assert!(pad.undo());
    let s3 = pad.finished_stamp();
    assert_ne!(s3, s2);
    pad.clear();
    assert_ne!(pad.finished_stamp(), s3);
    // The smoothed strokes one by one are the smoothed pad.
    let demo = demo_signature();
    let opts = SmoothingOptions::default();
    let all = demo.smoothed(&opts);
    for (stroke, smoothed) in demo.strokes().iter().zip(&all) {
        assert!(demo.smoothed_stroke(stroke, &opts) == *smoothed);
    }
}

#[test]
fn undo_and_clear() {
    let mut pad = SignaturePad::default();
    assert!(pad.is_empty());
    assert!(!pad.undo());
    stroke(&mut pad, 10, 10.0, |u| (u, 0.5));
    stroke(&mut pad, 5, 10.0, |u| (0.5, u));
    assert_eq!((pad.stroke_count(), pad.point_count()), (2, 15));
    assert!(pad.undo());
    assert_eq!((pad.stroke_count(), pad.point_count()), (1, 10));
    assert_eq!(pad.strokes()[0].points().len(), 10);
    // Undo while drawing removes the stroke in progress.
    pad.begin_stroke(SamplePoint::new(0.2, 0.2, 0.0));
    pad.extend_stroke(SamplePoint::new(0.3, 0.3, 10.0));
    assert!(pad.current_stroke().is_some());
    assert_eq!(pad.point_count(), 12);
    assert!(pad.undo());
    assert!(pad.current_stroke().is_none());
    assert_eq!((pad.stroke_count(), pad.point_count()), (1, 10));
    pad.clear();
    assert!(pad.is_empty());
    assert_eq!((pad.stroke_count(), pad.point_count()), (0, 0));
    assert!(!pad.undo());
    assert_eq!(pad.validate(), Err(SignatureProblem::Empty));
}

#[test]
fn input_is_sanitised() {
    let mut pad = SignaturePad::new(0.0); // zero-size pad
    assert_eq!(pad.aspect(), DEFAULT_ASPECT);
    pad.set_aspect(f32::NAN);
    assert_eq!(pad.aspect(), DEFAULT_ASPECT);
    pad.set_aspect(1e9);
    assert_eq!(pad.aspect(), ASPECT_RANGE.1);

    // Extend without begin starts a stroke; NaN positions are dropped; the rest clamped.
    pad.extend_stroke(SamplePoint::new(f32::NAN, 0.5, 0.0));
    assert!(pad.is_empty());
    pad.extend_stroke(SamplePoint::new(-3.0, f32::INFINITY, f64::NAN).with_pressure(f32::NAN));
    pad.extend_stroke(SamplePoint::new(0.5, 0.5, f64::INFINITY).with_pressure(7.0));
    pad.extend_stroke(SamplePoint::new(0.5, 0.5, 20.0).with_pressure(7.0)); // exact repeat
    pad.end_stroke();
    pad.end_stroke(); // no-op
    let pts = pad.strokes()[0].points();
    assert_eq!(pts.len(), 2);
    assert_eq!(
        (pts[0].x, pts[0].y, pts[0].t_ms, pts[0].pressure),
        (0.0, 1.0, 0.0, None)
    );
    assert_eq!((pts[1].t_ms, pts[1].pressure), (0.0, Some(1.0)));
}

#[test]
fn point_limit() {
    let mut pad = SignaturePad::default();
    for i in 0..MAX_POINTS + 50 {
        let u = i as f32 / MAX_POINTS as f32;
        pad.extend_stroke(SamplePoint::new(u, (u * 500.0).sin() * 0.5 + 0.5, i as f64));
    }
    pad.begin_stroke(SamplePoint::new(0.5, 0.5, 0.0));
    assert_eq!(pad.point_count(), MAX_POINTS);
    assert_eq!(pad.stroke_count(), 1);
}

#[test]
fn validation() {
    let mut pad = SignaturePad::default();
    assert_eq!(pad.validate(), Err(SignatureProblem::Empty));

    pad.begin_stroke(SamplePoint::new(0.5, 0.5, 0.0));
    pad.end_stroke();
    assert_eq!(pad.validate(), Err(SignatureProblem::SingleDot));
    // A few taps in the same place are still a dot.
    pad.begin_stroke(SamplePoint::new(0.502, 0.503, 100.0));
    pad.end_stroke();
    assert_eq!(pad.validate(), Err(SignatureProblem::SingleDot));

    // A dense scribble in a small box (0.1 x 0.1 pad heights).
    pad.clear();
    stroke(&mut pad, 200, 5.0, |u| {
        let a = u * 60.0;
        (0.5 + 0.015 * a.cos(), 0.5 + 0.05 * (a * 1.3).sin())
    });
    assert_eq!(pad.validate(), Err(SignatureProblem::TooSmall));
    assert_eq!(
        pad.render_png(&RenderOptions::default()).err(),
        Some(SignatureProblem::TooSmall)
    );

    // A quick flick: long but only three samples.
    pad.clear();
    stroke(&mut pad, 3, 8.0, |u| (0.1 + 0.7 * u, 0.5));
    assert_eq!(pad.validate(), Err(SignatureProblem::TooFewPoints));

    // A real multi-stroke signature is accepted.
    assert_eq!(demo_signature().validate(), Ok(()));
    let mut pad = SignaturePad::default();
    stroke(&mut pad, 40, 8.0, |u| {
        (0.1 + 0.3 * u, 0.5 + 0.2 * (u * 9.0).sin())
    });
    stroke(&mut pad, 25, 8.0, |u| {
        (0.45 + 0.25 * u, 0.6 - 0.2 * (u * 5.0).cos())
    });
    assert_eq!(pad.validate(), Ok(()));

    // Rules are configurable.
    let lax = ValidationRules {
        min_points: 2,
        ..ValidationRules::default()
    };
    let mut flick = SignaturePad::default();
    stroke(&mut flick, 3, 8.0, |u| (0.1 + 0.7 * u, 0.5));
    assert_eq!(flick.validate_with(&lax), Ok(()));

    // Messages are plain sentences.
    assert_eq!(
        SignatureProblem::Empty.to_string(),
        "Please sign on the pad before confirming."
    );
    assert_eq!(
        SignatureProblem::SingleDot.to_string(),
        "This looks like a single dot. Please sign your name."
    );
    assert_eq!(
        SignatureProblem::TooSmall.to_string(),
        "The signature is too small. Please sign larger."
    );
}

#[test]
fn png_has_configured_size_background_and_ink_where_drawn() {
    // A horizontal line across the middle of the pad.
    let mut pad = SignaturePad::new(3.0);
    stroke(&mut pad, 60, 40.0, |u| (0.1 + 0.8 * u, 0.5));
    for background in [Background::Transparent, Background::White] {
        let opts = RenderOptions {
            background,
            ..RenderOptions::default()
        };
        let out = pad.render_png(&opts).expect("renders");
        assert_eq!((out.width(), out.height()), (600, 200));
        let img = decode(&out);
        assert_eq!(img.dimensions(), (600, 200));
        let corner = img.get_pixel(0, 0);
        match background {
            Background::Transparent => assert_eq!(corner[3], 0),
            Background::White => assert_eq!(corner.0, [255, 255, 255, 255]),
        }
        // Ink along the centre rows, from near the left to near the right padding.
        for x in (20..580).step_by(20) {
            for y in [99, 100] {
                assert!(is_ink(img.get_pixel(x, y)), "no ink at ({x}, {y})");
            }
        }
        // None in the top rows.
        for y in 0..60 {
            for x in 0..600 {
                assert!(!is_ink(img.get_pixel(x, y)), "ink at ({x}, {y})");
            }
        }
        // Ink colour is the configured one where fully covered.
        assert_eq!(img.get_pixel(300, 100).0, [0x1a, 0x1a, 0x2e, 255]);
    }
}

#[test]
fn crossing_strokes_do_not_cancel() {
    // An X: the crossing must be inked (the fill is a union, not an even-odd XOR).
    let mut pad = SignaturePad::new(1.0);
    stroke(&mut pad, 40, 30.0, |u| (0.1 + 0.8 * u, 0.1 + 0.8 * u));
    stroke(&mut pad, 40, 30.0, |u| (0.9 - 0.8 * u, 0.1 + 0.8 * u));
    let opts = RenderOptions {
        width: 300,
        height: 300,
        ..RenderOptions::default()
    };
    let img = decode(&pad.render_png(&opts).unwrap());
    let inked = [
        (149, 149),
        (150, 150),
        (150, 149),
        (149, 150),
        (100, 100),
        (199, 100),
    ];
    for (x, y) in inked {
        assert!(is_ink(img.get_pixel(x, y)), "no ink at ({x}, {y})");
    }
    assert!(!is_ink(img.get_pixel(150, 60)));
}

#[test]
fn png_matches_smoothed_geometry() {
    // Thick ink so every smoothed point is well inside the ink: the pixel under each point
    // of the centre line (stroke ends, joints, crossings included) must be ink, and pixels
    // clearly away from all ink must be background.
    let pad = demo_signature();
    let smoothing = SmoothingOptions {
        min_width: 0.03,
        max_width: 0.06,
        dot_width: 0.08,
        ..SmoothingOptions::default()
    };
    let opts = RenderOptions {
        smoothing,
        ..RenderOptions::default()
    };
    let img = decode(&pad.render_png(&opts).unwrap());
    // Same placement as the renderer: trim to the ink, scale uniformly, centre.
    let ink: Vec<SmoothedPoint> = pad
        .smoothed(&smoothing)
        .iter()
        .flat_map(|s| s.points.clone())
        .map(|p| SmoothedPoint {
            x: p.x * pad.aspect(),
            ..p
        })
        .collect();
    let mut b = Bounds::EMPTY;
    for p in &ink {
        b.add(p.x, p.y, p.width / 2.0);
    }
    let pad_px = opts.padding as f32;
    let (aw, ah) = (
        opts.width as f32 - 2.0 * pad_px,
        opts.height as f32 - 2.0 * pad_px,
    );
    let s = b.fit_scale(aw, ah);
    let ox = pad_px + (aw - b.width() * s) / 2.0 - b.min_x * s;
    let oy = pad_px + (ah - b.height() * s) / 2.0 - b.min_y * s;
    let px: Vec<(f32, f32, f32)> = ink
        .iter()
        .map(|p| (p.x * s + ox, p.y * s + oy, p.width * s / 2.0))
        .collect();
    assert!(px.iter().all(|p| p.2 >= 3.0), "test needs thick ink");
    for &(x, y, _) in &px {
        assert!(
            is_ink(img.get_pixel(x as u32, y as u32)),
            "hole at ({x}, {y})"
        );
    }
    let mut checked = 0;
    for gy in (0..opts.height).step_by(5) {
        for gx in (0..opts.width).step_by(5) {
            let (cx, cy) = (gx as f32 + 0.5, gy as f32 + 0.5);
            let far = px.iter().all(|&(x, y, r)| (x - cx).hypot(y - cy) > r + 2.0);
            if far {
                checked += 1;
                assert_eq!(img.get_pixel(gx, gy)[3], 0, "stray ink at ({gx}, {gy})");
            }
        }
    }
    assert!(checked > 1000);
}

#[test]
fn trimming_fills_the_output() {
    // A signature drawn only in the top-left quarter of the pad.
    let mut pad = SignaturePad::new(3.0);
    stroke(&mut pad, 80, 8.0, |u| {
        (0.05 + 0.4 * u, 0.25 + 0.15 * (u * 12.0).sin())
    });
    stroke(&mut pad, 20, 8.0, |u| (0.2 + 0.1 * u, 0.05 + 0.4 * u));
    let opts = RenderOptions::default();
    let img = decode(&pad.render_png(&opts).unwrap());
    let (x0, y0, x1, y1) = ink_box(&img).expect("ink");
    let pad_px = opts.padding;
    let (w, h) = (opts.width, opts.height);
    let fills_width = x0 <= pad_px + 2 && x1 + pad_px + 3 >= w;
    let fills_height = y0 <= pad_px + 2 && y1 + pad_px + 3 >= h;
    assert!(fills_width || fills_height, "ink box {x0},{y0}..{x1},{y1}");
    // Centred.
    assert!((x0 as i64 - (w - 1 - x1) as i64).abs() <= 3, "{x0} {x1}");
    assert!((y0 as i64 - (h - 1 - y1) as i64).abs() <= 3, "{y0} {y1}");
    // And nothing was lost: the same signature drawn full-pad gives the same box.
    let mut big = SignaturePad::new(3.0);
    stroke(&mut big, 80, 8.0, |u| {
        (0.1 + 0.8 * u, 0.5 + 0.3 * (u * 12.0).sin())
    });
    stroke(&mut big, 20, 8.0, |u| (0.4 + 0.2 * u, 0.1 + 0.8 * u));
    let big_box = ink_box(&decode(&big.render_png(&opts).unwrap())).unwrap();
    assert!((big_box.0 as i64 - x0 as i64).abs() <= 3 && (big_box.2 as i64 - x1 as i64).abs() <= 3);
}

#[test]
fn base64_round_trips_to_the_png() {
    let img = demo_signature()
        .render_png(&RenderOptions::default())
        .unwrap();
    let png = img.png_bytes();
    assert!(png.starts_with(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]));
    let b64 = img.base64();
    assert!(b64.starts_with("iVBORw0KGgo"));
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(b64.as_bytes())
        .unwrap();
    assert_eq!(decoded, png);
}

#[test]
fn demo_signature_is_deterministic_and_renders() {
    let pad = demo_signature();
    assert_eq!(pad.point_count(), 2000);
    assert_eq!(pad.stroke_count(), 4);
    let smoothed = pad.smoothed(&SmoothingOptions::default());
    assert!(smoothed[3].is_dot());
    assert!(smoothed[..3].iter().all(|s| s.points.len() > 10));
    let opts = RenderOptions {
        background: Background::White,
        ..RenderOptions::default()
    };
    let a = pad.render_png(&opts).unwrap();
    let b = demo_signature().render_png(&opts).unwrap();
    assert_eq!(a.png_bytes(), b.png_bytes());
    let img = decode(&a);
    let ink = img.pixels().filter(|p| is_ink(p)).count();
    assert!(ink > 2000 && ink < 600 * 200 / 4, "ink pixels {ink}");
}

#[test]
fn output_size_is_clamped_and_debug_hides_coordinates() {
    let pad = demo_signature();
    let tiny = RenderOptions {
        width: 0,
        height: 1,
        padding: 50,
        ..RenderOptions::default()
    };
    let img = pad.render_png(&tiny).unwrap();
    assert_eq!((img.width(), img.height()), (1, 1));
    assert_eq!(decode(&img).dimensions(), (1, 1));
    let dbg = format!("{pad:?} {img:?} {:?}", pad.strokes()[0]);
    assert!(!dbg.contains("0.08"), "{dbg}");
    assert!(dbg.contains("points: 2000"), "{dbg}");
}

mod prop {
    use super::super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Begin(SamplePoint),
        Extend(SamplePoint),
        End,
        Undo,
        Clear,
    }

    fn any_f32() -> impl Strategy<Value = f32> {
        prop_oneof![
            4 => -0.5f32..1.5,
            1 => proptest::num::f32::ANY,
        ]
    }

    fn point() -> impl Strategy<Value = SamplePoint> {
        (
            any_f32(),
            any_f32(),
            prop_oneof![4 => 0.0f64..10_000.0, 1 => proptest::num::f64::ANY],
            proptest::option::of(any_f32()),
        )
            .prop_map(|(x, y, t_ms, pressure)| SamplePoint {
                x,
                y,
                t_ms,
                pressure,
            })
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            2 => point().prop_map(Op::Begin),
            8 => point().prop_map(Op::Extend),
            1 => Just(Op::End),
            1 => Just(Op::Undo),
            1 => Just(Op::Clear),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn render_and_validate_never_panic(
            ops in proptest::collection::vec(op(), 0..120),
            aspect in any_f32(),
            width in 0u32..400,
            height in 0u32..200,
            white in any::<bool>(),
            lax in any::<bool>(),
            smooth in (any_f32(), any_f32(), any_f32(), any_f32()),
        ) {
            let mut pad = SignaturePad::new(aspect);
            for op in ops {
                match op {
                    Op::Begin(p) => pad.begin_stroke(p),
                    Op::Extend(p) => pad.extend_stroke(p),
                    Op::End => pad.end_stroke(),
                    Op::Undo => { pad.undo(); }
                    Op::Clear => pad.clear(),
                }
            }
            let smoothing = SmoothingOptions {
                min_distance: smooth.0,
                max_width: smooth.1,
                half_width_speed: smooth.2,
                max_segment_length: smooth.3,
                ..SmoothingOptions::default()
            };
            let validation = if lax {
                ValidationRules { dot_extent: 0.0, min_extent: 0.0, min_points: 0 }
            } else {
                ValidationRules::default()
            };
            let valid = pad.validate_with(&validation);
            for s in pad.smoothed(&smoothing) {
                prop_assert!(!s.points.is_empty());
                for p in &s.points {
                    prop_assert!(p.x.is_finite() && p.y.is_finite() && p.width.is_finite());
                }
            }
            let opts = RenderOptions {
                width,
                height,
                background: if white { Background::White } else { Background::Transparent },
                smoothing,
                validation,
                ..RenderOptions::default()
            };
            match pad.render_png(&opts) {
                Ok(img) => {
                    prop_assert!(valid.is_ok());
                    prop_assert_eq!(img.width(), width.clamp(1, MAX_OUTPUT_SIDE));
                    prop_assert!(img.png_bytes().starts_with(b"\x89PNG"));
                }
                Err(e) => prop_assert_eq!(Err(e), valid),
            }
        }
    }
}
