//! Checks an `UpdateProtectedQuery` input against the service model before anything is sent:
//! both identifiers are required UUIDs (exactly 36 characters,
//! `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`), and the target status is
//! required and `CANCELLED`.
//!
//! Because an identifier must match the pattern, no input can put `/`, `?`, `#`, `%` or
//! `..` into the request path.

use std::fmt;

use crate::escape::Escaped;
use crate::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput, UNSET_ENUM_VALUE};

/// Why an input was refused before sending: which member, and what is wrong with it.
///
/// ```
/// use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
/// use cleanrooms_runtime::protocol::{validate, InputErrorKind};
///
/// let input = UpdateProtectedQueryInput {
///     membership_identifier: "../../x".into(),
///     protected_query_identifier: "a1b2c3d4-5678-90ab-cdef-000000000000".into(),
///     target_status: TargetProtectedQueryStatus::Cancelled,
/// };
/// let err = validate(&input).unwrap_err();
/// assert_eq!(err.field(), "membershipIdentifier");
/// assert_eq!(err.kind(), &InputErrorKind::Length { len: 7 });
/// assert_eq!(
///     err.to_string(),
///     "invalid input: `membershipIdentifier` must be exactly 36 characters long, not 7"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    field: &'static str,
    kind: InputErrorKind,
}

/// What is wrong with an input member.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputErrorKind {
    /// A required member is missing (empty).
    Missing,
    /// An identifier is not exactly 36 characters long.
    Length {
        /// Its length in characters.
        len: usize,
    },
    /// An identifier is 36 characters long but not a lowercase UUID.
    Pattern {
        /// The first character that does not fit, and its position (0-based).
        position: usize,
        /// That character.
        found: char,
    },
    /// The identifiers could not be put into a request URI (not expected once they are
    /// valid: labels are percent-encoded).
    NotEncodable,
    /// The target status is not one the operation accepts.
    NotAllowed {
        /// The value given.
        value: String,
        /// The values accepted.
        allowed: &'static [&'static str],
    },
}

impl InputError {
    pub(crate) fn not_encodable() -> Self {
        Self {
            field: "requestUri",
            kind: InputErrorKind::NotEncodable,
        }
    }

    /// The member's wire name, e.g. `membershipIdentifier`.
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// What is wrong with it.
    pub fn kind(&self) -> &InputErrorKind {
        &self.kind
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field;
        write!(f, "invalid input: `{field}` ")?;
        match &self.kind {
            InputErrorKind::Missing => f.write_str("is required"),
            InputErrorKind::Length { len } => {
                write!(f, "must be exactly 36 characters long, not {len}")
            }
            InputErrorKind::Pattern { position, found } => write!(
                f,
                "must match {UUID_PATTERN}: {found:?} at position {position} does not fit"
            ),
            InputErrorKind::NotEncodable => f.write_str("could not be built from the input"),
            InputErrorKind::NotAllowed { value, allowed } => {
                let value = Escaped(value);
                write!(f, "must be one of {}, not `{value}`", allowed.join(", "))
            }
        }
    }
}

impl std::error::Error for InputError {}

/// The identifier pattern from the service model.
pub const UUID_PATTERN: &str = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/// The target statuses `UpdateProtectedQuery` accepts.
pub const ALLOWED_TARGET_STATUSES: &[&str] = &["CANCELLED"];

/// Checks an input; the first problem found is returned, in member order.
///
/// ```
/// use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
/// use cleanrooms_runtime::protocol::validate;
///
/// let input = UpdateProtectedQueryInput {
///     membership_identifier: "f1e2d3c4-5678-90ab-cdef-000000000000".into(),
///     protected_query_identifier: "a1b2c3d4-5678-90ab-cdef-000000000000".into(),
///     target_status: TargetProtectedQueryStatus::Cancelled,
/// };
/// assert_eq!(validate(&input), Ok(()));
/// ```
///
/// # Errors
///
/// An [`InputError`] naming the member and the rule it breaks.
pub fn validate(input: &UpdateProtectedQueryInput) -> Result<(), InputError> {
    validate_identifier("membershipIdentifier", &input.membership_identifier)?;
    validate_identifier(
        "protectedQueryIdentifier",
        &input.protected_query_identifier,
    )?;
    validate_target_status(&input.target_status)
}

/// Checks one identifier: required, 36 characters, the UUID pattern.
///
/// # Errors
///
/// An [`InputError`] for `field`.
pub fn validate_identifier(field: &'static str, value: &str) -> Result<(), InputError> {
    let error = |kind| Err(InputError { field, kind });
    if value.is_empty() {
        return error(InputErrorKind::Missing);
    }
    let len = value.chars().count();
    if len != 36 {
        return error(InputErrorKind::Length { len });
    }
    for (position, found) in value.chars().enumerate() {
        let fits = match position {
            8 | 13 | 18 | 23 => found == '-',
            _ => found.is_ascii_digit() || ('a'..='f').contains(&found),
        };
        if !fits {
            return error(InputErrorKind::Pattern { position, found });
        }
    }
    Ok(())
}

