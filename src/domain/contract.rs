//! The contract documents shown before signing: the checks a downloaded
//! file must pass, its title, and the record (title, SHA-256) the signing
//! receipt carries. Pure: no I/O.

use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::api::documents::{DocumentRef, MAX_DOCUMENT_BYTES};
use crate::i18n::{Text, tr};

/// The title shown to the signer and written on the receipt: the server's
/// name for the document, else a name from its key, else the key.
pub fn document_title(reference: &DocumentRef) -> String {
    if let Some(name) = reference.name.as_deref().filter(|n| !n.trim().is_empty()) {
        return name.trim().to_owned();
    }
    match reference.key.trim().to_ascii_uppercase().as_str() {
        "LEASE" | "CONTRACT" => tr("lease-agreement").to_owned(),
        "TERMS" => tr("terms-and-conditions").to_owned(),
        "INSURANCE" => tr("insurance-terms").to_owned(),
        "" => tr("contract-document").to_owned(),
        other => other.to_owned(),
    }
}

/// Why a contract could not be shown. Staff may still go on with the
/// amounts only, and the receipt says so.
#[derive(Debug, Clone, PartialEq)]
pub enum ContractProblem {
    /// The list or a file could not be had (the API error's message).
    Unavailable(Text),
    /// The server lists no document for this booking.
    NoDocuments,
    /// The file is not a PDF (its content type as sent).
    NotPdf {
        content_type: String,
    },
    TooLarge,
    /// Password-protected: nothing can be shown without the password.
    Encrypted,
    /// The PDF cannot be read (the reader's reason).
    Damaged(String),
    /// More documents, pages or pixels than the app shows.
    TooBigToShow,
    /// The renderer crashed or hit a limit on it (memory, time).
    RendererFailed,
}

impl std::fmt::Display for ContractProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text =
            match self {
                Self::Unavailable(why) => Text::tr("the-contract-could-not-be-loaded-error")
                    .with("error", why.to_string()),
                Self::NoDocuments => Text::tr("the-server-has-no-contract-document-for-this"),
                Self::NotPdf { content_type } => Text::tr("the-server-sent-a-file-that-is-not")
                    .with("type", content_type.clone()),
                Self::TooLarge => Text::tr("the-contract-is-larger-than-20-mib-and"),
                Self::Encrypted => Text::tr("the-contract-is-password-protected-and-cannot-be"),
                Self::Damaged(why) => {
                    Text::tr("the-contract-file-is-damaged-error").with("error", why.clone())
                }
                Self::TooBigToShow => Text::tr("the-contract-is-too-large-to-show-here"),
                Self::RendererFailed => Text::tr("the-contract-could-not-be-drawn-damaged"),
            };
        text.fmt(f)
    }
}

/// Checks that a downloaded file is a PDF we may show: not too large, a PDF
/// by its first bytes (the content type varies, so it only names the
/// problem), not encrypted. Whether it renders is the renderer's to say.
pub fn check_pdf(bytes: &[u8], content_type: &str) -> Result<(), ContractProblem> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ContractProblem::TooLarge);
    }
    // Some servers put a byte-order mark or a blank line first.
    let start = bytes.iter().take(1024).position(|b| *b == b'%');
    let is_pdf = start.is_some_and(|i| bytes[i..].starts_with(b"%PDF-"));
    if !is_pdf {
        let content_type = if content_type.trim().is_empty() {
            tr("no-content-type").to_owned()
        } else {
            content_type.trim().to_owned()
        };
        return Err(ContractProblem::NotPdf { content_type });
    }
    if has_encrypt_entry(bytes) {
        return Err(ContractProblem::Encrypted);
    }
    Ok(())
}

/// An encrypted PDF names an /Encrypt dictionary in its trailer (near the
/// end of the file, or in a cross-reference stream's dictionary).
fn has_encrypt_entry(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(64 * 1024)..];
    tail.windows(8).any(|w| w == b"/Encrypt")
}

/// Lower-case hexadecimal SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A contract document as downloaded: what was shown and its fingerprint.
#[derive(Clone, PartialEq)]
pub struct ContractDocument {
    pub key: String,
    pub title: String,
    /// SHA-256 of the bytes exactly as served.
    pub sha256: String,
    pub bytes: Arc<Vec<u8>>,
}

impl std::fmt::Debug for ContractDocument {
    // The customer's document never reaches a log: only its size and hash.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ContractDocument")
            .field("key", &self.key)
            .field("sha256", &self.sha256)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl ContractDocument {
    pub fn new(reference: &DocumentRef, bytes: Vec<u8>) -> Self {
        Self {
            key: reference.key.clone(),
            title: document_title(reference),
            sha256: sha256_hex(&bytes),
            bytes: Arc::new(bytes),
        }
    }

    /// The name offered when the document is saved to open it elsewhere.
    pub fn file_name(&self) -> String {
        let key: String = self
            .key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        let key = if key.is_empty() {
            "contract".into()
        } else {
            key
        };
        format!("{key}-{}.pdf", &self.sha256[..self.sha256.len().min(8)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(key: &str, name: Option<&str>) -> DocumentRef {
        DocumentRef {
            key: key.into(),
            name: name.map(Into::into),
            asset_id: Some("a".into()),
            url: None,
        }
    }

    #[test]
    fn titles_come_from_the_name_else_the_key() {
        let _lang = crate::i18n::test_lock();
        assert_eq!(
            document_title(&reference("LEASE", Some(" Contrat "))),
            "Contrat"
        );
        assert_eq!(
            document_title(&reference("terms", None)),
            "Terms and conditions"
        );
        assert_eq!(document_title(&reference("ANNEX", None)), "ANNEX");
        assert_eq!(document_title(&reference("", None)), "Contract document");
    }

    #[test]
    fn files_that_are_not_plain_pdfs_are_named_for_what_they_are() {
        assert_eq!(check_pdf(b"%PDF-1.7\n...%%EOF", "application/pdf"), Ok(()));
        assert_eq!(check_pdf(b"\xEF\xBB\xBF%PDF-1.4\n", ""), Ok(()));
        assert_eq!(
            check_pdf(b"<html>login</html>", "text/html"),
            Err(ContractProblem::NotPdf {
                content_type: "text/html".into()
            })
        );
        assert_eq!(
            check_pdf(b"%PDF-1.6\ntrailer << /Encrypt 5 0 R >>", "application/pdf"),
            Err(ContractProblem::Encrypted)
        );
        let huge = vec![b' '; MAX_DOCUMENT_BYTES + 1];
        assert_eq!(
            check_pdf(&huge, "application/pdf"),
            Err(ContractProblem::TooLarge)
        );
    }

    #[test]
    fn the_hash_is_the_sha256_of_the_bytes_and_names_the_saved_file() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let doc = ContractDocument::new(&reference("LEASE", None), b"abc".to_vec());
        assert_eq!(doc.file_name(), "lease-ba7816bf.pdf");
        assert!(!format!("{doc:?}").contains("abc\""));
    }
}
