//! The contract above the signature pad (desk and kiosk, issue 21): the
//! booking's documents as rendered pages, scrolled and zoomed (a pinch on a
//! tablet, ctrl + wheel or the buttons), then the consent. The pad stays
//! disabled until the last page has been on screen and the consent is
//! ticked, or until staff chose to go on with the amounts only because the
//! contract cannot be had. Pages arrive from the worker as pixels and become
//! textures here; nothing is rendered in a frame. Draws and emits actions;
//! [`apply`] and [`on_event`] are the reducers.

use super::kiosk::{KioskAction, PinPurpose, StaffStep};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Local, Utc};
use zeroize::Zeroizing;

use crate::api::BookingId;
use crate::domain::contract::{ContractDocument, ContractProblem};
use crate::i18n::{self, Text, tr, trf};
use crate::pdf::bounds::fit_within;
use crate::pdf::read::PageImage;
use crate::receipt::{Receipt, ShownDocument};
use crate::worker::contract::{ContractCommand, ContractEvent, ContractUpdate};
use crate::worker::live::EndOnDrop;
use crate::worker::sheet::FileOpener;
use crate::worker::{Command, RequestId, SaveDialog};

use super::app::{Action, AppState};
use super::requests::{Outbox, Pending};
use super::signature_panel::SigningFor;
use super::widgets;

/// Accessible labels (tests find the widgets by them).
pub const CONSENT_LABEL: &str = "i-have-read-the-contract-and-accept-it";
pub const NEXT_PAGE_LABEL: &str = "next-page";
pub const PREVIOUS_PAGE_LABEL: &str = "previous-page";
pub const ZOOM_IN_LABEL: &str = "zoom-in";
pub const ZOOM_OUT_LABEL: &str = "zoom-out";
pub const AMOUNTS_ONLY_LABEL: &str = "continue-with-the-amounts-only";
pub const SHOW_AGAIN_LABEL: &str = "show-the-contract-again";
pub const OPEN_IN_VIEWER_LABEL: &str = "open-in-the-pdf-viewer";
pub const SAVE_RECEIPT_LABEL: &str = "save-the-signing-receipt-ellipsis";
pub const PRINT_RECEIPT_LABEL: &str = "print-the-signing-receipt";

const MIN_ZOOM: f32 = 1.0;
const MAX_ZOOM: f32 = 4.0;

/// One page: its pixels until they become a texture in a frame.
#[derive(Default)]
struct PageSlot {
    image: Option<PageImage>,
    texture: Option<egui::TextureHandle>,
    /// Height / width, once known (A4 until then).
    aspect: f32,
    /// The renderer skipped something on it.
    incomplete: bool,
}

/// How a save (the receipt, a copy of a document) went.
#[derive(Debug, Clone, PartialEq)]
pub enum FileStatus {
    Saving,
    Saved(PathBuf),
    Cancelled,
    Failed(Text),
}

/// The contract's state, part of the Signature panel's. Customer data:
/// wiped with the signature (see `ui/customer.rs`).
#[derive(Default)]
pub struct ContractState {
    pub booking: Option<BookingId>,
    /// The load whose updates are taken (several answers: not a [`Pending`]).
    load: Option<RequestId>,
    pub documents: Vec<ContractDocument>,
    pages: Vec<PageSlot>,
    /// Index in `pages` of each document's first page.
    page_offsets: Vec<usize>,
    pub problem: Option<ContractProblem>,
    /// The last page has been on screen.
    pub reached_end: bool,
    pub consent: bool,
    /// Staff chose to sign on the amounts only (the contract cannot be had).
    pub amounts_only: bool,
    /// The pages are shown again after the consent (they fold away then).
    show_again: bool,
    zoom: f32,
    /// The page to bring into view in the next frame.
    go_to: Option<usize>,
    /// The page at the top of the view.
    current: usize,
    /// The signature image sent, until the save's answer (for the receipt).
    pub(super) sent_png: Option<Zeroizing<Vec<u8>>>,
    /// "Open in the PDF viewer…" of a document (desk).
    pub open_pending: Pending,
    pub open_status: Option<FileStatus>,
    /// Ends a document's save and viewing when this state is wiped.
    live: EndOnDrop,
}

