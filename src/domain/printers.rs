//! What the system's printing (CUPS' `lpstat`, run with `LC_ALL=C`) says,
//! read as pure text: the printers offered in Settings and the default one.
//! Bounded: a strange answer cannot make the list long.

/// Printers kept from one answer at most.
pub const MAX_PRINTERS: usize = 64;
/// Longest printer name kept (CUPS allows 127 characters).
pub const MAX_NAME_CHARS: usize = 127;

/// The printers the system offers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrinterList {
    pub names: Vec<String>,
    /// The system's default printer, if one is set.
    pub default: Option<String>,
}

/// A printer name as CUPS allows it: printable, no spaces, slashes or `#`.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && name
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace() && c != '/' && c != '#')
}

/// `lpstat -e`: one destination a line.
pub fn parse_destinations(out: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in out.lines().map(str::trim).filter(|l| valid_name(l)) {
        if names.len() == MAX_PRINTERS {
            break;
        }
        if !names.iter().any(|n| n == line) {
            names.push(line.to_owned());
        }
    }
    names
}

/// `lpstat -d`: "system default destination: NAME", or no default.
pub fn parse_default(out: &str) -> Option<String> {
    out.lines()
        .find_map(|l| l.trim().strip_prefix("system default destination:"))
        .map(str::trim)
        .filter(|n| valid_name(n))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destinations_and_default_are_read() {
        let names = parse_destinations("Office_Laser\nFront-Desk\n\nOffice_Laser\nbad name\n");
        assert_eq!(names, vec!["Office_Laser", "Front-Desk"]);
        assert_eq!(
            parse_default("system default destination: Front-Desk\n"),
            Some("Front-Desk".into())
        );
        assert_eq!(parse_default("no system default destination\n"), None);
    }

    #[test]
    fn a_long_answer_is_cut_and_bad_names_are_dropped() {
        let many: String = (0..500).map(|i| format!("p{i}\n")).collect();
        assert_eq!(parse_destinations(&many).len(), MAX_PRINTERS);
        assert!(!valid_name(&"x".repeat(200)));
        assert!(!valid_name("a/b"));
        assert!(!valid_name("a\u{1b}[2J"));
        assert!(valid_name("Imprimante_Accueil"));
    }
}
