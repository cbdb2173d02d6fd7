//! The layers of docs/ARCHITECTURE.md, checked on the source: `api`,
//! `domain` and `sandbox` never import egui or eframe, and no `ui` module
//! reaches the credential store (only the worker reads and writes secrets).
//! And the direction: no import cycle between the modules of `src/`, no UI
//! room importing another room or the app, and only the app holding the
//! whole `AppState`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The code of a file without its comments, one entry per line, with each
/// `use` statement joined onto one line (a `use` may span several).
fn code_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open_use = false;
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("").trim();
        if open_use {
            if let Some(last) = out.last_mut() {
                last.push(' ');
                last.push_str(code);
            }
        } else {
            out.push(code.to_owned());
        }
        let starts_use = code.starts_with("use ") || code.starts_with("pub use ");
        if starts_use || open_use {
            open_use = !code.ends_with(';');
        }
    }
    out
}

fn is_use(line: &str) -> bool {
    line.starts_with("use ") || line.starts_with("pub use ") || line.starts_with("pub(crate) use ")
}

/// The lines of the files under `src/<layer>` that break `rule`, as
/// "file: line".
fn offences(layer: &str, rule: impl Fn(&str) -> bool) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let mut found = Vec::new();
    for file in rust_files(&root) {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for line in code_lines(&text) {
            if rule(&line) {
                found.push(format!("{}: {line}", file.display()));
            }
        }
    }
    found
}

fn imports_the_ui_toolkit(line: &str) -> bool {
    let uses = is_use(line)
        && ["egui", "eframe", "crate::ui", "super::ui"]
            .iter()
            .any(|m| line.contains(m));
    uses || line.contains("egui::") || line.contains("eframe::")
}

#[test]
fn api_domain_and_sandbox_never_import_egui_or_eframe() {
    for layer in ["api", "domain", "sandbox"] {
        let bad = offences(layer, imports_the_ui_toolkit);
        assert!(bad.is_empty(), "{layer} imports the UI toolkit:\n{bad:#?}");
    }
}

#[test]
fn no_ui_module_reaches_the_credential_store() {
    // The worker reads and writes secrets; the UI only hands it the store.
    let bad = offences("ui", |line| {
        let uses_keyring = is_use(line) && line.contains("keyring");
        let calls = line.contains("keyring::")
            || line.contains("secret_service::")
            || line.contains("API_KEY_ACCOUNT")
            || line.contains("KIOSK_PIN_ACCOUNT");
        uses_keyring || calls
    });
    assert!(bad.is_empty(), "a ui module calls the keyring:\n{bad:#?}");
}

#[test]
fn the_checks_catch_what_they_look_for() {
    // The rules themselves, on made-up lines, so a broken rule cannot pass
    // silently.
    let lines = code_lines("use egui::{\n    Ui,\n};\nlet x = 1; // egui::Ui\n");
    assert_eq!(lines[0], "use egui::{ Ui, };");
    assert!(imports_the_ui_toolkit(&lines[0]));
    assert!(!imports_the_ui_toolkit(&lines[1]), "comments are ignored");
    assert!(imports_the_ui_toolkit("let c: eframe::Frame;"));
    assert!(!imports_the_ui_toolkit(
        "use crate::api::models::Quotation;"
    ));
    assert!(!offences("domain", |_| true).is_empty(), "files were read");
}

// The module graph of `src/`: which module imports which. A module is a
// file (`ui/kiosk/mod.rs` is `ui::kiosk`); its edges are the paths of its
// `use` trees and the `crate::`/`super::`/`self::`/child-module paths in its
// production code (comments, literals and `#[cfg(test)]` parts left out),
// each resolved to the deepest module it names. A module and its own
// submodules are one unit: a child may use what an ancestor declares.

