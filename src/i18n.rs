//! Interface languages: English, French and German.
//!
//! Every text the app shows goes through this module: [`tr`] for a fixed
//! string, [`trf`] for a sentence with named placeholders (`{time}`), and
//! [`Text`] for a message kept in state and put into words only when it is
//! drawn (so switching the language changes it too). The English text is the
//! key; [`table`] gives its French and German. A test scans the sources and
//! fails when a key lacks a translation or a translation is no longer used.
//!
//! No egui here: the domain and API layers use it for their messages and
//! stay pure. The language belongs to the thread that sets it
//! ([`set_language`]: the app's UI thread), so two apps on two threads (tests
//! run in parallel, each on its own thread) cannot see each other's language;
//! other threads speak English (logs) unless they are handed a language and
//! use [`with_language`] (as the worker does for a file dialog's title).

mod table;

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

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

thread_local! {
    /// A [`with_language`] scope.
    static SCOPED: Cell<Option<Language>> = const { Cell::new(None) };
    /// The app's language, set on the thread it draws on.
    static APP: Cell<Language> = const { Cell::new(Language::English) };
}

/// Sets the app's language on this thread (the one the app draws on).
pub fn set_language(lang: Language) {
    APP.with(|a| a.set(lang));
}

/// The language texts are put into on this thread now.
pub fn language() -> Language {
    SCOPED
        .with(Cell::get)
        .unwrap_or_else(|| APP.with(Cell::get))
}

/// Runs `f` with this thread's texts in `lang`, whatever the app's language;
/// other threads are not affected.
pub fn with_language<R>(lang: Language, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Language>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|s| s.replace(Some(lang))));
    f()
}

/// English key → (French, German).
fn map() -> &'static HashMap<&'static str, (&'static str, &'static str)> {
    static MAP: OnceLock<HashMap<&'static str, (&'static str, &'static str)>> = OnceLock::new();
    MAP.get_or_init(|| {
        table::TABLE
            .iter()
            .map(|&(en, fr, de)| (en, (fr, de)))
            .collect()
    })
}

/// The table: (English, French, German), for tests and tools.
pub fn entries() -> &'static [(&'static str, &'static str, &'static str)] {
    table::TABLE
}

/// The translation of `english` in `lang`, if the table has one.
fn lookup(english: &str, lang: Language) -> Option<&'static str> {
    let (fr, de) = map().get(english)?;
    match lang {
        Language::English => None,
        Language::French => Some(fr),
        Language::German => Some(de),
    }
}

