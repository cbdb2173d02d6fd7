//! The sandbox's prefilled contracts: for each booking, a rental agreement
//! (parties, unit, the quotation's own amounts) and the general terms, as
//! PDFs in the booking's language, written with [`crate::pdf`]. Generated
//! once, on first request, and then served byte for byte.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::contract_text::{self as words, Lang};
use super::fixtures::catalog;
use crate::pdf::{Column, PdfDocument};

/// One generated document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedDocument {
    /// "LEASE" or "TERMS".
    pub key: &'static str,
    /// Lower-case, hyphenated.
    pub asset_id: String,
    pub title: String,
    pub bytes: Vec<u8>,
}

/// A way the download can go wrong, for trying the app's unreadable-contract
/// path (`Sandbox::set_contract_fault`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContractFault {
    /// An HTML page instead of the file.
    NotPdf,
    /// A file that starts like a PDF and is not one.
    Damaged,
    /// A password-protected PDF.
    Encrypted,
    /// A PDF over the app's 20 MiB limit.
    TooLarge,
    /// A real PDF whose one image the renderer cannot decode: it opens,
    /// but cannot be drawn fully.
    Incomplete,
    /// HTTP 500 with SOMETHING_WENT_WRONG.
    ServerError,
    /// The list is empty.
    NoDocuments,
}

impl ContractFault {
    /// True when the download answers with another body than the document.
    pub(crate) fn replaces_the_file(self) -> bool {
        !matches!(
            self,
            ContractFault::ServerError | ContractFault::NoDocuments
        )
    }

    /// The body and content type served instead of the document.
    pub(crate) fn body(self) -> (&'static str, Vec<u8>) {
        match self {
            ContractFault::NotPdf => (
                "text/html; charset=utf-8",
                b"<!doctype html><title>Session expired</title><p>Please sign in again.</p>".to_vec(),
            ),
            ContractFault::Damaged => (
                "application/pdf",
                b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nthis is not a PDF body\n".to_vec(),
            ),
            ContractFault::Encrypted => (
                "application/pdf",
                b"%PDF-1.4\n1 0 obj << /Filter /Standard /V 2 /R 3 >> endobj\ntrailer << /Root 2 0 R /Encrypt 1 0 R >>\n%%EOF\n".to_vec(),
            ),
            ContractFault::TooLarge => {
                let mut bytes = b"%PDF-1.7\n".to_vec();
                bytes.resize(crate::api::documents::MAX_DOCUMENT_BYTES + 1024, b' ');
                ("application/pdf", bytes)
            }
            ContractFault::Incomplete => ("application/pdf", broken_image_pdf()),
            ContractFault::ServerError | ContractFault::NoDocuments => ("", Vec::new()),
        }
    }
}

