use leptos::prelude::*;

use crate::components::ext_link::ExtLink;
use crate::i18n::{fill, localized, use_i18n};
use crate::model::content::Source;
use crate::model::date::Date;
use crate::model::lang::Text;

/// The sources behind a block of content, with the page's own date and when it was
/// read. Folded away under "Sources (n)" unless `open`, so they don't crowd the facts.
#[component]
pub fn SourceList(
    sources: Vec<Source>,
    #[prop(optional)] open: bool,
    /// A remark about the sources themselves, read first when they are opened.
    #[prop(default = None)]
    note: Option<Text>,
) -> impl IntoView {
    let note = note.map(|n| view! { <p class="sources-note">{localized(n)}</p> });
    let count = sources.len();
    let i18n = use_i18n();
    let t = i18n.ui();
    let items = sources
        .into_iter()
        .map(
            |Source {
                 url,
                 title,
                 accessed,
                 as_of,
                 secondary,
             }| {
                let accessed = Date::parse(&accessed);
                let notes = move || {
                    let as_of = as_of.as_ref().map(|d| fill(t.source_as_of, &[("date", d)]));
                    let accessed = accessed.map(|d| {
                        fill(
                            t.source_accessed,
                            &[("date", &d.display(i18n.lang.get_untracked()))],
                        )
                    });
                    let secondary = secondary.then(|| t.source_secondary.to_string());
                    [secondary, as_of, accessed]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(" · ")
                };
                view! {
                    <li>
                        <ExtLink url>{title}</ExtLink>
                        " "
                        <span class="source-notes">{notes}</span>
                    </li>
                }
            },
        )
        .collect_view();
    view! {
        <details class="sources" open=open>
            <summary class="sources-label">
                {t.sources_label} " (" {count} ")"
            </summary>
            {note}
            <ul>{items}</ul>
        </details>
    }
}
