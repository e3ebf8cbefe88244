use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::loaded::Loaded;
use crate::components::office_list::{results_text, OfficeList};
use crate::components::widget_frame::WidgetFrame;
use crate::data;
use crate::i18n::use_i18n;
use crate::model::directory::search::{Query, SearchIndex};
use crate::model::directory::Directory;
use crate::model::site::embed::Options;

/// `/embed/offices/`: the office finder widget, with the partner's preset filters.
#[component]
pub fn WidgetFinderPage() -> impl IntoView {
    let i18n = use_i18n();
    let options = expect_context::<Options>();
    let offices = data::offices();
    let preset = options.clone();
    view! {
        <Title text=move || i18n.t().widget_finder_title.to_string() />
        <WidgetFrame options>
            <Loaded
                resource=offices
                view=move |directory: Directory| view! { <Finder directory options=preset.clone() /> }
            />
        </WidgetFrame>
    }
}

#[component]
fn Finder(directory: Directory, options: Options) -> impl IntoView {
    let i18n = use_i18n();
    let text = RwSignal::new(String::new());
    // Preset filters the data does not know are dropped, not applied to nothing.
    let preset = Query {
        text: String::new(),
        kind: options.kind,
        region: options.region.filter(|r| directory.region(r).is_some()),
        country: options
            .country
            .filter(|c| directory.countries.iter().any(|k| &k.code == c)),
    };
    let index = SearchIndex::new(&directory);
    let directory = StoredValue::new(directory);
    let results = Memo::new(move |_| {
        let query = Query {
            text: text.get(),
            ..preset.clone()
        };
        directory.with_value(|d| index.search(d, &query))
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
