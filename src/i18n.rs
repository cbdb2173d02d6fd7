//! Interface languages. Every UI string goes through [`tr`]; a string without
//! a translation shows in English.

use std::sync::atomic::{AtomicU8, Ordering};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    French,
    German,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::English, Language::French, Language::German];

    /// The language's own name, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
            Language::German => "Deutsch",
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

pub fn set_language(lang: Language) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

pub fn language() -> Language {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Language::French,
        2 => Language::German,
        _ => Language::English,
    }
}

/// (English, French, German).
static TABLE: &[(&str, &str, &str)] = &[];

/// The current language's text for an English UI string.
pub fn tr(english: &'static str) -> &'static str {
    let lang = language();
    if lang == Language::English {
        return english;
    }
    TABLE
        .iter()
        .find(|(en, _, _)| *en == english)
        .map(|(_, fr, de)| if lang == Language::French { *fr } else { *de })
        .unwrap_or(english)
}
