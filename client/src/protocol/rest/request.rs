//! Writing a restJson1 request: the method and path, then each bound member, then the body.

use std::collections::BTreeMap;

use aws_union::{Blob, TimestampFormat};
use http::header::{HeaderValue, CONTENT_TYPE};
use http::Method;
use serde::Serialize;

use super::ParamText;
use crate::operation::{InputError, InputErrorKind, RequestParts};
use crate::protocol::body::write_json;
use crate::protocol::header::{join_list, quote_list_item, write_json_string};
use crate::protocol::{encode_greedy_label, encode_label, QueryString};

/// A request of `operation` with `method` (`GET`, `POST`, …) and the start of its path: the
/// URI template's text before its first label, or all of it.
///
/// ```
/// use aws_union_client::protocol::rest;
///
/// let mut parts = rest::request("Invoke", "POST", "/2015-03-31/functions/");
/// rest::label(&mut parts, "FunctionName", &Some("f".to_string()))?;
/// rest::path(&mut parts, "/invocations");
/// assert_eq!(parts.method, http::Method::POST);
/// assert_eq!(parts.path, "/2015-03-31/functions/f/invocations");
/// # Ok::<(), aws_union_client::operation::InputError>(())
/// ```
pub fn request(operation: &'static str, method: &str, path: &str) -> RequestParts {
    // The generator writes only the methods the models use, all valid tokens.
    let method = Method::from_bytes(method.as_bytes()).unwrap_or(Method::POST);
    RequestParts::new(operation, method, path)
}

/// Appends literal text of the URI template to the path.
pub fn path(parts: &mut RequestParts, text: &str) {
    parts.path.push_str(text);
}

/// Starts the query string with the URI template's literal query (`mode=import`, `delete`);
/// called before any member is added to the query.
///
/// ```
/// use aws_union_client::protocol::rest;
///
/// let mut parts = rest::request("ImportRestApi", "POST", "/restapis");
/// rest::literal_query(&mut parts, "mode=import");
/// rest::query(&mut parts, "failonwarnings", &Some(true));
/// assert_eq!(parts.query.as_str(), "mode=import&failonwarnings=true");
/// ```
pub fn literal_query(parts: &mut RequestParts, literal: &str) {
    parts.query = QueryString::from_literal(literal);
}

fn label_text<'a, V: ParamText>(
    parts: &RequestParts,
    member: &'static str,
    value: &'a Option<V>,
    format: TimestampFormat,
) -> Result<std::borrow::Cow<'a, str>, InputError> {
    let value = value
        .as_ref()
        .ok_or_else(|| InputError::new(parts.operation, member, InputErrorKind::Missing))?;
    let text = value.param_text(format);
    if text.is_empty() {
        return Err(InputError::new(
            parts.operation,
            member,
            InputErrorKind::EmptyLabel,
        ));
    }
    Ok(text)
}

/// Appends a URI label, percent-encoded so that it stays one path segment.
///
/// # Errors
///
/// The member is not set ([`InputErrorKind::Missing`]) or is empty
/// ([`InputErrorKind::EmptyLabel`]): the request would go to another path.
pub fn label<V: ParamText>(
    parts: &mut RequestParts,
    member: &'static str,
    value: &Option<V>,
) -> Result<(), InputError> {
    label_as(parts, member, value, TimestampFormat::DateTime)
}

/// [`label`] with a timestamp written in `format`.
///
/// # Errors
///
/// As [`label`].
pub fn label_as<V: ParamText>(
    parts: &mut RequestParts,
    member: &'static str,
    value: &Option<V>,
    format: TimestampFormat,
) -> Result<(), InputError> {
    let text = label_text(parts, member, value, format)?;
    let encoded = encode_label(&text);
    parts.path.push_str(&encoded);
    Ok(())
}

/// Appends a greedy URI label (`{Key+}`): its `/` are kept, so it may span segments.
///
/// # Errors
///
/// As [`label`].
pub fn greedy_label<V: ParamText>(
    parts: &mut RequestParts,
    member: &'static str,
    value: &Option<V>,
) -> Result<(), InputError> {
    let text = label_text(parts, member, value, TimestampFormat::DateTime)?;
    let encoded = encode_greedy_label(&text);
    parts.path.push_str(&encoded);
    Ok(())
}

