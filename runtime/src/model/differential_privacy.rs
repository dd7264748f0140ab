//! The differential privacy parameters a protected query ran with.

use serde::{Deserialize, Serialize};

use super::correct::{required, zero};
use super::{float, DifferentialPrivacyAggregationType};

/// The differential privacy parameters of a query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DifferentialPrivacyParameters {
    /// One entry per aggregation (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub sensitivity_parameters: Vec<DifferentialPrivacySensitivityParameters>,
}

/// The sensitivity of one aggregation.
///
/// `min_column_value` and `max_column_value` are Smithy `float`s (`f32`); like every
/// restJson1 float they may come as the strings `"NaN"`, `"Infinity"` and `"-Infinity"`, and
/// are written back the same way.
///
/// ```
/// use cleanrooms_runtime::model::DifferentialPrivacySensitivityParameters;
///
/// let body = r#"{"aggregationType":"SUM","aggregationExpression":"amount",
///                "userContributionLimit":5,"minColumnValue":"-Infinity","maxColumnValue":"NaN"}"#;
/// let p: DifferentialPrivacySensitivityParameters = serde_json::from_str(body)?;
/// assert_eq!(p.min_column_value, Some(f32::NEG_INFINITY));
/// assert!(p.max_column_value.is_some_and(f32::is_nan));
/// let written = serde_json::to_string(&p)?;
/// assert!(written.contains(r#""minColumnValue":"-Infinity","maxColumnValue":"NaN""#), "{written}");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DifferentialPrivacySensitivityParameters {
    /// The aggregation (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub aggregation_type: DifferentialPrivacyAggregationType,
    /// The aggregated expression (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub aggregation_expression: String,
    /// How many rows one user may contribute (required).
    #[serde(default = "zero", deserialize_with = "required")]
    pub user_contribution_limit: i32,
    /// The smallest value of the column.
    #[serde(
        default,
        with = "float::optional_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_column_value: Option<f32>,
    /// The largest value of the column.
    #[serde(
        default,
        with = "float::optional_float",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_column_value: Option<f32>,
}
