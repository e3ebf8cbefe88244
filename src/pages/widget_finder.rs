use leptos::prelude::*;
use leptos_meta::Title;

use crate::browser::query_pairs;
use crate::components::island_slot::IslandSlot;
use crate::components::loaded::ready;
use crate::components::office_list::{results_text, OfficeList, ResultsCount};
use crate::components::widget_frame::WidgetFrame;
use crate::data;
use crate::i18n::{provide_i18n, use_i18n};
use crate::model::directory::search::{Query, SearchIndex};
use crate::model::directory::Directory;
use crate::model::files::Content;
use crate::model::lang::Lang;
use crate::model::site::embed::presets;

/// `/embed/offices/`: the office finder widget, with the partner's preset filters.
#[component]
pub fn WidgetFinderPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.ui().widget_finder_title />
        <IslandSlot needs=Directory::FILE on_interaction=true lazy_with_query=true>
            <FinderWidget lang=i18n.lang.get_untracked() />
        </IslandSlot>
    }
}

/// The widget, live once the visitor reaches for its search. `site.js` has by then
/// applied the partner's presets (`?kind=`, `region`, `country`) to the prerendered
/// list, so the island reads them on its first render, which must equal that list.
#[cfg_attr(not(any(feature = "bundle-site", feature = "bundle-light")), island)]
#[cfg_attr(any(feature = "bundle-site", feature = "bundle-light"), component)]
fn FinderWidget(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    view! {
        <WidgetFrame>
            {ready(data::now::<Directory>(), move |directory| {
                view! { <Finder directory /> }
            })}
        </WidgetFrame>
    }
}

#[component]
fn Finder(directory: Directory) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let text = RwSignal::new(String::new());
    let index = SearchIndex::new(&directory, i18n.lang.get_untracked());
    // The URL's presets (none while prerendering).
    let pairs = query_pairs();
    let preset = presets(
        &directory,
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    );
    let directory = StoredValue::new(directory);
    let results = Memo::new(move |_| {
        let query = Query {
            text: text.get(),
            ..preset.clone()
        };
        directory.with_value(|d| index.search(d, &query))
    });
    view! {
        <h1 class="widget-title">{t.widget_finder_title}</h1>
        <div class="widget-search" role="search">
            <label for="widget-q">{t.search_label}</label>
            <input
                id="widget-q"
                type="search"
                autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            />
        </div>
        <ResultsCount count=move || results_text(t, results.with(Vec::len)) />
        <OfficeList
            directory
            visible=results
            highlight=RwSignal::new(None)
            selected=RwSignal::new(None)
            new_tab=true
            facets=true
        />
    }
}
