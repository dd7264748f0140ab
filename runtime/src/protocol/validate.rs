//! Checks an `UpdateProtectedQuery` input as Clean Rooms does, before anything is built: both
//! identifiers are required UUIDs (exactly 36 characters,
//! `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`), and the target status is
//! required and `CANCELLED`.
//!
//! Because an identifier must match the pattern, no input can put `/`, `?`, `#`, `%` or
//! `..` into the request path. The generated operation checks only what botocore checks
//! (required members, minimum lengths); [`build_request`](super::build_request) and the client
//! run these checks first.
//!
//! A refused input is `aws-union-client`'s [`InputError`], as for every operation: which
//! member, and which rule it breaks.
//!
//! ```
//! use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
//! use cleanrooms_runtime::protocol::{validate, InputErrorKind};
//!
//! let input = UpdateProtectedQueryInput::default()
//!     .membership_identifier("../../x")
//!     .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
//!     .target_status(TargetProtectedQueryStatus::Cancelled);
//! let err = validate(&input).unwrap_err();
//! assert_eq!(err.member(), "membershipIdentifier");
//! assert_eq!(err.kind(), &InputErrorKind::TooShort { min: 36, len: 7 });
//! assert_eq!(
//!     err.to_string(),
//!     "UpdateProtectedQuery: invalid input: member `membershipIdentifier` has length 7, below the minimum of 36"
//! );
//! ```

use aws_union_client::operation::{InputError, InputErrorKind, Operation};

use super::UpdateProtectedQuery;
use crate::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput, UNSET_ENUM_VALUE};

/// The identifier pattern from the service model.
pub const UUID_PATTERN: &str = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/// The operation's name, as errors name it.
const OPERATION: &str = UpdateProtectedQuery::NAME;

/// The target statuses `UpdateProtectedQuery` accepts.
pub const ALLOWED_TARGET_STATUSES: &[&str] = &["CANCELLED"];

/// Checks an input; the first problem found is returned, in member order. A member left unset
/// is refused as missing, as an empty one is.
///
/// ```
/// use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
/// use cleanrooms_runtime::protocol::validate;
///
/// let input = UpdateProtectedQueryInput::default()
///     .membership_identifier("f1e2d3c4-5678-90ab-cdef-000000000000")
///     .protected_query_identifier("a1b2c3d4-5678-90ab-cdef-000000000000")
///     .target_status(TargetProtectedQueryStatus::Cancelled);
/// assert_eq!(validate(&input), Ok(()));
/// ```
///
/// # Errors
///
/// An [`InputError`] naming the member and the rule it breaks.
pub fn validate(input: &UpdateProtectedQueryInput) -> Result<(), InputError> {
    validate_identifier(
        "membershipIdentifier",
        input.membership_identifier.as_deref().unwrap_or_default(),
    )?;
    validate_identifier(
        "protectedQueryIdentifier",
        input
            .protected_query_identifier
            .as_deref()
            .unwrap_or_default(),
    )?;
    validate_target_status(input.target_status.as_ref())
}

/// Checks one identifier: required, 36 characters, the UUID pattern.
///
/// # Errors
///
/// An [`InputError`] for `field`.
pub fn validate_identifier(field: &'static str, value: &str) -> Result<(), InputError> {
    let error = |kind| Err(InputError::new(OPERATION, field, kind));
    if value.is_empty() {
        return error(InputErrorKind::Missing);
    }
    let len = value.chars().count() as u64;
    if len < 36 {
        return error(InputErrorKind::TooShort { min: 36, len });
    }
    if len > 36 {
        return error(InputErrorKind::TooLong { max: 36, len });
    }
    let fits = value
        .chars()
        .enumerate()
        .all(|(position, c)| match position {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        });
    if !fits {
        return error(InputErrorKind::Pattern {
            pattern: UUID_PATTERN,
        });
    }
    Ok(())
}

