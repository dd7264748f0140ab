//! The regular expressions of partition tables (`regionRegex`, e.g.
//! `^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$`), without a regex engine.
//!
//! The subset: literals, `\`-escaped punctuation, `.`, `\w`, `\d`, `\s`, classes `[a-z0-9-]`
//! (and `[^…]`), groups `( … | … )` and `(?: … )`, the quantifiers `?`, `*` and `+`, and the
//! anchors `^` (at the start) and `$` (at the end). Anything else is refused when the table is
//! loaded, naming the pattern. Matching runs the compiled program as a set of threads over the
//! input (a Pike VM without captures), so it takes time linear in the input whatever the pattern.
//! It matches as Python's `re.match` does: from the start of the input, not necessarily to its
//! end unless the pattern ends with `$`, which also matches before a final newline.

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    program: Vec<Inst>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Inst {
    /// Consume one character of the class.
    Char(Class),
    /// Continue at both.
    Split(usize, usize),
    Jump(usize),
    /// At the end of the input, or before its final newline.
    End,
    Match,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Class {
    Literal(char),
    Any,
    Word,
    Digit,
    Space,
    Set {
        ranges: Vec<(char, char)>,
        negated: bool,
    },
}

impl Class {
    fn matches(&self, c: char) -> bool {
        match self {
            Self::Literal(l) => *l == c,
            Self::Any => c != '\n',
            // As Python's `str` patterns: Unicode letters and digits.
            Self::Word => c.is_alphanumeric() || c == '_',
            Self::Digit => c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()),
            Self::Space => c.is_whitespace(),
            Self::Set { ranges, negated } => {
                ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != *negated
            }
        }
    }
}

impl Pattern {
    /// Compiles `source`, or says what in it is not supported.
    pub(crate) fn new(source: &str) -> Result<Self, String> {
        let mut parser = Parser {
            chars: source.chars().collect(),
            pos: 0,
            program: Vec::new(),
            depth: 0,
        };
        if parser.peek() == Some('^') {
            parser.pos += 1;
        }
        parser.alternation()?;
        if let Some(c) = parser.peek() {
            return Err(format!(
                "`{c}` at character {} is not supported",
                parser.pos
            ));
        }
        parser.program.push(Inst::Match);
        Ok(Self {
            program: parser.program,
        })
    }

    /// Whether the pattern matches at the start of `input`.
    pub(crate) fn is_match(&self, input: &str) -> bool {
        let chars: Vec<char> = input.chars().collect();
        let mut current = Vec::new();
        let mut next = Vec::new();
        let mut seen = vec![usize::MAX; self.program.len()];
        if self.add(&mut current, &mut seen, 0, 0, &chars) {
            return true;
        }
        for (pos, &c) in chars.iter().enumerate() {
            next.clear();
            for &pc in &current {
                if let Inst::Char(class) = &self.program[pc] {
                    if class.matches(c) && self.add(&mut next, &mut seen, pc + 1, pos + 1, &chars) {
                        return true;
                    }
                }
            }
            std::mem::swap(&mut current, &mut next);
            if current.is_empty() {
                return false;
            }
        }
        false
    }

    /// Adds the thread at `pc` and everything reachable from it without consuming input;
    /// `true` once a thread matches.
    fn add(
        &self,
        threads: &mut Vec<usize>,
        seen: &mut [usize],
        pc: usize,
        pos: usize,
        chars: &[char],
    ) -> bool {
        let mut stack = vec![pc];
        while let Some(pc) = stack.pop() {
            if seen[pc] == pos {
                continue;
            }
            seen[pc] = pos;
            match &self.program[pc] {
                Inst::Char(_) => threads.push(pc),
                Inst::Split(a, b) => {
                    stack.push(*b);
                    stack.push(*a);
                }
                Inst::Jump(target) => stack.push(*target),
                Inst::End => {
                    let at_end =
                        pos == chars.len() || (pos + 1 == chars.len() && chars[pos] == '\n');
                    if at_end {
                        stack.push(pc + 1);
                    }
                }
                Inst::Match => return true,
            }
        }
        false
    }
}

/// Groups nest no deeper (the parser recurses per group; region patterns use one level).
const MAX_GROUP_DEPTH: usize = 16;

struct Parser {
    chars: Vec<char>,
    pos: usize,
    program: Vec<Inst>,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn unsupported(&self, what: &str) -> String {
        format!("{what} at character {} is not supported", self.pos)
    }

    /// `a|b|c`: each alternative but the last behind a split, all jumping to the end.
    fn alternation(&mut self) -> Result<(), String> {
        let mut jumps = Vec::new();
        loop {
            let split = self.program.len();
            self.program.push(Inst::Split(split + 1, usize::MAX));
            self.sequence()?;
            if self.peek() != Some('|') {
                // The last alternative needs no split: turn it into a no-op jump.
                self.program[split] = Inst::Jump(split + 1);
                break;
            }
            self.pos += 1;
            jumps.push(self.program.len());
            self.program.push(Inst::Jump(usize::MAX));
            let next = self.program.len();
            self.program[split] = Inst::Split(split + 1, next);
        }
        let end = self.program.len();
        for jump in jumps {
            self.program[jump] = Inst::Jump(end);
        }
        Ok(())
    }

