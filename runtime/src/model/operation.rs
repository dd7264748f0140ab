//! The input and output of `UpdateProtectedQuery`.

use serde::{Deserialize, Serialize};

use super::correct::{required, zero};
use super::{ProtectedQuery, TargetProtectedQueryStatus};

/// The input of `UpdateProtectedQuery`: which query, and the status to move it to.
///
/// A plain model type: the identifiers are not checked here (the protocol layer that builds
/// the request does that). On the wire the identifiers are URI labels and only
/// `targetStatus` is in the body; serde writes all three, by their wire names.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateProtectedQueryInput {
    /// The membership the query runs in, a UUID (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub membership_identifier: String,
    /// The query, a UUID (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub protected_query_identifier: String,
    /// The status to move the query to (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub target_status: TargetProtectedQueryStatus,
}

/// The output of `UpdateProtectedQuery`: the query as it is now. Read a response body with
/// [`decode_update_protected_query_output`](super::decode_update_protected_query_output).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateProtectedQueryOutput {
    /// The query (required; client error correction gives a query whose required members
    /// are zero when the service leaves it out).
    #[serde(default = "zero", deserialize_with = "required")]
    pub protected_query: ProtectedQuery,
}
