//! The device camera for the face check: a preview stream, frames captured as JPEG, and the
//! stream stopped again (on a shared kiosk the camera must never stay on).

use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A running camera stream (stop it with [`stop`]).
pub type Stream = web_sys::MediaStream;
/// One captured frame, a JPEG image.
pub type Frame = web_sys::Blob;

/// Why the camera could not start; each has its own page of advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraError {
    /// The user or the browser's settings refused permission.
    Denied,
    /// No camera, or the browser cannot use one here.
    Absent,
    /// Another program is using the camera.
    Busy,
}

impl CameraError {
    /// The value of the `reason` query parameter of the camera-problem page.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Denied => "denied",
            Self::Absent => "absent",
            Self::Busy => "busy",
        }
    }

    #[must_use]
    pub fn from_query(value: Option<&str>) -> Self {
        match value {
            Some("denied") => Self::Denied,
            Some("busy") => Self::Busy,
            _ => Self::Absent,
        }
    }

    /// Maps a `getUserMedia` rejection (a `DOMException` name) to a reason.
    fn from_dom_name(name: &str) -> Self {
        match name {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => Self::Denied,
            "NotReadableError" | "AbortError" | "TrackStartError" => Self::Busy,
            _ => Self::Absent,
        }
    }
}

/// The front camera at a webcam's usual 640×480 where possible; no microphone.
const CONSTRAINTS: &str = r#"{"facingMode":"user","width":{"ideal":640},"height":{"ideal":480}}"#;

/// Asks for the camera (the browser shows its permission prompt the first time).
///
/// # Errors
/// Why the camera cannot be used.
pub async fn start() -> Result<Stream, CameraError> {
    let navigator = web_sys::window().ok_or(CameraError::Absent)?.navigator();
    // `navigator.mediaDevices` is missing on insecure origins and in some kiosk browsers.
    let devices = crate::browser::property(&navigator, "mediaDevices")
        .ok_or(CameraError::Absent)?
        .unchecked_into::<web_sys::MediaDevices>();
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_audio(&JsValue::FALSE);
    constraints.set_video(&js_sys::JSON::parse(CONSTRAINTS).map_err(|_| CameraError::Absent)?);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraError::Absent)?;
    match JsFuture::from(promise).await {
        Ok(stream) => stream.dyn_into().map_err(|_| CameraError::Absent),
        Err(error) => Err(CameraError::from_dom_name(
            &error
                .dyn_ref::<web_sys::DomException>()
                .map(web_sys::DomException::name)
                .unwrap_or_default(),
        )),
    }
}

/// Stops every track, which turns the camera (and its light) off.
pub fn stop(stream: &Stream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// JPEG quality of captured frames: a 640×480 frame is about 40–80 KB.
const JPEG_QUALITY: f64 = 0.85;

/// The preview's current picture as a JPEG, at the camera's own size and not mirrored.
/// `None` until the video has a picture.
pub async fn capture(video: &web_sys::HtmlVideoElement) -> Option<Frame> {
    let (width, height) = (video.video_width(), video.video_height());
    if width == 0 || height == 0 {
        return None;
    }
    let (canvas, context) = crate::picture::canvas(width, height)?;
    context
        .draw_image_with_html_video_element(video, 0.0, 0.0)
        .ok()?;
    crate::picture::encode(&canvas, "image/jpeg", JPEG_QUALITY).await
}

/// The browser's QR reader (`BarcodeDetector`), where it exists (Chrome on Android and macOS,
/// for example); `None` elsewhere, and the page offers pasting instead.
#[must_use]
pub fn qr_detector() -> Option<JsValue> {
    let constructor = crate::browser::property(&js_sys::global(), "BarcodeDetector")?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = js_sys::JSON::parse(r#"{"formats":["qr_code"]}"#).ok()?;
    js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&options)).ok()
}

/// The text of the first QR code in the preview's current picture, if any.
pub async fn read_qr(detector: &JsValue, video: &web_sys::HtmlVideoElement) -> Option<String> {
    let promise = crate::browser::call_method(detector, "detect", video)?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let found = JsFuture::from(promise).await.ok()?;
    let first = found.dyn_into::<js_sys::Array>().ok()?.get(0);
    crate::browser::property(&first, "rawValue")?.as_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_survives_the_query_string() {
        for reason in [CameraError::Denied, CameraError::Absent, CameraError::Busy] {
            assert_eq!(CameraError::from_query(Some(reason.as_str())), reason);
        }
        assert_eq!(CameraError::from_query(Some("other")), CameraError::Absent);
        assert_eq!(CameraError::from_query(None), CameraError::Absent);
    }

    #[test]
    fn a_refused_permission_is_told_apart_from_a_missing_or_busy_camera() {
        assert_eq!(
            CameraError::from_dom_name("NotAllowedError"),
            CameraError::Denied
        );
        assert_eq!(
            CameraError::from_dom_name("NotFoundError"),
            CameraError::Absent
        );
        assert_eq!(
            CameraError::from_dom_name("OverconstrainedError"),
            CameraError::Absent
        );
        assert_eq!(
            CameraError::from_dom_name("NotReadableError"),
            CameraError::Busy
        );
    }
}