impl std::fmt::Debug for ContractState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContractState")
            .field("booking", &self.booking)
            .field("documents", &self.documents)
            .field("pages", &self.pages.len())
            .field("reached_end", &self.reached_end)
            .field("consent", &self.consent)
            .field("current", &self.current)
            .field("zoom", &self.zoom)
            .finish_non_exhaustive()
    }
}

impl ContractState {
    /// The pad may be used.
    pub fn pad_unlocked(&self) -> bool {
        let consented = self.reached_end && self.consent && self.all_drawn();
        consented || (self.amounts_only && (self.problem.is_some() || self.any_incomplete()))
    }

    /// Every page arrived and was drawn fully: only then may the customer
    /// consent to what they read.
    pub fn all_drawn(&self) -> bool {
        !self.pages.is_empty()
            && self
                .pages
                .iter()
                .all(|p| (p.image.is_some() || p.texture.is_some()) && !p.incomplete)
    }

    /// A page could not be drawn fully (staff may go on with the amounts).
    pub fn any_incomplete(&self) -> bool {
        self.pages.iter().any(|p| p.incomplete)
    }

    /// Still loading (no documents and no problem yet).
    pub fn loading(&self) -> bool {
        self.load.is_some() && self.pages.is_empty() && self.problem.is_none()
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Pages whose pixels have arrived.
    pub fn pages_ready(&self) -> usize {
        self.pages
            .iter()
            .filter(|p| p.image.is_some() || p.texture.is_some())
            .count()
    }

    /// Pages on screen as textures.
    pub fn pages_shown(&self) -> usize {
        self.pages.iter().filter(|p| p.texture.is_some()).count()
    }

    /// Anything about the customer: the booking, documents, pages.
    pub fn holds_data(&self) -> bool {
        self.booking.is_some()
            || !self.documents.is_empty()
            || !self.pages.is_empty()
            || self.sent_png.is_some()
    }

    /// Whether document `index` was drawn fully (every page of it arrived
    /// without the renderer skipping anything).
    pub fn drawn_fully(&self, index: usize) -> bool {
        if self.problem.is_some() {
            return false;
        }
        let start = self.page_offsets.get(index).copied().unwrap_or(0);
        let end = self
            .page_offsets
            .get(index + 1)
            .copied()
            .unwrap_or(self.pages.len());
        self.pages
            .get(start..end)
            .is_some_and(|p| !p.is_empty() && p.iter().all(|s| !s.incomplete))
    }
}

/// The signing receipt after a save, and how its save went. Customer data.
#[derive(Debug, Default)]
pub struct ReceiptState {
    pub receipt: Option<Box<Receipt>>,
    pub pending: Pending,
    pub status: Option<FileStatus>,
    /// Ends the receipt's save or print when this state is wiped.
    live: EndOnDrop,
}

#[derive(Debug)]
pub enum ContractAction {
    /// Sign on the amounts only (the contract cannot be had).
    AmountsOnly,
    /// Save the receipt; `print`: then open it in the viewer.
    SaveReceipt { print: bool },
    /// Save a copy of document `index` and open it in the PDF viewer (desk).
    OpenDocument(usize),
}

impl ContractAction {
    /// Steps only staff may take on a kiosk: the customer may not skip the
    /// contract, and a file dialog would let anyone browse the tablet.
    pub fn needs_staff(&self) -> bool {
        matches!(
            self,
            ContractAction::AmountsOnly
                | ContractAction::SaveReceipt { .. }
                | ContractAction::OpenDocument(_)
        )
    }
}

/// Starts loading the booking's contract (once per booking; again after a
/// problem, so looking the booking up again retries).
pub fn start(state: &mut ContractState, booking: BookingId, out: &mut Outbox) {
    let loaded = state.booking == Some(booking) && state.problem.is_none();
    if loaded {
        return;
    }
    if let Some(old) = state.load.take() {
        out.send(Command::Cancel { req: old });
    }
    let req = out.next_id();
    *state = ContractState {
        booking: Some(booking),
        load: Some(req),
        zoom: MIN_ZOOM,
        ..Default::default()
    };
    out.send(Command::Contract(ContractCommand::Load { req, booking }));
}

/// Stops a load on its way (the state is about to be wiped).
pub fn cancel(state: &mut ContractState, out: &mut Outbox) {
    if let Some(req) = state.load.take() {
        out.send(Command::Cancel { req });
    }
    out.cancel(&mut state.open_pending);
}

/// The worker's news (called by the app).
pub fn on_event(st: &mut AppState, event: ContractEvent) {
    let sig = &mut st.customer.signature;
    match event {
        ContractEvent::Load { req, update } => {
            if sig.contract.load == Some(req) {
                on_update(&mut sig.contract, update);
            }
        }
        ContractEvent::ReceiptSaved { req, result } => {
            if sig.receipt.pending.settle(req, "signing receipt") {
                sig.receipt.status = Some(file_status(result));
            }
        }
        ContractEvent::DocumentOpened { req, result } => {
            if sig.contract.open_pending.settle(req, "contract copy") {
                sig.contract.open_status = Some(file_status(result));
            }
        }
    }
}

fn file_status(result: Result<Option<PathBuf>, Text>) -> FileStatus {
    match result {
        Ok(Some(path)) => FileStatus::Saved(path),
        Ok(None) => FileStatus::Cancelled,
        Err(e) => FileStatus::Failed(e),
    }
}

fn on_update(state: &mut ContractState, update: ContractUpdate) {
    match update {
        ContractUpdate::Documents {
            documents,
            page_counts,
        } => {
            state.documents = documents;
            let mut first = 0;
            state.page_offsets = page_counts
                .iter()
                .map(|count| {
                    let start = first;
                    first += count;
                    start
                })
                .collect();
            state.pages = (0..first)
                .map(|_| PageSlot {
                    aspect: 297.0 / 210.0,
                    ..Default::default()
                })
                .collect();
        }
        ContractUpdate::Page {
            document,
            page,
            image,
        } => {
            let before = state.page_offsets.get(document).copied().unwrap_or(0);
            if let Some(slot) = state.pages.get_mut(before + page) {
                slot.aspect = image.height as f32 / image.width.max(1) as f32;
                slot.incomplete = image.incomplete;
                slot.image = Some(image);
            }
        }
        ContractUpdate::Failed { problem, documents } => {
            state.load = None;
            state.problem = Some(problem);
            state.documents = documents;
            state.pages.clear();
        }
    }
}

/// Carries out a contract action (called by the app).
pub fn apply(
    action: ContractAction,
    st: &mut AppState,
    out: &mut Outbox,
    dialog: Arc<dyn SaveDialog>,
    opener: Arc<dyn FileOpener>,
    device_name: &str,
) {
    let sig = &mut st.customer.signature;
    let language = i18n::language();
    match action {
        ContractAction::AmountsOnly => {
            if sig.contract.problem.is_some() || sig.contract.any_incomplete() {
                sig.contract.amounts_only = true;
            }
        }
        ContractAction::SaveReceipt { print } => {
            // One dialog at a time.
            let Some(mut receipt) = sig.receipt.receipt.clone() else {
                return;
            };
            // The name paired devices know this one by (Settings), if given;
            // else the worker puts the computer's name.
            receipt.workstation = device_name.trim().to_owned();
            if sig.receipt.pending.is_some() {
                return;
            }
            sig.receipt.status = Some(FileStatus::Saving);
            let opener = print.then_some(opener);
            let live = sig.receipt.live.live();
            out.request(&mut sig.receipt.pending, |req| {
                Command::Contract(ContractCommand::SaveReceipt {
                    req,
                    receipt,
                    dialog,
                    opener,
                    language,
                    live,
                })
            });
        }
        ContractAction::OpenDocument(index) => {
            let contract = &mut sig.contract;
            let Some(document) = contract.documents.get(index).cloned() else {
                return;
            };
            if contract.open_pending.is_some() {
                return;
            }
            contract.open_status = Some(FileStatus::Saving);
            let live = contract.live.live();
            out.request(&mut contract.open_pending, |req| {
                Command::Contract(ContractCommand::OpenDocument {
                    req,
                    document,
                    dialog,
                    opener,
                    language,
                    live,
                })
            });
        }
    }
}

/// The receipt of a signature just saved: what the customer was shown and
/// what they agreed to. `png` is the image that was sent.
pub fn receipt_for(
    contract: &ContractState,
    signing: &SigningFor,
    png: Zeroizing<Vec<u8>>,
    signed_at: DateTime<Local>,
    kiosk: bool,
    reference: &str,
) -> Receipt {
    let documents = contract
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| ShownDocument {
            title: d.title.clone(),
            sha256: d.sha256.clone(),
            drawn_fully: contract.drawn_fully(i),
        })
        .collect();
    let consented = contract.consent && contract.reached_end && contract.problem.is_none();
    Receipt {
        language: i18n::language(),
        booking: signing.booking.to_string(),
        client: signing.client.clone(),
        property: signing.property.clone(),
        unit: signing.unit.clone(),
        move_in: signing.move_in.clone(),
        first_payment: signing.first_payment.clone(),
        regular_payment: signing.regular_payment.clone(),
        documents,
        contract_problem: contract.problem.as_ref().map(ToString::to_string),
        consent: consented.then(|| tr(CONSENT_LABEL).to_owned()),
        signed_at: signed_at.with_timezone(&Utc),
        signed_at_local: signed_at.fixed_offset(),
        kiosk,
        workstation: String::new(),
        reference: reference.to_owned(),
        signature_png: png,
    }
}

