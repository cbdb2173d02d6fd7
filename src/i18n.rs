//! Interface languages: English, French and German.
//!
//! Every text the app shows goes through this module: [`tr`] for a fixed
//! string, [`trf`] for a sentence with named arguments (`{ $time }`), and
//! [`Text`] for a message kept in state and put into words only when it is
//! drawn (so switching the language changes it too). Each takes a Fluent
//! message id (`tr("settings")`); the texts are in `assets/i18n/{en,fr,de}.ftl`,
//! compiled in and parsed once per language ([`catalog`]). A test reads the
//! sources and fails when an id lacks a message in a file, a message is no
//! longer used, or a translation lacks one of its arguments.
//!
//! No egui here: the domain and API layers use it for their messages and
//! stay pure. The language belongs to the thread that sets it
//! ([`set_language`]: the app's UI thread), so two apps on two threads (tests
//! run in parallel, each on its own thread) cannot see each other's language;
//! other threads speak English (logs) unless they are handed a language and
//! use [`with_language`] (as the worker does for a file dialog's title).

pub mod catalog;

use std::cell::Cell;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

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

/// The text of `id` in `lang` with no arguments: the language's message,
/// else the English one, else the id itself (a missing translation shows
/// something rather than nothing; the coverage test keeps it from happening).
fn lookup(id: &str, lang: Language) -> Option<&'static str> {
    catalog::catalog(lang)
        .plain(id)
        .or_else(|| catalog::catalog(Language::English).plain(id))
}

/// The message ids of the English file, in its order (for tests and tools).
pub fn ids() -> Vec<&'static str> {
    catalog::ids(Language::English)
}

/// The current language's text for a message id (`tr("settings")`). A
/// message with arguments comes with `{name}` where each goes.
pub fn tr(id: &'static str) -> &'static str {
    lookup(id, language()).unwrap_or(id)
}

/// Marks a message id kept in data (and in tests) to be put into the
/// current language where it is shown, with [`tr_dyn`] or [`trf_dyn`].
pub const fn tr_later(id: &'static str) -> &'static str {
    id
}

/// [`tr`] for an id that is not a literal at the call site: one marked with
/// [`tr_later`] where it comes from. A text that is no id is returned
/// unchanged.
pub fn tr_dyn(id: &str) -> &str {
    lookup(id, language()).unwrap_or(id)
}

/// The current language's sentence for message `id`, with its arguments:
/// `trf("closes-at-time", &[("time", &"19:00")])`. An argument that displays
/// as a plain integer is a number to Fluent (plural forms choose on it).
pub fn trf(id: &'static str, args: &[(&str, &dyn fmt::Display)]) -> String {
    trf_dyn(id, args)
}

/// [`trf`] for an id that is not a literal at the call site: one marked
/// with [`tr_later`] where it comes from. A text that is no id is returned
/// unchanged.
pub fn trf_dyn(id: &str, args: &[(&str, &dyn fmt::Display)]) -> String {
    let fluent_args = catalog::fluent_args(args);
    [language(), Language::English]
        .into_iter()
        .find_map(|lang| catalog::catalog(lang).format(id, &fluent_args))
        .map_or_else(|| id.to_owned(), |text| text.into_owned())
}

/// A message kept in state and put into words when it is shown, in the
/// language of that moment: `Text::tr("connection-saved")`,
/// `Text::tr("the-demo-server-could-not-start").with("error", e)`.
/// An argument is shown with its own `Display` at that moment too, so an
/// error type that translates itself stays live.
#[derive(Clone)]
pub struct Text {
    template: Option<&'static str>,
    args: Vec<(&'static str, Arc<dyn fmt::Display + Send + Sync>)>,
}

impl Text {
    /// A translated message (`id` is a message id).
    pub fn tr(id: &'static str) -> Self {
        Self {
            template: Some(id),
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

    /// Adds the value of the argument `$name`.
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
mod english;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_default_and_the_key() {
        assert_eq!(
            with_language(Language::English, || tr("settings")),
            "Settings"
        );
        assert_eq!(
            with_language(Language::French, || tr("settings")),
            "Paramètres"
        );
        assert_eq!(
            with_language(Language::German, || tr("settings")),
            "Einstellungen"
        );
        // Not an id: the text itself.
        assert_eq!(
            with_language(Language::German, || tr_dyn("Not a message id")),
            "Not a message id"
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
            tr("settings")
        });
        let b = std::thread::spawn(move || {
            at_b.recv().unwrap(); // A has set French by now.
            set_language(Language::German);
            to_a.send(()).unwrap();
            tr("settings")
        });
        assert_eq!(a.join().unwrap(), "Paramètres");
        assert_eq!(b.join().unwrap(), "Einstellungen");
        assert_eq!(language(), Language::English, "this thread set none");
    }

    #[test]
    fn arguments_are_filled_by_name_without_isolation_marks() {
        let args: [(&str, &dyn fmt::Display); 2] = [("path", &"/srv/r"), ("unused", &2)];
        assert_eq!(trf("folder-path", &args), "Folder: /srv/r");
        assert_eq!(
            with_language(Language::French, || trf("folder-path", &args)),
            "Dossier : /srv/r"
        );
        // A missing argument shows where it goes; `tr` gives the template.
        assert_eq!(trf("folder-path", &[]), "Folder: {$path}");
        assert_eq!(tr("folder-path"), "Folder: {path}");
        // Numbers print as they were given.
        let n: [(&str, &dyn fmt::Display); 1] = [("seconds", &30)];
        assert_eq!(
            trf("the-server-did-not-answer-in-time-seconds", &n),
            "The server did not answer in time (30 s)."
        );
        assert!(!trf("paired-with-name", &[("name", &"Desk")]).contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn counts_choose_each_languages_plural_form() {
        let days = |lang, n: usize| with_language(lang, || trf("count-days", &[("count", &n)]));
        assert_eq!(days(Language::English, 0), "0 days");
        assert_eq!(days(Language::English, 1), "1 day");
        assert_eq!(days(Language::English, 2), "2 days");
        // French: 0 and 1 are singular.
        assert_eq!(days(Language::French, 0), "0 jour");
        assert_eq!(days(Language::French, 1), "1 jour");
        assert_eq!(days(Language::French, 2), "2 jours");
        // German: 0 is plural.
        assert_eq!(days(Language::German, 0), "0 Tage");
        assert_eq!(days(Language::German, 1), "1 Tag");
        assert_eq!(days(Language::German, 2), "2 Tage");
        // A count given as text that is a plain integer chooses too.
        assert_eq!(trf("count-days", &[("count", &"1")]), "1 day");
    }

    #[test]
    fn integers_go_to_fluent_as_numbers_and_other_texts_as_texts() {
        use fluent_bundle::FluentValue;
        let seven = 7_u64;
        let args: [(&str, &dyn fmt::Display); 5] = [
            ("n", &seven),
            ("neg", &-3),
            ("zeros", &"007"),
            ("dec", &"2,5"),
            ("word", &"one"),
        ];
        let fluent = catalog::fluent_args(&args);
        assert!(matches!(fluent.get("n"), Some(FluentValue::Number(_))));
        assert!(matches!(fluent.get("neg"), Some(FluentValue::Number(_))));
        for text in ["zeros", "dec", "word"] {
            assert!(
                matches!(fluent.get(text), Some(FluentValue::String(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn a_text_is_worded_when_shown() {
        let t = Text::tr("the-demo-server-could-not-start-on-this").with("error", "port in use");
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
            format!("{:?}", Text::tr("connection-saved")),
            "Text(\"Connection saved.\")"
        );
    }
}
