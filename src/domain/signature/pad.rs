//! The signature pad: strokes in, validation, smoothing and the PNG out.

use super::*;

/// The signature being drawn: finished strokes plus the stroke under the pen.
///
/// All read methods ([`is_empty`](Self::is_empty), [`smoothed`](Self::smoothed),
/// [`validate`](Self::validate), [`render_png`](Self::render_png), ...) include the stroke in
/// progress, so what is on screen is what is checked and exported.
pub struct SignaturePad {
    pub(super) strokes: Vec<Stroke>,
    pub(super) current: Option<Stroke>,
    pub(super) aspect: f32,
    pub(super) points: usize,
    /// See [`SignaturePad::finished_stamp`].
    pub(super) finished_stamp: u64,
}

/// A new value for [`SignaturePad::finished_stamp`], never used before in this process.
pub(super) fn next_stamp() -> u64 {
    static STAMP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    STAMP.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Default for SignaturePad {
    fn default() -> Self {
        Self::new(DEFAULT_ASPECT)
    }
}

impl fmt::Debug for SignaturePad {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignaturePad")
            .field("strokes", &self.stroke_count())
            .field("points", &self.points)
            .field("aspect", &self.aspect)
            .finish()
    }
}

pub(super) fn sanitize_aspect(aspect: f32) -> Option<f32> {
    (aspect.is_finite() && aspect > 0.0).then(|| aspect.clamp(ASPECT_RANGE.0, ASPECT_RANGE.1))
}

impl SignaturePad {
    /// An empty pad whose drawing area is `aspect` times wider than high. An invalid aspect
    /// (zero, negative, NaN: a zero-size pad) gives [`DEFAULT_ASPECT`].
    pub fn new(aspect: f32) -> Self {
        Self {
            strokes: Vec::new(),
            current: None,
            aspect: sanitize_aspect(aspect).unwrap_or(DEFAULT_ASPECT),
            points: 0,
            finished_stamp: next_stamp(),
        }
    }

    /// Tells the pad its current shape (pad width / pad height); call it when the pad is laid
    /// out. Strokes keep their normalised coordinates, so they stretch with the pad. An invalid
    /// value (zero-size pad, NaN) is ignored; values are clamped to [`ASPECT_RANGE`].
    pub fn set_aspect(&mut self, aspect: f32) {
        if let Some(a) = sanitize_aspect(aspect)
            && a != self.aspect
        {
            self.aspect = a;
            self.finished_stamp = next_stamp();
        }
    }

    /// A value that changes whenever the finished strokes or the aspect ratio change, and
    /// differs between pads: a key for caching what is drawn for the finished strokes (only
    /// the stroke in progress then needs smoothing again each frame).
    pub fn finished_stamp(&self) -> u64 {
        self.finished_stamp
    }

    /// The pad's aspect ratio (width / height).
    pub fn aspect(&self) -> f32 {
        self.aspect
    }

    /// Pen down: starts a new stroke (ending one still in progress). Positions are clamped
    /// into the pad; a point with a NaN position is ignored.
    pub fn begin_stroke(&mut self, p: SamplePoint) {
        self.end_stroke();
        if self.points >= MAX_POINTS {
            return;
        }
        if let Some(p) = p.sanitized(0.0) {
            self.current = Some(Stroke::start(p));
            self.points += 1;
        }
    }

    /// Pen moved: adds a sample to the stroke in progress. Without a stroke in progress
    /// (a missed pen-down event) it starts one. Exact repeats of the last sample are skipped.
    pub fn extend_stroke(&mut self, p: SamplePoint) {
        if self.points >= MAX_POINTS {
            return;
        }
        let Some(current) = self.current.as_mut() else {
            self.begin_stroke(p);
            return;
        };
        let prev_t = current.points.last().map_or(0.0, |l| l.t_ms);
        if let Some(p) = p.sanitized(prev_t)
            && current.push(p)
        {
            self.points += 1;
        }
    }

    /// Pen up: the stroke in progress becomes a finished stroke. Does nothing without one.
    pub fn end_stroke(&mut self) {
        if let Some(stroke) = self.current.take() {
            self.strokes.push(stroke);
            self.finished_stamp = next_stamp();
        }
    }

