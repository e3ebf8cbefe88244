use leptos::prelude::*;

use crate::components::sources::SourceList;
use crate::i18n::localized;
use crate::model::site::content::Figure;

/// Key figures, each with the date it holds for and its sources.
#[component]
pub fn FigureList(figures: Vec<Figure>) -> impl IntoView {
    let cards = figures
        .into_iter()
        .map(|figure| {
            let Figure {
                id,
                value,
                label,
                as_of,
                source_note,
                sources,
            } = figure;
            view! {
                <li class="figure" id=format!("figure-{id}")>
                    <span class="figure-value">{localized(value)}</span>
                    <span class="figure-label">{localized(label)}</span>
                    <span class="figure-date">{localized(as_of)}</span>
                    <SourceList sources=sources note=source_note />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="figures">{cards}</ul> }
}
