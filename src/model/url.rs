//! Which URLs from content may become links.

/// Only `https:`, `mailto:` and `tel:` URLs from data are ever rendered as links.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    let rest = ["https://", "mailto:", "tel:"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme));
    match rest {
        Some(rest) => !rest.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control()),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_safe_link;

    #[test]
    fn accepts_only_the_three_schemes() {
        assert!(is_safe_link("https://www.clair.or.jp/e/"));
        assert!(is_safe_link("mailto:kikaku@clair.or.jp"));
        assert!(is_safe_link("tel:+81-3-5213-1722"));
        assert!(is_safe_link("HTTPS://example.org"));
        assert!(!is_safe_link("http://www.clair.or.jp/"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link(" javascript:alert(1)"));
        assert!(!is_safe_link("data:text/html,<b>x</b>"));
        assert!(!is_safe_link("/relative"));
        assert!(!is_safe_link("https://"));
        assert!(!is_safe_link("https://exa mple.org"));
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters, for query strings
/// and `data:` URLs.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod encode_tests {
    use super::percent_encode;

    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(percent_encode("a b&c=d"), "a%20b%26c%3Dd");
        assert_eq!(percent_encode("東京"), "%E6%9D%B1%E4%BA%AC");
        assert_eq!(percent_encode("safe-_.~"), "safe-_.~");
    }
}

/// `?a=1&b=x%20y` (or without `?`) as decoded pairs; `+` is a space, as forms send it.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect()
}

/// Decodes `%XX` escapes and `+`; invalid escapes and invalid UTF-8 are kept readable.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod query_tests {
    use super::parse_query;

    #[test]
    fn decodes_pairs_like_a_form() {
        assert_eq!(
            parse_query("?q=t%C5%8Dky%C5%8D+x&kind=branch&empty"),
            vec![
                ("q".to_string(), "tōkyō x".to_string()),
                ("kind".to_string(), "branch".to_string()),
                ("empty".to_string(), String::new()),
            ]
        );
        assert_eq!(parse_query(""), vec![]);
        assert_eq!(
            parse_query("a=%zz%4"),
            vec![("a".to_string(), "%zz%4".to_string())]
        );
    }
}
