//! The site search: what it can find (written at build time into
//! `data/search/<lang>/<part>.json`, one file per part so a visitor loads only the
//! index, never the pages), how a query matches and what a result shows. Matching is
//! the directory's: folded text (case, accents, full width, kana) containing every word
//! of the query, so Japanese needs no word segmentation: `ビザ` is found inside any
//! sentence that contains it.

use serde::{Deserialize, Serialize};

use crate::model::fold::{fold, Terms};
use crate::model::lang::Lang;

/// The parts of the index, each its own file.
pub const PARTS: [&str; 3] = ["pages", "offices", "jet"];

/// A language's index files under `data/`, as an island lists what it needs.
pub fn index_files(lang: Lang) -> String {
    let files: Vec<String> = PARTS
        .iter()
        .map(|part| format!("search/{}/{part}.json", lang.code()))
        .collect();
    files.join(" ")
}

/// Which part of the site a result belongs to, shown beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Pages,
    Offices,
    Jet,
    Faq,
}

/// One thing the search can find, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub section: Section,
    pub title: String,
    /// The page (and anchor) it opens, with the site's base.
    pub url: String,
    /// Plain text the excerpt is cut from.
    pub text: String,
    /// Also found by, never shown: the name in the other language, kana readings.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub keywords: String,
}

/// The entries of all parts loaded so far, with their folded text, ready to search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteIndex {
    entries: Vec<Entry>,
    /// Folded title and folded text of each entry.
    folded: Vec<(String, String)>,
}

/// A piece of an excerpt: text, and whether it is what the query matched.
pub type Piece = (String, bool);

/// One result: which entry, and the excerpt to show.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Hit {
    pub entry: usize,
    pub excerpt: Vec<Piece>,
}

/// Characters of context an excerpt shows around the first match.
const CONTEXT: usize = 60;

impl SiteIndex {
    pub fn new(parts: impl IntoIterator<Item = Vec<Entry>>) -> SiteIndex {
        let entries: Vec<Entry> = parts.into_iter().flatten().collect();
        let folded = entries
            .iter()
            .map(|e| (fold(&e.title), fold(&format!("{} {}", e.text, e.keywords))))
            .collect();
        SiteIndex { entries, folded }
    }

    pub fn entry(&self, hit: &Hit) -> &Entry {
        &self.entries[hit.entry]
    }

    /// Entries that contain every word of `query` (in the title or the text), those
    /// whose title has them all first, then in index order; at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let terms = Terms::new(query);
        if terms == Terms::default() {
            return Vec::new();
        }
        let words = terms.words();
        let mut found: Vec<(bool, usize)> = self
            .folded
            .iter()
            .enumerate()
            .filter(|(_, (title, text))| {
                words
                    .iter()
                    .all(|w| title.contains(w.as_str()) || text.contains(w.as_str()))
            })
            .map(|(i, (title, _))| (!terms.match_folded(title), i))
            .collect();
        found.sort();
        found
            .into_iter()
            .take(limit)
            .map(|(_, entry)| Hit {
                entry,
                excerpt: excerpt(&self.entries[entry].text, words),
            })
            .collect()
    }
}

/// Up to `CONTEXT` characters either side of the first word found in `text`, with
/// every occurrence of a word marked; the start of the text when none is in it (the
/// title matched).
pub fn excerpt(text: &str, words: &[String]) -> Vec<Piece> {
    // Each character's folded form, to find words in original positions.
    let chars: Vec<(char, String)> = text.chars().map(|c| (c, fold_one(c))).collect();
    let marked = marks(&chars, words);
    let first = marked.iter().position(|&m| m);
    let (mut start, end) = match first {
        Some(at) => (
            at.saturating_sub(CONTEXT),
            (at + 2 * CONTEXT).min(chars.len()),
        ),
        None => (0, (2 * CONTEXT).min(chars.len())),
    };
    // Not in the middle of a word, where words are spaced and one ends close by.
    if start > 0 {
        let limit = first.unwrap_or(start).min(start + 15);
        if let Some(space) = (start..limit).find(|&i| chars[i].0.is_whitespace()) {
            start = space + 1;
        }
    }
    let mut pieces: Vec<Piece> = Vec::new();
    if start > 0 {
        pieces.push(("…".to_string(), false));
    }
    for i in start..end {
        let c = chars[i].0;
        match pieces.last_mut() {
            Some((text, m)) if *m == marked[i] => text.push(c),
            _ => pieces.push((c.to_string(), marked[i])),
        }
    }
    if end < chars.len() {
        pieces.push(("…".to_string(), false));
    }
    pieces
}

/// A character's search form, as `fold` gives it inside a text.
fn fold_one(c: char) -> String {
    if c.is_whitespace() {
        " ".to_string()
    } else {
        fold(&c.to_string())
    }
}

