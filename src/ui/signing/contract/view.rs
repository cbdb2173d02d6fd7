//! The contract above the signature pad (desk and kiosk): the booking's
//! documents as rendered pages, scrolled and zoomed (a pinch on a tablet,
//! ctrl + wheel or the buttons), then the consent. The pad stays disabled
//! until the last page has been on screen and the consent is ticked, or
//! until staff chose to go on with the amounts only because the contract
//! cannot be had. Also the receipt's buttons under the confirmation. Draws
//! and emits actions only.

use crate::domain::contract::ContractProblem;
use crate::i18n::{tr, trf};
use crate::pdf::bounds::fit_within;

use super::state::{
    CONSENT_LABEL, ContractState, FileStatus, MAX_ZOOM, MIN_ZOOM, PageSlot, ReceiptState,
};
use crate::ui::action::{Action, ContractAction};
use crate::ui::context::Surface;
use crate::ui::widgets;
use crate::ui::widgets::palette;
use crate::ui::widgets::touch::{TOUCH_TARGET, reserved_lines};

/// Accessible labels (tests find the widgets by them).
pub const NEXT_PAGE_LABEL: &str = "next-page";
pub const PREVIOUS_PAGE_LABEL: &str = "previous-page";
pub const ZOOM_IN_LABEL: &str = "zoom-in";
pub const ZOOM_OUT_LABEL: &str = "zoom-out";
pub const AMOUNTS_ONLY_LABEL: &str = "continue-with-the-amounts-only";
pub const SHOW_AGAIN_LABEL: &str = "show-the-contract-again";
pub const OPEN_IN_VIEWER_LABEL: &str = "open-in-the-pdf-viewer";
pub const SAVE_RECEIPT_LABEL: &str = "save-the-signing-receipt-ellipsis";
pub const PRINT_RECEIPT_LABEL: &str = "print-the-signing-receipt";

/// "Continue with the amounts only" (staff; the PIN on a kiosk), until chosen.
fn amounts_only_button(
    ui: &mut egui::Ui,
    state: &ContractState,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    if !state.amounts_only
        && ui
            .add(button(tr(AMOUNTS_ONLY_LABEL), surface))
            .on_hover_text(staff_hint(surface))
            .clicked()
    {
        actions.push(Action::Contract(ContractAction::AmountsOnly));
    }
}

fn staff_hint(surface: Surface) -> &'static str {
    if surface.is_kiosk() {
        tr("for-staff-needs-the-manager-pin")
    } else {
        tr("the-receipt-will-say-that-the-contract-was")
    }
}

/// Sizes of the contract's controls: the kiosk's are touch targets.
fn button(text: &str, surface: Surface) -> egui::Button<'_> {
    let button = egui::Button::new(text);
    if surface.is_kiosk() {
        button.min_size(egui::vec2(TOUCH_TARGET * 2.0, TOUCH_TARGET))
    } else {
        button
    }
}

/// The contract area above the pad. Returns whether the pad may be used.
pub fn show(
    ui: &mut egui::Ui,
    state: &mut ContractState,
    surface: Surface,
    actions: &mut Vec<Action>,
) -> bool {
    if state.booking.is_none() {
        return false;
    }
    if state.reread_after_change && !state.pad_unlocked() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr("the-booking-changed-this-is-its-new-contract"),
        );
    }
    if state.loading() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr("loading-the-contract"));
        });
        return false;
    }
    if let Some(problem) = state.problem.clone() {
        problem_box(ui, state, &problem, surface, actions);
        return state.pad_unlocked();
    }
    if state.pad_unlocked() && !state.show_again {
        accepted_line(ui, state, surface);
        return true;
    }
    let desk_height = (ui.available_height() * 0.5).max(160.0);
    page_bar(ui, state, surface, actions);
    // The kiosk: the pages fill the contract's place down to the consent
    // (the pad has a place of its own beside or under it).
    let height = if surface.is_kiosk() {
        (ui.available_height() - consent_height(ui)).max(120.0)
    } else {
        desk_height
    };
    pages_view(ui, state, height);
    consent_row(ui, state, surface);
    state.pad_unlocked()
}

fn problem_box(
    ui: &mut egui::Ui,
    state: &ContractState,
    problem: &ContractProblem,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    let next = if state.amounts_only {
        tr("signing-on-the-amounts-above-only-the-receipt")
    } else {
        tr("staff-may-continue-with-the-amounts-only-the")
    };
    widgets::message_box(ui, &problem.to_string(), Some(next), !state.amounts_only);
    ui.horizontal_wrapped(|ui| {
        amounts_only_button(ui, state, surface, actions);
        if !surface.is_kiosk() {
            open_buttons(ui, state, actions);
        }
    });
}

