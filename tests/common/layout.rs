//! Layout checks over the widgets egui laid out in the last frame: nothing
//! interactive off the screen (any edge), no two interactive widgets on top
//! of each other (the same rectangle twice counts), and (kiosk) every
//! target big enough for a finger.

use egui::{Context, Id, LayerId, Rect, WidgetRect, WidgetRects};

/// An interactive widget of the last frame, in screen coordinates.
#[derive(Debug, Clone)]
pub struct Placed {
    pub id: Id,
    pub layer: LayerId,
    /// The whole widget.
    pub rect: Rect,
    /// The part that can be touched (after clipping).
    pub visible: Rect,
    pub label: String,
    /// The visible part of the vertical scroll area it sits in, if any: a
    /// widget below or above it is scrolled out of view, not cut off.
    pub scroll_view: Option<Rect>,
}

/// Makes egui keep each widget's kind and label (debug builds), so the
/// checks can tell text from controls and name what they found.
pub fn record_widget_info(ctx: &Context) {
    ctx.all_styles_mut(|s| s.debug.show_interactive_widgets = true);
}

/// Interactive, enabled, visible widgets of the last frame, per layer
/// (call [`record_widget_info`] first).
pub fn interactive_widgets(ctx: &Context) -> Vec<Placed> {
    let raw: Vec<(WidgetRect, String, Option<Rect>)> = ctx.viewport(|vp| {
        let widgets = &vp.prev_pass.widgets;
        widgets
            .layers()
            .flat_map(|(_, rects)| rects.iter().filter(|w| is_target(w)))
            .filter(|w| !is_text(widgets, w.id))
            .map(|w| (*w, describe(widgets, w.id), scroll_view(widgets, w)))
            .collect()
    });
    // Layer transforms are read outside the viewport lock (egui's locks
    // do not nest).
    raw.into_iter()
        .map(|(w, label, view)| {
            let t = ctx
                .layer_transform_to_global(w.layer_id)
                .unwrap_or_default();
            let w = w.transform(t);
            Placed {
                id: w.id,
                layer: w.layer_id,
                rect: w.rect,
                visible: w.interact_rect,
                label,
                scroll_view: view.map(|r| t.mul_rect(r)),
            }
        })
        .collect()
}

/// Plain text: selectable, but nothing to aim at (and never a touch target).
fn is_text(widgets: &WidgetRects, id: Id) -> bool {
    widgets
        .info(id)
        .is_some_and(|i| i.role == egui::accesskit::Role::Label)
}

fn describe(widgets: &WidgetRects, id: Id) -> String {
    widgets
        .info(id)
        .map(|i| format!("{:?} {:?}", i.role, i.label.clone().unwrap_or_default()))
        .unwrap_or_else(|| format!("{id:?}"))
}

fn is_scroll_bar(widgets: &WidgetRects, w: &WidgetRect) -> bool {
    widgets
        .info(w.id)
        .is_some_and(|i| i.role == egui::accesskit::Role::ScrollBar)
}

/// The visible part of the nearest vertical scroll area around `w`: an
/// enclosing `Ui` whose content is clipped top or bottom, beside which its
/// parent shows a vertical scroll bar (egui shows one only when the content
/// is too tall).
fn scroll_view(widgets: &WidgetRects, w: &WidgetRect) -> Option<Rect> {
    let mut at = *w;
    // Ui ids chain up to the root, whose parent is itself.
    for _ in 0..64 {
        let parent = widgets.get(at.parent_id).copied()?;
        if parent.id == at.id {
            return None;
        }
        let clipped = parent.rect.height() > parent.interact_rect.height() + 0.5;
        if clipped && has_vertical_bar(widgets, &parent) {
            return Some(parent.interact_rect);
        }
        at = parent;
    }
    None
}

/// A vertical scroll bar, child of `content`'s parent, along its height.
fn has_vertical_bar(widgets: &WidgetRects, content: &WidgetRect) -> bool {
    let view = content.interact_rect;
    widgets.layers().any(|(_, rects)| {
        rects.iter().any(|b| {
            b.parent_id == content.parent_id
                && is_scroll_bar(widgets, b)
                && b.rect.height() > b.rect.width()
                && b.rect.top() < view.bottom()
                && b.rect.bottom() > view.top()
        })
    })
}

/// A widget a person can aim at: it senses clicks or drags (or takes
/// focus), it is enabled and shown (it may be scrolled out of view or
/// clipped away: see [`Placed::on_screen`]).
fn is_target(w: &WidgetRect) -> bool {
    let senses = w.sense.senses_click() || w.sense.senses_drag() || w.sense.is_focusable();
    senses && w.enabled && w.visible
}

/// Widgets cut off at any edge: by the window, or by the panel they are in
/// (content running under another panel). Clipping is intended only inside
/// a scroll area: horizontally where the area shows its bar, vertically
/// where the widget sits in a vertical scroll area that itself fits the
/// window.
pub fn off_screen(widgets: &[Placed], screen: Rect) -> Vec<String> {
    let bars: Vec<&Placed> = widgets.iter().filter(|w| is_horizontal_bar(w)).collect();
    let sideways = widgets
        .iter()
        .filter(|w| cut_off_sideways(w, screen))
        .filter(|w| !bars.iter().any(|bar| scrolls(bar, w)));
    let vertically = widgets.iter().filter(|w| cut_off_vertically(w, screen));
    sideways
        .chain(vertically)
        .map(|w| {
            format!(
                "{} at {:?} is cut off (shown: {:?})",
                w.label, w.rect, w.visible
            )
        })
        .collect()
}

