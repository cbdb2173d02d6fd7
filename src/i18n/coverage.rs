//! The Fluent files against the sources: every message id passed to `tr`,
//! `trf`, `tr_later` or `Text::tr` (as a literal, or as a `const` holding
//! one) has a message in en.ftl, fr.ftl and de.ftl; every message is still
//! used; and each translation uses the same arguments as the English.
//!
//! The sources are read with `syn` (calls inside macros such as `format!`
//! too), the `.ftl` files with Fluent's own parser.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use syn::visit::Visit;

use super::Language;
use super::catalog::{source, variables};

/// The functions whose first argument is a message id.
const ID_FUNCTIONS: &[&str] = &["tr", "trf", "tr_later"];

/// Where an id is used.
#[derive(Debug, Clone)]
struct Use {
    file: String,
    line: usize,
}

/// A call's first argument: a literal, or the name of a constant.
enum Arg {
    Literal(String),
    Const(String),
    Other,
}

#[derive(Default)]
struct FileScan {
    file: String,
    calls: Vec<(Arg, usize)>,
    consts: Vec<(String, String)>,
}

impl<'ast> Visit<'ast> for FileScan {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(func) = &*call.func
            && let Some(last) = func.path.segments.last()
            && ID_FUNCTIONS.contains(&last.ident.to_string().as_str())
        {
            let arg = match call.args.first() {
                Some(syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                })) => Arg::Literal(s.value()),
                Some(syn::Expr::Path(p)) => p
                    .path
                    .segments
                    .last()
                    .map_or(Arg::Other, |s| Arg::Const(s.ident.to_string())),
                _ => Arg::Other,
            };
            self.calls.push((arg, last.ident.span().start().line));
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        if let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) = &*item.expr
        {
            self.consts.push((item.ident.to_string(), s.value()));
        }
        syn::visit::visit_item_const(self, item);
    }

    /// `format!(.., tr("x"))`, `assert_eq!(..)`, `vec![..]`: a macro whose
    /// body is a list of expressions is read as one.
    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        use syn::punctuated::Punctuated;
        if let Ok(exprs) =
            mac.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        {
            for e in &exprs {
                self.visit_expr(e);
            }
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[derive(Debug, Default)]
struct Scan {
    /// Id → its first use.
    ids: BTreeMap<String, Use>,
    /// Calls whose id cannot be read from the source.
    unreadable: Vec<String>,
}

/// Every message id used in the Rust files under `dirs`.
fn scan_dirs(dirs: &[&str]) -> Scan {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    let mut scans = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        // The module that defines the functions is not a user of them.
        if name.ends_with("i18n.rs") || name.contains("i18n/") {
            continue;
        }
        let src = std::fs::read_to_string(path).expect("source readable");
        let file = syn::parse_file(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut s = FileScan {
            file: name,
            ..Default::default()
        };
        s.visit_file(&file);
        scans.push(s);
    }
    // Constants by name, across the crate (a clash is reported when it matters).
    let mut consts: HashMap<&str, Vec<&str>> = HashMap::new();
    for s in &scans {
        for (name, value) in &s.consts {
            consts.entry(name).or_default().push(value);
        }
    }
    let mut out = Scan::default();
    for s in &scans {
        for (arg, line) in &s.calls {
            let at = Use {
                file: s.file.clone(),
                line: *line,
            };
            let id = match arg {
                Arg::Literal(id) => Some(id.clone()),
                Arg::Const(name) => match consts.get(name.as_str()).map(Vec::as_slice) {
                    Some([value]) => Some((*value).to_owned()),
                    _ => None,
                },
                Arg::Other => None,
            };
            match id {
                Some(id) => {
                    out.ids.entry(id).or_insert(at);
                }
                None => out.unreadable.push(format!(
                    "{}:{}: needs a message id literal or a string constant",
                    at.file, at.line
                )),
            }
        }
    }
    out
}

/// A `.ftl` file's messages: id → the variables of its value.
fn messages(lang: Language) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let resource = fluent_syntax::parser::parse(source(lang))
        .map_err(|(_, errors)| format!("{lang:?}: syntax errors: {errors:?}"))?;
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let vars = m.value.as_ref().map(variables).unwrap_or_default();
                if out
                    .insert(m.id.name.to_owned(), vars.into_iter().collect())
                    .is_some()
                {
                    return Err(format!("{lang:?}: {} is listed twice", m.id.name));
                }
            }
            ast::Entry::Junk { content } => {
                return Err(format!("{lang:?}: unreadable: {content}"));
            }
            _ => {}
        }
    }
    Ok(out)
}

