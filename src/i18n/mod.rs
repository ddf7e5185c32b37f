//! Fluent, thinly wrapped: typed message ids, one file per language fetched on demand (only the
//! active one, started by the page's loader alongside the wasm), and a language switch that
//! re-renders in place.

pub mod codes;
mod load;
mod negotiate;

use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

use crate::mode::Mode;
use crate::{browser, prefs};
use load::{Bundle, fetch_bundle};
pub use negotiate::negotiate;

/// A language the app offers (from `locales/languages.json`).
#[derive(Debug, PartialEq, Eq)]
pub struct LanguageDef {
    pub id: &'static str,
    /// The language's name in that language.
    pub name: &'static str,
    pub rtl: bool,
    /// A pseudo-locale made from English at build time (`i18n-tools/pseudo.rs`): never listed
    /// or negotiated, chosen only by `?lang=` where [`pseudo_locales_allowed`] says so.
    pub pseudo: bool,
    /// Content hash of its messages, used as a cache-busting query.
    pub hash: &'static str,
    /// Its journey files (`locales/<id>/journeys/<journey>.ftl`), fetched when the journey is
    /// entered: (journey chunk name, content hash).
    pub parts: &'static [(&'static str, &'static str)],
}

impl LanguageDef {
    #[must_use]
    pub const fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }

    /// URL of this language's messages: every `.ftl` file of `locales/<id>/` in one file
    /// (written by the build, see Trunk.toml), so a language is one request.
    #[must_use]
    pub fn url(&self) -> String {
        format!("/locales/{}.ftl?v={}", self.id, self.hash)
    }

    /// URL of a journey's messages in this language, if the journey has its own file.
    #[must_use]
    pub fn part_url(&self, part: &str) -> Option<String> {
        self.parts
            .iter()
            .find(|(name, _)| *name == part)
            .map(|(name, hash)| format!("/locales/{}/{name}.ftl?v={hash}", self.id))
    }

    #[must_use]
    pub fn by_id(id: &str) -> Option<&'static LanguageDef> {
        LANGUAGES.iter().find(|l| l.id.eq_ignore_ascii_case(id))
    }

    /// The languages offered to people: every language but the pseudo-locales.
    pub fn offered() -> impl Iterator<Item = &'static LanguageDef> {
        LANGUAGES.iter().filter(|l| !l.pseudo)
    }

    #[must_use]
    pub fn english() -> &'static LanguageDef {
        LANGUAGES
            .iter()
            .find(|l| l.id == "en")
            .unwrap_or(&LANGUAGES[0])
    }
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A message ready to format: its Fluent id and its variables. Made from a [`Msg`] or from
/// one of the [`args`] structs, never from loose names.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    id: &'static str,
    args: Vec<(&'static str, FluentValue<'static>)>,
}

impl Text {
    const fn new(id: &'static str, args: Vec<(&'static str, FluentValue<'static>)>) -> Self {
        Self { id, args }
    }

    /// The Fluent id.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }
}

impl From<Msg> for Text {
    fn from(msg: Msg) -> Self {
        Self::new(msg.id(), Vec::new())
    }
}

/// Handle to the active language; `Copy`, so closures in views can capture it freely.
#[derive(Clone, Copy)]
pub struct I18n {
    active: RwSignal<&'static LanguageDef>,
    /// A language whose file could not be fetched (offline): shown as a notice.
    failed: RwSignal<Option<&'static LanguageDef>>,
    /// A language being fetched, for a busy state on the switcher.
    loading: RwSignal<Option<&'static LanguageDef>>,
    bundles: StoredValue<HashMap<&'static str, Rc<Bundle>>, LocalStorage>,
    /// Journeys whose own messages have been asked for, kept when the language changes.
    parts: StoredValue<Vec<&'static str>, LocalStorage>,
    /// (language, journey) pairs already added to their language's bundle.
    added: StoredValue<Vec<(&'static str, &'static str)>, LocalStorage>,
    mode: Mode,
}

