use leptos::prelude::*;

use crate::components::island_slot::IslandSlot;
use crate::components::jet_nav::JetNav;
use crate::components::loaded::{ready, Loaded};
use crate::components::page::PageTop;
use crate::components::programme_note::ProgrammeNote;
use crate::components::sources::SourceList;
use crate::data;
use crate::i18n::{fill, localized, provide_i18n, use_i18n};
use crate::model::files::Content;
use crate::model::jet::{Faq, FaqItem};
use crate::model::lang::Lang;

/// `/jet/faq`: grouped, numbered questions with deep links and a search box.
#[component]
pub fn JetFaqPage() -> impl IntoView {
    let i18n = use_i18n();
    let faq = data::jet_faq();
    view! {
        <JetNav />
        <PageTop title=|t| t.jet_faq_title description=|t| t.jet_faq_meta />
        <Loaded
            resource=faq
            view=move |faq: Faq| {
                view! {
                    <ProgrammeNote programme=faq.programme />
                    <IslandSlot needs=Faq::FILE on_interaction=true>
                        <FaqSearch lang=i18n.lang.get_untracked() />
                    </IslandSlot>
                }
            }
        />
    }
}

/// The search box and the questions it filters (all shown until the visitor types).
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn FaqSearch(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(data::now::<Faq>(), |faq| view! { <FaqView faq /> })
}

#[component]
fn FaqView(faq: Faq) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let typed = RwSignal::new(String::new());
    let total = faq.groups.iter().map(|g| g.items.len()).sum::<usize>();
    let stored = StoredValue::new(faq.clone());
    let shown = Memo::new(move |_| {
        let typed = typed.get();
        let lang = i18n.lang.get();
        stored.with_value(|f| {
            f.search(&typed, lang)
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>()
        })
    });
    let count = move || {
        let n = shown.with(Vec::len);
        if typed.with(|t| t.trim().is_empty()) {
            String::new()
        } else if n == 0 {
            i18n.t().faq_none.to_string()
        } else {
            fill(
                i18n.t().faq_matches,
                &[("n", &n.to_string()), ("total", &total.to_string())],
            )
        }
    };
    let mut number = 0;
    let groups = faq
        .groups
        .into_iter()
        .map(|group| {
            let heading_id = format!("faq-{}", group.id);
            let ids: Vec<String> = group.items.iter().map(|i| i.id.clone()).collect();
            let visible = move || shown.with(|s| ids.iter().any(|id| s.contains(id)));
            let items = group
                .items
                .into_iter()
                .map(|item| {
                    number += 1;
                    view! { <FaqEntry item number shown /> }
                })
                .collect_view();
            view! {
                <section class="faq-group" aria-labelledby=heading_id.clone() hidden=move || !visible()>
                    <h2 id=heading_id.clone()>{localized(group.heading)}</h2>
                    <ol class="faq-items">{items}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="faq-search" role="search">
            <label for="faq-q">{t.faq_search}</label>
            <input
                id="faq-q"
                type="search"
                autocomplete="off"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
            <p class="results-count" role="status">{count}</p>
        </div>
        {groups}
    }
}

#[component]
fn FaqEntry(item: FaqItem, number: usize, shown: Memo<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let FaqItem {
        id,
        question,
        answer,
        sources,
    } = item;
    let key = id.clone();
    let visible = move || shown.with(|s| s.contains(&key));
    let answer = answer
        .into_iter()
        .map(|p| view! { <p>{localized(p)}</p> })
        .collect_view();
    let anchor = format!("#{id}");
    let label = question.clone();
    view! {
        <li class="faq-item" id=id value=number hidden=move || !visible()>
            <h3>
                {localized(question)}
                " "
                <a class="anchor" href=anchor>
                    <span aria-hidden="true">"#"</span>
                    <span class="visually-hidden">
                        {t.faq_link} {localized(label.clone())}
                    </span>
                </a>
            </h3>
            {answer}
            <SourceList sources />
        </li>
    }
}
