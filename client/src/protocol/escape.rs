//! Text from the network shown in one log line: what a server sent (an error message, an error
//! code, a bad value quoted by a decoding error) may hold control characters, which printed raw
//! would break the line or drive the terminal (`\n`, ESC). `Display` implementations write such
//! text through [`Escaped`].

use std::fmt::{self, Write as _};

/// `Display`s a string with its control characters, and the characters that reorder
/// bidirectional text, written as escapes (`\n`, `\r`, `\t`, `\u{1b}`, `\u{202e}`); everything
/// else, backslashes included, as it is. Errors write what the service sent through it.
///
/// ```
/// use aws_union_client::protocol::Escaped;
///
/// assert_eq!(Escaped("done\nforged line \u{1b}[2J").to_string(), "done\\nforged line \\u{1b}[2J");
/// assert_eq!(Escaped("abc\u{202e}fed").to_string(), "abc\\u{202e}fed");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        // The common case, nothing to escape, is one write.
        if !text.chars().any(needs_escape) {
            return f.write_str(text);
        }
        for c in text.chars() {
            match c {
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                c if needs_escape(c) => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

fn needs_escape(c: char) -> bool {
    // Bidirectional embeddings, overrides and isolates: they make a log line read other than
    // it is written.
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::Escaped;

    #[test]
    fn control_characters_are_escaped_and_the_rest_is_kept() {
        let shown = Escaped("line one\nline two\r\t\u{1b}[31mred\u{7f}\u{0}").to_string();
        assert_eq!(
            shown,
            "line one\\nline two\\r\\t\\u{1b}[31mred\\u{7f}\\u{0}"
        );
        assert_eq!(
            Escaped("née, \\n, \"quoted\"").to_string(),
            "née, \\n, \"quoted\""
        );
    }

    #[test]
    fn bidirectional_overrides_are_escaped() {
        assert_eq!(
            Escaped("abc\u{202e}fed\u{2066}").to_string(),
            "abc\\u{202e}fed\\u{2066}"
        );
    }
}
