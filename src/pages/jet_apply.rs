use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::browser::{forget, store, stored};
use crate::components::content_section::TextList;
use crate::components::island_slot::IslandSlot;
use crate::components::jet_nav::JetNav;
use crate::components::loaded::{ready, Loaded};
use crate::components::page::PageTop;
use crate::components::programme_note::ProgrammeNote;
use crate::components::sources::SourceList;
use crate::data;
use crate::i18n::{fill, localized, provide_i18n, use_i18n};
use crate::model::files::Content;
use crate::model::jet::checklist::{self, Restored, STORAGE_KEY};
use crate::model::jet::{Document, Guide, Step};
use crate::model::lang::{Lang, Text};
use crate::model::site::route::localize;

/// `/jet/apply`: the steps from checking eligibility to departure, and a document
/// checklist whose ticks stay on this device.
#[component]
pub fn JetApplyPage() -> impl IntoView {
    let i18n = use_i18n();
    let guide = data::jet_guide();
    view! {
        <JetNav />
        <PageTop title=|t| t.jet_apply_title description=|t| t.jet_apply_meta />
        <Loaded
            resource=guide
            view=move |guide: Guide| {
                let lang = i18n.lang.get_untracked();
                view! {
                    <ProgrammeNote programme=guide.programme />
                    <p class="lead">{localized(guide.intro)}</p>
                    <IslandSlot needs=Guide::FILE on_interaction=true unless_stored=STORAGE_KEY>
                        <GuideSteps lang />
                        <DocumentChecklist lang />
                    </IslandSlot>
                    <SourceList sources=guide.sources />
                }
            }
        />
    }
}

/// The steps, each opening on its own or all at once.
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn GuideSteps(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(data::now::<Guide>(), |guide| {
        view! { <StepsView steps=guide.steps documents=guide.documents /> }
    })
}

/// The document checklist, its ticks kept in this browser's storage.
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn DocumentChecklist(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(data::now::<Guide>(), |guide| {
        view! { <Checklist documents=guide.documents /> }
    })
}

#[component]
fn StepsView(steps: Vec<Step>, documents: Vec<Document>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let names: Vec<(String, Text)> = documents
        .iter()
        .map(|d| (d.id.clone(), d.name.clone()))
        .collect();
    let step_ids: Vec<String> = steps.iter().map(|s| s.id.clone()).collect();
    let open = RwSignal::new(BTreeSet::<String>::new());
    let all_open = Memo::new(move |_| open.with(|o| o.len() == step_ids.len()));
    let all_ids: Vec<String> = steps.iter().map(|s| s.id.clone()).collect();
    let toggle_all = move |_| {
        if all_open.get_untracked() {
            open.set(BTreeSet::new());
        } else {
            open.set(all_ids.iter().cloned().collect());
        }
    };
    let steps = steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| view! { <StepItem number=i + 1 step open names=names.clone() /> })
        .collect_view();
    view! {
        <section class="content-section" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{t.steps_heading}</h2>
            <p class="no-print">
                <button type="button" class="button button-secondary" aria-expanded=move || all_open.get().to_string() on:click=toggle_all>
                    {move || if all_open.get() { i18n.t().hide_all_steps } else { i18n.t().show_all_steps }}
                </button>
            </p>
            <ol class="step-by-step">{steps}</ol>
        </section>
    }
}

#[component]
fn StepItem(
    number: usize,
    step: Step,
    open: RwSignal<BTreeSet<String>>,
    names: Vec<(String, Text)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let Step {
        id,
        title,
        when,
        summary,
        details,
        documents,
        page,
        sources,
    } = step;
    let body_id = format!("step-{id}-body");
    let key = id.clone();
    let is_open = Memo::new(move |_| open.with(|o| o.contains(&key)));
    let key = id.clone();
    let toggle = move |_| {
        open.update(|o| {
            if !o.remove(&key) {
                o.insert(key.clone());
            }
        })
    };
    let documents = (!documents.is_empty()).then(|| {
        let items = documents
            .iter()
            .filter_map(|doc| names.iter().find(|(id, _)| id == doc))
            .map(|(doc, name)| {
                view! { <li><a href=format!("#doc-{doc}")>{localized(name.clone())}</a></li> }
            })
            .collect_view();
        view! {
            <p class="step-docs-label">{t.step_documents}</p>
            <ul class="step-docs">{items}</ul>
        }
    });
    let page = page.map(|path| {
        view! {
            <p>
                <a href=move || localize(&path, i18n.lang.get())>{t.step_page_link}</a>
            </p>
        }
    });
    view! {
        <li class="step" id=format!("step-{id}")>
            <h3>
                <button
                    type="button"
                    class="step-toggle"
                    aria-expanded=move || is_open.get().to_string()
                    aria-controls=body_id.clone()
                    on:click=toggle
                >
                    <span class="step-number">{number}</span>
                    <span class="step-title">{localized(title)}</span>
                </button>
            </h3>
            <p class="step-when">{localized(when)}</p>
            <p class="step-summary">{localized(summary)}</p>
            <div class="step-body" id=body_id hidden=move || !is_open.get()>
                <TextList items=details />
                {documents}
                {page}
                <SourceList sources />
            </div>
        </li>
    }
}

