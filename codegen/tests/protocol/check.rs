//! How a built request is compared with the one a protocol test expects: method, path, query
//! string as a multiset, host, headers (expected ones with the same value, forbidden ones
//! absent, required ones present; an unset restJson1 payload's `Content-Type` aside, see
//! `unset_payload_type`) and body (JSON and CBOR by value).
//!
//! Plain data in, differences out: compiled into the generated test crate (which turns an
//! `http::Request` into a [`Request`]) and tested by the harness.

#![allow(dead_code)]

use std::fmt::Write as _;

/// A built request, as compared.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    /// `GET`, `POST`, …
    pub method: &'a str,
    /// Host and port the request goes to.
    pub authority: &'a str,
    /// The path (the endpoint's own path included), with the query string if any.
    pub path_and_query: &'a str,
    /// Headers (one entry per name, several values joined with `, `).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: &'a [u8],
}

/// How a body is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// awsJson: the body must be JSON, compared by value.
    Json,
    /// restJson1: JSON compared by value; a body that is not JSON (a blob or string payload)
    /// compared byte for byte.
    RestJson,
    /// rpcv2Cbor: CBOR compared by value; an empty body must be expected empty.
    Cbor,
}

/// What a case expects of the request (`serialized` in botocore's files).
#[derive(Debug, Clone, Default)]
pub struct Expected<'a> {
    /// The method, when the case says.
    pub method: Option<&'a str>,
    /// Path and query string.
    pub uri: &'a str,
    /// The host, when the case says.
    pub host: Option<&'a str>,
    /// Headers that must be present with these values.
    pub headers: Vec<(&'a str, &'a str)>,
    /// Headers bound to a list member: compared item by item, whatever the whitespace after
    /// the commas (`a, b` and `a,b` are the same list).
    pub list_headers: Vec<&'a str>,
    /// Headers that must be absent.
    pub forbid: Vec<&'a str>,
    /// Headers that must be present, whatever their value.
    pub require: Vec<&'a str>,
    /// The body, when the case says (CBOR decoded from the case's base64).
    pub body: Option<Vec<u8>>,
}

