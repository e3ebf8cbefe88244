use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Notices about the app itself, in one live region that is always there (so screen
/// readers announce what appears): offline, and a new version ready to load. Fixed at
/// the bottom of the window, so showing them moves nothing on the page. `site.js`
/// shows and hides them; no wasm is needed for this.
#[component]
pub fn AppStatus() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="app-status" role="status">
            <p class="app-notice app-offline" data-notice="offline" hidden>
                {move || i18n.t().offline_notice}
            </p>
            <p class="app-notice app-update" data-notice="update" hidden>
                {move || i18n.t().update_available}
                " "
                <button type="button" class="button" data-action="reload">
                    {move || i18n.t().update_reload}
                </button>
            </p>
        </div>
    }
}