fn validate_target_status(status: Option<&TargetProtectedQueryStatus>) -> Result<(), InputError> {
    let field = "targetStatus";
    match status {
        Some(TargetProtectedQueryStatus::Cancelled) => Ok(()),
        None => Err(InputError::new(OPERATION, field, InputErrorKind::Missing)),
        Some(other) => {
            let value = other.as_str();
            let kind = if value.is_empty() || value == UNSET_ENUM_VALUE {
                InputErrorKind::Missing
            } else {
                InputErrorKind::NotAllowed {
                    value: value.to_owned(),
                    allowed: ALLOWED_TARGET_STATUSES,
                }
            };
            Err(InputError::new(OPERATION, field, kind))
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
        UpdateProtectedQueryInput::default()
            .membership_identifier(membership)
            .protected_query_identifier(query)
            .target_status(status)
    }

    fn kind_of(err: Result<(), InputError>) -> (String, InputErrorKind) {
        let err = err.expect_err("should be refused");
        (err.member().to_owned(), err.kind().clone())
    }

    fn refused(member: &str, kind: InputErrorKind) -> (String, InputErrorKind) {
        (member.to_owned(), kind)
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
            refused("membershipIdentifier", InputErrorKind::Missing)
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
            refused("protectedQueryIdentifier", InputErrorKind::Missing)
        );
    }

    #[test]
    fn identifiers_are_exactly_36_characters() {
        assert_eq!(
            kind_of(validate_identifier("x", &MEMBERSHIP[..35])),
            refused("x", InputErrorKind::TooShort { min: 36, len: 35 })
        );
        assert_eq!(
            kind_of(validate_identifier("x", &format!("{MEMBERSHIP}0"))),
            refused("x", InputErrorKind::TooLong { max: 36, len: 37 })
        );
        // Characters, not bytes: 36 bytes of two-byte characters is 18 characters.
        assert_eq!(
            kind_of(validate_identifier("x", &"é".repeat(18))),
            refused("x", InputErrorKind::TooShort { min: 36, len: 18 })
        );
    }

    #[test]
    fn identifiers_match_the_lowercase_uuid_pattern() {
        for bad in [
            "F1E2D3C4-5678-90AB-CDEF-000000000000",
            "f1e2d3c4_5678-90ab-cdef-000000000000",
            "f1e2d3c4-5678-90ab-cdef-00000000000g",
        ] {
            assert_eq!(
                kind_of(validate_identifier("x", bad)),
                refused(
                    "x",
                    InputErrorKind::Pattern {
                        pattern: UUID_PATTERN
                    }
                ),
                "{bad}"
            );
        }
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
            refused(
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
            refused("targetStatus", InputErrorKind::Missing)
        );
        let empty = TargetProtectedQueryStatus::Unknown(String::new());
        assert_eq!(
            kind_of(validate(&input(MEMBERSHIP, QUERY, empty))),
            refused("targetStatus", InputErrorKind::Missing)
        );
    }

    #[test]
    fn members_left_unset_are_missing() {
        let nothing = UpdateProtectedQueryInput::default();
        assert_eq!(
            kind_of(validate(&nothing)),
            refused("membershipIdentifier", InputErrorKind::Missing)
        );
        let no_query = nothing.clone().membership_identifier(MEMBERSHIP);
        assert_eq!(
            kind_of(validate(&no_query)),
            refused("protectedQueryIdentifier", InputErrorKind::Missing)
        );
        let no_status = no_query.protected_query_identifier(QUERY);
        assert_eq!(
            kind_of(validate(&no_status)),
            refused("targetStatus", InputErrorKind::Missing)
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
            "UpdateProtectedQuery: invalid input: member `protectedQueryIdentifier` has length 3, below the minimum of 36"
        );
        let err = validate_identifier(
            "membershipIdentifier",
            "F1E2D3C4-5678-90AB-CDEF-000000000000",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("UpdateProtectedQuery: invalid input: member `membershipIdentifier` does not match the pattern `{UUID_PATTERN}`")
        );
    }
}
