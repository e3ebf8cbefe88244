use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Notices about the app itself, in one live region that is always there (so screen
/// readers announce what appears): offline, and a new version ready to load. Fixed at
/// the bottom of the window, so showing them moves nothing on the page. `site.js`
/// shows and hides them; no wasm is needed for this.
#[component]
pub fn AppStatus() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <div class="app-status" role="status">
            <p class="app-notice app-offline" data-notice="offline" hidden>
                {t.offline_notice}
            </p>
            <p class="app-notice app-update" data-notice="update" hidden>
                {t.update_available}
                " "
                <button type="button" class="button" data-action="reload">
                    {t.update_reload}
                </button>
            </p>
        </div>
    }
}