/// After the consent: one line, so the pad gets the room.
fn accepted_line(ui: &mut egui::Ui, state: &mut ContractState, surface: Surface) {
    ui.horizontal_wrapped(|ui| {
        let ok = palette::SUCCESS;
        ui.colored_label(ok, tr("contract-read-and-accepted"));
        let titles: Vec<&str> = state.documents.iter().map(|d| d.title.as_str()).collect();
        ui.label(egui::RichText::new(titles.join(" · ")).weak());
        if ui.add(button(tr(SHOW_AGAIN_LABEL), surface)).clicked() {
            state.show_again = true;
        }
    });
}

/// Titles, page number, paging and zoom buttons, and on the desk "Open in
/// the PDF viewer…".
fn page_bar(
    ui: &mut egui::Ui,
    state: &mut ContractState,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    let count = state.pages.len();
    let titles = |ui: &mut egui::Ui, state: &ContractState| {
        let titles: Vec<&str> = state.documents.iter().map(|d| d.title.as_str()).collect();
        ui.label(egui::RichText::new(titles.join(" · ")).strong());
        ui.label(trf(
            "page-page-of-pages",
            &[("page", &(state.current + 1)), ("pages", &count)],
        ));
    };
    // The kiosk: the titles on a line of their own, so the buttons keep
    // their row whatever the titles' length.
    if surface.is_kiosk() {
        ui.horizontal_wrapped(|ui| titles(ui, state));
    }
    ui.horizontal_wrapped(|ui| {
        if !surface.is_kiosk() {
            titles(ui, state);
        }
        if ui
            .add_enabled(state.current > 0, button(tr(PREVIOUS_PAGE_LABEL), surface))
            .clicked()
        {
            state.go_to = Some(state.current.saturating_sub(1));
        }
        if ui
            .add_enabled(
                state.current + 1 < count,
                button(tr(NEXT_PAGE_LABEL), surface),
            )
            .clicked()
        {
            state.go_to = Some(state.current + 1);
        }
        if ui
            .add_enabled(state.zoom > MIN_ZOOM, button(tr(ZOOM_OUT_LABEL), surface))
            .clicked()
        {
            state.zoom = (state.zoom / 1.25).max(MIN_ZOOM);
        }
        if ui
            .add_enabled(state.zoom < MAX_ZOOM, button(tr(ZOOM_IN_LABEL), surface))
            .clicked()
        {
            state.zoom = (state.zoom * 1.25).min(MAX_ZOOM);
        }
        if state.show_again
            && ui
                .add(button(tr("fold-the-contract-away"), surface))
                .clicked()
        {
            state.show_again = false;
        }
    });
    if state.any_incomplete() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr("part-of-the-contract-could-not-be-drawn"),
        );
        // No consent to what could not be shown: the amounts only instead.
        amounts_only_button(ui, state, surface, actions);
    }
    if !surface.is_kiosk() {
        ui.horizontal_wrapped(|ui| open_buttons(ui, state, actions));
    }
}

/// "Open in the PDF viewer…" for each document (desk only: it goes through
/// the save dialog, never a silent temporary file), and how it went.
fn open_buttons(ui: &mut egui::Ui, state: &ContractState, actions: &mut Vec<Action>) {
    for (index, doc) in state.documents.iter().enumerate() {
        let label = format!("{} – {}", doc.title, tr(OPEN_IN_VIEWER_LABEL));
        if ui
            .add_enabled(state.open_pending.is_none(), egui::Button::new(label))
            .on_hover_text(tr("saves-a-copy-where-you-choose-then-opens"))
            .clicked()
        {
            actions.push(Action::Contract(ContractAction::OpenDocument(index)));
        }
    }
    file_status_line(ui, state.open_status.as_ref());
}

fn file_status_line(ui: &mut egui::Ui, status: Option<&FileStatus>) {
    match status {
        None => {}
        Some(FileStatus::Saving) => {
            ui.spinner();
            ui.label(egui::RichText::new(tr("choose-where-to-save-the-file")).weak());
        }
        Some(FileStatus::Saved(path)) => {
            ui.label(trf("saved-to-path", &[("path", &path.display())]));
        }
        Some(FileStatus::Cancelled) => {
            ui.label(egui::RichText::new(tr("nothing-was-saved-the-dialog-was-closed")).weak());
        }
        Some(FileStatus::Failed(e)) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
        }
        Some(FileStatus::Printing) => {
            ui.spinner();
            ui.label(egui::RichText::new(tr("sending-the-receipt-to-the-printer")).weak());
        }
        Some(FileStatus::Printed(printer)) if printer.is_empty() => {
            ui.label(tr("sent-to-the-default-printer"));
        }
        Some(FileStatus::Printed(printer)) => {
            ui.label(trf("sent-to-the-printer-name", &[("name", printer)]));
        }
    }
}

/// The pages, one under the other, in a scroll area; a pinch (or ctrl +
/// wheel) over them zooms.
fn pages_view(ui: &mut egui::Ui, state: &mut ContractState, height: f32) {
    // Measured outside the scroll area: inside, the width would follow the
    // zoomed content of the last frame.
    let width = (ui.available_width() - 16.0).max(100.0) * state.zoom.max(MIN_ZOOM);
    let output = egui::ScrollArea::both()
        .id_salt("contract_pages")
        // "Next page" jumps there at once (an animation would need time to pass).
        .animated(false)
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| page_list(ui, state, width));
    let pinch = ui.input(|i| i.zoom_delta());
    if pinch != 1.0 && ui.rect_contains_pointer(output.inner_rect) {
        state.zoom = (state.zoom * pinch).clamp(MIN_ZOOM, MAX_ZOOM);
    }
}

