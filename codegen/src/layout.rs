//! rustfmt's layout for member types, applied to prettyplease's output.
//!
//! prettyplease wraps at 89 columns and rustfmt at 100, so a member whose line is 90–100
//! columns long, or a type whose inner arguments fit once the outer ones are broken, comes out
//! of prettyplease laid out differently from how `rustfmt` lays it out. Everything else in a
//! generated module (attributes, doc comments, short members) already agrees. This pass takes
//! each struct field and tuple variant, puts its type back on one line, and lays it out again
//! the way rustfmt does:
//!
//! 1. the whole member on one line, if it fits in 100 columns;
//! 2. for a field, the type alone on the next line, indented one level, if that fits;
//! 3. otherwise the type's generic arguments one per line, each laid out by the same rules
//!    (after the colon, or, when not even `Path<` fits there, on the next line, one level in).
//!
//! A tuple variant that does not fit puts its type on a line of its own inside the parentheses.
//! An `#[aws(…)]` attribute goes one argument a line when its arguments are more than 70
//! columns long (rustfmt's `attr_fn_like_width`) or, with a single argument, when its line
//! would reach 100 columns; and a type name too long for `pub struct Name {` to fit puts the
//! brace on the next line.

/// rustfmt's default `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's default `attr_fn_like_width`.
const ATTR_ARGS_WIDTH: usize = 70;
const INDENT: usize = 4;

/// Whether a line of `width` columns fits rustfmt's `max_width`.
fn fits(width: usize) -> bool {
    width <= MAX_WIDTH
}

/// `code` with every struct field and tuple variant laid out as rustfmt lays it out.
pub fn rustfmt_members(code: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim_start().starts_with("#[aws(") {
            let end = attribute_end(&lines, i);
            out.push_str(&aws_attribute(&lines[i..=end]));
            i = end + 1;
            continue;
        }
        if let Some(header) = lifetime_header(&lines, i) {
            out.push_str(&header);
            i += 3;
            continue;
        }
        if let Some(broken) = long_type_header(line) {
            out.push_str(&broken);
            i += 1;
            continue;
        }
        match member_start(line) {
            Some(start) => {
                let (end, text) = gather(&lines, i);
                match relayout(&start, &text) {
                    Some(laid_out) => out.push_str(&laid_out),
                    None => {
                        for original in &lines[i..=end] {
                            out.push_str(original);
                            out.push('\n');
                        }
                    }
                }
                i = end + 1;
            }
            None => {
                out.push_str(line);
                out.push('\n');
                i += 1;
            }
        }
    }
    out
}

/// The line that closes the attribute starting at line `first`.
fn attribute_end(lines: &[&str], first: usize) -> usize {
    (first..lines.len())
        .find(|&i| lines[i].trim_end().ends_with(")]"))
        .unwrap_or(first)
}

/// An `#[aws(…)]` attribute (on one line or already broken) as rustfmt writes it: on one line,
/// or one argument a line when its arguments are over 70 columns (several arguments) or the
/// line would reach 100 columns (one argument).
fn aws_attribute(lines: &[&str]) -> String {
    let first = lines[0];
    let indent = first.len() - first.trim_start().len();
    let joined: String = lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    let Some(args) = joined
        .strip_prefix("#[aws(")
        .and_then(|rest| rest.strip_suffix(")]"))
    else {
        return lines.iter().map(|l| format!("{l}\n")).collect();
    };
    let args = split_args(args);
    let pad = " ".repeat(indent);
    let one_line = format!("{pad}#[aws({})]", args.join(", "));
    let vertical = if args.len() > 1 {
        args.iter().map(|a| a.len()).sum::<usize>() + 2 * (args.len() - 1) > ATTR_ARGS_WIDTH
    } else {
        one_line.len() >= MAX_WIDTH
    };
    if !vertical {
        return format!("{one_line}\n");
    }
    let inner = " ".repeat(indent + INDENT);
    let args: Vec<String> = args.iter().map(|a| format!("{inner}{a}")).collect();
    format!("{pad}#[aws(\n{}\n{pad})]\n", args.join(",\n"))
}

/// `pub struct Name {` past 100 columns: rustfmt moves the brace to a line of its own.
fn long_type_header(line: &str) -> Option<String> {
    if line.len() <= MAX_WIDTH
        || !(line.starts_with("pub struct ") || line.starts_with("pub enum "))
    {
        return None;
    }
    let head = line.strip_suffix(" {")?;
    Some(format!("{head}\n{{\n"))
}

