//! A booking's contract documents (issue 21): the lenient reading of
//! `GET /v1/booking/{bookingId}/document/prefilled`, whose `value` fields
//! are not documented, and what a download brings back. The calls are in
//! `client/documents.rs`. Every assumption is in docs/api-assumptions.md
//! ("Contract documents").

use serde_json::Value;

/// Largest contract file the app downloads (the limit).
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

/// One entry of `documentList`: its type and where its file can be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRef {
    /// The document type as sent ("LEASE", "TERMS", …).
    pub key: String,
    /// A name the server gave the document, if any.
    pub name: Option<String>,
    /// The asset id for the download endpoint.
    pub asset_id: Option<String>,
    /// A link to the file, when the entry gives one instead of an id.
    pub url: Option<String>,
}

/// A downloaded file, exactly as served.
pub struct Download {
    pub bytes: Vec<u8>,
    /// As sent ("" when the server sent none).
    pub content_type: String,
}

impl std::fmt::Debug for Download {
    // A customer's document never reaches a log: only its size and type.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("bytes", &self.bytes.len())
            .field("content_type", &self.content_type)
            .finish()
    }
}

/// Field names tried, in order, for each part of a `value`.
const ASSET_FIELDS: &[&str] = &["assetId", "assetsInfoId", "assetInfoId", "assetsId", "id"];
const URL_FIELDS: &[&str] = &[
    "url",
    "downloadUrl",
    "fileUrl",
    "documentUrl",
    "link",
    "path",
];
const NAME_FIELDS: &[&str] = &["name", "title", "documentName", "fileName", "displayName"];

/// Reads `data.documentList` (or a bare list) leniently: entries as
/// `{key, value}` objects whose value is an object, an id or a URL. Entries
/// with no way to reach a file are left out.
pub fn parse_document_list(data: &Value) -> Vec<DocumentRef> {
    let list = match data {
        Value::Array(items) => items.as_slice(),
        Value::Object(map) => match map.get("documentList").or_else(|| map.get("documents")) {
            Some(Value::Array(items)) => items.as_slice(),
            Some(one @ Value::Object(_)) => std::slice::from_ref(one),
            _ => &[],
        },
        _ => &[],
    };
    list.iter().filter_map(parse_entry).collect()
}

fn parse_entry(entry: &Value) -> Option<DocumentRef> {
    let key = text(entry.get("key")).unwrap_or_default();
    let value = entry.get("value").unwrap_or(entry);
    let (asset_id, url, name) = match value {
        Value::String(s) if looks_like_url(s) => (None, Some(s.trim().to_owned()), None),
        Value::String(s) if !s.trim().is_empty() => (Some(s.trim().to_owned()), None, None),
        Value::Object(_) => (
            first_text(value, ASSET_FIELDS),
            first_text(value, URL_FIELDS).filter(|u| looks_like_url(u)),
            first_text(value, NAME_FIELDS),
        ),
        _ => (None, None, None),
    };
    (asset_id.is_some() || url.is_some()).then_some(DocumentRef {
        key,
        name,
        asset_id,
        url,
    })
}

fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn first_text(value: &Value, fields: &[&str]) -> Option<String> {
    fields.iter().find_map(|f| text(value.get(*f)))
}

fn looks_like_url(s: &str) -> bool {
    let s = s.trim();
    s.starts_with("https://") || s.starts_with("http://") || s.starts_with('/')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn list_entries_with_an_object_an_id_or_a_url_are_read() {
        let data = json!({"documentList": [
            {"key": "LEASE", "value": {"assetId": "A-1", "name": "Contrat"}},
            {"key": "TERMS", "value": "0f1e2d3c-0000-4000-8000-000000000001"},
            {"key": "INSURANCE", "value": {"downloadUrl": "https://files.example/i.pdf"}},
            {"key": "PHOTO", "value": {"note": "nothing to download"}},
            {"key": "ODD", "value": 42},
        ]});
        let docs = parse_document_list(&data);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[0].asset_id.as_deref(), Some("A-1"));
        assert_eq!(docs[0].name.as_deref(), Some("Contrat"));
        assert_eq!(
            docs[1].asset_id.as_deref(),
            Some("0f1e2d3c-0000-4000-8000-000000000001")
        );
        assert_eq!(docs[2].url.as_deref(), Some("https://files.example/i.pdf"));
        assert_eq!(docs[2].asset_id, None);
    }

    #[test]
    fn odd_list_shapes_give_no_documents_rather_than_an_error() {
        assert!(parse_document_list(&json!(null)).is_empty());
        assert!(parse_document_list(&json!({"documentList": "x"})).is_empty());
        assert_eq!(
            parse_document_list(&json!([{"key": "LEASE", "value": "a"}])).len(),
            1
        );
        let single = json!({"documentList": {"key": "LEASE", "value": {"id": 7}}});
        assert_eq!(
            parse_document_list(&single)[0].asset_id.as_deref(),
            Some("7")
        );
        let link = json!({"documentList": [{"key": "LEASE", "value": "/v1/x.pdf"}]});
        assert_eq!(
            parse_document_list(&link)[0].url.as_deref(),
            Some("/v1/x.pdf")
        );
    }
}