    fn sequence(&mut self) -> Result<(), String> {
        while let Some(c) = self.peek() {
            match c {
                '|' | ')' => return Ok(()),
                '$' => {
                    self.pos += 1;
                    if self.pos != self.chars.len() {
                        return Err(self.unsupported("`$` before the end"));
                    }
                    self.program.push(Inst::End);
                }
                _ => self.quantified_atom()?,
            }
        }
        Ok(())
    }

    fn quantified_atom(&mut self) -> Result<(), String> {
        let start = self.program.len();
        self.atom()?;
        let Some(quantifier) = self.peek().filter(|c| matches!(c, '?' | '*' | '+')) else {
            if self.peek() == Some('{') {
                return Err(self.unsupported("a counted repetition `{…}`"));
            }
            return Ok(());
        };
        self.pos += 1;
        if matches!(self.peek(), Some('?' | '+')) {
            return Err(self.unsupported("a lazy or possessive quantifier"));
        }
        let atom: Vec<Inst> = self.program.drain(start..).collect();
        let shift = |inst: &Inst, by: usize| match inst {
            Inst::Split(a, b) => Inst::Split(a + by, b + by),
            Inst::Jump(t) => Inst::Jump(t + by),
            other => other.clone(),
        };
        let len = atom.len();
        match quantifier {
            // L: split(L+1, L+1+len); atom
            '?' => {
                self.program.push(Inst::Split(start + 1, start + 1 + len));
                self.program.extend(atom.iter().map(|i| shift(i, 1)));
            }
            // L: split(L+1, L+2+len); atom; jump L
            '*' => {
                self.program.push(Inst::Split(start + 1, start + 2 + len));
                self.program.extend(atom.iter().map(|i| shift(i, 1)));
                self.program.push(Inst::Jump(start));
            }
            // atom; split(start, next)
            _ => {
                self.program.extend(atom);
                let next = self.program.len() + 1;
                self.program.push(Inst::Split(start, next));
            }
        }
        Ok(())
    }

    fn atom(&mut self) -> Result<(), String> {
        let c = self
            .peek()
            .ok_or_else(|| self.unsupported("a missing atom"))?;
        self.pos += 1;
        let class = match c {
            '(' => {
                if self.depth == MAX_GROUP_DEPTH {
                    return Err(
                        self.unsupported(&format!("a group nested deeper than {MAX_GROUP_DEPTH}"))
                    );
                }
                if self.peek() == Some('?') {
                    if self.chars.get(self.pos + 1) != Some(&':') {
                        return Err(self.unsupported("a group extension `(?…)`"));
                    }
                    self.pos += 2;
                }
                self.depth += 1;
                self.alternation()?;
                self.depth -= 1;
                if self.peek() != Some(')') {
                    return Err(self.unsupported("an unclosed group"));
                }
                self.pos += 1;
                return Ok(());
            }
            '[' => self.set()?,
            '.' => Class::Any,
            '\\' => self.escape()?,
            '^' | '*' | '+' | '?' | '{' | '}' | ']' => {
                self.pos -= 1;
                return Err(self.unsupported(&format!("`{c}` here")));
            }
            c => Class::Literal(c),
        };
        self.program.push(Inst::Char(class));
        Ok(())
    }

    fn escape(&mut self) -> Result<Class, String> {
        let c = self
            .peek()
            .ok_or_else(|| self.unsupported("a trailing `\\`"))?;
        self.pos += 1;
        Ok(match c {
            'w' => Class::Word,
            'd' => Class::Digit,
            's' => Class::Space,
            c if c.is_ascii_punctuation() => Class::Literal(c),
            c => return Err(self.unsupported(&format!("the escape `\\{c}`"))),
        })
    }

    /// `[…]` after its `[`.
    fn set(&mut self) -> Result<Class, String> {
        let negated = self.peek() == Some('^');
        if negated {
            self.pos += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self
                .peek()
                .ok_or_else(|| self.unsupported("an unclosed `[`"))?;
            self.pos += 1;
            if c == ']' && !first {
                return Ok(Class::Set { ranges, negated });
            }
            first = false;
            let lo = if c == '\\' {
                match self.escape()? {
                    Class::Literal(l) => l,
                    _ => return Err(self.unsupported("a class escape inside `[…]`")),
                }
            } else {
                c
            };
            let is_range =
                self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']');
            if is_range {
                let hi = self.chars[self.pos + 1];
                self.pos += 2;
                if hi < lo || hi == '\\' {
                    return Err(self.unsupported("a bad range in `[…]`"));
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
    }
}

#[cfg(test)]
mod tests;
