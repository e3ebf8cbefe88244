//! Text folding for search, one rule for every language of the site: case, Latin
//! accents (French), full-width forms and hiragana are folded; Hangul and Chinese
//! characters are kept as written, so a query matches them as substrings. They are
//! folded so that "Tōkyō", "TOKYO", "ｔｏｋｙｏ" and "tokyo" compare equal, and so do
//! "どいつ" and "ドイツ". A small table instead of a Unicode normalisation crate keeps
//! the wasm small; it covers the accents that occur in place and country names.

/// Folds one character to its search form (possibly none, for combining marks).
fn fold_char(c: char, out: &mut String) {
    let c = match c {
        // Full-width ASCII variants and the ideographic space.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        // Hiragana to katakana.
        '\u{3041}'..='\u{3096}' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
        // Combining diacritical marks vanish.
        '\u{0300}'..='\u{036F}' => return,
        _ => c,
    };
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
        'ñ' | 'ń' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => {
            "o"
        }
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'ş' | 'š' | 'ś' | 'Ş' | 'Š' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ž' | 'ź' | 'ż' | 'Ž' => "z",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(base);
}

/// The search form of a text: folded, with runs of white space collapsed to one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a query in search form. A text matches when it contains every word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms(Vec<String>);

impl Terms {
    pub fn new(query: &str) -> Terms {
        Terms(
            fold(query)
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(String::from)
                .collect(),
        )
    }

    /// The words, folded.
    pub fn words(&self) -> &[String] {
        &self.0
    }

    /// Whether an already folded text contains every word (an empty query matches all).
    pub fn match_folded(&self, haystack: &str) -> bool {
        self.0.iter().all(|t| haystack.contains(t.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::{fold, Terms};

    #[test]
    fn terms_match_every_word() {
        let hay = fold("Embassy of Japan in Canada カナダ");
        assert!(Terms::new("").match_folded(&hay));
        assert!(Terms::new("  CANADA  embassy").match_folded(&hay));
        assert!(Terms::new("かなだ").match_folded(&hay));
        assert!(!Terms::new("canada consulate").match_folded(&hay));
        assert_eq!(Terms::new("  "), Terms::default());
    }

    #[test]
    fn each_language_is_found_as_it_is_written() {
        // French accents fold; Hangul stays whole syllables (no jamo); Chinese
        // characters match as substrings, with no word breaks needed.
        assert_eq!(fold("Genève"), fold("geneve"));
        assert_eq!(fold("Œuvre à Besançon"), "oeuvre a besancon");
        assert_eq!(fold("크레아(CLAIR) 서울사무소"), "크레아(clair) 서울사무소");
        assert!(Terms::new("서울").match_folded(&fold("크레아(CLAIR) 서울사무소")));
        assert!(Terms::new("北京").match_folded(&fold("CLAIR 北京事务所")));
        assert!(!Terms::new("北京").match_folded(&fold("CLAIR 东京总部")));
    }

    #[test]
    fn folds_case_accents_width_and_kana() {
        for variant in [
            "tokyo",
            "Tokyo",
            "TOKYO",
            "Tōkyō",
            "TŌKYŌ",
            "ｔｏｋｙｏ",
            "ＴＯＫＹＯ",
            "To\u{304}kyo\u{304}",
        ] {
            assert_eq!(fold(variant), "tokyo", "{variant}");
        }
        assert_eq!(fold("Collectivités  Locales"), "collectivites locales");
        assert_eq!(fold("どいつ"), "ドイツ");
        assert_eq!(fold("東京\u{3000}都"), "東京 都");
        assert_eq!(fold("Ｇｅｒｍａｎｙ"), "germany");
    }
}
