//! The Clean Rooms `ProtectedQuery` model, as `UpdateProtectedQuery` returns it (API
//! 2022-02-17, restJson1, with the members added in 2025 and 2026).
//!
//! Every shape is a Rust type with serde `Serialize` and `Deserialize` that reads the
//! restJson1 wire form and writes it back:
//!
//! - structures use the members' JSON (camelCase) names; members this model does not know
//!   are ignored; a required member is a plain field, an optional one an `Option` that is
//!   left out when `None`;
//! - unions ([`ProtectedQueryOutputConfiguration`], [`ProtectedQueryOutput`],
//!   [`ComputeConfiguration`], …) follow the AWS union wire rules of
//!   [`aws_union::AwsUnion`]; a member newer than this model is kept, with its name
//!   and value, in `SdkUnknownMember` and written back as it came;
//! - enums are open ([`aws_union::AwsEnum`]): a newer value is kept in `Unknown`;
//! - timestamps are [`Timestamp`]s: epoch seconds, RFC 3339 or HTTP dates in, epoch
//!   seconds with milliseconds out;
//! - floats accept and write `"NaN"`, `"Infinity"` and `"-Infinity"`;
//! - a required member the service leaves out, or sends as `null`, gets its zero value
//!   (client error correction, as in aws-sdk-rust; table below);
//! - sensitive members ([`ProtectedQuery::sql_parameters`] and everything in
//!   [`ProtectedQuerySqlParameters`]) print as `*** Sensitive Data Redacted ***` in `Debug`;
//! - [`decode_update_protected_query_output`] reads a whole response body and names the wire
//!   path of a bad value in its [`DecodeError`]. It also holds structures to JSON objects:
//!   serde's derived `Deserialize`, used as is by `serde_json::from_str`, would fill a
//!   structure from a JSON array by position, which restJson1 (and botocore) never accepts.
//!
//! # Unknown union members keep their value
//!
//! botocore and aws-sdk-rust drop the value of a union member newer than their model. Here
//! `SdkUnknownMember { name, value }` keeps it as a [`serde_json::Value`] and writes the member
//! back exactly as it came, `{"<name>": <value>}`, so a body from a newer service round-trips.
//! boto3's own form, `{"SDK_UNKNOWN_MEMBER": {"name": "<name>"}}`, still reads (with a `null`
//! value, since it carries none).
//!
//! # Client error correction
//!
//! The zero values, those of aws-sdk-rust's generated `*_correct_errors` functions:
//!
//! | member kind | zero value |
//! |---|---|
//! | string | `""` |
//! | integer, long, double | `0` |
//! | boolean | `false` |
//! | timestamp | [`Timestamp::UNIX_EPOCH`] |
//! | list, map | empty |
//! | enum | `Unknown(`[`UNSET_ENUM_VALUE`]`)`, i.e. `"no value was set"` |
//! | structure | the structure with its own required members corrected, optional ones `None` |
//! | union | `SdkUnknownMember` with an empty `name` and a `null` `value`, written as nothing |
//!
//! aws-sdk-rust's zero union is its unit `Unknown` variant; ours is the unknown member with no
//! name and no value, and the member that holds it is left out when written, as the service
//! left it out. What is written therefore always reads back to the same value.
//!
//! ```
//! use cleanrooms_runtime::model::{
//!     decode_update_protected_query_output, ProtectedQueryOutput, ProtectedQueryOutputConfiguration,
//!     ResultFormat, WorkerComputeType,
//! };
//!
//! let body = br#"{"protectedQuery":{
//!   "id":"a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
//!   "membershipId":"f1e2d3c4-5678-90ab-cdef-EXAMPLE22222",
//!   "membershipArn":"arn:aws:cleanrooms:us-east-1:111122223333:membership/f1e2d3c4-5678-90ab-cdef-EXAMPLE22222",
//!   "createTime":1.700000000123E9,
//!   "sqlParameters":{"queryString":"SELECT COUNT(*) FROM sales WHERE campaign = :campaign",
//!                    "parameters":{"campaign":"winter-2026"}},
//!   "status":"CANCELLING",
//!   "resultConfiguration":{"outputConfiguration":{"s3":{"resultFormat":"PARQUET",
//!       "bucket":"analytics-results","keyPrefix":"cleanrooms/q1/","singleFileOutput":true}}},
//!   "statistics":{"totalDurationInMillis":84213,"billedResourceUtilization":{"units":0.75}},
//!   "result":{"output":{"memberList":[{"accountId":"111122223333"}]}},
//!   "error":{"message":"Query cancelled by member","code":"QUERY_CANCELLED"},
//!   "computeConfiguration":{"worker":{"type":"CR.4X","number":16}}}}"#;
//!
//! let query = decode_update_protected_query_output(body)?.protected_query;
//! assert_eq!(query.create_time.to_string(), "2023-11-14T22:13:20.123Z");
//! let Some(config) = &query.result_configuration else { panic!("no result configuration") };
//! let ProtectedQueryOutputConfiguration::S3(s3) = &config.output_configuration else {
//!     panic!("not S3")
//! };
//! assert_eq!((s3.result_format.clone(), s3.bucket.as_str()), (ResultFormat::Parquet, "analytics-results"));
//! assert!(matches!(&query.result.as_ref().map(|r| &r.output), Some(ProtectedQueryOutput::MemberList(m)) if m.len() == 1));
//! let worker = query.compute_configuration.as_ref().and_then(|c| c.as_worker());
//! assert_eq!(worker.and_then(|w| w.r#type.clone()), Some(WorkerComputeType::Cr4x));
//!
//! // The SQL and its parameters never show in Debug output.
//! let shown = format!("{query:?}");
//! assert!(!shown.contains("SELECT") && !shown.contains("winter-2026"));
//!
//! // Written back, the body reads to the same value.
//! let written = serde_json::to_vec(&query)?;
//! assert_eq!(serde_json::from_slice::<cleanrooms_runtime::model::ProtectedQuery>(&written)?, query);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod compute;
mod correct;
mod decode;
mod differential_privacy;
mod enums;
mod float;
mod objects_only;
mod operation;
mod output_configuration;
mod protected_query;
mod result;
mod text_time;
mod timestamp;

