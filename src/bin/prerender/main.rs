//! Build-time renderer: renders every route of the app natively, with the content in
//! `public/data/`, into trunk's `dist/index.html` template, one static file per route.
//!
//! Usage: `prerender [DIST_DIR]` (default `dist`). Content is read from `CLAIR_DATA_DIR`
//! (default `public/data`). `SITE_URL` is the site's public origin, used for canonical
//! links, language alternates, Open Graph tags, `sitemap.xml` and `robots.txt`;
//! `PUBLIC_URL` the sub-path it is served under (default `/`). `CLAIR_ONLY_ROUTES`
//! (comma-separated paths) renders only those, for benchmarks with synthetic content.
//!
//! Besides the pages it writes `shell.html` (trunk's page with an empty body, kept so
//! that running it again on its own output is safe: the template is read back from
//! there), the web app manifest, `_headers`, and `sw.js` with the list of files to cache
//! on install, last, once every file it lists exists.

mod deploy;
mod lang_data;
mod maps;
mod search_index;
mod seo;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::{stream, StreamExt};
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use base64::Engine;
use clair::app::App;
use clair::components::page::SiteOrigin;
use clair::i18n::ui_data;
use sha2::{Digest, Sha256};

use clair::model::directory::Directory;
use clair::model::lang::Lang;
use clair::model::load::parse;
use clair::model::site::route::{
    base, is_widget, lang_of, parse as parse_route, prerendered, set_base, Bundle, Page,
    Prerendered,
};
use deploy::{
    content_security_policy, headers_file, inline_scripts, install_links, language_file, manifest,
    precached_file, service_worker, SHELL_FILE,
};
use seo::{head_tags, robots, sitemap};

/// Where `make serve` puts the site; production builds set `SITE_URL`.
const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080";

/// The text between `start` and the next `end` in `html`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    html.split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map_or("", |(value, _)| value)
}

/// Adds the search and link-preview tags, built from the page's own title and
/// description, to a rendered page.
fn with_head_tags(html: String, site: &str, path: &str) -> String {
    let title = between(&html, "<title>", "</title>").to_string();
    let description = between(&html, r#"<meta name="description" content=""#, "\"").to_string();
    let tags = head_tags(site, path, &title, &description);
    html.replacen("</head>", &format!("{tags}</head>"), 1)
}

/// What this renderer adds to trunk's page; marked so a second run can take it out.
const ADDED_START: &str = "<!--clair-->";
const ADDED_END: &str = "<!--/clair-->";

/// `html` without the parts a previous run added.
fn without_added(html: &str) -> String {
    let mut out = html.to_string();
    while let Some(start) = out.find(ADDED_START) {
        let Some(len) = out[start..].find(ADDED_END) else {
            break;
        };
        out.replace_range(start..start + len + ADDED_END.len(), "");
    }
    out
}

/// Adds the page's script policy, with the hashes of its own inline scripts, right
/// after the charset, before any script.
fn with_policy(html: String) -> String {
    let hashes: Vec<String> = inline_scripts(&html)
        .into_iter()
        .map(|script| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script)))
        .collect();
    let meta = format!(
        r#"{ADDED_START}<meta http-equiv="Content-Security-Policy" content="{}">{ADDED_END}"#,
        content_security_policy(&hashes)
    );
    let charset = r#"<meta charset="utf-8">"#;
    html.replacen(charset, &format!("{charset}{meta}"), 1)
}