fn page_list(ui: &mut egui::Ui, state: &mut ContractState, width: f32) {
    let go_to = state.go_to.take();
    let count = state.pages.len();
    let clip = ui.clip_rect();
    let mut top_page = None;
    for (index, slot) in state.pages.iter_mut().enumerate() {
        upload(ui.ctx(), index, slot);
        let size = egui::vec2(width, width * slot.aspect);
        let response = match &slot.texture {
            Some(texture) => ui.add(egui::Image::new((texture.id(), size))),
            None => {
                let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
                response
            }
        };
        let label = trf(
            "contract-page-page-of-pages",
            &[("page", &(index + 1)), ("pages", &count)],
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
        if go_to == Some(index) {
            response.scroll_to_me(Some(egui::Align::TOP));
        }
        let seen = clip.intersect(response.rect).height();
        if seen > 0.0 && top_page.is_none() {
            top_page = Some(index);
        }
        // Seen to the end: the last page, drawn, well on screen.
        if index + 1 == count
            && slot.texture.is_some()
            && seen >= (clip.height() * 0.3).min(size.y * 0.3)
        {
            state.reached_end = true;
        }
        ui.add_space(6.0);
    }
    state.current = go_to.or(top_page).unwrap_or(state.current);
}

/// A page's pixels become a texture once (kept until the state is dropped).
fn upload(ctx: &egui::Context, index: usize, slot: &mut PageSlot) {
    let Some(image) = slot.image.take() else {
        return;
    };
    // No texture larger than the GPU takes (egui_glow asserts on one).
    let image = fit_within(image, ctx.input(|i| i.max_texture_side));
    let size = [image.width as usize, image.height as usize];
    if image.rgba.len() != size[0] * size[1] * 4 {
        return;
    }
    let pixels = egui::ColorImage::from_rgba_premultiplied(size, &image.rgba);
    slot.texture = Some(ctx.load_texture(
        format!("contract-page-{index}"),
        pixels,
        egui::TextureOptions::LINEAR,
    ));
}

/// The kiosk's consent: a line for "Read to the last page", then the
/// check box (see [`consent_row`]).
fn consent_height(ui: &egui::Ui) -> f32 {
    let spacing = ui.spacing().item_spacing.y;
    4.0 + ui.text_style_height(&egui::TextStyle::Body) + TOUCH_TARGET + 3.0 * spacing
}

fn consent_row(ui: &mut egui::Ui, state: &mut ContractState, surface: Surface) {
    ui.add_space(4.0);
    let kiosk = surface.is_kiosk();
    let text = egui::RichText::new(tr(CONSENT_LABEL)).size(if kiosk { 20.0 } else { 15.0 });
    let reached_end = state.reached_end;
    let hint = move |ui: &mut egui::Ui| {
        if !reached_end {
            ui.label(egui::RichText::new(tr("read-to-the-last-page-to-sign")).weak());
        }
    };
    if kiosk {
        // The hint's line stays when it goes: the box never moves.
        reserved_lines(ui, 1.0, hint);
        ui.add_enabled(
            state.reached_end && state.all_drawn(),
            egui::Checkbox::new(&mut state.consent, text),
        );
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.add_enabled(
            state.reached_end && state.all_drawn(),
            egui::Checkbox::new(&mut state.consent, text),
        );
        hint(ui);
    });
}

/// Under the confirmation: save or print the receipt (through the save
/// dialog), and how it went.
pub fn receipt_section(
    ui: &mut egui::Ui,
    receipt: &ReceiptState,
    surface: Surface,
    actions: &mut Vec<Action>,
) {
    if receipt.receipt.is_none() {
        return;
    }
    ui.vertical_centered(|ui| {
        ui.add_space(12.0);
        let busy = receipt.pending.is_some();
        // One under the other, centred like the confirmation above.
        if ui
            .add_enabled(!busy, button(tr(SAVE_RECEIPT_LABEL), surface))
            .on_hover_text(tr("a-pdf-for-the-customer-the-booking-the"))
            .clicked()
        {
            actions.push(Action::Contract(ContractAction::SaveReceipt {
                print: false,
            }));
        }
        if ui
            .add_enabled(!busy, button(tr(PRINT_RECEIPT_LABEL), surface))
            .on_hover_text(if crate::platform::prints_through_cups() {
                tr("sends-the-receipt-to-the-printer-chosen-in")
            } else {
                tr("saves-the-receipt-then-prints-it-with-the")
            })
            .clicked()
        {
            actions.push(Action::Contract(ContractAction::SaveReceipt {
                print: true,
            }));
        }
        file_status_line(ui, receipt.status.as_ref());
    });
}
