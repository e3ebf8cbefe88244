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
    let i18n = use_i18n();
    let t = i18n.ui();
    let change = move |edit: &dyn Fn(&mut Query)| {
        let mut next = query.get_untracked();
        edit(&mut next);
        on_change.run(next);
    };
    let kinds = [
        None,
        Some(OfficeKind::Headquarters),
        Some(OfficeKind::Overseas),
        Some(OfficeKind::Branch),
    ]
    .into_iter()
    .map(|kind| {
        let value = kind.map(OfficeKind::slug).unwrap_or_default();
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="kind"
                    value=value
                    checked=query.get_untracked().kind == kind
                    prop:checked=move || query.get().kind == kind
                    on:change=move |_| {
                        change(&|q: &mut Query| {
                            q.kind = kind;
                            q.region = None;
                        })
                    }
                />
                <span>{move || kind_label(i18n.t(), kind)}</span>
            </label>
        }
    })
    .collect_view();
    let region_group = move |scope: Scope| {
        let options = regions
            .iter()
            .filter(|r| r.scope == scope)
            .map(|r| {
                let id = r.id.clone();
                let selected_id = id.clone();
                let name = r.name.clone();
                view! {
                    <option value=id prop:selected=move || query.get().region.as_deref() == Some(selected_id.as_str())>
                        {move || name.get(i18n.lang.get()).to_string()}
                    </option>
                }
            })
            .collect_view();
        let visible = move || match query.get().kind {
            Some(OfficeKind::Overseas) => scope == Scope::World,
            Some(_) => scope == Scope::Japan,
            None => true,
        };
        let label = move || match scope {
            Scope::Japan => i18n.t().regions_japan,
            Scope::World => i18n.t().regions_world,
        };
        view! {
            <optgroup label=label disabled=move || !visible() hidden=move || !visible()>
                {options}
            </optgroup>
        }
    };
    let japan = region_group(Scope::Japan);
    let world = region_group(Scope::World);
    view! {
        <form class="office-search" role="search" method="get" on:submit=|ev| ev.prevent_default()>
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
                        change(&|q: &mut Query| q.text = text.clone())
                    }
                />
            </div>
            <fieldset class="field kinds">
                <legend>{t.kind_legend}</legend>
                {kinds}
            </fieldset>
            <div class="field">
                <label for="office-region">{t.region_label}</label>
                <select
                    id="office-region"
                    name="region"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        change(&|q: &mut Query| q.region = (!value.is_empty()).then(|| value.clone()))
                    }
                >
                    <option value="" prop:selected=move || query.get().region.is_none()>
                        {t.region_all}
                    </option>
                    {japan}
                    {world}
                </select>
            </div>
            // Without the wasm, the form submits as a GET request; with it, results are live.
            <button type="submit" class="button">{t.search_label}</button>
        </form>
    }
}
