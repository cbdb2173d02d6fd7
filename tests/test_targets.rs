//! Every test file is built (Cargo.toml sets `autotests = false`, so a new
//! file in tests/ would otherwise be skipped without a word): each
//! `tests/*.rs` is the path of one `[[test]]` target or a `#[path]` module
//! of exactly one suite, never both, never twice. Helpers in folders
//! (tests/common, tests/netns…) are shared and not counted.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `path` of every `[[test]]` in Cargo.toml, relative to the crate root.
fn test_target_paths() -> Vec<PathBuf> {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let manifest: toml::Table = toml::from_str(&text).unwrap();
    let targets = manifest
        .get("test")
        .and_then(|t| t.as_array())
        .expect("Cargo.toml lists its [[test]] targets");
    targets
        .iter()
        .map(|t| {
            let path = t.get("path").and_then(|p| p.as_str());
            PathBuf::from(path.expect("every [[test]] names its path"))
        })
        .collect()
}

/// The files a suite includes with `#[path = "…"]`, relative to the crate root.
fn path_modules(suite: &Path) -> Vec<PathBuf> {
    let text = std::fs::read_to_string(root().join(suite)).unwrap();
    let dir = suite.parent().unwrap();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("#[path = \""))
        .filter_map(|l| l.split('"').next())
        .map(|rel| normalize(&dir.join(rel)))
        .collect()
}

/// `tests/suites/../x.rs` → `tests/x.rs`.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Which targets build each file: `[[test]]` paths and suite modules.
fn builders() -> BTreeMap<PathBuf, Vec<String>> {
    let mut built: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    for target in test_target_paths() {
        // Only test files count; helpers under tests/<dir>/ are shared.
        let test_files = path_modules(&target)
            .into_iter()
            .filter(|m| m.parent() == Some(Path::new("tests")));
        for module in test_files {
            built
                .entry(module)
                .or_default()
                .push(format!("a module of {}", target.display()));
        }
        built
            .entry(target.clone())
            .or_default()
            .push("a [[test]] target".into());
    }
    built
}

#[test]
fn every_test_file_is_built_by_exactly_one_target() {
    let built = builders();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| p.strip_prefix(root()).unwrap().to_path_buf())
        .collect();
    files.sort();
    assert!(files.len() > 10, "tests/ read: {files:?}");
    let unbuilt: Vec<_> = files.iter().filter(|f| !built.contains_key(*f)).collect();
    assert!(
        unbuilt.is_empty(),
        "built by no target (add a [[test]] in Cargo.toml or a #[path] module in a suite): {unbuilt:?}"
    );
    let twice: Vec<_> = built.iter().filter(|(_, by)| by.len() > 1).collect();
    assert!(twice.is_empty(), "built more than once: {twice:?}");
}

#[test]
fn every_target_and_module_file_exists() {
    let missing: Vec<_> = builders()
        .into_keys()
        .filter(|f| !root().join(f).is_file())
        .collect();
    assert!(missing.is_empty(), "named but missing: {missing:?}");
}
