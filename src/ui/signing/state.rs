//! The signature's state and everything that changes it: the booking being
//! signed, the drawing, the upload and its answer. Draws nothing; `view.rs`,
//! `pad.rs` and `outcome.rs` beside it draw.
//!
//! A signature lives in memory only: after a successful save the pad is
//! dropped (its samples are wiped) and only the booking id and the time of
//! signing stay, for the confirmation screen. After a failure the drawing is
//! kept so the customer need not sign again.

use chrono::{DateTime, Local, Utc};
use zeroize::Zeroizing;

use crate::api::{ApiError, BookingId, SaveOutcome};
use crate::domain::booking::money_text;
use crate::domain::signature::{
    Background, DEFAULT_ASPECT, RenderOptions, SignaturePad, SignatureProblem,
};
use crate::i18n::{self, tr};
use crate::receipt::{Receipt, ReceiptInsurance, ShownDocument};
use crate::worker::{Command, LookupResult, RequestId};

use super::contract::state::{self as contract, CONSENT_LABEL, ContractState, ReceiptState};
use super::ink::InkCache;
use super::outcome::{self, UnknownOutcome};
use crate::ui::context::Surface;
use crate::ui::requests::{Outbox, Pending};

/// Shape of the pad (width / height): fixed, so resizing scales the drawing
/// without distorting it. Same shape as the exported image.
pub const PAD_ASPECT: f32 = DEFAULT_ASPECT;
/// Size of the exported PNG.
pub const IMAGE_SIZE: [u32; 2] = [600, 200];

/// The booking a signature is for, as shown above the pad. Copied from the
/// lookup when signing starts, so a later lookup cannot change what is signed.
#[derive(Debug, Clone, PartialEq)]
pub struct SigningFor {
    pub booking: BookingId,
    pub client: Option<String>,
    pub property: Option<String>,
    pub unit: Option<String>,
    pub move_in: Option<String>,
    pub first_payment: Option<String>,
    pub regular_payment: Option<String>,
    /// The insurance the booking carries (the receipt names it).
    pub insurance: Option<ReceiptInsurance>,
}

impl SigningFor {
    /// The summary of a lookup's booking; `None` when it has no booking id.
    pub fn from_lookup(r: &LookupResult) -> Option<Self> {
        let view = r.view();
        let booking = view.booking_id()?;
        let quote = r.quotation.as_ref();
        let move_in = view.move_in_date().and_then(|d| d.display());
        let first_payment = view.pro_rata().and_then(|s| {
            let amount = money_text(s.net_amount.as_ref()?)?;
            Some(
                match (
                    s.start_date.as_ref().and_then(|d| d.display()),
                    s.end_date.as_ref().and_then(|d| d.display()),
                ) {
                    (Some(a), Some(b)) => format!("{amount}  ({a} – {b})"),
                    _ => amount,
                },
            )
        });
        let period = quote
            .and_then(|q| q.payment_period.as_ref())
            .and_then(crate::domain::booking::cadence_words);
        let regular_payment = view.billing().and_then(|s| {
            let amount = money_text(s.net_amount.as_ref()?)?;
            Some(match &period {
                Some(p) => format!("{amount}  ({p})"),
                None => amount,
            })
        });
        Some(Self {
            booking,
            client: view.client_name(),
            property: view.property_title(),
            unit: view.unit_label(),
            move_in,
            first_payment,
            regular_payment,
            insurance: quote.and_then(ReceiptInsurance::from_quotation),
        })
    }
}

/// What the confirmation screen shows after a save: memory only, never
/// written anywhere (what a simple electronic signature should show).
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSignature {
    pub booking: BookingId,
    /// When the signer pressed "Confirm and save".
    pub signed_at: DateTime<Local>,
    /// The id the API gave the stored signature.
    pub reference: String,
}

/// Pointer bookkeeping of the pad between frames.
#[derive(Debug, Default)]
pub(super) struct PadInput {
    /// A stroke started on the pad and the button is still down.
    pub(super) drawing: bool,
    /// The touch that egui turns into pointer events (the first finger).
    pub(super) touch: Option<egui::TouchId>,
    /// That touch's last force, used as pressure for the pointer samples.
    pub(super) force: Option<f32>,
}

/// What the desk holds about the signer (part of the
/// [`crate::ui::customer::CustomerStore`]): memory only, wiped with the customer.
#[derive(Debug, Default)]
pub struct SignatureData {
    pub signing: Option<SigningFor>,
    /// The signature being drawn.
    pub pad: SignaturePad,
    /// When "Confirm and save" was pressed for the upload in flight.
    pub signed_at: Option<DateTime<Local>>,
    /// The last saved signature, for the confirmation screen.
    pub saved: Option<SavedSignature>,
    /// The last upload got no answer: it may be stored (see
    /// [`crate::ui::signing::outcome`]).
    pub unknown_outcome: Option<UnknownOutcome>,
    /// The contract shown above the pad: its documents, pages, consent
    /// (issue 21).
    pub contract: ContractState,
    /// The signing receipt of the last saved signature, and its save.
    pub receipt: ReceiptState,
}

