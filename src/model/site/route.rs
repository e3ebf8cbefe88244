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

/// The browser's wasm bundles: the same crate built with features that leave out the
/// islands a small one does not need (`feature = "small-bundle"` on an island's
/// `cfg_attr` keeps it out of both small ones).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    Site,
    Light,
    Widget,
}

impl Bundle {
    /// The small bundles, each built with the feature `bundle-<name>`.
    pub const SMALL: [Bundle; 2] = [Bundle::Light, Bundle::Widget];

    /// Its name in file names (`clair-<name>-<hash>.js`) and features.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Site => "site",
            Bundle::Light => "light",
            Bundle::Widget => "widget",
        }
    }
}

impl Page {
    /// Every page, in the order `parse` tries their patterns.
    pub const ALL: [Page; 15] = [
        Page::Mission,
        Page::Offices,
        Page::Office,
        Page::Jet,
        Page::JetEligibility,
        Page::JetTimeline,
        Page::JetApply,
        Page::JetWhere,
        Page::JetFaq,
        Page::Embed,
        Page::Search,
        Page::WidgetFinder,
        Page::WidgetCard,
        Page::WidgetTimeline,
        Page::NotFound,
    ];

    /// Whether the page has one file per language: neither an office's (one per id)
    /// nor a not-found page.
    fn single(self) -> bool {
        !self.pattern().contains('*') && self != Page::NotFound
    }

    /// Pages of the site with a file of their own in every language.
    pub fn listed() -> impl Iterator<Item = Page> {
        Page::ALL
            .into_iter()
            .filter(|p| p.single() && !p.is_widget())
    }

    /// Widget pages with one file each (the card has one per office).
    pub fn widgets() -> impl Iterator<Item = Page> {
        Page::ALL
            .into_iter()
            .filter(|p| p.single() && p.is_widget())
    }

    /// The JET section's pages, in the order of its own navigation.
    pub const JET: [Page; 6] = [
        Page::Jet,
        Page::JetEligibility,
        Page::JetTimeline,
        Page::JetApply,
        Page::JetWhere,
        Page::JetFaq,
    ];

    /// The route table: the page's path under the base and the language prefix; `*` is
    /// one segment (an office id). `parse` and the page script (`routes.json`) read it.
    pub fn pattern(self) -> &'static str {
        match self {
            Page::Office => "/offices/*/",
            Page::WidgetCard => "/embed/offices/*/",
            page => page.path(),
        }
    }

    /// Widgets are made to be framed: no site header or footer, options in the URL.
    /// The wasm bundle the page loads (`scripts/build.sh` builds them): a widget the
    /// small one with only the finder widget's island, the not-found page the one with
    /// only its own island (which starts at once), every other page the site's.
    pub fn bundle(self) -> Bundle {
        match self {
            _ if self.is_widget() => Bundle::Widget,
            Page::NotFound => Bundle::Light,
            _ => Bundle::Site,
        }
    }

    pub fn is_widget(self) -> bool {
        matches!(
            self,
            Page::WidgetFinder | Page::WidgetCard | Page::WidgetTimeline
        )
    }

    /// Path of the page in the root language (the others add their prefix); for pages
    /// with an id, the section's path.
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

/// The language a path is in: the one whose prefix starts it (`/ja`, `/ja/…`), else
/// the root language.
pub fn lang_of(path: &str) -> Lang {
    app_lang(without_base(path))
}

/// The language whose prefix starts a base-free path, with the path after it.
fn split_lang(path: &str) -> (Lang, &str) {
    Lang::ALL
        .into_iter()
        .filter(|lang| !lang.prefix().is_empty())
        .find_map(|lang| {
            let code = lang.prefix().trim_end_matches('/');
            match path.strip_prefix('/')?.strip_prefix(code)? {
                "" => Some((lang, "/")),
                rest if rest.starts_with('/') => Some((lang, rest)),
                _ => None,
            }
        })
        .unwrap_or((Lang::default(), path))
}

fn app_lang(path: &str) -> Lang {
    split_lang(path).0
}

/// The base-free path without its language prefix, always starting with `/`.
fn unprefixed(path: &str) -> &str {
    split_lang(without_base(path)).1
}

/// Whether a route pattern (`*` is one non-empty segment) matches a path.
fn matches(pattern: &str, path: &str) -> bool {
    let path = slashed(path);
    let (want, got) = (pattern.split('/'), path.split('/'));
    want.clone().count() == got.clone().count()
        && want
            .zip(got)
            .all(|(w, g)| if w == "*" { !g.is_empty() } else { w == g })
}

/// Which page and language a path shows. A missing trailing slash is accepted, as
/// static hosts redirect it.
pub fn parse(path: &str) -> Route {
    let rest = unprefixed(path);
    let page = Page::ALL
        .into_iter()
        .find(|p| matches(p.pattern(), rest))
        .unwrap_or(Page::NotFound);
    Route {
        lang: lang_of(path),
        page,
    }
}

