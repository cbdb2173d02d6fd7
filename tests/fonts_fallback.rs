//! Names in any script (issue 16): after the app's system font fallback is
//! installed, egui has glyphs for 李, م, ש and क. The fonts are the subset
//! Noto fonts under `tests/fonts/` (OFL), found through the app's own code
//! path (`storedesk::ui::app::fonts::SystemFallback`, fontique, fontconfig): this
//! test re-runs itself in a child process whose `FONTCONFIG_FILE` names only
//! that folder, so the result does not depend on the machine's fonts and no
//! other test sees the variable.

use std::path::Path;
use std::process::Command;

use storedesk::ui::app::fonts::SystemFallback;

const NAMES: &str = "李مשक";
const CHILD: &str = "STOREDESK_FONTS_TEST_CHILD";
const DONE: &str = "fonts-fallback-checked";

fn has_all(ctx: &egui::Context) -> Vec<(char, bool)> {
    let font = egui::FontId::proportional(14.0);
    let mut found = Vec::new();
    let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
        ui.label(NAMES);
        found = NAMES
            .chars()
            .map(|c| (c, ui.fonts_mut(|f| f.has_glyph(&font, c))))
            .collect();
    });
    // No renderer here to take the glyph atlas.
    out.textures_delta.clear();
    found
}

/// In the child: egui's own fonts lack the four letters; with the fallback
/// installed it has every one.
fn check_in_child() {
    let ctx = egui::Context::default();
    let before = has_all(&ctx);
    assert!(before.iter().all(|(_, has)| !has), "egui alone: {before:?}");
    SystemFallback::start().install(&ctx);
    let after = has_all(&ctx);
    assert!(
        after.iter().all(|(_, has)| *has),
        "with the fallback: {after:?}"
    );
    println!("{DONE} {}", after.len());
}

fn fontconfig_file(dir: &Path) -> std::path::PathBuf {
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fonts");
    let conf = dir.join("fonts.conf");
    let text = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n\
         <fontconfig>\n  <dir>{}</dir>\n  <cachedir>{}</cachedir>\n</fontconfig>\n",
        fonts.display(),
        dir.join("cache").display()
    );
    std::fs::write(&conf, text).unwrap();
    conf
}

#[test]
fn egui_has_glyphs_for_names_in_any_script_after_loading() {
    if std::env::var_os(CHILD).is_some() {
        check_in_child();
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "egui_has_glyphs_for_names_in_any_script_after_loading",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .env("FONTCONFIG_FILE", fontconfig_file(dir.path()))
        .env_remove("FONTCONFIG_PATH")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "child failed:\n{stdout}\n{stderr}");
    // The child really ran the check (not filtered out).
    assert!(stdout.contains(&format!("{DONE} 4")), "{stdout}\n{stderr}");
}
