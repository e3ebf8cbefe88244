use leptos::prelude::*;

use crate::components::page::PageTop;
use crate::i18n::use_i18n;
use crate::model::site::route::{href, Page};

/// Any path without a page: says so inside the shell and offers a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    view! {
        <PageTop title=|t| t.not_found_title description=|t| t.not_found_meta />
        <p class="lead">{move || i18n.t().not_found_body}</p>
        <p>
            <a class="button" href=move || href(lang.get(), Page::Mission)>
                {move || i18n.t().not_found_home}
            </a>
        </p>
    }
}
