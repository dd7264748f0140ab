//! The request URI of the REST protocols: labels in the path, and the query string.
//!
//! - A label (`{Name}`) is percent-encoded so that nothing but `A-Z a-z 0-9 - . _ ~` stays as
//!   it is: a value can never add a path segment, a query or a fragment. A label that is all
//!   dots (`.`, `..`) has its dots encoded too, so that it is never a dot segment that
//!   servers, proxies and SigV4 normalize away.
//! - A greedy label (`{Name+}`) keeps its `/`, so it spans segments.
//! - A query parameter's name and value are percent-encoded the same way as a label (`/` too),
//!   and the pairs keep the order they were added in; a literal query of the URI template
//!   (`/restapis?mode=import`) comes first.

use core::fmt::Write as _;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but the unreserved characters `A-Z a-z 0-9 - . _ ~` is encoded.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one URI label: `/`, `?`, `#`, `%` and spaces are all encoded.
///
/// ```
/// use aws_union_client::protocol::encode_label;
///
/// assert_eq!(encode_label("a b/c?d"), "a%20b%2Fc%3Fd");
/// assert_eq!(encode_label("arn:aws:lambda:us-east-1:1:function:f"), "arn%3Aaws%3Alambda%3Aus-east-1%3A1%3Afunction%3Af");
/// ```
pub fn encode_label(value: &str) -> String {
    if is_dot_segment(value) {
        return value.replace('.', "%2E");
    }
    utf8_percent_encode(value, UNRESERVED).to_string()
}

fn is_dot_segment(value: &str) -> bool {
    value == "." || value == ".."
}

/// Percent-encodes a greedy URI label (`{Key+}`): as [`encode_label`] segment by segment, so
/// `/` is kept.
///
/// ```
/// use aws_union_client::protocol::encode_greedy_label;
///
/// assert_eq!(encode_greedy_label("photos/2024/a b.jpg"), "photos/2024/a%20b.jpg");
/// ```
pub fn encode_greedy_label(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for (i, segment) in value.split('/').enumerate() {
        if i > 0 {
            encoded.push('/');
        }
        if is_dot_segment(segment) {
            encoded.push_str(&segment.replace('.', "%2E"));
        } else {
            encoded.extend(utf8_percent_encode(segment, UNRESERVED));
        }
    }
    encoded
}

/// Percent-encodes a query parameter's name or value.
///
/// ```
/// use aws_union_client::protocol::encode_query_component;
///
/// assert_eq!(encode_query_component("a&b=c d/e"), "a%26b%3Dc%20d%2Fe");
/// ```
pub fn encode_query_component(value: &str) -> String {
    utf8_percent_encode(value, UNRESERVED).to_string()
}

/// A query string, built pair by pair in order.
///
/// ```
/// use aws_union_client::protocol::QueryString;
///
/// let mut query = QueryString::from_literal("mode=import&fail");
/// query.push("tag", "a b");
/// query.push("tag", "c");
/// assert_eq!(query.as_str(), "mode=import&fail&tag=a%20b&tag=c");
/// assert!(!query.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryString {
    text: String,
}

impl QueryString {
    /// An empty query string.
    pub fn new() -> Self {
        Self::default()
    }

    /// A query string starting with a URI template's literal query, kept as written
    /// (`mode=import`, or a key alone, `delete`).
    pub fn from_literal(literal: &str) -> Self {
        Self {
            text: literal.to_owned(),
        }
    }

    /// Adds `name=value`, both percent-encoded.
    pub fn push(&mut self, name: &str, value: &str) {
        self.separator();
        self.text.push_str(&encode_query_component(name));
        self.text.push('=');
        self.text.push_str(&encode_query_component(value));
    }

    /// Adds `name=value` with a value that needs no encoding (a number, a boolean, a
    /// timestamp in a form without reserved characters is still encoded by [`push`](Self::push)).
    pub fn push_display(&mut self, name: &str, value: impl core::fmt::Display) {
        self.separator();
        self.text.push_str(&encode_query_component(name));
        self.text.push('=');
        let start = self.text.len();
        let _ = write!(self.text, "{value}");
        let written = self.text.split_off(start);
        self.text.push_str(&encode_query_component(&written));
    }

    /// Whether a parameter has been added (or the literal query was not empty).
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether `name` is already set, by the literal query or a pair: a query-map member
    /// does not override a parameter bound by name.
    pub fn contains(&self, name: &str) -> bool {
        let encoded = encode_query_component(name);
        self.text
            .split('&')
            .any(|pair| pair.split('=').next() == Some(encoded.as_str()))
    }

    /// The query string, without the leading `?`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn separator(&mut self) {
        if !self.text.is_empty() {
            self.text.push('&');
        }
    }
}

/// The parts of a URI template: its path (with `{Label}` and `{Label+}` left in) and its
/// literal query (`/restapis?mode=import` → `/restapis`, `mode=import`).
///
/// ```
/// use aws_union_client::protocol::split_uri_template;
///
/// assert_eq!(split_uri_template("/restapis?mode=import"), ("/restapis", "mode=import"));
/// assert_eq!(split_uri_template("/functions/{Name}"), ("/functions/{Name}", ""));
/// ```
pub fn split_uri_template(template: &str) -> (&str, &str) {
    match template.split_once('?') {
        Some((path, query)) => (path, query),
        None => (template, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_cannot_add_a_path_segment_a_query_or_a_fragment() {
        assert_eq!(encode_label("../x?y#z%"), "..%2Fx%3Fy%23z%25");
    }

    #[test]
    fn a_label_keeps_its_dots_unless_it_is_a_dot_segment() {
        assert_eq!(encode_label("my.function"), "my.function");
        assert_eq!(encode_label(".."), "%2E%2E");
        assert_eq!(encode_label("."), "%2E");
        assert_eq!(encode_greedy_label("a/../b/./c.d"), "a/%2E%2E/b/%2E/c.d");
    }

    #[test]
    fn a_greedy_label_keeps_its_slashes_and_encodes_the_rest() {
        assert_eq!(encode_greedy_label("a/b c/d?e"), "a/b%20c/d%3Fe");
    }

    #[test]
    fn labels_are_utf8_percent_encoded() {
        assert_eq!(encode_label("é"), "%C3%A9");
    }

    #[test]
    fn a_query_string_keeps_the_order_of_its_pairs() {
        let mut query = QueryString::new();
        query.push("b", "1");
        query.push("a", "2");
        query.push("b", "3");
        assert_eq!(query.as_str(), "b=1&a=2&b=3");
    }

    #[test]
    fn a_displayed_query_value_is_encoded_too() {
        let mut query = QueryString::new();
        query.push_display("at", "2019-12-16T23:48:18Z");
        query.push_display("n", 1.5);
        assert_eq!(query.as_str(), "at=2019-12-16T23%3A48%3A18Z&n=1.5");
    }

    #[test]
    fn a_parameter_set_by_the_literal_query_or_a_pair_is_seen() {
        let mut query = QueryString::from_literal("mode=import&delete");
        query.push("a b", "x");
        assert!(query.contains("mode") && query.contains("delete") && query.contains("a b"));
        assert!(!query.contains("mod"));
    }
}
