use leptos::html::Div;
use leptos::prelude::*;

use crate::browser::{browser_langs, query_pairs, report_height};
use crate::i18n::{use_i18n, I18n, Ui};
use crate::model::lang::Lang;
use crate::model::site::embed::{LangChoice, Options};
use crate::model::site::route::{href, Page};

/// The class a blocking script in `<head>` puts on `<html>` when the widget's URL has
/// a query string: the stylesheet hides `.widget-main` until the widget's island has
/// rendered with the URL's options, so defaults never paint in their place.
pub const PENDING_CLASS: &str = "widget-pending";

/// A widget island's options and language, provided to what it renders. The first
/// render uses the defaults, as the page was prerendered with them; right after mount
/// the URL's options (and, for `lang=auto`, the browser's language) apply, and then
/// the widget is revealed with its language and `title` on the document.
pub fn widget_options(title: fn(&Ui) -> &'static str) -> ReadSignal<Options> {
    let options = RwSignal::new(Options::default());
    let preferred = RwSignal::new(None::<Lang>);
    let lang = Memo::new(move |_| match options.with(|o| o.lang) {
        LangChoice::Fixed(lang) => lang,
        LangChoice::Auto => preferred.get().unwrap_or_default(),
    });
    provide_context(I18n { lang });
    // Untracked: runs once. The DOM updates these sets cause run as microtasks, so
    // they are all done before the reveal, which waits for the next task.
    Effect::new(move |_| {
        let pairs = query_pairs();
        let next = Options::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if next != options.get_untracked() {
            options.set(next);
        }
        let langs = browser_langs();
        preferred.set(Some(Lang::preferred(langs.iter().map(String::as_str))));
        let lang = lang.get_untracked();
        #[cfg(not(feature = "ssr"))]
        set_timeout(move || reveal(lang, title), std::time::Duration::ZERO);
        #[cfg(feature = "ssr")]
        let _ = (lang, title);
    });
    options.read_only()
}

/// The document around the widget follows its options: language, title and the
/// label of `<main>` (all prerendered in the default language); then it is shown.
#[cfg(not(feature = "ssr"))]
fn reveal(lang: Lang, title: fn(&Ui) -> &'static str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let t = crate::i18n::ui(lang);
    document.set_title(title(t));
    if let Ok(Some(main)) = document.query_selector("main.widget-main") {
        let _ = main.set_attribute("aria-label", t.widget_attribution);
    }
    let Some(root) = document.document_element() else {
        return;
    };
    let _ = root.set_attribute("lang", lang.code());
    let classes = root.get_attribute("class").unwrap_or_default();
    let kept: Vec<&str> = classes
        .split_whitespace()
        .filter(|c| *c != PENDING_CLASS)
        .collect();
    let _ = if kept.is_empty() {
        root.remove_attribute("class")
    } else {
        root.set_attribute("class", &kept.join(" "))
    };
}

/// What every widget has around its content: the partner's theme, accent and density,
/// a small CLAIR attribution, and height reports to the framing page.
#[component]
pub fn WidgetFrame(#[prop(into)] options: Signal<Options>, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            report_height(&element);
        }
    });
    let class = move || {
        options.with(|o| {
            format!(
                "widget accent-{}{}",
                o.accent.slug(),
                if o.compact { " is-compact" } else { "" }
            )
        })
    };
    view! {
        <div class=class data-theme=move || options.with(|o| o.theme.slug()) node_ref=node>
            {children()}
            <p class="attribution">
                <a href=move || href(i18n.lang.get(), Page::Mission) target="_blank" rel="noopener">
                    {move || i18n.t().widget_attribution}
                </a>
            </p>
        </div>
    }
}
