//! Layout checks over the widgets egui laid out in the last frame: nothing
//! interactive off the screen, no two interactive widgets on top of each
//! other, and (kiosk) every target big enough for a finger.

use egui::{Context, Id, LayerId, Rect, WidgetRect};

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
}

/// Makes egui keep each widget's kind and label (debug builds), so the
/// checks can tell text from controls and name what they found.
pub fn record_widget_info(ctx: &Context) {
    ctx.all_styles_mut(|s| s.debug.show_interactive_widgets = true);
}

/// Interactive, enabled, visible widgets of the last frame, per layer
/// (call [`record_widget_info`] first).
pub fn interactive_widgets(ctx: &Context) -> Vec<Placed> {
    let raw: Vec<(WidgetRect, String)> = ctx.viewport(|vp| {
        let widgets = &vp.prev_pass.widgets;
        widgets
            .layers()
            .flat_map(|(_, rects)| rects.iter().filter(|w| is_target(w)))
            .filter(|w| !is_text(widgets, w.id))
            .map(|w| (*w, describe(widgets, w.id)))
            .collect()
    });
    // Layer transforms are read outside the viewport lock (egui's locks
    // do not nest).
    raw.into_iter()
        .map(|(w, label)| {
            let w = w.transform(
                ctx.layer_transform_to_global(w.layer_id)
                    .unwrap_or_default(),
            );
            Placed {
                id: w.id,
                layer: w.layer_id,
                rect: w.rect,
                visible: w.interact_rect,
                label,
            }
        })
        .collect()
}

/// Plain text: selectable, but nothing to aim at (and never a touch target).
fn is_text(widgets: &egui::WidgetRects, id: Id) -> bool {
    widgets
        .info(id)
        .is_some_and(|i| i.role == egui::accesskit::Role::Label)
}

fn describe(widgets: &egui::WidgetRects, id: Id) -> String {
    widgets
        .info(id)
        .map(|i| format!("{:?} {:?}", i.role, i.label.clone().unwrap_or_default()))
        .unwrap_or_else(|| format!("{id:?}"))
}

/// A widget a person can aim at: it senses clicks or drags (or takes
/// focus), it is enabled and shown (it may be scrolled out of view or
/// clipped away: see [`Placed::on_screen`]).
fn is_target(w: &WidgetRect) -> bool {
    let senses = w.sense.senses_click() || w.sense.senses_drag() || w.sense.is_focusable();
    senses && w.enabled && w.visible
}

/// Widgets cut off on the left or right: by the window's edge, or by the
/// panel they are in (content running under a side panel). Horizontal
/// clipping is never intended (vertical overflow scrolls), unless the
/// widget sits in a horizontal scroll area, which then shows its bar.
pub fn off_screen(widgets: &[Placed], screen: Rect) -> Vec<String> {
    let bars: Vec<&Placed> = widgets.iter().filter(|w| is_horizontal_bar(w)).collect();
    widgets
        .iter()
        .filter(|w| cut_off_sideways(w, screen))
        .filter(|w| !bars.iter().any(|bar| scrolls(bar, w)))
        .map(|w| {
            format!(
                "{} at {:?} is cut off (shown: {:?})",
                w.label, w.rect, w.visible
            )
        })
        .collect()
}

fn cut_off_sideways(w: &Placed, screen: Rect) -> bool {
    const EPS: f32 = 0.5;
    // Scrolled out of view (vertically): only the window's edges count.
    let clip = if w.on_screen() { w.visible } else { screen };
    w.rect.left() < clip.left() - EPS || w.rect.right() > clip.right() + EPS
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
/// buttons).
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
            if common.width() > 1.0
                && common.height() > 1.0
                && !a.visible.contains_rect(b.visible)
                && !b.visible.contains_rect(a.visible)
            {
                found.push(format!(
                    "{} {:?} overlaps {} {:?}",
                    a.label, a.visible, b.label, b.visible
                ));
            }
        }
    }
    found
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
