//! One language's messages: its `.ftl` file, compiled in, parsed once into a
//! Fluent bundle the first time a text of that language is asked for.
//!
//! A message asked for without arguments is formatted once (each `$name`
//! shown as `{name}`) and kept: what [`super::tr`] hands out as a
//! `&'static str`, so a frame's fixed labels cost a hash lookup, as they did
//! with the table.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{OnceLock, PoisonError, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::Language;

/// The `.ftl` source of each language, in `Language::ALL` order.
const SOURCES: [&str; 3] = [
    include_str!("../../assets/i18n/en.ftl"),
    include_str!("../../assets/i18n/fr.ftl"),
    include_str!("../../assets/i18n/de.ftl"),
];

pub(super) struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Message id → its text with no arguments, once asked for.
    plain: RwLock<HashMap<String, &'static str>>,
}

/// The catalog of `lang`, built on first use.
pub(super) fn catalog(lang: Language) -> &'static Catalog {
    static CATALOGS: [OnceLock<Catalog>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = index(lang);
    CATALOGS[i].get_or_init(|| Catalog::build(lang, SOURCES[i]))
}

fn index(lang: Language) -> usize {
    match lang {
        Language::English => 0,
        Language::French => 1,
        Language::German => 2,
    }
}

/// The `.ftl` source of `lang` (for tests and tools).
pub fn source(lang: Language) -> &'static str {
    SOURCES[index(lang)]
}

fn locale(lang: Language) -> unic_langid::LanguageIdentifier {
    let tag = match lang {
        Language::English => "en",
        Language::French => "fr",
        Language::German => "de",
    };
    tag.parse().unwrap_or_default()
}

impl Catalog {
    /// Parses `source`. The files are ours and checked by the tests; should
    /// one still hold a syntax error, the messages Fluent could read are
    /// kept (the others show their id), rather than the app not starting.
    pub(super) fn build(lang: Language, source: &str) -> Self {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, errors)| {
            tracing::warn!(?lang, ?errors, "translation file has syntax errors");
            r
        });
        let mut bundle = FluentBundle::new_concurrent(vec![locale(lang)]);
        // No Unicode isolation marks around arguments: our texts are
        // left-to-right and the marks would show in tests, logs and PDFs.
        bundle.set_use_isolating(false);
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(?lang, ?errors, "translation file has duplicate ids");
        }
        Self {
            bundle,
            plain: RwLock::default(),
        }
    }

    /// The text of `id` with no arguments (`{name}` where one goes).
    pub(super) fn plain(&'static self, id: &str) -> Option<&'static str> {
        let known = self.plain.read().unwrap_or_else(PoisonError::into_inner);
        if let Some(text) = known.get(id) {
            return Some(text);
        }
        drop(known);
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut args = FluentArgs::new();
        for v in variables(pattern) {
            let shown = format!("{{{v}}}");
            args.set(v, FluentValue::from(shown));
        }
        let mut errors = Vec::new();
        let text = match self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors)
        {
            Cow::Borrowed(text) => text,
            // A message with arguments or variants. Kept for the life of
            // the process, as the table's texts were: at most one per
            // message and language, and it never changes.
            Cow::Owned(text) => Box::leak(text.into_boxed_str()),
        };
        self.plain
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id.to_owned(), text);
        Some(text)
    }

    /// The text of `id` with `args`; `None` when the catalog has no `id`.
    pub(super) fn format<'a>(&'a self, id: &str, args: &FluentArgs) -> Option<Cow<'a, str>> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, Some(args), &mut errors))
    }
}

/// The message ids of `lang`'s file, in its order (for tests and tools).
pub fn ids(lang: Language) -> Vec<&'static str> {
    let resource = match fluent_syntax::parser::parse(source(lang)) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) if m.value.is_some() => Some(m.id.name),
            _ => None,
        })
        .collect()
}

/// Our arguments as Fluent values. A value that displays as a plain integer
/// ("3", "-12", what `i64` prints) goes in as a number, so a selector can
/// choose its plural form; Fluent prints such a number exactly as it was
/// given. Anything else goes in as its text.
pub(super) fn fluent_args<'a>(args: &[(&'a str, &dyn fmt::Display)]) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.len());
    for &(name, value) in args {
        let text = value.to_string();
        match text.parse::<i64>() {
            Ok(n) if n.to_string() == text && n.unsigned_abs() < (1 << 53) => out.set(name, n),
            _ => out.set(name, text),
        }
    }
    out
}

/// The variables (`$name`) a pattern uses, in order of first appearance.
pub fn variables(pattern: &ast::Pattern<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut out);
        }
    }
    out
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                for v in variables(&variant.value) {
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
            out.push(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}
