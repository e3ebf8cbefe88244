use leptos::html::Iframe;
use leptos::prelude::*;

use crate::browser::{origin, HEIGHT_MESSAGE};
use crate::components::copy_button::CopyButton;
use crate::components::loaded::Loaded;
use crate::components::page::PageTop;
use crate::data;
use crate::i18n::{use_i18n, Ui};
use crate::model::directory::{Directory, OfficeKind};
use crate::model::jet::Timeline;
use crate::model::lang::Lang;
use crate::model::site::embed::{
    iframe_snippet, script_snippet, widget_url, Accent, LangChoice, Options, Theme, Widget,
};
use crate::model::site::route::base;

/// `/embed`: partners pick a widget and its options, see it live and copy a snippet.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let i18n = use_i18n();
    let offices = data::offices();
    let timeline = data::jet_timeline();
    view! {
        <PageTop title=|t| t.embed_title description=|t| t.embed_meta />
        <p class="lead">{move || i18n.t().embed_lead}</p>
        <Loaded
            resource=offices
            view=move |directory: Directory| {
                view! {
                    <Loaded
                        resource=timeline
                        view=move |timeline: Timeline| {
                            view! { <Configurator directory=directory.clone() timeline /> }
                        }
                    />
                }
            }
        />
    }
}

fn widget_label(t: &Ui, widget: Widget) -> &'static str {
    match widget {
        Widget::Finder => t.widget_finder_title,
        Widget::Card => t.widget_card_title,
        Widget::Timeline => t.widget_timeline_title,
    }
}

fn theme_label(t: &Ui, theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => t.option_auto,
        Theme::Light => t.theme_light,
        Theme::Dark => t.theme_dark,
    }
}

/// Heights a preview may take, whatever a message claims.
const MIN_HEIGHT: f64 = 120.0;
const MAX_HEIGHT: f64 = 4000.0;