/// Takes out trunk's wasm loader (a script that starts the wasm on every page) and its
/// preloads; `site.js` starts the wasm only on pages with islands. Returns the page and
/// the wasm's JS glue and binary, as `site.js` reads them from `<meta name=clair-wasm>`.
fn without_trunk_loader(html: &str) -> (String, String) {
    let mut out = html.to_string();
    let mut glue = String::new();
    let mut binary = String::new();
    for (start, end) in [
        ("<link rel=\"modulepreload\"", ">"),
        ("<link rel=\"preload\"", ">"),
    ] {
        while let Some(at) = out.find(start) {
            let Some(len) = out[at..].find(end) else {
                break;
            };
            let tag = out[at..at + len + 1].to_string();
            let href = between(&tag, "href=\"", "\"").to_string();
            if href.ends_with(".wasm") {
                binary = href;
            } else if href.ends_with(".js") {
                glue = href;
            }
            out.replace_range(at..at + len + 1, "");
        }
    }
    while let Some(at) = out.find("<script type=\"module\">") {
        let Some(len) = out[at..].find("</script>") else {
            break;
        };
        out.replace_range(at..at + len + "</script>".len(), "");
    }
    (out, format!("{glue} {binary}"))
}

/// The shell every route is rendered into: trunk's output, split around `<body>`.
struct Template {
    head: String,
    tail: String,
    /// Trunk's page as trunk wrote it (its wasm loader still in), for a second run.
    source: String,
    /// `<meta name=clair-wasm>` naming the site's bundle, as in `head`, and the same
    /// naming each small one (`Page::bundle` says which page gets which).
    site_wasm: String,
    small_wasm: Vec<(Bundle, String)>,
}

/// The `<meta name=clair-wasm>` of the bundle a path's page gets, if not the site's.
fn small_wasm<'a>(template: &'a Template, path: &str) -> Option<&'a str> {
    let bundle = parse_route(path).page.bundle();
    template
        .small_wasm
        .iter()
        .find(|(small, _)| *small == bundle)
        .map(|(_, meta)| meta.as_str())
}

fn wasm_meta(files: &str) -> String {
    format!(r#"<meta name="clair-wasm" content="{files}">"#)
}

/// A small bundle's JS glue and binary in `dist` (`clair-<name>-<hash>…`).
fn bundle_files(dist: &Path, name: &str) -> Result<String, String> {
    let prefix = format!("clair-{name}-");
    let names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|file| file.starts_with(&prefix))
        .collect();
    let find = |suffix: &str| {
        names
            .iter()
            .find(|n| n.ends_with(suffix) && !n.ends_with("_bg.js"))
            .map(|n| format!("{}{n}", base()))
            .ok_or_else(|| {
                format!(
                    "{}: no {prefix}*{suffix} (scripts/build.sh makes it)",
                    dist.display()
                )
            })
    };
    Ok(format!("{} {}", find(".js")?, find("_bg.wasm")?))
}

impl Template {
    /// Trunk's `index.html`, or, when this already ran, the copy kept in `shell.html`;
    /// with the base and the install links added to its `<head>`.
    fn read(dist: &Path) -> Result<Template, String> {
        let shell = dist.join(SHELL_FILE);
        let path = if shell.exists() {
            shell
        } else {
            dist.join("index.html")
        };
        let html =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let source = without_added(&html);
        let (html, wasm) = without_trunk_loader(&source);
        let (head, tail) = html
            .split_once("<body></body>")
            .ok_or_else(|| format!("{}: expected an empty <body></body>", path.display()))?;
        let site_wasm = wasm_meta(&wasm);
        let added = format!(
            r#"{ADDED_START}<meta name="clair-base" content="{base}">{site_wasm}<script type="module" src="{base}site.js"></script>{}{ADDED_END}"#,
            install_links(base()),
            base = base(),
        );
        Ok(Template {
            head: head.replacen("</head>", &format!("{added}</head>"), 1),
            tail: tail.to_string(),
            source,
            site_wasm,
            small_wasm: Bundle::SMALL
                .into_iter()
                .map(|bundle| Ok((bundle, wasm_meta(&bundle_files(dist, bundle.name())?))))
                .collect::<Result<_, String>>()?,
        })
    }

    /// Trunk's own page, kept in `shell.html`: the template when this runs again.
    fn shell(&self) -> String {
        self.source.clone()
    }
}

