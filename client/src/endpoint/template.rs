//! Template strings (`https://{Region}.{PartitionResult#dnsSuffix}`) and `getAttr` paths
//! (`resourceId[2]`, `a.b`), read once when a rule set is loaded.
//!
//! As in botocore, a string is a template only if it has a `{name}` field of letters and `#`;
//! then every `{…}` in it is a field and `{{`/`}}` stand for braces. Other strings are literal.

/// A field reference: a name, maybe followed by `#`-separated attribute paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field<Name> {
    pub(crate) name: Name,
    pub(crate) path: Vec<Step>,
}

/// One part of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment<Name> {
    Text(Box<str>),
    Field(Field<Name>),
}

/// One step of a `getAttr` path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Key(Box<str>),
    Index(usize),
}

/// Whether botocore treats `s` as a template: it has `{` + letters or `#` + `}`.
fn is_template(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        b == b'{' && {
            let field = bytes[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic() || **c == b'#')
                .count();
            field > 0 && bytes.get(i + 1 + field) == Some(&b'}')
        }
    })
}

/// The segments of a template, `None` for a literal string; `name` turns each field name into
/// what the caller keeps (an interned id).
pub(crate) fn parse<'s, Name>(
    s: &'s str,
    mut name: impl FnMut(&'s str) -> Name,
) -> Result<Option<Vec<Segment<Name>>>, String> {
    if !is_template(s) {
        return Ok(None);
    }
    let mut segments = Vec::new();
    let mut text = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(['{', '}']) {
        text.push_str(&rest[..i]);
        let brace = rest.as_bytes()[i];
        let after = &rest[i + 1..];
        if after.as_bytes().first() == Some(&brace) {
            text.push(char::from(brace));
            rest = &after[1..];
            continue;
        }
        if brace == b'}' {
            return Err("a single `}` (write `}}` for a brace)".to_owned());
        }
        let end = after
            .find('}')
            .ok_or("an unclosed `{` (write `{{` for a brace)")?;
        let field = &after[..end];
        if field.contains(['{', '!', ':']) {
            return Err(format!(
                "the field `{{{field}}}` is not a name or `name#path`"
            ));
        }
        let mut parts = field.split('#');
        let field_name = parts.next().unwrap_or_default();
        if field_name.is_empty() {
            return Err(format!("the field `{{{field}}}` has no name"));
        }
        let mut path = Vec::new();
        for part in parts {
            path.extend(parse_path(part)?);
        }
        if !text.is_empty() {
            segments.push(Segment::Text(std::mem::take(&mut text).into()));
        }
        segments.push(Segment::Field(Field {
            name: name(field_name),
            path,
        }));
        rest = &after[end + 1..];
    }
    text.push_str(rest);
    if !text.is_empty() {
        segments.push(Segment::Text(text.into()));
    }
    Ok(Some(segments))
}

/// A `getAttr` path: `.`-separated keys, each maybe followed by `[index]`s.
pub(crate) fn parse_path(path: &str) -> Result<Vec<Step>, String> {
    let bad = || format!("`{path}` is not a path (`key`, `key.key`, `key[0]`, `[0]`)");
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, indexes) = match part.split_once('[') {
            Some((key, indexes)) => (key, Some(indexes)),
            None => (part, None),
        };
        if key.contains(']') || (key.is_empty() && indexes.is_none()) {
            return Err(bad());
        }
        if !key.is_empty() {
            steps.push(Step::Key(key.into()));
        }
        // What follows the first `[`: `0]`, or `0][1]`.
        let mut rest = indexes;
        while let Some(indexes) = rest {
            let (index, after) = indexes.split_once(']').ok_or_else(bad)?;
            if index.is_empty() || !index.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            steps.push(Step::Index(index.parse::<usize>().map_err(|_| bad())?));
            rest = match after.strip_prefix('[') {
                Some(more) => Some(more),
                None if after.is_empty() => None,
                None => return Err(bad()),
            };
        }
    }
    Ok(steps)
}

#[cfg(test)]
mod tests;
