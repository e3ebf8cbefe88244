use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Copies `text` to the clipboard and says so in a polite live region. `site.js` does
/// the copying (any `button[data-copy]`), so a server-rendered page needs no wasm for it
/// and a button an island renders works the same.
#[component]
pub fn CopyButton(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <button type="button" class="button button-small" data-copy=text aria-label=move || label.get()>
            {t.copy}
        </button>
        <span
            class="copy-status"
            role="status"
            data-copied=t.copied
            data-failed=t.copy_failed
        ></span>
    }
}
