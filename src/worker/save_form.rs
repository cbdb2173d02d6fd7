//! The disk side of the app's own save form: a folder read within bounds
//! (`domain::save_form`), and on a kiosk only inside the folder set in
//! Settings, with links resolved before the check so none leads out.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::runtime::Handle;

use super::{Event, RequestId, Worker};
use crate::domain::save_form::{EntryKind, Listing, build_listing, inside};
use crate::i18n::Text;

/// The folder the form opens in on a desk: Documents if there is one, else
/// the home folder.
pub fn start_folder() -> Option<PathBuf> {
    let home = std::env::home_dir()?;
    let documents = home.join("Documents");
    Some(if documents.is_dir() { documents } else { home })
}

/// Reads `folder` (`None`: where the form starts). With a `root` (kiosk),
/// the folder must resolve to the root or a folder under it.
pub fn list(folder: Option<PathBuf>, root: Option<&Path>) -> Result<Listing, Text> {
    let root = match root {
        Some(r) if r.as_os_str().is_empty() => {
            return Err(Text::tr("no-folder-for-saved-files-is-set"));
        }
        Some(r) => Some(std::fs::canonicalize(r).map_err(|e| unreadable(r, &e))?),
        None => None,
    };
    let wanted = folder
        .or_else(|| root.clone())
        .or_else(start_folder)
        .ok_or_else(|| Text::tr("no-folder-to-start-in-was-found"))?;
    let resolved = std::fs::canonicalize(&wanted);
    // A desk's remembered folder may be gone: start where the form starts.
    let resolved = match (resolved, &root, start_folder()) {
        (Err(_), None, Some(start)) if start != wanted => std::fs::canonicalize(start),
        (r, _, _) => r,
    };
    let folder = resolved.map_err(|e| unreadable(&wanted, &e))?;
    if let Some(root) = &root
        && !inside(root, &folder)
    {
        return Err(Text::tr("that-folder-is-outside-the-one-set-for"));
    }
    let can_go_up = folder.parent().is_some() && root.as_ref().is_none_or(|r| *r != folder);
    let read = std::fs::read_dir(&folder).map_err(|e| unreadable(&folder, &e))?;
    let entries = read.filter_map(Result::ok).filter_map(|entry| {
        let kind = match entry.file_type().ok()? {
            t if t.is_symlink() => EntryKind::Link,
            t if t.is_dir() => EntryKind::Folder,
            _ => EntryKind::File,
        };
        Some((entry.file_name(), kind))
    });
    Ok(build_listing(folder, entries, can_go_up))
}

fn unreadable(path: &Path, e: &std::io::Error) -> Text {
    Text::tr("the-folder-path-cannot-be-read-error")
        .with("path", path.display().to_string())
        .with("error", e.to_string())
}

/// Reads a folder for the form, off the async threads.
pub(super) fn list_folder(
    worker: &Arc<Worker>,
    rt: &Handle,
    req: RequestId,
    folder: Option<PathBuf>,
    root: Option<PathBuf>,
) {
    worker.spawn_request(rt, req, async move {
        let result = tokio::task::spawn_blocking(move || list(folder, root.as_deref()))
            .await
            .unwrap_or_else(|e| Err(Text::plain(e.to_string())));
        Event::FolderListed { req, result }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kiosk_folder_cannot_be_left_by_dots_or_links() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("receipts");
        std::fs::create_dir_all(root.join("2026")).unwrap();
        std::fs::write(root.join("a.pdf"), b"x").unwrap();
        let outside = dir.path().join("private");
        std::fs::create_dir(&outside).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, root.join("escape")).unwrap();

        let l = list(None, Some(&root)).unwrap();
        assert_eq!(l.files, vec!["a.pdf"]);
        assert_eq!(l.folders, vec!["2026"]);
        assert!(!l.can_go_up);
        assert!(
            list(Some(root.join("2026")), Some(&root))
                .unwrap()
                .can_go_up
        );
        for out in [root.join(".."), outside.clone()] {
            assert!(list(Some(out), Some(&root)).is_err());
        }
        #[cfg(unix)]
        {
            assert_eq!(l.taken, vec!["escape"]);
            assert!(list(Some(root.join("escape")), Some(&root)).is_err());
        }
        assert!(list(None, Some(Path::new(""))).is_err());
    }

    #[test]
    fn a_desk_folder_goes_up() {
        let dir = tempfile::tempdir().unwrap();
        let l = list(Some(dir.path().to_owned()), None).unwrap();
        assert!(l.can_go_up);
        assert!(l.files.is_empty());
    }
}