/// For each character, whether it is part of an occurrence of one of `words`.
fn marks(chars: &[(char, String)], words: &[String]) -> Vec<bool> {
    let mut marked = vec![false; chars.len()];
    for start in 0..chars.len() {
        for word in words {
            let mut matched = String::new();
            let mut end = start;
            while end < chars.len() && matched.len() < word.len() && word.starts_with(&matched) {
                matched.push_str(&chars[end].1);
                end += 1;
            }
            if matched.starts_with(word.as_str()) && !chars[start].1.is_empty() {
                marked[start..end].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(section: Section, title: &str, text: &str) -> Entry {
        Entry {
            section,
            title: title.into(),
            url: format!("/{}/", title.to_lowercase()),
            text: text.into(),
            keywords: String::new(),
        }
    }

    fn index() -> SiteIndex {
        SiteIndex::new([
            vec![entry(
                Section::Pages,
                "Offices",
                "Every CLAIR office, in Japan and abroad.",
            )],
            vec![
                entry(
                    Section::Offices,
                    "CLAIR Tokyo",
                    "Headquarters in Chiyoda, 東京都",
                ),
                entry(
                    Section::Offices,
                    "CLAIR London",
                    "Covers the UK and Germany.",
                ),
            ],
            vec![
                entry(
                    Section::Faq,
                    "ビザは必要ですか",
                    "就労ビザは任用団体が手配します。",
                ),
                entry(
                    Section::Jet,
                    "Pay",
                    "給与は年額で支払われます。締め切りは秋です。",
                ),
            ],
        ])
    }

    fn titles(query: &str) -> Vec<String> {
        let index = index();
        index
            .search(query, 10)
            .iter()
            .map(|h| index.entry(h).title.clone())
            .collect()
    }

    #[test]
    fn each_language_names_every_part() {
        assert_eq!(
            index_files(Lang::Ja),
            "search/ja/pages.json search/ja/offices.json search/ja/jet.json"
        );
    }

    #[test]
    fn folds_like_the_directory() {
        for q in ["tokyo", "TŌKYŌ", "ｔｏｋｙｏ", "東京"] {
            assert_eq!(titles(q), ["CLAIR Tokyo"], "{q}");
        }
        assert_eq!(titles("germany"), ["CLAIR London"]);
    }

    #[test]
    fn keywords_find_an_entry_without_showing() {
        let mut tokyo = entry(Section::Offices, "Tokyo Branch", "In Shinjuku.");
        tokyo.keywords = "東京都支部 とうきょうと".into();
        let index = SiteIndex::new([vec![tokyo]]);
        for q in ["東京", "とうきょう", "トウキョウ"] {
            let hits = index.search(q, 5);
            assert_eq!(hits.len(), 1, "{q}");
            assert!(hits[0].excerpt.iter().all(|(_, marked)| !marked));
        }
    }

    #[test]
    fn finds_japanese_words_inside_sentences() {
        assert_eq!(titles("ビザ"), ["ビザは必要ですか"]);
        assert_eq!(titles("びざ"), ["ビザは必要ですか"]);
        assert_eq!(titles("給与"), ["Pay"]);
        assert_eq!(titles("締め切り"), ["Pay"]);
    }

    #[test]
    fn title_matches_come_first_and_every_word_must_match() {
        assert_eq!(titles("clair"), ["CLAIR Tokyo", "CLAIR London", "Offices"]);
        assert_eq!(titles("clair germany"), ["CLAIR London"]);
        assert!(titles("atlantis").is_empty());
        assert!(titles("  ").is_empty());
    }

    #[test]
    fn excerpts_mark_the_words_as_found() {
        let terms = Terms::new("GERMANY uk");
        let words = terms.words();
        assert_eq!(
            excerpt("Covers the UK and Germany.", words),
            [
                ("Covers the ".to_string(), false),
                ("UK".to_string(), true),
                (" and ".to_string(), false),
                ("Germany".to_string(), true),
                (".".to_string(), false),
            ]
        );
        let long = format!("{}ビザ{}", "あ".repeat(100), "い".repeat(200));
        let pieces = excerpt(&long, Terms::new("ビザ").words());
        assert!(pieces.first().unwrap().0.starts_with('…'));
        assert!(pieces.last().unwrap().0.ends_with('…'));
        assert!(pieces.iter().any(|(t, m)| *m && t == "ビザ"));
        let count: usize = pieces.iter().map(|(t, _)| t.chars().count()).sum();
        assert_eq!(count, 2 + 3 * CONTEXT);
    }

    #[test]
    fn excerpts_start_at_a_word() {
        let text = format!("{}ab cd {}visa", "x".repeat(50), "y ".repeat(26));
        let pieces = excerpt(&text, Terms::new("visa").words());
        assert_eq!(pieces[0].0.chars().take(3).collect::<String>(), "…cd");
    }
}
