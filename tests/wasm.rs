//! Components in a real browser (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use clair::components::figures::FigureList;
use clair::components::loaded::ErrorView;
use clair::i18n::provide_i18n;
use clair::model::content::{PageDate, Source};
use clair::model::lang::{Lang, Text};
use clair::model::load::LoadError;
use clair::model::site::mission::Figure;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Mounts `view` in a new container, in `lang`: a page's language is fixed.
fn mount_in<V: IntoView + 'static>(
    lang: Lang,
    view: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, impl Drop) {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(lang);
        view()
    });
    (root, handle)
}

#[wasm_bindgen_test]
async fn error_view_names_the_file_and_retries() {
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&retries);
    let error = || LoadError::Status {
        file: "mission.json".into(),
        status: 500,
    };
    let (root, _handle) = mount_in(Lang::En, move || {
        view! { <ErrorView error=error() on_retry=move || { counter.fetch_add(1, Ordering::SeqCst); } /> }
    });
    leptos::task::tick().await;
    let html = root.inner_text();
    assert!(html.contains("This content could not be loaded"), "{html}");
    assert!(
        html.contains("The server answered 500 for mission.json."),
        "{html}"
    );
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 1);

    let (root, _handle) = mount_in(Lang::Ja, move || {
        view! { <ErrorView error=error() on_retry=|| {} /> }
    });
    leptos::task::tick().await;
    assert!(
        root.inner_text().contains("内容を読み込めませんでした"),
        "{}",
        root.inner_text()
    );
}

#[wasm_bindgen_test]
async fn figures_speak_the_page_language_and_show_sources() {
    let figure = Figure {
        id: "total".into(),
        value: Text::new("80,000+", "8万人以上"),
        label: Text::new("participants", "参加者"),
        as_of: Text::new("As of 2025", "2025年度時点"),
        source_note: None,
        sources: vec![Source {
            url: "https://jetprogramme.org/ja/about-jet/history".into(),
            title: "JET history".into(),
            as_of: PageDate::parse("2025"),
            secondary: false,
            reviewed: None,
        }],
    };
    let shown = figure.clone();
    let (root, _handle) = mount_in(
        Lang::En,
        move || view! { <FigureList figures=vec![shown] /> },
    );
    leptos::task::tick().await;
    assert!(root.inner_text().contains("80,000+"));
    // Sources sit in a closed <details>: in the document, not yet on screen.
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Sources for these figures (1)"), "{text}");
    assert!(text.contains("page dated 2025"), "{text}");
    assert!(
        !text.contains("accessed") && !text.contains("reviewed"),
        "{text}"
    );
    let link = root.query_selector("a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").unwrap(),
        "https://jetprogramme.org/ja/about-jet/history"
    );

    let (root, _handle) = mount_in(
        Lang::Ja,
        move || view! { <FigureList figures=vec![figure] /> },
    );
    leptos::task::tick().await;
    assert!(root.inner_text().contains("8万人以上"));
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("2025年付のページ"), "{text}");
}

#[wasm_bindgen_test]
async fn unsafe_links_from_data_are_not_rendered_as_links() {
    use clair::components::ext_link::ExtLink;
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! {
            <ExtLink url="javascript:alert(1)".to_string()>"bad"</ExtLink>
            <ExtLink url="mailto:kikaku@clair.or.jp".to_string()>"mail"</ExtLink>
        }
    });
    leptos::task::tick().await;
    let anchors = root.query_selector_all("a").unwrap();
    assert_eq!(anchors.length(), 1);
    assert!(root.inner_text().contains("bad"));
}
