//! Rules for uploaded documents. Public guides disagree on the limits (domain.md §2.3), so
//! they are a configurable value; the defaults are the most common published figures.

use serde::{Deserialize, Serialize};

use crate::codec::WireCode;
use crate::pdf;
use crate::validation::ValidationCode;

/// What an upload slot accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadRules {
    /// MIME types accepted, such as `image/jpeg`.
    pub allowed_types: Vec<String>,
    pub min_bytes: u64,
    pub max_bytes: u64,
    /// For images: the smallest width and height in pixels.
    pub min_width: Option<u32>,
    pub min_height: Option<u32>,
    /// For PDFs: the most pages. Checked only when the page count can be read
    /// ([`crate::pdf::page_count`]).
    pub max_pages: Option<u32>,
}

impl UploadRules {
    /// ID photo: JPEG, at least 354×472 px, 40–200 KB.
    #[must_use]
    pub fn id_photo() -> Self {
        Self {
            allowed_types: vec!["image/jpeg".into()],
            min_bytes: 40 * 1024,
            max_bytes: 200 * 1024,
            min_width: Some(354),
            min_height: Some(472),
            max_pages: None,
        }
    }

    /// Other attachments: PDF up to 1 MB and 20 pages (the page limit is this product's
    /// default, not a published figure).
    #[must_use]
    pub fn attachment() -> Self {
        Self {
            allowed_types: vec!["application/pdf".into()],
            min_bytes: 1,
            max_bytes: 1024 * 1024,
            min_width: None,
            min_height: None,
            max_pages: Some(20),
        }
    }

    /// A scan or photo of a paper document: JPEG, PNG or PDF, up to 1 MB (domain.md §2.3 and
    /// §8: "other attachments, PDF, about 1 MB each"; images are accepted too, since many
    /// people have only a phone's camera) and, for a PDF, up to 20 pages.
    #[must_use]
    pub fn document() -> Self {
        Self {
            allowed_types: FileKind::ALL
                .iter()
                .map(|k| k.as_str().to_owned())
                .collect(),
            ..Self::attachment()
        }
    }

    /// Checks a whole file: its real type from its bytes (never its name), an image's pixel
    /// size from its header, then every rule, and a PDF's page count where it can be read.
    ///
    /// # Errors
    /// Every rule the file breaks; an empty, unknown or unreadable file stops at that.
    pub fn check_file(&self, content: &[u8]) -> Result<FileKind, Vec<ValidationCode>> {
        if content.is_empty() {
            return Err(vec![ValidationCode::FileEmpty]);
        }
        let kind = sniff(content).ok_or_else(|| vec![ValidationCode::FileTypeNotAllowed])?;
        let pixels = match kind {
            FileKind::Jpeg | FileKind::Png => {
                Some(image_size(content).ok_or_else(|| vec![ValidationCode::ImageUnreadable])?)
            }
            FileKind::Pdf => None,
        };
        let mut errors = self.check(kind.as_str(), content.len() as u64, pixels);
        if kind == FileKind::Pdf
            && let Some(max_pages) = self.max_pages
            && pdf::page_count(content).is_some_and(|pages| pages > max_pages)
        {
            errors.push(ValidationCode::TooManyPages { max_pages });
        }
        if errors.is_empty() {
            Ok(kind)
        } else {
            Err(errors)
        }
    }

    /// Every rule a file breaks, from what the browser or server knows about it.
    #[must_use]
    pub fn check(&self, mime: &str, bytes: u64, pixels: Option<(u32, u32)>) -> Vec<ValidationCode> {
        let mut errors = Vec::new();
        if bytes == 0 {
            return vec![ValidationCode::FileEmpty];
        }
        if !self
            .allowed_types
            .iter()
            .any(|allowed| allowed.eq_ignore_ascii_case(mime.trim()))
        {
            errors.push(ValidationCode::FileTypeNotAllowed);
        }
        if bytes > self.max_bytes {
            errors.push(ValidationCode::FileTooLarge {
                max_bytes: self.max_bytes,
            });
        }
        if bytes < self.min_bytes {
            errors.push(ValidationCode::FileTooSmall {
                min_bytes: self.min_bytes,
            });
        }
        if let (Some(min_width), Some(min_height), Some((width, height))) =
            (self.min_width, self.min_height, pixels)
            && (width < min_width || height < min_height)
        {
            errors.push(ValidationCode::ImageTooSmall {
                min_width,
                min_height,
            });
        }
        errors
    }
}

