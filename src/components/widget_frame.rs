use leptos::html::Div;
use leptos::prelude::*;

use crate::browser::report_height;
use crate::i18n::use_i18n;
use crate::model::site::embed::Options;
use crate::model::site::route::{href, Page};

/// What every widget has around its content: the partner's theme, accent and density,
/// a small CLAIR attribution, and height reports to the framing page.
#[component]
pub fn WidgetFrame(options: Options, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<Div>::new();
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            report_height(&element);
        }
    });
    let class = format!(
        "widget accent-{}{}",
        options.accent.slug(),
        if options.compact { " is-compact" } else { "" }
    );
    view! {
        <div class=class data-theme=options.theme.slug() node_ref=node>
            {children()}
            <p class="attribution">
                <a href=move || href(i18n.lang.get(), Page::Mission) target="_blank" rel="noopener">
                    {move || i18n.t().widget_attribution}
                </a>
            </p>
        </div>
    }
}
