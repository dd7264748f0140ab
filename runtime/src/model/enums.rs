//! The model's enums. All are open, as AWS enums are: a value this model does not know yet
//! is kept in `Unknown` and written back unchanged.

use aws_union::AwsEnum;

use super::correct::zero_enum;

/// The status of a protected query.
///
/// ```
/// use cleanrooms_runtime::model::ProtectedQueryStatus;
///
/// let status: ProtectedQueryStatus = serde_json::from_str(r#""TIMED_OUT""#)?;
/// assert_eq!(status, ProtectedQueryStatus::TimedOut);
/// let newer: ProtectedQueryStatus = serde_json::from_str(r#""PAUSED""#)?;
/// assert_eq!(newer, ProtectedQueryStatus::Unknown("PAUSED".into()));
/// assert_eq!(serde_json::to_string(&newer)?, r#""PAUSED""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ProtectedQueryStatus {
    /// `SUBMITTED`
    Submitted,
    /// `STARTED`
    Started,
    /// `CANCELLED`
    Cancelled,
    /// `CANCELLING`
    Cancelling,
    /// `FAILED`
    Failed,
    /// `SUCCESS`
    Success,
    /// `TIMED_OUT`
    TimedOut,
    /// A value newer than this model, kept as it came.
    #[aws(unknown)]
    Unknown(String),
}

/// The status `UpdateProtectedQuery` can move a query to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TargetProtectedQueryStatus {
    /// `CANCELLED`
    Cancelled,
    /// A value newer than this model, kept as it came.
    #[aws(unknown)]
    Unknown(String),
}

/// The file format of a query's results.
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResultFormat {
    /// `CSV`
    Csv,
    /// `PARQUET`
    Parquet,
    /// A value newer than this model, kept as it came.
    #[aws(unknown)]
    Unknown(String),
}

/// The kind of worker a query runs on.
///
/// ```
/// use cleanrooms_runtime::model::WorkerComputeType;
///
/// assert_eq!("CR.4X".parse::<WorkerComputeType>(), Ok(WorkerComputeType::Cr4x));
/// assert_eq!(WorkerComputeType::Cr1x.as_str(), "CR.1X");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
pub enum WorkerComputeType {
    /// `CR.1X`
    #[aws(rename = "CR.1X")]
    Cr1x,
    /// `CR.4X`
    #[aws(rename = "CR.4X")]
    Cr4x,
    /// `CR.8X`
    #[aws(rename = "CR.8X")]
    Cr8x,
    /// A value newer than this model, kept as it came.
    #[aws(unknown)]
    Unknown(String),
}

/// The aggregation a differential privacy sensitivity parameter applies to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, AwsEnum)]
#[aws(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DifferentialPrivacyAggregationType {
    /// `AVG`
    Avg,
    /// `COUNT`
    Count,
    /// `COUNT_DISTINCT`
    CountDistinct,
    /// `SUM`
    Sum,
    /// `STDDEV`
    Stddev,
    /// A value newer than this model, kept as it came.
    #[aws(unknown)]
    Unknown(String),
}

zero_enum!(
    ProtectedQueryStatus,
    TargetProtectedQueryStatus,
    ResultFormat,
    WorkerComputeType,
    DifferentialPrivacyAggregationType,
);