/// Adds query parameter `name` when the member is set.
pub fn query<V: ParamText>(parts: &mut RequestParts, name: &str, value: &Option<V>) {
    query_as(parts, name, value, TimestampFormat::DateTime);
}

/// [`query`] with a timestamp written in `format`.
pub fn query_as<V: ParamText>(
    parts: &mut RequestParts,
    name: &str,
    value: &Option<V>,
    format: TimestampFormat,
) {
    if let Some(value) = value {
        parts.query.push(name, &value.param_text(format));
    }
}

/// Adds query parameter `name` once per item of a list member (`tag=a&tag=b`).
pub fn query_list<V: ParamText>(parts: &mut RequestParts, name: &str, value: &Option<Vec<V>>) {
    query_list_as(parts, name, value, TimestampFormat::DateTime);
}

/// [`query_list`] with timestamps written in `format`.
pub fn query_list_as<V: ParamText>(
    parts: &mut RequestParts,
    name: &str,
    value: &Option<Vec<V>>,
    format: TimestampFormat,
) {
    for item in value.iter().flatten() {
        parts.query.push(name, &item.param_text(format));
    }
}

/// Adds each entry of a map member as a query parameter, except a parameter already bound by
/// name (members bound by name are added first, so they win).
///
/// ```
/// use std::collections::BTreeMap;
/// use aws_union_client::protocol::rest;
///
/// let mut parts = rest::request("ListThings", "GET", "/things");
/// rest::query(&mut parts, "limit", &Some(5));
/// let extra = BTreeMap::from([("limit".to_string(), "9".to_string()), ("x".to_string(), "y".to_string())]);
/// rest::query_map(&mut parts, &Some(extra));
/// assert_eq!(parts.query.as_str(), "limit=5&x=y");
/// ```
pub fn query_map<V: ParamText>(parts: &mut RequestParts, value: &Option<BTreeMap<String, V>>) {
    for (name, item) in value.iter().flatten() {
        if !parts.query.contains(name) {
            parts
                .query
                .push(name, &item.param_text(TimestampFormat::DateTime));
        }
    }
}

/// Adds each entry of a map of lists as a repeated query parameter, except a parameter
/// already bound by name.
pub fn query_map_lists<V: ParamText>(
    parts: &mut RequestParts,
    value: &Option<BTreeMap<String, Vec<V>>>,
) {
    for (name, items) in value.iter().flatten() {
        if !parts.query.contains(name) {
            for item in items {
                parts
                    .query
                    .push(name, &item.param_text(TimestampFormat::DateTime));
            }
        }
    }
}

/// Sets header `name` when the member is set.
///
/// # Errors
///
/// The value cannot be a header value (a line break, a character outside visible ASCII).
pub fn header<V: ParamText>(
    parts: &mut RequestParts,
    name: &str,
    member: &str,
    value: &Option<V>,
) -> Result<(), InputError> {
    header_as(parts, name, member, value, TimestampFormat::HttpDate)
}

/// [`header`] with a timestamp written in `format`.
///
/// # Errors
///
/// As [`header`].
pub fn header_as<V: ParamText>(
    parts: &mut RequestParts,
    name: &str,
    member: &str,
    value: &Option<V>,
    format: TimestampFormat,
) -> Result<(), InputError> {
    match value {
        Some(value) => parts.dynamic_header(name, member, &value.param_text(format)),
        None => Ok(()),
    }
}

/// Sets header `name` to a list member's items joined by `, `, string items quoted when they
/// hold `,` or `"`. An empty list sends no header.
///
/// # Errors
///
/// As [`header`].
pub fn header_list<V: ParamText>(
    parts: &mut RequestParts,
    name: &str,
    member: &str,
    value: &Option<Vec<V>>,
) -> Result<(), InputError> {
    header_list_as(parts, name, member, value, TimestampFormat::HttpDate)
}

