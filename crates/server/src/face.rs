//! Analysis of the camera frames uploaded for the e-SSC face check.
//!
//! The real check (matching the face against the passport/work-permit photo, and proper
//! presentation-attack detection) needs a face-recognition model, which this reference backend
//! does not have. So the server checks what it can measure honestly from the pixels, and that a
//! face is there:
//!
//! - every frame is a readable JPEG or PNG of sensible size ([`FaceFailure::Undecodable`]);
//! - every frame is at least `min_width`×`min_height` ([`FaceFailure::ResolutionTooLow`]);
//! - the sequence is neither too dark nor blown out ([`FaceFailure::TooDark`],
//!   [`FaceFailure::TooBright`]);
//! - it is in focus ([`FaceFailure::Blurry`]);
//! - consecutive frames differ ([`FaceFailure::NoMotion`]), which rejects the same image sent
//!   several times and a perfectly static scene. It does **not** prove liveness: a printed photo
//!   moved in front of the camera, or a replayed video, passes;
//! - there is a face in the frames, large enough to fill the app's framing guide
//!   ([`FaceFailure::NoFace`], [`FaceFailure::FaceTooSmall`]). This uses the SeetaFace frontal
//!   face detector (the pure-Rust [`rustface`] crate, with the model file that ships in its
//!   package, copied to `models/`). It runs only when every other check passed, so its cost is
//!   paid once per plausible attempt: in a release build about 27 ms per frame at the
//!   detection size of 320×240 (about 0.2 s for the app's six frames).
//!
//! The detector finds *a* face; it does not match it against the passport photo and cannot
//! tell a live person from a printed photo held up to the camera. Those need a recognition
//! model and presentation-attack detection, which a production deployment must add (README,
//! "Running it for real").
//!
//! Cost is bounded regardless of input: at most `max_frames` frames of at most
//! `max_frame_bytes` each are decoded, the decoders refuse anything wider or taller than
//! 4096 pixels or needing more than 64 MiB, and every frame is reduced to 8-bit luma at a fixed
//! working size (160×120, or 120×160 for portrait frames) before it is measured. The work is
//! CPU-bound (in a release build about 15 ms per 1920×1080 frame, 120 ms per 4096×3072
//! frame), so callers in async code should run [`analyse`] on a blocking thread. Frames are
//! only read, never stored or logged.

use std::io::Cursor;
use std::sync::OnceLock;

use image::imageops::{self, FilterType};
use image::{DynamicImage, GrayImage, ImageFormat, ImageReader, Limits};
use protocol::api::{FaceFailure, FaceMetrics};

#[cfg(test)]
#[path = "../tests/support/face_frames.rs"]
mod face_frames;

/// Long side of the working size every frame is reduced to before it is measured.
const WORK_LONG_SIDE: u32 = 160;
/// Short side of the working size (4:3, the usual webcam aspect ratio).
const WORK_SHORT_SIDE: u32 = 120;
/// Long side of the size frames are reduced to before the face detector looks at them.
const DETECT_LONG_SIDE: u32 = 320;
/// Short side of the detection size.
const DETECT_SHORT_SIDE: u32 = 240;
/// The smallest face the detector looks for, in pixels at the detection size (8 % of the
/// short side): smaller faces count as no face at all.
const DETECT_MIN_FACE: u32 = 20;
/// The SeetaFace frontal face model (BSD-2-Clause, see `models/LICENSE-rustface`).
const FACE_MODEL: &[u8] = include_bytes!("../models/seeta_fd_frontal_v1.0.bin");
/// The decoders refuse frames wider or taller than this (before allocating pixels).
const MAX_DECODE_SIDE: u32 = 4096;
/// The decoders refuse frames whose pixels would need more than this many bytes
/// (4096×4096 RGB at 8 bits is 48 MiB; 16-bit or alpha frames that large are refused).
const MAX_DECODE_ALLOC: u64 = 64 * 1024 * 1024;

/// Thresholds of the face check.
///
/// All image metrics are measured on the working-size luma (160×120 pixels, see the module
/// docs), so the sharpness and motion thresholds do not depend on the camera's resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaceRules {
    /// Fewer frames than this → [`FaceFailure::TooFewFrames`]. Values below 2 act as 2: motion
    /// is measured between consecutive frames.
    pub min_frames: usize,
    /// Frames beyond this are ignored (not decoded). Values below `min_frames` act as
    /// `min_frames`.
    pub max_frames: usize,
    /// Minimum frame size. Orientation does not matter: a portrait 240×320 frame meets a
    /// 320×240 minimum (phones are usually held upright).
    pub min_width: u32,
    /// See `min_width`.
    pub min_height: u32,
    /// Mean luma (0–255) below this → [`FaceFailure::TooDark`].
    pub min_brightness: u8,
    /// Mean luma (0–255) above this → [`FaceFailure::TooBright`].
    pub max_brightness: u8,
    /// Mean variance of the Laplacian below this → [`FaceFailure::Blurry`].
    pub min_sharpness: u32,
    /// Mean absolute difference between consecutive frames, in thousandths of full scale,
    /// below this → [`FaceFailure::NoMotion`].
    pub min_motion: u32,
    /// A frame larger than this many bytes is [`FaceFailure::Undecodable`] without being
    /// decoded.
    pub max_frame_bytes: usize,
    /// The largest face found in a frame must be at least this tall, in percent of the
    /// frame's short side, or it is [`FaceFailure::FaceTooSmall`].
    pub min_face_percent: u32,
    /// A face must be found in at least this share of the frames, in percent, or the check
    /// fails with [`FaceFailure::NoFace`] (or [`FaceFailure::FaceTooSmall`] if the faces found
    /// are too small).
    pub min_face_frames_percent: u32,
}

