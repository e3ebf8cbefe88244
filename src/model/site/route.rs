//! The site's routes: which page and language a path means, the links between them,
//! and the list of files the build prerenders. English lives at the root, Japanese
//! under `/ja/`; links end in `/` so that static hosts serve `…/index.html` directly.
//!
//! The site may live under a sub-path (`PUBLIC_URL=/clair/`). Paths the app reads
//! (the location) and writes (links) are full paths including that base; page paths
//! (`Page::path`) and the route table are base-free.

use std::sync::OnceLock;

use crate::model::lang::Lang;

static BASE: OnceLock<String> = OnceLock::new();

/// `clair`, `/clair`, `/clair/` → `/clair/`; empty or `/` → `/`.
fn normalize_base(base: &str) -> String {
    match base.trim_matches('/') {
        "" => "/".to_string(),
        inner => format!("/{inner}/"),
    }
}

/// Sets the sub-path the site is served under, once, before anything renders.
pub fn set_base(base: &str) {
    let _ = BASE.set(normalize_base(base));
}

/// The sub-path the site is served under, starting and ending with `/`.
pub fn base() -> &'static str {
    BASE.get().map_or("/", String::as_str)
}

/// `/clair/` + `/jet/` → `/clair/jet/`.
fn join_base(base: &str, path: &str) -> String {
    format!("{}{path}", base.trim_end_matches('/'))
}

/// `/clair/jet/` under `/clair/` → `/jet/`; a path outside the base is left as it is,
/// and then matches no page.
fn strip_base<'a>(base: &str, path: &'a str) -> &'a str {
    match path.strip_prefix(base.trim_end_matches('/')) {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    }
}

/// The full path (with the base) of a base-free path.
pub fn with_base(path: &str) -> String {
    join_base(base(), path)
}

/// The base-free path of a full path.
pub fn without_base(path: &str) -> &str {
    strip_base(base(), path)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Mission,
    Offices,
    /// One office's page, `/offices/<id>/`; whether the id exists is the page's concern.
    Office,
    Jet,
    JetEligibility,
    JetTimeline,
    JetApply,
    JetWhere,
    JetFaq,
    /// The widget configurator for partner sites.
    Embed,
    /// The site search, `/search/?q=…`.
    Search,
    /// Widgets: pages made to be framed, in the language their options ask for.
    WidgetFinder,
    WidgetCard,
    WidgetTimeline,
    NotFound,
}

impl Page {
    /// Pages that have a file of their own in every language.
    pub const LISTED: [Page; 10] = [
        Page::Mission,
        Page::Offices,
        Page::Jet,
        Page::JetEligibility,
        Page::JetTimeline,
        Page::JetApply,
        Page::JetWhere,
        Page::JetFaq,
        Page::Embed,
        Page::Search,
    ];

    /// Widget pages with one file each (the card has one per office).
    pub const WIDGETS: [Page; 2] = [Page::WidgetFinder, Page::WidgetTimeline];

    /// The JET section's pages, in the order of its own navigation.
    pub const JET: [Page; 6] = [
        Page::Jet,
        Page::JetEligibility,
        Page::JetTimeline,
        Page::JetApply,
        Page::JetWhere,
        Page::JetFaq,
    ];

    /// Path of the English page (Japanese adds the `/ja` prefix).
    pub fn path(self) -> &'static str {
        match self {
            Page::Mission => "/",
            Page::Offices | Page::Office => "/offices/",
            Page::Jet => "/jet/",
            Page::JetEligibility => "/jet/eligibility/",
            Page::JetTimeline => "/jet/timeline/",
            Page::JetApply => "/jet/apply/",
            Page::JetWhere => "/jet/where-to-apply/",
            Page::JetFaq => "/jet/faq/",
            Page::Embed => "/embed/",
            Page::Search => "/search/",
            Page::WidgetFinder | Page::WidgetCard => "/embed/offices/",
            Page::WidgetTimeline => "/embed/jet-timeline/",
            Page::NotFound => "/404.html",
        }
    }
}

/// A path as the site understands it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub page: Page,
}

/// The language a path is in: `/ja` and everything under `/ja/` is Japanese.
pub fn lang_of(path: &str) -> Lang {
    app_lang(without_base(path))
}

fn app_lang(path: &str) -> Lang {
    if path == "/ja" || path.starts_with("/ja/") {
        Lang::Ja
    } else {
        Lang::En
    }
}

/// The base-free path without its language prefix, always starting with `/`.
fn unprefixed(path: &str) -> &str {
    let path = without_base(path);
    match app_lang(path) {
        Lang::Ja => match &path[3..] {
            "" => "/",
            rest => rest,
        },
        Lang::En => path,
    }
}

