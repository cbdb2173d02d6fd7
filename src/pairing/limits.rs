//! Bounds on what the tablet's listener does for peers that have not proven
//! a pairing yet, as trusted listeners do (sshd's MaxStartups, a web
//! server's header timeout): a fixed number of connections in the
//! handshake (fewer per peer address), the oldest dropped for a newer one;
//! a deadline for the whole handshake; an idle timeout on sessions; a pause
//! in the accept loop when the system runs out of descriptors; and a budget
//! of log lines for refusals. No I/O here except the tasks' abort handles.

use std::collections::VecDeque;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::task::AbortHandle;

/// Connections still in their handshake, all peers together.
pub const MAX_PENDING: usize = 32;
/// Connections in their handshake from one peer address.
pub const MAX_PENDING_PER_PEER: usize = 8;
/// Authenticated desk sessions at once.
pub const MAX_SESSIONS: usize = 16;
/// From accept to a proven pairing (first sealed frame opened) or to the
/// end of a pairing attempt: a desk on the LAN needs a few milliseconds.
pub const HANDSHAKE_DEADLINE: Duration = Duration::from_secs(10);
/// A session with no frame and no open request for this long is closed.
pub const SESSION_IDLE: Duration = Duration::from_secs(120);
/// Refusals logged (and reported to the app) per [`LOG_WINDOW`].
pub const LOGGED_REFUSALS: u32 = 10;
pub const LOG_WINDOW: Duration = Duration::from_secs(60);

struct Pending {
    id: u64,
    peer: IpAddr,
    abort: Option<AbortHandle>,
}

#[derive(Default)]
struct GateState {
    next: u64,
    pending: VecDeque<Pending>,
    sessions: usize,
}

/// The listener's connection slots.
#[derive(Default)]
pub struct Gate {
    state: Mutex<GateState>,
}

fn lock(m: &Mutex<GateState>) -> std::sync::MutexGuard<'_, GateState> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Gate {
    pub fn new() -> Arc<Self> {
        Arc::default()
    }

    /// A slot for a connection just accepted from `peer`; hand it to the
    /// connection's task, then [`Gate::admit`] that task.
    pub fn slot(self: &Arc<Self>, peer: IpAddr) -> Slot {
        let mut st = lock(&self.state);
        st.next += 1;
        let id = st.next;
        st.pending.push_back(Pending {
            id,
            peer,
            abort: None,
        });
        Slot {
            gate: self.clone(),
            id,
            session: false,
        }
    }

    /// Registers the task of `slot_id` and ends the oldest handshakes over
    /// the limits (that peer's own first). Returns how many were ended.
    pub fn admit(&self, slot_id: u64, abort: AbortHandle) -> usize {
        let mut st = lock(&self.state);
        let Some(me) = st.pending.iter_mut().find(|p| p.id == slot_id) else {
            // Already over (its task ended before it was registered).
            return 0;
        };
        me.abort = Some(abort);
        let peer = me.peer;
        let mut ended = 0;
        while st.pending.iter().filter(|p| p.peer == peer).count() > MAX_PENDING_PER_PEER {
            ended += end_oldest(&mut st, |p| p.peer == peer);
        }
        while st.pending.len() > MAX_PENDING {
            ended += end_oldest(&mut st, |_| true);
        }
        ended
    }

    /// Handshakes running now (for tests and the log).
    pub fn pending(&self) -> usize {
        lock(&self.state).pending.len()
    }

    pub fn sessions(&self) -> usize {
        lock(&self.state).sessions
    }
}

fn end_oldest(st: &mut GateState, which: impl Fn(&Pending) -> bool) -> usize {
    let Some(i) = st.pending.iter().position(which) else {
        return 0;
    };
    let Some(p) = st.pending.remove(i) else {
        return 0;
    };
    if let Some(abort) = p.abort {
        abort.abort();
    }
    1
}

/// One connection's place: in the handshake until [`Slot::promote`], then a
/// session; freed when dropped (its task ended or was aborted).
pub struct Slot {
    gate: Arc<Gate>,
    id: u64,
    session: bool,
}

