//! The app's own save form, as pure logic (issue 27): a file name checked
//! before anything is written, a folder's listing kept within bounds, and
//! on a kiosk a folder the form never leaves. The worker reads the disk and
//! the panel draws; both call these.

use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};

use crate::i18n::Text;

/// Entries read from one folder at most (a huge folder costs no more).
pub const MAX_ENTRIES_READ: usize = 5_000;
/// Folders and files shown at most, each.
pub const MAX_SHOWN: usize = 300;
/// Longest file name most file systems take, in bytes.
pub const MAX_NAME_BYTES: usize = 255;

/// What a folder entry is, as read without following a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Folder,
    File,
    /// A symbolic link: never entered nor written through by the form.
    Link,
}

/// One folder as the form shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// The folder, as the worker resolved it (links followed).
    pub folder: PathBuf,
    pub folders: Vec<String>,
    pub files: Vec<String>,
    /// Links and names that cannot be shown: a new file may not take them.
    pub taken: Vec<String>,
    /// More entries than were read or shown.
    pub truncated: bool,
    /// "Up" leads somewhere the form may go.
    pub can_go_up: bool,
}

/// Builds a listing from a folder's entries, reading at most
/// [`MAX_ENTRIES_READ`] of them and showing at most [`MAX_SHOWN`] folders
/// and files, sorted as people read them. Hidden entries are left out.
pub fn build_listing(
    folder: PathBuf,
    entries: impl IntoIterator<Item = (OsString, EntryKind)>,
    can_go_up: bool,
) -> Listing {
    let mut listing = Listing {
        folder,
        can_go_up,
        ..Listing::default()
    };
    let mut entries = entries.into_iter();
    for (name, kind) in entries.by_ref().take(MAX_ENTRIES_READ) {
        let Ok(name) = name.into_string() else {
            // Not shown, but nothing may be saved over it either; it cannot
            // be typed as UTF-8 anyway.
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        match kind {
            EntryKind::Folder => listing.folders.push(name),
            EntryKind::File => listing.files.push(name),
            EntryKind::Link => listing.taken.push(name),
        }
    }
    listing.truncated = entries.next().is_some();
    for list in [&mut listing.folders, &mut listing.files] {
        list.sort_by_cached_key(|n| n.to_lowercase());
        if list.len() > MAX_SHOWN {
            list.truncate(MAX_SHOWN);
            listing.truncated = true;
        }
    }
    listing
}

/// Why a file name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    /// A folder separator: the form saves in the folder shown, nowhere else.
    Separator,
    /// "." or "..", or a name starting with a dot (hidden).
    Dots,
    Control,
    TooLong,
    /// A folder, or a link, already has that name.
    NotAFile,
}

impl NameProblem {
    pub fn text(self) -> Text {
        // Literal ids: the translation coverage test reads them.
        match self {
            NameProblem::Empty => Text::tr("type-a-file-name"),
            NameProblem::Separator => Text::tr("a-file-name-cannot-contain-or"),
            NameProblem::Dots => Text::tr("a-file-name-cannot-start-with-a-dot"),
            NameProblem::Control => Text::tr("a-file-name-cannot-contain-control-characters"),
            NameProblem::TooLong => Text::tr("that-file-name-is-too-long"),
            NameProblem::NotAFile => Text::tr("a-folder-or-link-has-that-name-choose-another"),
        }
    }
}

/// The file name to write: trimmed, checked, with `.extension` added when
/// it does not end so already.
pub fn check_name(name: &str, extension: &str) -> Result<String, NameProblem> {
    let name = name.trim();
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    if name.contains(['/', '\\']) {
        return Err(NameProblem::Separator);
    }
    if name.starts_with('.') {
        return Err(NameProblem::Dots);
    }
    if name.chars().any(char::is_control) {
        return Err(NameProblem::Control);
    }
    let suffix = format!(".{extension}");
    let has_suffix = name.to_lowercase().ends_with(&suffix.to_lowercase());
    let full = if has_suffix || extension.is_empty() {
        name.to_owned()
    } else {
        format!("{name}{suffix}")
    };
    if full.len() > MAX_NAME_BYTES {
        return Err(NameProblem::TooLong);
    }
    Ok(full)
}

/// What pressing "Save" does with the name typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStep {
    /// Nothing has that name: save there.
    Save(PathBuf),
    /// A file has that name: ask before replacing it.
    ConfirmOverwrite(PathBuf),
    Refused(NameProblem),
}

pub fn save_step(listing: &Listing, name: &str, extension: &str) -> SaveStep {
    let name = match check_name(name, extension) {
        Ok(name) => name,
        Err(problem) => return SaveStep::Refused(problem),
    };
    let same = |list: &[String]| list.iter().any(|n| n == &name);
    let path = listing.folder.join(&name);
    if same(&listing.folders) || same(&listing.taken) {
        SaveStep::Refused(NameProblem::NotAFile)
    } else if same(&listing.files) {
        SaveStep::ConfirmOverwrite(path)
    } else {
        SaveStep::Save(path)
    }
}

/// The subfolder `name` of the listed folder, if the listing shows it.
pub fn child_folder(listing: &Listing, name: &str) -> Option<PathBuf> {
    listing
        .folders
        .iter()
        .any(|n| n == name)
        .then(|| listing.folder.join(name))
        .filter(|p| p.parent() == Some(listing.folder.as_path()))
}

