//! Checks a posted signature: base64 (optionally a `data:image/png;base64,`
//! URL) that decodes to a PNG of sane size. Anything else is
//! INVALID_PARAM_SIGNATURE.

use std::fmt;
use std::io::Cursor;

use base64::Engine;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use image::{ImageFormat, ImageReader, Limits};

/// The decoded PNG must be smaller than this.
pub const MAX_PNG_BYTES: usize = 2 * 1024 * 1024;
/// Each side of the image must be within these bounds (inclusive).
pub const MIN_SIDE: u32 = 50;
pub const MAX_SIDE: u32 = 4000;

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
const DATA_URL_PREFIX: &str = "data:image/png;base64,";

/// Padding optional: browsers and some encoders leave it out.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Why a signature was refused (logged by the sandbox; the client only sees
/// the code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureProblem {
    Empty,
    NotBase64,
    TooLarge { bytes: usize },
    NotPng,
    Unreadable(String),
    BadSize { width: u32, height: u32 },
}

impl fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the signature is empty"),
            Self::NotBase64 => f.write_str("the signature is not base64"),
            Self::TooLarge { bytes } => {
                write!(
                    f,
                    "the image is {bytes} bytes, the limit is {MAX_PNG_BYTES}"
                )
            }
            Self::NotPng => f.write_str("the data is not a PNG image"),
            Self::Unreadable(e) => write!(f, "the PNG cannot be decoded: {e}"),
            Self::BadSize { width, height } => write!(
                f,
                "the image is {width}×{height} px, each side must be {MIN_SIDE}..={MAX_SIDE} px"
            ),
        }
    }
}

/// A signature that passed every check.
#[derive(Clone, PartialEq, Eq)]
pub struct ValidPng {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl fmt::Debug for ValidPng {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ValidPng")
            .field("bytes", &self.png.len())
            .field("width", &self.width)
            .field("height", &self.height)
            .finish()
    }
}

/// Decodes and checks a signature as posted. Decodes the whole image (not
/// only its header), so a truncated or corrupt PNG is refused too; this is
/// CPU work, run it off the async threads.
pub fn validate(signature: &str) -> Result<ValidPng, SignatureProblem> {
    let trimmed = signature.trim();
    let payload = match trimmed.get(..DATA_URL_PREFIX.len()) {
        Some(head) if head.eq_ignore_ascii_case(DATA_URL_PREFIX) => {
            &trimmed[DATA_URL_PREFIX.len()..]
        }
        _ => trimmed,
    };
    // Line-wrapped (MIME style) base64 is still base64.
    let compact: zeroize::Zeroizing<String> = zeroize::Zeroizing::new(
        payload
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect(),
    );
    if compact.is_empty() {
        return Err(SignatureProblem::Empty);
    }
    // Refuse an oversized payload before decoding it.
    let decoded_estimate = compact.len() / 4 * 3;
    if decoded_estimate > MAX_PNG_BYTES + 3 {
        return Err(SignatureProblem::TooLarge {
            bytes: decoded_estimate,
        });
    }
    let png = BASE64
        .decode(compact.as_bytes())
        .map_err(|_| SignatureProblem::NotBase64)?;
    if png.len() >= MAX_PNG_BYTES {
        return Err(SignatureProblem::TooLarge { bytes: png.len() });
    }
    if !png.starts_with(PNG_MAGIC) {
        return Err(SignatureProblem::NotPng);
    }
    let (width, height) = ImageReader::with_format(Cursor::new(&png), ImageFormat::Png)
        .into_dimensions()
        .map_err(|e| SignatureProblem::Unreadable(e.to_string()))?;
    let sane = |side: u32| (MIN_SIDE..=MAX_SIDE).contains(&side);
    if !sane(width) || !sane(height) {
        return Err(SignatureProblem::BadSize { width, height });
    }
    let mut reader = ImageReader::with_format(Cursor::new(&png), ImageFormat::Png);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    // 4000 × 4000 px at 16-bit RGBA.
    limits.max_alloc = Some(u64::from(MAX_SIDE) * u64::from(MAX_SIDE) * 8);
    reader.limits(limits);
    reader
        .decode()
        .map_err(|e| SignatureProblem::Unreadable(e.to_string()))?;
    Ok(ValidPng { png, width, height })
}