    /// Removes the stroke in progress, or else the last finished stroke. Returns whether
    /// something was removed. The removed samples are wiped.
    pub fn undo(&mut self) -> bool {
        let removed = self.current.take().or_else(|| {
            self.finished_stamp = next_stamp();
            self.strokes.pop()
        });
        match removed {
            Some(stroke) => {
                self.points -= stroke.points.len();
                true
            }
            None => false,
        }
    }

    /// Removes everything (samples are wiped). Keeps the aspect ratio.
    pub fn clear(&mut self) {
        self.current = None;
        self.strokes.clear();
        self.points = 0;
        self.finished_stamp = next_stamp();
    }

    /// `true` when nothing has been drawn.
    pub fn is_empty(&self) -> bool {
        self.points == 0
    }

    /// Finished strokes (without the one in progress, see [`current_stroke`](Self::current_stroke)).
    pub fn strokes(&self) -> &[Stroke] {
        &self.strokes
    }

    /// The stroke under the pen, if any.
    pub fn current_stroke(&self) -> Option<&Stroke> {
        self.current.as_ref()
    }

    /// Number of strokes, including the one in progress.
    pub fn stroke_count(&self) -> usize {
        self.strokes.len() + usize::from(self.current.is_some())
    }

    /// Number of stored samples, including the stroke in progress.
    pub fn point_count(&self) -> usize {
        self.points
    }

    pub(super) fn all_strokes(&self) -> impl Iterator<Item = &Stroke> {
        self.strokes.iter().chain(self.current.as_ref())
    }

    /// Smoothed ink of every stroke (including the one in progress), in stroke order. Points
    /// are normalised to the pad; widths are fractions of the pad height (see the module
    /// docs). This is the geometry the PNG is drawn from.
    pub fn smoothed(&self, opts: &SmoothingOptions) -> Vec<SmoothedStroke> {
        let o = opts.sanitized();
        let mut kept = Vec::new();
        let mut buf = Vec::new();
        let result = self
            .all_strokes()
            .map(|stroke| self.smooth_into(stroke, &o, &mut kept, &mut buf))
            .collect();
        kept.zeroize();
        buf.zeroize();
        result
    }

    /// Smoothed ink of one stroke of this pad (one of [`strokes`](Self::strokes) or the
    /// [`current_stroke`](Self::current_stroke)), as in [`smoothed`](Self::smoothed).
    pub fn smoothed_stroke(&self, stroke: &Stroke, opts: &SmoothingOptions) -> SmoothedStroke {
        let (mut kept, mut buf) = (Vec::new(), Vec::new());
        let result = self.smooth_into(stroke, &opts.sanitized(), &mut kept, &mut buf);
        kept.zeroize();
        buf.zeroize();
        result
    }

    pub(super) fn smooth_into(
        &self,
        stroke: &Stroke,
        o: &SmoothingOptions,
        kept: &mut Vec<InkPoint>,
        buf: &mut Vec<InkPoint>,
    ) -> SmoothedStroke {
        buf.clear();
        smooth_stroke(
            &stroke.points,
            self.aspect,
            o,
            o.max_segment_length,
            kept,
            buf,
        );
        let points = buf
            .iter()
            .map(|p| SmoothedPoint {
                x: p.x / self.aspect,
                ..*p
            })
            .collect();
        SmoothedStroke { points }
    }

    /// Checks the signature with the default [`ValidationRules`].
    pub fn validate(&self) -> Result<(), SignatureProblem> {
        self.validate_with(&ValidationRules::default())
    }

    /// Checks the signature: refuses an empty pad, a single dot, a scribble too small to be a
    /// signature, and too few distinct points. The error's `Display` is a customer message.
    pub fn validate_with(&self, rules: &ValidationRules) -> Result<(), SignatureProblem> {
        if self.is_empty() {
            return Err(SignatureProblem::Empty);
        }
        let mut bounds = Bounds::EMPTY;
        let mut distinct = 0usize;
        for stroke in self.all_strokes() {
            let mut last: Option<(f32, f32)> = None;
            for p in &stroke.points {
                let (x, y) = (p.x * self.aspect, p.y);
                bounds.add(x, y, 0.0);
                if last.is_none_or(|(lx, ly)| (x - lx).hypot(y - ly) >= DISTINCT_POINT_SPACING) {
                    distinct += 1;
                    last = Some((x, y));
                }
            }
        }
        let d = ValidationRules::default();
        let extent = bounds.width().max(bounds.height());
        if extent < finite_or(rules.dot_extent, d.dot_extent) {
            return Err(SignatureProblem::SingleDot);
        }
        if extent < finite_or(rules.min_extent, d.min_extent) {
            return Err(SignatureProblem::TooSmall);
        }
        if distinct < rules.min_points {
            return Err(SignatureProblem::TooFewPoints);
        }
        Ok(())
    }

