//! An input refused before anything is sent, as botocore's parameter validation refuses it:
//! which operation, which member, and why.

use std::fmt;

use crate::protocol::Escaped;

/// Why an operation's input was refused before sending.
///
/// ```
/// use aws_union_client::operation::{InputError, InputErrorKind};
///
/// let error = InputError::new("GetItem", "TableName", InputErrorKind::Missing);
/// assert_eq!(error.to_string(), "GetItem: invalid input: required member `TableName` is not set");
/// assert_eq!(error.member(), "TableName");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    operation: &'static str,
    member: String,
    kind: InputErrorKind,
}

/// What is wrong with the member.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// A required member is not set.
    Missing,
    /// A required URI label is empty: the request would go to another path.
    EmptyLabel,
    /// A string, list, map or blob is shorter than the model's `min`.
    TooShort {
        /// The model's minimum length.
        min: u64,
        /// The length given (characters for a string, entries for a list or map, bytes for
        /// a blob).
        len: u64,
    },
    /// A string, list, map or blob is longer than the model's `max`.
    TooLong {
        /// The model's maximum length.
        max: u64,
        /// The length given.
        len: u64,
    },
    /// A string does not match the model's `pattern` (checked where the operation checks
    /// patterns: a value that goes into the request path, say).
    Pattern {
        /// The pattern, as the model writes it.
        pattern: &'static str,
    },
    /// An enum value the operation does not accept.
    NotAllowed {
        /// The value given.
        value: String,
        /// The values accepted.
        allowed: &'static [&'static str],
    },
    /// A number is below the model's `min`.
    TooSmall {
        /// The model's minimum.
        min: f64,
        /// The value given.
        value: f64,
    },
    /// A member used in the host name (a host label) is not a valid host label.
    InvalidHostLabel,
    /// A value cannot be put where the protocol puts it (e.g. a header value with a line
    /// break).
    NotEncodable {
        /// What could not be written.
        reason: &'static str,
    },
}

impl InputError {
    /// The error for `member` (its name in the model, a path such as `Key.pk` for a nested
    /// one) of `operation`.
    pub fn new(operation: &'static str, member: impl Into<String>, kind: InputErrorKind) -> Self {
        Self {
            operation,
            member: member.into(),
            kind,
        }
    }

    /// The operation, e.g. `GetItem`.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The member, by its name in the model.
    pub fn member(&self) -> &str {
        &self.member
    }

    /// What is wrong.
    pub fn kind(&self) -> &InputErrorKind {
        &self.kind
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (operation, member) = (self.operation, &self.member);
        write!(f, "{operation}: invalid input: ")?;
        match &self.kind {
            InputErrorKind::Missing => write!(f, "required member `{member}` is not set"),
            InputErrorKind::EmptyLabel => write!(
                f,
                "member `{member}` is bound to the request URI and must not be empty"
            ),
            InputErrorKind::TooShort { min, len } => write!(
                f,
                "member `{member}` has length {len}, below the minimum of {min}"
            ),
            InputErrorKind::TooLong { max, len } => write!(
                f,
                "member `{member}` has length {len}, above the maximum of {max}"
            ),
            InputErrorKind::Pattern { pattern } => {
                write!(f, "member `{member}` does not match the pattern `{pattern}`")
            }
            InputErrorKind::NotAllowed { value, allowed } => write!(
                f,
                "member `{member}` must be one of {}, not `{}`",
                allowed.join(", "),
                Escaped(value)
            ),
            InputErrorKind::TooSmall { min, value } => {
                write!(f, "member `{member}` is {value}, below the minimum of {min}")
            }
            InputErrorKind::InvalidHostLabel => write!(
                f,
                "member `{member}` goes into the host name and must contain only alphanumeric characters, hyphen, or period"
            ),
            InputErrorKind::NotEncodable { reason } => {
                write!(f, "member `{member}` cannot be sent: {reason}")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// The length checks of botocore's validation, for generated code: `min` of a string
/// (characters), list, map or blob.
///
/// ```
/// use aws_union_client::operation::check_min_len;
///
/// assert!(check_min_len("PutItem", "TableName", 3, 3).is_ok()); // length 3, minimum 3
/// assert!(check_min_len("PutItem", "TableName", 2, 3).is_err());
/// ```
///
/// # Errors
///
/// [`InputErrorKind::TooShort`] when `len` is below `min`.
pub fn check_min_len(
    operation: &'static str,
    member: &'static str,
    len: usize,
    min: u64,
) -> Result<(), InputError> {
    let len = len as u64;
    if len < min {
        Err(InputError::new(
            operation,
            member,
            InputErrorKind::TooShort { min, len },
        ))
    } else {
        Ok(())
    }
}

/// The value check of botocore's validation: a number's `min`.
///
/// # Errors
///
/// [`InputErrorKind::TooSmall`] when `value` is below `min`.
pub fn check_min_value(
    operation: &'static str,
    member: &'static str,
    value: f64,
    min: f64,
) -> Result<(), InputError> {
    if value < min {
        Err(InputError::new(
            operation,
            member,
            InputErrorKind::TooSmall { min, value },
        ))
    } else {
        Ok(())
    }
}

/// A host label of a host prefix: letters, digits, `-` and `.`, not empty (botocore's
/// check).
///
/// # Errors
///
/// [`InputErrorKind::InvalidHostLabel`] otherwise.
pub fn check_host_label(
    operation: &'static str,
    member: &'static str,
    value: &str,
) -> Result<(), InputError> {
    let valid = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    if valid {
        Ok(())
    } else {
        Err(InputError::new(
            operation,
            member,
            InputErrorKind::InvalidHostLabel,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_below_its_minimum_length_names_the_member() {
        let error = check_min_len("CreateTable", "TableName", 2, 3).unwrap_err();
        assert_eq!(
            error.to_string(),
            "CreateTable: invalid input: member `TableName` has length 2, below the minimum of 3"
        );
    }

    #[test]
    fn a_number_below_its_minimum_names_the_member() {
        let error = check_min_value("Query", "Limit", 0.0, 1.0).unwrap_err();
        assert_eq!(error.member(), "Limit");
        assert!(matches!(error.kind(), InputErrorKind::TooSmall { .. }));
    }

    #[test]
    fn a_host_label_holds_only_letters_digits_hyphens_and_dots() {
        assert!(check_host_label("Op", "graph", "g-1.x").is_ok());
        for bad in ["", "a/b", "a b", "a_b", "évé"] {
            assert!(check_host_label("Op", "graph", bad).is_err(), "{bad}");
        }
    }
}
