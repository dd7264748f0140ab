//! Members bound to HTTP headers in the REST protocols: how each kind of value is written
//! into a header and read back.
//!
//! | value | written | read |
//! |---|---|---|
//! | string, enum | as it is | as it is |
//! | boolean | `true` / `false` | `true` / `false` |
//! | number | decimal; floats also `NaN`, `Infinity`, `-Infinity` | the same |
//! | timestamp | HTTP date by default (`Mon, 16 Dec 2019 23:48:18 GMT`), or the member's format | any timestamp form |
//! | list | items joined by `, `; a string item holding `,` or `"` is quoted (`"b,c"`, `"\"d\""`) | split at commas outside quotes, items trimmed and unquoted; HTTP dates two commas at a time |
//! | JSON string (`@mediaType("application/json")`) | base64 of the string | base64-decoded |
//! | map under a prefix (`x-foo-`) | one header per entry, the prefix before the key | every header starting with the prefix, case-insensitively, the prefix cut off |

use std::collections::BTreeMap;
use std::fmt;

use aws_union::{Timestamp, TimestampFormat};
use base64::Engine as _;

/// A header whose value cannot be read as its member's type.
///
/// ```
/// use aws_union_client::protocol::header::{read_bool, HeaderValueError};
///
/// let error = read_bool("X-Flag", "yes").unwrap_err();
/// assert_eq!(error.to_string(), "header `X-Flag`: expected `true` or `false`, found \"yes\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderValueError {
    header: String,
    expected: &'static str,
    found: String,
}

impl HeaderValueError {
    /// The error for header `header` whose value `found` is not `expected`.
    pub fn new(header: &str, expected: &'static str, found: &str) -> Self {
        Self {
            header: header.to_string(),
            expected,
            found: found.to_string(),
        }
    }

    /// The header's name, as the model spells it.
    pub fn header(&self) -> &str {
        &self.header
    }
}

impl fmt::Display for HeaderValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "header `{}`: expected {}, found {:?}",
            self.header, self.expected, self.found
        )
    }
}

impl std::error::Error for HeaderValueError {}

/// A float as the protocols write it: `NaN`, `Infinity`, `-Infinity`, or the shortest
/// decimal that reads back to the same value (`1.1`, `4.0`).
///
/// ```
/// use aws_union_client::protocol::header::write_float;
///
/// assert_eq!(write_float(1.1), "1.1");
/// assert_eq!(write_float(4.0), "4.0");
/// assert_eq!(write_float(f64::NEG_INFINITY), "-Infinity");
/// ```
pub fn write_float(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_string()
    } else if value.is_infinite() {
        if value > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else {
        format!("{value:?}")
    }
}

/// A timestamp in a header: an HTTP date unless the member names another format.
///
/// ```
/// use aws_union::{Timestamp, TimestampFormat};
/// use aws_union_client::protocol::header::write_timestamp;
///
/// let t = Timestamp::from_secs(1_576_540_098)?;
/// assert_eq!(write_timestamp(t, None), "Mon, 16 Dec 2019 23:48:18 GMT");
/// assert_eq!(write_timestamp(t, Some(TimestampFormat::EpochSeconds)), "1576540098");
/// # Ok::<(), aws_union::TimestampError>(())
/// ```
pub fn write_timestamp(value: Timestamp, format: Option<TimestampFormat>) -> String {
    value
        .fmt_as(format.unwrap_or(TimestampFormat::HttpDate))
        .to_string()
}