pub use compute::{
    ComputeConfiguration, WorkerComputeConfiguration, WorkerComputeConfigurationProperties,
};
pub use correct::UNSET_ENUM_VALUE;
pub use decode::{decode_update_protected_query_output, DecodeError};
pub use differential_privacy::{
    DifferentialPrivacyParameters, DifferentialPrivacySensitivityParameters,
};
pub use enums::{
    DifferentialPrivacyAggregationType, ProtectedQueryStatus, ResultFormat,
    TargetProtectedQueryStatus, WorkerComputeType,
};
pub use operation::{UpdateProtectedQueryInput, UpdateProtectedQueryOutput};
pub use output_configuration::{
    IntermediateTableOutputConfiguration, ProtectedQueryDistributeOutputConfiguration,
    ProtectedQueryDistributeOutputConfigurationLocation, ProtectedQueryMemberOutputConfiguration,
    ProtectedQueryOutputConfiguration, ProtectedQueryResultConfiguration,
    ProtectedQueryS3OutputConfiguration,
};
pub use protected_query::{
    BilledResourceUtilization, ProtectedQuery, ProtectedQueryError, ProtectedQuerySqlParameters,
    ProtectedQueryStatistics, RetryInfo,
};
pub use result::{
    ProtectedQueryDistributeOutput, ProtectedQueryOutput, ProtectedQueryResult,
    ProtectedQueryS3Output, ProtectedQuerySingleMemberOutput,
};
pub use timestamp::{Timestamp, TimestampError};
