//! What the app asks the worker, and which answer each part of the state
//! waits for. Reducers put commands in the app's [`Outbox`]; only the app
//! sends them (panels never hold the worker). A [`Pending`] keeps the one
//! request a piece of state waits for, so a superseded answer is dropped in
//! one place instead of one hand-written guard per panel.

use crate::worker::{Command, RequestId};

/// The one request a piece of state waits for (none while idle).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pending(Option<RequestId>);

impl Pending {
    /// Already waiting for `req`.
    pub fn waiting(req: RequestId) -> Self {
        Self(Some(req))
    }

    /// Waits for `req` from now on; returns the request it replaces, which
    /// the caller cancels.
    pub fn start(&mut self, req: RequestId) -> Option<RequestId> {
        self.0.replace(req)
    }

    /// Stops waiting; returns the request to cancel, if any.
    pub fn take(&mut self) -> Option<RequestId> {
        self.0.take()
    }

    pub fn is_some(&self) -> bool {
        self.0.is_some()
    }

    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }

    /// True when `req` is the awaited answer (waiting then stops). Any other
    /// answer is superseded: it is logged by `what` and must be dropped.
    pub fn settle(&mut self, req: RequestId, what: &str) -> bool {
        if self.0 == Some(req) {
            self.0 = None;
            true
        } else {
            tracing::debug!(req, what, "dropping a superseded result");
            false
        }
    }
}

/// Commands waiting to be sent to the worker, with the request ids they use.
/// Owned by the app: it drains them into the worker after each action.
#[derive(Debug, Default)]
pub struct Outbox {
    last_id: RequestId,
    commands: Vec<Command>,
}

impl Outbox {
    /// A fresh request id (never reused in this run).
    pub fn next_id(&mut self) -> RequestId {
        self.last_id += 1;
        self.last_id
    }

    pub fn send(&mut self, cmd: Command) {
        self.commands.push(cmd);
    }

    /// Starts a request that `pending` waits for; a request it replaces is
    /// cancelled. `make` builds the command from the new id.
    pub fn request(&mut self, pending: &mut Pending, make: impl FnOnce(RequestId) -> Command) {
        let req = self.next_id();
        if let Some(old) = pending.start(req) {
            self.send(Command::Cancel { req: old });
        }
        let cmd = make(req);
        self.send(cmd);
    }

    /// Stops waiting on `pending` and cancels its request.
    pub fn cancel(&mut self, pending: &mut Pending) {
        if let Some(req) = pending.take() {
            self.send(Command::Cancel { req });
        }
    }

    /// The queued commands, oldest first; the outbox is left empty.
    pub fn drain(&mut self) -> std::vec::Drain<'_, Command> {
        self.commands.drain(..)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_latest_answer_settles() {
        let mut out = Outbox::default();
        let mut p = Pending::default();
        out.request(&mut p, |req| Command::Properties { req });
        out.request(&mut p, |req| Command::Properties { req });
        let sent: Vec<String> = out.drain().map(|c| format!("{c:?}")).collect();
        assert_eq!(sent, ["Properties(1)", "Cancel(1)", "Properties(2)"]);
        assert!(!p.settle(1, "test"), "superseded");
        assert!(p.is_some());
        assert!(p.settle(2, "test"));
        assert!(p.is_none());
        assert!(!p.settle(2, "test"), "answered once");
    }

    #[test]
    fn cancel_sends_a_cancel_only_while_waiting() {
        let mut out = Outbox::default();
        let mut p = Pending::default();
        out.cancel(&mut p);
        assert_eq!(out.drain().count(), 0);
        out.request(&mut p, |req| Command::Properties { req });
        out.cancel(&mut p);
        let sent: Vec<String> = out.drain().map(|c| format!("{c:?}")).collect();
        assert_eq!(sent, ["Properties(1)", "Cancel(1)"]);
        assert!(p.is_none());
    }
}
