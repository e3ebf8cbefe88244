//! The few browser facts the app reads after mount: the stored language choice and
//! the browser's language preferences. Both are absent while prerendering, so the
//! first render never depends on them.

use crate::model::lang::Lang;

const LANG_KEY: &str = "clair.lang";

#[cfg(not(feature = "ssr"))]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the visitor chose earlier; anything unreadable counts as no choice.
pub fn stored_lang() -> Option<Lang> {
    #[cfg(not(feature = "ssr"))]
    {
        storage()?
            .get_item(LANG_KEY)
            .ok()
            .flatten()
            .and_then(|code| Lang::from_code(&code))
    }
    #[cfg(feature = "ssr")]
    None
}

pub fn store_lang(lang: Lang) {
    #[cfg(not(feature = "ssr"))]
    if let Some(storage) = storage() {
        // Private browsing may refuse storage; the URL still carries the language.
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
    #[cfg(feature = "ssr")]
    let _ = (LANG_KEY, lang);
}

/// `navigator.languages`, best first.
pub fn browser_langs() -> Vec<String> {
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window()
            .map(|w| {
                w.navigator()
                    .languages()
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default()
    }
    #[cfg(feature = "ssr")]
    Vec::new()
}
