//! What a generated `build_request` does before it builds anything, the same way for every
//! protocol: fill unset idempotency tokens, check the input as botocore's parameter
//! validation does, and put the operation's host prefix together.
//!
//! Each check takes the member as the input structure holds it (`&Option<T>`: every member of
//! a generated input is optional, so that "not set" can be told from a zero value) and names
//! the member, by its model name, in the error.
//!
//! ```
//! use aws_union_client::operation::checks;
//!
//! let table_name: Option<String> = Some("t".into());
//! let limit: Option<i32> = Some(0);
//! assert!(checks::required("Query", "TableName", &table_name).is_ok());
//! let error = checks::min_len("Query", "TableName", &table_name, 3).unwrap_err();
//! assert_eq!(error.to_string(), "Query: invalid input: member `TableName` has length 1, below the minimum of 3");
//! assert!(checks::min_value("Query", "Limit", &limit, 1.0).is_err());
//! ```

use std::collections::BTreeMap;

use aws_union::Blob;

pub use super::nested_checks::{
    enum_set, items_min_len, items_min_value, keys_min_len, min_len_at, min_value_at, nested,
    required_at, union_set, At, ItemCheck, ItemValue, Items, MemberValue, Validate,
    UNSET_ENUM_VALUE,
};
use super::{
    check_host_label, check_min_len, check_min_value, InputError, InputErrorKind, RequestContext,
    RequestParts,
};

/// A required member must be set: `Missing` otherwise.
///
/// # Errors
///
/// [`InputErrorKind::Missing`] when `value` is `None`.
pub fn required<'a, T>(
    operation: &'static str,
    member: &'static str,
    value: &'a Option<T>,
) -> Result<&'a T, InputError> {
    value
        .as_ref()
        .ok_or_else(|| InputError::new(operation, member, InputErrorKind::Missing))
}

/// A value with a length that the model bounds: a string's characters, a list's items, a
/// map's entries, a blob's bytes.
///
/// ```
/// use aws_union_client::operation::checks::Measured;
///
/// assert_eq!("né".to_string().measure(), 2);
/// assert_eq!(vec![1, 2, 3].measure(), 3);
/// ```
pub trait Measured {
    /// The length the model's `min` bounds.
    fn measure(&self) -> usize;
}

impl Measured for String {
    fn measure(&self) -> usize {
        // Characters, as botocore counts a Python string's length.
        self.chars().count()
    }
}

impl<T> Measured for Vec<T> {
    fn measure(&self) -> usize {
        self.len()
    }
}

impl<K, V> Measured for BTreeMap<K, V> {
    fn measure(&self) -> usize {
        self.len()
    }
}

impl Measured for Blob {
    fn measure(&self) -> usize {
        self.as_bytes().len()
    }
}

/// A member that is set must be at least `min` long; an unset member passes (whether it must
/// be set is [`required`]'s check).
///
/// # Errors
///
/// [`InputErrorKind::TooShort`] when the value is shorter than `min`.
pub fn min_len<T: Measured>(
    operation: &'static str,
    member: &'static str,
    value: &Option<T>,
    min: u64,
) -> Result<(), InputError> {
    match value {
        Some(value) => check_min_len(operation, member, value.measure(), min),
        None => Ok(()),
    }
}

/// A number the model bounds with `min`.
pub trait Number: Copy {
    /// The value, for comparison with the model's bound.
    fn to_f64(self) -> f64;
}

impl Number for i32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
}

impl Number for i64 {
    fn to_f64(self) -> f64 {
        // Exact for every bound a model writes; a huge value still compares above it.
        self as f64
    }
}

impl Number for f32 {
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
}

impl Number for f64 {
    fn to_f64(self) -> f64 {
        self
    }
}

/// A number that is set must be at least `min`; an unset member passes.
///
/// # Errors
///
/// [`InputErrorKind::TooSmall`] when the value is below `min`.
pub fn min_value<T: Number>(
    operation: &'static str,
    member: &'static str,
    value: &Option<T>,
    min: f64,
) -> Result<(), InputError> {
    match value {
        Some(value) => check_min_value(operation, member, value.to_f64(), min),
        None => Ok(()),
    }
}

/// A fresh idempotency token from the context's source, for a token member left unset.
///
/// ```
/// use aws_union_client::operation::{checks, EndpointUrl, RequestContext};
///
/// let endpoint = EndpointUrl::parse("https://example.com")?;
/// let token = checks::token(&RequestContext::new(&endpoint));
/// assert_eq!(token.map(|t| t.len()), Some(36));
/// # Ok::<(), aws_union_client::operation::EndpointUrlError>(())
/// ```
pub fn token(context: &RequestContext<'_>) -> Option<String> {
    Some(context.tokens.next_token())
}

/// Appends literal text to the request's host prefix (`data-`, the `.` after a label).
///
/// ```
/// use aws_union_client::operation::{checks, RequestParts};
///
/// let mut parts = RequestParts::new("GetGraph", http::Method::GET, "/");
/// let graph = Some("g-1".to_string());
/// checks::host_prefix_label(&mut parts, "graphIdentifier", &graph)?;
/// checks::host_prefix(&mut parts, ".");
/// assert_eq!(parts.host_prefix.as_deref(), Some("g-1."));
/// # Ok::<(), aws_union_client::operation::InputError>(())
/// ```
pub fn host_prefix(parts: &mut RequestParts, text: &str) {
    parts
        .host_prefix
        .get_or_insert_with(String::new)
        .push_str(text);
}

/// Appends a member to the request's host prefix: it must be set and be a valid host label
/// (letters, digits, `-` and `.`), as botocore checks it.
///
/// # Errors
///
/// [`InputErrorKind::Missing`] or [`InputErrorKind::InvalidHostLabel`].
pub fn host_prefix_label(
    parts: &mut RequestParts,
    member: &'static str,
    value: &Option<String>,
) -> Result<(), InputError> {
    let value = required(parts.operation, member, value)?;
    check_host_label(parts.operation, member, value)?;
    host_prefix(parts, value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    #[test]
    fn an_unset_required_member_is_missing_and_names_it() {
        let error = required::<String>("GetItem", "TableName", &None).unwrap_err();
        assert_eq!(error.kind(), &InputErrorKind::Missing);
        assert_eq!(error.member(), "TableName");
    }

    #[test]
    fn a_string_length_is_counted_in_characters() {
        let value = Some("ééé".to_string());
        assert!(min_len("Op", "Name", &value, 3).is_ok());
        assert!(min_len("Op", "Name", &value, 4).is_err());
    }

    #[test]
    fn an_unset_member_passes_its_length_and_value_checks() {
        assert!(min_len::<Vec<u8>>("Op", "Items", &None, 1).is_ok());
        assert!(min_value::<i64>("Op", "Limit", &None, 1.0).is_ok());
    }

    #[test]
    fn lists_maps_and_blobs_are_measured_in_items_entries_and_bytes() {
        assert!(min_len("Op", "L", &Some(vec![1]), 2).is_err());
        assert!(min_len("Op", "M", &Some(BTreeMap::from([(1, 2)])), 1).is_ok());
        assert!(min_len("Op", "B", &Some(Blob::new(vec![0; 4])), 5).is_err());
    }

    #[test]
    fn a_host_label_that_is_not_a_host_name_part_is_refused() {
        let mut parts = RequestParts::new("GetGraph", Method::GET, "/");
        let error = host_prefix_label(&mut parts, "graphIdentifier", &Some("a/b".into()));
        assert_eq!(error.unwrap_err().kind(), &InputErrorKind::InvalidHostLabel);
        assert_eq!(parts.host_prefix, None);
    }
}