/// `pub struct Name<'a> {` that prettyplease broke over three lines (`Name<`, `'a,`, `> {`)
/// when past 89 columns, as rustfmt writes it: on one line if it fits, else the brace on the
/// next line if `pub struct Name<'a>` fits, else broken as prettyplease broke it.
fn lifetime_header(lines: &[&str], at: usize) -> Option<String> {
    let line = lines[at];
    let header = line.starts_with("pub struct ") || line.starts_with("pub enum ");
    if !header || !line.ends_with('<') {
        return None;
    }
    let (lifetime, close) = (lines.get(at + 1)?.trim(), *lines.get(at + 2)?);
    let lifetime = lifetime.strip_suffix(',')?;
    if !lifetime.starts_with('\'') || close != "> {" {
        return None;
    }
    let head = format!("{line}{lifetime}>");
    Some(if fits(head.len() + 2) {
        format!("{head} {{\n")
    } else if fits(head.len()) {
        format!("{head}\n{{\n")
    } else {
        format!("{line}\n{}\n{close}\n", lines[at + 1])
    })
}

/// The arguments of an attribute, split at the commas outside string literals.
fn split_args(args: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (at, c) in args.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(args[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
    }
    out.push(args[start..].trim());
    out.retain(|a| !a.is_empty());
    out
}

/// A field or a function parameter `name: Type,` at `indent`, laid out as rustfmt lays a
/// struct field out (the rules above), ending with a newline.
pub(crate) fn member_line(indent: usize, name: &str, ty: &str) -> String {
    let text = format!("{}{name}: {ty},", " ".repeat(indent));
    relayout(
        &Start {
            indent,
            field: true,
        },
        &text,
    )
    .unwrap_or(format!("{text}\n"))
}

/// How a member's line starts: its indentation and whether it is a field (`name: Type,`) or a
/// tuple variant (`Name(Type),`).
struct Start {
    indent: usize,
    field: bool,
}

fn member_start(line: &str) -> Option<Start> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    if indent == 0 || trimmed.starts_with("//") || trimmed.starts_with('#') {
        return None;
    }
    let rest = trimmed.strip_prefix("pub ").unwrap_or(trimmed);
    let rest = rest.strip_prefix("r#").unwrap_or(rest);
    let name_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let (name, after) = rest.split_at(name_len);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if after.starts_with(": ") {
        Some(Start {
            indent,
            field: true,
        })
    } else if after.starts_with('(') && name.starts_with(|c: char| c.is_ascii_uppercase()) {
        Some(Start {
            indent,
            field: false,
        })
    } else {
        None
    }
}

/// The member's lines from `first` to the one that closes it, and their text joined with the
/// indentation of the continuation lines removed.
fn gather(lines: &[&str], first: usize) -> (usize, String) {
    let mut depth = 0i32;
    let mut text = String::new();
    for (offset, line) in lines[first..].iter().enumerate() {
        let piece = if offset == 0 { *line } else { line.trim() };
        text.push_str(piece);
        for c in piece.chars() {
            match c {
                '<' | '(' => depth += 1,
                '>' | ')' => depth -= 1,
                _ => {}
            }
        }
        if depth <= 0 && piece.ends_with(',') {
            return (first + offset, text);
        }
    }
    (lines.len() - 1, text)
}

/// The member laid out again, or `None` when it is not a shape this pass knows (it is then
/// left exactly as prettyplease wrote it).
fn relayout(start: &Start, text: &str) -> Option<String> {
    let trimmed = text.trim_start().strip_suffix(',')?;
    let pad = " ".repeat(start.indent);
    if start.field {
        let colon = trimmed.find(": ")?;
        let (head, ty) = (&trimmed[..colon + 1], trimmed[colon + 2..].trim());
        let ty = Type::parse(ty)?;
        let one_line = ty.one_line();
        if fits(start.indent + head.len() + 1 + one_line.len() + 1) {
            return Some(format!("{pad}{head} {one_line},\n"));
        }
        let inner = start.indent + INDENT;
        if fits(inner + one_line.len() + 1) {
            return Some(format!("{pad}{head}\n{}{one_line},\n", " ".repeat(inner)));
        }
        // Broken after the colon, unless even the type's first line (`Path<`) does not fit
        // there: then the broken type starts on the next line, one level in.
        let mut out = if fits(start.indent + head.len() + 1 + ty.path.len() + 1) {
            let mut out = format!("{pad}{head} ");
            ty.broken(start.indent, &mut out);
            out
        } else {
            let mut out = format!("{pad}{head}\n{}", " ".repeat(inner));
            ty.broken(inner, &mut out);
            out
        };
        out.push_str(",\n");
        Some(out)
    } else {
        let open = trimmed.find('(')?;
        let (name, rest) = trimmed.split_at(open);
        let ty = rest.strip_prefix('(')?.strip_suffix(')')?.trim();
        let ty = Type::parse(ty.strip_suffix(',').unwrap_or(ty).trim())?;
        let one_line = ty.one_line();
        if fits(start.indent + name.len() + one_line.len() + 3) {
            return Some(format!("{pad}{name}({one_line}),\n"));
        }
        let inner = start.indent + INDENT;
        let mut out = format!("{pad}{name}(\n{}", " ".repeat(inner));
        ty.laid_out(inner, &mut out);
        out.push_str(&format!(",\n{pad}),\n"));
        Some(out)
    }
}

