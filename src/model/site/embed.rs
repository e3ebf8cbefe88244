//! Widgets for partner sites: which widget, the options a partner can set, and the
//! two snippets that embed it. Options come from a URL a partner wrote, so anything
//! unknown is ignored and the default kept; every value is from a closed list.

use crate::model::directory::search::Query;
use crate::model::directory::{Directory, OfficeKind};
use crate::model::lang::Lang;
use crate::model::markup::escape as attr;
use crate::model::url::percent_encode;

/// The embeddable widgets, each a page under `/embed/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// Search and list of offices, with optional preset filters.
    Finder,
    /// One office.
    Card,
    /// The JET timeline for one country.
    Timeline,
}

impl Widget {
    pub const ALL: [Widget; 3] = [Widget::Finder, Widget::Card, Widget::Timeline];

    /// The name used in `data-clair-widget` and in the configurator.
    pub fn slug(self) -> &'static str {
        match self {
            Widget::Finder => "office-finder",
            Widget::Card => "office-card",
            Widget::Timeline => "jet-timeline",
        }
    }

    /// The widget page's path; a card needs its office id.
    pub fn path(self, office: &str) -> String {
        match self {
            Widget::Finder => "/embed/offices/".to_string(),
            Widget::Card => format!("/embed/offices/{office}/"),
            Widget::Timeline => "/embed/jet-timeline/".to_string(),
        }
    }
}

/// A finder widget's presets from its URL's pairs (`kind`, `region`, `country`), less
/// those the data does not know: dropped, not applied to nothing. `site.js` applies them
/// to the prerendered list the same way (checked by `tests/page_script.rs`).
pub fn presets<'a>(
    directory: &Directory,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Query {
    let options = Options::from_pairs(pairs);
    Query {
        text: String::new(),
        kind: options.kind,
        region: options.region.filter(|r| directory.region(r).is_some()),
        country: options
            .country
            .filter(|c| directory.countries.iter().any(|k| &k.code == c)),
    }
}

/// A choice between two fixed values or "follow the visitor's settings".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LangChoice {
    #[default]
    Auto,
    Fixed(Lang),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The accent colours a partner may pick; the widget's stylesheet defines each one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Accent {
    #[default]
    Navy,
    Teal,
    Crimson,
    Plum,
    Forest,
}

impl Accent {
    pub const ALL: [Accent; 5] = [
        Accent::Navy,
        Accent::Teal,
        Accent::Crimson,
        Accent::Plum,
        Accent::Forest,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Accent::Navy => "navy",
            Accent::Teal => "teal",
            Accent::Crimson => "crimson",
            Accent::Plum => "plum",
            Accent::Forest => "forest",
        }
    }
}

/// Everything a partner can set. `Default` is what an empty or invalid URL gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub lang: LangChoice,
    pub theme: Theme,
    pub accent: Accent,
    pub compact: bool,
    /// Finder: only this kind of office.
    pub kind: Option<OfficeKind>,
    /// Finder: only this region id (checked against the data by the page).
    pub region: Option<String>,
    /// Finder: offices in or covering this country; timeline: this country's dates.
    pub country: Option<String>,
}

/// A value that is safe in a URL and in markup as it is: lowercase letters, digits, `-`.
fn is_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_country(value: &str) -> bool {
    value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase())
}

fn pick<T: Copy>(all: &[T], slug: fn(T) -> &'static str, value: &str) -> Option<T> {
    all.iter().copied().find(|v| slug(*v) == value)
}

impl Options {
    /// Reads options from URL query pairs; unknown keys and invalid values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Options {
        let mut options = Options::default();
        for (key, value) in pairs {
            match key {
                "lang" => {
                    options.lang =
                        Lang::from_code(value).map_or(LangChoice::Auto, LangChoice::Fixed)
                }
                "theme" => {
                    options.theme = pick(&Theme::ALL, Theme::slug, value).unwrap_or_default()
                }
                "accent" => {
                    options.accent = pick(&Accent::ALL, Accent::slug, value).unwrap_or_default()
                }
                "compact" => options.compact = value == "1",
                "kind" => options.kind = OfficeKind::from_slug(value),
                "region" => options.region = is_id(value).then(|| value.to_string()),
                "country" => options.country = is_country(value).then(|| value.to_string()),
                _ => {}
            }
        }
        options
    }

    /// The query string for these options, defaults left out, in a fixed order.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let LangChoice::Fixed(lang) = self.lang {
            pairs.push(("lang", lang.code().to_string()));
        }
        if self.theme != Theme::Auto {
            pairs.push(("theme", self.theme.slug().to_string()));
        }
        if self.accent != Accent::Navy {
            pairs.push(("accent", self.accent.slug().to_string()));
        }
        if self.compact {
            pairs.push(("compact", "1".to_string()));
        }
        if let Some(kind) = self.kind {
            pairs.push(("kind", kind.slug().to_string()));
        }
        if let Some(region) = &self.region {
            pairs.push(("region", region.clone()));
        }
        if let Some(country) = &self.country {
            pairs.push(("country", country.clone()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let joined: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
            .collect();
        format!("?{}", joined.join("&"))
    }
}

/// The widget's full address on the site whose root is `origin` (`https://example.org`,
/// or `https://example.org/clair` under a sub-path).
pub fn widget_url(origin: &str, widget: Widget, office: &str, options: &Options) -> String {
    format!(
        "{}{}{}",
        origin.trim_end_matches('/'),
        widget.path(office),
        options.to_query()
    )
}

/// The plain `<iframe>` snippet: works everywhere, no script; a fixed height.
pub fn iframe_snippet(url: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>",
        attr(url),
        attr(title)
    )
}

