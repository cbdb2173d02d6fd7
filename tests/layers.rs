//! The layers of docs/ARCHITECTURE.md, checked on the source: `api`,
//! `domain` and `sandbox` never import egui or eframe, and no `ui` module
//! reaches the credential store (only the worker reads and writes secrets).

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
