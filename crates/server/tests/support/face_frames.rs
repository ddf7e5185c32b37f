//! Camera frames with a real face in them, for the face-check tests (the unit tests in
//! `src/face.rs` and the integration tests include this file).
//!
//! The face is `fixtures/face.pgm`: a 132×132 greyscale crop of one participant in the 1927
//! Solvay Conference photograph, taken from the test picture that ships with the rustface crate
//! (see `fixtures/README.md`). The end-to-end fake camera (`end2end/support/fake-video.ts`)
//! uses the same crop.

use image::{GrayImage, Luma, imageops};

const FACE_PGM: &[u8] = include_bytes!("../../fixtures/face.pgm");

/// The face crop (binary PGM, `P5`).
pub fn face() -> GrayImage {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while FACE_PGM[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !FACE_PGM[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(
            std::str::from_utf8(&FACE_PGM[start..at])
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!((fields[0].as_str(), fields[3].as_str()), ("P5", "255"));
    let (width, height) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    GrayImage::from_raw(width, height, FACE_PGM[at + 1..].to_vec()).unwrap()
}

/// A `width`×`height` frame: the face, `face_percent` of the frame's short side tall, in the
/// middle of a plain background and moved `shift` pixels to the right, with the whole frame's
/// luma scaled so that mid-grey becomes `level`.
pub fn face_scene(width: u32, height: u32, face_percent: u32, shift: i64, level: u8) -> GrayImage {
    let side = width.min(height) * face_percent / 100;
    let face = imageops::resize(&face(), side, side, imageops::FilterType::Triangle);
    let mut frame = GrayImage::from_pixel(width, height, Luma([128]));
    let x = i64::from((width - side) / 2) + shift;
    let y = i64::from((height - side) / 2);
    imageops::overlay(&mut frame, &face, x, y);
    for pixel in frame.pixels_mut() {
        pixel.0[0] = (u32::from(pixel.0[0]) * u32::from(level) / 128).min(255) as u8;
    }
    frame
}

/// `count` PNG frames of [`face_scene`] at 640×480 (a webcam's size), the face crop 80 % of
/// the frame's height (the detector's box is then about a third of it, as when a face fills
/// the app's framing guide) and moving 4 pixels per frame, at mean level about `level`.
pub fn face_frames(count: u32, level: u8) -> Vec<Vec<u8>> {
    (0..count)
        .map(|i| {
            let frame = face_scene(640, 480, 80, i64::from(4 * i), level);
            let mut bytes = std::io::Cursor::new(Vec::new());
            frame.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
            bytes.into_inner()
        })
        .collect()
}
