//! The configurator's live preview: the widget itself, in an iframe that fits it.

use leptos::html::Iframe;
use leptos::prelude::*;

use crate::browser::HEIGHT_MESSAGE;
use crate::i18n::use_i18n;

/// Heights a preview may take, whatever a message claims.
const MIN_HEIGHT: f64 = 120.0;
const MAX_HEIGHT: f64 = 4000.0;

/// The widget at `url`. It fits its content, like the loader does on a partner's page,
/// from height messages sent by its own frame on `site` (the origin, known after mount).
#[component]
pub fn EmbedPreview(
    #[prop(into)] url: Signal<String>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] site: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let frame = NodeRef::<Iframe>::new();
    let height = RwSignal::new(480.0);
    let handle = window_event_listener(leptos::ev::message, move |event| {
        let Some(frame) = frame.get_untracked() else {
            return;
        };
        let own = frame
            .content_window()
            .is_some_and(|w| event.source().is_some_and(|s| js_sys::Object::is(&s, &w)));
        if !own || event.origin() != site.get_untracked() {
            return;
        }
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let reported = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|v| v.as_f64());
        if let (Some(kind), Some(reported)) = (kind, reported) {
            if kind == HEIGHT_MESSAGE && reported.is_finite() {
                height.set(reported.clamp(MIN_HEIGHT, MAX_HEIGHT));
            }
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <section class="embed-preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t.embed_preview}</h2>
            <iframe
                node_ref=frame
                src=move || url.get()
                title=move || title.get()
                style=move || format!("height:{}px", height.get())
            ></iframe>
        </section>
    }
}
