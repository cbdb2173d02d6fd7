//! The kiosk's count of wrong pairing codes. Each computer (peer address)
//! may get [`MAX_WRONG_CODES_PER_PEER`] wrong: after that the tablet
//! refuses it without trying its code, and the code stays for the others,
//! so one stranger on the network cannot spend the tries of the desk that
//! staff are pairing. After [`MAX_WRONG_CODES`] wrong codes in all the code
//! on screen is dead and staff must start pairing again (at most that many
//! guesses at a million codes).

use std::collections::HashMap;
use std::net::IpAddr;

/// Wrong codes allowed for one code on screen, from every computer.
pub const MAX_WRONG_CODES: u32 = 10;

/// Wrong codes allowed from one computer for one code on screen.
pub const MAX_WRONG_CODES_PER_PEER: u32 = 3;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairingAttempts {
    wrong: u32,
    by_peer: HashMap<IpAddr, u32>,
}

impl PairingAttempts {
    pub fn new() -> Self {
        Self::default()
    }

    /// True while another attempt may be made with this code.
    pub fn allowed(&self) -> bool {
        self.wrong < MAX_WRONG_CODES
    }

    /// True while `peer` may try this code (it has not had its share).
    pub fn allowed_for(&self, peer: IpAddr) -> bool {
        self.allowed() && self.by_peer.get(&peer).copied().unwrap_or(0) < MAX_WRONG_CODES_PER_PEER
    }

    /// Counts a wrong code from `peer`; returns whether the code lives on.
    pub fn wrong_code(&mut self, peer: IpAddr) -> bool {
        self.wrong = self.wrong.saturating_add(1);
        let n = self.by_peer.entry(peer).or_insert(0);
        *n = n.saturating_add(1);
        self.allowed()
    }

    /// Wrong codes left for this code, from every computer.
    pub fn left(&self) -> u32 {
        MAX_WRONG_CODES.saturating_sub(self.wrong)
    }
}

/// A fresh 6-digit code, uniformly drawn from the OS's random source.
pub fn new_code() -> String {
    use rand::Rng;
    format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000u32))
}

/// The code as typed by staff: six digits, spaces ignored.
pub fn normalise_code(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([192, 0, 2, last])
    }

    #[test]
    fn one_computer_cannot_spend_the_codes_tries() {
        let mut a = PairingAttempts::new();
        for _ in 0..MAX_WRONG_CODES_PER_PEER {
            assert!(a.allowed_for(ip(9)));
            assert!(a.wrong_code(ip(9)), "the code lives on");
        }
        assert!(!a.allowed_for(ip(9)), "that computer had its share");
        assert!(a.allowed_for(ip(1)), "the desk staff pair may still try");
        assert_eq!(a.left(), MAX_WRONG_CODES - MAX_WRONG_CODES_PER_PEER);
    }

    #[test]
    fn wrong_codes_from_many_computers_end_the_code() {
        let mut a = PairingAttempts::new();
        for i in 1..MAX_WRONG_CODES {
            let peer = ip((i % 4) as u8 + 1);
            assert!(a.wrong_code(peer), "attempt {i} should leave more");
        }
        assert!(!a.wrong_code(ip(200)));
        assert!(!a.allowed());
        assert!(!a.allowed_for(ip(201)), "not even a new computer");
        assert_eq!(a.left(), 0);
    }

    #[test]
    fn codes_are_six_digits() {
        for _ in 0..50 {
            let c = new_code();
            assert_eq!(normalise_code(&c).as_deref(), Some(c.as_str()));
        }
        assert_eq!(normalise_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(normalise_code("12345"), None);
        assert_eq!(normalise_code("12345a"), None);
    }
}
