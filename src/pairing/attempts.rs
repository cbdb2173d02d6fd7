//! The kiosk's count of wrong pairing codes: after [`MAX_WRONG_CODES`] wrong
//! codes the code on screen is dead and staff must start pairing again.

/// Wrong codes allowed for one code on screen.
pub const MAX_WRONG_CODES: u32 = 5;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PairingAttempts {
    wrong: u32,
}

impl PairingAttempts {
    pub fn new() -> Self {
        Self::default()
    }

    /// True while another attempt may be made with this code.
    pub fn allowed(&self) -> bool {
        self.wrong < MAX_WRONG_CODES
    }

    /// Counts a wrong code; returns whether further attempts remain.
    pub fn wrong_code(&mut self) -> bool {
        self.wrong = self.wrong.saturating_add(1);
        self.allowed()
    }

    pub fn wrong_count(&self) -> u32 {
        self.wrong
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

    #[test]
    fn five_wrong_codes_close_the_attempt() {
        let mut a = PairingAttempts::new();
        for i in 1..MAX_WRONG_CODES {
            assert!(a.wrong_code(), "attempt {i} should leave more");
        }
        assert!(!a.wrong_code());
        assert!(!a.allowed());
        assert_eq!(a.wrong_count(), MAX_WRONG_CODES);
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