/// A type as generated code writes it: a path, with generic arguments or without.
#[derive(Debug, PartialEq)]
struct Type {
    path: String,
    args: Vec<Type>,
}

impl Type {
    /// Parses `a::B<C, d::E<'a, F>>`; anything else (references, tuples, arrays) is `None`.
    fn parse(text: &str) -> Option<Type> {
        let mut chars = text.char_indices().peekable();
        let ty = Self::parse_at(text, &mut chars)?;
        chars.next().is_none().then_some(ty)
    }

    fn parse_at(
        text: &str,
        chars: &mut core::iter::Peekable<core::str::CharIndices<'_>>,
    ) -> Option<Type> {
        while chars.peek().is_some_and(|(_, c)| *c == ' ') {
            chars.next();
        }
        let begin = chars.peek()?.0;
        let mut end = begin;
        while let Some(&(at, c)) = chars.peek() {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | '#' | '\'') {
                end = at + c.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if end == begin {
            return None;
        }
        let path = text[begin..end].to_owned();
        let mut args = Vec::new();
        if chars.peek().is_some_and(|(_, c)| *c == '<') {
            chars.next();
            loop {
                while chars.peek().is_some_and(|(_, c)| *c == ' ') {
                    chars.next();
                }
                if chars.peek().is_some_and(|(_, c)| *c == '>') {
                    chars.next();
                    break;
                }
                args.push(Self::parse_at(text, chars)?);
                while chars.peek().is_some_and(|(_, c)| *c == ' ') {
                    chars.next();
                }
                match chars.next()? {
                    (_, ',') => {}
                    (_, '>') => break,
                    _ => return None,
                }
            }
            if args.is_empty() {
                return None;
            }
        }
        Some(Type { path, args })
    }

    fn one_line(&self) -> String {
        if self.args.is_empty() {
            return self.path.clone();
        }
        let args: Vec<String> = self.args.iter().map(Type::one_line).collect();
        format!("{}<{}>", self.path, args.join(", "))
    }

    /// On one line if it fits at `indent` (with the comma after it), broken otherwise.
    fn laid_out(&self, indent: usize, out: &mut String) {
        let one_line = self.one_line();
        if fits(indent + one_line.len() + 1) || self.args.is_empty() {
            out.push_str(&one_line);
        } else {
            self.broken(indent, out);
        }
    }

    /// `Path<` and then each argument on its own line, one level in, and `>` at `indent`.
    fn broken(&self, indent: usize, out: &mut String) {
        if self.args.is_empty() {
            out.push_str(&self.path);
            return;
        }
        let inner = indent + INDENT;
        out.push_str(&self.path);
        out.push_str("<\n");
        for arg in &self.args {
            out.push_str(&" ".repeat(inner));
            arg.laid_out(inner, out);
            out.push_str(",\n");
        }
        out.push_str(&" ".repeat(indent));
        out.push('>');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_that_fits_in_100_columns_is_joined_on_one_line() {
        let code = "pub struct S {\n    pub list: ::core::option::Option<\n        ::aws_union::__private::Vec<AttributeValueEntry>,\n    >,\n}\n";
        assert_eq!(
            rustfmt_members(code),
            "pub struct S {\n    pub list: ::core::option::Option<::aws_union::__private::Vec<AttributeValueEntry>>,\n}\n"
        );
    }

    #[test]
    fn a_field_whose_type_fits_alone_moves_the_type_to_the_next_line() {
        let code = "pub struct S {\n    pub contradicting_rules: ::core::option::Option<\n        ::aws_union::__private::Vec<GuardrailAutomatedReasoningRule>,\n    >,\n}\n";
        assert_eq!(
            rustfmt_members(code),
            "pub struct S {\n    pub contradicting_rules:\n        ::core::option::Option<::aws_union::__private::Vec<GuardrailAutomatedReasoningRule>>,\n}\n"
        );
    }

    #[test]
    fn a_long_type_breaks_its_arguments_only_as_far_as_needed() {
        let code = "pub struct S {\n    pub items: ::core::option::Option<\n        ::aws_union::__private::Vec<\n            ::aws_union::__private::BTreeMap<\n                ::aws_union::__private::String,\n                AttributeValue,\n            >,\n        >,\n    >,\n}\n";
        assert_eq!(
            rustfmt_members(code),
            "pub struct S {\n    pub items: ::core::option::Option<\n        ::aws_union::__private::Vec<\n            ::aws_union::__private::BTreeMap<::aws_union::__private::String, AttributeValue>,\n        >,\n    >,\n}\n"
        );
    }

    #[test]
    fn a_field_name_too_long_for_its_type_to_start_after_it_breaks_the_type_on_the_next_line() {
        let name = "x".repeat(70);
        let code = format!("pub struct S {{\n    pub {name}: ::core::option::Option<::aws_union::__private::BTreeMap<::aws_union::__private::String, ::aws_union::__private::String>>,\n}}\n");
        assert_eq!(
            rustfmt_members(&code),
            format!("pub struct S {{\n    pub {name}:\n        ::core::option::Option<\n            ::aws_union::__private::BTreeMap<\n                ::aws_union::__private::String,\n                ::aws_union::__private::String,\n            >,\n        >,\n}}\n")
        );
    }

    #[test]
    fn a_long_tuple_variant_puts_its_type_inside_the_parentheses() {
        let long = format!("Very{}Long", "Very".repeat(22));
        let code = format!("pub enum U {{\n    Member({long}),\n}}\n");
        assert_eq!(
            rustfmt_members(&code),
            format!("pub enum U {{\n    Member(\n        {long},\n    ),\n}}\n")
        );
    }

    #[test]
    fn aws_attributes_with_over_70_columns_of_arguments_go_one_argument_a_line() {
        let code = "    #[aws(rename = \"BackupCreationDateTime\", required, timestamp = \"epoch-seconds\")]\n";
        assert_eq!(
            rustfmt_members(code),
            "    #[aws(\n        rename = \"BackupCreationDateTime\",\n        required,\n        timestamp = \"epoch-seconds\"\n    )]\n"
        );
        let short = "    #[aws(rename = \"a, b\", required, timestamp = \"epoch-seconds\")]\n";
        assert_eq!(rustfmt_members(short), short);
    }

    #[test]
    fn a_one_argument_aws_attribute_is_joined_while_its_line_stays_under_100_columns() {
        let name = "A".repeat(70);
        let broken = format!("    #[aws(\n        rename = \"{name}\"\n    )]\n");
        let joined = format!("    #[aws(rename = \"{name}\")]\n");
        assert_eq!(rustfmt_members(&broken), joined);
        let long = "A".repeat(77);
        let broken = format!("    #[aws(\n        rename = \"{long}\"\n    )]\n");
        assert_eq!(rustfmt_members(&broken), broken);
    }

    #[test]
    fn a_lifetime_broken_off_a_type_name_is_joined_again() {
        let name = "A".repeat(80);
        assert_eq!(
            rustfmt_members(&format!("pub struct {name}<\n    'a,\n> {{\n}}\n")),
            format!("pub struct {name}<'a> {{\n}}\n")
        );
        let name = "A".repeat(86);
        assert_eq!(
            rustfmt_members(&format!("pub enum {name}<\n    'a,\n> {{\n}}\n")),
            format!("pub enum {name}<'a>\n{{\n}}\n")
        );
        let name = "A".repeat(90);
        let broken = format!("pub struct {name}<\n    'a,\n> {{\n}}\n");
        assert_eq!(rustfmt_members(&broken), broken);
    }

    #[test]
    fn a_type_name_too_long_for_its_line_puts_the_brace_on_the_next() {
        let name = "A".repeat(88);
        assert_eq!(
            rustfmt_members(&format!("pub struct {name} {{\n}}\n")),
            format!("pub struct {name}\n{{\n}}\n")
        );
    }

    #[test]
    fn docs_attributes_and_short_members_are_left_alone() {
        let code = "/// A doc: with a colon.\n#[aws(rename = \"a\")]\npub struct S {\n    /// Wire name: `a`.\n    #[aws(rename = \"a\")]\n    pub a: i32,\n    V(Box<S>),\n}\n";
        assert_eq!(rustfmt_members(code), code);
    }
}
