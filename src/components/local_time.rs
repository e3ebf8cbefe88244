use leptos::prelude::*;

use crate::i18n::{use_i18n, zone_name};

/// The office's time zone, and its local time now with whether that is within weekday
/// office hours, which `site.js` fills in from the browser's `Intl` (no time-zone
/// database, no wasm) and keeps current: nothing time-dependent is prerendered.
#[component]
pub fn LocalTime(zone: String) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.t();
    view! {
        <dt>{t.office_time_zone}</dt>
        <dd>{zone_name(&zone, i18n.lang.get_untracked())}</dd>
        <dt>{t.office_local_time}</dt>
        <dd
            class="local-time"
            aria-live="off"
            data-clock-zone=zone.clone()
            data-open=t.office_in_hours
            data-closed=t.office_out_of_hours
            data-stop=t.sentence_end
        >
            "—"
        </dd>
    }
}