/// The globals Leptos' hydration reads, as its SSR context writes them when empty.
const EMPTY_BOOTSTRAP: [&str; 5] = [
    "__RESOLVED_RESOURCES=[];",
    "__SERIALIZED_ERRORS=[];",
    "__PENDING_RESOURCES=[];",
    "__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// Renders one URL to a complete HTML document.
async fn render(template: &Template, site: &str, path: &str) -> String {
    // Islands mode: only what islands read would be written into the page, and they
    // read their files in the browser instead.
    let shared: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new_islands());
    let owner = Owner::new_root(Some(Arc::clone(&shared)));
    let (meta, meta_output) = ServerMetaContext::new();
    let app = owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(SiteOrigin(site.to_string()));
        provide_context(meta);
        view! { <App /> }.to_html_stream_in_order()
    });
    // In-order streaming waits for every resource, so the body is complete here.
    let body: String = app.collect::<Vec<_>>().await.concat();
    while let Some(pending) = shared.await_deferred() {
        pending.await;
    }
    // What Leptos would serialize for the browser: only its empty bootstrap, since no
    // island reads a resource. `site.js` defines those globals, so pages carry no
    // inline script; anything more is a change of design and stops the build.
    let data: String = match shared.pending_data() {
        Some(chunks) => chunks.collect::<Vec<_>>().await.concat(),
        None => String::new(),
    };
    let unexpected = EMPTY_BOOTSTRAP
        .iter()
        .fold(data, |rest, empty| rest.replace(empty, ""));
    assert!(
        unexpected.trim().is_empty(),
        "{path}: an island serializes data into the page ({unexpected}); islands read their files"
    );
    // The app must be the very first child of <body>, or hydration fails.
    let marker = format!(r#"{ADDED_START}<meta name="clair-route" content="{path}">{ADDED_END}"#);
    let head = template
        .head
        .replacen("</head>", &format!("{marker}</head>"), 1);
    let head = match small_wasm(template, path) {
        Some(meta) => head.replacen(&template.site_wasm, meta, 1),
        None => head,
    };
    // The light bundle links no interface table: its pages carry their own.
    let route = parse_route(path);
    let head = if route.page.bundle() == Bundle::Light {
        let data = format!("{ADDED_START}{}{ADDED_END}", ui_data(route.lang));
        head.replacen("</head>", &format!("{data}</head>"), 1)
    } else {
        head
    };
    let document = format!("{head}<body>{body}</body>{}", template.tail);
    let html = meta_output
        .inject_meta_context(stream::iter([document]))
        .await
        .collect::<Vec<_>>()
        .await
        .concat();
    owner.unset();
    html
}

