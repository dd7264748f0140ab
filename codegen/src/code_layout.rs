//! rustfmt's layout for the statements of the operations' glue, and for the signatures and
//! tail chains of the client's methods.
//!
//! prettyplease and rustfmt break lines at different widths (89 and 100 columns) and by
//! different rules, so the glue is written as text, laid out here the way rustfmt lays it
//! out, from a small set of forms whose rules are simple to state:
//!
//! - a call `callee(args)` whose arguments are simple (literals, paths, `&input.field`, never
//!   a call or a closure), with a suffix (`?`), as a statement (`;`), the right-hand side of
//!   `let x =` or `x =`, a tail expression, or a match arm's body;
//! - on one line when the arguments take at most 60 columns (rustfmt's `fn_call_width`; a
//!   single argument need not) and the line at most 100 (`max_width`); otherwise one argument
//!   per line, one level in;
//! - a right-hand side that does not fit after `=` goes on the next line, one level in, when
//!   it fits there on one line; a match arm's body likewise, in a block;
//! - an argument too long for any line makes rustfmt leave the statement as written: it is
//!   then written on one line.
//!
//! Every form has a test against `rustfmt` itself (`tests/layout.rs`).

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's `fn_call_width`: the most the arguments of a one-line call may take.
const CALL_WIDTH: usize = 60;
/// One level of indentation.
pub(crate) const TAB: usize = 4;

/// A call: `callee(args)` and what follows it (`?`), before the terminator.
pub(crate) struct Call<'a> {
    pub callee: &'a str,
    pub args: Vec<String>,
    pub suffix: &'a str,
}

/// `callee(args)suffix` with its arguments spread one a line at `indent + TAB`, the closing
/// parenthesis at `indent`; `None` when an argument does not fit on its line.
fn vertical(call: &Call, indent: usize) -> Option<String> {
    let inner = " ".repeat(indent + TAB);
    let mut out = format!("{}(\n", call.callee);
    for arg in &call.args {
        if indent + TAB + arg.len() + 1 > MAX_WIDTH {
            return None;
        }
        out.push_str(&format!("{inner}{arg},\n"));
    }
    out.push_str(&format!("{}){}", " ".repeat(indent), call.suffix));
    Some(out)
}

impl Call<'_> {
    fn joined(&self) -> String {
        self.args.join(", ")
    }

    fn one_line(&self) -> String {
        format!("{}({}){}", self.callee, self.joined(), self.suffix)
    }

    /// The call on one line, if rustfmt keeps it on one line when `used` columns precede it
    /// and `after` follow it: the arguments within `fn_call_width` (a single argument need
    /// only fit the line).
    fn fits(&self, used: usize, after: usize) -> Option<String> {
        let one = self.one_line();
        let narrow = self.args.len() == 1 || self.joined().len() <= CALL_WIDTH;
        (narrow && used + one.len() + after <= MAX_WIDTH).then_some(one)
    }
}

/// Lines of code being written, at an indentation.
pub(crate) struct Code {
    out: String,
    indent: usize,
}

impl Code {
    pub fn new(indent: usize) -> Self {
        Code {
            out: String::new(),
            indent,
        }
    }

    pub fn finish(self) -> String {
        self.out
    }

    /// The current indentation.
    pub fn indent(&self) -> usize {
        self.indent
    }

    /// Lines already laid out, as they are.
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    /// A line as it is, at the current indentation.
    pub fn line(&mut self, text: &str) {
        if text.is_empty() {
            self.out.push('\n');
        } else {
            self.out.push_str(&" ".repeat(self.indent));
            self.out.push_str(text);
            self.out.push('\n');
        }
    }

    /// `text` and an indentation level more.
    pub fn open(&mut self, text: &str) {
        self.line(text);
        self.indent += TAB;
    }

    /// An indentation level more, after lines written with [`Code::raw`] that open a block.
    pub fn deeper(&mut self) {
        self.indent += TAB;
    }

    /// An indentation level less and `text`.
    pub fn close(&mut self, text: &str) {
        self.indent -= TAB;
        self.line(text);
    }

