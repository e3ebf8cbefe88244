use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::island_slot::IslandSlot;
use crate::components::loaded::ready;
use crate::components::office_list::{results_text, OfficeList};
use crate::components::widget_frame::{widget_options, WidgetFrame};
use crate::data;
use crate::i18n::use_i18n;
use crate::model::directory::search::{Query, SearchIndex};
use crate::model::directory::Directory;
use crate::model::site::embed::Options;

/// `/embed/offices/`: the office finder widget, with the partner's preset filters.
#[component]
pub fn WidgetFinderPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t().widget_finder_title.to_string() />
        <IslandSlot needs="offices.json" on_interaction=true>
            <FinderWidget />
        </IslandSlot>
    }
}

/// The whole widget: its options (language, looks, filters) come from the URL.
#[cfg_attr(not(feature = "bundle-site"), island)]
#[cfg_attr(feature = "bundle-site", component)]
fn FinderWidget() -> impl IntoView {
    let options = widget_options(|t| t.widget_finder_title);
    view! {
        <WidgetFrame options>
            {ready(data::now::<Directory>("offices.json"), move |directory| {
                view! { <Finder directory options /> }
            })}
        </WidgetFrame>
    }
}

#[component]
fn Finder(directory: Directory, options: ReadSignal<Options>) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    let index = SearchIndex::new(&directory);
    let directory = StoredValue::new(directory);
    let results = Memo::new(move |_| {
        let text = text.get();
        options.with(|o| {
            directory.with_value(|d| {
                // Preset filters the data does not know are dropped, not applied to nothing.
                let query = Query {
                    text,
                    kind: o.kind,
                    region: o.region.clone().filter(|r| d.region(r).is_some()),
                    country: o
                        .country
                        .clone()
                        .filter(|c| d.countries.iter().any(|k| &k.code == c)),
                };
                index.search(d, &query)
            })
        })
    });
    let count = move || results_text(i18n.t(), results.with(Vec::len));
    view! {
        <h1 class="widget-title">{move || i18n.t().widget_finder_title}</h1>
        <div class="widget-search" role="search">
            <label for="widget-q">{move || i18n.t().search_label}</label>
            <input
                id="widget-q"
                type="search"
                autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
        </div>
        <p class="results-count" role="status">{count}</p>
        <OfficeList
            directory
            visible=results
            highlight=RwSignal::new(None)
            selected=RwSignal::new(None)
            new_tab=true
        />
    }
}
