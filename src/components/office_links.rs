use leptos::prelude::*;

use crate::components::office_list::kind_name;
use crate::i18n::{localized, use_i18n};
use crate::model::directory::OfficeRef;
use crate::model::site::route::office_href;

/// Links to offices with their kind: an office's neighbours, or suggestions.
pub fn office_links(refs: Vec<OfficeRef>) -> impl IntoView {
    let i18n = use_i18n();
    let items = refs
        .into_iter()
        .map(|r| {
            let OfficeRef { id, name, kind } = r;
            view! {
                <li>
                    <a href=move || office_href(i18n.lang.get(), &id)>{localized(name)}</a>
                    " "
                    <span class="office-kind">{move || kind_name(i18n.t(), kind)}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="links">{items}</ul> }
}