/// Link to a page in a language.
pub fn href(lang: Lang, page: Page) -> String {
    localize(page.path(), lang)
}

/// Whether a path is a widget page, shown without the site's header and footer.
pub fn is_widget(path: &str) -> bool {
    parse(path).page.is_widget()
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
    with_base(&format!("/{}{}", lang.prefix(), &unprefixed(path)[1..]))
}

/// Between a page's own title and the site's name, in every `<title>`; `site.js`
/// changes the part before it.
pub const TITLE_SEPARATOR: &str = " — ";

/// A document's title: the page's, then the site's name.
pub fn full_title(page: &str, site: &str) -> String {
    format!("{page}{TITLE_SEPARATOR}{site}")
}

/// One prerendered file: the URL path it is rendered for and the file under `dist/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prerendered {
    pub path: String,
    pub file: String,
}

/// The not-found pages (under the base and a language prefix): the paths each answers
/// for (the longest match wins) and its file. The card widget has one for all office
/// ids without a card, which `site.js` shows in place of the site's under
/// `/embed/offices/`.
pub const NOT_FOUND_PAGES: [(&str, &str); 2] = [
    ("/", "404.html"),
    ("/embed/offices/", "embed/offices/404.html"),
];

/// The not-found page that answers for a path, in the path's language.
pub fn not_found_for(path: &str) -> String {
    let rest = slashed(unprefixed(path));
    let file = NOT_FOUND_PAGES
        .iter()
        .filter(|(under, _)| rest.starts_with(under))
        .max_by_key(|(under, _)| under.len())
        .map_or("404.html", |(_, file)| file);
    with_base(&format!("/{}{file}", lang_of(path).prefix()))
}
/// Every file the build writes: each listed page and each office's page in each
/// language, plus the not-found pages `404.html` and the card widget's
/// `embed/offices/404.html`, each in both languages.
pub fn prerendered(office_ids: &[&str]) -> Vec<Prerendered> {
    let mut out: Vec<Prerendered> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            let pages = Page::listed().map(move |page| href(lang, page));
            pages.chain(office_ids.iter().map(move |id| office_href(lang, id)))
        })
        .map(page_file)
        .collect();
    let widgets = Lang::ALL.into_iter().flat_map(|lang| {
        let pages = Page::widgets().map(move |p| href(lang, p));
        pages.chain(
            office_ids
                .iter()
                .map(move |id| localize(&format!("/embed/offices/{id}/"), lang)),
        )
    });
    out.extend(widgets.map(page_file));
    out.extend(NOT_FOUND_PAGES.into_iter().flat_map(|(_, file)| {
        Lang::ALL.into_iter().map(move |lang| {
            let path = with_base(&format!("/{}{file}", lang.prefix()));
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

/// The id in a path whose page has one (`/ja/offices/london/` → `london`), also for
/// ids that have no office: the not-found page names them and suggests others.
pub fn page_id(path: &str) -> Option<&str> {
    let rest = unprefixed(path);
    let pattern = parse(path).page.pattern();
    let at = pattern.split('/').position(|segment| segment == "*")?;
    rest.split('/').nth(at)
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
            for page in Page::listed() {
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
        // Each language's pages, then its widgets, then its not-found pages.
        let each = |paths: &[&str]| -> Vec<String> {
            Lang::ALL
                .into_iter()
                .flat_map(|lang| paths.iter().map(move |p| format!("{}{p}", lang.prefix())))
                .collect()
        };
        let pages = [
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
        ];
        let widgets = [
            "embed/offices/index.html",
            "embed/jet-timeline/index.html",
            "embed/offices/london/index.html",
        ];
        let mut expected = each(&pages);
        expected.extend(each(&widgets));
        expected.extend(each(&["404.html"]));
        expected.extend(each(&["embed/offices/404.html"]));
        assert_eq!(files, expected);
        assert_eq!(files[11], "ja/index.html");
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
    fn finds_the_id_in_a_path() {
        assert_eq!(page_id("/offices/atlantis/"), Some("atlantis"));
        assert_eq!(page_id("/ja/offices/london"), Some("london"));
        assert_eq!(page_id("/ja/embed/offices/london/"), Some("london"));
        assert_eq!(page_id("/offices/"), None);
        assert_eq!(page_id("/offices/a/b/"), None);
        assert_eq!(page_id("/jet/"), None);
    }

    #[test]
    fn not_found_pages() {
        assert_eq!(not_found_for("/nope/"), "/404.html");
        assert_eq!(
            not_found_for("/ja/embed/offices/x/y"),
            "/ja/embed/offices/404.html"
        );
        assert_eq!(not_found_for("/ja/embed/"), "/ja/404.html");
    }
}
