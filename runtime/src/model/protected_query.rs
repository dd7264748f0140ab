//! [`ProtectedQuery`] and the small structures only it uses.

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::correct::{required, zero, Zero};
use super::{
    float, ComputeConfiguration, DifferentialPrivacyParameters, ProtectedQueryResult,
    ProtectedQueryResultConfiguration, ProtectedQueryStatus, Timestamp,
};

/// What aws-sdk-rust prints in place of a sensitive value.
pub(crate) const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// A protected query: a query run in a collaboration, and what became of it.
///
/// `Debug` never shows [`sql_parameters`](Self::sql_parameters) (sensitive), like
/// aws-sdk-rust.
///
/// ```
/// use cleanrooms_runtime::model::{ProtectedQuery, ProtectedQueryStatus};
///
/// let body = r#"{"id":"a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
///     "membershipId":"f1e2d3c4-5678-90ab-cdef-EXAMPLE22222",
///     "membershipArn":"arn:aws:cleanrooms:us-east-1:111122223333:membership/f1e2d3c4",
///     "createTime":1700000000,"status":"SUBMITTED",
///     "sqlParameters":{"queryString":"SELECT 1"}}"#;
/// let query: ProtectedQuery = serde_json::from_str(body)?;
/// assert_eq!(query.status, ProtectedQueryStatus::Submitted);
/// assert_eq!(query.create_time.secs(), 1_700_000_000);
/// assert!(!format!("{query:?}").contains("SELECT"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQuery {
    /// The query's id, a UUID (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub id: String,
    /// The id of the membership the query runs in, a UUID (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub membership_id: String,
    /// The ARN of that membership (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub membership_arn: String,
    /// When the query was created (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub create_time: Timestamp,
    /// The SQL and its parameters (sensitive: redacted in `Debug`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql_parameters: Option<ProtectedQuerySqlParameters>,
    /// The query's status (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub status: ProtectedQueryStatus,
    /// Where the results go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_configuration: Option<ProtectedQueryResultConfiguration>,
    /// Run statistics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<ProtectedQueryStatistics>,
    /// The result, once there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ProtectedQueryResult>,
    /// Why the query failed or stopped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ProtectedQueryError>,
    /// The differential privacy parameters the query ran with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub differential_privacy: Option<DifferentialPrivacyParameters>,
    /// The compute the query runs on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compute_configuration: Option<ComputeConfiguration>,
    /// The 12-digit account that pays for the query's compute (2025+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_compute_payer_account_id: Option<String>,
}

impl fmt::Debug for ProtectedQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProtectedQuery")
            .field("id", &self.id)
            .field("membership_id", &self.membership_id)
            .field("membership_arn", &self.membership_arn)
            .field("create_time", &self.create_time)
            .field("sql_parameters", &REDACTED)
            .field("status", &self.status)
            .field("result_configuration", &self.result_configuration)
            .field("statistics", &self.statistics)
            .field("result", &self.result)
            .field("error", &self.error)
            .field("differential_privacy", &self.differential_privacy)
            .field("compute_configuration", &self.compute_configuration)
            .field(
                "query_compute_payer_account_id",
                &self.query_compute_payer_account_id,
            )
            .finish()
    }
}

impl Zero for ProtectedQuery {
    fn zero() -> Self {
        Self {
            id: zero(),
            membership_id: zero(),
            membership_arn: zero(),
            create_time: zero(),
            sql_parameters: None,
            status: zero(),
            result_configuration: None,
            statistics: None,
            result: None,
            error: None,
            differential_privacy: None,
            compute_configuration: None,
            query_compute_payer_account_id: None,
        }
    }
}

/// The SQL of a query and its parameters. Sensitive as a whole: `Debug` shows none of it.
///
/// ```
/// use cleanrooms_runtime::model::ProtectedQuerySqlParameters;
///
/// let p: ProtectedQuerySqlParameters = serde_json::from_str(
///     r#"{"queryString":"SELECT :x","parameters":{"x":"secret"}}"#,
/// )?;
/// let shown = format!("{p:?}");
/// assert!(!shown.contains("secret") && !shown.contains("SELECT"), "{shown}");
/// assert!(shown.contains("*** Sensitive Data Redacted ***"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQuerySqlParameters {
    /// The SQL text, at most 500000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query_string: Option<String>,
    /// The ARN of the analysis template the query runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis_template_arn: Option<String>,
    /// The template's parameters, name to value (sensitive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<HashMap<String, String>>,
}

impl fmt::Debug for ProtectedQuerySqlParameters {
    /// Every field is redacted, as aws-sdk-rust does for a sensitive structure.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProtectedQuerySqlParameters")
            .field("query_string", &REDACTED)
            .field("analysis_template_arn", &REDACTED)
            .field("parameters", &REDACTED)
            .finish()
    }
}

/// Run statistics of a query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryStatistics {
    /// How long the query ran, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_duration_in_millis: Option<i64>,
    /// The billed resource use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billed_resource_utilization: Option<BilledResourceUtilization>,
}

/// Billed resource use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BilledResourceUtilization {
    /// The billed units, a Smithy `double` (required; `"NaN"`, `"Infinity"` and
    /// `"-Infinity"` are read and written as strings).
    #[serde(default, with = "float::required_double")]
    pub units: f64,
}

/// Why a query failed or stopped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProtectedQueryError {
    /// A description of the error (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub message: String,
    /// The error code (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub code: String,
    /// Whether running the query again may succeed (2026+).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry: Option<RetryInfo>,
}

/// Whether a failed query may be retried (2026+).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryInfo {
    /// Whether running the query again may succeed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retryable: Option<bool>,
}
