use leptos::prelude::*;

use crate::browser::origin;
use crate::components::embed_form::{widget_label, Choices, EmbedForm, EmbedState};
use crate::components::embed_preview::EmbedPreview;
use crate::components::embed_snippets::EmbedSnippets;
use crate::components::island_slot::IslandSlot;
use crate::components::loaded::ready;
use crate::components::page::{PageTop, SiteOrigin};
use crate::data;
use crate::i18n::{provide_i18n, use_i18n};
use crate::model::directory::Directory;
use crate::model::jet::Timeline;
use crate::model::lang::Lang;
use crate::model::site::embed::{iframe_snippet, script_snippet, widget_url};
use crate::model::site::route::base;

/// `/embed`: partners pick a widget and its options, see it live and copy a snippet.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang.get_untracked();
    // Read while prerendering: the island gets the few names its form offers.
    let choices = data::now::<Directory>().and_then(|directory| {
        data::now::<Timeline>().map(|timeline| choices(&directory, &timeline))
    });
    view! {
        <PageTop title=|t| t.embed_title description=|t| t.embed_meta />
        <p class="lead">{t.embed_lead}</p>
        <IslandSlot on_interaction=true>
            {ready(choices, move |choices| view! { <EmbedConfigurator lang choices site=origin_at_build() /> })}
        </IslandSlot>
    }
}

/// The public origin the site is built for (`SITE_URL`), known while prerendering.
fn origin_at_build() -> String {
    use_context::<SiteOrigin>()
        .map(|SiteOrigin(origin)| origin.trim_end_matches('/').to_string())
        .unwrap_or_default()
}

fn choices(directory: &Directory, timeline: &Timeline) -> Choices {
    let countries = directory
        .countries
        .iter()
        .filter(|c| c.code != "JP")
        .map(|c| (c.code.clone(), c.name.clone()))
        .collect();
    let offices = directory
        .offices
        .iter()
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let timeline_countries = timeline
        .countries
        .iter()
        .filter(|c| seen.insert(c.country.clone()))
        .map(|c| (c.country.clone(), c.name.clone()))
        .collect();
    Choices {
        countries,
        offices,
        timeline_countries,
    }
}

/// The form, the live preview and the snippets.
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn EmbedConfigurator(lang: Lang, choices: Choices, site: String) -> impl IntoView {
    provide_i18n(lang);
    let i18n = use_i18n();
    let state = EmbedState::new();
    // The prerendered snippets name the site's public origin; once in the browser,
    // the site they are copied from (a copy of the site on another host).
    let site = RwSignal::new(site);
    Effect::new(move |_| site.set(origin().unwrap_or_default()));

    let options = Memo::new(move |_| state.options());
    // The site's root, with the sub-path it is served under.
    let root = Memo::new(move |_| format!("{}{}", site.get(), base().trim_end_matches('/')));
    let url = Memo::new(move |_| {
        let (widget, office) = (state.widget.get(), state.office.get());
        widget_url(&root.get(), widget, &office, &options.get())
    });
    // The preview loads the widget from this very copy of the site (a path, never the
    // build's origin), so it shows before scripts and stays within the frame policy.
    let preview = Memo::new(move |_| {
        let (widget, office) = (state.widget.get(), state.office.get());
        widget_url(
            base().trim_end_matches('/'),
            widget,
            &office,
            &options.get(),
        )
    });
    let title =
        Memo::new(move |_| format!("CLAIR — {}", widget_label(i18n.t(), state.widget.get())));
    let iframe_code =
        Memo::new(move |_| iframe_snippet(&url.get(), &title.get(), state.fixed_height.get()));
    let script_code = Memo::new(move |_| {
        let (widget, office) = (state.widget.get(), state.office.get());
        script_snippet(&root.get(), widget, &office, &options.get())
    });
    view! {
        <div class="configurator">
            <EmbedForm state choices />
            <EmbedPreview url=preview title site />
        </div>
        <EmbedSnippets script=script_code iframe=iframe_code />
    }
}
