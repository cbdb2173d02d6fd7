//! The signing receipt the customer keeps (issue 21): what was signed (the
//! booking, the amounts), what was shown (each document's title and
//! SHA-256, the consent text), when (UTC and local time), where (desk or
//! kiosk, and the computer's name), the server's reference and the
//! signature itself. Pure: a [`Receipt`] in, PDF bytes out (`pdf` module).

use chrono::{DateTime, FixedOffset, Utc};
use zeroize::Zeroizing;

use crate::api::lenient::Money;
use crate::api::models::Quotation;
use crate::domain::booking::money_text;
use crate::i18n::{self, Language, tr};
use crate::pdf::{PdfDocument, PdfError};

/// A document as the receipt lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownDocument {
    pub title: String,
    /// SHA-256 of the bytes exactly as downloaded.
    pub sha256: String,
    /// False when the app could not draw it fully (a font or an image it
    /// cannot read); the receipt says so.
    pub drawn_fully: bool,
}

/// Everything the receipt says. Memory only; dropped when the customer is done.
#[derive(Clone, PartialEq)]
pub struct Receipt {
    /// The receipt's language (the one the signer saw).
    pub language: Language,
    pub booking: String,
    pub client: Option<String>,
    pub property: Option<String>,
    pub unit: Option<String>,
    pub move_in: Option<String>,
    pub first_payment: Option<String>,
    pub regular_payment: Option<String>,
    /// The documents shown (or, when they could not be shown, fetched).
    pub documents: Vec<ShownDocument>,
    /// Why the contract could not be shown: signed on the amounts only.
    pub contract_problem: Option<String>,
    /// The consent the signer ticked, as shown.
    pub consent: Option<String>,
    pub signed_at: DateTime<Utc>,
    /// The same instant on this computer's clock.
    pub signed_at_local: DateTime<FixedOffset>,
    /// Signed on the kiosk (else at the front desk).
    pub kiosk: bool,
    /// This computer's name (set by the worker when the receipt is made).
    pub workstation: String,
    /// The id the server gave the stored signature ("" when it gave none).
    pub reference: String,
    pub signature_png: Zeroizing<Vec<u8>>,
    /// The insurance the booking carries, as the quotation shows it.
    pub insurance: Option<ReceiptInsurance>,
}

impl std::fmt::Debug for Receipt {
    // The signature and the customer's details never reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Receipt")
            .field("booking", &self.booking)
            .field("documents", &self.documents.len())
            .field("signature_bytes", &self.signature_png.len())
            .finish_non_exhaustive()
    }
}

/// The insurance linked to the booking, as the receipt names it (issue 28).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptInsurance {
    /// The option's name ("Insurance - goods value up to 5 000 €").
    pub name: String,
    /// The value of goods covered, formatted.
    pub coverage: Option<String>,
    /// The premium with its period, formatted ("12,00 € Monthly").
    pub premium: Option<String>,
}

impl ReceiptInsurance {
    /// The insurance line of `q`'s regular cycle (else of its preview).
    pub fn from_quotation(q: &Quotation) -> Option<Self> {
        let line = [&q.billing_subscription, &q.subscription]
            .into_iter()
            .flatten()
            .flat_map(|s| s.insurance.first())
            .next()?;
        let coverage = line.coverage.as_ref().and_then(coverage_text);
        let premium = line.taxable_price.as_ref().and_then(money_text);
        Some(Self {
            name: line.label(),
            coverage,
            premium,
        })
    }

    /// "Contents insurance (5 000,00 €, 12,00 €)": the name and its terms.
    pub fn text(&self) -> String {
        let details: Vec<&str> = [&self.coverage, &self.premium]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if details.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, details.join(", "))
        }
    }
}

/// A cover as the server wrote it: `{price, formattedPrice}`, a number or
/// a text.
fn coverage_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Object(_) => serde_json::from_value::<Money>(value.clone())
            .ok()
            .as_ref()
            .and_then(money_text),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    }
}

impl Receipt {
    /// The name offered in the save dialog.
    pub fn file_name(&self) -> String {
        let short: String = self.booking.chars().take(8).collect();
        format!(
            "signing-receipt-{short}-{}.pdf",
            self.signed_at.format("%Y%m%d-%H%M")
        )
    }

    /// The receipt as a PDF, in its language.
    pub fn to_pdf(&self) -> Result<Vec<u8>, PdfError> {
        self.to_pdf_with_insurance(self.insurance.as_ref())
    }

    /// The receipt, naming the booking's insurance when there is one. The
    /// UI half of issue 28 passes it (a field of [`Receipt`] would need the
    /// contract view's constructor changed in the same commit).
    pub fn to_pdf_with_insurance(
        &self,
        insurance: Option<&ReceiptInsurance>,
    ) -> Result<Vec<u8>, PdfError> {
        i18n::with_language(self.language, || self.document(insurance).render())
    }