/// Source text with comments, string and char literals blanked (newlines
/// kept), cut at the first `#[cfg(test)]`: production code only.
fn production_code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !prev_ident(&chars, i) {
            // raw string r"…", r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // a char literal ('x', '\n', '\u{..}'), not a lifetime ('a)
            let close = if next == Some('\\') {
                (i + 2..chars.len().min(i + 12)).find(|&j| chars[j] == '\'')
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match close {
                Some(j) => {
                    out.push_str("' '");
                    i = j + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// The module a file under `src/` is: `ui/kiosk/mod.rs` is `ui::kiosk`.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let file = parts.pop().unwrap_or_default();
    let stem = file.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib") {
        parts.push(stem.to_owned());
    }
    parts
}

/// Expands one `use` tree (`a::{b, c::{d, e}}`) into its paths.
fn expand_use(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    expand_into("", &tree, &mut out);
    out
}

fn expand_into(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree);
        out.push(format!("{prefix}{path}"));
        return;
    };
    let head = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut depth = 0;
    let mut start = 0;
    let prefix = format!("{prefix}{head}");
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                expand_into(&prefix, &inner[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    expand_into(&prefix, &inner[start..], out);
}

/// Every path a module names: its `use` trees expanded, and the
/// `crate::`/`super::`/`self::` paths written in its code.
fn named_paths(code: &str, children: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = find_word(rest, "use") {
        let after = &rest[at + 3..];
        let end = after.find(';').unwrap_or(after.len());
        out.extend(
            expand_use(&after[..end])
                .into_iter()
                .filter(|p| !p.is_empty()),
        );
        rest = &after[end..];
    }
    let roots = ["crate", "super", "self"].into_iter().map(str::to_owned);
    for root in roots.chain(children.iter().cloned()) {
        let root = format!("{root}::");
        let root = root.as_str();
        let mut rest = code;
        while let Some(at) = rest.find(root) {
            let start_ok = at == 0 || {
                let b = rest.as_bytes()[at - 1];
                !(b.is_ascii_alphanumeric() || b == b'_' || b == b':')
            };
            let tail = &rest[at..];
            let len = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            if start_ok {
                out.push(tail[..len].trim_end_matches(':').to_owned());
            }
            rest = &tail[len.max(1)..];
        }
    }
    out
}

/// The position of `word` standing alone (not inside an identifier).
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = text[from..].find(word).map(|a| a + from) {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        if boundary(before) && after.is_some_and(char::is_whitespace) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

type Graph = BTreeMap<Vec<String>, BTreeSet<Vec<String>>>;

/// The modules of `src/` (the library crate) and which modules each imports.
fn module_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut texts = BTreeMap::new();
    for file in rust_files(&src) {
        let relative = file.strip_prefix(&src).unwrap_or(&file).to_path_buf();
        if relative == Path::new("main.rs") {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap_or_default();
        texts.insert(module_of(&relative), production_code(&text));
    }
    let modules: BTreeSet<Vec<String>> = texts.keys().cloned().collect();
    let mut graph = Graph::new();
    for (module, code) in &texts {
        let edges = graph.entry(module.clone()).or_default();
        let children: Vec<String> = modules
            .iter()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .map(|m| m[module.len()].clone())
            .collect();
        for path in named_paths(code, &children) {
            if let Some(target) = resolve(module, &path, &modules) {
                // A module and its submodules are one unit: a child may use
                // what its parent (or any ancestor) declares.
                if !module.starts_with(&target) {
                    edges.insert(target);
                }
            }
        }
    }
    graph
}

/// The deepest module of `modules` that `path`, named in `from`, lies in.
/// Paths outside the crate (std, egui, …) give None.
fn resolve(from: &[String], path: &str, modules: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut at: Vec<String> = match *segments.peek()? {
        "crate" => {
            segments.next();
            Vec::new()
        }
        "super" | "self" => from.to_vec(),
        // A child module named without `self::` (2018 paths).
        first => {
            let mut child = from.to_vec();
            child.push(first.to_owned());
            if !modules.contains(&child) {
                return None;
            }
            from.to_vec()
        }
    };
    for segment in segments {
        match segment {
            "super" => {
                at.pop();
            }
            "self" => {}
            name => {
                let mut deeper = at.clone();
                deeper.push(name.to_owned());
                if !modules.contains(&deeper) {
                    break;
                }
                at = deeper;
            }
        }
    }
    Some(at)
}

/// The import cycles of `graph` (strongly connected components of more than
/// one module), each sorted, by Tarjan's algorithm.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct Tarjan<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g Vec<String>, usize>,
        low: BTreeMap<&'g Vec<String>, usize>,
        stack: Vec<&'g Vec<String>>,
        on_stack: BTreeSet<&'g Vec<String>>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Tarjan<'g> {
        fn visit(&mut self, node: &'g Vec<String>) {
            let n = self.index.len();
            self.index.insert(node, n);
            self.low.insert(node, n);
            self.stack.push(node);
            self.on_stack.insert(node);
            for next in self.graph.get(node).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut component = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(top);
                    component.push(name(top));
                    if top == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut tarjan = Tarjan {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !tarjan.index.contains_key(node) {
            tarjan.visit(node);
        }
    }
    tarjan.found
}

fn name(module: &[String]) -> String {
    if module.is_empty() {
        "crate".to_owned()
    } else {
        module.join("::")
    }
}

/// The rooms of the UI: every folder of `src/ui` but the app, the shell and
/// the widgets.
fn rooms() -> Vec<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("ui");
    let mut rooms: Vec<String> = fs::read_dir(&ui)
        .unwrap_or_else(|e| panic!("{}: {e}", ui.display()))
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !["app", "shell", "widgets"].contains(&name.as_str()))
        .collect();
    rooms.sort();
    rooms
}

/// The room a module lies in, if any (`ui::kiosk::view` is in `kiosk`).
fn room_of<'r>(module: &[String], rooms: &'r [String]) -> Option<&'r String> {
    match module {
        [ui, room, ..] if ui == "ui" => rooms.iter().find(|r| *r == room),
        _ => None,
    }
}

