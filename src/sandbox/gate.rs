//! What a test needs to wait on the sandbox instead of sleeping: a gate that
//! holds requests until released, and counters of requests received, held
//! and finished. "Nothing arrived" or "the slow answer came after the new
//! one" are then facts a test waits for, not a guess about time.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tokio::sync::Notify;

/// Requests held at the gate, and the counters.
#[derive(Default)]
pub(crate) struct Gate {
    /// Lower-case path fragments whose requests wait.
    held: Mutex<HashSet<String>>,
    released: Notify,
    received: AtomicUsize,
    waiting: AtomicUsize,
    answered: AtomicUsize,
    abandoned: AtomicUsize,
}

/// Counts the request as finished when dropped: answered when
/// [`Ticket::answered`] was called, else abandoned (the client went away).
pub(crate) struct Ticket<'a> {
    gate: &'a Gate,
    answered: bool,
}

impl Ticket<'_> {
    pub fn answered(mut self) {
        self.answered = true;
    }
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        let counter = if self.answered {
            &self.gate.answered
        } else {
            &self.gate.abandoned
        };
        counter.fetch_add(1, Ordering::SeqCst);
    }
}

/// Decrements the waiting count however the wait ends.
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Gate {
    /// Counts a request in; its [`Ticket`] counts it out.
    pub fn arrive(&self) -> Ticket<'_> {
        self.received.fetch_add(1, Ordering::SeqCst);
        Ticket {
            gate: self,
            answered: false,
        }
    }

    /// Waits while a held fragment is part of `path`.
    pub async fn pass(&self, path: &str) {
        let path = path.to_ascii_lowercase();
        if !self.holds(&path) {
            return;
        }
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let _waiting = Waiting(&self.waiting);
        loop {
            let mut released = std::pin::pin!(self.released.notified());
            // Registered before the check, so a release in between is seen.
            released.as_mut().enable();
            if !self.holds(&path) {
                return;
            }
            released.await;
        }
    }

    fn holds(&self, lower_path: &str) -> bool {
        lock(&self.held)
            .iter()
            .any(|f| lower_path.contains(f.as_str()))
    }

    pub fn hold(&self, fragment: &str) {
        lock(&self.held).insert(fragment.trim().to_ascii_lowercase());
    }

    pub fn release(&self, fragment: &str) {
        lock(&self.held).remove(&fragment.trim().to_ascii_lowercase());
        self.released.notify_waiters();
    }

    pub fn release_all(&self) {
        lock(&self.held).clear();
        self.released.notify_waiters();
    }

    pub fn counts(&self) -> GateCounts {
        GateCounts {
            received: self.received.load(Ordering::SeqCst),
            waiting: self.waiting.load(Ordering::SeqCst),
            answered: self.answered.load(Ordering::SeqCst),
            abandoned: self.abandoned.load(Ordering::SeqCst),
        }
    }
}

/// A snapshot of the sandbox's request counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GateCounts {
    /// Every HTTP request received, any path, answered or refused.
    pub received: usize,
    /// Held at the gate right now.
    pub waiting: usize,
    /// Answers handed to the HTTP server to send.
    pub answered: usize,
    /// Requests whose client went away before the answer was ready.
    pub abandoned: usize,
}

impl GateCounts {
    /// Every request received has been answered or abandoned.
    pub fn settled(&self) -> bool {
        self.answered + self.abandoned == self.received
    }
}

/// A poisoned lock only means a handler panicked; the data is still usable.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[tokio::test]
    async fn a_held_request_waits_until_released_and_is_counted() {
        let gate = Arc::new(Gate::default());
        gate.hold("ABC");
        let g = gate.clone();
        let task = tokio::spawn(async move {
            let ticket = g.arrive();
            g.pass("/v1/booking/abc/detail").await;
            ticket.answered();
        });
        // Wait on the condition: the request is at the gate.
        while gate.counts().waiting == 0 {
            tokio::task::yield_now().await;
        }
        assert_eq!(
            gate.counts(),
            GateCounts {
                received: 1,
                waiting: 1,
                answered: 0,
                abandoned: 0
            }
        );
        // Another path is not held.
        gate.pass("/v1/search/property").await;
        gate.release("abc");
        task.await.unwrap();
        let c = gate.counts();
        assert_eq!((c.waiting, c.answered, c.abandoned), (0, 1, 0));
        assert!(c.settled());
    }

    #[tokio::test]
    async fn a_dropped_request_counts_as_abandoned() {
        let gate = Gate::default();
        gate.hold("");
        {
            let _ticket = gate.arrive();
            let mut wait = std::pin::pin!(gate.pass("/any"));
            // Polled once, then given up, as when a client disconnects.
            assert!(futures_poll_once(wait.as_mut()).await.is_none());
            assert_eq!(gate.counts().waiting, 1);
        }
        let c = gate.counts();
        assert_eq!((c.received, c.waiting, c.abandoned), (1, 0, 1));
        assert!(c.settled());
    }

    async fn futures_poll_once<F: std::future::Future + Unpin>(f: F) -> Option<F::Output> {
        let mut f = f;
        std::future::poll_fn(|cx| {
            std::task::Poll::Ready(match std::pin::Pin::new(&mut f).poll(cx) {
                std::task::Poll::Ready(v) => Some(v),
                std::task::Poll::Pending => None,
            })
        })
        .await
    }
}
