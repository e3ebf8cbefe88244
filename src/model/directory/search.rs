//! Directory search and filters: pure functions over `Directory`, kept in the URL as
//! `?q=germany&kind=overseas&region=europe`.

use crate::model::directory::{Directory, Office, OfficeKind};
use crate::model::fold::{fold, Terms};
use crate::model::lang::Lang;
use crate::model::readings::readings_in;
use crate::model::url::percent_encode;

/// What the visitor asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub kind: Option<OfficeKind>,
    pub region: Option<String>,
    /// Offices in this country or covering it (ISO 3166-1 alpha-2).
    pub country: Option<String>,
}

impl Query {
    /// Reads the URL's query parameters; unknown values are ignored, not errors.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut query = Query::default();
        for (key, value) in params {
            match key {
                "q" => query.text = value.to_string(),
                "kind" => query.kind = OfficeKind::from_slug(value),
                "region" if !value.is_empty() => query.region = Some(value.to_string()),
                "country" if value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase()) => {
                    query.country = Some(value.to_string())
                }
                _ => {}
            }
        }
        query
    }

    /// `?q=…&kind=…` for the URL, or an empty string when nothing is asked.
    pub fn to_query_string(&self) -> String {
        let pairs: Vec<String> = self
            .to_params()
            .into_iter()
            .map(|(k, v)| format!("{k}={}", percent_encode(&v)))
            .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// Whether every office that matches this query also matches `wider`: the same
    /// filters, and a text that only adds to it (the visitor typing on). Such a query
    /// needs to look only at what `wider` found.
    pub fn narrows(&self, wider: &Query) -> bool {
        self.kind == wider.kind
            && self.region == wider.region
            && self.country == wider.country
            && fold(&self.text).starts_with(&fold(&wider.text))
    }

    /// The URL parameters, in a stable order; nothing for an empty query.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if !self.text.trim().is_empty() {
            params.push(("q", self.text.clone()));
        }
        if let Some(kind) = self.kind {
            params.push(("kind", kind.slug().to_string()));
        }
        if let Some(region) = &self.region {
            params.push(("region", region.clone()));
        }
        if let Some(country) = &self.country {
            params.push(("country", country.clone()));
        }
        params
    }
}

/// Folded search text of every office, built once per directory, so that a keystroke
/// only scans strings.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    /// The index for pages in `lang`: names in the authoritative languages (English and
    /// Japanese, on every page) and in `lang`.
    pub fn new(directory: &Directory, lang: Lang) -> SearchIndex {
        let haystacks = directory
            .offices
            .iter()
            .map(|o| haystack(directory, o, lang))
            .collect();
        SearchIndex { haystacks }
    }

    /// Indexes into `directory.offices` of the offices that match, in directory order.
    pub fn search(&self, directory: &Directory, query: &Query) -> Vec<usize> {
        self.filter(directory, query, 0..directory.offices.len())
    }

    /// `search`, looking only at `candidates` (what a query this one `narrows` found).
    pub fn search_within(
        &self,
        directory: &Directory,
        query: &Query,
        candidates: &[usize],
    ) -> Vec<usize> {
        self.filter(directory, query, candidates.iter().copied())
    }

    fn filter(
        &self,
        directory: &Directory,
        query: &Query,
        candidates: impl Iterator<Item = usize>,
    ) -> Vec<usize> {
        let terms = Terms::new(&query.text);
        candidates
            .filter(|&i| {
                let office = &directory.offices[i];
                query.kind.is_none_or(|k| office.kind == k)
                    && query.region.as_deref().is_none_or(|r| office.region == r)
                    && query
                        .country
                        .as_deref()
                        .is_none_or(|c| office.country == c || office.covers.iter().any(|v| v == c))
                    && terms.match_folded(&self.haystacks[i])
            })
            .collect()
    }
}

/// The last few searches of one visitor and what they found, so that typing on looks
/// only at what the previous keystroke found and deleting finds an earlier answer again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Searches {
    /// Oldest first; the last is the current one.
    recent: Vec<(Query, Vec<usize>)>,
}

/// How many earlier searches `Searches` remembers.
const REMEMBERED: usize = 24;

impl Searches {
    /// The searches after `query`.
    pub fn then(mut self, index: &SearchIndex, directory: &Directory, query: Query) -> Searches {
        let results = if let Some(at) = self.recent.iter().position(|(q, _)| *q == query) {
            self.recent.remove(at).1
        } else {
            match self.recent.last() {
                Some((wider, within)) if query.narrows(wider) => {
                    index.search_within(directory, &query, within)
                }
                _ => index.search(directory, &query),
            }
        };
        if self.recent.len() == REMEMBERED {
            self.recent.remove(0);
        }
        self.recent.push((query, results));
        self
    }

    /// What the current search found.
    pub fn results(&self) -> &[usize] {
        self.recent.last().map_or(&[], |(_, r)| r.as_slice())
    }
}

