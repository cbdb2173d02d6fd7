//! The signature pad: paints the drawing and feeds it every pointer and
//! touch event of a frame, not only the last pointer position, so a fast
//! stroke keeps its curve; touch force becomes pen pressure. Strokes are
//! stored normalised to the pad (see [`crate::domain::signature`]), so
//! resizing the window keeps the drawing.

use crate::domain::signature::{SamplePoint, SignaturePad};
use crate::i18n::tr;

use super::ink::{InkCache, paint_ink};
use super::state::{PAD_ASPECT, PadInput, SignatureState};
use crate::ui::widgets::palette;

/// Accessible name of the pad (tests find it by this label).
pub const PAD_LABEL: &str = "signature-pad";

/// The desk's pad size: [`PAD_ASPECT`], as wide as fits above `reserve`
/// (the kiosk places its pad itself, `signing::view::kiosk_regions`; the
/// PNG sent is [`IMAGE_SIZE`](super::state::IMAGE_SIZE) all the same: the
/// export trims the ink and scales it uniformly, whatever the pad's shape).
pub fn pad_size(avail: egui::Vec2, reserve: f32) -> egui::Vec2 {
    let max_h = (avail.y - reserve).max(100.0);
    let width = avail.x.min(max_h * PAD_ASPECT).max(150.0);
    egui::vec2(width, width / PAD_ASPECT)
}

/// The pad: paints the drawing and feeds it every pointer event of the frame.
/// Returns true when the drawing changed.
pub(super) fn pad(
    ui: &mut egui::Ui,
    sig: &mut SignatureState,
    drawing: &mut SignaturePad,
    size: egui::Vec2,
    enabled: bool,
) -> bool {
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, enabled, tr(PAD_LABEL)));
    drawing.set_aspect(rect.width() / rect.height());

    let changed = if enabled {
        feed_events(ui, rect, sig, drawing)
    } else {
        sig.input.drawing = false;
        false
    };
    if sig.input.drawing || (response.hovered() && enabled) {
        ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
    }
    paint(ui, rect, drawing, enabled, &mut sig.ink);
    changed
}

fn feed_events(
    ui: &egui::Ui,
    rect: egui::Rect,
    sig: &mut SignatureState,
    pad: &mut SignaturePad,
) -> bool {
    let (events, time) = ui.input(|i| (i.events.clone(), i.time));
    let t_ms = time * 1000.0;
    let layer = ui.layer_id();
    let ctx = ui.ctx().clone();
    // The pad takes a press only when nothing (a dialog, a menu) covers it.
    let uncovered = |pos: egui::Pos2| ctx.layer_id_at(pos).is_none_or(|l| l == layer);
    let input = &mut sig.input;
    let sample = |pos: egui::Pos2, force: Option<f32>| {
        let p = SamplePoint::new(
            (pos.x - rect.left()) / rect.width(),
            (pos.y - rect.top()) / rect.height(),
            t_ms,
        );
        match force {
            Some(f) if f.is_finite() && f > 0.0 => p.with_pressure(f),
            _ => p,
        }
    };
    // Pressure only while a finger (or stylus) drives the pointer.
    let pen_force = |input: &PadInput| input.touch.and(input.force);
    let mut changed = false;
    for event in events {
        match event {
            // egui also turns the first finger into pointer events, right
            // after its touch event: the touch gives the force, the pointer
            // events draw.
            egui::Event::Touch {
                id, phase, force, ..
            } => match phase {
                egui::TouchPhase::Start => {
                    if input.touch.is_none() {
                        input.touch = Some(id);
                        input.force = force;
                    }
                }
                egui::TouchPhase::Move => {
                    if input.touch == Some(id) {
                        input.force = force;
                    }
                }
                egui::TouchPhase::End | egui::TouchPhase::Cancel => {
                    if input.touch == Some(id) {
                        input.touch = None;
                    }
                }
            },
            egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed: true,
                ..
            } if rect.contains(pos) && uncovered(pos) => {
                pad.begin_stroke(sample(pos, pen_force(input)));
                input.drawing = true;
                changed = true;
            }
            egui::Event::PointerMoved(pos) if input.drawing => {
                pad.extend_stroke(sample(pos, pen_force(input)));
                changed = true;
            }
            egui::Event::PointerButton {
                button: egui::PointerButton::Primary,
                pressed: false,
                ..
            }
            | egui::Event::PointerGone
            | egui::Event::WindowFocused(false)
                if input.drawing =>
            {
                pad.end_stroke();
                input.drawing = false;
                input.force = None;
                changed = true;
            }
            _ => {}
        }
    }
    changed
}

fn paint(ui: &egui::Ui, rect: egui::Rect, pad: &SignaturePad, enabled: bool, cache: &mut InkCache) {
    let painter = ui.painter_at(rect);
    // White paper and dark ink whatever the theme: what the signer sees is
    // what the image shows.
    let paper = egui::Color32::WHITE;
    let guide = palette::PAD_GUIDE;
    painter.rect_filled(rect, 6.0, paper);
    painter.rect_stroke(
        rect,
        6.0,
        egui::Stroke::new(1.5, palette::PAD_BORDER),
        egui::StrokeKind::Inside,
    );
    let h = rect.height();
    let base_y = rect.top() + 0.72 * h;
    let left = rect.left() + 0.05 * rect.width();
    let right = rect.right() - 0.05 * rect.width();
    painter.line_segment(
        [egui::pos2(left, base_y), egui::pos2(right, base_y)],
        egui::Stroke::new(1.5, guide),
    );
    let font = egui::FontId::proportional((0.1 * h).clamp(12.0, 28.0));
    painter.text(
        egui::pos2(left, base_y - 4.0),
        egui::Align2::LEFT_BOTTOM,
        "×",
        font.clone(),
        guide,
    );
    painter.text(
        egui::pos2(left, base_y + 6.0),
        egui::Align2::LEFT_TOP,
        tr("sign-here"),
        font,
        guide,
    );

    paint_ink(ui.ctx(), &painter, rect, pad, cache);
    if !enabled {
        painter.rect_filled(rect, 6.0, egui::Color32::from_white_alpha(60));
    }
}
