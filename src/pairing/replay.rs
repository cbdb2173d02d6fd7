//! Sliding replay window over the explicit nonces of a session's frames (the
//! scheme of IPsec and WireGuard): a nonce seen before, or too old to tell,
//! is refused.

/// How many nonces behind the highest one are still remembered.
pub const WINDOW: u64 = 64;

#[derive(Debug, Default, Clone)]
pub struct ReplayWindow {
    /// The highest nonce accepted so far, if any.
    highest: Option<u64>,
    /// Bit `i` set: nonce `highest - i` was accepted.
    seen: u64,
}

impl ReplayWindow {
    pub fn new() -> Self {
        Self::default()
    }

    /// True when `nonce` may be accepted (not seen, not too old). Check
    /// before decrypting; call [`Self::mark`] only once the frame decrypted,
    /// so a forged frame cannot move the window.
    pub fn check(&self, nonce: u64) -> bool {
        match self.highest {
            None => true,
            Some(h) if nonce > h => true,
            Some(h) => {
                let back = h - nonce;
                back < WINDOW && self.seen & (1 << back) == 0
            }
        }
    }

    /// Records `nonce` as accepted.
    pub fn mark(&mut self, nonce: u64) {
        match self.highest {
            None => {
                self.highest = Some(nonce);
                self.seen = 1;
            }
            Some(h) if nonce > h => {
                let shift = nonce - h;
                self.seen = if shift >= WINDOW {
                    0
                } else {
                    self.seen << shift
                };
                self.seen |= 1;
                self.highest = Some(nonce);
            }
            Some(h) => {
                let back = h - nonce;
                if back < WINDOW {
                    self.seen |= 1 << back;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_is_accepted_once() {
        let mut w = ReplayWindow::new();
        for n in [0, 1, 2] {
            assert!(w.check(n));
            w.mark(n);
            assert!(!w.check(n), "nonce {n} replayed");
        }
    }

    #[test]
    fn out_of_order_inside_the_window_is_fine_but_not_twice() {
        let mut w = ReplayWindow::new();
        w.mark(10);
        assert!(w.check(5));
        w.mark(5);
        assert!(!w.check(5));
        assert!(w.check(9));
    }

    #[test]
    fn too_old_is_refused() {
        let mut w = ReplayWindow::new();
        w.mark(0);
        w.mark(WINDOW + 5);
        assert!(!w.check(0));
        assert!(!w.check(5));
        assert!(w.check(6));
        assert!(w.check(WINDOW + 6));
    }
}