/// The listed folder's parent, if "Up" may go there.
pub fn parent_folder(listing: &Listing) -> Option<PathBuf> {
    listing
        .can_go_up
        .then(|| listing.folder.parent().map(Path::to_path_buf))
        .flatten()
}

/// `path` is `root` or lies under it. Both must be resolved (links followed,
/// as `std::fs::canonicalize` gives them): then no `..` or link can lead
/// out. A path with `..` left in it is never inside.
pub fn inside(root: &Path, path: &Path) -> bool {
    let resolved = |p: &Path| {
        p.is_absolute()
            && p.components()
                .all(|c| !matches!(c, Component::ParentDir | Component::CurDir))
    };
    resolved(root) && resolved(path) && path.starts_with(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(names: &[(&str, EntryKind)]) -> Vec<(OsString, EntryKind)> {
        names.iter().map(|(n, k)| (OsString::from(n), *k)).collect()
    }

    fn listing() -> Listing {
        build_listing(
            PathBuf::from("/srv/receipts"),
            entries(&[
                ("b.pdf", EntryKind::File),
                ("A.pdf", EntryKind::File),
                ("Old", EntryKind::Folder),
                (".hidden", EntryKind::File),
                ("out", EntryKind::Link),
            ]),
            false,
        )
    }

    #[test]
    fn names_are_checked_and_get_their_extension() {
        assert_eq!(check_name(" receipt ", "pdf"), Ok("receipt.pdf".into()));
        assert_eq!(check_name("receipt.PDF", "pdf"), Ok("receipt.PDF".into()));
        assert_eq!(check_name("  ", "pdf"), Err(NameProblem::Empty));
        assert_eq!(check_name("../x", "pdf"), Err(NameProblem::Separator));
        assert_eq!(check_name("a\\b", "pdf"), Err(NameProblem::Separator));
        assert_eq!(check_name("..", "pdf"), Err(NameProblem::Dots));
        assert_eq!(check_name(".x", "pdf"), Err(NameProblem::Dots));
        assert_eq!(check_name("a\nb", "pdf"), Err(NameProblem::Control));
        assert_eq!(
            check_name(&"é".repeat(127), "pdf"),
            Err(NameProblem::TooLong)
        );
        assert!(check_name(&"e".repeat(251), "pdf").is_ok());
    }

    #[test]
    fn a_listing_is_sorted_without_hidden_entries_and_links_are_taken() {
        let l = listing();
        assert_eq!(l.files, vec!["A.pdf", "b.pdf"]);
        assert_eq!(l.folders, vec!["Old"]);
        assert_eq!(l.taken, vec!["out"]);
        assert!(!l.truncated);
    }

    #[test]
    fn a_listing_reads_and_shows_a_bounded_number_of_entries() {
        let many =
            (0..MAX_ENTRIES_READ + 10).map(|i| (OsString::from(format!("f{i}")), EntryKind::File));
        let l = build_listing(PathBuf::from("/x"), many, true);
        assert_eq!(l.files.len(), MAX_SHOWN);
        assert!(l.truncated);
        let few = (0..3).map(|i| (OsString::from(format!("f{i}")), EntryKind::File));
        assert!(!build_listing(PathBuf::from("/x"), few, true).truncated);
    }

    #[test]
    fn save_asks_before_replacing_and_refuses_folders_and_links() {
        let l = listing();
        assert_eq!(
            save_step(&l, "new", "pdf"),
            SaveStep::Save(PathBuf::from("/srv/receipts/new.pdf"))
        );
        assert_eq!(
            save_step(&l, "b", "pdf"),
            SaveStep::ConfirmOverwrite(PathBuf::from("/srv/receipts/b.pdf"))
        );
        assert_eq!(
            save_step(&l, "Old", ""),
            SaveStep::Refused(NameProblem::NotAFile)
        );
        assert_eq!(
            save_step(&l, "out", ""),
            SaveStep::Refused(NameProblem::NotAFile)
        );
        assert_eq!(
            save_step(&l, "../../etc/x", "pdf"),
            SaveStep::Refused(NameProblem::Separator)
        );
    }

    #[test]
    fn only_listed_folders_are_entered_and_up_only_where_allowed() {
        let l = listing();
        assert_eq!(
            child_folder(&l, "Old"),
            Some(PathBuf::from("/srv/receipts/Old"))
        );
        assert_eq!(child_folder(&l, ".."), None);
        assert_eq!(child_folder(&l, "out"), None);
        assert_eq!(parent_folder(&l), None);
        let desk = Listing {
            can_go_up: true,
            ..l
        };
        assert_eq!(parent_folder(&desk), Some(PathBuf::from("/srv")));
    }

    #[test]
    fn inside_needs_resolved_paths_under_the_root() {
        let root = Path::new("/srv/receipts");
        assert!(inside(root, Path::new("/srv/receipts")));
        assert!(inside(root, Path::new("/srv/receipts/2026/a.pdf")));
        assert!(!inside(root, Path::new("/srv/receipts-old")));
        assert!(!inside(root, Path::new("/srv/receipts/../etc")));
        assert!(!inside(root, Path::new("/srv")));
        assert!(!inside(root, Path::new("receipts")));
    }
}
