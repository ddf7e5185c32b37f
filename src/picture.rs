//! Pictures in the browser, through canvas: decode a JPEG or PNG the person chose, draw a crop
//! of it at a new size, read that drawing's pixels, and encode it as JPEG. Used by the ID-photo
//! fix and by combining phone photos into one PDF. Nothing leaves the device.

use protocol::photo::{Crop, QualitySearch};
use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A decoded picture (turned upright by its EXIF orientation, as the browser shows it).
pub struct Picture {
    bitmap: web_sys::ImageBitmap,
    pub width: u32,
    pub height: u32,
}

/// Decodes a JPEG or PNG; `None` if the browser cannot (a cut or corrupt file).
pub async fn decode(bytes: &[u8], mime: &str) -> Option<Picture> {
    let blob = crate::browser::blob(bytes, mime)?;
    let promise = web_sys::window()?
        .create_image_bitmap_with_blob(&blob)
        .ok()?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(Picture {
        width: bitmap.width(),
        height: bitmap.height(),
        bitmap,
    })
}

impl Drop for Picture {
    fn drop(&mut self) {
        // Frees the decoded pixels now: a 3000×4000 photo holds 48 MB.
        self.bitmap.close();
    }
}

impl Picture {
    /// The `crop` of the picture drawn at `width`×`height`, on white (a PNG's transparent
    /// parts become white, as a JPEG has no transparency).
    pub fn draw(&self, crop: Crop, width: u32, height: u32) -> Option<Drawing> {
        let (canvas, context) = canvas(width, height)?;
        context.set_fill_style_str("#fff");
        context.fill_rect(0.0, 0.0, f64::from(width), f64::from(height));
        // A large step down (3000 → 420 px) aliases at the default smoothing.
        let _ = js_sys::Reflect::set(
            &context,
            &JsValue::from_str("imageSmoothingQuality"),
            &JsValue::from_str("high"),
        );
        context
            .draw_image_with_image_bitmap_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                &self.bitmap,
                f64::from(crop.x),
                f64::from(crop.y),
                f64::from(crop.width),
                f64::from(crop.height),
                0.0,
                0.0,
                f64::from(width),
                f64::from(height),
            )
            .ok()?;
        Some(Drawing {
            canvas,
            context,
            width,
            height,
        })
    }
}

/// A picture drawn on a canvas.
pub struct Drawing {
    canvas: web_sys::HtmlCanvasElement,
    context: web_sys::CanvasRenderingContext2d,
    pub width: u32,
    pub height: u32,
}

impl Drawing {
    /// Its pixels, four bytes (RGBA) each, row by row.
    #[must_use]
    pub fn pixels(&self) -> Option<Vec<u8>> {
        let data = self
            .context
            .get_image_data(0.0, 0.0, f64::from(self.width), f64::from(self.height))
            .ok()?;
        Some(data.data().0)
    }

    /// The drawing as a JPEG at `quality` (0–1).
    pub async fn jpeg(&self, quality: f64) -> Option<Vec<u8>> {
        let blob = encode(&self.canvas, "image/jpeg", quality).await?;
        crate::browser::blob_bytes(&blob).await
    }

    /// The best-quality JPEG of the drawing whose size is within `min..=max` bytes, found by
    /// `protocol::photo::QualitySearch` (at most seven encodings), or `None`.
    pub async fn jpeg_within(&self, min: u64, max: u64) -> Option<Vec<u8>> {
        let mut search = QualitySearch::new(min, max);
        let mut kept = None;
        while let Some(quality) = search.next() {
            let jpeg = self.jpeg(quality).await?;
            search.record(quality, jpeg.len() as u64);
            if search.result().is_some() {
                kept = Some(jpeg);
            }
        }
        kept
    }
}

/// A new, detached canvas of `width`×`height` and its 2D context.
pub fn canvas(
    width: u32,
    height: u32,
) -> Option<(
    web_sys::HtmlCanvasElement,
    web_sys::CanvasRenderingContext2d,
)> {
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    Some((canvas, context))
}

/// The canvas encoded as `mime` at `quality`.
pub async fn encode(
    canvas: &web_sys::HtmlCanvasElement,
    mime: &str,
    quality: f64,
) -> Option<web_sys::Blob> {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let _ = canvas.to_blob_with_type_and_encoder_options(
            &resolve,
            mime,
            &JsValue::from_f64(quality),
        );
    });
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// A `blob:` address for bytes held in memory, to show them in an `<img>`; revoked when
/// dropped.
pub struct ObjectUrl(String);

impl ObjectUrl {
    #[must_use]
    pub fn new(bytes: &[u8], mime: &str) -> Option<Self> {
        let blob = crate::browser::blob(bytes, mime)?;
        web_sys::Url::create_object_url_with_blob(&blob)
            .ok()
            .map(Self)
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Drop for ObjectUrl {
    fn drop(&mut self) {
        let _ = web_sys::Url::revoke_object_url(&self.0);
    }
}