/// Every difference between `actual` and `expected`, each on a line; empty when they agree.
pub fn request_differences(actual: &Request, expected: &Expected, format: Format) -> String {
    let mut out = String::new();
    if let Some(method) = expected.method {
        if method != actual.method {
            let _ = writeln!(out, "method: expected {method}, got {}", actual.method);
        }
    }
    let (path, query) = split_query(actual.path_and_query);
    let (expected_path, expected_query) = split_query(expected.uri);
    if path != expected_path {
        let _ = writeln!(out, "path: expected {expected_path:?}, got {path:?}");
    }
    let (mut got, mut want) = (query_pairs(query), query_pairs(expected_query));
    got.sort_unstable();
    want.sort_unstable();
    if got != want {
        let _ = writeln!(out, "query: expected {want:?}, got {got:?} (as multisets)");
    }
    if let Some(host) = expected.host {
        if host != actual.authority {
            let _ = writeln!(out, "host: expected {host:?}, got {:?}", actual.authority);
        }
    }
    let header = |name: &str| {
        actual
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    for (name, value) in &expected.headers {
        if unset_payload_type(expected, name, value, format) {
            continue;
        }
        let list = expected
            .list_headers
            .iter()
            .any(|l| l.eq_ignore_ascii_case(name));
        match header(name) {
            Some(got) if got == *value => {}
            Some(got) if list && list_items(got) == list_items(value) => {}
            Some(got) => {
                let _ = writeln!(out, "header {name}: expected {value:?}, got {got:?}");
            }
            None => {
                let _ = writeln!(out, "header {name}: expected {value:?}, absent");
            }
        }
    }
    for name in &expected.forbid {
        if let Some(got) = header(name).filter(|got| !prepared_length(actual, name, got)) {
            let _ = writeln!(out, "header {name}: forbidden, sent as {got:?}");
        }
    }
    for name in &expected.require {
        if header(name).is_none() {
            let _ = writeln!(out, "header {name}: required, absent");
        }
    }
    if let Some(body) = &expected.body {
        if let Err(why) = same_body(actual.body, body, format) {
            let _ = writeln!(out, "body: {why}");
        }
    }
    out
}

/// Is this a restJson1 `Content-Type` other than JSON expected of an empty body (an unset
/// blob or text payload)? botocore sends none for a blob or string payload
/// (`RestJSONSerializer._serialize_content_type`), nor do Smithy's cases of an unset blob
/// payload expect one (`RestJsonHttpPayloadTraitsWithNoBlobBody`), and botocore's own runner
/// drops a non-JSON expected `Content-Type` of rest-json; the generated operations send none for
/// an empty body, so it is not compared.
fn unset_payload_type(expected: &Expected, name: &str, value: &str, format: Format) -> bool {
    format == Format::RestJson
        && name.eq_ignore_ascii_case("content-type")
        && value != "application/json"
        && expected.body.as_deref() == Some(b"".as_slice())
}

/// Is this the `Content-Length` botocore's request preparation adds to every request but a
/// `GET`, `HEAD` or `OPTIONS` (`AWSRequestPreparer._prepare_headers`)? botocore's runner
/// compares the serializer's output, before that step, so a case may forbid it; the built
/// request here is the one sent, which has it as botocore's does.
fn prepared_length(actual: &Request, name: &str, value: &str) -> bool {
    name.eq_ignore_ascii_case("content-length")
        && !matches!(actual.method, "GET" | "HEAD" | "OPTIONS")
        && value == actual.body.len().to_string()
}

/// The items of a list header: split at the commas outside double quotes, each trimmed.
pub fn list_items(value: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                items.push(value[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(value[start..].trim());
    items
}

fn split_query(uri: &str) -> (&str, &str) {
    uri.split_once('?').unwrap_or((uri, ""))
}

fn query_pairs(query: &str) -> Vec<&str> {
    query.split('&').filter(|p| !p.is_empty()).collect()
}

/// Compares a body as botocore's runner does for the format.
pub fn same_body(actual: &[u8], expected: &[u8], format: Format) -> Result<(), String> {
    let shown = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let differ = || {
        Err(format!(
            "expected {:?}, got {:?}",
            shown(expected),
            shown(actual)
        ))
    };
    match format {
        Format::Cbor if !actual.is_empty() => {
            let read = |bytes: &[u8], which: &str| {
                ciborium::from_reader::<ciborium::Value, _>(bytes)
                    .map_err(|e| format!("the {which} body is not CBOR: {e}"))
            };
            let (got, want) = (read(actual, "actual")?, read(expected, "expected")?);
            if cbor_eq(&got, &want) {
                Ok(())
            } else {
                Err(format!("expected CBOR {want:?}, got {got:?}"))
            }
        }
        Format::Json | Format::RestJson => {
            let got = serde_json::from_slice::<serde_json::Value>(actual);
            let want = serde_json::from_slice::<serde_json::Value>(expected);
            match (got, want) {
                (Ok(got), Ok(want)) if json_eq(&got, &want) => Ok(()),
                (Ok(got), Ok(want)) => Err(format!("expected JSON {want}, got {got}")),
                _ if format == Format::RestJson && actual == expected => Ok(()),
                _ => differ(),
            }
        }
        Format::Cbor if actual == expected => Ok(()),
        Format::Cbor => differ(),
    }
}

/// JSON equality as Python's: numbers by value (`1 == 1.0`), objects in any order.
pub fn json_eq(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::{Array, Number, Object};
    match (a, b) {
        (Number(x), Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x == y,
            _ => x.as_f64() == y.as_f64(),
        },
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| json_eq(x, y)),
        (Object(x), Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

/// CBOR equality by value: numbers by value (any width, integer or float; NaN equals NaN, as
/// botocore's runner compares special floats by name), maps in any order, definite and
/// indefinite lengths alike (both decode the same).
pub fn cbor_eq(a: &ciborium::Value, b: &ciborium::Value) -> bool {
    use ciborium::Value::{Array, Float, Integer, Map, Tag};
    let number = |v: &ciborium::Value| match v {
        Integer(i) => Some(i128::from(*i) as f64),
        Float(f) => Some(*f),
        _ => None,
    };
    match (a, b) {
        (Integer(x), Integer(y)) => x == y,
        (Integer(_) | Float(_), Integer(_) | Float(_)) => {
            let (x, y) = (number(a).unwrap_or_default(), number(b).unwrap_or_default());
            x == y || (x.is_nan() && y.is_nan())
        }
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| cbor_eq(x, y)),
        (Map(x), Map(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.iter().any(|(l, w)| cbor_eq(k, l) && cbor_eq(v, w)))
        }
        (Tag(t, x), Tag(u, y)) => t == u && cbor_eq(x, y),
        _ => a == b,
    }
}
