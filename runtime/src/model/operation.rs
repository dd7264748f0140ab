//! The input of `UpdateProtectedQuery`, with the identifiers the request path carries.

use aws_union::AwsStructure;

use super::TargetProtectedQueryStatus;

/// The input of `UpdateProtectedQuery`: which query, and the status to move it to.
///
/// Written by hand, beside the generated model: the service model puts the identifiers in the
/// request path (URI labels), so the generated body type
/// ([`UpdateProtectedQueryBody`](super::UpdateProtectedQueryBody)) leaves them out, while the
/// protocol layer needs all three. A plain model type: the identifiers are not checked here
/// (the protocol layer that builds the request does that). serde writes all three members, by
/// their wire names.
///
/// ```
/// use cleanrooms_runtime::model::{TargetProtectedQueryStatus, UpdateProtectedQueryInput};
///
/// let input = UpdateProtectedQueryInput {
///     membership_identifier: "f1e2d3c4-5678-90ab-cdef-000000000000".into(),
///     protected_query_identifier: "a1b2c3d4-5678-90ab-cdef-000000000000".into(),
///     target_status: TargetProtectedQueryStatus::Cancelled,
/// };
/// assert!(serde_json::to_string(&input)?.contains(r#""targetStatus":"CANCELLED""#));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, AwsStructure)]
#[aws(rename_all = "camelCase", default)]
pub struct UpdateProtectedQueryInput {
    /// The membership the query runs in, a UUID (required; a URI label).
    #[aws(required)]
    pub membership_identifier: String,
    /// The query, a UUID (required; a URI label).
    #[aws(required)]
    pub protected_query_identifier: String,
    /// The status to move the query to (required; the request body).
    #[aws(required)]
    pub target_status: TargetProtectedQueryStatus,
}
