//! The site's routes: which page and language a path means, the links between them,
//! and the list of files the build prerenders. English lives at the root, Japanese
//! under `/ja/`; links end in `/` so that static hosts serve `…/index.html` directly.

use super::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Mission,
    Offices,
    Jet,
    NotFound,
}

impl Page {
    /// Pages that have a file of their own in every language.
    pub const LISTED: [Page; 3] = [Page::Mission, Page::Offices, Page::Jet];

    /// Path of the English page (Japanese adds the `/ja` prefix).
    pub fn path(self) -> &'static str {
        match self {
            Page::Mission => "/",
            Page::Offices => "/offices/",
            Page::Jet => "/jet/",
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
    if path == "/ja" || path.starts_with("/ja/") {
        Lang::Ja
    } else {
        Lang::En
    }
}

/// The path without its language prefix, always starting with `/`.
fn unprefixed(path: &str) -> &str {
    match lang_of(path) {
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
    let page = Page::LISTED
        .into_iter()
        .find(|p| p.path().trim_end_matches('/') == rest)
        .unwrap_or(Page::NotFound);
    Route { lang, page }
}

/// Link to a page in a language.
pub fn href(lang: Lang, page: Page) -> String {
    localize(page.path(), lang)
}

/// The same path in another language; keeps unknown paths, query and hash as they are.
pub fn localize(path: &str, lang: Lang) -> String {
    let rest = unprefixed(path);
    match lang {
        Lang::En => rest.to_string(),
        Lang::Ja => format!("/ja{rest}"),
    }
}

/// One prerendered file: the URL path it is rendered for and the file under `dist/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prerendered {
    pub path: String,
    pub file: String,
}

/// Every file the build writes: each listed page in each language, plus `404.html`.
pub fn prerendered() -> Vec<Prerendered> {
    let mut out: Vec<Prerendered> = Lang::ALL
        .into_iter()
        .flat_map(|lang| Page::LISTED.into_iter().map(move |page| href(lang, page)))
        .map(|path| Prerendered {
            file: format!("{}index.html", &path[1..]),
            path,
        })
        .collect();
    out.push(Prerendered {
        path: Page::NotFound.path().to_string(),
        file: "404.html".to_string(),
    });
    out
}

/// Whether the HTML rendered for `marker` may be hydrated at `location`. Hosts that answer
/// unknown paths with another route's file would otherwise hydrate mismatched HTML; the
/// English 404 file matches any path that is not a listed English page.
pub fn should_hydrate(marker: &str, location: &str) -> bool {
    let here = parse(location);
    if marker == Page::NotFound.path() {
        return here
            == Route {
                lang: Lang::En,
                page: Page::NotFound,
            };
    }
    parse(marker) == here && here.page != Page::NotFound
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
        let files: Vec<_> = prerendered().into_iter().map(|p| p.file).collect();
        assert_eq!(
            files,
            [
                "index.html",
                "offices/index.html",
                "jet/index.html",
                "ja/index.html",
                "ja/offices/index.html",
                "ja/jet/index.html",
                "404.html"
            ]
        );
    }

    #[test]
    fn hydrates_only_matching_html() {
        assert!(should_hydrate("/offices/", "/offices/"));
        assert!(should_hydrate("/offices/", "/offices"));
        assert!(!should_hydrate("/", "/index.html"));
        assert!(!should_hydrate("/", "/offices/"));
        assert!(!should_hydrate("/", "/ja/"));
        assert!(!should_hydrate("/", "/unknown"));
        assert!(should_hydrate("/404.html", "/unknown"));
        assert!(!should_hydrate("/404.html", "/ja/unknown"));
        assert!(!should_hydrate("/404.html", "/jet/"));
    }
}
