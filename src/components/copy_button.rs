use leptos::prelude::*;

use crate::i18n::use_i18n;

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

/// Copies `text` to the clipboard and says so in a polite live region.
#[component]
pub fn CopyButton(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(Copied::Not);
    let copy = move |_| {
        let text = text.clone();
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        let Some(clipboard) = clipboard else {
            state.set(Copied::Failed);
            return;
        };
        let promise = clipboard.write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            state.set(if ok { Copied::Done } else { Copied::Failed });
        });
    };
    view! {
        <button type="button" class="button button-small" on:click=copy aria-label=move || label.get()>
            {move || i18n.t().copy}
        </button>
        <span class="copy-status" role="status">
            {move || match state.get() {
                Copied::Not => "",
                Copied::Done => i18n.t().copied,
                Copied::Failed => i18n.t().copy_failed,
            }}
        </span>
    }
}
