//! What islands read from and do to the browser after mount: values stored on the
//! device (the JET checklist), today's date, the page's address, its query string and
//! history entries, focus and the site's origin. None of them exists while
//! prerendering, so the first render never depends on them.

#[cfg(not(feature = "ssr"))]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A value this site stored on the device, if storage can be read at all.
pub fn stored(key: &str) -> Option<String> {
    #[cfg(not(feature = "ssr"))]
    {
        storage()?.get_item(key).ok().flatten()
    }
    #[cfg(feature = "ssr")]
    {
        let _ = key;
        None
    }
}

/// Stores a value; private browsing may refuse, and the page works on without it.
pub fn store(key: &str, value: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
    #[cfg(feature = "ssr")]
    let _ = (key, value);
}

pub fn forget(key: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
    #[cfg(feature = "ssr")]
    let _ = key;
}

/// The visitor's calendar day, for a view drawn after mount (prerendered pages carry
/// every day's line instead and `site.js` picks one).
pub fn today() -> Option<crate::model::date::Date> {
    #[cfg(not(feature = "ssr"))]
    {
        let now = js_sys::Date::new_0();
        Some(crate::model::date::Date {
            year: now.get_full_year() as i32,
            month: now.get_month() + 1,
            day: now.get_date(),
        })
    }
    #[cfg(feature = "ssr")]
    None
}

/// The page's full address, for "copy link" buttons.
pub fn page_url() -> Option<String> {
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window()?.location().href().ok()
    }
    #[cfg(feature = "ssr")]
    None
}

/// The address bar's path (empty while prerendering).
pub fn page_path() -> String {
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default()
    }
    #[cfg(feature = "ssr")]
    String::new()
}

/// Loads the page again.
pub fn reload() {
    #[cfg(not(feature = "ssr"))]
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The page's query string as pairs. Islands read it after mount: the prerendered
/// page was rendered without one (router hooks do not reach into islands).
pub fn query_pairs() -> Vec<(String, String)> {
    #[cfg(not(feature = "ssr"))]
    {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        crate::model::url::parse_query(&search)
    }
    #[cfg(feature = "ssr")]
    Vec::new()
}

/// Puts `query` (`""` or `?a=b…`) into the address bar without a history entry or a
/// navigation, so each keystroke costs no more than the results it shows.
pub fn replace_query(query: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Some(window) = web_sys::window() {
        let path = window.location().pathname().unwrap_or_default();
        let hash = window.location().hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ =
                history.replace_state_with_url(&state, "", Some(&format!("{path}{query}{hash}")));
        }
    }
    #[cfg(feature = "ssr")]
    let _ = query;
}

/// Adds `query` (`""` or `?a=b…`) to the address bar as a new history entry, without a
/// navigation: Back returns to the previous one (see `UrlQuery`).
pub fn push_query(query: &str) {
    #[cfg(not(feature = "ssr"))]
    if let Some(window) = web_sys::window() {
        let path = window.location().pathname().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{query}")),
            );
        }
    }
    #[cfg(feature = "ssr")]
    let _ = query;
}

/// Moves focus to an element by id once the current render has settled; used when a
/// page changes what it shows without a route change.
pub fn focus_later(id: &'static str) {
    #[cfg(not(feature = "ssr"))]
    leptos::prelude::set_timeout(
        move || {
            use wasm_bindgen::JsCast;
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(id))
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = element {
                let _ = element.focus();
            }
        },
        std::time::Duration::ZERO,
    );
    #[cfg(feature = "ssr")]
    let _ = id;
}

/// The site's origin (`https://example.org`), for snippets partners copy.
pub fn origin() -> Option<String> {
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window()?.location().origin().ok()
    }
    #[cfg(feature = "ssr")]
    None
}

/// The one message a widget sends (`site.js`): its height, so the page around it can
/// fit the frame to the content. Numbers only, under a namespaced type.
pub const HEIGHT_MESSAGE: &str = "clair-widget:height";
