use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{use_i18n, zone_name};
use crate::model::lang::Lang;

/// Local time in `zone` and whether it is a weekday 9–17 there, from the browser's
/// `Intl` (no bundled time-zone database).
#[cfg(not(feature = "ssr"))]
fn now_in(zone: &str, lang: Lang) -> Option<(String, bool)> {
    use js_sys::{Array, Date, Intl::DateTimeFormat, Object, Reflect};
    use wasm_bindgen::JsValue;

    use crate::model::clock::in_weekday_hours;

    let options = |pairs: &[(&str, &str)]| {
        let object = Object::new();
        for (key, value) in pairs {
            Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value)).ok()?;
        }
        Some(object)
    };
    let date = Date::new_0();
    let numeric = options(&[
        ("timeZone", zone),
        ("weekday", "short"),
        ("hour", "numeric"),
        ("hourCycle", "h23"),
    ])?;
    let parts = DateTimeFormat::new(&Array::of1(&"en-US".into()), &numeric).format_to_parts(&date);
    let part = |kind: &str| {
        parts.iter().find_map(|p| {
            let is_kind = Reflect::get(&p, &"type".into()).ok()?.as_string()? == kind;
            is_kind
                .then(|| Reflect::get(&p, &"value".into()).ok()?.as_string())
                .flatten()
        })
    };
    let open = in_weekday_hours(&part("weekday")?, part("hour")?.parse().ok()?);
    let shown = options(&[
        ("timeZone", zone),
        ("weekday", "long"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        // The 24-hour clock in both languages, like the office hours beside it.
        ("hourCycle", "h23"),
    ])?;
    let text = DateTimeFormat::new(&Array::of1(&lang.code().into()), &shown)
        .format()
        .call1(&JsValue::NULL, &date)
        .ok()?
        .as_string()?;
    Some((text, open))
}

#[cfg(feature = "ssr")]
fn now_in(_zone: &str, _lang: Lang) -> Option<(String, bool)> {
    None
}

/// The office's time zone, and once the page runs in the browser, its local time now.
/// Nothing time-dependent is prerendered, so hydration always matches.
#[component]
pub fn LocalTime(zone: String) -> impl IntoView {
    let i18n = use_i18n();
    let tick = RwSignal::new(0u32);
    Effect::new(move |_| {
        tick.set(1);
        if let Ok(handle) =
            set_interval_with_handle(move || tick.update(|t| *t += 1), Duration::from_secs(30))
        {
            on_cleanup(move || handle.clear());
        }
    });
    let zone_for_now = zone.clone();
    let now = move || {
        (tick.get() > 0)
            .then(|| now_in(&zone_for_now, i18n.lang.get()))
            .flatten()
    };
    view! {
        <dt>{move || i18n.t().office_time_zone}</dt>
        <dd>{move || zone_name(&zone, i18n.lang.get())}</dd>
        <dt>{move || i18n.t().office_local_time}</dt>
        <dd class="local-time" aria-live="off">
            {move || {
                now()
                    .map(|(time, open)| {
                        let t = i18n.t();
                        format!("{time}. {}", if open { t.office_in_hours } else { t.office_out_of_hours })
                    })
                    .unwrap_or_else(|| "—".to_string())
            }}
        </dd>
    }
}