/// Every file under `dir`, as paths relative to it with `/` separators, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if let Ok(relative) = path.strip_prefix(root) {
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Writes `sw.js`: the files every install caches (chosen by `precached_file`), every
/// page of the site by language, office pages included (not the widgets, which live
/// in partners' frames), and a version hashed from all their bytes.
fn write_service_worker(dist: &Path, routes: &[Prerendered]) {
    let shared: Vec<(String, PathBuf)> = files_under(dist)
        .into_iter()
        .filter(|file| precached_file(file))
        .map(|file| (format!("{}{file}", base()), dist.join(&file)))
        .collect();
    let mut pages: BTreeMap<&str, Vec<(String, PathBuf)>> = BTreeMap::new();
    for route in routes.iter().filter(|r| !is_widget(&r.path)) {
        if !shared.iter().any(|(url, _)| *url == route.path) {
            pages
                .entry(lang_of(&route.path).code())
                .or_default()
                .push((route.path.clone(), dist.join(&route.file)));
        }
    }
    // A language's own copies of the content files and its search index go with its
    // pages: a visit caches the languages it reads, not every one.
    for file in files_under(dist) {
        if let Some(lang) = Lang::ALL.into_iter().find(|l| language_file(&file, *l)) {
            let entry = (format!("{}{file}", base()), dist.join(&file));
            pages.entry(lang.code()).or_default().push(entry);
        }
    }
    let mut hasher = Sha256::new();
    let size = |entries: &[(String, PathBuf)]| -> u64 {
        entries
            .iter()
            .filter_map(|(_, file)| std::fs::metadata(file).ok())
            .map(|meta| meta.len())
            .sum()
    };
    for (url, file) in shared.iter().chain(pages.values().flatten()) {
        hasher.update(url.as_bytes());
        hasher.update(std::fs::read(file).expect("read a precached file"));
    }
    let version: String = hasher.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let urls = |entries: &[(String, PathBuf)]| -> Vec<String> {
        entries.iter().map(|(url, _)| url.clone()).collect()
    };
    let by_lang: BTreeMap<&str, Vec<String>> = pages
        .iter()
        .map(|(lang, entries)| (*lang, urls(entries)))
        .collect();
    let template = include_str!("../../../public/sw.js");
    std::fs::write(
        dist.join("sw.js"),
        service_worker(template, &version, &urls(&shared), &by_lang),
    )
    .expect("write sw.js");
    let per_lang: Vec<String> = pages
        .iter()
        .map(|(lang, entries)| {
            format!(
                "{lang} {} pages, {} KB",
                entries.len(),
                size(entries) / 1024
            )
        })
        .collect();
    println!(
        "sw.js: version {version}; every install {} files, {} KB; per language read: {} (uncompressed)",
        shared.len(),
        size(&shared) / 1024,
        per_lang.join("; ")
    );
}

fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    set_base(&std::env::var("PUBLIC_URL").unwrap_or_default());
    let template = Template::read(&dist).unwrap_or_else(|err| exit_with(err));
    any_spawner::Executor::init_futures_executor().expect("executor already set");
    let started = std::time::Instant::now();
    let data_dir = std::env::var("CLAIR_DATA_DIR").unwrap_or_else(|_| "public/data".into());
    let directory = read_directory(Path::new(&data_dir));
    if let Err(err) = maps::write_map_images(&dist, Path::new(&data_dir))
        .and_then(|()| lang_data::write(&dist, Path::new(&data_dir)))
    {
        exit_with(err);
    }
    let routes = routes_to_render(&directory);
    let site = std::env::var("SITE_URL").unwrap_or_else(|_| DEFAULT_SITE_URL.into());
    let mut pages = search_index::PageEntries::default();
    for route in &routes {
        let html = futures::executor::block_on(render(&template, &site, &route.path));
        pages.add(&route.path, &html);
        write_page(&dist, route, finish_page(html, &site, &route.path));
    }
    // Benchmarks render a few routes from synthetic data: the search index is for the site.
    if std::env::var("CLAIR_ONLY_ROUTES").is_err() {
        write_search_index(&dist, Path::new(&data_dir), pages);
    }
    write_site_files(&dist, &site, &routes, &template);
    println!(
        "prerendered {} routes in {} ms",
        routes.len(),
        started.elapsed().as_millis()
    );
}

/// Ends the build with a message.
fn exit_with(message: impl std::fmt::Display) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}

/// The directory, for the office pages' routes.
fn read_directory(data_dir: &Path) -> Directory {
    let offices = std::fs::read_to_string(data_dir.join("offices.json")).unwrap_or_default();
    parse("offices.json", &offices).unwrap_or_else(|err| exit_with(format!("{err:?}")))
}

/// Every route of the site, or for benchmarks with synthetic content only the routes
/// `CLAIR_ONLY_ROUTES` names (comma-separated).
fn routes_to_render(directory: &Directory) -> Vec<Prerendered> {
    let ids: Vec<&str> = directory.offices.iter().map(|o| o.id.as_str()).collect();
    let mut routes = prerendered(&ids);
    if let Ok(only) = std::env::var("CLAIR_ONLY_ROUTES") {
        let only: Vec<&str> = only.split(',').collect();
        routes.retain(|r| only.contains(&r.path.as_str()));
    }
    routes
}