/// Everything a visitor on a page in `lang` might type to find an office: in English,
/// Japanese and `lang` (`Lang::searched`).
fn haystack(directory: &Directory, office: &Office, lang: Lang) -> String {
    let mut parts: Vec<&str> = vec![&office.id];
    let mut texts = vec![&office.name, &office.city];
    parts.extend(office.local_name.as_deref());
    texts.extend(&office.prefecture);
    texts.extend(directory.region(&office.region).map(|r| &r.name));
    for code in std::iter::once(&office.country).chain(&office.covers) {
        texts.extend(
            directory
                .countries
                .iter()
                .find(|c| &c.code == code)
                .map(|c| &c.name),
        );
    }
    parts.extend(texts.into_iter().flat_map(|text| {
        text.iter()
            .filter(|(written, _)| lang.searched().contains(written))
            .map(|(_, t)| t)
    }));
    // Kana readings of its Japanese place names: `とうきょう` finds 東京.
    let readings = readings_in(&parts.join(" "));
    parts.push(&readings);
    fold(&parts.join(" | "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::directory::{Country, Region, Scope};
    use crate::model::lang::Text;

    fn office(
        id: &str,
        kind: OfficeKind,
        name: Text,
        city: Text,
        region: &str,
        country: &str,
        covers: &[&str],
    ) -> Office {
        Office {
            id: id.into(),
            kind,
            name,
            local_name: None,
            city,
            city_secondary: false,
            prefecture: None,
            branch_type: None,
            region: region.into(),
            country: country.into(),
            covers: covers.iter().map(|c| c.to_string()).collect(),
            languages: vec![],
            website: None,
            opened: None,
            timezone: "Asia/Tokyo".into(),
            lat: 0.0,
            lon: 0.0,
            about: Text::new("a", "a"),
            contact: None,
            sources: vec![],
        }
    }

    fn directory() -> Directory {
        Directory {
            regions: regions(),
            countries: countries(),
            offices: offices(),
        }
    }

    fn regions() -> Vec<Region> {
        vec![
            Region {
                id: "kanto".into(),
                scope: Scope::Japan,
                name: Text::new("Kantō", "関東"),
            },
            Region {
                id: "kinki".into(),
                scope: Scope::Japan,
                name: Text::new("Kinki", "近畿"),
            },
            Region {
                id: "europe".into(),
                scope: Scope::World,
                name: Text::new("Europe", "ヨーロッパ"),
            },
        ]
    }

    fn countries() -> Vec<Country> {
        vec![
            Country {
                code: "JP".into(),
                name: Text::new("Japan", "日本"),
            },
            Country {
                code: "GB".into(),
                name: Text::new("United Kingdom", "イギリス"),
            },
            Country {
                code: "DE".into(),
                name: Text::new("Germany", "ドイツ"),
            },
            Country {
                code: "FR".into(),
                name: Text::new("France", "フランス"),
            },
        ]
    }

    fn offices() -> Vec<Office> {
        vec![
            office(
                "tokyo-hq",
                OfficeKind::Headquarters,
                Text::new("CLAIR Headquarters", "クレア本部"),
                Text::new("Chiyoda, Tokyo", "東京都千代田区"),
                "kanto",
                "JP",
                &[],
            ),
            office(
                "london",
                OfficeKind::Overseas,
                Text::new("CLAIR London", "クレア ロンドン事務所"),
                Text::new("London", "ロンドン"),
                "europe",
                "GB",
                &["GB", "DE"],
            ),
            office(
                "paris",
                OfficeKind::Overseas,
                Text::new("CLAIR Paris", "クレア パリ事務所"),
                Text::new("Paris", "パリ"),
                "europe",
                "FR",
                &["FR"],
            ),
            office(
                "branch-osaka-pref",
                OfficeKind::Branch,
                Text::new("Osaka Prefecture Branch", "大阪府支部"),
                Text::new("Osaka", "大阪市"),
                "kinki",
                "JP",
                &[],
            ),
            office(
                "branch-tokyo-pref",
                OfficeKind::Branch,
                Text::new("Tokyo Metropolis Branch", "東京都支部"),
                Text::new("Shinjuku, Tokyo", "東京都新宿区"),
                "kanto",
                "JP",
                &[],
            ),
        ]
    }

    fn ids(query: Query) -> Vec<String> {
        let dir = directory();
        let index = SearchIndex::new(&dir, Lang::En);
        index
            .search(&dir, &query)
            .into_iter()
            .map(|i| dir.offices[i].id.clone())
            .collect()
    }

    fn text_query(q: &str) -> Query {
        Query {
            text: q.into(),
            ..Query::default()
        }
    }

    #[test]
    fn finds_by_covered_country_in_both_languages() {
        assert_eq!(ids(text_query("Germany")), ["london"]);
        assert_eq!(ids(text_query("ドイツ")), ["london"]);
        assert_eq!(ids(text_query("どいつ")), ["london"]);
        assert_eq!(ids(text_query("ＧＥＲＭＡＮＹ")), ["london"]);
    }

    #[test]
    fn finds_tokyo_however_it_is_written() {
        for q in [
            "tokyo",
            "東京",
            "Tōkyō",
            "TOKYO",
            "ｔｏｋｙｏ",
            "とうきょう",
        ] {
            assert_eq!(ids(text_query(q)), ["tokyo-hq", "branch-tokyo-pref"], "{q}");
        }
    }

    #[test]
    fn all_terms_must_match_and_empty_matches_all() {
        assert_eq!(ids(text_query("tokyo branch")), ["branch-tokyo-pref"]);
        assert_eq!(ids(text_query("  ")).len(), 5);
        assert!(ids(text_query("atlantis")).is_empty());
        assert_eq!(ids(text_query("kanto")), ["tokyo-hq", "branch-tokyo-pref"]);
        assert_eq!(ids(text_query("大阪")), ["branch-osaka-pref"]);
    }

    #[test]
    fn typing_on_narrows_and_searching_within_finds_the_same() {
        let dir = directory();
        let index = SearchIndex::new(&dir, Lang::En);
        let typed = [
            "t",
            "to",
            "tok",
            "toky",
            "tokyo",
            "tokyo ",
            "tokyo b",
            "tokyo branch",
        ];
        for pair in typed.windows(2) {
            let (wider, narrower) = (text_query(pair[0]), text_query(pair[1]));
            assert!(narrower.narrows(&wider), "{pair:?}");
            let within = index.search(&dir, &wider);
            assert_eq!(
                index.search_within(&dir, &narrower, &within),
                index.search(&dir, &narrower),
                "{pair:?}"
            );
        }
        // Deleting, replacing or another filter starts from everything again.
        assert!(!text_query("tok").narrows(&text_query("toky")));
        assert!(!text_query("osaka").narrows(&text_query("tokyo")));
        let branches = Query {
            kind: Some(OfficeKind::Branch),
            ..text_query("tokyo")
        };
        assert!(!branches.narrows(&text_query("tok")));
        assert!(text_query("ＴＯＫＹＯ").narrows(&text_query("tok")));
    }

    #[test]
    fn remembered_searches_answer_like_a_fresh_search() {
        let dir = directory();
        let index = SearchIndex::new(&dir, Lang::En);
        let mut searches = Searches::default();
        for typed in [
            "t", "to", "tokyo", "tokyo b", "tokyo", "to", "osaka", "", "tokyo",
        ] {
            searches = searches.then(&index, &dir, text_query(typed));
            assert_eq!(
                searches.results(),
                index.search(&dir, &text_query(typed)),
                "{typed}"
            );
        }
        assert!(Searches::default().results().is_empty());
    }

    #[test]
    fn filters_combine_with_text() {
        let overseas = Query {
            kind: Some(OfficeKind::Overseas),
            ..Query::default()
        };
        assert_eq!(ids(overseas.clone()), ["london", "paris"]);
        assert_eq!(
            ids(Query {
                text: "france".into(),
                ..overseas.clone()
            }),
            ["paris"]
        );
        assert_eq!(
            ids(Query {
                region: Some("kanto".into()),
                ..Query::default()
            }),
            ["tokyo-hq", "branch-tokyo-pref"]
        );
        // A country matches the office there and the offices covering it.
        let covering = Query::from_params([("country", "FR")]);
        assert_eq!(ids(covering), ["paris"]);
        assert_eq!(Query::from_params([("country", "fr")]).country, None);
        let none = Query {
            kind: Some(OfficeKind::Branch),
            region: Some("europe".into()),
            ..Query::default()
        };
        assert!(ids(none).is_empty());
    }

    #[test]
    fn query_round_trips_through_url_params() {
        let q = Query::from_params([
            ("q", "germany"),
            ("kind", "overseas"),
            ("region", "europe"),
            ("x", "1"),
        ]);
        assert_eq!(
            q,
            Query {
                text: "germany".into(),
                kind: Some(OfficeKind::Overseas),
                region: Some("europe".into()),
                country: None,
            }
        );
        let params: Vec<(&str, String)> = q.to_params();
        assert_eq!(
            params,
            [
                ("q", "germany".to_string()),
                ("kind", "overseas".into()),
                ("region", "europe".into())
            ]
        );
        assert_eq!(Query::from_params([("kind", "castle")]), Query::default());
        assert!(Query::default().to_params().is_empty());
        assert_eq!(
            q.to_query_string(),
            "?q=germany&kind=overseas&region=europe"
        );
        assert_eq!(
            Query {
                text: "東京 都".into(),
                ..Query::default()
            }
            .to_query_string(),
            "?q=%E6%9D%B1%E4%BA%AC%20%E9%83%BD"
        );
        assert_eq!(Query::default().to_query_string(), "");
    }
}
