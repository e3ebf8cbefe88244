//! How the browser starts an island: `public/site.js` calls `start_island` for each
//! `<leptos-island>` of a page (on load, or after a navigation swapped the page in).
//! The files the island reads are fetched and checked first, so its first render
//! equals the prerendered HTML; when one cannot be had, the prerendered content stays
//! readable and an alert beside it names the file, with Retry.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::loaded::ErrorView;
use crate::data;
use crate::i18n::provide_i18n;
use crate::model::lang::Lang;
use crate::model::load::LoadError;

/// Starts the island `el` with `hydrate`, its hydration function exported by this
/// bundle, once the content files in `needs` (space-separated) are in the visit's
/// cache; `before` is called just before it hydrates (`site.js` notes what the visitor
/// entered meanwhile). Whether it runs.
#[wasm_bindgen]
pub async fn start_island(
    el: web_sys::HtmlElement,
    hydrate: Option<js_sys::Function>,
    needs: String,
    before: js_sys::Function,
) -> bool {
    let Some(hydrate) = hydrate else {
        leptos::logging::warn!("this bundle has no such island");
        return false;
    };
    // The light bundle's strings come with the page (`i18n::ui`); a page without them
    // stays as prerendered, which reads in full.
    #[cfg(feature = "bundle-light")]
    if crate::i18n::page_ui().is_none() {
        leptos::logging::warn!("this page carries no interface strings");
        return false;
    }
    for file in needs.split_whitespace() {
        if let Err(error) = data::fetch_usable(file).await {
            show_error(el, hydrate, needs.clone(), before, error);
            return false;
        }
    }
    let _ = before.call0(&JsValue::NULL);
    hydrate.call1(&JsValue::NULL, &el).is_ok()
}

/// An alert before the island, in the page's language; Retry removes it and tries again.
fn show_error(
    el: web_sys::HtmlElement,
    hydrate: js_sys::Function,
    needs: String,
    before: js_sys::Function,
    error: LoadError,
) {
    let Some(document) = el.owner_document() else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let Ok(host) = document.create_element("div") else {
        return;
    };
    host.set_class_name("island-error");
    if el.before_with_node_1(&host).is_err() {
        return;
    }
    let host: web_sys::HtmlElement = host.unchecked_into();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_i18n(lang);
        let retry = move || {
            host.remove();
            let start = start_island(
                el.clone(),
                Some(hydrate.clone()),
                needs.clone(),
                before.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                start.await;
            });
        };
        view! { <ErrorView error on_retry=retry /> }
    });
    handle.forget();
}
