//! Which office the visitor points at, shown on a list or map of many: one effect for
//! the whole container rather than one per item, so a keystroke that swaps a hundred
//! items creates no reactive work for them.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Keeps `apply(element, true)` on the elements inside `root` that `wanted()` selects
/// (CSS selectors) and takes it off those it selected before. An item created later
/// sets its own first state (see `marked_now`).
pub fn follow_marks<E>(
    root: NodeRef<E>,
    wanted: impl Fn() -> Vec<String> + 'static,
    apply: fn(&web_sys::Element, bool),
) where
    E: ElementType + 'static,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |before: Option<Vec<String>>| {
        let now = wanted();
        if let Some(root) = root.get() {
            let root: &web_sys::Element = root.unchecked_ref();
            let each = |selectors: &[String], on: bool| {
                for selector in selectors {
                    if let Ok(Some(element)) = root.query_selector(selector) {
                        apply(&element, on);
                    }
                }
            };
            let gone: Vec<String> = before
                .unwrap_or_default()
                .into_iter()
                .filter(|s| !now.contains(s))
                .collect();
            each(&gone, false);
            each(&now, true);
        }
        now
    });
}

/// The selector of an office's item (`data-office`).
pub fn office_selector(id: &str) -> String {
    format!("[data-office=\"{id}\"]")
}

/// Whether `id` is what `signal` holds now, read once when an item is made.
pub fn marked_now(signal: RwSignal<Option<String>>, id: &str) -> bool {
    signal.with_untracked(|s| s.as_deref() == Some(id))
}

/// `is-highlighted` on or off.
pub fn highlight_class(element: &web_sys::Element, on: bool) {
    let _ = element.class_list().toggle_with_force("is-highlighted", on);
}