/// A file's real type, read from its first bytes: never from its name or the browser's guess.
/// Wire names are the MIME types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FileKind {
    #[serde(rename = "image/jpeg")]
    Jpeg,
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "application/pdf")]
    Pdf,
}

crate::codec::wire_codes!(FileKind {
    Jpeg => "image/jpeg",
    Png => "image/png",
    Pdf => "application/pdf",
});

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The type of a file from its first bytes (8 are enough), or `None` for anything else: a PNG
/// renamed `.pdf` is a PNG, and a text file named `.jpg` is nothing.
#[must_use]
pub fn sniff(head: &[u8]) -> Option<FileKind> {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileKind::Jpeg)
    } else if head.starts_with(PNG_SIGNATURE) {
        Some(FileKind::Png)
    } else if head.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else {
        None
    }
}

fn be16(bytes: &[u8], at: usize) -> Option<u32> {
    let pair = bytes.get(at..at + 2)?;
    Some(u32::from(u16::from_be_bytes([
        *pair.first()?,
        *pair.get(1)?,
    ])))
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    let quad: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_be_bytes(quad))
}

/// An image's width and height in pixels, from its header: a PNG's `IHDR`, a JPEG's first
/// start-of-frame marker. `None` for a PDF, or a header that is cut short or corrupt.
#[must_use]
pub fn image_size(bytes: &[u8]) -> Option<(u32, u32)> {
    match sniff(bytes)? {
        FileKind::Png => {
            if bytes.get(12..16)? != b"IHDR" {
                return None;
            }
            Some((be32(bytes, 16)?, be32(bytes, 20)?))
        }
        FileKind::Jpeg => jpeg_size(bytes),
        FileKind::Pdf => None,
    }
}

fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    frame_size(bytes, jpeg_frame_at(bytes)?)
}

/// A JPEG's width, height and number of colour components (1 grey, 3 YCbCr or RGB, 4 CMYK),
/// from its first start-of-frame marker.
pub(crate) fn jpeg_frame(bytes: &[u8]) -> Option<(u32, u32, u8)> {
    let at = jpeg_frame_at(bytes)?;
    let (width, height) = frame_size(bytes, at)?;
    Some((width, height, *bytes.get(at + 9)?))
}

/// The width and height of the frame header at `at` (marker, length, precision, height,
/// width); `None` when either is 0.
fn frame_size(bytes: &[u8], at: usize) -> Option<(u32, u32)> {
    let height = be16(bytes, at + 5)?;
    let width = be16(bytes, at + 7)?;
    (width > 0 && height > 0).then_some((width, height))
}

