//! The configurator's form: which widget, its filters and its looks.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::components::embed_look::{BoundRadio, LookFields};
use crate::components::office_list::kind_name;
use crate::i18n::{use_i18n, Ui};
use crate::model::directory::OfficeKind;
use crate::model::lang::Text;
use crate::model::site::embed::{Accent, LangChoice, Options, Theme, Widget};

/// What the form offers: codes or ids with their names, taken from the content files
/// while prerendering, so the configurator fetches none of them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Choices {
    /// Countries the finder can be limited to.
    pub countries: Vec<(String, Text)>,
    pub offices: Vec<(String, Text)>,
    /// Countries with published JET dates.
    pub timeline_countries: Vec<(String, Text)>,
}

/// Everything a partner has chosen so far. Each control writes its value as an
/// attribute too, so the prerendered form shows the defaults before the island runs.
#[derive(Clone, Copy)]
pub struct EmbedState {
    pub widget: RwSignal<Widget>,
    pub lang: RwSignal<LangChoice>,
    pub theme: RwSignal<Theme>,
    pub accent: RwSignal<Accent>,
    pub compact: RwSignal<bool>,
    pub kind: RwSignal<Option<OfficeKind>>,
    pub finder_country: RwSignal<Option<String>>,
    pub office: RwSignal<String>,
    pub timeline_country: RwSignal<Option<String>>,
    pub fixed_height: RwSignal<u32>,
}

impl EmbedState {
    pub fn new() -> EmbedState {
        EmbedState {
            widget: RwSignal::new(Widget::Finder),
            lang: RwSignal::new(LangChoice::Auto),
            theme: RwSignal::new(Theme::Auto),
            accent: RwSignal::new(Accent::Navy),
            compact: RwSignal::new(false),
            kind: RwSignal::new(None),
            finder_country: RwSignal::new(None),
            office: RwSignal::new("london".to_string()),
            timeline_country: RwSignal::new(None),
            fixed_height: RwSignal::new(600),
        }
    }

    /// The widget's options (tracked): only the filters of the chosen widget.
    pub fn options(&self) -> Options {
        let widget = self.widget.get();
        Options {
            lang: self.lang.get(),
            theme: self.theme.get(),
            accent: self.accent.get(),
            compact: self.compact.get(),
            kind: (widget == Widget::Finder)
                .then(|| self.kind.get())
                .flatten(),
            region: None,
            country: match widget {
                Widget::Finder => self.finder_country.get(),
                Widget::Timeline => self.timeline_country.get(),
                Widget::Card => None,
            },
        }
    }
}

impl Default for EmbedState {
    fn default() -> Self {
        Self::new()
    }
}

pub fn widget_label(t: &Ui, widget: Widget) -> &'static str {
    match widget {
        Widget::Finder => t.widget_finder_title,
        Widget::Card => t.widget_card_title,
        Widget::Timeline => t.widget_timeline_title,
    }
}

/// `<option>`s for named values, the chosen one selected (in the prerendered HTML too).
pub fn named_options(
    items: Vec<(String, Text)>,
    chosen: impl Fn(&str) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_i18n().lang;
    items
        .into_iter()
        .map(|(value, name)| {
            let selected = value.clone();
            let initially = untrack(|| chosen(&value));
            view! {
                <option value=value selected=initially prop:selected=move || chosen(&selected)>
                    {move || name.get(lang.get()).to_string()}
                </option>
            }
        })
        .collect_view()
}

/// The whole form: which widget and its filters, then its looks.
#[component]
pub fn EmbedForm(state: EmbedState, choices: Choices) -> impl IntoView {
    view! {
        <form class="embed-options" on:submit=|ev| ev.prevent_default()>
            <WidgetFields state choices />
            <LookFields state />
        </form>
    }
}

/// Which widget, and what it shows: kind and country, office, or timeline country.
#[component]
fn WidgetFields(state: EmbedState, choices: Choices) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let EmbedState {
        widget,
        kind,
        finder_country,
        office,
        timeline_country,
        ..
    } = state;
    let none_or = |value: String| (!value.is_empty()).then_some(value);
    let widget_choices = Widget::ALL
        .into_iter()
        .map(|w| {
            view! {
                <label class="choice">
                    <BoundRadio name="widget" slug=w.slug() value=w state=widget />
                    <span>{move || widget_label(i18n.t(), w)}</span>
                </label>
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
            <option value=k.slug() selected=kind.get_untracked() == Some(k) prop:selected=move || kind.get() == Some(k)>
                {move || kind_name(i18n.t(), k)}
            </option>
        }
    })
    .collect_view();
    let is = move |chosen: RwSignal<Option<String>>| {
        move |v: &str| chosen.with(|c| c.as_deref() == Some(v))
    };
    let countries = named_options(choices.countries, is(finder_country));
    let offices = named_options(choices.offices, move |v| office.with(|o| o == v));
    let timeline_countries = named_options(choices.timeline_countries, is(timeline_country));
    let hidden_unless = move |w: Widget| move || widget.get() != w;
    view! {
        <fieldset class="field">
            <legend>{t.embed_widget}</legend>
            <div class="kinds">{widget_choices}</div>
        </fieldset>
        <div class="field" hidden=hidden_unless(Widget::Finder)>
            <label for="embed-kind">{t.kind_legend}</label>
            <select id="embed-kind" on:change=move |ev| kind.set(OfficeKind::from_slug(&event_target_value(&ev)))>
                <option value="" prop:selected=move || kind.get().is_none()>{t.kind_all}</option>
                {kinds}
            </select>
        </div>
        <div class="field" hidden=hidden_unless(Widget::Finder)>
            <label for="embed-country">{t.embed_country_filter}</label>
            <select id="embed-country" on:change=move |ev| finder_country.set(none_or(event_target_value(&ev)))>
                <option value="" prop:selected=move || finder_country.get().is_none()>{t.embed_any_country}</option>
                {countries}
            </select>
        </div>
        <div class="field" hidden=hidden_unless(Widget::Card)>
            <label for="embed-office">{t.embed_office}</label>
            <select id="embed-office" on:change=move |ev| office.set(event_target_value(&ev))>
                {offices}
            </select>
        </div>
        <div class="field" hidden=hidden_unless(Widget::Timeline)>
            <label for="embed-timeline-country">{t.timeline_country}</label>
            <select id="embed-timeline-country" on:change=move |ev| timeline_country.set(none_or(event_target_value(&ev)))>
                <option value="" prop:selected=move || timeline_country.get().is_none()>{t.timeline_other_country}</option>
                {timeline_countries}
            </select>
        </div>
    }
}
