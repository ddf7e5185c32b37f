//! The ID photo: what the upload rules ask of it (domain.md §2.3 and §8, [uncertain], so a
//! configurable [`PhotoSpec`]), which of them a photo breaks, and the pure parts of the
//! automatic fix: the crop, the background sample and the search for a JPEG quality that lands
//! inside the byte range. The browser does the pixels (canvas); everything decided is here.

use serde::{Deserialize, Serialize};

use crate::upload::FileKind;

/// What the authority's upload accepts for the ID photo. The defaults satisfy every published
/// figure at once (domain.md §8): JPEG, 3:4, 354×472 to 420×560 pixels, 40–120 KB, white or
/// near-white background.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhotoSpec {
    pub min_width: u32,
    pub min_height: u32,
    pub max_width: u32,
    pub max_height: u32,
    pub min_bytes: u64,
    pub max_bytes: u64,
    /// How far the width:height ratio may be from `min_width:min_height`, in thousandths.
    pub ratio_tolerance_permille: u32,
}

impl Default for PhotoSpec {
    fn default() -> Self {
        Self {
            min_width: 354,
            min_height: 472,
            max_width: 420,
            max_height: 560,
            min_bytes: 40 * 1024,
            max_bytes: 120 * 1024,
            ratio_tolerance_permille: 20,
        }
    }
}

/// One rule a photo breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhotoProblem {
    /// A PNG: the upload takes JPEG only. Fixed by re-encoding.
    NotJpeg,
    /// Fewer pixels than the minimum: a fix would only blur it, so it needs a new photo.
    TooFewPixels,
    /// More pixels than the maximum. Fixed by scaling down.
    TooManyPixels,
    /// Not the required width:height ratio. Fixed by cropping.
    WrongRatio,
    /// Over the byte limit. Fixed by re-encoding.
    TooManyBytes,
    /// Under the byte minimum (too compressed). Fixed by re-encoding, when the photo has the
    /// detail for it.
    TooFewBytes,
    /// The border is not near-white: it needs a new photo against a white wall.
    Background,
}

impl PhotoProblem {
    /// Whether the automatic fix (crop, scale, re-encode) can cure it.
    #[must_use]
    pub const fn fixable(self) -> bool {
        !matches!(self, Self::TooFewPixels | Self::Background)
    }
}

/// What is known about a photo.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhotoFacts {
    pub kind: FileKind,
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
    /// From [`white_share`] over the border.
    pub white_share: f64,
}

/// The share of border pixels that must be near-white for a white background.
pub const WHITE_ENOUGH: f64 = 0.9;

impl PhotoSpec {
    /// Every rule the photo breaks, in the order they are explained.
    #[must_use]
    pub fn problems(&self, photo: &PhotoFacts) -> Vec<PhotoProblem> {
        let mut found = Vec::new();
        if photo.kind != FileKind::Jpeg {
            found.push(PhotoProblem::NotJpeg);
        }
        if photo.width < self.min_width || photo.height < self.min_height {
            found.push(PhotoProblem::TooFewPixels);
        } else if photo.width > self.max_width || photo.height > self.max_height {
            found.push(PhotoProblem::TooManyPixels);
        }
        if !self.ratio_fits(photo.width, photo.height) {
            found.push(PhotoProblem::WrongRatio);
        }
        if photo.bytes > self.max_bytes {
            found.push(PhotoProblem::TooManyBytes);
        } else if photo.bytes < self.min_bytes {
            found.push(PhotoProblem::TooFewBytes);
        }
        if photo.white_share < WHITE_ENOUGH {
            found.push(PhotoProblem::Background);
        }
        found
    }

    fn ratio_fits(&self, width: u32, height: u32) -> bool {
        // |w/h − W/H| ≤ t/1000 · W/H  ⇔  |w·H − W·h| · 1000 ≤ t · W · h
        let (w, h) = (u64::from(width), u64::from(height));
        let (rw, rh) = (u64::from(self.min_width), u64::from(self.min_height));
        (w * rh).abs_diff(rw * h) * 1000 <= u64::from(self.ratio_tolerance_permille) * rw * h
    }