/// The Signature panel's own state: the upload in flight, messages, and the
/// pad's pointer bookkeeping and painted ink.
#[derive(Debug, Default)]
pub struct SignatureState {
    /// The upload in flight.
    pub pending: Pending,
    /// Why the drawing was not accepted (a message for the signer).
    pub problem: Option<SignatureProblem>,
    /// Why the last upload failed; the drawing is kept.
    pub error: Option<ApiError>,
    pub(super) input: PadInput,
    /// The finished strokes as painted (a mesh), kept between frames.
    pub(super) ink: InkCache,
}

impl SignatureData {
    /// True when there is anything about a customer in this state.
    pub fn holds_customer_data(&self) -> bool {
        self.signing.is_some()
            || self.saved.is_some()
            || !self.pad.is_empty()
            || self.contract.holds_data()
            || self.receipt.receipt.is_some()
    }
}

/// Forgets the booking, the drawing (wiped), the confirmation, and the
/// Forgets the booking, the drawing (wiped), the confirmation, and the
/// panel's messages and painted ink with them.
pub fn wipe(signing: &mut SignatureState, data: &mut SignatureData) {
    *signing = SignatureState::default();
    *data = SignatureData::default();
}

#[derive(Debug)]
pub enum SignatureAction {
    /// Sign for this booking of the current lookup.
    Start(BookingId),
    /// Render the drawing and upload it.
    Confirm,
    /// Leave the confirmation screen.
    Done,
    /// An upload got no answer: ask whether the booking is now signed.
    CheckSaved,
}

/// What a signature action or answer asks of the rest of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigningOutcome {
    /// Show the Signature panel (and lock the kiosk's staff screen).
    ShowPad,
    /// The customer is done on the kiosk: forget them, start over.
    ResetKiosk,
    /// The customer is done at the desk: back to Lookup.
    ShowLookup,
    /// The booking is signed now (the lookup card says so).
    Saved(BookingId),
}

/// What a signature action reads besides the signature's own state.
#[derive(Debug, Clone, Copy)]
pub struct SigningCtx<'a> {
    /// The current lookup's result (a signing starts from it).
    pub looked_up: Option<&'a LookupResult>,
    pub now: DateTime<Local>,
    /// The image goes on a white background (else transparent).
    pub white_background: bool,
    pub surface: Surface,
}

/// Carries out a signature action (called by the app).
pub fn apply(
    action: SignatureAction,
    signing: &mut SignatureState,
    data: &mut SignatureData,
    ctx: SigningCtx<'_>,
    out: &mut Outbox,
) -> Option<SigningOutcome> {
    match action {
        SignatureAction::Start(booking) => {
            start(booking, signing, data, ctx.looked_up, out);
            return Some(SigningOutcome::ShowPad);
        }
        SignatureAction::Confirm => confirm(signing, data, ctx, out),
        SignatureAction::CheckSaved => {
            let booking = data.signing.as_ref().map(|s| s.booking);
            if let (Some(booking), Some(UnknownOutcome::Unchecked(_))) =
                (booking, &data.unknown_outcome)
            {
                let req = out.next_id();
                data.unknown_outcome = Some(UnknownOutcome::Checking(req));
                out.send(Command::CheckSigned { req, booking });
            }
        }
        SignatureAction::Done => {
            if ctx.surface.is_kiosk() {
                // The next customer starts from a clean kiosk.
                return Some(SigningOutcome::ResetKiosk);
            }
            data.saved = None;
            data.signing = None;
            data.receipt = ReceiptState::default();
            contract::cancel(&mut data.contract, out);
            data.contract = ContractState::default();
            return Some(SigningOutcome::ShowLookup);
        }
    }
    None
}

/// Signing starts for this booking of the current lookup.
fn start(
    booking: BookingId,
    signing: &mut SignatureState,
    data: &mut SignatureData,
    looked_up: Option<&LookupResult>,
    out: &mut Outbox,
) {
    if signing.pending.is_some() {
        // An upload is in flight: let it finish first.
        return;
    }
    let Some(summary) = looked_up
        .filter(|r| r.booking_id() == Some(booking))
        .and_then(SigningFor::from_lookup)
    else {
        return;
    };
    if data.signing.as_ref().map(|s| s.booking) != Some(booking) {
        // A drawing made for another booking must never be sent for this one.
        contract::cancel(&mut data.contract, out);
        wipe(signing, data);
    }
    data.saved = None;
    data.receipt = ReceiptState::default();
    data.signing = Some(summary);
    contract::start(&mut data.contract, booking, out);
}