#[test]
fn every_id_has_a_message_in_every_language_and_every_message_is_used() {
    let scan = scan_dirs(&["src"]);
    assert!(
        scan.ids.len() > 150,
        "the scan found only {} ids: is it still reading the sources?",
        scan.ids.len()
    );
    let mut problems: Vec<String> = scan.unreadable.clone();
    for lang in Language::ALL {
        let file = match messages(lang) {
            Ok(m) => m,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        for (id, at) in &scan.ids {
            if !file.contains_key(id) {
                problems.push(format!(
                    "{}:{}: {lang:?} has no message {id:?}",
                    at.file, at.line
                ));
            }
        }
        for id in file.keys() {
            if !scan.ids.contains_key(id) {
                problems.push(format!("stale: {lang:?} has {id:?}, no code uses it"));
            }
        }
    }
    // Tests and benches may name ids too: those must exist.
    let english = messages(Language::English).unwrap_or_default();
    for (id, at) in scan_dirs(&["tests", "benches", "examples"]).ids {
        if !english.contains_key(&id) {
            problems.push(format!("{}:{}: no message {id:?}", at.file, at.line));
        }
    }
    assert!(
        problems.is_empty(),
        "{} translation problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn translations_use_the_arguments_of_the_english_and_end_like_it() {
    let english = messages(Language::English).expect("en.ftl");
    let mut problems = Vec::new();
    for lang in [Language::French, Language::German] {
        let file = messages(lang).expect("ftl");
        for (id, vars) in &file {
            if let Some(wanted) = english.get(id)
                && vars != wanted
            {
                problems.push(format!(
                    "{lang:?} {id}: arguments {vars:?}, the English {wanted:?}"
                ));
            }
        }
        for id in english.keys() {
            let en = super::with_language(Language::English, || super::tr_dyn(id));
            let text = super::with_language(lang, || super::tr_dyn(id));
            // Punctuation that ends a sentence or a label stays (a translation
            // may add a period: "Okt." for "Oct").
            for end in ['.', ':', '…', '?'] {
                if en.ends_with(end) && !text.ends_with(end) {
                    problems.push(format!(
                        "{lang:?} {id} does not end like the English ({end:?}): {text:?}"
                    ));
                }
            }
            if text.trim().is_empty() || text.trim() != text {
                problems.push(format!("{lang:?} {id} is empty or has spaces at an end"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scan_reads_calls_in_macros_and_constants() {
    let src = r##"
        // tr("in-a-comment")
        const LABEL: &str = "a-label";
        fn f() {
            let a = tr("plain");
            let b = format!("{} {}", trf("in-format", &[]), i18n::tr(LABEL));
            let c = Text::tr("text-tr").with("x", 1);
            let d = x.tr("a-method");
        }
    "##;
    let file = syn::parse_file(src).expect("parses");
    let mut s = FileScan::default();
    s.visit_file(&file);
    let read: Vec<String> = s
        .calls
        .iter()
        .map(|(a, _)| match a {
            Arg::Literal(l) => l.clone(),
            Arg::Const(c) => format!("const {c}"),
            Arg::Other => "?".into(),
        })
        .collect();
    assert_eq!(read, ["plain", "in-format", "const LABEL", "text-tr"]);
    assert_eq!(s.consts, [("LABEL".to_owned(), "a-label".to_owned())]);
}