fn validate_target_status(status: &TargetProtectedQueryStatus) -> Result<(), InputError> {
    let field = "targetStatus";
    match status {
        TargetProtectedQueryStatus::Cancelled => Ok(()),
        other => {
            let value = other.as_str();
            let kind = if value.is_empty() || value == UNSET_ENUM_VALUE {
                InputErrorKind::Missing
            } else {
                InputErrorKind::NotAllowed {
                    value: value.to_owned(),
                    allowed: ALLOWED_TARGET_STATUSES,
                }
            };
            Err(InputError { field, kind })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEMBERSHIP: &str = "f1e2d3c4-5678-90ab-cdef-000000000000";
    const QUERY: &str = "a1b2c3d4-5678-90ab-cdef-000000000000";

    fn input(
        membership: &str,
        query: &str,
        status: TargetProtectedQueryStatus,
    ) -> UpdateProtectedQueryInput {
        UpdateProtectedQueryInput {
            membership_identifier: membership.into(),
            protected_query_identifier: query.into(),
            target_status: status,
        }
    }

    fn kind_of(err: Result<(), InputError>) -> (&'static str, InputErrorKind) {
        let err = err.expect_err("should be refused");
        (err.field, err.kind)
    }

    #[test]
    fn a_valid_input_passes() {
        assert_eq!(
            validate(&input(
                MEMBERSHIP,
                QUERY,
                TargetProtectedQueryStatus::Cancelled
            )),
            Ok(())
        );
    }

    #[test]
    fn membership_identifier_is_required() {
        assert_eq!(
            kind_of(validate(&input(
                "",
                QUERY,
                TargetProtectedQueryStatus::Cancelled
            ))),
            ("membershipIdentifier", InputErrorKind::Missing)
        );
    }

    #[test]
    fn protected_query_identifier_is_required() {
        assert_eq!(
            kind_of(validate(&input(
                MEMBERSHIP,
                "",
                TargetProtectedQueryStatus::Cancelled
            ))),
            ("protectedQueryIdentifier", InputErrorKind::Missing)
        );
    }

    #[test]
    fn identifiers_are_exactly_36_characters() {
        assert_eq!(
            kind_of(validate_identifier("x", &MEMBERSHIP[..35])),
            ("x", InputErrorKind::Length { len: 35 })
        );
        assert_eq!(
            kind_of(validate_identifier("x", &format!("{MEMBERSHIP}0"))),
            ("x", InputErrorKind::Length { len: 37 })
        );
        // Characters, not bytes: 36 bytes of two-byte characters is 18 characters.
        assert_eq!(
            kind_of(validate_identifier("x", &"é".repeat(18))),
            ("x", InputErrorKind::Length { len: 18 })
        );
    }

    #[test]
    fn identifiers_match_the_lowercase_uuid_pattern() {
        assert_eq!(
            kind_of(validate_identifier(
                "x",
                "F1E2D3C4-5678-90AB-CDEF-000000000000"
            )),
            (
                "x",
                InputErrorKind::Pattern {
                    position: 0,
                    found: 'F'
                }
            )
        );
        assert_eq!(
            kind_of(validate_identifier(
                "x",
                "f1e2d3c4_5678-90ab-cdef-000000000000"
            )),
            (
                "x",
                InputErrorKind::Pattern {
                    position: 8,
                    found: '_'
                }
            )
        );
        assert_eq!(
            kind_of(validate_identifier(
                "x",
                "f1e2d3c4-5678-90ab-cdef-00000000000g"
            )),
            (
                "x",
                InputErrorKind::Pattern {
                    position: 35,
                    found: 'g'
                }
            )
        );
    }

    #[test]
    fn identifiers_that_would_change_the_path_are_refused() {
        for evil in [
            "../../x",
            "a/b",
            "?",
            "f1e2d3c4-5678-90ab-cdef-00000000/../",
            "f1e2d3c4-5678-90ab-cdef-0000000000?x",
            "f1e2d3c4-5678-90ab-cdef-000000000%2F",
            "f1e2d3c4-5678-90ab-cdef-00000000000#",
            "f1e2d3c4/5678-90ab-cdef-000000000000",
        ] {
            assert!(validate_identifier("x", evil).is_err(), "{evil}");
        }
    }

    #[test]
    fn target_status_must_be_cancelled() {
        assert_eq!(
            kind_of(validate(&input(
                MEMBERSHIP,
                QUERY,
                "RUNNING".parse().unwrap()
            ))),
            (
                "targetStatus",
                InputErrorKind::NotAllowed {
                    value: "RUNNING".into(),
                    allowed: &["CANCELLED"]
                }
            )
        );
    }

    #[test]
    fn target_status_is_required() {
        let unset = TargetProtectedQueryStatus::Unknown(UNSET_ENUM_VALUE.into());
        assert_eq!(
            kind_of(validate(&input(MEMBERSHIP, QUERY, unset))),
            ("targetStatus", InputErrorKind::Missing)
        );
        let empty = TargetProtectedQueryStatus::Unknown(String::new());
        assert_eq!(
            kind_of(validate(&input(MEMBERSHIP, QUERY, empty))),
            ("targetStatus", InputErrorKind::Missing)
        );
    }

    #[test]
    fn errors_name_the_field_and_the_rule() {
        let err = validate(&input(
            MEMBERSHIP,
            "a/b",
            TargetProtectedQueryStatus::Cancelled,
        ))
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid input: `protectedQueryIdentifier` must be exactly 36 characters long, not 3"
        );
        let err = validate_identifier(
            "membershipIdentifier",
            "F1E2D3C4-5678-90AB-CDEF-000000000000",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid input: `membershipIdentifier` must match {UUID_PATTERN}: 'F' at position 0 does not fit")
        );
    }
}
