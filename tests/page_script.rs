//! The page script's share of the model. Writes what `public/site/` reads (`langs.json`:
//! the languages and storage keys; `routes.json`: the route table) and, in
//! `tests/conformance/`, cases that the script's own functions must answer as the Rust
//! ones do (`node --test` runs them). A file that differs from what the model says is
//! rewritten and the test fails, so a stale copy is never committed unnoticed.

use std::path::Path;

use serde_json::{json, Value};

use clair::i18n::ui;
use clair::model::date::{on_day, spans_attr, Date, Span};
use clair::model::directory::search::SearchIndex;
use clair::model::directory::{Directory, OfficeKind};
use clair::model::lang::Lang;
use clair::model::load::parse;
use clair::model::site::embed::{presets, Widget};
use clair::model::site::route::{self, full_title, Bundle, Page, NOT_FOUND_PAGES, TITLE_SEPARATOR};
use clair::model::site::script::{
    DOM_ATTRIBUTES, DOM_IDS, DRAFTS_KEY, LANG_CHOICE_KEY, SCRIPT_ATTRIBUTES, TRUSTED_TYPES_POLICY,
};

/// Writes `value` as pretty JSON at `path` (from the crate root); whether it was already so.
fn written(path: &str, value: &Value) -> bool {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
        return true;
    }
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    false
}

fn langs() -> Value {
    let langs: Vec<Value> = Lang::ALL
        .iter()
        .map(|l| json!({ "code": l.code(), "tag": l.tag(), "prefix": l.prefix(), "notWith": l.not_with() }))
        .collect();
    json!({
        "langs": langs,
        "storage": { "lang": LANG_CHOICE_KEY, "drafts": DRAFTS_KEY },
    })
}

fn routes() -> Value {
    let pages: Vec<Value> = Page::ALL
        .iter()
        .map(|p| json!({ "page": format!("{p:?}"), "pattern": p.pattern(), "widget": p.is_widget() }))
        .collect();
    let not_found: Vec<Value> = NOT_FOUND_PAGES
        .iter()
        .map(|(under, file)| json!({ "under": under, "file": file }))
        .collect();
    json!({
        "pages": pages,
        "notFound": not_found,
        "siteNotFound": Page::NotFound.pattern().trim_start_matches('/'),
        "titleSeparator": TITLE_SEPARATOR,
        "trustedTypes": TRUSTED_TYPES_POLICY,
        // For scripts/build.sh: the bundles it builds beside the site's.
        "smallBundles": Bundle::SMALL.map(Bundle::name),
    })
}

const PATHS: [&str; 24] = [
    "/",
    "/ja",
    "/ja/",
    "/japan",
    "/ja/nope",
    "/offices",
    "/offices/",
    "/offices/london/",
    "/ja/offices/london",
    "/offices/a/b/",
    "/jet/faq/x",
    "/jet/where-to-apply",
    "/search/",
    "/embed/",
    "/ja/embed/",
    "/embed/offices/",
    "/embed/offices/london/",
    "/ja/embed/offices/x",
    "/embed/offices/a/b/",
    "/embed/jet-timeline",
    "/ja/embed/jet-timeline/",
    "/404.html",
    "/ja/404.html",
    "/embed/offices/404.html",
];

fn route_cases() -> Value {
    let cases: Vec<Value> = PATHS
        .iter()
        .map(|&path| {
            let parsed = route::parse(path);
            let localized: serde_json::Map<String, Value> = Lang::ALL
                .iter()
                .map(|&l| (l.code().to_string(), json!(route::localize(path, l))))
                .collect();
            json!({
                "path": path,
                "lang": route::lang_of(path).code(),
                "page": format!("{:?}", parsed.page),
                "widget": route::is_widget(path),
                "notFound": route::not_found_for(path),
                "localized": localized,
            })
        })
        .collect();
    json!({ "base": "/", "cases": cases })
}

fn preferred_cases() -> Value {
    let asked: [(Option<&str>, &[&str]); 16] = [
        (None, &["ja-JP", "en-US"]),
        (None, &["fr-FR", "JA", "en"]),
        (None, &["de-DE", "JA", "en"]),
        (None, &["ko-KR"]),
        (None, &["zh-CN", "en"]),
        (None, &["zh-Hans-HK"]),
        (None, &["zh-TW", "ja"]),
        (None, &["zh_HK"]),
        (None, &["en-GB", "ja"]),
        (None, &["de", "fr"]),
        (None, &[]),
        (Some("en"), &["ja-JP"]),
        (Some("ja"), &["en-GB"]),
        (Some("xx"), &["ja_JP"]),
        (Some(""), &["zh-Hant-TW", "ja"]),
        (Some("zh"), &["fr"]),
    ];
    let cases: Vec<Value> = asked
        .iter()
        .map(|(chosen, tags)| {
            json!({ "chosen": chosen, "tags": tags, "lang": Lang::chosen(*chosen, tags.iter().copied()).code() })
        })
        .collect();
    json!({ "cases": cases })
}

