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
