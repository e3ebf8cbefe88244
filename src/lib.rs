//! CLAIR web app: the mission, the office directory and the JET Programme pages.
//! Built twice from one crate: `hydrate` for the browser (wasm) and `ssr` for the
//! native renderer that writes every route to a static HTML file.

#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod i18n;
#[cfg(feature = "hydrate")]
pub mod islands;
pub mod model;
pub mod pages;

/// Browser entry point: the wasm starts no page of its own. `public/site.js` finds the
/// page's islands and starts each with `islands::start_island`.
#[cfg(feature = "hydrate")]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show_crash_notice();
    }));
    // The prerenderer writes the sub-path the site is served under into every page.
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=clair-base]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"));
    if let Some(base) = base {
        crate::model::site::route::set_base(&base);
    }
    leptos::mount::hydrate_islands();
}

/// A panic leaves the wasm dead: say so, in the page's language, with a way to reload.
#[cfg(feature = "hydrate")]
fn show_crash_notice() -> Option<()> {
    use crate::i18n::ui;
    use crate::model::lang::Lang;

    let document = web_sys::window()?.document()?;
    let lang = document
        .document_element()?
        .get_attribute("lang")
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let t = ui(lang);
    let notice = document.create_element("div").ok()?;
    notice.set_class_name("crash-notice");
    notice.set_attribute("role", "alert").ok()?;
    let message = document.create_element("p").ok()?;
    message.set_text_content(Some(&format!("{} ", t.panic_message)));
    let reload = document.create_element("a").ok()?;
    reload
        .set_attribute("href", &document.location()?.href().ok()?)
        .ok()?;
    reload.set_text_content(Some(t.panic_reload));
    message.append_child(&reload).ok()?;
    notice.append_child(&message).ok()?;
    document.body()?.prepend_with_node_1(&notice).ok()
}
