//! The registry's contract: a desk panel that needs nothing of the other
//! rooms implements [`DeskRoom`] in a folder of its own and is listed once
//! in `app/rooms.rs` (as egui's demo app lists its demos). The app shows
//! it in the navigation, draws it, hands it its own actions and wipes what
//! it holds of a customer with the rest.

use std::any::Any;

use super::action::{Action, RoomMessage};
use super::context::ViewCtx;
use super::requests::Outbox;

pub trait DeskRoom {
    /// A stable id: the navigation's and the actions' key.
    fn id(&self) -> &'static str;

    /// The navigation's title (translated).
    fn title(&self) -> &'static str;

    /// Draws the room; its own actions go out as [`message`].
    fn show(&mut self, ui: &mut egui::Ui, ctx: &ViewCtx, actions: &mut Vec<Action>);

    /// Carries out one of its own actions (what [`message`] wrapped).
    fn apply(&mut self, _message: Box<dyn Any + Send>, _out: &mut Outbox) {}

    /// Whether it holds anything about a customer (the idle wipe asks).
    fn holds_customer_data(&self) -> bool {
        false
    }

    /// Forgets everything about the customer.
    fn forget_customer(&mut self, _out: &mut Outbox) {}
}

/// An action for the room `room`, carrying `message` to its
/// [`DeskRoom::apply`].
pub fn message(room: &'static str, message: impl Any + Send) -> Action {
    Action::Room(RoomMessage {
        room,
        message: Box::new(message),
    })
}

/// Declares the registered rooms' modules and lists them: in `ui/mod.rs`,
/// one `module => Type,` line per room (`Type: DeskRoom + Default`).
macro_rules! register {
    ($($module:ident => $room:ty),* $(,)?) => {
        $(pub mod $module;)*

        /// A new instance of every registered desk room, in the
        /// navigation's order.
        pub fn registered_rooms() -> Vec<Box<dyn room::DeskRoom>> {
            vec![$(Box::new(<$room>::default())),*]
        }
    };
}
pub(crate) use register;
