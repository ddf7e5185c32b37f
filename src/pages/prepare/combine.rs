//! Phone photos of a paper document's pages, joined into one PDF under the upload limit: each
//! image is drawn again (canvas) at a page's resolution and encoded as JPEG inside its share of
//! the bytes, then the pages are wrapped by `protocol::pdf`. All in the browser.

use protocol::pdf::{self, JpegPage};
use protocol::photo::Crop;
use protocol::upload::{FileKind, UploadRules};

use crate::picture::{self, Picture};

/// The long side of a page's image: about 190 dpi on A4, then about 130 dpi when the pages
/// do not fit the limit at the first.
const LONG_SIDES: [u32; 2] = [1600, 1100];

/// Why the images could not become one PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CombineError {
    /// The browser could not decode this file.
    Unreadable(String),
    /// More images than the upload's page limit.
    TooManyPages(u32),
    /// Even at the lower resolution the pages do not fit the byte limit.
    TooLarge,
}

/// An image to become a page: its name, type and content.
pub struct PageImage {
    pub name: String,
    pub kind: FileKind,
    pub content: Vec<u8>,
}

/// Whether a file is an image that can become a page.
pub const fn is_image(kind: FileKind) -> bool {
    matches!(kind, FileKind::Jpeg | FileKind::Png)
}

/// One PDF of `images`, one per page in order, within `rules`' byte and page limits.
///
/// # Errors
/// A file that cannot be decoded, too many pages, or pages that cannot fit the limit.
pub async fn combine(images: &[PageImage], rules: &UploadRules) -> Result<Vec<u8>, CombineError> {
    let count = u32::try_from(images.len()).unwrap_or(u32::MAX);
    if let Some(most) = rules.max_pages
        && count > most
    {
        return Err(CombineError::TooManyPages(most));
    }
    let room = rules
        .max_bytes
        .saturating_sub(pdf::overhead(images.len()) as u64);
    let budget = room / u64::from(count.max(1));
    let mut pages = Vec::with_capacity(images.len());
    for image in images {
        let picture = picture::decode(&image.content, image.kind.as_str())
            .await
            .ok_or_else(|| CombineError::Unreadable(image.name.clone()))?;
        pages.push(page(&picture, budget).await.ok_or(CombineError::TooLarge)?);
    }
    let borrowed: Vec<JpegPage<'_>> = pages
        .iter()
        .map(|(width, height, jpeg)| JpegPage {
            width: *width,
            height: *height,
            jpeg,
        })
        .collect();
    Ok(pdf::from_jpegs(&borrowed))
}

/// The picture as a JPEG of at most `budget` bytes, at the first resolution that allows it.
async fn page(picture: &Picture, budget: u64) -> Option<(u32, u32, Vec<u8>)> {
    let whole = Crop {
        x: 0,
        y: 0,
        width: picture.width,
        height: picture.height,
    };
    for long in LONG_SIDES {
        let (width, height) = fit(picture.width, picture.height, long);
        let drawing = picture.draw(whole, width, height)?;
        if let Some(jpeg) = drawing.jpeg_within(0, budget).await {
            return Some((width, height, jpeg));
        }
    }
    None
}

/// `width`×`height` scaled down (never up) so the long side is at most `long`.
fn fit(width: u32, height: u32, long: u32) -> (u32, u32) {
    let longest = width.max(height).max(1);
    if longest <= long {
        return (width.max(1), height.max(1));
    }
    let scale = |side: u32| {
        u32::try_from(u64::from(side) * u64::from(long) / u64::from(longest))
            .unwrap_or(long)
            .max(1)
    };
    (scale(width), scale(height))
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn pages_are_scaled_down_to_the_long_side_and_never_up() {
        assert_eq!(fit(3000, 4000, 1600), (1200, 1600));
        assert_eq!(fit(4000, 3000, 1100), (1100, 825));
        assert_eq!(fit(800, 600, 1600), (800, 600));
        assert_eq!(fit(10_000, 1, 1600), (1600, 1));
    }
}