    /// The crop of a `width`×`height` picture at the required ratio, as large as fits, placed
    /// by `position` (see [`crop`]).
    #[must_use]
    pub fn crop(&self, width: u32, height: u32, position: CropPosition) -> Crop {
        crop(width, height, (self.min_width, self.min_height), position)
    }

    /// The size the fixed photo is scaled to: the crop's own size within the limits (never
    /// enlarged past what the crop holds, except up to the minimum).
    #[must_use]
    pub fn output_size(&self, crop: Crop) -> (u32, u32) {
        if crop.width >= self.max_width {
            (self.max_width, self.max_height)
        } else if crop.width <= self.min_width {
            (self.min_width, self.min_height)
        } else {
            let height =
                u64::from(crop.width) * u64::from(self.min_height) / u64::from(self.min_width);
            (crop.width, u32::try_from(height).unwrap_or(self.max_height))
        }
    }
}

/// Where the crop sits in the free room: 0 is left (top), 50 the centre, 100 right (bottom).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CropPosition {
    pub across: u8,
    pub down: u8,
}

impl Default for CropPosition {
    fn default() -> Self {
        Self {
            across: 50,
            down: 50,
        }
    }
}

/// A rectangle of a picture, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crop {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

/// The largest `ratio` rectangle inside `width`×`height`, placed by `position` in the room
/// left over (only one axis has room, unless the picture already has the ratio).
#[must_use]
pub fn crop(width: u32, height: u32, ratio: (u32, u32), position: CropPosition) -> Crop {
    let (w, h) = (u64::from(width), u64::from(height));
    let (rw, rh) = (u64::from(ratio.0.max(1)), u64::from(ratio.1.max(1)));
    // Full height if the picture is wider than the ratio, else full width.
    let (cw, ch) = if w * rh >= h * rw {
        ((h * rw / rh).min(w), h)
    } else {
        (w, (w * rh / rw).min(h))
    };
    let place = |room: u64, at: u8| room * u64::from(at.min(100)) / 100;
    let narrow = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
    Crop {
        x: narrow(place(w - cw, position.across)),
        y: narrow(place(h - ch, position.down)),
        width: narrow(cw),
        height: narrow(ch),
    }
}

/// Whether a pixel is near-white: bright and without colour.
fn near_white(r: u8, g: u8, b: u8) -> bool {
    let low = r.min(g).min(b);
    let high = r.max(g).max(b);
    low >= 200 && high - low <= 30
}

/// The share (0–1) of near-white pixels in the border of an RGBA picture: a band along the
/// top and the upper two thirds of both sides, a tenth of the width thick; the shoulders reach
/// the edges below that. An empty or malformed buffer gives 0.
#[must_use]
pub fn white_share(rgba: &[u8], width: u32, height: u32) -> f64 {
    let (w, h) = (width as usize, height as usize);
    if w == 0 || h == 0 || rgba.len() < w * h * 4 {
        return 0.0;
    }
    let band = (w / 10).max(1);
    // The sides down to two thirds of the height: below that the shoulders reach the edges.
    let sides_end = h * 2 / 3;
    let (mut white, mut all) = (0_u32, 0_u32);
    for y in 0..h {
        for x in 0..w {
            let in_band = y < band || y < sides_end && (x < band || x >= w - band);
            if !in_band {
                continue;
            }
            let at = (y * w + x) * 4;
            all += 1;
            if let Some([r, g, b, _]) = rgba.get(at..at + 4) {
                white += u32::from(near_white(*r, *g, *b));
            }
        }
    }
    f64::from(white) / f64::from(all.max(1))
}

/// The search for a JPEG quality whose result lands inside `[min, max]` bytes: a bisection
/// over the quality, since bytes grow with quality. Ask [`QualitySearch::next`] for the quality
/// to try, encode at it, and report the size with [`QualitySearch::record`].
#[derive(Debug, Clone)]
pub struct QualitySearch {
    min: u64,
    max: u64,
    low: f64,
    high: f64,
    tries: u8,
    found: Option<f64>,
}

/// The most encodings tried; seven halvings of 0.3–1.0 get within 0.006 of the best quality.
const MOST_TRIES: u8 = 7;