impl Default for FaceRules {
    /// The defaults, and why. The image numbers were measured with this module on real
    /// photographs (a head-and-shoulders portrait cropped like a selfie, and other natural
    /// scenes) scaled to 640×480 and saved as JPEG, as a webcam sends them:
    ///
    /// - `min_frames` 3, `max_frames` 8: three frames give two differences for the motion
    ///   check; eight bound the work per request.
    /// - `min_width`×`min_height` 320×240: the smallest size at which a reviewer can still
    ///   recognise a face that fills the framing guide (as the protocol documents).
    /// - `min_brightness` 40 (16 % of full scale): well-lit faces measure 120–160 and dim rooms
    ///   with a webcam's automatic exposure 60–100; below 40 the face is murky.
    /// - `max_brightness` 220 (86 %): above this most of the frame is clipped to white and the
    ///   face has lost its detail.
    /// - `min_sharpness` 30: in-focus frames measure 350–1,200 (a dim, flat-lit face 100–140;
    ///   even a featureless brushed-metal texture 45). Defocused by a Gaussian of σ = 4 pixels
    ///   at 640×480 a face still measures 54–63 and passes; at σ = 6, when the features smear,
    ///   20–25, and at σ = 8 about 11: blurry.
    /// - `min_motion` 3 (0.3 % of full scale, about 0.8 luma levels on average): the same image
    ///   sent again measures 0, and re-encoded at JPEG quality 95, 80 and 65 it measures 1; a
    ///   static scene with ordinary sensor noise measures 1–2. A face that moves by a single
    ///   pixel at 640×480 measures 6–8 (3 when dim), by three pixels about 20. So this rejects
    ///   replayed and static frames, not a photo moved by hand; a person keeping perfectly still
    ///   in a dim room may need to move a little (the app's advice for this failure).
    /// - `max_frame_bytes` 2 MiB: a 1920×1080 webcam JPEG is 100–500 KiB.
    /// - `min_face_percent` 15: the detector's box covers about brow to chin. For a face that
    ///   fills the app's framing guide it is 30–40 % of the frame's short side; for someone
    ///   sitting at arm's length from a laptop webcam (about 60 cm, a 70° lens) about 20–25 %.
    ///   Below 15 % the person is a metre or more away, and the face too small for a reviewer
    ///   to compare with the photo.
    /// - `min_face_frames_percent` 60: a person who blinks, turns a little or moves out of one
    ///   frame still passes with six frames (four of six needed); a scene without a face never
    ///   does.
    fn default() -> Self {
        Self {
            min_frames: 3,
            max_frames: 8,
            min_width: 320,
            min_height: 240,
            min_brightness: 40,
            max_brightness: 220,
            min_sharpness: 30,
            min_motion: 3,
            max_frame_bytes: 2 * 1024 * 1024,
            min_face_percent: 15,
            min_face_frames_percent: 60,
        }
    }
}

/// The result of [`analyse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaceAnalysis {
    /// Every failure that applies, each once, in the order of [`FaceFailure`]'s variants.
    /// [`FaceFailure::NoFace`] and [`FaceFailure::FaceTooSmall`] appear only alone: the face
    /// is looked for only when everything else passed.
    pub failures: Vec<FaceFailure>,
    /// Present whenever at least `min_frames` frames decoded, even if the check failed.
    pub metrics: Option<FaceMetrics>,
}

impl FaceAnalysis {
    /// Whether the face check passed: nothing failed and the frames were measured.
    pub fn passed(&self) -> bool {
        self.failures.is_empty() && self.metrics.is_some()
    }
}

