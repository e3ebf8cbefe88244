//! CLAIR web app: the mission, the office directory and the JET Programme pages.
//! Built twice from one crate: `hydrate` for the browser (wasm) and `ssr` for the
//! native renderer that writes every route to a static HTML file.

#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod service_worker;

/// Browser entry point: hydrate the prerendered HTML when it was rendered for this URL,
/// otherwise (a host's fallback file for another route) render afresh.
#[cfg(feature = "hydrate")]
pub fn start() {
    use crate::model::site::route::{set_base, should_hydrate};

    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show_crash_notice();
    }));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The prerenderer writes the sub-path the site is served under into every page.
    if let Ok(Some(meta)) = document.query_selector("meta[name=clair-base]") {
        set_base(&meta.get_attribute("content").unwrap_or_default());
    }
    let marker = document
        .query_selector("meta[name=clair-route]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    let location = document.location();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    match marker {
        Some(marker) if should_hydrate(&marker, &path, &search) => {
            leptos::mount::hydrate_body(app::App)
        }
        _ => {
            if let Some(body) = document.body() {
                body.set_text_content(None);
            }
            leptos::mount::mount_to_body(app::App)
        }
    }
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
