use leptos::prelude::*;

use crate::i18n::{use_i18n, Ui};
use crate::model::directory::search::Query;
use crate::model::directory::{OfficeKind, Region, Scope};

fn kind_label(t: &Ui, kind: Option<OfficeKind>) -> &'static str {
    match kind {
        None => t.kind_all,
        Some(OfficeKind::Headquarters) => t.kind_headquarters,
        Some(OfficeKind::Overseas) => t.kind_overseas,
        Some(OfficeKind::Branch) => t.kind_branch,
    }
}

/// The search box and filters. A plain GET form, so it also works before the wasm has
/// loaded; once it has, every change goes straight to `on_change` (and the URL).
#[component]
pub fn OfficeSearch(
    query: Memo<Query>,
    regions: Vec<Region>,
    #[prop(into)] on_change: Callback<Query>,
) -> impl IntoView {
    let t = use_i18n().ui();
    let kinds = [
        None,
        Some(OfficeKind::Headquarters),
        Some(OfficeKind::Overseas),
        Some(OfficeKind::Branch),
    ]
    .into_iter()
    .map(|kind| view! { <KindChoice kind query on_change /> })
    .collect_view();
    view! {
        <form class="office-search" role="search" method="get" on:submit=|ev| ev.prevent_default()>
            <SearchText query on_change />
            <fieldset class="field kinds">
                <legend>{t.kind_legend}</legend>
                {kinds}
            </fieldset>
            <RegionSelect query regions on_change />
            // Without the wasm, the form submits as a GET request; with it, results are live.
            <button type="submit" class="button">{t.search_label}</button>
        </form>
    }
}

/// Hands `on_change` the current query with one edit.
fn change(query: Memo<Query>, on_change: Callback<Query>, edit: impl FnOnce(&mut Query)) {
    let mut next = query.get_untracked();
    edit(&mut next);
    on_change.run(next);
}

/// The search box, its text live.
#[component]
fn SearchText(query: Memo<Query>, on_change: Callback<Query>) -> impl IntoView {
    let t = use_i18n().ui();
    view! {
        <div class="field">
            <label for="office-q">{t.search_label}</label>
            <p class="hint" id="office-q-hint">{t.search_hint}</p>
            <input
                id="office-q"
                type="search"
                name="q"
                autocomplete="off"
                aria-describedby="office-q-hint"
                prop:value=move || query.get().text
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    change(query, on_change, |q| q.text = text)
                }
            />
        </div>
    }
}

/// One kind of office to filter by (`None`: all). Choosing a kind clears the region,
/// which may belong to the other map.
#[component]
fn KindChoice(
    kind: Option<OfficeKind>,
    query: Memo<Query>,
    on_change: Callback<Query>,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = kind.map(OfficeKind::slug).unwrap_or_default();
    let chosen = Memo::new(move |_| query.get().kind == kind);
    view! {
        <label class="choice">
            <input
                type="radio"
                name="kind"
                value=value
                checked=chosen.get_untracked()
                prop:checked=move || chosen.get()
                on:change=move |_| {
                    change(query, on_change, |q| {
                        q.kind = kind;
                        q.region = None;
                    })
                }
            />
            <span>{move || kind_label(i18n.t(), kind)}</span>
        </label>
    }
}

/// The region filter: any region, or one from the Japan or the world group.
#[component]
fn RegionSelect(
    query: Memo<Query>,
    regions: Vec<Region>,
    on_change: Callback<Query>,
) -> impl IntoView {
    let t = use_i18n().ui();
    let no_region = Memo::new(move |_| query.get().region.is_none());
    view! {
        <div class="field">
            <label for="office-region">{t.region_label}</label>
            <select
                id="office-region"
                name="region"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    change(query, on_change, |q| q.region = (!value.is_empty()).then_some(value))
                }
            >
                <option value="" prop:selected=move || no_region.get()>
                    {t.region_all}
                </option>
                <RegionGroup scope=Scope::Japan regions=regions.clone() query />
                <RegionGroup scope=Scope::World regions query />
            </select>
        </div>
    }
}

/// The regions of one map, offered only while the chosen kind of office can be there.
#[component]
fn RegionGroup(scope: Scope, regions: Vec<Region>, query: Memo<Query>) -> impl IntoView {
    let i18n = use_i18n();
    let options = regions
        .into_iter()
        .filter(|r| r.scope == scope)
        .map(|Region { id, name, .. }| {
            let own = id.clone();
            let selected = Memo::new(move |_| query.get().region.as_deref() == Some(own.as_str()));
            view! {
                <option value=id prop:selected=move || selected.get()>
                    {move || name.get(i18n.lang.get()).to_string()}
                </option>
            }
        })
        .collect_view();
    let visible = Memo::new(move |_| match query.get().kind {
        Some(OfficeKind::Overseas) => scope == Scope::World,
        Some(_) => scope == Scope::Japan,
        None => true,
    });
    let label = move || match scope {
        Scope::Japan => i18n.t().regions_japan,
        Scope::World => i18n.t().regions_world,
    };
    view! {
        <optgroup label=label disabled=move || !visible.get() hidden=move || !visible.get()>
            {options}
        </optgroup>
    }
}