/// What the checklist found in storage, told once.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    None,
    Reset,
    Cleared,
}

#[component]
fn Checklist(documents: Vec<Document>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let total = documents.len();
    let known: Vec<String> = documents.iter().map(|d| d.id.clone()).collect();
    let ticked = RwSignal::new(BTreeSet::<String>::new());
    let notice = RwSignal::new(Notice::None);
    restore_ticks(known, ticked, notice);
    let done = Memo::new(move |_| ticked.with(BTreeSet::len));
    let progress = move || {
        fill(
            i18n.t().checklist_progress,
            &[
                ("n", &done.get().to_string()),
                ("total", &total.to_string()),
            ],
        )
    };
    let items = documents
        .into_iter()
        .map(|doc| view! { <CheckItem doc ticked /> })
        .collect_view();
    view! {
        <section class="content-section checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{t.checklist_heading}</h2>
            <p class="hint">{t.checklist_hint}</p>
            <ChecklistNotice notice />
            <p id="checklist-progress" role="status">{progress}</p>
            <progress max=total value=move || done.get() aria-labelledby="checklist-progress"></progress>
            <ul class="check-items">{items}</ul>
            <ChecklistActions ticked notice />
        </section>
    }
}

/// Reads the ticks from storage after mount: the prerendered page shows an empty
/// checklist. What cannot be read is forgotten, and the visitor told.
fn restore_ticks(known: Vec<String>, ticked: RwSignal<BTreeSet<String>>, notice: RwSignal<Notice>) {
    Effect::new(move |_| {
        let restored = checklist::restore(
            stored(STORAGE_KEY).as_deref(),
            known.iter().map(String::as_str),
        );
        if restored == Restored::Reset {
            forget(STORAGE_KEY);
            notice.set(Notice::Reset);
        }
        ticked.set(restored.ticked());
    });
}

/// One document to tick; a tick is stored at once.
#[component]
fn CheckItem(doc: Document, ticked: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let id = doc.id.clone();
    let input_id = format!("doc-{}", doc.id);
    let checked_id = id.clone();
    let set = move |on: bool| {
        ticked.update(|t| {
            if on {
                t.insert(id.clone());
            } else {
                t.remove(&id);
            }
        });
        store(STORAGE_KEY, &ticked.with_untracked(checklist::store));
    };
    view! {
        <li class="check-item">
            <input
                type="checkbox"
                id=input_id.clone()
                prop:checked=move || ticked.with(|t| t.contains(&checked_id))
                on:change=move |ev| set(event_target_checked(&ev))
            />
            <label for=input_id>{localized(doc.name)}</label>
            <p class="hint">{localized(doc.note)}</p>
        </li>
    }
}

/// What the checklist found in storage, or that it was cleared.
#[component]
fn ChecklistNotice(notice: RwSignal<Notice>) -> impl IntoView {
    let t = use_i18n().ui();
    move || match notice.get() {
        Notice::None => None,
        Notice::Reset => {
            Some(view! { <p class="notice" role="alert">{t.checklist_reset}</p> }.into_any())
        }
        Notice::Cleared => {
            Some(view! { <p class="notice" role="status">{t.checklist_cleared}</p> }.into_any())
        }
    }
}

/// Clearing the ticks (and their storage), and printing the page.
#[component]
fn ChecklistActions(ticked: RwSignal<BTreeSet<String>>, notice: RwSignal<Notice>) -> impl IntoView {
    let t = use_i18n().ui();
    let clear = move |_| {
        ticked.set(BTreeSet::new());
        forget(STORAGE_KEY);
        notice.set(Notice::Cleared);
    };
    let print = |_| {
        #[cfg(not(feature = "ssr"))]
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <p class="actions no-print">
            <button type="button" class="button button-secondary" on:click=clear>
                {t.checklist_clear}
            </button>
            <button type="button" class="button button-secondary" on:click=print>
                {t.print}
            </button>
        </p>
    }
}