const EPS: f32 = 0.5;

fn cut_off_sideways(w: &Placed, screen: Rect) -> bool {
    // Scrolled out of view (vertically): only the window's edges count.
    let clip = if w.on_screen() { w.visible } else { screen };
    w.rect.left() < clip.left() - EPS || w.rect.right() > clip.right() + EPS
}

fn cut_off_vertically(w: &Placed, screen: Rect) -> bool {
    let past = |r: Rect, clip: Rect| r.top() < clip.top() - EPS || r.bottom() > clip.bottom() + EPS;
    match w.scroll_view {
        // In a scroll area: fine as long as the area itself fits.
        Some(view) => past(view, screen),
        // Elsewhere: all of it within the window and within its panel.
        None => past(w.rect, screen) || (w.on_screen() && past(w.rect, w.visible)),
    }
}

fn is_horizontal_bar(w: &Placed) -> bool {
    w.label.starts_with("ScrollBar") && w.rect.width() > w.rect.height()
}

/// `bar` is the horizontal scroll bar of an area holding `w`: it spans
/// the visible part of `w` and lies below it.
fn scrolls(bar: &Placed, w: &Placed) -> bool {
    bar.visible.left() <= w.visible.left() + 1.0
        && bar.visible.right() >= w.visible.right() - 1.0
        && bar.visible.top() >= w.visible.top()
}

impl Placed {
    /// Some of it can be touched now.
    pub fn on_screen(&self) -> bool {
        self.visible.is_positive()
    }
}

/// Pairs of widgets of one layer whose touchable parts overlap, where
/// neither holds the other (a scroll area holds its rows; a frame its
/// buttons). Two widgets on exactly the same spot hold nothing: they are
/// one on top of the other.
pub fn overlapping(widgets: &[Placed]) -> Vec<String> {
    // An area's own background (its "move" handle) lies under its contents
    // by design.
    let shown: Vec<&Placed> = widgets
        .iter()
        .filter(|w| w.on_screen() && !w.label.ends_with(r#".with("move")"#))
        .collect();
    let mut found = Vec::new();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            if a.layer != b.layer || a.id == b.id {
                continue;
            }
            let common = a.visible.intersect(b.visible);
            let same = same_rect(a.visible, b.visible);
            let holds = a.visible.contains_rect(b.visible) || b.visible.contains_rect(a.visible);
            if common.width() > 1.0 && common.height() > 1.0 && (same || !holds) {
                found.push(format!(
                    "{} {:?} overlaps {} {:?}",
                    a.label, a.visible, b.label, b.visible
                ));
            }
        }
    }
    found
}

fn same_rect(a: Rect, b: Rect) -> bool {
    (a.min - b.min).length() < EPS && (a.max - b.max).length() < EPS
}

/// Targets smaller than `min` points on a side (kiosk: 48 px). Scroll bars
/// are left out: on a touch screen the content itself is dragged to scroll
/// (egui's drag-to-scroll), the bar only shows where one is.
pub fn too_small(widgets: &[Placed], min: f32) -> Vec<String> {
    widgets
        .iter()
        .filter(|w| w.on_screen() && !w.label.starts_with("ScrollBar"))
        .filter(|w| w.rect.width() < min - 0.5 || w.rect.height() < min - 0.5)
        .map(|w| format!("{} is only {:?}", w.label, w.rect.size()))
        .collect()
}

/// Check boxes and radio buttons whose box, the square (or circle) drawn
/// at their left, is smaller than `min` on a side: the row around it may
/// be a touch target, but the box is what a finger aims at. `shapes` are
/// the last frame's (the frame [`interactive_widgets`] read). A box that
/// cannot be found on a fully shown widget is reported too, so the rule
/// never passes by not looking.
pub fn small_boxes(
    widgets: &[Placed],
    shapes: &[egui::epaint::ClippedShape],
    min: f32,
) -> Vec<String> {
    let mut drawn = Vec::new();
    for s in shapes {
        boxes_in(&s.shape, &mut drawn);
    }
    widgets
        .iter()
        .filter(|w| w.label.starts_with("CheckBox") || w.label.starts_with("RadioButton"))
        .filter(|w| w.on_screen())
        .filter_map(|w| {
            let side = drawn
                .iter()
                .filter(|r| w.rect.expand(1.0).contains_rect(**r))
                .filter(|r| (r.left() - w.rect.left()).abs() < 3.0)
                .map(|r| r.width())
                .fold(None, |a: Option<f32>, b| Some(a.map_or(b, |a| a.max(b))));
            match side {
                Some(side) if side < min - 0.5 => {
                    Some(format!("{}'s box is only {side} px", w.label))
                }
                None if same_rect(w.rect, w.visible) => {
                    Some(format!("{}: no box found at its left", w.label))
                }
                _ => None,
            }
        })
        .collect()
}

/// The squares and circles (as their bounding squares) among `shape`.
fn boxes_in(shape: &egui::Shape, out: &mut Vec<Rect>) {
    match shape {
        egui::Shape::Vec(v) => v.iter().for_each(|s| boxes_in(s, out)),
        egui::Shape::Rect(r) if (r.rect.width() - r.rect.height()).abs() < 1.0 => out.push(r.rect),
        egui::Shape::Circle(c) => out.push(Rect::from_center_size(
            c.center,
            egui::Vec2::splat(2.0 * c.radius),
        )),
        _ => {}
    }
}