/// Renders the drawing and uploads it.
fn confirm(
    signing: &mut SignatureState,
    data: &mut SignatureData,
    ctx: SigningCtx<'_>,
    out: &mut Outbox,
) {
    let Some(booking) = data.signing.as_ref().map(|s| s.booking) else {
        return;
    };
    if signing.pending.is_some()
        || !data.contract.pad_unlocked()
        || data
            .unknown_outcome
            .as_ref()
            .is_some_and(UnknownOutcome::blocks_sending)
    {
        return;
    }
    data.pad.end_stroke();
    signing.input.drawing = false;
    let options = RenderOptions {
        width: IMAGE_SIZE[0],
        height: IMAGE_SIZE[1],
        background: if ctx.white_background {
            Background::White
        } else {
            Background::Transparent
        },
        ..RenderOptions::default()
    };
    match data.pad.render_png(&options) {
        Ok(image) => {
            let png_base64 = image.base64();
            // Kept for the receipt until the save's answer (memory only).
            data.contract.sent_png = Some(zeroize::Zeroizing::new(image.png_bytes().to_vec()));
            drop(image);
            data.signed_at = Some(ctx.now);
            signing.problem = None;
            signing.error = None;
            data.unknown_outcome = None;
            out.request(&mut signing.pending, |req| Command::SaveSignature {
                req,
                booking,
                png_base64,
            });
        }
        Err(problem) => signing.problem = Some(problem),
    }
}

/// The worker's answer to an upload (called by the app). `now` is the app's
/// clock; `surface` goes on the receipt.
pub fn on_saved(
    signing: &mut SignatureState,
    data: &mut SignatureData,
    (now, surface): (DateTime<Local>, Surface),
    req: RequestId,
    (booking, result): (BookingId, Result<SaveOutcome, ApiError>),
) -> Option<SigningOutcome> {
    if !signing.pending.settle(req, "signature upload") {
        return None;
    }
    match result {
        Ok(saved) => {
            tracing::info!(%booking, attempts = saved.attempts, "signature saved");
            mark_saved(signing, data, booking, saved.activity_id, (now, surface));
            return Some(SigningOutcome::Saved(booking));
        }
        Err(e) => {
            // The time of signing is kept while the outcome is open.
            if outcome::may_have_arrived(&e) {
                data.unknown_outcome = Some(UnknownOutcome::Unchecked(None));
            } else {
                data.signed_at = None;
            }
            signing.error = Some(e);
        }
    }
    None
}

/// The worker's answer to "is the booking signed now?" after an upload
/// without an answer (called by the app).
pub fn on_checked(
    signing: &mut SignatureState,
    data: &mut SignatureData,
    (now, surface): (DateTime<Local>, Surface),
    req: RequestId,
    (booking, result): (BookingId, Result<Option<bool>, ApiError>),
) -> Option<SigningOutcome> {
    if data.unknown_outcome != Some(UnknownOutcome::Checking(req)) {
        return None;
    }
    match result {
        Err(e) => data.unknown_outcome = Some(UnknownOutcome::Unchecked(Some(e))),
        Ok(signed) => match outcome::after_check(signed) {
            None => {
                tracing::info!(%booking, "signature found saved after an unanswered upload");
                // The API gave no reference for it.
                mark_saved(signing, data, booking, String::new(), (now, surface));
                return Some(SigningOutcome::Saved(booking));
            }
            open => {
                data.signed_at = None;
                data.unknown_outcome = open;
            }
        },
    }
    None
}

/// The signature is stored: wipe the drawing, show the confirmation.
fn mark_saved(
    signing: &mut SignatureState,
    data: &mut SignatureData,
    booking: BookingId,
    reference: String,
    (now, surface): (DateTime<Local>, Surface),
) {
    let signed_at = data.signed_at.take().unwrap_or(now);
    // The receipt keeps the titles, hashes and the image sent; the pages go.
    let png = data.contract.sent_png.take().unwrap_or_default();
    data.receipt.receipt = data.signing.as_ref().map(|signed| {
        Box::new(receipt_for(
            &data.contract,
            signed,
            png,
            signed_at,
            surface,
            &reference,
        ))
    });
    data.contract = ContractState::default();
    // Dropping the pad wipes the samples; nothing of the drawing stays.
    let aspect = data.pad.aspect();
    data.pad = SignaturePad::new(aspect);
    signing.input = PadInput::default();
    data.signing = None;
    signing.problem = None;
    signing.error = None;
    data.unknown_outcome = None;
    data.saved = Some(SavedSignature {
        booking,
        signed_at,
        reference,
    });
}

/// The receipt of a signature just saved: what the customer was shown and
/// what they agreed to. `png` is the image that was sent.
fn receipt_for(
    contract: &ContractState,
    signing_for: &SigningFor,
    png: Zeroizing<Vec<u8>>,
    signed_at: DateTime<Local>,
    surface: Surface,
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
        booking: signing_for.booking.to_string(),
        client: signing_for.client.clone(),
        property: signing_for.property.clone(),
        unit: signing_for.unit.clone(),
        move_in: signing_for.move_in.clone(),
        first_payment: signing_for.first_payment.clone(),
        regular_payment: signing_for.regular_payment.clone(),
        documents,
        contract_problem: contract.problem.as_ref().map(ToString::to_string),
        consent: consented.then(|| tr(CONSENT_LABEL).to_owned()),
        signed_at: signed_at.with_timezone(&Utc),
        signed_at_local: signed_at.fixed_offset(),
        kiosk: surface.is_kiosk(),
        workstation: String::new(),
        reference: reference.to_owned(),
        signature_png: png,
        insurance: signing_for.insurance.clone(),
    }
}
