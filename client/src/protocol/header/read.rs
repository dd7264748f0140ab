//! Reading members' values back from headers: each a [`HeaderValueError`] naming the header
//! when the value is not of the member's type.

use std::collections::BTreeMap;

use aws_union::Timestamp;
use base64::Engine as _;

use super::HeaderValueError;

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