/// A staff-only step: at the desk at once; on the kiosk, only after the
/// manager PIN (the customer may not skip the contract, and a save dialog
/// would let anyone browse the tablet's files).
fn staff_step(kiosk: bool, step: StaffStep) -> Action {
    if kiosk {
        Action::Kiosk(KioskAction::OpenPinDialog(PinPurpose::Contract(step)))
    } else {
        Action::Contract(step.action())
    }
}

fn staff_hint(kiosk: bool) -> &'static str {
    if kiosk {
        tr("for-staff-needs-the-manager-pin")
    } else {
        tr("the-receipt-will-say-that-the-contract-was")
    }
}

/// Sizes of the contract's controls: the kiosk's are touch targets.
fn button(text: &str, kiosk: bool) -> egui::Button<'_> {
    let b = egui::Button::new(text);
    if kiosk {
        b.min_size(egui::vec2(
            super::kiosk::TOUCH_TARGET * 2.0,
            super::kiosk::TOUCH_TARGET,
        ))
    } else {
        b
    }
}

/// The contract area above the pad. Returns whether the pad may be used.
pub fn show(
    ui: &mut egui::Ui,
    state: &mut ContractState,
    kiosk: bool,
    actions: &mut Vec<Action>,
) -> bool {
    if state.booking.is_none() {
        return false;
    }
    if state.loading() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr("loading-the-contract"));
        });
        return false;
    }
    if let Some(problem) = state.problem.clone() {
        problem_box(ui, state, &problem, kiosk, actions);
        return state.pad_unlocked();
    }
    if state.pad_unlocked() && !state.show_again {
        accepted_line(ui, state, kiosk);
        return true;
    }
    let height = (ui.available_height() * if kiosk { 0.6 } else { 0.5 }).max(160.0);
    page_bar(ui, state, kiosk, actions);
    pages_view(ui, state, height);
    consent_row(ui, state, kiosk);
    state.pad_unlocked()
}

