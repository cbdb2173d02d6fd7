//! The Windows installers' configuration (cargo-packager's NSIS and WiX/MSI
//! sections of Cargo.toml) read as cargo-packager reads it, and checked:
//! every file it names exists and is what Windows wants, no key is misspelt
//! (cargo-packager ignores unknown keys silently), the version is one an MSI
//! accepts. The installers themselves cannot be built on our Linux machines.

use std::path::{Path, PathBuf};

use toml::Value;

fn manifest() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let text = std::fs::read_to_string(path).unwrap();
    Value::Table(text.parse::<toml::Table>().unwrap())
}

fn packager(m: &Value) -> &toml::Table {
    m["package"]["metadata"]["packager"].as_table().unwrap()
}

fn root(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The files a pattern names; `*` stands for one whole path segment.
fn expand(pattern: &str) -> Vec<PathBuf> {
    let mut found = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR"))];
    for segment in pattern.split('/') {
        found = found
            .into_iter()
            .flat_map(|dir| -> Vec<PathBuf> {
                if segment == "*" {
                    std::fs::read_dir(&dir)
                        .map(|d| d.flatten().map(|e| e.path()).collect())
                        .unwrap_or_default()
                } else {
                    vec![dir.join(segment)]
                }
            })
            .filter(|p| p.exists())
            .collect();
    }
    found
}

fn is_ico(path: &Path) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    // ICONDIR: reserved 0, type 1 (icon), then at least one image.
    bytes.len() > 6 && bytes[..4] == [0, 0, 1, 0] && (bytes[4] != 0 || bytes[5] != 0)
}

fn keys_known(table: &toml::Table, known: &[&str], what: &str) {
    for key in table.keys() {
        assert!(known.contains(&key.as_str()), "{what}: unknown key `{key}`");
    }
}

#[test]
fn the_nsis_and_msi_configuration_is_complete_and_names_real_files() {
    let m = manifest();
    let p = packager(&m);
    assert_eq!(p["product-name"].as_str(), Some("StoreDesk"));
    assert_eq!(p["identifier"].as_str(), Some(storedesk::ui::APP_ID));
    assert!(p["publisher"].as_str().is_some_and(|s| !s.is_empty()));
    let build = p["before-packaging-command"].as_str().unwrap();
    assert!(
        build.contains("--release") && build.contains("--locked"),
        "{build}"
    );

    // The icons: every pattern finds a file, and one of them is a real .ico.
    let icons: Vec<&str> = p["icons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for pattern in &icons {
        assert!(!expand(pattern).is_empty(), "no file for icon {pattern}");
    }
    assert!(
        icons
            .iter()
            .filter(|i| i.ends_with(".ico"))
            .any(|i| is_ico(&root(i))),
        "no Windows .ico among {icons:?}"
    );

    let nsis = p["nsis"].as_table().unwrap();
    keys_known(
        nsis,
        &[
            "template",
            "compression",
            "preinstall-section",
            "header",
            "sidebar-image",
            "installer-icon",
            "installer-mode",
            "languages",
            "custom-language-files",
            "display-language-selector",
            "appdata-paths",
        ],
        "nsis",
    );
    let installer_icon = nsis["installer-icon"].as_str().unwrap();
    assert!(is_ico(&root(installer_icon)), "{installer_icon} is no .ico");

    let wix = p["wix"].as_table().unwrap();
    keys_known(
        wix,
        &[
            "languages",
            "template",
            "merge-modules",
            "fragment-paths",
            "fragments",
            "component-group-refs",
            "component-refs",
            "custom-action-refs",
            "feature-group-refs",
            "feature-refs",
            "merge-refs",
            "banner-path",
            "dialog-image-path",
            "fips-compliant",
        ],
        "wix",
    );
    let languages = wix["languages"].as_array().unwrap();
    assert!(!languages.is_empty());
    for lang in languages {
        // WiX cultures: "en-US", "fr-FR".
        let lang = lang.as_str().unwrap();
        let parts: Vec<&str> = lang.split('-').collect();
        assert!(
            parts.len() == 2
                && parts[0].len() == 2
                && parts[0].chars().all(|c| c.is_ascii_lowercase())
                && parts[1].len() == 2
                && parts[1].chars().all(|c| c.is_ascii_uppercase()),
            "WiX culture {lang}"
        );
    }
}

#[test]
fn the_version_is_one_an_msi_accepts() {
    // MSI ProductVersion: major.minor.build, numbers only, major and minor < 256.
    let m = manifest();
    let version = m["package"]["version"].as_str().unwrap();
    let parts: Vec<u32> = version
        .split('.')
        .map(|p| p.parse::<u32>().unwrap_or(u32::MAX))
        .collect();
    assert_eq!(parts.len(), 3, "{version}");
    assert!(
        parts[0] < 256 && parts[1] < 256 && parts[2] < 65536,
        "{version}"
    );
}

#[test]
fn windows_gets_its_own_key_store_and_dialogs() {
    let m = manifest();
    let windows = m["target"]["cfg(windows)"]["dependencies"]
        .as_table()
        .unwrap();
    let features = |dep: &Value| -> Vec<String> {
        dep.get("features")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|f| f.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(features(&windows["keyring"]), ["windows-native"]);
    assert_eq!(windows["rfd"]["default-features"].as_bool(), Some(false));
    assert!(features(&windows["windows-sys"]).contains(&"Win32_System_Console".to_owned()));
    // No platform's key store is in the shared dependencies.
    assert!(m["dependencies"].get("keyring").is_none());
}