/// Analyses the camera frames of one face check. Pure: no I/O, never panics, frames are not
/// kept.
///
/// Each frame is the raw bytes of one uploaded JPEG or PNG (the format is recognised from the
/// bytes, not from any declared content type).
pub fn analyse(frames: &[&[u8]], rules: &FaceRules) -> FaceAnalysis {
    let min_frames = rules.min_frames.max(2);
    let max_frames = rules.max_frames.max(min_frames);
    if frames.len() < min_frames {
        return FaceAnalysis {
            failures: vec![FaceFailure::TooFewFrames],
            metrics: None,
        };
    }

    let mut undecodable = false;
    let mut resolution_too_low = false;
    // Whether the first decoded frame is portrait: all frames share its orientation, so they
    // can be compared.
    let mut first_is_portrait: Option<bool> = None;
    let mut work_frames: Vec<GrayImage> = Vec::with_capacity(frames.len().min(max_frames));
    let mut detect_frames: Vec<GrayImage> = Vec::with_capacity(frames.len().min(max_frames));
    for bytes in frames.iter().take(max_frames) {
        let Some(luma) = decode_luma(bytes, rules.max_frame_bytes) else {
            undecodable = true;
            continue;
        };
        let (width, height) = luma.dimensions();
        if !meets_resolution(width, height, rules) {
            resolution_too_low = true;
        }
        let portrait = *first_is_portrait.get_or_insert(height > width);
        let oriented = |long: u32, short: u32| {
            if portrait {
                (short, long)
            } else {
                (long, short)
            }
        };
        let (work_width, work_height) = oriented(WORK_LONG_SIDE, WORK_SHORT_SIDE);
        let (detect_width, detect_height) = oriented(DETECT_LONG_SIDE, DETECT_SHORT_SIDE);
        detect_frames.push(imageops::resize(
            &luma,
            detect_width,
            detect_height,
            FilterType::Triangle,
        ));
        work_frames.push(imageops::resize(
            &luma,
            work_width,
            work_height,
            FilterType::Triangle,
        ));
    }

    let metrics = (work_frames.len() >= min_frames).then(|| measure(&work_frames));

    let mut failures = Vec::new();
    if undecodable {
        failures.push(FaceFailure::Undecodable);
    }
    if resolution_too_low {
        failures.push(FaceFailure::ResolutionTooLow);
    }
    if let Some(m) = &metrics {
        if m.brightness < rules.min_brightness {
            failures.push(FaceFailure::TooDark);
        }
        if m.brightness > rules.max_brightness {
            failures.push(FaceFailure::TooBright);
        }
        if m.sharpness < rules.min_sharpness {
            failures.push(FaceFailure::Blurry);
        }
        if m.motion < rules.min_motion {
            failures.push(FaceFailure::NoMotion);
        }
        if failures.is_empty() {
            failures.extend(judge_faces(&detect_frames, rules));
        }
    }
    failures.sort_by_key(|failure| *failure as u8);
    FaceAnalysis { failures, metrics }
}

/// Decodes one frame to 8-bit luma, or `None` if it is too large, not a JPEG or PNG, refused
/// by the decoder limits, or corrupt.
fn decode_luma(bytes: &[u8], max_bytes: usize) -> Option<GrayImage> {
    if bytes.is_empty() || bytes.len() > max_bytes {
        return None;
    }
    let format = match image::guess_format(bytes) {
        Ok(format @ (ImageFormat::Png | ImageFormat::Jpeg)) => format,
        _ => return None,
    };
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    reader.decode().ok().map(DynamicImage::into_luma8)
}

/// Whether a `width`×`height` frame meets the minimum size, in either orientation.
fn meets_resolution(width: u32, height: u32, rules: &FaceRules) -> bool {
    let min_long = rules.min_width.max(rules.min_height);
    let min_short = rules.min_width.min(rules.min_height);
    width.max(height) >= min_long && width.min(height) >= min_short
}

/// Measures working-size frames that all have the same dimensions.
fn measure(frames: &[GrayImage]) -> FaceMetrics {
    let pixels: u64 = frames.iter().map(|f| f.as_raw().len() as u64).sum();
    let luma_sum: u64 = frames
        .iter()
        .flat_map(|f| f.as_raw().iter())
        .map(|&p| u64::from(p))
        .sum();
    let brightness = if pixels == 0 {
        0.0
    } else {
        luma_sum as f64 / pixels as f64
    };

    let sharpness = mean(frames.iter().map(laplacian_variance));

    let motion = mean(frames.windows(2).filter_map(|pair| match pair {
        [a, b] => Some(mean_abs_diff(a, b)),
        _ => None,
    })) * 1000.0
        / 255.0;

    FaceMetrics {
        frames: u8::try_from(frames.len()).unwrap_or(u8::MAX),
        // Float-to-integer `as` casts saturate (and map NaN to 0); they cannot panic.
        brightness: brightness.round() as u8,
        sharpness: sharpness.round() as u32,
        motion: motion.round() as u32,
    }
}

/// Looks for a face in each detection-size frame: `None` if there are enough large-enough
/// faces, otherwise the failure.
fn judge_faces(frames: &[GrayImage], rules: &FaceRules) -> Option<FaceFailure> {
    // One detector for all frames: building one copies the 1.2 MB model.
    let Some(mut detector) = detector() else {
        return Some(FaceFailure::NoFace);
    };
    let sizes: Vec<Option<u32>> = frames
        .iter()
        .map(|frame| largest_face(detector.as_mut(), frame))
        .collect();
    let needed = (sizes.len() * rules.min_face_frames_percent as usize).div_ceil(100);
    let short_side = frames
        .first()
        .map_or(DETECT_SHORT_SIDE, |f| f.width().min(f.height()));
    let large_enough = |size: u32| size * 100 >= short_side * rules.min_face_percent;
    let with_face = sizes.iter().flatten().count();
    let with_large_face = sizes.iter().flatten().filter(|&&s| large_enough(s)).count();
    if with_large_face >= needed.max(1) {
        None
    } else if with_face >= needed.max(1) {
        Some(FaceFailure::FaceTooSmall)
    } else {
        Some(FaceFailure::NoFace)
    }
}