/// One string item of a list header: quoted, with `"` and `\` escaped, when it holds a `,`
/// or a `"`, so that the list splits back into the same items.
///
/// ```
/// use aws_union_client::protocol::header::quote_list_item;
///
/// assert_eq!(quote_list_item("b,c"), "\"b,c\"");
/// assert_eq!(quote_list_item("\"def\""), "\"\\\"def\\\"\"");
/// assert_eq!(quote_list_item("a"), "a");
/// ```
pub fn quote_list_item(item: &str) -> String {
    if item.contains(',') || item.contains('"') {
        let mut quoted = String::with_capacity(item.len() + 2);
        quoted.push('"');
        for c in item.chars() {
            if c == '"' || c == '\\' {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        quoted
    } else {
        item.to_string()
    }
}

/// A list header's value: the items (already written, string items through
/// [`quote_list_item`]) joined by `, `. `None` for an empty list, which sends no header.
///
/// ```
/// use aws_union_client::protocol::header::join_list;
///
/// assert_eq!(join_list(["a", "b", "c"]).as_deref(), Some("a, b, c"));
/// assert_eq!(join_list(Vec::<String>::new()), None);
/// ```
pub fn join_list<I>(items: I) -> Option<String>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut joined: Option<String> = None;
    for item in items {
        match &mut joined {
            None => joined = Some(item.as_ref().to_string()),
            Some(text) => {
                text.push_str(", ");
                text.push_str(item.as_ref());
            }
        }
    }
    joined
}

/// A JSON string member (`@mediaType("application/json")`) in a header: base64 of its text.
///
/// ```
/// use aws_union_client::protocol::header::{read_json_string, write_json_string};
///
/// assert_eq!(write_json_string("true"), "dHJ1ZQ==");
/// assert_eq!(read_json_string("X-Json", "dHJ1ZQ==")?, "true");
/// # Ok::<(), aws_union_client::protocol::header::HeaderValueError>(())
/// ```
pub fn write_json_string(value: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(value)
}

/// Reads a JSON string member from its base64 header.
///
/// # Errors
///
/// The value is not base64 of UTF-8 text.
pub fn read_json_string(header: &str, value: &str) -> Result<String, HeaderValueError> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(value.trim())
        .map_err(|_| HeaderValueError::new(header, "base64", value))?;
    String::from_utf8(bytes)
        .map_err(|_| HeaderValueError::new(header, "base64 of UTF-8 text", value))
}

/// Reads a boolean header.
///
/// # Errors
///
/// The value is neither `true` nor `false`.
pub fn read_bool(header: &str, value: &str) -> Result<bool, HeaderValueError> {
    match value.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(HeaderValueError::new(header, "`true` or `false`", value)),
    }
}

/// Reads an integer header of any width (`i8` … `i64`).
///
/// ```
/// use aws_union_client::protocol::header::read_integer;
///
/// assert_eq!(read_integer::<i32>("X-N", " 123 ")?, 123);
/// assert!(read_integer::<i8>("X-N", "300").is_err());
/// # Ok::<(), aws_union_client::protocol::header::HeaderValueError>(())
/// ```
///
/// # Errors
///
/// The value is not an integer that fits the type.
pub fn read_integer<T: std::str::FromStr>(
    header: &str,
    value: &str,
) -> Result<T, HeaderValueError> {
    value
        .trim()
        .parse()
        .map_err(|_| HeaderValueError::new(header, "an integer in range", value))
}

/// Reads a float header: a decimal number, `NaN`, `Infinity` or `-Infinity`.
///
/// # Errors
///
/// The value is none of these.
pub fn read_float(header: &str, value: &str) -> Result<f64, HeaderValueError> {
    match value.trim() {
        "NaN" => Ok(f64::NAN),
        "Infinity" => Ok(f64::INFINITY),
        "-Infinity" => Ok(f64::NEG_INFINITY),
        text if text
            .bytes()
            .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)) =>
        {
            text.parse()
                .map_err(|_| HeaderValueError::new(header, "a number", value))
        }
        _ => Err(HeaderValueError::new(header, "a number", value)),
    }
}

/// Reads a timestamp header, in any of the timestamp forms (HTTP date, date-time, epoch
/// seconds), whatever the member's format.
///
/// # Errors
///
/// The value is no timestamp.
pub fn read_timestamp(header: &str, value: &str) -> Result<Timestamp, HeaderValueError> {
    Timestamp::parse(value.trim()).map_err(|_| HeaderValueError::new(header, "a timestamp", value))
}

