//! The app's runtime state: every room's state side by side with the
//! app-wide facts (the key, the demo server, the clocks). Never persisted.
//! Only `app/` holds it mutably; rooms get their own parts.

use crate::i18n::Text;
use crate::secrets::SecretError;
use crate::worker::{Command, KeyState};

use crate::ui::action::Action;
use crate::ui::clock::{Clock, SteadyClock};
use crate::ui::context::{DemoState, Panel, Surface};
use crate::ui::customer::CustomerStore;
use crate::ui::hours::state::HoursState;
use crate::ui::kiosk::state::KioskState;
use crate::ui::lookup::state::LookupState;
use crate::ui::quote::state::QuoteState;
use crate::ui::quote::walkin::state::WalkinState;
use crate::ui::requests::Outbox;
use crate::ui::room::DeskRoom;
use crate::ui::settings::state::SettingsForm;
use crate::ui::signing::contract::state as contract;
use crate::ui::signing::state::{self as signing, SignatureState};
use crate::ui::tablet::state::TabletUi;

/// Runtime state: never persisted.
pub struct AppState {
    pub panel: Panel,
    pub key: KeyState,
    pub key_store_error: Option<SecretError>,
    pub demo: DemoState,
    pub kiosk: bool,
    pub settings_warning: Option<Text>,
    /// Everything about the customer at the desk, apart from widget state.
    pub customer: CustomerStore,
    pub lookup: LookupState,
    pub quote: QuoteState,
    pub signature: SignatureState,
    pub kiosk_ui: KioskState,
    pub hours: HoursState,
    /// Where "now" comes from (fixed in tests).
    pub clock: Clock,
    /// Seconds for timers (the kiosk's idle wipe); runs on while the window
    /// is hidden (set by hand in tests).
    pub steady: SteadyClock,
    /// The Settings panel's unsaved edits.
    pub settings_form: SettingsForm,
    /// Pairings and hand-offs with signing tablets.
    pub tablet: TabletUi,
    /// "New quote (walk-in)" in Quote comparison.
    pub walkin: WalkinState,
    /// The registered desk rooms (`ui::registered_rooms`), in the
    /// navigation's order.
    pub rooms: Vec<Box<dyn DeskRoom>>,
    /// A staff-only step asked for on the kiosk, waiting for the PIN
    /// (`ui/app/staff.rs`); dropped with the dialog or the customer.
    pub parked: Option<Action>,
    /// The app's own save form and the questions waiting for it.
    pub save_form: crate::ui::save_form::SaveFormState,
}

impl AppState {
    /// The screen the app draws on now.
    pub fn surface(&self) -> Surface {
        Surface::of(self.kiosk)
    }

    /// The kinds of customer data this state holds now, by name (empty when
    /// there is none), including requests about the customer on their way.
    pub fn customer_data(&self) -> Vec<&'static str> {
        let mut held = self.customer.held();
        if self.lookup.pending.is_some() {
            held.push("a lookup on its way");
        }
        if self.quote.pending.is_some() {
            held.push("a quote on its way");
        }
        if self.save_form.holds_data() {
            held.push("a save form");
        }
        if self.rooms.iter().any(|room| room.holds_customer_data()) {
            held.push("a desk room's customer data");
        }
        held
    }

    /// True when anything about a customer is held.
    pub fn holds_customer_data(&self) -> bool {
        !self.customer_data().is_empty()
    }

    /// Forgets the customer in one call: the whole store (unless a
    /// signature's upload is on its way: that answer must still be shown,
    /// so the signature part stays until it comes). Requests on their way
    /// are cancelled. The sites' hours and price lists stay: they are not
    /// about the customer.
    pub(super) fn forget_customer(&mut self, out: &mut Outbox) {
        self.parked = None;
        // Its question unanswered: the save it belongs to writes nothing.
        crate::ui::save_form::state::wipe(&mut self.save_form, out);
        out.cancel(&mut self.lookup.pending);
        out.cancel(&mut self.quote.pending);
        self.quote.forget_customer(out);
        out.cancel(&mut self.customer.quote.insurance.pending);
        for slot in &mut self.customer.walkin.slots {
            if let Some(req) = slot.pending.take() {
                out.send(Command::Cancel { req });
            }
        }
        for room in &mut self.rooms {
            room.forget_customer(out);
        }
        let uploading = self.signature.pending.is_some();
        let mut signature = std::mem::take(&mut self.customer.signature);
        self.customer = CustomerStore::default();
        if uploading {
            self.customer.signature = signature;
        } else {
            contract::cancel(&mut signature.contract, out);
            // Its save or print ends with it (`ReceiptState`'s `EndOnDrop`).
            out.cancel(&mut signature.receipt.pending);
            signing::wipe(&mut self.signature, &mut self.customer.signature);
        }
    }
}

impl AppState {
    /// The registered room `id`, if there is one.
    pub(super) fn room(&mut self, id: &str) -> Option<&mut Box<dyn DeskRoom>> {
        self.rooms.iter_mut().find(|room| room.id() == id)
    }
}