impl Slot {
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The peer proved its pairing: leaves the handshake slots for a session
    /// slot. False when every session slot is taken (or it was ended).
    pub fn promote(&mut self) -> bool {
        let mut st = lock(&self.gate.state);
        let Some(i) = st.pending.iter().position(|p| p.id == self.id) else {
            return false;
        };
        if st.sessions >= MAX_SESSIONS {
            return false;
        }
        st.pending.remove(i);
        st.sessions += 1;
        self.session = true;
        true
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut st = lock(&self.gate.state);
        if self.session {
            st.sessions = st.sessions.saturating_sub(1);
        } else {
            st.pending.retain(|p| p.id != self.id);
        }
    }
}

/// The accept loop's pause after a failed accept (out of descriptors or
/// memory): growing, never a spin. A burst of failures is logged once, and
/// at most one burst a [`BURST_LOG_EVERY`]: a peer that frees and takes
/// descriptors in turn (bursts of one failure each) cannot fill the log.
#[derive(Debug, Default)]
pub struct AcceptBackoff {
    delay: Option<Duration>,
    /// Failures since the last "accepting again" line.
    failures: u64,
    /// When a burst was last logged.
    logged_at: Option<Instant>,
    /// Whether the burst under way was logged (its end is then logged too).
    burst_logged: bool,
}

pub const BACKOFF_FIRST: Duration = Duration::from_millis(5);
pub const BACKOFF_MAX: Duration = Duration::from_secs(1);
pub const BURST_LOG_EVERY: Duration = Duration::from_secs(60);

impl AcceptBackoff {
    /// After a failed accept at `now`: how long to wait, and whether to log
    /// it (the first failure of a burst, if no burst was logged lately).
    pub fn failed(&mut self, now: Instant) -> (Duration, bool) {
        let first = self.delay.is_none();
        let delay = self
            .delay
            .map_or(BACKOFF_FIRST, |d| (d * 2).min(BACKOFF_MAX));
        self.delay = Some(delay);
        self.failures += 1;
        let quiet = self
            .logged_at
            .is_none_or(|t| now.saturating_duration_since(t) >= BURST_LOG_EVERY);
        let log = first && quiet;
        if log {
            self.logged_at = Some(now);
            self.burst_logged = true;
        }
        (delay, log)
    }

    /// After an accept that worked: when it ends a logged burst, the
    /// failures since the last such line (to log once).
    pub fn succeeded(&mut self) -> Option<u64> {
        self.delay = None;
        if !std::mem::take(&mut self.burst_logged) {
            return None;
        }
        (self.failures > 0).then(|| std::mem::take(&mut self.failures))
    }
}

/// Whether an accept error is about this one connection (go on at once) or
/// about the system (descriptors, memory: wait).
pub fn is_per_connection(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionAborted | ConnectionReset | Interrupted | WouldBlock
    )
}

/// A budget of log lines: [`LOGGED_REFUSALS`] per [`LOG_WINDOW`], then a
/// count of what was left out, said once when the next window opens.
#[derive(Debug)]
pub struct LogBudget {
    window: Option<Instant>,
    used: u32,
    left_out: u64,
}

impl Default for LogBudget {
    fn default() -> Self {
        Self::new()
    }
}

impl LogBudget {
    pub fn new() -> Self {
        Self {
            window: None,
            used: 0,
            left_out: 0,
        }
    }