/// Where a JPEG's first start-of-frame marker starts (its `0xFF`), walking the segments after
/// the start of image.
fn jpeg_frame_at(bytes: &[u8]) -> Option<usize> {
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let mut marker = *bytes.get(at + 1)?;
        // Fill bytes before a marker.
        while marker == 0xFF {
            at += 1;
            marker = *bytes.get(at + 1)?;
        }
        match marker {
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => at += 2,
            // Start of scan or end of image before any frame: corrupt.
            0xDA | 0xD9 => return None,
            // Start of frame (baseline, progressive, lossless, arithmetic), not DHT/JPG/DAC.
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => return Some(at),
            _ => {
                let length = usize::try_from(be16(bytes, at + 2)?).ok()?;
                if length < 2 {
                    return None;
                }
                at += 2 + length;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_photo_within_the_defaults_passes() {
        assert_eq!(
            UploadRules::id_photo().check("image/jpeg", 100 * 1024, Some((413, 531))),
            vec![]
        );
    }

    #[test]
    fn every_broken_upload_rule_is_reported() {
        let rules = UploadRules::id_photo();
        assert_eq!(
            rules.check("image/jpeg", 0, None),
            vec![ValidationCode::FileEmpty]
        );
        assert_eq!(
            rules.check("image/png", 300 * 1024, Some((300, 400))),
            vec![
                ValidationCode::FileTypeNotAllowed,
                ValidationCode::FileTooLarge {
                    max_bytes: 200 * 1024
                },
                ValidationCode::ImageTooSmall {
                    min_width: 354,
                    min_height: 472
                }
            ]
        );
        assert_eq!(
            rules.check("image/jpeg", 10 * 1024, None),
            vec![ValidationCode::FileTooSmall {
                min_bytes: 40 * 1024
            }]
        );
        assert_eq!(
            UploadRules::attachment().check("application/pdf", 2 * 1024 * 1024, None),
            vec![ValidationCode::FileTooLarge {
                max_bytes: 1024 * 1024
            }]
        );
    }

    #[test]
    fn rules_are_configurable_data() {
        let json = serde_json::to_string(&UploadRules::attachment()).unwrap();
        assert_eq!(
            json,
            r#"{"allowedTypes":["application/pdf"],"minBytes":1,"maxBytes":1048576,"minWidth":null,"minHeight":null,"maxPages":20}"#
        );
    }

    /// A JPEG header as cameras write it: SOI, an APP0 segment, then a baseline frame.
    fn jpeg_head(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        bytes.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        bytes.extend_from_slice(&[0xFF, 0xFF, 0xC0, 0x00, 0x11, 0x08]);
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.extend_from_slice(&[0xFF, 0xDA]);
        bytes
    }

    #[test]
    fn a_files_type_comes_from_its_first_bytes() {
        assert_eq!(sniff(&jpeg_head(10, 10)), Some(FileKind::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(FileKind::Png));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(FileKind::Pdf));
        assert_eq!(sniff(b"hello, I am a .jpg"), None);
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(&[0xFF, 0xD8]), None, "two bytes are not yet a JPEG");
        assert_eq!(FileKind::Pdf.as_str(), "application/pdf");
    }

    #[test]
    fn image_sizes_are_read_from_the_header() {
        assert_eq!(image_size(&jpeg_head(3000, 4000)), Some((3000, 4000)));
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&354u32.to_be_bytes());
        png.extend_from_slice(&472u32.to_be_bytes());
        assert_eq!(image_size(&png), Some((354, 472)));
        assert_eq!(image_size(b"%PDF-1.7"), None);
    }

    #[test]
    fn a_cut_or_corrupt_header_gives_no_size() {
        // The frame's width ends at byte 30: any header cut before that has no size.
        let whole = jpeg_head(640, 480);
        for end in 0..30 {
            assert_eq!(image_size(&whole[..end]), None, "cut at {end}");
        }
        assert_eq!(image_size(&whole[..30]), Some((640, 480)));
        let mut no_frame = vec![0xFF, 0xD8, 0xFF, 0xDA];
        assert_eq!(image_size(&no_frame), None);
        no_frame = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01];
        assert_eq!(image_size(&no_frame), None, "a segment length under 2");
        assert_eq!(image_size(&jpeg_head(0, 480)), None);
    }

    /// A PDF of `pages` pages, written by [`pdf::from_jpegs`].
    fn pdf_of(pages: usize) -> Vec<u8> {
        let jpeg = jpeg_head(1200, 1600);
        let page = pdf::JpegPage {
            width: 1200,
            height: 1600,
            jpeg: &jpeg,
        };
        pdf::from_jpegs(&vec![page; pages])
    }

    #[test]
    fn a_pdf_over_the_page_limit_is_refused() {
        let document = UploadRules::document();
        assert_eq!(document.max_pages, Some(20));
        assert_eq!(UploadRules::attachment().max_pages, Some(20));
        assert_eq!(UploadRules::id_photo().max_pages, None);
        assert_eq!(document.check_file(&pdf_of(1)), Ok(FileKind::Pdf));
        assert_eq!(document.check_file(&pdf_of(20)), Ok(FileKind::Pdf));
        assert_eq!(
            document.check_file(&pdf_of(21)),
            Err(vec![ValidationCode::TooManyPages { max_pages: 20 }])
        );
        let unlimited = UploadRules {
            max_pages: None,
            ..UploadRules::document()
        };
        assert_eq!(unlimited.check_file(&pdf_of(21)), Ok(FileKind::Pdf));
        let mut big = pdf_of(21);
        big.resize(2 * 1024 * 1024, b' ');
        assert_eq!(
            document.check_file(&big),
            Err(vec![
                ValidationCode::FileTooLarge {
                    max_bytes: 1024 * 1024
                },
                ValidationCode::TooManyPages { max_pages: 20 }
            ])
        );
    }

    #[test]
    fn a_pdf_whose_pages_cannot_be_counted_has_no_page_limit() {
        let mut compressed = b"%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 30 >>\nendobj\n".to_vec();
        compressed.extend_from_slice(b"2 0 obj\n<< /Type /XRef /Root 3 0 R >>\nendobj\n%%EOF\n");
        assert_eq!(
            UploadRules::document().check_file(&compressed),
            Ok(FileKind::Pdf)
        );
    }

    #[test]
    fn page_limits_are_not_asked_of_images() {
        let mut photo = jpeg_head(3000, 4000);
        photo.resize(50 * 1024, 0);
        photo.extend_from_slice(&b"/Type /Page ".repeat(30));
        assert_eq!(
            UploadRules::document().check_file(&photo),
            Ok(FileKind::Jpeg)
        );
    }

    proptest::proptest! {
        #[test]
        fn sniffing_and_sizing_never_panic(bytes: Vec<u8>) {
            let _ = sniff(&bytes);
            let _ = image_size(&bytes);
            let mut jpeg = vec![0xFF, 0xD8, 0xFF];
            jpeg.extend_from_slice(&bytes);
            let _ = image_size(&jpeg);
        }
    }

    #[test]
    fn a_whole_file_is_checked_by_its_content_not_its_name() {
        let photo = UploadRules::id_photo();
        let document = UploadRules::document();
        let mut big_jpeg = jpeg_head(3000, 4000);
        big_jpeg.resize(50 * 1024, 0);
        assert_eq!(photo.check_file(&big_jpeg), Ok(FileKind::Jpeg));
        assert_eq!(document.check_file(&big_jpeg), Ok(FileKind::Jpeg));
        let mut small = jpeg_head(300, 400);
        small.resize(50 * 1024, 0);
        assert_eq!(
            photo.check_file(&small),
            Err(vec![ValidationCode::ImageTooSmall {
                min_width: 354,
                min_height: 472
            }])
        );
        let pdf = b"%PDF-1.4\n%%EOF".to_vec();
        assert_eq!(document.check_file(&pdf), Ok(FileKind::Pdf));
        assert!(
            photo
                .check_file(&pdf)
                .unwrap_err()
                .contains(&ValidationCode::FileTypeNotAllowed)
        );
        assert_eq!(
            document.check_file(b""),
            Err(vec![ValidationCode::FileEmpty])
        );
        assert_eq!(
            document.check_file(b"plain text named scan.pdf"),
            Err(vec![ValidationCode::FileTypeNotAllowed])
        );
        assert_eq!(
            document.check_file(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 1, 2]),
            Err(vec![ValidationCode::ImageUnreadable]),
            "a JPEG cut before its frame header"
        );
        let mut huge = b"%PDF-1.7".to_vec();
        huge.resize(2 * 1024 * 1024, b' ');
        assert_eq!(
            document.check_file(&huge),
            Err(vec![ValidationCode::FileTooLarge {
                max_bytes: 1024 * 1024
            }])
        );
    }
}
