use leptos::prelude::*;

use crate::components::sources::GroupedSources;
use crate::i18n::localized;
use crate::model::site::mission::Figure;

/// Key figures, each with the date it holds for; their sources follow the cards, in one
/// place, each under its figure's name.
#[component]
pub fn FigureList(figures: Vec<Figure>) -> impl IntoView {
    let groups = figures
        .iter()
        .map(|f| (f.label.clone(), f.source_note.clone(), f.sources.clone()))
        .collect();
    let cards = figures
        .into_iter()
        .map(|figure| {
            let Figure {
                id,
                value,
                label,
                as_of,
                ..
            } = figure;
            view! {
                <li class="figure" id=format!("figure-{id}")>
                    <span class="figure-value">{localized(value)}</span>
                    <span class="figure-label">{localized(label)}</span>
                    <span class="figure-date">{localized(as_of)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="figures">{cards}</ul>
        <GroupedSources groups label=|t| t.figures_sources />
    }
}
