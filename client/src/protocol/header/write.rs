//! Writing members' values into headers.

use aws_union::{Timestamp, TimestampFormat};
use base64::Engine as _;

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