/// Which page and language a path shows. A missing trailing slash is accepted, as
/// the router accepts it too.
pub fn parse(path: &str) -> Route {
    let lang = lang_of(path);
    let rest = unprefixed(path).trim_end_matches('/');
    let one_segment = |id: &str| !id.is_empty() && !id.contains('/');
    let page = if rest.strip_prefix("/offices/").is_some_and(one_segment) {
        Page::Office
    } else if rest
        .strip_prefix("/embed/offices/")
        .is_some_and(one_segment)
    {
        Page::WidgetCard
    } else {
        Page::LISTED
            .into_iter()
            .chain(Page::WIDGETS)
            .find(|p| p.path().trim_end_matches('/') == rest)
            .unwrap_or(Page::NotFound)
    };
    Route { lang, page }
}

/// Link to a page in a language.
pub fn href(lang: Lang, page: Page) -> String {
    localize(page.path(), lang)
}

/// Whether a path is a widget page, shown without the site's header and footer.
pub fn is_widget(path: &str) -> bool {
    matches!(
        parse(path).page,
        Page::WidgetFinder | Page::WidgetCard | Page::WidgetTimeline
    )
}

/// `/offices` and `/offices/` name one page.
fn slashed(path: &str) -> String {
    format!("{}/", path.trim_end_matches('/'))
}

/// Whether a link points at the page shown at `location` (`exact`) or at a section
/// that contains it.
pub fn is_current(location: &str, link: &str, exact: bool) -> bool {
    let (location, link) = (slashed(location), slashed(link));
    if exact {
        location == link
    } else {
        location.starts_with(&link)
    }
}

/// Link to an office's page.
pub fn office_href(lang: Lang, id: &str) -> String {
    localize(&format!("/offices/{id}/"), lang)
}

/// The same path in another language; keeps unknown paths, query and hash as they are.
pub fn localize(path: &str, lang: Lang) -> String {
    let rest = unprefixed(path);
    match lang {
        Lang::En => with_base(rest),
        Lang::Ja => with_base(&format!("/ja{rest}")),
    }
}

/// One prerendered file: the URL path it is rendered for and the file under `dist/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prerendered {
    pub path: String,
    pub file: String,
}

/// The card widget's answer for an office id that has no card: one file for all of
/// them (per language), which `site.js` shows in place of the site's 404 page under
/// `/embed/offices/`.
pub const WIDGET_NOT_FOUND: &str = "/embed/offices/404.html";

/// Every file the build writes: each listed page and each office's page in each
/// language, plus the not-found pages `404.html` and the card widget's
/// `embed/offices/404.html`, each in both languages.
pub fn prerendered(office_ids: &[&str]) -> Vec<Prerendered> {
    let mut out: Vec<Prerendered> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            let pages = Page::LISTED.into_iter().map(move |page| href(lang, page));
            pages.chain(office_ids.iter().map(move |id| office_href(lang, id)))
        })
        .map(page_file)
        .collect();
    let widgets = Lang::ALL.into_iter().flat_map(|lang| {
        let pages = Page::WIDGETS.into_iter().map(move |p| href(lang, p));
        pages.chain(
            office_ids
                .iter()
                .map(move |id| localize(&format!("/embed/offices/{id}/"), lang)),
        )
    });
    out.extend(widgets.map(page_file));
    let not_found = [Page::NotFound.path(), WIDGET_NOT_FOUND];
    out.extend(not_found.into_iter().flat_map(|page| {
        Lang::ALL.into_iter().map(move |lang| {
            let path = localize(page, lang);
            Prerendered {
                file: without_base(&path)[1..].to_string(),
                path,
            }
        })
    }));
    out
}

/// A page's file under `dist/`: `/clair/jet/` → `jet/index.html`.
fn page_file(path: String) -> Prerendered {
    Prerendered {
        file: format!("{}index.html", &without_base(&path)[1..]),
        path,
    }
}

