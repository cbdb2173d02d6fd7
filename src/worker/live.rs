//! A customer's data in use by a worker job (a save dialog, a write, a
//! print): the app ends it when it wipes that customer (idle timer, "Forget
//! this customer"). After that no step that uses the data starts, and the
//! wipe waits for a step under way, so nothing of the customer is asked
//! for, written or opened after the wipe.

use std::sync::{Arc, Mutex};

#[derive(Clone, Debug)]
pub struct Live(Arc<Mutex<bool>>);

impl Default for Live {
    fn default() -> Self {
        Self(Arc::new(Mutex::new(true)))
    }
}

impl Live {
    pub fn end(&self) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = false;
    }

    pub fn is_live(&self) -> bool {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` if the data is still live; [`Live::end`] waits for it.
    pub fn run<T>(&self, f: impl FnOnce() -> T) -> Option<T> {
        let live = self.0.lock().unwrap_or_else(|p| p.into_inner());
        live.then(f)
    }
}

/// Held with the customer's data in the app's state: ends its [`Live`]
/// when dropped (the wipe drops it).
#[derive(Debug, Default)]
pub struct EndOnDrop(Live);

impl EndOnDrop {
    /// The handle a job carries.
    pub fn live(&self) -> Live {
        self.0.clone()
    }
}

impl Drop for EndOnDrop {
    fn drop(&mut self) {
        self.0.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_runs_after_the_holder_is_dropped() {
        let holder = EndOnDrop::default();
        let live = holder.live();
        assert_eq!(live.run(|| 1), Some(1));
        drop(holder);
        assert!(!live.is_live());
        assert_eq!(live.run(|| 1), None);
    }
}
