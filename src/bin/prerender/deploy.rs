//! What the build writes besides the pages, for browsers and hosts: each page's
//! Content-Security-Policy, the web app manifest, the service worker's precache list
//! and a `_headers` file for hosts that read one. Everything follows the sub-path base.

use std::collections::BTreeMap;

use serde_json::json;

use clair::model::files::DATA_FILES;
use clair::model::lang::Lang;
use clair::model::site::script::TRUSTED_TYPES_POLICY;

/// The brand colour: the manifest's theme, the browser's address bar, the icons.
pub const THEME_COLOR: &str = "#0b3d6b";

/// Trunk's page with an empty body, kept as the template for a second run.
pub const SHELL_FILE: &str = "shell.html";

/// A page's policy, sent as `<meta http-equiv>` so it works on any host. Scripts come
/// only from the site, plus the inline ones whose hashes are given (trunk's wasm loader
/// and the data the page was rendered with); no `unsafe-inline` for scripts. Style
/// sheets come only from the site (`style-src-elem`: pages carry no `<style>`); inline
/// `style` attributes stay allowed, since the map and the widget heights set them (a
/// browser without `style-src-elem` falls back to `style-src`).
/// Trusted Types are required, with one policy (`site/trusted.js`): the page swap, the
/// one place that turns fetched HTML into DOM.
/// `frame-ancestors` is ignored in a meta tag: framing is the server's header.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes
        .iter()
        .map(|hash| format!(" 'sha256-{hash}'"))
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
         style-src 'self' 'unsafe-inline'; style-src-elem 'self'; img-src 'self' data:; frame-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; \
         require-trusted-types-for 'script'; trusted-types {TRUSTED_TYPES_POLICY}"
    )
}

/// The text of every inline `<script>` in a page, as the browser hashes it for the
/// policy: everything between the opening tag and `</script>`.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !after[..open_end].contains(" src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

/// The web app manifest: start URL and scope are the site's base, so an installed
/// app opens the site wherever it is deployed.
pub fn manifest(base: &str) -> String {
    let icon = |file: &str, size: &str, purpose: &str| {
        json!({
            "src": format!("{base}icons/{file}"),
            "sizes": size,
            "type": "image/png",
            "purpose": purpose,
        })
    };
    let value = json!({
        "name": "CLAIR — Council of Local Authorities for International Relations",
        "short_name": "CLAIR",
        "description": "CLAIR's mission, its offices in Japan and abroad, and how to apply to the JET Programme.",
        "lang": "en",
        "start_url": base,
        "scope": base,
        "id": base,
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": "#ffffff",
        "icons": [
            icon("icon-192.png", "192x192", "any"),
            icon("icon-512.png", "512x512", "any"),
            icon("maskable-512.png", "512x512", "maskable"),
        ],
    });
    serde_json::to_string_pretty(&value).expect("a JSON value serializes")
}

/// Links every page's `<head>` gets, under the base: the icon, the manifest and the
/// home-screen icon.
pub fn install_links(base: &str) -> String {
    format!(
        r#"<link rel="icon" href="{base}favicon.svg" type="image/svg+xml"><link rel="manifest" href="{base}manifest.webmanifest"><link rel="apple-touch-icon" href="{base}icons/apple-touch-icon.png">"#
    )
}

/// Whether a file of the build (a path relative to `dist/`) belongs in the service
/// worker's install cache: the app's own assets, the content files read as they are (the
/// maps, `Lang::data_path`), the icons, the
/// manifest and every language's 404 page (offline, an unsaved page in any language
/// says so in it). Pages, and each language's content files and search index, go
/// with their language (`language_file`); the full content files (every language) are
/// for editors and partners' tools, never read by the pages; embed.js is for partners'
/// pages and the service worker must not cache itself.
pub fn precached_file(file: &str) -> bool {
    let top_level = !file.contains('/');
    let asset = [".js", ".wasm", ".css", ".svg"]
        .iter()
        .any(|ext| file.ends_with(ext));
    // The widget bundle is for partners' frames, like embed.js.
    let partners = file == "embed.js" || file.starts_with("clair-widget-");
    (top_level && asset && !partners && file != "sw.js")
        // The schemas are for editors and partners' tools, never read by the pages.
        || file
            .strip_prefix("data/")
            .is_some_and(|data| DATA_FILES.contains(&data) && Lang::En.data_path(data) == data)
        || file.starts_with("icons/") && file.ends_with(".png")
        || file == "manifest.webmanifest"
        || Lang::ALL
            .into_iter()
            .any(|lang| file == format!("{}404.html", lang.prefix()))
}

/// Whether a file of the build is one of `lang`'s own data files: its copies of the
/// content files (`Lang::data_path`) or its search index.
pub fn language_file(file: &str, lang: Lang) -> bool {
    file.starts_with(&format!("data/{}/", lang.code()))
        || file.starts_with(&format!("data/search/{}/", lang.code()))
}

