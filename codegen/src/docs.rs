//! The model's HTML documentation turned into short rustdoc Markdown.
//!
//! Only the first paragraph is kept (the rest of AWS's prose belongs to AWS's own pages). The
//! output never makes rustdoc warn: `[`, `]`, `<`, `>`, `*`, `` ` `` and `\` in text are
//! escaped, so nothing reads as an intra-doc link or an HTML tag; a bare URL becomes an autolink
//! (`<https://…>`); `<a href>` with an absolute URL becomes a Markdown link and any other anchor
//! its text; `<code>` becomes a code span. Lines are wrapped at 96 columns and never start with
//! a character that Markdown would read as a list, heading, quote or table.

/// Width past which a doc line is wrapped.
const WIDTH: usize = 96;

/// Converts model HTML to Markdown lines: its first non-empty paragraph, wrapped.
///
/// Returns no lines when the HTML holds no text.
pub fn html_to_markdown(html: &str) -> Vec<String> {
    wrap(&first_paragraph(html))
}

/// One piece of a paragraph that is never broken across lines.
type Atom = String;

/// Block-level tags: each ends the paragraph being collected.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "ul"
            | "ol"
            | "li"
            | "br"
            | "div"
            | "note"
            | "important"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "tr"
            | "pre"
            | "para"
    )
}

/// Marks a space inside a code span or link, where a line must not break.
const KEEP: char = '\u{0}';

/// Appends escaped text to `buf`, whitespace runs collapsed to one space.
fn push_text(buf: &mut String, text: &str) {
    if text.starts_with(char::is_whitespace) {
        buf.push(' ');
    }
    let words: Vec<Atom> = text.split_whitespace().map(escape_word).collect();
    buf.push_str(&words.join(" "));
    if text.ends_with(char::is_whitespace) && !words.is_empty() {
        buf.push(' ');
    }
}

/// Reads the HTML up to the end of its first paragraph that holds text, as atoms.
fn first_paragraph(html: &str) -> Vec<Atom> {
    let mut out = String::new();
    let mut rest = html;
    // Open inline elements: `code` collects raw text, `a` collects a link's text.
    let mut code: Option<String> = None;
    let mut link: Option<(String, String)> = None;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if rest.starts_with('<') {
            let end = rest.find('>').unwrap_or(rest.len() - 1);
            let tag = &rest[1..end];
            rest = &rest[(end + 1).min(rest.len())..];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if is_block(&name) {
                if !out.trim().is_empty() {
                    break;
                }
                continue;
            }
            match (name.as_str(), closing) {
                ("code", false) => code = Some(String::new()),
                ("code", true) => {
                    if let Some(text) = code.take() {
                        let span = code_span(&text).join(" ").replace(' ', "\u{0}");
                        match &mut link {
                            Some((_, inner)) => inner.push_str(&span),
                            None => out.push_str(&span),
                        }
                    }
                }
                ("a", false) => link = Some((href(tag), String::new())),
                ("a", true) => {
                    if let Some((url, inner)) = link.take() {
                        out.push_str(&render_link(&url, &inner));
                    }
                }
                _ => {}
            }
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = decode_entities(&rest[..end]);
        rest = &rest[end..];
        match (&mut code, &mut link) {
            (Some(buf), _) => buf.push_str(&text),
            (None, Some((_, inner))) => push_text(inner, &text),
            (None, None) => push_text(&mut out, &text),
        }
    }
    if let Some((url, inner)) = link.take() {
        out.push_str(&render_link(&url, &inner));
    }
    out.split(' ')
        .filter(|a| !a.is_empty())
        .map(|a| a.replace(KEEP, " "))
        .collect()
}

/// The `href` attribute of an `a` tag, or empty.
fn href(tag: &str) -> String {
    let Some(at) = tag.find("href=") else {
        return String::new();
    };
    let value = &tag[at + 5..];
    let quote = value.chars().next().unwrap_or(' ');
    let url = if quote == '"' || quote == '\'' {
        value[1..].split(quote).next().unwrap_or("")
    } else {
        value.split_whitespace().next().unwrap_or("")
    };
    decode_entities(url.trim())
}

fn is_absolute_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url.contains(char::is_whitespace)
}

/// A URL made safe inside `<…>` or `(…)`.
fn clean_url(url: &str) -> String {
    url.replace('(', "%28")
        .replace(')', "%29")
        .replace('<', "%3C")
        .replace('>', "%3E")
        .replace(' ', "%20")
}

/// A link as Markdown, its spaces kept from breaking; a relative link is only its text.
fn render_link(url: &str, inner: &str) -> String {
    let text = inner.split_whitespace().collect::<Vec<_>>().join("\u{0}");
    if !is_absolute_url(url) {
        return text;
    }
    if text.is_empty() || text.trim_start_matches('<').starts_with("http") {
        return format!("<{}>", clean_url(url));
    }
    format!("[{text}]({})", clean_url(url))
}

/// A code span whose fence is longer than any backtick run inside.
pub(crate) fn code_span(text: &str) -> Vec<Atom> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Vec::new();
    }
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    vec![format!("{fence}{pad}{text}{pad}{fence}")]
}

/// Escapes one word of text; a URL in it becomes an autolink.
fn escape_word(word: &str) -> Atom {
    if let Some(at) = word.find("https://").or_else(|| word.find("http://")) {
        let (before, url) = word.split_at(at);
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', ')', '"', '\'']);
        let after = &url[trimmed.len()..];
        if is_absolute_url(trimmed) {
            return format!(
                "{}<{}>{}",
                escape_text(before),
                clean_url(trimmed),
                escape_text(after)
            );
        }
    }
    escape_text(word)
}

/// Escapes Markdown's active characters in plain text.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let last = text.chars().count().saturating_sub(1);
    for (i, c) in text.chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '&' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '_' if i == 0 || i == last => out.push_str("\\_"),
            '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Decodes the HTML entities AWS's documentation uses.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[..rest.len().min(10)].find(';');
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ if name.starts_with("#x") || name.starts_with("#X") => {
                    u32::from_str_radix(&name[2..], 16)
                        .ok()
                        .and_then(char::from_u32)
                }
                _ if name.starts_with('#') => name[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Would a line starting with `atom` be read as Markdown block syntax?
fn starts_block(atom: &str) -> bool {
    let digits = atom.chars().take_while(char::is_ascii_digit).count();
    atom.starts_with(['#', '-', '+', '=', '>', '|', '~'])
        || (digits > 0 && atom[digits..].starts_with(['.', ')']))
}

/// Joins atoms into lines of at most [`WIDTH`] columns (longer atoms stand alone).
pub fn wrap(atoms: &[Atom]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for atom in atoms.iter().filter(|a| !a.is_empty()) {
        if line.is_empty() {
            line.push_str(atom);
        } else if line.len() + 1 + atom.len() <= WIDTH || starts_block(atom) {
            line.push(' ');
            line.push_str(atom);
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(atom);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.first().is_some_and(|l| starts_block(l)) {
        lines[0].insert(0, '\\');
    }
    lines
}

/// Wraps plain sentences written by the generator (already Markdown).
pub fn wrap_markdown(text: &str) -> Vec<String> {
    let atoms: Vec<Atom> = text.split(' ').map(str::to_owned).collect();
    wrap(&atoms)
}
