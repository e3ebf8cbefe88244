//! The configurator's look fields: the widget's language, theme, accent, density and
//! the iframe's height.

use leptos::prelude::*;

use crate::components::embed_form::EmbedState;
use crate::i18n::{use_i18n, Ui};
use crate::model::lang::Lang;
use crate::model::site::embed::{Accent, LangChoice, Theme};

/// How the widget looks: language, theme, accent, density and the iframe's height.
#[component]
pub fn LookFields(state: EmbedState) -> impl IntoView {
    let t = use_i18n().ui();
    let EmbedState {
        lang,
        theme,
        accent,
        compact,
        fixed_height,
        ..
    } = state;
    view! {
        <LanguageField lang />
        <ThemeField theme />
        <fieldset class="field">
            <legend>{t.embed_accent}</legend>
            <AccentSwatches accent />
        </fieldset>
        <div class="field check">
            <input id="embed-compact" type="checkbox" checked=compact.get_untracked() prop:checked=move || compact.get() on:change=move |ev| compact.set(event_target_checked(&ev)) />
            <label for="embed-compact">{t.embed_compact}</label>
        </div>
        <HeightField fixed_height />
    }
}

/// The widget's language: the visitor's, or every language of the site, each in its
/// own name.
#[component]
fn LanguageField(lang: RwSignal<LangChoice>) -> impl IntoView {
    let t = use_i18n().ui();
    let languages = Lang::ALL
        .into_iter()
        .map(|l| {
            let chosen = move || lang.get() == LangChoice::Fixed(l);
            view! {
                <option value=l.code() lang=l.tag() selected=untrack(chosen) prop:selected=chosen>
                    {l.native_name()}
                </option>
            }
        })
        .collect_view();
    let on_lang = move |ev| {
        lang.set(match Lang::from_code(&event_target_value(&ev)) {
            Some(l) => LangChoice::Fixed(l),
            None => LangChoice::Auto,
        })
    };
    view! {
        <div class="field">
            <label for="embed-lang">{t.embed_language}</label>
            <select id="embed-lang" on:change=on_lang>
                <option value="auto">{t.option_auto}</option>
                {languages}
            </select>
        </div>
    }
}

/// The widget's theme: the visitor's, light or dark.
#[component]
fn ThemeField(theme: RwSignal<Theme>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let themes = Theme::ALL
        .into_iter()
        .map(|th| view! { <option value=th.slug() selected=theme.get_untracked() == th prop:selected=move || theme.get() == th>{move || theme_label(i18n.t(), th)}</option> })
        .collect_view();
    let on_theme = move |ev| {
        let value = event_target_value(&ev);
        theme.set(
            Theme::ALL
                .into_iter()
                .find(|t| t.slug() == value)
                .unwrap_or_default(),
        )
    };
    view! {
        <div class="field">
            <label for="embed-theme">{t.embed_theme}</label>
            <select id="embed-theme" on:change=on_theme>{themes}</select>
        </div>
    }
}

/// The iframe's height in pixels, kept between 200 and 4000.
#[component]
fn HeightField(fixed_height: RwSignal<u32>) -> impl IntoView {
    let t = use_i18n().ui();
    let on_height = move |ev| {
        if let Ok(h) = event_target_value(&ev).parse::<u32>() {
            fixed_height.set(h.clamp(200, 4000));
        }
    };
    view! {
        <div class="field">
            <label for="embed-height">{t.embed_height}</label>
            <p class="hint" id="embed-height-hint">{t.embed_height_hint}</p>
            <input
                id="embed-height"
                type="number"
                min="200"
                max="4000"
                step="50"
                aria-describedby="embed-height-hint"
                value=fixed_height.get_untracked().to_string()
                prop:value=move || fixed_height.get().to_string()
                on:change=on_height
            />
        </div>
    }
}

/// The accent colours, as swatches (radio buttons).
#[component]
fn AccentSwatches(accent: RwSignal<Accent>) -> impl IntoView {
    let accents = Accent::ALL
        .into_iter()
        .map(|a| {
            view! {
                <label class=format!("swatch accent-{}", a.slug())>
                    <BoundRadio name="accent" slug=a.slug() value=a state=accent />
                    <span>{a.slug()}</span>
                </label>
            }
        })
        .collect_view();
    view! { <div class="swatches">{accents}</div> }
}

fn theme_label(t: &Ui, theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => t.option_auto,
        Theme::Light => t.theme_light,
        Theme::Dark => t.theme_dark,
    }
}

/// A radio button for one value of a signal, checked in the prerendered HTML too.
#[component]
pub fn BoundRadio<T>(
    name: &'static str,
    slug: &'static str,
    value: T,
    state: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <input
            type="radio"
            name=name
            value=slug
            checked=state.get_untracked() == value
            prop:checked=move || state.get() == value
            on:change=move |_| state.set(value)
        />
    }
}