impl I18n {
    /// Detects the language and loads it before the first render, so the first screen is
    /// already in the user's language. Falls back to English when that fails, and gives `None`
    /// when no language can be loaded at all (offline before anything was cached).
    pub async fn start(mode: Mode) -> Option<Self> {
        let url = browser::query_param("lang");
        let stored = if mode.may_store() {
            prefs::language()
        } else {
            None
        };
        let wanted = negotiate(
            url.as_deref(),
            stored.as_deref(),
            &browser::languages(),
            pseudo_locales_allowed(),
        );
        let english = LanguageDef::english();
        let mut bundles = HashMap::new();
        let mut failed = None;
        let active = match fetch_bundle(wanted).await {
            Ok(loaded) => {
                bundles.insert(wanted.id, Rc::new(loaded));
                wanted
            }
            Err(()) if wanted != english => {
                failed = Some(wanted);
                let loaded = fetch_bundle(english).await.ok()?;
                bundles.insert(english.id, Rc::new(loaded));
                english
            }
            Err(()) => return None,
        };
        let i18n = Self {
            active: RwSignal::new(active),
            failed: RwSignal::new(failed),
            loading: RwSignal::new(None),
            bundles: StoredValue::new_local(bundles),
            parts: StoredValue::new_local(Vec::new()),
            added: StoredValue::new_local(Vec::new()),
            mode,
        };
        browser::set_document_language(active.id, active.dir());
        Some(i18n)
    }