/// [`header_list`] with timestamps written in `format`.
///
/// # Errors
///
/// As [`header`].
pub fn header_list_as<V: ParamText>(
    parts: &mut RequestParts,
    name: &str,
    member: &str,
    value: &Option<Vec<V>>,
    format: TimestampFormat,
) -> Result<(), InputError> {
    let items = value.iter().flatten().map(|item| {
        let text = item.param_text(format);
        if V::QUOTED {
            quote_list_item(&text)
        } else {
            text.into_owned()
        }
    });
    match join_list(items) {
        Some(joined) => parts.dynamic_header(name, member, &joined),
        None => Ok(()),
    }
}

/// Sets header `name` to a JSON text member (`jsonvalue`), base64-encoded.
///
/// # Errors
///
/// As [`header`].
pub fn json_header(
    parts: &mut RequestParts,
    name: &str,
    member: &str,
    value: &Option<String>,
) -> Result<(), InputError> {
    match value {
        Some(json) => parts.dynamic_header(name, member, &write_json_string(json)),
        None => Ok(()),
    }
}

/// Sets one header per entry of a map member: the prefix, then the entry's key.
///
/// # Errors
///
/// A key cannot be part of a header name, or a value cannot be a header value.
pub fn prefix_headers<V: ParamText>(
    parts: &mut RequestParts,
    prefix: &str,
    member: &str,
    value: &Option<BTreeMap<String, V>>,
) -> Result<(), InputError> {
    for (key, item) in value.iter().flatten() {
        let text = item.param_text(TimestampFormat::HttpDate);
        parts.dynamic_header(&format!("{prefix}{key}"), member, &text)?;
    }
    Ok(())
}

/// Sets the content type unless a member already set it (`Content-Type` bound to a header).
fn default_content_type(parts: &mut RequestParts, content_type: &'static str) {
    if !parts.body.is_empty() && !parts.headers.contains_key(CONTENT_TYPE) {
        parts
            .headers
            .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    }
}

/// A blob payload is the body as it is (`application/octet-stream`); unset, the body is
/// empty.
pub fn blob_payload(parts: &mut RequestParts, value: &Option<Blob>) {
    if let Some(blob) = value {
        parts.body = blob.as_bytes().to_vec();
    }
    default_content_type(parts, "application/octet-stream");
}

/// A string (or string enum) payload is the body as text (`text/plain`); unset, the body is
/// empty.
pub fn text_payload<V: ParamText>(parts: &mut RequestParts, value: &Option<V>) {
    if let Some(text) = value {
        parts.body = text
            .param_text(TimestampFormat::DateTime)
            .into_owned()
            .into_bytes();
    }
    default_content_type(parts, "text/plain");
}

/// A structure payload is the body as JSON; unset, it is `{}`.
///
/// # Errors
///
/// The value cannot be written as JSON.
pub fn structure_payload<T: Serialize>(
    parts: &mut RequestParts,
    value: &Option<T>,
) -> Result<(), InputError> {
    parts.body = match value {
        Some(value) => write_json(parts.operation, value)?,
        None => b"{}".to_vec(),
    };
    default_content_type(parts, "application/json");
    Ok(())
}

/// A union or document payload is the body as JSON; unset, the body is empty.
///
/// # Errors
///
/// The value cannot be written as JSON.
pub fn json_payload<T: Serialize>(
    parts: &mut RequestParts,
    value: &Option<T>,
) -> Result<(), InputError> {
    if let Some(value) = value {
        parts.body = write_json(parts.operation, value)?;
    }
    default_content_type(parts, "application/json");
    Ok(())
}

/// The body members of an input (its serde form leaves the bound members out) as a JSON
/// object, `{}` when none is set.
///
/// # Errors
///
/// The input cannot be written as JSON.
pub fn json_body<T: Serialize>(parts: &mut RequestParts, input: &T) -> Result<(), InputError> {
    parts.body = write_json(parts.operation, input)?;
    default_content_type(parts, "application/json");
    Ok(())
}

#[cfg(test)]
mod tests;
