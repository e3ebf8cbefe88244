//! The service worker, from the page's side: registers it, notices when a new version
//! has installed and waits, and hands over to it only when the visitor asks to reload,
//! so a page never runs one version's JS with another's wasm. Also the network state,
//! for the offline notice. Nothing here runs while prerendering.

#[cfg(not(feature = "ssr"))]
use crate::model::site::route::base;

/// The message `sw.js` waits for before a new version takes over.
#[cfg(not(feature = "ssr"))]
const SKIP_WAITING: &str = "clair:skip-waiting";

/// `navigator.serviceWorker`, which only secure pages (https, localhost) have.
#[cfg(not(feature = "ssr"))]
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Whether the page is controlled by this site's own worker (not, say, the worker of a
/// root deployment on the same origin when this one lives under a sub-path).
#[cfg(not(feature = "ssr"))]
fn controlled_by_ours(container: &web_sys::ServiceWorkerContainer) -> bool {
    let ours = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .map(|origin| format!("{origin}{}sw.js", base()));
    container
        .controller()
        .is_some_and(|worker| Some(worker.script_url()) == ours)
}

/// Registers `sw.js` for the site's base and calls `on_update` when a new version is
/// installed and waiting. A first install replaces nothing and is not reported.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::{spawn_local, JsFuture};
        use web_sys::{RegistrationOptions, ServiceWorkerRegistration, ServiceWorkerState};

        let Some(container) = container() else {
            return;
        };
        let options = RegistrationOptions::new();
        options.set_scope(base());
        let registering = container.register_with_options(&format!("{}sw.js", base()), &options);
        // Another tab may let a new version take over this one's worker: from then on
        // this page runs old code against new files, so it asks for a reload too.
        if controlled_by_ours(&container) {
            let changed = Closure::<dyn FnMut()>::new(on_update.clone());
            let _ = container.add_event_listener_with_callback(
                "controllerchange",
                changed.as_ref().unchecked_ref(),
            );
            changed.forget();
        }
        spawn_local(async move {
            // Browsers that block service workers resolve without a registration.
            let Ok(registration) = JsFuture::from(registering).await else {
                return;
            };
            if !registration.is_object() {
                return;
            }
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            let replaces = move || controlled_by_ours(&container);
            if registration.waiting().is_some() && replaces() {
                on_update();
            }
            let watched = registration.clone();
            let found = Closure::<dyn FnMut()>::new(move || {
                let Some(worker) = watched.installing() else {
                    return;
                };
                let installing = worker.clone();
                let on_update = on_update.clone();
                let replaces = replaces.clone();
                let changed = Closure::<dyn FnMut()>::new(move || {
                    if installing.state() == ServiceWorkerState::Installed && replaces() {
                        on_update();
                    }
                });
                worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            });
            registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
            // Lives as long as the page.
            found.forget();
            // A tab left open still learns of a new version: ask again every hour
            // (offline, the check fails quietly).
            let _ = leptos::prelude::set_interval_with_handle(
                move || {
                    if let Ok(checking) = registration.update() {
                        spawn_local(async move {
                            let _ = JsFuture::from(checking).await;
                        });
                    }
                },
                std::time::Duration::from_secs(60 * 60),
            );
        });
    }
    #[cfg(feature = "ssr")]
    let _ = on_update;
}

#[cfg(not(feature = "ssr"))]
fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Lets the waiting version take over, then reloads the page into it.
pub fn apply_update() {
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::{spawn_local, JsFuture};

        let Some(container) = container() else {
            return;
        };
        let reload_once_replaced = Closure::<dyn FnMut()>::new(reload);
        container.set_oncontrollerchange(Some(reload_once_replaced.as_ref().unchecked_ref()));
        reload_once_replaced.forget();
        spawn_local(async move {
            let Ok(found) = JsFuture::from(container.get_registration()).await else {
                return;
            };
            if !found.is_object() {
                return;
            }
            let registration: web_sys::ServiceWorkerRegistration = found.unchecked_into();
            match registration.waiting() {
                Some(waiting) => {
                    let _ = waiting.post_message(&SKIP_WAITING.into());
                }
                // Already taken over from another tab: only the reload is left.
                None => reload(),
            }
        });
    }
}

/// Whether the browser has a network connection (true while prerendering).
pub fn is_online() -> bool {
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window().is_none_or(|w| w.navigator().on_line())
    }
    #[cfg(feature = "ssr")]
    true
}