/// A rendered page as it ships: a widget's gate script, the search and link-preview
/// tags, and the script policy.
fn finish_page(html: String, site: &str, path: &str) -> String {
    let html = if is_widget(path) {
        let gate = format!(r#"<script src="{}widget-gate.js"></script>"#, base());
        html.replacen("</head>", &format!("{gate}</head>"), 1)
    } else {
        html
    };
    with_policy(with_head_tags(html, site, path))
}

/// Writes a page to its file. A page that could not get its content must fail the
/// build, not ship an error.
fn write_page(dist: &Path, route: &Prerendered, html: String) {
    let file = dist.join(&route.file);
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).expect("create output folder");
    }
    if html.contains(r#"class="error-box""#) {
        exit_with(format!(
            "{} shows a content error; run `cargo test` for details",
            route.path
        ));
    }
    std::fs::write(&file, html).expect("write prerendered page");
}

/// Writes the site search's index, and says how big it is per language.
fn write_search_index(dist: &Path, data_dir: &Path, pages: search_index::PageEntries) {
    match search_index::write(dist, data_dir, pages) {
        Ok(sizes) => {
            for (lang, bytes) in sizes {
                println!("search index ({}): {} KB", lang.code(), bytes / 1024);
            }
        }
        Err(err) => exit_with(format!("search index: {err}")),
    }
}

/// Writes the files beside the pages: sitemap, robots.txt, the shell, manifest,
/// `_headers` and the service worker.
fn write_site_files(dist: &Path, site: &str, routes: &[Prerendered], template: &Template) {
    // A search page has nothing of its own for a search engine.
    let paths: Vec<&str> = routes
        .iter()
        .map(|r| r.path.as_str())
        .filter(|p| parse_route(p).page != Page::Search)
        .collect();
    std::fs::write(dist.join("sitemap.xml"), sitemap(site, &paths)).expect("write sitemap");
    std::fs::write(dist.join("robots.txt"), robots(site)).expect("write robots.txt");
    std::fs::write(dist.join(SHELL_FILE), template.shell()).expect("write the shell");
    std::fs::write(dist.join("manifest.webmanifest"), manifest(base())).expect("write manifest");
    std::fs::write(dist.join("_headers"), headers_file(base())).expect("write _headers");
    write_service_worker(dist, routes);
}

#[cfg(test)]
mod tests {
    use super::{parse_route, without_trunk_loader};

    #[test]
    fn widgets_and_the_not_found_page_get_small_bundles() {
        for (path, bundle) in [
            ("/embed/offices/", Some("widget")),
            ("/ja/embed/offices/", Some("widget")),
            ("/embed/jet-timeline/", Some("widget")),
            ("/404.html", Some("light")),
            ("/ja/404.html", Some("light")),
            ("/", None),
            ("/jet/timeline/", None),
            ("/offices/", None),
            ("/jet/eligibility/", None),
            ("/ja/jet/faq/", None),
            ("/embed/", None),
            ("/offices/london/", None),
        ] {
            let small = Some(parse_route(path).page.bundle().name()).filter(|b| *b != "site");
            assert_eq!(small, bundle, "{path}");
        }
    }

    #[test]
    fn takes_out_trunks_loader_and_names_the_wasm() {
        let html = concat!(
            r#"<head><link rel="modulepreload" href="/clair-1.js" crossorigin="anonymous">"#,
            r#"<link rel="preload" href="/clair-1_bg.wasm" as="fetch" type="application/wasm">"#,
            r#"<script type="module">import init from '/clair-1.js';</script></head>"#
        );
        let (page, wasm) = without_trunk_loader(html);
        assert_eq!(page, "<head></head>");
        assert_eq!(wasm, "/clair-1.js /clair-1_bg.wasm");
    }
}