impl QualitySearch {
    #[must_use]
    pub const fn new(min: u64, max: u64) -> Self {
        Self {
            min,
            max,
            low: 0.3,
            high: 1.0,
            tries: 0,
            found: None,
        }
    }

    /// The next quality to try, or `None` when the search is over: see [`Self::result`].
    #[must_use]
    pub fn next(&self) -> Option<f64> {
        if self.found.is_some() || self.tries >= MOST_TRIES {
            return None;
        }
        // Tries the best quality first: a photo short of detail stops there at once.
        Some(if self.tries == 0 {
            self.high
        } else {
            (self.low + self.high) / 2.0
        })
    }

    /// Records the size the quality from [`Self::next`] gave.
    pub fn record(&mut self, quality: f64, bytes: u64) {
        self.tries += 1;
        if (self.min..=self.max).contains(&bytes) {
            self.found = Some(quality);
        } else if bytes > self.max {
            self.high = quality;
        } else if self.tries == 1 {
            // Even the best quality is under the minimum: no quality will do.
            self.tries = MOST_TRIES;
        } else {
            self.low = quality;
        }
    }

    /// The quality that landed inside the range, if the search found one.
    #[must_use]
    pub const fn result(&self) -> Option<f64> {
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(kind: FileKind, width: u32, height: u32, kb: u64, white: f64) -> PhotoFacts {
        PhotoFacts {
            kind,
            width,
            height,
            bytes: kb * 1024,
            white_share: white,
        }
    }

    #[test]
    fn a_photo_within_every_rule_has_no_problem() {
        let spec = PhotoSpec::default();
        assert_eq!(
            spec.problems(&facts(FileKind::Jpeg, 354, 472, 60, 1.0)),
            vec![]
        );
        assert_eq!(
            spec.problems(&facts(FileKind::Jpeg, 420, 560, 120, 0.95)),
            vec![]
        );
        // 360×472 is 1.7 % wider than 3:4: inside the 2 % tolerance.
        assert_eq!(
            spec.problems(&facts(FileKind::Jpeg, 360, 472, 40, 0.9)),
            vec![]
        );
    }

    #[test]
    fn every_broken_rule_is_named_once() {
        let spec = PhotoSpec::default();
        use PhotoProblem as P;
        assert_eq!(
            spec.problems(&facts(FileKind::Png, 3000, 4000, 2048, 0.2)),
            vec![P::NotJpeg, P::TooManyPixels, P::TooManyBytes, P::Background]
        );
        assert_eq!(
            spec.problems(&facts(FileKind::Jpeg, 4000, 3000, 20, 1.0)),
            vec![P::TooManyPixels, P::WrongRatio, P::TooFewBytes]
        );
        assert_eq!(
            spec.problems(&facts(FileKind::Jpeg, 300, 400, 50, 1.0)),
            vec![P::TooFewPixels]
        );
        assert_eq!(
            spec.problems(&facts(FileKind::Jpeg, 400, 472, 50, 1.0)),
            vec![P::WrongRatio]
        );
        assert!(!P::TooFewPixels.fixable() && !P::Background.fixable());
        assert!(P::WrongRatio.fixable() && P::TooManyBytes.fixable() && P::NotJpeg.fixable());
    }

    #[test]
    fn the_crop_is_the_largest_three_by_four_and_moves_only_in_its_free_room() {
        let centre = CropPosition::default();
        // A landscape phone photo: full height, centred across.
        assert_eq!(
            crop(4000, 3000, (3, 4), centre),
            Crop {
                x: 875,
                y: 0,
                width: 2250,
                height: 3000
            }
        );
        let left = CropPosition {
            across: 0,
            down: 50,
        };
        assert_eq!(crop(4000, 3000, (3, 4), left).x, 0);
        let right = CropPosition {
            across: 100,
            down: 0,
        };
        assert_eq!(crop(4000, 3000, (3, 4), right).x, 1750);
        // A tall picture: full width, moved down.
        let tall = crop(
            600,
            1000,
            (3, 4),
            CropPosition {
                across: 0,
                down: 100,
            },
        );
        assert_eq!(
            tall,
            Crop {
                x: 0,
                y: 200,
                width: 600,
                height: 800
            }
        );
        // Already 3:4: no room either way.
        assert_eq!(
            crop(3000, 4000, (3, 4), right),
            Crop {
                x: 0,
                y: 0,
                width: 3000,
                height: 4000
            }
        );
    }

    #[test]
    fn the_output_is_scaled_into_the_limits_and_never_below_the_minimum() {
        let spec = PhotoSpec::default();
        let whole = |width, height| Crop {
            x: 0,
            y: 0,
            width,
            height,
        };
        assert_eq!(spec.output_size(whole(3000, 4000)), (420, 560));
        assert_eq!(spec.output_size(whole(390, 520)), (390, 520));
        assert_eq!(spec.output_size(whole(354, 472)), (354, 472));
        assert_eq!(spec.output_size(whole(300, 400)), (354, 472));
    }

    fn picture(width: u32, height: u32, pixel: impl Fn(u32, u32) -> [u8; 4]) -> Vec<u8> {
        (0..height)
            .flat_map(|y| (0..width).map(move |x| (x, y)))
            .flat_map(|(x, y)| pixel(x, y))
            .collect()
    }

    #[test]
    fn the_background_is_read_from_the_top_and_sides() {
        // White border, dark face in the middle and dark shoulders along the bottom.
        let portrait = picture(40, 60, |x, y| {
            if y > 50 || (8..32).contains(&x) && (8..50).contains(&y) {
                [40, 30, 20, 255]
            } else {
                [245, 245, 240, 255]
            }
        });
        assert!(white_share(&portrait, 40, 60) > 0.99);
        let grey = picture(40, 60, |_, _| [150, 150, 150, 255]);
        assert!(white_share(&grey, 40, 60) < 0.01);
        // Pale blue is bright but coloured: not white.
        let blue = picture(40, 60, |_, _| [200, 220, 255, 255]);
        assert!(white_share(&blue, 40, 60) < 0.01);
        assert!(white_share(&[], 40, 60) < f64::EPSILON, "a short buffer");
        assert!(white_share(&grey, 0, 0) < f64::EPSILON);
    }

    /// A stand-in encoder: bytes grow with quality, as a JPEG's do.
    fn search(min: u64, max: u64, bytes_at: impl Fn(f64) -> u64) -> (Option<f64>, u8) {
        let mut search = QualitySearch::new(min, max);
        let mut tries = 0;
        while let Some(quality) = search.next() {
            tries += 1;
            search.record(quality, bytes_at(quality));
        }
        (search.result(), tries)
    }

    #[test]
    fn the_quality_search_lands_inside_the_byte_range() {
        let bytes_at = |q: f64| (q * q * 300_000.0) as u64;
        let (found, tries) = search(40_000, 120_000, bytes_at);
        let quality = found.expect("a quality inside the range");
        assert!((40_000..=120_000).contains(&bytes_at(quality)));
        assert!(tries <= 7);
        // Already inside at the best quality: one try.
        assert_eq!(search(40_000, 400_000, bytes_at), (Some(1.0), 1));
        // Short of detail: even the best quality is under the minimum, so it stops at once.
        assert_eq!(search(40_000, 120_000, |_| 9_000), (None, 1));
        // A range too narrow to hit stops after seven tries with no result.
        let (none, tries) = search(100_000, 100_001, |q| (q * 1_000_000.0) as u64);
        assert_eq!((none, tries), (None, 7));
    }

    proptest::proptest! {
        #[test]
        fn every_crop_is_inside_the_picture_and_close_to_three_by_four(
            width in 1_u32..10_000, height in 1_u32..10_000, across in 0_u8..=100, down in 0_u8..=100,
        ) {
            let c = crop(width, height, (3, 4), CropPosition { across, down });
            proptest::prop_assert!(c.x + c.width <= width && c.y + c.height <= height);
            proptest::prop_assert!(c.width == width || c.height == height);
            // Rounding down loses under one pixel on the cropped side.
            let (w, h) = (f64::from(c.width), f64::from(c.height));
            proptest::prop_assert!((w - h * 0.75).abs() <= 1.0 || (h - w / 0.75).abs() <= 1.34);
        }
    }
}
