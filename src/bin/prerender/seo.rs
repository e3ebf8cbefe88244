//! What search engines and link previews read from the static files: canonical URL,
//! language alternates, Open Graph tags, `sitemap.xml` and `robots.txt`. All built at
//! prerender time from the route list and the site's public address (`SITE_URL`).

use clair::model::lang::Lang;
use clair::model::markup::escape;
use clair::model::site::route::{localize, parse, with_base, Page};

/// `https://example.org` + `/jet/` → `https://example.org/jet/`.
fn absolute(site: &str, path: &str) -> String {
    format!("{}{path}", site.trim_end_matches('/'))
}

/// Whether a path is a page of its own for search engines: not the 404 page, and not
/// a widget (those are fragments made for partners' frames).
pub fn indexable(path: &str) -> bool {
    !matches!(
        parse(path).page,
        Page::NotFound | Page::WidgetFinder | Page::WidgetCard | Page::WidgetTimeline
    )
}

/// Tags for a page's `<head>`. `title` and `description` are already escaped text
/// (as the renderer wrote them).
pub fn head_tags(site: &str, path: &str, title: &str, description: &str) -> String {
    if !indexable(path) {
        return r#"<meta name="robots" content="noindex">"#.to_string();
    }
    let lang = parse(path).lang;
    let url = absolute(site, path);
    let mut tags = vec![format!(r#"<link rel="canonical" href="{}">"#, escape(&url))];
    for other in Lang::ALL {
        tags.push(format!(
            r#"<link rel="alternate" hreflang="{}" href="{}">"#,
            other.tag(),
            escape(&absolute(site, &localize(path, other)))
        ));
    }
    tags.push(format!(
        r#"<link rel="alternate" hreflang="x-default" href="{}">"#,
        escape(&absolute(site, &localize(path, Lang::En)))
    ));
    let locale = match lang {
        Lang::En => "en_GB",
        Lang::Ja => "ja_JP",
        Lang::Fr => "fr_FR",
        Lang::Ko => "ko_KR",
        Lang::Zh => "zh_CN",
        #[cfg(feature = "lang-fixture")]
        Lang::Xx => "en_GB",
    };
    let quote = |s: &str| s.replace('"', "&quot;");
    tags.extend([
        r#"<meta property="og:type" content="website">"#.to_string(),
        r#"<meta property="og:site_name" content="CLAIR">"#.to_string(),
        format!(r#"<meta property="og:title" content="{}">"#, quote(title)),
        format!(
            r#"<meta property="og:description" content="{}">"#,
            quote(description)
        ),
        format!(r#"<meta property="og:url" content="{}">"#, escape(&url)),
        format!(r#"<meta property="og:locale" content="{locale}">"#),
    ]);
    tags.concat()
}

/// `sitemap.xml` for the indexable paths, each with its language alternates.
pub fn sitemap(site: &str, paths: &[&str]) -> String {
    let mut out = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        "\n",
        r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"#,
        "\n"
    ));
    for path in paths.iter().filter(|p| indexable(p)) {
        out.push_str(&format!(
            "  <url><loc>{}</loc>",
            escape(&absolute(site, path))
        ));
        for lang in Lang::ALL {
            out.push_str(&format!(
                r#"<xhtml:link rel="alternate" hreflang="{}" href="{}"/>"#,
                lang.tag(),
                escape(&absolute(site, &localize(path, lang)))
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled except the widgets; points at the sitemap.
/// (Crawlers read it only at the host's root: under a sub-path, copy its lines there.)
pub fn robots(site: &str) -> String {
    format!(
        "User-agent: *\nAllow: {}\nDisallow: {}\nDisallow: {}\n\nSitemap: {}\n",
        with_base("/"),
        with_base(Page::WidgetFinder.path()),
        with_base(Page::WidgetTimeline.path()),
        absolute(site, &with_base("/sitemap.xml"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SITE: &str = "https://clair.example/";

    #[test]
    fn pages_get_canonical_alternates_and_open_graph() {
        let tags = head_tags(
            SITE,
            "/ja/offices/london/",
            "ロンドン — CLAIR",
            "A \"quoted\" & more",
        );
        assert!(tags
            .contains(r#"<link rel="canonical" href="https://clair.example/ja/offices/london/">"#));
        assert!(tags.contains(r#"hreflang="en" href="https://clair.example/offices/london/""#));
        assert!(tags.contains(r#"hreflang="ja" href="https://clair.example/ja/offices/london/""#));
        assert!(
            tags.contains(r#"hreflang="x-default" href="https://clair.example/offices/london/""#)
        );
        assert!(tags.contains(r#"<meta property="og:locale" content="ja_JP">"#));
        assert!(tags.contains(r#"content="A &quot;quoted&quot; & more""#));
        assert!(tags.contains(r#"<meta property="og:title" content="ロンドン — CLAIR">"#));
    }

    #[test]
    fn widgets_and_404_are_not_indexed() {
        assert_eq!(
            head_tags(SITE, "/404.html", "x", "y"),
            r#"<meta name="robots" content="noindex">"#
        );
        assert!(head_tags(SITE, "/embed/offices/london/", "x", "y").contains("noindex"));
        assert!(head_tags(SITE, "/embed/", "x", "y").contains("canonical"));
    }

    #[test]
    fn sitemap_lists_indexable_pages_with_alternates() {
        let xml = sitemap(SITE, &["/", "/ja/jet/faq/", "/embed/offices/", "/404.html"]);
        assert!(xml.starts_with("<?xml"));
        assert_eq!(xml.matches("<url>").count(), 2);
        assert!(xml.contains("<loc>https://clair.example/</loc>"));
        assert!(xml.contains(r#"hreflang="en" href="https://clair.example/jet/faq/""#));
        assert!(!xml.contains("/embed/offices/"));
        assert!(robots(SITE).ends_with("Sitemap: https://clair.example/sitemap.xml\n"));
    }
}
