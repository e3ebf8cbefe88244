use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::model::site::route::{href, Page};

/// What every widget has around its content: a small CLAIR attribution. The rest of
/// the partner's options need no wasm: `widget-gate.js` puts the looks (theme, accent,
/// density) on `<html>` before the first paint, and `site.js` swaps in the page of the
/// asked language, picks the variant (`?country=`) and applies the finder's presets,
/// then shows the widget and reports its height to the framing page.
#[component]
pub fn WidgetFrame(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang.get_untracked());
    view! {
        <div class="widget">
            {children()}
            <p class="attribution">
                <a href=href(lang, Page::Mission) target="_blank" rel="noopener">
                    {t.widget_attribution}
                </a>
            </p>
        </div>
    }
}