fn problem_box(
    ui: &mut egui::Ui,
    state: &ContractState,
    problem: &ContractProblem,
    kiosk: bool,
    actions: &mut Vec<Action>,
) {
    let next = if state.amounts_only {
        tr("signing-on-the-amounts-above-only-the-receipt")
    } else {
        tr("staff-may-continue-with-the-amounts-only-the")
    };
    widgets::message_box(ui, &problem.to_string(), Some(next), !state.amounts_only);
    ui.horizontal_wrapped(|ui| {
        if !state.amounts_only
            && ui
                .add(button(tr(AMOUNTS_ONLY_LABEL), kiosk))
                .on_hover_text(staff_hint(kiosk))
                .clicked()
        {
            actions.push(staff_step(kiosk, StaffStep::AmountsOnly));
        }
        if !kiosk {
            open_buttons(ui, state, actions);
        }
    });
}

/// After the consent: one line, so the pad gets the room.
fn accepted_line(ui: &mut egui::Ui, state: &mut ContractState, kiosk: bool) {
    ui.horizontal_wrapped(|ui| {
        let ok = egui::Color32::from_rgb(0x2e, 0x8b, 0x57);
        ui.colored_label(ok, tr("contract-read-and-accepted"));
        let titles: Vec<&str> = state.documents.iter().map(|d| d.title.as_str()).collect();
        ui.label(egui::RichText::new(titles.join(" · ")).weak());
        if ui.add(button(tr(SHOW_AGAIN_LABEL), kiosk)).clicked() {
            state.show_again = true;
        }
    });
}

