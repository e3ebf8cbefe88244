//! Build-time renderer: renders every route of the app natively, with the content in
//! `public/data/`, into trunk's `dist/index.html` template, one static file per route.
//!
//! Usage: `prerender [DIST_DIR]` (default `dist`). Content is read from `CLAIR_DATA_DIR`
//! (default `public/data`). `SITE_URL` is the site's public address, used for canonical
//! links, language alternates, Open Graph tags, `sitemap.xml` and `robots.txt`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::{stream, StreamExt};
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use clair::app::App;
use clair::model::directory::Directory;
use clair::model::load::parse;
use clair::model::route::prerendered;
use clair::model::seo::{head_tags, robots, sitemap};

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

/// The shell every route is rendered into: trunk's output, split around `<body>`.
struct Template {
    head: String,
    tail: String,
}

impl Template {
    fn read(dist: &Path) -> Result<Template, String> {
        let path = dist.join("index.html");
        let html =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (head, tail) = html
            .split_once("<body></body>")
            .ok_or_else(|| format!("{}: expected an empty <body></body>", path.display()))?;
        Ok(Template {
            head: head.to_string(),
            tail: tail.to_string(),
        })
    }
}

/// Renders one URL to a complete HTML document.
async fn render(template: &Template, path: &str) -> String {
    let shared: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(Arc::clone(&shared)));
    let (meta, meta_output) = ServerMetaContext::new();
    let app = owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(meta);
        view! { <App /> }.to_html_stream_in_order()
    });
    // In-order streaming waits for every resource, so the body is complete here.
    let body: String = app.collect::<Vec<_>>().await.concat();
    while let Some(pending) = shared.await_deferred() {
        pending.await;
    }
    let data: String = match shared.pending_data() {
        Some(chunks) => chunks
            .map(|chunk| format!("<script>{chunk}</script>"))
            .collect::<Vec<_>>()
            .await
            .concat(),
        None => String::new(),
    };
    // The app must be the very first child of <body>, or hydration fails.
    let marker = format!(r#"<meta name="clair-route" content="{path}">"#);
    let head = template
        .head
        .replacen("</head>", &format!("{marker}</head>"), 1);
    let document = format!("{head}<body>{body}{data}</body>{}", template.tail);
    let html = meta_output
        .inject_meta_context(stream::iter([document]))
        .await
        .collect::<Vec<_>>()
        .await
        .concat();
    owner.unset();
    html
}

fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    let template = match Template::read(&dist) {
        Ok(t) => t,
        Err(err) => {
            eprintln!("prerender: {err}");
            std::process::exit(1);
        }
    };
    any_spawner::Executor::init_futures_executor().expect("executor already set");
    let started = std::time::Instant::now();
    let data_dir = std::env::var("CLAIR_DATA_DIR").unwrap_or_else(|_| "public/data".into());
    let offices =
        std::fs::read_to_string(Path::new(&data_dir).join("offices.json")).unwrap_or_default();
    let directory: Directory = match parse("offices.json", &offices) {
        Ok(d) => d,
        Err(err) => {
            eprintln!("prerender: {err:?}");
            std::process::exit(1);
        }
    };
    let ids: Vec<&str> = directory.offices.iter().map(|o| o.id.as_str()).collect();
    let routes = prerendered(&ids);
    let site = std::env::var("SITE_URL").unwrap_or_else(|_| DEFAULT_SITE_URL.into());
    for route in &routes {
        let html = futures::executor::block_on(render(&template, &route.path));
        let html = with_head_tags(html, &site, &route.path);
        let file = dist.join(&route.file);
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).expect("create output folder");
        }
        // A page that could not get its content must fail the build, not ship an error.
        if html.contains(r#"class="error-box""#) {
            eprintln!(
                "prerender: {} shows a content error; run `cargo test` for details",
                route.path
            );
            std::process::exit(1);
        }
        std::fs::write(&file, html).expect("write prerendered page");
    }
    let paths: Vec<&str> = routes.iter().map(|r| r.path.as_str()).collect();
    std::fs::write(dist.join("sitemap.xml"), sitemap(&site, &paths)).expect("write sitemap");
    std::fs::write(dist.join("robots.txt"), robots(&site)).expect("write robots.txt");
    println!(
        "prerendered {} routes in {} ms",
        routes.len(),
        started.elapsed().as_millis()
    );
}