#[cfg(test)]
pub(crate) fn png_bytes(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_fn(width, height, |x, y| {
        if (x + y) % 7 == 0 {
            image::Rgba([0, 0, 0, 255])
        } else {
            image::Rgba([255, 255, 255, 0])
        }
    });
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(bytes: &[u8]) -> String {
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    #[test]
    fn accepts_a_plain_and_a_data_url_png() {
        let png = png_bytes(300, 120);
        let ok = validate(&b64(&png)).unwrap();
        assert_eq!((ok.width, ok.height), (300, 120));
        assert_eq!(ok.png, png);
        let ok = validate(&format!("data:image/png;base64,{}", b64(&png))).unwrap();
        assert_eq!((ok.width, ok.height), (300, 120));
        let ok = validate(&format!("DATA:image/PNG;base64,{}", b64(&png))).unwrap();
        assert_eq!(ok.width, 300);
    }

    #[test]
    fn accepts_wrapped_and_unpadded_base64() {
        let png = png_bytes(64, 51);
        let text = b64(&png);
        let wrapped: String = text
            .as_bytes()
            .chunks(76)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect::<Vec<_>>()
            .join("\r\n");
        assert!(validate(&wrapped).is_ok());
        assert!(validate(text.trim_end_matches('=')).is_ok());
    }

    #[test]
    fn refuses_what_is_not_a_sane_png() {
        assert_eq!(validate(""), Err(SignatureProblem::Empty));
        assert_eq!(
            validate("data:image/png;base64,"),
            Err(SignatureProblem::Empty)
        );
        assert_eq!(
            validate("not base64 at all!"),
            Err(SignatureProblem::NotBase64)
        );
        assert_eq!(
            validate(&b64(b"GIF89a and more")),
            Err(SignatureProblem::NotPng)
        );
        assert_eq!(
            validate(&b64(&png_bytes(1, 1))),
            Err(SignatureProblem::BadSize {
                width: 1,
                height: 1
            })
        );
        assert_eq!(
            validate(&b64(&png_bytes(4001, 50))),
            Err(SignatureProblem::BadSize {
                width: 4001,
                height: 50
            })
        );
        assert_eq!(
            validate(&b64(&png_bytes(60, 49))),
            Err(SignatureProblem::BadSize {
                width: 60,
                height: 49
            })
        );
        // The magic alone, or a header with its pixel data cut off.
        assert!(matches!(
            validate(&b64(PNG_MAGIC)),
            Err(SignatureProblem::Unreadable(_))
        ));
        let png = png_bytes(200, 80);
        let cut = &png[..png.len() - 30];
        assert!(matches!(
            validate(&b64(cut)),
            Err(SignatureProblem::Unreadable(_))
        ));
    }

    #[test]
    fn refuses_oversized_payloads_before_decoding() {
        let huge = "A".repeat(MAX_PNG_BYTES / 3 * 4 + 16);
        assert!(matches!(
            validate(&huge),
            Err(SignatureProblem::TooLarge { .. })
        ));
        // Exactly 2 MiB decoded is not "under 2 MiB".
        let mut at_limit = PNG_MAGIC.to_vec();
        at_limit.resize(MAX_PNG_BYTES, 0);
        assert!(matches!(
            validate(&b64(&at_limit)),
            Err(SignatureProblem::TooLarge { .. })
        ));
    }

    #[test]
    fn debug_never_shows_the_bytes() {
        let ok = validate(&b64(&png_bytes(80, 60))).unwrap();
        let text = format!("{ok:?}");
        assert!(text.contains("bytes") && !text.contains('['), "{text}");
    }
}