/// Titles, page number, paging and zoom buttons, and on the desk "Open in
/// the PDF viewer…".
fn page_bar(ui: &mut egui::Ui, state: &mut ContractState, kiosk: bool, actions: &mut Vec<Action>) {
    let count = state.pages.len();
    ui.horizontal_wrapped(|ui| {
        let titles: Vec<&str> = state.documents.iter().map(|d| d.title.as_str()).collect();
        ui.label(egui::RichText::new(titles.join(" · ")).strong());
        ui.label(trf(
            "page-page-of-pages",
            &[("page", &(state.current + 1)), ("pages", &count)],
        ));
        if ui
            .add_enabled(state.current > 0, button(tr(PREVIOUS_PAGE_LABEL), kiosk))
            .clicked()
        {
            state.go_to = Some(state.current.saturating_sub(1));
        }
        if ui
            .add_enabled(
                state.current + 1 < count,
                button(tr(NEXT_PAGE_LABEL), kiosk),
            )
            .clicked()
        {
            state.go_to = Some(state.current + 1);
        }
        if ui
            .add_enabled(state.zoom > MIN_ZOOM, button(tr(ZOOM_OUT_LABEL), kiosk))
            .clicked()
        {
            state.zoom = (state.zoom / 1.25).max(MIN_ZOOM);
        }
        if ui
            .add_enabled(state.zoom < MAX_ZOOM, button(tr(ZOOM_IN_LABEL), kiosk))
            .clicked()
        {
            state.zoom = (state.zoom * 1.25).min(MAX_ZOOM);
        }
        if state.show_again
            && ui
                .add(button(tr("fold-the-contract-away"), kiosk))
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
        if !state.amounts_only
            && ui
                .add(button(tr(AMOUNTS_ONLY_LABEL), kiosk))
                .on_hover_text(staff_hint(kiosk))
                .clicked()
        {
            actions.push(staff_step(kiosk, StaffStep::AmountsOnly));
        }
    }
    if !kiosk {
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
            ui.label(egui::RichText::new(tr("nothing-was-saved")).weak());
        }
        Some(FileStatus::Failed(e)) => {
            ui.colored_label(ui.visuals().error_fg_color, e.to_string());
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

fn consent_row(ui: &mut egui::Ui, state: &mut ContractState, kiosk: bool) {
    ui.add_space(4.0);
    let text = egui::RichText::new(tr(CONSENT_LABEL)).size(if kiosk { 20.0 } else { 15.0 });
    ui.horizontal_wrapped(|ui| {
        ui.add_enabled(
            state.reached_end && state.all_drawn(),
            egui::Checkbox::new(&mut state.consent, text),
        );
        if !state.reached_end {
            ui.label(egui::RichText::new(tr("read-to-the-last-page-to-sign")).weak());
        }
    });
}

/// Under the confirmation: save or print the receipt (through the save
/// dialog), and how it went.
pub fn receipt_section(
    ui: &mut egui::Ui,
    receipt: &ReceiptState,
    kiosk: bool,
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
            .add_enabled(!busy, button(tr(SAVE_RECEIPT_LABEL), kiosk))
            .on_hover_text(tr("a-pdf-for-the-customer-the-booking-the"))
            .clicked()
        {
            actions.push(staff_step(kiosk, StaffStep::Receipt { print: false }));
        }
        if ui
            .add_enabled(!busy, button(tr(PRINT_RECEIPT_LABEL), kiosk))
            .on_hover_text(tr("saves-the-receipt-then-opens-it-in-the"))
            .clicked()
        {
            actions.push(staff_step(kiosk, StaffStep::Receipt { print: true }));
        }
        file_status_line(ui, receipt.status.as_ref());
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::documents::DocumentRef;

    fn doc(key: &str) -> ContractDocument {
        let reference = DocumentRef {
            key: key.into(),
            name: None,
            asset_id: Some("a".into()),
            url: None,
        };
        ContractDocument::new(&reference, format!("%PDF-1.7 {key}").into_bytes())
    }

    fn page(incomplete: bool) -> PageImage {
        PageImage {
            width: 2,
            height: 3,
            rgba: vec![255; 24],
            incomplete,
        }
    }

    fn loaded() -> ContractState {
        let mut s = ContractState {
            booking: Some(BookingId::parse("e0ffc4c2-3864-41b0-8da1-13fe6a9ce032").unwrap()),
            load: Some(1),
            ..Default::default()
        };
        on_update(
            &mut s,
            ContractUpdate::Documents {
                documents: vec![doc("LEASE"), doc("TERMS")],
                page_counts: vec![1, 2],
            },
        );
        s
    }

    #[test]
    fn the_pad_opens_only_after_the_last_page_and_the_consent() {
        let mut s = loaded();
        assert_eq!(s.page_count(), 3);
        assert!(!s.pad_unlocked());
        s.consent = true;
        assert!(!s.pad_unlocked(), "consent alone");
        s.reached_end = true;
        assert!(!s.pad_unlocked(), "pages not drawn yet");
        for (document, page_no) in [(0, 0), (1, 0), (1, 1)] {
            let image = page(false);
            on_update(
                &mut s,
                ContractUpdate::Page {
                    document,
                    page: page_no,
                    image,
                },
            );
        }
        assert!(s.pad_unlocked());
        // A page not drawn fully: no consent, the amounts only instead.
        let image = page(true);
        on_update(
            &mut s,
            ContractUpdate::Page {
                document: 1,
                page: 1,
                image,
            },
        );
        assert!(!s.pad_unlocked());
        s.amounts_only = true;
        assert!(s.pad_unlocked());
        // Amounts only counts only when the contract cannot be had.
        let mut s = loaded();
        s.amounts_only = true;
        assert!(!s.pad_unlocked());
        on_update(
            &mut s,
            ContractUpdate::Failed {
                problem: ContractProblem::NoDocuments,
                documents: Vec::new(),
            },
        );
        assert!(s.pad_unlocked());
    }

    #[test]
    fn pages_land_in_their_documents_slot_and_flag_what_was_not_drawn() {
        let mut s = loaded();
        for (document, page_no, incomplete) in [(0, 0, false), (1, 0, false), (1, 1, true)] {
            on_update(
                &mut s,
                ContractUpdate::Page {
                    document,
                    page: page_no,
                    image: page(incomplete),
                },
            );
        }
        assert_eq!(s.pages_ready(), 3);
        assert!(s.drawn_fully(0));
        assert!(!s.drawn_fully(1), "its second page was not drawn fully");
        assert!((s.pages[2].aspect - 1.5).abs() < 1e-6);
    }
}