/// A face detector set up for the detection size. `None` only if the compiled-in model did not
/// parse (a unit test checks that it does): then no face is found, and no card is activated.
fn detector() -> Option<Box<dyn rustface::Detector>> {
    static MODEL: OnceLock<Option<rustface::Model>> = OnceLock::new();
    let model = MODEL
        .get_or_init(|| rustface::read_model(Cursor::new(FACE_MODEL)).ok())
        .as_ref()?;
    let mut detector = rustface::create_detector_with_model(model.clone());
    detector.set_min_face_size(DETECT_MIN_FACE);
    detector.set_score_thresh(2.0);
    detector.set_pyramid_scale_factor(0.8);
    detector.set_slide_window_step(4, 4);
    Some(detector)
}

/// The height in pixels of the largest face `detector` finds in `frame`, if any.
fn largest_face(detector: &mut dyn rustface::Detector, frame: &GrayImage) -> Option<u32> {
    let (width, height) = frame.dimensions();
    detector
        .detect(&rustface::ImageData::new(frame.as_raw(), width, height))
        .iter()
        .map(|face| face.bbox().height())
        .max()
}

/// Mean of the values, 0 when there are none.
fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0.0), |(sum, count), v| (sum + v, count + 1.0));
    if count > 0.0 { sum / count } else { 0.0 }
}

/// Variance of the 4-neighbour Laplacian (`[0 1 0; 1 -4 1; 0 1 0]`) over the interior pixels.
fn laplacian_variance(frame: &GrayImage) -> f64 {
    let width = frame.width() as usize;
    if width < 3 || frame.height() < 3 {
        return 0.0;
    }
    let rows: Vec<&[u8]> = frame.as_raw().chunks_exact(width).collect();
    let (mut sum, mut sum_sq, mut count) = (0.0_f64, 0.0_f64, 0.0_f64);
    for window in rows.windows(3) {
        let [above, row, below] = window else {
            continue;
        };
        let neighbours = row
            .windows(3)
            .zip(above.iter().skip(1))
            .zip(below.iter().skip(1));
        for ((horizontal, &up), &down) in neighbours {
            let [left, centre, right] = horizontal else {
                continue;
            };
            let value = f64::from(*left) + f64::from(*right) + f64::from(up) + f64::from(down)
                - 4.0 * f64::from(*centre);
            sum += value;
            sum_sq += value * value;
            count += 1.0;
        }
    }
    if count == 0.0 {
        return 0.0;
    }
    let mean = sum / count;
    (sum_sq / count - mean * mean).max(0.0)
}

/// Mean absolute per-pixel difference of two same-size frames, in luma levels (0–255).
fn mean_abs_diff(a: &GrayImage, b: &GrayImage) -> f64 {
    let (a, b) = (a.as_raw(), b.as_raw());
    let count = a.len().min(b.len());
    if count == 0 {
        return 0.0;
    }
    let total: u64 = a
        .iter()
        .zip(b.iter())
        .map(|(&x, &y)| u64::from(x.abs_diff(y)))
        .sum();
    total as f64 / count as f64
}

#[cfg(test)]
mod tests {
    use super::face_frames::{face_frames, face_scene};
    use super::*;
    use image::codecs::jpeg::JpegEncoder;
    use image::{ImageEncoder, Luma, Rgb, RgbImage};
    use std::time::{Duration, Instant};

    // ------------------------------------------------------------ helpers

    /// A small deterministic pseudo-random generator (64-bit LCG, high bits out).
    struct Lcg(u64);