/// The loader snippet: a placeholder with the options as `data-` attributes and the
/// script that turns it into a self-sizing iframe.
pub fn script_snippet(origin: &str, widget: Widget, office: &str, options: &Options) -> String {
    let mut attrs = vec![format!("data-clair-widget=\"{}\"", widget.slug())];
    if widget == Widget::Card {
        attrs.push(format!("data-office=\"{}\"", attr(office)));
    }
    let query = options.to_query();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        if let Some((key, value)) = pair.split_once('=') {
            attrs.push(format!("data-{key}=\"{}\"", attr(value)));
        }
    }
    format!(
        "<div {}></div>\n<script src=\"{}/embed.js\" async></script>",
        attrs.join(" "),
        attr(origin.trim_end_matches('/'))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> Options {
        Options::from_pairs(query.split('&').filter_map(|p| p.split_once('=')))
    }

    #[test]
    fn empty_and_invalid_options_give_defaults() {
        assert_eq!(parse(""), Options::default());
        let bad = parse(
            "lang=de&theme=neon&accent=%23ff0000&compact=yes&kind=castle&region=%3Cscript%3E&country=usa&x=1",
        );
        assert_eq!(bad, Options::default());
        assert_eq!(parse("region=a\"b").region, None);
        assert_eq!(parse("country=us").country, None);
    }

    #[test]
    fn valid_options_are_read() {
        let o = parse(
            "lang=ja&theme=dark&accent=teal&compact=1&kind=overseas&region=europe&country=GB",
        );
        assert_eq!(o.lang, LangChoice::Fixed(Lang::Ja));
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.accent, Accent::Teal);
        assert!(o.compact);
        assert_eq!(o.kind, Some(OfficeKind::Overseas));
        assert_eq!(o.region.as_deref(), Some("europe"));
        assert_eq!(o.country.as_deref(), Some("GB"));
        // A later invalid value resets to the default rather than keeping junk.
        assert_eq!(parse("theme=dark&theme=neon").theme, Theme::Auto);
    }

    #[test]
    fn query_round_trips_and_leaves_defaults_out() {
        assert_eq!(Options::default().to_query(), "");
        let o = parse("accent=plum&lang=en&country=AU");
        assert_eq!(o.to_query(), "?lang=en&accent=plum&country=AU");
        assert_eq!(parse(&o.to_query()[1..]), o);
    }

    #[test]
    fn snippets_escape_and_point_at_the_widget() {
        let o = parse("lang=ja&kind=branch");
        let url = widget_url("https://clair.example/", Widget::Finder, "", &o);
        assert_eq!(
            url,
            "https://clair.example/embed/offices/?lang=ja&kind=branch"
        );
        let iframe = iframe_snippet(&url, "CLAIR \"offices\" <finder>", 600);
        assert!(iframe.starts_with(
            "<iframe src=\"https://clair.example/embed/offices/?lang=ja&amp;kind=branch\""
        ));
        assert!(iframe.contains("title=\"CLAIR &quot;offices&quot; &lt;finder&gt;\""));
        assert!(iframe.contains("loading=\"lazy\""));
        let script = script_snippet("https://clair.example", Widget::Card, "london", &o);
        assert_eq!(
            script,
            "<div data-clair-widget=\"office-card\" data-office=\"london\" data-lang=\"ja\" data-kind=\"branch\"></div>\n<script src=\"https://clair.example/embed.js\" async></script>"
        );
        assert_eq!(Widget::Card.path("paris"), "/embed/offices/paris/");
    }
}