/// The current language's text for an English UI string (the string itself
/// when the table lacks it).
pub fn tr(english: &'static str) -> &'static str {
    lookup(english, language()).unwrap_or(english)
}

/// Marks a string as a translation key without translating it: the string
/// is kept in English (in data, in tests) and put into the current language
/// where it is shown, with [`tr_dyn`].
pub const fn tr_later(english: &'static str) -> &'static str {
    english
}

/// [`tr`] for a key that is not a literal at the call site: one marked with
/// [`tr_later`] where it comes from. Unknown texts are returned unchanged.
pub fn tr_dyn(english: &str) -> &str {
    lookup(english, language()).unwrap_or(english)
}

/// The current language's sentence for `english`, with its `{name}`
/// placeholders filled from `args`:
/// `trf("Closes at {time}", &[("time", &"19:00")])`.
pub fn trf(english: &'static str, args: &[(&str, &dyn fmt::Display)]) -> String {
    fill(tr(english), args)
}

/// [`trf`] for a template that is not a literal at the call site: one
/// marked with [`tr_later`] where it comes from.
pub fn trf_dyn(english: &str, args: &[(&str, &dyn fmt::Display)]) -> String {
    fill(tr_dyn(english), args)
}

/// Replaces each `{name}` of `template` by its argument; a name without
/// an argument is left as written.
fn fill(template: &str, args: &[(&str, &dyn fmt::Display)]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, *v))
        });
        match arg {
            Some((close, value)) => {
                let _ = write!(out, "{value}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders of a text, in order of appearance.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if close > 0
                    && after[..close]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    names
}

/// A message kept in state and put into words when it is shown, in the
/// language of that moment: `Text::tr("Connection saved.")`,
/// `Text::tr("The demo server could not start: {error}").with("error", e)`.
/// An argument is shown with its own `Display` at that moment too, so an
/// error type that translates itself stays live.
#[derive(Clone)]
pub struct Text {
    template: Option<&'static str>,
    args: Vec<(&'static str, Arc<dyn fmt::Display + Send + Sync>)>,
}

impl Text {
    /// A translated string (`english` is a key of the table).
    pub fn tr(english: &'static str) -> Self {
        Self {
            template: Some(english),
            args: Vec::new(),
        }
    }

    /// Shown as `value` displays itself (an error that translates itself,
    /// or a text that is not ours, such as the operating system's).
    pub fn plain(value: impl fmt::Display + Send + Sync + 'static) -> Self {
        Self {
            template: None,
            args: vec![("", Arc::new(value))],
        }
    }

    /// Adds the value of the placeholder `{name}`.
    pub fn with(
        mut self,
        name: &'static str,
        value: impl fmt::Display + Send + Sync + 'static,
    ) -> Self {
        self.args.push((name, Arc::new(value)));
        self
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.template {
            None => match self.args.first() {
                Some((_, v)) => v.fmt(f),
                None => Ok(()),
            },
            Some(template) if self.args.is_empty() => f.write_str(tr(template)),
            Some(template) => {
                let args: Vec<(&str, &dyn fmt::Display)> = self
                    .args
                    .iter()
                    .map(|(n, v)| (*n, v.as_ref() as &dyn fmt::Display))
                    .collect();
                f.write_str(&trf(template, &args))
            }
        }
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let english = with_language(Language::English, || self.to_string());
        write!(f, "Text({english:?})")
    }
}

impl PartialEq for Text {
    /// Same words in English.
    fn eq(&self, other: &Self) -> bool {
        with_language(Language::English, || self.to_string() == other.to_string())
    }
}

/// No longer needed (the language is per thread), kept for tests written
/// before: it serialises its holders and sets English back on drop.
pub fn test_lock() -> LanguageTestGuard {
    static LOCK: Mutex<()> = Mutex::new(());
    LanguageTestGuard {
        _guard: LOCK.lock().unwrap_or_else(|e| e.into_inner()),
    }
}

/// See [`test_lock`].
pub struct LanguageTestGuard {
    _guard: MutexGuard<'static, ()>,
}

impl Drop for LanguageTestGuard {
    fn drop(&mut self) {
        set_language(Language::English);
    }
}

#[cfg(test)]
mod coverage;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_default_and_the_key() {
        assert_eq!(
            with_language(Language::English, || tr("Settings")),
            "Settings"
        );
        assert_eq!(
            with_language(Language::French, || tr("Settings")),
            "Paramètres"
        );
        assert_eq!(
            with_language(Language::German, || tr("Settings")),
            "Einstellungen"
        );
        // Not in the table: the English text.
        assert_eq!(
            with_language(Language::German, || tr_dyn("Not a key of the table")),
            "Not a key of the table"
        );
    }

    #[test]
    fn with_language_is_per_thread_and_restored() {
        with_language(Language::French, || {
            assert_eq!(language(), Language::French);
            with_language(Language::German, || {
                assert_eq!(language(), Language::German)
            });
            assert_eq!(language(), Language::French);
            let other = std::thread::spawn(language).join().unwrap();
            assert_eq!(other, Language::English, "other threads are not affected");
        });
        assert_eq!(language(), Language::English);
    }

    #[test]
    fn each_thread_keeps_the_language_it_set() {
        // Two "apps" on two threads, as parallel tests run them: each sees
        // its own language, whatever the other set meanwhile.
        let (to_b, at_b) = std::sync::mpsc::channel::<()>();
        let (to_a, at_a) = std::sync::mpsc::channel::<()>();
        let a = std::thread::spawn(move || {
            set_language(Language::French);
            to_b.send(()).unwrap();
            at_a.recv().unwrap(); // B has set German by now.
            tr("Settings")
        });
        let b = std::thread::spawn(move || {
            at_b.recv().unwrap(); // A has set French by now.
            set_language(Language::German);
            to_a.send(()).unwrap();
            tr("Settings")
        });
        assert_eq!(a.join().unwrap(), "Paramètres");
        assert_eq!(b.join().unwrap(), "Einstellungen");
        assert_eq!(language(), Language::English, "this thread set none");
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        let args: [(&str, &dyn fmt::Display); 2] = [("b", &2), ("a", &"one")];
        assert_eq!(
            fill("{a} then {b}, {a} again", &args),
            "one then 2, one again"
        );
        // Unknown names and lone braces stay as written.
        assert_eq!(fill("{c} {a} { x }", &args), "{c} one { x }");
        assert_eq!(fill("open {", &args), "open {");
        assert_eq!(
            placeholders("{day}, {date} um {time} {no space}"),
            ["day", "date", "time"]
        );
    }

    #[test]
    fn a_text_is_worded_when_shown() {
        let t = Text::tr("The demo server could not start on this computer: {error}")
            .with("error", "port in use");
        assert_eq!(
            t.to_string(),
            "The demo server could not start on this computer: port in use"
        );
        let fr = with_language(Language::French, || t.to_string());
        assert!(
            fr.contains("port in use") && fr.starts_with("Le serveur de démonstration"),
            "{fr}"
        );
        assert_eq!(Text::plain("as is").to_string(), "as is");
        assert_eq!(t, t.clone());
        assert_eq!(
            format!("{:?}", Text::tr("Connection saved.")),
            "Text(\"Connection saved.\")"
        );
    }
}
