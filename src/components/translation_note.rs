//! The notice at the top of a page whose words were translated with machine assistance
//! and not yet reviewed by a person: it says so in the page's language and links the
//! same page in the authoritative languages.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::{machine_assisted, use_i18n};
use crate::model::lang::Lang;
use crate::model::site::route::localize;

#[component]
pub fn TranslationNote() -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang.get_untracked();
    let path = use_location().pathname.get_untracked();
    machine_assisted(lang).then(|| {
        let links = Lang::AUTHORITATIVE
            .into_iter()
            .map(|other| {
                view! {
                    <li>
                        <a href=localize(&path, other) hreflang=other.tag() lang=other.tag()>
                            {other.native_name()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="translation-note" role="note">
                <p>{i18n.ui().translation_notice}</p>
                <ul class="translation-note__links">{links}</ul>
            </div>
        }
    })
}
