//! What the first translated text costs: the language's catalog is built
//! then (parsed once). Run under callgrind, with and without a text, and
//! subtract (scripts in the README, "Performance"):
//!
//! `valgrind --tool=callgrind target/debug/examples/i18n_cost settings en`
//! `valgrind --tool=callgrind target/debug/examples/i18n_cost none`
//!
//! Arguments: a message id (or `none`), then `en`, `fr`, `de` or `all`.

use std::time::Instant;

use storedesk::i18n::{Language, tr_dyn, with_language};

fn main() {
    let mut args = std::env::args().skip(1);
    let id = args.next().unwrap_or_else(|| "none".into());
    let langs: Vec<Language> = match args.next().as_deref() {
        Some("fr") => vec![Language::French],
        Some("de") => vec![Language::German],
        Some("all") => Language::ALL.to_vec(),
        _ => vec![Language::English],
    };
    if id == "none" {
        return;
    }
    for lang in langs {
        let start = Instant::now();
        let text = with_language(lang, || tr_dyn(&id).to_owned());
        let first = start.elapsed();
        let start = Instant::now();
        let again = with_language(lang, || tr_dyn(&id).len());
        let next = start.elapsed();
        println!(
            "{lang:?}: {text:?} first {:.3} ms, then {:.1} µs ({again} bytes)",
            first.as_secs_f64() * 1e3,
            next.as_secs_f64() * 1e6
        );
    }
}