    impl Lcg {
        fn next_u32(&mut self) -> u32 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) as u32
        }

        fn below(&mut self, n: u32) -> u32 {
            self.next_u32() % n
        }
    }

    fn png(image: &DynamicImage) -> Vec<u8> {
        let mut out = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    fn jpeg(image: &RgbImage, quality: u8) -> Vec<u8> {
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, quality)
            .write_image(
                image.as_raw(),
                image.width(),
                image.height(),
                image::ExtendedColorType::Rgb8,
            )
            .unwrap();
        out
    }

    /// A scene of random 8×8 grey blocks (sharp edges, like a real in-focus frame), scaled by
    /// `contrast` around `mean`, seen through a camera that has moved `shift` pixels to the
    /// right. Same `seed`, same scene.
    fn blocks(width: u32, height: u32, mean: u8, contrast: u8, shift: u32, seed: u64) -> GrayImage {
        let mut rng = Lcg(seed);
        let (bw, bh) = ((width + shift) / 8 + 1, height / 8 + 1);
        let levels: Vec<u8> = (0..bw * bh)
            .map(|_| {
                let offset = rng.below(2 * u32::from(contrast) + 1) as i32 - i32::from(contrast);
                (i32::from(mean) + offset).clamp(0, 255) as u8
            })
            .collect();
        GrayImage::from_fn(width, height, |x, y| {
            let (bx, by) = ((x + shift) / 8, y / 8);
            Luma([levels[(by * bw + bx) as usize]])
        })
    }

    /// Frames of [`blocks`] with the camera moving 3 pixels per frame, as PNG.
    fn moving_blocks(count: u32, width: u32, height: u32, mean: u8, contrast: u8) -> Vec<Vec<u8>> {
        (0..count)
            .map(|i| {
                png(&DynamicImage::ImageLuma8(blocks(
                    width,
                    height,
                    mean,
                    contrast,
                    3 * i,
                    7,
                )))
            })
            .collect()
    }

    /// A smooth, out-of-focus-looking scene: long sine waves, drifting `shift` pixels.
    fn smooth(width: u32, height: u32, shift: u32) -> GrayImage {
        GrayImage::from_fn(width, height, |x, y| {
            let (x, y) = (f64::from(x + shift), f64::from(y));
            let v = 120.0 + 40.0 * (x / 19.0).sin() + 30.0 * (y / 23.0).cos();
            Luma([v.round() as u8])
        })
    }

    fn run(frames: &[Vec<u8>]) -> FaceAnalysis {
        let refs: Vec<&[u8]> = frames.iter().map(Vec::as_slice).collect();
        analyse(&refs, &FaceRules::default())
    }

    fn failures(frames: &[Vec<u8>]) -> Vec<FaceFailure> {
        run(frames).failures
    }

    /// CRC-32 (IEEE) for hand-made PNG chunks.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFF_u32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }

    /// A structurally valid PNG whose header claims `width`×`height` RGBA pixels, with a
    /// tiny (and far too short) image data chunk.
    fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&width.to_be_bytes());
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]); // 8-bit RGBA, deflate, no interlace
        png_chunk(&mut out, b"IHDR", &ihdr);
        // A zlib stream of one zero byte.
        png_chunk(
            &mut out,
            b"IDAT",
            &[0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
        );
        png_chunk(&mut out, b"IEND", &[]);
        out
    }

    // ------------------------------------------------------------ passing

    /// PNG frames of [`face_scene`]: a face of `face_percent`, moving 3 pixels per frame.
    fn moving_face(count: u32, width: u32, height: u32, face_percent: u32) -> Vec<Vec<u8>> {
        (0..count)
            .map(|i| {
                let scene = face_scene(width, height, face_percent, i64::from(3 * i), 128);
                png(&DynamicImage::ImageLuma8(scene))
            })
            .collect()
    }

    #[test]
    fn a_moving_face_passes() {
        let analysis = run(&face_frames(4, 128));
        assert_eq!(analysis.failures, vec![]);
        assert!(analysis.passed());
        let m = analysis.metrics.unwrap();
        assert_eq!(m.frames, 4);
        assert!((80..=140).contains(&m.brightness), "{m:?}");
        assert!(m.sharpness > 30, "{m:?}");
        assert!(m.motion > 3, "{m:?}");
    }

    #[test]
    fn the_face_model_parses_and_finds_the_test_face() {
        assert!(rustface::read_model(Cursor::new(FACE_MODEL)).is_ok());
        let scene = face_scene(DETECT_LONG_SIDE, DETECT_SHORT_SIDE, 80, 0, 128);
        let mut detector = detector().expect("the model parses");
        let height = largest_face(detector.as_mut(), &scene).expect("a face");
        // The detector's box is about 40 % of the crop, which is 80 % of the frame's height.
        assert!((60..=120).contains(&height), "{height}");
        assert_eq!(
            largest_face(
                detector.as_mut(),
                &GrayImage::from_pixel(320, 240, Luma([128]))
            ),
            None
        );
    }

    #[test]
    fn colour_jpeg_sequence_passes() {
        let frames: Vec<Vec<u8>> = (0..3)
            .map(|i| {
                let grey = face_scene(640, 480, 80, i64::from(5 * i), 128);
                let colour = RgbImage::from_fn(640, 480, |x, y| {
                    let v = grey.get_pixel(x, y).0[0];
                    Rgb([v.saturating_add(20), v, v.saturating_sub(20)])
                });
                jpeg(&colour, 85)
            })
            .collect();
        let analysis = run(&frames);
        assert_eq!(analysis.failures, vec![]);
        assert_eq!(analysis.metrics.unwrap().frames, 3);
    }

    #[test]
    fn rgba_and_16_bit_pngs_are_measured_like_grey() {
        let grey: Vec<GrayImage> = (0..3)
            .map(|i| face_scene(320, 240, 80, i64::from(3 * i), 128))
            .collect();
        let expected = run(&grey
            .iter()
            .map(|g| png(&DynamicImage::ImageLuma8(g.clone())))
            .collect::<Vec<_>>());
        let rgba: Vec<Vec<u8>> = grey
            .iter()
            .map(|g| {
                png(&DynamicImage::ImageRgba8(
                    DynamicImage::ImageLuma8(g.clone()).to_rgba8(),
                ))
            })
            .collect();
        let deep: Vec<Vec<u8>> = grey
            .iter()
            .map(|g| {
                png(&DynamicImage::ImageLuma16(
                    DynamicImage::ImageLuma8(g.clone()).to_luma16(),
                ))
            })
            .collect();
        assert!(expected.passed());
        assert_eq!(run(&rgba), expected);
        assert_eq!(run(&deep), expected);
    }

    #[test]
    fn portrait_frames_meet_the_minimum_size() {
        let analysis = run(&moving_face(3, 240, 320, 80));
        assert_eq!(analysis.failures, vec![]);
    }

    #[test]
    fn frames_beyond_the_maximum_are_ignored() {
        let mut frames = face_frames(8, 128);
        frames.push(b"not an image".to_vec());
        frames.push(Vec::new());
        let analysis = run(&frames);
        assert_eq!(analysis.failures, vec![]);
        assert_eq!(analysis.metrics.unwrap().frames, 8);
    }

    // ------------------------------------------------------------ the face

    #[test]
    fn a_sharp_moving_scene_without_a_face_is_no_face() {
        let analysis = run(&moving_blocks(4, 640, 480, 128, 60));
        assert_eq!(analysis.failures, vec![FaceFailure::NoFace]);
        assert!(analysis.metrics.is_some());
    }

    #[test]
    fn a_face_far_from_the_camera_is_too_small() {
        let analysis = run(&moving_face(4, 640, 480, 30));
        assert_eq!(analysis.failures, vec![FaceFailure::FaceTooSmall]);
    }

    #[test]
    fn a_face_in_too_few_of_the_frames_is_no_face() {
        // A face in two of six frames (a third), moving blocks in the rest.
        let mut frames = face_frames(2, 128);
        frames.extend(moving_blocks(4, 640, 480, 128, 60));
        assert_eq!(failures(&frames), vec![FaceFailure::NoFace]);
        // In four of six (two thirds): enough.
        let mut frames = face_frames(4, 128);
        frames.extend(moving_blocks(2, 640, 480, 128, 60));
        assert_eq!(failures(&frames), vec![]);
    }

    // ------------------------------------------------------------ metric definitions

    #[test]
    fn metrics_follow_their_definitions() {
        let grey = |v: u8| {
            png(&DynamicImage::ImageLuma8(GrayImage::from_pixel(
                320,
                240,
                Luma([v]),
            )))
        };
        // Uniform frames alternating black and white: mean 127.5 → 128, no edges, full-scale
        // change between every pair of frames.
        let analysis = run(&[grey(0), grey(255), grey(0), grey(255)]);
        assert_eq!(
            analysis.metrics,
            Some(FaceMetrics {
                frames: 4,
                brightness: 128,
                sharpness: 0,
                motion: 1000
            })
        );
        assert_eq!(analysis.failures, vec![FaceFailure::Blurry]);

        // The Laplacian itself, on a tiny frame of vertical stripes.
        let stripes = GrayImage::from_fn(5, 3, |x, _| Luma([if x % 2 == 0 { 0 } else { 10 }]));
        // Interior pixels (x = 1..=3, y = 1): x odd → 0+0+10+10-40 = -20; x even → 20.
        // Values -20, 20, -20: mean -20/3, variance 400 - 400/9.
        let expected = 400.0 - 400.0 / 9.0;
        assert!((laplacian_variance(&stripes) - expected).abs() < 1e-9);
        assert_eq!(laplacian_variance(&GrayImage::new(2, 2)), 0.0);
    }

    // ------------------------------------------------------------ failing on content

    #[test]
    fn dark_sequence_is_too_dark() {
        let analysis = run(&moving_blocks(3, 320, 240, 22, 20));
        assert_eq!(analysis.failures, vec![FaceFailure::TooDark]);
        assert!(analysis.metrics.unwrap().brightness < 40);
        assert!(!analysis.passed());
    }

    #[test]
    fn blown_out_sequence_is_too_bright() {
        let analysis = run(&moving_blocks(3, 320, 240, 235, 20));
        assert_eq!(analysis.failures, vec![FaceFailure::TooBright]);
        assert!(analysis.metrics.unwrap().brightness > 220);
    }

    #[test]
    fn smooth_moving_sequence_is_blurry() {
        let frames: Vec<Vec<u8>> = (0..3)
            .map(|i| png(&DynamicImage::ImageLuma8(smooth(320, 240, 6 * i))))
            .collect();
        let analysis = run(&frames);
        assert_eq!(analysis.failures, vec![FaceFailure::Blurry]);
    }

    #[test]
    fn defocused_sequence_is_blurry() {
        // The passing block scene, defocused: a Gaussian blur of 4 pixels at 320×240.
        let frames: Vec<Vec<u8>> = (0..3)
            .map(|i| {
                let sharp = blocks(320, 240, 128, 60, 3 * i, 7);
                png(&DynamicImage::ImageLuma8(imageops::blur(&sharp, 4.0)))
            })
            .collect();
        let analysis = run(&frames);
        assert_eq!(analysis.failures, vec![FaceFailure::Blurry]);
    }

    #[test]
    fn uniform_grey_is_blurry_and_still() {
        let frame = png(&DynamicImage::ImageLuma8(GrayImage::from_pixel(
            320,
            240,
            Luma([128]),
        )));
        assert_eq!(
            failures(&[frame.clone(), frame.clone(), frame]),
            vec![FaceFailure::Blurry, FaceFailure::NoMotion]
        );
    }

    #[test]
    fn identical_frames_have_no_motion() {
        let frame = png(&DynamicImage::ImageLuma8(blocks(320, 240, 128, 60, 0, 7)));
        let analysis = run(&[frame.clone(), frame.clone(), frame]);
        assert_eq!(analysis.failures, vec![FaceFailure::NoMotion]);
        assert_eq!(analysis.metrics.unwrap().motion, 0);
    }

    #[test]
    fn same_image_reencoded_has_no_motion() {
        let still = DynamicImage::ImageLuma8(blocks(320, 240, 128, 60, 0, 7)).to_rgb8();
        let analysis = run(&[jpeg(&still, 95), jpeg(&still, 80), jpeg(&still, 65)]);
        assert_eq!(analysis.failures, vec![FaceFailure::NoMotion]);
    }

    #[test]
    fn every_applicable_failure_is_reported_in_order() {
        // Dark, defocused and still.
        let frame = png(&DynamicImage::ImageLuma8(GrayImage::from_pixel(
            320,
            240,
            Luma([10]),
        )));
        assert_eq!(
            failures(&[frame.clone(), frame.clone(), frame]),
            vec![
                FaceFailure::TooDark,
                FaceFailure::Blurry,
                FaceFailure::NoMotion
            ]
        );
        // Small and dark, but sharp and moving.
        assert_eq!(
            failures(&moving_blocks(3, 200, 150, 22, 20)),
            vec![FaceFailure::ResolutionTooLow, FaceFailure::TooDark]
        );
    }

    // ------------------------------------------------------------ failing on the input

    #[test]
    fn too_few_frames() {
        let analysis = run(&face_frames(2, 128));
        assert_eq!(analysis.failures, vec![FaceFailure::TooFewFrames]);
        assert_eq!(analysis.metrics, None);
        assert!(!analysis.passed());
        assert_eq!(failures(&[]), vec![FaceFailure::TooFewFrames]);
        // Even garbage: nothing is decoded before the count is checked.
        assert_eq!(failures(&[vec![1, 2, 3]]), vec![FaceFailure::TooFewFrames]);
    }

    #[test]
    fn unreadable_frames_are_undecodable_once() {
        // A complete 1×1 GIF: a real image, but not a format the check accepts.
        let gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00\
                    !\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\
                    \x00\x02\x02D\x01\x00;"
            .to_vec();
        assert_eq!(image::guess_format(&gif).ok(), Some(ImageFormat::Gif));
        let garbage = b"this is not an image, just some text".to_vec();
        for bad in [gif, garbage, Vec::new()] {
            let analysis = run(&[bad.clone(), bad.clone(), bad]);
            assert_eq!(analysis.failures, vec![FaceFailure::Undecodable]);
            assert_eq!(analysis.metrics, None);
        }
    }

    #[test]
    fn one_bad_frame_fails_but_the_rest_are_measured() {
        let mut frames = face_frames(3, 128);
        frames.insert(1, b"\x89PNG\r\n\x1a\ntruncated".to_vec());
        let analysis = run(&frames);
        assert_eq!(analysis.failures, vec![FaceFailure::Undecodable]);
        assert_eq!(analysis.metrics.unwrap().frames, 3);

        // Too few good frames left to measure.
        frames.truncate(3);
        let analysis = run(&frames);
        assert_eq!(analysis.failures, vec![FaceFailure::Undecodable]);
        assert_eq!(analysis.metrics, None);
    }

    #[test]
    fn truncated_jpeg_is_undecodable() {
        let still = blocks(320, 240, 128, 60, 0, 7);
        let mut bytes = jpeg(&DynamicImage::ImageLuma8(still).to_rgb8(), 85);
        bytes.truncate(200);
        assert_eq!(
            failures(&[bytes.clone(), bytes.clone(), bytes]),
            vec![FaceFailure::Undecodable]
        );
    }

    #[test]
    fn oversized_frame_is_undecodable() {
        let frames = moving_blocks(3, 320, 240, 128, 60);
        let refs: Vec<&[u8]> = frames.iter().map(Vec::as_slice).collect();
        let largest = frames.iter().map(Vec::len).max().unwrap();
        let rules = FaceRules {
            max_frame_bytes: largest - 1,
            ..FaceRules::default()
        };
        assert_eq!(
            analyse(&refs, &rules).failures,
            vec![FaceFailure::Undecodable]
        );
    }

    #[test]
    fn small_frames_are_resolution_too_low() {
        let analysis = run(&moving_blocks(3, 200, 150, 128, 60));
        assert_eq!(analysis.failures, vec![FaceFailure::ResolutionTooLow]);
        assert!(analysis.metrics.is_some());
        // One small frame among good ones is enough, and is reported once.
        let mut frames = moving_blocks(3, 320, 240, 128, 60);
        frames.extend(moving_blocks(2, 320, 200, 128, 60));
        assert_eq!(failures(&frames), vec![FaceFailure::ResolutionTooLow]);
    }

    #[test]
    fn decompression_bomb_is_refused_quickly() {
        let bomb = png_claiming(100_000, 100_000);
        assert!(bomb.len() < 100);
        // The header is well formed: without limits it reads as 100000×100000.
        let mut unlimited = ImageReader::with_format(Cursor::new(&bomb), ImageFormat::Png);
        unlimited.no_limits();
        assert_eq!(unlimited.into_dimensions().unwrap(), (100_000, 100_000));
        let started = Instant::now();
        let analysis = run(&[bomb.clone(), bomb.clone(), bomb]);
        assert_eq!(analysis.failures, vec![FaceFailure::Undecodable]);
        // Refused from the header: no 40 GB allocation, no inflating.
        assert!(started.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn frames_over_the_decode_limit_are_refused() {
        // A complete, valid 4097×1 PNG (a few dozen bytes): only our limits refuse it.
        let wide = png(&DynamicImage::ImageLuma8(GrayImage::new(
            MAX_DECODE_SIDE + 1,
            1,
        )));
        assert!(image::load_from_memory(&wide).is_ok());
        assert_eq!(decode_luma(&wide, usize::MAX), None);
        let tall = png(&DynamicImage::ImageLuma8(GrayImage::new(
            1,
            MAX_DECODE_SIDE + 1,
        )));
        assert_eq!(decode_luma(&tall, usize::MAX), None);
        let edge = png(&DynamicImage::ImageLuma8(GrayImage::new(
            MAX_DECODE_SIDE,
            1,
        )));
        assert!(decode_luma(&edge, usize::MAX).is_some());
    }

    // ------------------------------------------------------------ robustness

    #[test]
    fn never_panics_on_arbitrary_bytes() {
        let mut rng = Lcg(0x5eed);
        let valid_png = png(&DynamicImage::ImageLuma8(blocks(48, 32, 128, 60, 0, 3)));
        let valid_jpeg = jpeg(
            &DynamicImage::ImageLuma8(blocks(48, 32, 128, 60, 0, 3)).to_rgb8(),
            80,
        );
        let prefixes: [&[u8]; 4] = [b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a"];
        // Small minimums so that frames that do decode go through every measurement.
        let lenient = FaceRules {
            min_width: 1,
            min_height: 1,
            ..FaceRules::default()
        };
        for round in 0..300 {
            let frame: Vec<u8> = match round % 3 {
                // Random bytes, sometimes behind a real magic number.
                0 => {
                    let mut bytes = prefixes[rng.below(4) as usize].to_vec();
                    let len = rng.below(200);
                    bytes.extend((0..len).map(|_| rng.next_u32() as u8));
                    bytes
                }
                // A valid image with a few bytes changed, maybe cut short.
                _ => {
                    let mut bytes = if round % 3 == 1 {
                        valid_png.clone()
                    } else {
                        valid_jpeg.clone()
                    };
                    for _ in 0..=rng.below(4) {
                        let at = rng.below(bytes.len() as u32) as usize;
                        bytes[at] = rng.next_u32() as u8;
                    }
                    if rng.below(4) == 0 {
                        bytes.truncate(rng.below(bytes.len() as u32) as usize);
                    }
                    bytes
                }
            };
            let frames: [&[u8]; 3] = [&frame, &valid_png, &frame];
            let analysis = analyse(&frames, &lenient);
            assert_eq!(
                analysis.metrics.is_some(),
                decode_luma(&frame, usize::MAX).is_some()
            );
        }
        // Degenerate rules do not panic either.
        let odd = FaceRules {
            min_frames: 0,
            max_frames: 0,
            min_width: 0,
            min_height: 0,
            ..FaceRules::default()
        };
        let one: [&[u8]; 1] = [&valid_png];
        assert_eq!(
            analyse(&one, &odd).failures,
            vec![FaceFailure::TooFewFrames]
        );
        let two: [&[u8]; 2] = [&valid_png, &valid_jpeg];
        assert!(analyse(&two, &odd).metrics.is_some());
    }

    #[test]
    fn random_noise_and_a_flat_grey_picture_never_pass() {
        let mut seed = 0x9e37_79b9_u32;
        let noise: Vec<Vec<u8>> = (0..4)
            .map(|_| {
                let image = image::GrayImage::from_fn(640, 480, |_, _| {
                    seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                    image::Luma([(seed >> 24) as u8])
                });
                png(&DynamicImage::ImageLuma8(image))
            })
            .collect();
        let frames: Vec<&[u8]> = noise.iter().map(Vec::as_slice).collect();
        let analysis = analyse(&frames, &FaceRules::default());
        assert!(!analysis.passed(), "{analysis:?}");
        assert_eq!(analysis.failures, vec![FaceFailure::NoFace], "{analysis:?}");

        let grey = png(&DynamicImage::ImageLuma8(image::GrayImage::from_pixel(
            640,
            480,
            image::Luma([128]),
        )));
        let frames: Vec<&[u8]> = vec![&grey; 4];
        let analysis = analyse(&frames, &FaceRules::default());
        assert!(!analysis.passed(), "{analysis:?}");
        assert!(
            analysis.failures.contains(&FaceFailure::NoMotion),
            "{analysis:?}"
        );
    }

    #[test]
    fn defaults_are_consistent() {
        let rules = FaceRules::default();
        assert!(rules.min_frames >= 2 && rules.min_frames <= rules.max_frames);
        assert!(rules.max_frames <= usize::from(u8::MAX));
        assert!(rules.min_brightness < rules.max_brightness);
        assert_eq!((rules.min_width, rules.min_height), (320, 240));
        assert_eq!(rules.max_frame_bytes, 2 * 1024 * 1024);
    }
}
