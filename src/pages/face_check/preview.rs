//! The camera's whole life on the face-check page, in one place: started into the page's
//! `<video>`, frames captured from it, and stopped whenever the page is left, the check
//! passes or the camera turns out unusable (on a shared kiosk it must never stay on).

use leptos::html::Video;
use leptos::prelude::*;

use super::stage::{FRAME_INTERVAL_MS, FRAMES};
use crate::camera::{self, CameraError, Frame, Stream};

/// How long to wait for the preview's first picture: 50 × 100 ms.
const FIRST_PICTURE_TRIES: u32 = 50;
const FIRST_PICTURE_POLL_MS: i32 = 100;

/// The preview's video element and the camera stream playing in it.
#[derive(Clone, Copy)]
pub struct Preview {
    pub video: NodeRef<Video>,
    stream: StoredValue<Option<Stream>, LocalStorage>,
    /// While the camera is on, a kiosk waits longer before clearing the screen.
    idle_hold: Option<crate::mode::IdleHold>,
    held: StoredValue<Option<crate::mode::IdleGuard>, LocalStorage>,
}

/// How starting the camera ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    /// The preview shows a picture.
    Ready,
    /// The page was left meanwhile; the camera is off again.
    Gone,
}

impl Preview {
    /// A preview that stops its camera when the page is left.
    #[must_use]
    pub fn new() -> Self {
        let preview = Self {
            video: NodeRef::new(),
            stream: StoredValue::new_local(None),
            idle_hold: crate::mode::use_idle_hold(),
            held: StoredValue::new_local(None),
        };
        on_cleanup(move || preview.stop());
        preview
    }

    /// Turns the camera off (nothing happens if it is off).
    pub fn stop(&self) {
        if let Some(stream) = self.stream.try_update_value(Option::take).flatten() {
            camera::stop(&stream);
        }
        self.held.try_set_value(None);
    }

    /// Asks for the camera and waits until the preview shows a picture, so no attempt is
    /// spent on frames that do not exist yet. `gone` says whether the page has been left.
    ///
    /// # Errors
    /// Why the camera cannot be used; a camera that never shows a picture counts as busy.
    pub async fn start(&self, gone: impl Fn() -> bool) -> Result<Started, CameraError> {
        let media = camera::start().await?;
        let Some(element) = self.video.try_get_untracked().flatten() else {
            camera::stop(&media);
            return Ok(Started::Gone);
        };
        element.set_src_object(Some(&media));
        let _ = element.play();
        self.stream.set_value(Some(media));
        self.held
            .set_value(self.idle_hold.map(crate::mode::IdleHold::hold));
        for _ in 0..FIRST_PICTURE_TRIES {
            if gone() || element.video_width() > 0 {
                break;
            }
            crate::browser::sleep(FIRST_PICTURE_POLL_MS).await;
        }
        if gone() {
            self.stop();
            return Ok(Started::Gone);
        }
        if element.video_width() == 0 {
            self.stop();
            return Err(CameraError::Busy);
        }
        Ok(Started::Ready)
    }

    /// Captures the challenge's frames, `FRAME_INTERVAL_MS` apart, calling `before(index)`
    /// as each is taken; frames the camera could not give are left out. `None` if the page
    /// was left.
    pub async fn capture(&self, before: impl Fn(usize)) -> Option<Vec<Frame>> {
        let mut captured = Vec::with_capacity(FRAMES);
        for index in 0..FRAMES {
            before(index);
            crate::browser::sleep(FRAME_INTERVAL_MS).await;
            let element = self.video.try_get_untracked().flatten()?;
            if let Some(frame) = camera::capture(&element).await {
                captured.push(frame);
            }
        }
        Some(captured)
    }
}