/// A one-page PDF whose page draws a JPEG image made of bytes that are not
/// a JPEG (cross-reference offsets computed, so only the image is wrong).
fn broken_image_pdf() -> Vec<u8> {
    let content = b"q 200 0 0 100 50 600 cm /Im1 Do Q BT /F1 18 Tf 50 750 Td (Contract) Tj ET";
    let image = b"this is not a JPEG image";
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >> >>".to_vec(),
        [format!("<< /Length {} >>\nstream\n", content.len()).as_bytes(), content, b"\nendstream"].concat(),
        [format!("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>\nstream\n", image.len()).as_bytes(), image, b"\nendstream"].concat(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

static CONTRACTS: LazyLock<HashMap<String, Vec<ServedDocument>>> = LazyLock::new(build_all);

fn build_all() -> HashMap<String, Vec<ServedDocument>> {
    let Ok(catalog) = catalog() else {
        return HashMap::new();
    };
    catalog
        .quotations
        .iter()
        .filter_map(|(id, served)| {
            let data = served.envelope.get("data")?;
            Some((id.clone(), documents_for(id, data)))
        })
        .collect()
}

/// The documents of a booking (lower-case id), if it is one we serve.
pub fn documents(booking: &str) -> Option<&'static [ServedDocument]> {
    CONTRACTS
        .get(&booking.to_ascii_lowercase())
        .map(Vec::as_slice)
}

/// The `data` of the prefilled-documents answer (shape: docs/api-assumptions.md).
pub(crate) fn document_list(booking: &str, docs: &[ServedDocument]) -> Value {
    let list: Vec<Value> = docs
        .iter()
        .map(|d| {
            json!({
                "key": d.key,
                "value": {
                    "assetId": d.asset_id,
                    "name": d.title,
                    "fileName": format!("{}.pdf", d.key.to_ascii_lowercase()),
                    "contentType": "application/pdf",
                    "url": format!("/v1/booking/{booking}/document/{}/download", d.asset_id),
                }
            })
        })
        .collect();
    json!({ "documentList": list })
}

/// A stable asset id per booking and document (a hash, shaped as a uuid).
fn asset_id(booking: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("{booking}/{key}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Uuid::from_bytes(bytes).hyphenated().to_string()
}

/// Writes a booking's documents from its quotation `data`; `booking` also
/// seeds the asset ids (a linked state passes a longer key: new ids).
pub(crate) fn documents_for(booking: &str, data: &Value) -> Vec<ServedDocument> {
    let lang = Lang::for_country(
        str_at(data, "/property/country/isoCode2"),
        str_at(data, "/property/country/name"),
    );
    let mut out = Vec::new();
    for (key, doc) in [("LEASE", lease(data, lang)), ("TERMS", terms(data, lang))] {
        match doc.render() {
            Ok(bytes) => out.push(ServedDocument {
                key,
                asset_id: asset_id(booking, key),
                title: doc.title.clone(),
                bytes,
            }),
            Err(e) => {
                tracing::warn!(target: "storedesk::sandbox", %booking, error = %e, "contract not generated")
            }
        }
    }
    out
}

fn str_at<'a>(data: &'a Value, pointer: &str) -> Option<&'a str> {
    data.pointer(pointer)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// Text at `pointer`, or "–" so a missing field shows as missing.
fn at(data: &Value, pointer: &str) -> String {
    str_at(data, pointer).unwrap_or("–").trim().to_owned()
}

fn new_doc(
    data: &Value,
    lang: Lang,
    title: (&'static str, &'static str, &'static str),
) -> PdfDocument {
    let mut doc = PdfDocument::new(lang.pick(title), lang.tag());
    doc.page_label = lang.pick(words::PAGE_LABEL).to_owned();
    doc.heading(lang.pick(title));
    doc.fields(vec![
        (lang.pick(words::REFERENCE).into(), at(data, "/transactId")),
        (
            lang.pick(words::DATE).into(),
            at(data, "/transactDate/formattedDate"),
        ),
    ]);
    doc
}

fn lease(data: &Value, lang: Lang) -> PdfDocument {
    let t = |w| lang.pick(w).to_owned();
    let mut doc = new_doc(data, lang, words::LEASE_TITLE);
    doc.subheading(t(words::PARTIES));
    let site = format!(
        "{}, {} {}",
        at(data, "/property/name"),
        at(data, "/property/address"),
        at(data, "/property/city")
    );
    let customer_address = format!(
        "{}, {} {}",
        at(data, "/client/address"),
        at(data, "/client/postalCode"),
        at(data, "/client/city")
    );
    doc.fields(vec![
        (t(words::OPERATOR), at(data, "/business/name")),
        (t(words::SITE), site),
        (t(words::CUSTOMER), at(data, "/client/name")),
        (t(words::ADDRESS), customer_address),
        (t(words::EMAIL), at(data, "/client/email")),
        (t(words::PHONE), at(data, "/client/phoneNumber")),
    ]);
    doc.subheading(t(words::UNIT_SECTION));
    let unit = format!(
        "{} {}",
        at(data, "/storage/name"),
        at(data, "/spaceInfo/spaceDisplayId")
    );
    let mut unit_fields = vec![
        (t(words::UNIT), unit),
        (t(words::SIZE), size_text(data)),
        (t(words::MOVE_IN), at(data, "/moveInDate/formattedDate")),
    ];
    // The insurance linked to the booking, named (issue 28).
    if let Some(text) = insurance_text(data) {
        unit_fields.push((t(words::INSURANCE), text));
    }
    doc.fields(unit_fields);
    doc.subheading(t(words::AMOUNTS));
    amounts(
        &mut doc,
        data,
        lang,
        "/proRataSubscription",
        words::FIRST_PAYMENT,
    );
    amounts(
        &mut doc,
        data,
        lang,
        "/billingSubscription",
        words::REGULAR_PAYMENT,
    );
    doc.subheading(t(words::SIGNATURES));
    doc.paragraph(t(words::SIGNATURE_NOTE));
    doc
}

/// The insurance of the regular cycle, as the lease names it.
fn insurance_text(data: &Value) -> Option<String> {
    let line = match data.pointer("/billingSubscription/insurance")? {
        Value::Array(items) => items.first()?,
        one => one,
    };
    super::insurance::pricing::lease_text(line)
}

fn size_text(data: &Value) -> String {
    let number = at(data, "/storageSize/size/formattedNumber");
    let unit = match str_at(data, "/storageSize/defaultSizeMetrics") {
        Some("VOLUME") => "m³",
        _ => "m²",
    };
    format!("{number} {unit}")
}

/// One subscription's lines, as the quotation formats them (so the
/// contract's amounts agree with the quote to the cent).
fn amounts(
    doc: &mut PdfDocument,
    data: &Value,
    lang: Lang,
    pointer: &str,
    title: (&'static str, &'static str, &'static str),
) {
    let Some(sub) = data.pointer(pointer).filter(|s| s.is_object()) else {
        return;
    };
    let money = |v: &Value, field: &str| at(v, &format!("/{field}/formattedPrice"));
    let mut rows: Vec<Vec<String>> = sub
        .get("transactData")
        .and_then(Value::as_array)
        .map(|lines| {
            lines
                .iter()
                .map(|line| {
                    vec![
                        at(line, "/description"),
                        money(line, "taxableAmount"),
                        money(line, "taxAmount"),
                        money(line, "grossAmount"),
                    ]
                })
                .collect()
        })
        .unwrap_or_default();
    rows.push(vec![
        lang.pick(words::TOTAL_DUE).to_owned(),
        money(sub, "taxableAmount"),
        money(sub, "taxAmount"),
        money(sub, "grossAmount"),
    ]);
    doc.paragraph(lang.pick(title));
    doc.table(
        vec![
            Column::left(0.46),
            Column::right(0.18),
            Column::right(0.16),
            Column::right(0.2),
        ],
        [words::ITEM, words::EXCL_TAX, words::TAX, words::TOTAL]
            .map(|w| lang.pick(w).to_owned())
            .to_vec(),
        rows,
    );
}

fn terms(data: &Value, lang: Lang) -> PdfDocument {
    let mut doc = new_doc(data, lang, words::TERMS_TITLE);
    for (title, text) in words::CLAUSES {
        doc.subheading(lang.pick(*title));
        doc.paragraph(lang.pick(*text));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::ids;

    fn text(bytes: &[u8]) -> String {
        pdf_extract::extract_text_from_mem(bytes).expect("readable PDF")
    }

    #[test]
    fn every_booking_has_a_lease_and_terms_with_stable_ids() {
        let c = catalog().expect("catalog");
        for id in c.quotations.keys() {
            let docs = documents(id).expect("documents");
            let keys: Vec<&str> = docs.iter().map(|d| d.key).collect();
            assert_eq!(keys, ["LEASE", "TERMS"], "{id}");
            assert_eq!(docs[0].asset_id, asset_id(id, "LEASE"));
            assert_ne!(docs[0].asset_id, docs[1].asset_id);
        }
    }

    #[test]
    fn the_documents_are_the_same_bytes_every_time() {
        let c = catalog().expect("catalog");
        let data = &c.quotations[ids::LYON_BOOKING].envelope["data"];
        let again = documents_for(ids::LYON_BOOKING, data);
        assert_eq!(again, documents(ids::LYON_BOOKING).expect("documents"));
    }

    #[test]
    fn the_lyon_lease_is_french_and_carries_the_quotes_amounts() {
        let lease = &documents(ids::LYON_BOOKING).expect("documents")[0];
        let text = text(&lease.bytes);
        for expected in [
            "Contrat de location",
            "Élodie Marchand",
            "C14",
            "66,00 €",
            "69,00 €",
            "Page 1 sur",
        ] {
            assert!(text.contains(expected), "{expected:?} missing");
        }
    }

    #[test]
    fn the_berlin_terms_are_german_and_span_pages() {
        let terms = &documents(ids::BERLIN_BOOKING).expect("documents")[1];
        let pages = pdf_extract::extract_text_from_mem_by_pages(&terms.bytes).expect("pages");
        assert!(pages.len() >= 2, "{} pages", pages.len());
        assert!(pages[0].contains("Allgemeine Mietbedingungen"));
    }
}