    /// Validates (with `opts.validation`), then renders the smoothed ink to a PNG of exactly
    /// `opts.width` x `opts.height` pixels: empty margins are trimmed, the ink is scaled
    /// uniformly (stroke widths included) to fill the image minus `opts.padding`, and centred.
    pub fn render_png(&self, opts: &RenderOptions) -> Result<SignatureImage, SignatureProblem> {
        self.validate_with(&opts.validation)?;
        let o = opts.smoothing.sanitized();
        let width = opts.width.clamp(1, MAX_OUTPUT_SIDE);
        let height = opts.height.clamp(1, MAX_OUTPUT_SIDE);
        let padding = opts.padding.min((width.min(height) - 1) / 2) as f32;
        let avail_w = width as f32 - 2.0 * padding;
        let avail_h = height as f32 - 2.0 * padding;

        // 1. Estimate the scale from the raw samples to choose how finely to cut the curves.
        let mut raw = Bounds::EMPTY;
        let max_radius = o.max_width.max(o.dot_width) * o.pressure_factor(Some(1.0)) / 2.0;
        for p in self.all_strokes().flat_map(|s| s.points.iter()) {
            raw.add(p.x * self.aspect, p.y, max_radius);
        }
        let step = RENDER_STEP_PX / raw.fit_scale(avail_w, avail_h);

        // 2. Smooth every stroke into one flat buffer (pad-height units).
        let mut kept = Vec::new();
        let mut ink: Vec<SmoothedPoint> = Vec::with_capacity(self.points * 3);
        let mut ends = Vec::with_capacity(self.stroke_count());
        for stroke in self.all_strokes() {
            smooth_stroke(&stroke.points, self.aspect, &o, step, &mut kept, &mut ink);
            ends.push(ink.len());
        }
        kept.zeroize();

        // 3. Exact ink bounds -> uniform scale and centring offset.
        let mut bounds = Bounds::EMPTY;
        for p in &ink {
            bounds.add(p.x, p.y, p.width / 2.0);
        }
        let scale = bounds.fit_scale(avail_w, avail_h);
        let ox = padding + (avail_w - bounds.width() * scale) / 2.0 - bounds.min_x * scale;
        let oy = padding + (avail_h - bounds.height() * scale) / 2.0 - bounds.min_y * scale;
        let to_px = |p: &SmoothedPoint| Disc {
            x: p.x * scale + ox,
            y: p.y * scale + oy,
            r: (p.width * scale / 2.0).max(MIN_RADIUS_PX),
        };

        // 4. One path for all ink; every contour has the same orientation, so the non-zero
        //    fill is the union of the pieces (crossings do not cancel out).
        let mut path = PathBuilder::with_capacity(ink.len() * 6 + 64, ink.len() * 5 + 64);
        let mut start = 0;
        for &end in &ends {
            add_stroke_outline(&ink[start..end], &to_px, &mut path);
            start = end;
        }
        ink.zeroize();
        let path = path.finish().ok_or(SignatureProblem::Empty)?;

        let mut pixmap = Pixmap::new(width, height).ok_or(SignatureProblem::ImageFailed)?;
        if opts.background == Background::White {
            pixmap.fill(Color::WHITE);
        }
        let mut paint = Paint {
            anti_alias: true,
            ..Paint::default()
        };
        let [r, g, b] = opts.ink;
        paint.set_color_rgba8(r, g, b, 255);
        pixmap.fill_path(
            &path,
            &paint,
            FillRule::Winding,
            Transform::identity(),
            None,
        );
        drop(path);

        let rgba = Zeroizing::new(pixmap.take_demultiplied());
        let png = encode_png(&rgba, width, height).ok_or(SignatureProblem::ImageFailed)?;
        Ok(SignatureImage { png, width, height })
    }
}