#[component]
fn Configurator(directory: Directory, timeline: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    let widget = RwSignal::new(Widget::Finder);
    let lang_choice = RwSignal::new(LangChoice::Auto);
    let theme = RwSignal::new(Theme::Auto);
    let accent = RwSignal::new(Accent::Navy);
    let compact = RwSignal::new(false);
    let kind = RwSignal::new(None::<OfficeKind>);
    let finder_country = RwSignal::new(None::<String>);
    let office = RwSignal::new("london".to_string());
    let timeline_country = RwSignal::new(None::<String>);
    let fixed_height = RwSignal::new(600u32);
    // Known only in the browser: snippets name the site they were copied from.
    let site = RwSignal::new(String::new());
    Effect::new(move |_| site.set(origin().unwrap_or_default()));

    let options = Memo::new(move |_| {
        let w = widget.get();
        Options {
            lang: lang_choice.get(),
            theme: theme.get(),
            accent: accent.get(),
            compact: compact.get(),
            kind: (w == Widget::Finder).then(|| kind.get()).flatten(),
            region: None,
            country: match w {
                Widget::Finder => finder_country.get(),
                Widget::Timeline => timeline_country.get(),
                Widget::Card => None,
            },
        }
    });
    // The site's root, with the sub-path it is served under.
    let root = Memo::new(move |_| format!("{}{}", site.get(), base().trim_end_matches('/')));
    let url =
        Memo::new(move |_| widget_url(&root.get(), widget.get(), &office.get(), &options.get()));
    let title = Memo::new(move |_| format!("CLAIR — {}", widget_label(i18n.t(), widget.get())));
    let iframe_code =
        Memo::new(move |_| iframe_snippet(&url.get(), &title.get(), fixed_height.get()));
    let script_code = Memo::new(move |_| {
        script_snippet(&root.get(), widget.get(), &office.get(), &options.get())
    });

    // The preview fits its content, like the loader does on a partner's page.
    let frame = NodeRef::<Iframe>::new();
    let preview_height = RwSignal::new(480.0);
    let handle = window_event_listener(leptos::ev::message, move |event| {
        let Some(frame) = frame.get_untracked() else {
            return;
        };
        let own = frame
            .content_window()
            .is_some_and(|w| event.source().is_some_and(|s| js_sys::Object::is(&s, &w)));
        if !own || event.origin() != site.get_untracked() {
            return;
        }
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let height = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|v| v.as_f64());
        if let (Some(kind), Some(height)) = (kind, height) {
            if kind == HEIGHT_MESSAGE && height.is_finite() {
                preview_height.set(height.clamp(MIN_HEIGHT, MAX_HEIGHT));
            }
        }
    });
    on_cleanup(move || handle.remove());

    let widget_choices = Widget::ALL
        .into_iter()
        .map(|w| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="widget"
                        value=w.slug()
                        prop:checked=move || widget.get() == w
                        on:change=move |_| widget.set(w)
                    />
                    <span>{move || widget_label(i18n.t(), w)}</span>
                </label>
            }
        })
        .collect_view();
    let accents = Accent::ALL
        .into_iter()
        .map(|a| {
            view! {
                <label class=format!("swatch accent-{}", a.slug())>
                    <input
                        type="radio"
                        name="accent"
                        value=a.slug()
                        prop:checked=move || accent.get() == a
                        on:change=move |_| accent.set(a)
                    />
                    <span>{a.slug()}</span>
                </label>
            }
        })
        .collect_view();
    let themes = Theme::ALL
        .into_iter()
        .map(|th| view! { <option value=th.slug() prop:selected=move || theme.get() == th>{move || theme_label(i18n.t(), th)}</option> })
        .collect_view();
    let countries = directory.countries.clone();
    let country_options = move || {
        countries
            .iter()
            .filter(|c| c.code != "JP")
            .map(|c| {
                let code = c.code.clone();
                let selected = code.clone();
                let name = c.name.clone();
                view! {
                    <option value=code prop:selected=move || finder_country.get().as_deref() == Some(selected.as_str())>
                        {move || name.get(lang.get()).to_string()}
                    </option>
                }
            })
            .collect_view()
    };
    let offices: Vec<(String, crate::model::lang::Text)> = directory
        .offices
        .iter()
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    let office_options = offices
        .into_iter()
        .map(|(id, name)| {
            let selected = id.clone();
            view! {
                <option value=id prop:selected=move || office.get() == selected>
                    {move || name.get(lang.get()).to_string()}
                </option>
            }
        })
        .collect_view();
    let mut seen = std::collections::HashSet::new();
    let timeline_options = timeline
        .countries
        .iter()
        .filter(|c| seen.insert(c.country.clone()))
        .map(|c| {
            let code = c.country.clone();
            let selected = code.clone();
            let name = c.name.clone();
            view! {
                <option value=code prop:selected=move || timeline_country.get().as_deref() == Some(selected.as_str())>
                    {move || name.get(lang.get()).to_string()}
                </option>
            }
        })
        .collect_view();
    let kinds = [
        OfficeKind::Headquarters,
        OfficeKind::Overseas,
        OfficeKind::Branch,
    ]
    .into_iter()
    .map(|k| {
        view! {
            <option value=k.slug() prop:selected=move || kind.get() == Some(k)>
                {move || crate::components::office_list::kind_name(i18n.t(), k)}
            </option>
        }
    })
    .collect_view();
    let none_or = |value: String| (!value.is_empty()).then_some(value);

    view! {
        <div class="configurator">
            <form class="embed-options" on:submit=|ev| ev.prevent_default()>
                <fieldset class="field">
                    <legend>{move || i18n.t().embed_widget}</legend>
                    <div class="kinds">{widget_choices}</div>
                </fieldset>
                <div class="field" hidden=move || widget.get() != Widget::Finder>
                    <label for="embed-kind">{move || i18n.t().kind_legend}</label>
                    <select id="embed-kind" on:change=move |ev| kind.set(OfficeKind::from_slug(&event_target_value(&ev)))>
                        <option value="" prop:selected=move || kind.get().is_none()>{move || i18n.t().kind_all}</option>
                        {kinds}
                    </select>
                </div>
                <div class="field" hidden=move || widget.get() != Widget::Finder>
                    <label for="embed-country">{move || i18n.t().embed_country_filter}</label>
                    <select id="embed-country" on:change=move |ev| finder_country.set(none_or(event_target_value(&ev)))>
                        <option value="" prop:selected=move || finder_country.get().is_none()>{move || i18n.t().embed_any_country}</option>
                        {country_options}
                    </select>
                </div>
                <div class="field" hidden=move || widget.get() != Widget::Card>
                    <label for="embed-office">{move || i18n.t().embed_office}</label>
                    <select id="embed-office" on:change=move |ev| office.set(event_target_value(&ev))>
                        {office_options}
                    </select>
                </div>
                <div class="field" hidden=move || widget.get() != Widget::Timeline>
                    <label for="embed-timeline-country">{move || i18n.t().timeline_country}</label>
                    <select id="embed-timeline-country" on:change=move |ev| timeline_country.set(none_or(event_target_value(&ev)))>
                        <option value="" prop:selected=move || timeline_country.get().is_none()>{move || i18n.t().timeline_other_country}</option>
                        {timeline_options}
                    </select>
                </div>
                <div class="field">
                    <label for="embed-lang">{move || i18n.t().embed_language}</label>
                    <select id="embed-lang" on:change=move |ev| {
                        lang_choice.set(match Lang::from_code(&event_target_value(&ev)) {
                            Some(l) => LangChoice::Fixed(l),
                            None => LangChoice::Auto,
                        })
                    }>
                        <option value="auto">{move || i18n.t().option_auto}</option>
                        <option value="en">"English"</option>
                        <option value="ja">"日本語"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="embed-theme">{move || i18n.t().embed_theme}</label>
                    <select id="embed-theme" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        theme.set(Theme::ALL.into_iter().find(|t| t.slug() == value).unwrap_or_default())
                    }>
                        {themes}
                    </select>
                </div>
                <fieldset class="field">
                    <legend>{move || i18n.t().embed_accent}</legend>
                    <div class="swatches">{accents}</div>
                </fieldset>
                <div class="field check">
                    <input id="embed-compact" type="checkbox" prop:checked=move || compact.get() on:change=move |ev| compact.set(event_target_checked(&ev)) />
                    <label for="embed-compact">{move || i18n.t().embed_compact}</label>
                </div>
                <div class="field">
                    <label for="embed-height">{move || i18n.t().embed_height}</label>
                    <p class="hint" id="embed-height-hint">{move || i18n.t().embed_height_hint}</p>
                    <input
                        id="embed-height"
                        type="number"
                        min="200"
                        max="4000"
                        step="50"
                        aria-describedby="embed-height-hint"
                        prop:value=move || fixed_height.get().to_string()
                        on:change=move |ev| {
                            if let Ok(h) = event_target_value(&ev).parse::<u32>() {
                                fixed_height.set(h.clamp(200, 4000));
                            }
                        }
                    />
                </div>
            </form>
            <section class="embed-preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{move || i18n.t().embed_preview}</h2>
                <iframe
                    node_ref=frame
                    src=move || url.get()
                    title=move || title.get()
                    style=move || format!("height:{}px", preview_height.get())
                ></iframe>
            </section>
        </div>
        <section class="content-section" aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">{move || i18n.t().embed_snippets}</h2>
            <h3>
                <label for="snippet-script">{move || i18n.t().embed_script_snippet}</label>
            </h3>
            <p class="hint">{move || i18n.t().embed_script_hint}</p>
            <textarea id="snippet-script" class="snippet" readonly rows="3" prop:value=move || script_code.get()></textarea>
            {move || view! { <CopyButton text=script_code.get() label=Signal::derive(move || i18n.t().embed_copy_script.to_string()) /> }}
            <h3>
                <label for="snippet-iframe">{move || i18n.t().embed_iframe_snippet}</label>
            </h3>
            <p class="hint">{move || i18n.t().embed_iframe_hint}</p>
            <textarea id="snippet-iframe" class="snippet" readonly rows="3" prop:value=move || iframe_code.get()></textarea>
            {move || view! { <CopyButton text=iframe_code.get() label=Signal::derive(move || i18n.t().embed_copy_iframe.to_string()) /> }}
        </section>
    }
}