/// Fills the service worker's template: its version (a hash of everything it caches,
/// so any change to the build makes a new worker), the URLs every visitor's install
/// caches, and the pages of each language, which it caches for the languages read.
pub fn service_worker(
    template: &str,
    version: &str,
    shared: &[String],
    pages: &BTreeMap<&str, Vec<String>>,
) -> String {
    let shared = serde_json::to_string(shared).expect("strings serialize");
    let pages = serde_json::to_string(pages).expect("strings serialize");
    template
        .replacen(
            "const VERSION = 'dev';",
            &format!("const VERSION = '{version}';"),
            1,
        )
        .replacen(
            "const PRECACHE = [];",
            &format!("const PRECACHE = {shared};"),
            1,
        )
        .replacen("const PAGES = {};", &format!("const PAGES = {pages};"), 1)
}

/// A `_headers` file for Cloudflare Pages (its `!` lines remove a header) with the same
/// policy as `deploy/nginx-site.conf`: only widget pages may be framed, by anyone;
/// hashed assets are immutable; HTML, data and the service worker are revalidated.
pub fn headers_file(base: &str) -> String {
    let common =
        "  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n";
    let mut out = format!(
        "{base}*\n{common}  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n  Cache-Control: no-cache\n"
    );
    for widget in ["embed/offices/*", "embed/jet-timeline/*"] {
        out.push_str(&format!(
            "{base}{widget}\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n"
        ));
    }
    for hashed in ["clair-*", "main-*"] {
        out.push_str(&format!(
            "{base}{hashed}\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_lists_hashes_and_never_unsafe_inline_scripts() {
        let csp = content_security_policy(&["abc=".into(), "def=".into()]);
        let scripts = csp
            .split("; ")
            .find(|d| d.starts_with("script-src"))
            .unwrap();
        assert_eq!(
            scripts,
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=' 'sha256-def='"
        );
        assert!(csp.contains("object-src 'none'"));
        assert!(csp.contains("; style-src-elem 'self';"), "{csp}");
    }

    #[test]
    fn finds_inline_scripts_only() {
        let html = r#"<head><script type="module">import x;</script><script src="/a.js"></script></head><body><script>data()</script><script></script></body>"#;
        assert_eq!(inline_scripts(html), ["import x;", "data()", ""]);
        assert!(inline_scripts("<p>no scripts</p>").is_empty());
    }

    #[test]
    fn manifest_follows_the_base() {
        let value: serde_json::Value = serde_json::from_str(&manifest("/clair/")).unwrap();
        assert_eq!(value["start_url"], "/clair/");
        assert_eq!(value["scope"], "/clair/");
        assert_eq!(value["icons"][0]["src"], "/clair/icons/icon-192.png");
        assert_eq!(value["icons"][2]["purpose"], "maskable");
        assert!(install_links("/clair/").contains(r#"href="/clair/manifest.webmanifest""#));
    }

    #[test]
    fn precache_selection() {
        for yes in [
            "clair-0123_bg.wasm",
            "clair-0123.js",
            "main-01.css",
            "favicon.svg",
            "data/map-world.json",
            "icons/icon-192.png",
            "manifest.webmanifest",
            "404.html",
            "ja/404.html",
            "zh/404.html",
            "clair-light-0123_bg.wasm",
        ] {
            assert!(precached_file(yes), "{yes}");
        }
        // With their language's pages instead.
        for (file, lang) in [
            ("data/en/offices.json", Lang::En),
            ("data/fr/jet/faq.json", Lang::Fr),
            ("data/search/zh/pages.json", Lang::Zh),
        ] {
            assert!(!precached_file(file), "{file}");
            assert!(language_file(file, lang), "{file}");
            assert!(!language_file(file, Lang::Ja), "{file}");
        }
        for no in [
            "sw.js",
            "embed.js",
            "clair-widget-0123_bg.wasm",
            "sitemap.xml",
            "robots.txt",
            "_headers",
            "shell.html",
            "index.html",
            "offices/london/index.html",
            "icons/maskable.svg",
            "data/schema/site.schema.json",
            "data/mission.json",
            "data/offices.json",
            "data/jet/faq.json",
            "embed/offices/404.html",
        ] {
            assert!(!precached_file(no), "{no}");
        }
    }

    #[test]
    fn fills_the_worker_template() {
        let template = "const VERSION = 'dev';\nconst PRECACHE = [];\nconst PAGES = {};\nrest";
        let pages = BTreeMap::from([("en", vec!["/".to_string()]), ("ja", vec!["/ja/".into()])]);
        let sw = service_worker(template, "abc123", &["/b.js".into()], &pages);
        assert_eq!(
            sw,
            "const VERSION = 'abc123';\nconst PRECACHE = [\"/b.js\"];\n\
             const PAGES = {\"en\":[\"/\"],\"ja\":[\"/ja/\"]};\nrest"
        );
    }

    #[test]
    fn headers_frame_only_widgets() {
        let file = headers_file("/clair/");
        assert!(file.starts_with("/clair/*\n"));
        assert!(file.contains("/clair/embed/offices/*\n  ! X-Frame-Options\n"));
        assert!(file.contains("Content-Security-Policy: frame-ancestors *"));
        assert!(file.contains("/clair/clair-*\n"));
    }
}