fn day_cases() -> Value {
    let d = |s: &str| Date::parse(s).unwrap();
    let spans = [
        vec![Span {
            from: d("2026-09-01"),
            until: d("2026-10-31"),
        }],
        vec![
            Span {
                from: d("2026-01-01"),
                until: d("2026-01-01"),
            },
            Span {
                from: d("2027-09-01"),
                until: d("2027-11-30"),
            },
        ],
        vec![],
    ];
    let days = [
        "2025-12-31",
        "2026-01-01",
        "2026-09-01",
        "2026-10-31",
        "2026-11-01",
        "2027-11-30",
        "2028-02-29",
    ];
    let mut on = Vec::new();
    for s in &spans {
        for day in days {
            on.push(json!({ "spans": spans_attr(s), "day": day, "on": on_day(s, d(day)) }));
        }
    }
    let between: Vec<Value> = [("2026-12-05", "2027-01-31"), ("2026-12-05", "2026-12-05"), ("2027-03-01", "2026-12-31"), ("2028-02-28", "2028-03-01")]
        .iter()
        .map(|(today, date)| json!({ "today": today, "date": date, "days": d(date).days() - d(today).days() }))
        .collect();
    json!({ "onDay": on, "daysBetween": between })
}

fn preset_cases() -> Value {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/offices.json");
    let directory: Directory =
        parse("offices.json", &std::fs::read_to_string(file).unwrap()).unwrap();
    let index = SearchIndex::new(&directory, Lang::En);
    let offices: Vec<Value> = directory
        .offices
        .iter()
        .map(|o| json!({ "id": o.id, "kind": o.kind.slug(), "region": o.region, "countries": o.served() }))
        .collect();
    let known = json!({
        "kinds": OfficeKind::ALL.map(OfficeKind::slug),
        "regions": directory.regions.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        "countries": directory.countries.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(),
    });
    let queries = [
        "",
        "kind=overseas",
        "kind=branch&region=kinki",
        "region=europe",
        "region=atlantis",
        "country=GB",
        "country=FR",
        "country=gb",
        "kind=hq&kind=overseas",
        "kind=overseas&kind=nope",
        "region=kinki&region=",
        "country=US&kind=overseas",
        "country=ZZ",
    ];
    let cases: Vec<Value> = queries
        .iter()
        .map(|q| {
            let pairs: Vec<(&str, &str)> = q
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| p.split_once('=').unwrap())
                .collect();
            let query = presets(&directory, pairs);
            let kept: Vec<&str> = index
                .search(&directory, &query)
                .into_iter()
                .map(|i| directory.offices[i].id.as_str())
                .collect();
            json!({ "query": q, "kept": kept })
        })
        .collect();
    json!({ "known": known, "offices": offices, "cases": cases })
}

fn text_cases() -> Value {
    let t = ui(Lang::En);
    let words = json!({ "none": t.results_none, "one": t.results_one, "many": t.results_many });
    let counts: Vec<Value> = [0, 1, 2, 75]
        .iter()
        .map(|&n| json!({ "n": n, "text": clair::components::office_list::results_text(t, n) }))
        .collect();
    let titles: Vec<Value> = [
        ("Offices", "Page not found"),
        ("JET Programme", "You are offline"),
    ]
    .iter()
    .map(|(page, heading)| {
        json!({
            "title": full_title(page, t.site_title_suffix),
            "heading": heading,
            "retitled": full_title(heading, t.site_title_suffix),
        })
    })
    .collect();
    json!({ "words": words, "counts": counts, "titles": titles })
}

/// The partner script's widgets (`public/embed.js` keeps its own copy, being the one
/// file a partner's page loads): each widget's name and page.
fn widget_cases() -> Value {
    let paths: serde_json::Map<String, Value> = Widget::ALL
        .iter()
        .map(|w| {
            let path = w.path("*");
            let page = path.trim_start_matches('/').trim_end_matches("*/");
            (w.slug().to_string(), json!(page))
        })
        .collect();
    json!({ "paths": paths })
}

fn dom() -> Value {
    json!({ "attributes": DOM_ATTRIBUTES, "scriptWritten": SCRIPT_ATTRIBUTES, "ids": DOM_IDS })
}

#[test]
fn the_page_script_reads_what_the_model_says() {
    let files = [
        ("public/site/langs.json", langs()),
        ("public/site/routes.json", routes()),
        ("tests/conformance/dom.json", dom()),
        ("tests/conformance/routes.json", route_cases()),
        ("tests/conformance/preferred.json", preferred_cases()),
        ("tests/conformance/days.json", day_cases()),
        ("tests/conformance/presets.json", preset_cases()),
        ("tests/conformance/texts.json", text_cases()),
        ("tests/conformance/widgets.json", widget_cases()),
    ];
    let stale: Vec<&str> = files
        .iter()
        .filter(|(path, value)| !written(path, value))
        .map(|(path, _)| *path)
        .collect();
    assert!(
        stale.is_empty(),
        "rewritten from the model, commit them: {stale:?}"
    );
}