    fn document(&self, insurance: Option<&ReceiptInsurance>) -> PdfDocument {
        let tag = match self.language {
            Language::French => "fr",
            Language::German => "de",
            Language::English => "en",
        };
        let mut doc = PdfDocument::new(tr("signing-receipt"), tag);
        doc.page_label = tr("page-page-of-pages").to_owned();
        doc.heading(tr("signing-receipt"));
        let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "–".to_owned());
        doc.fields(vec![
            (tr("booking").into(), self.booking.clone()),
            (tr("client").into(), shown(&self.client)),
            (tr("property").into(), shown(&self.property)),
            (tr("unit").into(), shown(&self.unit)),
            (tr("move-in").into(), shown(&self.move_in)),
            (tr("first-payment").into(), shown(&self.first_payment)),
            (tr("regular-payment").into(), shown(&self.regular_payment)),
        ]);
        if let Some(i) = insurance {
            doc.fields(vec![(tr("insurance").into(), i.text())]);
        }
        self.documents_section(&mut doc);
        self.signature_section(&mut doc);
        doc
    }

    fn documents_section(&self, doc: &mut PdfDocument) {
        doc.subheading(tr("documents-shown-before-signing"));
        if let Some(problem) = &self.contract_problem {
            doc.paragraph(format!(
                "{} {problem}",
                tr("the-contract-could-not-be-shown-the-customer")
            ));
        }
        if self.documents.is_empty() {
            doc.paragraph(tr("no-document"));
        }
        // One paragraph each: a fingerprint needs the full width.
        for d in &self.documents {
            let mut text = format!("{}\n{}: {}", d.title, tr("sha-256"), d.sha256);
            if !d.drawn_fully {
                text.push('\n');
                text.push_str(tr("the-app-could-not-draw-this-document-fully"));
            }
            doc.paragraph(text);
        }
        if let Some(consent) = &self.consent {
            doc.fields(vec![(tr("consent-given").into(), consent.clone())]);
        }
    }

    fn signature_section(&self, doc: &mut PdfDocument) {
        doc.subheading(tr("signature"));
        let place = if self.kiosk {
            tr("kiosk")
        } else {
            tr("front-desk")
        };
        let reference = if self.reference.is_empty() {
            tr("not-given-the-booking-is-marked-as-signed").to_owned()
        } else {
            self.reference.clone()
        };
        doc.fields(vec![
            (
                tr("signed-utc").into(),
                self.signed_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            ),
            (
                tr("signed-local-time").into(),
                self.signed_at_local
                    .format("%Y-%m-%d %H:%M:%S %:z")
                    .to_string(),
            ),
            (
                tr("signed-at").into(),
                format!("{place} – {}", self.workstation),
            ),
            (tr("server-reference").into(), reference),
        ]);
        if !self.signature_png.is_empty() {
            doc.image(self.signature_png.to_vec(), 300.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png() -> Vec<u8> {
        let picture = image::RgbaImage::from_pixel(60, 20, image::Rgba([0, 0, 0, 255]));
        let mut png = Vec::new();
        picture
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encode PNG");
        png
    }

    pub(crate) fn receipt() -> Receipt {
        let at = DateTime::parse_from_rfc3339("2026-03-01T10:15:00+01:00").expect("date");
        Receipt {
            language: Language::English,
            booking: "e0ffc4c2-3864-41b0-8da1-13fe6a9ce032".into(),
            client: Some("Élodie Marchand".into()),
            property: Some("Lyon Gerland".into()),
            unit: Some("Box C14".into()),
            move_in: Some("14-10-2025".into()),
            first_payment: Some("66,00 €".into()),
            regular_payment: Some("69,00 € (Monthly)".into()),
            documents: vec![ShownDocument {
                title: "Contrat".into(),
                sha256: "ab".repeat(32),
                drawn_fully: true,
            }],
            contract_problem: None,
            consent: Some("I have read the contract and accept it".into()),
            signed_at: at.with_timezone(&Utc),
            signed_at_local: at,
            kiosk: false,
            workstation: "desk-1".into(),
            reference: "REF-42".into(),
            signature_png: Zeroizing::new(png()),
            insurance: None,
        }
    }

    fn text_of(r: &Receipt) -> String {
        let bytes = r.to_pdf().expect("render");
        pdf_extract::extract_text_from_mem(&bytes).expect("read back")
    }

    #[test]
    fn the_receipt_lists_what_was_shown_when_and_where() {
        let text = text_of(&receipt());
        let flat: String = text.split_whitespace().collect();
        for expected in [
            "Élodie Marchand",
            "66,00 €",
            "Contrat",
            "I have read the contract and accept it",
            "2026-03-01 09:15:00 UTC",
            "2026-03-01 10:15:00 +01:00",
            "Front desk – desk-1",
            "REF-42",
        ] {
            assert!(
                text.contains(expected),
                "{expected:?} missing from the receipt"
            );
        }
        assert!(flat.contains(&"ab".repeat(32)), "the fingerprint");
    }

    #[test]
    fn an_amounts_only_signature_says_so_in_the_signers_language() {
        let mut r = receipt();
        r.language = Language::French;
        r.documents.clear();
        r.consent = None;
        r.kiosk = true;
        r.contract_problem =
            Some("Le serveur a envoyé un fichier qui n'est pas un PDF (text/html).".into());
        let text = text_of(&r);
        assert!(text.contains("montants ci-dessus"), "{text}");
        assert!(text.contains("text/html"));
        assert!(text.contains("Borne"), "the kiosk, in French");
    }

    #[test]
    fn the_receipt_names_the_insurance_when_there_is_one() {
        let r = receipt();
        let insurance = ReceiptInsurance {
            name: "Insurance - goods value up to 5 000 €".into(),
            coverage: Some("5 000,00 €".into()),
            premium: Some("12,00 € Monthly".into()),
        };
        let bytes = r.to_pdf_with_insurance(Some(&insurance)).expect("render");
        let text = pdf_extract::extract_text_from_mem(&bytes).expect("read back");
        let flat: String = text.split_whitespace().collect();
        assert!(flat.contains("goodsvalueupto5000€"), "{text}");
        assert!(flat.contains("12,00€Monthly"), "{text}");
        assert!(!text_of(&r).contains("goods value"), "none without one");
    }

    #[test]
    fn debug_shows_neither_the_signature_nor_the_client() {
        let shown = format!("{:?}", receipt());
        assert!(!shown.contains("Marchand"));
        assert!(shown.contains("signature_bytes"));
    }
}