    #[must_use]
    pub fn language(&self) -> &'static LanguageDef {
        self.active.get()
    }

    #[must_use]
    pub fn failed(&self) -> Option<&'static LanguageDef> {
        self.failed.get()
    }

    #[must_use]
    pub fn loading(&self) -> Option<&'static LanguageDef> {
        self.loading.get()
    }

    /// Whether the active language is Chinese, where official terms need no gloss.
    #[must_use]
    pub fn is_chinese(&self) -> bool {
        self.active.with(|l| l.id.starts_with("zh"))
    }

    /// The message in the active language (reactive when called inside a view closure).
    #[must_use]
    pub fn t(&self, msg: Msg) -> String {
        self.format(msg.id(), None)
    }

    /// A message with its variables (an [`args`] struct), or a plain one, in the active language.
    #[must_use]
    pub fn text(&self, text: impl Into<Text>) -> String {
        let text = text.into();
        let mut fluent_args = FluentArgs::new();
        for (name, value) in text.args {
            fluent_args.set(name, value);
        }
        self.format(text.id, Some(&fluent_args))
    }

    fn format(&self, id: &'static str, args: Option<&FluentArgs>) -> String {
        self.format_in(self.active.get(), id, args)
    }

    /// Messages in another language than the active one (a bilingual printout), fetching that
    /// language's file and the journeys in use once.
    ///
    /// # Errors
    /// When a file cannot be fetched (offline).
    pub async fn texts_in(
        self,
        lang: &'static LanguageDef,
        texts: Vec<Text>,
    ) -> Result<Vec<String>, ()> {
        if !self.bundles.with_value(|b| b.contains_key(lang.id)) {
            let bundle = fetch_bundle(lang).await?;
            self.bundles.update_value(|b| {
                b.insert(lang.id, Rc::new(bundle));
            });
        }
        for part in self.parts.get_value() {
            self.add_part(lang, part).await?;
        }
        Ok(texts
            .into_iter()
            .map(|text| {
                let mut fluent_args = FluentArgs::new();
                for (name, value) in text.args {
                    fluent_args.set(name, value);
                }
                self.format_in(lang, text.id, Some(&fluent_args))
            })
            .collect())
    }

    fn format_in(
        &self,
        lang: &'static LanguageDef,
        id: &'static str,
        args: Option<&FluentArgs>,
    ) -> String {
        self.bundles.with_value(|bundles| {
            let chain = [bundles.get(lang.id), bundles.get("en")];
            for bundle in chain.into_iter().flatten() {
                if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, args, &mut errors);
                    // A translation that lost a variable still gives readable text; say so
                    // while developing instead of discarding it.
                    if cfg!(debug_assertions) && !errors.is_empty() {
                        leptos::logging::warn!("Fluent: {id} in {}: {errors:?}", lang.id);
                    }
                    return text.into_owned();
                }
            }
            id.to_owned()
        })
    }

    /// Adds a journey's own messages (`locales/<id>/journeys/<journey>.ftl`) to the active
    /// language, fetching them once; later language switches bring them along. A journey
    /// without its own file needs nothing.
    ///
    /// # Errors
    /// When the file cannot be fetched (offline): the journey cannot be shown in words.
    pub async fn require(self, part: &'static str) -> Result<(), ()> {
        self.parts.update_value(|parts| {
            if !parts.contains(&part) {
                parts.push(part);
            }
        });
        self.add_part(self.active.get_untracked(), part).await
    }

    async fn add_part(self, lang: &'static LanguageDef, part: &'static str) -> Result<(), ()> {
        if self
            .added
            .with_value(|added| added.contains(&(lang.id, part)))
        {
            return Ok(());
        }
        let Some(url) = lang.part_url(part) else {
            return Ok(());
        };
        let text = browser::fetch_text(&url).await.map_err(|_| ())?;
        let added = self.bundles.try_update_value(|bundles| {
            bundles
                .get_mut(lang.id)
                .and_then(Rc::get_mut)
                .map(|bundle| load::add(bundle, text))
                .is_some()
        });
        if added == Some(true) {
            self.added.update_value(|added| added.push((lang.id, part)));
            Ok(())
        } else {
            Err(())
        }
    }

    /// Switches language without reloading: fetches its file once (and the files of the
    /// journeys in use), then swaps the bundle so every text re-renders in place. Remembers the
    /// choice unless in kiosk mode.
    pub fn switch(self, lang: &'static LanguageDef) {
        let loaded = self.bundles.with_value(|b| b.contains_key(lang.id));
        leptos::task::spawn_local(async move {
            self.loading.set(Some(lang));
            if !loaded {
                match fetch_bundle(lang).await {
                    Ok(bundle) => self.bundles.update_value(|b| {
                        b.insert(lang.id, Rc::new(bundle));
                    }),
                    Err(()) => {
                        self.loading.set(None);
                        self.failed.set(Some(lang));
                        return;
                    }
                }
            }
            for part in self.parts.get_value() {
                if self.add_part(lang, part).await.is_err() {
                    self.loading.set(None);
                    self.failed.set(Some(lang));
                    return;
                }
            }
            self.loading.set(None);
            self.failed.set(None);
            self.active.set(lang);
            browser::set_document_language(lang.id, lang.dir());
            browser::set_query_param("lang", None);
            if self.mode.may_store() {
                prefs::set_language(lang.id);
            }
        });
    }
}

/// Whether `?lang=` may choose a pseudo-locale: in a debug build, or when the server says so
/// (`--pseudo-locales`, for the end-to-end suite).
#[must_use]
pub fn pseudo_locales_allowed() -> bool {
    cfg!(debug_assertions) || browser::meta_content("app-pseudo-locales").as_deref() == Some("on")
}

pub fn provide_i18n(i18n: I18n) {
    provide_context(i18n);
}

/// The i18n handle provided at the root.
///
/// # Panics
/// When called outside the app (a programming error caught by any end-to-end test).
#[must_use]
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Shorthand for views: a reactive closure producing the translated message.
pub fn tr(msg: Msg) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_one_url_carrying_its_content_hash() {
        let ar = LanguageDef::by_id("ar").unwrap();
        assert_eq!(ar.url(), format!("/locales/ar.ftl?v={}", ar.hash));
        assert_ne!(ar.hash, LanguageDef::english().hash);
        assert_eq!(ar.dir(), "rtl");
    }
}
