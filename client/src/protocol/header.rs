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
//!
//! The writers are in `header/write.rs`, the readers (each failing with a [`HeaderValueError`]
//! that names the header) in `header/read.rs`; both are used through this module.

use std::fmt;

mod read;
mod write;

pub use read::{
    header_text, read_bool, read_float, read_integer, read_json_string, read_prefix_headers,
    read_timestamp, split_http_date_list, split_list,
};
pub use write::{join_list, quote_list_item, write_float, write_json_string, write_timestamp};

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

#[cfg(test)]
mod tests;