/// Imports that break the rooms' direction: a room naming another room or
/// the app (it speaks to them only through `ui::action` and `ui::context`).
fn room_offences(graph: &Graph, rooms: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for (module, targets) in graph {
        let Some(room) = room_of(module, rooms) else {
            continue;
        };
        for target in targets {
            let other_room = room_of(target, rooms).is_some_and(|r| r != room);
            let app = target.len() >= 2 && target[0] == "ui" && target[1] == "app";
            if other_room || app {
                found.push(format!("{} imports {}", name(module), name(target)));
            }
        }
    }
    found
}

#[test]
fn no_module_of_src_is_in_an_import_cycle() {
    let graph = module_graph();
    assert!(graph.len() > 50, "the modules were read: {}", graph.len());
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "modules that import each other:\n{found:#?}"
    );
}

#[test]
fn no_room_imports_another_room_or_the_app() {
    let rooms = rooms();
    assert!(rooms.contains(&"kiosk".to_owned()), "rooms: {rooms:?}");
    let found = room_offences(&module_graph(), &rooms);
    assert!(
        found.is_empty(),
        "a room reaches past its words:\n{found:#?}"
    );
}

#[test]
fn only_the_app_holds_the_whole_app_state() {
    // Rooms get their own parts; `AppState` is named only inside `ui/app`.
    let bad = offences("ui", |line| line.contains("AppState"));
    let outside: Vec<_> = bad
        .into_iter()
        .filter(|l| {
            !l.contains(&format!(
                "ui{}app{}",
                std::path::MAIN_SEPARATOR,
                std::path::MAIN_SEPARATOR
            ))
        })
        .collect();
    assert!(outside.is_empty(), "AppState outside ui/app:\n{outside:#?}");
}

#[test]
fn the_graph_checks_catch_what_they_look_for() {
    let m = |path: &str| path.split("::").map(str::to_owned).collect::<Vec<_>>();
    // A made-up graph: a -> b -> c -> a is one cycle; d -> a is not in it.
    let mut graph = Graph::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")] {
        graph.entry(m(from)).or_default().insert(m(to));
        graph.entry(m(to)).or_default();
    }
    assert_eq!(cycles(&graph), vec![vec!["a", "b", "c"]]);
    graph.get_mut(&m("c")).unwrap().clear();
    assert!(cycles(&graph).is_empty());

    // Paths as written: nested use trees, inline paths, comments and tests.
    let code = production_code(
        "use super::{kiosk::{A, B}, widgets};\n// use crate::ui::app::X;\n\
         let s = \"crate::ui::app\"; crate::ui::lookup::show();\n\
         #[cfg(test)]\nuse crate::ui::tablet::Y;\n",
    );
    let paths = named_paths(&code, &[]);
    assert!(paths.contains(&"super::kiosk::A".to_owned()), "{paths:?}");
    assert!(paths.contains(&"super::widgets".to_owned()), "{paths:?}");
    assert!(
        paths.contains(&"crate::ui::lookup::show".to_owned()),
        "{paths:?}"
    );
    assert!(
        !paths
            .iter()
            .any(|p| p.contains("app") || p.contains("tablet")),
        "{paths:?}"
    );
    let modules: BTreeSet<Vec<String>> = [m("ui"), m("ui::kiosk"), m("ui::kiosk::view")].into();
    assert_eq!(
        resolve(&m("ui::lookup"), "super::kiosk::view::show", &modules),
        Some(m("ui::kiosk::view"))
    );
    assert_eq!(resolve(&m("ui::lookup"), "egui::Ui", &modules), None);

    // A room naming another room, or the app, is reported; shared words are not.
    let rooms = vec!["kiosk".to_owned(), "lookup".to_owned()];
    let mut graph = Graph::new();
    graph.insert(
        m("ui::kiosk::view"),
        [m("ui::lookup::view"), m("ui::action")].into(),
    );
    graph.insert(m("ui::lookup::state"), [m("ui::app::state")].into());
    assert_eq!(
        room_offences(&graph, &rooms),
        [
            "ui::kiosk::view imports ui::lookup::view",
            "ui::lookup::state imports ui::app::state"
        ]
    );
}
