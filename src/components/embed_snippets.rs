//! The configurator's two snippets, each with a Copy button.

use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::i18n::{use_i18n, Ui};

/// The loader snippet and the plain iframe snippet, as they are now.
#[component]
pub fn EmbedSnippets(
    #[prop(into)] script: Signal<String>,
    #[prop(into)] iframe: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <section class="content-section" aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">{t.embed_snippets}</h2>
            <Snippet
                id="snippet-script"
                code=script
                heading=|t| t.embed_script_snippet
                hint=|t| t.embed_script_hint
                copy=|t| t.embed_copy_script
            />
            <Snippet
                id="snippet-iframe"
                code=iframe
                heading=|t| t.embed_iframe_snippet
                hint=|t| t.embed_iframe_hint
                copy=|t| t.embed_copy_iframe
            />
        </section>
    }
}

/// One snippet: its heading, a hint, the code and a button that copies it.
#[component]
fn Snippet(
    id: &'static str,
    code: Signal<String>,
    heading: fn(&Ui) -> &'static str,
    hint: fn(&Ui) -> &'static str,
    copy: fn(&Ui) -> &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = Signal::derive(move || copy(i18n.t()).to_string());
    view! {
        <h3>
            <label for=id>{move || heading(i18n.t())}</label>
        </h3>
        <p class="hint">{move || hint(i18n.t())}</p>
        // The text is the prerendered snippet; the property follows every change.
        <textarea id=id class="snippet" readonly rows="3" prop:value=move || code.get()>
            {code.get_untracked()}
        </textarea>
        {move || view! { <CopyButton text=code.get() label /> }}
    }
}
