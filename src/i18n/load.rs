//! Loading a language: its one Fluent file (taken from the loader's early request, or fetched)
//! made into a bundle.

use fluent_bundle::{FluentBundle, FluentResource};

use super::LanguageDef;
use crate::browser;

pub type Bundle = FluentBundle<FluentResource>;

/// Builds a bundle from Fluent sources; a resource with errors still contributes the messages
/// that parsed (the parity test keeps shipped files error-free).
#[must_use]
pub fn bundle(lang: &LanguageDef, sources: &[String]) -> Bundle {
    let langid = lang.id.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in sources {
        let resource =
            FluentResource::try_new(source.clone()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Adds a journey's messages to a language's bundle.
pub fn add(bundle: &mut Bundle, source: String) {
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    bundle.add_resource_overriding(resource);
}

/// A language's messages: taken from the request the page's loader started for the same
/// URL, if it did, otherwise fetched now.
pub async fn fetch_bundle(lang: &'static LanguageDef) -> Result<Bundle, ()> {
    let url = lang.url();
    let text = match browser::take_prefetched_text(&url) {
        Some(prefetched) => prefetched.await,
        None => browser::fetch_text(&url).await,
    };
    Ok(bundle(lang, &[text.map_err(|_| ())?]))
}