    /// Whether to log this one, and how many were left out before it (to
    /// say once).
    pub fn take(&mut self, now: Instant) -> (bool, u64) {
        let fresh = self
            .window
            .is_none_or(|start| now.saturating_duration_since(start) >= LOG_WINDOW);
        let mut before = 0;
        if fresh {
            self.window = Some(now);
            self.used = 0;
            before = std::mem::take(&mut self.left_out);
        }
        if self.used < LOGGED_REFUSALS {
            self.used += 1;
            (true, before)
        } else {
            self.left_out += 1;
            (false, before)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn ip(last: u8) -> IpAddr {
        IpAddr::V4(Ipv4Addr::new(192, 0, 2, last))
    }

    fn parked(rt: &tokio::runtime::Runtime) -> AbortHandle {
        rt.spawn(std::future::pending::<()>()).abort_handle()
    }

    #[test]
    fn one_peer_holds_at_most_its_share_and_its_own_oldest_go_first() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let gate = Gate::new();
        let other = gate.slot(ip(9));
        gate.admit(other.id(), parked(&rt));
        let mut slots = Vec::new();
        let mut ended = 0;
        for _ in 0..100 {
            let s = gate.slot(ip(1));
            ended += gate.admit(s.id(), parked(&rt));
            slots.push(s);
        }
        assert_eq!(ended, 100 - MAX_PENDING_PER_PEER);
        assert_eq!(gate.pending(), MAX_PENDING_PER_PEER + 1);
        // The other peer's handshake was not the one ended.
        let mut other = other;
        assert!(other.promote());
        assert_eq!(gate.sessions(), 1);
        drop(other);
        drop(slots);
        assert_eq!((gate.pending(), gate.sessions()), (0, 0));
    }

    #[test]
    fn many_peers_together_stay_under_the_total() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let gate = Gate::new();
        let mut slots = Vec::new();
        for i in 0..200u32 {
            let s = gate.slot(ip((i % 50) as u8));
            gate.admit(s.id(), parked(&rt));
            slots.push(s);
        }
        assert_eq!(gate.pending(), MAX_PENDING);
        // The newest is still there and can become a session.
        assert!(slots.last_mut().unwrap().promote());
    }

    #[test]
    fn sessions_are_capped() {
        let gate = Gate::new();
        let mut slots: Vec<Slot> = (0..MAX_SESSIONS + 1)
            .map(|i| gate.slot(ip(i as u8)))
            .collect();
        let mut promoted = 0;
        for s in &mut slots {
            promoted += usize::from(s.promote());
        }
        assert_eq!(promoted, MAX_SESSIONS);
    }

    #[test]
    fn backoff_grows_to_its_ceiling_and_logs_once_per_burst() {
        let t0 = Instant::now();
        let mut b = AcceptBackoff::default();
        let (d, first) = b.failed(t0);
        assert_eq!((d, first), (BACKOFF_FIRST, true));
        let mut last = d;
        for _ in 0..20 {
            let (d, first) = b.failed(t0);
            assert!(!first);
            assert!(d >= last && d <= BACKOFF_MAX);
            last = d;
        }
        assert_eq!(last, BACKOFF_MAX);
        assert_eq!(b.succeeded(), Some(21));
        assert_eq!(b.succeeded(), None);
        let later = t0 + BURST_LOG_EVERY;
        assert!(b.failed(later).1, "a new burst a minute later is logged");
    }

    #[test]
    fn bursts_in_turn_with_successes_are_logged_once_a_minute() {
        let t0 = Instant::now();
        let mut b = AcceptBackoff::default();
        let mut lines = 0;
        for i in 0..1000u32 {
            let now = t0 + Duration::from_millis(u64::from(i) * 10);
            lines += usize::from(b.failed(now).1);
            lines += usize::from(b.succeeded().is_some());
        }
        // 10 s of bursts: the first one's two lines only.
        assert_eq!(lines, 2);
        // A minute on, the next burst is logged with every failure since.
        assert!(b.failed(t0 + BURST_LOG_EVERY + Duration::from_secs(10)).1);
        assert_eq!(b.succeeded(), Some(1000));
    }

    #[test]
    fn the_log_budget_says_what_it_left_out() {
        let mut budget = LogBudget::new();
        let t0 = Instant::now();
        let logged = (0..1000).filter(|_| budget.take(t0).0).count();
        assert_eq!(logged, LOGGED_REFUSALS as usize);
        assert_eq!(budget.take(t0 + LOG_WINDOW), (true, 990));
    }

    #[test]
    fn descriptor_exhaustion_is_not_a_per_connection_error() {
        let emfile = std::io::Error::from_raw_os_error(24);
        assert!(!is_per_connection(&emfile));
        let aborted = std::io::Error::from(std::io::ErrorKind::ConnectionAborted);
        assert!(is_per_connection(&aborted));
    }
}