/// Splits a list header into its items: at commas outside double quotes, each item trimmed,
/// a quoted item unquoted and unescaped.
///
/// ```
/// use aws_union_client::protocol::header::split_list;
///
/// assert_eq!(split_list("X-L", "a, b,c")?, ["a", "b", "c"]);
/// assert_eq!(split_list("X-L", r#""b,c", "\"def\"", a"#)?, ["b,c", "\"def\"", "a"]);
/// # Ok::<(), aws_union_client::protocol::header::HeaderValueError>(())
/// ```
///
/// # Errors
///
/// A quote is not closed, or something other than a comma follows a closing quote.
pub fn split_list(header: &str, value: &str) -> Result<Vec<String>, HeaderValueError> {
    let mut items = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            chars.next();
        }
        if chars.peek() == Some(&'"') {
            chars.next();
            let mut item = String::new();
            loop {
                match chars.next() {
                    Some('\\') => match chars.next() {
                        Some(c) => item.push(c),
                        None => return Err(unclosed(header, value)),
                    },
                    Some('"') => break,
                    Some(c) => item.push(c),
                    None => return Err(unclosed(header, value)),
                }
            }
            items.push(item);
            while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
                chars.next();
            }
            match chars.next() {
                None => return Ok(items),
                Some(',') => {}
                Some(_) => {
                    return Err(HeaderValueError::new(
                        header,
                        "a comma after a quoted list item",
                        value,
                    ))
                }
            }
        } else {
            let mut item = String::new();
            let mut ended = true;
            for c in chars.by_ref() {
                if c == ',' {
                    ended = false;
                    break;
                }
                item.push(c);
            }
            items.push(item.trim().to_string());
            if ended {
                return Ok(items);
            }
        }
    }
}

fn unclosed(header: &str, value: &str) -> HeaderValueError {
    HeaderValueError::new(header, "a closing quote", value)
}

/// Splits a list of HTTP dates, each of which holds a comma itself
/// (`Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 00:00:00 GMT`): at every second comma.
///
/// ```
/// use aws_union_client::protocol::header::split_http_date_list;
///
/// let dates = split_http_date_list("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 00:00:00 GMT");
/// assert_eq!(dates, ["Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 00:00:00 GMT"]);
/// ```
pub fn split_http_date_list(value: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut start = 0;
    let mut commas = 0;
    for (i, c) in value.char_indices() {
        if c == ',' {
            commas += 1;
            if commas % 2 == 0 {
                items.push(value[start..i].trim().to_string());
                start = i + 1;
            }
        }
    }
    let last = value[start..].trim();
    if !last.is_empty() || !items.is_empty() {
        items.push(last.to_string());
    }
    items
}

/// The entries of a prefix-header map: every header whose name starts with `prefix`
/// (case-insensitively), keyed by the rest of its name (lower case, as HTTP/1.1 stacks
/// deliver names).
///
/// ```
/// use aws_union_client::protocol::header::read_prefix_headers;
///
/// let mut headers = http::HeaderMap::new();
/// headers.insert("x-foo-abc", "Abc value".parse()?);
/// headers.insert("x-bar", "no".parse()?);
/// let map = read_prefix_headers("X-Foo-", &headers)?;
/// assert_eq!(map.into_iter().collect::<Vec<_>>(), [("abc".to_string(), "Abc value".to_string())]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// A matching header's value is not text.
pub fn read_prefix_headers(
    prefix: &str,
    headers: &http::HeaderMap,
) -> Result<BTreeMap<String, String>, HeaderValueError> {
    let prefix = prefix.to_ascii_lowercase();
    let mut map = BTreeMap::new();
    for (name, value) in headers {
        if let Some(key) = name.as_str().strip_prefix(prefix.as_str()) {
            let text = value
                .to_str()
                .map_err(|_| HeaderValueError::new(name.as_str(), "text", "(bytes)"))?;
            map.insert(key.to_string(), text.to_string());
        }
    }
    Ok(map)
}

/// A header's value as text, if the header is present (the first, if it is repeated, as
/// most stacks keep one).
///
/// # Errors
///
/// The value is not visible ASCII or UTF-8 text.
pub fn header_text<'a>(
    headers: &'a http::HeaderMap,
    name: &str,
) -> Result<Option<&'a str>, HeaderValueError> {
    match headers.get(name) {
        None => Ok(None),
        Some(value) => match std::str::from_utf8(value.as_bytes()) {
            Ok(text) => Ok(Some(text)),
            Err(_) => Err(HeaderValueError::new(name, "text", "(bytes)")),
        },
    }
}

#[cfg(test)]
mod tests;
