use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Notices about the app itself, in one live region that is always there (so screen
/// readers announce what appears): offline, and a new version ready to load. Fixed at
/// the bottom of the window, so showing them moves nothing on the page.
#[component]
pub fn AppStatus(
    #[prop(into)] online: Signal<bool>,
    #[prop(into)] update_ready: Signal<bool>,
    on_reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="app-status" role="status">
            <Show when=move || !online.get()>
                <p class="app-notice app-offline">{move || i18n.t().offline_notice}</p>
            </Show>
            <Show when=move || update_ready.get()>
                <p class="app-notice app-update">
                    {move || i18n.t().update_available}
                    " "
                    <button type="button" class="button" on:click=move |_| on_reload.run(())>
                        {move || i18n.t().update_reload}
                    </button>
                </p>
            </Show>
        </div>
    }
}