    fn push_block(&mut self, text: &str) {
        self.out.push_str(&" ".repeat(self.indent));
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// `call` followed by `end` (`;` for a statement, nothing for a tail expression).
    pub fn call(&mut self, call: &Call, end: &str) {
        let text = match call.fits(self.indent, end.len()) {
            Some(one) => one,
            None => match vertical(call, self.indent) {
                Some(spread) => spread,
                None => call.one_line(),
            },
        };
        self.push_block(&format!("{text}{end}"));
    }

    /// `lhs = call;` (`lhs` is `let x` or a place).
    pub fn assign(&mut self, lhs: &str, call: &Call) {
        let head = format!("{lhs} = ");
        if let Some(one) = call.fits(self.indent + head.len(), 1) {
            self.push_block(&format!("{head}{one};"));
            return;
        }
        let next_indent = self.indent + TAB;
        if let Some(one) = call.fits(next_indent, 1) {
            self.push_block(&format!("{lhs} =\n{}{one};", " ".repeat(next_indent)));
            return;
        }
        let same_line_fits = self.indent + head.len() + call.callee.len() + 1 < MAX_WIDTH;
        let text = match (same_line_fits, vertical(call, self.indent)) {
            (true, Some(spread)) => format!("{head}{spread};"),
            _ => match vertical(call, next_indent) {
                Some(spread) => format!("{lhs} =\n{}{spread};", " ".repeat(next_indent)),
                None => format!("{head}{};", call.one_line()),
            },
        };
        self.push_block(&text);
    }

    /// A match arm `pattern => call,`.
    pub fn arm(&mut self, pattern: &str, call: &Call) {
        let head = format!("{pattern} => ");
        if let Some(one) = call.fits(self.indent + head.len(), 1) {
            self.push_block(&format!("{head}{one},"));
            return;
        }
        let block = |code: &mut Code, body: String| {
            code.push_block(&format!("{pattern} => {{"));
            code.out.push_str(&" ".repeat(code.indent + TAB));
            code.out.push_str(&body);
            code.out.push('\n');
            code.push_block("}");
        };
        let next_indent = self.indent + TAB;
        if let Some(one) = call.fits(next_indent, 0) {
            block(self, one);
            return;
        }
        let same_line_fits = self.indent + head.len() + call.callee.len() + 1 < MAX_WIDTH;
        match (same_line_fits, vertical(call, self.indent)) {
            (true, Some(spread)) => self.push_block(&format!("{head}{spread},")),
            _ => match vertical(call, next_indent) {
                Some(spread) => block(self, spread),
                None => self.push_block(&format!("{head}{},", call.one_line())),
            },
        }
    }
}

/// `const NAME: Type = value;` as rustfmt writes it: on one line, or, past 100 columns, the
/// value on the next line, one level in.
pub(crate) fn constant(indent: usize, head: &str, value: &str) -> String {
    let pad = " ".repeat(indent);
    let one = format!("{pad}{head} = {value};\n");
    if one.len() - 1 <= MAX_WIDTH {
        one
    } else {
        format!("{pad}{head} =\n{}{value};\n", " ".repeat(indent + TAB))
    }
}

/// `impl Trait for Type {` as rustfmt writes it: on one line, or, past 100 columns, `for
/// Type` on a line of its own, one level in, and the brace on the next.
pub(crate) fn impl_header(indent: usize, what: &str, for_type: &str) -> String {
    let pad = " ".repeat(indent);
    let one = format!("{pad}impl {what} for {for_type} {{\n");
    if one.len() - 1 <= MAX_WIDTH {
        one
    } else {
        format!(
            "{pad}impl {what}\n{}for {for_type}\n{pad}{{\n",
            " ".repeat(indent + TAB)
        )
    }
}

/// A function's signature up to its opening brace, laid out as rustfmt lays it out: on one
/// line; else one parameter a line; and a return type that still does not fit with its
/// generic arguments one a line.
pub(crate) fn signature(
    code: &mut Code,
    head: &str,
    params: &[String],
    ret: Option<(&str, &[String])>,
) {
    let indent = code.indent();
    let pad = " ".repeat(indent);
    let ret_text = ret.map(|(path, args)| {
        if args.is_empty() {
            format!(" -> {path}")
        } else {
            format!(" -> {path}<{}>", args.join(", "))
        }
    });
    let ret_text = ret_text.unwrap_or_default();
    let one = format!("{pad}{head}({}){ret_text}", params.join(", "));
    if one.len() + 2 <= MAX_WIDTH {
        code.raw(&format!("{one} {{\n"));
        code.deeper();
        return;
    }
    let mut out = format!("{pad}{head}(\n");
    for param in params {
        let inner = indent + TAB;
        match param.split_once(": ") {
            // `impl Into<Name>` too long for its line: the generic argument on its own. rustfmt
            // keeps such a line up to 105 columns (measured against it).
            Some((name, ty)) if ty.starts_with("impl ") && inner + param.len() + 1 > 105 => {
                let (path, arg) = ty.split_once('<').unwrap_or((ty, ">"));
                let arg = arg.strip_suffix('>').unwrap_or(arg);
                let pad = " ".repeat(inner);
                out.push_str(&format!("{pad}{name}: {path}<\n{pad}    {arg},\n{pad}>,\n"));
            }
            Some((name, ty)) => out.push_str(&crate::layout::member_line(inner, name, ty)),
            None => out.push_str(&format!("{}{param},\n", " ".repeat(indent + TAB))),
        }
    }
    let close = format!("{pad}){ret_text}");
    // rustfmt's thresholds for the closing line, as measured against it: with the brace up
    // to 96 columns; else the brace on a line of its own while the rest takes at most 102;
    // else the return type's generic arguments one a line.
    match ret {
        _ if close.len() + 2 <= 96 => out.push_str(&format!("{close} {{\n")),
        _ if close.len() <= 102 => out.push_str(&format!("{close}\n{pad}{{\n")),
        Some((path, args)) if !args.is_empty() => {
            out.push_str(&format!("{pad}) -> {path}<\n"));
            for arg in args {
                out.push_str(&format!("{}{arg},\n", " ".repeat(indent + TAB)));
            }
            out.push_str(&format!("{pad}> {{\n"));
        }
        _ => out.push_str(&format!("{close} {{\n")),
    }
    code.raw(&out);
    code.deeper();
}

/// A chain (`root.a.b()`) as a tail expression, laid out as rustfmt lays it out: on one line
/// when it takes at most 60 columns (its `chain_width`), else one element a line, one level
/// in, a root of at most 4 characters (`self`) keeping its first element.
pub(crate) fn tail_chain(code: &mut Code, root: &str, parts: &[&str]) {
    let one = format!("{root}{}", parts.concat());
    // A single element after the root is never broken off.
    if one.len() <= 60 || parts.len() < 2 {
        code.line(&one);
        return;
    }
    let (first, rest) = match parts.split_first() {
        Some((first, rest)) if root.len() <= TAB => (format!("{root}{first}"), rest),
        _ => (root.to_owned(), parts),
    };
    code.line(&first);
    for part in rest {
        code.line(&format!("    {part}"));
    }
}

/// A `///` doc line.
pub(crate) fn doc(code: &mut Code, text: &str) {
    code.line(&format!("/// {text}"));
}
