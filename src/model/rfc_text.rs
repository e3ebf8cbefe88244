//! The line format vCard and iCalendar share: escaped text values and content lines
//! folded at 75 octets.

/// Escapes a text value (RFC 6350 §3.4, RFC 5545 §3.3.11): backslash, comma, semicolon and newlines.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character; continuation
/// lines start with one space (RFC 6350 §3.2, RFC 5545 §3.1). Lines end in CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        let limit = if out.is_empty() || !out.contains("\r\n") {
            75
        } else {
            74
        };
        if width + len > limit {
            out.push_str("\r\n ");
            width = 0;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}