/// The office id in an office page's path (`/ja/offices/london/` → `london`), also for
/// ids that have no page: the not-found page names them and suggests others.
pub fn office_id(path: &str) -> Option<&str> {
    unprefixed(path)
        .trim_end_matches('/')
        .strip_prefix("/offices/")
        .filter(|id| !id.is_empty() && !id.contains('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_pages_and_languages() {
        assert_eq!(
            parse("/"),
            Route {
                lang: Lang::En,
                page: Page::Mission
            }
        );
        assert_eq!(
            parse("/offices"),
            Route {
                lang: Lang::En,
                page: Page::Offices
            }
        );
        assert_eq!(
            parse("/offices/"),
            Route {
                lang: Lang::En,
                page: Page::Offices
            }
        );
        assert_eq!(
            parse("/ja"),
            Route {
                lang: Lang::Ja,
                page: Page::Mission
            }
        );
        assert_eq!(
            parse("/ja/"),
            Route {
                lang: Lang::Ja,
                page: Page::Mission
            }
        );
        assert_eq!(
            parse("/ja/jet/"),
            Route {
                lang: Lang::Ja,
                page: Page::Jet
            }
        );
        assert_eq!(
            parse("/ja/jet/where-to-apply"),
            Route {
                lang: Lang::Ja,
                page: Page::JetWhere
            }
        );
        assert_eq!(parse("/jet/faq/x").page, Page::NotFound);
        assert_eq!(parse("/embed/offices/london/").page, Page::WidgetCard);
        assert_eq!(parse("/embed/jet-timeline").page, Page::WidgetTimeline);
        assert_eq!(parse("/ja/embed/").page, Page::Embed);
        assert_eq!(
            parse("/ja/embed/offices/"),
            Route {
                lang: Lang::Ja,
                page: Page::WidgetFinder
            }
        );
        assert_eq!(parse("/ja/embed/offices/london/").page, Page::WidgetCard);
        assert!(is_widget("/embed/offices/"));
        assert!(!is_widget("/embed/"));
        assert_eq!(
            parse("/japan"),
            Route {
                lang: Lang::En,
                page: Page::NotFound
            }
        );
        assert_eq!(
            parse("/ja/nope"),
            Route {
                lang: Lang::Ja,
                page: Page::NotFound
            }
        );
    }

    #[test]
    fn links_and_language_switch() {
        assert_eq!(href(Lang::En, Page::Mission), "/");
        assert_eq!(href(Lang::Ja, Page::Mission), "/ja/");
        assert_eq!(href(Lang::Ja, Page::Offices), "/ja/offices/");
        assert_eq!(localize("/jet/", Lang::Ja), "/ja/jet/");
        assert_eq!(localize("/ja/jet/", Lang::En), "/jet/");
        assert_eq!(localize("/ja", Lang::En), "/");
        assert_eq!(localize("/no/such", Lang::Ja), "/ja/no/such");
        for lang in Lang::ALL {
            for page in Page::LISTED {
                assert_eq!(parse(&href(lang, page)), Route { lang, page });
            }
        }
    }

    #[test]
    fn prerendered_files() {
        let files: Vec<_> = prerendered(&["london"])
            .into_iter()
            .map(|p| p.file)
            .collect();
        assert_eq!(
            files,
            [
                "index.html",
                "offices/index.html",
                "jet/index.html",
                "jet/eligibility/index.html",
                "jet/timeline/index.html",
                "jet/apply/index.html",
                "jet/where-to-apply/index.html",
                "jet/faq/index.html",
                "embed/index.html",
                "search/index.html",
                "offices/london/index.html",
                "ja/index.html",
                "ja/offices/index.html",
                "ja/jet/index.html",
                "ja/jet/eligibility/index.html",
                "ja/jet/timeline/index.html",
                "ja/jet/apply/index.html",
                "ja/jet/where-to-apply/index.html",
                "ja/jet/faq/index.html",
                "ja/embed/index.html",
                "ja/search/index.html",
                "ja/offices/london/index.html",
                "embed/offices/index.html",
                "embed/jet-timeline/index.html",
                "embed/offices/london/index.html",
                "ja/embed/offices/index.html",
                "ja/embed/jet-timeline/index.html",
                "ja/embed/offices/london/index.html",
                "404.html",
                "ja/404.html",
                "embed/offices/404.html",
                "ja/embed/offices/404.html"
            ]
        );
    }

    #[test]
    fn current_links() {
        assert!(is_current("/offices/", "/offices/", true));
        assert!(is_current("/offices", "/offices/", true));
        assert!(!is_current("/offices/london/", "/offices/", true));
        assert!(is_current("/offices/london/", "/offices/", false));
        assert!(!is_current("/officesx/", "/offices/", false));
        assert!(!is_current("/jet/", "/", true));
    }

    #[test]
    fn sub_path_base() {
        assert_eq!(normalize_base(""), "/");
        assert_eq!(normalize_base("/"), "/");
        assert_eq!(normalize_base("clair"), "/clair/");
        assert_eq!(normalize_base("/a/b"), "/a/b/");
        assert_eq!(join_base("/", "/jet/"), "/jet/");
        assert_eq!(join_base("/clair/", "/jet/"), "/clair/jet/");
        assert_eq!(strip_base("/clair/", "/clair/jet/"), "/jet/");
        assert_eq!(strip_base("/clair/", "/clair"), "/");
        assert_eq!(strip_base("/clair/", "/clair/"), "/");
        assert_eq!(strip_base("/clair/", "/clairvoyant/"), "/clairvoyant/");
        assert_eq!(strip_base("/clair/", "/jet/"), "/jet/");
        assert_eq!(strip_base("/", "/jet/"), "/jet/");
    }

    #[test]
    fn finds_the_office_id_in_a_path() {
        assert_eq!(office_id("/offices/atlantis/"), Some("atlantis"));
        assert_eq!(office_id("/ja/offices/london"), Some("london"));
        assert_eq!(office_id("/offices/"), None);
        assert_eq!(office_id("/offices/a/b/"), None);
        assert_eq!(office_id("/jet/"), None);
    }
}
