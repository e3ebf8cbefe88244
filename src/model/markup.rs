//! Escaping for the HTML and XML this app writes as text: snippets partners copy,
//! head tags and the sitemap. Rendered views never need it; Leptos escapes them.

/// Escapes a value for a double-quoted attribute or for element text.
pub fn escape(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_the_four_characters() {
        assert_eq!(super::escape(r#"a&b"<c>"#), "a&amp;b&quot;&lt;c&gt;");
    }
}
